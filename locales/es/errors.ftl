# Mensajes de error: lo que dice Scrutineer cuando rechaza algo o algo falla
# (línea de órdenes y ventana). Los nombres, rutas y nombres de archivo son
# variables y nunca se traducen.

## Dónde está el problema de un archivo: archivo, línea, columna, problema.
err-file = { $file }: { $problem }
err-file-line = { $file }:{ $line }: { $problem }
err-file-column = { $file }: columna { $column }: { $problem }
err-file-line-column = { $file }:{ $line }: columna { $column }: { $problem }
err-path = { $path }: { $problem }
err-detail = { $detail }
err-with-hint = { $error }, { $hint }

## Los errores del sistema, en palabras.
err-os-not-found = no existe ese fichero ni esa carpeta
err-os-permission = no tiene permiso para usarlo
err-os-exists = ya existe
err-os-is-folder = es una carpeta, no un fichero
err-os-not-folder = una parte de la ruta es un fichero, no una carpeta
err-os-read-only = el disco es de solo lectura
err-os-disk-full = el disco está lleno
err-os-quota = su cuota de disco está agotada
err-os-too-large = el fichero es demasiado grande para el disco
err-os-folder-not-empty = la carpeta no está vacía
err-os-bad-name = el nombre de fichero no es válido aquí
err-os-cross-device = no se puede mover a otro disco
err-os-invalid-data = su contenido no es el esperado
err-os-cut-short = el fichero termina antes de tiempo (¿se ha cortado?)
err-os-interrupted = la operación se interrumpió; inténtelo de nuevo
err-os-broken-pipe = el programa que leía la salida se ha detenido
err-os-memory = el ordenador se ha quedado sin memoria
err-os-refused = el ordenador ha rechazado la operación

## Lectura de archivos.
err-cannot-read = no se puede leer el fichero: { $reason }
err-cannot-read-folder = no se puede leer la carpeta: { $reason }
err-cannot-open = no se puede leer el fichero porque no se puede abrir ({ $reason })
err-not-a-file = es { $what ->
        [folder] una carpeta
        [fifo] una tubería con nombre (FIFO)
        [socket] un socket
        [char-device] un dispositivo (de caracteres)
        [block-device] un dispositivo (de bloques)
       *[other] algo distinto de un fichero normal
    }, no un fichero: indique un fichero guardado en el disco
err-nul-byte = el fichero contiene un byte NUL: es un fichero binario, no un fichero de texto con papeletas o resultados

## El archivo de la elección.
err-busy = otro programa está usando el fichero electoral (quizá la ventana de Scrutineer); ciérrelo o inténtelo de nuevo
err-database = error en el fichero electoral: { $detail }
err-folder-missing = la carpeta { $folder } no existe; créela primero
err-cannot-open-db = no se puede abrir el fichero electoral { $path }: { $detail }
err-not-election-file = { $path } no es un fichero electoral de Scrutineer (o está dañado): { $detail }
err-newer-file = { $path } lo escribió una versión más reciente de Scrutineer (versión de fichero { $version }; esta lee hasta la { $supported }); actualice Scrutineer

## Fases.
err-stage-draft = borrador
err-stage-nominations = candidaturas
err-stage-voting = votación
err-stage-counted = escrutada
err-stage-certified = certificada

## Elecciones.
err-term-not-found = no hay ninguna elección llamada «{ $term }»
err-term-exists = ya existe una elección llamada «{ $term }»
err-certified = la elección «{ $term }» está certificada: sus resultados son definitivos y ya no se puede modificar
err-stage-move = la elección «{ $term }» está en la fase { $stage }; no puede pasar a { $to }
err-stage-count-first = haga el escrutinio de la elección para pasarla a la fase «escrutada»
err-stage-certify-with = certifique la elección «{ $term }» con el nombre de quien preside la mesa: scrutineer term certify "{ $term }" --officer NOMBRE [--witness NOMBRE]
err-no-nominees-yet = la elección «{ $term }» aún no tiene candidaturas: añada las candidaturas antes de importar las papeletas
err-no-ballots-yet = la elección «{ $term }» aún no tiene papeletas: importe las papeletas antes del escrutinio
err-not-counted = la elección «{ $term }» aún no se ha escrutado: haga primero el escrutinio
err-no-standing-nominee = la elección «{ $term }» no tiene ninguna candidatura en liza llamada «{ $name }».
err-no-standing-nominee-near = la elección «{ $term }» no tiene ninguna candidatura en liza llamada «{ $name }». ¿Quería decir { $near }?
err-certified-language = la elección «{ $term }» está certificada: su acta se firmó en { $language }, así que el idioma de sus documentos ya no puede cambiar
err-edit-reason = indique el motivo del cambio (queda en el registro de auditoría)
err-delete-reason = indique el motivo para eliminar la elección (queda en el registro de auditoría)
err-method-kind = la elección «{ $term }» ya tiene papeletas leídas para { $old }; { $new } lee otro tipo de papeleta, así que ya no se puede cambiar el sistema a ese
err-cap-zero = el máximo de personas elegidas por empleador debe ser al menos 1 (no indique ninguno para no poner límite)
err-quorum-range = el quórum debe ser un porcentaje de 1 a 100
err-nothing-to-change = no hay nada que cambiar: la elección «{ $term }» ya tiene estos ajustes
err-delete-has-ballots = la elección «{ $term }» tiene papeletas, así que no se puede eliminar (sus papeletas forman parte del expediente electoral)

