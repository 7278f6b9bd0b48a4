# Errors about the files Scrutineer reads (ballot files of every service, totals, YAML, Elekto
# folders, rolls) and the checks of form fields: scrutineer-formats. Each says the file, the
# line and the problem. The core's own errors are in errors.ftl.

## Reading any file.
err-file-empty = the file is empty
err-file-no-ballots = the file holds no ballots
err-file-too-large-bytes = the file is larger than { $max } bytes: too large for what it should hold
err-file-not-utf8 = the file is not valid UTF-8 text: { $detail }
err-json-unreadable = the JSON cannot be read: { $detail }
err-export-unreadable = the export cannot be read: { $detail }
err-csv-unreadable = the CSV cannot be read: { $detail }
err-figure-too-large = the figure { $n } is too large: the largest accepted is { $max }
err-not-ballots = this is a { $format } file (one figure per candidate), not ballots
err-line-not-utf8 = the line is not valid UTF-8 text: save the file as UTF-8
err-utf8-cut = the file ends in the middle of a UTF-8 character: save the file as UTF-8
err-line-too-long = the line is longer than { $max } bytes: this is not a ballot or totals file (or it is damaged)

## Telling the formats apart (--format, folders).
err-input-folder-no-elekto = this folder holds no { $format } election: expected election.yaml in it
err-input-folder-no-helios = this folder holds no { $format } election: expected election.json and result.json in it
err-input-folder-format = this is a folder, and the { $format } format is read from a file
err-input-folder-format-found = this is a folder, and the { $format } format is read from a file (the folder holds a { $found } election)
err-input-folder-not-election = this folder is not an election: expected an Elekto folder (election.yaml) or a Helios folder (election.json and result.json), or a ballot file
err-input-elekto-no-yaml = an Elekto election is read from its folder (or its ballots.csv with election.yaml beside it): election.yaml was not found
err-input-format-mismatch = the file was named as { $given } (--format { $given }) but its content is { $found }: give --format { $found }, or auto to detect it
err-input-empty = the file is empty: expected a ballot or totals file
err-input-with-election-json = a { $format } input is read from its file or folder, with election.json beside it
err-input-with-election-and-result = a { $format } input is read from its file or folder, with election.json and result.json
err-input-with-candidates-csv = a { $format } input is read from its file or folder, with candidates.csv beside it
err-input-with-election-yaml = a { $format } input is read from its file or folder, with election.yaml and the candidate files

## Ballot grids (CSV, one column per candidate).
err-grid-name-utf8 = the candidate name is not valid UTF-8 (bad byte at position { $position }): save the file as UTF-8
err-grid-name-twice = the candidate name `{ $name }` appears twice in the header (columns { $first } and { $second }): expected each candidate once

## Totals files.
err-totals-header = expected the header `candidate,votes` (or `candidate,count`), found `{ $found }`
err-totals-header-star = expected the header `candidate,votes` (or `candidate,count`), found `{ $found }`: STAR totals cannot be counted without their runoff (count the ballots, or enter the published result)
err-totals-sum-too-large = the sum of the votes passes { $max } here: too large

## BLT ballot files.
err-blt-quote-open = a quoted name or title is not closed: expected a closing { $quote } on the same line
err-blt-quoted-text = the quoted text "{ $text }"
err-blt-token = `{ $text }`
err-blt-ends-early = the file ends too early: expected { $expected }
err-blt-expected-found = expected { $expected }, found { $found }
err-blt-what-candidates = the number of candidates (a whole number)
err-blt-what-seats = the number of seats (a whole number)
err-blt-what-ballot-or-end = a ballot line or the line `0` that ends the ballots
err-blt-what-ballot = a ballot line
err-blt-what-name = the quoted name of candidate { $candidate } of { $candidates }
err-blt-what-title = the quoted title (or a title alone on its line) after the names
err-blt-no-candidates = expected at least 1 candidate, found 0
err-blt-too-many-candidates = expected at most { $max } candidates, found { $found }
err-blt-no-seats = expected at least 1 seat, found 0
err-blt-too-many-seats = expected at most { $max ->
        [one] 1 seat
       *[other] { $max } seats
    } (one per candidate), found { $found }
