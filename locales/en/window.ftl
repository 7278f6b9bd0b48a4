# The window's words: its frame, Preferences, the list of terms, a new term, and a term's
# Overview and Audit tabs. Read by ui/src/i18n.ts (with every other .ftl file of the language).

ui-language-label = Language of the window
ui-language-system = As the system ({ $language })
ui-cancel = Cancel
ui-dismiss = Dismiss
# After a label, with its space (none before Japanese brackets).
ui-optional = { " " }(optional)
ui-save = Save
ui-saving = Saving…
ui-close = Close
ui-open = Open
ui-none = None
ui-no-limit = No limit

## The frame

ui-skip = Skip to the main content
ui-messages = Messages
ui-election-file = Election file
ui-election-files = Election files
ui-breadcrumb = Breadcrumb
ui-all-terms = ← All terms

## The File menu (the shell writes it: src-tauri/desk.rs)

ui-menu-file = File
ui-menu-new = New…
ui-menu-open = Open…
ui-menu-open-recent = Open recent
ui-menu-no-recent = No recent files
ui-menu-save-copy = Save a copy…
ui-menu-restore = Restore a backup…
ui-menu-preferences = Preferences…
ui-menu-quit = Quit

## Error headlines (the code of the app's error)

ui-error-not-found = Not found
ui-error-already-exists = Already there
ui-error-invalid-input = Please check what you entered
ui-error-bad-file = The file could not be used
ui-error-wrong-stage = Not possible at this stage
ui-error-count = The votes could not be counted
ui-error-database = The election file has a problem
ui-error-io = A file could not be read or written
ui-error-cancelled = Cancelled
ui-error-busy = The election file is in use
ui-error-unexpected = Something went wrong

## Counting methods, what their ballots look like, stages

ui-method-approval = Approval voting
ui-method-plurality = Plurality (one vote each)
ui-method-star = STAR voting
ui-method-schulze = Schulze (Condorcet)
ui-method-ranked-pairs = Ranked pairs (Condorcet)
ui-method-irv = Instant-runoff (IRV)
ui-method-stv-scottish = Single transferable vote, Scottish rules
ui-method-stv-meek = Single transferable vote, Meek method
ui-method-debian = Debian constitution (Condorcet)
ui-ballots-approval = Voters mark every nominee they approve of.
ui-ballots-plurality = Voters mark one nominee.
ui-ballots-star = Voters give each nominee a score from 0 to 5.
ui-ballots-ranked = Voters rank the nominees in order.
ui-stage-draft = Draft
ui-stage-nominations = Nominations
ui-stage-voting = Voting
ui-stage-counted = Counted
ui-stage-certified = Certified
ui-stages = Stages of the term

## How ties are broken

ui-tie-rule-draw = Scrutineer's draw
ui-tie-rule-draw-hint = A draw that anyone can repeat from the tie-break seed and the ballots.
ui-tie-rule-psf = The PSF's procedure
ui-tie-rule-psf-hint = Python's random module seeded with the tied names, as the Python Software Foundation publishes it.
ui-tie-rule-officer = Decided by the returns officer
ui-tie-rule-officer-hint = The count stops at a tie; the returns officer records a decision (coin, lot or casting vote) with a witness, then counts again.
ui-tie-rule-explained = { $rule }: { $hint }

## The next step of a term

ui-next-step = Next step
ui-next-certified = This term is certified: its results are final. You can still save the results and the certificate.
ui-next-certified-action = See the results
ui-next-counted = The votes are counted. Check the results, save them and the certificate, then certify the term.
ui-next-counted-action = See the results
ui-next-nominees = Add the nominees: the people standing in this term.
ui-next-nominees-action = Add nominees
ui-next-voters = Import the voter roll: the list of people who may vote.
ui-next-voters-action = Import the voter roll
ui-next-ballots = Import the ballots once voting has closed.
ui-next-ballots-action = Import ballots
ui-next-count = All ballots are in? Count the votes.
ui-next-count-action = Count the votes

## Lists

ui-page-none = Nothing to show
ui-page-range = Showing { $first }–{ $last } of { $total }

## The list of terms

