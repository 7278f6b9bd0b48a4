# Erreurs sur les fichiers que Scrutineer lit (fichiers de bulletins de chaque service, totaux,
# YAML, dossiers Elekto, listes électorales) : scrutineer-formats. Chacune nomme le fichier, la
# ligne et le problème. Les erreurs du cœur sont dans errors.ftl. Les noms de fichiers, les
# en-têtes de colonnes et les mots-clés des formats (`candidate,votes`, `name:`) restent tels quels.

## Lire un fichier.
err-file-empty = le fichier est vide
err-file-no-ballots = le fichier ne contient aucun bulletin
err-file-too-large-bytes = le fichier dépasse { $max } octets : trop grand pour ce qu’il doit contenir
err-file-not-utf8 = le fichier n’est pas un texte UTF-8 valide : { $detail }
err-json-unreadable = le JSON est illisible : { $detail }
err-export-unreadable = l’export est illisible : { $detail }
err-csv-unreadable = le fichier CSV est illisible : { $detail }
err-figure-too-large = le nombre { $n } est trop grand : le maximum accepté est { $max }
err-not-ballots = c’est un fichier au format { $format } (un nombre par candidat), pas des bulletins
err-line-not-utf8 = la ligne n’est pas un texte UTF-8 valide : enregistrez le fichier en UTF-8
err-utf8-cut = le fichier se termine au milieu d’un caractère UTF-8 : enregistrez le fichier en UTF-8
err-line-too-long = la ligne dépasse { $max } octets : ce n’est pas un fichier de bulletins ou de totaux (ou il est endommagé)

## Reconnaître les formats (--format, dossiers).
err-input-folder-no-elekto = ce dossier ne contient aucune élection au format { $format } : il devrait contenir election.yaml
err-input-folder-no-helios = ce dossier ne contient aucune élection au format { $format } : il devrait contenir election.json et result.json
err-input-folder-format = c’est un dossier, et le format { $format } se lit depuis un fichier
err-input-folder-format-found = c’est un dossier, et le format { $format } se lit depuis un fichier (le dossier contient une élection au format { $found })
err-input-folder-not-election = ce dossier n’est pas une élection : attendu un dossier Elekto (election.yaml), un dossier Helios (election.json et result.json) ou un fichier de bulletins
err-input-elekto-no-yaml = une élection Elekto se lit depuis son dossier (ou depuis son ballots.csv avec election.yaml à côté) : election.yaml est introuvable
err-input-format-mismatch = le fichier a été indiqué comme { $given } (--format { $given }) mais son contenu est au format { $found } : indiquez --format { $found }, ou auto pour le reconnaître
err-input-empty = le fichier est vide : attendu un fichier de bulletins ou de totaux
err-input-with-election-json = une entrée au format { $format } se lit depuis son fichier ou son dossier, avec election.json à côté
err-input-with-election-and-result = une entrée au format { $format } se lit depuis son fichier ou son dossier, avec election.json et result.json
err-input-with-candidates-csv = une entrée au format { $format } se lit depuis son fichier ou son dossier, avec candidates.csv à côté
err-input-with-election-yaml = une entrée au format { $format } se lit depuis son fichier ou son dossier, avec election.yaml et les fichiers des candidats

## Grilles de bulletins (CSV, une colonne par candidat).
err-grid-name-utf8 = le nom du candidat n’est pas en UTF-8 valide (octet erroné à la position { $position }) : enregistrez le fichier en UTF-8
err-grid-name-twice = le nom `{ $name }` figure deux fois dans l’en-tête (colonnes { $first } et { $second }) : chaque candidat doit y figurer une seule fois

## Fichiers de totaux.
err-totals-header = attendu l’en-tête `candidate,votes` (ou `candidate,count`), trouvé `{ $found }`
err-totals-header-star = attendu l’en-tête `candidate,votes` (ou `candidate,count`), trouvé `{ $found }` : des totaux STAR ne peuvent être dépouillés sans leur second tour (dépouillez les bulletins, ou saisissez le résultat publié)
err-totals-sum-too-large = la somme des voix dépasse ici { $max } : trop grande

