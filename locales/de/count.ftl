count-rule-draw = dem Losentscheid mit Startwert
count-rule-psf = dem PSF-Verfahren (Pythons random.sample mit den Namen der Stimmengleichen als Startwert)
count-rule-officer = der vermerkten Entscheidung der Wahlleitung
count-note-stv-scottish = Übertragbare Einzelstimmgebung nach der Scottish Local Government Elections Order 2007 (SSI 2007/42), Anhang 1, Regeln 45–52: Quote ⌊{ $valid } ÷ { $divisor }⌋ + 1 = { $quota } (Regel 46); Überschüsse werden nach der gewichteten inklusiven Gregory-Methode übertragen, jeder Stimmzettel mit Überschuss × seinem Wert ÷ den Stimmen der Person, auf 5 Nachkommastellen, der Rest bleibt unberücksichtigt (Regel 48); bleibt kein Überschuss, scheidet die Person mit den wenigsten Stimmen aus (Regel 50); bei Stimmengleichheit entscheidet die letzte Stufe, in der sich die Stimmenzahlen unterschieden, sonst das Los nach { $rule } (Regeln 49, 51).
count-note-stv-nontransferable = Nicht übertragbare Stimmzettel am Ende: { $votes } Stimmen. Gewählt in { $steps ->
        [one] { $steps } Stufe
       *[other] { $steps } Stufen
    }.
count-note-stv-rejected = { $n ->
        [one] { $n } Stimmzettel wurde
       *[other] { $n } Stimmzettel wurden
    } zurückgewiesen: keine erste Präferenz oder eine erste Präferenz für mehr als eine Person; sie zählen nicht zur Quote.
count-note-unfilled = { $elected ->
        [0] Es konnte kein Sitz besetzt werden.
        [one] Nur { $elected } von { $seats } Sitzen konnte besetzt werden.
       *[other] Nur { $elected } von { $seats } Sitzen konnten besetzt werden.
    }
count-note-no-ballots-given = Die Zahl der abgegebenen Stimmzettel wurde nicht angegeben.
count-note-approval = Zustimmungswahl: { $seats ->
        [one] gewählt ist, wer die meisten Zustimmungen erhält
       *[other] gewählt sind die { $seats } Kandidierenden mit den meisten Zustimmungen
    }; eine Stimmengleichheit, die über einen Sitz entscheidet, wird nach { $rule } aufgelöst.
count-note-plurality = Mehrheitswahl: jeder Stimmzettel ist eine Stimme für die erste Wahl; { $seats ->
        [one] gewählt ist, wer die meisten Stimmen erhält
       *[other] gewählt sind die { $seats } Kandidierenden mit den meisten Stimmen
    }; eine Stimmengleichheit, die über einen Sitz entscheidet, wird nach { $rule } aufgelöst.
count-note-plurality-void = { $n ->
        [one] { $n } Stimmzettel ungültig
       *[other] { $n } Stimmzettel ungültig
    }: mehr als eine erste Wahl.
count-note-plurality-blank = { $n ->
        [one] { $n } Stimmzettel leer
       *[other] { $n } Stimmzettel leer
    }: keine Wahl getroffen.
count-note-irv = Integrierte Stichwahl: in jeder Runde zählt jeder Stimmzettel für die am höchsten eingestufte noch verbliebene Person; wer mehr als die Hälfte der Stimmen der Verbliebenen hat, ist gewählt; sonst scheidet die Person mit den wenigsten Stimmen aus und ihre Stimmzettel gehen weiter. Bei Gleichstand der Wenigsten entscheidet die letzte frühere Runde, in der sich die Stimmen unterschieden, sonst { $rule }.
count-note-irv-shared = { $n ->
        [one] { $n } Stimmzettel war
       *[other] { $n } Stimmzettel waren
    } erschöpft, weil sich mehrere Kandidierende die höchste verbliebene Präferenz teilten.
