# The command line's sentences (`scrutineer`): success lines, summaries,
# headings, warnings and hints. `--json` output never uses these.
# FIGURE($n) writes a number with the language's separators; `$n` still
# chooses the plural.

cli-error = error: { $message }
cli-error-busy = error: The election file { $path } is in use by another program (perhaps the Scrutineer window); close it or try again.
cli-waiting = Waiting for the election file: another program (perhaps the Scrutineer window) is using it…
cli-hint-create-dirs = or pass --create-dirs
cli-line = line { $line }: { $text }
cli-field = { $label }: { $value }
cli-by = by { $name }
cli-wrote = Wrote { $file }.

## Counts in lists.
cli-n-seats = { $n ->
        [one] { FIGURE($n) } seat
       *[other] { FIGURE($n) } seats
    }
cli-n-voters = { $n ->
        [one] { FIGURE($n) } voter
       *[other] { FIGURE($n) } voters
    }
cli-n-nominees = { $n ->
        [one] { FIGURE($n) } nominee
       *[other] { FIGURE($n) } nominees
    }
cli-n-ballots = { $n ->
        [one] { FIGURE($n) } ballot
       *[other] { FIGURE($n) } ballots
    }

## Terms.
cli-term-created = Created term "{ $term }": { $seats ->
        [one] { FIGURE($seats) } seat
       *[other] { FIGURE($seats) } seats
    }, { $method }, at most { $cap } per employer.
cli-term-created-no-cap = Created term "{ $term }": { $seats ->
        [one] { FIGURE($seats) } seat
       *[other] { FIGURE($seats) } seats
    }, { $method }.
cli-term-imported = Created term "{ $term }" from { $folder }: { $seats ->
        [one] { FIGURE($seats) } seat
       *[other] { FIGURE($seats) } seats
    }, { $method }, { $nominees ->
        [one] { FIGURE($nominees) } nominee
       *[other] { FIGURE($nominees) } nominees
    }, { $voters ->
        [one] { FIGURE($voters) } voter
       *[other] { FIGURE($voters) } voters
    }, { $ballots }.
cli-no-terms = No terms yet. Create one with: scrutineer term create NAME --seats N --method approval
cli-label-term = Term
cli-label-organisation = Organisation
cli-label-stage = Stage
cli-label-seats = Seats
cli-label-method = Method
cli-label-seed = Tie-break seed
cli-label-ties = Ties broken by
cli-certified-status = { $status }; certificate { $identifier }
cli-documents-in = Documents in: { $language } ({ $code })
cli-cap-per-employer = At most { $n ->
        [one] { FIGURE($n) } winner
       *[other] { FIGURE($n) } winners
    } per employer
cli-cap-fraction = At most { $fraction } of the body per employer (sitting members included)
cli-sitting-member = Sitting member: { $name }
cli-sitting-member-employer = Sitting member: { $name } ({ $employer })
cli-none-of-the-above = None of the above: { $name } (a seat it wins stays vacant)
cli-stage-now = Term "{ $term }" is now at stage { $stage }.
cli-term-certified = Term "{ $term }" is certified on { $when } by { $officer }; it can no longer be changed.
cli-term-certified-witness = Term "{ $term }" is certified on { $when } by { $officer }, witnessed by { $witness }; it can no longer be changed.
cli-certificate-identifier = Certificate identifier: { $identifier }
cli-term-changed = Term "{ $term }" changed: { $seats ->
        [one] { FIGURE($seats) } seat
       *[other] { FIGURE($seats) } seats
    }, method { $method }, stage { $stage }.
cli-term-deleted = Term "{ $term }" is deleted (the file was backed up first; `scrutineer backup list`).

## Ties.
cli-tie-recorded = Recorded the decision ({ $method }, by { $by }): { $order }. Count again with: scrutineer tally { $term }
cli-tie-recorded-witness = Recorded the decision ({ $method }, by { $by }, witnessed by { $witness }): { $order }. Count again with: scrutineer tally { $term }
cli-tie-pending = Tied: { $tied } ({ $context })
cli-tie-record-with = Record the decision with: { $command }
cli-tie-none = No tie is waiting for a decision.

## The roll.
cli-roll-imported = Imported { $n ->
        [one] { FIGURE($n) } voter
       *[other] { FIGURE($n) } voters
    } from { $file } ({ $encoding }, delimiter { $delimiter }).
