# The window's words for the work on a term: roll, nominees, ballots, results, imports and
# their wizards, the count's explanation. Read by ui/src/i18n.ts.
#
# Glossaire (comme documents.ftl et count.ftl ; on vouvoie ; espace insécable avant « : »,
# espace fine insécable avant ; ? ! %, et à l’intérieur des guillemets « »)
#   voter roll = liste électorale ; voter = électeur ; eligible voters = inscrits ; ballots cast = votants,
#     bulletins déposés ; ballot = bulletin ; batch = lot ; totals = totaux ; voting = vote
#   nominee = candidat (participe en ·e après un nom : ajouté·e, élu·e) ; nomination = candidature ; withdrawn = retiré·e
#   self-nominated = candidature spontanée ; nominated by = présenté·e par ; seconder = parrain
#   endorsement = soutien ; statement = profession de foi ; handle = identifiant ; employer = employeur
#   seat = siège ; count = dépouillement (dépouiller) ; method = mode de scrutin ; round = tour
#   quota = quotient ; elected = élu·e ; excluded (STV) = éliminé·e ; disqualified = écarté·e
#   tie = égalité ; draw = tirage au sort ; seed = graine ; casting vote = voix prépondérante
#   head-to-head = duel ; rank = rang ; turnout = participation ; quorum = quorum
#   returning officer = président·e du bureau ; witness = assesseur·e (« en présence de »)
#   certify = certifier ; certificate = procès-verbal ; audit log = journal d’audit
#   announcement = annonce ; booklet = livret des candidatures ; refused row = ligne refusée
#   term = élection (cette élection)

## Shared by the wizards (wizard.ts, importForm.ts, encodingChoice.ts)

ui-quoted = « { $text } »
ui-wiz-enc-utf8 = UTF-8 (la plupart des fichiers)
ui-wiz-enc-1252 = Windows-1252 (Europe occidentale, Excel)
ui-wiz-enc-8859-2 = ISO-8859-2 (Europe centrale)
ui-wiz-enc-1250 = Windows-1250 (Europe centrale, Excel)
ui-wiz-delim-comma = Virgules ( , )
ui-wiz-delim-semicolon = Points-virgules ( ; )
ui-wiz-delim-tab = Tabulations
ui-wiz-delim-pipe = Barres verticales ( | )
ui-wiz-source-given = selon votre choix
ui-wiz-source-bom = indiqué au début du fichier
ui-wiz-source-utf16 = reconnu d’après les octets du fichier
ui-wiz-source-utf8 = le fichier est en UTF-8 valide
ui-wiz-source-detected = déduit des lettres du fichier : vérifiez que les noms ci-dessous s’affichent correctement
ui-wiz-not-in-file = — absent du fichier —
ui-wiz-no-header = (sans en-tête)
ui-wiz-mapping = Contenu de chaque colonne
ui-wiz-refused-heading = Lignes qui seront refusées
ui-wiz-line-prefix = Ligne { $line } :{" "}
ui-wiz-line-reason = Ligne { $line } : { $reason }
ui-wiz-more-rows = … et { $n ->
        [one] { $n } autre ligne
       *[other] { $n } autres lignes
    }.
ui-wiz-step-1 = 1. Choisir le fichier
ui-wiz-check = Vérifier le fichier
ui-wiz-read-as = Lu en { $encoding } ({ $source }), colonnes séparées par { $delimiter }.
ui-wiz-encoding = Encodage du texte
ui-wiz-encoding-hint = Changez-le si des lettres comme é, ö ou ł s’affichent mal ci-dessous.
ui-wiz-delimiter = Colonnes séparées par
ui-wiz-choose-file = Choisir le fichier…
ui-wiz-choose-folder = Choisir le dossier…
ui-wiz-path-optional = {" "}— choisissez-le ou saisissez le chemin du fichier
ui-wiz-all-files = Tous les fichiers
ui-import-need-file = Choisissez d’abord le fichier (ou saisissez son chemin), puis importez-le.
ui-enc-question = Ce fichier est-il en { $chosen } ou en { $other } ?
ui-enc-explain = Les deux encodages lisent certains noms différemment. Le fichier a été lu en { $chosen }, car { $why }. Quelle colonne montre les noms tels qu’ils doivent être ?
ui-enc-line = Ligne
ui-enc-as = En { $encoding }
ui-enc-keep = Garder { $encoding }
ui-enc-read-as = Lire en { $encoding }
ui-import-placeholder = /home/…/fichier.csv

## The refused rows (refused.ts)

ui-refused-save-title = Enregistrer les lignes refusées
ui-refused-saving = Enregistrement des lignes refusées…
ui-refused-saved = Lignes refusées enregistrées.
ui-refused-heading = Lignes refusées
ui-refused-explain = La dernière importation a refusé { $n ->
        [one] { $n } ligne
       *[other] { $n } lignes
    }. Ces électeurs ne sont pas inscrits sur la liste électorale : corrigez le fichier et importez-le de nouveau, ou ajoutez-les à la main.
