# The window's words: its frame, Preferences, the list of terms, a new term, and a term's
# Overview and Audit tabs. Read by ui/src/i18n.ts (with every other .ftl file of the language).
#
# Glossar (wie documents.ftl, count.ftl und window-work.ftl; Anrede durchgehend „Sie“;
# Anführungszeichen „…“, Auslassungspunkte mit Leerzeichen „ …“):
#   term = Wahl; voter = Wahlberechtigte (wahlberechtigte Person); voter roll = Wählerverzeichnis
#   ballot = Stimmzettel; ballots cast = abgegebene Stimmzettel; totals = Summen; voting = Abstimmung
#   nominee = Kandidierende (Kandidat/in); nomination = Wahlvorschlag; seconder = Unterstützende
#   seat = Sitz; count = Auszählung (auszählen); method = (Zähl)verfahren; quorum = Quorum
#   turnout = (Wahl)beteiligung; elected = gewählt; tie = Stimmengleichheit; draw = Los, Losentscheid
#   seed = Startwert; casting vote = ausschlaggebende Stimme; coin toss = Münzwurf
#   returning officer = Wahlleiter/in (Person), Wahlleitung (Amt); witness = Zeuge/Zeugin (bezeugt von)
#   certify = beglaubigen; certificate = Wahlniederschrift (Niederschrift Nr.); audit log = Prüfprotokoll
#   backup = Sicherung; restore = wiederherstellen; election file = Wahldatei; import = einlesen

ui-language-label = Sprache des Fensters
ui-language-system = Wie das System ({ $language })
ui-cancel = Abbrechen
ui-dismiss = Schließen
ui-optional = { " " }(freiwillig)
ui-save = Speichern
ui-saving = Wird gespeichert …
ui-close = Schließen
ui-open = Öffnen
ui-none = Keines
ui-no-limit = Keine Begrenzung

## Der Rahmen

ui-skip = Zum Hauptinhalt springen
ui-messages = Meldungen
ui-election-file = Wahldatei
ui-election-files = Wahldateien
ui-breadcrumb = Navigationspfad
ui-all-terms = ← Alle Wahlen

## Das Menü „Datei“ (von der Shell geschrieben: src-tauri/desk.rs)

ui-menu-file = Datei
ui-menu-new = Neu …
ui-menu-open = Öffnen …
ui-menu-open-recent = Zuletzt geöffnet
ui-menu-no-recent = Keine zuletzt geöffneten Dateien
ui-menu-save-copy = Kopie speichern …
ui-menu-restore = Sicherung wiederherstellen …
ui-menu-preferences = Einstellungen …
ui-menu-quit = Beenden

## Überschriften von Fehlern

ui-error-not-found = Nicht gefunden
ui-error-already-exists = Bereits vorhanden
ui-error-invalid-input = Bitte prüfen Sie Ihre Eingabe
ui-error-bad-file = Die Datei konnte nicht verwendet werden
ui-error-wrong-stage = In dieser Phase nicht möglich
ui-error-count = Die Stimmen konnten nicht ausgezählt werden
ui-error-database = Problem mit der Wahldatei
ui-error-io = Eine Datei konnte nicht gelesen oder geschrieben werden
ui-error-cancelled = Abgebrochen
ui-error-busy = Die Wahldatei wird gerade verwendet
ui-error-unexpected = Etwas ist schiefgegangen

## Zählverfahren, Stimmzettel, Phasen

