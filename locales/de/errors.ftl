# Fehlermeldungen: was Scrutineer sagt, wenn es etwas ablehnt oder etwas
# misslingt (Befehlszeile und Fenster). Namen, Pfade und Dateinamen sind
# Variablen und werden nie übersetzt.

## Wo das Problem einer Datei liegt: Datei, Zeile, Spalte, Problem.
err-file = { $file }: { $problem }
err-file-line = { $file }:{ $line }: { $problem }
err-file-column = { $file }: Spalte { $column }: { $problem }
err-file-line-column = { $file }:{ $line }: Spalte { $column }: { $problem }
err-path = { $path }: { $problem }
err-detail = { $detail }
err-with-hint = { $error }, { $hint }

## Fehler des Betriebssystems, in Worten.
err-os-not-found = diese Datei oder diesen Ordner gibt es nicht
err-os-permission = Sie haben keine Berechtigung dafür
err-os-exists = sie ist bereits vorhanden
err-os-is-folder = das ist ein Ordner, keine Datei
err-os-not-folder = ein Teil des Pfads ist eine Datei, kein Ordner
err-os-read-only = der Datenträger ist schreibgeschützt
err-os-disk-full = der Datenträger ist voll
err-os-quota = Ihr Speicherkontingent ist aufgebraucht
err-os-too-large = die Datei ist zu groß für den Datenträger
err-os-folder-not-empty = der Ordner ist nicht leer
err-os-bad-name = der Dateiname ist hier nicht zulässig
err-os-cross-device = sie kann nicht auf einen anderen Datenträger verschoben werden
err-os-invalid-data = ihr Inhalt ist nicht wie erwartet
err-os-cut-short = die Datei endet zu früh (wurde sie abgeschnitten?)
err-os-interrupted = der Vorgang wurde unterbrochen; versuchen Sie es bitte erneut
err-os-broken-pipe = das Programm, das die Ausgabe liest, wurde beendet
err-os-memory = der Arbeitsspeicher des Computers reicht nicht aus
err-os-refused = der Computer hat den Vorgang abgelehnt

## Dateien lesen.
err-cannot-read = die Datei kann nicht gelesen werden: { $reason }
err-cannot-read-folder = der Ordner kann nicht gelesen werden: { $reason }
err-cannot-open = die Datei kann nicht gelesen werden, weil sie sich nicht öffnen lässt ({ $reason })
err-not-a-file = ist { $what ->
        [folder] ein Ordner
        [fifo] eine benannte Pipe (FIFO)
        [socket] ein Socket
        [char-device] ein zeichenorientiertes Gerät
        [block-device] ein blockorientiertes Gerät
       *[other] etwas anderes
    } und keine gewöhnliche Datei: Geben Sie eine auf dem Datenträger gespeicherte Datei an
err-nul-byte = die Datei enthält ein NUL-Byte: Sie ist eine Binärdatei, keine Textdatei mit Stimmzetteln oder Ergebnissen

## Die Wahldatei.
err-busy = die Wahldatei wird von einem anderen Programm verwendet (vielleicht vom Scrutineer-Fenster); schließen Sie es oder versuchen Sie es erneut
err-database = Fehler in der Wahldatei: { $detail }
err-folder-missing = den Ordner { $folder } gibt es nicht; legen Sie ihn zuerst an
err-cannot-open-db = die Wahldatei { $path } lässt sich nicht öffnen: { $detail }
err-not-election-file = { $path } ist keine Scrutineer-Wahldatei (oder sie ist beschädigt): { $detail }
err-newer-file = { $path } wurde von einer neueren Scrutineer-Version geschrieben (Dateiversion { $version }, diese Version liest bis { $supported }); aktualisieren Sie Scrutineer

## Phasen.
err-stage-draft = Entwurf
err-stage-nominations = Wahlvorschläge
err-stage-voting = Abstimmung
err-stage-counted = ausgezählt
err-stage-certified = beglaubigt

## Wahlen.
err-term-not-found = es gibt keine Wahl mit dem Namen „{ $term }“
err-term-exists = eine Wahl mit dem Namen „{ $term }“ gibt es bereits
err-certified = die Wahl „{ $term }“ ist beglaubigt: Ihr Ergebnis ist endgültig, und sie kann nicht mehr geändert werden
err-stage-move = die Wahl „{ $term }“ ist in der Phase { $stage }; sie kann nicht in die Phase { $to } wechseln
err-stage-count-first = zählen Sie die Wahl aus, um sie in die Phase „ausgezählt“ zu bringen
err-stage-certify-with = beglaubigen Sie die Wahl „{ $term }“ mit dem Namen der Wahlleiterin oder des Wahlleiters: scrutineer term certify "{ $term }" --officer NAME [--witness NAME]
err-no-nominees-yet = die Wahl „{ $term }“ hat noch keine Kandidierenden: Tragen Sie die Kandidierenden ein, bevor Sie Stimmzettel einlesen
err-no-ballots-yet = die Wahl „{ $term }“ hat noch keine Stimmzettel: Lesen Sie die Stimmzettel ein, bevor Sie auszählen
err-not-counted = die Wahl „{ $term }“ ist noch nicht ausgezählt: Zählen Sie sie zuerst aus
err-no-standing-nominee = die Wahl „{ $term }“ hat keine antretende Person namens „{ $name }“.
err-no-standing-nominee-near = die Wahl „{ $term }“ hat keine antretende Person namens „{ $name }“. Meinten Sie { $near }?
err-certified-language = die Wahl „{ $term }“ ist beglaubigt: Ihre Wahlniederschrift wurde auf { $language } unterzeichnet, daher kann die Sprache ihrer Dokumente nicht mehr geändert werden
err-edit-reason = geben Sie einen Grund für die Änderung an (er wird im Prüfprotokoll vermerkt)
err-delete-reason = geben Sie einen Grund für das Löschen der Wahl an (er wird im Prüfprotokoll vermerkt)
err-method-kind = für die Wahl „{ $term }“ wurden bereits Stimmzettel für { $old } eingelesen; { $new } liest eine andere Art von Stimmzetteln, daher kann das Verfahren nicht mehr dorthin geändert werden
err-cap-zero = die Höchstzahl Gewählter je Arbeitgeber muss mindestens 1 sein (keine Angabe bedeutet keine Begrenzung)
err-quorum-range = das Quorum muss ein Prozentsatz von 1 bis 100 sein
err-nothing-to-change = nichts zu ändern: Die Wahl „{ $term }“ hat bereits diese Einstellungen
err-delete-has-ballots = die Wahl „{ $term }“ hat Stimmzettel und kann daher nicht gelöscht werden (ihre Stimmzettel gehören zu den Wahlunterlagen)

