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

## Les tours : la note de chaque tour (ses phrases jointes par une espace),
## le motif de chaque décision, le nom d’une défaite Debian, la note de
## chaque siège STAR.

count-round-withdrawn = retiré avant le dépouillement ; rayé de tous les bulletins
count-round-irv-first = Tour 1 : premières préférences. { $held ->
        [one] { $held } voix détenue
       *[other] { $held } voix détenues
    } par les candidats restants{ $shared ->
        [0] {""}
        [one] {" "}({ $shared } bulletin épuisé en plus, parce que sa préférence restante la plus haute est partagée entre plusieurs candidats)
       *[other] {" "}({ $shared } bulletins épuisés en plus, parce que leur préférence restante la plus haute est partagée entre plusieurs candidats)
    }.
count-round-irv-next = Tour { $round } : les bulletins de { $last } sont reportés sur leur préférence restante suivante. { $held ->
        [one] { $held } voix détenue
       *[other] { $held } voix détenues
    } par les candidats restants{ $shared ->
        [0] {""}
        [one] {" "}({ $shared } bulletin épuisé en plus, parce que sa préférence restante la plus haute est partagée entre plusieurs candidats)
       *[other] {" "}({ $shared } bulletins épuisés en plus, parce que leur préférence restante la plus haute est partagée entre plusieurs candidats)
    }.
count-round-irv-none-standing = Plus aucun candidat ne se présente.
count-round-irv-majority = { $votes } voix, plus de la moitié des { $held } détenues par les candidats restants
count-round-irv-elected-with = { $name } est élu avec { $reason }.
count-round-irv-last-continuing = dernier candidat restant
count-round-irv-elected-as = { $name } est élu en tant que { $reason }.
count-round-irv-fewest = le moins de voix ({ $min })
count-round-irv-fewest-tied = le moins de voix ({ $min }), à égalité avec { $others } ; { $how }
count-round-irv-earlier-round = il avait moins de voix au tour { $round } ({ $min })
count-round-irv-drawn = égalité à chaque tour antérieur : l’éliminé a été désigné par { $rule }
count-round-irv-excluded = Aucun candidat n’a plus de la moitié des voix ({ $needed } nécessaires) ; { $name } est éliminé : { $reason }.
count-round-scottish-first = Premières préférences (règle 45) ; { $valid ->
        [one] { $valid } bulletin valable
       *[other] { $valid } bulletins valables
    }, quotient { $quota } (règle 46)
