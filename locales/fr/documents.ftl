# Documents publiés par Scrutineer : procès-verbal des résultats, livret des
# candidatures, annonce et CSV des résultats.
#
# Mêmes termes que window.ftl et window-work.ftl (voir leur glossaire) : parrain (seconder),
# soutien (endorsement), président·e du bureau (la présidence du bureau), assesseur·e (witness),
# pile ou face, tirage au sort, écarté·e (disqualified). Typographie : espace insécable U+00A0
# avant : ; ? ! % et à l’intérieur des guillemets « » (pas d’espace fine U+202F : les polices
# des PDF ne l’ont pas toutes).

## Commun

not-stated = Non indiqué
not-recorded = Non enregistré
page-of = Page { $n } sur { $total }
percent = { $n } %
# A figure that cannot be worked out (turnout with an empty roll).
not-available = n.d.
list-and = { $init } et { $last }
list-sep = {", "}

## Procès-verbal des résultats

cert-title = Procès-verbal des résultats
cert-kicker = PROCÈS-VERBAL OFFICIEL D’UNE ÉLECTION
cert-footer = Procès-verbal des résultats · établi avec { $producer }
cert-identifier-short = Procès-verbal { $id }
cert-identifier-status = Procès-verbal { $id } · { $status }
cert-draft = PROJET — non certifié
cert-certified-on = Certifié le { $when } par { $officer }
cert-certified-witnessed = Certifié le { $when } par { $officer }, en présence de { $witness }
cert-method-and-rules = Mode de scrutin et règles
cert-counting-method = Mode de scrutin
cert-rules = Règles
cert-no-further-rules = Aucune autre règle
cert-participation = Participation
cert-eligible = Inscrits
cert-ballots-cast = Votants
cert-turnout = Taux de participation
cert-col-rank = Rang
cert-col-candidate = Candidat·e
cert-col-employer = Employeur
cert-col-votes = Voix
cert-col-status = Résultat
cert-candidates = Candidatures
cert-candidates-continued = Candidatures (suite)
cert-no-candidates = Aucune candidature.
cert-elected-in-order = Élu·es, dans l’ordre d’élection
cert-none-elected = Aucun candidat n’a été élu.
cert-exclusions = Exclusions
cert-no-reason = Aucun motif consigné
cert-ties = Égalités départagées par tirage au sort
cert-tie-n = Égalité { $n }
cert-tied-candidates = Candidats à égalité
cert-ballot-set-sha = SHA-256 de l’ensemble des bulletins
cert-order-drawn = Ordre tiré au sort
cert-seed = Graine
cert-seed-continued = Graine (suite)
cert-seed-none = (aucune consignée)
cert-tie-decided = { $rule } : { $how }, décidé par { $who }
cert-tie-decided-witnessed = { $rule } : { $how }, décidé par { $who }, en présence de { $witness }
cert-notes = Observations
cert-verification = Vérification
cert-sha-of-ballots = SHA-256 des bulletins
cert-date = Date du procès-verbal
cert-status = État
cert-identifier = Numéro du procès-verbal
cert-counted-with = Dépouillé avec
cert-statement = Nous certifions que ce qui précède est le compte rendu fidèle du résultat de cette élection, dépouillée selon le mode de scrutin et les règles indiqués.
cert-returns-officer = Président·e du bureau
cert-witness = Assesseur·e
cert-signature = Signature
cert-name = Nom
cert-signature-date = Fait le
cert-quorum-met = Le quorum a été atteint.
cert-audit-head = Dernière entrée du journal d’audit : n° { $seq }, SHA-256 { $hash }
cert-small-batch = Un lot de { $n ->
        [one] { $n } bulletin
       *[other] { $n } bulletins
    }, sous le seuil du secret du vote, a été importé avec le motif donné par la présidence du bureau : { $reason }
cert-acknowledged = État validé par la présidence du bureau après une modification faite hors de Scrutineer : { $reason }

## Résultat de chaque candidature

status-elected = élu·e
status-disqualified = écarté·e
status-not-elected = non élu·e
status-withdrawn = retiré·e
status-vacant = siège obtenu, laissé vacant
status-elected-by-draw = élu·e par tirage au sort
status-elected-by-officer = élu·e sur décision de la présidence du bureau
status-elected-by-psf = élu·e selon la procédure de la PSF

