# The window's words: its frame, Preferences, the list of terms, a new term, and a term's
# Overview and Audit tabs. Read by ui/src/i18n.ts (with every other .ftl file of the language).
#
# Glossaire (comme documents.ftl, count.ftl et window-work.ftl ; on vouvoie ; espace insécable
# avant « : », espace fine insécable avant ; ? ! et à l’intérieur des guillemets « ») :
#   term = élection ; voter = électeur, inscrits (eligible) ; voter roll = liste électorale
#   ballot = bulletin ; ballots cast = votants ; totals = totaux ; voting = vote
#   nominee = candidat·e, candidature ; seconder = parrain (parrainage) ; seat = siège
#   count = dépouillement (dépouiller les votes) ; method = mode de scrutin ; quorum = quorum
#   turnout = participation ; elected = élu·e ; tie = égalité (départager, trancher)
#   draw = tirage au sort ; seed = graine ; casting vote = voix prépondérante ; coin = pile ou face
#   returning officer = président·e du bureau (la présidence du bureau) ; witness = assesseur·e
#     (« en présence de ») ; certify = certifier ; certificate = procès-verbal
#   audit log = journal d’audit ; backup = sauvegarde ; restore = restaurer ; import = importer

ui-language-label = Langue de la fenêtre
ui-language-system = Comme le système ({ $language })
ui-cancel = Annuler
ui-dismiss = Fermer
ui-optional = { " " }(facultatif)
ui-save = Enregistrer
ui-saving = Enregistrement…
ui-close = Fermer
ui-open = Ouvrir
ui-none = Aucun
ui-no-limit = Sans limite

## Le cadre

ui-skip = Aller au contenu principal
ui-messages = Messages
ui-election-file = Fichier d’élection
ui-election-files = Fichiers d’élection
ui-breadcrumb = Fil d’Ariane
ui-all-terms = ← Toutes les élections

## Le menu Fichier (écrit par le shell : src-tauri/desk.rs)

ui-menu-file = Fichier
ui-menu-new = Nouveau…
ui-menu-open = Ouvrir…
ui-menu-open-recent = Ouvrir un fichier récent
ui-menu-no-recent = Aucun fichier récent
ui-menu-save-copy = Enregistrer une copie…
ui-menu-restore = Restaurer une sauvegarde…
ui-menu-preferences = Préférences…
ui-menu-quit = Quitter

## Titres des erreurs

ui-error-not-found = Introuvable
ui-error-already-exists = Existe déjà
ui-error-invalid-input = Veuillez vérifier votre saisie
ui-error-bad-file = Le fichier n’a pas pu être utilisé
ui-error-wrong-stage = Impossible à cette étape
ui-error-count = Le dépouillement n’a pas pu être effectué
ui-error-database = Le fichier d’élection pose un problème
ui-error-io = Un fichier n’a pas pu être lu ou écrit
ui-error-cancelled = Annulé
ui-error-busy = Le fichier d’élection est en cours d’utilisation
ui-error-unexpected = Un problème est survenu

## Modes de scrutin, bulletins, étapes

ui-method-approval = Vote par approbation
ui-method-plurality = Scrutin majoritaire (une voix par électeur)
ui-method-star = Vote STAR
ui-method-schulze = Méthode de Schulze (Condorcet)
ui-method-ranked-pairs = Paires classées (Condorcet)
ui-method-irv = Vote alternatif (IRV)
ui-method-stv-scottish = Vote unique transférable, règles écossaises
ui-method-stv-meek = Vote unique transférable, méthode de Meek
ui-method-debian = Constitution Debian (Condorcet)
ui-ballots-approval = Les électeurs cochent chaque candidat·e qu’ils approuvent.
ui-ballots-plurality = Les électeurs cochent un·e seul·e candidat·e.
ui-ballots-star = Les électeurs donnent à chaque candidat·e une note de 0 à 5.
ui-ballots-ranked = Les électeurs classent les candidat·es par ordre de préférence.
ui-stage-draft = Brouillon
ui-stage-nominations = Candidatures
ui-stage-voting = Vote
ui-stage-counted = Dépouillée
ui-stage-certified = Certifiée
ui-stages = Étapes de l’élection

