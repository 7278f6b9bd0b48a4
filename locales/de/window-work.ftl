# The window's words for the work on a term: roll, nominees, ballots, results, imports and
# their wizards, the count's explanation. Read by ui/src/i18n.ts.
#
# Glossar (wie in documents.ftl und count.ftl; Anrede durchgehend „Sie“):
#   voter / eligible voters = Wahlberechtigte (wahlberechtigte Person); voter roll = Wählerverzeichnis
#   ballot = Stimmzettel; batch = Stapel; totals = Summen; voting = Abstimmung
#   nominee = Kandidat/in, Kandidierende; nomination = Wahlvorschlag; candidacy (withdrawn) = Kandidatur
#   self-nominated = Eigenbewerbung; nominated by = vorgeschlagen von; seconder = Unterstützende
#   endorsement = Empfehlung; statement = Vorstellung; handle = Benutzername; employer = Arbeitgeber
#   seat = Sitz; count = Auszählung (auszählen); method = Verfahren; round = Runde; quota = Quote
#   elected = gewählt; excluded (STV) = ausgeschieden; disqualified = ausgeschlossen; withdrawn = zurückgezogen
#   tie = Stimmengleichheit; draw = Los, Losentscheid; seed = Startwert; casting vote = ausschlaggebende Stimme
#   head-to-head = Zweikampf; rank = Platz; turnout = Wahlbeteiligung; quorum = Quorum
#   returning officer = Wahlleiter/in, Wahlleitung; witness = Zeuge/Zeugin (bezeugt von)
#   certify = beglaubigen (Beglaubigung); certificate = Wahlniederschrift; audit log = Prüfprotokoll
#   announcement = Bekanntmachung; booklet = Kandidatenheft; refused row = abgewiesene Zeile
#   term = Wahl (diese Wahl)

## Shared by the wizards (wizard.ts, importForm.ts, encodingChoice.ts)

ui-quoted = „{ $text }“
ui-wiz-enc-utf8 = UTF-8 (die meisten Dateien)
ui-wiz-enc-1252 = Windows-1252 (westeuropäisch, Excel)
ui-wiz-enc-8859-2 = ISO-8859-2 (mitteleuropäisch)
ui-wiz-enc-1250 = Windows-1250 (mitteleuropäisch, Excel)
ui-wiz-delim-comma = Kommas ( , )
ui-wiz-delim-semicolon = Semikolons ( ; )
ui-wiz-delim-tab = Tabulatoren
ui-wiz-delim-pipe = Senkrechte Striche ( | )
ui-wiz-source-given = wie von Ihnen gewählt
ui-wiz-source-bom = am Dateianfang gekennzeichnet
ui-wiz-source-utf16 = an den Bytes der Datei erkannt
ui-wiz-source-utf8 = die Datei ist gültiges UTF-8
ui-wiz-source-detected = aus den Buchstaben der Datei erschlossen: Prüfen Sie, ob die Namen unten richtig aussehen
ui-wiz-not-in-file = — nicht in der Datei —
ui-wiz-no-header = (ohne Spaltenkopf)
ui-wiz-mapping = Welche Spalte enthält was
ui-wiz-refused-heading = Zeilen, die abgewiesen werden
ui-wiz-line-prefix = Zeile { $line }:{" "}
ui-wiz-line-reason = Zeile { $line }: { $reason }
ui-wiz-more-rows = … und { $n ->
        [one] eine weitere Zeile
       *[other] { $n } weitere Zeilen
    }.
ui-wiz-step-1 = 1. Datei wählen
ui-wiz-check = Datei prüfen
ui-wiz-read-as = Gelesen als { $encoding } ({ $source }), Spalten getrennt durch { $delimiter }.
ui-wiz-encoding = Zeichenkodierung
ui-wiz-encoding-hint = Ändern Sie sie, wenn Buchstaben wie é, ö oder ł unten falsch aussehen.
ui-wiz-delimiter = Spalten getrennt durch
ui-wiz-choose-file = Datei wählen …
ui-wiz-choose-folder = Ordner wählen …
ui-wiz-path-optional = {" "}— wählen Sie sie aus oder geben Sie den Dateipfad ein
ui-wiz-all-files = Alle Dateien
ui-import-need-file = Wählen Sie zuerst die Datei (oder geben Sie ihren Pfad ein), dann importieren Sie sie.
ui-enc-question = Ist diese Datei { $chosen } oder { $other }?
ui-enc-explain = Die beiden Kodierungen lesen manche Namen unterschiedlich. Die Datei wurde als { $chosen } gelesen, weil { $why }. Welche Spalte zeigt die Namen so, wie sie sein sollen?
ui-enc-line = Zeile
ui-enc-as = Als { $encoding }
ui-enc-keep = { $encoding } beibehalten
ui-enc-read-as = Als { $encoding } lesen
ui-import-placeholder = /home/…/datei.csv

## The refused rows (refused.ts)

ui-refused-save-title = Abgewiesene Zeilen speichern
ui-refused-saving = Die abgewiesenen Zeilen werden gespeichert …
ui-refused-saved = Abgewiesene Zeilen gespeichert.
ui-refused-heading = Abgewiesene Zeilen
ui-refused-explain = Der letzte Import hat { $n ->
        [one] eine Zeile
       *[other] { $n } Zeilen
    } abgewiesen. Diese Wahlberechtigten stehen nicht im Wählerverzeichnis: Korrigieren Sie die Datei und importieren Sie sie erneut, oder tragen Sie sie von Hand ein.
ui-refused-why = Grund der Abweisung
ui-refused-save = Als CSV speichern …

## Words used across the work views