ui-method-approval = Zustimmungswahl
ui-method-plurality = Mehrheitswahl (eine Stimme je Person)
ui-method-star = STAR-Verfahren
ui-method-schulze = Schulze-Methode (Condorcet)
ui-method-ranked-pairs = Ranked Pairs (Condorcet)
ui-method-irv = Integrierte Stichwahl (IRV)
ui-method-stv-scottish = Übertragbare Einzelstimmgebung, schottische Regeln
ui-method-stv-meek = Übertragbare Einzelstimmgebung nach Meek
ui-method-debian = Debian-Satzung (Condorcet)
ui-ballots-approval = Die Wahlberechtigten kreuzen alle Kandidierenden an, denen sie zustimmen.
ui-ballots-plurality = Die Wahlberechtigten kreuzen eine Person an.
ui-ballots-star = Die Wahlberechtigten geben jeder Person 0 bis 5 Punkte.
ui-ballots-ranked = Die Wahlberechtigten bringen die Kandidierenden in eine Reihenfolge.
ui-stage-draft = Entwurf
ui-stage-nominations = Wahlvorschläge
ui-stage-voting = Abstimmung
ui-stage-counted = Ausgezählt
ui-stage-certified = Beglaubigt
ui-stages = Phasen der Wahl

## Stimmengleichheit

ui-tie-rule-draw = Losentscheid von Scrutineer
ui-tie-rule-draw-hint = Ein Losentscheid, den jede Person aus dem Startwert und den Stimmzetteln wiederholen kann.
ui-tie-rule-psf = Verfahren der PSF
ui-tie-rule-psf-hint = Pythons Zufallsmodul (random) mit den Namen der Stimmengleichen als Startwert, wie die Python Software Foundation es veröffentlicht.
ui-tie-rule-officer = Entscheidung der Wahlleitung
ui-tie-rule-officer-hint = Die Auszählung hält bei Stimmengleichheit an; die Wahlleitung vermerkt eine Entscheidung (Münzwurf, Los oder ausschlaggebende Stimme) mit einer Zeugin oder einem Zeugen und zählt dann erneut aus.
ui-tie-rule-explained = { $rule }: { $hint }

## Der nächste Schritt einer Wahl

ui-next-step = Nächster Schritt
ui-next-certified = Diese Wahl ist beglaubigt: Ihr Ergebnis ist endgültig. Sie können Ergebnis und Wahlniederschrift weiterhin speichern.
ui-next-certified-action = Zum Ergebnis
ui-next-counted = Die Stimmen sind ausgezählt. Prüfen Sie das Ergebnis, speichern Sie es und die Wahlniederschrift und beglaubigen Sie dann die Wahl.
ui-next-counted-action = Zum Ergebnis
ui-next-nominees = Tragen Sie die Kandidierenden ein: die Personen, die bei dieser Wahl antreten.
ui-next-nominees-action = Kandidierende eintragen
ui-next-voters = Lesen Sie das Wählerverzeichnis ein: die Liste der Wahlberechtigten.
ui-next-voters-action = Wählerverzeichnis einlesen
ui-next-ballots = Lesen Sie die Stimmzettel ein, sobald die Abstimmung beendet ist.
ui-next-ballots-action = Stimmzettel einlesen
ui-next-count = Sind alle Stimmzettel da? Zählen Sie die Stimmen aus.
ui-next-count-action = Stimmen auszählen

## Listen

ui-page-none = Nichts anzuzeigen
ui-page-range = { $first }–{ $last } von { $total }

## Die Liste der Wahlen (die Spaltenköpfe tragen weiche Trennstriche, U+00AD)