## Stimmzettel und Ergebnisse.
err-ballots-count-differs = { $file }: Die Datei enthält { $count ->
        [one] 1 Stimmzettel
       *[other] { $count } Stimmzettel
    }, nicht die mit --ballots angegebenen { $given }
err-totals-cast-differs = { $file }: Die Datei nennt { $cast } abgegebene Stimmzettel, nicht die mit --ballots angegebenen { $given }
err-totals-cast-missing = { $file }: Dies sind Ergebnissummen, und die Datei sagt nicht, wie viele Stimmzettel abgegeben wurden: Geben Sie die Zahl der abgegebenen Stimmzettel an (--ballots N)

## Beglaubigung.
err-certify-officer = zur Beglaubigung wird der Name der Wahlleiterin oder des Wahlleiters benötigt: { $problem }
err-certify-not-counted = die Wahl „{ $term }“ ist in der Phase { $stage }: Zählen Sie sie aus, bevor Sie sie beglaubigen
err-certify-needs-officer = zur Beglaubigung wird der Name der Wahlleiterin oder des Wahlleiters benötigt: Geben Sie --officer NAME an (oder legen Sie ihn einmalig mit `scrutineer settings officer NAME` fest)

## Sicherungen.
err-backup-create = die Sicherung { $path } kann nicht angelegt werden: { $detail }
err-backup-bad-name = „{ $name }“ ist nicht der Name einer Sicherung: Geben Sie einen Namen aus `scrutineer backup list` an
err-backup-not-found = es gibt keine Sicherung namens „{ $name }“ in { $folder }
err-backup-cannot-open = { $path }: Die Sicherung lässt sich nicht öffnen: { $detail }
err-restore-not-election-file = { $path } ist keine Scrutineer-Wahldatei ({ $why }); es wurde nichts wiederhergestellt

## Prüfungen.
err-audit-fails = die Wahldatei besteht die Prüfung nicht:
    { $problems }
err-bundle-fails = das Ergebnispaket besteht die Prüfung nicht:
    { $problems }

## Abgelehnte Zeilen eines Wählerverzeichnisses.
err-roll-no-email = keine E-Mail-Adresse (Spalte „{ $column }“ ist leer)
err-roll-no-email-n = keine E-Mail-Adresse (Spalte { $column } ist leer)
err-roll-not-email = „{ $email }“ ist keine E-Mail-Adresse: { $why }
err-roll-not-email-dot = „{ $email }“ ist keine E-Mail-Adresse: Die Domain „{ $domain }“ enthält keinen Punkt
err-roll-not-email-part = „{ $email }“ ist keine E-Mail-Adresse: Die Domain „{ $domain }“ hat einen leeren Teil
err-roll-not-email-contains = „{ $email }“ ist keine E-Mail-Adresse: Sie enthält „{ $char }“
err-email-one-at = es muss genau ein „@“ enthalten sein
err-email-nothing-before = vor dem „@“ steht nichts
err-email-space = sie enthält ein Leerzeichen
err-roll-no-name = kein Name (Spalte „{ $column }“ leer)
err-roll-no-name-2 = kein Name (Spalten „{ $first }“ und „{ $last }“ leer)
err-roll-weight = das Stimmgewicht „{ $weight }“ in Spalte „{ $column }“ ist keine ganze Zahl von mindestens 1
err-roll-duplicate-email = doppelt: Die E-Mail-Adresse „{ $email }“ steht bereits in Zeile { $line }
err-roll-duplicate-email-earlier = doppelt: Die E-Mail-Adresse „{ $email }“ steht bereits in einer früheren Zeile
err-roll-duplicate-id = doppelt: Die Mitgliedsnummer „{ $id }“ steht bereits in Zeile { $line }
err-roll-duplicate-id-earlier = doppelt: Die Mitgliedsnummer „{ $id }“ steht bereits in einer früheren Zeile
err-roll-on-roll = { $email } steht bereits im Wählerverzeichnis
err-roll-not-on-roll = { $email } steht nicht im Wählerverzeichnis
err-roll-fields = die Zeile hat { $found } Felder, die Kopfzeile aber { $expected }: ein Wert mit einem „{ $delimiter }“ ohne Anführungszeichen?

