# Scrutineer が読むファイル（各サービスの投票用紙ファイル、集計、YAML、Elekto のフォルダー、
# 選挙人名簿）についてのエラー：scrutineer-formats。どれもファイル、行、問題を示します。
# 中核のエラーは errors.ftl にあります。ファイル名、列見出し、形式のキーワード
# （`candidate,votes`、`name:`）は訳しません。

## ファイルを読む。
err-file-empty = ファイルが空です
err-file-no-ballots = ファイルに投票用紙がありません
err-file-too-large-bytes = ファイルが { $max } バイトを超えています。内容に対して大きすぎます
err-file-not-utf8 = ファイルが正しい UTF-8 のテキストではありません：{ $detail }
err-json-unreadable = JSON を読み取れません：{ $detail }
err-export-unreadable = エクスポートを読み取れません：{ $detail }
err-csv-unreadable = CSV を読み取れません：{ $detail }
err-figure-too-large = 数値 { $n } が大きすぎます。受け付ける最大値は { $max } です
err-not-ballots = これは { $format } 形式のファイル（候補者ごとに 1 つの数値）で、投票用紙ではありません
err-line-not-utf8 = この行は正しい UTF-8 のテキストではありません。ファイルを UTF-8 で保存してください
err-utf8-cut = ファイルが UTF-8 の文字の途中で終わっています。ファイルを UTF-8 で保存してください
err-line-too-long = 行が { $max } バイトを超えています。投票用紙や集計のファイルではありません（または破損しています）

## 形式の判別（--format、フォルダー）。
err-input-folder-no-elekto = このフォルダーには { $format } 形式の選挙がありません。election.yaml が必要です
err-input-folder-no-helios = このフォルダーには { $format } 形式の選挙がありません。election.json と result.json が必要です
err-input-folder-format = これはフォルダーですが、{ $format } 形式はファイルから読み込みます
err-input-folder-format-found = これはフォルダーですが、{ $format } 形式はファイルから読み込みます（このフォルダーには { $found } 形式の選挙があります）
err-input-folder-not-election = このフォルダーは選挙ではありません。Elekto のフォルダー（election.yaml）、Helios のフォルダー（election.json と result.json）、または投票用紙ファイルが必要です
err-input-elekto-no-yaml = Elekto の選挙はそのフォルダー（または election.yaml が隣にある ballots.csv）から読み込みます。election.yaml が見つかりません
err-input-format-mismatch = ファイルは { $given } 形式と指定されました（--format { $given }）が、内容は { $found } 形式です。--format { $found } を指定するか、auto で自動判別してください
err-input-empty = ファイルが空です。投票用紙または集計のファイルが必要です
err-input-with-election-json = { $format } 形式の入力は、そのファイルまたはフォルダーから、隣の election.json とともに読み込みます
err-input-with-election-and-result = { $format } 形式の入力は、そのファイルまたはフォルダーから、election.json と result.json とともに読み込みます
err-input-with-candidates-csv = { $format } 形式の入力は、そのファイルまたはフォルダーから、隣の candidates.csv とともに読み込みます
err-input-with-election-yaml = { $format } 形式の入力は、そのファイルまたはフォルダーから、election.yaml と候補者のファイルとともに読み込みます

## 投票用紙の表（CSV、候補者ごとに 1 列）。
err-grid-name-utf8 = 候補者名が正しい UTF-8 ではありません（位置 { $position } のバイトが不正です）。ファイルを UTF-8 で保存してください
err-grid-name-twice = 候補者名 `{ $name }` が見出し行に 2 回あります（{ $first } 列目と { $second } 列目）。各候補者は 1 回だけ記載してください

## 集計ファイル。
err-totals-header = 見出し行 `candidate,votes`（または `candidate,count`）が必要ですが、`{ $found }` がありました
err-totals-header-star = 見出し行 `candidate,votes`（または `candidate,count`）が必要ですが、`{ $found }` がありました。STAR の集計は決選の結果なしには開票できません（投票用紙を開票するか、公表された結果を入力してください）
err-totals-sum-too-large = ここで得票の合計が { $max } を超えます。大きすぎます

