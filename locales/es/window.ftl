# The window's words: its frame, Preferences, the list of terms, a new term, and a term's
# Overview and Audit tabs. Read by ui/src/i18n.ts (with every other .ftl file of the language).
#
# Glosario (como documents.ftl, count.ftl y window-work.ftl; se trata al usuario de «usted»;
# comillas «», sin espacio antes de los dos puntos):
#   term = elección; voter = elector (electores); voter roll = censo electoral
#   ballot = papeleta; ballots cast = papeletas emitidas; totals = totales; voting = votación
#   nominee = candidatura (femenino: empatada, elegida); seconder = aval (avalar); seat = puesto
#   count = escrutinio (escrutar, hacer el escrutinio); method = sistema (de escrutinio)
#   turnout = participación; quorum = quórum; elected = elegido/a; tie = empate (resolver)
#   draw = sorteo; seed = semilla; casting vote = voto de calidad; coin = cara o cruz
#   returning officer = presidente/a de la mesa (la presidencia de la mesa, quien preside la mesa)
#   witness = testigo; certify = certificar; certificate = acta; audit log = registro de auditoría
#   file = fichero (el menú se llama Archivo); election file = fichero electoral
#   backup = copia de seguridad; restore = restaurar; import = importar

ui-language-label = Idioma de la ventana
ui-language-system = Como el sistema ({ $language })
ui-cancel = Cancelar
ui-dismiss = Cerrar
ui-optional = { " " }(opcional)
ui-save = Guardar
ui-saving = Guardando…
ui-close = Cerrar
ui-open = Abrir
ui-none = Ninguno
ui-no-limit = Sin límite

## El marco

ui-skip = Saltar al contenido principal
ui-messages = Mensajes
ui-election-file = Fichero electoral
ui-election-files = Ficheros electorales
ui-breadcrumb = Ruta de navegación
ui-all-terms = ← Todas las elecciones

## El menú Archivo (lo escribe el shell: src-tauri/desk.rs)

ui-menu-file = Archivo
ui-menu-new = Nuevo…
ui-menu-open = Abrir…
ui-menu-open-recent = Abrir reciente
ui-menu-no-recent = No hay ficheros recientes
ui-menu-save-copy = Guardar una copia…
ui-menu-restore = Restaurar una copia de seguridad…
ui-menu-preferences = Preferencias…
ui-menu-quit = Salir

## Títulos de los errores

ui-error-not-found = No encontrado
ui-error-already-exists = Ya existe
ui-error-invalid-input = Revise los datos introducidos
ui-error-bad-file = No se pudo usar el fichero
ui-error-wrong-stage = No es posible en esta fase
ui-error-count = No se pudieron escrutar los votos
ui-error-database = El fichero electoral tiene un problema
ui-error-io = No se pudo leer o escribir un fichero
ui-error-cancelled = Cancelado
ui-error-busy = El fichero electoral está en uso
ui-error-unexpected = Se ha producido un error inesperado

## Métodos de escrutinio, papeletas, fases

ui-method-approval = Voto aprobatorio
ui-method-plurality = Mayoría simple (un voto por persona)
ui-method-star = Voto STAR
ui-method-schulze = Método de Schulze (Condorcet)
ui-method-ranked-pairs = Pares clasificados (Condorcet)
ui-method-irv = Segunda vuelta instantánea (IRV)
ui-method-stv-scottish = Voto único transferible, reglas escocesas
ui-method-stv-meek = Voto único transferible, método de Meek
ui-method-debian = Constitución de Debian (Condorcet)
ui-ballots-approval = Los electores marcan todas las candidaturas que aprueban.
ui-ballots-plurality = Los electores marcan una sola candidatura.
ui-ballots-star = Los electores dan a cada candidatura una puntuación de 0 a 5.
ui-ballots-ranked = Los electores ordenan las candidaturas por preferencia.
ui-stage-draft = Borrador
ui-stage-nominations = Candidaturas
ui-stage-voting = Votación
ui-stage-counted = Escrutada
ui-stage-certified = Certificada
ui-stages = Fases de la elección

## Cómo se deshacen los empates

ui-tie-rule-draw = Sorteo de Scrutineer
ui-tie-rule-draw-hint = Un sorteo que cualquiera puede repetir a partir de la semilla de desempate y las papeletas.
ui-tie-rule-psf = Procedimiento de la PSF
ui-tie-rule-psf-hint = El módulo random de Python con los nombres de las candidaturas empatadas como semilla, tal como lo publica la Python Software Foundation.
ui-tie-rule-officer = Decisión de la presidencia de la mesa
ui-tie-rule-officer-hint = El escrutinio se detiene ante un empate; la presidencia de la mesa registra una decisión (cara o cruz, sorteo o voto de calidad) en presencia de un testigo y vuelve a hacer el escrutinio.
ui-tie-rule-explained = { $rule }: { $hint }