## Départage des égalités

ui-tie-rule-draw = Tirage au sort de Scrutineer
ui-tie-rule-draw-hint = Un tirage au sort que chacun peut refaire à partir de la graine de départage et des bulletins.
ui-tie-rule-psf = Procédure de la PSF
ui-tie-rule-psf-hint = Le module random de Python initialisé avec les noms des candidat·es à égalité, selon la procédure publiée par la Python Software Foundation.
ui-tie-rule-officer = Décision de la présidence du bureau
ui-tie-rule-officer-hint = Le dépouillement s’arrête en cas d’égalité ; la présidence du bureau consigne une décision (pile ou face, tirage au sort ou voix prépondérante) en présence d’un·e assesseur·e, puis dépouille de nouveau.
ui-tie-rule-explained = { $rule } : { $hint }

## L’étape suivante d’une élection

ui-next-step = Étape suivante
ui-next-certified = Cette élection est certifiée : ses résultats sont définitifs. Vous pouvez toujours enregistrer les résultats et le procès-verbal.
ui-next-certified-action = Voir les résultats
ui-next-counted = Le dépouillement est terminé. Vérifiez les résultats, enregistrez-les avec le procès-verbal, puis certifiez l’élection.
ui-next-counted-action = Voir les résultats
ui-next-nominees = Ajoutez les candidatures : les personnes qui se présentent à cette élection.
ui-next-nominees-action = Ajouter des candidatures
ui-next-voters = Importez la liste électorale : les inscrits qui peuvent voter.
ui-next-voters-action = Importer la liste électorale
ui-next-ballots = Importez les bulletins une fois le vote clos.
ui-next-ballots-action = Importer les bulletins
ui-next-count = Tous les bulletins sont là ? Dépouillez les votes.
ui-next-count-action = Dépouiller les votes

## Listes

ui-page-none = Rien à afficher
ui-page-range = { $first }–{ $last } sur { $total }

## La liste des élections

ui-terms = Élections
ui-terms-lead = Une élection réunit ses candidatures, sa liste électorale, ses bulletins et son résultat.
ui-loading-terms = Chargement des élections…
ui-new-term = Nouvelle élection
ui-no-terms = Aucune élection pour l’instant
ui-no-terms-hint = Commencez par créer une première élection. Vous ajouterez ensuite les candidatures, importerez la liste électorale et les bulletins, puis dépouillerez les votes.
ui-create-first-term = Créer la première élection
ui-col-term = Élection
ui-col-method = Mode de scrutin
ui-col-seats = Sièges
ui-col-stage = Étape
ui-col-nominees = Candidatures
ui-col-voters = Inscrits
ui-col-ballots = Bulletins
ui-col-actions = Actions
ui-open-term = Ouvrir { $name }
ui-terms-count = { $count ->
    [one] { $count } élection
   *[other] { $count } élections
}
ui-elekto-label = Dossier d’élection Elekto
ui-elekto-hint = Une élection Elekto complète (Kubernetes et d’autres) : le dossier qui contient election.yaml, voters.yaml, les fichiers des candidatures et ballots.csv (ou saisissez le chemin de n’importe quel fichier de ce dossier). Il devient une nouvelle élection : les sièges, les candidatures avec leurs employeurs et leurs professions de foi, la liste électorale (identifiants GitHub) et les bulletins.
ui-elekto-button = Importer une élection Elekto
ui-elekto-dialog = Choisissez le dossier d’élection Elekto (celui qui contient election.yaml)
ui-elekto-importing = Importation de l’élection…
ui-elekto-created = Élection « { $name } » créée à partir du dossier Elekto.
ui-elekto-created-detail = { $seats ->
    [one] { $seats } siège
   *[other] { $seats } sièges
}, { $nominees ->
    [one] { $nominees } candidature
   *[other] { $nominees } candidatures
}, { $voters ->
    [one] { $voters } inscrit
   *[other] { $voters } inscrits
}, { $ballots ->
    [one] { $ballots } bulletin
   *[other] { $ballots } bulletins
}.