count-note-irv-no-groups = Die Begrenzung der Gewählten je Gruppe gilt nicht: bei einem Sitz kann sie nicht greifen.
count-note-irv-equal = Ein Stimmzettel, dessen höchste verbliebene Präferenz mehrere Kandidierende teilen (gleicher Rang), ist von diesem Punkt an für den Rest der Auszählung erschöpft.
count-tie-seeded = Losentscheid mit Startwert
count-tie-officer = Entscheidung der Wahlleitung
count-tie-psf = PSF-Verfahren (psf/elections break-ties.py): random.seed der sortierten, aneinandergehängten Namen, dann random.sample(candidates, { $k })
count-tie-group = { $n } Kandidierende stimmengleich nach { $what } für { $remaining ->
        [one] { $remaining } verbleibenden Sitz
       *[other] { $remaining } verbleibende Sitze
    }
count-what-approvals = Zustimmungen
count-what-votes = Stimmen
count-what-locked = festgelegten Paaren
count-what-paths = stärksten Pfaden
count-note-schulze = Schulze-Methode (M. Schulze, Social Choice and Welfare 36 (2011)): d[X][Y] ist die Zahl der Stimmzettel, die X vor Y einstufen; { $blank }, und gleiche Ränge zählen für keinen von beiden. Verbindungen sind gewinnende Stimmen (d[X][Y], wenn d[X][Y] > d[Y][X]); X steht vor Y, wenn der stärkste Pfad von X zu Y stärker ist als der von Y zu X.
count-note-schulze-figure = Die Zahl bei jeder Person ist die Zahl der anderen, die sie über stärkste Pfade schlägt. Wen das Verfahren nicht trennt, der teilt sich einen Platz; entscheidet deren Reihenfolge über einen Sitz, so bestimmt sie { $rule }.
count-blank-not-compared = wer auf einem Stimmzettel keinen Rang erhält, nimmt auf diesem Stimmzettel an keinem Zweikampf teil
count-blank-below-ranked = wer auf einem Stimmzettel keinen Rang erhält, steht dort hinter allen mit Rang und gleichauf mit den übrigen ohne Rang
count-note-ranked-pairs = Ranked Pairs (Tideman 1987) nach Abständen: d[X][Y] ist die Zahl der Stimmzettel, die X vor Y einstufen (wer auf einem Stimmzettel keinen Rang erhält, nimmt dort an keinem Zweikampf teil; gleiche Ränge zählen für keinen von beiden). Die Mehrheiten werden vom größten Abstand abwärts festgelegt, jede, sofern sie mit den bereits festgelegten keinen Zyklus bildet; die Rangfolge folgt den festgelegten Paaren.
count-note-pairwise-matrix = Paarvergleichsmatrix: { $blank }; gleiche Ränge zählen für keinen von beiden.
count-note-ranked-pairs-figure = Die Zahl bei jeder Person ist die Zahl der anderen, vor denen sie über festgelegte Paare steht. Wen die festgelegten Paare nicht trennen, der teilt sich einen Platz; entscheidet deren Reihenfolge über einen Sitz, so bestimmt sie { $rule }.

## Ereignisse der Auszählung (scrutineer_count::explain::Note).

count-tie-officer-pending = Entscheidung der Wahlleitung (noch nicht getroffen)
count-cap-count = höchstens { $k } je Gruppe
count-cap-fraction = höchstens { $num }/{ $den } des Gremiums von { $body } ({ $seats ->
        [one] { $seats } Sitz
       *[other] { $seats } Sitze
    } jetzt zu besetzen + { $sitting ->
        [one] { $sitting } amtierendes Mitglied
       *[other] { $sitting } amtierende Mitglieder
    }), abgerundet: { $limit }
