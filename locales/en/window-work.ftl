# The window's words for the work on a term: roll, nominees, ballots, results, imports and
# their wizards, the count's explanation. Read by ui/src/i18n.ts.

## Shared by the wizards (wizard.ts, importForm.ts, encodingChoice.ts)

ui-quoted = “{ $text }”
ui-wiz-enc-utf8 = UTF-8 (most files)
ui-wiz-enc-1252 = Windows-1252 (Western European, Excel)
ui-wiz-enc-8859-2 = ISO-8859-2 (Central European)
ui-wiz-enc-1250 = Windows-1250 (Central European, Excel)
ui-wiz-delim-comma = Commas ( , )
ui-wiz-delim-semicolon = Semicolons ( ; )
ui-wiz-delim-tab = Tabs
ui-wiz-delim-pipe = Vertical bars ( | )
ui-wiz-source-given = as you chose
ui-wiz-source-bom = marked at the start of the file
ui-wiz-source-utf16 = recognised from the file's bytes
ui-wiz-source-utf8 = the file is valid UTF-8
ui-wiz-source-detected = guessed from the letters in the file: check that the names below look right
ui-wiz-not-in-file = — not in the file —
ui-wiz-no-header = (no header)
ui-wiz-mapping = Which column holds what
ui-wiz-refused-heading = Rows that will be refused
ui-wiz-line-prefix = Line { $line }:{" "}
ui-wiz-line-reason = Line { $line }: { $reason }
ui-wiz-more-rows = …and { $n ->
        [one] { $n } more row
       *[other] { $n } more rows
    }.
ui-wiz-step-1 = 1. Choose the file
ui-wiz-check = Check the file
ui-wiz-read-as = Read as { $encoding } ({ $source }), columns separated by { $delimiter }.
ui-wiz-encoding = Text encoding
ui-wiz-encoding-hint = Change it if letters such as é, ö or ł look wrong below.
ui-wiz-delimiter = Columns separated by
ui-wiz-choose-file = Choose file…
ui-wiz-choose-folder = Choose folder…
ui-wiz-path-optional = {" "}— choose it, or type the file path
ui-wiz-all-files = All files
ui-import-need-file = Choose the file first (or type its path), then import it.
ui-enc-question = Is this file { $chosen } or { $other }?
ui-enc-explain = The two read some names differently. It was read as { $chosen }, because { $why }. Which column shows the names as they should be?
ui-enc-line = Line
ui-enc-as = As { $encoding }
ui-enc-keep = Keep { $encoding }
ui-enc-read-as = Read as { $encoding }
ui-import-placeholder = /home/…/file.csv

## The refused rows (refused.ts)

ui-refused-save-title = Save the refused rows
ui-refused-saving = Saving the refused rows…
ui-refused-saved = Refused rows saved.
ui-refused-heading = Refused rows
ui-refused-explain = The last import refused { $n ->
        [one] { $n } row
       *[other] { $n } rows
    }. Those voters are not on the roll: fix the file and import it again, or add them by hand.
ui-refused-why = Why it was refused
ui-refused-save = Save as CSV…

## Words used across the work views

ui-field-required = Required
ui-field-optional = Optional
ui-col-name = Name
ui-col-email = Email
ui-reason-audit = Reason (kept in the audit log)
ui-cannot-import-yet = This file cannot be imported yet.{" "}
ui-choose-columns = {" "}Choose the right columns above.
ui-filter-text = Text

## The voter roll (roll.ts)

ui-roll-field-name = Full name
ui-roll-field-name-hint = Or first and last name
ui-roll-field-first-name = First name
ui-roll-field-last-name = Last name
ui-roll-field-email = Email
ui-roll-field-id = Member ID
ui-roll-field-weight = Vote weight
ui-roll-field-weight-hint = Optional; 1 when empty
ui-roll-field-membership = Membership type
ui-roll-col-weight = Weight
ui-roll-col-membership = Membership
ui-roll-placeholder = /home/…/roll.csv
ui-roll-dialog-title = Choose the voter roll
ui-roll-filter = Voter roll (CSV)
ui-roll-need-file = Choose the voter roll file first (or type its path), then check it.
ui-roll-checking = Checking the file…
ui-roll-import = Import
ui-roll-import-n = Import { $n ->
        [one] { $n } voter
       *[other] { $n } voters
    }
