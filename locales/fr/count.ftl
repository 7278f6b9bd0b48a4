count-rule-draw = le tirage au sort avec graine
count-rule-psf = la procédure de la PSF (random.sample de Python, avec les noms à égalité pour graine)
count-rule-officer = la décision consignée de la présidence du bureau
count-note-stv-scottish = Vote unique transférable selon le Scottish Local Government Elections Order 2007 (SSI 2007/42), annexe 1, règles 45 à 52 : quotient ⌊{ $valid } ÷ { $divisor }⌋ + 1 = { $quota } (règle 46) ; excédents transférés par la méthode de Gregory inclusive pondérée, chaque bulletin pour excédent × sa valeur ÷ les voix du candidat, à 5 décimales, le reste étant ignoré (règle 48) ; le candidat le moins bien placé éliminé lorsqu’il ne reste aucun excédent (règle 50) ; égalités départagées par la dernière étape où les candidats différaient, puis par tirage au sort selon { $rule } (règles 49 et 51).
count-note-stv-nontransferable = Bulletins non transférables à la fin : { $votes } voix. Élus en { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    }.
count-note-stv-rejected = { $n ->
        [one] { $n } bulletin rejeté
       *[other] { $n } bulletins rejetés
    } : aucun premier choix, ou un premier choix donné à plus d’un candidat ; ils ne comptent pas dans le quotient.
count-note-unfilled = { $elected ->
        [0] Aucun siège sur { $seats } n’a pu être pourvu.
        [one] Seul { $elected } siège sur { $seats } a pu être pourvu.
       *[other] Seuls { $elected } sièges sur { $seats } ont pu être pourvus.
    }
count-note-no-ballots-given = Le nombre de votants n’a pas été indiqué.
count-note-approval = Vote par approbation : { $seats ->
        [one] est élu le candidat qui a le plus d’approbations
       *[other] sont élus les { $seats } candidats qui ont le plus d’approbations
    } ; les égalités qui décident d’un siège sont départagées par { $rule }.
count-note-plurality = Scrutin majoritaire : chaque bulletin est une voix pour son premier choix ; { $seats ->
        [one] est élu le candidat qui a le plus de voix
       *[other] sont élus les { $seats } candidats qui ont le plus de voix
    } ; les égalités qui décident d’un siège sont départagées par { $rule }.
count-note-plurality-void = { $n ->
        [one] { $n } bulletin nul
       *[other] { $n } bulletins nuls
    } : plus d’un premier choix.
count-note-plurality-blank = { $n ->
        [one] { $n } bulletin blanc
       *[other] { $n } bulletins blancs
    } : aucun choix.
count-note-irv = Vote alternatif : à chaque tour, chaque bulletin compte pour le candidat restant qu’il classe le plus haut ; un candidat qui obtient plus de la moitié des voix des candidats restants est élu ; sinon le candidat qui a le moins de voix est éliminé et ses bulletins sont reportés. Les égalités pour la dernière place sont départagées par le tour antérieur le plus récent où les voix différaient, puis par { $rule }.
count-note-irv-shared = { $n ->
        [one] { $n } bulletin épuisé
       *[other] { $n } bulletins épuisés
    } parce que leur préférence restante la plus haute était partagée entre plusieurs candidats.
count-note-irv-no-groups = La limite d’élus par groupe ne s’applique pas : avec un seul siège, elle ne peut pas jouer.
count-note-irv-equal = Un bulletin dont la préférence restante la plus haute est partagée entre plusieurs candidats (classement à égalité) est épuisé à partir de ce point, pour le reste du dépouillement.
count-tie-seeded = tirage au sort avec graine
count-tie-officer = décision de la présidence du bureau
count-tie-psf = procédure de la PSF (psf/elections break-ties.py) : random.seed des noms triés mis bout à bout, puis random.sample(candidates, { $k })
count-tie-group = { $n } candidats à égalité en { $what } pour { $remaining ->
        [one] { $remaining } siège restant
       *[other] { $remaining } sièges restants
    }
