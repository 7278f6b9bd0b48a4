# The window's words for the work on a term: roll, nominees, ballots, results, imports and
# their wizards, the count's explanation. Read by ui/src/i18n.ts.

ui-roll-replace = Remplacer la liste électorale
