# Les phrases de la ligne de commande (`scrutineer`). La sortie --json ne
# les utilise jamais. FIGURE($n) écrit un nombre avec les séparateurs de la
# langue ; $n choisit toujours le pluriel.

cli-error = erreur : { $message }
cli-error-busy = erreur : le fichier d’élection { $path } est utilisé par un autre programme (peut-être la fenêtre de Scrutineer) ; fermez-le ou réessayez.
cli-waiting = En attente du fichier d’élection : un autre programme (peut-être la fenêtre de Scrutineer) l’utilise…
cli-hint-create-dirs = ou ajoutez --create-dirs
cli-line = ligne { $line } : { $text }
cli-field = { $label } : { $value }
cli-by = par { $name }
cli-wrote = { $file } a été écrit.

## Nombres dans les listes.
cli-n-seats = { $n ->
        [one] { FIGURE($n) } siège
       *[other] { FIGURE($n) } sièges
    }
cli-n-voters = { $n ->
        [one] { FIGURE($n) } inscrit
       *[other] { FIGURE($n) } inscrits
    }
cli-n-nominees = { $n ->
        [one] { FIGURE($n) } candidat
       *[other] { FIGURE($n) } candidats
    }
cli-n-ballots = { $n ->
        [one] { FIGURE($n) } bulletin
       *[other] { FIGURE($n) } bulletins
    }

## Élections.
cli-term-created = Élection « { $term } » créée : { $seats ->
        [one] { FIGURE($seats) } siège
       *[other] { FIGURE($seats) } sièges
    }, { $method }, au plus { $cap } par employeur.
cli-term-created-no-cap = Élection « { $term } » créée : { $seats ->
        [one] { FIGURE($seats) } siège
       *[other] { FIGURE($seats) } sièges
    }, { $method }.
cli-term-imported = Élection « { $term } » créée à partir de { $folder } : { $seats ->
        [one] { FIGURE($seats) } siège
       *[other] { FIGURE($seats) } sièges
    }, { $method }, { $nominees ->
        [one] { FIGURE($nominees) } candidat
       *[other] { FIGURE($nominees) } candidats
    }, { $voters ->
        [one] { FIGURE($voters) } inscrit
       *[other] { FIGURE($voters) } inscrits
    }, { $ballots }.
cli-no-terms = Aucune élection pour l’instant. Créez-en une avec : scrutineer term create NOM --seats N --method approval
cli-label-term = Élection
cli-label-organisation = Organisation
cli-label-stage = Étape
cli-label-seats = Sièges
cli-label-method = Mode de scrutin
cli-label-seed = Graine du tirage au sort
cli-label-ties = Égalités départagées par
cli-certified-status = { $status } ; procès-verbal { $identifier }
cli-documents-in = Langue des documents : { $language } ({ $code })
cli-cap-per-employer = Au plus { $n ->
        [one] { FIGURE($n) } élu·e
       *[other] { FIGURE($n) } élu·e·s
    } par employeur
cli-cap-fraction = Au plus { $fraction } de l’instance par employeur (membres en exercice compris)
cli-sitting-member = Membre en exercice : { $name }
cli-sitting-member-employer = Membre en exercice : { $name } ({ $employer })
cli-none-of-the-above = Aucun des candidats : { $name } (un siège qu’il obtient reste vacant)
cli-stage-now = L’élection « { $term } » est maintenant à l’étape { $stage }.
cli-term-certified = L’élection « { $term } » est certifiée le { $when } par { $officer } ; elle ne peut plus être modifiée.
cli-term-certified-witness = L’élection « { $term } » est certifiée le { $when } par { $officer }, en présence de { $witness } ; elle ne peut plus être modifiée.
cli-certificate-identifier = Identifiant du procès-verbal : { $identifier }
cli-term-changed = Élection « { $term } » modifiée : { $seats ->
        [one] { FIGURE($seats) } siège
       *[other] { FIGURE($seats) } sièges
    }, mode { $method }, étape { $stage }.
cli-term-deleted = L’élection « { $term } » est supprimée (le fichier a d’abord été sauvegardé ; `scrutineer backup list`).

## Égalités.
cli-tie-recorded = Décision enregistrée ({ $method }, par { $by }) : { $order }. Dépouillez à nouveau avec : scrutineer tally { $term }
cli-tie-recorded-witness = Décision enregistrée ({ $method }, par { $by }, en présence de { $witness }) : { $order }. Dépouillez à nouveau avec : scrutineer tally { $term }
cli-tie-pending = À égalité : { $tied } ({ $context })
cli-tie-record-with = Enregistrez la décision avec : { $command }
cli-tie-none = Aucune égalité n’est en attente de décision.

## La liste électorale.
cli-roll-imported = { $n ->
        [one] { FIGURE($n) } électeur importé
       *[other] { FIGURE($n) } électeurs importés
    } depuis { $file } ({ $encoding }, séparateur { $delimiter }).
cli-roll-would-import = { $n ->
        [one] { FIGURE($n) } électeur serait importé
       *[other] { FIGURE($n) } électeurs seraient importés
    } depuis { $file } ({ $encoding }, séparateur { $delimiter }).
