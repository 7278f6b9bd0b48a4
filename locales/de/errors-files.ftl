# Fehlermeldungen zu den Dateien, die Scrutineer liest (Stimmzetteldateien aller Dienste,
# Summen, YAML, Elekto-Ordner, Wählerverzeichnisse): scrutineer-formats. Jede nennt die Datei,
# die Zeile und das Problem. Die Fehler des Kerns stehen in errors.ftl. Dateinamen,
# Spaltenköpfe und Schlüsselwörter der Formate (`candidate,votes`, `name:`) bleiben wie sie sind.

## Jede Datei lesen.
err-file-empty = die Datei ist leer
err-file-no-ballots = die Datei enthält keine Stimmzettel
err-file-too-large-bytes = die Datei ist größer als { $max } Byte: zu groß für ihren Inhalt
err-file-not-utf8 = die Datei ist kein gültiger UTF-8-Text: { $detail }
err-json-unreadable = das JSON kann nicht gelesen werden: { $detail }
err-export-unreadable = der Export kann nicht gelesen werden: { $detail }
err-csv-unreadable = die CSV-Datei kann nicht gelesen werden: { $detail }
err-figure-too-large = die Zahl { $n } ist zu groß: höchstens { $max } ist zulässig
err-not-ballots = dies ist eine Datei im Format { $format } (eine Zahl je Kandidierende/n), keine Stimmzettel
err-line-not-utf8 = die Zeile ist kein gültiger UTF-8-Text: Speichern Sie die Datei als UTF-8
err-utf8-cut = die Datei endet mitten in einem UTF-8-Zeichen: Speichern Sie die Datei als UTF-8
err-line-too-long = die Zeile ist länger als { $max } Byte: Dies ist keine Datei mit Stimmzetteln oder Summen (oder sie ist beschädigt)

## Die Formate unterscheiden (--format, Ordner).
err-input-folder-no-elekto = dieser Ordner enthält keine Wahl im Format { $format }: Erwartet wird darin eine election.yaml
err-input-folder-no-helios = dieser Ordner enthält keine Wahl im Format { $format }: Erwartet werden darin election.json und result.json
err-input-folder-format = dies ist ein Ordner, das Format { $format } wird aber aus einer Datei gelesen
err-input-folder-format-found = dies ist ein Ordner, das Format { $format } wird aber aus einer Datei gelesen (der Ordner enthält eine Wahl im Format { $found })
err-input-folder-not-election = dieser Ordner ist keine Wahl: Erwartet wird ein Elekto-Ordner (election.yaml), ein Helios-Ordner (election.json und result.json) oder eine Stimmzetteldatei
err-input-elekto-no-yaml = eine Elekto-Wahl wird aus ihrem Ordner gelesen (oder aus ihrer ballots.csv mit der election.yaml daneben): Die election.yaml wurde nicht gefunden
err-input-format-mismatch = die Datei wurde als { $given } angegeben (--format { $given }), ihr Inhalt ist aber { $found }: Geben Sie --format { $found } an oder auto, um das Format zu erkennen
err-input-empty = die Datei ist leer: Erwartet wird eine Datei mit Stimmzetteln oder Summen
err-input-with-election-json = eine Eingabe im Format { $format } wird aus ihrer Datei oder ihrem Ordner gelesen, mit der election.json daneben
err-input-with-election-and-result = eine Eingabe im Format { $format } wird aus ihrer Datei oder ihrem Ordner gelesen, mit election.json und result.json
err-input-with-candidates-csv = eine Eingabe im Format { $format } wird aus ihrer Datei oder ihrem Ordner gelesen, mit der candidates.csv daneben
err-input-with-election-yaml = eine Eingabe im Format { $format } wird aus ihrer Datei oder ihrem Ordner gelesen, mit der election.yaml und den Kandidatendateien

## Stimmzetteldateien (CSV, eine Spalte je Kandidierende/n).
err-grid-name-utf8 = der Name ist kein gültiges UTF-8 (ungültiges Byte an Position { $position }): Speichern Sie die Datei als UTF-8
err-grid-name-twice = der Name `{ $name }` steht zweimal in der Kopfzeile (Spalten { $first } und { $second }): Erwartet wird jede kandidierende Person genau einmal