count-what-approvals = approbations
count-what-votes = voix
count-what-locked = paires verrouillées
count-what-paths = chemins les plus forts
count-note-schulze = Méthode de Schulze (M. Schulze, Social Choice and Welfare 36 (2011)) : d[X][Y] est le nombre de bulletins classant X avant Y ; { $blank }, et les classements à égalité ne comptent pour aucun des deux. Les liens sont les voix gagnantes (d[X][Y] lorsque d[X][Y] > d[Y][X]) ; X est classé avant Y lorsque le chemin le plus fort de X à Y est plus fort que celui de Y à X.
count-note-schulze-figure = Le chiffre de chaque candidat est le nombre d’autres candidats qu’il bat par les chemins les plus forts. Les candidats que la méthode ne départage pas partagent une place ; lorsque leur ordre décide d’un siège, { $rule } les ordonne.
count-blank-not-compared = un candidat qu’un bulletin ne classe pas ne prend part à aucun duel sur ce bulletin
count-blank-below-ranked = un candidat qu’un bulletin ne classe pas est placé après tous ceux qu’il classe, à égalité avec les autres non classés
count-note-ranked-pairs = Paires classées (Tideman 1987), par marges : d[X][Y] est le nombre de bulletins classant X avant Y (un candidat qu’un bulletin ne classe pas ne prend part à aucun duel sur ce bulletin ; les classements à égalité ne comptent pour aucun des deux). Les majorités sont prises de la plus grande marge à la plus petite, chacune verrouillée sauf si elle formait un cycle avec celles déjà verrouillées ; le classement suit les paires verrouillées.
count-note-pairwise-matrix = Matrice des duels : { $blank } ; les classements à égalité ne comptent pour aucun des deux.
count-note-ranked-pairs-figure = Le chiffre de chaque candidat est le nombre d’autres candidats qu’il devance par les paires verrouillées. Les candidats que les paires verrouillées ne départagent pas partagent une place ; lorsque leur ordre décide d’un siège, { $rule } les ordonne.

## Événements du dépouillement (scrutineer_count::explain::Note).

count-tie-officer-pending = décision de la présidence du bureau (pas encore prise)
count-cap-count = au plus { $k } par groupe
count-cap-fraction = au plus { $num }/{ $den } de l’instance de { $body } ({ $seats ->
        [one] { $seats } siège pourvu
       *[other] { $seats } sièges pourvus
    } maintenant + { $sitting ->
        [one] { $sitting } membre en fonction
       *[other] { $sitting } membres en fonction
    }), arrondi à l’entier inférieur : { $limit }
count-employer-cap-count = au plus { $limit } par employeur
count-employer-cap-fraction = au plus { $num }/{ $den } de l’instance de { $body }, soit { $limit }, par employeur
count-quorum-developers = R = 3Q = 3 × √{ $developers } / 2 ≈ { $r } ({ $developers } développeurs ; Q est la moitié de la racine carrée du nombre de développeurs, constitution §4.2)
count-quorum-votes = R = { $num }
count-quorum-votes-fraction = R = { $num }/{ $den }
count-majority-pre2015 = il fallait V(A,D) strictement supérieur à { $times } (rédaction des versions 1.2 à 1.5 de la constitution)
count-majority-current = il fallait V(A,D) au moins égal à { $times } et strictement supérieur à V(D,A) = { $under } (rédaction de la version 1.6 de la constitution)
count-tie-irv = tour { $round } du vote alternatif : { $n } candidats à égalité pour le moins de voix, égaux à chaque tour antérieur ; le candidat tiré au sort est éliminé
count-tie-meek-quota = voix égales en atteignant le quotient
count-tie-meek-lowest = candidats les moins bien placés à l’intérieur de l’excédent : lequel est éliminé
count-tie-scottish-surplus = excédents égaux : lequel est transféré en premier (règle 49(2), 49(3))
count-tie-scottish-lowest = candidats à égalité à la dernière place : lequel est éliminé (règle 51(2))
count-tie-scottish-quota-cap = voix égales en atteignant le quotient sous la limite par groupe (comme la règle 49)
count-tie-star-scoring = siège { $seat }, tour de notation
count-tie-star-runoff = siège { $seat }, second tour automatique : égalité de préférences, de totaux d’étoiles et de notes à cinq étoiles
count-tie-star-draw = { $context } : { $tied } à égalité d’étoiles, de duels et de notes à cinq étoiles ({ $fives }) pour { $places ->
        [one] { $places } place au second tour
       *[other] { $places } places au second tour
    }