cli-refused-rows = { $n ->
        [one] { FIGURE($n) } ligne refusée :
       *[other] { FIGURE($n) } lignes refusées :
    }
cli-refused-rows-in = Les lignes refusées sont dans { $file }.
cli-preview-encoding = Encodage : { $encoding } ({ $source })
cli-preview-delimiter = Séparateur : { $delimiter }
cli-preview-column = { $field } <- colonne « { $header } »
cli-preview-row = ligne { $line } : { $name } <{ $email }>
cli-preview-summary = { $good ->
        [one] { FIGURE($good) } ligne valable
       *[other] { FIGURE($good) } lignes valables
    }, { $refused ->
        [one] { FIGURE($refused) } refusée
       *[other] { FIGURE($refused) } refusées
    }.
cli-roll-exported = { $n ->
        [one] { FIGURE($n) } électeur écrit
       *[other] { FIGURE($n) } électeurs écrits
    } dans { $file }.
cli-diff-added = { $name } <{ $email }>  (ligne { $line })
cli-diff-changed = { $name } <{ $email }> : { $fields } (ligne { $line })
cli-diff-summary = { FIGURE($added) } à ajouter, { FIGURE($removed) } à retirer, { FIGURE($changed) } modifiés, { FIGURE($unchanged) } inchangés.
cli-diff-summary-applied = { FIGURE($added) } à ajouter, { FIGURE($removed) } à retirer, { FIGURE($changed) } modifiés, { FIGURE($unchanged) } inchangés (modifications appliquées).
cli-voter-added = { $name } <{ $email }> est inscrit·e sur la liste électorale.
cli-voter-removed = { $name } <{ $email }> est radié·e de la liste électorale.
cli-marked-voted = { $n ->
        [one] { FIGURE($n) } électeur marqué
       *[other] { FIGURE($n) } électeurs marqués
    } comme ayant voté.
cli-voters-in-all = { $n ->
        [one] { FIGURE($n) } inscrit
       *[other] { FIGURE($n) } inscrits
    } au total.
cli-encoding-note = Remarque : ce fichier pourrait être en { $chosen } ou en { $other }, et les deux lisent certains noms différemment. Lu en { $chosen }, parce que { $why }.
cli-encoding-line = ligne { $line } : { $chosen-text } (en { $chosen })  /  { $other-text } (en { $other })
cli-encoding-hint = Si la seconde lecture est la bonne, ajoutez --encoding { $other } pour lire le fichier ainsi.

## Candidats.
cli-nominee-added = Candidature de « { $name } » ajoutée à l’élection « { $term } ».
cli-nominee-late = Candidature acceptée hors délai : { $reason } (consigné dans le journal d’audit).
cli-nominee-corrected = Candidature de « { $name } » corrigée ; le journal d’audit garde les anciennes et les nouvelles valeurs.
cli-nominee-endorsed = { $name } <{ $email }> soutient « { $nominee } ».
cli-nominee-accepted = « { $name } » a accepté sa candidature ({ $when }).
cli-nominee-withdrew = Candidature de « { $name } » retirée.
cli-nominees-imported = { $n ->
        [one] { FIGURE($n) } candidat importé
       *[other] { FIGURE($n) } candidats importés
    } depuis { $file } ({ $kind }).

## Bulletins et dépouillement.
cli-ballots-imported = { $n ->
        [one] { FIGURE($n) } bulletin importé
       *[other] { FIGURE($n) } bulletins importés
    } depuis { $file } (SHA-256 { $sha }).
cli-tally-figures = Inscrits : { FIGURE($eligible) }   Votants : { FIGURE($ballots) }   Participation : { $turnout }
cli-quorum-met = Quorum atteint
cli-quorum-not-met = Quorum NON atteint
cli-warning = Avertissement : { $warning }
cli-ballot-set-sha = SHA-256 de l’ensemble des bulletins : { $sha }

## Résultats, journal d’audit, dossiers de résultats.
cli-bundle-wrote = Dossier de résultats de l’élection « { $term } » écrit dans { $folder } :
cli-bundle-check = Vérifiez-le avec : scrutineer verify { $folder }
cli-bundle-verified = Dossier vérifié : SHA256SUMS correspond à chaque fichier, ballots.csv est canonique (SHA-256 { $sha }), et le nouveau dépouillement de « { $term } » ({ FIGURE($ballots) } bulletins) retrouve chaque chiffre de result.json. Élu·e·s : { $winners }.
cli-audit-intact = Journal d’audit intact : { FIGURE($entries) } entrées, dernière entrée { $seq } ({ $head }) ; l’état de chaque élection correspond à son journal.
cli-audit-acknowledged = L’état actuel est enregistré avec votre motif ; le journal d’audit passe désormais la vérification ({ FIGURE($entries) } entrées, dernière entrée { $seq }).