## Dateien mit Ergebnissummen.
err-totals-header = erwartet wird die Kopfzeile `candidate,votes` (oder `candidate,count`), gefunden: `{ $found }`
err-totals-header-star = erwartet wird die Kopfzeile `candidate,votes` (oder `candidate,count`), gefunden: `{ $found }`: STAR-Summen lassen sich ohne ihre Stichwahl nicht auszählen (zählen Sie die Stimmzettel aus oder geben Sie das veröffentlichte Ergebnis ein)
err-totals-sum-too-large = die Summe der Stimmen übersteigt hier { $max }: zu groß

## BLT-Stimmzetteldateien.
err-blt-quote-open = ein Name oder Titel in Anführungszeichen ist nicht geschlossen: Erwartet wird ein schließendes { $quote } in derselben Zeile
err-blt-quoted-text = der Text „{ $text }“ in Anführungszeichen
err-blt-token = `{ $text }`
err-blt-ends-early = die Datei endet zu früh: Erwartet wird { $expected }
err-blt-expected-found = erwartet wird { $expected }, gefunden: { $found }
err-blt-what-candidates = die Zahl der Kandidierenden (eine ganze Zahl)
err-blt-what-seats = die Zahl der Sitze (eine ganze Zahl)
err-blt-what-ballot-or-end = eine Stimmzettelzeile oder die Zeile `0`, die die Stimmzettel abschließt
err-blt-what-ballot = eine Stimmzettelzeile
err-blt-what-name = der Name in Anführungszeichen von Kandidat/in { $candidate } von { $candidates }
err-blt-what-title = der Titel in Anführungszeichen (oder ein Titel allein in seiner Zeile) nach den Namen
err-blt-no-candidates = erwartet wird mindestens 1 kandidierende Person, gefunden: 0
err-blt-too-many-candidates = erwartet werden höchstens { $max } Kandidierende, gefunden: { $found }
err-blt-no-seats = erwartet wird mindestens 1 Sitz, gefunden: 0
err-blt-too-many-seats = erwartet { $max ->
        [one] wird höchstens 1 Sitz
       *[other] werden höchstens { $max } Sitze
    } (einer je kandidierende Person), gefunden: { $found }
err-blt-withdrawn = erwartet wird eine zurückgezogene Kandidatur `-N` mit N von 1 bis { $candidates } (eine Zeile mit Rückzügen enthält nichts anderes; Stimmzettelgewichte können nicht negativ sein), gefunden: { $found }
err-blt-withdrawn-twice = Kandidat/in { $candidate } ist zweimal als zurückgezogen angegeben
err-blt-ballot-id = erwartet wird eine Stimmzettelnummer in Klammern wie `(17)`, gefunden: { $found }
err-blt-weight-after-id = erwartet wird das Gewicht des Stimmzettels nach seiner Nummer
err-blt-weight-quoted = erwartet wird das Gewicht eines Stimmzettels (eine ganze Zahl ab 1) oder die Zeile `0`, die die Stimmzettel abschließt, gefunden: { $found } (fehlt die Zeile `0` am Ende der Stimmzettel?)
err-blt-weight = erwartet wird das Gewicht eines Stimmzettels (eine ganze Zahl ab 1) oder die Zeile `0`, die die Stimmzettel abschließt, gefunden: { $found }
err-blt-weight-fraction = erwartet wird das Gewicht eines Stimmzettels (eine ganze Zahl ab 1) oder die Zeile `0`, die die Stimmzettel abschließt, gefunden: { $found } (Bruchzahlen und negative Gewichte sind nicht zulässig)
err-blt-weight-zero = erwartet wird ein Stimmzettelgewicht von mindestens 1, gefunden: 0
err-blt-after-end = auf die `0`, die die Stimmzettel abschließt, dürfen nur die Namen in Anführungszeichen folgen (ein Gewicht von 0 ist kein Stimmzettel); gefunden: { $found }
err-blt-preference-quoted = erwartet wird die Nummer einer kandidierenden Person oder die abschließende 0, gefunden: { $found }
err-blt-preference = erwartet wird eine Kandidatennummer von 1 bis { $candidates } (oder gleichrangige wie `2=3`) oder die abschließende 0, gefunden: { $found }
err-blt-preference-twice = Kandidat/in { $candidate } steht mehr als einmal auf diesem Stimmzettel
err-blt-no-terminator = die Stimmzettelzeile endet nicht mit der abschließenden 0 (jeder Stimmzettel ist eine Zeile: Gewicht, Präferenzen, 0)
err-blt-after-terminator = erwartet wird das Ende der Stimmzettelzeile nach ihrer abschließenden 0, gefunden: { $found }
err-blt-weight-too-large = das Stimmzettelgewicht { $weight } ist zu groß: höchstens { $max } ist zulässig
err-blt-total-too-large = das Gesamtgewicht der Stimmzettel übersteigt mit diesem Stimmzettel { $max }: zu groß für die Auszählung
err-blt-name-empty = erwartet wird { $expected }, gefunden: ein leerer Name
err-blt-name-twice = Kandidat/in { $candidate } hat denselben Namen wie Kandidat/in { $first }: „{ $name }“
err-blt-title = erwartet wird der Titel nach { $names ->
        [one] dem 1 Namen
       *[other] den { $names } Namen
    } (in Anführungszeichen oder allein in seiner Zeile), gefunden: { $found }
