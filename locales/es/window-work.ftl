# The window's words for the work on a term: roll, nominees, ballots, results, imports and
# their wizards, the count's explanation. Read by ui/src/i18n.ts.
#
# Glosario (como documents.ftl y count.ftl; se trata al usuario de «usted»):
#   voter roll = censo electoral; voter / eligible = electores; ballots cast = papeletas emitidas
#   ballot = papeleta; batch = lote; totals = totales; voting = votación
#   nominee, nomination = candidatura (femenino: elegida, retirada…); withdrawn = retirada
#   self-nominated = autopropuesta; nominated by = propuesta por; seconder = aval
#   endorsement = apoyo; statement = presentación; handle = usuario; employer = empleador
#   seat = puesto; rank = puesto; count = escrutinio (escrutar); method = sistema; round = ronda
#   quota = cuota; elected = elegido/a; excluded (STV) = excluida; disqualified = descalificada
#   tie = empate; draw = sorteo; seed = semilla; casting vote = voto de calidad; coin = cara o cruz
#   head-to-head = duelo; turnout = participación; quorum = quórum
#   returning officer = presidente/a de la mesa, la presidencia de la mesa; witness = testigo
#   certify = certificar; certificate = acta; audit log = registro de auditoría
#   announcement = anuncio; booklet = cuadernillo de candidaturas; refused row = fila rechazada
#   term = elección (esta elección)

## Shared by the wizards (wizard.ts, importForm.ts, encodingChoice.ts)

ui-quoted = «{ $text }»
ui-wiz-enc-utf8 = UTF-8 (la mayoría de los ficheros)
ui-wiz-enc-1252 = Windows-1252 (Europa occidental, Excel)
ui-wiz-enc-8859-2 = ISO-8859-2 (Europa central)
ui-wiz-enc-1250 = Windows-1250 (Europa central, Excel)
ui-wiz-delim-comma = Comas ( , )
ui-wiz-delim-semicolon = Punto y coma ( ; )
ui-wiz-delim-tab = Tabuladores
ui-wiz-delim-pipe = Barras verticales ( | )
ui-wiz-source-given = según su elección
ui-wiz-source-bom = indicada al principio del fichero
ui-wiz-source-utf16 = reconocida por los bytes del fichero
ui-wiz-source-utf8 = el fichero es UTF-8 válido
ui-wiz-source-detected = deducida de las letras del fichero: compruebe que los nombres de abajo se ven bien
ui-wiz-not-in-file = — no está en el fichero —
ui-wiz-no-header = (sin encabezado)
ui-wiz-mapping = Qué contiene cada columna
ui-wiz-refused-heading = Filas que se rechazarán
ui-wiz-line-prefix = Línea { $line }:{" "}
ui-wiz-line-reason = Línea { $line }: { $reason }
ui-wiz-more-rows = …y { $n ->
        [one] { $n } fila más
       *[other] { $n } filas más
    }.
ui-wiz-step-1 = 1. Elegir el fichero
ui-wiz-check = Comprobar el fichero
ui-wiz-read-as = Leído como { $encoding } ({ $source }), columnas separadas por { $delimiter }.
ui-wiz-encoding = Codificación del texto
ui-wiz-encoding-hint = Cámbiela si letras como é, ö o ł se ven mal abajo.
ui-wiz-delimiter = Columnas separadas por
ui-wiz-choose-file = Elegir fichero…
ui-wiz-choose-folder = Elegir carpeta…
ui-wiz-path-optional = {" "}— elíjalo o escriba la ruta del fichero
ui-wiz-all-files = Todos los ficheros
ui-import-need-file = Elija primero el fichero (o escriba su ruta) y luego impórtelo.
ui-enc-question = ¿Este fichero está en { $chosen } o en { $other }?
ui-enc-explain = Las dos codificaciones leen algunos nombres de forma distinta. El fichero se leyó como { $chosen } porque { $why }. ¿Qué columna muestra los nombres como deben ser?
ui-enc-line = Línea
ui-enc-as = Como { $encoding }
ui-enc-keep = Mantener { $encoding }
ui-enc-read-as = Leer como { $encoding }
ui-import-placeholder = /home/…/fichero.csv

## The refused rows (refused.ts)

ui-refused-save-title = Guardar las filas rechazadas
ui-refused-saving = Guardando las filas rechazadas…
ui-refused-saved = Filas rechazadas guardadas.
ui-refused-heading = Filas rechazadas
ui-refused-explain = La última importación rechazó { $n ->
        [one] { $n } fila
       *[other] { $n } filas
    }. Esos electores no están en el censo electoral: corrija el fichero e impórtelo de nuevo, o añádalos a mano.
ui-refused-why = Motivo del rechazo
ui-refused-save = Guardar como CSV…

## Words used across the work views

