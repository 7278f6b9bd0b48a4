# Errores sobre los archivos que lee Scrutineer (archivos de papeletas de cada servicio, totales,
# YAML, carpetas de Elekto, censos electorales): scrutineer-formats. Cada uno nombra el archivo,
# la línea y el problema. Los errores del núcleo están en errors.ftl. Los nombres de archivo, las
# cabeceras de columna y las palabras clave de los formatos (`candidate,votes`, `name:`) no se traducen.

## Leer un archivo.
err-file-empty = el archivo está vacío
err-file-no-ballots = el archivo no contiene papeletas
err-file-too-large-bytes = el archivo supera los { $max } bytes: es demasiado grande para lo que debe contener
err-file-not-utf8 = el archivo no es texto UTF-8 válido: { $detail }
err-json-unreadable = no se puede leer el JSON: { $detail }
err-export-unreadable = no se puede leer la exportación: { $detail }
err-csv-unreadable = no se puede leer el CSV: { $detail }
err-figure-too-large = la cifra { $n } es demasiado grande: el máximo admitido es { $max }
err-not-ballots = es un archivo en formato { $format } (una cifra por candidatura), no papeletas
err-line-not-utf8 = la línea no es texto UTF-8 válido: guarde el archivo como UTF-8
err-utf8-cut = el archivo termina en mitad de un carácter UTF-8: guarde el archivo como UTF-8
err-line-too-long = la línea supera los { $max } bytes: no es un archivo de papeletas ni de totales (o está dañado)

## Distinguir los formatos (--format, carpetas).
err-input-folder-no-elekto = esta carpeta no contiene ninguna elección en formato { $format }: debería contener election.yaml
err-input-folder-no-helios = esta carpeta no contiene ninguna elección en formato { $format }: debería contener election.json y result.json
err-input-folder-format = es una carpeta, y el formato { $format } se lee de un archivo
err-input-folder-format-found = es una carpeta, y el formato { $format } se lee de un archivo (la carpeta contiene una elección en formato { $found })
err-input-folder-not-election = esta carpeta no es una elección: se espera una carpeta de Elekto (election.yaml), una carpeta de Helios (election.json y result.json) o un archivo de papeletas
err-input-elekto-no-yaml = una elección de Elekto se lee de su carpeta (o de su ballots.csv con election.yaml al lado): no se encontró election.yaml
err-input-format-mismatch = el archivo se indicó como { $given } (--format { $given }), pero su contenido es { $found }: indique --format { $found }, o auto para detectarlo
err-input-empty = el archivo está vacío: se espera un archivo de papeletas o de totales
err-input-with-election-json = una entrada en formato { $format } se lee de su archivo o carpeta, con election.json al lado
err-input-with-election-and-result = una entrada en formato { $format } se lee de su archivo o carpeta, con election.json y result.json
err-input-with-candidates-csv = una entrada en formato { $format } se lee de su archivo o carpeta, con candidates.csv al lado
err-input-with-election-yaml = una entrada en formato { $format } se lee de su archivo o carpeta, con election.yaml y los archivos de las candidaturas

## Archivos de papeletas (CSV, una columna por candidatura).
err-grid-name-utf8 = el nombre de la candidatura no es UTF-8 válido (byte erróneo en la posición { $position }): guarde el archivo como UTF-8
err-grid-name-twice = el nombre `{ $name }` aparece dos veces en la cabecera (columnas { $first } y { $second }): cada candidatura debe aparecer una sola vez

## Archivos de totales.
err-totals-header = se espera la cabecera `candidate,votes` (o `candidate,count`); se encontró `{ $found }`
err-totals-header-star = se espera la cabecera `candidate,votes` (o `candidate,count`); se encontró `{ $found }`: los totales STAR no se pueden escrutar sin su segunda vuelta (escrute las papeletas o introduzca el resultado publicado)
err-totals-sum-too-large = la suma de los votos supera aquí { $max }: es demasiado grande