## Modes de scrutin

method-approval = Vote par approbation (scrutin plurinominal)
method-plurality = Scrutin majoritaire (vote unique non transférable)
method-star = STAR en bloc (notes puis second tour automatique)
method-schulze = Méthode de Schulze (Condorcet)
method-ranked-pairs = Paires classées (Condorcet)
method-irv = Vote alternatif (second tour instantané)
method-stv-scottish = Vote unique transférable écossais (SSI 2007/42)
method-stv-meek = Vote unique transférable de Meek
method-debian = Constitution Debian A.6 (Condorcet, ensemble de Schwartz, option par défaut)

## Règles en vigueur

rule-seats = { $n ->
        [one] { $n } siège
       *[other] { $n } sièges
    }
rule-no-employer-limit = Aucune limite d’élus par employeur
rule-employer-cap = Plafond par employeur : { $cap } (procédure du PEP 13 : le moins bien classé d’un employeur surreprésenté est écarté et le suivant remonte)
rule-max-per-employer = Au plus { $n ->
        [one] { $n } élu
       *[other] { $n } élus
    } par employeur (procédure du PEP 13 : le moins bien classé d’un employeur surreprésenté est écarté et le suivant remonte)
rule-sitting = Membres sortants comptés dans le plafond par employeur : { $list }
rule-seed-default = Graine du tirage au sort : les noms des candidats, triés, un par ligne (par défaut), avec le SHA-256 de l’ensemble canonique des bulletins (ballots.csv du dossier de résultats)
rule-seed-given = Graine du tirage au sort : « { $seed } », avec le SHA-256 de l’ensemble canonique des bulletins (ballots.csv du dossier de résultats)
rule-ties-draw = Égalités : tirage au sort de Scrutineer avec graine
rule-ties-psf = Égalités : procédure de la PSF (module random de Python, avec pour graine les noms à égalité triés et mis bout à bout, puis random.sample)
rule-ties-officer = Égalités : tranchées par la présidence du bureau (pile ou face, tirage au sort ou voix prépondérante), chaque décision étant consignée avec le nom de son auteur et celui de l’assesseur·e présent·e ({ $n ->
        [one] { $n } décision consignée
       *[other] { $n } décisions consignées
    })
rule-none-of-the-above = « { $name } » signifie « aucun des candidats » : un siège qu’il remporte reste vacant
rule-blank = Rang laissé vide : { $how }
rule-blank-not-compared = un candidat non classé ne prend part à aucun duel sur ce bulletin (sans avis)
rule-blank-below-ranked = un candidat non classé est placé après tous les candidats classés, à égalité avec les autres non classés
rule-totals = Dépouillé à partir de totaux publiés, non de bulletins : { $batches ->
        [one] { $batches } lot
       *[other] { $batches } lots
    } totalisant { $cast ->
        [one] { $cast } votant
       *[other] { $cast } votants
    }
rule-totals-file = Totaux de { $file } : { $cast ->
        [one] { $cast } votant
       *[other] { $cast } votants
    }, SHA-256 { $sha }
rule-quorum = Quorum : { $q } % des inscrits
rule-withdrawn = Retirés avant le dépouillement : { $list }
rule-debian = Constitution Debian A.6 : option par défaut « { $default } » ; quorum { $quorum } ; { $majorities }
rule-debian-no-quorum = aucun
rule-debian-simple = majorités simples
rule-debian-needs = { $option } requiert { $n }:1

## Avertissements avant signature

warn-empty-roll = La liste électorale est vide : impossible de calculer la participation et le quorum. Importez la liste.
warn-more-ballots = Il y a plus de bulletins ({ $ballots }) que d’inscrits sur la liste ({ $eligible }) : vérifiez la liste et les fichiers de bulletins avant de certifier.
warn-quorum-not-met = Le quorum n’a pas été atteint.
warn-seats-exceed = Il y a { $seats ->
        [one] { $seats } siège
       *[other] { $seats } sièges
    } mais seulement { $standing ->
        [one] { $standing } candidature maintenue
       *[other] { $standing } candidatures maintenues
    } : au moins { $empty ->
        [one] { $empty } siège restera vacant
       *[other] { $empty } sièges resteront vacants
    }.

## Livret des candidatures