## BLT 投票用紙ファイル。
err-blt-quote-open = 引用符で囲んだ名前またはタイトルが閉じていません。同じ行に閉じる { $quote } が必要です
err-blt-quoted-text = 引用符で囲んだテキスト「{ $text }」
err-blt-token = `{ $text }`
err-blt-ends-early = ファイルが途中で終わっています。{ $expected }が必要です
err-blt-expected-found = { $expected }が必要ですが、{ $found }がありました
err-blt-what-candidates = 候補者の数（整数）
err-blt-what-seats = 議席の数（整数）
err-blt-what-ballot-or-end = 投票用紙の行、または投票用紙の終わりを示す行 `0`
err-blt-what-ballot = 投票用紙の行
err-blt-what-name = { $candidates } 人中 { $candidate } 番目の候補者の、引用符で囲んだ名前
err-blt-what-title = 名前の後の、引用符で囲んだタイトル（または単独の行にあるタイトル）
err-blt-no-candidates = 候補者が 1 人以上必要ですが、0 人でした
err-blt-too-many-candidates = 候補者は最大 { $max } 人ですが、{ $found } 人でした
err-blt-no-seats = 議席が 1 以上必要ですが、0 でした
err-blt-too-many-seats = 議席は最大 { $max }（候補者 1 人につき 1 議席）ですが、{ $found } でした
err-blt-withdrawn = 辞退した候補者 `-N`（N は 1 から { $candidates }）が必要ですが（辞退の行には他に何も書けません。投票用紙の重みは負にできません）、{ $found }がありました
err-blt-withdrawn-twice = 候補者 { $candidate } の辞退が 2 回記載されています
err-blt-ballot-id = `(17)` のような括弧付きの投票用紙番号が必要ですが、{ $found }がありました
err-blt-weight-after-id = 投票用紙番号の後に、その重みが必要です
err-blt-weight-quoted = 投票用紙の重み（1 以上の整数）または投票用紙の終わりを示す行 `0` が必要ですが、{ $found }がありました（投票用紙の終わりを示す行 `0` が抜けていませんか？）
err-blt-weight = 投票用紙の重み（1 以上の整数）または投票用紙の終わりを示す行 `0` が必要ですが、{ $found }がありました
err-blt-weight-fraction = 投票用紙の重み（1 以上の整数）または投票用紙の終わりを示す行 `0` が必要ですが、{ $found }がありました（小数や負の重みは受け付けません）
err-blt-weight-zero = 投票用紙の重みは 1 以上が必要ですが、0 でした
err-blt-after-end = 投票用紙の終わりを示す `0` の後には、引用符で囲んだ名前しか書けません（重み 0 は投票用紙ではありません）。{ $found }がありました
err-blt-preference-quoted = 候補者番号または終わりの 0 が必要ですが、{ $found }がありました
err-blt-preference = 1 から { $candidates } までの候補者番号（`2=3` のような同順位も可）または終わりの 0 が必要ですが、{ $found }がありました
err-blt-preference-twice = 候補者 { $candidate } がこの投票用紙に 2 回以上あります
err-blt-no-terminator = 投票用紙の行が終わりの 0 で終わっていません（投票用紙は 1 枚 1 行：重み、順位、0）
err-blt-after-terminator = 終わりの 0 の後は投票用紙の行の終わりが必要ですが、{ $found }がありました
err-blt-weight-too-large = 投票用紙の重み { $weight } が大きすぎます。受け付ける最大値は { $max } です
err-blt-total-too-large = この投票用紙で重みの合計が { $max } を超えます。大きすぎて開票できません
err-blt-name-empty = { $expected }が必要ですが、名前が空でした
err-blt-name-twice = 候補者 { $candidate } の名前が候補者 { $first } と同じです：「{ $name }」
err-blt-title = { $names } 人の名前の後にタイトル（引用符で囲むか、単独の行に書く）が必要ですが、{ $found }がありました
err-blt-after-title = タイトルの後には引用符で囲んだ出典またはコメントの行しか書けませんが、{ $found }がありました