count-employer-cap-count = höchstens { $limit } je Arbeitgeber
count-employer-cap-fraction = höchstens { $num }/{ $den } des Gremiums von { $body }, also { $limit }, je Arbeitgeber
count-quorum-developers = R = 3Q = 3 × √{ $developers } / 2 ≈ { $r } ({ $developers } Entwickler; Q ist die Hälfte der Quadratwurzel der Zahl der Entwickler, Satzung §4.2)
count-quorum-votes = R = { $num }
count-quorum-votes-fraction = R = { $num }/{ $den }
count-majority-pre2015 = verlangt war V(A,D) echt größer als { $times } (Wortlaut der Satzung v1.2–v1.5)
count-majority-current = verlangt war V(A,D) mindestens { $times } und echt größer als V(D,A) = { $under } (Wortlaut der Satzung v1.6)
count-tie-irv = Runde { $round } der integrierten Stichwahl: { $n } Kandidierende mit gleich wenigen Stimmen, gleichauf in jeder früheren Runde; wer gezogen wird, scheidet aus
count-tie-meek-quota = gleiche Stimmenzahl beim Erreichen der Quote
count-tie-meek-lowest = Kandidierende, die innerhalb des Überschusses am niedrigsten liegen: wer ausscheidet
count-tie-scottish-surplus = gleiche Überschüsse: welcher zuerst übertragen wird (Regel 49(2), 49(3))
count-tie-scottish-lowest = gleich niedrige Kandidierende: wer ausscheidet (Regel 51(2))
count-tie-scottish-quota-cap = gleiche Stimmenzahl beim Erreichen der Quote unter der Gruppenbegrenzung (wie Regel 49)
count-tie-star-scoring = Sitz { $seat }, Punkterunde
count-tie-star-runoff = Sitz { $seat }, automatische Stichwahl: gleichauf bei Präferenzen, Sternsummen und Fünf-Sterne-Bewertungen
count-tie-star-draw = { $context }: { $tied } gleichauf bei Sternen, direkten Vergleichen und Fünf-Sterne-Bewertungen ({ $fives }) für { $places ->
        [one] { $places } Stichwahlplatz
       *[other] { $places } Stichwahlplätze
    }
count-tie-ranked-pairs = Ranked Pairs: Mehrheiten mit gleichem Abstand { $margin } widersprechen sich, ihre Reihenfolge entscheidet also, welche festgelegt werden; Hilfsrangfolge der Kandidierenden (TBRC, Zavist & Tideman 1989)
count-note-totals = Ausgezählt nach veröffentlichten Summen ({ $what } je Person), nicht nach Stimmzetteln: { $seats ->
        [one] gewählt ist, wer die meisten { $what } hat
       *[other] gewählt sind die { $seats } Kandidierenden mit den meisten { $what }
    }.
count-note-vacant = { $won ->
        [one] { $won } Sitz bleibt
       *[other] { $won } Sitze bleiben
    } unbesetzt: { $name } hat gewonnen (ein Sitz, den „Keiner der Genannten“ gewinnt, bleibt unbesetzt).
count-note-none-of-the-above-lost = { $name } stand für „Keiner der Genannten“ zur Wahl und gewann keinen Sitz.
count-note-group-cap-ranking = Höchstens { $limit ->
        [one] { $limit } gewählte Person
       *[other] { $limit } Gewählte
    } je Gruppe: Die Rangfolge wird von oben durchgegangen; wer einer Gruppe angehört, die schon { $limit ->
        [one] { $limit } gewählte Person
       *[other] { $limit } Gewählte
    } hat, wird ausgeschlossen, und die nächstplatzierte Person rückt nach (PEP 13); { $cap }.
count-note-stv-scottish-groups = Höchstens { $limit ->
        [one] { $limit } gewählte Person
       *[other] { $limit } Gewählte
    } je Gruppe: Sind die Plätze einer Gruppe besetzt, scheiden ihre übrigen verbliebenen Kandidierenden aus, und ihre Stimmzettel werden in der nächsten Stufe übertragen, vor jedem Überschuss; { $cap }.