booklet-doc-title = Candidatures : { $term }
booklet-self-nominated = Candidature spontanée
booklet-title = Livret des candidatures
booklet-kicker = LIVRET DES CANDIDATURES
booklet-nominees-standing = Candidatures ({ $n ->
        [one] { $n } maintenue
       *[other] { $n } maintenues
    })
booklet-no-nominations = Aucune candidature.
booklet-withdrawn-mark = {" "}(retirée)
booklet-published = Publié le { $date }. Chaque candidature commence sur une nouvelle page.
booklet-withdrawn-banner = CANDIDATURE RETIRÉE
booklet-handle = Identifiant
booklet-nominated-by = Présenté·e par
booklet-seconded-by = Parrainé·e par
booklet-status = État
booklet-withdrawn-status = Candidature retirée
booklet-endorsements = Soutiens
booklet-endorsed-by = Soutenu·e par{" "}
booklet-statement = Profession de foi
booklet-no-statement = Pas de profession de foi.
booklet-footer = Livret des candidatures · établi avec { $producer }

## Annonce des résultats

announce-title = Résultats : { $term }
announce-title-org = Résultats : { $org }, { $term }
announce-sentences = { $first } { $second }
announce-none-elected = Aucun candidat n’a été élu.
announce-one-elected = { $name } est élu·e.
announce-many-elected = Sont élu·es, dans cet ordre : { $names }.
announce-method = Le dépouillement a pourvu { $seats ->
        [one] { $seats } siège
       *[other] { $seats } sièges
    } selon le mode de scrutin « { $method } ».
announce-vacant = { $n ->
        [one] { $n } siège reste vacant
       *[other] { $n } sièges restent vacants
    }.
announce-ballots-turnout = { $ballots ->
        [one] { $ballots } bulletin a été déposé
       *[other] { $ballots } bulletins ont été déposés
    } pour { $eligible ->
        [one] { $eligible } inscrit
       *[other] { $eligible } inscrits
    } (participation { $turnout }).
announce-ballots = { $ballots ->
        [one] { $ballots } bulletin a été déposé
       *[other] { $ballots } bulletins ont été déposés
    }.
announce-quorum-met = Le quorum a été atteint.
announce-quorum-not-met = Le quorum n’a pas été atteint.
announce-figures = Résultats détaillés
announce-figure-line = { $name } : { $figure }, { $status }
announce-rules-applied = Règles appliquées
announce-disqualified = { $name } a été écarté·e : { $reason }.
announce-tie = L’égalité entre { $tied } ({ $context }) a été départagée par { $rule } : { $order }, dans cet ordre.
announce-seeded-draw = un tirage au sort avec graine
announce-seed = Graine du tirage : { $seed }
announce-withdrew = Retrait avant le dépouillement : { $names }.
announce-check = Chacun peut vérifier le dépouillement : le SHA-256 de l’ensemble des bulletins est { $sha }.
figure-approval = { $count ->
        [one] { $n } approbation
       *[other] { $n } approbations
    }
figure-star = { $count ->
        [one] { $n } point
       *[other] { $n } points
    }
figure-pairwise = { $count ->
        [one] { $n } duel gagné
       *[other] { $n } duels gagnés
    }
figure-first-preference = { $count ->
        [one] { $n } premier choix
       *[other] { $n } premiers choix
    }
figure-vote = { $count ->
        [one] { $n } voix
       *[other] { $n } voix
    }

## CSV des résultats

csv-item = élément
csv-value = valeur
csv-rank = rang
csv-name = nom
csv-employer = employeur
csv-votes = voix
csv-status = résultat
csv-reason = motif
csv-term = Élection
csv-organisation = Organisation
csv-method = Mode de scrutin
csv-seats = Sièges
csv-eligible = Inscrits
csv-ballots-cast = Votants
csv-turnout = Participation
csv-quorum = Quorum
csv-quorum-met = atteint
csv-quorum-not-met = non atteint
csv-ballot-sha = SHA-256 de l’ensemble des bulletins
csv-counted-at = Dépouillé le (UTC)
csv-status-label = État
csv-identifier = Numéro du procès-verbal
csv-rule = Règle
csv-tie = Égalité
csv-warning = Avertissement
csv-tie-value = { $context } : égalité entre { $tied } ; ordre { $order }
csv-tied-with = à égalité avec { $others } ({ $context }) ; ordre décidé par { $rule }
