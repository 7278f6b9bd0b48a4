count-rule-draw = el sorteo con semilla
count-rule-psf = el procedimiento de la PSF (random.sample de Python con los nombres empatados como semilla)
count-rule-officer = la decisión registrada de la presidencia de la mesa
count-note-stv-scottish = Voto único transferible según la Scottish Local Government Elections Order 2007 (SSI 2007/42), anexo 1, reglas 45 a 52: cuota ⌊{ $valid } ÷ { $divisor }⌋ + 1 = { $quota } (regla 46); los excedentes se transfieren por el método de Gregory inclusivo ponderado, cada papeleta por excedente × su valor ÷ los votos de la candidatura, con 5 decimales y sin tener en cuenta el resto (regla 48); se excluye a la candidatura con menos votos cuando no queda excedente (regla 50); los empates se resuelven por la última fase en que las candidaturas diferían y, si no, por sorteo según { $rule } (reglas 49 y 51).
count-note-stv-nontransferable = Papeletas no transferibles al final: { $votes } votos. Elegidos en { $steps ->
        [one] { $steps } fase
       *[other] { $steps } fases
    }.
count-note-stv-rejected = { $n ->
        [one] { $n } papeleta rechazada
       *[other] { $n } papeletas rechazadas
    }: sin primera preferencia, o con la primera preferencia dada a más de una candidatura; no cuentan para la cuota.
count-note-unfilled = { $elected ->
        [0] No se pudo cubrir ningún puesto.
        [one] Solo se pudo cubrir { $elected } de los { $seats } puestos.
       *[other] Solo se pudieron cubrir { $elected } de los { $seats } puestos.
    }
count-note-no-ballots-given = No se indicó el número de papeletas emitidas.
count-note-approval = Voto aprobatorio: { $seats ->
        [one] resulta elegida la candidatura con más aprobaciones
       *[other] resultan elegidas las { $seats } candidaturas con más aprobaciones
    }; los empates que deciden un puesto se resuelven por { $rule }.
count-note-plurality = Mayoría simple: cada papeleta es un voto para su primera opción; { $seats ->
        [one] resulta elegida la candidatura con más votos
       *[other] resultan elegidas las { $seats } candidaturas con más votos
    }; los empates que deciden un puesto se resuelven por { $rule }.
count-note-plurality-void = { $n ->
        [one] { $n } papeleta nula
       *[other] { $n } papeletas nulas
    }: más de una primera opción.
count-note-plurality-blank = { $n ->
        [one] { $n } papeleta en blanco
       *[other] { $n } papeletas en blanco
    }: ninguna opción.
count-note-irv = Voto preferencial con segunda vuelta instantánea: en cada ronda, cada papeleta cuenta para la candidatura restante mejor clasificada; resulta elegida la candidatura con más de la mitad de los votos de las restantes; si no, se excluye a la que tiene menos votos y sus papeletas pasan a la siguiente preferencia. Los empates en el último puesto se resuelven por la ronda anterior más reciente en que los votos diferían y, si no, por { $rule }.
count-note-irv-shared = { $n ->
        [one] { $n } papeleta quedó agotada
       *[other] { $n } papeletas quedaron agotadas
    } porque su preferencia restante más alta la compartían varias candidaturas.
count-note-irv-no-groups = El límite de elegidos por grupo no se aplica: con un solo puesto no puede actuar.
count-note-irv-equal = Una papeleta cuya preferencia restante más alta comparten varias candidaturas (empate en la clasificación) queda agotada desde ese momento y para el resto del escrutinio.
count-tie-seeded = sorteo con semilla
count-tie-officer = decisión de la presidencia de la mesa
count-tie-psf = procedimiento de la PSF (psf/elections break-ties.py): random.seed de los nombres ordenados y concatenados, y luego random.sample(candidates, { $k })
count-tie-group = { $n } candidaturas empatadas en { $what } para { $remaining ->
        [one] { $remaining } puesto restante
       *[other] { $remaining } puestos restantes
    }