## Une nouvelle élection

ui-new-term-lead = Décrivez l’élection. Le mode de scrutin et le nombre de sièges déterminent la façon dont les votes sont dépouillés.
ui-field-name = Nom
ui-field-organisation = Organisation
ui-field-seats = Sièges
ui-field-method = Mode de scrutin
ui-field-max-per-employer = Nombre maximal d’élu·es par employeur
ui-field-seed = Graine de départage
ui-field-tie-rule = Départage des égalités
ui-field-quorum = Quorum (% des inscrits)
ui-field-nominations-open = Ouverture des candidatures
ui-field-nominations-close = Clôture des candidatures
ui-field-seconders = Parrainages requis
ui-field-statement-words = Profession de foi la plus longue (mots)
ui-new-name-hint = Par exemple : Conseil d’administration 2025.
ui-new-organisation-hint = Imprimé sur le procès-verbal.
ui-new-seats-hint = Le nombre de personnes à élire.
ui-new-no-limit-hint = Laisser vide pour n’imposer aucune limite.
ui-new-seed-hint = Un texte quelconque, publié à l’avance. Les égalités sont tranchées par un tirage que chacun peut refaire à partir de ce texte. Laisser vide pour utiliser les noms des candidat·es.
ui-new-quorum-hint = La participation minimale pour un résultat valable. Laisser vide s’il n’y en a pas.
ui-new-nominations-open-hint = Premier jour (UTC). Laisser vide pour accepter les candidatures à tout moment.
ui-new-nominations-close-hint = Dernier jour (UTC). Une candidature plus tardive exige un motif, consigné dans le journal d’audit.
ui-new-seconders-hint = Inscrits qui doivent parrainer chaque candidature. Laisser vide s’il n’en faut pas.
ui-create-term = Créer l’élection
ui-creating-term = Création de l’élection…
ui-term-created = Élection « { $name } » créée.
ui-term-created-next = Ajoutez maintenant les candidatures.
ui-check-name = Saisissez un nom pour l’élection.
ui-check-seats = Saisissez le nombre de sièges : un nombre entier, 1 ou plus.
ui-check-method = Choisissez un mode de scrutin.
ui-check-max-per-employer = Saisissez un nombre entier, 1 ou plus, ou laissez vide pour n’imposer aucune limite.
ui-check-quorum = Saisissez un pourcentage de 1 à 100, ou laissez vide s’il n’y a pas de quorum.
ui-check-tie-rule = Choisissez comment les égalités sont départagées.
ui-check-date = Saisissez une date au format AAAA-MM-JJ, ou laissez vide.
ui-check-close-before-open = La clôture des candidatures précède leur ouverture.
ui-check-seconders = Saisissez un nombre entier de parrainages, ou laissez vide s’il n’en faut pas.
ui-check-statement-words = Saisissez un nombre entier de mots, 1 ou plus, ou laissez vide pour n’imposer aucune limite.

## La page d’une élection et sa vue d’ensemble

ui-loading-term = Chargement de l’élection…
ui-no-such-term = ce fichier d’élection ne contient aucune élection nommée « { $name } »
ui-seats = { $count ->
    [one] { $count } siège
   *[other] { $count } sièges
}
ui-term-parts = Parties de l’élection
ui-tab-overview = Vue d’ensemble
ui-tab-nominees = Candidatures
ui-tab-voters = Inscrits
ui-tab-ballots = Bulletins
ui-tab-results = Résultats
ui-tab-audit = Journal d’audit
ui-stat-nominees = Candidatures
ui-stat-voters = Inscrits sur la liste
ui-stat-ballots = Bulletins
ui-rules = Règles de cette élection
ui-seed-nominees = Les noms des candidat·es
ui-rule-quorum = Quorum
ui-quorum-of-voters = { $percent } des inscrits
ui-rule-created = Créée le