## Sauvegardes et réglages.
cli-backups-none = Il n’y a pas encore de sauvegarde de { $file } (dans { $folder }).
cli-backed-up = Sauvegardé dans { $file }.
cli-restored = { $name } a été restauré. Le fichier tel qu’il était est sauvegardé sous { $file }.
cli-saved-copy = Une copie du fichier d’élection est enregistrée sous { $file }.
cli-officer-set = La présidence du bureau est assurée par { $name } : le journal d’audit mentionne désormais ce nom.
cli-officer-cleared = Le nom de la personne qui préside le bureau est effacé.

## Règles des candidatures (term show).
cli-nominations-from-to = Candidatures : du { $opens } au { $closes } (UTC, inclus)
cli-nominations-from = Candidatures : à partir du { $opens } (UTC)
cli-nominations-until = Candidatures : jusqu’au { $closes } (UTC, inclus)
cli-seconders = Parrainages requis : { FIGURE($n) }
cli-statement-words = Professions de foi : au plus { FIGURE($n) } mots

## Dépouiller un fichier sans fichier d’élection (scrutineer count).
cli-count-file = Fichier : { $file } (SHA-256 { $sha })
cli-count-set-sha = SHA-256 de l’ensemble des bulletins (canonique, graine du tirage) : { $sha }
cli-count-format-detected = Format : { $format } (détecté)
cli-count-format-given = Format : { $format } (indiqué)
cli-blank-not-compared = Une case vide signifie : un candidat non classé ne prend part à aucun duel sur ce bulletin (sans opinion)
cli-blank-below-ranked = Une case vide signifie : un candidat non classé est placé après tous les candidats classés, à égalité avec les autres non classés
cli-count-from-totals = Dépouillé à partir de totaux publiés (aucun bulletin).

## Un candidat (nominee show) et les candidatures importées.
cli-label-name = Nom
cli-label-email = Adresse électronique
cli-label-employer = Employeur
cli-label-handle = Identifiant
cli-label-nominated-by = Présenté·e par
cli-label-nominator = Auteur de la présentation
cli-label-nominated-at = Présenté·e le
cli-label-late-because = Candidature acceptée hors délai parce que
cli-label-accepted = Candidature acceptée
cli-withdrawn = Retirée
cli-seconded-by = Parrainé·e par : { $name } <{ $email }>
cli-seconded-by-text = Parrainé·e par : { $name } <{ $email }> (avec un texte)
cli-endorsed-by = Soutenu·e par : { $name } <{ $email }>
cli-endorsed-by-text = Soutenu·e par : { $name } <{ $email }> (avec un texte)
cli-statement-length = Profession de foi : { $n ->
        [one] { FIGURE($n) } mot
       *[other] { FIGURE($n) } mots
    }
cli-nominees-dry-run = Essai à blanc : { $n ->
        [one] { FIGURE($n) } candidat serait importé
       *[other] { FIGURE($n) } candidats seraient importés
    } depuis { $file } ({ $kind }) ; rien n’a été modifié.
cli-rows-would-be-refused = { $n ->
        [one] { FIGURE($n) } ligne serait refusée :
       *[other] { FIGURE($n) } lignes seraient refusées :
    }
cli-wrote-files = { $n ->
        [one] { FIGURE($n) } fichier écrit
       *[other] { FIGURE($n) } fichiers écrits
    } dans { $folder } :

## Réglages, et lecture d’un formulaire.
cli-label-settings-file = Fichier de réglages
cli-label-officer = Président·e du bureau
cli-label-recent-file = Fichier récent
cli-not-set = (non défini)
cli-columns = Colonnes : { $columns }
cli-line-at = ligne { $line } :
cli-encoding-given = tel qu’indiqué
cli-encoding-bom = indiqué au début du fichier
cli-encoding-detected = détecté
cli-encoding-guessed = déduit de ses lettres
cli-read-as = Lu en { $encoding } ({ $how }), séparateur { $delimiter }.
cli-encodings-differ = { $chosen } et { $other } lisent ce fichier différemment ; { $chosen } a été utilisé : { $why }. Pour le lire en { $other } : --encoding { $other }
cli-encodings-differ-line = ligne { $line } : { $chosen-text }  |  en { $other } : { $other-text }
cli-timestamps = Horodatages : { $why }.
cli-date-example = ligne { $line } : « { $value } » se lit { $dmy } avec le jour en premier, { $mdy } avec le mois en premier
cli-local-time = Les heures sans fuseau sont lues comme votre heure locale ({ $zone }).

## Rows and words of human output (term show's Debian line, tie list, backup list, delimiters).
cli-debian-params = Debian : quorum { $quorum }, option par défaut { $default }, majorités { $majorities }
cli-debian-no-quorum = aucun
cli-debian-last-option = (la dernière)
cli-tie-method-coin = pile ou face
cli-tie-method-lot = tirage au sort
cli-tie-method-casting-vote = voix prépondérante
cli-tie-method-other = { $method }
cli-backup-row = { $name }{"\u0009"}{ $taken }{"\u0009"}avant { $step }{"\u0009"}{ FIGURE($bytes) } octets
cli-delim-comma = virgule
cli-delim-semicolon = point-virgule
cli-delim-tab = tabulation
cli-delim-pipe = barre verticale