err-blt-after-title = nach dem Titel werden nur Quellen- oder Kommentarzeilen in Anführungszeichen erwartet, gefunden: { $found }

## Belenios.
err-belenios-no-election = Belenios-Stimmzettel werden mit der election.json der Wahl daneben gelesen (für die Namen der Antworten): Sie wurde nicht gefunden
err-belenios-ballot-not-json = der Stimmzettel ist kein JSON: { $detail }
err-belenios-not-election = erwartet wird eine Belenios-Wahl: ein Objekt mit `questions`
err-belenios-questions = die Wahl hat { $questions } Fragen: Ausgezählt wird je eine Frage mit Rangfolge
err-belenios-not-ranked = die Frage ist nicht `NonHomomorphic`: Nur Fragen mit Rangfolge haben Stimmzettel zum Auszählen
err-belenios-no-answers-field = die Frage hat keine `answers`
err-belenios-answer-repeated = Antwort { $answer } ist leer oder doppelt
err-belenios-no-answers = die Frage hat keine Antworten
err-belenios-ballot-shape = erwartet wird ein Stimmzettel `[[r1, ..., r{ $n }]]`: eine Liste von { $n } Rängen (einer je Antwort)
err-belenios-rank = der Rang von Antwort { $answer } ist `{ $found }`: Erwartet wird eine ganze Zahl, 0 für nicht gereiht

## BetterVoting.
err-bettervoting-empty = die Datei ist leer: Erwartet wird die Kopfzeile `ballot_id,precinct,<candidates>`
err-bettervoting-header = erwartet wird eine BetterVoting-Kopfzeile, die mit `ballot_id,precinct` beginnt
err-bettervoting-races = dieser Export enthält mehrere Abstimmungen ({ $races }): Exportieren Sie für die Auszählung je Abstimmung eine Datei
err-bettervoting-no-candidates = die Kopfzeile nennt nach `ballot_id,precinct` keine kandidierende Person
err-bettervoting-row-width = diese Zeile hat { $cells ->
        [one] 1 Zelle
       *[other] { $cells } Zellen
    }, die Kopfzeile aber { $columns }: Erwartet wird eine Zelle je Spalte (ein Name mit Komma verschiebt die Spalten eines Exports ohne Anführungszeichen)
err-bettervoting-no-ballots = die Datei hat eine Kopfzeile, aber keine Stimmzettel
err-bettervoting-no-election = der Export enthält keine `Election`
err-bettervoting-race-count = die Wahl hat { $races } Abstimmungen: Exportieren Sie je Auszählung eine Abstimmung
err-bettervoting-race-differs = die Stimmzettel gehören zur Abstimmung `{ $ballots }`, die Abstimmung der Wahl ist aber `{ $race }`
err-bettervoting-race-method = das Wahlverfahren `{ $method }` der Abstimmung kennt dieses Lesemodul nicht (STAR, STAR_PR, Approval, Plurality, IRV, STV, RankedRobin)
err-bettervoting-candidate-name = Kandidat/in { $candidate } der Abstimmung hat einen leeren oder doppelten Namen `{ $name }`
err-bettervoting-unknown-id = ein Stimmzettel bewertet die Kandidaten-ID `{ $id }`, die es in der Abstimmung nicht gibt
err-bettervoting-score = ein Stimmzettel vergibt { $score } Punkte: Erwartet wird 0 bis { $max }
err-bettervoting-negative-mark = ein Stimmzettel enthält eine negative Markierung ({ $mark })
err-bettervoting-negative-rank = ein Stimmzettel enthält einen negativen Rang ({ $rank })
err-bettervoting-export-no-ballots = der Export enthält keine Stimmzettel