## Fichiers de bulletins BLT.
err-blt-quote-open = un nom ou un titre entre guillemets n’est pas fermé : attendu un { $quote } fermant sur la même ligne
err-blt-quoted-text = le texte entre guillemets « { $text } »
err-blt-token = `{ $text }`
err-blt-ends-early = le fichier se termine trop tôt : attendu { $expected }
err-blt-expected-found = attendu { $expected }, trouvé { $found }
err-blt-what-candidates = le nombre de candidats (un nombre entier)
err-blt-what-seats = le nombre de sièges (un nombre entier)
err-blt-what-ballot-or-end = une ligne de bulletin ou la ligne `0` qui clôt les bulletins
err-blt-what-ballot = une ligne de bulletin
err-blt-what-name = le nom entre guillemets du candidat { $candidate } sur { $candidates }
err-blt-what-title = le titre entre guillemets (ou un titre seul sur sa ligne) après les noms
err-blt-no-candidates = attendu au moins 1 candidat, trouvé 0
err-blt-too-many-candidates = attendu au plus { $max } candidats, trouvé { $found }
err-blt-no-seats = attendu au moins 1 siège, trouvé 0
err-blt-too-many-seats = attendu au plus { $max ->
        [one] 1 siège
       *[other] { $max } sièges
    } (un par candidat), trouvé { $found }
err-blt-withdrawn = attendu un candidat retiré `-N` avec N de 1 à { $candidates } (une ligne de retraits ne contient rien d’autre ; le poids d’un bulletin ne peut être négatif), trouvé { $found }
err-blt-withdrawn-twice = le candidat { $candidate } est retiré deux fois
err-blt-ballot-id = attendu un numéro de bulletin entre parenthèses comme `(17)`, trouvé { $found }
err-blt-weight-after-id = attendu le poids du bulletin après son numéro
err-blt-weight-quoted = attendu le poids d’un bulletin (un nombre entier d’au moins 1) ou la ligne `0` qui clôt les bulletins, trouvé { $found } (manque-t-il la ligne `0` qui clôt les bulletins ?)
err-blt-weight = attendu le poids d’un bulletin (un nombre entier d’au moins 1) ou la ligne `0` qui clôt les bulletins, trouvé { $found }
err-blt-weight-fraction = attendu le poids d’un bulletin (un nombre entier d’au moins 1) ou la ligne `0` qui clôt les bulletins, trouvé { $found } (les poids fractionnaires ou négatifs ne sont pas acceptés)
err-blt-weight-zero = attendu un poids de bulletin d’au moins 1, trouvé 0
err-blt-after-end = le `0` qui clôt les bulletins ne peut être suivi que des noms entre guillemets (un poids de 0 n’est pas un bulletin) ; trouvé { $found }
err-blt-preference-quoted = attendu un numéro de candidat ou le 0 final, trouvé { $found }
err-blt-preference = attendu un numéro de candidat de 1 à { $candidates } (ou des rangs égaux comme `2=3`), ou le 0 final, trouvé { $found }
err-blt-preference-twice = le candidat { $candidate } figure plus d’une fois sur ce bulletin
err-blt-no-terminator = la ligne du bulletin ne se termine pas par le 0 final (chaque bulletin tient sur une ligne : poids, préférences, 0)
err-blt-after-terminator = attendu la fin de la ligne du bulletin après son 0 final, trouvé { $found }
err-blt-weight-too-large = le poids de bulletin { $weight } est trop grand : le maximum accepté est { $max }
err-blt-total-too-large = avec ce bulletin, le poids total des bulletins dépasse { $max } : trop grand pour être dépouillé
err-blt-name-empty = attendu { $expected }, trouvé un nom vide
err-blt-name-twice = le candidat { $candidate } porte le même nom que le candidat { $first } : « { $name } »
err-blt-title = attendu le titre après { $names ->
        [one] le nom
       *[other] les { $names } noms
    } (entre guillemets, ou seul sur sa ligne), trouvé { $found }
err-blt-after-title = après le titre, seules des lignes de source ou de commentaire entre guillemets sont attendues, trouvé { $found }