count-note-meek = Übertragbare Einzelstimmgebung nach Meek (Hill, Wichmann & Woodall, Algorithmus 123, mit der Rundung des neuseeländischen Anhangs 1A) in Festkommaarithmetik auf { $places } Nachkommastellen: Behaltewerte aufgerundet; Quote = (Stimmen − Überhang) ÷ { $divisor }, abgeschnitten, plus 10^-{ $places }; Iteration, bis der gesamte Überschuss unter omega = { $omega } liegt; die Person mit den wenigsten Stimmen scheidet aus, Kandidierende innerhalb des Überschusses der niedrigsten gelten als gleichauf, Gleichstände entscheiden frühere Runden, sonst { $rule }; insgesamt { $iterations ->
        [one] { $iterations } Iteration
       *[other] { $iterations } Iterationen
    }.
count-note-meek-stalled = In { $rounds ->
        [one] { $rounds } Runde
       *[other] { $rounds } Runden
    } sank der Überschuss nicht mehr, bevor er omega erreichte (die Grenze der festgelegten Genauigkeit); die Auszählung ging von diesem stabilen Stand aus weiter.
count-note-meek-groups = Höchstens { $limit ->
        [one] { $limit } gewählte Person
       *[other] { $limit } Gewählte
    } je Gruppe: Sind die Plätze einer Gruppe besetzt, scheiden ihre übrigen aussichtsreichen Kandidierenden aus (Behaltewert 0); { $cap }.
count-note-ranked-pairs-tbrc = Mehrheiten mit gleichem Abstand ({ $margin }) widersprachen sich, daher wurde eine Hilfsrangfolge der Kandidierenden gezogen (Zavist & Tideman 1989): { $order }. Von zwei Mehrheiten mit gleichem Abstand wird die zuerst genommen, deren Gewinner darin höher steht; bei gleichem Gewinner die, deren Verlierer niedriger steht.
count-note-star = Block-STAR (PEP 13): Jede wählende Person vergibt an jede kandidierende Person 0 bis 5 Sterne. Für { $seats ->
        [one] den Sitz
       *[other] jeden der { $seats } Sitze
    } kommen die beiden verbliebenen Kandidierenden mit den höchsten Sternsummen in eine automatische Stichwahl; sie gewinnt, wer auf mehr Stimmzetteln höher bewertet ist; die gewinnende Person ist gewählt, und die Auszählung wiederholt sich ohne sie für den nächsten Sitz.
count-note-star-ties = Gleichstände (offizielles Gleichstandsprotokoll der Equal Vote Coalition, starvoting.org/ties): In der Punkterunde kommt unter Stimmengleichen weiter, wen im direkten Vergleich mehr Wählende vorziehen (bei drei oder mehr Stimmengleichen scheiden wiederholt diejenigen aus, die unter ihnen die meisten direkten Vergleiche verloren haben), dann wer die meisten Fünf-Sterne-Bewertungen hat, dann { $rule }; in der Stichwahl gewinnt die höhere Sternsumme, dann die meisten Fünf-Sterne-Bewertungen, dann { $rule }.
count-note-star-groups = Höchstens { $limit ->
        [one] { $limit } gewählte Person
       *[other] { $limit } Gewählte
    } je Gruppe: Wer einen Sitz gewinnen würde, während aus der eigenen Gruppe { $limit ->
        [one] schon { $limit } Person gewählt ist
       *[other] schon { $limit } Personen gewählt sind
    }, wird ausgeschlossen, und der Sitz wird ohne diese Person erneut ausgezählt (PEP 13); { $cap }.
count-note-debian = Debian-Satzung A.6: Auf einem Stimmzettel eingestufte Optionen gehen allen nicht eingestuften vor, die untereinander gleichrangig sind (A.6(1)); V(A,B) ist die Zahl der Wählenden, die A gegenüber B vorziehen.
count-note-debian-casting-vote = Die Schwartz-Menge umfasst { $n } Optionen ({ $options }); die Person mit der ausschlaggebenden Stimme wählte { $chosen } (A.6(8)).
count-note-debian-no-winner = Noch kein Ergebnis: Die Schwartz-Menge umfasst { $n } Optionen ({ $options }) ohne Niederlagen untereinander, daher muss die Person mit der ausschlaggebenden Stimme entscheiden, welche gewinnt (A.6(8)). Tragen Sie die ausschlaggebende Stimme ein und zählen Sie erneut aus.
count-note-debian-default-won = Die Standardoption ({ $name }) hat gewonnen.
count-note-debian-figure = Die Zahl bei jeder Option ist V(Option, { $name }): die Zahl der Wählenden, die sie vor die Standardoption setzen.
count-reason-group = { $winners ->
        [one] { $winners } höher platzierte gewählte Person arbeitet
       *[other] { $winners } höher platzierte Gewählte arbeiten
    } bereits für { $group } ({ $cap }); die nächstplatzierte Person rückt nach