## CIVS.
err-civs-empty = die Datei ist leer: Erwartet wird eine Kopfzeile mit den Spalten `name` und `id`
err-civs-header = erwartet wird eine Kopfzeile mit den Spalten `name` und `id`
err-civs-name-empty = der Name der kandidierenden Person ist leer
err-civs-choice = die Auswahl `{ $choice }` passt zu keiner kandidierenden Person in candidates.csv (nach Name oder @Benutzername): Erwartet wird eine von { $names }

## Debian-Zählbögen.
err-debian-no-options = keine Optionen gefunden: Ein Debian-Zählbogen führt sie als `Option 1--->: name` auf
err-debian-rank = `{ $found }` ist kein Rang: Erwartet wird 1–9 (dann A–Z für 10–35) oder - für nicht gereiht
err-debian-ballot-before-options = eine Stimmzettelzeile (V:) steht vor der Liste der Optionen (Option 1--->: …)
err-debian-ballot-width = der Stimmzettel hat { $ranks ->
        [one] 1 Rangzeichen
       *[other] { $ranks } Rangzeichen
    }, es gibt aber { $options } Optionen
err-debian-option-rank = Option { $option } ({ $name }): { $problem }
err-debian-option-late = Option { $option } steht erst nach dem Beginn der Stimmzettel
err-debian-option-order = erwartet wird hier Option { $expected }, gefunden: Option { $found }: Die Optionen müssen der Reihe nach mit 1, 2, 3 … nummeriert sein
err-debian-option-no-name = Option { $option } hat keinen Namen

## Elekto-Ordner.
err-elekto-no-candidate-file = zur Kandidaten-ID `{ $id }` gibt es im Ordner keine Datei candidate-{ $id }.md mit `ID: { $id }`
err-elekto-no-opinion = ein Stimmzettel lässt eine kandidierende Person ungereiht (`No opinion`), die election.yaml hat aber allow_no_opinion: False
err-elekto-dashes-start = erwartet wird, dass der Kopfblock der kandidierenden Person mit einer Zeile aus Bindestrichen (---) beginnt
err-elekto-header-block = erwartet wird ein Kopfblock zwischen zwei Zeilen aus Bindestrichen (---) mit `name:` und `ID:`
err-elekto-header-name = im Kopfblock wird `name:` erwartet
err-elekto-header-id = im Kopfblock wird `ID:` erwartet
err-elekto-not-list = `{ $key }` muss ein einzelner Wert sein, keine Liste
err-elekto-no-name = erwartet wird `name:`, der Titel der Wahl
err-elekto-no-seats = erwartet wird `no_winners:`, die Zahl der Sitze
err-elekto-seats = erwartet wird für `no_winners` eine ganze Zahl ab 1, gefunden: `{ $found }`
err-elekto-no-opinion-value = erwartet wird für `allow_no_opinion` True oder False, gefunden: `{ $found }`
err-elekto-no-column = die kandidierende Person `{ $name }` ({ $id }) hat keine Spalte in ballots.csv
err-elekto-no-voters = erwartet wird `eligible_voters:`, die Liste der IDs der Wahlberechtigten
err-elekto-voter-id = jede wahlberechtigte Person muss eine einzelne ID sein (`- github-id`)
err-elekto-voters-list = erwartet wird für `eligible_voters:` eine Liste von IDs