## Belenios。
err-belenios-no-election = Belenios の投票用紙は、隣にある選挙の election.json（回答の名前のため）とともに読み込みます。それが見つかりません
err-belenios-ballot-not-json = 投票用紙が JSON ではありません：{ $detail }
err-belenios-not-election = Belenios の選挙、つまり `questions` を持つオブジェクトが必要です
err-belenios-questions = 選挙に質問が { $questions } 個あります。1 回の開票では順位付けの質問 1 つだけを扱います
err-belenios-not-ranked = 質問が `NonHomomorphic` ではありません。開票する投票用紙があるのは順位付けの質問だけです
err-belenios-no-answers-field = 質問に `answers` がありません
err-belenios-answer-repeated = 回答 { $answer } が空か、重複しています
err-belenios-no-answers = 質問に回答がありません
err-belenios-ballot-shape = 投票用紙 `[[r1, ..., r{ $n }]]`、つまり { $n } 個の順位（回答ごとに 1 つ）のリストが必要です
err-belenios-rank = 回答 { $answer } の順位が `{ $found }` です。整数（順位なしは 0）が必要です

## BetterVoting。
err-bettervoting-empty = ファイルが空です。見出し行 `ballot_id,precinct,<candidates>` が必要です
err-bettervoting-header = `ballot_id,precinct` で始まる BetterVoting の見出し行が必要です
err-bettervoting-races = このエクスポートには複数の投票（{ $races }）があります。開票するには 1 ファイルに 1 つの投票をエクスポートしてください
err-bettervoting-no-candidates = 見出し行の `ballot_id,precinct` の後に候補者がありません
err-bettervoting-row-width = この行のセルは { $cells } 個ですが、見出し行は { $columns } 列です。列ごとに 1 つのセルが必要です（引用符なしのエクスポートでは、コンマを含む候補者名で列がずれます）
err-bettervoting-no-ballots = ファイルに見出し行はありますが、投票用紙がありません
err-bettervoting-no-election = エクスポートに `Election` がありません
err-bettervoting-race-count = 選挙に投票が { $races } つあります。1 回の開票につき 1 つの投票をエクスポートしてください
err-bettervoting-race-differs = 投票用紙は投票 `{ $ballots }` のものですが、選挙の投票は `{ $race }` です
err-bettervoting-race-method = 投票の方式 `{ $method }` はこの読み込み機能では扱えません（STAR、STAR_PR、Approval、Plurality、IRV、STV、RankedRobin）
err-bettervoting-candidate-name = 投票の候補者 { $candidate } の名前 `{ $name }` が空か、重複しています
err-bettervoting-unknown-id = 投票用紙が候補者 ID `{ $id }` に点を付けていますが、その ID は投票にありません
err-bettervoting-score = 投票用紙の点数が { $score } です。0 から { $max } までが必要です
err-bettervoting-negative-mark = 投票用紙に負の印（{ $mark }）があります
err-bettervoting-negative-rank = 投票用紙に負の順位（{ $rank }）があります
err-bettervoting-export-no-ballots = エクスポートに投票用紙がありません

## CIVS。
err-civs-empty = ファイルが空です。`name` 列と `id` 列のある見出し行が必要です
err-civs-header = `name` 列と `id` 列のある見出し行が必要です
err-civs-name-empty = 候補者の名前が空です
err-civs-choice = 選択肢 `{ $choice }` は candidates.csv のどの候補者（名前または @ユーザー名）とも一致しません。次のいずれかが必要です：{ $names }

## Debian の集計表。
err-debian-no-options = 選択肢が見つかりません。Debian の集計表では `Option 1--->: name` の形で記載されます
err-debian-rank = `{ $found }` は順位ではありません。1〜9（10〜35 は A〜Z）、または順位なしの - が必要です
err-debian-ballot-before-options = 投票用紙の行（V:）が選択肢の一覧（Option 1--->: …）より前にあります
err-debian-ballot-width = 投票用紙の順位の文字は { $ranks } 個ですが、選択肢は { $options } 個です
err-debian-option-rank = 選択肢 { $option }（{ $name }）：{ $problem }
err-debian-option-late = 選択肢 { $option } が投票用紙の始まった後に記載されています
err-debian-option-order = ここには選択肢 { $expected } が必要ですが、選択肢 { $found } がありました。選択肢は 1、2、3… の順に番号を付けてください
err-debian-option-no-name = 選択肢 { $option } に名前がありません

