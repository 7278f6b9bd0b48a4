# Las frases de la línea de órdenes (`scrutineer`). La salida --json nunca
# las usa. FIGURE($n) escribe un número con los separadores del idioma; $n
# sigue eligiendo el plural.

cli-error = error: { $message }
cli-error-busy = error: otro programa está usando el fichero electoral { $path } (quizá la ventana de Scrutineer); ciérrelo o inténtelo de nuevo.
cli-waiting = Esperando el fichero electoral: otro programa (quizá la ventana de Scrutineer) lo está usando…
cli-hint-create-dirs = o añada --create-dirs
cli-line = línea { $line }: { $text }
cli-field = { $label }: { $value }
cli-by = por { $name }
cli-wrote = Se ha escrito { $file }.

## Cantidades en listas.
cli-n-seats = { $n ->
        [one] { FIGURE($n) } puesto
       *[other] { FIGURE($n) } puestos
    }
cli-n-voters = { $n ->
        [one] { FIGURE($n) } elector
       *[other] { FIGURE($n) } electores
    }
cli-n-nominees = { $n ->
        [one] { FIGURE($n) } candidatura
       *[other] { FIGURE($n) } candidaturas
    }
cli-n-ballots = { $n ->
        [one] { FIGURE($n) } papeleta
       *[other] { FIGURE($n) } papeletas
    }

## Elecciones.
cli-term-created = Se ha creado la elección «{ $term }»: { $seats ->
        [one] { FIGURE($seats) } puesto
       *[other] { FIGURE($seats) } puestos
    }, { $method }, como máximo { $cap } por empleador.
cli-term-created-no-cap = Se ha creado la elección «{ $term }»: { $seats ->
        [one] { FIGURE($seats) } puesto
       *[other] { FIGURE($seats) } puestos
    }, { $method }.
cli-term-imported = Se ha creado la elección «{ $term }» a partir de { $folder }: { $seats ->
        [one] { FIGURE($seats) } puesto
       *[other] { FIGURE($seats) } puestos
    }, { $method }, { $nominees ->
        [one] { FIGURE($nominees) } candidatura
       *[other] { FIGURE($nominees) } candidaturas
    }, { $voters ->
        [one] { FIGURE($voters) } elector
       *[other] { FIGURE($voters) } electores
    }, { $ballots }.
cli-no-terms = Aún no hay elecciones. Cree una con: scrutineer term create NOMBRE --seats N --method approval
cli-label-term = Elección
cli-label-organisation = Organización
cli-label-stage = Fase
cli-label-seats = Puestos
cli-label-method = Sistema
cli-label-seed = Semilla del sorteo
cli-label-ties = Resolución de empates
cli-certified-status = { $status }; acta { $identifier }
cli-documents-in = Idioma de los documentos: { $language } ({ $code })
cli-cap-per-employer = Como máximo { $n ->
        [one] { FIGURE($n) } persona elegida
       *[other] { FIGURE($n) } personas elegidas
    } por empleador
cli-cap-fraction = Como máximo { $fraction } del órgano por empleador (incluidos los miembros en ejercicio)
cli-sitting-member = Miembro en ejercicio: { $name }
cli-sitting-member-employer = Miembro en ejercicio: { $name } ({ $employer })
cli-none-of-the-above = Ninguna de las anteriores: { $name } (un puesto que obtenga queda vacante)
cli-stage-now = La elección «{ $term }» está ahora en la fase { $stage }.
cli-term-certified = La elección «{ $term }» queda certificada el { $when } por { $officer }; ya no se puede modificar.
cli-term-certified-witness = La elección «{ $term }» queda certificada el { $when } por { $officer }, con { $witness } como testigo; ya no se puede modificar.
cli-certificate-identifier = Identificador del acta: { $identifier }
cli-term-changed = Elección «{ $term }» modificada: { $seats ->
        [one] { FIGURE($seats) } puesto
       *[other] { FIGURE($seats) } puestos
    }, sistema { $method }, fase { $stage }.
cli-term-deleted = La elección «{ $term }» se ha eliminado (antes se hizo una copia de seguridad del fichero; `scrutineer backup list`).

## Empates.
cli-tie-recorded = Decisión registrada ({ $method }, por { $by }): { $order }. Vuelva a escrutar con: scrutineer tally { $term }
cli-tie-recorded-witness = Decisión registrada ({ $method }, por { $by }, con { $witness } como testigo): { $order }. Vuelva a escrutar con: scrutineer tally { $term }
cli-tie-pending = Empate: { $tied } ({ $context })
cli-tie-record-with = Registre la decisión con: { $command }
cli-tie-none = No hay ningún empate pendiente de decisión.

## El censo electoral.
cli-roll-imported = { $n ->
        [one] Se ha importado { FIGURE($n) } elector
       *[other] Se han importado { FIGURE($n) } electores
    } de { $file } ({ $encoding }, separador { $delimiter }).
cli-roll-would-import = { $n ->
        [one] Se importaría { FIGURE($n) } elector
       *[other] Se importarían { FIGURE($n) } electores
    } de { $file } ({ $encoding }, separador { $delimiter }).
