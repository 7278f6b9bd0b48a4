count-rule-draw = le tirage au sort avec graine
count-rule-psf = la procédure de la PSF (random.sample de Python, avec les noms à égalité pour graine)
count-rule-officer = la décision consignée du président du bureau
count-note-stv-scottish = Vote unique transférable selon le Scottish Local Government Elections Order 2007 (SSI 2007/42), annexe 1, règles 45 à 52 : quotient ⌊{ $valid } ÷ { $divisor }⌋ + 1 = { $quota } (règle 46) ; excédents transférés par la méthode de Gregory inclusive pondérée, chaque bulletin pour excédent × sa valeur ÷ les voix du candidat, à 5 décimales, le reste étant ignoré (règle 48) ; le candidat le moins bien placé éliminé lorsqu’il ne reste aucun excédent (règle 50) ; égalités départagées par la dernière étape où les candidats différaient, puis par tirage au sort selon { $rule } (règles 49 et 51).
count-note-stv-nontransferable = Bulletins non transférables à la fin : { $votes } voix. Élus en { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    }.
count-note-stv-rejected = { $n ->
        [one] { $n } bulletin rejeté
       *[other] { $n } bulletins rejetés
    } : aucun premier choix, ou un premier choix donné à plus d’un candidat ; ils ne comptent pas dans le quotient.
count-note-unfilled = Seuls { $elected } { $seats ->
        [one] siège sur { $seats } ont pu
       *[other] sièges sur { $seats } ont pu
    } être pourvus.
count-note-no-ballots-given = Le nombre de votants n’a pas été indiqué.