ui-field-required = Obligatorio
ui-field-optional = Opcional
ui-col-name = Nombre
ui-col-email = Correo electrónico
ui-reason-audit = Motivo (se guarda en el registro de auditoría)
ui-cannot-import-yet = Este fichero todavía no se puede importar.{" "}
ui-choose-columns = {" "}Elija las columnas correctas arriba.
ui-filter-text = Texto

## The voter roll (roll.ts)

ui-roll-field-name = Nombre completo
ui-roll-field-name-hint = O nombre y apellidos
ui-roll-field-first-name = Nombre
ui-roll-field-last-name = Apellidos
ui-roll-field-email = Correo electrónico
ui-roll-field-id = Número de socio
ui-roll-field-weight = Peso del voto
ui-roll-field-weight-hint = Opcional; 1 si está vacío
ui-roll-field-membership = Tipo de afiliación
ui-roll-col-weight = Peso
ui-roll-col-membership = Afiliación
ui-roll-placeholder = /home/…/censo.csv
ui-roll-dialog-title = Elegir el censo electoral
ui-roll-filter = Censo electoral (CSV)
ui-roll-need-file = Elija primero el fichero del censo electoral (o escriba su ruta) y luego compruébelo.
ui-roll-checking = Comprobando el fichero…
ui-roll-import = Importar
ui-roll-import-n = Importar { $n ->
        [one] { $n } elector
       *[other] { $n } electores
    }
ui-roll-fix-columns = Corrija primero las columnas de arriba: todavía no se puede importar nada.
ui-roll-adds-hint = La importación añade los electores que aún no están en el censo; las personas que ya figuran se señalan, no se añaden dos veces. Las filas rechazadas no se importan.
ui-roll-refused-hint = Las filas rechazadas no se importan; puede añadir esos electores a mano más tarde, o corregir el fichero e importarlo de nuevo.
ui-roll-step-2 = 2. Comprobar cómo se lee el fichero
ui-roll-step-3 = 3. Importar
ui-roll-counts = { $ready }, ninguna fila rechazada.
ui-roll-counts-refused = { $ready }, { $refused }.
ui-roll-ready = { $n ->
        [one] { $n } elector listo
       *[other] { $n } electores listos
    }
ui-roll-will-refuse = { $n ->
        [one] se rechazará { $n } fila
       *[other] se rechazarán { $n } filas
    }
ui-roll-preview-label = Vista previa de los electores
ui-roll-preview-first = Los primeros { $shown } de { $n ->
        [one] { $n } elector
       *[other] { $n } electores
    }, tal como se importarán
ui-roll-preview-all = Los electores, tal como se importarán
ui-roll-file-label = Fichero del censo electoral
ui-roll-file-hint = Un fichero CSV con una fila de encabezado que nombra las columnas (cualquier codificación; comas, punto y coma o tabuladores). Verá cómo se lee antes de importar nada.
ui-roll-heading = Importar el censo electoral
ui-roll-heading-update = Importar electores o actualizar el censo
ui-roll-replace = Sustituir el censo
ui-roll-replace-need-reason = Indique el motivo para sustituir el censo: se guarda en el registro de auditoría.
ui-roll-replacing = Sustituyendo el censo…
ui-roll-replace-explain = Dejar el censo de { $term } exactamente igual que este fichero: se dan de baja los electores que no están en el fichero, se añaden los nuevos y se actualizan los datos cambiados.
ui-roll-already = Esta elección ya tiene { $n ->
        [one] { $n } elector
       *[other] { $n } electores
    } en su censo.