## Certification, une élection certifiée

ui-certify-button = Certifier les résultats…
ui-certify-title = Certifier les résultats
ui-certify-confirm = Certifier
ui-certify-need-officer = Indiquez le nom du président ou de la présidente du bureau : il figurera sur le procès-verbal et dans le journal d’audit.
ui-certifying = Certification…
ui-certified-notice = Les résultats sont certifiés.
ui-certified-notice-detail = Certifié le { $when } par { $officer }. Procès-verbal { $identifier }.
ui-certify-warning = Ensuite, l’élection ne pourra plus être modifiée : plus de bulletins, plus de nouveau dépouillement. Le fichier est d’abord sauvegardé.
ui-certify-officer = Président·e du bureau
ui-certify-officer-hint = Votre nom, tel qu’il figurera sur le procès-verbal.
ui-certify-witness = Assesseur·e (facultatif)
ui-certified-heading = Certifiée
ui-certified-plain = Ces résultats sont certifiés.
ui-winners = { $count ->
    [one] Élu·e
   *[other] Élu·es
}
ui-certified-final = Une élection certifiée ne peut plus être modifiée : ses résultats sont définitifs.
ui-restore-hint = Si les résultats certifiés sont faux, Fichier ▸ Restaurer une sauvegarde rétablit le fichier d’élection tel qu’il était juste avant la certification (une sauvegarde a alors été faite). Tout ce qui a été fait depuis est annulé ; le fichier dans son état actuel est d’abord sauvegardé.
ui-certified-nothing = Rien ne peut être modifié ici :
ui-certified-nothing-when = cette élection a été certifiée le { $when } par { $officer }, et les résultats certifiés sont définitifs.
ui-certified-nothing-plain = cette élection est certifiée, et les résultats certifiés sont définitifs.
ui-certified-line = Certifié le { $when } par { $officer }. Procès-verbal { $identifier }.
ui-certified-line-witness = Certifié le { $when } par { $officer }, en présence de { $witness }. Procès-verbal { $identifier }.
ui-seed-text = Texte de la graine :
ui-seed-names = (les noms des candidat·es)
ui-seed-hash = SHA-256 de l’ensemble des bulletins :

## Corriger une élection

ui-corrections = Corriger une erreur
ui-edit-summary = Modifier le nom, le nombre de sièges ou le mode de scrutin
ui-edit-save = Enregistrer la modification
ui-edit-need-reason = Indiquez le motif de la modification : il sera consigné dans le journal d’audit.
ui-edit-need-seats = Saisissez le nombre de sièges : un nombre entier, 1 ou plus.
ui-edit-saving = Enregistrement de la modification…
ui-edit-done = L’élection a été modifiée.
ui-edit-done-detail = Le journal d’audit consigne les anciennes et les nouvelles valeurs avec votre motif.
ui-edit-method-hint = Des bulletins ont été importés : une modification annule le résultat, et le mode de scrutin ne peut être remplacé que par un mode qui lit le même type de bulletin.
ui-edit-reason = Motif de la modification
ui-delete-term = Supprimer cette élection
ui-delete-has-ballots = { $count ->
    [one] Cette élection compte { $count } bulletin : elle ne peut donc pas être supprimée.
   *[other] Cette élection compte { $count } bulletins : elle ne peut donc pas être supprimée.
}
ui-delete-need-reason = Indiquez le motif de la suppression : il sera consigné dans le journal d’audit.
ui-deleting = Suppression de l’élection…
ui-delete-done = L’élection « { $name } » a été supprimée.
ui-delete-done-detail = Le fichier a d’abord été sauvegardé : Fichier ▸ Restaurer une sauvegarde le rétablit.
ui-delete-intro = Une élection créée par erreur peut être supprimée tant qu’elle ne compte aucun bulletin. Le fichier est d’abord sauvegardé.
ui-delete-reason = Motif de la suppression