ui-field-required = Pflichtangabe
ui-field-optional = Freiwillige Angabe
ui-col-name = Name
ui-col-email = E-Mail
ui-reason-audit = Begründung (wird im Prüfprotokoll festgehalten)
ui-cannot-import-yet = Diese Datei kann noch nicht importiert werden.{" "}
ui-choose-columns = {" "}Wählen Sie oben die richtigen Spalten.
ui-filter-text = Text

## The voter roll (roll.ts)

ui-roll-field-name = Vollständiger Name
ui-roll-field-name-hint = Oder Vor- und Nachname
ui-roll-field-first-name = Vorname
ui-roll-field-last-name = Nachname
ui-roll-field-email = E-Mail
ui-roll-field-id = Mitgliedsnummer
ui-roll-field-weight = Stimmgewicht
ui-roll-field-weight-hint = Freiwillige Angabe; leer bedeutet 1
ui-roll-field-membership = Mitgliedschaftsart
ui-roll-col-weight = Gewicht
ui-roll-col-membership = Mitgliedschaft
ui-roll-placeholder = /home/…/verzeichnis.csv
ui-roll-dialog-title = Wählerverzeichnis wählen
ui-roll-filter = Wählerverzeichnis (CSV)
ui-roll-need-file = Wählen Sie zuerst die Datei des Wählerverzeichnisses (oder geben Sie ihren Pfad ein), dann prüfen Sie sie.
ui-roll-checking = Die Datei wird geprüft …
ui-roll-import = Importieren
ui-roll-import-n = { $n ->
        [one] Einen Wahlberechtigten importieren
       *[other] { $n } Wahlberechtigte importieren
    }
ui-roll-fix-columns = Korrigieren Sie zuerst die Spalten oben: Noch kann nichts importiert werden.
ui-roll-adds-hint = Der Import fügt die Wahlberechtigten hinzu, die noch nicht im Verzeichnis stehen; wer schon darin steht, wird gemeldet, nicht doppelt eingetragen. Abgewiesene Zeilen werden nicht importiert.
ui-roll-refused-hint = Abgewiesene Zeilen werden nicht importiert; Sie können diese Wahlberechtigten später von Hand eintragen oder die Datei korrigieren und erneut importieren.
ui-roll-step-2 = 2. Prüfen, wie die Datei gelesen wird
ui-roll-step-3 = 3. Importieren
ui-roll-counts = { $ready }, keine Zeile abgewiesen.
ui-roll-counts-refused = { $ready }, { $refused }.
ui-roll-ready = { $n ->
        [one] Ein Wahlberechtigter bereit
       *[other] { $n } Wahlberechtigte bereit
    }
ui-roll-will-refuse = { $n ->
        [one] eine Zeile wird
       *[other] { $n } Zeilen werden
    } abgewiesen
ui-roll-preview-label = Vorschau der Wahlberechtigten
ui-roll-preview-first = Die ersten { $shown } von { $n ->
        [one] einem Wahlberechtigten
       *[other] { $n } Wahlberechtigten
    }, so wie sie importiert werden
ui-roll-preview-all = Die Wahlberechtigten, so wie sie importiert werden
ui-roll-file-label = Datei des Wählerverzeichnisses
ui-roll-file-hint = Eine CSV-Datei mit einer Kopfzeile, die die Spalten benennt (beliebige Kodierung, Kommas, Semikolons oder Tabulatoren). Sie sehen, wie sie gelesen wird, bevor etwas importiert wird.
ui-roll-heading = Wählerverzeichnis importieren
ui-roll-heading-update = Wahlberechtigte importieren oder das Verzeichnis aktualisieren
ui-roll-replace = Wählerverzeichnis ersetzen
ui-roll-replace-need-reason = Geben Sie den Grund für das Ersetzen des Verzeichnisses an: Er wird im Prüfprotokoll festgehalten.
ui-roll-replacing = Das Wählerverzeichnis wird ersetzt …
ui-roll-replace-explain = Das Wählerverzeichnis von { $term } genau an diese Datei angleichen: Wer nicht in der Datei steht, wird gestrichen, Neue werden eingetragen und geänderte Angaben übernommen.
ui-roll-already = Im Wählerverzeichnis dieser Wahl { $n ->
        [one] steht bereits ein Wahlberechtigter
       *[other] stehen bereits { $n } Wahlberechtigte
    }.
