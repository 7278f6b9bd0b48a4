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
count-note-unfilled = Nur { $elected } von { $seats ->
        [one] { $seats } Sitz
       *[other] { $seats } Sitzen
    } konnten besetzt werden.
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