ui-refused-why = Motif du refus
ui-refused-save = Enregistrer en CSV…

## Words used across the work views

ui-field-required = Obligatoire
ui-field-optional = Facultatif
ui-col-name = Nom
ui-col-email = Adresse e-mail
ui-reason-audit = Motif (conservé dans le journal d’audit)
ui-cannot-import-yet = Ce fichier ne peut pas encore être importé.{" "}
ui-choose-columns = {" "}Choisissez les bonnes colonnes ci-dessus.
ui-filter-text = Texte

## The voter roll (roll.ts)

ui-roll-field-name = Nom complet
ui-roll-field-name-hint = Ou prénom et nom
ui-roll-field-first-name = Prénom
ui-roll-field-last-name = Nom de famille
ui-roll-field-email = Adresse e-mail
ui-roll-field-id = Numéro d’adhérent
ui-roll-field-weight = Poids du vote
ui-roll-field-weight-hint = Facultatif ; 1 si vide
ui-roll-field-membership = Type d’adhésion
ui-roll-col-weight = Poids
ui-roll-col-membership = Adhésion
ui-roll-placeholder = /home/…/liste.csv
ui-roll-dialog-title = Choisir la liste électorale
ui-roll-filter = Liste électorale (CSV)
ui-roll-need-file = Choisissez d’abord le fichier de la liste électorale (ou saisissez son chemin), puis vérifiez-le.
ui-roll-checking = Vérification du fichier…
ui-roll-import = Importer
ui-roll-import-n = Importer { $n ->
        [one] { $n } électeur
       *[other] { $n } électeurs
    }
ui-roll-fix-columns = Corrigez d’abord les colonnes ci-dessus : rien ne peut encore être importé.
ui-roll-adds-hint = L’importation ajoute les électeurs qui ne sont pas encore inscrits ; les personnes déjà inscrites sont signalées, pas ajoutées deux fois. Les lignes refusées ne sont pas importées.
ui-roll-refused-hint = Les lignes refusées ne sont pas importées ; vous pourrez ajouter ces électeurs à la main plus tard, ou corriger le fichier et l’importer de nouveau.
ui-roll-step-2 = 2. Vérifier la lecture du fichier
ui-roll-step-3 = 3. Importer
ui-roll-counts = { $ready }, aucune ligne refusée.
ui-roll-counts-refused = { $ready }, { $refused }.
ui-roll-ready = { $n ->
        [one] { $n } électeur prêt
       *[other] { $n } électeurs prêts
    }
ui-roll-will-refuse = { $n ->
        [one] { $n } ligne sera refusée
       *[other] { $n } lignes seront refusées
    }
ui-roll-preview-label = Aperçu des électeurs
ui-roll-preview-first = Les { $shown } premiers sur { $n ->
        [one] { $n } électeur
       *[other] { $n } électeurs
    }, tels qu’ils seront importés
ui-roll-preview-all = Les électeurs, tels qu’ils seront importés
ui-roll-file-label = Fichier de la liste électorale
ui-roll-file-hint = Un fichier CSV dont la première ligne nomme les colonnes (tout encodage ; virgules, points-virgules ou tabulations). Vous verrez comment il est lu avant toute importation.
ui-roll-heading = Importer la liste électorale
ui-roll-heading-update = Importer des électeurs ou mettre à jour la liste
ui-roll-replace = Remplacer la liste électorale
ui-roll-replace-need-reason = Indiquez le motif du remplacement de la liste : il est consigné dans le journal d’audit.
ui-roll-replacing = Remplacement de la liste électorale…
ui-roll-replace-explain = Aligner exactement la liste électorale de { $term } sur ce fichier : les électeurs absents du fichier sont radiés, les nouveaux sont inscrits et les informations modifiées sont mises à jour.
ui-roll-already = Cette élection compte déjà { $n ->
        [one] { $n } inscrit
       *[other] { $n } inscrits
    } sur sa liste électorale.
ui-roll-comparing = Comparaison avec la liste…
ui-roll-compare = Comparer avec la liste actuelle
ui-roll-replace-with-file = Remplacer la liste par ce fichier…
ui-roll-diff-more = … et { $n ->
        [one] { $n } autre
       *[other] { $n } autres
    }