ui-roll-comparing = Abgleich mit dem Wählerverzeichnis …
ui-roll-compare = Mit dem aktuellen Verzeichnis vergleichen
ui-roll-replace-with-file = Verzeichnis durch diese Datei ersetzen …
ui-roll-diff-more = … und { $n } weitere
ui-roll-diff-title = { $title }: { $n }
ui-roll-diff-summary = { $changes }, { $unchanged } unverändert.
ui-roll-diff-changes = { $added } hinzuzufügen, { $removed } zu streichen, { $changed } zu ändern
ui-roll-diff-add = Hinzuzufügen
ui-roll-diff-remove = Zu streichen
ui-roll-diff-change = Zu ändern
ui-roll-diff-refused = Abgewiesene Zeilen
ui-roll-diff-field-name = Name
ui-roll-diff-field-id = Mitgliedsnummer
ui-roll-diff-field-weight = Gewicht
ui-roll-diff-field-membership = Mitgliedschaft
ui-roll-need-name = Geben Sie den Namen der wahlberechtigten Person ein.
ui-roll-need-email = Geben Sie die E-Mail-Adresse der wahlberechtigten Person ein.
ui-roll-need-add-reason = Geben Sie den Grund für die Eintragung an: Er wird im Prüfprotokoll festgehalten.
ui-roll-adding = Wahlberechtigte Person wird eingetragen …
ui-roll-added = { $name } <{ $email }> ist in das Wählerverzeichnis eingetragen.
ui-roll-add-heading = Wahlberechtigte Person eintragen
ui-roll-add-reason-hint = Zum Beispiel: fehlte in der Mitgliederliste, vom Schriftführer bestätigt.
ui-roll-add = Eintragen
ui-roll-need-remove-email = Geben Sie die E-Mail-Adresse der zu streichenden Person ein.
ui-roll-need-remove-reason = Geben Sie den Grund für die Streichung an: Er wird im Prüfprotokoll festgehalten.
ui-roll-removing = Wahlberechtigte Person wird gestrichen …
ui-roll-removed = { $name } <{ $email }> ist aus dem Wählerverzeichnis gestrichen.
ui-roll-remove-heading = Wahlberechtigte Person streichen
ui-roll-remove-email = E-Mail-Adresse der Person
ui-roll-remove-reason-hint = Zum Beispiel: Mitgliedschaft vor dem Stichtag erloschen.
ui-roll-remove = Streichen
ui-roll-by-hand = Wählerverzeichnis von Hand ändern
ui-roll-export-csv = Wählerverzeichnis (CSV) …
ui-roll-export-csv-title = Speichern: Wählerverzeichnis (CSV)
ui-roll-export-helios = Helios-Wählerdatei …
ui-roll-export-helios-title = Speichern: Helios-Wählerdatei
ui-roll-export-emails = Liste der E-Mail-Adressen …
ui-roll-export-emails-title = Speichern: Liste der E-Mail-Adressen
ui-roll-export-voted = Wer gewählt hat …
ui-roll-export-voted-title = Speichern: Wer gewählt hat
ui-roll-save-heading = Wählerverzeichnis speichern
ui-roll-save-explain = Für den Abstimmungsdienst: das ganze Verzeichnis als CSV, eine Helios-Wählerdatei oder eine E-Mail-Adresse pro Zeile. Nach der Abstimmung listet „Wer gewählt hat“ die Wahlberechtigten auf, deren Stimmabgabe vermerkt ist (nie mit einem Stimmzettel verknüpft).
ui-roll-saved = { $n ->
        [one] Ein Wahlberechtigter gespeichert.
       *[other] { $n } Wahlberechtigte gespeichert.
    }

## Importing nominations (nominationImport.ts)

ui-and-list = { $init } und { $last }
ui-list-sep = {", "}
ui-words = { $n ->
        [one] { $n } Wort
       *[other] { $n } Wörter
    }
ui-utc-time = { $date } { $time } UTC
ui-nimp-field-name = Kandidat/in
ui-nimp-field-email = E-Mail des Kandidaten/der Kandidatin
ui-nimp-field-employer = Arbeitgeber oder Zugehörigkeit
ui-nimp-field-nominator = Vorgeschlagen von
ui-nimp-field-nominator-hint = „self“ oder E-Mail-Adresse bzw. Mitgliedsnummer eines Mitglieds
ui-nimp-field-statement = Vorstellung
ui-nimp-field-statement-hint = Markdown, wie geschrieben übernommen
ui-nimp-field-timestamp = Eingegangen am (Zeitstempel)
ui-nimp-field-timestamp-hint = Wird mit der Vorschlagsfrist abgeglichen
ui-nimp-field-handle = Benutzername
ui-nimp-field-handle-hint = z. B. ein GitHub-Login
ui-nimp-field-seconders = Unterstützende
ui-nimp-field-seconders-hint = E-Mail-Adressen oder Mitgliedsnummern, durch Kommas getrennt
ui-nimp-order-choose = — Reihenfolge wählen —
ui-nimp-order-as-file-dmy = Wie in der Datei (Tag/Monat/Jahr)
ui-nimp-order-as-file-mdy = Wie in der Datei (Monat/Tag/Jahr)
ui-nimp-order-dmy = Tag/Monat/Jahr (in den meisten Ländern Europas)
ui-nimp-order-mdy = Monat/Tag/Jahr (in den Vereinigten Staaten)
ui-nimp-order-dmy-example = Tag/Monat/Jahr: „{ $value }“ ist der { $date }
ui-nimp-order-mdy-example = Monat/Tag/Jahr: „{ $value }“ ist der { $date }
ui-nimp-placeholder = /home/…/vorschlaege.csv oder ein Ordner mit candidate-*.md
ui-nimp-folder-title = Ordner mit den Elekto-Kandidatendateien wählen
ui-nimp-file-title = Datei mit den Wahlvorschlägen wählen
ui-nimp-filter-form = Formularantworten (CSV)
ui-nimp-filter-elekto = Elekto-Kandidatendatei
ui-nimp-need-file = Wählen Sie zuerst die Datei oder den Ordner mit den Wahlvorschlägen (oder geben Sie den Pfad ein), dann prüfen Sie sie.
ui-nimp-checking = Die Wahlvorschläge werden geprüft …
ui-nimp-order-label = Reihenfolge von Tag und Monat in den Zeitstempeln
ui-nimp-order-ambiguous = Kein Tag in der Datei ist größer als 12, daher lässt sich jedes Datum auf beide Arten lesen: „{ $value }“ in Zeile { $line } ist als Tag/Monat (in den meisten Ländern Europas) der { $dmy } oder als Monat/Tag (in den Vereinigten Staaten) der { $mdy }. Wählen Sie die Reihenfolge, die das Formular verwendet hat.
ui-nimp-local-time = Zeiten ohne Zeitzone werden als Ihre Ortszeit gelesen, { $zone }.
ui-nimp-step-2-elekto = 2. Die Kandidatendateien
ui-nimp-elekto-explain = Elekto-Kandidatendateien: Der Kopf jeder Datei nennt den Namen, die ID (als Benutzername übernommen) und den Arbeitgeber; das Markdown danach ist die Vorstellung, wie geschrieben übernommen.
ui-nimp-step-2 = 2. Prüfen, wie die Datei gelesen wird und welche Spalte was enthält
ui-nimp-shared = Die Spalte „{ $column }“ ist für { $fields } gewählt.{" "}
ui-nimp-shared-check = Prüfen Sie, ob Sie das so meinen.
ui-nimp-choose-order = {" "}Wählen Sie oben die Reihenfolge von Tag und Monat.
ui-nimp-step-3 = 3. Was der Import bewirkt
ui-nimp-step-4 = 4. Importieren
ui-nimp-counts = { $ready }, nichts abgewiesen.
ui-nimp-counts-refused = { $ready }, { $refused }.
ui-nimp-ready = { $n ->
        [one] Ein Wahlvorschlag bereit
       *[other] { $n } Wahlvorschläge bereit
    }