ui-roll-comparing = Comparando con el censo…
ui-roll-compare = Comparar con el censo actual
ui-roll-replace-with-file = Sustituir el censo por este fichero…
ui-roll-diff-more = …y { $n } más
ui-roll-diff-title = { $title }: { $n }
ui-roll-diff-summary = { $changes }, { $unchanged } sin cambios.
ui-roll-diff-changes = { $added } por añadir, { $removed } por dar de baja, { $changed } por cambiar
ui-roll-diff-add = Por añadir
ui-roll-diff-remove = Por dar de baja
ui-roll-diff-change = Por cambiar
ui-roll-diff-refused = Filas rechazadas
ui-roll-diff-field-name = nombre
ui-roll-diff-field-id = número de socio
ui-roll-diff-field-weight = peso
ui-roll-diff-field-membership = afiliación
ui-roll-need-name = Escriba el nombre del elector.
ui-roll-need-email = Escriba el correo electrónico del elector.
ui-roll-need-add-reason = Indique el motivo para añadir a este elector: se guarda en el registro de auditoría.
ui-roll-adding = Añadiendo al elector…
ui-roll-added = { $name } <{ $email }> se ha añadido al censo.
ui-roll-add-heading = Añadir un elector
ui-roll-add-reason-hint = Por ejemplo: faltaba en la lista de socios, confirmado por la secretaría.
ui-roll-add = Añadir elector
ui-roll-need-remove-email = Escriba el correo electrónico del elector que se dará de baja.
ui-roll-need-remove-reason = Indique el motivo para dar de baja a este elector: se guarda en el registro de auditoría.
ui-roll-removing = Dando de baja al elector…
ui-roll-removed = { $name } <{ $email }> se ha dado de baja del censo.
ui-roll-remove-heading = Dar de baja a un elector
ui-roll-remove-email = Correo electrónico del elector
ui-roll-remove-reason-hint = Por ejemplo: la afiliación caducó antes de la fecha de corte.
ui-roll-remove = Dar de baja
ui-roll-by-hand = Cambiar el censo a mano
ui-roll-export-csv = Censo electoral (CSV)…
ui-roll-export-csv-title = Guardar: censo electoral (CSV)
ui-roll-export-helios = Fichero de electores de Helios…
ui-roll-export-helios-title = Guardar: fichero de electores de Helios
ui-roll-export-emails = Lista de correos electrónicos…
ui-roll-export-emails-title = Guardar: lista de correos electrónicos
ui-roll-export-voted = Quién ha votado…
ui-roll-export-voted-title = Guardar: quién ha votado
ui-roll-save-heading = Guardar el censo
ui-roll-save-explain = Para el servicio de votación: el censo completo en CSV, un fichero de electores de Helios o un correo electrónico por línea. Después de la votación, «Quién ha votado» lista a los electores que constan como votantes (nunca vinculados a una papeleta).
ui-roll-saved = { $n ->
        [one] { $n } elector guardado.
       *[other] { $n } electores guardados.
    }

## Importing nominations (nominationImport.ts)

ui-and-list = { $init } y { $last }
ui-list-sep = {", "}
ui-words = { $n ->
        [one] { $n } palabra
       *[other] { $n } palabras
    }
ui-utc-time = { $date } { $time } UTC
ui-nimp-field-name = Candidatura
ui-nimp-field-email = Correo electrónico de la candidatura
ui-nimp-field-employer = Empleador o afiliación
ui-nimp-field-nominator = Propuesta por
ui-nimp-field-nominator-hint = «self», o el correo electrónico o el número de un socio
ui-nimp-field-statement = Presentación
ui-nimp-field-statement-hint = Markdown, se guarda tal como está escrito
ui-nimp-field-timestamp = Enviada el (marca de tiempo)
ui-nimp-field-timestamp-hint = Se comprueba con el plazo de presentación
ui-nimp-field-handle = Usuario
ui-nimp-field-handle-hint = p. ej., un usuario de GitHub
ui-nimp-field-seconders = Avales
ui-nimp-field-seconders-hint = Correos electrónicos o números de socio, separados por comas
ui-nimp-order-choose = — elija el orden —
ui-nimp-order-as-file-dmy = Como en el fichero (día/mes/año)
ui-nimp-order-as-file-mdy = Como en el fichero (mes/día/año)
ui-nimp-order-dmy = Día/mes/año (casi toda Europa)
ui-nimp-order-mdy = Mes/día/año (Estados Unidos)
ui-nimp-order-dmy-example = Día/mes/año: «{ $value }» es el { $date }
ui-nimp-order-mdy-example = Mes/día/año: «{ $value }» es el { $date }
ui-nimp-placeholder = /home/…/candidaturas.csv, o una carpeta de candidate-*.md
ui-nimp-folder-title = Elegir la carpeta de ficheros de candidaturas de Elekto
ui-nimp-file-title = Elegir el fichero de candidaturas
ui-nimp-filter-form = Respuestas del formulario (CSV)
ui-nimp-filter-elekto = Fichero de candidatura de Elekto
ui-nimp-need-file = Elija primero el fichero o la carpeta de candidaturas (o escriba su ruta) y luego compruébelo.
ui-nimp-checking = Comprobando las candidaturas…
ui-nimp-order-label = Orden del día y el mes en las marcas de tiempo
ui-nimp-order-ambiguous = Ningún día del fichero pasa de 12, así que cada fecha se puede leer de dos maneras: «{ $value }», en la línea { $line }, es el { $dmy } como día/mes (casi toda Europa) o el { $mdy } como mes/día (Estados Unidos). Elija el orden que usó el formulario.
ui-nimp-local-time = Las horas sin zona horaria se leen en su hora local, { $zone }.
ui-nimp-step-2-elekto = 2. Los ficheros de candidaturas
ui-nimp-elekto-explain = Ficheros de candidaturas de Elekto: el encabezado de cada fichero da el nombre, el ID (guardado como usuario) y el empleador; el Markdown que sigue es la presentación, guardada tal como está escrita.
ui-nimp-step-2 = 2. Comprobar cómo se lee el fichero y qué contiene cada columna
ui-nimp-shared = La columna «{ $column }» está elegida para { $fields }.{" "}
ui-nimp-shared-check = Compruebe que es lo que quiere.
ui-nimp-choose-order = {" "}Elija arriba el orden del día y el mes.
ui-nimp-step-3 = 3. Qué hará la importación
ui-nimp-step-4 = 4. Importar
ui-nimp-counts = { $ready }, nada rechazado.
ui-nimp-counts-refused = { $ready }, { $refused }.
ui-nimp-ready = { $n ->
        [one] { $n } candidatura lista
       *[other] { $n } candidaturas listas
    }
