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

## Events of the count (scrutineer_count::explain::Note): each id is one
## variant; the English is word for word what the count stores (a test in
## scrutineer-core renders every variant and compares).

count-tie-officer-pending = officer's decision (not yet taken)
count-cap-count = at most { $k } per group
count-cap-fraction = at most { $num }/{ $den } of the body of { $body } ({ $seats ->
        [one] { $seats } seat
       *[other] { $seats } seats
    } filled now + { $sitting ->
        [one] { $sitting } sitting member
       *[other] { $sitting } sitting members
    }), rounded down: { $limit }
count-employer-cap-count = at most { $limit } per employer
count-employer-cap-fraction = at most { $num }/{ $den } of the body of { $body }, i.e. { $limit }, per employer
count-quorum-developers = R = 3Q = 3 × √{ $developers } / 2 ≈ { $r } ({ $developers } developers; Q is half the square root of the number of developers, constitution §4.2)
count-quorum-votes = R = { $num }
count-quorum-votes-fraction = R = { $num }/{ $den }
count-majority-pre2015 = it needed V(A,D) strictly greater than { $times } (constitution v1.2–v1.5 wording)
count-majority-current = it needed V(A,D) at least { $times } and strictly greater than V(D,A) = { $under } (constitution v1.6 wording)
count-tie-irv = instant-runoff round { $round }: { $n } tied for the fewest votes, equal in every earlier round; the candidate drawn is excluded
count-tie-meek-quota = equal votes on reaching the quota
count-tie-meek-lowest = candidates lowest within the surplus: which is excluded
count-tie-scottish-surplus = equal surpluses: which is transferred first (rule 49(2), 49(3))
count-tie-scottish-lowest = equal lowest candidates: which is excluded (rule 51(2))
count-tie-scottish-quota-cap = equal votes on reaching the quota under the group cap (as rule 49)
count-tie-star-scoring = seat { $seat }, scoring round
count-tie-star-runoff = seat { $seat }, automatic runoff: tied on preferences, star totals and five-star ratings
count-tie-star-draw = { $context }: { $tied } tied on stars, head-to-head match-ups and five-star ratings ({ $fives }) for { $places ->
        [one] { $places } runoff place
       *[other] { $places } runoff places
    }
count-tie-ranked-pairs = ranked pairs: majorities of equal margin { $margin } conflict, so their order decides which are locked; tie-breaking ranking of the candidates (TBRC, Zavist & Tideman 1989)
count-note-totals = Counted from published totals ({ $what } per candidate), not from ballots: { $seats ->
        [one] the candidate with the most { $what } wins
       *[other] the { $seats } candidates with the most { $what } win
    }.
count-note-vacant = { $won ->
        [one] { $won } seat
       *[other] { $won } seats
    } left vacant: { $name } won (a seat won by "None of the above" stays vacant).
count-note-none-of-the-above-lost = { $name } stood as "None of the above" and won no seat.
count-note-group-cap-ranking = At most { $limit ->
        [one] { $limit } winner
       *[other] { $limit } winners
    } per group: walking down the ranking, a candidate whose group already has { $limit ->
        [one] { $limit } winner
       *[other] { $limit } winners
    } is disqualified and the next-ranked candidate moves up (PEP 13); { $cap }.
count-note-stv-scottish-groups = At most { $limit ->
        [one] { $limit } winner
       *[other] { $limit } winners
    } per group: when a group's candidates fill its places, its other continuing candidates are excluded and their papers transferred at the next stage, before any surplus; { $cap }.
count-note-meek = Meek STV (Hill, Wichmann & Woodall, Algorithm 123, with the New Zealand Schedule 1A rounding) in fixed-point arithmetic to { $places } decimal places: keep values kept rounded up; quota = (votes − excess) ÷ { $divisor } truncated, plus 10^-{ $places }; iteration until the total surplus is below omega = { $omega }; the lowest candidate excluded, candidates within the surplus of the lowest treated as tied, ties by earlier rounds then { $rule }; { $iterations ->
        [one] { $iterations } iteration
       *[other] { $iterations } iterations
    } in all.
count-note-meek-stalled = In { $rounds ->
        [one] { $rounds } round
       *[other] { $rounds } rounds
    } the surplus stopped decreasing before reaching omega (the limit of the declared precision); the count went on from that stable state.
count-note-meek-groups = At most { $limit ->
        [one] { $limit } winner
       *[other] { $limit } winners
    } per group: when a group's candidates fill its places, its other hopeful candidates are excluded (keep value 0); { $cap }.