## Die Kopfzeile eines Wählerverzeichnisses.
err-roll-header-is-voter = die erste Zeile sieht nach einer wahlberechtigten Person aus, nicht nach einer Kopfzeile mit den Spaltennamen: Fügen Sie eine erste Zeile wie name,email ein (die erste Zeile enthält { $columns })
err-roll-no-email-column = keine E-Mail-Spalte: Die erste Zeile sollte die Spalten benennen, eine davon email, e-mail, email address oder mail (oder ordnen Sie eine mit email=KOPF zu); die erste Zeile enthält { $columns }
err-roll-no-name-column = keine Namensspalte: Erwartet wird name, full name oder display name, oder first name und last name (oder ordnen Sie eine mit name=KOPF zu); die erste Zeile enthält { $columns }

## Kandidaturen.
err-nominations-close-before-open = die Einreichungsfrist kann nicht enden ({ $closes }), bevor sie beginnt ({ $opens })
err-statement-limit-zero = die Höchstlänge der Vorstellungstexte muss mindestens 1 Wort sein (lassen Sie sie weg, um nicht zu begrenzen)
err-seconders-too-many = { $n } Unterstützende: Es können höchstens 1000 verlangt werden
err-seconder-twice = { $email } ist zweimal als unterstützende Person angegeben
err-seconder-is-nominator = { $email } hat { $name } vorgeschlagen und kann die Kandidatur daher nicht auch unterstützen
err-seconder-is-nominee = { $email } ist die eigene E-Mail-Adresse der kandidierenden Person: Niemand kann die eigene Kandidatur unterstützen
err-nominee-exists = „{ $name }“ kandidiert bereits bei der Wahl „{ $term }“
err-nominee-not-found = die Wahl „{ $term }“ hat keine kandidierende Person namens „{ $name }“
err-nominee-edit-nothing = die Änderung ändert nichts: Die Angaben zu { $name } haben bereits diese Werte
err-nominee-withdrawn = { $name } hat die Kandidatur zurückgezogen
err-already-endorsed = { $email } hat { $name } bereits unterstützt oder empfohlen
err-already-accepted = { $name } hat die Kandidatur am { $when } angenommen

## Stimmzettelstapel.
err-small-batch = { $file }: Dieser Stapel enthält { $count ->
        [one] 1 Stimmzettel
       *[other] { $count } Stimmzettel
    }, weniger als die Geheimhaltungsschwelle der Wahl „{ $term }“ ({ $min }): So wenige Stimmzettel ließen sich den Personen zuordnen, die gerade gewählt haben. Lesen Sie sie zusammen mit weiteren Stimmzetteln ein oder geben Sie mit --small-batch-reason einen Grund an
err-totals-and-ballots = für die Wahl „{ $term }“ wurden veröffentlichte Ergebnissummen eingegeben: Summen und Stimmzettel können nicht in einer Auszählung gemischt werden

## Eigene Prüfungen der Befehlszeile.
err-majority-form = --majority { $given }: erwartet wird OPTION=N (z. B. "Amendment B=3" für 3:1)
err-majority-number = --majority { $given }: N muss eine ganze Zahl von mindestens 1 sein
err-debian-only = --quorum-voters, --majority und --default sind Parameter der Debian-Verfassung: Verwenden Sie sie mit --method debian
err-sitting-csv = keine gültige CSV-Zeile: { $detail }
err-sitting-fields = erwartet werden 2 Felder (name,employer), gefunden: { $found }
err-unknown-stage = unbekannte Phase „{ $stage }“; erwartet wird eine von: draft, nominations, voting, counted, certified
err-unknown-roll-format = unbekanntes Format für das Wählerverzeichnis „{ $format }“; erwartet wird csv, helios, emails oder voted
err-stdout-closed = die Standardausgabe ist geschlossen
err-stdout-write = in die Standardausgabe kann nicht geschrieben werden: { $reason }

## Stimmzetteldateien (eine Spalte je Kandidierende/n).
err-grid-empty = die Datei ist leer: Erwartet wird eine Kopfzeile mit den Namen der Kandidierenden und danach eine Zeile je Stimmzettel
err-grid-header-empty = die Kopfzeile ist leer: Erwartet werden die Namen der Kandidierenden, durch Kommas getrennt
err-grid-row-width = diese Zeile hat { $cells ->
        [one] 1 Zelle
       *[other] { $cells } Zellen
    }, die Kopfzeile nennt aber { $candidates ->
        [one] 1 kandidierende Person
       *[other] { $candidates } Kandidierende
    }: Erwartet wird eine Zelle je kandidierender Person
err-grid-no-ballots = die Datei hat eine Kopfzeile, aber keine Stimmzettel: Erwartet wird nach der Kopfzeile eine Zeile je Stimmzettel
err-grid-name-empty = ein Name in der Kopfzeile ist leer: Erwartet wird ein Name in jeder Zelle der Kopfzeile
err-grid-utf8 = die Zelle ist kein gültiges UTF-8 (ungültiges Byte an Position { $position }): Speichern Sie die Datei als UTF-8
err-grid-rank = erwartet wird ein Rang (1, 2, …), `No opinion` oder eine leere Zelle, gefunden: `{ $found }`
err-grid-approval = erwartet wird eine Zustimmung (`1`, `x`, `yes`, `y`, `true`) oder keine Zustimmung (`0`, `no`, `n`, `false` oder eine leere Zelle), gefunden: `{ $found }`
err-grid-score = erwartet wird eine Punktzahl von 0 bis { $max } oder eine leere Zelle, gefunden: `{ $found }`

