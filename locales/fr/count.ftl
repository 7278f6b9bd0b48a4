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
count-note-approval = Vote par approbation : { $seats ->
        [one] est élu le candidat qui a le plus d’approbations
       *[other] sont élus les { $seats } candidats qui ont le plus d’approbations
    } ; les égalités qui décident d’un siège sont départagées par { $rule }.
count-note-plurality = Scrutin majoritaire : chaque bulletin est une voix pour son premier choix ; { $seats ->
        [one] est élu le candidat qui a le plus de voix
       *[other] sont élus les { $seats } candidats qui ont le plus de voix
    } ; les égalités qui décident d’un siège sont départagées par { $rule }.
count-note-plurality-void = { $n ->
        [one] { $n } bulletin nul
       *[other] { $n } bulletins nuls
    } : plus d’un premier choix.
count-note-plurality-blank = { $n ->
        [one] { $n } bulletin blanc
       *[other] { $n } bulletins blancs
    } : aucun choix.
count-note-irv = Vote alternatif : à chaque tour, chaque bulletin compte pour le candidat restant qu’il classe le plus haut ; un candidat qui obtient plus de la moitié des voix des candidats restants est élu ; sinon le candidat qui a le moins de voix est éliminé et ses bulletins sont reportés. Les égalités pour la dernière place sont départagées par le tour antérieur le plus récent où les voix différaient, puis par { $rule }.
count-note-irv-shared = { $n ->
        [one] { $n } bulletin épuisé
       *[other] { $n } bulletins épuisés
    } parce que leur préférence restante la plus haute était partagée entre plusieurs candidats.
count-note-irv-no-groups = La limite d’élus par groupe ne s’applique pas : avec un seul siège, elle ne peut pas jouer.
count-note-irv-equal = Un bulletin dont la préférence restante la plus haute est partagée entre plusieurs candidats (classement à égalité) est épuisé à partir de ce point, pour le reste du dépouillement.
count-tie-seeded = tirage au sort avec graine
count-tie-officer = décision du président du bureau
count-tie-psf = procédure de la PSF (psf/elections break-ties.py) : random.seed des noms triés mis bout à bout, puis random.sample(candidates, { $k })
count-tie-group = { $n } candidats à égalité en { $what } pour { $remaining ->
        [one] { $remaining } siège restant
       *[other] { $remaining } sièges restants
    }
count-what-approvals = approbations
count-what-votes = voix
count-what-locked = paires verrouillées
count-what-paths = chemins les plus forts
