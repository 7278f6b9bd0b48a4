# Scrutineer's published documents: the certificate of results, the
# candidate booklet, the announcement and the results CSV.
# A new message goes into English first, then into every other language
# (crates/scrutineer-i18n/tests/complete.rs fails until it is in all five).

## Shared

not-stated = Not stated
not-recorded = Not recorded
page-of = Page { $n } of { $total }
percent = { $n }%
# A figure that cannot be worked out (turnout with an empty roll).
not-available = n/a
# A list as a sentence writes it: "A, B and C".
list-and = { $init } and { $last }
list-sep = {", "}

## Certificate of results

cert-title = Certificate of results
cert-kicker = OFFICIAL RECORD OF AN ELECTION
cert-footer = Certificate of results · produced by { $producer }
cert-identifier-short = Certificate { $id }
cert-identifier-status = Certificate { $id } · { $status }
cert-draft = DRAFT — not certified
cert-certified-on = Certified on { $when } by { $officer }
cert-certified-witnessed = Certified on { $when } by { $officer }, witnessed by { $witness }
cert-method-and-rules = Method and rules
cert-counting-method = Counting method
cert-rules = Rules
cert-no-further-rules = No further rules
cert-participation = Participation
cert-eligible = Eligible voters
cert-ballots-cast = Ballots cast
cert-turnout = Turnout
cert-col-rank = Rank
cert-col-candidate = Candidate
cert-col-employer = Employer
cert-col-votes = Votes
cert-col-status = Status
cert-candidates = Candidates
cert-candidates-continued = Candidates (continued)
cert-no-candidates = No candidates.
cert-elected-in-order = Elected, in order of election
cert-none-elected = No candidate was elected.
cert-exclusions = Exclusions
cert-no-reason = No reason recorded
cert-ties = Ties broken by lot
cert-tie-n = Tie { $n }
cert-tied-candidates = Tied candidates
cert-ballot-set-sha = Ballot-set SHA-256
cert-order-drawn = Order drawn
cert-seed = Seed
cert-seed-continued = Seed (continued)
cert-seed-none = (none recorded)
cert-tie-decided = { $rule }: { $how }, decided by { $who }
cert-tie-decided-witnessed = { $rule }: { $how }, decided by { $who }, witnessed by { $witness }
cert-notes = Notes
cert-verification = Verification
cert-sha-of-ballots = SHA-256 of ballots
cert-date = Date of certificate
cert-status = Status
cert-identifier = Certificate identifier
cert-counted-with = Counted with
cert-statement = We certify that the above is a true record of the result of this election, counted by the method and rules stated.
cert-returns-officer = Returns officer
cert-witness = Witness
cert-signature = Signature
cert-name = Name
cert-signature-date = Date
cert-quorum-met = The quorum was met.
cert-audit-head = Audit log head: entry { $seq }, SHA-256 { $hash }
cert-small-batch = A batch of { $n ->
        [one] { $n } ballot
       *[other] { $n } ballots
    }, below the secrecy threshold, was imported with the officer's reason: { $reason }
cert-acknowledged = State acknowledged by the officer after a change outside Scrutineer: { $reason }

## Status of a nominee after the count

status-elected = elected
status-disqualified = disqualified
status-not-elected = not elected
status-withdrawn = withdrawn
status-vacant = won a seat, left vacant
status-elected-by-draw = elected by draw
status-elected-by-officer = elected by the officer's decision
status-elected-by-psf = elected by the PSF procedure

## Counting methods

method-approval = Approval voting (multi-seat block)
method-plurality = Plurality (single non-transferable vote)
method-star = Bloc STAR (score then automatic runoff)
method-schulze = Schulze (Condorcet)
method-ranked-pairs = Ranked pairs (Condorcet)
method-irv = Instant-runoff voting
method-stv-scottish = Scottish STV (SSI 2007/42)
method-stv-meek = Meek STV
method-debian = Debian constitution A.6 (Condorcet, Schwartz set, default option)

## Rules in force, as the certificate lists them

rule-seats = { $n ->
        [one] { $n } seat
       *[other] { $n } seats
    }
rule-no-employer-limit = No limit on winners per employer
rule-employer-cap = Employer cap: { $cap } (PEP 13 procedure: the lowest-ranked of an over-represented employer is disqualified and the next candidate moves up)
rule-max-per-employer = At most { $n ->
        [one] { $n } winner
       *[other] { $n } winners
    } per employer (PEP 13 procedure: the lowest-ranked of an over-represented employer is disqualified and the next nominee moves up)
rule-sitting = Sitting members counted toward the employer cap: { $list }
rule-seed-default = Tie-break seed: the candidates' names, sorted, one per line (default), with the SHA-256 of the canonical ballot set (ballots.csv of the results bundle)
rule-seed-given = Tie-break seed: "{ $seed }", with the SHA-256 of the canonical ballot set (ballots.csv of the results bundle)
rule-ties-draw = Ties: Scrutineer's seeded draw
rule-ties-psf = Ties: the PSF's procedure (Python's random module seeded with the tied names, sorted and concatenated, then random.sample)
rule-ties-officer = Ties: decided by the returns officer (coin, lot or casting vote), recorded with who decided and who witnessed it ({ $n ->
        [one] { $n } decision
       *[other] { $n } decisions
    } recorded)