ui-roll-fix-columns = Fix the columns above first: nothing can be imported yet.
ui-roll-adds-hint = Importing adds the voters who are not on the roll yet; people already on it are reported, not added twice. Refused rows are not imported.
ui-roll-refused-hint = Refused rows are not imported; you can add those voters by hand later, or fix the file and import it again.
ui-roll-step-2 = 2. Check how the file is read
ui-roll-step-3 = 3. Import
ui-roll-counts = { $ready }, no rows refused.
ui-roll-counts-refused = { $ready }, { $refused }.
ui-roll-ready = { $n ->
        [one] { $n } voter
       *[other] { $n } voters
    } ready
ui-roll-will-refuse = { $n ->
        [one] { $n } row
       *[other] { $n } rows
    } will be refused
ui-roll-preview-label = Preview of the voters
ui-roll-preview-first = The first { $shown } of { $n ->
        [one] { $n } voter
       *[other] { $n } voters
    }, as they will be imported
ui-roll-preview-all = The voters, as they will be imported
ui-roll-file-label = Voter roll file
ui-roll-file-hint = A CSV file with a header row naming the columns (any encoding, commas, semicolons or tabs). You will see how it is read before anything is imported.
ui-roll-heading = Import the voter roll
ui-roll-heading-update = Import voters or update the roll
ui-roll-replace = Replace the roll
ui-roll-replace-need-reason = Give the reason for replacing the roll: it goes in the audit log.
ui-roll-replacing = Replacing the roll…
ui-roll-replace-explain = Make the roll of { $term } exactly this file: voters not in the file are removed, new ones added and changed details updated.
ui-roll-already = The term already has { $n ->
        [one] { $n } voter
       *[other] { $n } voters
    } on its roll.
ui-roll-comparing = Comparing with the roll…
ui-roll-compare = Compare with the current roll
ui-roll-replace-with-file = Replace the roll with this file…
ui-roll-diff-more = …and { $n } more
ui-roll-diff-title = { $title }: { $n }
ui-roll-diff-summary = { $changes }, { $unchanged } unchanged.
ui-roll-diff-changes = { $added } to add, { $removed } to remove, { $changed } to change
ui-roll-diff-add = To add
ui-roll-diff-remove = To remove
ui-roll-diff-change = To change
ui-roll-diff-refused = Rows refused
ui-roll-diff-field-name = name
ui-roll-diff-field-id = id
ui-roll-diff-field-weight = weight
ui-roll-diff-field-membership = membership
ui-roll-need-name = Enter the voter's name.
ui-roll-need-email = Enter the voter's email.
ui-roll-need-add-reason = Give the reason for adding this voter: it goes in the audit log.
ui-roll-adding = Adding the voter…
ui-roll-added = Added { $name } <{ $email }> to the roll.
ui-roll-add-heading = Add a voter
ui-roll-add-reason-hint = For example: missing from the membership list, confirmed by the secretary.
ui-roll-add = Add voter
ui-roll-need-remove-email = Enter the email of the voter to remove.
ui-roll-need-remove-reason = Give the reason for removing this voter: it goes in the audit log.
ui-roll-removing = Removing the voter…
ui-roll-removed = Removed { $name } <{ $email }> from the roll.
ui-roll-remove-heading = Remove a voter
ui-roll-remove-email = Email of the voter
ui-roll-remove-reason-hint = For example: membership lapsed before the cut-off date.
ui-roll-remove = Remove voter
ui-roll-by-hand = Change the roll by hand
ui-roll-export-csv = Voter roll (CSV)…
ui-roll-export-csv-title = Save: Voter roll (CSV)
ui-roll-export-helios = Helios voter file…
ui-roll-export-helios-title = Save: Helios voter file
ui-roll-export-emails = List of emails…
ui-roll-export-emails-title = Save: List of emails
ui-roll-export-voted = Who voted…
ui-roll-export-voted-title = Save: Who voted
ui-roll-save-heading = Save the roll
ui-roll-save-explain = For the voting service: the whole roll as CSV, a Helios voter file, or one email per line. After voting, “Who voted” lists the voters marked as having voted (never linked to a ballot).
ui-roll-saved = Saved { $n ->
        [one] { $n } voter
       *[other] { $n } voters
    }.