## Archivos de papeletas BLT.
err-blt-quote-open = un nombre o título entre comillas no está cerrado: se espera un { $quote } de cierre en la misma línea
err-blt-quoted-text = el texto entre comillas «{ $text }»
err-blt-token = `{ $text }`
err-blt-ends-early = el archivo termina antes de tiempo: se espera { $expected }
err-blt-expected-found = se espera { $expected }; se encontró { $found }
err-blt-what-candidates = el número de candidaturas (un número entero)
err-blt-what-seats = el número de puestos (un número entero)
err-blt-what-ballot-or-end = una línea de papeleta o la línea `0` que cierra las papeletas
err-blt-what-ballot = una línea de papeleta
err-blt-what-name = el nombre entre comillas de la candidatura { $candidate } de { $candidates }
err-blt-what-title = el título entre comillas (o un título solo en su línea) después de los nombres
err-blt-no-candidates = se espera al menos 1 candidatura; se encontraron 0
err-blt-too-many-candidates = se esperan como máximo { $max } candidaturas; se encontraron { $found }
err-blt-no-seats = se espera al menos 1 puesto; se encontraron 0
err-blt-too-many-seats = se { $max ->
        [one] espera como máximo 1 puesto
       *[other] esperan como máximo { $max } puestos
    } (uno por candidatura); se encontraron { $found }
err-blt-withdrawn = se espera una candidatura retirada `-N` con N de 1 a { $candidates } (una línea de retiradas no contiene nada más; el peso de una papeleta no puede ser negativo); se encontró { $found }
err-blt-withdrawn-twice = la candidatura { $candidate } está retirada dos veces
err-blt-ballot-id = se espera un número de papeleta entre paréntesis como `(17)`; se encontró { $found }
err-blt-weight-after-id = se espera el peso de la papeleta después de su número
err-blt-weight-quoted = se espera el peso de una papeleta (un número entero de al menos 1) o la línea `0` que cierra las papeletas; se encontró { $found } (¿falta la línea `0` que cierra las papeletas?)
err-blt-weight = se espera el peso de una papeleta (un número entero de al menos 1) o la línea `0` que cierra las papeletas; se encontró { $found }
err-blt-weight-fraction = se espera el peso de una papeleta (un número entero de al menos 1) o la línea `0` que cierra las papeletas; se encontró { $found } (no se admiten pesos fraccionarios ni negativos)
err-blt-weight-zero = se espera un peso de papeleta de al menos 1; se encontró 0
err-blt-after-end = al `0` que cierra las papeletas solo pueden seguirle los nombres entre comillas (un peso de 0 no es una papeleta); se encontró { $found }
err-blt-preference-quoted = se espera un número de candidatura o el 0 final; se encontró { $found }
err-blt-preference = se espera un número de candidatura de 1 a { $candidates } (o puestos empatados como `2=3`), o el 0 final; se encontró { $found }
err-blt-preference-twice = la candidatura { $candidate } aparece más de una vez en esta papeleta
err-blt-no-terminator = la línea de la papeleta no termina con el 0 final (cada papeleta ocupa una línea: peso, preferencias, 0)
err-blt-after-terminator = se espera el final de la línea de la papeleta después de su 0 final; se encontró { $found }
err-blt-weight-too-large = el peso de papeleta { $weight } es demasiado grande: el máximo admitido es { $max }
err-blt-total-too-large = con esta papeleta, el peso total de las papeletas supera { $max }: es demasiado grande para escrutarlo
err-blt-name-empty = se espera { $expected }; se encontró un nombre vacío
err-blt-name-twice = la candidatura { $candidate } tiene el mismo nombre que la candidatura { $first }: «{ $name }»
err-blt-title = se espera el título después { $names ->
        [one] del nombre
       *[other] de los { $names } nombres
    } (entre comillas, o solo en su línea); se encontró { $found }
err-blt-after-title = después del título solo se esperan líneas de fuente o de comentario entre comillas; se encontró { $found }