ui-terms = Wahlen
ui-terms-lead = Eine Wahl umfasst ihre Kandidierenden, ihr Wählerverzeichnis, ihre Stimmzettel und ihr Ergebnis.
ui-loading-terms = Die Wahlen werden geladen …
ui-new-term = Neue Wahl
ui-no-terms = Noch keine Wahlen
ui-no-terms-hint = Legen Sie zuerst eine Wahl an. Danach tragen Sie die Kandidierenden ein, lesen das Wählerverzeichnis und die Stimmzettel ein und zählen die Stimmen aus.
ui-create-first-term = Erste Wahl anlegen
ui-col-term = Wahl
ui-col-method = Verfahren
ui-col-seats = Sitze
ui-col-stage = Phase
ui-col-nominees = Kandi­dierende
ui-col-voters = Wahl­berechtigte
ui-col-ballots = Stimm­zettel
ui-col-actions = Aktionen
ui-open-term = { $name } öffnen
ui-terms-count = { $count ->
    [one] { $count } Wahl
   *[other] { $count } Wahlen
}
ui-elekto-label = Elekto-Wahlordner
ui-elekto-hint = Eine vollständige Elekto-Wahl (Kubernetes und andere): der Ordner mit election.yaml, voters.yaml, den Kandidaturdateien und ballots.csv (oder der Pfad einer beliebigen Datei darin). Daraus wird eine neue Wahl: die Sitze, die Kandidierenden mit Arbeitgeber und Vorstellung, das Wählerverzeichnis (GitHub-Benutzernamen) und die Stimmzettel.
ui-elekto-button = Elekto-Wahl einlesen
ui-elekto-dialog = Elekto-Wahlordner wählen (den Ordner mit election.yaml)
ui-elekto-importing = Die Wahl wird eingelesen …
ui-elekto-created = Die Wahl „{ $name }“ wurde aus dem Elekto-Ordner angelegt.
ui-elekto-created-detail = { $seats ->
    [one] { $seats } Sitz
   *[other] { $seats } Sitze
}, { $nominees ->
    [one] { $nominees } kandidierende Person
   *[other] { $nominees } Kandidierende
}, { $voters ->
    [one] { $voters } wahlberechtigte Person
   *[other] { $voters } Wahlberechtigte
}, { $ballots ->
    [one] { $ballots } Stimmzettel
   *[other] { $ballots } Stimmzettel
}.

## Eine neue Wahl

ui-new-term-lead = Beschreiben Sie die Wahl. Verfahren und Sitzzahl bestimmen, wie die Stimmen ausgezählt werden.
ui-field-name = Name
ui-field-organisation = Organisation
ui-field-seats = Sitze
ui-field-method = Zählverfahren
ui-field-max-per-employer = Höchstens gewählt je Arbeitgeber
ui-field-seed = Startwert für den Losentscheid
ui-field-tie-rule = Entscheidung bei Stimmengleichheit
ui-field-quorum = Quorum (% der Wahlberechtigten)
ui-field-nominations-open = Beginn der Vorschlagsfrist
ui-field-nominations-close = Ende der Vorschlagsfrist
ui-field-seconders = Nötige Unterstützende
ui-field-statement-words = Längster Vorstellungstext (Wörter)
ui-new-name-hint = Zum Beispiel: Vorstandswahl 2025.
ui-new-organisation-hint = Steht auf der Wahlniederschrift.
ui-new-seats-hint = Wie viele Personen gewählt werden.
ui-new-no-limit-hint = Leer lassen, wenn es keine Begrenzung gibt.
ui-new-seed-hint = Ein beliebiger Text, vorab veröffentlicht. Stimmengleichheiten entscheidet ein Los, das jede Person aus diesem Text wiederholen kann. Leer lassen, um die Namen der Kandidierenden zu verwenden.
ui-new-quorum-hint = Die Mindestbeteiligung für ein gültiges Ergebnis. Leer lassen, wenn es kein Quorum gibt.
ui-new-nominations-open-hint = Erster Tag (UTC). Leer lassen, um Wahlvorschläge jederzeit anzunehmen.
ui-new-nominations-close-hint = Letzter Tag (UTC). Ein späterer Wahlvorschlag braucht eine Begründung, die im Prüfprotokoll steht.
ui-new-seconders-hint = Wie viele Wahlberechtigte jeden Wahlvorschlag unterstützen müssen. Leer lassen, wenn niemand unterstützen muss.
ui-create-term = Wahl anlegen
ui-creating-term = Die Wahl wird angelegt …
ui-term-created = Die Wahl „{ $name }“ wurde angelegt.
ui-term-created-next = Tragen Sie als Nächstes die Kandidierenden ein.
ui-check-name = Geben Sie einen Namen für die Wahl ein.
ui-check-seats = Geben Sie die Zahl der Sitze ein: eine ganze Zahl, mindestens 1.
ui-check-method = Wählen Sie ein Zählverfahren.
ui-check-max-per-employer = Geben Sie eine ganze Zahl ab 1 ein oder lassen Sie das Feld leer, wenn es keine Begrenzung gibt.
ui-check-quorum = Geben Sie einen Prozentsatz von 1 bis 100 ein oder lassen Sie das Feld leer, wenn es kein Quorum gibt.
ui-check-tie-rule = Wählen Sie, wie Stimmengleichheiten entschieden werden.
ui-check-date = Geben Sie ein Datum als JJJJ-MM-TT ein oder lassen Sie das Feld leer.
ui-check-close-before-open = Die Vorschlagsfrist endet, bevor sie beginnt.
ui-check-seconders = Geben Sie die Zahl der Unterstützenden als ganze Zahl ein oder lassen Sie das Feld leer, wenn niemand unterstützen muss.
ui-check-statement-words = Geben Sie eine ganze Zahl von Wörtern ab 1 ein oder lassen Sie das Feld leer, wenn es keine Begrenzung gibt.