cli-roll-would-import = Would import { $n ->
        [one] { FIGURE($n) } voter
       *[other] { FIGURE($n) } voters
    } from { $file } ({ $encoding }, delimiter { $delimiter }).
cli-refused-rows = Refused { $n ->
        [one] { FIGURE($n) } row
       *[other] { FIGURE($n) } rows
    }:
cli-refused-rows-in = The refused rows are in { $file }.
cli-preview-encoding = Encoding: { $encoding } ({ $source })
cli-preview-delimiter = Delimiter: { $delimiter }
cli-preview-column = { $field } <- column "{ $header }"
cli-preview-row = line { $line }: { $name } <{ $email }>
cli-preview-summary = { $good ->
        [one] { FIGURE($good) } good row
       *[other] { FIGURE($good) } good rows
    }, { FIGURE($refused) } refused.
cli-roll-exported = Wrote { $n ->
        [one] { FIGURE($n) } voter
       *[other] { FIGURE($n) } voters
    } to { $file }.
cli-diff-added = { $name } <{ $email }>  (line { $line })
cli-diff-changed = { $name } <{ $email }>: { $fields } (line { $line })
cli-diff-summary = { FIGURE($added) } to add, { FIGURE($removed) } to remove, { FIGURE($changed) } changed, { FIGURE($unchanged) } unchanged.
cli-diff-summary-applied = { FIGURE($added) } to add, { FIGURE($removed) } to remove, { FIGURE($changed) } changed, { FIGURE($unchanged) } unchanged (applied).
cli-voter-added = Added { $name } <{ $email }> to the roll.
cli-voter-removed = Removed { $name } <{ $email }> from the roll.
cli-marked-voted = Marked { $n ->
        [one] { FIGURE($n) } voter
       *[other] { FIGURE($n) } voters
    } as having voted.
cli-voters-in-all = { $n ->
        [one] { FIGURE($n) } voter
       *[other] { FIGURE($n) } voters
    } in all.
cli-encoding-note = Note: this file could be { $chosen } or { $other }, and the two read some names differently. Read as { $chosen }, because { $why }.
cli-encoding-line = line { $line }: { $chosen-text } (as { $chosen })  /  { $other-text } (as { $other })
cli-encoding-hint = If the second reading is right, give --encoding { $other } to read the file that way.

## Nominees.
cli-nominee-added = Added nominee "{ $name }" to term "{ $term }".
cli-nominee-late = Accepted outside the nomination period: { $reason } (in the audit log).
cli-nominee-corrected = Corrected nominee "{ $name }"; the audit log records the old and new values.
cli-nominee-endorsed = { $name } <{ $email }> endorsed "{ $nominee }".
cli-nominee-accepted = "{ $name }" accepted the nomination ({ $when }).
cli-nominee-withdrew = Withdrew nominee "{ $name }".
cli-nominees-imported = Imported { $n ->
        [one] { FIGURE($n) } nominee
       *[other] { FIGURE($n) } nominees
    } from { $file } ({ $kind }).

## Ballots and the count.
cli-ballots-imported = Imported { $n ->
        [one] { FIGURE($n) } ballot
       *[other] { FIGURE($n) } ballots
    } from { $file } (SHA-256 { $sha }).
cli-tally-figures = Eligible voters: { FIGURE($eligible) }   Ballots: { FIGURE($ballots) }   Turnout: { $turnout }
cli-quorum-met = Quorum met
cli-quorum-not-met = Quorum NOT met
cli-warning = Warning: { $warning }
cli-ballot-set-sha = Ballot set SHA-256: { $sha }

## Results, the audit log, bundles.
cli-bundle-wrote = Wrote the bundle of term "{ $term }" in { $folder }:
cli-bundle-check = Check it with: scrutineer verify { $folder }
cli-bundle-verified = Bundle verified: SHA256SUMS matches every file, ballots.csv is canonical (SHA-256 { $sha }), and the re-count of "{ $term }" ({ FIGURE($ballots) } ballots) gives every figure of result.json. Winners: { $winners }.
cli-audit-intact = Audit log intact: { FIGURE($entries) } entries, head entry { $seq } ({ $head }); every term's state matches its log.
cli-audit-acknowledged = Recorded the current state with your reason; the audit log now verifies ({ FIGURE($entries) } entries, head entry { $seq }).

