# Messages d'erreur : ce que dit Scrutineer quand il refuse ou échoue (ligne
# de commande et fenêtre). Les noms, chemins et noms de fichiers sont des
# variables, jamais traduits.

## Où se trouve le problème d'un fichier : fichier, ligne, colonne, problème.
err-file = { $file } : { $problem }
err-file-line = { $file }:{ $line } : { $problem }
err-file-column = { $file } : colonne { $column } : { $problem }
err-file-line-column = { $file }:{ $line } : colonne { $column } : { $problem }
err-path = { $path } : { $problem }
err-detail = { $detail }
err-with-hint = { $error }, { $hint }

## Les erreurs du système, en mots.
err-os-not-found = ce fichier ou ce dossier n’existe pas
err-os-permission = vous n’avez pas l’autorisation de l’utiliser
err-os-exists = il existe déjà
err-os-is-folder = c’est un dossier, pas un fichier
err-os-not-folder = une partie du chemin est un fichier, pas un dossier
err-os-read-only = le disque est en lecture seule
err-os-disk-full = le disque est plein
err-os-quota = votre quota de disque est épuisé
err-os-too-large = le fichier est trop gros pour le disque
err-os-folder-not-empty = le dossier n’est pas vide
err-os-bad-name = ce nom de fichier n’est pas valable ici
err-os-cross-device = il ne peut pas être déplacé vers un autre disque
err-os-invalid-data = son contenu n’est pas celui attendu
err-os-cut-short = le fichier se termine trop tôt (a-t-il été tronqué ?)
err-os-interrupted = l’opération a été interrompue ; réessayez
err-os-broken-pipe = le programme qui lisait la sortie s’est arrêté
err-os-memory = l’ordinateur manque de mémoire
err-os-refused = l’ordinateur a refusé l’opération

## Lecture des fichiers.
err-cannot-read = impossible de lire le fichier : { $reason }
err-cannot-read-folder = impossible de lire le dossier : { $reason }
err-cannot-open = impossible de lire le fichier, car il ne s’ouvre pas ({ $reason })
err-not-a-file = est { $what ->
        [folder] un dossier
        [fifo] un tube nommé (FIFO)
        [socket] une socket
        [char-device] un périphérique en mode caractère
        [block-device] un périphérique en mode bloc
       *[other] autre chose
    } et non un fichier ordinaire : indiquez un fichier enregistré sur le disque
err-nul-byte = le fichier contient un octet NUL : c’est un fichier binaire, pas un fichier texte de bulletins ou de résultats

## Le fichier d’élection.
err-busy = le fichier d’élection est utilisé par un autre programme (peut-être la fenêtre de Scrutineer) ; fermez-le ou réessayez
err-database = erreur du fichier d’élection : { $detail }
err-folder-missing = le dossier { $folder } n’existe pas ; créez-le d’abord
err-cannot-open-db = impossible d’ouvrir le fichier d’élection { $path } : { $detail }
err-not-election-file = { $path } n’est pas un fichier d’élection Scrutineer (ou il est endommagé) : { $detail }
err-newer-file = { $path } a été écrit par une version plus récente de Scrutineer (version de fichier { $version }, celle-ci lit jusqu’à la { $supported }) ; mettez Scrutineer à jour

## Étapes.
err-stage-draft = brouillon
err-stage-nominations = candidatures
err-stage-voting = vote
err-stage-counted = dépouillée
err-stage-certified = certifiée

## Scrutins.
err-term-not-found = il n’existe aucune élection nommée « { $term } »
err-term-exists = une élection nommée « { $term } » existe déjà
err-certified = l’élection « { $term } » est certifiée : ses résultats sont définitifs et elle ne peut plus être modifiée
err-stage-move = l’élection « { $term } » est à l’étape { $stage } ; elle ne peut pas passer à l’étape { $to }
err-stage-count-first = dépouillez l’élection pour la faire passer à l’étape « dépouillée »
err-stage-certify-with = certifiez l’élection « { $term } » avec le nom de la personne qui préside le bureau : scrutineer term certify "{ $term }" --officer NOM [--witness NOM]
err-no-nominees-yet = l’élection « { $term } » n’a encore aucun candidat : ajoutez les candidats avant d’importer les bulletins
err-no-ballots-yet = l’élection « { $term } » n’a encore aucun bulletin : importez les bulletins avant le dépouillement
err-not-counted = l’élection « { $term } » n’a pas encore été dépouillée : dépouillez-la d’abord
err-no-standing-nominee = l’élection « { $term } » n’a aucun candidat en lice nommé « { $name } ».
err-no-standing-nominee-near = l’élection « { $term } » n’a aucun candidat en lice nommé « { $name } ». Vouliez-vous dire { $near } ?
err-certified-language = l’élection « { $term } » est certifiée : son procès-verbal a été signé en { $language }, la langue de ses documents ne peut donc plus changer
err-edit-reason = indiquez le motif de la modification (il figure dans le journal d’audit)
err-delete-reason = indiquez le motif de la suppression de l’élection (il figure dans le journal d’audit)
err-method-kind = l’élection « { $term } » a déjà des bulletins lus pour { $old } ; { $new } lit un autre type de bulletin, le mode de scrutin ne peut donc plus passer à celui-ci
err-cap-zero = le nombre maximal d’élus par employeur doit être d’au moins 1 (n’en indiquez aucun pour ne pas limiter)
err-quorum-range = le quorum doit être un pourcentage de 1 à 100
err-nothing-to-change = rien à modifier : l’élection « { $term } » a déjà ces réglages
err-delete-has-ballots = l’élection « { $term } » a des bulletins, elle ne peut donc pas être supprimée (ses bulletins font partie du dossier de l’élection)