ui-roll-diff-title = { $title } : { $n }
ui-roll-diff-summary = { $changes }, { $unchanged } sans changement.
ui-roll-diff-changes = { $added } à ajouter, { $removed } à radier, { $changed } à modifier
ui-roll-diff-add = À ajouter
ui-roll-diff-remove = À radier
ui-roll-diff-change = À modifier
ui-roll-diff-refused = Lignes refusées
ui-roll-diff-field-name = nom
ui-roll-diff-field-id = numéro d’adhérent
ui-roll-diff-field-weight = poids
ui-roll-diff-field-membership = adhésion
ui-roll-need-name = Saisissez le nom de l’électeur.
ui-roll-need-email = Saisissez l’adresse e-mail de l’électeur.
ui-roll-need-add-reason = Indiquez le motif de l’inscription de cet électeur : il est consigné dans le journal d’audit.
ui-roll-adding = Inscription de l’électeur…
ui-roll-added = { $name } <{ $email }> est inscrit·e sur la liste électorale.
ui-roll-add-heading = Inscrire un électeur
ui-roll-add-reason-hint = Par exemple : absent de la liste des adhérents, confirmé par le secrétaire.
ui-roll-add = Inscrire l’électeur
ui-roll-need-remove-email = Saisissez l’adresse e-mail de l’électeur à radier.
ui-roll-need-remove-reason = Indiquez le motif de la radiation de cet électeur : il est consigné dans le journal d’audit.
ui-roll-removing = Radiation de l’électeur…
ui-roll-removed = { $name } <{ $email }> est radié·e de la liste électorale.
ui-roll-remove-heading = Radier un électeur
ui-roll-remove-email = Adresse e-mail de l’électeur
ui-roll-remove-reason-hint = Par exemple : adhésion échue avant la date limite.
ui-roll-remove = Radier l’électeur
ui-roll-by-hand = Modifier la liste à la main
ui-roll-export-csv = Liste électorale (CSV)…
ui-roll-export-csv-title = Enregistrer : liste électorale (CSV)
ui-roll-export-helios = Fichier d’électeurs Helios…
ui-roll-export-helios-title = Enregistrer : fichier d’électeurs Helios
ui-roll-export-emails = Liste des adresses e-mail…
ui-roll-export-emails-title = Enregistrer : liste des adresses e-mail
ui-roll-export-voted = Émargements…
ui-roll-export-voted-title = Enregistrer : émargements
ui-roll-save-heading = Enregistrer la liste électorale
ui-roll-save-explain = Pour le service de vote : toute la liste en CSV, un fichier d’électeurs Helios, ou une adresse e-mail par ligne. Après le vote, « Émargements » liste les électeurs marqués comme ayant voté (jamais rattachés à un bulletin).
ui-roll-saved = { $n ->
        [one] { $n } électeur enregistré.
       *[other] { $n } électeurs enregistrés.
    }

## Importing nominations (nominationImport.ts)

ui-and-list = { $init } et { $last }
ui-list-sep = {", "}
ui-words = { $n ->
        [one] { $n } mot
       *[other] { $n } mots
    }
ui-utc-time = { $date } { $time } UTC
ui-nimp-field-name = Candidat
ui-nimp-field-email = Adresse e-mail du candidat
ui-nimp-field-employer = Employeur ou affiliation
ui-nimp-field-nominator = Présenté·e par
ui-nimp-field-nominator-hint = « self », ou l’adresse e-mail ou le numéro d’un adhérent
ui-nimp-field-statement = Profession de foi
ui-nimp-field-statement-hint = Markdown, conservé tel quel
ui-nimp-field-timestamp = Envoyée le (horodatage)
ui-nimp-field-timestamp-hint = Comparé à la période de dépôt des candidatures
ui-nimp-field-handle = Identifiant
ui-nimp-field-handle-hint = p. ex. un identifiant GitHub
ui-nimp-field-seconders = Parrains
ui-nimp-field-seconders-hint = Adresses e-mail ou numéros d’adhérent, séparés par des virgules
ui-nimp-order-choose = — choisissez l’ordre —
ui-nimp-order-as-file-dmy = Comme dans le fichier (jour/mois/année)
ui-nimp-order-as-file-mdy = Comme dans le fichier (mois/jour/année)
ui-nimp-order-dmy = Jour/mois/année (la plupart des pays d’Europe)
ui-nimp-order-mdy = Mois/jour/année (États-Unis)
ui-nimp-order-dmy-example = Jour/mois/année : « { $value } » est le { $date }
ui-nimp-order-mdy-example = Mois/jour/année : « { $value } » est le { $date }
ui-nimp-placeholder = /home/…/candidatures.csv, ou un dossier de candidate-*.md
ui-nimp-folder-title = Choisir le dossier des fichiers de candidats Elekto
ui-nimp-file-title = Choisir le fichier des candidatures
ui-nimp-filter-form = Réponses au formulaire (CSV)
ui-nimp-filter-elekto = Fichier de candidat Elekto
ui-nimp-need-file = Choisissez d’abord le fichier ou le dossier des candidatures (ou saisissez son chemin), puis vérifiez-le.
ui-nimp-checking = Vérification des candidatures…
ui-nimp-order-label = Ordre du jour et du mois dans les horodatages
ui-nimp-order-ambiguous = Aucun jour du fichier ne dépasse 12 : chaque date se lit donc de deux façons. À la ligne { $line }, « { $value } » est le { $dmy } en jour/mois (la plupart des pays d’Europe) ou le { $mdy } en mois/jour (États-Unis). Choisissez l’ordre utilisé par le formulaire.
ui-nimp-local-time = Les heures sans fuseau horaire sont lues à votre heure locale ({ $zone }).
ui-nimp-step-2-elekto = 2. Les fichiers de candidats
ui-nimp-elekto-explain = Fichiers de candidats Elekto : l’en-tête de chaque fichier donne le nom, le champ ID (conservé comme identifiant) et l’employeur ; le Markdown qui suit est la profession de foi, conservée telle quelle.
ui-nimp-step-2 = 2. Vérifier la lecture du fichier et le contenu de chaque colonne
ui-nimp-shared = La colonne « { $column } » est choisie pour { $fields }.{" "}
ui-nimp-shared-check = Vérifiez que c’est bien ce que vous voulez.
ui-nimp-choose-order = {" "}Choisissez l’ordre du jour et du mois ci-dessus.
ui-nimp-step-3 = 3. Ce que fera l’importation
ui-nimp-step-4 = 4. Importer
ui-nimp-counts = { $ready }, rien de refusé.
ui-nimp-counts-refused = { $ready }, { $refused }.
ui-nimp-ready = { $n ->
        [one] { $n } candidature prête
       *[other] { $n } candidatures prêtes
    }
