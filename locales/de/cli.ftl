# Die Sätze der Befehlszeile (`scrutineer`). Die Ausgabe mit --json
# verwendet sie nie. FIGURE($n) schreibt eine Zahl mit den Trennzeichen der
# Sprache; $n selbst wählt weiterhin die Pluralform.

cli-error = Fehler: { $message }
cli-error-busy = Fehler: Die Wahldatei { $path } wird von einem anderen Programm verwendet (vielleicht vom Scrutineer-Fenster); schließen Sie es oder versuchen Sie es erneut.
cli-waiting = Warten auf die Wahldatei: Ein anderes Programm (vielleicht das Scrutineer-Fenster) verwendet sie …
cli-hint-create-dirs = oder geben Sie --create-dirs an
cli-line = Zeile { $line }: { $text }
cli-field = { $label }: { $value }
cli-by = von { $name }
cli-wrote = { $file } geschrieben.

## Anzahlen in Listen.
cli-n-seats = { $n ->
        [one] { FIGURE($n) } Sitz
       *[other] { FIGURE($n) } Sitze
    }
cli-n-voters = { $n ->
        [one] { FIGURE($n) } wahlberechtigte Person
       *[other] { FIGURE($n) } Wahlberechtigte
    }
cli-n-nominees = { $n ->
        [one] { FIGURE($n) } kandidierende Person
       *[other] { FIGURE($n) } Kandidierende
    }
cli-n-ballots = { FIGURE($n) } Stimmzettel

## Wahlen.
cli-term-created = Wahl „{ $term }“ angelegt: { $seats ->
        [one] { FIGURE($seats) } Sitz
       *[other] { FIGURE($seats) } Sitze
    }, { $method }, höchstens { $cap } je Arbeitgeber.
cli-term-created-no-cap = Wahl „{ $term }“ angelegt: { $seats ->
        [one] { FIGURE($seats) } Sitz
       *[other] { FIGURE($seats) } Sitze
    }, { $method }.
cli-term-imported = Wahl „{ $term }“ aus { $folder } angelegt: { $seats ->
        [one] { FIGURE($seats) } Sitz
       *[other] { FIGURE($seats) } Sitze
    }, { $method }, { $nominees ->
        [one] { FIGURE($nominees) } kandidierende Person
       *[other] { FIGURE($nominees) } Kandidierende
    }, { $voters ->
        [one] { FIGURE($voters) } wahlberechtigte Person
       *[other] { FIGURE($voters) } Wahlberechtigte
    }, { $ballots }.
cli-no-terms = Noch keine Wahlen. Legen Sie eine an mit: scrutineer term create NAME --seats N --method approval
cli-label-term = Wahl
cli-label-organisation = Organisation
cli-label-stage = Phase
cli-label-seats = Sitze
cli-label-method = Verfahren
cli-label-seed = Startwert für Losentscheide
cli-label-ties = Entscheidung bei Stimmengleichheit
cli-certified-status = { $status }; Wahlniederschrift { $identifier }
cli-documents-in = Sprache der Dokumente: { $language } ({ $code })
cli-cap-per-employer = Höchstens { $n ->
        [one] { FIGURE($n) } gewählte Person
       *[other] { FIGURE($n) } gewählte Personen
    } je Arbeitgeber
cli-cap-fraction = Höchstens { $fraction } des Gremiums je Arbeitgeber (amtierende Mitglieder eingerechnet)
cli-sitting-member = Amtierendes Mitglied: { $name }
cli-sitting-member-employer = Amtierendes Mitglied: { $name } ({ $employer })
cli-none-of-the-above = Keiner der Genannten: { $name } (ein so gewonnener Sitz bleibt unbesetzt)
cli-stage-now = Die Wahl „{ $term }“ ist jetzt in der Phase { $stage }.
cli-term-certified = Die Wahl „{ $term }“ wurde am { $when } von { $officer } beglaubigt; sie kann nicht mehr geändert werden.
cli-term-certified-witness = Die Wahl „{ $term }“ wurde am { $when } von { $officer } beglaubigt, bezeugt von { $witness }; sie kann nicht mehr geändert werden.
cli-certificate-identifier = Kennung der Wahlniederschrift: { $identifier }
cli-term-changed = Wahl „{ $term }“ geändert: { $seats ->
        [one] { FIGURE($seats) } Sitz
       *[other] { FIGURE($seats) } Sitze
    }, Verfahren { $method }, Phase { $stage }.