## Bulletins et résultats.
err-ballots-count-differs = { $file } : le fichier contient { $count ->
        [one] { $count } bulletin
       *[other] { $count } bulletins
    }, et non les { $given } indiqués avec --ballots
err-totals-cast-differs = { $file } : le fichier indique { $cast } votants, et non les { $given } indiqués avec --ballots
err-totals-cast-missing = { $file } : ce sont des totaux, et le fichier n’indique pas le nombre de votants : donnez le nombre de bulletins déposés (--ballots N)

## Certification.
err-certify-officer = le nom de la personne qui préside le bureau est nécessaire pour certifier : { $problem }
err-certify-not-counted = l’élection « { $term } » est à l’étape { $stage } : dépouillez-la avant de la certifier
err-certify-needs-officer = la certification exige le nom de la personne qui préside le bureau : indiquez --officer NOM (ou enregistrez-le une fois pour toutes avec `scrutineer settings officer NOM`)

## Sauvegardes.
err-backup-create = impossible de créer la sauvegarde { $path } : { $detail }
err-backup-bad-name = « { $name } » n’est pas le nom d’une sauvegarde : indiquez un nom donné par `scrutineer backup list`
err-backup-not-found = il n’existe aucune sauvegarde nommée « { $name } » dans { $folder }
err-backup-cannot-open = { $path } : impossible d’ouvrir la sauvegarde : { $detail }
err-restore-not-election-file = { $path } n’est pas un fichier d’élection Scrutineer ({ $why }) ; rien n’a été restauré

## Vérifications.
err-audit-fails = le fichier d’élection ne passe pas la vérification :
    { $problems }
err-bundle-fails = le dossier de résultats ne passe pas la vérification :
    { $problems }

## Lignes refusées d’une liste électorale.
err-roll-no-email = pas d’adresse électronique (la colonne « { $column } » est vide)
err-roll-no-email-n = pas d’adresse électronique (la colonne { $column } est vide)
err-roll-not-email = « { $email } » n’est pas une adresse électronique : { $why }
err-roll-not-email-dot = « { $email } » n’est pas une adresse électronique : le domaine « { $domain } » ne contient pas de point
err-roll-not-email-part = « { $email } » n’est pas une adresse électronique : le domaine « { $domain } » a une partie vide
err-roll-not-email-contains = « { $email } » n’est pas une adresse électronique : elle contient « { $char } »
err-email-one-at = il faut exactement un « @ »
err-email-nothing-before = rien avant le « @ »
err-email-space = elle contient un espace
err-roll-no-name = pas de nom (colonne « { $column } » vide)
err-roll-no-name-2 = pas de nom (colonnes « { $first } » et « { $last } » vides)
err-roll-weight = le poids « { $weight } » de la colonne « { $column } » n’est pas un nombre entier supérieur ou égal à 1
err-roll-duplicate-email = doublon : l’adresse « { $email } » figure déjà à la ligne { $line }
err-roll-duplicate-email-earlier = doublon : l’adresse « { $email } » figure déjà sur une ligne précédente
err-roll-duplicate-id = doublon : l’identifiant d’électeur « { $id } » figure déjà à la ligne { $line }
err-roll-duplicate-id-earlier = doublon : l’identifiant d’électeur « { $id } » figure déjà sur une ligne précédente
err-roll-on-roll = { $email } figure déjà sur la liste électorale
err-roll-not-on-roll = { $email } ne figure pas sur la liste électorale
err-roll-fields = la ligne a { $found } champs alors que l’en-tête en a { $expected } : une valeur contenant un « { $delimiter } » sans guillemets ?