## Belenios.
err-belenios-no-election = las papeletas de Belenios se leen con el election.json de la elección al lado (para los nombres de las respuestas): no se encontró
err-belenios-ballot-not-json = la papeleta no es JSON: { $detail }
err-belenios-not-election = se espera una elección de Belenios: un objeto con `questions`
err-belenios-questions = la elección tiene { $questions } preguntas: una sola pregunta de ordenación por escrutinio
err-belenios-not-ranked = la pregunta no es `NonHomomorphic`: solo las preguntas de ordenación tienen papeletas que escrutar
err-belenios-no-answers-field = la pregunta no tiene `answers`
err-belenios-answer-repeated = la respuesta { $answer } está vacía o repetida
err-belenios-no-answers = la pregunta no tiene respuestas
err-belenios-ballot-shape = se espera una papeleta `[[r1, ..., r{ $n }]]`: una lista de { $n } puestos (uno por respuesta)
err-belenios-rank = el puesto de la respuesta { $answer } es `{ $found }`: se espera un número entero, 0 si no se ordena

## BetterVoting.
err-bettervoting-empty = el archivo está vacío: se espera la cabecera `ballot_id,precinct,<candidates>`
err-bettervoting-header = se espera una cabecera de BetterVoting que empiece por `ballot_id,precinct`
err-bettervoting-races = esta exportación contiene varias votaciones ({ $races }): exporte una votación por archivo para escrutarla
err-bettervoting-no-candidates = la cabecera no nombra ninguna candidatura después de `ballot_id,precinct`
err-bettervoting-row-width = esta fila tiene { $cells ->
        [one] 1 celda
       *[other] { $cells } celdas
    }, pero la cabecera tiene { $columns }: se espera una celda por columna (un nombre de candidatura con una coma desplaza las columnas de una exportación sin comillas)
err-bettervoting-no-ballots = el archivo tiene cabecera, pero no papeletas
err-bettervoting-no-election = la exportación no tiene `Election`
err-bettervoting-race-count = la elección tiene { $races } votaciones: exporte una votación por escrutinio
err-bettervoting-race-differs = las papeletas votan en la votación `{ $ballots }`, pero la votación de la elección es `{ $race }`
err-bettervoting-race-method = este lector no conoce el sistema de votación `{ $method }` de la votación (STAR, STAR_PR, Approval, Plurality, IRV, STV, RankedRobin)
err-bettervoting-candidate-name = la candidatura { $candidate } de la votación tiene un nombre vacío o repetido `{ $name }`
err-bettervoting-unknown-id = una papeleta puntúa el identificador de candidatura `{ $id }`, que no está en la votación
err-bettervoting-score = una papeleta da una puntuación de { $score }: se espera de 0 a { $max }
err-bettervoting-negative-mark = una papeleta da una marca negativa ({ $mark })
err-bettervoting-negative-rank = una papeleta da un puesto negativo ({ $rank })
err-bettervoting-export-no-ballots = la exportación no contiene papeletas

## CIVS.
err-civs-empty = el archivo está vacío: se espera una cabecera con las columnas `name` e `id`
err-civs-header = se espera una cabecera con las columnas `name` e `id`
err-civs-name-empty = el nombre de la candidatura está vacío
err-civs-choice = la opción `{ $choice }` no coincide con ninguna candidatura de candidates.csv (por nombre o @usuario): se espera una de { $names }

## Hojas de recuento de Debian.
err-debian-no-options = no se encontraron opciones: una hoja de recuento de Debian las enumera como `Option 1--->: name`
err-debian-rank = `{ $found }` no es un puesto: se espera 1-9 (luego A-Z para 10-35) o - si no se ordena
err-debian-ballot-before-options = una línea de papeleta (V:) aparece antes de la lista de opciones (Option 1--->: …)
err-debian-ballot-width = la papeleta tiene { $ranks ->
        [one] 1 carácter de puesto
       *[other] { $ranks } caracteres de puesto
    }, pero hay { $options } opciones
err-debian-option-rank = opción { $option } ({ $name }): { $problem }
err-debian-option-late = la opción { $option } aparece después de que empiecen las papeletas
err-debian-option-order = se espera aquí la opción { $expected }; se encontró la opción { $found }: las opciones deben numerarse 1, 2, 3… en orden
err-debian-option-no-name = la opción { $option } no tiene nombre