count-tie-ranked-pairs = paires classées : des majorités de même écart { $margin } se contredisent, leur ordre décide donc lesquelles sont verrouillées ; classement de départage des candidats (TBRC, Zavist & Tideman 1989)
count-note-totals = Dépouillé d’après des totaux publiés ({ $what } par candidat), non d’après les bulletins : { $seats ->
        [one] est élu le candidat qui a le plus de { $what }
       *[other] sont élus les { $seats } candidats qui ont le plus de { $what }
    }.
count-note-vacant = { $won ->
        [one] { $won } siège reste vacant
       *[other] { $won } sièges restent vacants
    } : { $name } l’a emporté (un siège remporté par « Aucun des candidats » reste vacant).
count-note-none-of-the-above-lost = { $name } se présentait comme « Aucun des candidats » et n’a remporté aucun siège.
count-note-group-cap-ranking = Au plus { $limit ->
        [one] { $limit } élu
       *[other] { $limit } élus
    } par groupe : en descendant le classement, un candidat dont le groupe compte déjà { $limit ->
        [one] { $limit } élu
       *[other] { $limit } élus
    } est écarté et le candidat suivant remonte (PEP 13) ; { $cap }.
count-note-stv-scottish-groups = Au plus { $limit ->
        [one] { $limit } élu
       *[other] { $limit } élus
    } par groupe : lorsque les candidats d’un groupe en occupent les places, ses autres candidats restants sont éliminés et leurs bulletins transférés à l’étape suivante, avant tout excédent ; { $cap }.
count-note-meek = Vote unique transférable de Meek (Hill, Wichmann & Woodall, algorithme 123, avec l’arrondi de l’annexe 1A néo-zélandaise) en arithmétique à virgule fixe à { $places } décimales : coefficients de conservation arrondis vers le haut ; quotient = (voix − excédent perdu) ÷ { $divisor } tronqué, plus 10^-{ $places } ; itération jusqu’à ce que l’excédent total soit inférieur à oméga = { $omega } ; le candidat le moins bien placé est éliminé, les candidats à l’intérieur de l’excédent du dernier étant considérés à égalité, égalités départagées par les tours antérieurs puis par { $rule } ; { $iterations ->
        [one] { $iterations } itération
       *[other] { $iterations } itérations
    } en tout.
count-note-meek-stalled = Lors de { $rounds ->
        [one] { $rounds } tour
       *[other] { $rounds } tours
    }, l’excédent a cessé de diminuer avant d’atteindre oméga (la limite de la précision déclarée) ; le dépouillement a repris à partir de cet état stable.
count-note-meek-groups = Au plus { $limit ->
        [one] { $limit } élu
       *[other] { $limit } élus
    } par groupe : lorsque les candidats d’un groupe en occupent les places, ses autres candidats en lice sont éliminés (coefficient 0) ; { $cap }.
count-note-ranked-pairs-tbrc = Des majorités de même écart ({ $margin }) se contredisaient : un classement de départage des candidats a donc été tiré au sort (Zavist & Tideman 1989) : { $order }. De deux majorités de même écart, on retient d’abord celle dont le gagnant y est le mieux classé ; à gagnant égal, celle dont le perdant est le moins bien classé.
count-note-star = STAR en bloc (PEP 13) : chaque électeur donne à chaque candidat de 0 à 5 étoiles. Pour { $seats ->
        [one] le siège
       *[other] chacun des { $seats } sièges
    }, les deux candidats restants ayant les plus forts totaux d’étoiles vont à un second tour automatique, remporté par le finaliste mieux noté sur le plus de bulletins ; le gagnant est élu et le dépouillement recommence sans lui pour le siège suivant.
