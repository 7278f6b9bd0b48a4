# The window's words: its frame, Preferences, the list of terms, a new term, and a term's
# Overview and Audit tabs. Read by ui/src/i18n.ts (with every other .ftl file of the language).

ui-language-label = Language of the window
ui-language-system = As the system ({ $language })
ui-cancel = Cancel
