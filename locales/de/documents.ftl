# Scrutineers veröffentlichte Dokumente: Wahlniederschrift (Ergebnisbescheinigung),
# Kandidatenheft, Bekanntmachung und Ergebnis-CSV.

## Allgemein

not-stated = Nicht angegeben
not-recorded = Nicht erfasst
page-of = Seite { $n } von { $total }
percent = { $n } %
# A figure that cannot be worked out (turnout with an empty roll).
not-available = k. A.
list-and = { $init } und { $last }
list-sep = {", "}

## Wahlniederschrift

cert-title = Wahlniederschrift
cert-kicker = AMTLICHE NIEDERSCHRIFT ÜBER EINE WAHL
cert-footer = Wahlniederschrift · erstellt mit { $producer }
cert-identifier-short = Niederschrift { $id }
cert-identifier-status = Niederschrift { $id } · { $status }
cert-draft = ENTWURF — nicht beglaubigt
cert-certified-on = Beglaubigt am { $when } von { $officer }
cert-certified-witnessed = Beglaubigt am { $when } von { $officer }, bezeugt von { $witness }
cert-method-and-rules = Wahlverfahren und Regeln
cert-counting-method = Zählverfahren
cert-rules = Regeln
cert-no-further-rules = Keine weiteren Regeln
cert-participation = Wahlbeteiligung
cert-eligible = Wahlberechtigte
cert-ballots-cast = Abgegebene Stimmzettel
cert-turnout = Beteiligung
cert-col-rank = Platz
cert-col-candidate = Kandidat/in
cert-col-employer = Arbeitgeber
cert-col-votes = Stimmen
cert-col-status = Ergebnis
cert-candidates = Kandidierende
cert-candidates-continued = Kandidierende (Fortsetzung)
cert-no-candidates = Keine Kandidierenden.
cert-elected-in-order = Gewählt, in der Reihenfolge der Wahl
cert-none-elected = Niemand wurde gewählt.
cert-exclusions = Ausschlüsse
cert-no-reason = Kein Grund vermerkt
cert-ties = Durch Los entschiedene Stimmengleichheiten
cert-tie-n = Stimmengleichheit { $n }
cert-tied-candidates = Stimmengleiche Kandidierende
cert-ballot-set-sha = SHA-256 der Stimmzettelmenge
cert-order-drawn = Ausgeloste Reihenfolge
cert-seed = Startwert
cert-seed-continued = Startwert (Fortsetzung)
cert-seed-none = (keiner vermerkt)
cert-tie-decided = { $rule }: { $how }, entschieden von { $who }
cert-tie-decided-witnessed = { $rule }: { $how }, entschieden von { $who }, bezeugt von { $witness }
cert-notes = Anmerkungen
cert-verification = Überprüfung
cert-sha-of-ballots = SHA-256 der Stimmzettel
cert-date = Datum der Niederschrift
cert-status = Stand
cert-identifier = Kennung der Niederschrift
cert-counted-with = Ausgezählt mit
cert-statement = Wir bestätigen, dass die vorstehende Niederschrift das Ergebnis dieser Wahl, ausgezählt nach dem angegebenen Verfahren und den angegebenen Regeln, richtig wiedergibt.
cert-returns-officer = Wahlleiter/in
cert-witness = Zeuge/Zeugin
cert-signature = Unterschrift
cert-name = Name in Druckschrift
cert-signature-date = Datum
cert-quorum-met = Das Quorum wurde erreicht.
cert-audit-head = Letzter Eintrag des Prüfprotokolls: Nr. { $seq }, SHA-256 { $hash }
cert-small-batch = Ein Stapel von { $n ->
        [one] { $n } Stimmzettel
       *[other] { $n } Stimmzetteln
    } unter der Schwelle für das Wahlgeheimnis wurde mit folgender Begründung der Wahlleitung eingelesen: { $reason }
cert-acknowledged = Von der Wahlleitung nach einer Änderung außerhalb von Scrutineer bestätigter Stand: { $reason }

## Ergebnis je Kandidat/in

status-elected = gewählt
status-disqualified = ausgeschlossen
status-not-elected = nicht gewählt
status-withdrawn = zurückgezogen
status-vacant = Sitz gewonnen, bleibt unbesetzt
status-elected-by-draw = durch Los gewählt
status-elected-by-officer = durch Entscheidung der Wahlleitung gewählt
status-elected-by-psf = nach dem PSF-Verfahren gewählt

## Zählverfahren

method-approval = Zustimmungswahl (Mehrpersonenwahl)
method-plurality = Mehrheitswahl (eine nicht übertragbare Stimme)
method-star = Block-STAR (Punktwertung mit automatischer Stichwahl)
method-schulze = Schulze-Methode (Condorcet)
method-ranked-pairs = Ranked Pairs nach Tideman (Condorcet)
method-irv = Integrierte Stichwahl
method-stv-scottish = Übertragbare Einzelstimmgebung nach schottischem Recht (SSI 2007/42)
method-stv-meek = Übertragbare Einzelstimmgebung nach Meek
method-debian = Debian-Satzung A.6 (Condorcet, Schwartz-Menge, Standardoption)