count-round-scottish-group-transfer = Report des bulletins de { $names } (éliminés par la limite par groupe), à leur valeur actuelle comme selon la règle 50
count-round-scottish-surplus = excédent de { $surplus } reporté (règle 48)
count-round-scottish-surplus-stage = Report de l’excédent de { $name } ({ $surplus })
count-round-scottish-lowest = le plus petit nombre de voix ({ $min }) (règle 50(1))
count-round-scottish-exclusion-stage = Élimination de { $name } et report de ses bulletins (règle 50)
count-round-scottish-tie-stage = égalité entre { $tied } ({ $context }) départagée par les voix à l’étape { $stage }
count-round-scottish-tie-lot = égalité entre { $tied } ({ $context }), égaux à chaque étape : départagée au sort, par { $rule }
count-round-scottish-quota-reached = a atteint le quotient avec { $votes } (règle 47)
count-round-scottish-deemed-elected = pas plus de candidats restants que de sièges à pourvoir : réputé élu avec { $votes } (règle 52(1))
count-round-meek-fill = pas plus de candidats en lice que de sièges restants : élu avec { $votes }
count-round-meek-fill-round = Les candidats encore en lice occupent les sièges restants
count-round-meek-election = Élection de { $names }
count-round-meek-fewest = le moins de voix ({ $votes }) une fois les excédents inférieurs à oméga { $omega } (excédent total { $surplus })
count-round-meek-exclusion = Élimination de { $name }
count-round-meek-quota-reached = a atteint le quotient { $quota } avec { $votes }
count-round-meek-tie-round = égalité entre { $tied } ({ $context }) départagée par les voix au tour { $round }
count-round-meek-tie-draw = égalité entre { $tied } ({ $context }), égaux à chaque tour : départagée par { $rule }
count-round-debian-quorum = A.6(2) quorum : chaque option doit être classée au-dessus de l’option par défaut ({ $default }) par au moins R votants
count-round-debian-no-quorum = A.6(2) quorum : ce vote n’exige aucun quorum
count-round-debian-majority-pre2015 = A.6(3) majorité : chaque option doit battre l’option par défaut ({ $default }) selon son rapport de majorité N : V(A,D) strictement supérieur à N × V(D,A) (v1.2–v1.5)
count-round-debian-majority-current = A.6(3) majorité : chaque option doit battre l’option par défaut ({ $default }) selon son rapport de majorité N : V(A,D) au moins égal à N × V(D,A) et strictement supérieur à V(D,A) (à partir de la v1.6)
count-round-debian-schwartz-final = A.6(5)–(6) : l’ensemble de Schwartz est {"{"}{ $set }{"}"}, sans défaite en son sein (A.6(8))
count-round-debian-schwartz-drop = A.6(5)–(7) : l’ensemble de Schwartz est {"{"}{ $set }{"}"} et contient des défaites ; les plus faibles sont écartées et le dépouillement reprend à l’étape 5
count-round-debian-weakest-defeat = défaite la plus faible au sein de l’ensemble de Schwartz : V = { $v } contre { $against }
count-round-debian-defeat = { $winner } devant { $loser }
count-seat-star-only = { $name } est le seul candidat restant et est élu sans second tour.
count-seat-star-scoring-tie = Tour de notation : { $tied } à égalité avec { $stars } étoiles pour { $places ->
        [one] { $places } place au second tour
       *[other] { $places } places au second tour
    }.
count-seat-star-advance = Tour de notation : { $first } et { $second } vont au second tour avec { $stars_first } et { $stars_second } étoiles.
count-seat-star-runoff = Second tour automatique : { $winner } est préféré à { $loser }, { $won } contre { $lost } ; { $equal ->
        [one] { $equal } électeur soutient
       *[other] { $equal } électeurs soutiennent
    } également les deux finalistes.
count-seat-star-runoff-tied = Second tour automatique : { $first } et { $second } sont à égalité, { $won } contre { $lost } ; { $equal ->
        [one] { $equal } électeur soutient
       *[other] { $equal } électeurs soutiennent
    } également les deux finalistes.
count-seat-star-runoff-total = Départage du second tour (total d’étoiles le plus élevé) : { $winner } l’emporte avec { $stars_won } étoiles contre { $stars_lost }.
count-seat-star-runoff-fives = Départage du second tour (totaux d’étoiles égaux ; le plus de notes à cinq étoiles) : { $winner } l’emporte avec { $won ->
        [one] { $won } note à cinq étoiles
       *[other] { $won } notes à cinq étoiles
    } contre { $lost }.
count-seat-star-runoff-draw = Départage du second tour : totaux d’étoiles ({ $stars }) et notes à cinq étoiles ({ $fives }) égaux ; { $name } est désigné par { $rule }.
count-seat-star-head-to-head = En duel, { $winner } est préféré à { $loser }, { $won } contre { $lost }, et se qualifie.
count-seat-star-head-to-head-losers = Duels entre { $tied } : { $losers } { $nlosers ->
        [one] a perdu le plus de duels ({ $max } sur { $of }) et est écarté
       *[other] ont perdu le plus de duels ({ $max } sur { $of }) et sont écartés
    } de l’égalité.
count-seat-star-survivors = { $survivors } { $nsurvivors ->
        [one] se qualifie
       *[other] se qualifient
    } ; { $losers } { $nlosers ->
        [one] reste
       *[other] restent
    } à égalité pour { $places ->
        [one] { $places } place
       *[other] { $places } places
    }.