## Papeletas y resultados.
err-ballots-count-differs = { $file }: el fichero contiene { $count ->
        [one] { $count } papeleta
       *[other] { $count } papeletas
    }, no las { $given } indicadas con --ballots
err-totals-cast-differs = { $file }: el fichero indica { $cast } papeletas emitidas, no las { $given } indicadas con --ballots
err-totals-cast-missing = { $file }: son totales, y el fichero no dice cuántas papeletas se emitieron: indique el número de papeletas emitidas (--ballots N)

## Certificación.
err-certify-officer = para certificar hace falta el nombre de quien preside la mesa: { $problem }
err-certify-not-counted = la elección «{ $term }» está en la fase { $stage }: haga el escrutinio antes de certificarla
err-certify-needs-officer = para certificar hace falta el nombre de quien preside la mesa: indique --officer NOMBRE (o guárdelo una vez con `scrutineer settings officer NOMBRE`)

## Copias de seguridad.
err-backup-create = no se puede crear la copia de seguridad { $path }: { $detail }
err-backup-bad-name = «{ $name }» no es el nombre de una copia de seguridad: indique un nombre de `scrutineer backup list`
err-backup-not-found = no hay ninguna copia de seguridad llamada «{ $name }» en { $folder }
err-backup-cannot-open = { $path }: no se puede abrir la copia de seguridad: { $detail }
err-restore-not-election-file = { $path } no es un fichero electoral de Scrutineer ({ $why }); no se ha restaurado nada

## Comprobaciones.
err-audit-fails = el fichero electoral no supera la comprobación:
    { $problems }
err-bundle-fails = el paquete de resultados no supera la verificación:
    { $problems }

## Filas rechazadas de un censo electoral.
err-roll-no-email = sin dirección de correo (la columna «{ $column }» está vacía)
err-roll-no-email-n = sin dirección de correo (la columna { $column } está vacía)
err-roll-not-email = «{ $email }» no es una dirección de correo: { $why }
err-roll-not-email-dot = «{ $email }» no es una dirección de correo: el dominio «{ $domain }» no tiene ningún punto
err-roll-not-email-part = «{ $email }» no es una dirección de correo: el dominio «{ $domain }» tiene una parte vacía
err-roll-not-email-contains = «{ $email }» no es una dirección de correo: contiene «{ $char }»
err-email-one-at = debe haber exactamente una «@»
err-email-nothing-before = no hay nada antes de la «@»
err-email-space = contiene un espacio
err-roll-no-name = sin nombre (columna «{ $column }» vacía)
err-roll-no-name-2 = sin nombre (columnas «{ $first }» y «{ $last }» vacías)
err-roll-weight = el peso «{ $weight }» de la columna «{ $column }» no es un número entero igual o mayor que 1
err-roll-duplicate-email = duplicado: la dirección «{ $email }» ya figura en la línea { $line }
err-roll-duplicate-email-earlier = duplicado: la dirección «{ $email }» ya figura en una línea anterior
err-roll-duplicate-id = duplicado: el identificador de elector «{ $id }» ya figura en la línea { $line }
err-roll-duplicate-id-earlier = duplicado: el identificador de elector «{ $id }» ya figura en una línea anterior
err-roll-on-roll = { $email } ya figura en el censo electoral
err-roll-not-on-roll = { $email } no figura en el censo electoral
err-roll-fields = la fila tiene { $found } campos, pero la cabecera tiene { $expected }: ¿un valor con un «{ $delimiter }» sin comillas?