ui-nimp-files-will-refuse = { $n ->
        [one] eine Datei wird
       *[other] { $n } Dateien werden
    } abgewiesen
ui-nimp-late-label = Begründung für die Annahme von Wahlvorschlägen außerhalb der Vorschlagsfrist
ui-nimp-late-hint = Wird bei jedem verspäteten Wahlvorschlag im Prüfprotokoll festgehalten. Lassen Sie das Feld leer, um sie abzuweisen.
ui-nimp-importing = Die Wahlvorschläge werden importiert …
ui-nimp-imported = { $n ->
        [one] Ein Wahlvorschlag importiert.
       *[other] { $n } Wahlvorschläge importiert.
    }
ui-nimp-files-were-refused = { $n ->
        [one] Eine Datei wurde
       *[other] { $n } Dateien wurden
    } abgewiesen:
ui-nimp-rows-were-refused = { $n ->
        [one] Eine Zeile wurde
       *[other] { $n } Zeilen wurden
    } abgewiesen:
ui-nimp-import-n = { $n ->
        [one] Einen Wahlvorschlag importieren
       *[other] { $n } Wahlvorschläge importieren
    }
ui-nimp-ready-hint = Die bereiten Wahlvorschläge werden gemeinsam in einem Schritt importiert und dabei jeweils erneut geprüft. Abgewiesene Zeilen werden nicht importiert: Tragen Sie diese Kandidierenden von Hand ein oder korrigieren Sie die Datei und prüfen Sie sie erneut.
ui-nimp-order-first = Wählen Sie zuerst oben die Reihenfolge von Tag und Monat: Noch kann nichts importiert werden.
ui-nimp-nothing = Aus dieser Datei kann nichts importiert werden: Die Gründe stehen oben.
ui-nimp-file-label = Datei oder Ordner mit den Wahlvorschlägen
ui-nimp-path-optional = {" "}— wählen Sie sie aus oder geben Sie den Pfad ein
ui-nimp-choose-csv = CSV-Datei wählen …
ui-nimp-choose-elekto = Elekto-Ordner wählen …
ui-nimp-file-hint = Eine aus einem Webformular exportierte CSV-Datei (ein Wahlvorschlag pro Zeile, eine Kopfzeile mit den Spalten: Zeitstempel, Kandidat/in, E-Mail, Arbeitgeber, vorgeschlagen von, Vorstellung) oder ein Ordner mit Elekto-Dateien candidate-*.md. Sie sehen, wie sie gelesen wird und was importiert würde, bevor etwas importiert wird.
ui-nimp-heading = Wahlvorschläge importieren
ui-nimp-sample-label = Die ersten Zeilen der Datei
ui-nimp-sample-caption = { $n ->
        [one] Die erste Zeile
       *[other] Die ersten { $n } Zeilen
    } der Datei, wie gelesen
ui-nimp-sample-caption-cols = { $n ->
        [one] Die erste Zeile
       *[other] Die ersten { $n } Zeilen
    } der Datei, wie gelesen (die ersten { $cols } von { $total } Spalten)
ui-nimp-ready-label = Die zum Import bereiten Wahlvorschläge
ui-nimp-ready-first = Die ersten { $shown } von { $n ->
        [one] einem Wahlvorschlag
       *[other] { $n } Wahlvorschlägen
    }, so wie sie importiert werden
ui-nimp-ready-all = Die Wahlvorschläge, so wie sie importiert werden
ui-nimp-col-id = ID
ui-nimp-col-sent = Eingegangen am
ui-nimp-late-badge = {" "}verspätet
ui-nimp-self = Eigenbewerbung

## Nominees (nominee.ts)

ui-nom-col-affiliation = Zugehörigkeit
ui-nom-col-status = Stand
ui-nom-words-over = { $n ->
        [one] { $n } Wort
       *[other] { $n } Wörter
    }: { $over ->
        [one] { $over } Wort
       *[other] { $over } Wörter
    } mehr als die erlaubten { $limit }. Kürzen Sie die Vorstellung vor dem Speichern.
ui-nom-words-of = { $n ->
        [one] { $n } Wort
       *[other] { $n } Wörter
    } von { $limit } erlaubten