ui-nimp-files-will-refuse = { $n ->
        [one] se rechazará { $n } fichero
       *[other] se rechazarán { $n } ficheros
    }
ui-nimp-late-label = Motivo para aceptar candidaturas enviadas fuera del plazo de presentación
ui-nimp-late-hint = Se guarda en el registro de auditoría con cada candidatura tardía. Déjelo vacío para rechazarlas.
ui-nimp-importing = Importando las candidaturas…
ui-nimp-imported = { $n ->
        [one] { $n } candidatura importada.
       *[other] { $n } candidaturas importadas.
    }
ui-nimp-files-were-refused = { $n ->
        [one] Se rechazó { $n } fichero:
       *[other] Se rechazaron { $n } ficheros:
    }
ui-nimp-rows-were-refused = { $n ->
        [one] Se rechazó { $n } fila:
       *[other] Se rechazaron { $n } filas:
    }
ui-nimp-import-n = Importar { $n ->
        [one] { $n } candidatura
       *[other] { $n } candidaturas
    }
ui-nimp-ready-hint = Las candidaturas listas se importan juntas, en un solo paso, y cada una se vuelve a comprobar al guardarla. Las filas rechazadas no se importan: añada esas candidaturas a mano, o corrija el fichero y compruébelo de nuevo.
ui-nimp-order-first = Elija primero arriba el orden del día y el mes: todavía no se puede importar nada.
ui-nimp-nothing = No se puede importar nada de este fichero: el motivo está arriba.
ui-nimp-file-label = Fichero o carpeta de candidaturas
ui-nimp-path-optional = {" "}— elíjalo o escriba su ruta
ui-nimp-choose-csv = Elegir fichero CSV…
ui-nimp-choose-elekto = Elegir carpeta de Elekto…
ui-nimp-file-hint = Un CSV exportado de un formulario web (una candidatura por fila, una fila de encabezado que nombra las columnas: marca de tiempo, candidatura, correo, empleador, propuesta por, presentación), o una carpeta de ficheros candidate-*.md de Elekto. Verá cómo se lee, y qué se importaría, antes de importar nada.
ui-nimp-heading = Importar candidaturas
ui-nimp-sample-label = Las primeras filas del fichero
ui-nimp-sample-caption = { $n ->
        [one] La primera fila
       *[other] Las primeras { $n } filas
    } del fichero, tal como se leen
ui-nimp-sample-caption-cols = { $n ->
        [one] La primera fila
       *[other] Las primeras { $n } filas
    } del fichero, tal como se leen (las primeras { $cols } de { $total } columnas)
ui-nimp-ready-label = Las candidaturas listas para importar
ui-nimp-ready-first = Las primeras { $shown } de { $n ->
        [one] { $n } candidatura
       *[other] { $n } candidaturas
    }, tal como se importarán
ui-nimp-ready-all = Las candidaturas, tal como se importarán
ui-nimp-col-id = ID
ui-nimp-col-sent = Enviada el
ui-nimp-late-badge = {" "}fuera de plazo
ui-nimp-self = Autopropuesta

## Nominees (nominee.ts)

ui-nom-col-affiliation = Afiliación
ui-nom-col-status = Estado
ui-nom-words-over = { $n ->
        [one] { $n } palabra
       *[other] { $n } palabras
    }: { $over ->
        [one] { $over } palabra
       *[other] { $over } palabras
    } por encima del límite de { $limit }. Acorte la presentación antes de guardar.
ui-nom-words-of = { $n ->
        [one] { $n } palabra
       *[other] { $n } palabras
    } de { $limit } permitidas
ui-nom-optional = {" "}(opcional)
ui-nom-preview-label = Vista previa de la presentación
ui-nom-preview-empty = Aquí aparece la presentación tal como la leerán los electores.
ui-nom-statement-hint = Markdown: # para un título, - o 1. para listas, **negrita**, *cursiva*, [texto](https://…) para un enlace, :smile: para un emoji. Se guarda exactamente tal como está escrito.
ui-nom-preview = Vista previa
ui-nom-too-long = La presentación tiene { $n ->
        [one] { $n } palabra
       *[other] { $n } palabras
    }; esta elección permite { $limit }. Acórtela en { $over ->
        [one] { $over } palabra
       *[other] { $over } palabras
    }.