## Backups and settings.
cli-backups-none = There are no backups of { $file } yet (in { $folder }).
cli-backed-up = Backed up to { $file }.
cli-restored = Restored { $name }. The file as it was is backed up as { $file }.
cli-saved-copy = Saved a copy of the election file as { $file }.
cli-officer-set = The returns officer is { $name }: the audit log names them from now on.
cli-officer-cleared = The returns officer's name is cleared.

## Nomination rules (term show).
cli-nominations-from-to = Nominations: { $opens } to { $closes } (UTC, inclusive)
cli-nominations-from = Nominations: from { $opens } (UTC)
cli-nominations-until = Nominations: until { $closes } (UTC, inclusive)
cli-seconders = Seconders required: { FIGURE($n) }
cli-statement-words = Statements: at most { FIGURE($n) } words

## Counting a file without an election file (scrutineer count).
cli-count-file = File: { $file } (SHA-256 { $sha })
cli-count-set-sha = Ballot set SHA-256 (canonical, seeds the draw): { $sha }
cli-count-format-detected = Format: { $format } (detected)
cli-count-format-given = Format: { $format } (as given)
cli-blank-not-compared = A blank mark means: A candidate left unranked takes part in no head-to-head contest on that ballot (no opinion)
cli-blank-below-ranked = A blank mark means: A candidate left unranked is ranked below every ranked candidate, equal with the other unranked ones
cli-count-from-totals = Counted from published totals (no ballots).

## A nominee (nominee show) and nominations imported.
cli-label-name = Name
cli-label-email = Email
cli-label-employer = Employer
cli-label-handle = Handle
cli-label-nominated-by = Nominated by
cli-label-nominator = Nominator
cli-label-nominated-at = Nominated at
cli-label-late-because = Accepted late because
cli-label-accepted = Accepted the nomination
cli-withdrawn = Withdrawn
cli-seconded-by = Seconded by: { $name } <{ $email }>
cli-seconded-by-text = Seconded by: { $name } <{ $email }> (with a text)
cli-endorsed-by = Endorsed by: { $name } <{ $email }>
cli-endorsed-by-text = Endorsed by: { $name } <{ $email }> (with a text)
cli-statement-length = Statement: { $n ->
        [one] { FIGURE($n) } word
       *[other] { FIGURE($n) } words
    }
cli-nominees-dry-run = Dry run: { $n ->
        [one] { FIGURE($n) } nominee
       *[other] { FIGURE($n) } nominees
    } would be imported from { $file } ({ $kind }); nothing was changed.
cli-rows-would-be-refused = { $n ->
        [one] { FIGURE($n) } row
       *[other] { FIGURE($n) } rows
    } would be refused:
cli-wrote-files = Wrote { $n ->
        [one] { FIGURE($n) } file
       *[other] { FIGURE($n) } files
    } into { $folder }:

## Settings, and how a form was read.
cli-label-settings-file = Settings file
cli-label-officer = Returns officer
cli-label-recent-file = Recent file
cli-not-set = (not set)
cli-columns = Columns: { $columns }
cli-line-at = line { $line }:
cli-encoding-given = as given
cli-encoding-bom = marked at the start of the file
cli-encoding-detected = detected
cli-encoding-guessed = guessed from its letters
cli-read-as = Read as { $encoding } ({ $how }), { $delimiter }-separated.
cli-encodings-differ = { $chosen } and { $other } read this file differently; { $chosen } was used: { $why }. To read it as { $other }: --encoding { $other }
cli-encodings-differ-line = line { $line }: { $chosen-text }  |  as { $other }: { $other-text }
cli-timestamps = Timestamps: { $why }.
cli-date-example = line { $line }: "{ $value }" is { $dmy } read day first, { $mdy } read month first
cli-local-time = Times without a zone are read as your local time, { $zone }.

## Rows and words of human output (term show's Debian line, tie list, backup list, delimiters).
cli-debian-params = Debian: quorum { $quorum }, default option { $default }, majorities { $majorities }
cli-debian-no-quorum = none
cli-debian-last-option = (the last)
cli-tie-method-coin = coin
cli-tie-method-lot = lot
cli-tie-method-casting-vote = casting-vote
cli-tie-method-other = { $method }
cli-backup-row = { $name }{"\u0009"}{ $taken }{"\u0009"}before { $step }{"\u0009"}{ $bytes } bytes
cli-delim-comma = comma
cli-delim-semicolon = semicolon
cli-delim-tab = tab
cli-delim-pipe = pipe