ui-nimp-files-will-refuse = { $n ->
        [one] { $n } fichier sera refusé
       *[other] { $n } fichiers seront refusés
    }
ui-nimp-late-label = Motif d’acceptation des candidatures envoyées hors de la période de dépôt
ui-nimp-late-hint = Consigné dans le journal d’audit avec chaque candidature tardive. Laissez vide pour les refuser.
ui-nimp-importing = Importation des candidatures…
ui-nimp-imported = { $n ->
        [one] { $n } candidat importé.
       *[other] { $n } candidats importés.
    }
ui-nimp-files-were-refused = { $n ->
        [one] { $n } fichier a été refusé :
       *[other] { $n } fichiers ont été refusés :
    }
ui-nimp-rows-were-refused = { $n ->
        [one] { $n } ligne a été refusée :
       *[other] { $n } lignes ont été refusées :
    }
ui-nimp-import-n = Importer { $n ->
        [one] { $n } candidature
       *[other] { $n } candidatures
    }
ui-nimp-ready-hint = Les candidatures prêtes sont importées ensemble, en une seule étape, chacune vérifiée de nouveau à l’enregistrement. Les lignes refusées ne sont pas importées : ajoutez ces candidats à la main, ou corrigez le fichier et vérifiez-le de nouveau.
ui-nimp-order-first = Choisissez d’abord l’ordre du jour et du mois ci-dessus : rien ne peut encore être importé.
ui-nimp-nothing = Rien dans ce fichier ne peut être importé : voyez pourquoi ci-dessus.
ui-nimp-file-label = Fichier ou dossier des candidatures
ui-nimp-path-optional = {" "}— choisissez-le ou saisissez son chemin
ui-nimp-choose-csv = Choisir le fichier CSV…
ui-nimp-choose-elekto = Choisir le dossier Elekto…
ui-nimp-file-hint = Un CSV exporté d’un formulaire web (une candidature par ligne, une première ligne qui nomme les colonnes : horodatage, candidat, e-mail, employeur, présenté par, profession de foi), ou un dossier de fichiers Elekto candidate-*.md. Vous verrez comment il est lu, et ce qui serait importé, avant toute importation.
ui-nimp-heading = Importer les candidatures
ui-nimp-sample-label = Les premières lignes du fichier
ui-nimp-sample-caption = { $n ->
        [one] La première ligne
       *[other] Les { $n } premières lignes
    } du fichier, telles que lues
ui-nimp-sample-caption-cols = { $n ->
        [one] La première ligne
       *[other] Les { $n } premières lignes
    } du fichier, telles que lues (les { $cols } premières colonnes sur { $total })
ui-nimp-ready-label = Les candidatures prêtes à importer
ui-nimp-ready-first = Les { $shown } premières sur { $n ->
        [one] { $n } candidature
       *[other] { $n } candidatures
    }, telles qu’elles seront importées
ui-nimp-ready-all = Les candidatures, telles qu’elles seront importées
ui-nimp-col-id = Identifiant
ui-nimp-col-sent = Envoyée le
ui-nimp-late-badge = {" "}tardive
ui-nimp-self = Candidature spontanée

## Nominees (nominee.ts)

ui-nom-col-affiliation = Affiliation
ui-nom-col-status = Statut
ui-nom-words-over = { $n ->
        [one] { $n } mot
       *[other] { $n } mots
    } : { $over ->
        [one] { $over } mot
       *[other] { $over } mots
    } au-delà de la limite de { $limit }. Raccourcissez la profession de foi avant d’enregistrer.
ui-nom-words-of = { $n ->
        [one] { $n } mot
       *[other] { $n } mots
    } sur { $limit } autorisés
ui-nom-optional = {" "}(facultatif)
ui-nom-preview-label = Aperçu de la profession de foi
ui-nom-preview-empty = La profession de foi s’affiche ici telle que les électeurs la liront.
ui-nom-statement-hint = Markdown : # pour un titre, - ou 1. pour une liste, **gras**, *italique*, [texte](https://…) pour un lien, :smile: pour un emoji. Enregistré exactement tel qu’écrit.
ui-nom-preview = Aperçu
ui-nom-too-long = La profession de foi compte { $n ->
        [one] { $n } mot
       *[other] { $n } mots
    } ; cette élection en autorise { $limit }. Raccourcissez-la de { $over ->
        [one] { $over } mot
       *[other] { $over } mots
    }.