cli-term-deleted = Die Wahl „{ $term }“ ist gelöscht (die Datei wurde vorher gesichert; `scrutineer backup list`).

## Stimmengleichheit.
cli-tie-recorded = Entscheidung festgehalten ({ $method }, durch { $by }): { $order }. Erneut auszählen mit: scrutineer tally { $term }
cli-tie-recorded-witness = Entscheidung festgehalten ({ $method }, durch { $by }, bezeugt von { $witness }): { $order }. Erneut auszählen mit: scrutineer tally { $term }
cli-tie-pending = Stimmengleichheit: { $tied } ({ $context })
cli-tie-record-with = Halten Sie die Entscheidung fest mit: { $command }
cli-tie-none = Es steht keine Stimmengleichheit zur Entscheidung an.

## Das Wählerverzeichnis.
cli-roll-imported = { $n ->
        [one] { FIGURE($n) } wahlberechtigte Person
       *[other] { FIGURE($n) } Wahlberechtigte
    } aus { $file } eingelesen ({ $encoding }, Trennzeichen { $delimiter }).
cli-roll-would-import = { $n ->
        [one] { FIGURE($n) } wahlberechtigte Person würde
       *[other] { FIGURE($n) } Wahlberechtigte würden
    } aus { $file } eingelesen ({ $encoding }, Trennzeichen { $delimiter }).
cli-refused-rows = { $n ->
        [one] { FIGURE($n) } Zeile abgewiesen:
       *[other] { FIGURE($n) } Zeilen abgewiesen:
    }
cli-refused-rows-in = Die abgewiesenen Zeilen stehen in { $file }.
cli-preview-encoding = Zeichenkodierung: { $encoding } ({ $source })
cli-preview-delimiter = Trennzeichen: { $delimiter }
cli-preview-column = { $field } <- Spalte „{ $header }“
cli-preview-row = Zeile { $line }: { $name } <{ $email }>
cli-preview-summary = { $good ->
        [one] { FIGURE($good) } gültige Zeile
       *[other] { FIGURE($good) } gültige Zeilen
    }, { FIGURE($refused) } abgewiesen.
cli-roll-exported = { $n ->
        [one] { FIGURE($n) } wahlberechtigte Person
       *[other] { FIGURE($n) } Wahlberechtigte
    } nach { $file } geschrieben.
cli-diff-added = { $name } <{ $email }>  (Zeile { $line })
cli-diff-changed = { $name } <{ $email }>: { $fields } (Zeile { $line })
cli-diff-summary = { FIGURE($added) } hinzuzufügen, { FIGURE($removed) } zu entfernen, { FIGURE($changed) } geändert, { FIGURE($unchanged) } unverändert.
cli-diff-summary-applied = { FIGURE($added) } hinzuzufügen, { FIGURE($removed) } zu entfernen, { FIGURE($changed) } geändert, { FIGURE($unchanged) } unverändert (übernommen).
cli-voter-added = { $name } <{ $email }> in das Wählerverzeichnis aufgenommen.
cli-voter-removed = { $name } <{ $email }> aus dem Wählerverzeichnis gestrichen.
cli-marked-voted = { $n ->
        [one] { FIGURE($n) } wahlberechtigte Person
       *[other] { FIGURE($n) } Wahlberechtigte
    } als „hat gewählt“ vermerkt.
cli-voters-in-all = Insgesamt { $n ->
        [one] { FIGURE($n) } wahlberechtigte Person.
       *[other] { FIGURE($n) } Wahlberechtigte.
    }
cli-encoding-note = Hinweis: Diese Datei könnte { $chosen } oder { $other } sein, und beide Kodierungen lesen manche Namen unterschiedlich. Gelesen als { $chosen }, weil { $why }.
cli-encoding-line = Zeile { $line }: { $chosen-text } (als { $chosen })  /  { $other-text } (als { $other })
cli-encoding-hint = Ist die zweite Lesart richtig, geben Sie --encoding { $other } an, um die Datei so zu lesen.