err-blt-withdrawn = expected a withdrawn candidate `-N` with N from 1 to { $candidates } (a line of withdrawals holds nothing else; ballot weights cannot be negative), found { $found }
err-blt-withdrawn-twice = candidate { $candidate } is withdrawn twice
err-blt-ballot-id = expected a ballot id in parentheses like `(17)`, found { $found }
err-blt-weight-after-id = expected the ballot's weight after its id
err-blt-weight-quoted = expected a ballot's weight (a whole number of at least 1) or the line `0` that ends the ballots, found { $found } (is the `0` line that ends the ballots missing?)
err-blt-weight = expected a ballot's weight (a whole number of at least 1) or the line `0` that ends the ballots, found { $found }
err-blt-weight-fraction = expected a ballot's weight (a whole number of at least 1) or the line `0` that ends the ballots, found { $found } (fractional or negative weights are not accepted)
err-blt-weight-zero = expected a ballot weight of at least 1, found 0
err-blt-after-end = the `0` that ends the ballots may only be followed by the quoted names (a weight of 0 is not a ballot); found { $found }
err-blt-preference-quoted = expected a candidate number or the terminating 0, found { $found }
err-blt-preference = expected a candidate number from 1 to { $candidates } (or equal rankings like `2=3`), or the terminating 0, found { $found }
err-blt-preference-twice = candidate { $candidate } appears more than once on this ballot
err-blt-no-terminator = the ballot line does not end with the terminating 0 (each ballot is one line: weight, preferences, 0)
err-blt-after-terminator = expected the end of the ballot line after its terminating 0, found { $found }
err-blt-weight-too-large = the ballot weight { $weight } is too large: the largest accepted is { $max }
err-blt-total-too-large = the total weight of the ballots passes { $max } with this ballot: too large to count
err-blt-name-empty = expected { $expected }, found an empty name
err-blt-name-twice = candidate { $candidate } has the same name as candidate { $first }: "{ $name }"
err-blt-title = expected the title after the { $names ->
        [one] 1 name
       *[other] { $names } names
    } (quoted, or alone on its line), found { $found }
err-blt-after-title = expected nothing after the title except quoted source or comment lines, found { $found }

## Belenios.
err-belenios-no-election = Belenios ballots are read with the election's election.json beside them (for the answers' names): it was not found
err-belenios-ballot-not-json = the ballot is not JSON: { $detail }
err-belenios-not-election = expected a Belenios election: an object with `questions`
err-belenios-questions = the election has { $questions } questions: one ranked question per count
err-belenios-not-ranked = the question is not `NonHomomorphic`: only ranked questions have ballots to count
err-belenios-no-answers-field = the question has no `answers`
err-belenios-answer-repeated = answer { $answer } is empty or repeated
err-belenios-no-answers = the question has no answers
err-belenios-ballot-shape = expected a ballot `[[r1, ..., r{ $n }]]`: one list of { $n } ranks (one per answer)
err-belenios-rank = the rank of answer { $answer } is `{ $found }`: expected a whole number, 0 for unranked

## BetterVoting.
err-bettervoting-empty = the file is empty: expected the header `ballot_id,precinct,<candidates>`
err-bettervoting-header = expected a BetterVoting header starting `ballot_id,precinct`
err-bettervoting-races = this export holds several races ({ $races }): export one race per file to count it
err-bettervoting-no-candidates = the header names no candidate after `ballot_id,precinct`
err-bettervoting-row-width = this row has { $cells ->
        [one] 1 cell
       *[other] { $cells } cells
    } but the header has { $columns }: expected one cell per column (a candidate name with a comma shifts the columns of an unquoted export)
err-bettervoting-no-ballots = the file has a header but no ballots
err-bettervoting-no-election = the export has no `Election`
err-bettervoting-race-count = the election has { $races } races: export one race per count
err-bettervoting-race-differs = the ballots vote in race `{ $ballots }` but the election's race is `{ $race }`
err-bettervoting-race-method = the race's voting method `{ $method }` is not one this reader knows (STAR, STAR_PR, Approval, Plurality, IRV, STV, RankedRobin)
err-bettervoting-candidate-name = candidate { $candidate } of the race has an empty or repeated name `{ $name }`
err-bettervoting-unknown-id = a ballot scores the candidate ID `{ $id }`, which is not in the race
err-bettervoting-score = a ballot gives a score of { $score }: expected 0 to { $max }
err-bettervoting-negative-mark = a ballot gives a negative mark ({ $mark })
err-bettervoting-negative-rank = a ballot gives a negative rank ({ $rank })
err-bettervoting-export-no-ballots = the export holds no ballots

