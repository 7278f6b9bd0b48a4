# The window's words: its frame, Preferences, the list of terms, a new term, and a term's
# Overview and Audit tabs. Read by ui/src/i18n.ts (with every other .ftl file of the language).
#
# 用語集（documents.ftl、count.ftl、window-work.ftl と同じ語。文はです・ます体、ラベルとボタンは
# 名詞句。句読点は全角「、。：（）？」、引用は「」、% の前に空白を入れない。数は単位で数え、複数形はない）
#   term = 選挙; voter = 有権者（人）; voter roll = 選挙人名簿（名簿）; ballot = 投票用紙（枚）
#   ballots cast = 投票用紙数; totals = 集計; voting = 投票; nominee = 候補者; nomination = 推薦
#   nominations open/close = 推薦受付の開始日／締切日; seconder = 賛同者; seat = 定数
#   count = 開票; method = 開票方式（方式）; quorum = 定足数; turnout = 投票率; elected = 当選
#   tie = 同数; draw = くじ; seed = シード（くじのシード）; casting vote = 決定票; coin = 硬貨投げ
#   returning officer = 選挙管理者; witness = 立会人; certify = 認証; certificate = 証明書
#   audit log = 監査ログ; backup = バックアップ; restore = 復元; import = 取り込む

ui-language-label = ウィンドウの言語
ui-language-system = システムに合わせる（{ $language }）
ui-cancel = キャンセル
ui-dismiss = 閉じる
ui-optional = （任意）
ui-save = 保存
ui-saving = 保存しています…
ui-close = 閉じる
ui-open = 開く
ui-none = なし
ui-no-limit = 上限なし

## 枠

ui-skip = 本文へ移動
ui-messages = メッセージ
ui-election-file = 選挙ファイル
ui-election-files = 選挙ファイル
ui-breadcrumb = パンくずリスト
ui-all-terms = ← すべての選挙

## ファイルメニュー（シェルが書く：src-tauri/desk.rs）

ui-menu-file = ファイル
ui-menu-new = 新規作成…
ui-menu-open = 開く…
ui-menu-open-recent = 最近使ったファイル
ui-menu-no-recent = 最近使ったファイルはありません
ui-menu-save-copy = コピーを保存…
ui-menu-restore = バックアップから復元…
ui-menu-preferences = 設定…
ui-menu-quit = 終了

## エラーの見出し

ui-error-not-found = 見つかりません
ui-error-already-exists = すでに存在します
ui-error-invalid-input = 入力内容を確認してください
ui-error-bad-file = ファイルを使用できませんでした
ui-error-wrong-stage = この段階ではできません
ui-error-count = 開票できませんでした
ui-error-database = 選挙ファイルに問題があります
ui-error-io = ファイルを読み書きできませんでした
ui-error-cancelled = 中止しました
ui-error-busy = 選挙ファイルは使用中です
ui-error-unexpected = 予期しない問題が発生しました

## 集計方式、投票用紙、段階

ui-method-approval = 承認投票
ui-method-plurality = 相対多数（1人1票）
ui-method-star = STAR 投票
ui-method-schulze = シュルツェ方式（コンドルセ）
ui-method-ranked-pairs = ランクドペア方式（コンドルセ）
ui-method-irv = 即時決選投票（IRV）
ui-method-stv-scottish = 単記移譲式投票（スコットランド式）
ui-method-stv-meek = 単記移譲式投票（ミーク式）
ui-method-debian = Debian 憲章（コンドルセ）
ui-ballots-approval = 有権者は承認する候補者すべてに印を付けます。
ui-ballots-plurality = 有権者は候補者を1人選んで印を付けます。
ui-ballots-star = 有権者は各候補者に0〜5点を付けます。
ui-ballots-ranked = 有権者は候補者に順位を付けます。
ui-stage-draft = 下書き
ui-stage-nominations = 推薦受付
ui-stage-voting = 投票
ui-stage-counted = 開票済み
ui-stage-certified = 認証済み
ui-stages = 選挙の段階

## 同数の決め方