count-what-approvals = aprobaciones
count-what-votes = votos
count-what-locked = pares fijados
count-what-paths = caminos más fuertes
count-note-schulze = Método de Schulze (M. Schulze, Social Choice and Welfare 36 (2011)): d[X][Y] es el número de papeletas que sitúan X por delante de Y; { $blank }, y las clasificaciones empatadas no cuentan para ninguno de los dos. Los enlaces son votos ganadores (d[X][Y] cuando d[X][Y] > d[Y][X]); X queda por delante de Y cuando el camino más fuerte de X a Y es más fuerte que el de Y a X.
count-note-schulze-figure = La cifra de cada candidatura es el número de otras a las que vence por caminos más fuertes. Las candidaturas que el método no separa comparten puesto; cuando su orden decide un puesto, las ordena { $rule }.
count-blank-not-compared = una candidatura que la papeleta no clasifica no participa en ningún duelo de esa papeleta
count-blank-below-ranked = una candidatura que la papeleta no clasifica queda detrás de todas las que clasifica, empatada con las demás no clasificadas
count-note-ranked-pairs = Pares clasificados (Tideman 1987), por márgenes: d[X][Y] es el número de papeletas que sitúan X por delante de Y (una candidatura que la papeleta no clasifica no participa en ningún duelo de esa papeleta; las clasificaciones empatadas no cuentan para ninguno de los dos). Las mayorías se fijan del mayor margen al menor, cada una salvo que forme un ciclo con las ya fijadas; la clasificación sigue los pares fijados.
count-note-pairwise-matrix = Matriz de duelos: { $blank }; las clasificaciones empatadas no cuentan para ninguno de los dos.
count-note-ranked-pairs-figure = La cifra de cada candidatura es el número de otras por delante de las cuales queda mediante pares fijados. Las candidaturas que los pares fijados no separan comparten puesto; cuando su orden decide un puesto, las ordena { $rule }.

## Sucesos del escrutinio (scrutineer_count::explain::Note).

count-tie-officer-pending = decisión de la presidencia de la mesa (aún no tomada)
count-cap-count = como máximo { $k } por grupo
count-cap-fraction = como máximo { $num }/{ $den } del órgano de { $body } ({ $seats ->
        [one] { $seats } puesto que se cubre ahora
       *[other] { $seats } puestos que se cubren ahora
    } + { $sitting ->
        [one] { $sitting } miembro en funciones
       *[other] { $sitting } miembros en funciones
    }), redondeado hacia abajo: { $limit }
count-employer-cap-count = como máximo { $limit } por empleador
count-employer-cap-fraction = como máximo { $num }/{ $den } del órgano de { $body }, es decir, { $limit }, por empleador
count-quorum-developers = R = 3Q = 3 × √{ $developers } / 2 ≈ { $r } ({ $developers } desarrolladores; Q es la mitad de la raíz cuadrada del número de desarrolladores, constitución §4.2)
count-quorum-votes = R = { $num }
count-quorum-votes-fraction = R = { $num }/{ $den }
count-majority-pre2015 = necesitaba V(A,D) estrictamente mayor que { $times } (redacción de las versiones 1.2 a 1.5 de la constitución)
count-majority-current = necesitaba V(A,D) de al menos { $times } y estrictamente mayor que V(D,A) = { $under } (redacción de la versión 1.6 de la constitución)
count-tie-irv = ronda { $round } de la segunda vuelta instantánea: { $n } candidaturas empatadas con menos votos, iguales en todas las rondas anteriores; se excluye a la que salga en el sorteo
count-tie-meek-quota = votos iguales al alcanzar la cuota
count-tie-meek-lowest = candidaturas más bajas dentro del excedente: cuál se excluye
count-tie-scottish-surplus = excedentes iguales: cuál se transfiere primero (regla 49(2), 49(3))
count-tie-scottish-lowest = candidaturas empatadas en el último puesto: cuál se excluye (regla 51(2))
count-tie-scottish-quota-cap = votos iguales al alcanzar la cuota con el límite por grupo (como la regla 49)
count-tie-star-scoring = puesto { $seat }, ronda de puntuación
count-tie-star-runoff = puesto { $seat }, segunda vuelta automática: empate en preferencias, totales de estrellas y valoraciones de cinco estrellas
count-tie-star-draw = { $context }: { $tied } empatadas en estrellas, duelos y valoraciones de cinco estrellas ({ $fives }) para { $places ->
        [one] { $places } plaza en la segunda vuelta
       *[other] { $places } plazas en la segunda vuelta
    }
