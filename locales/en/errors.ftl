# Errors: what Scrutineer says when it refuses or fails, in the CLI and the
# window. The English is what JSON carries (`message`); every language has
# every message. Names, paths and file names are variables, never translated.

## Where a file's problem is: the file, the line, the column, the problem.
err-file = { $file }: { $problem }
err-file-line = { $file }:{ $line }: { $problem }
err-file-column = { $file }: column { $column }: { $problem }
err-file-line-column = { $file }:{ $line }: column { $column }: { $problem }
err-path = { $path }: { $problem }
# Words from elsewhere (the system, SQLite) shown as they are.
err-detail = { $detail }
err-with-hint = { $error }, { $hint }

## The operating system's errors, in words.
err-os-not-found = there is no such file or folder
err-os-permission = you do not have permission to use it
err-os-exists = it already exists
err-os-is-folder = it is a folder, not a file
err-os-not-folder = a part of the path is a file, not a folder
err-os-read-only = the disk is read-only
err-os-disk-full = the disk is full
err-os-quota = your disk quota is used up
err-os-too-large = the file is too large for the disk
err-os-folder-not-empty = the folder is not empty
err-os-bad-name = the file name is not valid here
err-os-cross-device = it cannot be moved to another disk
err-os-invalid-data = its content is not what was expected
err-os-cut-short = the file ends too early (was it cut short?)
err-os-interrupted = the operation was interrupted; try again
err-os-broken-pipe = the program reading the output stopped
err-os-memory = the computer ran out of memory
err-os-refused = the computer refused the operation

## Reading files.
err-cannot-read = cannot read the file: { $reason }
err-cannot-read-folder = cannot read the folder: { $reason }
err-cannot-open = cannot read the file: cannot open it ({ $reason })
err-not-a-file = is { $what ->
        [folder] a folder
        [fifo] a named pipe (FIFO)
        [socket] a socket
        [char-device] a device (a character device)
        [block-device] a device (a block device)
       *[other] not a regular file
    }, not a file: give a file saved on disk
err-nul-byte = the file holds a NUL byte: it is a binary file, not a text ballot or totals file

## The election file.
err-busy = the election file is in use by another program (perhaps the Scrutineer window); close it or try again
err-database = election file error: { $detail }
err-folder-missing = the folder { $folder } does not exist; create it first
err-cannot-open-db = cannot open the election file { $path }: { $detail }
err-not-election-file = { $path } is not a Scrutineer election file (or is damaged): { $detail }
err-newer-file = { $path } was written by a newer Scrutineer (file version { $version }, this one reads up to { $supported }); update Scrutineer

## Stages.
err-stage-draft = draft
err-stage-nominations = nominations
err-stage-voting = voting
err-stage-counted = counted
err-stage-certified = certified

## Terms.
err-term-not-found = there is no term named "{ $term }"
err-term-exists = a term named "{ $term }" already exists
err-certified = term "{ $term }" is certified: its results are final and it cannot be changed
err-stage-move = term "{ $term }" is at stage { $stage }; it cannot move to { $to }
err-stage-count-first = count the term to move it to stage counted
err-stage-certify-with = certify term "{ $term }" with the returns officer's name: scrutineer term certify "{ $term }" --officer NAME [--witness NAME]
err-no-nominees-yet = term "{ $term }" has no nominees yet: add the nominees before importing ballots
err-no-ballots-yet = term "{ $term }" has no ballots yet: import the ballots before counting
err-not-counted = term "{ $term }" has not been counted yet: count it first
err-no-standing-nominee = term "{ $term }" has no standing nominee named "{ $name }".
err-no-standing-nominee-near = term "{ $term }" has no standing nominee named "{ $name }". Did you mean { $near }?
err-certified-language = term "{ $term }" is certified: its certificate was signed in { $language }, so the language of its documents can no longer change
err-edit-reason = give a reason for the change (it goes in the audit log)
err-delete-reason = give a reason for deleting the term (it goes in the audit log)
err-method-kind = term "{ $term }" already has ballots read for { $old }; { $new } reads another kind of ballot, so the method can no longer change to it
err-cap-zero = the maximum winners per employer must be at least 1 (give none for no limit)
err-quorum-range = the quorum must be a percentage from 1 to 100
err-nothing-to-change = nothing to change: term "{ $term }" already has these settings
err-delete-has-ballots = term "{ $term }" has ballots, so it cannot be deleted (its ballots are part of the record)