## Importing nominations (nominationImport.ts)

ui-and-list = { $init } and { $last }
ui-list-sep = {", "}
ui-words = { $n ->
        [one] { $n } word
       *[other] { $n } words
    }
ui-utc-time = { $date } { $time } UTC
ui-nimp-field-name = Nominee
ui-nimp-field-email = Nominee's email
ui-nimp-field-employer = Employer or affiliation
ui-nimp-field-nominator = Nominated by
ui-nimp-field-nominator-hint = self, or a member's email or ID
ui-nimp-field-statement = Statement
ui-nimp-field-statement-hint = Markdown, kept as written
ui-nimp-field-timestamp = Sent on (timestamp)
ui-nimp-field-timestamp-hint = Checked against the nomination period
ui-nimp-field-handle = Handle
ui-nimp-field-handle-hint = e.g. a GitHub login
ui-nimp-field-seconders = Seconders
ui-nimp-field-seconders-hint = Emails or IDs, separated by commas
ui-nimp-order-choose = — choose the order —
ui-nimp-order-as-file-dmy = As the file shows (day/month/year)
ui-nimp-order-as-file-mdy = As the file shows (month/day/year)
ui-nimp-order-dmy = Day/month/year (most of Europe)
ui-nimp-order-mdy = Month/day/year (the United States)
ui-nimp-order-dmy-example = Day/month/year: “{ $value }” is { $date }
ui-nimp-order-mdy-example = Month/day/year: “{ $value }” is { $date }
ui-nimp-placeholder = /home/…/nominations.csv, or a folder of candidate-*.md
ui-nimp-folder-title = Choose the folder of Elekto candidate files
ui-nimp-file-title = Choose the nominations file
ui-nimp-filter-form = Form responses (CSV)
ui-nimp-filter-elekto = Elekto candidate file
ui-nimp-need-file = Choose the nominations file or folder first (or type its path), then check it.
ui-nimp-checking = Checking the nominations…
ui-nimp-order-label = Order of day and month in the timestamps
ui-nimp-order-ambiguous = No day in the file is over 12, so every date reads both ways: line { $line }’s “{ $value }” is { $dmy } as day/month (most of Europe) or { $mdy } as month/day (the United States). Choose the order the form used.
ui-nimp-local-time = Times without a zone are read as your local time, { $zone }.
ui-nimp-step-2-elekto = 2. The candidate files
ui-nimp-elekto-explain = Elekto candidate files: each file's header gives the name, the ID (kept as the handle) and the employer; the Markdown after it is the statement, kept as written.
ui-nimp-step-2 = 2. Check how the file is read, and which column holds what
ui-nimp-shared = The column “{ $column }” is chosen for { $fields }.{" "}
ui-nimp-shared-check = Check that this is what you mean.
ui-nimp-choose-order = {" "}Choose the order of day and month above.
ui-nimp-step-3 = 3. What the import will do
ui-nimp-step-4 = 4. Import
ui-nimp-counts = { $ready }, nothing refused.
ui-nimp-counts-refused = { $ready }, { $refused }.
ui-nimp-ready = { $n ->
        [one] { $n } nomination
       *[other] { $n } nominations
    } ready
ui-nimp-files-will-refuse = { $n ->
        [one] { $n } file
       *[other] { $n } files
    } will be refused