## Fichiers, sauvegardes, préférences

ui-dialog-new-file = Nouveau fichier d’élection
ui-dialog-open-file = Ouvrir un fichier d’élection
ui-opening = Ouverture du fichier d’élection…
ui-file-created = Nouveau fichier d’élection créé.
ui-file-opened = Fichier d’élection ouvert.
ui-dialog-save-copy = Enregistrer une copie du fichier d’élection
ui-saving-copy = Enregistrement d’une copie…
ui-copy-saved = Copie enregistrée.
ui-reading-backups = Lecture des sauvegardes…
ui-restore-title = Restaurer une sauvegarde
ui-restore-none = Ce fichier n’a encore aucune sauvegarde. Une sauvegarde est faite avant chaque étape irréversible : la certification, le remplacement de la liste électorale, la suppression d’une élection.
ui-restore-intro = Le fichier dans son état actuel est sauvegardé avant que la sauvegarde choisie ne le remplace.
ui-backup-certify = { $taken } — avant la certification
ui-backup-replace-roll = { $taken } — avant le remplacement de la liste électorale
ui-backup-delete-term = { $taken } — avant la suppression d’une élection
ui-backup-before-restore = { $taken } — avant une restauration
ui-backup-other = { $taken } — avant : { $step }
ui-restore = Restaurer
ui-restoring = Restauration…
ui-restored = Sauvegarde restaurée.
ui-restored-detail = Le fichier tel qu’il était est conservé sous le nom { $file }.
ui-reading-preferences = Lecture des préférences…
ui-preferences = Préférences
ui-preferences-saved = Préférences enregistrées.
ui-preferences-officer = Le journal d’audit indique désormais { $officer }.
ui-preferences-no-officer = Aucun nom de président·e du bureau n’est défini.
ui-preferences-officer-label = Nom du président ou de la présidente du bureau
ui-preferences-officer-hint = À définir une seule fois : chaque modification est consignée dans le journal d’audit sous ce nom, qui sert aussi à la certification.

## Le journal d’audit

ui-loading-audit = Chargement du journal d’audit…
ui-checking-audit = Vérification du journal d’audit…
ui-audit-intact = Intact.
ui-audit-intact-detail = { $count ->
    [one] L’unique entrée du journal d’audit du fichier d’élection est à sa place d’origine et inchangée.
   *[other] Les { $count } entrées du journal d’audit du fichier d’élection sont dans leur ordre d’origine et inchangées.
}
ui-audit-latest-hash = Dernier hash :
ui-audit-broken = Altéré.
ui-audit-broken-detail = Le journal d’audit a été modifié en dehors de Scrutineer : { $problem }.
ui-audit-broken-entry = une entrée ne correspond pas à son hash
ui-audit-check = Vérifier le journal d’audit
ui-audit-check-hint = Chaque modification du fichier d’élection est consignée, chaque entrée scellée par le hash de la précédente. La vérification recalcule toute la chaîne.
ui-audit-heading = { $count ->
    [one] Journal d’audit de cette élection : { $count } entrée
   *[other] Journal d’audit de cette élection : { $count } entrées
}
ui-audit-empty = Rien n’est encore consigné : chaque modification de cette élection apparaîtra ici.
ui-audit-col-number = N°
ui-audit-col-when = Quand
ui-audit-col-what = Quoi
ui-audit-col-details = Détails
ui-audit-col-who = Qui

## Fichiers de bulletins avant import, totaux saisis deux fois, égalité à trancher