## El siguiente paso de una elección

ui-next-step = Siguiente paso
ui-next-certified = Esta elección está certificada: sus resultados son definitivos. Aún puede guardar los resultados y el acta.
ui-next-certified-action = Ver los resultados
ui-next-counted = Se han escrutado los votos. Revise los resultados, guárdelos junto con el acta y después certifique la elección.
ui-next-counted-action = Ver los resultados
ui-next-nominees = Añada las candidaturas: las personas que se presentan a esta elección.
ui-next-nominees-action = Añadir candidaturas
ui-next-voters = Importe el censo electoral: la lista de personas que pueden votar.
ui-next-voters-action = Importar el censo electoral
ui-next-ballots = Importe las papeletas una vez cerrada la votación.
ui-next-ballots-action = Importar papeletas
ui-next-count = ¿Ya están todas las papeletas? Haga el escrutinio.
ui-next-count-action = Hacer el escrutinio

## Listas

ui-page-none = Nada que mostrar
ui-page-range = { $first }–{ $last } de { $total }

## La lista de elecciones

ui-terms = Elecciones
ui-terms-lead = Una elección reúne sus candidaturas, su censo electoral, sus papeletas y su resultado.
ui-loading-terms = Cargando las elecciones…
ui-new-term = Nueva elección
ui-no-terms = Todavía no hay elecciones
ui-no-terms-hint = Empiece creando la primera elección. Después añadirá las candidaturas, importará el censo electoral y las papeletas, y hará el escrutinio.
ui-create-first-term = Crear la primera elección
ui-col-term = Elección
ui-col-method = Sistema
ui-col-seats = Puestos
ui-col-stage = Fase
ui-col-nominees = Candidaturas
ui-col-voters = Electores
ui-col-ballots = Papeletas
ui-col-actions = Acciones
ui-open-term = Abrir { $name }
ui-terms-count = { $count ->
    [one] { $count } elección
   *[other] { $count } elecciones
}
ui-elekto-label = Carpeta de elección de Elekto
ui-elekto-hint = Una elección completa de Elekto (Kubernetes y otras): la carpeta con election.yaml, voters.yaml, los ficheros de candidaturas y ballots.csv (o escriba la ruta de cualquier fichero que contenga). Se convierte en una nueva elección: los puestos, las candidaturas con sus empleadores y presentaciones, el censo electoral (usuarios de GitHub) y las papeletas.
ui-elekto-button = Importar una elección de Elekto
ui-elekto-dialog = Elija la carpeta de la elección de Elekto (la que contiene election.yaml)
ui-elekto-importing = Importando la elección…
ui-elekto-created = Elección «{ $name }» creada a partir de la carpeta de Elekto.
ui-elekto-created-detail = { $seats ->
    [one] { $seats } puesto
   *[other] { $seats } puestos
}, { $nominees ->
    [one] { $nominees } candidatura
   *[other] { $nominees } candidaturas
}, { $voters ->
    [one] { $voters } elector
   *[other] { $voters } electores
}, { $ballots ->
    [one] { $ballots } papeleta
   *[other] { $ballots } papeletas
}.

## Una nueva elección