## Aufzählungen und weitere Prüfungen der Stimmzettel.
err-and-list = { $first } und { $last }
err-ballot-column-not-nominee = „{ $name }“ kandidiert nicht bei der Wahl „{ $term }“. (Es kandidieren { $nominees }.)
err-ballot-column-not-nominee-near = „{ $name }“ kandidiert nicht bei der Wahl „{ $term }“. Meinten Sie { $near }? (Es kandidieren { $nominees }.)
err-no-tie-waiting = die Auszählung der Wahl „{ $term }“ wartet auf keine Entscheidung bei Stimmengleichheit (ihre Regel ist nicht „officer“, oder es ist keine Stimmengleichheit zu entscheiden)
err-no-ballots-at-stage = die Wahl „{ $term }“ kann in der Phase { $stage } keine Stimmzettel aufnehmen
err-file-at-line-column = { $file }: Zeile { $line }: Spalte { $column }: { $problem }

## Dateien mit veröffentlichten Ergebnissummen.
err-totals-empty = die Datei ist leer: Erwartet wird die Kopfzeile `candidate,votes` und danach eine Zeile je kandidierender Person
err-totals-row-width = diese Zeile hat { $cells ->
        [one] 1 Zelle
       *[other] { $cells } Zellen
    }: Erwartet werden zwei, die kandidierende Person und ihre Angabe „{ $figure }“
err-totals-not-number-ballots = erwartet wird eine ganze Zahl von Stimmzetteln, gefunden: `{ $found }`
err-totals-not-number-votes = erwartet wird eine ganze Zahl von Stimmen, gefunden: `{ $found }`
err-totals-ballots-twice = die Zahl der Stimmzettel ist zweimal angegeben (Zeilen { $first } und { $line })
err-totals-name-empty = der Name der kandidierenden Person ist leer
err-totals-candidate-twice = die kandidierende Person `{ $name }` steht zweimal in der Liste (Zeilen { $first } und { $line })
err-totals-no-candidates = die Datei hat eine Kopfzeile, aber keine Kandidierenden: Erwartet wird eine Zeile je kandidierender Person
err-totals-more-votes-than-ballots = es wurden { $ballots } Stimmzettel abgegeben, aber `{ $name }` hat { $votes } Stimmen: Ein Stimmzettel zählt für eine kandidierende Person höchstens einmal

## In eine Wahl eingegebene veröffentlichte Ergebnissummen.
err-totals-no-nominees-yet = die Wahl „{ $term }“ hat noch keine Kandidierenden: Tragen Sie die Kandidierenden ein, bevor Sie Ergebnissummen eingeben
err-totals-method = die Wahl „{ $term }“ wird nach { $method } ausgezählt, und dafür braucht es die Stimmzettel: Summen enthalten keine Ränge oder Punkte, daher lassen sich nur Zustimmungs- und Mehrheitswahlen aus Summen auszählen
err-totals-given-twice = { $file }: „{ $name }“ ist zweimal angegeben
err-totals-votes-over-ballots = { $file }: „{ $name }“ hat { $votes } Stimmen, aber es wurden nur { $ballots } Stimmzettel abgegeben
err-totals-sum-over-ballots = { $file }: Die Stimmen ergeben zusammen { $sum }, mehr als die { $ballots } abgegebenen Stimmzettel (eine Stimme je Stimmzettel)
err-totals-missing = { $file }: keine Zahl für { $names } (geben Sie 0 an, wenn jemand keine Stimmen hat)
err-ballots-and-totals = die Wahl „{ $term }“ hat bereits Stimmzettel: Summen und Stimmzettel können nicht in einer Auszählung gemischt werden
err-totals-entries-differ = die beiden Eingaben der Summen weichen voneinander ab, daher wurde nichts gespeichert ({ $differences }); prüfen Sie die Zahlen an der Quelle und geben Sie sie erneut ein

## Die erklärten Regeln einer Wahl und Stimmengleichheit.
err-cap-fraction = „{ $given }“ ist kein Bruchteil des Gremiums wie 1/3 (Zähler und Nenner, 0 < n/d <= 1)
err-quorum-voters = das Quorum „{ $given }“ ist keine positive Zahl von Wählenden (etwa 2 oder 37.4)
err-quorum-too-large = das Quorum „{ $given }“ ist zu groß
err-unknown-tie-rule = unbekanntes Verfahren bei Stimmengleichheit „{ $given }“; erwartet wird eines von: { $known }
err-debian-params = Quorum der Wählenden, Mehrheiten und Standardoption sind Parameter der Debian-Verfassung: Verwenden Sie sie mit --method debian, nicht mit { $method }
err-majority-ratio = die Mehrheit für „{ $option }“ muss N:1 mit N mindestens 1 sein
err-majority-twice = für „{ $option }“ ist zweimal eine Mehrheit angegeben
err-sitting-twice = „{ $name }“ steht zweimal unter den amtierenden Mitgliedern
err-unknown-decision-method = unbekannte Art, eine Stimmengleichheit zu entscheiden: „{ $given }“; erwartet wird eine von: { $known }
err-tie-order = die Reihenfolge muss jede stimmengleiche kandidierende Person genau einmal nennen ({ $tied }); sie nennt: { $order }
err-blank-meanings-differ = die Stimmzettelstapel stammen aus Formaten, in denen ein leeres Feld Verschiedenes bedeutet (kein Zweikampf oder hinter allen mit Rang): Sie können nicht zusammen ausgezählt werden