## Belenios.
err-belenios-no-election = les bulletins Belenios se lisent avec le fichier election.json de l’élection à côté (pour les noms des réponses) : il est introuvable
err-belenios-ballot-not-json = le bulletin n’est pas du JSON : { $detail }
err-belenios-not-election = attendu une élection Belenios : un objet avec `questions`
err-belenios-questions = l’élection a { $questions } questions : une seule question à classement par dépouillement
err-belenios-not-ranked = la question n’est pas `NonHomomorphic` : seules les questions à classement ont des bulletins à dépouiller
err-belenios-no-answers-field = la question n’a pas de `answers`
err-belenios-answer-repeated = la réponse { $answer } est vide ou répétée
err-belenios-no-answers = la question n’a aucune réponse
err-belenios-ballot-shape = attendu un bulletin `[[r1, ..., r{ $n }]]` : une liste de { $n } rangs (un par réponse)
err-belenios-rank = le rang de la réponse { $answer } est `{ $found }` : attendu un nombre entier, 0 pour non classé

## BetterVoting.
err-bettervoting-empty = le fichier est vide : attendu l’en-tête `ballot_id,precinct,<candidates>`
err-bettervoting-header = attendu un en-tête BetterVoting commençant par `ballot_id,precinct`
err-bettervoting-races = cet export contient plusieurs scrutins ({ $races }) : exportez un scrutin par fichier pour le dépouiller
err-bettervoting-no-candidates = l’en-tête ne nomme aucun candidat après `ballot_id,precinct`
err-bettervoting-row-width = cette ligne a { $cells ->
        [one] 1 cellule
       *[other] { $cells } cellules
    } mais l’en-tête en a { $columns } : attendu une cellule par colonne (un nom de candidat contenant une virgule décale les colonnes d’un export sans guillemets)
err-bettervoting-no-ballots = le fichier a un en-tête mais aucun bulletin
err-bettervoting-no-election = l’export n’a pas d’`Election`
err-bettervoting-race-count = l’élection compte { $races } scrutins : exportez un scrutin par dépouillement
err-bettervoting-race-differs = les bulletins votent dans le scrutin `{ $ballots }` mais le scrutin de l’élection est `{ $race }`
err-bettervoting-race-method = le mode de scrutin `{ $method }` n’est pas connu de ce lecteur (STAR, STAR_PR, Approval, Plurality, IRV, STV, RankedRobin)
err-bettervoting-candidate-name = le candidat { $candidate } du scrutin a un nom vide ou répété `{ $name }`
err-bettervoting-unknown-id = un bulletin note l’identifiant de candidat `{ $id }`, absent du scrutin
err-bettervoting-score = un bulletin donne une note de { $score } : attendu de 0 à { $max }
err-bettervoting-negative-mark = un bulletin porte une marque négative ({ $mark })
err-bettervoting-negative-rank = un bulletin donne un rang négatif ({ $rank })
err-bettervoting-export-no-ballots = l’export ne contient aucun bulletin

## CIVS.
err-civs-empty = le fichier est vide : attendu un en-tête avec les colonnes `name` et `id`
err-civs-header = attendu un en-tête avec les colonnes `name` et `id`
err-civs-name-empty = le nom du candidat est vide
err-civs-choice = le choix `{ $choice }` ne correspond à aucun candidat de candidates.csv (par nom ou @identifiant) : attendu l’un de { $names }

## Feuilles de dépouillement Debian.
err-debian-no-options = aucune option trouvée : une feuille de dépouillement Debian les énumère sous la forme `Option 1--->: name`
err-debian-rank = `{ $found }` n’est pas un rang : attendu 1-9 (puis A-Z pour 10-35) ou - pour non classé
err-debian-ballot-before-options = une ligne de bulletin (V:) précède la liste des options (Option 1--->: …)
err-debian-ballot-width = le bulletin a { $ranks ->
        [one] 1 caractère de rang
       *[other] { $ranks } caractères de rang
    } mais il y a { $options } options
err-debian-option-rank = option { $option } ({ $name }) : { $problem }
err-debian-option-late = l’option { $option } est énumérée après le début des bulletins
err-debian-option-order = attendu ici l’option { $expected }, trouvé l’option { $found } : les options doivent être numérotées 1, 2, 3… dans l’ordre
err-debian-option-no-name = l’option { $option } n’a pas de nom