## Elekto のフォルダー。
err-elekto-no-candidate-file = 候補者 ID `{ $id }` について、`ID: { $id }` を含む candidate-{ $id }.md ファイルがフォルダーにありません
err-elekto-no-opinion = 投票用紙が候補者に順位を付けていません（`No opinion`）が、election.yaml は allow_no_opinion: False です
err-elekto-dashes-start = 候補者の見出しブロックはダッシュの行（---）で始める必要があります
err-elekto-header-block = `name:` と `ID:` を含む、2 つのダッシュの行（---）に挟まれた見出しブロックが必要です
err-elekto-header-name = 見出しブロックに `name:` が必要です
err-elekto-header-id = 見出しブロックに `ID:` が必要です
err-elekto-not-list = `{ $key }` はリストではなく 1 つの値にしてください
err-elekto-no-name = 選挙のタイトル `name:` が必要です
err-elekto-no-seats = 議席の数 `no_winners:` が必要です
err-elekto-seats = `no_winners` には 1 以上の整数が必要ですが、`{ $found }` がありました
err-elekto-no-opinion-value = `allow_no_opinion` には True か False が必要ですが、`{ $found }` がありました
err-elekto-no-column = 候補者 `{ $name }`（{ $id }）の列が ballots.csv にありません
err-elekto-no-voters = 有権者の ID の一覧 `eligible_voters:` が必要です
err-elekto-voter-id = 有権者は 1 人につき 1 つの ID（`- github-id`）にしてください
err-elekto-voters-list = `eligible_voters:` には ID のリストが必要です

## Helios。
err-helios-no-result = 選挙の隣に Helios の結果が見つかりません。result.json、{ $stem }-result.json、または { $stem }.result.json（…/elections/<uuid>/result から保存したもの）が必要です
err-helios-not-election = Helios の選挙、つまり `questions` のリストを持つオブジェクトが必要です
err-helios-no-question = 選挙の質問は { $questions } 個です。質問 { $question } はありません
err-helios-no-answers = 質問 { $question } に `answers` のリストがありません
err-helios-answer-not-name = 質問 { $question } の回答 { $answer } が名前ではありません
err-helios-answer-twice = 回答 `{ $name }` が質問 { $question } に 2 回あります
err-helios-not-result = Helios の結果、つまり [[45, 44, 33]] のような質問ごとの得票数のリストが必要です
err-helios-result-questions = 結果には得票数のリストが { $lists } 個ありますが、選挙の質問は { $questions } 個です。同じ選挙のファイルですか？
err-helios-counts-not-list = 質問 { $question } の得票数がリストではありません
err-helios-counts-differ = 質問 { $question } の回答は { $answers } 個ですが、結果の得票数は { $counts } 個です
err-helios-count = `{ $name }`（質問 { $question }、回答 { $answer }）の得票数が `{ $found }` です。0 から { $max } までの整数が必要です
err-helios-sum-too-large = 得票数の合計が大きすぎます

## YAML（election.yaml）。
err-yaml-item-continues = 上のリスト項目の続きとして `name: value` が必要です
err-yaml-item-not-mapping = `name: value` の行が、対応付けではないリスト項目の後にあります
err-yaml-expected-value-or-item = `{ $key }` の下に `name: value` またはリスト項目 `- value` が必要ですが、`{ $found }` がありました
err-yaml-expected-item = `{ $key }` の下にリスト項目 `- value` が必要ですが、`{ $found }` がありました
err-yaml-quote-one-line = ここでは引用符で囲んだ値を 1 行に書いてください
err-yaml-single-quote = 一重引用符で囲んだ値がその行で閉じていません
err-yaml-double-quote = 二重引用符で囲んだ値がその行で閉じていません
err-yaml-escape = 二重引用符で囲んだ値のエスケープ `{ $escape }` は、ここでは使えません
err-yaml-backslash = 二重引用符で囲んだ値が単独のバックスラッシュで終わっています
err-yaml-unsupported = `{ $found }` は、この読み込み機能が受け付けない YAML です（アンカー、タグ、フロー形式の対応付け）。単純な値を書いてください
err-yaml-margin = 左端から始まる `key: value` の行が必要です
err-yaml-key-value = `key: value` の行が必要ですが、`{ $found }` がありました
err-yaml-key-twice = キー `{ $key }` が 2 回あります（{ $first } 行目と { $line } 行目）
err-yaml-flow-list = リスト `[...]` はその行で閉じてください