count-note-ranked-pairs-tbrc = Majorities of equal margin ({ $margin }) conflicted, so a tie-breaking ranking of the candidates was drawn (Zavist & Tideman 1989): { $order }. Of two majorities of equal margin, the one whose winner is higher in it is taken first; with the same winner, the one whose loser is lower.
count-note-star = Bloc STAR (PEP 13): each voter gives each candidate 0 to 5 stars. For { $seats ->
        [one] the seat
       *[other] each of the { $seats } seats
    }, the two remaining candidates with the highest star totals go to an automatic runoff, won by the finalist scored higher on more ballots; the winner is elected and the count repeats for the next seat without them.
count-note-star-ties = Ties (Equal Vote Coalition Official Tiebreaker Protocol, starvoting.org/ties): in the scoring round, between tied candidates the one preferred head to head by more voters advances (with three or more tied, those who lost the most head-to-head match-ups among them are eliminated, repeatedly), then the one with the most five-star ratings, then { $rule }; in the runoff, the higher star total wins, then the most five-star ratings, then { $rule }.
count-note-star-groups = At most { $limit ->
        [one] { $limit } winner
       *[other] { $limit } winners
    } per group: a candidate who would win a seat while { $limit ->
        [one] { $limit } winner of their group is
       *[other] { $limit } winners of their group are
    } already elected is disqualified, and the seat is counted again without them (PEP 13); { $cap }.
count-note-debian = Debian constitution A.6: options ranked on a ballot are preferred to all unranked options, which are equal with one another (A.6(1)); V(A,B) is the number of voters preferring A to B.
count-note-debian-casting-vote = The Schwartz set holds { $n } options ({ $options }); the elector with the casting vote chose { $chosen } (A.6(8)).
count-note-debian-no-winner = No winner yet: the Schwartz set holds { $n } options ({ $options }) with no defeats between them, so the elector with the casting vote must choose which of them wins (A.6(8)). Enter the casting vote and count again.
count-note-debian-default-won = The default option ({ $name }) won.
count-note-debian-figure = Each option's figure is V(option, { $name }): the number of voters ranking it above the default option.
count-reason-group = { $winners ->
        [one] { $winners } higher-ranked winner already works
       *[other] { $winners } higher-ranked winners already work
    } for { $group } ({ $cap }); the next-ranked candidate moves up
count-reason-group-sitting = { $winners ->
        [one] { $winners } higher-ranked winner
       *[other] { $winners } higher-ranked winners
    } and { $sitting ->
        [one] { $sitting } sitting member
       *[other] { $sitting } sitting members
    } already work for { $group } ({ $cap }); the next-ranked candidate moves up
count-reason-star-group = would have won seat { $seat }, but { $max ->
        [one] { $max } candidate already elected works
       *[other] { $max } candidates already elected work
    } for { $group } (at most { $max } per group, PEP 13); disqualified, and the seat is counted again without { $name }
count-reason-meek-group = { $group } already has { $max ->
        [one] { $max } elected candidate
       *[other] { $max } elected candidates
    }, the most allowed per group; keep value set to 0
count-reason-scottish-group = { $group } already has { $max ->
        [one] { $max } elected candidate
       *[other] { $max } elected candidates
    }, the most allowed per group; the candidate's papers are transferred at the next stage
count-reason-debian-quorum = Dropped for quorum (A.6(2)): { $voters ->
        [one] { $voters } voter
       *[other] { $voters } voters
    } ranked it above { $default }, fewer than the quorum { $quorum } (round 1)
count-reason-debian-majority = Dropped for majority (A.6(3)): V(A,D) = { $over } against V(D,A) = { $under } ({ $default }), ratio { $ratio }, short of its required majority { $num }:{ $den }; { $test } (round 2)

## The rounds: each round's note (its sentences joined by a space), each
## action's reason, a Debian defeat's name, each STAR seat's note.

count-round-withdrawn = withdrawn before the count; struck from every ballot
count-round-irv-first = Round 1: first preferences. { $held ->
        [one] { $held } vote
       *[other] { $held } votes
    } held by continuing candidates{ $shared ->
        [0] {""}
        [one] {" "}({ $shared } ballot more exhausted because their highest continuing preference is shared by several candidates)
       *[other] {" "}({ $shared } ballots more exhausted because their highest continuing preference is shared by several candidates)
    }.
count-round-irv-next = Round { $round }: the ballots of { $last } pass to their next continuing preference. { $held ->
        [one] { $held } vote
       *[other] { $held } votes
    } held by continuing candidates{ $shared ->
        [0] {""}
        [one] {" "}({ $shared } ballot more exhausted because their highest continuing preference is shared by several candidates)
       *[other] {" "}({ $shared } ballots more exhausted because their highest continuing preference is shared by several candidates)
    }.
