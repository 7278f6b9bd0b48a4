# Scrutineer が公表する文書：開票結果証明書、候補者冊子、結果の告知、結果 CSV。
#
# 語は window.ftl、window-work.ftl の用語集と同じ：投票用紙（枚）、束、開票方式、くじ、硬貨投げ、
# 決定票、認証、選挙管理者、立会人、勤務先、賛同者、支持表明。% の前に空白を入れない。

## 共通

not-stated = 記載なし
not-recorded = 記録なし
page-of = { $n } / { $total } ページ
percent = { $n }%
# A figure that cannot be worked out (turnout with an empty roll).
not-available = 該当なし
list-and = { $init }、{ $last }
list-sep = 、

## 開票結果証明書

cert-title = 開票結果証明書
cert-kicker = 選挙の公式記録
cert-footer = 開票結果証明書 · { $producer } により作成
cert-identifier-short = 証明書 { $id }
cert-identifier-status = 証明書 { $id } · { $status }
cert-draft = 草案 — 未認証
cert-certified-on = { $when } に { $officer } が認証
cert-certified-witnessed = { $when } に { $officer } が認証（立会人 { $witness }）
cert-method-and-rules = 開票方式と規則
cert-counting-method = 開票方式
cert-rules = 規則
cert-no-further-rules = その他の規則なし
cert-participation = 投票状況
cert-eligible = 有権者数
cert-ballots-cast = 投票用紙数
cert-turnout = 投票率
cert-col-rank = 順位
cert-col-candidate = 候補者
cert-col-employer = 勤務先
cert-col-votes = 得票
cert-col-status = 結果
cert-candidates = 候補者
cert-candidates-continued = 候補者（続き）
cert-no-candidates = 候補者なし。
cert-elected-in-order = 当選者（当選順）
cert-none-elected = 当選者はいません。
cert-exclusions = 除外
cert-no-reason = 理由の記録なし
cert-ties = くじによる同数の決定
cert-tie-n = 同数 { $n }
cert-tied-candidates = 同数の候補者
cert-ballot-set-sha = 投票用紙一式の SHA-256
cert-order-drawn = くじで決まった順序
cert-seed = シード
cert-seed-continued = シード（続き）
cert-seed-none = （記録なし）
cert-tie-decided = { $rule }：{ $how }、{ $who } が決定
cert-tie-decided-witnessed = { $rule }：{ $how }、{ $who } が決定（立会人 { $witness }）
cert-notes = 注記
cert-verification = 検証
cert-sha-of-ballots = 投票用紙の SHA-256
cert-date = 証明書の日付
cert-status = 状態
cert-identifier = 証明書番号
cert-counted-with = 使用ソフトウェア
cert-statement = 以上は、記載の方式と規則により開票した本選挙の結果を正しく記録したものであることを証明します。
cert-returns-officer = 選挙管理者
cert-witness = 立会人
cert-signature = 署名
cert-name = 氏名
cert-signature-date = 日付
cert-quorum-met = 定足数を満たしました。
cert-audit-head = 監査ログの最終記録：第 { $seq } 項、SHA-256 { $hash }
cert-small-batch = 投票の秘密を守るための基準枚数に満たない { $n ->
       *[other] { $n } 枚
    }の投票用紙の束を、選挙管理者が次の理由で取り込みました：{ $reason }
cert-acknowledged = Scrutineer 外での変更後に選挙管理者が確認した状態：{ $reason }

## 開票後の候補者の結果

status-elected = 当選
status-disqualified = 失格
status-not-elected = 落選
status-withdrawn = 辞退
status-vacant = 議席獲得・欠員
status-elected-by-draw = くじにより当選
status-elected-by-officer = 選挙管理者の決定により当選
status-elected-by-psf = PSF の手続により当選

## 開票方式

method-approval = 承認投票（複数人区・連記制）
method-plurality = 相対多数（単記非移譲式）
method-star = ブロック STAR（採点と自動決選）
method-schulze = シュルツェ方式（コンドルセ）
method-ranked-pairs = ランクドペア方式（コンドルセ）
method-irv = 即時決選投票
method-stv-scottish = スコットランド式単記移譲式投票（SSI 2007/42）
method-stv-meek = ミーク式単記移譲式投票
method-debian = Debian 憲章 A.6（コンドルセ、シュワルツ集合、既定の選択肢）

## 適用規則

rule-seats = { $n ->
       *[other] 定数 { $n }
    }
rule-no-employer-limit = 勤務先ごとの当選者数の上限なし
rule-employer-cap = 勤務先ごとの上限：{ $cap }（PEP 13 の手続：上限を超えた勤務先の最下位の者を失格とし、次の候補者を繰り上げる）
rule-max-per-employer = 勤務先ごとの当選者は { $n ->
       *[other] { $n } 人
    }まで（PEP 13 の手続：上限を超えた勤務先の最下位の者を失格とし、次の候補者を繰り上げる）
rule-sitting = 勤務先ごとの上限に算入する現職：{ $list }
rule-seed-default = くじのシード：候補者名を並べ替えて 1 行に 1 名ずつ記したもの（既定）に、正規化した投票用紙一式の SHA-256（結果一式の ballots.csv）を組み合わせる
rule-seed-given = くじのシード：「{ $seed }」に、正規化した投票用紙一式の SHA-256（結果一式の ballots.csv）を組み合わせる
rule-ties-draw = 同数：Scrutineer のシード付きくじ
rule-ties-psf = 同数：PSF の手続（同数の候補者名を並べ替えて連結したものをシードとする Python の random モジュールの random.sample）
rule-ties-officer = 同数：選挙管理者が決定（硬貨投げ、くじ、または決定票）し、決定者と立会人を記録（{ $n ->
       *[other] { $n } 件
    }記録済み）
