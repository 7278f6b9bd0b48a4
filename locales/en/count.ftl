# The count's explanations as documents print them. scrutineer-count writes
# them in English; scrutineer-core matches each against the English pattern
# here (the English must stay word for word what the count writes: a test in
# scrutineer-core checks it) and rewrites it in the document's language.

count-rule-draw = the seeded draw
count-rule-psf = the PSF procedure (Python's random.sample seeded with the tied names)
count-rule-officer = the returning officer's recorded decision
count-note-stv-scottish = Scottish STV under The Scottish Local Government Elections Order 2007 (SSI 2007/42), Schedule 1, rules 45–52: quota ⌊{ $valid } ÷ { $divisor }⌋ + 1 = { $quota } (rule 46); surpluses transferred by the weighted inclusive Gregory method, each paper at surplus × its value ÷ the candidate's votes, to 5 decimal places with the remainder ignored (rule 48); the lowest candidate excluded when no surplus remains (rule 50); ties by the most recent stage at which the candidates differed, then by lot with { $rule } (rules 49, 51).
count-note-stv-nontransferable = Non-transferable papers at the end: { $votes } votes. Elected in { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }.
count-note-stv-rejected = { $n ->
        [one] { $n } ballot paper
       *[other] { $n } ballot papers
    } rejected: no first preference, or a first preference given to more than one candidate; they are not counted in the quota.
count-note-unfilled = Only { $elected } of { $seats ->
        [one] { $seats } seat
       *[other] { $seats } seats
    } could be filled.
count-note-no-ballots-given = The number of ballots cast was not given.
count-note-approval = Approval voting: { $seats ->
        [one] the candidate with the most approvals wins
       *[other] the { $seats } candidates with the most approvals win
    }; ties that decide a seat are settled by { $rule }.
count-note-plurality = Plurality: each ballot is one vote for its first choice; { $seats ->
        [one] the candidate with the most votes wins
       *[other] the { $seats } candidates with the most votes win
    }; ties that decide a seat are settled by { $rule }.
count-note-plurality-void = { $n ->
        [one] { $n } ballot
       *[other] { $n } ballots
    } void: more than one first choice.
count-note-plurality-blank = { $n ->
        [one] { $n } ballot
       *[other] { $n } ballots
    } blank: no choice.
count-note-irv = Instant-runoff voting: each round every ballot counts for its highest-ranked continuing candidate; a candidate with more than half of the votes held by continuing candidates is elected; otherwise the candidate with the fewest votes is excluded and its ballots pass on. Ties for fewest are broken by the most recent earlier round in which the tied candidates' votes differed, then by { $rule }.
count-note-irv-shared = { $n ->
        [one] { $n } ballot was
       *[other] { $n } ballots were
    } exhausted because their highest continuing preference was shared by several candidates.
count-note-irv-no-groups = The limit on winners per group does not apply: with one seat it cannot bind.
count-note-irv-equal = A ballot whose highest continuing preference is shared by several candidates (an equal ranking) is exhausted at that point, for the rest of the count.
count-tie-seeded = seeded draw
count-tie-officer = officer's decision
count-tie-psf = PSF procedure (psf/elections break-ties.py): random.seed of the sorted names joined, then random.sample(candidates, { $k })
count-tie-group = { $n } candidates tied on { $what } for { $remaining ->
        [one] { $remaining } remaining seat
       *[other] { $remaining } remaining seats
    }
count-what-approvals = approvals
count-what-votes = votes
count-what-locked = locked pairs
count-what-paths = strongest paths
count-note-schulze = Schulze method (M. Schulze, Social Choice and Welfare 36 (2011)): d[X][Y] is the number of ballots ranking X above Y; { $blank }, and equal rankings count for neither. Links are winning votes (d[X][Y] when d[X][Y] > d[Y][X]); X is ranked above Y when X's strongest path to Y is stronger than Y's to X.
count-note-schulze-figure = Each candidate's figure is the number of other candidates it beats in strongest paths. Candidates the method does not separate share a place; where their order decides a seat, { $rule } orders them.
count-blank-not-compared = a candidate a ballot leaves unranked takes part in no contest on that ballot
count-blank-below-ranked = a candidate a ballot leaves unranked is ranked below every candidate it ranks and equal with the other unranked ones
count-note-ranked-pairs = Ranked pairs (Tideman 1987), by margins: d[X][Y] is the number of ballots ranking X above Y (a candidate a ballot leaves unranked takes part in no contest on that ballot; equal rankings count for neither). Majorities are taken from the largest margin down, each locked in unless it would make a cycle with those already locked; the ranking follows the locked pairs.
count-note-pairwise-matrix = Pairwise matrix: { $blank }; equal rankings count for neither.
count-note-ranked-pairs-figure = Each candidate's figure is the number of other candidates it is ranked above through locked pairs. Candidates the locked pairs do not separate share a place; where their order decides a seat, { $rule } orders them.