## La línea de cabecera de un censo electoral.
err-roll-header-is-voter = la primera línea parece los datos de un elector, no una cabecera con los nombres de las columnas: añada una primera línea como name,email (la primera línea contiene { $columns })
err-roll-no-email-column = no hay columna de correo: la primera línea debe nombrar las columnas, una de ellas email, e-mail, email address o mail (o asigne una con email=CABECERA); la primera línea contiene { $columns }
err-roll-no-name-column = no hay columna de nombre: se espera name, full name o display name, o first name y last name (o asigne una con name=CABECERA); la primera línea contiene { $columns }

## Candidaturas.
err-nominations-close-before-open = el plazo de candidaturas no puede cerrarse ({ $closes }) antes de abrirse ({ $opens })
err-statement-limit-zero = el límite de las presentaciones debe ser de al menos 1 palabra (omítalo para no limitar)
err-seconders-too-many = { $n } avales: como máximo se pueden exigir 1000
err-seconder-twice = { $email } figura dos veces como avalista
err-seconder-is-nominator = { $email } propuso a { $name }, así que no puede avalar también la candidatura
err-seconder-is-nominee = { $email } es el correo de la propia candidatura: nadie puede avalar su propia candidatura
err-nominee-exists = «{ $name }» ya figura como candidatura en la elección «{ $term }»
err-nominee-not-found = la elección «{ $term }» no tiene ninguna candidatura llamada «{ $name }»
err-nominee-edit-nothing = el cambio no modifica nada: los campos de { $name } ya tienen estos valores
err-nominee-withdrawn = { $name } ha retirado su candidatura
err-already-endorsed = { $email } ya ha avalado o apoyado a { $name }
err-already-accepted = { $name } aceptó la candidatura el { $when }

## Lotes de papeletas.
err-small-batch = { $file }: este lote tiene { $count ->
        [one] { $count } papeleta
       *[other] { $count } papeletas
    }, menos que el umbral de secreto de la elección «{ $term }» ({ $min }): tan pocas papeletas podrían vincularse a los electores que acaban de votar. Impórtelas junto con más papeletas o indique un motivo con --small-batch-reason
err-totals-and-ballots = la elección «{ $term }» ya tiene totales publicados: no se pueden mezclar totales y papeletas en un mismo escrutinio

## Comprobaciones propias de la línea de órdenes.
err-majority-form = --majority { $given }: se espera OPCIÓN=N (p. ej., "Amendment B=3" para 3:1)
err-majority-number = --majority { $given }: N debe ser un número entero igual o mayor que 1
err-debian-only = --quorum-voters, --majority y --default son parámetros de la constitución de Debian: úselos con --method debian
err-sitting-csv = no es una fila CSV válida: { $detail }
err-sitting-fields = se esperan 2 campos (name,employer), hay { $found }
err-unknown-stage = fase desconocida «{ $stage }»; se espera una de: draft, nominations, voting, counted, certified
err-unknown-roll-format = formato de censo desconocido «{ $format }»; se espera csv, helios, emails o voted
err-stdout-closed = la salida estándar está cerrada
err-stdout-write = no se puede escribir en la salida estándar: { $reason }

## Archivos de papeletas (una columna por candidatura).
err-grid-empty = el fichero está vacío: se espera una fila de cabecera con los nombres de las candidaturas y luego una fila por papeleta
err-grid-header-empty = la fila de cabecera está vacía: se esperan los nombres de las candidaturas, separados por comas
err-grid-row-width = esta fila tiene { $cells ->
        [one] { $cells } celda
       *[other] { $cells } celdas
    }, pero la cabecera nombra { $candidates ->
        [one] { $candidates } candidatura
       *[other] { $candidates } candidaturas
    }: se espera una celda por candidatura
err-grid-no-ballots = el fichero tiene cabecera pero ninguna papeleta: se espera una fila por papeleta después de la cabecera
err-grid-name-empty = un nombre de la cabecera está vacío: se espera un nombre en cada celda de la cabecera
err-grid-utf8 = la celda no es UTF-8 válido (byte incorrecto en la posición { $position }): guarde el fichero como UTF-8
err-grid-rank = se espera un puesto (1, 2, …), `No opinion` o una celda vacía; se encontró `{ $found }`
err-grid-approval = se espera una marca de aprobación (`1`, `x`, `yes`, `y`, `true`) o ninguna (`0`, `no`, `n`, `false` o una celda vacía); se encontró `{ $found }`
err-grid-score = se espera una puntuación de 0 a { $max } o una celda vacía; se encontró `{ $found }`