ui-nom-export-title = Guardar: { $what }
ui-nom-export-saved = Guardado: { $what }.
ui-nom-export-markdown = Lista de candidaturas (Markdown, para un foro)
ui-nom-export-markdown-saving = Guardando la lista de candidaturas (Markdown)…
ui-nom-export-html = Lista de candidaturas (página web)
ui-nom-export-html-saving = Guardando la lista de candidaturas (página web)…
ui-nom-export-pdf = Cuadernillo de candidaturas (PDF)
ui-nom-export-pdf-saving = Guardando el cuadernillo de candidaturas (PDF)…
ui-nom-export-helios = Preguntas de Helios (JSON)
ui-nom-export-helios-saving = Guardando las preguntas de Helios (JSON)…
ui-nom-export-opavote = OpaVote / OpenSTV (encabezado BLT)
ui-nom-export-opavote-saving = Guardando el encabezado BLT para OpaVote / OpenSTV…
ui-nom-export-bettervoting = Candidaturas de BetterVoting (JSON)
ui-nom-export-bettervoting-saving = Guardando las candidaturas de BetterVoting (JSON)…
ui-nom-export-elekto = Ficheros de candidaturas de Elekto (una carpeta)
ui-nom-export-elekto-saving = Guardando los ficheros de candidaturas de Elekto…
ui-nom-export-csv = Lista de candidaturas (CSV)
ui-nom-export-csv-saving = Guardando la lista de candidaturas (CSV)…
ui-nom-filter-web = Página web
ui-nom-files-in = { $n ->
        [one] { $n } fichero
       *[other] { $n } ficheros
    } en { $path }
ui-nom-publish-heading = Publicar las candidaturas
ui-nom-publish-explain = Guarde la lista de candidaturas para los electores, o la configuración de la papeleta en el servicio de votación. Las candidaturas retiradas no se incluyen.
ui-nom-needs-seconders = Esta elección exige { $n ->
        [one] { $n } aval
       *[other] { $n } avales
    } de personas del censo.