ui-nom-optional = {" "}(freiwillig)
ui-nom-preview-label = Vorschau der Vorstellung
ui-nom-preview-empty = Hier erscheint die Vorstellung so, wie die Wahlberechtigten sie lesen werden.
ui-nom-statement-hint = Markdown: # für eine Überschrift, - oder 1. für Listen, **fett**, *kursiv*, [Text](https://…) für einen Link, :smile: für ein Emoji. Wird genau so gespeichert, wie geschrieben.
ui-nom-preview = Vorschau
ui-nom-too-long = Die Vorstellung hat { $n ->
        [one] { $n } Wort
       *[other] { $n } Wörter
    }; diese Wahl erlaubt { $limit }. Kürzen Sie sie um { $over ->
        [one] { $over } Wort
       *[other] { $over } Wörter
    }.
ui-nom-export-title = Speichern: { $what }
ui-nom-export-saved = Gespeichert: { $what }.
ui-nom-export-markdown = Kandidatenliste (Markdown, für einen Forenbeitrag)
ui-nom-export-markdown-saving = Die Kandidatenliste (Markdown) wird gespeichert …
ui-nom-export-html = Kandidatenliste (Webseite)
ui-nom-export-html-saving = Die Kandidatenliste (Webseite) wird gespeichert …
ui-nom-export-pdf = Kandidatenheft (PDF)
ui-nom-export-pdf-saving = Das Kandidatenheft (PDF) wird gespeichert …
ui-nom-export-helios = Helios-Fragen (JSON)
ui-nom-export-helios-saving = Die Helios-Fragen (JSON) werden gespeichert …
ui-nom-export-opavote = OpaVote / OpenSTV (BLT-Kopf)
ui-nom-export-opavote-saving = Der BLT-Kopf für OpaVote / OpenSTV wird gespeichert …
ui-nom-export-bettervoting = BetterVoting-Kandidaten (JSON)
ui-nom-export-bettervoting-saving = Die BetterVoting-Kandidaten (JSON) werden gespeichert …
ui-nom-export-elekto = Elekto-Kandidatendateien (ein Ordner)
ui-nom-export-elekto-saving = Die Elekto-Kandidatendateien werden gespeichert …
ui-nom-export-csv = Kandidatenliste (CSV)
ui-nom-export-csv-saving = Die Kandidatenliste (CSV) wird gespeichert …
ui-nom-filter-web = Webseite
ui-nom-files-in = { $n ->
        [one] Eine Datei
       *[other] { $n } Dateien
    } in { $path }
ui-nom-publish-heading = Kandidierende veröffentlichen
ui-nom-publish-explain = Speichern Sie die Kandidatenliste für die Wahlberechtigten oder die Einrichtung des Stimmzettels im Abstimmungsdienst. Zurückgezogene Kandidaturen bleiben unberücksichtigt.
ui-nom-needs-seconders = Diese Wahl verlangt { $n ->
        [one] eine unterstützende Person
       *[other] { $n } Unterstützende
    } aus dem Wählerverzeichnis.