ui-nom-export-title = Enregistrer : { $what }
ui-nom-export-saved = Enregistré : { $what }.
ui-nom-export-markdown = Liste des candidats (Markdown, pour un forum)
ui-nom-export-markdown-saving = Enregistrement de la liste des candidats (Markdown)…
ui-nom-export-html = Liste des candidats (page web)
ui-nom-export-html-saving = Enregistrement de la liste des candidats (page web)…
ui-nom-export-pdf = Livret des candidatures (PDF)
ui-nom-export-pdf-saving = Enregistrement du livret des candidatures (PDF)…
ui-nom-export-helios = Questions Helios (JSON)
ui-nom-export-helios-saving = Enregistrement des questions Helios (JSON)…
ui-nom-export-opavote = OpaVote / OpenSTV (en-tête BLT)
ui-nom-export-opavote-saving = Enregistrement de l’en-tête BLT pour OpaVote / OpenSTV…
ui-nom-export-bettervoting = Candidats BetterVoting (JSON)
ui-nom-export-bettervoting-saving = Enregistrement des candidats BetterVoting (JSON)…
ui-nom-export-elekto = Fichiers de candidats Elekto (un dossier)
ui-nom-export-elekto-saving = Enregistrement des fichiers de candidats Elekto…
ui-nom-export-csv = Liste des candidats (CSV)
ui-nom-export-csv-saving = Enregistrement de la liste des candidats (CSV)…
ui-nom-filter-web = Page web
ui-nom-files-in = { $n ->
        [one] { $n } fichier
       *[other] { $n } fichiers
    } dans { $path }
ui-nom-publish-heading = Publier les candidatures
ui-nom-publish-explain = Enregistrez la liste des candidats pour les électeurs, ou la configuration du bulletin dans le service de vote. Les candidatures retirées n’y figurent pas.
ui-nom-needs-seconders = Cette élection exige { $n ->
        [one] { $n } parrain inscrit
       *[other] { $n } parrains inscrits
    } sur la liste électorale.