ui-nom-seconders-hint = Socios del censo, por correo electrónico o número de socio.
ui-nom-one-per-line = { $needs } Uno por línea.
ui-nom-period-from-until = El plazo de presentación de candidaturas va del { $opens } al { $closes } (UTC).
ui-nom-period-from = El plazo de presentación de candidaturas se abre el { $opens } (UTC).
ui-nom-period-until = El plazo de presentación de candidaturas termina el { $closes } (UTC).
ui-nom-need-name = Escriba el nombre de la candidatura.
ui-nom-adding = Añadiendo la candidatura…
ui-nom-add-heading = Añadir una candidatura
ui-nom-name-hint = Tal como aparece en el encabezado del fichero de papeletas.
ui-nom-employer-hint = Se usa para el máximo de elegidos por empleador.
ui-nom-handle-hint = P. ej., un usuario de GitHub.
ui-nom-nominator-hint = Escriba «self» para una autopropuesta, o el correo electrónico o número de socio de quien la propone, tal como figura en el censo.
ui-nom-late-label = Motivo para aceptarla fuera del plazo de presentación
ui-nom-kept-audit = Se guarda en el registro de auditoría.
ui-nom-add = Añadir candidatura
ui-nom-status-withdrawn = Retirada
ui-nom-status-accepted = Aceptada
ui-nom-status-nominated = Propuesta
ui-nom-self-nominated = Autopropuesta
ui-nom-loading-list = Cargando las candidaturas…
ui-nom-added = Se ha añadido a { $name }.
ui-nom-added-next = Añada la siguiente candidatura, o abra una para ver la presentación tal como la verán los electores.
ui-nom-list-closed = La votación se ha abierto, así que la lista de candidaturas está cerrada: una candidatura solo puede retirarse.
ui-nom-withdraw-a-nominee = Retirar una candidatura
ui-nom-list-heading = Candidaturas: { $n }
ui-nom-empty = Todavía no hay candidaturas: añada la primera abajo, o importe las candidaturas (la exportación CSV de un formulario, o ficheros de candidaturas de Elekto) con «Importar candidaturas», más abajo.
ui-nom-empty-closed = No hay candidaturas: la votación se abrió antes de añadir ninguna, así que la lista está cerrada.
ui-nom-table-label = Candidaturas
ui-nom-withdraw-name-dots = Retirar a { $name }…
ui-nom-withdraw-dots = Retirar…
ui-nom-withdraw-need-reason = Indique el motivo de la retirada: se guarda en el registro de auditoría.
ui-nom-withdrawing = Retirando la candidatura…
ui-nom-withdrawn = Se ha retirado la candidatura de { $name }.
ui-nom-withdrawn-reopened = La elección se ha reabierto: vuelva a hacer el escrutinio.
ui-nom-withdrawn-later = En el escrutinio cuentan en su lugar las preferencias siguientes de las papeletas afectadas.
ui-nom-withdraw-ask = ¿Retirar la candidatura de { $name }? Seguirá en la lista, marcada como retirada, y no se tendrá en cuenta en el escrutinio.
ui-nom-withdraw-name = Retirar a { $name }
ui-nom-breadcrumb = Ruta de navegación
ui-nom-back = ← Candidaturas de { $term }
ui-nom-loading = Cargando la candidatura…
ui-nom-edit = Editar…
ui-nom-endorse = Apoyar…
ui-nom-accepting = Registrando la aceptación…
ui-nom-accepted = { $name } ha aceptado la candidatura.
ui-nom-accepted-audit = La aceptación y su fecha están en el registro de auditoría.
ui-nom-accept = Registrar la aceptación
ui-nom-edit-need-name = El nombre no puede quedar vacío.
ui-nom-edit-nothing = No ha cambiado nada: corrija primero un campo.
ui-nom-edit-need-reason = Indique el motivo de la corrección: se guarda en el registro de auditoría con los valores antiguos y nuevos.
ui-nom-edit-saving = Guardando la corrección…
ui-nom-edit-saved = Se ha guardado la corrección de { $name }.
ui-nom-edit-saved-audit = Los valores antiguos y nuevos y el motivo están en el registro de auditoría.
ui-nom-edit-heading = Corregir la candidatura
ui-nom-edit-nominator-hint = «self», o el correo electrónico o número de socio de quien la propone, tal como figura en el censo.
ui-nom-edit-reason = Motivo de la corrección (se guarda en el registro de auditoría)
ui-nom-edit-save = Guardar la corrección
ui-nom-endorse-need = Escriba el correo electrónico o número de socio de quien da su apoyo.
ui-nom-endorsing = Añadiendo el apoyo…
ui-nom-endorsed = { $by } apoya a { $name }.
ui-nom-endorse-heading = Apoyar a { $name }
ui-nom-endorse-by = Socio (correo electrónico o número de socio tal como figura en el censo)
ui-nom-endorsement = Apoyo
ui-nom-endorsement-hint = Markdown, tal como lo escribió el socio.
ui-nom-endorse-save = Añadir el apoyo
ui-nom-fact-nominated-on = Propuesta el
ui-nom-fact-late = Aceptada fuera de plazo porque
ui-nom-fact-acceptance = Aceptación
ui-nom-accepted-on = Aceptada el { $when }
ui-nom-not-accepted = Aún no aceptada
ui-nom-count-heading = { $title }: { $n }
ui-nom-certified = La elección está certificada: ya no puede cambiar nada.
ui-nom-locked = La votación se ha abierto, así que la candidatura ya no puede corregirse ni recibir apoyos: las papeletas nombran las candidaturas tal como estaban al abrirse la votación. Una candidatura todavía puede retirarse, con un motivo que se guarda en el registro de auditoría.
ui-nom-no-statement = Sin presentación.
ui-nom-no-seconders = Sin avales.
ui-nom-endorsements = Apoyos
ui-nom-no-endorsements = Todavía no hay apoyos.

## The count explained (explain.ts)

ui-explain-figure-approval = Aprobaciones
ui-explain-figure-plurality = Votos
ui-explain-figure-star = Puntuaciones totales
ui-explain-figure-condorcet = Duelos ganados
ui-explain-figure-rounds = Votos al terminar el escrutinio
ui-explain-figure-other = Cifras finales
ui-explain-heading = Cómo fue el escrutinio
ui-explain-for-each = { $figure }, para cada candidatura.
ui-explain-elected = Elegida
ui-explain-disqualified = Descalificada
ui-explain-action-elected = elegida
ui-explain-action-excluded = excluida
ui-explain-action-group-excluded = descalificada por una regla
ui-explain-action-surplus = excedente transferido
ui-explain-action-withdrawn = retirada
ui-explain-round = Ronda { $n }
ui-explain-cell-title = { $name }: { $action }
ui-explain-cell-title-reason = { $name }: { $action } ({ $reason })
ui-explain-not-in-round = no está en esta ronda
ui-explain-keep = factor de retención { $keep }
ui-explain-quota = Cuota
ui-explain-non-transferable = Intransferibles
ui-explain-what-happened = Qué ocurrió
ui-explain-action = { $name }: { $action }
ui-explain-action-reason = { $name }: { $action }, { $reason }
ui-explain-rounds = Ronda a ronda
ui-explain-rounds-explain = El escrutinio duró { $n ->
        [one] { $n } ronda
       *[other] { $n } rondas
    }. Cada columna es una ronda; el verde marca una candidatura elegida en esa ronda, el rojo una excluida.