## Kandidierende.
cli-nominee-added = „{ $name }“ als Kandidat/in für die Wahl „{ $term }“ eingetragen.
cli-nominee-late = Außerhalb der Einreichungsfrist angenommen: { $reason } (im Prüfprotokoll vermerkt).
cli-nominee-corrected = Angaben zu „{ $name }“ berichtigt; das Prüfprotokoll hält die alten und neuen Werte fest.
cli-nominee-endorsed = { $name } <{ $email }> empfiehlt „{ $nominee }“.
cli-nominee-accepted = „{ $name }“ hat die Kandidatur angenommen ({ $when }).
cli-nominee-withdrew = Kandidatur von „{ $name }“ zurückgezogen.
cli-nominees-imported = { $n ->
        [one] { FIGURE($n) } kandidierende Person
       *[other] { FIGURE($n) } Kandidierende
    } aus { $file } eingelesen ({ $kind }).

## Stimmzettel und Auszählung.
cli-ballots-imported = { FIGURE($n) } Stimmzettel aus { $file } eingelesen (SHA-256 { $sha }).
cli-tally-figures = Wahlberechtigte: { FIGURE($eligible) }   Stimmzettel: { FIGURE($ballots) }   Wahlbeteiligung: { $turnout }
cli-quorum-met = Quorum erreicht
cli-quorum-not-met = Quorum NICHT erreicht
cli-warning = Warnung: { $warning }
cli-ballot-set-sha = SHA-256 der Stimmzettelmenge: { $sha }

## Ergebnisse, Prüfprotokoll, Ergebnispakete.
cli-bundle-wrote = Ergebnispaket der Wahl „{ $term }“ in { $folder } geschrieben:
cli-bundle-check = Prüfen Sie es mit: scrutineer verify { $folder }
cli-bundle-verified = Ergebnispaket bestätigt: SHA256SUMS stimmt für jede Datei, ballots.csv ist kanonisch (SHA-256 { $sha }), und die Nachzählung von „{ $term }“ ({ FIGURE($ballots) } Stimmzettel) ergibt jede Zahl aus result.json. Gewählt: { $winners }.
cli-audit-intact = Prüfprotokoll unversehrt: { FIGURE($entries) } Einträge, letzter Eintrag { $seq } ({ $head }); der Stand jeder Wahl stimmt mit ihrem Protokoll überein.
cli-audit-acknowledged = Der aktuelle Stand ist mit Ihrer Begründung festgehalten; das Prüfprotokoll besteht jetzt die Prüfung ({ FIGURE($entries) } Einträge, letzter Eintrag { $seq }).

## Sicherungen und Einstellungen.
cli-backups-none = Von { $file } gibt es noch keine Sicherungen (in { $folder }).
cli-backed-up = Gesichert als { $file }.
cli-restored = { $name } wiederhergestellt. Der vorherige Stand der Datei ist als { $file } gesichert.
cli-saved-copy = Eine Kopie der Wahldatei wurde als { $file } gespeichert.
cli-officer-set = Wahlleiter/in ist { $name }: Das Prüfprotokoll nennt von nun an diesen Namen.
cli-officer-cleared = Der Name der Wahlleiterin oder des Wahlleiters ist gelöscht.

## Regeln für Kandidaturen (term show).
cli-nominations-from-to = Wahlvorschläge: { $opens } bis { $closes } (UTC, einschließlich)
cli-nominations-from = Wahlvorschläge: ab { $opens } (UTC)
cli-nominations-until = Wahlvorschläge: bis { $closes } (UTC, einschließlich)
cli-seconders = Erforderliche Unterstützende: { FIGURE($n) }
cli-statement-words = Vorstellungstexte: höchstens { FIGURE($n) } Wörter

## Auszählen einer Datei ohne Wahldatei (scrutineer count).
cli-count-file = Datei: { $file } (SHA-256 { $sha })
cli-count-set-sha = SHA-256 der Stimmzettelmenge (kanonisch, Startwert des Losentscheids): { $sha }
cli-count-format-detected = Format: { $format } (erkannt)
cli-count-format-given = Format: { $format } (wie angegeben)
cli-blank-not-compared = Ein leeres Feld bedeutet: Wer auf diesem Stimmzettel keinen Rang hat, nimmt auf ihm an keinem Zweikampf teil (keine Meinung)
cli-blank-below-ranked = Ein leeres Feld bedeutet: Wer auf diesem Stimmzettel keinen Rang hat, steht hinter allen mit Rang und gleichauf mit den übrigen ohne Rang
cli-count-from-totals = Aus veröffentlichten Summen ausgezählt (ohne Stimmzettel).