## Ballots and totals.
err-ballots-count-differs = { $file }: the file holds { $count ->
        [one] 1 ballot
       *[other] { $count } ballots
    }, not the { $given } given with --ballots
err-totals-cast-differs = { $file }: the file gives { $cast } ballots cast, not the { $given } given with --ballots
err-totals-cast-missing = { $file }: these are totals, and the file does not say how many ballots were cast: give the number of ballots cast (--ballots N)

## Certification.
err-certify-officer = the returns officer's name is needed to certify: { $problem }
err-certify-not-counted = term "{ $term }" is at stage { $stage }: count it before certifying

## Backups.
err-backup-create = cannot create the backup { $path }: { $detail }
err-backup-bad-name = "{ $name }" is not the name of a backup: give a name from `scrutineer backup list`
err-backup-not-found = there is no backup named "{ $name }" in { $folder }
err-backup-cannot-open = { $path }: cannot be opened: { $detail }
err-restore-not-election-file = { $path } is not a Scrutineer election file ({ $why }); nothing was restored

## Checks.
err-audit-fails = the election file fails verification:
    { $problems }
err-bundle-fails = the bundle does not verify:
    { $problems }
err-certify-needs-officer = certifying needs the returns officer's name: give --officer NAME (or set it once with `scrutineer settings officer NAME`)

## A voter roll's refused rows: the reason stored with each row is the
## English below (JSON and the refused-rows file keep it); the CLI and the
## window read it back and write it in their language.
err-roll-no-email = no email address (column '{ $column }' is empty)
err-roll-no-email-n = no email address (column { $column } is empty)
err-roll-not-email = '{ $email }' is not an email address: { $why }
err-roll-not-email-dot = '{ $email }' is not an email address: the domain '{ $domain }' has no dot
err-roll-not-email-part = '{ $email }' is not an email address: the domain '{ $domain }' has an empty part
err-roll-not-email-contains = '{ $email }' is not an email address: contains '{ $char }'
err-email-one-at = expected exactly one '@'
err-email-nothing-before = nothing before the '@'
err-email-space = contains a space
err-roll-no-name = no name (column '{ $column }' empty)
err-roll-no-name-2 = no name (column '{ $first }' and column '{ $last }' empty)
err-roll-weight = weight '{ $weight }' in column '{ $column }' is not a whole number of 1 or more
err-roll-duplicate-email = duplicate: the email address '{ $email }' is already on line { $line }
err-roll-duplicate-email-earlier = duplicate: the email address '{ $email }' is already on an earlier line
err-roll-duplicate-id = duplicate: the voter id '{ $id }' is already on line { $line }
err-roll-duplicate-id-earlier = duplicate: the voter id '{ $id }' is already on an earlier line
err-roll-on-roll = { $email } is already on the roll
err-roll-not-on-roll = { $email } is not on the roll
err-roll-fields = the row has { $found } fields but the header has { $expected }: a value with an unquoted '{ $delimiter }' in it?

## A roll's header line.
err-roll-header-is-voter = the first line looks like a voter, not a header naming the columns: add a first line such as name,email (the first line has { $columns })
err-roll-no-email-column = no email column: the first line should name the columns, one of them email, e-mail, email address or mail (or map one with email=HEADER); the first line has { $columns }
err-roll-no-name-column = no name column: expected name, full name or display name, or first name and last name (or map one with name=HEADER); the first line has { $columns }

## Nominations.
err-nominations-close-before-open = nominations cannot close ({ $closes }) before they open ({ $opens })
err-statement-limit-zero = the statement limit must be at least 1 word (leave it out for no limit)
err-seconders-too-many = { $n } seconders: at most 1000 can be required
err-seconder-twice = { $email } is given twice as a seconder
err-seconder-is-nominator = { $email } nominated { $name }, so cannot also second the nomination
err-seconder-is-nominee = { $email } is the nominee's own email: a nominee cannot second their own nomination
err-nominee-exists = "{ $name }" is already a nominee of term "{ $term }"
err-nominee-not-found = term "{ $term }" has no nominee named "{ $name }"
err-nominee-edit-nothing = the edit changes nothing: { $name }'s fields already have these values
err-nominee-withdrawn = { $name } has withdrawn
err-already-endorsed = { $email } has already seconded or endorsed { $name }
err-already-accepted = { $name } accepted the nomination on { $when }