## Listas y otras comprobaciones de las papeletas.
err-and-list = { $first } y { $last }
err-ballot-column-not-nominee = «{ $name }» no es candidatura de la elección «{ $term }». (Las candidaturas son { $nominees }.)
err-ballot-column-not-nominee-near = «{ $name }» no es candidatura de la elección «{ $term }». ¿Quería decir { $near }? (Las candidaturas son { $nominees }.)
err-no-tie-waiting = el escrutinio de la elección «{ $term }» no espera ninguna decisión de empate (su regla no es «officer» o no hay ningún empate que decidir)
err-no-ballots-at-stage = la elección «{ $term }» no puede recibir papeletas en la fase { $stage }
err-file-at-line-column = { $file }: línea { $line }: columna { $column }: { $problem }

## Archivos de totales publicados.
err-totals-empty = el fichero está vacío: se espera la cabecera `candidate,votes` y luego una fila por candidatura
err-totals-row-width = esta fila tiene { $cells ->
        [one] { $cells } celda
       *[other] { $cells } celdas
    }: se esperan dos, la candidatura y su cifra («{ $figure }»)
err-totals-not-number-ballots = se espera un número entero de papeletas; se encontró `{ $found }`
err-totals-not-number-votes = se espera un número entero de votos; se encontró `{ $found }`
err-totals-ballots-twice = el número de papeletas aparece dos veces (líneas { $first } y { $line })
err-totals-name-empty = el nombre de la candidatura está vacío
err-totals-candidate-twice = la candidatura `{ $name }` aparece dos veces (líneas { $first } y { $line })
err-totals-no-candidates = el fichero tiene cabecera pero ninguna candidatura: se espera una fila por candidatura
err-totals-more-votes-than-ballots = se emitieron { $ballots } papeletas, pero `{ $name }` tiene { $votes } votos: una papeleta cuenta como máximo una vez para cada candidatura

## Totales publicados introducidos en una elección.
err-totals-no-nominees-yet = la elección «{ $term }» aún no tiene candidaturas: añada las candidaturas antes de introducir los totales
err-totals-method = la elección «{ $term }» se escruta por { $method }, que necesita las papeletas: los totales no llevan clasificaciones ni puntuaciones, así que solo las elecciones por aprobación o mayoría simple pueden escrutarse a partir de totales
err-totals-given-twice = { $file }: «{ $name }» aparece dos veces
err-totals-votes-over-ballots = { $file }: «{ $name }» tiene { $votes } votos, pero solo se emitieron { $ballots } papeletas
err-totals-sum-over-ballots = { $file }: los votos suman { $sum }, más que las { $ballots } papeletas emitidas (un voto por papeleta)
err-totals-missing = { $file }: no hay cifra para { $names } (indique 0 para una candidatura sin votos)
err-ballots-and-totals = la elección «{ $term }» ya tiene papeletas: no se pueden mezclar totales y papeletas en un mismo escrutinio
err-totals-entries-differ = las dos entradas de los totales no coinciden, así que no se ha guardado nada ({ $differences }); compruebe las cifras con la fuente y vuelva a escribirlas

## Las reglas declaradas de una elección y los empates.
err-cap-fraction = «{ $given }» no es una fracción del órgano como 1/3 (numerador y denominador, 0 < n/d <= 1)
err-quorum-voters = el quórum «{ $given }» no es un número positivo de votantes (como 2 o 37.4)
err-quorum-too-large = el quórum «{ $given }» es demasiado grande
err-unknown-tie-rule = procedimiento de desempate desconocido «{ $given }»; se espera uno de: { $known }
err-debian-params = el quórum de votantes, las mayorías y la opción por defecto son parámetros de la constitución de Debian: úselos con --method debian, no con { $method }
err-majority-ratio = la mayoría para «{ $option }» debe ser N:1 con N al menos 1
err-majority-twice = «{ $option }» recibe dos veces una mayoría
err-sitting-twice = «{ $name }» figura dos veces entre los miembros en ejercicio
err-unknown-decision-method = forma desconocida de decidir un empate «{ $given }»; se espera una de: { $known }
err-tie-order = el orden debe nombrar exactamente una vez a cada candidatura empatada ({ $tied }); nombra: { $order }
err-blank-meanings-differ = los lotes de papeletas proceden de formatos que dan a una casilla en blanco significados distintos (sin comparar, o por debajo de todas las clasificadas): no se pueden escrutar juntos