count-tie-ranked-pairs = pares clasificados: mayorías con el mismo margen { $margin } se contradicen, así que su orden decide cuáles se fijan; clasificación de desempate de las candidaturas (TBRC, Zavist & Tideman 1989)
count-note-totals = Escrutado a partir de totales publicados ({ $what } por candidatura), no de papeletas: { $seats ->
        [one] resulta elegida la candidatura con más { $what }
       *[other] resultan elegidas las { $seats } candidaturas con más { $what }
    }.
count-note-vacant = { $won ->
        [one] { $won } puesto queda vacante
       *[other] { $won } puestos quedan vacantes
    }: ganó { $name } (un puesto que gana «Ninguno de los anteriores» queda vacante).
count-note-none-of-the-above-lost = { $name } se presentó como «Ninguno de los anteriores» y no obtuvo ningún puesto.
count-note-group-cap-ranking = Como máximo { $limit ->
        [one] { $limit } elegido
       *[other] { $limit } elegidos
    } por grupo: recorriendo la clasificación de arriba abajo, se descalifica a la candidatura cuyo grupo ya tiene { $limit ->
        [one] { $limit } elegido
       *[other] { $limit } elegidos
    } y sube la siguiente (PEP 13); { $cap }.
count-note-stv-scottish-groups = Como máximo { $limit ->
        [one] { $limit } elegido
       *[other] { $limit } elegidos
    } por grupo: cuando las candidaturas de un grupo ocupan sus plazas, se excluye a las demás candidaturas restantes del grupo y sus papeletas se transfieren en la fase siguiente, antes de cualquier excedente; { $cap }.
count-note-meek = Voto único transferible de Meek (Hill, Wichmann & Woodall, algoritmo 123, con el redondeo del anexo 1A de Nueva Zelanda) en aritmética de coma fija con { $places } decimales: coeficientes de retención redondeados hacia arriba; cuota = (votos − exceso) ÷ { $divisor } truncado, más 10^-{ $places }; iteración hasta que el excedente total es menor que omega = { $omega }; se excluye a la candidatura con menos votos, las que están dentro del excedente de la más baja se consideran empatadas, y los empates se resuelven por rondas anteriores y luego por { $rule }; { $iterations ->
        [one] { $iterations } iteración
       *[other] { $iterations } iteraciones
    } en total.
count-note-meek-stalled = En { $rounds ->
        [one] { $rounds } ronda
       *[other] { $rounds } rondas
    } el excedente dejó de disminuir antes de llegar a omega (el límite de la precisión declarada); el escrutinio siguió desde ese estado estable.
count-note-meek-groups = Como máximo { $limit ->
        [one] { $limit } elegido
       *[other] { $limit } elegidos
    } por grupo: cuando las candidaturas de un grupo ocupan sus plazas, se excluye a sus demás candidaturas en liza (coeficiente 0); { $cap }.
count-note-ranked-pairs-tbrc = Mayorías con el mismo margen ({ $margin }) se contradecían, así que se sorteó una clasificación de desempate de las candidaturas (Zavist & Tideman 1989): { $order }. De dos mayorías con el mismo margen se toma primero aquella cuyo ganador está más arriba en ella; con el mismo ganador, aquella cuyo perdedor está más abajo.
count-note-star = STAR en bloque (PEP 13): cada votante da a cada candidatura de 0 a 5 estrellas. Para { $seats ->
        [one] el puesto
       *[other] cada uno de los { $seats } puestos
    }, las dos candidaturas restantes con más estrellas en total pasan a una segunda vuelta automática, que gana la finalista mejor puntuada en más papeletas; la ganadora resulta elegida y el escrutinio se repite sin ella para el puesto siguiente.
