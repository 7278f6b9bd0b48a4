# コマンドライン（`scrutineer`）の文。--json の出力はこれを使いません。
# FIGURE($n) は数を言語の区切り記号で書きます。

cli-error = エラー：{ $message }
cli-error-busy = エラー：選挙ファイル { $path } は別のプログラム（Scrutineer のウィンドウかもしれません）が使用中です。それを閉じるか、もう一度お試しください。
cli-waiting = 選挙ファイルを待っています：別のプログラム（Scrutineer のウィンドウかもしれません）が使用中です…
cli-hint-create-dirs = または --create-dirs を指定してください
cli-line = { $line } 行目：{ $text }
cli-field = { $label }：{ $value }
cli-by = 実施者 { $name }
cli-wrote = { $file } を書き出しました。

## 一覧の件数。
cli-n-seats = { FIGURE($n) } 議席
cli-n-voters = 有権者 { FIGURE($n) } 人
cli-n-nominees = 候補者 { FIGURE($n) } 人
cli-n-ballots = 投票用紙 { FIGURE($n) } 枚

## 選挙。
cli-term-created = 選挙「{ $term }」を作成しました：{ FIGURE($seats) } 議席、{ $method }、同じ勤務先からの当選者は最大 { $cap } 人。
cli-term-created-no-cap = 選挙「{ $term }」を作成しました：{ FIGURE($seats) } 議席、{ $method }。
cli-term-imported = { $folder } から選挙「{ $term }」を作成しました：{ FIGURE($seats) } 議席、{ $method }、候補者 { FIGURE($nominees) } 人、有権者 { FIGURE($voters) } 人、{ $ballots }。
cli-no-terms = 選挙はまだありません。次のコマンドで作成してください：scrutineer term create 名前 --seats N --method approval
cli-label-term = 選挙
cli-label-organisation = 団体
cli-label-stage = 段階
cli-label-seats = 定数
cli-label-method = 方式
cli-label-seed = くじのシード
cli-label-ties = 同数の決定方法
cli-certified-status = { $status }（証明書 { $identifier }）
cli-documents-in = 文書の言語：{ $language }（{ $code }）
cli-cap-per-employer = 同じ勤務先からの当選者は最大 { FIGURE($n) } 人
cli-cap-fraction = 同じ勤務先からは機関の定員の最大 { $fraction } まで（現職の委員を含む）
cli-sitting-member = 現職の委員：{ $name }
cli-sitting-member-employer = 現職の委員：{ $name }（{ $employer }）
cli-none-of-the-above = 該当者なし：{ $name }（この選択肢が得た議席は空席のままになります）
cli-stage-now = 選挙「{ $term }」は「{ $stage }」の段階になりました。
cli-term-certified = 選挙「{ $term }」は { $when } に { $officer } が認証しました。今後は変更できません。
cli-term-certified-witness = 選挙「{ $term }」は { $when } に { $officer } が { $witness } の立会いのもとで認証しました。今後は変更できません。
cli-certificate-identifier = 証明書の識別子：{ $identifier }
cli-term-changed = 選挙「{ $term }」を変更しました：{ FIGURE($seats) } 議席、方式 { $method }、段階「{ $stage }」。
cli-term-deleted = 選挙「{ $term }」を削除しました（事前にファイルをバックアップしました。`scrutineer backup list`）。

## 同数。
cli-tie-recorded = 決定を記録しました（{ $method }、決定者 { $by }）：{ $order }。次のコマンドで再度開票してください：scrutineer tally { $term }
cli-tie-recorded-witness = 決定を記録しました（{ $method }、決定者 { $by }、立会人 { $witness }）：{ $order }。次のコマンドで再度開票してください：scrutineer tally { $term }
cli-tie-pending = 同数：{ $tied }（{ $context }）
cli-tie-record-with = 次のコマンドで決定を記録してください：{ $command }
cli-tie-none = 決定待ちの同数はありません。

