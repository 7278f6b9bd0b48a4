# Documentos publicados por Scrutineer: acta de resultados, cuadernillo de
# candidaturas, anuncio y CSV de resultados.
#
# Mismos términos que window.ftl y window-work.ftl (véase su glosario): aval, avalada por
# (seconder), apoyo (endorsement), cara o cruz, sorteo, voto de calidad, presidente/a de la
# mesa (la presidencia de la mesa), testigo, fichero, sistema de escrutinio. Espacio de no
# separación (U+00A0) antes de %.

## Común

not-stated = Sin indicar
not-recorded = Sin registrar
page-of = Página { $n } de { $total }
percent = { $n } %
# A figure that cannot be worked out (turnout with an empty roll).
not-available = n/d
list-and = { $init } y { $last }
list-sep = {", "}

## Acta de resultados

cert-title = Acta de resultados
cert-kicker = ACTA OFICIAL DE UNA ELECCIÓN
cert-footer = Acta de resultados · generada con { $producer }
cert-identifier-short = Acta { $id }
cert-identifier-status = Acta { $id } · { $status }
cert-draft = BORRADOR — sin certificar
cert-certified-on = Certificada el { $when } por { $officer }
cert-certified-witnessed = Certificada el { $when } por { $officer }, con { $witness } como testigo
cert-method-and-rules = Sistema de escrutinio y reglas
cert-counting-method = Sistema de escrutinio
cert-rules = Reglas
cert-no-further-rules = Ninguna otra regla
cert-participation = Participación
cert-eligible = Electores
cert-ballots-cast = Papeletas emitidas
cert-turnout = Participación
cert-col-rank = Puesto
cert-col-candidate = Candidatura
cert-col-employer = Empleador
cert-col-votes = Votos
cert-col-status = Resultado
cert-candidates = Candidaturas
cert-candidates-continued = Candidaturas (continuación)
cert-no-candidates = Ninguna candidatura.
cert-elected-in-order = Elegidos, por orden de elección
cert-none-elected = No resultó elegida ninguna candidatura.
cert-exclusions = Exclusiones
cert-no-reason = Sin motivo registrado
cert-ties = Empates resueltos por sorteo
cert-tie-n = Empate { $n }
cert-tied-candidates = Candidaturas empatadas
cert-ballot-set-sha = SHA-256 del conjunto de papeletas
cert-order-drawn = Orden sorteado
cert-seed = Semilla
cert-seed-continued = Semilla (continuación)
cert-seed-none = (ninguna registrada)
cert-tie-decided = { $rule }: { $how }, decidido por { $who }
cert-tie-decided-witnessed = { $rule }: { $how }, decidido por { $who }, con { $witness } como testigo
cert-notes = Observaciones
cert-verification = Verificación
cert-sha-of-ballots = SHA-256 de las papeletas
cert-date = Fecha del acta
cert-status = Estado
cert-identifier = Identificador del acta
cert-counted-with = Escrutada con
cert-statement = Certificamos que lo que antecede refleja fielmente el resultado de esta elección, escrutada según el sistema y las reglas indicados.
cert-returns-officer = Presidente/a de la mesa
cert-witness = Testigo
cert-signature = Firma
cert-name = Nombre
cert-signature-date = Fecha
cert-quorum-met = Se alcanzó el quórum.
cert-audit-head = Última entrada del registro de auditoría: n.º { $seq }, SHA-256 { $hash }
cert-small-batch = Se importó un lote de { $n ->
        [one] { $n } papeleta
       *[other] { $n } papeletas
    }, por debajo del umbral de secreto del voto, con el motivo de la presidencia de la mesa: { $reason }
cert-acknowledged = Estado confirmado por la presidencia de la mesa tras un cambio fuera de Scrutineer: { $reason }

## Resultado de cada candidatura

status-elected = elegido/a
status-disqualified = descalificado/a
status-not-elected = no elegido/a
status-withdrawn = retirado/a
status-vacant = obtuvo un puesto, que queda vacante
status-elected-by-draw = elegido/a por sorteo
status-elected-by-officer = elegido/a por decisión de la presidencia de la mesa
status-elected-by-psf = elegido/a por el procedimiento de la PSF

## Sistemas de escrutinio