count-round-irv-none-standing = No candidate is standing.
count-round-irv-majority = { $votes ->
        [one] { $votes } vote
       *[other] { $votes } votes
    }, more than half of the { $held } held by continuing candidates
count-round-irv-elected-with = { $name } is elected with { $reason }.
count-round-irv-last-continuing = the last continuing candidate
count-round-irv-elected-as = { $name } is elected as { $reason }.
count-round-irv-fewest = fewest votes ({ $min })
count-round-irv-fewest-tied = fewest votes ({ $min }), tied with { $others }; { $how }
count-round-irv-earlier-round = it had fewer votes in round { $round } ({ $min })
count-round-irv-drawn = equal in every earlier round: { $rule } chose who is excluded
count-round-irv-excluded = No candidate has more than half ({ $needed } needed); { $name } is excluded: { $reason }.
count-round-scottish-first = First preferences (rule 45); { $valid ->
        [one] { $valid } valid ballot paper
       *[other] { $valid } valid ballot papers
    }, quota { $quota } (rule 46)
count-round-scottish-group-transfer = Transfer of the papers of { $names } (excluded by the group cap), at their current values as in rule 50
count-round-scottish-surplus = surplus of { $surplus } transferred (rule 48)
count-round-scottish-surplus-stage = Transfer of the surplus of { $name } ({ $surplus })
count-round-scottish-lowest = lowest number of votes ({ $min }) (rule 50(1))
count-round-scottish-exclusion-stage = Exclusion of { $name } and transfer of his or her papers (rule 50)
count-round-scottish-tie-stage = tie between { $tied } ({ $context }) settled by the votes at stage { $stage }
count-round-scottish-tie-lot = tie between { $tied } ({ $context }) equal at every stage: settled by lot ({ $rule })
count-round-scottish-quota-reached = reached the quota with { $votes } (rule 47)
count-round-scottish-deemed-elected = continuing candidates no more than the vacancies left: deemed elected with { $votes } (rule 52(1))
count-round-meek-fill = hopeful candidates no more than the seats left: elected with { $votes }
count-round-meek-fill-round = Remaining hopeful candidates fill the seats left
count-round-meek-election = Election of { $names }
count-round-meek-fewest = fewest votes ({ $votes }) once the surpluses were below omega { $omega } (total surplus { $surplus })
count-round-meek-exclusion = Exclusion of { $name }
count-round-meek-quota-reached = reached the quota { $quota } with { $votes }
count-round-meek-tie-round = tie between { $tied } ({ $context }) settled by the votes at round { $round }
count-round-meek-tie-draw = tie between { $tied } ({ $context }) equal at every round: settled by { $rule }
count-round-debian-quorum = A.6(2) quorum: each option needs at least R voters ranking it above the default option ({ $default })
count-round-debian-no-quorum = A.6(2) quorum: this vote has no quorum requirement
count-round-debian-majority-pre2015 = A.6(3) majority: each option must defeat the default option ({ $default }) by its majority ratio N: V(A,D) strictly greater than N × V(D,A) (v1.2–v1.5)
count-round-debian-majority-current = A.6(3) majority: each option must defeat the default option ({ $default }) by its majority ratio N: V(A,D) at least N × V(D,A) and strictly greater than V(D,A) (v1.6 on)
count-round-debian-schwartz-final = A.6(5)–(6): the Schwartz set is {"{"}{ $set }{"}"}, with no defeats within it (A.6(8))
count-round-debian-schwartz-drop = A.6(5)–(7): the Schwartz set is {"{"}{ $set }{"}"} and has defeats within it; the weakest are dropped and the count returns to step 5
count-round-debian-weakest-defeat = weakest defeat within the Schwartz set: V = { $v } to { $against }
count-round-debian-defeat = { $winner } over { $loser }
count-seat-star-only = { $name } is the only candidate left and is elected without a runoff.
count-seat-star-scoring-tie = Scoring round: { $tied } tie on { $stars } stars for { $places ->
        [one] { $places } runoff place
       *[other] { $places } runoff places
    }.
count-seat-star-advance = Scoring Round: { $first } and { $second } advance to runoff with { $stars_first } and { $stars_second } stars.
count-seat-star-runoff = Automatic Runoff: { $winner } is preferred over { $loser }, { $won } to { $lost }, with { $equal ->
        [one] { $equal } voter
       *[other] { $equal } voters
    } showing equal support for both finalists.
count-seat-star-runoff-tied = Automatic Runoff: { $first } and { $second } are tied, { $won } to { $lost }, with { $equal ->
        [one] { $equal } voter
       *[other] { $equal } voters
    } showing equal support for both finalists.