## Eine kandidierende Person (nominee show) und eingelesene Kandidaturen.
cli-label-name = Name
cli-label-email = E-Mail
cli-label-employer = Arbeitgeber
cli-label-handle = Benutzername
cli-label-nominated-by = Vorgeschlagen von
cli-label-nominator = Vorschlagende Person
cli-label-nominated-at = Vorgeschlagen am
cli-label-late-because = Verspätet angenommen, weil
cli-label-accepted = Kandidatur angenommen
cli-withdrawn = Zurückgezogen
cli-seconded-by = Unterstützt von: { $name } <{ $email }>
cli-seconded-by-text = Unterstützt von: { $name } <{ $email }> (mit einem Text)
cli-endorsed-by = Empfohlen von: { $name } <{ $email }>
cli-endorsed-by-text = Empfohlen von: { $name } <{ $email }> (mit einem Text)
cli-statement-length = Vorstellungstext: { $n ->
        [one] { FIGURE($n) } Wort
       *[other] { FIGURE($n) } Wörter
    }
cli-nominees-dry-run = Probelauf: { $n ->
        [one] { FIGURE($n) } kandidierende Person würde
       *[other] { FIGURE($n) } Kandidierende würden
    } aus { $file } eingelesen ({ $kind }); nichts wurde geändert.
cli-rows-would-be-refused = { $n ->
        [one] { FIGURE($n) } Zeile würde abgelehnt:
       *[other] { FIGURE($n) } Zeilen würden abgelehnt:
    }
cli-wrote-files = { $n ->
        [one] { FIGURE($n) } Datei
       *[other] { FIGURE($n) } Dateien
    } in { $folder } geschrieben:

## Einstellungen, und wie ein Formular gelesen wurde.
cli-label-settings-file = Einstellungsdatei
cli-label-officer = Wahlleiter/in
cli-label-recent-file = Zuletzt verwendete Datei
cli-not-set = (nicht festgelegt)
cli-columns = Spalten: { $columns }
cli-line-at = Zeile { $line }:
cli-encoding-given = wie angegeben
cli-encoding-bom = am Dateianfang gekennzeichnet
cli-encoding-detected = erkannt
cli-encoding-guessed = aus den Buchstaben erschlossen
cli-read-as = Gelesen als { $encoding } ({ $how }), getrennt durch { $delimiter }.
cli-encodings-differ = { $chosen } und { $other } lesen diese Datei unterschiedlich; verwendet wurde { $chosen }: { $why }. Um sie als { $other } zu lesen: --encoding { $other }
cli-encodings-differ-line = Zeile { $line }: { $chosen-text }  |  als { $other }: { $other-text }
cli-timestamps = Zeitstempel: { $why }.
cli-date-example = Zeile { $line }: „{ $value }“ ist { $dmy }, wenn der Tag zuerst steht, und { $mdy }, wenn der Monat zuerst steht
cli-local-time = Zeiten ohne Zeitzone werden als Ihre Ortszeit ({ $zone }) gelesen.

## Rows and words of human output (term show's Debian line, tie list, backup list, delimiters).
cli-debian-params = Debian: Quorum { $quorum }, Standardoption { $default }, Mehrheiten { $majorities }
cli-debian-no-quorum = keines
cli-debian-last-option = (die letzte)
cli-tie-method-coin = Münzwurf
cli-tie-method-lot = Los
cli-tie-method-casting-vote = ausschlaggebende Stimme
cli-tie-method-other = { $method }
cli-backup-row = { $name }{"\u0009"}{ $taken }{"\u0009"}vor { $step }{"\u0009"}{ FIGURE($bytes) } Bytes
cli-delim-comma = Komma
cli-delim-semicolon = Semikolon
cli-delim-tab = Tabulator
cli-delim-pipe = Pipe (|)