## Escrutar archivos sin archivo de elección (scrutineer count).
err-count-no-file = indique un fichero para escrutar
err-count-several-not-totals = { $file }: varios ficheros solo se suman cuando son totales (lotes de una misma elección); este contiene papeletas
err-count-candidates-differ = { $file }: sus candidaturas ({ $candidates }) no son las de { $first } ({ $first-candidates })
err-count-overflow = { $file }: los votos de { $name } superan el número máximo que se puede contar
err-count-option-number = la opción { $n } no existe: las opciones están numeradas del 1 al { $last }
err-count-option-name = «{ $given }» no es una opción; las opciones son: { $options }
err-count-officer-needs-file = --tie-break officer necesita un fichero electoral para registrar la decisión: cree una elección con --tie-break officer, importe las papeletas y escrútela con scrutineer tally
err-count-tie-break = --tie-break { $given }: se espera draw o psf
err-count-max-per-group = --max-per-group debe ser al menos 1
err-count-ballots-differ = --ballots { $given }, pero según los totales se emitieron { $cast } papeletas
err-groups-fields = se esperan 2 campos (candidate,group), hay { $found }
err-groups-not-candidate = «{ $name }» no es una candidatura del fichero de papeletas
err-groups-twice = «{ $name }» aparece dos veces

## Candidaturas importadas de un formulario o de una carpeta de Elekto.
err-map-form = --map { $given }: se espera CAMPO=CABECERA (p. ej., name="Su nombre")
err-map-field = --map { $given }: campo desconocido «{ $field }»; los campos son: { $fields }
err-map-column = --map { $given }: el fichero no tiene ninguna columna «{ $header }»; sus columnas son: { $columns }
err-form-no-name-column = ninguna columna contiene el nombre de la candidatura (se buscó una cabecera como «Nominee» o «Name»); las columnas son: { $columns }. Indique qué columna lo contiene (en la línea de órdenes: --map name=CABECERA)
err-elekto-no-candidates = { $folder }: la carpeta no contiene ningún fichero candidate-*.md
err-unknown-encoding = la codificación «{ $given }» es desconocida: escriba utf-8, utf-16le, windows-1252, windows-1250, iso-8859-2 u otro nombre estándar
err-file-at-line = { $file }: línea { $line }: { $problem }
err-form-bad-header = no es una cabecera CSV válida: { $detail }
err-nominees-closed = la elección «{ $term }» está en la fase { $stage }: la votación ya ha empezado, así que la lista de candidaturas está cerrada

## Publicación de la lista de candidaturas.
err-elekto-out-is-file = { $path }: la exportación de Elekto es una carpeta, y esto es un fichero
err-elekto-folder-not-empty = { $path }: la carpeta ya contiene { $file }, que no es ninguna de las candidaturas de esta elección; exporte a una carpeta vacía
err-helios-approval-only = Helios solo escruta papeletas de aprobación, y la elección «{ $term }» se escruta por { $method }: organice la votación en un servicio que acepte papeletas ordenadas o puntuadas
err-bettervoting-method = BetterVoting no ofrece el escrutinio por { $method } (ofrece STAR, Approval, Plurality, IRV y STV): la elección «{ $term }» no puede organizarse allí tal como está definida
err-elekto-rule-in-statement = Elekto corta un fichero de candidatura en su último `---`, y la presentación de { $names } contiene `---`: corríjala (para una línea horizontal escriba `***`; `nominee edit --statement`) y vuelva a exportar

## Campos de los formularios.
err-field-empty = el campo «{ $what }» no puede estar vacío
err-field-term-name = nombre de la elección
err-field-nominee-name = nombre de la candidatura
err-field-voter-name = nombre del elector
err-field-organisation = organización
err-field-employer = empleador
err-field-nominator = proponente
err-field-membership = afiliación
err-field-voter-id = identificador de elector
err-field-email = dirección de correo
err-field-reason = motivo
err-field-seed = semilla del sorteo
err-field-statement = presentación
err-field-small-batch-reason = motivo del lote pequeño

# ---- Added for the errors of scrutineer-core and the CLI (errcore).

## Form fields: what is refused in them.
err-field-too-long = el campo «{ $what }» tiene { $len } caracteres; se admiten como máximo { $max }
err-field-contains = el campo «{ $what }» contiene { $kind } ({ $char }) en la posición { $position }
err-char-control = un carácter de control
err-char-bidi = un carácter de formato bidireccional
err-char-direction-mark = una marca de dirección invisible
err-char-variation = un selector de variante
err-char-invisible = un carácter invisible
err-char-replacement = un carácter de sustitución (bytes que no eran texto válido)
err-email-not-valid = «{ $email }» no es una dirección de correo electrónico válida: { $why }
err-email-domain-no-dot = el dominio «{ $domain }» no tiene ningún punto
err-email-domain-empty-part = el dominio «{ $domain }» tiene una parte vacía
err-email-contains = contiene «{ $char }»
err-seats-range = { $what }: { $n } no es un número de puestos válido (al menos 1, como máximo { $max })

