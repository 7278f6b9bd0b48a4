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

# ---- Added for the errors of scrutineer-core and the CLI (errcore).

## Form fields: what is refused in them.
err-field-too-long = le champ « { $what } » compte { $len } caractères ; { $max } au plus sont autorisés
err-field-contains = le champ « { $what } » contient { $kind } ({ $char }) en position { $position }
err-char-control = un caractère de contrôle
err-char-bidi = un caractère de mise en forme bidirectionnelle
err-char-direction-mark = une marque de direction invisible
err-char-variation = un sélecteur de variante
err-char-invisible = un caractère invisible
err-char-replacement = un caractère de remplacement (des octets qui n’étaient pas du texte valide)
err-email-not-valid = « { $email } » n’est pas une adresse électronique valide : { $why }
err-email-domain-no-dot = le domaine « { $domain } » ne contient pas de point
err-email-domain-empty-part = le domaine « { $domain } » a une partie vide
err-email-contains = contient « { $char } »
err-seats-range = { $what } : { $n } n’est pas un nombre de sièges valide (au moins 1, au plus { $max })

## The rules of nominations. Each rule is its own message (the window finds the control an
## error concerns by the id); the rule's name in quotes, then what breaks it.
err-rule-period = refusé au titre de la règle « les candidatures sont déposées pendant la période de dépôt » : { $why }
err-rule-nominator = refusé au titre de la règle « le présentateur doit être inscrit sur la liste électorale » : { $why }
err-rule-seconder = refusé au titre de la règle « les parrains et soutiens doivent être inscrits sur la liste électorale » : { $why }
err-rule-words = refusé au titre de la règle « longueur de la profession de foi » : { $why }
err-rule-seconders-required = refusé au titre de la règle « { $required ->
    [one] { $required } parrain requis
   *[other] { $required } parrains requis
} » : { $why }
err-rule-period-early = le dépôt des candidatures ouvre le { $opens }, et cette candidature est datée du { $date } ; pour l’accepter malgré tout, indiquez le motif (--late-reason TEXTE)
err-rule-period-late = le dépôt des candidatures a été clos le { $closes }, et cette candidature est datée du { $date } ; pour l’accepter malgré tout, indiquez le motif (--late-reason TEXTE)
err-rule-words-over = la profession de foi compte { $words } mots ; { $limit } au plus sont autorisés
err-rule-seconders-short = { $name } a { $n ->
    [0] aucun parrain
    [one] { $n } parrain
   *[other] { $n } parrains
} ; le scrutin « { $term } » en exige { $required } (--seconded-by EMAIL, une fois par parrain)
err-rule-not-on-roll = { $what } « { $who } » n’est pas inscrit sur la liste électorale du scrutin « { $term } » (recherché par adresse électronique ou par numéro de membre)
err-rule-who-nominator = le présentateur
err-rule-who-seconder = le parrain
err-rule-who-endorser = le soutien
err-not-a-date = { $what } : « { $given } » n’est pas une date ; écrivez-la AAAA-MM-JJ (p. ex. 2026-03-01)
err-voting-opened = le scrutin « { $term } » est à l’étape { $stage } : le vote est ouvert, donc { $what } ; une candidature peut seulement être retirée désormais
err-closed-nominees = la liste des candidats est close
err-closed-editing = les candidats ne peuvent plus être modifiés
err-closed-endorsements = les soutiens sont clos
err-closed-acceptances = les acceptations sont closes

## The roll.
err-roll-unknown-encoding = encodage inconnu « { $given } » ; essayez utf-8, windows-1252, iso-8859-2, utf-16le ou utf-16be
err-roll-cancelled = l’importation a été annulée ; la liste électorale est inchangée
err-roll-reason = indiquez le motif de la modification de la liste électorale (il figure dans le journal d’audit)
err-roll-already-on = { $email } est déjà inscrit sur la liste électorale du scrutin « { $term } »
err-roll-not-on = { $email } n’est pas inscrit sur la liste électorale du scrutin « { $term } »
err-roll-export-no-email = { $n ->
    [one] { $n } inscrit de la liste électorale du scrutin « { $term } » n’a
   *[other] { $n } inscrits de la liste électorale du scrutin « { $term } » n’ont
} pas d’adresse électronique (connus seulement par un identifiant, tel qu’un identifiant GitHub), donc { $file } ne peut pas être écrit ; rien n’a été écrit. Remplacez la liste par une liste qui donne l’adresse de chaque inscrit (roll diff --apply), ou exportez-la en CSV
err-roll-export-helios = le fichier d’électeurs Helios
err-roll-export-email-list = la liste d’adresses
err-give-reason = indiquez un motif (il figure dans le journal d’audit)