method-approval = Voto aprobatorio (plurinominal en bloque)
method-plurality = Mayoría simple (voto único no transferible)
method-star = STAR en bloque (puntuación y segunda vuelta automática)
method-schulze = Método de Schulze (Condorcet)
method-ranked-pairs = Pares clasificados (Condorcet)
method-irv = Voto preferencial con segunda vuelta instantánea
method-stv-scottish = Voto único transferible escocés (SSI 2007/42)
method-stv-meek = Voto único transferible de Meek
method-debian = Constitución de Debian A.6 (Condorcet, conjunto de Schwartz, opción por defecto)

## Reglas vigentes

rule-seats = { $n ->
        [one] { $n } puesto
       *[other] { $n } puestos
    }
rule-no-employer-limit = Sin límite de elegidos por empleador
rule-employer-cap = Límite por empleador: { $cap } (procedimiento del PEP 13: se descalifica a la candidatura peor clasificada de un empleador sobrerrepresentado y sube la siguiente)
rule-max-per-employer = Como máximo { $n ->
        [one] { $n } elegido
       *[other] { $n } elegidos
    } por empleador (procedimiento del PEP 13: se descalifica a la candidatura peor clasificada de un empleador sobrerrepresentado y sube la siguiente)
rule-sitting = Miembros en funciones que cuentan para el límite por empleador: { $list }
rule-seed-default = Semilla de los sorteos: los nombres de las candidaturas, ordenados, uno por línea (por defecto), con el SHA-256 del conjunto canónico de papeletas (ballots.csv del paquete de resultados)
rule-seed-given = Semilla de los sorteos: «{ $seed }», con el SHA-256 del conjunto canónico de papeletas (ballots.csv del paquete de resultados)
rule-ties-draw = Empates: sorteo con semilla de Scrutineer
rule-ties-psf = Empates: procedimiento de la PSF (módulo random de Python con los nombres empatados, ordenados y concatenados, como semilla, y luego random.sample)
rule-ties-officer = Empates: los resuelve la presidencia de la mesa (cara o cruz, sorteo o voto de calidad), y se registra quién decidió y quién actuó como testigo ({ $n ->
        [one] { $n } decisión registrada
       *[other] { $n } decisiones registradas
    })
rule-none-of-the-above = «{ $name }» equivale a «ninguno de los anteriores»: el puesto que obtenga queda vacante
rule-blank = Casilla en blanco: { $how }
rule-blank-not-compared = una candidatura sin puesto en la papeleta no participa en ningún duelo de esa papeleta (sin opinión)
rule-blank-below-ranked = una candidatura sin puesto en la papeleta queda detrás de todas las que lo tienen, empatada con las demás sin puesto
rule-totals = Escrutado a partir de totales publicados, no de papeletas: { $batches ->
        [one] { $batches } lote
       *[other] { $batches } lotes
    } que suman { $cast ->
        [one] { $cast } papeleta emitida
       *[other] { $cast } papeletas emitidas
    }
rule-totals-file = Totales de { $file }: { $cast ->
        [one] { $cast } papeleta emitida
       *[other] { $cast } papeletas emitidas
    }, SHA-256 { $sha }
rule-quorum = Quórum: { $q } % de los electores
rule-withdrawn = Retiradas antes del escrutinio: { $list }
rule-debian = Constitución de Debian A.6: opción por defecto «{ $default }»; quórum { $quorum }; { $majorities }
rule-debian-no-quorum = ninguno
rule-debian-simple = mayorías simples
rule-debian-needs = { $option } necesita { $n }:1

## Avisos antes de firmar

warn-empty-roll = El censo electoral está vacío, así que no se pueden calcular la participación ni el quórum: importe el censo.
warn-more-ballots = Hay más papeletas ({ $ballots }) que electores en el censo ({ $eligible }): revise el censo y los ficheros de papeletas antes de certificar.
warn-quorum-not-met = No se alcanzó el quórum.
warn-seats-exceed = Hay { $seats ->
        [one] { $seats } puesto
       *[other] { $seats } puestos
    } pero solo { $standing ->
        [one] { $standing } candidatura
       *[other] { $standing } candidaturas
    }, así que al menos { $empty ->
        [one] { $empty } puesto queda vacante
       *[other] { $empty } puestos quedan vacantes
    }.

## Cuadernillo de candidaturas

