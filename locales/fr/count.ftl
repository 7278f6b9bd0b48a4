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
count-note-schulze = Méthode de Schulze (M. Schulze, Social Choice and Welfare 36 (2011)) : d[X][Y] est le nombre de bulletins classant X avant Y ; { $blank }, et les classements à égalité ne comptent pour aucun des deux. Les liens sont les voix gagnantes (d[X][Y] lorsque d[X][Y] > d[Y][X]) ; X est classé avant Y lorsque le chemin le plus fort de X à Y est plus fort que celui de Y à X.
count-note-schulze-figure = Le chiffre de chaque candidat est le nombre d’autres candidats qu’il bat par les chemins les plus forts. Les candidats que la méthode ne départage pas partagent une place ; lorsque leur ordre décide d’un siège, { $rule } les ordonne.
count-blank-not-compared = un candidat qu’un bulletin ne classe pas ne prend part à aucun duel sur ce bulletin
count-blank-below-ranked = un candidat qu’un bulletin ne classe pas est placé après tous ceux qu’il classe, à égalité avec les autres non classés
count-note-ranked-pairs = Paires classées (Tideman 1987), par marges : d[X][Y] est le nombre de bulletins classant X avant Y (un candidat qu’un bulletin ne classe pas ne prend part à aucun duel sur ce bulletin ; les classements à égalité ne comptent pour aucun des deux). Les majorités sont prises de la plus grande marge à la plus petite, chacune verrouillée sauf si elle formait un cycle avec celles déjà verrouillées ; le classement suit les paires verrouillées.
count-note-pairwise-matrix = Matrice des duels : { $blank } ; les classements à égalité ne comptent pour aucun des deux.
count-note-ranked-pairs-figure = Le chiffre de chaque candidat est le nombre d’autres candidats qu’il devance par les paires verrouillées. Les candidats que les paires verrouillées ne départagent pas partagent une place ; lorsque leur ordre décide d’un siège, { $rule } les ordonne.