ui-nom-seconders-hint = Mitglieder aus dem Wählerverzeichnis, mit E-Mail-Adresse oder Mitgliedsnummer.
ui-nom-one-per-line = { $needs } Eine Angabe pro Zeile.
ui-nom-period-from-until = Wahlvorschläge können vom { $opens } bis zum { $closes } eingereicht werden (UTC).
ui-nom-period-from = Wahlvorschläge können ab dem { $opens } eingereicht werden (UTC).
ui-nom-period-until = Wahlvorschläge können bis zum { $closes } eingereicht werden (UTC).
ui-nom-need-name = Geben Sie den Namen des Kandidaten oder der Kandidatin ein.
ui-nom-adding = Kandidat/in wird eingetragen …
ui-nom-add-heading = Kandidat/in eintragen
ui-nom-name-hint = So, wie er in der Kopfzeile der Stimmzetteldatei steht.
ui-nom-employer-hint = Wird für die Höchstzahl Gewählter je Arbeitgeber verwendet.
ui-nom-handle-hint = Z. B. ein GitHub-Login.
ui-nom-nominator-hint = Geben Sie „self“ für eine Eigenbewerbung ein, sonst die E-Mail-Adresse oder Mitgliedsnummer der vorschlagenden Person wie im Wählerverzeichnis.
ui-nom-late-label = Begründung für die Annahme außerhalb der Vorschlagsfrist
ui-nom-kept-audit = Wird im Prüfprotokoll festgehalten.
ui-nom-add = Kandidat/in eintragen
ui-nom-status-withdrawn = Zurückgezogen
ui-nom-status-accepted = Angenommen
ui-nom-status-nominated = Vorgeschlagen
ui-nom-self-nominated = Eigenbewerbung
ui-nom-loading-list = Die Kandidierenden werden geladen …
ui-nom-added = { $name } ist eingetragen.
ui-nom-added-next = Tragen Sie die nächste Person ein oder öffnen Sie eine Kandidatur, um die Vorstellung so zu sehen, wie die Wahlberechtigten sie sehen werden.
ui-nom-list-closed = Die Abstimmung hat begonnen, daher ist die Liste der Kandidierenden geschlossen: Eine Kandidatur kann nur noch zurückgezogen werden.
ui-nom-withdraw-a-nominee = Kandidatur zurückziehen
ui-nom-list-heading = Kandidierende: { $n }
ui-nom-empty = Noch keine Kandidierenden: Tragen Sie die erste Person unten ein oder importieren Sie die Wahlvorschläge (den CSV-Export eines Formulars oder Elekto-Kandidatendateien) weiter unten mit „Wahlvorschläge importieren“.
ui-nom-empty-closed = Keine Kandidierenden: Die Abstimmung hat begonnen, bevor jemand eingetragen wurde, daher ist die Liste geschlossen.
ui-nom-table-label = Kandidierende
ui-nom-withdraw-name-dots = Kandidatur von { $name } zurückziehen …
ui-nom-withdraw-dots = Zurückziehen …
ui-nom-withdraw-need-reason = Geben Sie den Grund für das Zurückziehen an: Er wird im Prüfprotokoll festgehalten.
ui-nom-withdrawing = Die Kandidatur wird zurückgezogen …
ui-nom-withdrawn = Die Kandidatur von { $name } ist zurückgezogen.
ui-nom-withdrawn-reopened = Die Wahl ist wieder geöffnet: Zählen Sie die Stimmen erneut aus.
ui-nom-withdrawn-later = Bei der Auszählung zählen auf den betroffenen Stimmzetteln stattdessen die nachfolgenden Präferenzen.
ui-nom-withdraw-ask = Kandidatur von { $name } zurückziehen? Sie bleibt als zurückgezogen markiert auf der Liste und wird bei der Auszählung nicht berücksichtigt.
ui-nom-withdraw-name = Kandidatur von { $name } zurückziehen
ui-nom-breadcrumb = Navigationspfad
ui-nom-back = ← Kandidierende: { $term }
ui-nom-loading = Der Wahlvorschlag wird geladen …
ui-nom-edit = Bearbeiten …
ui-nom-endorse = Empfehlen …
ui-nom-accepting = Die Annahme wird festgehalten …
ui-nom-accepted = { $name } hat die Kandidatur angenommen.
ui-nom-accepted-audit = Die Annahme und ihr Datum stehen im Prüfprotokoll.
ui-nom-accept = Annahme festhalten
ui-nom-edit-need-name = Der Name darf nicht leer sein.
ui-nom-edit-nothing = Nichts wurde geändert: Korrigieren Sie zuerst ein Feld.
ui-nom-edit-need-reason = Geben Sie den Grund für die Korrektur an: Er wird mit den alten und neuen Werten im Prüfprotokoll festgehalten.
ui-nom-edit-saving = Die Korrektur wird gespeichert …
ui-nom-edit-saved = Die Korrektur an { $name } ist gespeichert.
ui-nom-edit-saved-audit = Die alten und neuen Werte und die Begründung stehen im Prüfprotokoll.
ui-nom-edit-heading = Wahlvorschlag korrigieren
ui-nom-edit-nominator-hint = „self“ oder E-Mail-Adresse bzw. Mitgliedsnummer der vorschlagenden Person wie im Wählerverzeichnis.
ui-nom-edit-reason = Begründung der Korrektur (wird im Prüfprotokoll festgehalten)
ui-nom-edit-save = Korrektur speichern
ui-nom-endorse-need = Geben Sie die E-Mail-Adresse oder Mitgliedsnummer des empfehlenden Mitglieds ein.
ui-nom-endorsing = Die Empfehlung wird eingetragen …
ui-nom-endorsed = { $by } empfiehlt { $name }.
ui-nom-endorse-heading = { $name } empfehlen
ui-nom-endorse-by = Mitglied (E-Mail-Adresse oder Mitgliedsnummer wie im Wählerverzeichnis)
ui-nom-endorsement = Empfehlung
ui-nom-endorsement-hint = Markdown, so wie das Mitglied sie geschrieben hat.
ui-nom-endorse-save = Empfehlung eintragen
ui-nom-fact-nominated-on = Vorgeschlagen am
ui-nom-fact-late = Verspätet angenommen, weil
ui-nom-fact-acceptance = Annahme
ui-nom-accepted-on = Angenommen am { $when }
ui-nom-not-accepted = Noch nicht angenommen
ui-nom-count-heading = { $title }: { $n }
ui-nom-certified = Die Wahl ist beglaubigt: Daran kann sich nichts mehr ändern.
ui-nom-locked = Die Abstimmung hat begonnen, daher kann der Wahlvorschlag weder korrigiert noch mit einer Empfehlung versehen werden: Die Stimmzettel nennen die Kandidierenden so, wie sie bei Beginn der Abstimmung eingetragen waren. Eine Kandidatur kann weiterhin zurückgezogen werden; die Begründung wird im Prüfprotokoll festgehalten.
ui-nom-no-statement = Keine Vorstellung.
ui-nom-no-seconders = Keine Unterstützenden.
ui-nom-endorsements = Empfehlungen
ui-nom-no-endorsements = Noch keine Empfehlungen.

## The count explained (explain.ts)

ui-explain-figure-approval = Zustimmungen
ui-explain-figure-plurality = Stimmen
ui-explain-figure-star = Punktsummen
ui-explain-figure-condorcet = Gewonnene Zweikämpfe
ui-explain-figure-rounds = Stimmen am Ende der Auszählung
ui-explain-figure-other = Endergebnis
ui-explain-heading = Wie die Auszählung verlief
ui-explain-for-each = { $figure } je Kandidat/in.
ui-explain-elected = Gewählt
ui-explain-disqualified = Ausgeschlossen
ui-explain-action-elected = gewählt
ui-explain-action-excluded = ausgeschieden
ui-explain-action-group-excluded = durch eine Regel ausgeschlossen
ui-explain-action-surplus = Überschuss übertragen
ui-explain-action-withdrawn = zurückgezogen
ui-explain-round = Runde { $n }
ui-explain-cell-title = { $name }: { $action }
ui-explain-cell-title-reason = { $name }: { $action } ({ $reason })
ui-explain-not-in-round = nicht in dieser Runde
ui-explain-keep = Behaltefaktor { $keep }
ui-explain-quota = Quote
ui-explain-non-transferable = Nicht übertragbar
ui-explain-what-happened = Was geschah
ui-explain-action = { $name } { $action }
ui-explain-action-reason = { $name } { $action }: { $reason }
ui-explain-rounds = Runde für Runde
ui-explain-rounds-explain = Die Auszählung dauerte { $n ->
        [one] eine Runde
       *[other] { $n } Runden
    }. Jede Spalte ist eine Runde; Grün kennzeichnet eine in dieser Runde gewählte Person, Rot eine ausgeschiedene.