booklet-doc-title = Candidaturas: { $term }
booklet-self-nominated = Autopropuesta
booklet-title = Cuadernillo de candidaturas
booklet-kicker = CUADERNILLO DE CANDIDATURAS
booklet-nominees-standing = Candidaturas ({ $n } en liza)
booklet-no-nominations = Ninguna candidatura.
booklet-withdrawn-mark = {" "}(retirada)
booklet-published = Publicado el { $date }. Cada candidatura empieza en una página nueva.
booklet-withdrawn-banner = CANDIDATURA RETIRADA
booklet-handle = Usuario
booklet-nominated-by = Propuesta por
booklet-seconded-by = Avalada por
booklet-status = Estado
booklet-withdrawn-status = Retirada de la elección
booklet-endorsements = Apoyos
booklet-endorsed-by = Apoyada por{" "}
booklet-statement = Presentación
booklet-no-statement = Sin presentación.
booklet-footer = Cuadernillo de candidaturas · generado con { $producer }

## Anuncio de resultados

announce-title = Resultados: { $term }
announce-title-org = Resultados: { $org }, { $term }
announce-sentences = { $first } { $second }
announce-none-elected = No resultó elegida ninguna candidatura.
announce-one-elected = { $name } resulta elegido/a.
announce-many-elected = Resultan elegidos, en este orden: { $names }.
announce-method = El escrutinio cubrió { $seats ->
        [one] { $seats } puesto
       *[other] { $seats } puestos
    } con el sistema «{ $method }».
announce-vacant = { $n ->
        [one] { $n } puesto queda vacante
       *[other] { $n } puestos quedan vacantes
    }.
announce-ballots-turnout = Se emitieron { $ballots ->
        [one] { $ballots } papeleta
       *[other] { $ballots } papeletas
    } de { $eligible ->
        [one] { $eligible } elector
       *[other] { $eligible } electores
    } (participación { $turnout }).
announce-ballots = Se emitieron { $ballots ->
        [one] { $ballots } papeleta
       *[other] { $ballots } papeletas
    }.
announce-quorum-met = Se alcanzó el quórum.
announce-quorum-not-met = No se alcanzó el quórum.
announce-figures = Resultados detallados
announce-figure-line = { $name }: { $figure }, { $status }
announce-rules-applied = Reglas aplicadas
announce-disqualified = { $name } fue descalificado/a: { $reason }.
announce-tie = El empate entre { $tied } ({ $context }) se resolvió por { $rule }: { $order }, en este orden.
announce-seeded-draw = un sorteo con semilla
announce-seed = Semilla del sorteo: { $seed }
announce-withdrew = Retiradas antes del escrutinio: { $names }.
announce-check = Cualquiera puede comprobar el escrutinio: el SHA-256 del conjunto de papeletas es { $sha }.
figure-approval = { $count ->
        [one] { $n } aprobación
       *[other] { $n } aprobaciones
    }
figure-star = { $count ->
        [one] { $n } punto
       *[other] { $n } puntos
    }
figure-pairwise = { $count ->
        [one] { $n } duelo ganado
       *[other] { $n } duelos ganados
    }
figure-first-preference = { $count ->
        [one] { $n } primera preferencia
       *[other] { $n } primeras preferencias
    }
figure-vote = { $count ->
        [one] { $n } voto
       *[other] { $n } votos
    }

## CSV de resultados

csv-item = concepto
csv-value = valor
csv-rank = puesto
csv-name = nombre
csv-employer = empleador
csv-votes = votos
csv-status = resultado
csv-reason = motivo
csv-term = Elección
csv-organisation = Organización
csv-method = Sistema
csv-seats = Puestos
csv-eligible = Electores
csv-ballots-cast = Papeletas emitidas
csv-turnout = Participación
csv-quorum = Quórum
csv-quorum-met = alcanzado
csv-quorum-not-met = no alcanzado
csv-ballot-sha = SHA-256 del conjunto de papeletas
csv-counted-at = Escrutado el (UTC)
csv-status-label = Estado
csv-identifier = Identificador del acta
csv-rule = Regla
csv-tie = Empate
csv-warning = Aviso
csv-tie-value = { $context }: empate entre { $tied }; orden { $order }
csv-tied-with = empatado/a con { $others } ({ $context }); orden decidido por { $rule }