ui-terms = Terms
ui-terms-lead = A term is one election: its nominees, its voter roll, its ballots and its result.
ui-loading-terms = Loading the terms…
ui-new-term = New term
ui-no-terms = No terms yet
ui-no-terms-hint = Start by creating the first term. You will then add the nominees, import the voter roll and the ballots, and count the votes.
ui-create-first-term = Create the first term
ui-col-term = Term
ui-col-method = Method
ui-col-seats = Seats
ui-col-stage = Stage
ui-col-nominees = Nominees
ui-col-voters = Voters
ui-col-ballots = Ballots
ui-col-actions = Actions
ui-open-term = Open { $name }
ui-terms-count = { $count ->
    [one] { $count } term
   *[other] { $count } terms
}
ui-elekto-label = Elekto election folder
ui-elekto-hint = A whole Elekto election (Kubernetes and others): the folder holding election.yaml, voters.yaml, the candidate files and ballots.csv (or type the path of any file in it). It becomes a new term: the seats, the nominees with their employers and statements, the roll (GitHub logins) and the ballots.
ui-elekto-button = Import an Elekto election
ui-elekto-dialog = Choose the Elekto election folder (the one holding election.yaml)
ui-elekto-importing = Importing the election…
ui-elekto-created = Created term “{ $name }” from the Elekto folder.
ui-elekto-created-detail = { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}, { $nominees ->
    [one] { $nominees } nominee
   *[other] { $nominees } nominees
}, { $voters ->
    [one] { $voters } voter
   *[other] { $voters } voters
}, { $ballots ->
    [one] { $ballots } ballot
   *[other] { $ballots } ballots
}.

## A new term

ui-new-term-lead = Describe the election. The method and seats decide how the votes are counted.
ui-field-name = Name
ui-field-organisation = Organisation
ui-field-seats = Seats
ui-field-method = Counting method
ui-field-max-per-employer = Maximum winners per employer
ui-field-seed = Tie-break seed
ui-field-tie-rule = How ties are broken
ui-field-quorum = Quorum (% of voters)
ui-field-nominations-open = Nominations open
ui-field-nominations-close = Nominations close
ui-field-seconders = Seconders needed
ui-field-statement-words = Longest statement (words)
ui-new-name-hint = For example: Steering Council 2025.
ui-new-organisation-hint = Printed on the certificate.
ui-new-seats-hint = How many people will be elected.
ui-new-no-limit-hint = Leave empty for no limit.
ui-new-seed-hint = Any text, published in advance. Ties are settled by a draw that anyone can repeat from this text. Leave empty to use the nominees' names.
ui-new-quorum-hint = The least turnout for a valid result. Leave empty for none.
ui-new-nominations-open-hint = First day (UTC). Leave empty to accept nominations at any time.
ui-new-nominations-close-hint = Last day (UTC). A later nomination needs a reason, kept in the audit log.
ui-new-seconders-hint = Members on the roll who must second each nomination. Leave empty for none.
ui-create-term = Create term
ui-creating-term = Creating the term…
ui-term-created = Term “{ $name }” created.
ui-term-created-next = Next, add the nominees.
ui-check-name = Enter a name for the term.
ui-check-seats = Enter the number of seats: a whole number, 1 or more.
ui-check-method = Choose a counting method.
ui-check-max-per-employer = Enter a whole number, 1 or more, or leave it empty for no limit.
ui-check-quorum = Enter a percentage from 1 to 100, or leave it empty for no quorum.
ui-check-tie-rule = Choose how ties are broken.
ui-check-date = Enter a date as YYYY-MM-DD, or leave it empty.
ui-check-close-before-open = The nominations close before they open.
ui-check-seconders = Enter a whole number of seconders, or leave it empty for none.
ui-check-statement-words = Enter a whole number of words, 1 or more, or leave it empty for no limit.

## A term's page and its Overview

ui-loading-term = Loading the term…
ui-no-such-term = there is no term named “{ $name }” in this election file
ui-seats = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
ui-term-parts = Parts of the term
ui-tab-overview = Overview
ui-tab-nominees = Nominees
ui-tab-voters = Voters
ui-tab-ballots = Ballots
ui-tab-results = Results
ui-tab-audit = Audit log
ui-stat-nominees = Nominees
ui-stat-voters = Voters on the roll
ui-stat-ballots = Ballots
ui-rules = Rules of this term
ui-seed-nominees = The nominees' names
ui-rule-quorum = Quorum
ui-quorum-of-voters = { $percent } of voters
ui-rule-created = Created

## Certifying, a certified term