cli-refused-rows = { $n ->
        [one] { FIGURE($n) } fila rechazada:
       *[other] { FIGURE($n) } filas rechazadas:
    }
cli-refused-rows-in = Las filas rechazadas están en { $file }.
cli-preview-encoding = Codificación: { $encoding } ({ $source })
cli-preview-delimiter = Separador: { $delimiter }
cli-preview-column = { $field } <- columna «{ $header }»
cli-preview-row = línea { $line }: { $name } <{ $email }>
cli-preview-summary = { $good ->
        [one] { FIGURE($good) } fila válida
       *[other] { FIGURE($good) } filas válidas
    }, { $refused ->
        [one] { FIGURE($refused) } rechazada
       *[other] { FIGURE($refused) } rechazadas
    }.
cli-roll-exported = { $n ->
        [one] Se ha exportado { FIGURE($n) } elector
       *[other] Se han exportado { FIGURE($n) } electores
    } a { $file }.
cli-diff-added = { $name } <{ $email }>  (línea { $line })
cli-diff-changed = { $name } <{ $email }>: { $fields } (línea { $line })
cli-diff-summary = { FIGURE($added) } por añadir, { FIGURE($removed) } por quitar, { FIGURE($changed) } modificados, { FIGURE($unchanged) } sin cambios.
cli-diff-summary-applied = { FIGURE($added) } por añadir, { FIGURE($removed) } por quitar, { FIGURE($changed) } modificados, { FIGURE($unchanged) } sin cambios (aplicado).
cli-voter-added = { $name } <{ $email }> se ha añadido al censo electoral.
cli-voter-removed = { $name } <{ $email }> se ha retirado del censo electoral.
cli-marked-voted = { $n ->
        [one] Se ha marcado { FIGURE($n) } elector
       *[other] Se han marcado { FIGURE($n) } electores
    } como votantes.
cli-voters-in-all = { $n ->
        [one] { FIGURE($n) } elector
       *[other] { FIGURE($n) } electores
    } en total.
cli-encoding-note = Nota: este fichero podría estar en { $chosen } o en { $other }, y ambas lecturas difieren en algunos nombres. Leído como { $chosen }, porque { $why }.
cli-encoding-line = línea { $line }: { $chosen-text } (como { $chosen })  /  { $other-text } (como { $other })
cli-encoding-hint = Si la segunda lectura es la correcta, añada --encoding { $other } para leer el fichero así.

## Candidaturas.
cli-nominee-added = Se ha añadido la candidatura «{ $name }» a la elección «{ $term }».
cli-nominee-late = Aceptada fuera del plazo de presentación: { $reason } (en el registro de auditoría).
cli-nominee-corrected = Candidatura «{ $name }» corregida; el registro de auditoría guarda los valores anteriores y los nuevos.
cli-nominee-endorsed = { $name } <{ $email }> apoya la candidatura «{ $nominee }».
cli-nominee-accepted = «{ $name }» ha aceptado la candidatura ({ $when }).
cli-nominee-withdrew = Se ha retirado la candidatura «{ $name }».
cli-nominees-imported = { $n ->
        [one] Se ha importado { FIGURE($n) } candidatura
       *[other] Se han importado { FIGURE($n) } candidaturas
    } de { $file } ({ $kind }).

## Papeletas y escrutinio.
cli-ballots-imported = { $n ->
        [one] Se ha importado { FIGURE($n) } papeleta
       *[other] Se han importado { FIGURE($n) } papeletas
    } de { $file } (SHA-256 { $sha }).
cli-tally-figures = Electores: { FIGURE($eligible) }   Papeletas: { FIGURE($ballots) }   Participación: { $turnout }
cli-quorum-met = Quórum alcanzado
cli-quorum-not-met = Quórum NO alcanzado
cli-warning = Aviso: { $warning }
cli-ballot-set-sha = SHA-256 del conjunto de papeletas: { $sha }

## Resultados, registro de auditoría, paquetes de resultados.
cli-bundle-wrote = Se ha escrito el paquete de resultados de la elección «{ $term }» en { $folder }:
cli-bundle-check = Compruébelo con: scrutineer verify { $folder }
cli-bundle-verified = Paquete verificado: SHA256SUMS coincide con cada fichero, ballots.csv es canónico (SHA-256 { $sha }) y el nuevo escrutinio de «{ $term }» ({ FIGURE($ballots) } papeletas) da todas las cifras de result.json. Candidaturas elegidas: { $winners }.
cli-audit-intact = Registro de auditoría íntegro: { FIGURE($entries) } entradas, última entrada { $seq } ({ $head }); el estado de cada elección coincide con su registro.
cli-audit-acknowledged = Se ha registrado el estado actual con su motivo; el registro de auditoría ya supera la verificación ({ FIGURE($entries) } entradas, última entrada { $seq }).