count-note-star-ties = Empates (protocolo oficial de desempate de la Equal Vote Coalition, starvoting.org/ties): en la ronda de puntuación, entre candidaturas empatadas pasa la que prefieren más votantes en el duelo directo (con tres o más empatadas, se eliminan repetidamente las que perdieron más duelos entre ellas), luego la que tiene más valoraciones de cinco estrellas y luego { $rule }; en la segunda vuelta gana el mayor total de estrellas, luego el mayor número de valoraciones de cinco estrellas y luego { $rule }.
count-note-star-groups = Como máximo { $limit ->
        [one] { $limit } elegido
       *[other] { $limit } elegidos
    } por grupo: una candidatura que ganaría un puesto cuando { $limit ->
        [one] ya hay { $limit } elegido de su grupo
       *[other] ya hay { $limit } elegidos de su grupo
    } queda descalificada, y el puesto se escruta de nuevo sin ella (PEP 13); { $cap }.
count-note-debian = Constitución de Debian A.6: las opciones clasificadas en una papeleta se prefieren a todas las no clasificadas, que son iguales entre sí (A.6(1)); V(A,B) es el número de votantes que prefieren A a B.
count-note-debian-casting-vote = El conjunto de Schwartz tiene { $n } opciones ({ $options }); la persona con voto de calidad eligió { $chosen } (A.6(8)).
count-note-debian-no-winner = Aún no hay ganadora: el conjunto de Schwartz tiene { $n } opciones ({ $options }) sin derrotas entre ellas, así que la persona con voto de calidad debe elegir cuál gana (A.6(8)). Registre el voto de calidad y vuelva a escrutar.
count-note-debian-default-won = Ganó la opción por defecto ({ $name }).
count-note-debian-figure = La cifra de cada opción es V(opción, { $name }): el número de votantes que la sitúan por delante de la opción por defecto.
count-reason-group = { $winners ->
        [one] { $winners } elegido mejor clasificado ya trabaja
       *[other] { $winners } elegidos mejor clasificados ya trabajan
    } para { $group } ({ $cap }); sube la candidatura siguiente
count-reason-group-sitting = { $winners ->
        [one] { $winners } elegido mejor clasificado
       *[other] { $winners } elegidos mejor clasificados
    } y { $sitting ->
        [one] { $sitting } miembro en funciones
       *[other] { $sitting } miembros en funciones
    } ya trabajan para { $group } ({ $cap }); sube la candidatura siguiente
count-reason-star-group = habría ganado el puesto { $seat }, pero { $max ->
        [one] { $max } candidatura ya elegida trabaja
       *[other] { $max } candidaturas ya elegidas trabajan
    } para { $group } (como máximo { $max } por grupo, PEP 13); descalificada, y el puesto se escruta de nuevo sin { $name }
count-reason-meek-group = { $group } ya tiene { $max ->
        [one] { $max } elegido
       *[other] { $max } elegidos
    }, el máximo permitido por grupo; coeficiente de retención fijado en 0
count-reason-scottish-group = { $group } ya tiene { $max ->
        [one] { $max } elegido
       *[other] { $max } elegidos
    }, el máximo permitido por grupo; las papeletas de la candidatura se transfieren en la fase siguiente
count-reason-debian-quorum = Descartada por quórum (A.6(2)): { $voters ->
        [one] { $voters } votante la situó
       *[other] { $voters } votantes la situaron
    } por delante de { $default }, menos que el quórum { $quorum } (ronda 1)
count-reason-debian-majority = Descartada por mayoría (A.6(3)): V(A,D) = { $over } frente a V(D,A) = { $under } ({ $default }), razón { $ratio }, por debajo de la mayoría exigida { $num }:{ $den }; { $test } (ronda 2)