ui-certify-button = Certify the results…
ui-certify-title = Certify the results
ui-certify-confirm = Certify
ui-certify-need-officer = Give the returns officer's name: it goes on the certificate and in the audit log.
ui-certifying = Certifying…
ui-certified-notice = The results are certified.
ui-certified-notice-detail = Certified on { $when } by { $officer }. Certificate { $identifier }.
ui-certify-warning = After this the term cannot be changed: no more ballots, no recount. The file is backed up first.
ui-certify-officer = Returns officer
ui-certify-officer-hint = Your name, as it goes on the certificate.
ui-certify-witness = Witness (optional)
ui-certified-heading = Certified
ui-certified-plain = These results are certified.
ui-winners = { $count ->
    [one] Winner
   *[other] Winners
}
ui-certified-final = A certified term cannot be changed: its results are final.
ui-restore-hint = If the certified results are wrong, File ▸ Restore a backup brings back the election file as it was just before certifying (a backup was taken then). Everything done since is undone; the file as it is now is backed up first.
ui-certified-nothing = Nothing here can be changed:
ui-certified-nothing-when = this term was certified on { $when } by { $officer }, and certified results are final.
ui-certified-nothing-plain = this term is certified, and certified results are final.
ui-certified-line = Certified on { $when } by { $officer }. Certificate { $identifier }.
ui-certified-line-witness = Certified on { $when } by { $officer }, witnessed by { $witness }. Certificate { $identifier }.
ui-seed-text = Seed text:
ui-seed-names = (the nominees' names)
ui-seed-hash = Ballot-set SHA-256:

## Correcting a term

ui-corrections = Correct a mistake
ui-edit-summary = Change the term's name, seats or method
ui-edit-save = Save the change
ui-edit-need-reason = Give a reason for the change: it goes in the audit log.
ui-edit-need-seats = Type the number of seats: a whole number, 1 or more.
ui-edit-saving = Saving the change…
ui-edit-done = The term was changed.
ui-edit-done-detail = The audit log records the old and new values with your reason.
ui-edit-method-hint = Ballots are in: a change discards the result, and the method can only change to one reading the same kind of ballot.
ui-edit-reason = Reason for the change
ui-delete-term = Delete this term
ui-delete-has-ballots = { $count ->
    [one] This term has { $count } ballot, so it cannot be deleted.
   *[other] This term has { $count } ballots, so it cannot be deleted.
}
ui-delete-need-reason = Give a reason for deleting the term: it goes in the audit log.
ui-deleting = Deleting the term…
ui-delete-done = The term “{ $name }” was deleted.
ui-delete-done-detail = The file was backed up first: File ▸ Restore a backup brings it back.
ui-delete-intro = A term created by mistake can be deleted while it has no ballots. The file is backed up first.
ui-delete-reason = Reason for deleting

## The File menu's work: files, backups, Preferences

ui-dialog-new-file = New election file
ui-dialog-open-file = Open an election file
ui-opening = Opening the election file…
ui-file-created = New election file created.
ui-file-opened = Election file opened.
ui-dialog-save-copy = Save a copy of the election file
ui-saving-copy = Saving a copy…
ui-copy-saved = Copy saved.
ui-reading-backups = Reading the backups…
ui-restore-title = Restore a backup
ui-restore-none = There are no backups of this file yet. One is taken before every step that cannot be undone: certifying, replacing the roll, deleting a term.
ui-restore-intro = The file as it is now is backed up before the backup you choose replaces it.
ui-backup-certify = { $taken } — before certify
ui-backup-replace-roll = { $taken } — before replace roll
ui-backup-delete-term = { $taken } — before delete term
ui-backup-before-restore = { $taken } — before before restore
ui-backup-other = { $taken } — before { $step }
ui-restore = Restore
ui-restoring = Restoring…
ui-restored = Backup restored.
ui-restored-detail = The file as it was is kept as { $file }.
ui-reading-preferences = Reading the preferences…
ui-preferences = Preferences
ui-preferences-saved = Preferences saved.
ui-preferences-officer = The audit log names { $officer } from now on.
ui-preferences-no-officer = No officer is named.
ui-preferences-officer-label = Returns officer's name
ui-preferences-officer-hint = Set once: every change is recorded in the audit log with this name, and certifying uses it.

## The Audit log tab

ui-loading-audit = Loading the audit log…
ui-checking-audit = Checking the audit log…
ui-audit-intact = Intact.
ui-audit-intact-detail = { $count ->
    [one] All { $count } entry of the election file's audit log are in their original order and unchanged.
   *[other] All { $count } entries of the election file's audit log are in their original order and unchanged.
}
ui-audit-latest-hash = Latest hash:
ui-audit-broken = Broken.
ui-audit-broken-detail = The audit log has been changed outside Scrutineer: { $problem }.
ui-audit-broken-entry = an entry does not match its hash
ui-audit-check = Check the audit log
ui-audit-check-hint = Every change to the election file is recorded, each entry sealed with the hash of the one before. Checking recomputes the whole chain.
ui-audit-heading = { $count ->
    [one] Audit log of this term: { $count } entry
   *[other] Audit log of this term: { $count } entries
}
ui-audit-empty = Nothing recorded yet: every change to this term will appear here.
ui-audit-col-number = #
ui-audit-col-when = When
ui-audit-col-what = What
ui-audit-col-details = Details
ui-audit-col-who = Who

## Ballot files before import, totals typed twice, a tie for the officer

ui-format-grid = Ballot grid CSV (one column per nominee)
ui-format-blt = BLT ballot file (OpenSTV, OpaVote)
ui-format-totals = Totals CSV (candidate,votes)
ui-format-helios = Helios election result (totals)
ui-format-civs = CIVS ballot report
ui-format-elekto = Elekto election folder
ui-format-bettervoting = BetterVoting ballot export
ui-format-belenios = Belenios ballots
ui-format-debian = Debian tally sheet
ui-format-typed = Totals typed twice
ui-preview-heading = Check the file before importing it
ui-preview-file = File
ui-preview-format = Format found
ui-preview-holds = What it holds
ui-preview-totals = Totals (no ballots)
ui-preview-blank = A blank mark means
ui-preview-candidates = Candidates
ui-ballots-cast = Ballots cast
ui-preview-ballots-hint = The file gives the totals but not how many ballots were cast: type it from the published result.
ui-preview-need-ballots = Type the number of ballots cast (a whole number): the file gives only the totals.
ui-preview-import = Import this file
ui-totals-heading = Type the totals
ui-totals-intro = Where only totals exist (a published result, a hand count), two people each type them. Nothing is saved unless both entries agree, figure by figure.
ui-totals-source = Where the figures come from
ui-totals-source-placeholder = For example: Helios result, 2 June
ui-totals-first = First entry
ui-totals-first-hint = The first person types the totals from the published result or the count sheet.
ui-totals-next = Done: hide this entry for the second person
ui-totals-restart = Start again from the first entry
ui-totals-second = Second entry
ui-totals-second-hint = A second person types the same totals again, without looking at the first entry (it is hidden).
ui-totals-compare = Compare and save
ui-totals-need-number = Type a whole number (0 or more) for { $name }.
ui-totals-the-ballots-cast = the ballots cast
ui-totals-differ = The two entries differ. Nothing was saved.
ui-totals-differ-hint = Check these figures against the source, then correct the second entry (or start again).
ui-totals-differ-table = Figures that differ
ui-totals-nominee = Nominee
ui-totals-saving = Saving the totals…
ui-totals-saved = { $count ->
    [one] Saved the totals: { $count } ballot cast.
   *[other] Saved the totals: { $count } ballots cast.
}
ui-totals-saved-hash = SHA-256 of the figures: { $sha256 }
ui-decided-by-coin = Coin toss
ui-decided-by-lot = Drawing lots
ui-decided-by-casting-vote = Casting vote
ui-tie-order = Decided order, favoured first
ui-tie-move-up = Move { $name } up
ui-tie-move-down = Move { $name } down
ui-tie-up = ↑ Up
ui-tie-down = ↓ Down
ui-tie-record = Record the decision and count again
ui-tie-need-method = Say how the tie was decided.
ui-tie-need-who = Say who decided.
ui-tie-recording = Recording the decision…
ui-tie-heading = A tie needs the returns officer's decision
ui-tie-stopped = The count stopped at a tie: { $context }
ui-tie-tied = Tied: { $names }
ui-tie-hint = Decide the tie as your rules say, then put the nominees in the decided order: the first is favoured. The decision goes in the audit log and on the certificate.
ui-tie-how = How it was decided
ui-tie-decided-by = Decided by
ui-tie-witness = Witness
ui-counting = Counting the votes…