## Ballot batches.
err-small-batch = { $file }: this batch has { $count ->
        [one] 1 ballot
       *[other] { $count } ballots
    }, fewer than the secrecy threshold of term "{ $term }" ({ $min }): so few ballots could be tied to the voters who just voted. Import them with more ballots, or give a reason with --small-batch-reason
err-totals-and-ballots = term "{ $term }" was given published totals: totals and ballots cannot be mixed in one count

## The command line's own checks.
err-majority-form = --majority { $given }: expected OPTION=N (e.g. "Amendment B=3" for 3:1)
err-majority-number = --majority { $given }: N must be a whole number, 1 or more
err-debian-only = --quorum-voters, --majority and --default are Debian constitution parameters: use them with --method debian
err-sitting-csv = not a valid CSV row: { $detail }
err-sitting-fields = expected 2 fields (name,employer), found { $found }
err-unknown-stage = unknown stage "{ $stage }"; expected one of: draft, nominations, voting, counted, certified
err-unknown-roll-format = unknown roll format "{ $format }"; expected csv, helios, emails or voted
err-stdout-closed = standard output is closed
err-stdout-write = cannot write to standard output: { $reason }

## Ballot files (one column per candidate).
err-grid-empty = the file is empty: expected a header row with the candidates' names, then one row per ballot
err-grid-header-empty = the header row is empty: expected the candidates' names, separated by commas
err-grid-row-width = this row has { $cells ->
        [one] 1 cell
       *[other] { $cells } cells
    } but the header names { $candidates ->
        [one] 1 candidate
       *[other] { $candidates } candidates
    }: expected one cell per candidate
err-grid-no-ballots = the file has a header but no ballots: expected one row per ballot after the header
err-grid-name-empty = a candidate name in the header is empty: expected a name in every header cell
err-grid-utf8 = the cell is not valid UTF-8 (bad byte at position { $position }): save the file as UTF-8
err-grid-rank = expected a rank (1, 2, ...), `No opinion` or an empty cell, found `{ $found }`
err-grid-approval = expected an approval mark (`1`, `x`, `yes`, `y`, `true`), no approval (`0`, `no`, `n`, `false` or an empty cell), found `{ $found }`
err-grid-score = expected a score from 0 to { $max } or an empty cell, found `{ $found }`

## Lists and more ballot checks.
err-and-list = { $first } and { $last }
err-ballot-column-not-nominee = "{ $name }" is not a nominee of term "{ $term }". (The nominees are { $nominees }.)
err-ballot-column-not-nominee-near = "{ $name }" is not a nominee of term "{ $term }". Did you mean { $near }? (The nominees are { $nominees }.)
err-no-tie-waiting = the count of term "{ $term }" is not waiting for a tie decision (its tie rule is not "officer", or no tie needs deciding)
err-no-ballots-at-stage = term "{ $term }" cannot take ballots at stage { $stage }
err-file-at-line-column = { $file }: line { $line }: column { $column }: { $problem }

## Published totals files.
err-totals-empty = the file is empty: expected the header `candidate,votes`, then one row per candidate
err-totals-row-width = this row has { $cells ->
        [one] 1 cell
       *[other] { $cells } cells
    }: expected two, the candidate and their { $figure }
err-totals-not-number-ballots = expected a whole number of ballots, found `{ $found }`
err-totals-not-number-votes = expected a whole number of votes, found `{ $found }`
err-totals-ballots-twice = the number of ballots is given twice (lines { $first } and { $line })
err-totals-name-empty = the candidate's name is empty
err-totals-candidate-twice = the candidate `{ $name }` is listed twice (lines { $first } and { $line })
err-totals-no-candidates = the file has a header but no candidates: expected one row per candidate
err-totals-more-votes-than-ballots = { $ballots } ballots were cast but `{ $name }` has { $votes } votes: a ballot counts for a candidate at most once