## 選挙人名簿。
cli-roll-imported = { $file } から有権者 { FIGURE($n) } 人を取り込みました（{ $encoding }、区切り文字 { $delimiter }）。
cli-roll-would-import = { $file } から有権者 { FIGURE($n) } 人を取り込む予定です（{ $encoding }、区切り文字 { $delimiter }）。
cli-refused-rows = 取り込まれなかった行（{ FIGURE($n) } 行）：
cli-refused-rows-in = 取り込まれなかった行は { $file } にあります。
cli-preview-encoding = 文字コード：{ $encoding }（{ $source }）
cli-preview-delimiter = 区切り文字：{ $delimiter }
cli-preview-column = { $field } <- 列「{ $header }」
cli-preview-row = { $line } 行目：{ $name } <{ $email }>
cli-preview-summary = 有効な行 { FIGURE($good) } 行、取り込まれない行 { FIGURE($refused) } 行。
cli-roll-exported = 有権者 { FIGURE($n) } 人を { $file } に書き出しました。
cli-diff-added = { $name } <{ $email }>（{ $line } 行目）
cli-diff-changed = { $name } <{ $email }>：{ $fields }（{ $line } 行目）
cli-diff-summary = 追加 { FIGURE($added) }、削除 { FIGURE($removed) }、変更 { FIGURE($changed) }、変更なし { FIGURE($unchanged) }。
cli-diff-summary-applied = 追加 { FIGURE($added) }、削除 { FIGURE($removed) }、変更 { FIGURE($changed) }、変更なし { FIGURE($unchanged) }（適用済み）。
cli-voter-added = { $name } <{ $email }> を選挙人名簿に追加しました。
cli-voter-removed = { $name } <{ $email }> を選挙人名簿から削除しました。
cli-marked-voted = 有権者 { FIGURE($n) } 人を投票済みにしました。
cli-voters-in-all = 有権者は全部で { FIGURE($n) } 人です。
cli-encoding-note = 注意：このファイルは { $chosen } とも { $other } とも読め、一部の名前の読み方が異なります。{ $why }ため、{ $chosen } として読みました。
cli-encoding-line = { $line } 行目：{ $chosen-text }（{ $chosen } として） / { $other-text }（{ $other } として）
cli-encoding-hint = 2 番目の読み方が正しい場合は、--encoding { $other } を指定してファイルをそのように読んでください。

## 候補者。
cli-nominee-added = 候補者「{ $name }」を選挙「{ $term }」に追加しました。
cli-nominee-late = 推薦受付期間外に受理しました：{ $reason }（監査ログに記録しました）。
cli-nominee-corrected = 候補者「{ $name }」を訂正しました。監査ログに変更前と変更後の値が記録されます。
cli-nominee-endorsed = { $name } <{ $email }> が「{ $nominee }」への支持を表明しました。
cli-nominee-accepted = 「{ $name }」が推薦を受諾しました（{ $when }）。
cli-nominee-withdrew = 候補者「{ $name }」の辞退を記録しました。
cli-nominees-imported = { $file } から候補者 { FIGURE($n) } 人を取り込みました（{ $kind }）。

## 投票用紙と開票。
cli-ballots-imported = { $file } から投票用紙 { FIGURE($n) } 枚を取り込みました（SHA-256 { $sha }）。
cli-tally-figures = 有権者数：{ FIGURE($eligible) }   投票用紙：{ FIGURE($ballots) }   投票率：{ $turnout }
cli-quorum-met = 定足数に達しました
cli-quorum-not-met = 定足数に達していません
cli-warning = 警告：{ $warning }
cli-ballot-set-sha = 投票用紙一式の SHA-256：{ $sha }

## 結果、監査ログ、結果パッケージ。
cli-bundle-wrote = 選挙「{ $term }」の結果パッケージを { $folder } に書き出しました：
cli-bundle-check = 次のコマンドで確認してください：scrutineer verify { $folder }
cli-bundle-verified = 結果パッケージを検証しました：SHA256SUMS はすべてのファイルと一致し、ballots.csv は正規形で（SHA-256 { $sha }）、「{ $term }」の再開票（投票用紙 { FIGURE($ballots) } 枚）は result.json のすべての数値と一致します。当選者：{ $winners }。
cli-audit-intact = 監査ログは完全です：{ FIGURE($entries) } 件、最新の記録 { $seq }（{ $head }）。各選挙の状態はログと一致しています。
cli-audit-acknowledged = 現在の状態を理由とともに記録しました。監査ログは検証に合格します（{ FIGURE($entries) } 件、最新の記録 { $seq }）。

## バックアップと設定。
cli-backups-none = { $file } のバックアップはまだありません（{ $folder }）。
cli-backed-up = { $file } にバックアップしました。
cli-restored = { $name } を復元しました。復元前のファイルは { $file } としてバックアップしてあります。
cli-saved-copy = 選挙ファイルのコピーを { $file } として保存しました。
cli-officer-set = 選挙管理者は { $name } です。今後、監査ログにこの名前が記録されます。
cli-officer-cleared = 選挙管理者の名前を消去しました。