## Las rondas: la nota de cada ronda (sus frases unidas por un espacio), el
## motivo de cada decisión, el nombre de una derrota Debian, la nota de cada
## puesto STAR.

count-round-withdrawn = retirada antes del escrutinio; tachada en todas las papeletas
count-round-irv-first = Ronda 1: primeras preferencias. Las candidaturas restantes tienen { $held ->
        [one] { $held } voto
       *[other] { $held } votos
    }{ $shared ->
        [0] {""}
        [one] {" "}({ $shared } papeleta más agotada porque su preferencia restante más alta la comparten varias candidaturas)
       *[other] {" "}({ $shared } papeletas más agotadas porque su preferencia restante más alta la comparten varias candidaturas)
    }.
count-round-irv-next = Ronda { $round }: las papeletas de { $last } pasan a su siguiente preferencia restante. Las candidaturas restantes tienen { $held ->
        [one] { $held } voto
       *[other] { $held } votos
    }{ $shared ->
        [0] {""}
        [one] {" "}({ $shared } papeleta más agotada porque su preferencia restante más alta la comparten varias candidaturas)
       *[other] {" "}({ $shared } papeletas más agotadas porque su preferencia restante más alta la comparten varias candidaturas)
    }.
count-round-irv-none-standing = No queda ninguna candidatura.
count-round-irv-majority = { $votes ->
        [one] { $votes } voto
       *[other] { $votes } votos
    }, más de la mitad de los { $held } de las candidaturas restantes
count-round-irv-elected-with = { $name } resulta elegida con { $reason }.
count-round-irv-last-continuing = la última candidatura restante
count-round-irv-elected-as = { $name } resulta elegida como { $reason }.
count-round-irv-fewest = menos votos ({ $min })
count-round-irv-fewest-tied = menos votos ({ $min }), empatada con { $others }; { $how }
count-round-irv-earlier-round = tenía menos votos en la ronda { $round } ({ $min })
count-round-irv-drawn = igualada en todas las rondas anteriores: se excluyó mediante { $rule }
count-round-irv-excluded = Ninguna candidatura tiene más de la mitad ({ $needed } necesarios); se excluye a { $name }: { $reason }.
count-round-scottish-first = Primeras preferencias (regla 45); { $valid ->
        [one] { $valid } papeleta válida
       *[other] { $valid } papeletas válidas
    }, cuota { $quota } (regla 46)