## La ligne d’en-tête d’une liste électorale.
err-roll-header-is-voter = la première ligne ressemble aux données d’un électeur, pas à un en-tête nommant les colonnes : ajoutez une première ligne telle que name,email (la première ligne contient { $columns })
err-roll-no-email-column = pas de colonne d’adresse électronique : la première ligne doit nommer les colonnes, dont l’une email, e-mail, email address ou mail (ou associez-en une avec email=EN-TÊTE) ; la première ligne contient { $columns }
err-roll-no-name-column = pas de colonne de nom : il faut name, full name ou display name, ou bien first name et last name (ou associez-en une avec name=EN-TÊTE) ; la première ligne contient { $columns }

## Candidatures.
err-nominations-close-before-open = les candidatures ne peuvent pas se clore ({ $closes }) avant de s’ouvrir ({ $opens })
err-statement-limit-zero = la limite des professions de foi doit être d’au moins 1 mot (omettez-la pour ne pas limiter)
err-seconders-too-many = { $n } parrainages : on ne peut en exiger que 1000 au plus
err-seconder-twice = { $email } figure deux fois parmi les parrains
err-seconder-is-nominator = { $email } a présenté { $name } et ne peut donc pas aussi parrainer cette candidature
err-seconder-is-nominee = { $email } est l’adresse du candidat lui-même : un candidat ne peut pas parrainer sa propre candidature
err-nominee-exists = « { $name } » est déjà candidat à l’élection « { $term } »
err-nominee-not-found = l’élection « { $term } » n’a aucun candidat nommé « { $name } »
err-nominee-edit-nothing = la modification ne change rien : les champs de { $name } ont déjà ces valeurs
err-nominee-withdrawn = { $name } a retiré sa candidature
err-already-endorsed = { $email } a déjà parrainé ou soutenu { $name }
err-already-accepted = { $name } a accepté sa candidature le { $when }

## Lots de bulletins.
err-small-batch = { $file } : ce lot contient { $count ->
        [one] { $count } bulletin
       *[other] { $count } bulletins
    }, moins que le seuil de secret de l’élection « { $term } » ({ $min }) : si peu de bulletins pourraient être rattachés aux électeurs qui viennent de voter. Importez-les avec d’autres bulletins, ou indiquez un motif avec --small-batch-reason
err-totals-and-ballots = l’élection « { $term } » a reçu des totaux publiés : totaux et bulletins ne peuvent pas être mêlés dans un même dépouillement

## Vérifications propres à la ligne de commande.
err-majority-form = --majority { $given } : la forme attendue est OPTION=N (par ex. "Amendment B=3" pour 3:1)
err-majority-number = --majority { $given } : N doit être un nombre entier supérieur ou égal à 1
err-debian-only = --quorum-voters, --majority et --default sont des paramètres de la constitution Debian : utilisez-les avec --method debian
err-sitting-csv = ligne CSV non valable : { $detail }
err-sitting-fields = 2 champs attendus (name,employer), { $found } trouvés
err-unknown-stage = étape inconnue « { $stage } » ; les étapes sont : draft, nominations, voting, counted, certified
err-unknown-roll-format = format de liste électorale inconnu « { $format } » ; les formats sont csv, helios, emails et voted
err-stdout-closed = la sortie standard est fermée
err-stdout-write = impossible d’écrire sur la sortie standard : { $reason }

## Fichiers de bulletins (une colonne par candidat).
err-grid-empty = le fichier est vide : il faut une ligne d’en-tête avec les noms des candidats, puis une ligne par bulletin
err-grid-header-empty = la ligne d’en-tête est vide : il faut les noms des candidats, séparés par des virgules
err-grid-row-width = cette ligne a { $cells ->
        [one] { $cells } cellule
       *[other] { $cells } cellules
    } alors que l’en-tête nomme { $candidates ->
        [one] { $candidates } candidat
       *[other] { $candidates } candidats
    } : il faut une cellule par candidat
err-grid-no-ballots = le fichier a un en-tête mais aucun bulletin : il faut une ligne par bulletin après l’en-tête
err-grid-name-empty = un nom de candidat est vide dans l’en-tête : il faut un nom dans chaque cellule de l’en-tête
err-grid-utf8 = la cellule n’est pas de l’UTF-8 valable (octet incorrect à la position { $position }) : enregistrez le fichier en UTF-8
err-grid-rank = la cellule doit contenir un rang (1, 2, …), `No opinion` ou rien, mais elle contient `{ $found }`
err-grid-approval = la cellule doit marquer l’approbation (`1`, `x`, `yes`, `y`, `true`) ou son absence (`0`, `no`, `n`, `false` ou une cellule vide), mais elle contient `{ $found }`
err-grid-score = la cellule doit contenir une note de 0 à { $max } ou rien, mais elle contient `{ $found }`