ui-new-term-lead = Describa la elección. El sistema y el número de puestos determinan cómo se escrutan los votos.
ui-field-name = Nombre
ui-field-organisation = Organización
ui-field-seats = Puestos
ui-field-method = Sistema de escrutinio
ui-field-max-per-employer = Máximo de personas elegidas por empleador
ui-field-seed = Semilla de desempate
ui-field-tie-rule = Cómo se resuelven los empates
ui-field-quorum = Quórum (% de electores)
ui-field-nominations-open = Apertura de candidaturas
ui-field-nominations-close = Cierre de candidaturas
ui-field-seconders = Avales necesarios
ui-field-statement-words = Presentación más larga (palabras)
ui-new-name-hint = Por ejemplo: Junta Directiva 2025.
ui-new-organisation-hint = Se imprime en el acta.
ui-new-seats-hint = Cuántas personas saldrán elegidas.
ui-new-no-limit-hint = Déjelo vacío para no poner límite.
ui-new-seed-hint = Cualquier texto, publicado de antemano. Los empates se resuelven con un sorteo que cualquiera puede repetir a partir de este texto. Déjelo vacío para usar los nombres de las candidaturas.
ui-new-quorum-hint = La participación mínima para un resultado válido. Déjelo vacío si no hay.
ui-new-nominations-open-hint = Primer día (UTC). Déjelo vacío para aceptar candidaturas en cualquier momento.
ui-new-nominations-close-hint = Último día (UTC). Una candidatura posterior necesita un motivo, que queda en el registro de auditoría.
ui-new-seconders-hint = Cuántos electores del censo deben avalar cada candidatura. Déjelo vacío si no hacen falta avales.
ui-create-term = Crear la elección
ui-creating-term = Creando la elección…
ui-term-created = Elección «{ $name }» creada.
ui-term-created-next = Ahora añada las candidaturas.
ui-check-name = Escriba un nombre para la elección.
ui-check-seats = Escriba el número de puestos: un número entero, 1 o más.
ui-check-method = Elija un sistema de escrutinio.
ui-check-max-per-employer = Escriba un número entero, 1 o más, o déjelo vacío para no poner límite.
ui-check-quorum = Escriba un porcentaje de 1 a 100, o déjelo vacío si no hay quórum.
ui-check-tie-rule = Elija cómo se resuelven los empates.
ui-check-date = Escriba una fecha con el formato AAAA-MM-DD o deje el campo vacío.
ui-check-close-before-open = El cierre de candidaturas es anterior a su apertura.
ui-check-seconders = Escriba un número entero de avales, o déjelo vacío si no hacen falta.
ui-check-statement-words = Escriba un número entero de palabras, 1 o más, o déjelo vacío para no poner límite.

## La página de una elección y su resumen

ui-loading-term = Cargando la elección…
ui-no-such-term = no hay ninguna elección llamada «{ $name }» en este fichero electoral
ui-seats = { $count ->
    [one] { $count } puesto
   *[other] { $count } puestos
}
ui-term-parts = Partes de la elección
ui-tab-overview = Resumen
ui-tab-nominees = Candidaturas
ui-tab-voters = Electores
ui-tab-ballots = Papeletas
ui-tab-results = Resultados
ui-tab-audit = Registro de auditoría
ui-stat-nominees = Candidaturas
ui-stat-voters = Electores en el censo
ui-stat-ballots = Papeletas
ui-rules = Reglas de esta elección
ui-seed-nominees = Los nombres de las candidaturas
ui-rule-quorum = Quórum
ui-quorum-of-voters = { $percent } de los electores
ui-rule-created = Creada

## Certificar, una elección certificada

ui-certify-button = Certificar los resultados…
ui-certify-title = Certificar los resultados
ui-certify-confirm = Certificar
ui-certify-need-officer = Indique el nombre de quien preside la mesa: figurará en el acta y en el registro de auditoría.
ui-certifying = Certificando…
ui-certified-notice = Los resultados están certificados.
ui-certified-notice-detail = Certificada el { $when } por { $officer }. Acta { $identifier }.
ui-certify-warning = Después, la elección no podrá cambiarse: ni más papeletas ni nuevo escrutinio. Antes se hace una copia de seguridad del fichero.
ui-certify-officer = Presidente/a de la mesa
ui-certify-officer-hint = Su nombre, tal como figurará en el acta.
ui-certify-witness = Testigo (opcional)
ui-certified-heading = Certificada
ui-certified-plain = Estos resultados están certificados.
ui-winners = { $count ->
    [one] Persona elegida
   *[other] Personas elegidas
}
ui-certified-final = Una elección certificada no puede cambiarse: sus resultados son definitivos.
ui-restore-hint = Si los resultados certificados son erróneos, Archivo ▸ Restaurar una copia de seguridad devuelve el fichero electoral al estado en que estaba justo antes de certificar (en ese momento se hizo una copia). Se deshace todo lo hecho desde entonces; antes se guarda una copia del fichero tal como está.
ui-certified-nothing = Aquí no se puede cambiar nada:
ui-certified-nothing-when = esta elección se certificó el { $when } por { $officer }, y los resultados certificados son definitivos.
ui-certified-nothing-plain = esta elección está certificada, y los resultados certificados son definitivos.
ui-certified-line = Certificada el { $when } por { $officer }. Acta { $identifier }.
ui-certified-line-witness = Certificada el { $when } por { $officer }, con { $witness } como testigo. Acta { $identifier }.
ui-seed-text = Texto de la semilla:
ui-seed-names = (los nombres de las candidaturas)
ui-seed-hash = SHA-256 del conjunto de papeletas:

## Corregir una elección

ui-corrections = Corregir un error
ui-edit-summary = Cambiar el nombre, los puestos o el sistema de la elección
ui-edit-save = Guardar el cambio
ui-edit-need-reason = Indique el motivo del cambio: quedará en el registro de auditoría.
ui-edit-need-seats = Escriba el número de puestos: un número entero, 1 o más.
ui-edit-saving = Guardando el cambio…
ui-edit-done = La elección se ha cambiado.
ui-edit-done-detail = El registro de auditoría guarda los valores antiguos y nuevos con su motivo.
ui-edit-method-hint = Ya hay papeletas: un cambio descarta el resultado, y el sistema solo puede cambiarse por otro que lea el mismo tipo de papeleta.
ui-edit-reason = Motivo del cambio
ui-delete-term = Eliminar esta elección
ui-delete-has-ballots = { $count ->
    [one] Esta elección tiene { $count } papeleta, así que no se puede eliminar.
   *[other] Esta elección tiene { $count } papeletas, así que no se puede eliminar.
}
ui-delete-need-reason = Indique el motivo para eliminar la elección: quedará en el registro de auditoría.
ui-deleting = Eliminando la elección…
ui-delete-done = Se ha eliminado la elección «{ $name }».
ui-delete-done-detail = Antes se hizo una copia de seguridad del fichero: Archivo ▸ Restaurar una copia de seguridad lo recupera.
ui-delete-intro = Una elección creada por error puede eliminarse mientras no tenga papeletas. Antes se hace una copia de seguridad del fichero.
ui-delete-reason = Motivo de la eliminación

## Archivos, copias de seguridad, preferencias

ui-dialog-new-file = Nuevo fichero electoral
ui-dialog-open-file = Abrir un fichero electoral
ui-opening = Abriendo el fichero electoral…
ui-file-created = Nuevo fichero electoral creado.
ui-file-opened = Fichero electoral abierto.
ui-dialog-save-copy = Guardar una copia del fichero electoral
ui-saving-copy = Guardando una copia…
ui-copy-saved = Copia guardada.
ui-reading-backups = Leyendo las copias de seguridad…
ui-restore-title = Restaurar una copia de seguridad
ui-restore-none = Todavía no hay copias de seguridad de este fichero. Se hace una antes de cada paso que no se puede deshacer: certificar, sustituir el censo, eliminar una elección.
ui-restore-intro = Antes de que la copia elegida lo sustituya, se guarda una copia del fichero tal como está.
ui-backup-certify = { $taken } — antes de certificar
ui-backup-replace-roll = { $taken } — antes de sustituir el censo
ui-backup-delete-term = { $taken } — antes de eliminar una elección
ui-backup-before-restore = { $taken } — antes de una restauración
ui-backup-other = { $taken } — antes de: { $step }
ui-restore = Restaurar
ui-restoring = Restaurando…
ui-restored = Copia de seguridad restaurada.
ui-restored-detail = El fichero tal como estaba se conserva como { $file }.
ui-reading-preferences = Leyendo las preferencias…
ui-preferences = Preferencias
ui-preferences-saved = Preferencias guardadas.
ui-preferences-officer = A partir de ahora, el registro de auditoría consigna el nombre de { $officer }.
ui-preferences-no-officer = No se ha indicado quién preside la mesa.
ui-preferences-officer-label = Nombre de quien preside la mesa
ui-preferences-officer-hint = Se indica una sola vez: cada cambio queda en el registro de auditoría con este nombre, que también se usa al certificar.

## El registro de auditoría

ui-loading-audit = Cargando el registro de auditoría…
ui-checking-audit = Comprobando el registro de auditoría…
ui-audit-intact = Intacto.
ui-audit-intact-detail = { $count ->
    [one] La única entrada del registro de auditoría del fichero electoral está en su orden original y sin cambios.
   *[other] Las { $count } entradas del registro de auditoría del fichero electoral están en su orden original y sin cambios.
}
ui-audit-latest-hash = Último hash:
ui-audit-broken = Alterado.
ui-audit-broken-detail = El registro de auditoría se ha modificado fuera de Scrutineer: { $problem }.
ui-audit-broken-entry = una entrada no coincide con su hash
ui-audit-check = Comprobar el registro de auditoría
ui-audit-check-hint = Cada cambio en el fichero electoral queda registrado, y cada entrada se sella con el hash de la anterior. La comprobación vuelve a calcular toda la cadena.
ui-audit-heading = { $count ->
    [one] Registro de auditoría de esta elección: { $count } entrada
   *[other] Registro de auditoría de esta elección: { $count } entradas
}
ui-audit-empty = Aún no hay nada registrado: aquí aparecerá cada cambio en esta elección.
ui-audit-col-number = N.º
ui-audit-col-when = Cuándo
ui-audit-col-what = Qué
ui-audit-col-details = Detalles
ui-audit-col-who = Quién