## Geltende Regeln

rule-seats = { $n ->
        [one] { $n } Sitz
       *[other] { $n } Sitze
    }
rule-no-employer-limit = Keine Begrenzung der Gewählten je Arbeitgeber
rule-employer-cap = Arbeitgeber-Obergrenze: { $cap } (Verfahren nach PEP 13: die am niedrigsten platzierte Person eines überrepräsentierten Arbeitgebers wird ausgeschlossen, die nächste rückt nach)
rule-max-per-employer = Höchstens { $n ->
        [one] { $n } gewählte Person
       *[other] { $n } gewählte Personen
    } je Arbeitgeber (Verfahren nach PEP 13: die am niedrigsten platzierte Person eines überrepräsentierten Arbeitgebers wird ausgeschlossen, die nächste rückt nach)
rule-sitting = Auf die Arbeitgeber-Obergrenze angerechnete amtierende Mitglieder: { $list }
rule-seed-default = Startwert für Losentscheide: die Namen der Kandidierenden, sortiert, einer je Zeile (Voreinstellung), mit dem SHA-256 der kanonischen Stimmzettelmenge (ballots.csv des Ergebnispakets)
rule-seed-given = Startwert für Losentscheide: „{ $seed }“, mit dem SHA-256 der kanonischen Stimmzettelmenge (ballots.csv des Ergebnispakets)
rule-ties-draw = Stimmengleichheit: Losentscheid von Scrutineer mit Startwert
rule-ties-psf = Stimmengleichheit: Verfahren der PSF (Pythons Zufallsmodul mit den Namen der Stimmengleichen, sortiert und aneinandergehängt, als Startwert, dann random.sample)
rule-ties-officer = Stimmengleichheit: Entscheidung der Wahlleitung (Münzwurf, Los oder ausschlaggebende Stimme), vermerkt mit der entscheidenden und der bezeugenden Person ({ $n ->
        [one] { $n } Entscheidung
       *[other] { $n } Entscheidungen
    } vermerkt)
rule-none-of-the-above = „{ $name }“ steht für „keiner der Genannten“: ein Sitz, den diese Option gewinnt, bleibt unbesetzt
rule-blank = Leere Rangstelle: { $how }
rule-blank-not-compared = Wer auf einem Stimmzettel keinen Rang erhält, nimmt auf diesem Stimmzettel an keinem Zweikampf teil (keine Meinung)
rule-blank-below-ranked = Wer auf einem Stimmzettel keinen Rang erhält, steht dort hinter allen mit Rang und gleichauf mit den übrigen ohne Rang
rule-totals = Ausgezählt aus veröffentlichten Summen, nicht aus Stimmzetteln: { $batches ->
        [one] { $batches } Stapel
       *[other] { $batches } Stapel
    } mit zusammen { $cast ->
        [one] { $cast } abgegebenen Stimmzettel
       *[other] { $cast } abgegebenen Stimmzetteln
    }
rule-totals-file = Summen aus { $file }: { $cast ->
        [one] { $cast } abgegebener Stimmzettel
       *[other] { $cast } abgegebene Stimmzettel
    }, SHA-256 { $sha }
rule-quorum = Quorum: { $q } % der Wahlberechtigten
rule-withdrawn = Vor der Auszählung zurückgezogen: { $list }
rule-debian = Debian-Satzung A.6: Standardoption „{ $default }“; Quorum { $quorum }; { $majorities }
rule-debian-no-quorum = keines
rule-debian-simple = einfache Mehrheiten
rule-debian-needs = { $option } braucht { $n }:1

## Hinweise vor der Unterschrift

warn-empty-roll = Das Wählerverzeichnis ist leer, daher lassen sich Beteiligung und Quorum nicht berechnen: Wählerverzeichnis einlesen.
warn-more-ballots = Es gibt mehr Stimmzettel ({ $ballots }) als Wahlberechtigte im Wählerverzeichnis ({ $eligible }): Wählerverzeichnis und Stimmzetteldateien vor der Beglaubigung prüfen.
warn-quorum-not-met = Das Quorum wurde nicht erreicht.
warn-seats-exceed = Es gibt { $seats ->
        [one] { $seats } Sitz
       *[other] { $seats } Sitze
    }, aber nur { $standing ->
        [one] { $standing } kandidierende Person
       *[other] { $standing } Kandidierende
    }, daher { $empty ->
        [one] bleibt mindestens { $empty } Sitz
       *[other] bleiben mindestens { $empty } Sitze
    } unbesetzt.

## Kandidatenheft