ui-nom-seconders-hint = Des adhérents inscrits sur la liste, par adresse e-mail ou numéro d’adhérent.
ui-nom-one-per-line = { $needs } Un par ligne.
ui-nom-period-from-until = Les candidatures sont ouvertes du { $opens } au { $closes } (UTC).
ui-nom-period-from = Les candidatures sont ouvertes à partir du { $opens } (UTC).
ui-nom-period-until = Les candidatures sont ouvertes jusqu’au { $closes } (UTC).
ui-nom-need-name = Saisissez le nom du candidat.
ui-nom-adding = Ajout du candidat…
ui-nom-add-heading = Ajouter un candidat
ui-nom-name-hint = Tel qu’il figure dans l’en-tête du fichier de bulletins.
ui-nom-employer-hint = Sert au nombre maximal d’élus par employeur.
ui-nom-handle-hint = P. ex. un identifiant GitHub.
ui-nom-nominator-hint = Saisissez « self » pour une candidature spontanée, ou l’adresse e-mail ou le numéro d’adhérent de la personne qui présente la candidature, tel qu’il figure sur la liste.
ui-nom-late-label = Motif d’acceptation hors de la période de dépôt
ui-nom-kept-audit = Consigné dans le journal d’audit.
ui-nom-add = Ajouter le candidat
ui-nom-status-withdrawn = Retirée
ui-nom-status-accepted = Acceptée
ui-nom-status-nominated = Présentée
ui-nom-self-nominated = Candidature spontanée
ui-nom-loading-list = Chargement des candidats…
ui-nom-added = { $name } a été ajouté·e.
ui-nom-added-next = Ajoutez le candidat suivant, ou ouvrez une candidature pour voir sa profession de foi telle que les électeurs la verront.
ui-nom-list-closed = Le vote est ouvert, la liste des candidats est donc close : une candidature ne peut plus qu’être retirée.
ui-nom-withdraw-a-nominee = Retirer une candidature
ui-nom-list-heading = Candidatures : { $n }
ui-nom-empty = Aucun candidat pour l’instant : ajoutez le premier ci-dessous, ou importez les candidatures (l’export CSV d’un formulaire, ou des fichiers de candidats Elekto) avec « Importer les candidatures » plus bas.
ui-nom-empty-closed = Aucun candidat : le vote s’est ouvert avant l’ajout du moindre candidat, la liste est donc close.
ui-nom-table-label = Candidatures
ui-nom-withdraw-name-dots = Retirer { $name }…
ui-nom-withdraw-dots = Retirer…
ui-nom-withdraw-need-reason = Indiquez le motif du retrait de la candidature : il est consigné dans le journal d’audit.
ui-nom-withdrawing = Retrait de la candidature…
ui-nom-withdrawn = La candidature de { $name } est retirée.
ui-nom-withdrawn-reopened = L’élection est rouverte : dépouillez de nouveau les votes.
ui-nom-withdrawn-later = Au dépouillement, les préférences suivantes des bulletins concernés comptent à sa place.
ui-nom-withdraw-ask = Retirer la candidature de { $name } ? Elle reste sur la liste, marquée comme retirée, et n’est pas prise en compte au dépouillement.
ui-nom-withdraw-name = Retirer { $name }
ui-nom-breadcrumb = Fil d’Ariane
ui-nom-back = ← Candidatures : { $term }
ui-nom-loading = Chargement du candidat…
ui-nom-edit = Modifier…
ui-nom-endorse = Soutenir…
ui-nom-accepting = Enregistrement de l’acceptation…
ui-nom-accepted = { $name } a accepté sa candidature.
ui-nom-accepted-audit = L’acceptation et sa date figurent dans le journal d’audit.
ui-nom-accept = Enregistrer l’acceptation
ui-nom-edit-need-name = Le nom ne peut pas rester vide.
ui-nom-edit-nothing = Rien n’a changé : corrigez d’abord un champ.
ui-nom-edit-need-reason = Indiquez le motif de la correction : il est consigné dans le journal d’audit avec les anciennes et nouvelles valeurs.
ui-nom-edit-saving = Enregistrement de la correction…
ui-nom-edit-saved = Correction enregistrée pour { $name }.
ui-nom-edit-saved-audit = Les anciennes et nouvelles valeurs et le motif figurent dans le journal d’audit.
ui-nom-edit-heading = Corriger la candidature
ui-nom-edit-nominator-hint = « self », ou l’adresse e-mail ou le numéro d’adhérent de la personne qui présente la candidature, tel qu’il figure sur la liste.
ui-nom-edit-reason = Motif de la correction (conservé dans le journal d’audit)
ui-nom-edit-save = Enregistrer la correction
ui-nom-endorse-need = Saisissez l’adresse e-mail ou le numéro d’adhérent de l’adhérent qui apporte son soutien.
ui-nom-endorsing = Ajout du soutien…
ui-nom-endorsed = { $by } soutient { $name }.
ui-nom-endorse-heading = Soutenir { $name }
ui-nom-endorse-by = Adhérent (adresse e-mail ou numéro d’adhérent tel que sur la liste)
ui-nom-endorsement = Soutien
ui-nom-endorsement-hint = Markdown, tel que l’adhérent l’a écrit.
ui-nom-endorse-save = Ajouter le soutien
ui-nom-fact-nominated-on = Candidature présentée le
ui-nom-fact-late = Acceptée hors délai, car
ui-nom-fact-acceptance = Acceptation
ui-nom-accepted-on = Acceptée le { $when }
ui-nom-not-accepted = Pas encore acceptée
ui-nom-count-heading = { $title } : { $n }
ui-nom-certified = L’élection est certifiée : plus rien ne peut y changer.
ui-nom-locked = Le vote est ouvert : la candidature ne peut plus être corrigée ni recevoir de soutien, car les bulletins nomment les candidats tels qu’ils étaient à l’ouverture du vote. Une candidature peut encore être retirée, avec un motif consigné dans le journal d’audit.
ui-nom-no-statement = Pas de profession de foi.
ui-nom-no-seconders = Aucun parrain.
ui-nom-endorsements = Soutiens
ui-nom-no-endorsements = Aucun soutien pour l’instant.

## The count explained (explain.ts)

ui-explain-figure-approval = Approbations
ui-explain-figure-plurality = Voix
ui-explain-figure-star = Totaux des notes
ui-explain-figure-condorcet = Duels gagnés
ui-explain-figure-rounds = Voix à la fin du dépouillement
ui-explain-figure-other = Résultats finaux
ui-explain-heading = Déroulement du dépouillement
ui-explain-for-each = { $figure }, pour chaque candidat.
ui-explain-elected = Élu·e
ui-explain-disqualified = Écarté·e
ui-explain-action-elected = élu·e
ui-explain-action-excluded = éliminé·e
ui-explain-action-group-excluded = écarté·e par une règle
ui-explain-action-surplus = excédent transféré
ui-explain-action-withdrawn = retiré·e
ui-explain-round = Tour { $n }
ui-explain-cell-title = { $name } : { $action }
ui-explain-cell-title-reason = { $name } : { $action } ({ $reason })
ui-explain-not-in-round = absent de ce tour
ui-explain-keep = coefficient de conservation { $keep }
ui-explain-quota = Quotient
ui-explain-non-transferable = Non transférables
ui-explain-what-happened = Ce qui s’est passé
ui-explain-action = { $name } : { $action }
ui-explain-action-reason = { $name } : { $action } ({ $reason })
ui-explain-rounds = Tour par tour
ui-explain-rounds-explain = Le dépouillement a compté { $n ->
        [one] { $n } tour
       *[other] { $n } tours
    }. Chaque colonne est un tour ; le vert marque un candidat élu à ce tour, le rouge un candidat éliminé.