## CIVS.
err-civs-empty = the file is empty: expected a header with `name` and `id` columns
err-civs-header = expected a header with `name` and `id` columns
err-civs-name-empty = the candidate's name is empty
err-civs-choice = the choice `{ $choice }` matches no candidate in candidates.csv (by name or @handle): expected one of { $names }

## Debian tally sheets.
err-debian-no-options = no options found: a Debian tally sheet lists them as `Option 1--->: name`
err-debian-rank = `{ $found }` is not a rank: expected 1-9 (then A-Z for 10-35) or - for not ranked
err-debian-ballot-before-options = a ballot line (V:) comes before the list of options (Option 1--->: ...)
err-debian-ballot-width = the ballot has { $ranks ->
        [one] 1 rank character
       *[other] { $ranks } rank characters
    } but there are { $options } options
err-debian-option-rank = option { $option } ({ $name }): { $problem }
err-debian-option-late = option { $option } is listed after the ballots began
err-debian-option-order = expected option { $expected } here, found option { $found }: options must be numbered 1, 2, 3... in order
err-debian-option-no-name = option { $option } has no name

## Elekto folders.
err-elekto-no-candidate-file = the candidate ID `{ $id }` has no candidate-{ $id }.md file with `ID: { $id }` in the folder
err-elekto-no-opinion = a ballot leaves a candidate unranked (`No opinion`) but election.yaml has allow_no_opinion: False
err-elekto-dashes-start = expected the candidate's header block to start with a line of dashes (---)
err-elekto-header-block = expected a header block between two lines of dashes (---) with `name:` and `ID:`
err-elekto-header-name = expected `name:` in the header block
err-elekto-header-id = expected `ID:` in the header block
err-elekto-not-list = `{ $key }` should be a single value, not a list
err-elekto-no-name = expected `name:`, the election's title
err-elekto-no-seats = expected `no_winners:`, the number of seats
err-elekto-seats = expected `no_winners` to be a whole number at least 1, found `{ $found }`
err-elekto-no-opinion-value = expected `allow_no_opinion` to be True or False, found `{ $found }`
err-elekto-no-column = the candidate `{ $name }` ({ $id }) has no column in ballots.csv
err-elekto-no-voters = expected `eligible_voters:`, the list of voter IDs
err-elekto-voter-id = each eligible voter should be one ID (`- github-id`)
err-elekto-voters-list = expected `eligible_voters:` to be a list of IDs

## Helios.
err-helios-no-result = the Helios result was not found beside the election: expected result.json, { $stem }-result.json or { $stem }.result.json (saved from …/elections/<uuid>/result)
err-helios-not-election = expected a Helios election: an object with a `questions` list
err-helios-no-question = the election has { $questions ->
        [one] 1 question
       *[other] { $questions } questions
    }: there is no question { $question }
err-helios-no-answers = question { $question } has no `answers` list
err-helios-answer-not-name = answer { $answer } of question { $question } is not a name
err-helios-answer-twice = the answer `{ $name }` appears twice in question { $question }
err-helios-not-result = expected the Helios result: a list per question of counts, like [[45, 44, 33]]
err-helios-result-questions = the result has { $lists ->
        [one] 1 list of counts
       *[other] { $lists } lists of counts
    } but the election has { $questions ->
        [one] 1 question
       *[other] { $questions } questions
    }: are these the files of the same election?
err-helios-counts-not-list = the counts of question { $question } are not a list
err-helios-counts-differ = question { $question } has { $answers } answers but the result gives { $counts } counts
err-helios-count = the count for `{ $name }` (question { $question }, answer { $answer }) is `{ $found }`: expected a whole number from 0 to { $max }
err-helios-sum-too-large = the sum of the counts is too large