## The rules of nominations. Each rule is its own message (the window finds the control an
## error concerns by the id); the rule's name in quotes, then what breaks it.
err-rule-period = rechazado por la regla «las candidaturas se presentan en el plazo de presentación»: { $why }
err-rule-nominator = rechazado por la regla «quien propone debe figurar en el censo electoral»: { $why }
err-rule-seconder = rechazado por la regla «los avalistas y quienes apoyan deben figurar en el censo electoral»: { $why }
err-rule-words = rechazado por la regla «extensión de la presentación»: { $why }
err-rule-seconders-required = rechazado por la regla «{ $required ->
    [one] se requiere { $required } avalista
   *[other] se requieren { $required } avalistas
}»: { $why }
err-rule-period-early = el plazo de presentación de candidaturas se abre el { $opens }, y esta candidatura tiene fecha { $date }; para aceptarla de todos modos, indique el motivo (--late-reason TEXTO)
err-rule-period-late = el plazo de presentación de candidaturas se cerró el { $closes }, y esta candidatura tiene fecha { $date }; para aceptarla de todos modos, indique el motivo (--late-reason TEXTO)
err-rule-words-over = la presentación tiene { $words } palabras; se admiten como máximo { $limit }
err-rule-seconders-short = { $name } tiene { $n ->
    [0] ningún avalista
    [one] { $n } avalista
   *[other] { $n } avalistas
}; la elección «{ $term }» requiere { $required } (--seconded-by EMAIL, una vez por avalista)
err-rule-not-on-roll = { $what } «{ $who }» no figura en el censo electoral de la elección «{ $term }» (buscado por correo electrónico o por número de socio)
err-rule-who-nominator = la persona que propone
err-rule-who-seconder = el avalista
err-rule-who-endorser = la persona que apoya
err-not-a-date = { $what }: «{ $given }» no es una fecha; escríbala como AAAA-MM-DD (p. ej., 2026-03-01)
err-voting-opened = la elección «{ $term }» está en la fase { $stage }: la votación ya se ha abierto, así que { $what }; ahora solo se puede retirar una candidatura
err-closed-nominees = la lista de candidatos está cerrada
err-closed-editing = los candidatos ya no se pueden modificar
err-closed-endorsements = los apoyos están cerrados
err-closed-acceptances = las aceptaciones están cerradas

## The roll.
err-roll-unknown-encoding = codificación desconocida «{ $given }»; pruebe utf-8, windows-1252, iso-8859-2, utf-16le o utf-16be
err-roll-cancelled = la importación se canceló; el censo electoral no ha cambiado
err-roll-reason = indique el motivo del cambio en el censo electoral (queda en el registro de auditoría)
err-roll-already-on = { $email } ya figura en el censo electoral de la elección «{ $term }»
err-roll-not-on = { $email } no figura en el censo electoral de la elección «{ $term }»
err-roll-export-no-email = { $n ->
    [one] { $n } elector del censo electoral de la elección «{ $term }» no tiene
   *[other] { $n } electores del censo electoral de la elección «{ $term }» no tienen
} dirección de correo electrónico (solo se conocen por un identificador, como un usuario de GitHub), así que no se puede escribir { $file }; no se ha escrito nada. Sustituya el censo por uno que dé el correo de cada elector (roll diff --apply), o expórtelo como CSV
err-roll-export-helios = el archivo de votantes de Helios
err-roll-export-email-list = la lista de correos
err-give-reason = indique un motivo (queda en el registro de auditoría)

## The public re-count bundle.
err-bundle-from-totals = la elección «{ $term }» se escrutó a partir de totales publicados, no de papeletas: no hay un conjunto de papeletas que empaquetar; publique los archivos de totales, cuyo SHA-256 figura en el acta
err-bundle-old-hash = el resultado guardado de la elección «{ $term }» se calculó con otro hash del conjunto de papeletas ({ $stored }; el del conjunto canónico es { $hash }), como ocurría antes de la versión 4 del archivo: vuelva a escrutar la elección para publicar un paquete
err-bundle-no-folder = { $folder }: no existe esa carpeta (se espera un paquete escrito por `scrutineer results bundle`)