## The public re-count bundle.
err-bundle-from-totals = le scrutin « { $term } » a été dépouillé à partir de totaux publiés, non de bulletins : il n’y a pas d’ensemble de bulletins à empaqueter ; publiez les fichiers de totaux, dont le procès-verbal donne le SHA-256
err-bundle-old-hash = le résultat enregistré du scrutin « { $term } » a été calculé avec une autre empreinte de l’ensemble des bulletins ({ $stored } ; celle de l’ensemble canonique est { $hash }), comme avant la version 4 du fichier : dépouillez à nouveau le scrutin pour publier un paquet
err-bundle-no-folder = { $folder } : ce dossier n’existe pas (un paquet écrit par `scrutineer results bundle` est attendu)

## Terms, ballots and the count.
err-unknown-method = méthode de dépouillement inconnue `{ $given }` ; attendu l’une de : { $methods }
err-nominee-vanished = le candidat est introuvable après la modification
err-stored-result-damaged = le résultat enregistré est endommagé : { $detail }
err-batch-repeated = { $file } : { $what } dans le scrutin « { $term } » le { $at }
err-batch-file-repeated = ce fichier exact a déjà été importé
err-batch-totals-repeated = ces totaux exacts ont déjà été saisis
err-holds-totals = { $file } : contient des totaux, pas des bulletins
err-cap-zero-form = le nombre maximal d’élus par employeur doit être d’au moins 1 (laissez vide pour ne pas limiter)
err-secrecy-zero = le seuil de secret du vote doit être d’au moins 1 bulletin
err-tie-needed = une égalité doit être tranchée par le président du bureau : { $tied } sont à égalité ({ $context }). Tranchez-la (pièce, tirage au sort ou voix prépondérante), puis enregistrez la décision avec : { $command }

## Where Scrutineer writes: files it will not replace.
err-output-refused = { $path } : { $why } ; rien n’a été écrit
err-output-dangling-link = est un lien symbolique vers un fichier ou un dossier qui n’existe pas
err-output-would-destroy = est { $what } ({ $kept }) ; y écrire le détruirait : choisissez un autre nom de fichier
err-output-not-file = est { $kind }, pas un fichier ordinaire : Scrutineer n’écrit ses sorties que dans des fichiers
err-output-is-kept = est { $what } ({ $kept }) : choisissez un autre nom de fichier
err-kept-election-file = le fichier d’élection
err-kept-wal = le journal d’écriture anticipée (WAL) du fichier d’élection
err-kept-shm = l’index en mémoire partagée du fichier d’élection
err-kept-journal = le journal du fichier d’élection
err-kept-input = le fichier en cours d’importation
err-kind-folder = un dossier
err-kind-fifo = un tube nommé (FIFO)
err-kind-device = un périphérique
err-kind-socket = une socket
err-kind-other = autre chose
err-write-refused-rows = impossible d’écrire les lignes refusées : { $detail }
err-refused-rows-no-folder = { $path } : le dossier { $folder } n’existe pas ; rien n’a été importé
err-write-results-csv = impossible d’écrire le CSV des résultats : { $detail }
err-write-csv = impossible d’écrire le CSV : { $detail }
err-make-certificate = impossible de produire le procès-verbal : { $detail }
err-make-booklet = impossible de produire le livret des candidats : { $detail }
err-settings-damaged = { $path } : le fichier de préférences est endommagé ({ $detail }) ; corrigez-le ou supprimez-le
err-cannot-create = impossible de créer { $path } : { $detail }
err-no-temp-name = aucun nom de fichier temporaire libre dans { $folder }
err-certification-not-recorded = la certification n’a pas été enregistrée
err-elekto-too-many-seats = { $folder } : trop de sièges
err-elekto-not-login = { $folder }/voters.yaml : « { $login } » n’est pas un identifiant GitHub
err-imported-term-missing = le scrutin qui vient d’être importé est introuvable
err-elekto-is-folder = l’export Elekto est un dossier de fichiers : utilisez export_candidates

## The stored ballots and totals, and the bundle's ballots.csv.
err-ballot-beyond = un bulletin désigne le candidat { $candidate }, au-delà des { $n } candidats
err-too-many-ballots = trop de bulletins
err-stored-ballot-stranger = un bulletin enregistré désigne « { $name } », qui n’est pas candidat
err-stored-ballot-damaged = un bulletin enregistré est endommagé : { $detail }
err-stored-ballot-weight = un bulletin enregistré a un poids inférieur à 1
err-cell-rank = colonne { $column } : « { $value } » n’est pas un rang valide
err-cell-approval = colonne { $column } : « { $value } » n’est pas une approbation valide
err-cell-score = colonne { $column } : « { $value } » n’est pas une note valide
err-bundle-csv-empty = le fichier est vide
err-bundle-csv-weight-column = la première colonne doit être « weight »
err-bundle-csv-weight = le poids doit être un nombre entier d’au moins 1
err-bundle-csv-cells = { $expected } cellules attendues après le poids, { $found } trouvées
err-delete-referred = le scrutin « { $term } » ne peut pas être supprimé : ses lignes de { $table } sont encore référencées ({ $detail }) ; rien n’a été supprimé
err-stored-debian-damaged = les paramètres Debian enregistrés sont endommagés : { $detail }
err-stored-tie-damaged = une décision d’égalité enregistrée est endommagée : { $detail }
err-stored-totals-stranger = les totaux enregistrés désignent « { $name } », qui n’est pas candidat
err-totals-too-many-ballots = { $file } : { $ballots } bulletins, c’est trop
err-totals-too-many-votes = { $file } : { $votes } voix pour « { $name } », c’est trop