count-seat-star-runoff-total = Runoff tie-break (higher star total): { $winner } wins with { $stars_won } stars to { $stars_lost }.
count-seat-star-runoff-fives = Runoff tie-break (equal star totals; most five-star ratings): { $winner } wins with { $won ->
        [one] { $won } five-star rating
       *[other] { $won } five-star ratings
    } to { $lost }.
count-seat-star-runoff-draw = Runoff tie-break: equal star totals ({ $stars }) and five-star ratings ({ $fives }); { $name } is chosen by { $rule }.
count-seat-star-head-to-head = Head to head, { $winner } is preferred over { $loser }, { $won } to { $lost }, and advances.
count-seat-star-head-to-head-losers = Head to head among { $tied }: { $losers } lost the most match-ups ({ $max } of { $of }) and { $nlosers ->
        [one] is
       *[other] are
    } eliminated from the tie.
count-seat-star-survivors = { $survivors } { $nsurvivors ->
        [one] advances
       *[other] advance
    }; { $losers } { $nlosers ->
        [one] remains
       *[other] remain
    } tied for { $places ->
        [one] { $places } place
       *[other] { $places } places
    }.
count-seat-star-head-to-head-equal = Head to head, { $first } and { $second } are equally preferred ({ $won } to { $lost }).
count-seat-star-head-to-head-none = Head to head among { $tied }: each lost { $lost ->
        [one] { $lost } match-up
       *[other] { $lost } match-ups
    }, so none is eliminated.
count-seat-star-fives = Five-star tie-break: { $names } { $nnames ->
        [one] advances
       *[other] advance
    } with { $fives ->
        [one] { $fives } five-star rating
       *[other] { $fives } five-star ratings
    }.
count-seat-star-fives-draw = { $then ->
        [0] {""}
       *[other] Then{" "}
    }{ $tied } still tied on five-star ratings ({ $fives }); { $chosen } { $nchosen ->
        [one] advances
       *[other] advance
    } by { $rule }.
count-seat-star-set-aside = { $name } was disqualified: { $max ->
        [one] { $max } winner already works
       *[other] { $max } winners already work
    } for { $group } (at most { $max } per group, PEP 13); the seat was counted again without { $name }.

## The count's readable report (`scrutineer tally`, `scrutineer count`).
## English prints the counting engine's own report; these are its words.

count-report-method = Method: { $title } [{ $name }]
count-report-seats = Seats: { $seats }    Ballots: { $ballots }
count-report-elected = Elected, in order:
count-report-rank = Rank
count-report-candidate = Candidate
count-report-votes = Votes
count-report-status = Status
count-report-ranking = Full ranking: { $ranking }
count-report-pairwise = Pairwise preferences (row preferred to column):
count-report-strongest-paths = Strongest paths:
count-report-pairs = Pairs by margin:
count-report-pair-locked = { $winner } over { $loser } by { $margin }: locked
count-report-pair-skipped = { $winner } over { $loser } by { $margin }: skipped (cycle)
count-report-seat = Seat { $seat }: totals { $totals }
count-report-runoff = runoff { $first } vs { $second }: { $prefer_first } prefer { $first }, { $prefer_second } prefer { $second }, { $equal } equal; elected { $winner }
count-report-default-option = Default option: { $name }
count-report-quorum = Quorum: { $quorum }
count-report-no-quorum = Quorum: none
count-report-option = Option
count-report-ratio = ratio
count-report-needs = needs
count-report-quorum-column = quorum
count-report-majority-column = majority
count-report-dropped = Dropped
count-report-yes = yes
count-report-no = no
count-report-dropped-quorum = quorum
count-report-dropped-majority = majority
count-report-schwartz = Schwartz set: { $set }
count-report-casting-vote = A CASTING VOTE IS NEEDED between: { $options }
count-report-round = Round { $round }: { $note }
count-report-round-quota = Round { $round } (quota { $quota }): { $note }
count-report-keep = keep { $keep }
count-report-exhausted = Exhausted
count-report-kind-elected = elected
count-report-kind-excluded = excluded
count-report-kind-surplus = surplus
count-report-kind-group-excluded = group_excluded
count-report-kind-withdrawn = withdrawn
count-report-kind-tie = tie
count-report-kind-defeat-dropped = defeat_dropped
count-report-disqualified = Disqualified by a rule:
count-report-tie-breaks = Tie-breaks:
count-report-tie = { $context }: tied { $tied }; order { $order }; rule: { $rule }
count-report-tie-by = by { $how }
count-report-tie-decided-by = decided by { $name }
count-report-tie-witnessed-by = witnessed by { $name }
count-report-tie-seed = seed { $seed }
count-report-note = Note: { $note }
count-report-action = { $kind } { $name }: { $reason }
count-report-excluded = { $name }: { $reason }
