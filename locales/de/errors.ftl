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
err-os-exists = sie existiert bereits
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
err-os-interrupted = der Vorgang wurde unterbrochen; bitte erneut versuchen
err-os-broken-pipe = das Programm, das die Ausgabe liest, wurde beendet
err-os-memory = der Arbeitsspeicher des Computers reicht nicht aus
err-os-refused = der Computer hat den Vorgang abgelehnt

## Dateien lesen.
err-cannot-read = die Datei kann nicht gelesen werden: { $reason }
err-cannot-read-folder = der Ordner kann nicht gelesen werden: { $reason }
err-cannot-open = die Datei kann nicht gelesen werden: sie lässt sich nicht öffnen ({ $reason })
err-not-a-file = ist { $what ->
        [folder] ein Ordner
        [fifo] eine benannte Pipe (FIFO)
        [socket] ein Socket
        [char-device] ein Gerät (zeichenorientiert)
        [block-device] ein Gerät (blockorientiert)
       *[other] keine gewöhnliche Datei
    } und keine Datei: Geben Sie eine auf dem Datenträger gespeicherte Datei an
err-nul-byte = die Datei enthält ein NUL-Byte: Sie ist eine Binärdatei, keine Textdatei mit Stimmzetteln oder Ergebnissen

## Die Wahldatei.
err-busy = die Wahldatei wird von einem anderen Programm verwendet (vielleicht vom Scrutineer-Fenster); schließen Sie es oder versuchen Sie es erneut
err-database = Fehler in der Wahldatei: { $detail }
err-folder-missing = der Ordner { $folder } existiert nicht; legen Sie ihn zuerst an
err-cannot-open-db = die Wahldatei { $path } lässt sich nicht öffnen: { $detail }
err-not-election-file = { $path } ist keine Scrutineer-Wahldatei (oder sie ist beschädigt): { $detail }
err-newer-file = { $path } wurde von einer neueren Scrutineer-Version geschrieben (Dateiversion { $version }, diese Version liest bis { $supported }); aktualisieren Sie Scrutineer

## Phasen.
err-stage-draft = Entwurf
err-stage-nominations = Kandidaturen
err-stage-voting = Stimmabgabe
err-stage-counted = ausgezählt
err-stage-certified = festgestellt

## Wahlen.
err-term-not-found = es gibt keine Wahl mit dem Namen „{ $term }“
err-term-exists = eine Wahl mit dem Namen „{ $term }“ gibt es bereits
err-certified = die Wahl „{ $term }“ ist festgestellt: Ihr Ergebnis ist endgültig und sie kann nicht mehr geändert werden
err-stage-move = die Wahl „{ $term }“ ist in der Phase { $stage }; sie kann nicht in die Phase { $to } wechseln
err-stage-count-first = zählen Sie die Wahl aus, um sie in die Phase „ausgezählt“ zu bringen
err-stage-certify-with = stellen Sie die Wahl „{ $term }“ mit dem Namen des Wahlleiters fest: scrutineer term certify "{ $term }" --officer NAME [--witness NAME]
err-no-nominees-yet = die Wahl „{ $term }“ hat noch keine Kandidierenden: Tragen Sie die Kandidierenden ein, bevor Sie Stimmzettel einlesen
err-no-ballots-yet = die Wahl „{ $term }“ hat noch keine Stimmzettel: Lesen Sie die Stimmzettel ein, bevor Sie auszählen
err-not-counted = die Wahl „{ $term }“ ist noch nicht ausgezählt: Zählen Sie sie zuerst aus
err-no-standing-nominee = die Wahl „{ $term }“ hat keine antretende Person namens „{ $name }“.
err-no-standing-nominee-near = die Wahl „{ $term }“ hat keine antretende Person namens „{ $name }“. Meinten Sie { $near }?
err-certified-language = die Wahl „{ $term }“ ist festgestellt: Ihre Urkunde wurde auf { $language } unterzeichnet, daher kann die Sprache ihrer Dokumente nicht mehr geändert werden
err-edit-reason = geben Sie einen Grund für die Änderung an (er wird im Prüfprotokoll vermerkt)
err-delete-reason = geben Sie einen Grund für das Löschen der Wahl an (er wird im Prüfprotokoll vermerkt)
err-method-kind = für die Wahl „{ $term }“ wurden bereits Stimmzettel für { $old } eingelesen; { $new } liest eine andere Art von Stimmzetteln, daher kann das Verfahren nicht mehr dorthin geändert werden
err-cap-zero = die Höchstzahl Gewählter je Arbeitgeber muss mindestens 1 sein (keine Angabe bedeutet keine Begrenzung)
err-quorum-range = das Quorum muss ein Prozentsatz von 1 bis 100 sein
err-nothing-to-change = nichts zu ändern: Die Wahl „{ $term }“ hat bereits diese Einstellungen
err-delete-has-ballots = die Wahl „{ $term }“ hat Stimmzettel und kann daher nicht gelöscht werden (ihre Stimmzettel gehören zur Niederschrift)

## Stimmzettel und Ergebnisse.
err-ballots-count-differs = { $file }: Die Datei enthält { $count ->
        [one] 1 Stimmzettel
       *[other] { $count } Stimmzettel
    }, nicht die mit --ballots angegebenen { $given }
err-totals-cast-differs = { $file }: Die Datei nennt { $cast } abgegebene Stimmzettel, nicht die mit --ballots angegebenen { $given }
err-totals-cast-missing = { $file }: Dies sind Ergebnissummen, und die Datei sagt nicht, wie viele Stimmzettel abgegeben wurden: Geben Sie die Zahl der abgegebenen Stimmzettel an (--ballots N)

## Feststellung.
err-certify-officer = zur Feststellung wird der Name des Wahlleiters benötigt: { $problem }
err-certify-not-counted = die Wahl „{ $term }“ ist in der Phase { $stage }: Zählen Sie sie aus, bevor Sie das Ergebnis feststellen
err-certify-needs-officer = zur Feststellung wird der Name des Wahlleiters benötigt: Geben Sie --officer NAME an (oder legen Sie ihn einmalig mit `scrutineer settings officer NAME` fest)

## Sicherungen.
err-backup-create = die Sicherung { $path } kann nicht angelegt werden: { $detail }
err-backup-bad-name = „{ $name }“ ist nicht der Name einer Sicherung: Geben Sie einen Namen aus `scrutineer backup list` an
err-backup-not-found = es gibt keine Sicherung namens „{ $name }“ in { $folder }
err-backup-cannot-open = { $path }: lässt sich nicht öffnen: { $detail }
err-restore-not-election-file = { $path } ist keine Scrutineer-Wahldatei ({ $why }); es wurde nichts wiederhergestellt

## Prüfungen.
err-audit-fails = die Wahldatei besteht die Prüfung nicht:
    { $problems }
err-bundle-fails = das Ergebnispaket lässt sich nicht bestätigen:
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