## Auszählen von Dateien ohne Wahldatei (scrutineer count).
err-count-no-file = geben Sie eine Datei zum Auszählen an
err-count-several-not-totals = { $file }: Mehrere Dateien werden nur zusammengezählt, wenn es Ergebnissummen sind (Teilergebnisse einer Wahl); diese enthält Stimmzettel
err-count-candidates-differ = { $file }: Ihre Kandidierenden ({ $candidates }) sind nicht die von { $first } ({ $first-candidates })
err-count-overflow = { $file }: Die Stimmen für { $name } übersteigen den Zahlenbereich
err-count-option-number = die Option { $n } gibt es nicht: Die Optionen sind von 1 bis { $last } nummeriert
err-count-option-name = „{ $given }“ ist keine Option; die Optionen sind: { $options }
err-count-officer-needs-file = --tie-break officer braucht eine Wahldatei, um die Entscheidung festzuhalten: Legen Sie eine Wahl mit --tie-break officer an, lesen Sie die Stimmzettel ein und zählen Sie mit scrutineer tally aus
err-count-tie-break = --tie-break { $given }: erwartet wird draw oder psf
err-count-max-per-group = --max-per-group muss mindestens 1 sein
err-count-ballots-differ = --ballots { $given }, aber laut den Summen wurden { $cast } Stimmzettel abgegeben
err-groups-fields = erwartet werden 2 Felder (candidate,group), gefunden: { $found }
err-groups-not-candidate = „{ $name }“ kandidiert nicht in der Stimmzetteldatei
err-groups-twice = „{ $name }“ steht zweimal in der Liste

## Aus einem Formular oder einem Elekto-Ordner eingelesene Kandidaturen.
err-map-form = --map { $given }: erwartet wird FELD=KOPF (z. B. name="Ihr Name")
err-map-field = --map { $given }: unbekanntes Feld „{ $field }“; die Felder sind: { $fields }
err-map-column = --map { $given }: Die Datei hat keine Spalte „{ $header }“; ihre Spalten sind: { $columns }
err-form-no-name-column = keine Spalte enthält den Namen der kandidierenden Person (gesucht wurde eine Überschrift wie „Nominee“ oder „Name“); die Spalten sind: { $columns }. Geben Sie an, welche Spalte ihn enthält (auf der Befehlszeile: --map name=KOPF)
err-elekto-no-candidates = { $folder }: Der Ordner enthält keine Datei candidate-*.md
err-unknown-encoding = die Zeichenkodierung „{ $given }“ ist unbekannt: Schreiben Sie utf-8, utf-16le, windows-1252, windows-1250, iso-8859-2 oder einen anderen üblichen Namen
err-file-at-line = { $file }: Zeile { $line }: { $problem }
err-form-bad-header = keine gültige CSV-Kopfzeile: { $detail }
err-nominees-closed = die Wahl „{ $term }“ ist in der Phase { $stage }: Die Stimmabgabe hat begonnen, daher ist die Liste der Kandidierenden geschlossen

## Veröffentlichen der Kandidierendenliste.
err-elekto-out-is-file = { $path }: Der Elekto-Export ist ein Ordner, und dies ist eine Datei
err-elekto-folder-not-empty = { $path }: Der Ordner enthält bereits { $file }, das zu keiner kandidierenden Person dieser Wahl gehört; exportieren Sie in einen leeren Ordner
err-helios-approval-only = Helios zählt nur Zustimmungsstimmzettel aus, und die Wahl „{ $term }“ wird nach { $method } ausgezählt: Richten Sie die Wahl bei einem Dienst ein, der Rangfolgen oder Punkte annimmt
err-bettervoting-method = BetterVoting bietet keine Auszählung nach { $method } (es bietet STAR, Approval, Plurality, IRV und STV): Die Wahl „{ $term }“ lässt sich dort nicht wie erklärt einrichten
err-elekto-rule-in-statement = Elekto schneidet eine Kandidierendendatei an ihrem letzten `---` ab, und der Vorstellungstext von { $names } enthält `---`: Korrigieren Sie ihn (für eine waagerechte Linie schreiben Sie `***`; `nominee edit --statement`) und exportieren Sie erneut

## Formularfelder.
err-field-empty = das Feld „{ $what }“ darf nicht leer sein
err-field-term-name = Name der Wahl
err-field-nominee-name = Name der kandidierenden Person
err-field-voter-name = Name der wahlberechtigten Person
err-field-organisation = Organisation
err-field-employer = Arbeitgeber
err-field-nominator = Vorschlagende Person
err-field-membership = Mitgliedschaft
err-field-voter-id = Mitgliedsnummer
err-field-email = E-Mail-Adresse
err-field-reason = Grund
err-field-seed = Startwert für Losentscheide
err-field-statement = Vorstellungstext
err-field-small-batch-reason = Grund für den kleinen Stapel

# ---- Added for the errors of scrutineer-core and the CLI (errcore).

## Form fields: what is refused in them.
err-field-too-long = das Feld „{ $what }“ ist { $len } Zeichen lang; höchstens { $max } sind erlaubt
err-field-contains = das Feld „{ $what }“ enthält { $kind } ({ $char }) an Position { $position }
err-char-control = ein Steuerzeichen
err-char-bidi = ein Zeichen zur Steuerung der Schreibrichtung
err-char-direction-mark = eine unsichtbare Richtungsmarke
err-char-variation = einen Variantenselektor
err-char-invisible = ein unsichtbares Zeichen
err-char-replacement = ein Ersatzzeichen (Bytes, die kein gültiger Text waren)
err-email-not-valid = „{ $email }“ ist keine gültige E-Mail-Adresse: { $why }
err-email-domain-no-dot = die Domain „{ $domain }“ enthält keinen Punkt
err-email-domain-empty-part = die Domain „{ $domain }“ hat einen leeren Teil
err-email-contains = enthält „{ $char }“
err-seats-range = { $what }: { $n } ist keine gültige Zahl von Sitzen (mindestens 1, höchstens { $max })