## Carpetas de Elekto.
err-elekto-no-candidate-file = el identificador de candidatura `{ $id }` no tiene en la carpeta un archivo candidate-{ $id }.md con `ID: { $id }`
err-elekto-no-opinion = una papeleta deja una candidatura sin ordenar (`No opinion`), pero election.yaml tiene allow_no_opinion: False
err-elekto-dashes-start = se espera que el bloque de cabecera de la candidatura empiece con una línea de guiones (---)
err-elekto-header-block = se espera un bloque de cabecera entre dos líneas de guiones (---) con `name:` e `ID:`
err-elekto-header-name = se espera `name:` en el bloque de cabecera
err-elekto-header-id = se espera `ID:` en el bloque de cabecera
err-elekto-not-list = `{ $key }` debe ser un único valor, no una lista
err-elekto-no-name = se espera `name:`, el título de la elección
err-elekto-no-seats = se espera `no_winners:`, el número de puestos
err-elekto-seats = se espera que `no_winners` sea un número entero de al menos 1; se encontró `{ $found }`
err-elekto-no-opinion-value = se espera que `allow_no_opinion` sea True o False; se encontró `{ $found }`
err-elekto-no-column = la candidatura `{ $name }` ({ $id }) no tiene columna en ballots.csv
err-elekto-no-voters = se espera `eligible_voters:`, la lista de identificadores de los electores
err-elekto-voter-id = cada elector debe ser un único identificador (`- github-id`)
err-elekto-voters-list = se espera que `eligible_voters:` sea una lista de identificadores

## Helios.
err-helios-no-result = no se encontró el resultado de Helios junto a la elección: se espera result.json, { $stem }-result.json o { $stem }.result.json (guardado desde …/elections/<uuid>/result)
err-helios-not-election = se espera una elección de Helios: un objeto con una lista `questions`
err-helios-no-question = la elección tiene { $questions ->
        [one] 1 pregunta
       *[other] { $questions } preguntas
    }: no hay pregunta { $question }
err-helios-no-answers = la pregunta { $question } no tiene lista `answers`
err-helios-answer-not-name = la respuesta { $answer } de la pregunta { $question } no es un nombre
err-helios-answer-twice = la respuesta `{ $name }` aparece dos veces en la pregunta { $question }
err-helios-not-result = se espera el resultado de Helios: una lista de recuentos por pregunta, como [[45, 44, 33]]
err-helios-result-questions = el resultado tiene { $lists ->
        [one] 1 lista de recuentos
       *[other] { $lists } listas de recuentos
    }, pero la elección tiene { $questions ->
        [one] 1 pregunta
       *[other] { $questions } preguntas
    }: ¿son estos los archivos de la misma elección?
err-helios-counts-not-list = los recuentos de la pregunta { $question } no son una lista
err-helios-counts-differ = la pregunta { $question } tiene { $answers } respuestas, pero el resultado da { $counts } recuentos
err-helios-count = el recuento de `{ $name }` (pregunta { $question }, respuesta { $answer }) es `{ $found }`: se espera un número entero de 0 a { $max }
err-helios-sum-too-large = la suma de los recuentos es demasiado grande

## YAML (election.yaml).
err-yaml-item-continues = se espera `name: value` como continuación del elemento de lista anterior
err-yaml-item-not-mapping = una línea `name: value` sigue a un elemento de lista que no es un diccionario
err-yaml-expected-value-or-item = se espera `name: value` o un elemento de lista `- value` bajo `{ $key }`; se encontró `{ $found }`
err-yaml-expected-item = se espera un elemento de lista `- value` bajo `{ $key }`; se encontró `{ $found }`
err-yaml-quote-one-line = aquí un valor entre comillas debe ocupar una sola línea
err-yaml-single-quote = un valor entre comillas simples no se cierra en su línea
err-yaml-double-quote = un valor entre comillas dobles no se cierra en su línea
err-yaml-escape = aquí no se admite la secuencia de escape `{ $escape }` en un valor entre comillas dobles
err-yaml-backslash = un valor entre comillas dobles termina con una barra invertida suelta
err-yaml-unsupported = `{ $found }` es YAML que este lector no acepta (anclas, etiquetas, diccionarios en línea): escriba un valor simple
err-yaml-margin = se espera una línea `key: value` que empiece en el margen izquierdo
err-yaml-key-value = se espera una línea `key: value`; se encontró `{ $found }`
err-yaml-key-twice = la clave `{ $key }` aparece dos veces (líneas { $first } y { $line })
err-yaml-flow-list = una lista `[...]` debe cerrarse en su línea