ui-nimp-late-label = Reason for accepting nominations sent outside the nomination period
ui-nimp-late-hint = Kept in the audit log with each late nomination. Leave it empty to refuse them.
ui-nimp-importing = Importing the nominations…
ui-nimp-imported = Imported { $n ->
        [one] { $n } nominee
       *[other] { $n } nominees
    }.
ui-nimp-files-were-refused = { $n ->
        [one] { $n } file was
       *[other] { $n } files were
    } refused:
ui-nimp-rows-were-refused = { $n ->
        [one] { $n } row was
       *[other] { $n } rows were
    } refused:
ui-nimp-import-n = Import { $n ->
        [one] { $n } nomination
       *[other] { $n } nominations
    }
ui-nimp-ready-hint = The nominations ready are imported together, in one step, each checked again as it is stored. Refused rows are not imported: add those nominees by hand, or fix the file and check it again.
ui-nimp-order-first = Choose the order of day and month above first: nothing can be imported yet.
ui-nimp-nothing = Nothing in this file can be imported: see why above.
ui-nimp-file-label = Nominations file or folder
ui-nimp-path-optional = {" "}— choose it, or type its path
ui-nimp-choose-csv = Choose CSV file…
ui-nimp-choose-elekto = Choose Elekto folder…
ui-nimp-file-hint = A CSV exported from a web form (one nomination per row, a header row naming the columns: timestamp, nominee, email, employer, nominator, statement), or a folder of Elekto candidate-*.md files. You will see how it is read, and what would be imported, before anything is.
ui-nimp-heading = Import nominations
ui-nimp-sample-label = The file's first rows
ui-nimp-sample-caption = The first { $n ->
        [one] { $n } row
       *[other] { $n } rows
    } of the file, as read
ui-nimp-sample-caption-cols = The first { $n ->
        [one] { $n } row
       *[other] { $n } rows
    } of the file, as read (the first { $cols } of { $total } columns)
ui-nimp-ready-label = The nominations ready to import
ui-nimp-ready-first = The first { $shown } of { $n ->
        [one] { $n } nomination
       *[other] { $n } nominations
    }, as they will be imported
ui-nimp-ready-all = The nominations, as they will be imported
ui-nimp-col-id = ID
ui-nimp-col-sent = Sent on
ui-nimp-late-badge = {" "}late
ui-nimp-self = Self

## Nominees (nominee.ts)

ui-nom-col-affiliation = Affiliation
ui-nom-col-status = Status
ui-nom-words-over = { $n ->
        [one] { $n } word
       *[other] { $n } words
    }: { $over ->
        [one] { $over } word
       *[other] { $over } words
    } over the limit of { $limit }. Shorten the statement before saving.
ui-nom-words-of = { $n ->
        [one] { $n } word
       *[other] { $n } words
    } of { $limit } allowed
ui-nom-optional = {" "}(optional)
ui-nom-preview-label = Preview of the statement
ui-nom-preview-empty = The statement appears here as voters will read it.
ui-nom-statement-hint = Markdown: # for a heading, - or 1. for lists, **bold**, *emphasis*, [text](https://…) for a link, :smile: for an emoji. Stored exactly as written.
ui-nom-preview = Preview
ui-nom-too-long = The statement has { $n ->
        [one] { $n } word
       *[other] { $n } words
    }; this term allows { $limit }. Shorten it by { $over ->
        [one] { $over } word
       *[other] { $over } words
    }.