rule-none-of-the-above = "{ $name }" stands for none of the above: a seat it wins stays vacant
rule-blank = Blank mark: { $how }
rule-blank-not-compared = A candidate left unranked takes part in no head-to-head contest on that ballot (no opinion)
rule-blank-below-ranked = A candidate left unranked is ranked below every ranked candidate, equal with the other unranked ones
rule-totals = Counted from published totals, not from ballots: { $batches ->
        [one] { $batches } batch
       *[other] { $batches } batches
    } adding up to { $cast ->
        [one] { $cast } ballot
       *[other] { $cast } ballots
    } cast
rule-totals-file = Totals from { $file }: { $cast ->
        [one] { $cast } ballot
       *[other] { $cast } ballots
    } cast, SHA-256 { $sha }
rule-quorum = Quorum: { $q }% of eligible voters
rule-withdrawn = Withdrawn before the count: { $list }
rule-debian = Debian constitution A.6: default option "{ $default }"; quorum { $quorum }; { $majorities }
rule-debian-no-quorum = none
rule-debian-simple = simple majorities
rule-debian-needs = { $option } needs { $n }:1

## Warnings before signing

warn-empty-roll = The voter roll is empty, so turnout and quorum cannot be worked out: import the roll.
warn-more-ballots = There are more ballots ({ $ballots }) than voters on the roll ({ $eligible }): check the roll and the ballot files before certifying.
warn-quorum-not-met = The quorum was not met.
warn-seats-exceed = There are { $seats ->
        [one] { $seats } seat
       *[other] { $seats } seats
    } but only { $standing ->
        [one] { $standing } standing nominee
       *[other] { $standing } standing nominees
    }, so at least { $empty ->
        [one] { $empty } seat stays
       *[other] { $empty } seats stay
    } empty.

## Candidate booklet

booklet-doc-title = Candidates: { $term }
booklet-self-nominated = Self-nominated
booklet-title = Candidate booklet
booklet-kicker = CANDIDATE BOOKLET
booklet-nominees-standing = Nominees ({ $n } standing)
booklet-no-nominations = No nominations.
booklet-withdrawn-mark = {" "}(withdrawn)
booklet-published = Published { $date }. Each nominee's section starts on a new page.
booklet-withdrawn-banner = WITHDRAWN
booklet-handle = Handle
booklet-nominated-by = Nominated by
booklet-seconded-by = Seconded by
booklet-status = Status
booklet-withdrawn-status = Withdrawn from the election
booklet-endorsements = Endorsements
booklet-endorsed-by = Endorsed by{" "}
booklet-statement = Statement
booklet-no-statement = No statement.
booklet-footer = Candidate booklet · produced by { $producer }

## Announcement of the results

announce-title = Results: { $term }
announce-title-org = Results: { $org }, { $term }
# Two sentences of the announcement side by side (Japanese writes them without a space).
announce-sentences = { $first } { $second }
announce-none-elected = No nominee was elected.
announce-one-elected = { $name } is elected.
announce-many-elected = { $names } are elected, in that order.
announce-method = The count filled { $seats ->
        [one] { $seats } seat
       *[other] { $seats } seats
    } by { $method }.
announce-vacant = { $n ->
        [one] { $n } seat stays
       *[other] { $n } seats stay
    } vacant.
announce-ballots-turnout = { $ballots ->
        [one] { $ballots } ballot was
       *[other] { $ballots } ballots were
    } cast by { $eligible ->
        [one] { $eligible } eligible voter
       *[other] { $eligible } eligible voters
    } (turnout { $turnout }).
announce-ballots = { $ballots ->
        [one] { $ballots } ballot was
       *[other] { $ballots } ballots were
    } cast.
announce-quorum-met = The quorum was met.
announce-quorum-not-met = The quorum was not met.
announce-figures = Figures
# One nominee's line under Figures: name, figure, status after the count.
announce-figure-line = { $name }: { $figure }, { $status }
announce-rules-applied = Rules applied
announce-disqualified = { $name } was disqualified: { $reason }.
announce-tie = A tie between { $tied } ({ $context }) was decided by { $rule }: { $order }, in that order.
announce-seeded-draw = a seeded draw
announce-seed = Seed of the draw: { $seed }
announce-withdrew = { $names } withdrew before the count.
announce-check = Anyone can check the count: the ballot set's SHA-256 is { $sha }.
# The figure beside a nominee, by what the method counts ($n is already formatted).
figure-approval = { $count ->
        [one] { $n } approval
       *[other] { $n } approvals
    }
figure-star = { $count ->
        [one] { $n } point
       *[other] { $n } points
    }
figure-pairwise = { $count ->
        [one] { $n } pairwise win
       *[other] { $n } pairwise wins
    }
figure-first-preference = { $count ->
        [one] { $n } first preference
       *[other] { $n } first preferences
    }
figure-vote = { $count ->
        [one] { $n } vote
       *[other] { $n } votes
    }

## Results CSV: the nominees' table header and the summary's labels

csv-item = item
csv-value = value
csv-rank = rank
csv-name = name
csv-employer = employer
csv-votes = votes
csv-status = status
csv-reason = reason
csv-term = Term
csv-organisation = Organisation
csv-method = Method
csv-seats = Seats
csv-eligible = Eligible voters
csv-ballots-cast = Ballots cast
csv-turnout = Turnout
csv-quorum = Quorum
csv-quorum-met = met
csv-quorum-not-met = not met
csv-ballot-sha = Ballot set SHA-256
csv-counted-at = Counted at (UTC)
csv-status-label = Status
csv-identifier = Certificate identifier
csv-rule = Rule
csv-tie = Tie
csv-warning = Warning
csv-tie-value = { $context }: { $tied } tied; order { $order }
csv-tied-with = tied with { $others } ({ $context }); the order was decided by { $rule }