## Die Seite einer Wahl und ihre Übersicht

ui-loading-term = Die Wahl wird geladen …
ui-no-such-term = in dieser Wahldatei gibt es keine Wahl namens „{ $name }“
ui-seats = { $count ->
    [one] { $count } Sitz
   *[other] { $count } Sitze
}
ui-term-parts = Teile der Wahl
ui-tab-overview = Übersicht
ui-tab-nominees = Kandidierende
ui-tab-voters = Wahlberechtigte
ui-tab-ballots = Stimmzettel
ui-tab-results = Ergebnis
ui-tab-audit = Prüfprotokoll
ui-stat-nominees = Kandidierende
ui-stat-voters = Wahlberechtigte im Verzeichnis
ui-stat-ballots = Stimmzettel
ui-rules = Regeln dieser Wahl
ui-seed-nominees = Die Namen der Kandidierenden
ui-rule-quorum = Quorum
ui-quorum-of-voters = { $percent } der Wahlberechtigten
ui-rule-created = Angelegt

## Beglaubigen, eine beglaubigte Wahl

ui-certify-button = Ergebnis beglaubigen …
ui-certify-title = Ergebnis beglaubigen
ui-certify-confirm = Beglaubigen
ui-certify-need-officer = Geben Sie den Namen der Wahlleiterin oder des Wahlleiters an: Er steht auf der Wahlniederschrift und im Prüfprotokoll.
ui-certifying = Wird beglaubigt …
ui-certified-notice = Das Ergebnis ist beglaubigt.
ui-certified-notice-detail = Beglaubigt am { $when } von { $officer }. Niederschrift { $identifier }.
ui-certify-warning = Danach kann die Wahl nicht mehr geändert werden: keine weiteren Stimmzettel, keine Neuauszählung. Die Datei wird vorher gesichert.
ui-certify-officer = Wahlleiter/in
ui-certify-officer-hint = Ihr Name, wie er auf der Wahlniederschrift stehen soll.
ui-certify-witness = Zeuge/Zeugin (freiwillig)
ui-certified-heading = Beglaubigt
ui-certified-plain = Dieses Ergebnis ist beglaubigt.
ui-winners = { $count ->
    [one] Gewählte Person
   *[other] Gewählte
}
ui-certified-final = Eine beglaubigte Wahl kann nicht mehr geändert werden: Ihr Ergebnis ist endgültig.
ui-restore-hint = Ist das beglaubigte Ergebnis falsch, stellt Datei ▸ Sicherung wiederherstellen die Wahldatei so wieder her, wie sie unmittelbar vor dem Beglaubigen war (damals wurde eine Sicherung angelegt). Alles seither Geschehene wird rückgängig gemacht; die Datei in ihrem jetzigen Zustand wird vorher gesichert.
ui-certified-nothing = Hier kann nichts geändert werden:
ui-certified-nothing-when = Diese Wahl wurde am { $when } von { $officer } beglaubigt, und ein beglaubigtes Ergebnis ist endgültig.
ui-certified-nothing-plain = Diese Wahl ist beglaubigt, und ein beglaubigtes Ergebnis ist endgültig.
ui-certified-line = Beglaubigt am { $when } von { $officer }. Niederschrift { $identifier }.
ui-certified-line-witness = Beglaubigt am { $when } von { $officer }, bezeugt von { $witness }. Niederschrift { $identifier }.
ui-seed-text = Startwert:
ui-seed-names = (die Namen der Kandidierenden)
ui-seed-hash = SHA-256 der Stimmzettelmenge:

## Eine Wahl berichtigen

ui-corrections = Einen Fehler berichtigen
ui-edit-summary = Name, Sitzzahl oder Verfahren der Wahl ändern
ui-edit-save = Änderung speichern
ui-edit-need-reason = Geben Sie einen Grund für die Änderung an: Er steht im Prüfprotokoll.
ui-edit-need-seats = Geben Sie die Zahl der Sitze ein: eine ganze Zahl, mindestens 1.
ui-edit-saving = Die Änderung wird gespeichert …
ui-edit-done = Die Wahl wurde geändert.
ui-edit-done-detail = Das Prüfprotokoll hält die alten und neuen Werte mit Ihrem Grund fest.
ui-edit-method-hint = Es liegen Stimmzettel vor: Eine Änderung verwirft das Ergebnis, und das Verfahren kann nur zu einem wechseln, das dieselbe Art Stimmzettel liest.
ui-edit-reason = Grund für die Änderung
ui-delete-term = Diese Wahl löschen
ui-delete-has-ballots = { $count ->
    [one] Diese Wahl hat { $count } Stimmzettel und kann deshalb nicht gelöscht werden.
   *[other] Diese Wahl hat { $count } Stimmzettel und kann deshalb nicht gelöscht werden.
}
ui-delete-need-reason = Geben Sie einen Grund für das Löschen an: Er steht im Prüfprotokoll.
ui-deleting = Die Wahl wird gelöscht …
ui-delete-done = Die Wahl „{ $name }“ wurde gelöscht.
ui-delete-done-detail = Die Datei wurde vorher gesichert: Datei ▸ Sicherung wiederherstellen holt sie zurück.
ui-delete-intro = Eine versehentlich angelegte Wahl kann gelöscht werden, solange sie keine Stimmzettel hat. Die Datei wird vorher gesichert.
ui-delete-reason = Grund für das Löschen

## Dateien, Sicherungen, Einstellungen

ui-dialog-new-file = Neue Wahldatei
ui-dialog-open-file = Wahldatei öffnen
ui-opening = Die Wahldatei wird geöffnet …
ui-file-created = Neue Wahldatei angelegt.
ui-file-opened = Wahldatei geöffnet.
ui-dialog-save-copy = Kopie der Wahldatei speichern
ui-saving-copy = Die Kopie wird gespeichert …
ui-copy-saved = Kopie gespeichert.
ui-reading-backups = Die Sicherungen werden gelesen …
ui-restore-title = Sicherung wiederherstellen
ui-restore-none = Von dieser Datei gibt es noch keine Sicherung. Vor jedem Schritt, der sich nicht rückgängig machen lässt, wird eine angelegt: beim Beglaubigen, beim Ersetzen des Wählerverzeichnisses, beim Löschen einer Wahl.
ui-restore-intro = Die Datei in ihrem jetzigen Zustand wird gesichert, bevor die gewählte Sicherung sie ersetzt.
ui-backup-certify = { $taken } — vor dem Beglaubigen
ui-backup-replace-roll = { $taken } — vor dem Ersetzen des Wählerverzeichnisses
ui-backup-delete-term = { $taken } — vor dem Löschen einer Wahl
ui-backup-before-restore = { $taken } — vor einer Wiederherstellung
ui-backup-other = { $taken } — vor: { $step }
ui-restore = Wiederherstellen
ui-restoring = Wird wiederhergestellt …
ui-restored = Sicherung wiederhergestellt.
ui-restored-detail = Der vorherige Stand der Datei ist als { $file } aufbewahrt.
ui-reading-preferences = Die Einstellungen werden gelesen …
ui-preferences = Einstellungen
ui-preferences-saved = Einstellungen gespeichert.
ui-preferences-officer = Das Prüfprotokoll nennt ab jetzt { $officer }.
ui-preferences-no-officer = Es ist keine Wahlleitung genannt.
ui-preferences-officer-label = Name der Wahlleiterin oder des Wahlleiters
ui-preferences-officer-hint = Einmal festgelegt: Jede Änderung wird mit diesem Namen im Prüfprotokoll vermerkt, und das Beglaubigen verwendet ihn.

