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
err-totals-utf8 = the line is not valid UTF-8 text: save the file as UTF-8

## BLT.
err-blt-quote-open = a quoted name or title is not closed: expected a closing { $quote } on the same line

## Belenios.
err-belenios-no-election = Belenios ballots are read with the election's election.json beside them (for the answers' names): it was not found
err-belenios-ballot-not-json = the ballot is not JSON: { $detail }

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

## CIVS.
err-civs-empty = the file is empty: expected a header with `name` and `id` columns
err-civs-header = expected a header with `name` and `id` columns
err-civs-name-empty = the candidate's name is empty
err-civs-choice = the choice `{ $choice }` matches no candidate in candidates.csv (by name or @handle): expected one of { $names }

## Debian tally sheets.
err-debian-no-options = no options found: a Debian tally sheet lists them as `Option 1--->: name`

## Elekto folders.
err-elekto-no-candidate-file = the candidate ID `{ $id }` has no candidate-{ $id }.md file with `ID: { $id }` in the folder
err-elekto-no-opinion = a ballot leaves a candidate unranked (`No opinion`) but election.yaml has allow_no_opinion: False
err-elekto-dashes-start = expected the candidate's header block to start with a line of dashes (---)
err-elekto-header-block = expected a header block between two lines of dashes (---) with `name:` and `ID:`
err-elekto-header-name = expected `name:` in the header block
err-elekto-header-id = expected `ID:` in the header block

## Helios.
err-helios-no-result = the Helios result was not found beside the election: expected result.json, { $stem }-result.json or { $stem }.result.json (saved from …/elections/<uuid>/result)

## YAML (election.yaml).
err-yaml-item-continues = expected `name: value` continuing the list item above
err-yaml-item-not-mapping = a `name: value` line follows a list item that is not a mapping
err-yaml-expected-value-or-item = expected `name: value` or a list item `- value` under `{ $key }`, found `{ $found }`
err-yaml-expected-item = expected a list item `- value` under `{ $key }`, found `{ $found }`
err-yaml-quote-one-line = a quoted value must be on one line here

## Voter rolls and other CSV and text files read whole.
err-rollfile-empty = the file is empty: expected a header line and one line per voter
err-rollfile-nul-at = contains a NUL byte (at byte { $at }): this is a binary file, not a CSV text file
err-rollfile-delimiter = the delimiter must be an ASCII character other than a quote or a line break, not byte { $byte }
err-rollfile-no-text = has no text: expected a header line and one line per voter
err-rollfile-not-header = the first line is not a CSV header: { $reason }
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
