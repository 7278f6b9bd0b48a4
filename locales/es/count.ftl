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