ui-tie-rule-draw = Scrutineer のくじ
ui-tie-rule-draw-hint = くじのシードと投票用紙から、誰でも再現できるくじです。
ui-tie-rule-psf = PSF の手続
ui-tie-rule-psf-hint = 同数の候補者名をシードにした Python の random モジュール（Python Software Foundation が公表している手続）。
ui-tie-rule-officer = 選挙管理者の決定
ui-tie-rule-officer-hint = 同数になると開票が止まり、選挙管理者が立会人のもとで決定（硬貨投げ、くじ、または決定票）を記録してから、再び開票します。
ui-tie-rule-explained = { $rule }：{ $hint }

## 選挙の次の手順

ui-next-step = 次の手順
ui-next-certified = この選挙は認証済みで、結果は確定しています。結果と証明書は引き続き保存できます。
ui-next-certified-action = 結果を見る
ui-next-counted = 開票が終わりました。結果を確認し、結果と証明書を保存してから、選挙を認証してください。
ui-next-counted-action = 結果を見る
ui-next-nominees = 候補者を追加してください（この選挙に立候補する人）。
ui-next-nominees-action = 候補者を追加
ui-next-voters = 選挙人名簿を取り込んでください（投票できる人の一覧）。
ui-next-voters-action = 選挙人名簿を取り込む
ui-next-ballots = 投票が締め切られたら、投票用紙を取り込んでください。
ui-next-ballots-action = 投票用紙を取り込む
ui-next-count = 投票用紙はすべてそろいましたか？　開票してください。
ui-next-count-action = 開票する

## 一覧

ui-page-none = 表示するものはありません
ui-page-range = { $total } 件中 { $first }–{ $last } 件を表示

## 選挙の一覧

ui-terms = 選挙
ui-terms-lead = 1つの選挙は、候補者、選挙人名簿、投票用紙、結果からなります。
ui-loading-terms = 選挙を読み込んでいます…
ui-new-term = 新しい選挙
ui-no-terms = まだ選挙がありません
ui-no-terms-hint = まず最初の選挙を作成してください。その後、候補者を追加し、選挙人名簿と投票用紙を取り込んで、開票します。
ui-create-first-term = 最初の選挙を作成
ui-col-term = 選挙
ui-col-method = 方式
ui-col-seats = 定数
ui-col-stage = 段階
ui-col-nominees = 候補者
ui-col-voters = 有権者
ui-col-ballots = 投票用紙
ui-col-actions = 操作
ui-open-term = { $name } を開く
ui-terms-count = { $count } 件の選挙
ui-elekto-label = Elekto の選挙フォルダー
ui-elekto-hint = Elekto の選挙一式（Kubernetes など）：election.yaml、voters.yaml、候補者ファイル、ballots.csv を含むフォルダー（またはその中の任意のファイルのパス）。定数、勤務先と所信表明つきの候補者、名簿（GitHub ユーザー名）、投票用紙をそろえた新しい選挙になります。
ui-elekto-button = Elekto の選挙を取り込む
ui-elekto-dialog = Elekto の選挙フォルダー（election.yaml があるフォルダー）を選んでください
ui-elekto-importing = 選挙を取り込んでいます…
ui-elekto-created = Elekto のフォルダーから選挙「{ $name }」を作成しました。
ui-elekto-created-detail = 定数 { $seats }、候補者 { $nominees } 人、有権者 { $voters } 人、投票用紙 { $ballots } 枚。

## 新しい選挙