## Terms, ballots and the count.
err-unknown-method = método de escrutinio desconocido `{ $given }`; se espera uno de: { $methods }
err-nominee-vanished = no se encontró al candidato después del cambio
err-stored-result-damaged = el resultado guardado está dañado: { $detail }
err-batch-repeated = { $file }: { $what } en la elección «{ $term }» el { $at }
err-batch-file-repeated = este mismo archivo ya se importó
err-batch-totals-repeated = estos mismos totales ya se introdujeron
err-holds-totals = { $file }: contiene totales, no papeletas
err-cap-zero-form = el máximo de electos por empleador debe ser al menos 1 (déjelo vacío para no limitar)
err-secrecy-zero = el umbral de secreto del voto debe ser de al menos 1 papeleta
err-tie-needed = un empate requiere la decisión de la mesa: { $tied } están empatados ({ $context }). Resuélvalo (moneda, sorteo o voto de calidad) y registre la decisión con: { $command }

## Where Scrutineer writes: files it will not replace.
err-output-refused = { $path }: { $why }; no se ha escrito nada
err-output-dangling-link = es un enlace simbólico a un archivo o carpeta que no existe
err-output-would-destroy = es { $what } ({ $kept }); escribir ahí lo destruiría: elija otro nombre de archivo
err-output-not-file = es { $kind }, no un archivo normal: Scrutineer solo escribe sus salidas en archivos
err-output-is-kept = es { $what } ({ $kept }): elija otro nombre de archivo
err-kept-election-file = el archivo de la elección
err-kept-wal = el registro de escritura anticipada (WAL) del archivo de la elección
err-kept-shm = el índice de memoria compartida del archivo de la elección
err-kept-journal = el diario del archivo de la elección
err-kept-input = el archivo que se está importando
err-kind-folder = una carpeta
err-kind-fifo = una tubería con nombre (FIFO)
err-kind-device = un dispositivo
err-kind-socket = un socket
err-kind-other = otra cosa
err-write-refused-rows = no se pueden escribir las filas rechazadas: { $detail }
err-refused-rows-no-folder = { $path }: la carpeta { $folder } no existe; no se ha importado nada
err-write-results-csv = no se puede escribir el CSV de resultados: { $detail }
err-write-csv = no se puede escribir el CSV: { $detail }
err-make-certificate = no se puede generar el acta: { $detail }
err-make-booklet = no se puede generar el folleto de candidaturas: { $detail }
err-settings-damaged = { $path }: el archivo de preferencias está dañado ({ $detail }); corríjalo o elimínelo
err-cannot-create = no se puede crear { $path }: { $detail }
err-no-temp-name = no hay ningún nombre temporal libre en { $folder }
err-certification-not-recorded = la certificación no se ha registrado
err-elekto-too-many-seats = { $folder }: demasiados puestos
err-elekto-not-login = { $folder }/voters.yaml: «{ $login }» no es un usuario de GitHub
err-imported-term-missing = no se encontró la elección que se acaba de importar
err-elekto-is-folder = la exportación de Elekto es una carpeta de archivos: use export_candidates

## The stored ballots and totals, and the bundle's ballots.csv.
err-ballot-beyond = una papeleta nombra al candidato { $candidate }, más allá de los { $n } candidatos
err-too-many-ballots = demasiadas papeletas
err-stored-ballot-stranger = una papeleta guardada nombra a «{ $name }», que no es candidato
err-stored-ballot-damaged = una papeleta guardada está dañada: { $detail }
err-stored-ballot-weight = una papeleta guardada tiene un peso inferior a 1
err-cell-rank = columna { $column }: «{ $value }» no es un puesto válido
err-cell-approval = columna { $column }: «{ $value }» no es una aprobación válida
err-cell-score = columna { $column }: «{ $value }» no es una puntuación válida
err-bundle-csv-empty = el archivo está vacío
err-bundle-csv-weight-column = la primera columna debe ser «weight»
err-bundle-csv-weight = el peso debe ser un número entero de al menos 1
err-bundle-csv-cells = se esperaban { $expected } celdas después del peso, hay { $found }
err-delete-referred = la elección «{ $term }» no se puede eliminar: sus filas de { $table } siguen referenciadas ({ $detail }); no se ha eliminado nada
err-stored-debian-damaged = los parámetros de Debian guardados están dañados: { $detail }
err-stored-tie-damaged = una decisión de empate guardada está dañada: { $detail }
err-stored-totals-stranger = los totales guardados nombran a «{ $name }», que no es candidato
err-totals-too-many-ballots = { $file }: { $ballots } papeletas son demasiadas
err-totals-too-many-votes = { $file }: { $votes } votos para «{ $name }» son demasiados