## Archivos de papeletas antes de importarlos, totales escritos dos veces, un empate

ui-format-grid = Cuadrícula de papeletas CSV (una columna por candidatura)
ui-format-blt = Fichero de papeletas BLT (OpenSTV, OpaVote)
ui-format-totals = Totales CSV (candidate,votes)
ui-format-helios = Resultado electoral de Helios (totales)
ui-format-civs = Informe de papeletas de CIVS
ui-format-elekto = Carpeta de elección de Elekto
ui-format-bettervoting = Exportación de papeletas de BetterVoting
ui-format-belenios = Papeletas de Belenios
ui-format-debian = Hoja de recuento de Debian
ui-format-typed = Totales escritos dos veces
ui-preview-heading = Revise el fichero antes de importarlo
ui-preview-file = Fichero
ui-preview-format = Formato detectado
ui-preview-holds = Contenido
ui-preview-totals = Totales (sin papeletas)
ui-preview-blank = Una casilla en blanco significa
ui-preview-candidates = Candidaturas
ui-ballots-cast = Papeletas emitidas
ui-preview-ballots-hint = El fichero da los totales, pero no cuántas papeletas se emitieron: tome la cifra del resultado publicado.
ui-preview-need-ballots = Escriba el número de papeletas emitidas (un número entero): el fichero solo da los totales.
ui-preview-import = Importar este fichero
ui-totals-heading = Escribir los totales
ui-totals-intro = Cuando solo hay totales (un resultado publicado, un recuento a mano), dos personas los escriben por separado. No se guarda nada si las dos entradas no coinciden, cifra por cifra.
ui-totals-source = De dónde salen las cifras
ui-totals-source-placeholder = Por ejemplo: resultado de Helios, 2 de junio
ui-totals-first = Primera entrada
ui-totals-first-hint = La primera persona escribe los totales del resultado publicado o de la hoja de recuento.
ui-totals-next = Hecho: ocultar esta entrada para la segunda persona
ui-totals-restart = Volver a empezar desde la primera entrada
ui-totals-second = Segunda entrada
ui-totals-second-hint = Una segunda persona vuelve a escribir los mismos totales sin ver la primera entrada (está oculta).
ui-totals-compare = Comparar y guardar
ui-totals-need-number = Escriba un número entero (0 o más) para { $name }.
ui-totals-the-ballots-cast = las papeletas emitidas
ui-totals-differ = Las dos entradas no coinciden. No se ha guardado nada.
ui-totals-differ-hint = Compruebe estas cifras con la fuente y corrija la segunda entrada (o vuelva a empezar).
ui-totals-differ-table = Cifras que no coinciden
ui-totals-nominee = Candidatura
ui-totals-saving = Guardando los totales…
ui-totals-saved = { $count ->
    [one] Totales guardados: { $count } papeleta emitida.
   *[other] Totales guardados: { $count } papeletas emitidas.
}
ui-totals-saved-hash = SHA-256 de las cifras: { $sha256 }
ui-decided-by-coin = Cara o cruz
ui-decided-by-lot = Sorteo
ui-decided-by-casting-vote = Voto de calidad
ui-tie-order = Orden decidido, primero la candidatura favorecida
ui-tie-move-up = Subir a { $name }
ui-tie-move-down = Bajar a { $name }
ui-tie-up = ↑ Subir
ui-tie-down = ↓ Bajar
ui-tie-record = Registrar la decisión y volver a hacer el escrutinio
ui-tie-need-method = Indique cómo se decidió el empate.
ui-tie-need-who = Indique quién decidió.
ui-tie-recording = Registrando la decisión…
ui-tie-heading = Un empate necesita la decisión de la presidencia de la mesa
ui-tie-stopped = El escrutinio se detuvo ante un empate: { $context }
ui-tie-tied = Candidaturas empatadas: { $names }
ui-tie-hint = Resuelva el empate según sus normas y ponga las candidaturas en el orden decidido: la primera es la favorecida. La decisión queda en el registro de auditoría y en el acta.
ui-tie-how = Cómo se decidió
ui-tie-decided-by = Decidido por
ui-tie-witness = Testigo
ui-counting = Escrutando los votos…