## Das Prüfprotokoll

ui-loading-audit = Das Prüfprotokoll wird geladen …
ui-checking-audit = Das Prüfprotokoll wird geprüft …
ui-audit-intact = Unversehrt.
ui-audit-intact-detail = { $count ->
    [one] Das Prüfprotokoll der Wahldatei hat { $count } Eintrag; er ist unverändert und in seiner ursprünglichen Reihenfolge.
   *[other] Alle { $count } Einträge des Prüfprotokolls der Wahldatei sind unverändert und in ihrer ursprünglichen Reihenfolge.
}
ui-audit-latest-hash = Letzter Hash:
ui-audit-broken = Beschädigt.
ui-audit-broken-detail = Das Prüfprotokoll wurde außerhalb von Scrutineer verändert: { $problem }.
ui-audit-broken-entry = ein Eintrag passt nicht zu seinem Hash
ui-audit-check = Prüfprotokoll prüfen
ui-audit-check-hint = Jede Änderung an der Wahldatei wird festgehalten, jeder Eintrag mit dem Hash des vorigen versiegelt. Die Prüfung berechnet die ganze Kette neu.
ui-audit-heading = { $count ->
    [one] Prüfprotokoll dieser Wahl: { $count } Eintrag
   *[other] Prüfprotokoll dieser Wahl: { $count } Einträge
}
ui-audit-empty = Noch nichts festgehalten: Jede Änderung an dieser Wahl erscheint hier.
ui-audit-col-number = Nr.
ui-audit-col-when = Wann
ui-audit-col-what = Was
ui-audit-col-details = Einzelheiten
ui-audit-col-who = Wer

## Stimmzetteldateien vor dem Einlesen, doppelt eingegebene Summen, Stimmengleichheit