## Listes et autres vérifications des bulletins.
err-and-list = { $first } et { $last }
err-ballot-column-not-nominee = « { $name } » n’est pas candidat à l’élection « { $term } ». (Les candidats sont { $nominees }.)
err-ballot-column-not-nominee-near = « { $name } » n’est pas candidat à l’élection « { $term } ». Vouliez-vous dire { $near } ? (Les candidats sont { $nominees }.)
err-no-tie-waiting = le dépouillement de l’élection « { $term } » n’attend aucune décision pour départager une égalité (sa règle n’est pas « officer », ou aucune égalité n’est à départager)
err-no-ballots-at-stage = l’élection « { $term } » ne peut pas recevoir de bulletins à l’étape { $stage }
err-file-at-line-column = { $file } : ligne { $line } : colonne { $column } : { $problem }

## Fichiers de totaux publiés.
err-totals-empty = le fichier est vide : il faut l’en-tête `candidate,votes`, puis une ligne par candidat
err-totals-row-width = cette ligne a { $cells ->
        [one] { $cells } cellule
       *[other] { $cells } cellules
    } : il en faut deux, le candidat et son nombre (« { $figure } »)
err-totals-not-number-ballots = il faut un nombre entier de bulletins, mais la cellule contient `{ $found }`
err-totals-not-number-votes = il faut un nombre entier de voix, mais la cellule contient `{ $found }`
err-totals-ballots-twice = le nombre de bulletins est donné deux fois (lignes { $first } et { $line })
err-totals-name-empty = le nom du candidat est vide
err-totals-candidate-twice = le candidat `{ $name }` figure deux fois (lignes { $first } et { $line })
err-totals-no-candidates = le fichier a un en-tête mais aucun candidat : il faut une ligne par candidat
err-totals-more-votes-than-ballots = { $ballots } bulletins ont été déposés mais `{ $name }` a { $votes } voix : un bulletin compte au plus une fois pour un candidat

## Totaux publiés saisis dans un scrutin.
err-totals-no-nominees-yet = l’élection « { $term } » n’a encore aucun candidat : ajoutez les candidats avant de saisir les totaux
err-totals-method = l’élection « { $term } » se dépouille selon { $method }, qui exige les bulletins : les totaux ne portent ni classements ni notes, seuls les scrutins par approbation ou à la majorité relative peuvent donc être dépouillés à partir de totaux
err-totals-given-twice = { $file } : « { $name } » figure deux fois
err-totals-votes-over-ballots = { $file } : « { $name } » a { $votes } voix alors que seuls { $ballots } bulletins ont été déposés
err-totals-sum-over-ballots = { $file } : les voix totalisent { $sum }, plus que les { $ballots } bulletins déposés (une voix par bulletin)
err-totals-missing = { $file } : aucun chiffre pour { $names } (indiquez 0 pour un candidat sans voix)
err-ballots-and-totals = l’élection « { $term } » a déjà des bulletins : totaux et bulletins ne peuvent pas être mêlés dans un même dépouillement
err-totals-entries-differ = les deux saisies des totaux diffèrent, rien n’a donc été enregistré ({ $differences }) ; vérifiez les chiffres sur la source et saisissez-les à nouveau

## Les règles déclarées d’un scrutin et les égalités.
err-cap-fraction = « { $given } » n’est pas une fraction de l’instance comme 1/3 (numérateur et dénominateur, 0 < n/d <= 1)
err-quorum-voters = le quorum « { $given } » n’est pas un nombre positif de votants (comme 2 ou 37.4)
err-quorum-too-large = le quorum « { $given } » est trop grand
err-unknown-tie-rule = procédure de départage inconnue « { $given } » ; les procédures sont : { $known }
err-debian-params = le quorum de votants, les majorités et l’option par défaut sont des paramètres de la constitution Debian : utilisez-les avec --method debian, pas { $method }
err-majority-ratio = la majorité pour « { $option } » doit être N:1 avec N au moins égal à 1
err-majority-twice = « { $option } » reçoit deux fois une majorité
err-sitting-twice = « { $name } » figure deux fois parmi les membres en exercice
err-unknown-decision-method = manière inconnue de départager une égalité « { $given } » ; les manières sont : { $known }
err-tie-order = l’ordre doit nommer chaque candidat à égalité exactement une fois ({ $tied }) ; il nomme : { $order }
err-blank-meanings-differ = les lots de bulletins proviennent de formats qui donnent à une case vide des sens différents (non comparé, ou classé après tous les candidats classés) : ils ne peuvent pas être dépouillés ensemble