## The audit log.
err-audit-refused = le fichier d’élection ne passe pas la vérification, donc ceci est refusé : { $problems }. Lancez `scrutineer audit verify` ; si vous savez pourquoi le fichier a changé, consignez-le avec `scrutineer audit acknowledge --reason TEXTE`.
err-audit-nothing-to-acknowledge = rien à reconnaître : le fichier d’élection correspond à son journal d’audit
err-audit-chain-changed = les entrées du journal d’audit elles-mêmes ont été modifiées ({ $problems }) ; cela ne peut pas être reconnu

## The timestamps of a nomination form.
err-dates-both-orders = les horodatages sont écrits dans les deux ordres : la ligne { $line1 } porte « { $value1 } » (jour en premier seulement) et la ligne { $line2 } porte « { $value2 } » (mois en premier seulement) ; choisissez l’ordre (en ligne de commande : --date-order dmy ou --date-order mdy), et les lignes qui ne s’y conforment pas sont refusées
err-dates-two-ways = les horodatages se lisent de deux façons : aucun jour du fichier ne dépasse 12, donc « { $value } » à la ligne { $line } est le { $dmy } (jour/mois, comme on l’écrit dans la plupart des pays d’Europe) ou le { $mdy } (mois/jour, comme aux États-Unis) ; choisissez l’ordre (en ligne de commande : --date-order dmy ou --date-order mdy)

## The command line's own arguments.
err-seats-zero = 0 n’est pas un nombre de sièges valide (au moins 1)
err-seats-over = { $n } n’est pas un nombre de sièges valide (au plus { $max })
err-not-whole-number = « { $given } » n’est pas un nombre entier
err-max-per-employer-arg = --max-per-employer { $given } : { $problem } ; attendu un nombre entier (au plus K par employeur) ou une fraction de l’instance, par exemple 1/3
err-count-majority-form = --majority { $given } : attendu OPTION=N (p. ex. 3=3 pour une majorité de 3 contre 1 sur l’option 3)
err-wording = --wording { $given } : attendu current ou pre-2015
err-debian-only-count = --quorum, --majority, --default, --wording et --casting-vote sont des paramètres de la constitution Debian : utilisez-les avec --method debian
err-whole-number-or-none = { $what } : « { $given } » n’est pas un nombre entier (ni `none`)
err-announce-format = « { $given } » n’est pas un format d’annonce : choisissez markdown, text ou html
err-candidate-format = format inconnu « { $given } » ; les formats sont : { $formats }
err-date-order = l’ordre de date « { $given } » est inconnu : écrivez dmy (jour/mois/année) ou mdy (mois/jour/année)

## What `scrutineer verify` finds wrong in a bundle (after the file's name).
err-bundle-unreadable = ne peut pas être lu : { $problem }
err-bundle-manifest-line = la ligne { $line } n’a pas la forme `<SHA-256>  <fichier>` pour l’un de { $files } : { $text }
err-bundle-hash-differs = son SHA-256 n’est pas celui de { $manifest } ({ $file } ou { $manifest } a été modifié)
err-bundle-no-final-newline = ne se termine pas par un saut de ligne
err-bundle-not-listed = ne mentionne pas { $file }
err-bundle-not-rules = ne contient pas les règles d’un paquet : { $detail }
err-bundle-byte-changed = n’est pas tel que Scrutineer l’écrit (un octet a été modifié)
err-bundle-format = le format est { $found }, { $expected } attendu
err-bundle-not-result = n’est pas un résultat Scrutineer : { $detail }
err-bundle-method = méthode : { $problem }
err-bundle-not-canonical = n’est pas sous forme canonique (lignes triées et fusionnées, comme documenté) : un octet a été modifié
err-bundle-columns = ses colonnes ({ $columns }) ne sont pas les candidats de { $rules } ({ $nominees })
err-bundle-kind = ballot_kind { $kind } ne convient pas à la méthode { $method }
err-bundle-recount-failed = le nouveau dépouillement n’a pas pu être fait : { $problem }
err-bundle-field-differs = { $field } : le paquet indique { $bundle }, le nouveau dépouillement donne { $recount }

## More form fields' names.
err-field-handle = identifiant
err-field-endorsement = soutien
err-field-sitting-employer = employeur du membre sortant
err-field-totals-source = source des chiffres
err-field-none-of-the-above = nom de l’option « aucun des candidats »
err-field-majority-option = option visée par une majorité
err-field-default-option = nom de l’option par défaut
err-field-sitting-member = nom du membre sortant
err-field-decided-by = nom de la personne qui a décidé
err-field-witness = nom du témoin

## The dates of the nomination period, named in errors.
err-date-opening = la date d’ouverture des candidatures
err-date-closing = la date de clôture des candidatures