## Published totals entered into a term.
err-totals-no-nominees-yet = term "{ $term }" has no nominees yet: add the nominees before entering totals
err-totals-method = term "{ $term }" is counted by { $method }, which needs the ballots: totals carry no rankings or scores, so only approval and plurality terms can be counted from totals
err-totals-given-twice = { $file }: "{ $name }" is given twice
err-totals-votes-over-ballots = { $file }: "{ $name }" has { $votes } votes but only { $ballots } ballots were cast
err-totals-sum-over-ballots = { $file }: the votes add up to { $sum }, more than the { $ballots } ballots cast (one vote per ballot)
err-totals-missing = { $file }: no figure for { $names } (give 0 for a nominee with no votes)
err-ballots-and-totals = term "{ $term }" already has ballots: totals and ballots cannot be mixed in one count
err-totals-entries-differ = the two entries of the totals differ, so nothing was saved ({ $differences }); check the figures against the source and type them again

## A term's declared rules and ties.
err-cap-fraction = "{ $given }" is not a fraction of the body such as 1/3 (numerator and denominator, 0 < n/d <= 1)
err-quorum-voters = the quorum "{ $given }" is not a positive number of voters (such as 2 or 37.4)
err-quorum-too-large = the quorum "{ $given }" is too large
err-unknown-tie-rule = unknown tie-break procedure "{ $given }"; expected one of: { $known }
err-debian-params = the quorum of voters, majorities and default option are Debian constitution parameters: use them with --method debian, not { $method }
err-majority-ratio = the majority for "{ $option }" must be N:1 with N at least 1
err-majority-twice = "{ $option }" is given a majority twice
err-sitting-twice = "{ $name }" is listed twice among the sitting members
err-unknown-decision-method = unknown way of deciding a tie "{ $given }"; expected one of: { $known }
err-tie-order = the order must name each tied candidate exactly once ({ $tied }); it names: { $order }
err-blank-meanings-differ = the ballot batches were read from formats that give a blank mark different meanings (not compared, or ranked below every ranked candidate): they cannot be counted together

## Counting files without an election file (scrutineer count).
err-count-no-file = give a file to count
err-count-several-not-totals = { $file }: several files are added up only when they are totals (batches of one election); this one holds ballots
err-count-candidates-differ = { $file }: its candidates ({ $candidates }) are not those of { $first } ({ $first-candidates })
err-count-overflow = { $file }: the votes for { $name } overflow
err-count-option-number = option { $n } does not exist: the options are numbered 1 to { $last }
err-count-option-name = "{ $given }" is not an option; the options are: { $options }
err-count-officer-needs-file = --tie-break officer needs an election file to record the decision: create a term with --tie-break officer, import the ballots, and count it with scrutineer tally
err-count-tie-break = --tie-break { $given }: expected draw or psf
err-count-max-per-group = --max-per-group must be at least 1
err-count-ballots-differ = --ballots { $given }, but the totals say { $cast } ballots were cast
err-groups-fields = expected 2 fields (candidate,group), found { $found }
err-groups-not-candidate = "{ $name }" is not a candidate in the ballot file
err-groups-twice = "{ $name }" is listed twice

## Nominations imported from a form or an Elekto folder.
err-map-form = --map { $given }: expected FIELD=HEADER (e.g. name="Your name")
err-map-field = --map { $given }: unknown field "{ $field }"; the fields are: { $fields }
err-map-column = --map { $given }: the file has no column "{ $header }"; its columns are: { $columns }
err-form-no-name-column = no column holds the nominee's name (looked for a header such as "Nominee" or "Name"); the columns are: { $columns }. Say which column holds it (on the command line: --map name=HEADER)
err-elekto-no-candidates = { $folder }: the folder holds no candidate-*.md file
err-unknown-encoding = the encoding "{ $given }" is not known: write utf-8, utf-16le, windows-1252, windows-1250, iso-8859-2 or another standard name
err-file-at-line = { $file }: line { $line }: { $problem }
err-form-bad-header = not a valid CSV header: { $detail }
err-nominees-closed = term "{ $term }" is at stage { $stage }: voting has opened, so the list of nominees is closed