## Dépouiller des fichiers sans fichier d’élection (scrutineer count).
err-count-no-file = indiquez un fichier à dépouiller
err-count-several-not-totals = { $file } : plusieurs fichiers ne s’additionnent que s’ils contiennent des totaux (des lots d’une même élection) ; celui-ci contient des bulletins
err-count-candidates-differ = { $file } : ses candidats ({ $candidates }) ne sont pas ceux de { $first } ({ $first-candidates })
err-count-overflow = { $file } : les voix de { $name } dépassent la capacité de calcul
err-count-option-number = l’option { $n } n’existe pas : les options sont numérotées de 1 à { $last }
err-count-option-name = « { $given } » n’est pas une option ; les options sont : { $options }
err-count-officer-needs-file = --tie-break officer exige un fichier d’élection pour enregistrer la décision : créez une élection avec --tie-break officer, importez les bulletins et dépouillez-la avec scrutineer tally
err-count-tie-break = --tie-break { $given } : les valeurs possibles sont draw et psf
err-count-max-per-group = --max-per-group doit valoir au moins 1
err-count-ballots-differ = --ballots { $given }, mais d’après les totaux { $cast } bulletins ont été déposés
err-groups-fields = 2 champs attendus (candidate,group), { $found } trouvés
err-groups-not-candidate = « { $name } » n’est pas candidat dans le fichier de bulletins
err-groups-twice = « { $name } » figure deux fois

## Candidatures importées d’un formulaire ou d’un dossier Elekto.
err-map-form = --map { $given } : la forme attendue est CHAMP=EN-TÊTE (par ex. name="Votre nom")
err-map-field = --map { $given } : champ inconnu « { $field } » ; les champs sont : { $fields }
err-map-column = --map { $given } : le fichier n’a pas de colonne « { $header } » ; ses colonnes sont : { $columns }
err-form-no-name-column = aucune colonne ne contient le nom du candidat (un en-tête tel que « Nominee » ou « Name » était recherché) ; les colonnes sont : { $columns }. Indiquez laquelle le contient (en ligne de commande : --map name=EN-TÊTE)
err-elekto-no-candidates = { $folder } : le dossier ne contient aucun fichier candidate-*.md
err-unknown-encoding = l’encodage « { $given } » est inconnu : écrivez utf-8, utf-16le, windows-1252, windows-1250, iso-8859-2 ou un autre nom standard
err-file-at-line = { $file } : ligne { $line } : { $problem }
err-form-bad-header = en-tête CSV non valable : { $detail }
err-nominees-closed = l’élection « { $term } » est à l’étape { $stage } : le vote est ouvert, la liste des candidats est donc close

## Publication de la liste des candidats.
err-elekto-out-is-file = { $path } : l’export Elekto est un dossier, et ceci est un fichier
err-elekto-folder-not-empty = { $path } : le dossier contient déjà { $file }, qui n’est pas l’un des candidats de cette élection ; exportez dans un dossier vide
err-helios-approval-only = Helios ne dépouille que des bulletins d’approbation, et l’élection « { $term } » se dépouille selon { $method } : organisez le vote sur un service qui accepte des bulletins classés ou notés
err-bettervoting-method = BetterVoting ne propose pas le dépouillement selon { $method } (il propose STAR, Approval, Plurality, IRV et STV) : l’élection « { $term } » ne peut pas y être organisée telle qu’elle est définie
err-elekto-rule-in-statement = Elekto coupe un fichier de candidat à son dernier `---`, et la profession de foi de { $names } contient `---` : corrigez-la (pour un filet horizontal, écrivez `***` ; `nominee edit --statement`) et exportez à nouveau

## Champs des formulaires.
err-field-empty = le champ « { $what } » ne doit pas être vide
err-field-term-name = nom de l’élection
err-field-nominee-name = nom du candidat
err-field-voter-name = nom de l’électeur
err-field-organisation = organisation
err-field-employer = employeur
err-field-nominator = auteur de la présentation
err-field-membership = adhésion
err-field-voter-id = identifiant d’électeur
err-field-email = adresse électronique
err-field-reason = motif
err-field-seed = graine du tirage au sort
err-field-statement = profession de foi
err-field-small-batch-reason = motif du petit lot