rule-none-of-the-above = 「{ $name }」は「該当者なし」を表す：これが獲得した議席は欠員となる
rule-blank = 順位の空欄：{ $how }
rule-blank-not-compared = 順位を付けられなかった候補者は、その投票用紙ではどの一対比較にも加わらない（意見なし）
rule-blank-below-ranked = 順位を付けられなかった候補者は、順位を付けられた全候補者の下位に置かれ、他の順位なしの候補者と同順位とする
rule-totals = 投票用紙ではなく公表された集計から開票：{ $batches ->
       *[other] { $batches } 束
    }の集計、投票用紙数の合計 { $cast ->
       *[other] { $cast } 枚
    }
rule-totals-file = { $file } の集計：投票用紙 { $cast ->
       *[other] { $cast } 枚
    }、SHA-256 { $sha }
rule-quorum = 定足数：有権者の { $q }%
rule-withdrawn = 開票前の辞退：{ $list }
rule-debian = Debian 憲章 A.6：既定の選択肢「{ $default }」、定足数 { $quorum }、{ $majorities }
rule-debian-no-quorum = なし
rule-debian-simple = 単純多数
rule-debian-needs = { $option } は { $n }:1 の多数が必要

## 署名前の注意

warn-empty-roll = 選挙人名簿が空のため、投票率と定足数を算出できません。名簿を取り込んでください。
warn-more-ballots = 投票用紙（{ $ballots } 枚）が名簿の有権者（{ $eligible } 人）より多くあります。認証の前に名簿と投票用紙のファイルを確認してください。
warn-quorum-not-met = 定足数を満たしませんでした。
warn-seats-exceed = 定数 { $seats ->
       *[other] { $seats }
    } に対し立候補者は { $standing ->
       *[other] { $standing } 人
    }のため、少なくとも { $empty ->
       *[other] { $empty } 議席
    }が欠員となります。

## 候補者冊子

booklet-doc-title = 候補者：{ $term }
booklet-self-nominated = 自薦
booklet-title = 候補者冊子
booklet-kicker = 候補者冊子
booklet-nominees-standing = 候補者（{ $n } 人が立候補）
booklet-no-nominations = 推薦はありません。
booklet-withdrawn-mark = （辞退）
booklet-published = { $date } 公表。各候補者の記載は新しいページから始まります。
booklet-withdrawn-banner = 辞退
booklet-handle = ユーザー名
booklet-nominated-by = 推薦者
booklet-seconded-by = 賛同者
booklet-status = 状態
booklet-withdrawn-status = 立候補を辞退
booklet-endorsements = 支持表明
booklet-endorsed-by = 支持：
booklet-statement = 所信表明
booklet-no-statement = 所信表明はありません。
booklet-footer = 候補者冊子 · { $producer } により作成

## 結果の告知

announce-title = 開票結果：{ $term }
announce-title-org = 開票結果：{ $org }、{ $term }
announce-sentences = { $first }{ $second }
announce-none-elected = 当選者はいません。
announce-one-elected = { $name } が当選しました。
announce-many-elected = { $names } が、この順に当選しました。
announce-method = { $method }により { $seats ->
       *[other] { $seats } 議席
    }を決定しました。
announce-vacant = { $n ->
       *[other] { $n } 議席
    }は欠員となります。
announce-ballots-turnout = 有権者 { $eligible ->
       *[other] { $eligible } 人
    }のうち { $ballots ->
       *[other] { $ballots } 枚
    }の投票用紙が投じられました（投票率 { $turnout }）。
announce-ballots = { $ballots ->
       *[other] { $ballots } 枚
    }の投票用紙が投じられました。
announce-quorum-met = 定足数を満たしました。
announce-quorum-not-met = 定足数を満たしませんでした。
announce-figures = 得票数
announce-figure-line = { $name }：{ $figure }、{ $status }
announce-rules-applied = 適用した規則
announce-disqualified = { $name } は失格となりました：{ $reason }。
announce-tie = { $tied } の同数（{ $context }）は{ $rule }により決定しました：{ $order } の順。
announce-seeded-draw = シード付きのくじ
announce-seed = くじのシード：{ $seed }
announce-withdrew = { $names } は開票前に立候補を辞退しました。
announce-check = 開票は誰でも検証できます。投票用紙一式の SHA-256 は { $sha } です。
figure-approval = { $count ->
       *[other] 承認 { $n }
    }
figure-star = { $count ->
       *[other] { $n } 点
    }
figure-pairwise = { $count ->
       *[other] 一対比較 { $n } 勝
    }
figure-first-preference = { $count ->
       *[other] 第一順位 { $n } 票
    }
figure-vote = { $count ->
       *[other] { $n } 票
    }

## 結果 CSV

csv-item = 項目
csv-value = 値
csv-rank = 順位
csv-name = 氏名
csv-employer = 勤務先
csv-votes = 得票
csv-status = 結果
csv-reason = 理由
csv-term = 選挙
csv-organisation = 団体
csv-method = 開票方式
csv-seats = 定数
csv-eligible = 有権者数
csv-ballots-cast = 投票用紙数
csv-turnout = 投票率
csv-quorum = 定足数
csv-quorum-met = 充足
csv-quorum-not-met = 不足
csv-ballot-sha = 投票用紙一式の SHA-256
csv-counted-at = 開票日時（UTC）
csv-status-label = 状態
csv-identifier = 証明書番号
csv-rule = 規則
csv-tie = 同数
csv-warning = 注意
csv-tie-value = { $context }：{ $tied } が同数、順序 { $order }
csv-tied-with = { $others } と同数（{ $context }）、順序は { $rule } により決定