ui-nom-export-title = Save: { $what }
ui-nom-export-saved = Saved: { $what }.
ui-nom-export-markdown = Candidate list (Markdown, for a forum post)
ui-nom-export-markdown-saving = Saving the candidate list (markdown, for a forum post)…
ui-nom-export-html = Candidate list (web page)
ui-nom-export-html-saving = Saving the candidate list (web page)…
ui-nom-export-pdf = Candidate booklet (PDF)
ui-nom-export-pdf-saving = Saving the candidate booklet (pdf)…
ui-nom-export-helios = Helios questions (JSON)
ui-nom-export-helios-saving = Saving the helios questions (json)…
ui-nom-export-opavote = OpaVote / OpenSTV (BLT header)
ui-nom-export-opavote-saving = Saving the opavote / openstv (blt header)…
ui-nom-export-bettervoting = BetterVoting candidates (JSON)
ui-nom-export-bettervoting-saving = Saving the bettervoting candidates (json)…
ui-nom-export-elekto = Elekto candidate files (a folder)
ui-nom-export-elekto-saving = Saving the elekto candidate files (a folder)…
ui-nom-export-csv = Candidate list (CSV)
ui-nom-export-csv-saving = Saving the candidate list (csv)…
ui-nom-filter-web = Web page
ui-nom-files-in = { $n ->
        [one] { $n } file
       *[other] { $n } files
    } in { $path }
ui-nom-publish-heading = Publish the candidates
ui-nom-publish-explain = Save the candidate list for voters, or the set-up of the ballot in the voting service. Withdrawn nominees are left out.
ui-nom-needs-seconders = This term needs { $n ->
        [one] { $n } seconder
       *[other] { $n } seconders
    } on the roll.