count-reason-group-sitting = { $winners ->
        [one] { $winners } höher platzierte gewählte Person
       *[other] { $winners } höher platzierte Gewählte
    } und { $sitting ->
        [one] { $sitting } amtierendes Mitglied
       *[other] { $sitting } amtierende Mitglieder
    } arbeiten bereits für { $group } ({ $cap }); die nächstplatzierte Person rückt nach
count-reason-star-group = hätte Sitz { $seat } gewonnen, aber { $max ->
        [one] { $max } bereits gewählte Person arbeitet
       *[other] { $max } bereits Gewählte arbeiten
    } für { $group } (höchstens { $max } je Gruppe, PEP 13); ausgeschlossen, und der Sitz wird ohne { $name } erneut ausgezählt
count-reason-meek-group = { $group } hat bereits { $max ->
        [one] { $max } gewählte Person
       *[other] { $max } Gewählte
    }, so viele wie je Gruppe erlaubt; Behaltewert auf 0 gesetzt
count-reason-scottish-group = { $group } hat bereits { $max ->
        [one] { $max } gewählte Person
       *[other] { $max } Gewählte
    }, so viele wie je Gruppe erlaubt; die Stimmzettel der Person werden in der nächsten Stufe übertragen
count-reason-debian-quorum = Wegen des Quorums gestrichen (A.6(2)): { $voters ->
        [one] { $voters } wählende Person setzte
       *[other] { $voters } Wählende setzten
    } sie vor { $default }, weniger als das Quorum { $quorum } (Runde 1)
count-reason-debian-majority = Wegen der Mehrheit gestrichen (A.6(3)): V(A,D) = { $over } gegen V(D,A) = { $under } ({ $default }), Verhältnis { $ratio }, unter der erforderlichen Mehrheit { $num }:{ $den }; { $test } (Runde 2)

## Die Runden: die Erläuterung jeder Runde (ihre Sätze durch ein Leerzeichen
## verbunden), der Grund jedes Schritts, der Name einer Debian-Niederlage,
## die Erläuterung jedes STAR-Sitzes.

count-round-withdrawn = vor der Auszählung zurückgezogen; auf allen Stimmzetteln gestrichen
count-round-irv-first = Runde 1: erste Präferenzen. { $held ->
        [one] { $held } Stimme
       *[other] { $held } Stimmen
    } entfallen auf verbliebene Kandidierende{ $shared ->
        [0] {""}
        [one] {" "}({ $shared } weiterer Stimmzettel erschöpft, weil sich mehrere Kandidierende die höchste verbliebene Präferenz teilen)
       *[other] {" "}({ $shared } weitere Stimmzettel erschöpft, weil sich mehrere Kandidierende die höchste verbliebene Präferenz teilen)
    }.
count-round-irv-next = Runde { $round }: Die Stimmzettel von { $last } gehen an ihre nächste verbliebene Präferenz über. { $held ->
        [one] { $held } Stimme
       *[other] { $held } Stimmen
    } entfallen auf verbliebene Kandidierende{ $shared ->
        [0] {""}
        [one] {" "}({ $shared } weiterer Stimmzettel erschöpft, weil sich mehrere Kandidierende die höchste verbliebene Präferenz teilen)
       *[other] {" "}({ $shared } weitere Stimmzettel erschöpft, weil sich mehrere Kandidierende die höchste verbliebene Präferenz teilen)
    }.