## Dossiers Elekto.
err-elekto-no-candidate-file = l’identifiant de candidat `{ $id }` n’a pas de fichier candidate-{ $id }.md avec `ID: { $id }` dans le dossier
err-elekto-no-opinion = un bulletin laisse un candidat non classé (`No opinion`) mais election.yaml indique allow_no_opinion: False
err-elekto-dashes-start = le bloc d’en-tête du candidat doit commencer par une ligne de tirets (---)
err-elekto-header-block = attendu un bloc d’en-tête entre deux lignes de tirets (---) avec `name:` et `ID:`
err-elekto-header-name = attendu `name:` dans le bloc d’en-tête
err-elekto-header-id = attendu `ID:` dans le bloc d’en-tête
err-elekto-not-list = `{ $key }` doit être une valeur unique, pas une liste
err-elekto-no-name = attendu `name:`, le titre de l’élection
err-elekto-no-seats = attendu `no_winners:`, le nombre de sièges
err-elekto-seats = attendu pour `no_winners` un nombre entier d’au moins 1, trouvé `{ $found }`
err-elekto-no-opinion-value = attendu pour `allow_no_opinion` True ou False, trouvé `{ $found }`
err-elekto-no-column = le candidat `{ $name }` ({ $id }) n’a pas de colonne dans ballots.csv
err-elekto-no-voters = attendu `eligible_voters:`, la liste des identifiants des inscrits
err-elekto-voter-id = chaque inscrit doit être un seul identifiant (`- github-id`)
err-elekto-voters-list = attendu pour `eligible_voters:` une liste d’identifiants

## Helios.
err-helios-no-result = le résultat Helios est introuvable à côté de l’élection : attendu result.json, { $stem }-result.json ou { $stem }.result.json (enregistré depuis …/elections/<uuid>/result)
err-helios-not-election = attendu une élection Helios : un objet avec une liste `questions`
err-helios-no-question = l’élection a { $questions ->
        [one] 1 question
       *[other] { $questions } questions
    } : il n’y a pas de question { $question }
err-helios-no-answers = la question { $question } n’a pas de liste `answers`
err-helios-answer-not-name = la réponse { $answer } de la question { $question } n’est pas un nom
err-helios-answer-twice = la réponse `{ $name }` figure deux fois dans la question { $question }
err-helios-not-result = attendu le résultat Helios : une liste de décomptes par question, comme [[45, 44, 33]]
err-helios-result-questions = le résultat a { $lists ->
        [one] 1 liste de décomptes
       *[other] { $lists } listes de décomptes
    } mais l’élection a { $questions ->
        [one] 1 question
       *[other] { $questions } questions
    } : ces fichiers sont-ils ceux de la même élection ?
err-helios-counts-not-list = les décomptes de la question { $question } ne sont pas une liste
err-helios-counts-differ = la question { $question } a { $answers } réponses mais le résultat donne { $counts } décomptes
err-helios-count = le décompte de `{ $name }` (question { $question }, réponse { $answer }) est `{ $found }` : attendu un nombre entier de 0 à { $max }
err-helios-sum-too-large = la somme des décomptes est trop grande

## YAML (election.yaml).
err-yaml-item-continues = attendu `name: value` à la suite de l’élément de liste ci-dessus
err-yaml-item-not-mapping = une ligne `name: value` suit un élément de liste qui n’est pas un dictionnaire
err-yaml-expected-value-or-item = attendu `name: value` ou un élément de liste `- value` sous `{ $key }`, trouvé `{ $found }`
err-yaml-expected-item = attendu un élément de liste `- value` sous `{ $key }`, trouvé `{ $found }`
err-yaml-quote-one-line = une valeur entre guillemets doit tenir sur une seule ligne ici
err-yaml-single-quote = une valeur entre apostrophes n’est pas fermée sur sa ligne
err-yaml-double-quote = une valeur entre guillemets droits n’est pas fermée sur sa ligne
err-yaml-escape = la séquence d’échappement `{ $escape }` dans une valeur entre guillemets droits n’est pas prise en charge ici
err-yaml-backslash = une valeur entre guillemets droits se termine par une barre oblique inverse isolée
err-yaml-unsupported = `{ $found }` est du YAML que ce lecteur n’accepte pas (ancres, étiquettes, dictionnaires en ligne) : écrivez une valeur simple
err-yaml-margin = attendu une ligne `key: value` commençant à la marge gauche
err-yaml-key-value = attendu une ligne `key: value`, trouvé `{ $found }`
err-yaml-key-twice = la clé `{ $key }` figure deux fois (lignes { $first } et { $line })
err-yaml-flow-list = une liste `[...]` doit se fermer sur sa ligne