ui-explain-matrix-corner = Candidat de la ligne, contre candidat de la colonne
ui-explain-same-nominee = même candidat
ui-explain-over = { $row } contre { $col } : { $n }
ui-explain-over-wins = { $row } contre { $col } : { $n } (gagné)
ui-explain-wins = {" "}(gagné)
ui-explain-pairwise = Duels
ui-explain-pairwise-explain = Chaque nombre indique combien de bulletins préfèrent le candidat de la ligne au candidat de la colonne. En vert : le candidat de la ligne a gagné ce duel.
ui-explain-paths = Chemins les plus forts
ui-explain-paths-explain = Méthode de Schulze : la force de la plus forte chaîne de victoires du candidat de la ligne au candidat de la colonne. Gagne le candidat dont les chemins sont au moins aussi forts que chaque chemin adverse en retour.
ui-explain-locked = Paires verrouillées
ui-explain-locked-explain = Paires classées : les victoires sont prises de la plus large marge à la plus étroite ; chacune est verrouillée sauf si elle contredit des victoires déjà verrouillées.
ui-explain-locked-pair = { $winner } devant { $loser } de { $n ->
        [one] { $n } voix
       *[other] { $n } voix
    } : { $badge }
ui-explain-locked-in = Verrouillée
ui-explain-skipped = Ignorée : elle créerait un cycle
ui-explain-runoff-seat = Second tour pour le siège { $seat }
ui-explain-scoring = Tour de notation
ui-explain-scoring-explain = Les deux candidats aux totaux de notes les plus élevés vont au second tour.
ui-explain-score-totals-seat = Totaux des notes pour le siège { $seat }
ui-explain-finalist = Finaliste
ui-explain-runoff = Second tour automatique
ui-explain-runoff-explain = Chaque bulletin compte pour le finaliste qu’il a le mieux noté.
ui-explain-ballots-that = Bulletins qui
ui-explain-ballots = Bulletins
ui-explain-share = Part
ui-explain-prefer = préfèrent { $name }
ui-explain-equal = les notent à égalité
ui-explain-winner = Élu·e : { $name }

## The announcement (announce.ts)

ui-announce-text = Texte brut (e-mail)
ui-announce-markdown = Markdown (forum, messagerie)
ui-announce-html = HTML (page web)
ui-announce-writing = Rédaction de l’annonce…
ui-announce-copied = Annonce copiée.
ui-announce-paste = Collez-la là où vous publiez les résultats.
ui-announce-label = Annonce
ui-announce-no-clipboard = Le presse-papiers n’est pas disponible : sélectionnez le texte ci-dessous et copiez-le.
ui-announce-copy = Copier l’annonce
ui-announce-as = Annonce en{" "}

## The Voters tab (views/term/voters.ts)

ui-voters-importing = Importation de la liste électorale…
ui-voters-importing-progress = Importation de la liste électorale… { $done } lignes sur environ { $total } ({ $pct } %)
ui-voters-cancelling = Annulation de l’importation…
ui-voters-imported = { $n ->
        [one] { $n } électeur importé.
       *[other] { $n } électeurs importés.
    }
ui-voters-read-as = Lu en { $encoding }, champs séparés par des { $delimiter }.
ui-voters-refused = { $n ->
        [one] { $n } ligne a été refusée
       *[other] { $n } lignes ont été refusées
    } : voyez « Lignes refusées » ci-dessous.
ui-voters-replaced = La liste électorale correspond maintenant au fichier.
ui-voters-replaced-counts = { $added ->
        [one] { $added } électeur ajouté
       *[other] { $added } électeurs ajoutés
    }, { $removed ->
        [one] { $removed } radié
       *[other] { $removed } radiés
    }, { $changed ->
        [one] { $changed } modifié
       *[other] { $changed } modifiés
    }.
ui-voters-change-audit = La modification figure dans le journal d’audit, avec son motif.
ui-voters-search-placeholder = Nom ou adresse e-mail
ui-voters-previous = ← Précédents
ui-voters-next = Suivants →
ui-voters-no-match = Aucun électeur ne correspond à « { $search } ».
ui-voters-none = Aucun électeur pour l’instant : importez la liste électorale.
ui-voters-remove-name = Radier { $name }…
ui-voters-remove = Radier…
ui-voters-range = { $from }–{ $to } sur { $total }.
ui-voters-range-matching = { $from }–{ $to } sur { $total } correspondant à « { $search } ».
ui-voters-range-none = Rien à afficher.
ui-voters-range-none-matching = Rien à afficher pour « { $search } ».
ui-voters-heading = Liste électorale : { $n ->
        [one] { $n } inscrit
       *[other] { $n } inscrits
    }
ui-voters-search = Rechercher par nom ou adresse e-mail
ui-voters-table-label = Électeurs
ui-voters-delim-comma = virgules
ui-voters-delim-semicolon = points-virgules
ui-voters-delim-tab = tabulations
ui-voters-delim-pipe = barres verticales

## The Ballots tab (views/term/ballots.ts)

