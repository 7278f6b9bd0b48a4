# The window's words: its frame, Preferences, the list of terms, a new term, and a term's
# Overview and Audit tabs. Read by ui/src/i18n.ts (with every other .ftl file of the language).

ui-language-label = Langue de la fenêtre
ui-language-system = Comme le système ({ $language })
ui-cancel = Annuler