count-note-star-ties = Égalités (protocole officiel de départage de l’Equal Vote Coalition, starvoting.org/ties) : au tour de notation, entre candidats à égalité, passe celui que davantage d’électeurs préfèrent en duel (à trois ou plus, ceux qui ont perdu le plus de duels entre eux sont éliminés, à plusieurs reprises), puis celui qui a le plus de notes à cinq étoiles, puis { $rule } ; au second tour, le plus fort total d’étoiles l’emporte, puis le plus de notes à cinq étoiles, puis { $rule }.
count-note-star-groups = Au plus { $limit ->
        [one] { $limit } élu
       *[other] { $limit } élus
    } par groupe : un candidat qui remporterait un siège alors que { $limit ->
        [one] { $limit } élu de son groupe l’est déjà
       *[other] { $limit } élus de son groupe le sont déjà
    } est écarté, et le siège est dépouillé de nouveau sans lui (PEP 13) ; { $cap }.
count-note-debian = Constitution Debian A.6 : les options classées sur un bulletin sont préférées à toutes les options non classées, qui sont égales entre elles (A.6(1)) ; V(A,B) est le nombre d’électeurs préférant A à B.
count-note-debian-casting-vote = L’ensemble de Schwartz compte { $n } options ({ $options }) ; l’électeur disposant de la voix prépondérante a choisi { $chosen } (A.6(8)).
count-note-debian-no-winner = Pas encore de gagnant : l’ensemble de Schwartz compte { $n } options ({ $options }) sans défaite entre elles ; l’électeur disposant de la voix prépondérante doit choisir laquelle l’emporte (A.6(8)). Saisissez la voix prépondérante et recommencez le dépouillement.
count-note-debian-default-won = L’option par défaut ({ $name }) l’a emporté.
count-note-debian-figure = Le chiffre de chaque option est V(option, { $name }) : le nombre d’électeurs qui la classent avant l’option par défaut.
count-reason-group = { $winners ->
        [one] { $winners } élu mieux classé travaille
       *[other] { $winners } élus mieux classés travaillent
    } déjà pour { $group } ({ $cap }) ; le candidat suivant remonte
count-reason-group-sitting = { $winners ->
        [one] { $winners } élu mieux classé
       *[other] { $winners } élus mieux classés
    } et { $sitting ->
        [one] { $sitting } membre en fonction
       *[other] { $sitting } membres en fonction
    } travaillent déjà pour { $group } ({ $cap }) ; le candidat suivant remonte
count-reason-star-group = aurait remporté le siège { $seat }, mais { $max ->
        [one] { $max } candidat déjà élu travaille
       *[other] { $max } candidats déjà élus travaillent
    } pour { $group } (au plus { $max } par groupe, PEP 13) ; écarté, et le siège est dépouillé de nouveau sans { $name }
count-reason-meek-group = { $group } a déjà { $max ->
        [one] { $max } élu
       *[other] { $max } élus
    }, le maximum autorisé par groupe ; coefficient de conservation mis à 0
count-reason-scottish-group = { $group } a déjà { $max ->
        [one] { $max } élu
       *[other] { $max } élus
    }, le maximum autorisé par groupe ; les bulletins du candidat sont transférés à l’étape suivante
count-reason-debian-quorum = Écartée faute de quorum (A.6(2)) : { $voters ->
        [one] { $voters } électeur l’a classée
       *[other] { $voters } électeurs l’ont classée
    } avant { $default }, moins que le quorum { $quorum } (tour 1)
count-reason-debian-majority = Écartée faute de majorité (A.6(3)) : V(A,D) = { $over } contre V(D,A) = { $under } ({ $default }), rapport { $ratio }, en deçà de la majorité requise { $num }:{ $den } ; { $test } (tour 2)