ui-explain-matrix-corner = Candidatura de la fila frente a candidatura de la columna
ui-explain-same-nominee = misma candidatura
ui-explain-over = { $row } frente a { $col }: { $n }
ui-explain-over-wins = { $row } frente a { $col }: { $n } (gana)
ui-explain-wins = {" "}(gana)
ui-explain-pairwise = Duelos
ui-explain-pairwise-explain = Cada número indica cuántas papeletas prefieren la candidatura de la fila a la de la columna. En verde: la candidatura de la fila ganó ese duelo.
ui-explain-paths = Caminos más fuertes
ui-explain-paths-explain = Método de Schulze: la fuerza de la cadena de victorias más fuerte desde la candidatura de la fila hasta la de la columna. Gana la candidatura cuyos caminos son al menos tan fuertes como el camino de vuelta de cada rival.
ui-explain-locked = Pares fijados
ui-explain-locked-explain = Pares clasificados: las victorias se toman de mayor a menor margen; cada una se fija salvo que contradiga victorias ya fijadas.
ui-explain-locked-pair = { $winner } por delante de { $loser } por { $n ->
        [one] { $n } voto
       *[other] { $n } votos
    }: { $badge }
ui-explain-locked-in = Fijado
ui-explain-skipped = Omitido: crearía un ciclo
ui-explain-runoff-seat = Segunda vuelta por el puesto { $seat }
ui-explain-scoring = Ronda de puntuación
ui-explain-scoring-explain = Las dos candidaturas con mayor puntuación total pasan a la segunda vuelta.
ui-explain-score-totals-seat = Puntuaciones totales para el puesto { $seat }
ui-explain-finalist = Finalista
ui-explain-runoff = Segunda vuelta automática
ui-explain-runoff-explain = Cada papeleta cuenta para la finalista a la que puntuó más alto.
ui-explain-ballots-that = Papeletas que
ui-explain-ballots = Papeletas
ui-explain-share = Porcentaje
ui-explain-prefer = prefieren a { $name }
ui-explain-equal = las puntúan igual
ui-explain-winner = Gana: { $name }

## The announcement (announce.ts)

ui-announce-text = Texto sin formato (correo electrónico)
ui-announce-markdown = Markdown (foro, chat)
ui-announce-html = HTML (página web)
ui-announce-writing = Redactando el anuncio…
ui-announce-copied = Anuncio copiado.
ui-announce-paste = Péguelo donde publique los resultados.
ui-announce-label = Anuncio
ui-announce-no-clipboard = El portapapeles no está disponible: seleccione el texto de abajo y cópielo.
ui-announce-copy = Copiar el anuncio
ui-announce-as = Anuncio en{" "}

## The Voters tab (views/term/voters.ts)

ui-voters-importing = Importando el censo electoral…
ui-voters-importing-progress = Importando el censo electoral… { $done } de unas { $total } filas ({ $pct } %)
ui-voters-cancelling = Cancelando la importación…
ui-voters-imported = { $n ->
        [one] { $n } elector importado.
       *[other] { $n } electores importados.
    }
ui-voters-read-as = Leído como { $encoding }, campos separados por { $delimiter }.
ui-voters-refused = { $n ->
        [one] Se rechazó { $n } fila
       *[other] Se rechazaron { $n } filas
    }: vea «Filas rechazadas» más abajo.
ui-voters-replaced = El censo coincide ahora con el fichero.
ui-voters-replaced-counts = { $added ->
        [one] { $added } elector añadido
       *[other] { $added } electores añadidos
    }, { $removed ->
        [one] { $removed } dado de baja
       *[other] { $removed } dados de baja
    }, { $changed ->
        [one] { $changed } modificado
       *[other] { $changed } modificados
    }.
ui-voters-change-audit = El cambio está en el registro de auditoría, con su motivo.
ui-voters-search-placeholder = Nombre o correo electrónico
ui-voters-previous = ← Anterior
ui-voters-next = Siguiente →
ui-voters-no-match = Ningún elector coincide con «{ $search }».
ui-voters-none = Todavía no hay electores: importe el censo electoral.
ui-voters-remove-name = Dar de baja a { $name }…
ui-voters-remove = Dar de baja…
ui-voters-range = Mostrando { $from }–{ $to } de { $total }.
ui-voters-range-matching = Mostrando { $from }–{ $to } de { $total } que coinciden con «{ $search }».
ui-voters-range-none = Nada que mostrar.
ui-voters-range-none-matching = Nada que mostrar para «{ $search }».
ui-voters-heading = Censo electoral: { $n ->
        [one] { $n } elector
       *[other] { $n } electores
    }
ui-voters-search = Buscar por nombre o correo electrónico
ui-voters-table-label = Electores
ui-voters-delim-comma = comas
ui-voters-delim-semicolon = punto y coma
ui-voters-delim-tab = tabuladores
ui-voters-delim-pipe = barras verticales

## The Ballots tab (views/term/ballots.ts)