## The rules of nominations. Each rule is its own message (the window finds the control an
## error concerns by the id); the rule's name in quotes, then what breaks it.
err-rule-period = abgelehnt nach der Regel „Wahlvorschläge werden in der Vorschlagsfrist eingereicht“: { $why }
err-rule-nominator = abgelehnt nach der Regel „wer vorschlägt, muss im Wählerverzeichnis stehen“: { $why }
err-rule-seconder = abgelehnt nach der Regel „Unterstützende und Empfehlende müssen im Wählerverzeichnis stehen“: { $why }
err-rule-words = abgelehnt nach der Regel „Länge der Vorstellung“: { $why }
err-rule-seconders-required = abgelehnt nach der Regel „{ $required ->
    [one] eine Unterstützung erforderlich
   *[other] { $required } Unterstützungen erforderlich
}“: { $why }
err-rule-period-early = die Vorschlagsfrist beginnt am { $opens }, und dieser Wahlvorschlag ist vom { $date }; um ihn dennoch anzunehmen, geben Sie den Grund an (--late-reason TEXT)
err-rule-period-late = die Vorschlagsfrist endete am { $closes }, und dieser Wahlvorschlag ist vom { $date }; um ihn dennoch anzunehmen, geben Sie den Grund an (--late-reason TEXT)
err-rule-words-over = die Vorstellung hat { $words } Wörter; höchstens { $limit } sind erlaubt
err-rule-seconders-short = { $name } hat { $n ->
    [0] keine Unterstützung
    [one] eine Unterstützung
   *[other] { $n } Unterstützungen
}; die Wahl „{ $term }“ verlangt { $required } (--seconded-by EMAIL, einmal je Unterstützende/r)
err-rule-not-on-roll = { $what } „{ $who }“ steht nicht im Wählerverzeichnis der Wahl „{ $term }“ (gesucht nach E-Mail-Adresse oder Mitgliedsnummer)
err-rule-who-nominator = die vorschlagende Person
err-rule-who-seconder = die unterstützende Person
err-rule-who-endorser = die empfehlende Person
err-not-a-date = { $what }: „{ $given }“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT (z. B. 2026-03-01)
err-voting-opened = die Wahl „{ $term }“ ist in der Phase { $stage }: Die Stimmabgabe hat begonnen, daher { $what }; Kandidaturen können jetzt nur noch zurückgezogen werden
err-closed-nominees = ist die Liste der Kandidierenden geschlossen
err-closed-editing = können Kandidierende nicht mehr bearbeitet werden
err-closed-endorsements = sind keine Empfehlungen mehr möglich
err-closed-acceptances = sind keine Annahmeerklärungen mehr möglich

## The roll.
err-roll-unknown-encoding = unbekannte Zeichenkodierung „{ $given }“; versuchen Sie utf-8, windows-1252, iso-8859-2, utf-16le oder utf-16be
err-roll-cancelled = der Import wurde abgebrochen; das Wählerverzeichnis ist unverändert
err-roll-reason = geben Sie einen Grund für die Änderung des Wählerverzeichnisses an (er wird im Prüfprotokoll vermerkt)
err-roll-already-on = { $email } steht bereits im Wählerverzeichnis der Wahl „{ $term }“
err-roll-not-on = { $email } steht nicht im Wählerverzeichnis der Wahl „{ $term }“
err-roll-export-no-email = { $n ->
    [one] Eine wahlberechtigte Person im Wählerverzeichnis der Wahl „{ $term }“ hat
   *[other] { $n } Wahlberechtigte im Wählerverzeichnis der Wahl „{ $term }“ haben
} keine E-Mail-Adresse (nur über eine Kennung bekannt, etwa einen GitHub-Benutzernamen), daher kann { $file } nicht geschrieben werden; es wurde nichts geschrieben. Ersetzen Sie das Wählerverzeichnis durch eines mit der E-Mail-Adresse jeder wahlberechtigten Person (roll diff --apply), oder exportieren Sie es als CSV
err-roll-export-helios = die Helios-Wählerdatei
err-roll-export-email-list = die E-Mail-Liste
err-give-reason = geben Sie einen Grund an (er wird im Prüfprotokoll vermerkt)

## The public re-count bundle.
err-bundle-from-totals = die Wahl „{ $term }“ wurde aus veröffentlichten Summen ausgezählt, nicht aus Stimmzetteln: Es gibt keine Stimmzettelmenge für ein Paket; veröffentlichen Sie die Summendateien, deren SHA-256 die Wahlniederschrift nennt
err-bundle-old-hash = das gespeicherte Ergebnis der Wahl „{ $term }“ wurde mit einem anderen Hash der Stimmzettelmenge ausgezählt ({ $stored }; der der kanonischen Stimmzettelmenge ist { $hash }), wie es vor Dateiversion 4 üblich war: Zählen Sie die Wahl erneut aus, um ein Paket zu veröffentlichen
err-bundle-no-folder = { $folder }: diesen Ordner gibt es nicht (erwartet wird ein mit `scrutineer results bundle` geschriebenes Paket)