## Censos electorales y otros archivos CSV y de texto leídos enteros (una presentación, un CSV de candidaturas).
err-rollfile-empty = el archivo está vacío: se espera una línea de cabecera y una línea por elector
err-rollfile-nul-at = contiene un byte NUL (en el byte { $at }): es un archivo binario, no un archivo de texto CSV
err-rollfile-delimiter = el separador debe ser un carácter ASCII distinto de una comilla o un salto de línea, no el byte { $byte }
err-rollfile-no-text = no tiene texto: se espera una línea de cabecera y una línea por elector
err-rollfile-not-header = la primera línea no es una cabecera CSV: { $reason }
err-rollfile-field-long = la columna { $column } supera los { $kib } KiB: no son los datos de un elector (¿una comilla sin cerrar?)
err-rollfile-row-long = la fila supera los { $kib } KiB (¿una comilla sin cerrar?)
err-rollfile-many-fields = la fila tiene más de { $max } campos
err-rollfile-no-rows = tiene una línea de cabecera ({ $header }), pero ninguna fila de electores
err-rollfile-nul = contiene caracteres NUL: es un archivo binario, o texto en una codificación que aquí no se lee (¿UTF-32?)
err-rollfile-controls = { $controls } de sus primeros { $total } caracteres son caracteres de control: es un archivo binario, no un archivo de texto CSV
err-rollfile-too-large-mib = supera los { $mib } MiB: demasiado grande para este archivo ({ $what })
err-rollfile-mapping = la correspondencia { $field }={ $header } no nombra ninguna columna: las columnas son { $columns }
err-text-too-large-kib = supera los { $kib } KiB: demasiado largo para este archivo ({ $what })
err-text-nul = contiene bytes NUL: es un archivo binario, no un texto ({ $what })
err-text-not-utf8 = no es texto UTF-8 ({ $detail }): guarde el archivo ({ $what }) como UTF-8
err-what-statement = presentación
err-what-group-list = lista de grupos
err-what-sitting-members = lista de miembros salientes
err-what-nominations-csv = CSV de candidaturas
err-what-form-csv = CSV de un formulario
err-voted-nul = contiene bytes NUL: es un archivo binario (o texto UTF-16), no una lista de correos electrónicos
err-voted-no-email-column = no hay columna de correo electrónico: se espera una cabecera como email o e-mail address, o un correo electrónico por línea
err-rollfile-zip = es un archivo zip, como un libro de Excel (.xlsx) o de LibreOffice (.ods), no un archivo de texto CSV: ábralo en la hoja de cálculo y guárdelo como CSV
err-rollfile-xls = es un libro antiguo de Excel (.xls), no un archivo de texto CSV: ábralo en la hoja de cálculo y guárdelo como CSV
err-rollfile-pdf = es un documento PDF, no un archivo de texto CSV
err-rollfile-gzip = es un archivo comprimido con gzip, no un archivo de texto CSV: descomprímalo primero
err-rollfile-sqlite = es una base de datos SQLite, no un archivo de texto CSV

## Filas rechazadas de un censo electoral (sus motivos se guardan en inglés y se releen, como
## los de errors.ftl: los identificadores empiezan por err-roll-).
err-roll-field-long = la columna '{ $column }' supera los { $kib } KiB: no son los datos de un elector (¿una comilla sin cerrar?)
err-roll-field-long-n = la columna { $column } supera los { $kib } KiB: no son los datos de un elector (¿una comilla sin cerrar?)
err-roll-row-long = la fila supera los { $kib } KiB (¿una comilla sin cerrar?)
err-roll-many-fields = la fila tiene más de { $max } campos
err-roll-bad-bytes = la columna '{ $column }' contiene bytes que no son { $encoding } válido ('{ $value }'): elija la codificación del archivo
err-roll-bad-bytes-n = la columna { $column } contiene bytes que no son { $encoding } válido ('{ $value }'): elija la codificación del archivo