ui-ballots-loading = Chargement des lots de bulletins…
ui-ballots-file-label = Fichier de bulletins ou de totaux
ui-ballots-file-hint = Les bulletins tels que publiés : une grille CSV, BLT, CIVS, Elekto, BetterVoting, Belenios ou une feuille de dépouillement Debian ; ou des totaux (un CSV candidat,voix ou un résultat Helios). Le format est reconnu d’après le fichier et affiché avant toute importation. Chaque candidat nommé dans le fichier doit figurer sur la liste des candidats.
ui-ballots-import = Importer des bulletins
ui-ballots-dialog-title = Choisir un fichier de bulletins ou de totaux
ui-ballots-filter = Bulletins ou totaux
ui-ballots-reading = Lecture du fichier…
ui-ballots-importing = Importation…
ui-ballots-imported-totals = Totaux importés depuis { $file } : { $n ->
        [one] { $n } bulletin déposé
       *[other] { $n } bulletins déposés
    }.
ui-ballots-imported = { $n ->
        [one] { $n } bulletin importé
       *[other] { $n } bulletins importés
    } depuis { $file }.
ui-ballots-imported-format = Format : { $format }. SHA-256 du fichier : { $sha }
ui-ballots-heading = Bulletins : { $n ->
        [one] { $n } bulletin
       *[other] { $n } bulletins
    } en { $batches ->
        [one] { $batches } lot
       *[other] { $batches } lots
    }
ui-ballots-none-typed = Aucun bulletin pour l’instant : importez le fichier de bulletins ci-dessus, ou saisissez les totaux.
ui-ballots-none = Aucun bulletin pour l’instant : importez le fichier de bulletins ci-dessus.
ui-ballots-none-closed = Aucun bulletin n’a été importé.
ui-ballots-table-label = Lots de bulletins
ui-ballots-col-file = Fichier
ui-ballots-col-imported = Importé le

## The Results tab (views/term/results.ts)

ui-results-loading = Chargement du résultat…
ui-results-counted = Les votes sont dépouillés.
ui-results-counted-winners = { $n ->
        [one] { $n } élu
       *[other] { $n } élus
    } pour { $seats ->
        [one] { $seats } siège
       *[other] { $seats } sièges
    }.
ui-results-count = Dépouiller les votes
ui-results-no-ballots = Il n’y a pas encore de bulletins, donc rien à dépouiller. Importez d’abord les bulletins (ou saisissez les totaux) dans l’onglet Bulletins.
ui-results-will-count = { $n ->
        [one] { $n } bulletin sera dépouillé
       *[other] { $n } bulletins seront dépouillés
    } selon le mode de scrutin « { $method } » pour { $seats ->
        [one] { $seats } siège
       *[other] { $seats } sièges
    }. Vous pourrez dépouiller de nouveau si d’autres bulletins arrivent.
ui-results-go-ballots = Aller aux bulletins
ui-results-save-title = Enregistrer les résultats
ui-results-cert-title = Enregistrer le procès-verbal
ui-results-saving = Enregistrement des résultats…
ui-results-making-cert = Établissement du procès-verbal…
ui-results-saved = Résultats enregistrés.
ui-results-cert-saved = Procès-verbal enregistré.
ui-results-winners = { $n ->
        [one] Élu·e
       *[other] Élus
    }
ui-results-save-csv = Enregistrer les résultats en CSV…
ui-results-save-cert = Enregistrer le procès-verbal…
ui-results-count-again = Dépouiller de nouveau
ui-results-warnings = À vérifier avant de certifier
ui-results-the-count = Le dépouillement
ui-results-method = Mode de scrutin
ui-results-seats = Sièges
ui-results-ballots-counted = Bulletins dépouillés
ui-results-eligible = Inscrits sur la liste
ui-results-turnout = Participation
ui-results-quorum = Quorum
ui-results-quorum-met = Atteint
ui-results-quorum-not-met = Non atteint
ui-results-counted-at = Dépouillé le
ui-results-sha = SHA-256 de l’ensemble des bulletins
ui-results-table-label = Résultats par candidat
ui-results-col-employer = Employeur
ui-results-col-votes = Voix
ui-results-col-rank = Rang
ui-results-col-status = Résultat
ui-results-none-disqualified = Aucun candidat n’a été écarté par les règles.
ui-results-ties = Égalités
ui-results-no-ties = Aucune égalité n’a nécessité de tirage au sort.
ui-results-tied = À égalité : { $names }
ui-results-decided-order = Ordre décidé : { $names }
ui-results-decided = Décidé par { $who } ({ $how }).
ui-results-decided-witnessed = Décidé par { $who } ({ $how }), en présence de { $witness }.
ui-results-tie-casting-vote = voix prépondérante
ui-results-tie-coin = pile ou face
ui-results-tie-lot = tirage au sort
ui-results-tie-decision = décision
ui-results-draw-order = Ordre tiré au sort : { $names }
ui-results-rule = Règle : { $rule }
ui-results-rules = Règles appliquées

# The explanation: a tie settled in a round, a Debian defeat dropped.
ui-explain-action-tie = égalité départagée
ui-explain-action-defeat-dropped = défaite écartée