ui-new-term-lead = 選挙の内容を入力してください。方式と定数によって開票の方法が決まります。
ui-field-name = 名前
ui-field-organisation = 団体
ui-field-seats = 定数
ui-field-method = 開票方式
ui-field-max-per-employer = 同一勤務先からの当選者の上限
ui-field-seed = くじのシード
ui-field-tie-rule = 同数の決め方
ui-field-quorum = 定足数（有権者に対する%）
ui-field-nominations-open = 推薦受付の開始日
ui-field-nominations-close = 推薦受付の締切日
ui-field-seconders = 必要な賛同者の数
ui-field-statement-words = 所信表明の上限（語数）
ui-new-name-hint = 例：運営委員会 2025
ui-new-organisation-hint = 証明書に印刷されます。
ui-new-seats-hint = 当選する人数です。
ui-new-no-limit-hint = 上限を設けない場合は空欄にします。
ui-new-seed-hint = 事前に公表する任意の文字列です。同数は、この文字列から誰でも再現できるくじで決まります。空欄にすると候補者の名前を使います。
ui-new-quorum-hint = 結果が有効となる最低投票率です。設けない場合は空欄にします。
ui-new-nominations-open-hint = 初日（UTC）。いつでも推薦を受け付ける場合は空欄にします。
ui-new-nominations-close-hint = 最終日（UTC）。これより後の推薦には理由が必要で、監査ログに記録されます。
ui-new-seconders-hint = 各推薦に賛同しなければならない、名簿に載っている人の数です。不要な場合は空欄にします。
ui-create-term = 選挙を作成
ui-creating-term = 選挙を作成しています…
ui-term-created = 選挙「{ $name }」を作成しました。
ui-term-created-next = 次に候補者を追加してください。
ui-check-name = 選挙の名前を入力してください。
ui-check-seats = 定数を入力してください（1以上の整数）。
ui-check-method = 開票方式を選んでください。
ui-check-max-per-employer = 1以上の整数を入力するか、上限を設けない場合は空欄にしてください。
ui-check-quorum = 1〜100 の百分率を入力するか、定足数を設けない場合は空欄にしてください。
ui-check-tie-rule = 同数の決め方を選んでください。
ui-check-date = 日付を YYYY-MM-DD の形で入力するか、空欄にしてください。
ui-check-close-before-open = 推薦受付の締切日が開始日より前になっています。
ui-check-seconders = 賛同者の数を整数で入力するか、不要な場合は空欄にしてください。
ui-check-statement-words = 1以上の整数で語数を入力するか、上限を設けない場合は空欄にしてください。

## 選挙のページと概要

ui-loading-term = 選挙を読み込んでいます…
ui-no-such-term = この選挙ファイルに「{ $name }」という選挙はありません
ui-seats = 定数 { $count }
ui-term-parts = 選挙の各部
ui-tab-overview = 概要
ui-tab-nominees = 候補者
ui-tab-voters = 有権者
ui-tab-ballots = 投票用紙
ui-tab-results = 結果
ui-tab-audit = 監査ログ
ui-stat-nominees = 候補者
ui-stat-voters = 名簿上の有権者
ui-stat-ballots = 投票用紙
ui-rules = この選挙の規則
ui-seed-nominees = 候補者の名前
ui-rule-quorum = 定足数
ui-quorum-of-voters = 有権者の { $percent }
ui-rule-created = 作成日時

## 認証、認証済みの選挙

ui-certify-button = 結果を認証…
ui-certify-title = 結果を認証
ui-certify-confirm = 認証する
ui-certify-need-officer = 選挙管理者の名前を入力してください。証明書と監査ログに記載されます。
ui-certifying = 認証しています…
ui-certified-notice = 結果を認証しました。
ui-certified-notice-detail = { $when } に { $officer } が認証しました。証明書 { $identifier }。
ui-certify-warning = 認証後は選挙を変更できません。投票用紙の追加も再開票もできなくなります。先にファイルをバックアップします。
ui-certify-officer = 選挙管理者
ui-certify-officer-hint = 証明書に記載されるあなたの名前です。
ui-certify-witness = 立会人（任意）
ui-certified-heading = 認証済み
ui-certified-plain = この結果は認証済みです。
ui-winners = { $count ->
   *[other] 当選者
}
ui-certified-final = 認証済みの選挙は変更できません。結果は確定しています。
ui-restore-hint = 認証した結果に誤りがある場合は、［ファイル ▸ バックアップから復元］で、認証直前（そのときバックアップを取っています）の選挙ファイルに戻せます。それ以降の操作はすべて取り消されます。現在のファイルは先にバックアップされます。
ui-certified-nothing = ここでは何も変更できません：
ui-certified-nothing-when = この選挙は { $when } に { $officer } が認証しており、認証済みの結果は確定しています。
ui-certified-nothing-plain = この選挙は認証済みで、認証済みの結果は確定しています。
ui-certified-line = { $when } に { $officer } が認証しました。証明書 { $identifier }。
ui-certified-line-witness = { $when } に { $officer } が認証しました（立会人 { $witness }）。証明書 { $identifier }。
ui-seed-text = シード文字列：
ui-seed-names = （候補者の名前）
ui-seed-hash = 投票用紙一式の SHA-256：