count-round-scottish-group-transfer = Transferencia de las papeletas de { $names } (excluidas por el límite por grupo), a su valor actual como en la regla 50
count-round-scottish-surplus = excedente de { $surplus } transferido (regla 48)
count-round-scottish-surplus-stage = Transferencia del excedente de { $name } ({ $surplus })
count-round-scottish-lowest = menor número de votos ({ $min }) (regla 50(1))
count-round-scottish-exclusion-stage = Exclusión de { $name } y transferencia de sus papeletas (regla 50)
count-round-scottish-tie-stage = empate entre { $tied } ({ $context }) resuelto por los votos de la fase { $stage }
count-round-scottish-tie-lot = empate entre { $tied } ({ $context }), iguales en todas las fases: resuelto por sorteo, mediante { $rule }
count-round-scottish-quota-reached = alcanzó la cuota con { $votes } (regla 47)
count-round-scottish-deemed-elected = no quedan más candidaturas que puestos vacantes: se considera elegida con { $votes } (regla 52(1))
count-round-meek-fill = no quedan más candidaturas en liza que puestos libres: elegida con { $votes }
count-round-meek-fill-round = Las candidaturas que siguen en liza ocupan los puestos libres
count-round-meek-election = Elección de { $names }
count-round-meek-fewest = menos votos ({ $votes }) una vez que los excedentes quedaron por debajo de omega { $omega } (excedente total { $surplus })
count-round-meek-exclusion = Exclusión de { $name }
count-round-meek-quota-reached = alcanzó la cuota { $quota } con { $votes }
count-round-meek-tie-round = empate entre { $tied } ({ $context }) resuelto por los votos de la ronda { $round }
count-round-meek-tie-draw = empate entre { $tied } ({ $context }), iguales en todas las rondas: resuelto mediante { $rule }
count-round-debian-quorum = A.6(2) quórum: cada opción necesita al menos R votantes que la sitúen por encima de la opción por defecto ({ $default })
count-round-debian-no-quorum = A.6(2) quórum: esta votación no exige quórum
count-round-debian-majority-pre2015 = A.6(3) mayoría: cada opción debe vencer a la opción por defecto ({ $default }) según su razón de mayoría N: V(A,D) estrictamente mayor que N × V(D,A) (v1.2–v1.5)
count-round-debian-majority-current = A.6(3) mayoría: cada opción debe vencer a la opción por defecto ({ $default }) según su razón de mayoría N: V(A,D) al menos N × V(D,A) y estrictamente mayor que V(D,A) (desde la v1.6)
count-round-debian-schwartz-final = A.6(5)–(6): el conjunto de Schwartz es {"{"}{ $set }{"}"}, sin derrotas en su interior (A.6(8))
count-round-debian-schwartz-drop = A.6(5)–(7): el conjunto de Schwartz es {"{"}{ $set }{"}"} y contiene derrotas; se descartan las más débiles y el escrutinio vuelve al paso 5
count-round-debian-weakest-defeat = derrota más débil dentro del conjunto de Schwartz: V = { $v } frente a { $against }
count-round-debian-defeat = { $winner } sobre { $loser }
count-seat-star-only = { $name } es la única candidatura restante y resulta elegida sin segunda vuelta.
count-seat-star-scoring-tie = Ronda de puntuación: { $tied } empatan con { $stars } estrellas para { $places ->
        [one] { $places } plaza en la segunda vuelta
       *[other] { $places } plazas en la segunda vuelta
    }.
count-seat-star-advance = Ronda de puntuación: { $first } y { $second } pasan a la segunda vuelta con { $stars_first } y { $stars_second } estrellas.
count-seat-star-runoff = Segunda vuelta automática: se prefiere a { $winner } sobre { $loser }, { $won } frente a { $lost }; { $equal ->
        [one] { $equal } votante apoya
       *[other] { $equal } votantes apoyan
    } por igual a ambas finalistas.
count-seat-star-runoff-tied = Segunda vuelta automática: { $first } y { $second } empatan, { $won } frente a { $lost }; { $equal ->
        [one] { $equal } votante apoya
       *[other] { $equal } votantes apoyan
    } por igual a ambas finalistas.
count-seat-star-runoff-total = Desempate de la segunda vuelta (mayor total de estrellas): gana { $winner } con { $stars_won } estrellas frente a { $stars_lost }.
count-seat-star-runoff-fives = Desempate de la segunda vuelta (totales de estrellas iguales; más valoraciones de cinco estrellas): gana { $winner } con { $won ->
        [one] { $won } valoración de cinco estrellas
       *[other] { $won } valoraciones de cinco estrellas
    } frente a { $lost }.
count-seat-star-runoff-draw = Desempate de la segunda vuelta: totales de estrellas ({ $stars }) y valoraciones de cinco estrellas ({ $fives }) iguales; { $name } resulta elegida mediante { $rule }.
count-seat-star-head-to-head = En el duelo, se prefiere a { $winner } sobre { $loser }, { $won } frente a { $lost }, y pasa.
count-seat-star-head-to-head-losers = Duelos entre { $tied }: { $losers } { $nlosers ->
        [one] perdió más duelos ({ $max } de { $of }) y queda eliminada
       *[other] perdieron más duelos ({ $max } de { $of }) y quedan eliminadas
    } del empate.
count-seat-star-survivors = { $survivors } { $nsurvivors ->
        [one] pasa
       *[other] pasan
    }; { $losers } { $nlosers ->
        [one] sigue empatada
       *[other] siguen empatadas
    } para { $places ->
        [one] { $places } plaza
       *[other] { $places } plazas
    }.