count-round-irv-none-standing = Niemand kandidiert mehr.
count-round-irv-majority = { $votes ->
        [one] { $votes } Stimme
       *[other] { $votes } Stimmen
    }, mehr als die Hälfte der { $held } Stimmen der verbliebenen Kandidierenden
count-round-irv-elected-with = { $name } ist gewählt mit { $reason }.
count-round-irv-last-continuing = letzte verbliebene kandidierende Person
count-round-irv-elected-as = { $name } ist gewählt als { $reason }.
count-round-irv-fewest = wenigste Stimmen ({ $min })
count-round-irv-fewest-tied = wenigste Stimmen ({ $min }), gleichauf mit { $others }; { $how }
count-round-irv-earlier-round = in Runde { $round } hatte die Person weniger Stimmen ({ $min })
count-round-irv-drawn = gleichauf in jeder früheren Runde: Wer ausscheidet, wurde nach { $rule } bestimmt
count-round-irv-excluded = Niemand hat mehr als die Hälfte ({ $needed } erforderlich); { $name } scheidet aus: { $reason }.
count-round-scottish-first = Erste Präferenzen (Regel 45); { $valid ->
        [one] { $valid } gültiger Stimmzettel
       *[other] { $valid } gültige Stimmzettel
    }, Quote { $quota } (Regel 46)
count-round-scottish-group-transfer = Übertragung der Stimmzettel von { $names } (durch die Gruppenbegrenzung ausgeschieden) zu ihrem aktuellen Wert wie nach Regel 50
count-round-scottish-surplus = Überschuss von { $surplus } übertragen (Regel 48)
count-round-scottish-surplus-stage = Übertragung des Überschusses von { $name } ({ $surplus })
count-round-scottish-lowest = niedrigste Stimmenzahl ({ $min }) (Regel 50(1))
count-round-scottish-exclusion-stage = Ausschluss von { $name } und Übertragung der Stimmzettel (Regel 50)
count-round-scottish-tie-stage = Gleichstand zwischen { $tied } ({ $context }), entschieden nach den Stimmen in Stufe { $stage }
count-round-scottish-tie-lot = Gleichstand zwischen { $tied } ({ $context }), in jeder Stufe gleich: durch Los entschieden, nach { $rule }
count-round-scottish-quota-reached = Quote erreicht mit { $votes } (Regel 47)
count-round-scottish-deemed-elected = nicht mehr verbliebene Kandidierende als freie Sitze: gilt als gewählt mit { $votes } (Regel 52(1))
count-round-meek-fill = nicht mehr aussichtsreiche Kandidierende als freie Sitze: gewählt mit { $votes }
count-round-meek-fill-round = Die übrigen aussichtsreichen Kandidierenden besetzen die freien Sitze
count-round-meek-election = Wahl von { $names }
count-round-meek-fewest = wenigste Stimmen ({ $votes }), nachdem die Überschüsse unter Omega { $omega } lagen (Gesamtüberschuss { $surplus })
count-round-meek-exclusion = Ausschluss von { $name }
count-round-meek-quota-reached = Quote { $quota } erreicht mit { $votes }
count-round-meek-tie-round = Gleichstand zwischen { $tied } ({ $context }), entschieden nach den Stimmen in Runde { $round }
count-round-meek-tie-draw = Gleichstand zwischen { $tied } ({ $context }), in jeder Runde gleich: entschieden nach { $rule }
count-round-debian-quorum = A.6(2) Quorum: Jede Option braucht mindestens R Wählende, die sie über die Standardoption ({ $default }) stellen
count-round-debian-no-quorum = A.6(2) Quorum: Für diese Abstimmung gilt kein Quorum
count-round-debian-majority-pre2015 = A.6(3) Mehrheit: Jede Option muss die Standardoption ({ $default }) mit ihrem Mehrheitsverhältnis N schlagen: V(A,D) echt größer als N × V(D,A) (v1.2–v1.5)
count-round-debian-majority-current = A.6(3) Mehrheit: Jede Option muss die Standardoption ({ $default }) mit ihrem Mehrheitsverhältnis N schlagen: V(A,D) mindestens N × V(D,A) und echt größer als V(D,A) (ab v1.6)
count-round-debian-schwartz-final = A.6(5)–(6): Die Schwartz-Menge ist {"{"}{ $set }{"}"}, ohne Niederlagen innerhalb der Menge (A.6(8))
count-round-debian-schwartz-drop = A.6(5)–(7): Die Schwartz-Menge ist {"{"}{ $set }{"}"} und enthält Niederlagen; die schwächsten werden gestrichen, und die Auszählung kehrt zu Schritt 5 zurück
count-round-debian-weakest-defeat = schwächste Niederlage innerhalb der Schwartz-Menge: V = { $v } zu { $against }
count-round-debian-defeat = { $winner } vor { $loser }
count-seat-star-only = { $name } ist als einzige verbliebene kandidierende Person ohne Stichwahl gewählt.
count-seat-star-scoring-tie = Punkterunde: { $tied } gleichauf mit { $stars } Sternen für { $places ->
        [one] { $places } Stichwahlplatz
       *[other] { $places } Stichwahlplätze
    }.