ui-format-grid = Grille de bulletins CSV (une colonne par candidat·e)
ui-format-blt = Fichier de bulletins BLT (OpenSTV, OpaVote)
ui-format-totals = Totaux CSV (candidate,votes)
ui-format-helios = Résultat d’élection Helios (totaux)
ui-format-civs = Rapport de bulletins CIVS
ui-format-elekto = Dossier d’élection Elekto
ui-format-bettervoting = Export de bulletins BetterVoting
ui-format-belenios = Bulletins Belenios
ui-format-debian = Feuille de dépouillement Debian
ui-format-typed = Totaux saisis deux fois
ui-preview-heading = Vérifiez le fichier avant de l’importer
ui-preview-file = Fichier
ui-preview-format = Format reconnu
ui-preview-holds = Contenu
ui-preview-totals = Totaux (aucun bulletin)
ui-preview-blank = Une case vide signifie
ui-preview-candidates = Candidat·es
ui-ballots-cast = Votants
ui-preview-ballots-hint = Le fichier donne les totaux mais pas le nombre de votants : reportez-le depuis le résultat publié.
ui-preview-need-ballots = Saisissez le nombre de votants (un nombre entier) : le fichier ne donne que les totaux.
ui-preview-import = Importer ce fichier
ui-totals-heading = Saisir les totaux
ui-totals-intro = Là où seuls des totaux existent (un résultat publié, un dépouillement manuel), deux personnes les saisissent chacune. Rien n’est enregistré si les deux saisies ne concordent pas, chiffre par chiffre.
ui-totals-source = Origine des chiffres
ui-totals-source-placeholder = Par exemple : résultat Helios, 2 juin
ui-totals-first = Première saisie
ui-totals-first-hint = La première personne saisit les totaux depuis le résultat publié ou la feuille de dépouillement.
ui-totals-next = Terminé : masquer cette saisie pour la deuxième personne
ui-totals-restart = Recommencer à la première saisie
ui-totals-second = Deuxième saisie
ui-totals-second-hint = Une deuxième personne saisit de nouveau les mêmes totaux, sans voir la première saisie (elle est masquée).
ui-totals-compare = Comparer et enregistrer
ui-totals-need-number = Saisissez un nombre entier (0 ou plus) pour { $name }.
ui-totals-the-ballots-cast = le nombre de votants
ui-totals-differ = Les deux saisies diffèrent. Rien n’a été enregistré.
ui-totals-differ-hint = Vérifiez ces chiffres avec la source, puis corrigez la deuxième saisie (ou recommencez).
ui-totals-differ-table = Chiffres qui diffèrent
ui-totals-nominee = Candidat·e
ui-totals-saving = Enregistrement des totaux…
ui-totals-saved = { $count ->
    [one] Totaux enregistrés : { $count } votant.
   *[other] Totaux enregistrés : { $count } votants.
}
ui-totals-saved-hash = SHA-256 des chiffres : { $sha256 }
ui-decided-by-coin = Pile ou face
ui-decided-by-lot = Tirage au sort
ui-decided-by-casting-vote = Voix prépondérante
ui-tie-order = Ordre décidé, la personne favorisée en premier
ui-tie-move-up = Monter { $name }
ui-tie-move-down = Descendre { $name }
ui-tie-up = ↑ Monter
ui-tie-down = ↓ Descendre
ui-tie-record = Consigner la décision et dépouiller de nouveau
ui-tie-need-method = Indiquez comment l’égalité a été tranchée.
ui-tie-need-who = Indiquez qui a décidé.
ui-tie-recording = Consignation de la décision…
ui-tie-heading = Une égalité attend la décision de la présidence du bureau
ui-tie-stopped = Le dépouillement s’est arrêté sur une égalité : { $context }
ui-tie-tied = À égalité : { $names }
ui-tie-hint = Tranchez l’égalité comme vos règles le prévoient, puis placez les candidat·es dans l’ordre décidé : la première personne est favorisée. La décision figure dans le journal d’audit et sur le procès-verbal.
ui-tie-how = Comment elle a été tranchée
ui-tie-decided-by = Décidé par
ui-tie-witness = Assesseur·e
ui-counting = Dépouillement en cours…