## The audit log.
err-audit-refused = el archivo de la elección no supera la verificación, así que esto se rechaza: { $problems }. Ejecute `scrutineer audit verify`; si sabe por qué cambió el archivo, deje constancia con `scrutineer audit acknowledge --reason TEXTO`.
err-audit-nothing-to-acknowledge = no hay nada que reconocer: el archivo de la elección coincide con su registro de auditoría
err-audit-chain-changed = se modificaron las propias entradas del registro de auditoría ({ $problems }); eso no se puede reconocer

## The timestamps of a nomination form.
err-dates-both-orders = las marcas de tiempo están escritas en los dos órdenes: la línea { $line1 } tiene «{ $value1 }» (solo el día primero) y la línea { $line2 } tiene «{ $value2 }» (solo el mes primero); elija el orden (en la línea de órdenes: --date-order dmy o --date-order mdy), y se rechazan las filas que no encajen
err-dates-two-ways = las marcas de tiempo se pueden leer de dos maneras: ningún día del archivo pasa de 12, así que «{ $value }» en la línea { $line } es { $dmy } (día/mes, como se escribe en la mayor parte de Europa) o { $mdy } (mes/día, como en Estados Unidos); elija el orden (en la línea de órdenes: --date-order dmy o --date-order mdy)

## The command line's own arguments.
err-seats-zero = 0 no es un número de puestos válido (al menos 1)
err-seats-over = { $n } no es un número de puestos válido (como máximo { $max })
err-not-whole-number = «{ $given }» no es un número entero
err-max-per-employer-arg = --max-per-employer { $given }: { $problem }; se espera un número entero (como máximo K por empleador) o una fracción del órgano, como 1/3
err-count-majority-form = --majority { $given }: se espera OPCIÓN=N (p. ej., 3=3 para una mayoría de 3 a 1 en la opción 3)
err-wording = --wording { $given }: se espera current o pre-2015
err-debian-only-count = --quorum, --majority, --default, --wording y --casting-vote son parámetros de la constitución de Debian: úselos con --method debian
err-whole-number-or-none = { $what }: «{ $given }» no es un número entero (ni `none`)
err-announce-format = «{ $given }» no es un formato de anuncio: elija markdown, text o html
err-candidate-format = formato desconocido «{ $given }»; los formatos son: { $formats }
err-date-order = el orden de fecha «{ $given }» es desconocido: escriba dmy (día/mes/año) o mdy (mes/día/año)

## What `scrutineer verify` finds wrong in a bundle (after the file's name).
err-bundle-unreadable = no se puede leer: { $problem }
err-bundle-manifest-line = la línea { $line } no tiene la forma `<SHA-256>  <archivo>` para uno de { $files }: { $text }
err-bundle-hash-differs = su SHA-256 no es el que figura en { $manifest } (se modificó { $file } o { $manifest })
err-bundle-no-final-newline = no termina con un salto de línea
err-bundle-not-listed = no incluye { $file }
err-bundle-not-rules = no contiene las reglas de un paquete: { $detail }
err-bundle-byte-changed = no está como lo escribe Scrutineer (se modificó un byte)
err-bundle-format = el formato es { $found }, se esperaba { $expected }
err-bundle-not-result = no es un resultado de Scrutineer: { $detail }
err-bundle-method = método: { $problem }
err-bundle-not-canonical = no está en forma canónica (filas ordenadas y agrupadas, como está documentado): se modificó un byte
err-bundle-columns = sus columnas ({ $columns }) no son los candidatos de { $rules } ({ $nominees })
err-bundle-kind = ballot_kind { $kind } no corresponde al método { $method }
err-bundle-recount-failed = no se pudo hacer el nuevo escrutinio: { $problem }
err-bundle-field-differs = { $field }: el paquete dice { $bundle }, el nuevo escrutinio da { $recount }

## More form fields' names.
err-field-handle = usuario
err-field-endorsement = apoyo
err-field-sitting-employer = empleador del miembro en el cargo
err-field-totals-source = fuente de las cifras
err-field-none-of-the-above = nombre de la opción «ninguna de las anteriores»
err-field-majority-option = opción citada en una mayoría
err-field-default-option = nombre de la opción por defecto
err-field-sitting-member = nombre del miembro en el cargo
err-field-decided-by = nombre de quien decidió
err-field-witness = nombre del testigo

## The dates of the nomination period, named in errors.
err-date-opening = la fecha de apertura de candidaturas
err-date-closing = la fecha de cierre de candidaturas