## 選挙の訂正

ui-corrections = 誤りを訂正する
ui-edit-summary = 選挙の名前、定数、方式を変更する
ui-edit-save = 変更を保存
ui-edit-need-reason = 変更の理由を入力してください。監査ログに記録されます。
ui-edit-need-seats = 定数を入力してください（1以上の整数）。
ui-edit-saving = 変更を保存しています…
ui-edit-done = 選挙を変更しました。
ui-edit-done-detail = 監査ログには、変更前と変更後の値が理由とともに記録されます。
ui-edit-method-hint = 投票用紙が取り込まれています。変更すると結果は破棄され、方式は同じ種類の投票用紙を読む方式にしか変更できません。
ui-edit-reason = 変更の理由
ui-delete-term = この選挙を削除
ui-delete-has-ballots = この選挙には投票用紙が { $count } 枚あるため、削除できません。
ui-delete-need-reason = 選挙を削除する理由を入力してください。監査ログに記録されます。
ui-deleting = 選挙を削除しています…
ui-delete-done = 選挙「{ $name }」を削除しました。
ui-delete-done-detail = 先にファイルをバックアップしました。［ファイル ▸ バックアップから復元］で元に戻せます。
ui-delete-intro = 誤って作成した選挙は、投票用紙がない間は削除できます。先にファイルをバックアップします。
ui-delete-reason = 削除の理由

## ファイル、バックアップ、設定

ui-dialog-new-file = 新しい選挙ファイル
ui-dialog-open-file = 選挙ファイルを開く
ui-opening = 選挙ファイルを開いています…
ui-file-created = 新しい選挙ファイルを作成しました。
ui-file-opened = 選挙ファイルを開きました。
ui-dialog-save-copy = 選挙ファイルのコピーを保存
ui-saving-copy = コピーを保存しています…
ui-copy-saved = コピーを保存しました。
ui-reading-backups = バックアップを読み込んでいます…
ui-restore-title = バックアップから復元
ui-restore-none = このファイルのバックアップはまだありません。元に戻せない操作（認証、名簿の置き換え、選挙の削除）の前に、毎回バックアップを取ります。
ui-restore-intro = 選んだバックアップで置き換える前に、現在のファイルをバックアップします。
ui-backup-certify = { $taken } — 認証の前
ui-backup-replace-roll = { $taken } — 名簿の置き換えの前
ui-backup-delete-term = { $taken } — 選挙の削除の前
ui-backup-before-restore = { $taken } — 復元の前
ui-backup-other = { $taken } — 次の操作の前：{ $step }
ui-restore = 復元
ui-restoring = 復元しています…
ui-restored = バックアップから復元しました。
ui-restored-detail = 復元前のファイルは { $file } として保存されています。
ui-reading-preferences = 設定を読み込んでいます…
ui-preferences = 設定
ui-preferences-saved = 設定を保存しました。
ui-preferences-officer = 今後、監査ログには { $officer } の名前が記録されます。
ui-preferences-no-officer = 選挙管理者の名前は設定されていません。
ui-preferences-officer-label = 選挙管理者の名前
ui-preferences-officer-hint = 一度設定すれば、すべての変更がこの名前で監査ログに記録され、認証にも使われます。

## 監査ログ

ui-loading-audit = 監査ログを読み込んでいます…
ui-checking-audit = 監査ログを検証しています…
ui-audit-intact = 改ざんなし。
ui-audit-intact-detail = 選挙ファイルの監査ログの全 { $count } 件は、元の順序のまま変更されていません。
ui-audit-latest-hash = 最新のハッシュ：
ui-audit-broken = 改ざんあり。
ui-audit-broken-detail = 監査ログが Scrutineer の外で変更されています：{ $problem }。
ui-audit-broken-entry = ハッシュと一致しない記録があります
ui-audit-check = 監査ログを検証
ui-audit-check-hint = 選挙ファイルへの変更はすべて記録され、各記録は直前の記録のハッシュで封印されています。検証では連鎖全体を計算し直します。
ui-audit-heading = この選挙の監査ログ：{ $count } 件
ui-audit-empty = まだ記録はありません。この選挙への変更はすべてここに表示されます。
ui-audit-col-number = 番号
ui-audit-col-when = 日時
ui-audit-col-what = 操作
ui-audit-col-details = 詳細
ui-audit-col-who = 実行者