ui-explain-matrix-corner = Person der Zeile gegen Person der Spalte
ui-explain-same-nominee = dieselbe Person
ui-explain-over = { $row } vor { $col }: { $n }
ui-explain-over-wins = { $row } vor { $col }: { $n } (gewonnen)
ui-explain-wins = {" "}(gewonnen)
ui-explain-pairwise = Zweikämpfe
ui-explain-pairwise-explain = Jede Zahl gibt an, wie viele Stimmzettel die Person der Zeile der Person der Spalte vorziehen. Grün: Die Person der Zeile hat diesen Zweikampf gewonnen.
ui-explain-paths = Stärkste Pfade
ui-explain-paths-explain = Schulze-Methode: die Stärke der stärksten Kette von Siegen von der Person der Zeile zur Person der Spalte. Gewählt ist, wessen Pfade mindestens so stark sind wie jeder Pfad der Gegenseite zurück.
ui-explain-locked = Festgelegte Paare
ui-explain-locked-explain = Ranked Pairs: Die Siege werden vom größten Vorsprung abwärts genommen; jeder wird festgelegt, sofern er nicht bereits festgelegten Siegen widerspricht.
ui-explain-locked-pair = { $winner } vor { $loser } mit { $n ->
        [one] einer Stimme
       *[other] { $n } Stimmen
    } Vorsprung: { $badge }
ui-explain-locked-in = Festgelegt
ui-explain-skipped = Übersprungen: Es entstünde ein Zyklus
ui-explain-runoff-seat = Stichwahl um Sitz { $seat }
ui-explain-scoring = Bewertungsrunde
ui-explain-scoring-explain = Die beiden Kandidierenden mit den höchsten Punktsummen kommen in die Stichwahl.
ui-explain-score-totals-seat = Punktsummen für Sitz { $seat }
ui-explain-finalist = In der Stichwahl
ui-explain-runoff = Automatische Stichwahl
ui-explain-runoff-explain = Jeder Stimmzettel zählt für die Person in der Stichwahl, die er höher bewertet hat.
ui-explain-ballots-that = Stimmzettel, die
ui-explain-ballots = Stimmzettel
ui-explain-share = Anteil
ui-explain-prefer = { $name } vorziehen
ui-explain-equal = beide gleich bewerten
ui-explain-winner = Gewählt: { $name }

## The announcement (announce.ts)

ui-announce-text = Reiner Text (E-Mail)
ui-announce-markdown = Markdown (Forum, Chat)
ui-announce-html = HTML (Webseite)
ui-announce-writing = Die Bekanntmachung wird verfasst …
ui-announce-copied = Bekanntmachung kopiert.
ui-announce-paste = Fügen Sie sie dort ein, wo Sie die Ergebnisse veröffentlichen.
ui-announce-label = Bekanntmachung
ui-announce-no-clipboard = Die Zwischenablage ist nicht verfügbar: Markieren Sie den Text unten und kopieren Sie ihn.
ui-announce-copy = Bekanntmachung kopieren
ui-announce-as = Bekanntmachung als{" "}

## The Voters tab (views/term/voters.ts)

ui-voters-importing = Das Wählerverzeichnis wird importiert …
ui-voters-importing-progress = Das Wählerverzeichnis wird importiert … { $done } von etwa { $total } Zeilen ({ $pct } %)
ui-voters-cancelling = Der Import wird abgebrochen …
ui-voters-imported = { $n ->
        [one] Ein Wahlberechtigter importiert.
       *[other] { $n } Wahlberechtigte importiert.
    }
ui-voters-read-as = Gelesen als { $encoding }, Felder getrennt durch { $delimiter }.
ui-voters-refused = { $n ->
        [one] Eine Zeile wurde
       *[other] { $n } Zeilen wurden
    } abgewiesen: siehe „Abgewiesene Zeilen“ unten.
ui-voters-replaced = Das Wählerverzeichnis entspricht jetzt der Datei.
ui-voters-replaced-counts = { $added } hinzugefügt, { $removed } gestrichen, { $changed } geändert.
ui-voters-change-audit = Die Änderung steht mit ihrer Begründung im Prüfprotokoll.
ui-voters-search-placeholder = Name oder E-Mail
ui-voters-previous = ← Zurück
ui-voters-next = Weiter →
ui-voters-no-match = Niemand passt zu „{ $search }“.
ui-voters-none = Noch keine Wahlberechtigten: Importieren Sie das Wählerverzeichnis.
ui-voters-remove-name = { $name } streichen …
ui-voters-remove = Streichen …
ui-voters-range = { $from }–{ $to } von { $total }.
ui-voters-range-matching = { $from }–{ $to } von { $total } Treffern für „{ $search }“.
ui-voters-range-none = Nichts anzuzeigen.
ui-voters-range-none-matching = Keine Treffer für „{ $search }“.
ui-voters-heading = Wählerverzeichnis: { $n ->
        [one] { $n } Wahlberechtigter
       *[other] { $n } Wahlberechtigte
    }
ui-voters-search = Nach Name oder E-Mail suchen
ui-voters-table-label = Wahlberechtigte
ui-voters-delim-comma = Kommas
ui-voters-delim-semicolon = Semikolons
ui-voters-delim-tab = Tabulatoren
ui-voters-delim-pipe = senkrechte Striche

## The Ballots tab (views/term/ballots.ts)