## Terms, ballots and the count.
err-unknown-method = unbekanntes Auszählungsverfahren `{ $given }`; erwartet wird eines von: { $methods }
err-nominee-vanished = die kandidierende Person wurde nach der Änderung nicht mehr gefunden
err-stored-result-damaged = das gespeicherte Ergebnis ist beschädigt: { $detail }
err-batch-repeated = { $file }: { $what } (Wahl „{ $term }“, am { $at })
err-batch-file-repeated = genau diese Datei wurde bereits importiert
err-batch-totals-repeated = genau diese Summen wurden bereits eingegeben
err-holds-totals = { $file }: enthält Summen, keine Stimmzettel
err-cap-zero-form = die Höchstzahl Gewählter je Arbeitgeber muss mindestens 1 sein (leer lassen bedeutet keine Begrenzung)
err-secrecy-zero = die Schwelle für das Wahlgeheimnis muss mindestens 1 Stimmzettel betragen
err-tie-needed = eine Stimmengleichheit muss von der Wahlleitung entschieden werden: { $tied } sind gleichauf ({ $context }). Entscheiden Sie sie (Münzwurf, Los oder ausschlaggebende Stimme) und erfassen Sie die Entscheidung mit: { $command }

## Where Scrutineer writes: files it will not replace.
err-output-refused = { $path }: { $why }; es wurde nichts geschrieben
err-output-dangling-link = ist eine symbolische Verknüpfung auf eine Datei oder einen Ordner, die es nicht gibt
err-output-would-destroy = ist { $what } ({ $kept }); dorthin zu schreiben, würde sie zerstören: Wählen Sie einen anderen Dateinamen
err-output-not-file = ist { $kind }, keine gewöhnliche Datei: Scrutineer schreibt seine Ausgaben nur in Dateien
err-output-is-kept = ist { $what } ({ $kept }): Wählen Sie einen anderen Dateinamen
err-kept-election-file = die Wahldatei
err-kept-wal = das Write-Ahead-Log der Wahldatei
err-kept-shm = der Shared-Memory-Index der Wahldatei
err-kept-journal = das Journal der Wahldatei
err-kept-input = die Datei, die importiert wird
err-kind-folder = ein Ordner
err-kind-fifo = eine benannte Pipe (FIFO)
err-kind-device = ein Gerät
err-kind-socket = ein Socket
err-kind-other = etwas anderes
err-write-refused-rows = die abgewiesenen Zeilen können nicht geschrieben werden: { $detail }
err-refused-rows-no-folder = { $path }: den Ordner { $folder } gibt es nicht; es wurde nichts importiert
err-write-results-csv = die Ergebnis-CSV kann nicht geschrieben werden: { $detail }
err-write-csv = die CSV-Datei kann nicht geschrieben werden: { $detail }
err-make-certificate = die Wahlniederschrift kann nicht erstellt werden: { $detail }
err-make-booklet = das Kandidatenheft kann nicht erstellt werden: { $detail }
err-settings-damaged = { $path }: die Einstellungsdatei ist beschädigt ({ $detail }); berichtigen oder entfernen Sie sie
err-cannot-create = { $path } kann nicht angelegt werden: { $detail }
err-no-temp-name = in { $folder } ist kein freier Name für eine temporäre Datei zu finden
err-certification-not-recorded = die Beglaubigung wurde nicht gespeichert
err-elekto-too-many-seats = { $folder }: zu viele Sitze
err-elekto-not-login = { $folder }/voters.yaml: „{ $login }“ ist kein GitHub-Benutzername
err-imported-term-missing = die soeben importierte Wahl wurde nicht gefunden
err-elekto-is-folder = der Elekto-Export ist ein Ordner mit Dateien: Verwenden Sie export_candidates

## The stored ballots and totals, and the bundle's ballots.csv.
err-ballot-beyond = ein Stimmzettel nennt Kandidat/in { $candidate }, es gibt aber nur { $n } Kandidierende
err-too-many-ballots = zu viele Stimmzettel
err-stored-ballot-stranger = ein gespeicherter Stimmzettel nennt „{ $name }“, der/die nicht kandidiert
err-stored-ballot-damaged = ein gespeicherter Stimmzettel ist beschädigt: { $detail }
err-stored-ballot-weight = ein gespeicherter Stimmzettel hat ein Gewicht unter 1
err-cell-rank = Spalte { $column }: „{ $value }“ ist keine gültige Platzangabe
err-cell-approval = Spalte { $column }: „{ $value }“ ist keine gültige Zustimmungsangabe
err-cell-score = Spalte { $column }: „{ $value }“ ist keine gültige Punktzahl
err-bundle-csv-empty = die Datei ist leer
err-bundle-csv-weight-column = die erste Spalte muss „weight“ heißen
err-bundle-csv-weight = das Gewicht muss eine ganze Zahl von mindestens 1 sein
err-bundle-csv-cells = erwartet wurden { $expected } Zellen nach dem Gewicht, gefunden { $found }
err-delete-referred = die Wahl „{ $term }“ kann nicht gelöscht werden: Auf ihre Zeilen in { $table } wird noch verwiesen ({ $detail }); es wurde nichts gelöscht
err-stored-debian-damaged = die gespeicherten Debian-Parameter sind beschädigt: { $detail }
err-stored-tie-damaged = eine gespeicherte Entscheidung bei Stimmengleichheit ist beschädigt: { $detail }
err-stored-totals-stranger = gespeicherte Summen nennen „{ $name }“, der/die nicht kandidiert
err-totals-too-many-ballots = { $file }: { $ballots } Stimmzettel sind zu viele
err-totals-too-many-votes = { $file }: { $votes } Stimmen für „{ $name }“ sind zu viele