## Publishing the candidate list.
err-elekto-out-is-file = { $path }: the Elekto export is a folder, and this is a file
err-elekto-folder-not-empty = { $path }: the folder already holds { $file }, which is not one of this term's candidates; export into an empty folder
err-helios-approval-only = Helios counts approval ballots only, and term "{ $term }" is counted by { $method }: set the ballot up in a service that takes ranked or scored ballots
err-bettervoting-method = BetterVoting has no { $method } count (it offers STAR, Approval, Plurality, IRV and STV): term "{ $term }" cannot be set up there as declared
err-elekto-rule-in-statement = Elekto cuts a candidate file at its last `---`, and the statement of { $names } contains `---`: correct it (for a horizontal rule write `***`; `nominee edit --statement`) and export again

## Form fields.
err-field-empty = the { $what } must not be empty
err-field-term-name = term name
err-field-nominee-name = nominee's name
err-field-voter-name = voter's name
err-field-organisation = organisation
err-field-employer = employer
err-field-nominator = nominator
err-field-membership = membership
err-field-voter-id = voter id
err-field-email = email address
err-field-reason = reason
err-field-seed = tie-break seed
err-field-statement = statement
err-field-small-batch-reason = small-batch reason

# ---- Added for the errors of scrutineer-core and the CLI (errcore).

## Form fields: what is refused in them.
err-field-too-long = the { $what } is { $len } characters long; at most { $max } are allowed
err-field-contains = the { $what } contains { $kind } ({ $char }) at position { $position }
err-char-control = a control character
err-char-bidi = a bidirectional formatting character
err-char-direction-mark = an invisible direction mark
err-char-variation = a variation selector
err-char-invisible = an invisible character
err-char-replacement = a replacement character (bytes that were not valid text)
err-email-not-valid = "{ $email }" is not a valid email address: { $why }
err-email-domain-no-dot = the domain '{ $domain }' has no dot
err-email-domain-empty-part = the domain '{ $domain }' has an empty part
err-email-contains = contains '{ $char }'
err-seats-range = { $what }: { $n } is not a number of seats (at least 1, at most { $max })

## The rules of nominations. Each rule is its own message (the window finds the control an
## error concerns by the id); the rule's name in quotes, then what breaks it.
err-rule-period = refused by the rule "nominations are made in the nomination period": { $why }
err-rule-nominator = refused by the rule "the nominator must be on the roll": { $why }
err-rule-seconder = refused by the rule "seconders and endorsers must be on the roll": { $why }
err-rule-words = refused by the rule "the statement's length": { $why }
err-rule-seconders-required = refused by the rule "{ $required ->
    [one] { $required } seconder
   *[other] { $required } seconders
} required": { $why }
err-rule-period-early = nominations open on { $opens }, and this nomination is dated { $date }; to accept it all the same, give the reason (--late-reason TEXT)
err-rule-period-late = nominations closed on { $closes }, and this nomination is dated { $date }; to accept it all the same, give the reason (--late-reason TEXT)
err-rule-words-over = the statement has { $words } words; at most { $limit } are allowed
err-rule-seconders-short = { $name } has { $n ->
    [one] { $n } seconder
   *[other] { $n } seconders
}; term "{ $term }" requires { $required } (--seconded-by EMAIL, once per seconder)
err-rule-not-on-roll = { $what } "{ $who }" is not on the roll of term "{ $term }" (matched by email, or by member id)
err-rule-who-nominator = the nominator
err-rule-who-seconder = the seconder
err-rule-who-endorser = the endorser
err-not-a-date = { $what }: "{ $given }" is not a date; write it YYYY-MM-DD (e.g. 2026-03-01)
err-voting-opened = term "{ $term }" is at stage { $stage }: voting has opened, so { $what }; a nominee can only be withdrawn now
err-closed-nominees = the list of nominees is closed
err-closed-editing = nominees can no longer be edited
err-closed-endorsements = endorsements are closed
err-closed-acceptances = acceptances are closed

## The roll.
err-roll-unknown-encoding = unknown encoding "{ $given }"; try utf-8, windows-1252, iso-8859-2, utf-16le or utf-16be
err-roll-cancelled = the import was cancelled; the roll is unchanged
err-roll-reason = give a reason for changing the roll (it goes in the audit log)
err-roll-already-on = { $email } is already on the roll of term "{ $term }"
err-roll-not-on = { $email } is not on the roll of term "{ $term }"
err-roll-export-no-email = { $n ->
    [one] { $n } voter
   *[other] { $n } voters
} on the roll of term "{ $term }" { $n ->
    [one] has
   *[other] have
} no email address (known by id only, such as a GitHub login), so the { $file } cannot be written; nothing was written. Replace the roll with one that gives every voter's email (roll diff --apply), or export it as CSV
err-roll-export-helios = Helios voter file
err-roll-export-email-list = email list
err-give-reason = give a reason (it goes in the audit log)