count-seat-star-advance = Punkterunde: { $first } und { $second } kommen mit { $stars_first } und { $stars_second } Sternen in die Stichwahl.
count-seat-star-runoff = Automatische Stichwahl: { $winner } wird { $loser } vorgezogen, { $won } zu { $lost }; { $equal ->
        [one] { $equal } wählende Person unterstützt
       *[other] { $equal } Wählende unterstützen
    } beide gleich.
count-seat-star-runoff-tied = Automatische Stichwahl: { $first } und { $second } sind gleichauf, { $won } zu { $lost }; { $equal ->
        [one] { $equal } wählende Person unterstützt
       *[other] { $equal } Wählende unterstützen
    } beide gleich.
count-seat-star-runoff-total = Entscheid in der Stichwahl (höhere Sternsumme): { $winner } gewinnt mit { $stars_won } zu { $stars_lost } Sternen.
count-seat-star-runoff-fives = Entscheid in der Stichwahl (gleiche Sternsummen; meiste Fünf-Sterne-Bewertungen): { $winner } gewinnt mit { $won ->
        [one] { $won } Fünf-Sterne-Bewertung
       *[other] { $won } Fünf-Sterne-Bewertungen
    } zu { $lost }.
count-seat-star-runoff-draw = Entscheid in der Stichwahl: gleiche Sternsummen ({ $stars }) und Fünf-Sterne-Bewertungen ({ $fives }); { $name } wird nach { $rule } bestimmt.
count-seat-star-head-to-head = Im direkten Vergleich wird { $winner } { $loser } vorgezogen, { $won } zu { $lost }, und kommt weiter.
count-seat-star-head-to-head-losers = Direkter Vergleich unter { $tied }: { $losers } { $nlosers ->
        [one] verlor die meisten Vergleiche ({ $max } von { $of }) und scheidet
       *[other] verloren die meisten Vergleiche ({ $max } von { $of }) und scheiden
    } aus dem Gleichstand aus.
count-seat-star-survivors = { $survivors } { $nsurvivors ->
        [one] kommt
       *[other] kommen
    } weiter; { $losers } { $nlosers ->
        [one] bleibt
       *[other] bleiben
    } gleichauf für { $places ->
        [one] { $places } Platz
       *[other] { $places } Plätze
    }.
count-seat-star-head-to-head-equal = Im direkten Vergleich werden { $first } und { $second } gleich oft vorgezogen ({ $won } zu { $lost }).
count-seat-star-head-to-head-none = Direkter Vergleich unter { $tied }: Jede Person verlor { $lost ->
        [one] { $lost } Vergleich
       *[other] { $lost } Vergleiche
    }, daher scheidet niemand aus.