## 選挙人名簿、および丸ごと読む他の CSV やテキストのファイル（所信表明、推薦の CSV）。
err-rollfile-empty = ファイルが空です。見出し行と、有権者 1 人につき 1 行が必要です
err-rollfile-nul-at = NUL バイトが含まれています（{ $at } バイト目）。CSV のテキストファイルではなく、バイナリファイルです
err-rollfile-delimiter = 区切り文字は引用符と改行以外の ASCII 文字にしてください。バイト { $byte } は使えません
err-rollfile-no-text = テキストがありません。見出し行と、有権者 1 人につき 1 行が必要です
err-rollfile-not-header = 最初の行が CSV の見出し行ではありません：{ $reason }
err-rollfile-field-long = { $column } 列目が { $kib } KiB を超えています。有権者の情報ではありません（引用符の閉じ忘れでは？）
err-rollfile-row-long = 行が { $kib } KiB を超えています（引用符の閉じ忘れでは？）
err-rollfile-many-fields = 行の項目が { $max } 個を超えています
err-rollfile-no-rows = 見出し行（{ $header }）はありますが、有権者の行がありません
err-rollfile-nul = NUL 文字が含まれています。バイナリファイルか、ここでは読めない文字コードのテキスト（UTF-32？）です
err-rollfile-controls = 最初の { $total } 文字のうち { $controls } 文字が制御文字です。CSV のテキストファイルではなく、バイナリファイルです
err-rollfile-too-large-mib = { $mib } MiB を超えています。{ $what }としては大きすぎます
err-rollfile-mapping = 対応付け { $field }={ $header } に当たる列がありません。列は { $columns } です
err-text-too-large-kib = { $kib } KiB を超えています。{ $what }としては長すぎます
err-text-nul = NUL バイトが含まれています。{ $what }のテキストではなく、バイナリファイルです
err-text-not-utf8 = UTF-8 のテキストではありません（{ $detail }）。{ $what }を UTF-8 で保存してください
err-what-statement = 所信表明
err-what-group-list = グループの一覧
err-what-sitting-members = 現職メンバーの一覧
err-what-nominations-csv = 推薦の CSV
err-what-form-csv = フォームの CSV
err-voted-nul = NUL バイトが含まれています。メールアドレスの一覧ではなく、バイナリファイル（または UTF-16 のテキスト）です
err-voted-no-email-column = メールアドレスの列がありません。email や e-mail address のような見出し行、または 1 行に 1 つのメールアドレスが必要です
err-rollfile-zip = これは Excel（.xlsx）や LibreOffice（.ods）のブックのような zip アーカイブで、CSV のテキストファイルではありません。表計算ソフトで開き、CSV として保存してください
err-rollfile-xls = これは古い Excel のブック（.xls）で、CSV のテキストファイルではありません。表計算ソフトで開き、CSV として保存してください
err-rollfile-pdf = これは PDF 文書で、CSV のテキストファイルではありません
err-rollfile-gzip = これは gzip で圧縮されたファイルで、CSV のテキストファイルではありません。先に展開してください
err-rollfile-sqlite = これは SQLite データベースで、CSV のテキストファイルではありません

## 選挙人名簿の拒否された行（理由は英語で保存され、errors.ftl のものと同様に読み戻されます。
## ID は err-roll- で始まります）。
err-roll-field-long = 列 '{ $column }' が { $kib } KiB を超えています。有権者の情報ではありません（引用符の閉じ忘れでは？）
err-roll-field-long-n = { $column } 列目が { $kib } KiB を超えています。有権者の情報ではありません（引用符の閉じ忘れでは？）
err-roll-row-long = 行が { $kib } KiB を超えています（引用符の閉じ忘れでは？）
err-roll-many-fields = 行の項目が { $max } 個を超えています
err-roll-bad-bytes = 列 '{ $column }' に正しい { $encoding } ではないバイトがあります（'{ $value }'）。ファイルの文字コードを選んでください
err-roll-bad-bytes-n = { $column } 列目に正しい { $encoding } ではないバイトがあります（'{ $value }'）。ファイルの文字コードを選んでください