ui-nom-seconders-hint = Members on the roll, by email or member ID.
ui-nom-one-per-line = { $needs } One per line.
ui-nom-period-from-until = Nominations are open from { $opens } until { $closes } (UTC).
ui-nom-period-from = Nominations are open from { $opens } (UTC).
ui-nom-period-until = Nominations are open until { $closes } (UTC).
ui-nom-need-name = Enter the nominee's name.
ui-nom-adding = Adding the nominee…
ui-nom-add-heading = Add a nominee
ui-nom-name-hint = As it appears on the ballot file's header.
ui-nom-employer-hint = Used for the maximum winners per employer.
ui-nom-handle-hint = E.g. a GitHub login.
ui-nom-nominator-hint = Type self for a self-nomination, or the nominator's email or member ID as on the roll.
ui-nom-late-label = Reason for accepting it outside the nomination period
ui-nom-kept-audit = Kept in the audit log.
ui-nom-add = Add nominee
ui-nom-status-withdrawn = Withdrawn
ui-nom-status-accepted = Accepted
ui-nom-status-nominated = Nominated
ui-nom-self-nominated = Self-nominated
ui-nom-loading-list = Loading the nominees…
ui-nom-added = Added { $name }.
ui-nom-added-next = Add the next nominee, or open a nominee to see the statement as voters will.
ui-nom-list-closed = Voting has opened, so the list of nominees is closed: a nominee can only be withdrawn.
ui-nom-withdraw-a-nominee = Withdraw a nominee
ui-nom-list-heading = Nominees: { $n }
ui-nom-empty = No nominees yet: add the first one below, or import the nominations (a form's CSV export, or Elekto candidate files) with “Import nominations” further down.
ui-nom-empty-closed = No nominees: voting opened before any nominee was added, so the list of nominees is closed.
ui-nom-table-label = Nominees
ui-nom-withdraw-name-dots = Withdraw { $name }…
ui-nom-withdraw-dots = Withdraw…
ui-nom-withdraw-need-reason = Give the reason for withdrawing the nominee: it goes in the audit log.
ui-nom-withdrawing = Withdrawing the nominee…
ui-nom-withdrawn = { $name } is withdrawn.
ui-nom-withdrawn-reopened = The term is reopened: count the votes again.
ui-nom-withdrawn-later = Their ballots' later preferences count instead when the votes are counted.
ui-nom-withdraw-ask = Withdraw { $name }? They stay on the list, marked as withdrawn, and are left out of the count.
ui-nom-withdraw-name = Withdraw { $name }
ui-nom-breadcrumb = Breadcrumb
ui-nom-back = ← Nominees of { $term }
ui-nom-loading = Loading the nominee…
ui-nom-edit = Edit…
ui-nom-endorse = Endorse…
ui-nom-accepting = Recording the acceptance…
ui-nom-accepted = { $name } accepted the nomination.
ui-nom-accepted-audit = The acceptance and its date are in the audit log.
ui-nom-accept = Record acceptance
ui-nom-edit-need-name = The nominee needs a name.
ui-nom-edit-nothing = Nothing is changed: correct a field first.
ui-nom-edit-need-reason = Give the reason for the correction: it goes in the audit log with the old and new values.
ui-nom-edit-saving = Saving the correction…
ui-nom-edit-saved = Saved the correction to { $name }.
ui-nom-edit-saved-audit = The old and new values and the reason are in the audit log.
ui-nom-edit-heading = Correct the nomination
ui-nom-edit-nominator-hint = self, or the nominator's email or member ID as on the roll.
ui-nom-edit-reason = Reason for the correction (kept in the audit log)
ui-nom-edit-save = Save the correction
ui-nom-endorse-need = Enter the endorsing member's email or member ID.
ui-nom-endorsing = Adding the endorsement…
ui-nom-endorsed = { $by } endorses { $name }.
ui-nom-endorse-heading = Endorse { $name }
ui-nom-endorse-by = Member (email or member ID as on the roll)
ui-nom-endorsement = Endorsement
ui-nom-endorsement-hint = Markdown, as the member wrote it.
ui-nom-endorse-save = Add the endorsement
ui-nom-fact-nominated-on = Nominated on
ui-nom-fact-late = Accepted late because
ui-nom-fact-acceptance = Acceptance
ui-nom-accepted-on = Accepted on { $when }
ui-nom-not-accepted = Not yet accepted
ui-nom-count-heading = { $title }: { $n }
ui-nom-certified = The term is certified: nothing about it can change.
ui-nom-locked = Voting has opened, so the nomination can no longer be corrected or endorsed: the ballots name the nominees as they were when voting opened. A nominee can still be withdrawn, with a reason kept in the audit log.
ui-nom-no-statement = No statement.
ui-nom-no-seconders = No seconders.
ui-nom-endorsements = Endorsements
ui-nom-no-endorsements = No endorsements yet.

## The count explained (explain.ts)

ui-explain-figure-approval = Approvals
ui-explain-figure-plurality = Votes
ui-explain-figure-star = Score totals
ui-explain-figure-condorcet = Head-to-head contests won
ui-explain-figure-rounds = Votes when the count ended
ui-explain-figure-other = Final figures
ui-explain-heading = How the count went
ui-explain-for-each = { $figure }, for each nominee.
ui-explain-elected = Elected
ui-explain-disqualified = Disqualified
ui-explain-action-elected = elected
ui-explain-action-excluded = excluded
ui-explain-action-group-excluded = disqualified by a rule
ui-explain-action-surplus = surplus transferred
ui-explain-action-withdrawn = withdrawn
ui-explain-round = Round { $n }
ui-explain-cell-title = { $name }: { $action }
ui-explain-cell-title-reason = { $name }: { $action } ({ $reason })
ui-explain-not-in-round = not in this round
ui-explain-keep = keep { $keep }
ui-explain-quota = Quota
ui-explain-non-transferable = Non-transferable
ui-explain-what-happened = What happened
ui-explain-action = { $name } { $action }
ui-explain-action-reason = { $name } { $action }: { $reason }
ui-explain-rounds = Round by round
ui-explain-rounds-explain = The count took { $n ->
        [one] { $n } round
       *[other] { $n } rounds
    }. Each column is one round; green marks a nominee elected in that round, red one excluded.
ui-explain-matrix-corner = Row nominee, against column nominee
ui-explain-same-nominee = same nominee
ui-explain-over = { $row } over { $col }: { $n }
ui-explain-over-wins = { $row } over { $col }: { $n } (wins)
ui-explain-wins = {" "}(wins)
ui-explain-pairwise = Head-to-head results
ui-explain-pairwise-explain = Each number is how many voters preferred the nominee of the row to the nominee of the column. Green: the row nominee won that head-to-head contest.
ui-explain-paths = Strongest paths
ui-explain-paths-explain = Schulze method: the strength of the strongest chain of wins from the row nominee to the column nominee. A nominee whose paths are at least as strong as every opponent's path back wins.
ui-explain-locked = Pairs locked in
ui-explain-locked-explain = Ranked pairs: the wins are taken from the largest margin down; each is locked in unless it would contradict wins already locked in.
ui-explain-locked-pair = { $winner } over { $loser } by { $n ->
        [one] { $n } vote
       *[other] { $n } votes
    }: { $badge }
ui-explain-locked-in = Locked in
ui-explain-skipped = Skipped: it would make a cycle
ui-explain-runoff-seat = Runoff for seat { $seat }
ui-explain-scoring = Scoring round
ui-explain-scoring-explain = The two nominees with the highest score totals go to the runoff.
ui-explain-score-totals-seat = Score totals for seat { $seat }
ui-explain-finalist = Finalist
ui-explain-runoff = Automatic runoff
ui-explain-runoff-explain = Each ballot counts for the finalist it scored higher.
ui-explain-ballots-that = Ballots that
ui-explain-ballots = Ballots
ui-explain-share = Share
ui-explain-prefer = prefer { $name }
ui-explain-equal = score them equally
ui-explain-winner = Winner: { $name }

## The announcement (announce.ts)

ui-announce-text = Plain text (email)
ui-announce-markdown = Markdown (forum, chat)
ui-announce-html = HTML (web page)
ui-announce-writing = Writing the announcement…
ui-announce-copied = Announcement copied.
ui-announce-paste = Paste it where you publish the results.
ui-announce-label = Announcement
ui-announce-no-clipboard = The clipboard is not available: select the text below and copy it.
ui-announce-copy = Copy announcement
ui-announce-as = Announcement as{" "}

## The Voters tab (views/term/voters.ts)

ui-voters-importing = Importing the voter roll…
ui-voters-importing-progress = Importing the voter roll… { $done } of about { $total } rows ({ $pct }%)
ui-voters-cancelling = Cancelling the import…
ui-voters-imported = Imported { $n ->
        [one] { $n } voter
       *[other] { $n } voters
    }.
ui-voters-read-as = Read as { $encoding }, fields separated by { $delimiter }.
ui-voters-refused = { $n ->
        [one] { $n } row was
       *[other] { $n } rows were
    } refused: see “Refused rows” below.
ui-voters-replaced = The roll now matches the file.
ui-voters-replaced-counts = { $added ->
        [one] { $added } voter
       *[other] { $added } voters
    } added, { $removed } removed, { $changed } changed.
ui-voters-change-audit = The change is in the audit log, with its reason.
ui-voters-search-placeholder = Name or email
ui-voters-previous = ← Previous
ui-voters-next = Next →
ui-voters-no-match = No voter matches “{ $search }”.
ui-voters-none = No voters yet: import the voter roll.
ui-voters-remove-name = Remove { $name }…
ui-voters-remove = Remove…
ui-voters-range = Showing { $from }–{ $to } of { $total }.
ui-voters-range-matching = Showing { $from }–{ $to } of { $total } matching “{ $search }”.
ui-voters-range-none = Nothing to show.
ui-voters-range-none-matching = Nothing to show matching “{ $search }”.
ui-voters-heading = Voter roll: { $n ->
        [one] { $n } voter
       *[other] { $n } voters
    }
ui-voters-search = Search by name or email
ui-voters-table-label = Voters
ui-voters-delim-comma = commas
ui-voters-delim-semicolon = semicolons
ui-voters-delim-tab = tabs
ui-voters-delim-pipe = vertical bars

## The Ballots tab (views/term/ballots.ts)

ui-ballots-loading = Loading the ballot batches…
ui-ballots-file-label = Ballot or totals file
ui-ballots-file-hint = Ballots as published: a CSV grid, BLT, CIVS, Elekto, BetterVoting, Belenios or a Debian tally sheet; or totals (a candidate,votes CSV or a Helios result). The format is found from the file and shown before anything is imported. Every nominee named in the file must be on the list of nominees.
ui-ballots-import = Import ballots
ui-ballots-dialog-title = Choose a ballot or totals file
ui-ballots-filter = Ballots or totals
ui-ballots-reading = Reading the file…
ui-ballots-importing = Importing…
ui-ballots-imported-totals = Imported the totals from { $file }: { $n ->
        [one] { $n } ballot
       *[other] { $n } ballots
    } cast.
ui-ballots-imported = Imported { $n ->
        [one] { $n } ballot
       *[other] { $n } ballots
    } from { $file }.
ui-ballots-imported-format = Format: { $format }. SHA-256 of the file: { $sha }
ui-ballots-heading = Ballots: { $n ->
        [one] { $n } ballot
       *[other] { $n } ballots
    } in { $batches ->
        [one] { $batches } batch
       *[other] { $batches } batches
    }
ui-ballots-none-typed = No ballots yet: import the ballot file above, or type the totals.
ui-ballots-none = No ballots yet: import the ballot file above.
ui-ballots-none-closed = No ballots were imported.
ui-ballots-table-label = Ballot batches
ui-ballots-col-file = File
ui-ballots-col-imported = Imported

## The Results tab (views/term/results.ts)

ui-results-loading = Loading the result…
ui-results-counted = The votes are counted.
ui-results-counted-winners = { $n ->
        [one] { $n } winner
       *[other] { $n } winners
    } for { $seats ->
        [one] { $seats } seat
       *[other] { $seats } seats
    }.
ui-results-count = Count the votes
ui-results-no-ballots = There are no ballots yet, so there is nothing to count. Import the ballots (or type the totals) on the Ballots tab first.
ui-results-will-count = { $n ->
        [one] { $n } ballot
       *[other] { $n } ballots
    } will be counted by { $method } for { $seats ->
        [one] { $seats } seat
       *[other] { $seats } seats
    }. You can count again if more ballots arrive.
ui-results-go-ballots = Go to Ballots
ui-results-save-title = Save the results
ui-results-cert-title = Save the certificate
ui-results-saving = Saving the results…
ui-results-making-cert = Making the certificate…
ui-results-saved = Results saved.
ui-results-cert-saved = Certificate saved.
ui-results-winners = { $n ->
        [one] Winner
       *[other] Winners
    }
ui-results-save-csv = Save results CSV…
ui-results-save-cert = Save certificate…
ui-results-count-again = Count again
ui-results-warnings = Check before you certify
ui-results-the-count = The count
ui-results-method = Method
ui-results-seats = Seats
ui-results-ballots-counted = Ballots counted
ui-results-eligible = Voters on the roll
ui-results-turnout = Turnout
ui-results-quorum = Quorum
ui-results-quorum-met = Met
ui-results-quorum-not-met = Not met
ui-results-counted-at = Counted at
ui-results-sha = Ballot set SHA-256
ui-results-table-label = Results by nominee
ui-results-col-employer = Employer
ui-results-col-votes = Votes
ui-results-col-rank = Rank
ui-results-col-status = Status
ui-results-none-disqualified = No nominee was disqualified by the rules.
ui-results-ties = Ties
ui-results-no-ties = No tie needed a draw.
ui-results-tied = Tied: { $names }
ui-results-decided-order = Decided order: { $names }
ui-results-decided = Decided by { $who } ({ $how }).
ui-results-decided-witnessed = Decided by { $who } ({ $how }), witnessed by { $witness }.
ui-results-tie-casting-vote = casting vote
ui-results-tie-coin = coin
ui-results-tie-lot = lot
ui-results-tie-decision = decision
ui-results-draw-order = Draw order: { $names }
ui-results-rule = Rule: { $rule }
ui-results-rules = Rules applied

# The explanation: a tie settled in a round, a Debian defeat dropped.
ui-explain-action-tie = tie settled
ui-explain-action-defeat-dropped = defeat dropped