## The audit log.
err-audit-refused = die Wahldatei besteht die Prüfung nicht, daher wird dies abgelehnt: { $problems }. Führen Sie `scrutineer audit verify` aus; wenn Sie wissen, warum sich die Datei geändert hat, vermerken Sie es mit `scrutineer audit acknowledge --reason TEXT`.
err-audit-nothing-to-acknowledge = nichts zu bestätigen: Die Wahldatei stimmt mit ihrem Prüfprotokoll überein
err-audit-chain-changed = die Einträge des Prüfprotokolls selbst wurden geändert ({ $problems }); das kann nicht bestätigt werden

## The timestamps of a nomination form.
err-dates-both-orders = die Zeitstempel sind in beiden Reihenfolgen geschrieben: Zeile { $line1 } hat „{ $value1 }“ (nur Tag zuerst möglich) und Zeile { $line2 } hat „{ $value2 }“ (nur Monat zuerst möglich); wählen Sie die Reihenfolge (auf der Kommandozeile: --date-order dmy oder --date-order mdy), die Zeilen, die nicht dazu passen, werden abgewiesen
err-dates-two-ways = die Zeitstempel lassen sich auf zwei Arten lesen: Kein Tag in der Datei ist größer als 12, daher ist „{ $value }“ in Zeile { $line } entweder { $dmy } (Tag/Monat, wie in den meisten Ländern Europas) oder { $mdy } (Monat/Tag, wie in den USA); wählen Sie die Reihenfolge (auf der Kommandozeile: --date-order dmy oder --date-order mdy)

## The command line's own arguments.
err-seats-zero = 0 ist keine gültige Zahl von Sitzen (mindestens 1)
err-seats-over = { $n } ist keine gültige Zahl von Sitzen (höchstens { $max })
err-not-whole-number = „{ $given }“ ist keine ganze Zahl
err-max-per-employer-arg = --max-per-employer { $given }: { $problem }; erwartet wird eine ganze Zahl (höchstens K je Arbeitgeber) oder ein Bruchteil des Gremiums wie 1/3
err-count-majority-form = --majority { $given }: erwartet wird OPTION=N (z. B. 3=3 für eine 3:1-Mehrheit bei Option 3)
err-wording = --wording { $given }: erwartet wird current oder pre-2015
err-debian-only-count = --quorum, --majority, --default, --wording und --casting-vote sind Parameter der Debian-Verfassung: Verwenden Sie sie mit --method debian
err-whole-number-or-none = { $what }: „{ $given }“ ist keine ganze Zahl (oder `none`)
err-announce-format = „{ $given }“ ist kein Format für die Bekanntmachung: Wählen Sie markdown, text oder html
err-candidate-format = unbekanntes Format „{ $given }“; die Formate sind: { $formats }
err-date-order = die Datumsreihenfolge „{ $given }“ ist unbekannt: Schreiben Sie dmy (Tag/Monat/Jahr) oder mdy (Monat/Tag/Jahr)

## What `scrutineer verify` finds wrong in a bundle (after the file's name).
err-bundle-unreadable = kann nicht gelesen werden: { $problem }
err-bundle-manifest-line = Zeile { $line } hat nicht die Form `<SHA-256>  <Datei>` für eine von { $files }: { $text }
err-bundle-hash-differs = ihr SHA-256 ist nicht der in { $manifest } ({ $file } oder { $manifest } wurde geändert)
err-bundle-no-final-newline = endet nicht mit einem Zeilenumbruch
err-bundle-not-listed = führt { $file } nicht auf
err-bundle-not-rules = enthält nicht die Regeln eines Pakets: { $detail }
err-bundle-byte-changed = ist nicht so, wie Scrutineer sie schreibt (ein Byte wurde geändert)
err-bundle-format = das Format ist { $found }, erwartet wird { $expected }
err-bundle-not-result = ist kein Scrutineer-Ergebnis: { $detail }
err-bundle-method = Verfahren: { $problem }
err-bundle-not-canonical = ist nicht in kanonischer Form (Zeilen sortiert und zusammengefasst, wie dokumentiert): Ein Byte wurde geändert
err-bundle-columns = ihre Spalten ({ $columns }) sind nicht die Kandidierenden aus { $rules } ({ $nominees })
err-bundle-kind = ballot_kind { $kind } passt nicht zum Verfahren { $method }
err-bundle-recount-failed = die erneute Auszählung war nicht möglich: { $problem }
err-bundle-field-differs = { $field }: Das Paket nennt { $bundle }, die erneute Auszählung ergibt { $recount }

## More form fields' names.
err-field-handle = Benutzername
err-field-endorsement = Empfehlung
err-field-sitting-employer = Arbeitgeber des amtierenden Mitglieds
err-field-totals-source = Quelle der Zahlen
err-field-none-of-the-above = Name der Option „keine der genannten“
err-field-majority-option = in einer Mehrheitsregel genannte Option
err-field-default-option = Name der Standardoption
err-field-sitting-member = Name des amtierenden Mitglieds
err-field-decided-by = Name der entscheidenden Person
err-field-witness = Name des Zeugen / der Zeugin

## The dates of the nomination period, named in errors.
err-date-opening = der Beginn der Vorschlagsfrist
err-date-closing = das Ende der Vorschlagsfrist