## Copias de seguridad y ajustes.
cli-backups-none = Aún no hay copias de seguridad de { $file } (en { $folder }).
cli-backed-up = Copia de seguridad guardada en { $file }.
cli-restored = Se ha restaurado { $name }. El fichero tal como estaba se ha guardado como { $file }.
cli-saved-copy = Se ha guardado una copia del fichero electoral como { $file }.
cli-officer-set = Preside la mesa { $name }: el registro de auditoría indica este nombre a partir de ahora.
cli-officer-cleared = Se ha borrado el nombre de quien preside la mesa.

## Reglas de las candidaturas (term show).
cli-nominations-from-to = Candidaturas: del { $opens } al { $closes } (UTC, ambos incluidos)
cli-nominations-from = Candidaturas: desde el { $opens } (UTC)
cli-nominations-until = Candidaturas: hasta el { $closes } (UTC, incluido)
cli-seconders = Avales necesarios: { FIGURE($n) }
cli-statement-words = Presentaciones: como máximo { FIGURE($n) } palabras

## Escrutar un fichero sin fichero electoral (scrutineer count).
cli-count-file = Fichero: { $file } (SHA-256 { $sha })
cli-count-set-sha = SHA-256 del conjunto de papeletas (canónico, semilla del sorteo): { $sha }
cli-count-format-detected = Formato: { $format } (detectado)
cli-count-format-given = Formato: { $format } (indicado)
cli-blank-not-compared = Una casilla en blanco significa: una candidatura sin clasificar no participa en ningún duelo en esa papeleta (sin opinión)
cli-blank-below-ranked = Una casilla en blanco significa: una candidatura sin clasificar queda por debajo de todas las clasificadas, empatada con las demás sin clasificar
cli-count-from-totals = Escrutado a partir de totales publicados (sin papeletas).

## Una candidatura (nominee show) y las candidaturas importadas.
cli-label-name = Nombre
cli-label-email = Correo electrónico
cli-label-employer = Empleador
cli-label-handle = Usuario
cli-label-nominated-by = Propuesta por
cli-label-nominator = Proponente
cli-label-nominated-at = Propuesta el
cli-label-late-because = Aceptada fuera de plazo porque
cli-label-accepted = Aceptó la candidatura
cli-withdrawn = Retirada
cli-seconded-by = Avalada por: { $name } <{ $email }>
cli-seconded-by-text = Avalada por: { $name } <{ $email }> (con un texto)
cli-endorsed-by = Apoyada por: { $name } <{ $email }>
cli-endorsed-by-text = Apoyada por: { $name } <{ $email }> (con un texto)
cli-statement-length = Presentación: { $n ->
        [one] { FIGURE($n) } palabra
       *[other] { FIGURE($n) } palabras
    }
cli-nominees-dry-run = Simulación: { $n ->
        [one] se importaría { FIGURE($n) } candidatura
       *[other] se importarían { FIGURE($n) } candidaturas
    } de { $file } ({ $kind }); no se ha cambiado nada.
cli-rows-would-be-refused = { $n ->
        [one] Se rechazaría { FIGURE($n) } fila:
       *[other] Se rechazarían { FIGURE($n) } filas:
    }
cli-wrote-files = { $n ->
        [one] Se ha escrito { FIGURE($n) } fichero
       *[other] Se han escrito { FIGURE($n) } ficheros
    } en { $folder }:

## Ajustes, y cómo se leyó un formulario.
cli-label-settings-file = Fichero de ajustes
cli-label-officer = Presidente/a de la mesa
cli-label-recent-file = Fichero reciente
cli-not-set = (sin definir)
cli-columns = Columnas: { $columns }
cli-line-at = línea { $line }:
cli-encoding-given = según se indicó
cli-encoding-bom = indicada al principio del fichero
cli-encoding-detected = detectada
cli-encoding-guessed = deducida de sus letras
cli-read-as = Leído como { $encoding } ({ $how }), separado por { $delimiter }.
cli-encodings-differ = { $chosen } y { $other } leen este fichero de forma distinta; se usó { $chosen }: { $why }. Para leerlo como { $other }: --encoding { $other }
cli-encodings-differ-line = línea { $line }: { $chosen-text }  |  como { $other }: { $other-text }
cli-timestamps = Marcas de tiempo: { $why }.
cli-date-example = línea { $line }: «{ $value }» es { $dmy } leyendo primero el día y { $mdy } leyendo primero el mes
cli-local-time = Las horas sin zona horaria se leen como su hora local ({ $zone }).

## Rows and words of human output (term show's Debian line, tie list, backup list, delimiters).
cli-debian-params = Debian: quórum { $quorum }, opción por defecto { $default }, mayorías { $majorities }
cli-debian-no-quorum = ninguno
cli-debian-last-option = (la última)
cli-tie-method-coin = moneda
cli-tie-method-lot = sorteo
cli-tie-method-casting-vote = voto de calidad
cli-tie-method-other = { $method }
cli-backup-row = { $name }{"\u0009"}{ $taken }{"\u0009"}antes de { $step }{"\u0009"}{ FIGURE($bytes) } bytes
cli-delim-comma = coma
cli-delim-semicolon = punto y coma
cli-delim-tab = tabulador
cli-delim-pipe = barra vertical