count-seat-star-head-to-head-equal = En duel, { $first } et { $second } sont préférés autant l’un que l’autre ({ $won } contre { $lost }).
count-seat-star-head-to-head-none = Duels entre { $tied } : chacun a perdu { $lost ->
        [one] { $lost } duel
       *[other] { $lost } duels
    }, aucun n’est donc écarté.
count-seat-star-fives = Départage par les notes à cinq étoiles : { $names } { $nnames ->
        [one] se qualifie
       *[other] se qualifient
    } avec { $fives ->
        [one] { $fives } note à cinq étoiles
       *[other] { $fives } notes à cinq étoiles
    }.
count-seat-star-fives-draw = { $then ->
        [0] {""}
       *[other] Ensuite,{" "}
    }{ $tied } toujours à égalité de notes à cinq étoiles ({ $fives }) ; { $chosen } { $nchosen ->
        [one] se qualifie
       *[other] se qualifient
    } par { $rule }.
count-seat-star-set-aside = { $name } a été disqualifié : { $max ->
        [one] { $max } élu travaille
       *[other] { $max } élus travaillent
    } déjà pour { $group } (au plus { $max } par groupe, PEP 13) ; le siège a été recompté sans { $name }.

## Le compte rendu lisible du dépouillement (`scrutineer tally`, `scrutineer count`).

count-report-method = Mode de scrutin : { $title } [{ $name }]
count-report-seats = Sièges : { $seats }    Bulletins : { $ballots }
count-report-elected = Élus, dans l’ordre :
count-report-rank = Rang
count-report-candidate = Candidat
count-report-votes = Voix
count-report-status = Résultat
count-report-ranking = Classement complet : { $ranking }
count-report-pairwise = Préférences par paires (ligne préférée à colonne) :
count-report-strongest-paths = Chemins les plus forts :
count-report-pairs = Paires par écart :
count-report-pair-locked = { $winner } devant { $loser } de { $margin } : verrouillée
count-report-pair-skipped = { $winner } devant { $loser } de { $margin } : ignorée (cycle)
count-report-seat = Siège { $seat } : totaux { $totals }
count-report-runoff = second tour { $first } contre { $second } : { $prefer_first } préfèrent { $first }, { $prefer_second } préfèrent { $second }, { $equal } sans préférence ; élu : { $winner }
count-report-default-option = Option par défaut : { $name }
count-report-quorum = Quorum : { $quorum }
count-report-no-quorum = Quorum : aucun
count-report-option = Option
count-report-ratio = rapport
count-report-needs = exigé
count-report-quorum-column = quorum
count-report-majority-column = majorité
count-report-dropped = Écartée
count-report-yes = oui
count-report-no = non
count-report-dropped-quorum = quorum
count-report-dropped-majority = majorité
count-report-schwartz = Ensemble de Schwartz : { $set }
count-report-casting-vote = UNE VOIX PRÉPONDÉRANTE EST NÉCESSAIRE entre : { $options }
count-report-round = Tour { $round } : { $note }
count-report-round-quota = Tour { $round } (quotient { $quota }) : { $note }
count-report-keep = conservation { $keep }
count-report-exhausted = Épuisés
count-report-kind-elected = élu
count-report-kind-excluded = éliminé
count-report-kind-surplus = excédent
count-report-kind-group-excluded = éliminé par la limite par groupe
count-report-kind-withdrawn = retiré
count-report-kind-tie = égalité
count-report-kind-defeat-dropped = défaite écartée
count-report-disqualified = Disqualifiés par une règle :
count-report-tie-breaks = Départages :
count-report-tie = { $context } : à égalité { $tied } ; ordre { $order } ; règle : { $rule }
count-report-tie-by = par { $how }
count-report-tie-decided-by = décidé par { $name }
count-report-tie-witnessed-by = en présence de { $name }
count-report-tie-seed = graine { $seed }
count-report-note = Remarque : { $note }
count-report-action = { $kind } { $name } : { $reason }
count-report-excluded = { $name } : { $reason }