count-seat-star-fives = Entscheid nach Fünf-Sterne-Bewertungen: { $names } { $nnames ->
        [one] kommt
       *[other] kommen
    } mit { $fives ->
        [one] { $fives } Fünf-Sterne-Bewertung
       *[other] { $fives } Fünf-Sterne-Bewertungen
    } weiter.
count-seat-star-fives-draw = { $then ->
        [0] {""}
       *[other] Danach:{" "}
    }{ $tied } weiterhin gleichauf bei Fünf-Sterne-Bewertungen ({ $fives }); { $chosen } { $nchosen ->
        [one] kommt
       *[other] kommen
    } nach { $rule } weiter.
count-seat-star-set-aside = { $name } wurde ausgeschlossen: { $max ->
        [one] { $max } gewählte Person arbeitet
       *[other] { $max } Gewählte arbeiten
    } bereits für { $group } (höchstens { $max } je Gruppe, PEP 13); der Sitz wurde ohne { $name } neu ausgezählt.

## Der lesbare Bericht der Auszählung (`scrutineer tally`, `scrutineer count`).

count-report-method = Verfahren: { $title } [{ $name }]
count-report-seats = Sitze: { $seats }    Stimmzettel: { $ballots }
count-report-elected = Gewählt, in dieser Reihenfolge:
count-report-rank = Rang
count-report-candidate = Kandidierende
count-report-votes = Stimmen
count-report-status = Ergebnis
count-report-ranking = Vollständige Rangfolge: { $ranking }
count-report-pairwise = Paarweise Präferenzen (Zeile gegenüber Spalte vorgezogen):
count-report-strongest-paths = Stärkste Pfade:
count-report-pairs = Paare nach Abstand:
count-report-pair-locked = { $winner } vor { $loser } mit { $margin }: festgelegt
count-report-pair-skipped = { $winner } vor { $loser } mit { $margin }: übersprungen (Zyklus)
count-report-seat = Sitz { $seat }: Summen { $totals }
count-report-runoff = Stichwahl { $first } gegen { $second }: { $prefer_first } ziehen { $first } vor, { $prefer_second } ziehen { $second } vor, { $equal } gleich; gewählt: { $winner }
count-report-default-option = Standardoption: { $name }
count-report-quorum = Quorum: { $quorum }
count-report-no-quorum = Quorum: keines
count-report-option = Option
count-report-ratio = Verhältnis
count-report-needs = nötig
count-report-quorum-column = Quorum
count-report-majority-column = Mehrheit
count-report-dropped = Gestrichen
count-report-yes = ja
count-report-no = nein
count-report-dropped-quorum = Quorum
count-report-dropped-majority = Mehrheit
count-report-schwartz = Schwartz-Menge: { $set }
count-report-casting-vote = EINE ENTSCHEIDENDE STIMME IST NÖTIG zwischen: { $options }
count-report-round = Runde { $round }: { $note }
count-report-round-quota = Runde { $round } (Quote { $quota }): { $note }
count-report-keep = Behaltewert { $keep }
count-report-exhausted = Erschöpft
count-report-kind-elected = gewählt
count-report-kind-excluded = ausgeschieden
count-report-kind-surplus = Überschuss
count-report-kind-group-excluded = durch Gruppenbegrenzung ausgeschieden
count-report-kind-withdrawn = zurückgezogen
count-report-kind-tie = Gleichstand
count-report-kind-defeat-dropped = Niederlage gestrichen
count-report-disqualified = Durch eine Regel ausgeschlossen:
count-report-tie-breaks = Entscheidungen bei Stimmengleichheit:
count-report-tie = { $context }: gleichauf { $tied }; Reihenfolge { $order }; Regel: { $rule }
count-report-tie-by = durch { $how }
count-report-tie-decided-by = entschieden von { $name }
count-report-tie-witnessed-by = bezeugt von { $name }
count-report-tie-seed = Startwert { $seed }
count-report-note = Hinweis: { $note }
count-report-action = { $kind } { $name }: { $reason }
count-report-excluded = { $name }: { $reason }