## 取り込む前の投票ファイル、2回入力する集計、同数の決定

ui-format-grid = 投票用紙の表形式 CSV（候補者ごとに1列）
ui-format-blt = BLT 投票ファイル（OpenSTV、OpaVote）
ui-format-totals = 集計 CSV（candidate,votes）
ui-format-helios = Helios の選挙結果（集計）
ui-format-civs = CIVS の投票レポート
ui-format-elekto = Elekto の選挙フォルダー
ui-format-bettervoting = BetterVoting の投票データ
ui-format-belenios = Belenios の投票用紙
ui-format-debian = Debian の集計表
ui-format-typed = 2回入力した集計
ui-preview-heading = 取り込む前にファイルを確認してください
ui-preview-file = ファイル
ui-preview-format = 検出した形式
ui-preview-holds = 内容
ui-preview-totals = 集計（投票用紙なし）
ui-preview-blank = 空欄の意味
ui-preview-candidates = 候補者
ui-ballots-cast = 投票用紙数
ui-preview-ballots-hint = このファイルには集計はありますが、投票用紙数がありません。公表された結果から入力してください。
ui-preview-need-ballots = 投票用紙数を整数で入力してください。このファイルには集計しかありません。
ui-preview-import = このファイルを取り込む
ui-totals-heading = 集計を入力
ui-totals-intro = 集計しかない場合（公表された結果、手作業での開票）は、2人がそれぞれ入力します。両方の入力が数字1つ残らず一致しない限り、何も保存されません。
ui-totals-source = 数字の出典
ui-totals-source-placeholder = 例：Helios の結果、6月2日
ui-totals-first = 1回目の入力
ui-totals-first-hint = 1人目が、公表された結果または集計表を見て集計を入力します。
ui-totals-next = 完了：2人目のためにこの入力を隠す
ui-totals-restart = 1回目の入力からやり直す
ui-totals-second = 2回目の入力
ui-totals-second-hint = 2人目が、1回目の入力を見ずに（隠されています）同じ集計をもう一度入力します。
ui-totals-compare = 照合して保存
ui-totals-need-number = { $name } に0以上の整数を入力してください。
ui-totals-the-ballots-cast = 投票用紙数
ui-totals-differ = 2回の入力が一致しません。何も保存していません。
ui-totals-differ-hint = これらの数字を出典と照らし合わせ、2回目の入力を訂正してください（またはやり直してください）。
ui-totals-differ-table = 一致しない数字
ui-totals-nominee = 候補者
ui-totals-saving = 集計を保存しています…
ui-totals-saved = 集計を保存しました。投票用紙数 { $count } 枚。
ui-totals-saved-hash = 数字の SHA-256：{ $sha256 }
ui-decided-by-coin = 硬貨投げ
ui-decided-by-lot = くじ
ui-decided-by-casting-vote = 決定票
ui-tie-order = 決定した順序（優先する候補者が先）
ui-tie-move-up = { $name } を上へ
ui-tie-move-down = { $name } を下へ
ui-tie-up = ↑ 上へ
ui-tie-down = ↓ 下へ
ui-tie-record = 決定を記録して再び開票
ui-tie-need-method = 同数をどのように決めたかを選んでください。
ui-tie-need-who = 決定した人を入力してください。
ui-tie-recording = 決定を記録しています…
ui-tie-heading = 同数のため選挙管理者の決定が必要です
ui-tie-stopped = 同数のため開票が止まりました：{ $context }
ui-tie-tied = 同数の候補者：{ $names }
ui-tie-hint = 規則に従って同数を決め、候補者を決定した順序に並べてください。先頭の候補者が優先されます。決定は監査ログと証明書に記載されます。
ui-tie-how = 決め方
ui-tie-decided-by = 決定した人
ui-tie-witness = 立会人
ui-counting = 開票しています…