booklet-doc-title = Kandidierende: { $term }
booklet-self-nominated = Eigenbewerbung
booklet-title = Kandidatenheft
booklet-kicker = KANDIDATENHEFT
booklet-nominees-standing = Wahlvorschläge ({ $n ->
        [one] { $n } steht zur Wahl
       *[other] { $n } stehen zur Wahl
    })
booklet-no-nominations = Keine Wahlvorschläge.
booklet-withdrawn-mark = {" "}(zurückgezogen)
booklet-published = Veröffentlicht am { $date }. Jeder Wahlvorschlag beginnt auf einer neuen Seite.
booklet-withdrawn-banner = ZURÜCKGEZOGEN
booklet-handle = Benutzername
booklet-nominated-by = Vorgeschlagen von
booklet-seconded-by = Unterstützt von
booklet-status = Stand
booklet-withdrawn-status = Von der Wahl zurückgezogen
booklet-endorsements = Empfehlungen
booklet-endorsed-by = Empfohlen von{" "}
booklet-statement = Vorstellung
booklet-no-statement = Keine Vorstellung.
booklet-footer = Kandidatenheft · erstellt mit { $producer }

## Bekanntmachung des Wahlergebnisses

announce-title = Wahlergebnis: { $term }
announce-title-org = Wahlergebnis: { $org }, { $term }
announce-sentences = { $first } { $second }
announce-none-elected = Niemand wurde gewählt.
announce-one-elected = Gewählt ist { $name }.
announce-many-elected = Gewählt sind, in dieser Reihenfolge: { $names }.
announce-method = Die Auszählung besetzte { $seats ->
        [one] { $seats } Sitz
       *[other] { $seats } Sitze
    } nach dem Verfahren „{ $method }“.
announce-vacant = { $n ->
        [one] { $n } Sitz bleibt
       *[other] { $n } Sitze bleiben
    } unbesetzt.
announce-ballots-turnout = { $ballots ->
        [one] { $ballots } Stimmzettel wurde
       *[other] { $ballots } Stimmzettel wurden
    } von { $eligible ->
        [one] { $eligible } Wahlberechtigten
       *[other] { $eligible } Wahlberechtigten
    } abgegeben (Wahlbeteiligung { $turnout }).
announce-ballots = { $ballots ->
        [one] { $ballots } Stimmzettel wurde
       *[other] { $ballots } Stimmzettel wurden
    } abgegeben.
announce-quorum-met = Das Quorum wurde erreicht.
announce-quorum-not-met = Das Quorum wurde nicht erreicht.
announce-figures = Stimmenzahlen
announce-figure-line = { $name }: { $figure }, { $status }
announce-rules-applied = Angewandte Regeln
announce-disqualified = { $name } wurde ausgeschlossen: { $reason }.
announce-tie = Die Stimmengleichheit zwischen { $tied } ({ $context }) wurde durch { $rule } entschieden: { $order }, in dieser Reihenfolge.
announce-seeded-draw = einen Losentscheid mit Startwert
announce-seed = Startwert des Losentscheids: { $seed }
announce-withdrew = Vor der Auszählung zurückgezogen: { $names }.
announce-check = Jede und jeder kann die Auszählung nachprüfen: der SHA-256 der Stimmzettelmenge lautet { $sha }.
figure-approval = { $count ->
        [one] { $n } Zustimmung
       *[other] { $n } Zustimmungen
    }
figure-star = { $count ->
        [one] { $n } Punkt
       *[other] { $n } Punkte
    }
figure-pairwise = { $count ->
        [one] { $n } gewonnener Zweikampf
       *[other] { $n } gewonnene Zweikämpfe
    }
figure-first-preference = { $count ->
        [one] { $n } Erstpräferenz
       *[other] { $n } Erstpräferenzen
    }
figure-vote = { $count ->
        [one] { $n } Stimme
       *[other] { $n } Stimmen
    }

## Ergebnis-CSV

csv-item = posten
csv-value = wert
csv-rank = platz
csv-name = name
csv-employer = arbeitgeber
csv-votes = stimmen
csv-status = ergebnis
csv-reason = grund
csv-term = Wahl
csv-organisation = Organisation
csv-method = Verfahren
csv-seats = Sitze
csv-eligible = Wahlberechtigte
csv-ballots-cast = Abgegebene Stimmzettel
csv-turnout = Wahlbeteiligung
csv-quorum = Quorum
csv-quorum-met = erreicht
csv-quorum-not-met = nicht erreicht
csv-ballot-sha = SHA-256 der Stimmzettelmenge
csv-counted-at = Ausgezählt am (UTC)
csv-status-label = Stand
csv-identifier = Kennung der Niederschrift
csv-rule = Regel
csv-tie = Stimmengleichheit
csv-warning = Hinweis
csv-tie-value = { $context }: Stimmengleichheit zwischen { $tied }; Reihenfolge { $order }
csv-tied-with = stimmengleich mit { $others } ({ $context }); Reihenfolge durch { $rule } bestimmt
