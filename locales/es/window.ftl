# The window's words: its frame, Preferences, the list of terms, a new term, and a term's
# Overview and Audit tabs. Read by ui/src/i18n.ts (with every other .ftl file of the language).

ui-language-label = Idioma de la ventana
ui-language-system = Como el sistema ({ $language })
ui-cancel = Cancelar