## YAML (election.yaml).
err-yaml-item-continues = expected `name: value` continuing the list item above
err-yaml-item-not-mapping = a `name: value` line follows a list item that is not a mapping
err-yaml-expected-value-or-item = expected `name: value` or a list item `- value` under `{ $key }`, found `{ $found }`
err-yaml-expected-item = expected a list item `- value` under `{ $key }`, found `{ $found }`
err-yaml-quote-one-line = a quoted value must be on one line here
err-yaml-single-quote = a single-quoted value is not closed on its line
err-yaml-double-quote = a double-quoted value is not closed on its line
err-yaml-escape = the escape `{ $escape }` in a double-quoted value is not supported here
err-yaml-backslash = a double-quoted value ends with a lone backslash
err-yaml-unsupported = `{ $found }` is YAML this reader does not accept (anchors, tags, flow mappings): write a plain value
err-yaml-margin = expected a `key: value` line starting at the left margin
err-yaml-key-value = expected a `key: value` line, found `{ $found }`
err-yaml-key-twice = the key `{ $key }` appears twice (lines { $first } and { $line })
err-yaml-flow-list = a flow list `[...]` must close on its line

## Voter rolls, and other CSV and text files read whole (a statement, a nominations CSV).
err-rollfile-empty = the file is empty: expected a header line and one line per voter
err-rollfile-nul-at = contains a NUL byte (at byte { $at }): this is a binary file, not a CSV text file
err-rollfile-delimiter = the delimiter must be an ASCII character other than a quote or a line break, not byte { $byte }
err-rollfile-no-text = has no text: expected a header line and one line per voter
err-rollfile-not-header = the first line is not a CSV header: { $reason }
err-rollfile-field-long = column { $column } is longer than { $kib } KiB: not a voter's details (a broken quote?)
err-rollfile-row-long = the row is longer than { $kib } KiB (a broken quote?)
err-rollfile-many-fields = the row has more than { $max } fields
err-rollfile-no-rows = has a header line ({ $header }) but no voter rows
err-rollfile-nul = contains NUL characters: this is a binary file, or text in an encoding that is not read here (UTF-32?)
err-rollfile-controls = { $controls } of its first { $total } characters are control characters: this is a binary file, not a CSV text file
err-rollfile-too-large-mib = is larger than { $mib } MiB: too large for a { $what }
err-rollfile-mapping = the mapping { $field }={ $header } names no column: the columns are { $columns }
err-text-too-large-kib = is larger than { $kib } KiB: too long for a { $what }
err-text-nul = contains NUL bytes: this is a binary file, not the text of a { $what }
err-text-not-utf8 = is not UTF-8 text ({ $detail }): save the { $what } as UTF-8
err-what-statement = statement
err-what-group-list = group list
err-what-sitting-members = sitting members list
err-what-nominations-csv = nominations CSV
err-what-form-csv = form CSV
err-voted-nul = contains NUL bytes: this is a binary file (or UTF-16 text), not a list of emails
err-voted-no-email-column = no email column: expected a header such as email or e-mail address, or one email per line
err-rollfile-zip = this is a zip archive, such as an Excel (.xlsx) or LibreOffice (.ods) workbook, not a CSV text file: open it in the spreadsheet and save it as CSV
err-rollfile-xls = this is an old Excel (.xls) workbook, not a CSV text file: open it in the spreadsheet and save it as CSV
err-rollfile-pdf = this is a PDF document, not a CSV text file
err-rollfile-gzip = this is a gzip-compressed file, not a CSV text file: decompress it first
err-rollfile-sqlite = this is an SQLite database, not a CSV text file

## A voter roll's refused rows (their reasons are stored in English and read back, as those of
## errors.ftl: the ids start with err-roll-).
err-roll-field-long = column '{ $column }' is longer than { $kib } KiB: not a voter's details (a broken quote?)
err-roll-field-long-n = column { $column } is longer than { $kib } KiB: not a voter's details (a broken quote?)
err-roll-row-long = the row is longer than { $kib } KiB (a broken quote?)
err-roll-many-fields = the row has more than { $max } fields
err-roll-bad-bytes = column '{ $column }' contains bytes that are not valid { $encoding } ('{ $value }'): choose the file's encoding
err-roll-bad-bytes-n = column { $column } contains bytes that are not valid { $encoding } ('{ $value }'): choose the file's encoding