## Listes électorales, et autres fichiers CSV et texte lus en entier (une profession de foi, un CSV de candidatures).
err-rollfile-empty = le fichier est vide : attendu une ligne d’en-tête et une ligne par électeur
err-rollfile-nul-at = contient un octet NUL (à l’octet { $at }) : c’est un fichier binaire, pas un fichier texte CSV
err-rollfile-delimiter = le séparateur doit être un caractère ASCII autre qu’un guillemet ou un saut de ligne, pas l’octet { $byte }
err-rollfile-no-text = ne contient aucun texte : attendu une ligne d’en-tête et une ligne par électeur
err-rollfile-not-header = la première ligne n’est pas un en-tête CSV : { $reason }
err-rollfile-field-long = la colonne { $column } dépasse { $kib } Kio : ce ne sont pas les coordonnées d’un électeur (un guillemet mal fermé ?)
err-rollfile-row-long = la ligne dépasse { $kib } Kio (un guillemet mal fermé ?)
err-rollfile-many-fields = la ligne a plus de { $max } champs
err-rollfile-no-rows = a une ligne d’en-tête ({ $header }) mais aucune ligne d’électeur
err-rollfile-nul = contient des caractères NUL : c’est un fichier binaire, ou un texte dans un encodage qui n’est pas lu ici (UTF-32 ?)
err-rollfile-controls = { $controls } de ses { $total } premiers caractères sont des caractères de contrôle : c’est un fichier binaire, pas un fichier texte CSV
err-rollfile-too-large-mib = dépasse { $mib } Mio : trop grand pour ce fichier ({ $what })
err-rollfile-mapping = la correspondance { $field }={ $header } ne désigne aucune colonne : les colonnes sont { $columns }
err-text-too-large-kib = dépasse { $kib } Kio : trop long pour ce fichier ({ $what })
err-text-nul = contient des octets NUL : c’est un fichier binaire, pas un texte ({ $what })
err-text-not-utf8 = n’est pas un texte UTF-8 ({ $detail }) : enregistrez le fichier ({ $what }) en UTF-8
err-what-statement = profession de foi
err-what-group-list = liste de groupes
err-what-sitting-members = liste des membres sortants
err-what-nominations-csv = CSV de candidatures
err-what-form-csv = CSV d’un formulaire
err-voted-nul = contient des octets NUL : c’est un fichier binaire (ou un texte UTF-16), pas une liste d’adresses e-mail
err-voted-no-email-column = aucune colonne d’adresse e-mail : attendu un en-tête comme email ou e-mail address, ou une adresse e-mail par ligne
err-rollfile-zip = c’est une archive zip, comme un classeur Excel (.xlsx) ou LibreOffice (.ods), pas un fichier texte CSV : ouvrez-le dans le tableur et enregistrez-le en CSV
err-rollfile-xls = c’est un ancien classeur Excel (.xls), pas un fichier texte CSV : ouvrez-le dans le tableur et enregistrez-le en CSV
err-rollfile-pdf = c’est un document PDF, pas un fichier texte CSV
err-rollfile-gzip = c’est un fichier compressé avec gzip, pas un fichier texte CSV : décompressez-le d’abord
err-rollfile-sqlite = c’est une base de données SQLite, pas un fichier texte CSV

## Lignes refusées d’une liste électorale (leurs motifs sont enregistrés en anglais et relus,
## comme ceux d’errors.ftl : les identifiants commencent par err-roll-).
err-roll-field-long = la colonne '{ $column }' dépasse { $kib } Kio : ce ne sont pas les coordonnées d’un électeur (un guillemet mal fermé ?)
err-roll-field-long-n = la colonne { $column } dépasse { $kib } Kio : ce ne sont pas les coordonnées d’un électeur (un guillemet mal fermé ?)
err-roll-row-long = la ligne dépasse { $kib } Kio (un guillemet mal fermé ?)
err-roll-many-fields = la ligne a plus de { $max } champs
err-roll-bad-bytes = la colonne '{ $column }' contient des octets qui ne sont pas du { $encoding } valide ('{ $value }') : choisissez l’encodage du fichier
err-roll-bad-bytes-n = la colonne { $column } contient des octets qui ne sont pas du { $encoding } valide ('{ $value }') : choisissez l’encodage du fichier