## The public re-count bundle.
err-bundle-from-totals = term "{ $term }" was counted from published totals, not ballots: there is no ballot set to bundle; publish the totals files, whose SHA-256 the certificate lists
err-bundle-old-hash = the stored result of term "{ $term }" was counted with another ballot-set hash ({ $stored }; the canonical ballot set's is { $hash }), as results were before file version 4: count the term again to publish a bundle
err-bundle-no-folder = { $folder }: no such folder (expected a bundle written by `scrutineer results bundle`)

## Terms, ballots and the count.
err-unknown-method = unknown counting method `{ $given }`; expected one of: { $methods }
err-nominee-vanished = the nominee was not found after the change
err-stored-result-damaged = the stored result is damaged: { $detail }
err-batch-repeated = { $file }: { $what } into term "{ $term }" on { $at }
err-batch-file-repeated = this exact file was already imported
err-batch-totals-repeated = these exact totals were already entered
err-holds-totals = { $file }: holds totals, not ballots
err-cap-zero-form = the maximum winners per employer must be at least 1 (leave it empty for no limit)
err-secrecy-zero = the secrecy threshold must be at least 1 ballot
err-tie-needed = a tie needs the returns officer's decision: { $tied } are tied ({ $context }). Decide it (coin, lot or casting vote), then record it with: { $command }

## Where Scrutineer writes: files it will not replace.
err-output-refused = { $path }: { $why }; nothing was written
err-output-dangling-link = is a symbolic link to a file or folder that does not exist
err-output-would-destroy = is { $what } ({ $kept }); writing there would destroy it: choose another file name
err-output-not-file = is { $kind }, not a regular file: Scrutineer writes its outputs only to files
err-output-is-kept = is { $what } ({ $kept }): choose another file name
err-kept-election-file = the election file
err-kept-wal = the election file's write-ahead log
err-kept-shm = the election file's shared-memory index
err-kept-journal = the election file's journal
err-kept-input = the file being imported
err-kind-folder = a folder
err-kind-fifo = a named pipe (FIFO)
err-kind-device = a device
err-kind-socket = a socket
err-kind-other = not a regular file
err-write-refused-rows = cannot write the refused rows: { $detail }
err-refused-rows-no-folder = { $path }: the folder { $folder } does not exist; nothing was imported
err-write-results-csv = cannot write the results CSV: { $detail }
err-write-csv = cannot write the CSV: { $detail }
err-make-certificate = cannot make the certificate: { $detail }
err-make-booklet = cannot make the candidate booklet: { $detail }
err-settings-damaged = { $path }: the settings file is damaged ({ $detail }); correct or remove it
err-cannot-create = cannot create { $path }: { $detail }
err-no-temp-name = cannot find a free temporary name in { $folder }
err-certification-not-recorded = the certification was not recorded
err-elekto-too-many-seats = { $folder }: too many seats
err-elekto-not-login = { $folder }/voters.yaml: "{ $login }" is not a GitHub login
err-imported-term-missing = the term just imported was not found
err-elekto-is-folder = the Elekto export is a folder of files: use export_candidates

## The stored ballots and totals, and the bundle's ballots.csv.
err-ballot-beyond = a ballot names candidate { $candidate }, beyond the { $n } nominees
err-too-many-ballots = too many ballots
err-stored-ballot-stranger = a stored ballot names "{ $name }", who is not a nominee
err-stored-ballot-damaged = a stored ballot is damaged: { $detail }
err-stored-ballot-weight = a stored ballot has a weight below 1
err-cell-rank = column { $column }: "{ $value }" is not a valid rank cell
err-cell-approval = column { $column }: "{ $value }" is not a valid approval cell
err-cell-score = column { $column }: "{ $value }" is not a valid score cell
err-bundle-csv-empty = the file is empty
err-bundle-csv-weight-column = the first column must be "weight"
err-bundle-csv-weight = the weight must be a whole number at least 1
err-bundle-csv-cells = expected { $expected } cells after the weight, found { $found }
err-delete-referred = term "{ $term }" cannot be deleted: its { $table } rows are still referred to ({ $detail }); nothing was deleted
err-stored-debian-damaged = the stored Debian parameters are damaged: { $detail }
err-stored-tie-damaged = a stored tie decision is damaged: { $detail }
err-stored-totals-stranger = stored totals name "{ $name }", who is not a nominee
err-totals-too-many-ballots = { $file }: { $ballots } ballots is too many
err-totals-too-many-votes = { $file }: { $votes } votes for "{ $name }" is too many

## The audit log.
err-audit-refused = the election file fails verification, so this is refused: { $problems }. Run `scrutineer audit verify`; if you know why the file changed, record it with `scrutineer audit acknowledge --reason TEXT`.
err-audit-nothing-to-acknowledge = nothing to acknowledge: the election file matches its audit log
err-audit-chain-changed = the audit log's entries themselves were changed ({ $problems }); that cannot be acknowledged

## The timestamps of a nomination form.
err-dates-both-orders = the timestamps are written in both orders: line { $line1 } has "{ $value1 }" (day first only) and line { $line2 } has "{ $value2 }" (month first only); choose the order (on the command line: --date-order dmy or --date-order mdy), and the rows that do not fit it are refused
err-dates-two-ways = the timestamps can be read two ways: no day in the file is over 12, so line { $line }'s "{ $value }" is { $dmy } (day/month, as most of Europe writes it) or { $mdy } (month/day, as the United States writes it); choose the order (on the command line: --date-order dmy or --date-order mdy)

## The command line's own arguments.
err-seats-zero = 0 is not a number of seats (at least 1)
err-seats-over = { $n } is not a number of seats (at most { $max })
err-not-whole-number = "{ $given }" is not a whole number
err-max-per-employer-arg = --max-per-employer { $given }: { $problem }; expected a whole number (at most K per employer) or a fraction of the body such as 1/3
err-count-majority-form = --majority { $given }: expected OPTION=N (e.g. 3=3 for a 3:1 majority on option 3)
err-wording = --wording { $given }: expected current or pre-2015
err-debian-only-count = --quorum, --majority, --default, --wording and --casting-vote are Debian constitution parameters: use them with --method debian
err-whole-number-or-none = { $what }: "{ $given }" is not a whole number (or `none`)
err-announce-format = "{ $given }" is not an announcement format: choose markdown, text or html
err-candidate-format = unknown format "{ $given }"; the formats are: { $formats }
err-date-order = the date order "{ $given }" is not known: write dmy (day/month/year) or mdy (month/day/year)

## What `scrutineer verify` finds wrong in a bundle (after the file's name).
err-bundle-unreadable = cannot be read: { $problem }
err-bundle-manifest-line = line { $line } is not `<SHA-256>  <file>` for one of { $files }: { $text }
err-bundle-hash-differs = its SHA-256 is not the one in { $manifest } ({ $file } or { $manifest } was changed)
err-bundle-no-final-newline = does not end with a line feed
err-bundle-not-listed = does not list { $file }
err-bundle-not-rules = is not the rules of a bundle: { $detail }
err-bundle-byte-changed = is not as Scrutineer writes it (a byte was changed)
err-bundle-format = format is { $found }, expected { $expected }
err-bundle-not-result = is not a Scrutineer result: { $detail }
err-bundle-method = method: { $problem }
err-bundle-not-canonical = is not in canonical form (rows sorted and merged, as documented): a byte was changed
err-bundle-columns = its columns ({ $columns }) are not the nominees of { $rules } ({ $nominees })
err-bundle-kind = ballot_kind { $kind } does not fit method { $method }
err-bundle-recount-failed = the re-count could not be made: { $problem }
err-bundle-field-differs = { $field }: the bundle says { $bundle }, the re-count gives { $recount }

## More form fields' names.
err-field-handle = handle
err-field-endorsement = endorsement
err-field-sitting-employer = sitting member's employer
err-field-totals-source = source of the figures
err-field-none-of-the-above = "none of the above" option's name
err-field-majority-option = option named in a majority
err-field-default-option = default option's name
err-field-sitting-member = sitting member's name
err-field-decided-by = name of who decided
err-field-witness = witness's name

## The dates of the nomination period, named in errors.
err-date-opening = the nominations' opening date
err-date-closing = the nominations' closing date