ui-ballots-loading = Die Stimmzettelstapel werden geladen …
ui-ballots-file-label = Datei mit Stimmzetteln oder Summen
ui-ballots-file-hint = Stimmzettel, wie veröffentlicht: ein CSV-Raster, BLT, CIVS, Elekto, BetterVoting, Belenios oder eine Debian-Zählliste; oder Summen (eine CSV mit Kandidat/in und Stimmen oder ein Helios-Ergebnis). Das Format wird aus der Datei erkannt und angezeigt, bevor etwas importiert wird. Alle in der Datei genannten Kandidierenden müssen auf der Liste der Kandidierenden stehen.
ui-ballots-import = Stimmzettel importieren
ui-ballots-dialog-title = Datei mit Stimmzetteln oder Summen wählen
ui-ballots-filter = Stimmzettel oder Summen
ui-ballots-reading = Die Datei wird gelesen …
ui-ballots-importing = Wird importiert …
ui-ballots-imported-totals = Die Summen aus { $file } sind importiert: { $n ->
        [one] ein abgegebener Stimmzettel
       *[other] { $n } abgegebene Stimmzettel
    }.
ui-ballots-imported = { $n ->
        [one] Ein Stimmzettel
       *[other] { $n } Stimmzettel
    } aus { $file } importiert.
ui-ballots-imported-format = Format: { $format }. SHA-256 der Datei: { $sha }
ui-ballots-heading = Stimmzettel: { $n } in { $batches ->
        [one] { $batches } Stapel
       *[other] { $batches } Stapeln
    }
ui-ballots-none-typed = Noch keine Stimmzettel: Importieren Sie oben die Stimmzetteldatei oder geben Sie die Summen ein.
ui-ballots-none = Noch keine Stimmzettel: Importieren Sie oben die Stimmzetteldatei.
ui-ballots-none-closed = Es wurden keine Stimmzettel importiert.
ui-ballots-table-label = Stimmzettelstapel
ui-ballots-col-file = Datei
ui-ballots-col-imported = Importiert am

## The Results tab (views/term/results.ts)

ui-results-loading = Das Ergebnis wird geladen …
ui-results-counted = Die Stimmen sind ausgezählt.
ui-results-counted-winners = { $n ->
        [one] Eine gewählte Person
       *[other] { $n } Gewählte
    } für { $seats ->
        [one] { $seats } Sitz
       *[other] { $seats } Sitze
    }.
ui-results-count = Stimmen auszählen
ui-results-no-ballots = Es gibt noch keine Stimmzettel, also nichts auszuzählen. Importieren Sie zuerst die Stimmzettel (oder geben Sie die Summen ein) auf der Registerkarte „Stimmzettel“.
ui-results-will-count = { $n ->
        [one] Ein Stimmzettel wird
       *[other] { $n } Stimmzettel werden
    } nach dem Verfahren „{ $method }“ für { $seats ->
        [one] { $seats } Sitz
       *[other] { $seats } Sitze
    } ausgezählt. Wenn weitere Stimmzettel eintreffen, können Sie erneut auszählen.
ui-results-go-ballots = Zu den Stimmzetteln
ui-results-save-title = Ergebnisse speichern
ui-results-cert-title = Wahlniederschrift speichern
ui-results-saving = Die Ergebnisse werden gespeichert …
ui-results-making-cert = Die Wahlniederschrift wird erstellt …
ui-results-saved = Ergebnisse gespeichert.
ui-results-cert-saved = Wahlniederschrift gespeichert.
ui-results-winners = { $n ->
        [one] Gewählt
       *[other] Gewählt
    }
ui-results-save-csv = Ergebnisse als CSV speichern …
ui-results-save-cert = Wahlniederschrift speichern …
ui-results-count-again = Erneut auszählen
ui-results-warnings = Vor der Beglaubigung prüfen
ui-results-the-count = Die Auszählung
ui-results-method = Verfahren
ui-results-seats = Sitze
ui-results-ballots-counted = Ausgezählte Stimmzettel
ui-results-eligible = Wahlberechtigte im Wählerverzeichnis
ui-results-turnout = Wahlbeteiligung
ui-results-quorum = Quorum (Mindestbeteiligung)
ui-results-quorum-met = Erreicht
ui-results-quorum-not-met = Nicht erreicht
ui-results-counted-at = Ausgezählt am
ui-results-sha = SHA-256 der Stimmzettelmenge
ui-results-table-label = Ergebnisse je Kandidat/in
ui-results-col-employer = Arbeitgeber
ui-results-col-votes = Stimmen
ui-results-col-rank = Platz
ui-results-col-status = Ergebnis
ui-results-none-disqualified = Niemand wurde durch die Regeln ausgeschlossen.
ui-results-ties = Stimmengleichheiten
ui-results-no-ties = Keine Stimmengleichheit musste durch Los entschieden werden.
ui-results-tied = Stimmengleich: { $names }
ui-results-decided-order = Festgelegte Reihenfolge: { $names }
ui-results-decided = Entschieden von { $who } ({ $how }).
ui-results-decided-witnessed = Entschieden von { $who } ({ $how }), bezeugt von { $witness }.
ui-results-tie-casting-vote = ausschlaggebende Stimme
ui-results-tie-coin = Münzwurf
ui-results-tie-lot = Los
ui-results-tie-decision = Entscheidung
ui-results-draw-order = Ausgeloste Reihenfolge: { $names }
ui-results-rule = Regel: { $rule }
ui-results-rules = Angewandte Regeln

# The explanation: a tie settled in a round, a Debian defeat dropped.
ui-explain-action-tie = Gleichstand entschieden
ui-explain-action-defeat-dropped = Niederlage gestrichen