## 立候補の規則（term show）。
cli-nominations-from-to = 推薦受付：{ $opens } から { $closes } まで（UTC、当日を含む）
cli-nominations-from = 推薦受付：{ $opens } から（UTC）
cli-nominations-until = 推薦受付：{ $closes } まで（UTC、当日を含む）
cli-seconders = 必要な賛同者の数：{ FIGURE($n) }
cli-statement-words = 所信表明：最大 { FIGURE($n) } 語

## 選挙ファイルなしでのファイルの開票（scrutineer count）。
cli-count-file = ファイル：{ $file }（SHA-256 { $sha }）
cli-count-set-sha = 投票用紙一式の SHA-256（正規形、くじのシード）：{ $sha }
cli-count-format-detected = 形式：{ $format }（自動判別）
cli-count-format-given = 形式：{ $format }（指定どおり）
cli-blank-not-compared = 空欄の意味：順位のない候補者は、その投票用紙ではどの一対比較にも加わりません（意見なし）
cli-blank-below-ranked = 空欄の意味：順位のない候補者は、順位のあるすべての候補者より下で、ほかの順位のない候補者と同順位です
cli-count-from-totals = 公表された集計結果から開票しました（投票用紙なし）。

## 候補者（nominee show）と取り込んだ立候補。
cli-label-name = 名前
cli-label-email = メールアドレス
cli-label-employer = 勤務先
cli-label-handle = ユーザー名
cli-label-nominated-by = 推薦者
cli-label-nominator = 推薦者の名前
cli-label-nominated-at = 推薦日時
cli-label-late-because = 受付期間外に受理した理由
cli-label-accepted = 推薦の受諾
cli-withdrawn = 辞退
cli-seconded-by = 賛同者：{ $name } <{ $email }>
cli-seconded-by-text = 賛同者：{ $name } <{ $email }>（文章あり）
cli-endorsed-by = 支持者：{ $name } <{ $email }>
cli-endorsed-by-text = 支持者：{ $name } <{ $email }>（文章あり）
cli-statement-length = 所信表明：{ FIGURE($n) } 語
cli-nominees-dry-run = 試行：{ $file } から候補者 { FIGURE($n) } 人を取り込む予定です（{ $kind }）。何も変更していません。
cli-rows-would-be-refused = 取り込まれない行（{ FIGURE($n) } 行）：
cli-wrote-files = { $folder } に { FIGURE($n) } 個のファイルを書き出しました：

## 設定と、フォームの読み方。
cli-label-settings-file = 設定ファイル
cli-label-officer = 選挙管理者
cli-label-recent-file = 最近使ったファイル
cli-not-set = （未設定）
cli-columns = 列：{ $columns }
cli-line-at = { $line } 行目：
cli-encoding-given = 指定どおり
cli-encoding-bom = ファイルの先頭に記載
cli-encoding-detected = 自動判別
cli-encoding-guessed = 文字から推定
cli-read-as = { $encoding }（{ $how }）、区切り文字 { $delimiter } として読みました。
cli-encodings-differ = { $chosen } と { $other } ではこのファイルの読み方が異なります。{ $chosen } を使いました：{ $why }。{ $other } として読むには：--encoding { $other }
cli-encodings-differ-line = { $line } 行目：{ $chosen-text }  |  { $other } では：{ $other-text }
cli-timestamps = タイムスタンプ：{ $why }。
cli-date-example = { $line } 行目：「{ $value }」は日を先に読むと { $dmy }、月を先に読むと { $mdy } です
cli-local-time = タイムゾーンのない時刻は、あなたの現地時刻（{ $zone }）として読みます。

## Rows and words of human output (term show's Debian line, tie list, backup list, delimiters).
cli-debian-params = Debian: 定足数 { $quorum }、既定の選択肢 { $default }、特別多数 { $majorities }
cli-debian-no-quorum = なし
cli-debian-last-option = （最後の選択肢）
cli-tie-method-coin = 硬貨
cli-tie-method-lot = くじ
cli-tie-method-casting-vote = 決定票
cli-tie-method-other = { $method }
cli-backup-row = { $name }{"\u0009"}{ $taken }{"\u0009"}{ $step } の前{"\u0009"}{ FIGURE($bytes) } バイト
cli-delim-comma = カンマ
cli-delim-semicolon = セミコロン
cli-delim-tab = タブ
cli-delim-pipe = 縦棒