ui-ballots-loading = Cargando los lotes de papeletas…
ui-ballots-file-label = Fichero de papeletas o de totales
ui-ballots-file-hint = Papeletas tal como se publicaron: una cuadrícula CSV, BLT, CIVS, Elekto, BetterVoting, Belenios o una hoja de recuento de Debian; o totales (un CSV candidatura,votos o un resultado de Helios). El formato se reconoce en el fichero y se muestra antes de importar nada. Cada candidatura nombrada en el fichero debe estar en la lista de candidaturas.
ui-ballots-import = Importar papeletas
ui-ballots-dialog-title = Elegir un fichero de papeletas o de totales
ui-ballots-filter = Papeletas o totales
ui-ballots-reading = Leyendo el fichero…
ui-ballots-importing = Importando…
ui-ballots-imported-totals = Se importaron los totales de { $file }: { $n ->
        [one] { $n } papeleta emitida
       *[other] { $n } papeletas emitidas
    }.
ui-ballots-imported = { $n ->
        [one] Se importó { $n } papeleta
       *[other] Se importaron { $n } papeletas
    } de { $file }.
ui-ballots-imported-format = Formato: { $format }. SHA-256 del fichero: { $sha }
ui-ballots-heading = Papeletas: { $n ->
        [one] { $n } papeleta
       *[other] { $n } papeletas
    } en { $batches ->
        [one] { $batches } lote
       *[other] { $batches } lotes
    }
ui-ballots-none-typed = Todavía no hay papeletas: importe arriba el fichero de papeletas, o escriba los totales.
ui-ballots-none = Todavía no hay papeletas: importe arriba el fichero de papeletas.
ui-ballots-none-closed = No se importó ninguna papeleta.
ui-ballots-table-label = Lotes de papeletas
ui-ballots-col-file = Fichero
ui-ballots-col-imported = Importado el

## The Results tab (views/term/results.ts)

ui-results-loading = Cargando el resultado…
ui-results-counted = Se han escrutado los votos.
ui-results-counted-winners = { $n ->
        [one] { $n } candidatura elegida
       *[other] { $n } candidaturas elegidas
    } para { $seats ->
        [one] { $seats } puesto
       *[other] { $seats } puestos
    }.
ui-results-count = Hacer el escrutinio
ui-results-no-ballots = Todavía no hay papeletas, así que no hay nada que escrutar. Importe primero las papeletas (o escriba los totales) en la pestaña Papeletas.
ui-results-will-count = { $n ->
        [one] Se escrutará { $n } papeleta
       *[other] Se escrutarán { $n } papeletas
    } con el sistema «{ $method }» para { $seats ->
        [one] { $seats } puesto
       *[other] { $seats } puestos
    }. Puede repetir el escrutinio si llegan más papeletas.
ui-results-go-ballots = Ir a Papeletas
ui-results-save-title = Guardar los resultados
ui-results-cert-title = Guardar el acta
ui-results-saving = Guardando los resultados…
ui-results-making-cert = Preparando el acta…
ui-results-saved = Resultados guardados.
ui-results-cert-saved = Acta guardada.
ui-results-winners = { $n ->
        [one] Elegido/a
       *[other] Elegidos
    }
ui-results-save-csv = Guardar los resultados en CSV…
ui-results-save-cert = Guardar el acta…
ui-results-count-again = Repetir el escrutinio
ui-results-warnings = Compruebe antes de certificar
ui-results-the-count = El escrutinio
ui-results-method = Sistema
ui-results-seats = Puestos
ui-results-ballots-counted = Papeletas escrutadas
ui-results-eligible = Electores en el censo
ui-results-turnout = Participación
ui-results-quorum = Quórum
ui-results-quorum-met = Alcanzado
ui-results-quorum-not-met = No alcanzado
ui-results-counted-at = Escrutado el
ui-results-sha = SHA-256 del conjunto de papeletas
ui-results-table-label = Resultados por candidatura
ui-results-col-employer = Empleador
ui-results-col-votes = Votos
ui-results-col-rank = Puesto
ui-results-col-status = Resultado
ui-results-none-disqualified = Las reglas no descalificaron a ninguna candidatura.
ui-results-ties = Empates
ui-results-no-ties = Ningún empate tuvo que resolverse por sorteo.
ui-results-tied = Empatadas: { $names }
ui-results-decided-order = Orden decidido: { $names }
ui-results-decided = Decidido por { $who } ({ $how }).
ui-results-decided-witnessed = Decidido por { $who } ({ $how }), con { $witness } como testigo.
ui-results-tie-casting-vote = voto de calidad
ui-results-tie-coin = cara o cruz
ui-results-tie-lot = sorteo
ui-results-tie-decision = decisión
ui-results-draw-order = Orden del sorteo: { $names }
ui-results-rule = Regla: { $rule }
ui-results-rules = Reglas aplicadas

# The explanation: a tie settled in a round, a Debian defeat dropped.
ui-explain-action-tie = empate resuelto
ui-explain-action-defeat-dropped = derrota descartada