## Helios.
err-helios-no-result = das Helios-Ergebnis wurde neben der Wahl nicht gefunden: Erwartet wird result.json, { $stem }-result.json oder { $stem }.result.json (gespeichert von …/elections/<uuid>/result)
err-helios-not-election = erwartet wird eine Helios-Wahl: ein Objekt mit einer Liste `questions`
err-helios-no-question = die Wahl hat { $questions ->
        [one] 1 Frage
       *[other] { $questions } Fragen
    }: Eine Frage { $question } gibt es nicht
err-helios-no-answers = Frage { $question } hat keine Liste `answers`
err-helios-answer-not-name = Antwort { $answer } von Frage { $question } ist kein Name
err-helios-answer-twice = die Antwort `{ $name }` kommt in Frage { $question } zweimal vor
err-helios-not-result = erwartet wird das Helios-Ergebnis: je Frage eine Liste von Stimmenzahlen, etwa [[45, 44, 33]]
err-helios-result-questions = das Ergebnis hat { $lists ->
        [one] 1 Liste von Stimmenzahlen
       *[other] { $lists } Listen von Stimmenzahlen
    }, die Wahl aber { $questions ->
        [one] 1 Frage
       *[other] { $questions } Fragen
    }: Gehören diese Dateien zu derselben Wahl?
err-helios-counts-not-list = die Stimmenzahlen von Frage { $question } sind keine Liste
err-helios-counts-differ = Frage { $question } hat { $answers } Antworten, das Ergebnis nennt aber { $counts } Stimmenzahlen
err-helios-count = die Stimmenzahl für `{ $name }` (Frage { $question }, Antwort { $answer }) ist `{ $found }`: Erwartet wird eine ganze Zahl von 0 bis { $max }
err-helios-sum-too-large = die Summe der Stimmenzahlen ist zu groß

## YAML (election.yaml).
err-yaml-item-continues = erwartet wird `name: value` als Fortsetzung des Listeneintrags darüber
err-yaml-item-not-mapping = eine Zeile `name: value` folgt auf einen Listeneintrag, der keine Zuordnung ist
err-yaml-expected-value-or-item = erwartet wird unter `{ $key }` eine Zeile `name: value` oder ein Listeneintrag `- value`, gefunden: `{ $found }`
err-yaml-expected-item = erwartet wird unter `{ $key }` ein Listeneintrag `- value`, gefunden: `{ $found }`
err-yaml-quote-one-line = ein Wert in Anführungszeichen muss hier in einer Zeile stehen
err-yaml-single-quote = ein Wert in einfachen Anführungszeichen wird in seiner Zeile nicht geschlossen
err-yaml-double-quote = ein Wert in doppelten Anführungszeichen wird in seiner Zeile nicht geschlossen
err-yaml-escape = die Escape-Folge `{ $escape }` in einem Wert in doppelten Anführungszeichen wird hier nicht unterstützt
err-yaml-backslash = ein Wert in doppelten Anführungszeichen endet mit einem einzelnen Backslash
err-yaml-unsupported = `{ $found }` ist YAML, das dieses Lesemodul nicht annimmt (Anker, Tags, Flow-Zuordnungen): Schreiben Sie einen einfachen Wert
err-yaml-margin = erwartet wird eine Zeile `key: value`, die am linken Rand beginnt
err-yaml-key-value = erwartet wird eine Zeile `key: value`, gefunden: `{ $found }`
err-yaml-key-twice = der Schlüssel `{ $key }` kommt zweimal vor (Zeilen { $first } und { $line })
err-yaml-flow-list = eine Liste `[...]` muss in ihrer Zeile geschlossen werden

