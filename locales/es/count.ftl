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
count-note-unfilled = Solo se pudieron cubrir { $elected } de { $seats ->
        [one] { $seats } puesto
       *[other] { $seats } puestos
    }.
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