count-seat-star-head-to-head-equal = En el duelo, { $first } y { $second } son preferidas por igual ({ $won } frente a { $lost }).
count-seat-star-head-to-head-none = Duelos entre { $tied }: cada una perdió { $lost ->
        [one] { $lost } duelo
       *[other] { $lost } duelos
    }, así que ninguna queda eliminada.
count-seat-star-fives = Desempate por valoraciones de cinco estrellas: { $names } { $nnames ->
        [one] pasa
       *[other] pasan
    } con { $fives ->
        [one] { $fives } valoración de cinco estrellas
       *[other] { $fives } valoraciones de cinco estrellas
    }.
count-seat-star-fives-draw = { $then ->
        [0] {""}
       *[other] Después,{" "}
    }{ $tied } siguen empatadas en valoraciones de cinco estrellas ({ $fives }); { $chosen } { $nchosen ->
        [one] pasa
       *[other] pasan
    } mediante { $rule }.
count-seat-star-set-aside = { $name } quedó descalificada: { $max ->
        [one] { $max } candidatura electa ya trabaja
       *[other] { $max } candidaturas electas ya trabajan
    } para { $group } (como máximo { $max } por grupo, PEP 13); el puesto se volvió a escrutar sin { $name }.

## El informe legible del escrutinio (`scrutineer tally`, `scrutineer count`).

count-report-method = Método: { $title } [{ $name }]
count-report-seats = Puestos: { $seats }    Papeletas: { $ballots }
count-report-elected = Elegidas, por orden:
count-report-rank = Puesto
count-report-candidate = Candidatura
count-report-votes = Votos
count-report-status = Resultado
count-report-ranking = Clasificación completa: { $ranking }
count-report-pairwise = Preferencias por pares (fila preferida a columna):
count-report-strongest-paths = Caminos más fuertes:
count-report-pairs = Pares por margen:
count-report-pair-locked = { $winner } sobre { $loser } por { $margin }: fijado
count-report-pair-skipped = { $winner } sobre { $loser } por { $margin }: omitido (ciclo)
count-report-seat = Puesto { $seat }: totales { $totals }
count-report-runoff = segunda vuelta { $first } frente a { $second }: { $prefer_first } prefieren a { $first }, { $prefer_second } prefieren a { $second }, { $equal } por igual; elegida: { $winner }
count-report-default-option = Opción por defecto: { $name }
count-report-quorum = Quórum: { $quorum }
count-report-no-quorum = Quórum: ninguno
count-report-option = Opción
count-report-ratio = razón
count-report-needs = exige
count-report-quorum-column = quórum
count-report-majority-column = mayoría
count-report-dropped = Descartada
count-report-yes = sí
count-report-no = no
count-report-dropped-quorum = quórum
count-report-dropped-majority = mayoría
count-report-schwartz = Conjunto de Schwartz: { $set }
count-report-casting-vote = SE NECESITA UN VOTO DE CALIDAD entre: { $options }
count-report-round = Ronda { $round }: { $note }
count-report-round-quota = Ronda { $round } (cuota { $quota }): { $note }
count-report-keep = retención { $keep }
count-report-exhausted = Agotadas
count-report-kind-elected = elegida
count-report-kind-excluded = excluida
count-report-kind-surplus = excedente
count-report-kind-group-excluded = excluida por el límite por grupo
count-report-kind-withdrawn = retirada
count-report-kind-tie = empate
count-report-kind-defeat-dropped = derrota descartada
count-report-disqualified = Descalificadas por una regla:
count-report-tie-breaks = Desempates:
count-report-tie = { $context }: empatadas { $tied }; orden { $order }; regla: { $rule }
count-report-tie-by = mediante { $how }
count-report-tie-decided-by = decidido por { $name }
count-report-tie-witnessed-by = ante { $name }
count-report-tie-seed = semilla { $seed }
count-report-note = Nota: { $note }
count-report-action = { $kind } { $name }: { $reason }
count-report-excluded = { $name }: { $reason }