## Wählerverzeichnisse und andere ganz gelesene CSV- und Textdateien (eine Vorstellung, eine CSV-Datei mit Wahlvorschlägen).
err-rollfile-empty = die Datei ist leer: Erwartet werden eine Kopfzeile und eine Zeile je wahlberechtigte Person
err-rollfile-nul-at = enthält ein NUL-Byte (bei Byte { $at }): Dies ist eine Binärdatei, keine CSV-Textdatei
err-rollfile-delimiter = das Trennzeichen muss ein ASCII-Zeichen außer einem Anführungszeichen oder Zeilenumbruch sein, nicht das Byte { $byte }
err-rollfile-no-text = enthält keinen Text: Erwartet werden eine Kopfzeile und eine Zeile je wahlberechtigte Person
err-rollfile-not-header = die erste Zeile ist keine CSV-Kopfzeile: { $reason }
err-rollfile-field-long = Spalte { $column } ist länger als { $kib } KiB: Das sind keine Angaben einer wahlberechtigten Person (ein fehlerhaftes Anführungszeichen?)
err-rollfile-row-long = die Zeile ist länger als { $kib } KiB (ein fehlerhaftes Anführungszeichen?)
err-rollfile-many-fields = die Zeile hat mehr als { $max } Felder
err-rollfile-no-rows = hat eine Kopfzeile ({ $header }), aber keine Zeilen mit Wahlberechtigten
err-rollfile-nul = enthält NUL-Zeichen: Dies ist eine Binärdatei oder Text in einer Kodierung, die hier nicht gelesen wird (UTF-32?)
err-rollfile-controls = { $controls } der ersten { $total } Zeichen sind Steuerzeichen: Dies ist eine Binärdatei, keine CSV-Textdatei
err-rollfile-too-large-mib = ist größer als { $mib } MiB: zu groß (erwartet: { $what })
err-rollfile-mapping = die Zuordnung { $field }={ $header } nennt keine Spalte: Die Spalten sind { $columns }
err-text-too-large-kib = ist größer als { $kib } KiB: zu lang (erwartet: { $what })
err-text-nul = enthält NUL-Bytes: Dies ist eine Binärdatei, kein Text (erwartet: { $what })
err-text-not-utf8 = ist kein UTF-8-Text ({ $detail }): Speichern Sie die Datei ({ $what }) als UTF-8
err-what-statement = Vorstellung
err-what-group-list = Gruppenliste
err-what-sitting-members = Liste der amtierenden Mitglieder
err-what-nominations-csv = CSV-Datei mit Wahlvorschlägen
err-what-form-csv = CSV-Datei eines Formulars
err-voted-nul = enthält NUL-Bytes: Dies ist eine Binärdatei (oder UTF-16-Text), keine Liste von E-Mail-Adressen
err-voted-no-email-column = keine Spalte mit E-Mail-Adressen: Erwartet wird eine Kopfzeile wie email oder e-mail address oder eine E-Mail-Adresse je Zeile
err-rollfile-zip = dies ist ein ZIP-Archiv, etwa eine Excel- (.xlsx) oder LibreOffice-Arbeitsmappe (.ods), keine CSV-Textdatei: Öffnen Sie sie in der Tabellenkalkulation und speichern Sie sie als CSV
err-rollfile-xls = dies ist eine alte Excel-Arbeitsmappe (.xls), keine CSV-Textdatei: Öffnen Sie sie in der Tabellenkalkulation und speichern Sie sie als CSV
err-rollfile-pdf = dies ist ein PDF-Dokument, keine CSV-Textdatei
err-rollfile-gzip = dies ist eine gzip-komprimierte Datei, keine CSV-Textdatei: Entpacken Sie sie zuerst
err-rollfile-sqlite = dies ist eine SQLite-Datenbank, keine CSV-Textdatei

## Abgewiesene Zeilen eines Wählerverzeichnisses (die Gründe werden englisch gespeichert und wie
## die aus errors.ftl zurückgelesen: Die IDs beginnen mit err-roll-).
err-roll-field-long = Spalte '{ $column }' ist länger als { $kib } KiB: Das sind keine Angaben einer wahlberechtigten Person (ein fehlerhaftes Anführungszeichen?)
err-roll-field-long-n = Spalte { $column } ist länger als { $kib } KiB: Das sind keine Angaben einer wahlberechtigten Person (ein fehlerhaftes Anführungszeichen?)
err-roll-row-long = die Zeile ist länger als { $kib } KiB (ein fehlerhaftes Anführungszeichen?)
err-roll-many-fields = die Zeile hat mehr als { $max } Felder
err-roll-bad-bytes = Spalte '{ $column }' enthält Bytes, die kein gültiges { $encoding } sind ('{ $value }'): Wählen Sie die Kodierung der Datei
err-roll-bad-bytes-n = Spalte { $column } enthält Bytes, die kein gültiges { $encoding } sind ('{ $value }'): Wählen Sie die Kodierung der Datei