ui-format-grid = Stimmzettel-Raster als CSV (eine Spalte je Kandidat/in)
ui-format-blt = BLT-Stimmzetteldatei (OpenSTV, OpaVote)
ui-format-totals = Summen als CSV (candidate,votes)
ui-format-helios = Helios-Wahlergebnis (Summen)
ui-format-civs = CIVS-Stimmzettelbericht
ui-format-elekto = Elekto-Wahlordner
ui-format-bettervoting = BetterVoting-Stimmzettelexport
ui-format-belenios = Belenios-Stimmzettel
ui-format-debian = Debian-Auszählungsbogen
ui-format-typed = Doppelt eingegebene Summen
ui-preview-heading = Prüfen Sie die Datei vor dem Einlesen
ui-preview-file = Datei
ui-preview-format = Erkanntes Format
ui-preview-holds = Inhalt
ui-preview-totals = Summen (keine Stimmzettel)
ui-preview-blank = Ein leeres Feld bedeutet
ui-preview-candidates = Kandidierende
ui-ballots-cast = Abgegebene Stimmzettel
ui-preview-ballots-hint = Die Datei nennt die Summen, aber nicht, wie viele Stimmzettel abgegeben wurden: Übernehmen Sie die Zahl aus dem veröffentlichten Ergebnis.
ui-preview-need-ballots = Geben Sie die Zahl der abgegebenen Stimmzettel ein (eine ganze Zahl): Die Datei nennt nur die Summen.
ui-preview-import = Diese Datei einlesen
ui-totals-heading = Summen eingeben
ui-totals-intro = Wo es nur Summen gibt (ein veröffentlichtes Ergebnis, eine Handauszählung), geben zwei Personen sie jeweils ein. Gespeichert wird nur, wenn beide Eingaben Zahl für Zahl übereinstimmen.
ui-totals-source = Herkunft der Zahlen
ui-totals-source-placeholder = Zum Beispiel: Helios-Ergebnis, 2. Juni
ui-totals-first = Erste Eingabe
ui-totals-first-hint = Die erste Person gibt die Summen aus dem veröffentlichten Ergebnis oder dem Zählbogen ein.
ui-totals-next = Fertig: Eingabe für die zweite Person verbergen
ui-totals-restart = Mit der ersten Eingabe neu beginnen
ui-totals-second = Zweite Eingabe
ui-totals-second-hint = Eine zweite Person gibt dieselben Summen erneut ein, ohne die erste Eingabe zu sehen (sie ist verborgen).
ui-totals-compare = Vergleichen und speichern
ui-totals-need-number = Geben Sie eine ganze Zahl (0 oder mehr) für { $name } ein.
ui-totals-the-ballots-cast = die abgegebenen Stimmzettel
ui-totals-differ = Die beiden Eingaben weichen voneinander ab. Es wurde nichts gespeichert.
ui-totals-differ-hint = Prüfen Sie diese Zahlen an der Quelle und berichtigen Sie dann die zweite Eingabe (oder beginnen Sie neu).
ui-totals-differ-table = Abweichende Zahlen
ui-totals-nominee = Kandidat/in
ui-totals-saving = Die Summen werden gespeichert …
ui-totals-saved = { $count ->
    [one] Summen gespeichert: { $count } abgegebener Stimmzettel.
   *[other] Summen gespeichert: { $count } abgegebene Stimmzettel.
}
ui-totals-saved-hash = SHA-256 der Zahlen: { $sha256 }
ui-decided-by-coin = Münzwurf
ui-decided-by-lot = Losentscheid
ui-decided-by-casting-vote = Ausschlaggebende Stimme
ui-tie-order = Festgelegte Reihenfolge, bevorzugte Person zuerst
ui-tie-move-up = { $name } nach oben
ui-tie-move-down = { $name } nach unten
ui-tie-up = ↑ Nach oben
ui-tie-down = ↓ Nach unten
ui-tie-record = Entscheidung vermerken und neu auszählen
ui-tie-need-method = Geben Sie an, wie die Stimmengleichheit entschieden wurde.
ui-tie-need-who = Geben Sie an, wer entschieden hat.
ui-tie-recording = Die Entscheidung wird vermerkt …
ui-tie-heading = Eine Stimmengleichheit braucht die Entscheidung der Wahlleitung
ui-tie-stopped = Die Auszählung wurde bei einer Stimmengleichheit angehalten: { $context }
ui-tie-tied = Stimmengleich: { $names }
ui-tie-hint = Entscheiden Sie die Stimmengleichheit nach Ihren Regeln und bringen Sie die Kandidierenden in die entschiedene Reihenfolge: Die erste Person wird bevorzugt. Die Entscheidung steht im Prüfprotokoll und in der Wahlniederschrift.
ui-tie-how = Wie entschieden wurde
ui-tie-decided-by = Entschieden von
ui-tie-witness = Zeuge/Zeugin
ui-counting = Die Stimmen werden ausgezählt …
