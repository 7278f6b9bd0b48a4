# エラーメッセージ：Scrutineer が処理を拒否したり失敗したりしたときの言葉
# （コマンドラインとウィンドウ）。名前、パス、ファイル名は変数で、翻訳しません。

## ファイルの問題の場所：ファイル、行、列、問題。
err-file = { $file }：{ $problem }
err-file-line = { $file }:{ $line }：{ $problem }
err-file-column = { $file }：{ $column } 列：{ $problem }
err-file-line-column = { $file }:{ $line }：{ $column } 列：{ $problem }
err-path = { $path }：{ $problem }
err-detail = { $detail }
err-with-hint = { $error }。{ $hint }

## オペレーティングシステムのエラー。
err-os-not-found = そのファイルまたはフォルダーは存在しません
err-os-permission = 使用する権限がありません
err-os-exists = すでに存在します
err-os-is-folder = ファイルではなくフォルダーです
err-os-not-folder = パスの一部がフォルダーではなくファイルです
err-os-read-only = ディスクは読み取り専用です
err-os-disk-full = ディスクがいっぱいです
err-os-quota = ディスクの割り当て容量を使い切りました
err-os-too-large = ファイルがディスクに対して大きすぎます
err-os-folder-not-empty = フォルダーが空ではありません
err-os-bad-name = このファイル名はここでは使えません
err-os-cross-device = 別のディスクへは移動できません
err-os-invalid-data = 内容が想定と異なります
err-os-cut-short = ファイルが途中で終わっています（切り詰められていませんか）
err-os-interrupted = 処理が中断されました。もう一度お試しください
err-os-broken-pipe = 出力を読んでいたプログラムが終了しました
err-os-memory = コンピューターのメモリが不足しています
err-os-refused = コンピューターが処理を拒否しました

## ファイルの読み込み。
err-cannot-read = ファイルを読み込めません：{ $reason }
err-cannot-read-folder = フォルダーを読み込めません：{ $reason }
err-cannot-open = ファイルを開けないため、読み込めません（{ $reason }）
err-not-a-file = { $what ->
        [folder] フォルダー
        [fifo] 名前付きパイプ（FIFO）
        [socket] ソケット
        [char-device] キャラクターデバイス
        [block-device] ブロックデバイス
       *[other] 特殊なファイル
    }であり、通常のファイルではありません。ディスクに保存されたファイルを指定してください
err-nul-byte = ファイルに NUL バイトが含まれています。投票用紙や集計結果のテキストファイルではなく、バイナリファイルです

## 選挙ファイル。
err-busy = 選挙ファイルは別のプログラム（Scrutineer のウィンドウかもしれません）が使用中です。それを閉じるか、もう一度お試しください
err-database = 選挙ファイルのエラー：{ $detail }
err-folder-missing = フォルダー { $folder } は存在しません。先に作成してください
err-cannot-open-db = 選挙ファイル { $path } を開けません：{ $detail }
err-not-election-file = { $path } は Scrutineer の選挙ファイルではありません（または破損しています）：{ $detail }
err-newer-file = { $path } は新しい版の Scrutineer で書かれています（ファイル版 { $version }、この版が読めるのは { $supported } まで）。Scrutineer を更新してください

## 段階。
err-stage-draft = 下書き
err-stage-nominations = 推薦受付
err-stage-voting = 投票
err-stage-counted = 開票済み
err-stage-certified = 認証済み

## 選挙。
err-term-not-found = 「{ $term }」という選挙はありません
err-term-exists = 「{ $term }」という選挙はすでにあります
err-certified = 選挙「{ $term }」は認証済みです。結果は最終的なもので、変更できません
err-stage-move = 選挙「{ $term }」は「{ $stage }」の段階にあり、「{ $to }」へは移れません
err-stage-count-first = 「開票済み」の段階に移すには、選挙を開票してください
err-stage-certify-with = 選挙管理者の名前を添えて選挙「{ $term }」を認証してください：scrutineer term certify "{ $term }" --officer 名前 [--witness 名前]
err-no-nominees-yet = 選挙「{ $term }」にはまだ候補者がいません。投票用紙を取り込む前に候補者を登録してください
err-no-ballots-yet = 選挙「{ $term }」にはまだ投票用紙がありません。開票の前に投票用紙を取り込んでください
err-not-counted = 選挙「{ $term }」はまだ開票されていません。先に開票してください
err-no-standing-nominee = 選挙「{ $term }」に「{ $name }」という立候補中の候補者はいません。
err-no-standing-nominee-near = 選挙「{ $term }」に「{ $name }」という立候補中の候補者はいません。{ $near } のことですか？
err-certified-language = 選挙「{ $term }」は認証済みです。証明書は{ $language }で署名されたため、文書の言語はもう変更できません
err-edit-reason = 変更の理由を入力してください（監査ログに記録されます）
err-delete-reason = 選挙を削除する理由を入力してください（監査ログに記録されます）
err-method-kind = 選挙「{ $term }」にはすでに { $old } 用の投票用紙が読み込まれています。{ $new } は別の種類の投票用紙を読むため、この方式には変更できません
err-cap-zero = 同じ勤務先からの当選者の上限は 1 以上にしてください（制限しない場合は指定しないでください）
err-quorum-range = 定足数は 1 から 100 までの百分率で指定してください
err-nothing-to-change = 変更点がありません：選挙「{ $term }」はすでにこの設定です
err-delete-has-ballots = 選挙「{ $term }」には投票用紙があるため削除できません（投票用紙は記録の一部です）

## 投票用紙と集計結果。
err-ballots-count-differs = { $file }：ファイルの投票用紙は { $count } 枚で、--ballots で指定された { $given } 枚ではありません
err-totals-cast-differs = { $file }：ファイルの投票総数は { $cast } 枚で、--ballots で指定された { $given } 枚ではありません
err-totals-cast-missing = { $file }：これは集計結果で、投票総数が書かれていません。投票総数を指定してください（--ballots N）

## 認証。
err-certify-officer = 認証には選挙管理者の名前が必要です：{ $problem }
err-certify-not-counted = 選挙「{ $term }」は「{ $stage }」の段階です。認証の前に開票してください
err-certify-needs-officer = 認証には選挙管理者の名前が必要です。--officer 名前 を指定してください（または `scrutineer settings officer 名前` で一度設定してください）

## バックアップ。
err-backup-create = バックアップ { $path } を作成できません：{ $detail }
err-backup-bad-name = 「{ $name }」はバックアップの名前ではありません。`scrutineer backup list` に表示される名前を指定してください
err-backup-not-found = { $folder } に「{ $name }」というバックアップはありません
err-backup-cannot-open = { $path }：バックアップを開けません：{ $detail }
err-restore-not-election-file = { $path } は Scrutineer の選挙ファイルではありません（{ $why }）。何も復元していません

## 検証。
err-audit-fails = 選挙ファイルが検証に失敗しました：
    { $problems }
err-bundle-fails = 結果パッケージが検証に失敗しました：
    { $problems }

## 選挙人名簿の拒否された行。
err-roll-no-email = メールアドレスがありません（列「{ $column }」が空です）
err-roll-no-email-n = メールアドレスがありません（{ $column } 列が空です）
err-roll-not-email = 「{ $email }」はメールアドレスではありません：{ $why }
err-roll-not-email-dot = 「{ $email }」はメールアドレスではありません：ドメイン「{ $domain }」にドットがありません
err-roll-not-email-part = 「{ $email }」はメールアドレスではありません：ドメイン「{ $domain }」に空の部分があります
err-roll-not-email-contains = 「{ $email }」はメールアドレスではありません：「{ $char }」が含まれています
err-email-one-at = 「@」はちょうど 1 つ必要です
err-email-nothing-before = 「@」の前に何もありません
err-email-space = 空白が含まれています
err-roll-no-name = 名前がありません（列「{ $column }」が空です）
err-roll-no-name-2 = 名前がありません（列「{ $first }」と列「{ $last }」が空です）
err-roll-weight = 列「{ $column }」の重み「{ $weight }」は 1 以上の整数ではありません
err-roll-duplicate-email = 重複：メールアドレス「{ $email }」はすでに { $line } 行目にあります
err-roll-duplicate-email-earlier = 重複：メールアドレス「{ $email }」はすでに前の行にあります
err-roll-duplicate-id = 重複：有権者 ID「{ $id }」はすでに { $line } 行目にあります
err-roll-duplicate-id-earlier = 重複：有権者 ID「{ $id }」はすでに前の行にあります
err-roll-on-roll = { $email } はすでに選挙人名簿に載っています
err-roll-not-on-roll = { $email } は選挙人名簿に載っていません
err-roll-fields = この行のフィールドは { $found } 個ですが、見出し行は { $expected } 個です。引用符で囲まれていない「{ $delimiter }」を含む値がありませんか？

## 選挙人名簿の見出し行。
err-roll-header-is-voter = 1 行目は列名を示す見出し行ではなく、有権者の行のようです。name,email のような 1 行目を追加してください（1 行目の内容：{ $columns }）
err-roll-no-email-column = メールアドレスの列がありません。1 行目で列名を示し、その一つを email、e-mail、email address、mail のいずれかにしてください（または email=見出し で割り当ててください）。1 行目の内容：{ $columns }
err-roll-no-name-column = 名前の列がありません。name、full name、display name、または first name と last name が必要です（または name=見出し で割り当ててください）。1 行目の内容：{ $columns }

## 立候補。
err-nominations-close-before-open = 推薦受付の締切日（{ $closes }）を開始日（{ $opens }）より前にすることはできません
err-statement-limit-zero = 所信表明の上限は 1 語以上にしてください（制限しない場合は指定しないでください）
err-seconders-too-many = 賛同者 { $n } 人：求められるのは最大 1000 人までです
err-seconder-twice = { $email } が賛同者として 2 回指定されています
err-seconder-is-nominator = { $email } は { $name } を推薦した人なので、賛同者にはなれません
err-seconder-is-nominee = { $email } は候補者本人のメールアドレスです。候補者は自分の立候補に賛同できません
err-nominee-exists = 「{ $name }」はすでに選挙「{ $term }」の候補者です
err-nominee-not-found = 選挙「{ $term }」に「{ $name }」という候補者はいません
err-nominee-edit-nothing = 変更点がありません：{ $name } の項目はすでにこの値です
err-nominee-withdrawn = { $name } は辞退しています
err-already-endorsed = { $email } はすでに { $name } に賛同または支持表明をしています
err-already-accepted = { $name } は { $when } に推薦を受諾済みです

## 投票用紙の束。
err-small-batch = { $file }：この束の投票用紙は { $count } 枚で、選挙「{ $term }」の秘密保持の下限（{ $min } 枚）より少なく、投票したばかりの有権者と結び付けられるおそれがあります。ほかの投票用紙と一緒に取り込むか、--small-batch-reason で理由を指定してください
err-totals-and-ballots = 選挙「{ $term }」には公表された集計結果が入力されています。集計結果と投票用紙を一つの開票に混ぜることはできません

## コマンドライン自身の確認。
err-majority-form = --majority { $given }：OPTION=N の形で指定してください（例：3:1 なら "Amendment B=3"）
err-majority-number = --majority { $given }：N は 1 以上の整数にしてください
err-debian-only = --quorum-voters、--majority、--default は Debian 憲章のパラメーターです。--method debian と一緒に使ってください
err-sitting-csv = 有効な CSV の行ではありません：{ $detail }
err-sitting-fields = 2 つのフィールド（name,employer）が必要ですが、{ $found } 個あります
err-unknown-stage = 不明な段階「{ $stage }」です。draft、nominations、voting、counted、certified のいずれかを指定してください
err-unknown-roll-format = 不明な名簿の形式「{ $format }」です。csv、helios、emails、voted のいずれかを指定してください
err-stdout-closed = 標準出力が閉じています
err-stdout-write = 標準出力に書き込めません：{ $reason }

## 投票用紙ファイル（候補者ごとに 1 列）。
err-grid-empty = ファイルが空です。候補者名の見出し行と、その後に投票用紙 1 枚につき 1 行が必要です
err-grid-header-empty = 見出し行が空です。コンマで区切った候補者名が必要です
err-grid-row-width = この行のセルは { $cells } 個ですが、見出し行の候補者は { $candidates } 人です。候補者ごとに 1 つのセルが必要です
err-grid-no-ballots = ファイルに見出し行はありますが、投票用紙がありません。見出し行の後に投票用紙 1 枚につき 1 行が必要です
err-grid-name-empty = 見出し行に空の候補者名があります。見出し行のすべてのセルに名前が必要です
err-grid-utf8 = セルが正しい UTF-8 ではありません（{ $position } 番目のバイトが不正）。ファイルを UTF-8 で保存してください
err-grid-rank = 順位（1、2、…）、`No opinion`、または空のセルが必要ですが、`{ $found }` がありました
err-grid-approval = 承認の印（`1`、`x`、`yes`、`y`、`true`）または不承認（`0`、`no`、`n`、`false`、空のセル）が必要ですが、`{ $found }` がありました
err-grid-score = 0 から { $max } までの点数または空のセルが必要ですが、`{ $found }` がありました

## 列挙と投票用紙のその他の確認。
err-and-list = { $first }、{ $last }
err-ballot-column-not-nominee = 「{ $name }」は選挙「{ $term }」の候補者ではありません。（候補者：{ $nominees }）
err-ballot-column-not-nominee-near = 「{ $name }」は選挙「{ $term }」の候補者ではありません。{ $near } のことですか？（候補者：{ $nominees }）
err-no-tie-waiting = 選挙「{ $term }」の開票は同数の決定を待っていません（同数の規則が「officer」でないか、決定すべき同数がありません）
err-no-ballots-at-stage = 選挙「{ $term }」は「{ $stage }」の段階では投票用紙を受け付けられません
err-file-at-line-column = { $file }：{ $line } 行目：{ $column } 列：{ $problem }

## 公表された集計結果のファイル。
err-totals-empty = ファイルが空です。見出し `candidate,votes` と、その後に候補者ごとに 1 行が必要です
err-totals-row-width = この行のセルは { $cells } 個です。候補者と、その「{ $figure }」の 2 つが必要です
err-totals-not-number-ballots = 投票用紙の枚数として整数が必要ですが、`{ $found }` がありました
err-totals-not-number-votes = 票数として整数が必要ですが、`{ $found }` がありました
err-totals-ballots-twice = 投票用紙の枚数が 2 回書かれています（{ $first } 行目と { $line } 行目）
err-totals-name-empty = 候補者の名前が空です
err-totals-candidate-twice = 候補者 `{ $name }` が 2 回書かれています（{ $first } 行目と { $line } 行目）
err-totals-no-candidates = ファイルに見出しはありますが、候補者がいません。候補者ごとに 1 行が必要です
err-totals-more-votes-than-ballots = 投票総数は { $ballots } 枚ですが、`{ $name }` の票数は { $votes } です。1 枚の投票用紙が同じ候補者に数えられるのは 1 回までです

## 選挙に入力された公表済みの集計結果。
err-totals-no-nominees-yet = 選挙「{ $term }」にはまだ候補者がいません。集計結果を入力する前に候補者を登録してください
err-totals-method = 選挙「{ $term }」は { $method } で開票するため投票用紙が必要です。集計結果には順位や点数が含まれないので、集計結果から開票できるのは承認投票と相対多数投票の選挙だけです
err-totals-given-twice = { $file }：「{ $name }」が 2 回書かれています
err-totals-votes-over-ballots = { $file }：「{ $name }」の票数は { $votes } ですが、投票総数は { $ballots } 枚しかありません
err-totals-sum-over-ballots = { $file }：票数の合計 { $sum } が投票総数 { $ballots } 枚を超えています（投票用紙 1 枚につき 1 票）
err-totals-missing = { $file }：{ $names } の数値がありません（票のない候補者には 0 を指定してください）
err-ballots-and-totals = 選挙「{ $term }」にはすでに投票用紙があります。集計結果と投票用紙を一つの開票に混ぜることはできません
err-totals-entries-differ = 集計結果の 2 回の入力が一致しないため、何も保存していません（{ $differences }）。元の資料と数値を照合し、もう一度入力してください

## 選挙で定めた規則と同数。
err-cap-fraction = 「{ $given }」は 1/3 のような機関全体に対する割合ではありません（分子と分母、0 < n/d <= 1）
err-quorum-voters = 定足数「{ $given }」は正の投票者数ではありません（2 や 37.4 など）
err-quorum-too-large = 定足数「{ $given }」が大きすぎます
err-unknown-tie-rule = 不明な同数の決定方法「{ $given }」です。次のいずれかを指定してください：{ $known }
err-debian-params = 投票者の定足数、特別多数、既定の選択肢は Debian 憲章のパラメーターです。{ $method } ではなく --method debian と一緒に使ってください
err-majority-ratio = 「{ $option }」の特別多数は N:1（N は 1 以上）にしてください
err-majority-twice = 「{ $option }」に特別多数が 2 回指定されています
err-sitting-twice = 「{ $name }」が現職の委員に 2 回含まれています
err-unknown-decision-method = 不明な同数の決め方「{ $given }」です。次のいずれかを指定してください：{ $known }
err-tie-order = 順序には同数の候補者をそれぞれちょうど 1 回ずつ含めてください（{ $tied }）。指定された順序：{ $order }
err-blank-meanings-differ = 投票用紙の束が、空欄の意味が異なる形式（一対比較に加わらない、または順位のあるすべての候補者より下）から読み込まれています。まとめて開票することはできません

## 選挙ファイルなしでのファイルの開票（scrutineer count）。
err-count-no-file = 開票するファイルを指定してください
err-count-several-not-totals = { $file }：複数のファイルを合算できるのは集計結果（一つの選挙の分割分）の場合だけです。このファイルには投票用紙が含まれています
err-count-candidates-differ = { $file }：候補者（{ $candidates }）が { $first } の候補者（{ $first-candidates }）と一致しません
err-count-overflow = { $file }：{ $name } の票数が扱える範囲を超えました
err-count-option-number = 選択肢 { $n } はありません。選択肢の番号は 1 から { $last } までです
err-count-option-name = 「{ $given }」は選択肢ではありません。選択肢：{ $options }
err-count-officer-needs-file = --tie-break officer で決定を記録するには選挙ファイルが必要です。--tie-break officer で選挙を作成し、投票用紙を取り込んで、scrutineer tally で開票してください
err-count-tie-break = --tie-break { $given }：draw または psf を指定してください
err-count-max-per-group = --max-per-group は 1 以上にしてください
err-count-ballots-differ = --ballots は { $given } ですが、集計結果では投票総数は { $cast } 枚です
err-groups-fields = 2 つのフィールド（candidate,group）が必要ですが、{ $found } 個あります
err-groups-not-candidate = 「{ $name }」は投票用紙ファイルの候補者ではありません
err-groups-twice = 「{ $name }」が 2 回書かれています

## フォームまたは Elekto のフォルダーから取り込んだ立候補。
err-map-form = --map { $given }：項目=見出し の形で指定してください（例：name="お名前"）
err-map-field = --map { $given }：不明な項目「{ $field }」です。項目：{ $fields }
err-map-column = --map { $given }：ファイルに「{ $header }」という列はありません。列：{ $columns }
err-form-no-name-column = 候補者の名前を含む列がありません（「Nominee」や「Name」のような見出しを探しました）。列：{ $columns }。どの列に名前があるか指定してください（コマンドラインでは --map name=見出し）
err-elekto-no-candidates = { $folder }：フォルダーに candidate-*.md ファイルがありません
err-unknown-encoding = 文字コード「{ $given }」は不明です。utf-8、utf-16le、windows-1252、windows-1250、iso-8859-2 などの標準の名前を指定してください
err-file-at-line = { $file }：{ $line } 行目：{ $problem }
err-form-bad-header = 有効な CSV の見出し行ではありません：{ $detail }
err-nominees-closed = 選挙「{ $term }」は「{ $stage }」の段階です。投票が始まったため、候補者の一覧は締め切られています

## 候補者一覧の公開。
err-elekto-out-is-file = { $path }：Elekto への書き出し先はフォルダーですが、これはファイルです
err-elekto-folder-not-empty = { $path }：フォルダーにはすでにこの選挙の候補者のものではない { $file } があります。空のフォルダーに書き出してください
err-helios-approval-only = Helios が開票できるのは承認投票だけですが、選挙「{ $term }」は { $method } で開票します。順位や点数の投票を受け付けるサービスで投票を設定してください
err-bettervoting-method = BetterVoting には { $method } の開票がありません（STAR、Approval、Plurality、IRV、STV のみ）。選挙「{ $term }」は定めたとおりには設定できません
err-elekto-rule-in-statement = Elekto は候補者ファイルを最後の `---` で切りますが、{ $names } の所信表明に `---` が含まれています。修正して（水平線には `***` を使ってください。`nominee edit --statement`）、もう一度書き出してください

## フォームの項目。
err-field-empty = 「{ $what }」を入力してください（空にはできません）
err-field-term-name = 選挙の名前
err-field-nominee-name = 候補者の名前
err-field-voter-name = 有権者の名前
err-field-organisation = 団体
err-field-employer = 勤務先
err-field-nominator = 推薦者
err-field-membership = 会員資格
err-field-voter-id = 有権者 ID
err-field-email = メールアドレス
err-field-reason = 理由
err-field-seed = くじのシード
err-field-statement = 所信表明
err-field-small-batch-reason = 少数の束の理由

# ---- Added for the errors of scrutineer-core and the CLI (errcore).

## Form fields: what is refused in them.
err-field-too-long = 「{ $what }」が { $len } 文字あります。{ $max } 文字以内にしてください
err-field-contains = 「{ $what }」の { $position } 文字目に{ $kind }（{ $char }）が含まれています
err-char-control = 制御文字
err-char-bidi = 双方向テキストの書式制御文字
err-char-direction-mark = 目に見えない方向指示マーク
err-char-variation = 異体字セレクタ
err-char-invisible = 目に見えない文字
err-char-replacement = 置換文字（正しいテキストでなかったバイト列）
err-email-not-valid = 「{ $email }」は正しいメールアドレスではありません: { $why }
err-email-domain-no-dot = ドメイン「{ $domain }」にドットがありません
err-email-domain-empty-part = ドメイン「{ $domain }」に空の部分があります
err-email-contains = 「{ $char }」が含まれています
err-seats-range = { $what }: { $n } は議席数として正しくありません（1 以上 { $max } 以下）

## The rules of nominations. Each rule is its own message (the window finds the control an
## error concerns by the id); the rule's name in quotes, then what breaks it.
err-rule-period = 規則「立候補の届出は受付期間内に行う」により受け付けられません: { $why }
err-rule-nominator = 規則「推薦者は選挙人名簿に載っていること」により受け付けられません: { $why }
err-rule-seconder = 規則「賛同者と支持者は選挙人名簿に載っていること」により受け付けられません: { $why }
err-rule-words = 規則「所信表明の長さ」により受け付けられません: { $why }
err-rule-seconders-required = 規則「賛同者 { $required } 名が必要」により受け付けられません: { $why }
err-rule-period-early = 立候補の受付は { $opens } に始まりますが、この届出の日付は { $date } です。それでも受け付ける場合は理由を指定してください（--late-reason TEXT）
err-rule-period-late = 立候補の受付は { $closes } に締め切られましたが、この届出の日付は { $date } です。それでも受け付ける場合は理由を指定してください（--late-reason TEXT）
err-rule-words-over = 所信表明が { $words } 語あります。{ $limit } 語以内にしてください
err-rule-seconders-short = { $name } の賛同者は { $n } 名です。選挙「{ $term }」では { $required } 名が必要です（--seconded-by EMAIL を賛同者ごとに 1 回）
err-rule-not-on-roll = { $what }「{ $who }」は選挙「{ $term }」の選挙人名簿に載っていません（メールアドレスまたは会員番号で照合）
err-rule-who-nominator = 推薦者
err-rule-who-seconder = 賛同者
err-rule-who-endorser = 支持者
err-not-a-date = { $what }: 「{ $given }」は日付ではありません。YYYY-MM-DD の形で書いてください（例: 2026-03-01）
err-voting-opened = 選挙「{ $term }」は段階「{ $stage }」にあります。投票が始まったため、{ $what }。今は立候補の取り下げのみできます
err-closed-nominees = 候補者の一覧は締め切られています
err-closed-editing = 候補者はもう編集できません
err-closed-endorsements = 支持の受付は締め切られています
err-closed-acceptances = 承諾の受付は締め切られています

## The roll.
err-roll-unknown-encoding = 文字コード「{ $given }」は不明です。utf-8、windows-1252、iso-8859-2、utf-16le、utf-16be のいずれかを試してください
err-roll-cancelled = 取り込みは中止されました。選挙人名簿は変わっていません
err-roll-reason = 選挙人名簿を変更する理由を入力してください（監査ログに記録されます）
err-roll-already-on = { $email } はすでに選挙「{ $term }」の選挙人名簿に載っています
err-roll-not-on = { $email } は選挙「{ $term }」の選挙人名簿に載っていません
err-roll-export-no-email = 選挙「{ $term }」の選挙人名簿のうち { $n } 名の有権者にメールアドレスがありません（GitHub のユーザー名など、ID でのみ分かっています）。そのため{ $file }を書き出せません。何も書き出していません。すべての有権者のメールアドレスがある名簿に置き換えるか（roll diff --apply）、CSV として書き出してください
err-roll-export-helios = Helios の有権者ファイル
err-roll-export-email-list = メールアドレス一覧
err-give-reason = 理由を入力してください（監査ログに記録されます）

## The public re-count bundle.
err-bundle-from-totals = 選挙「{ $term }」は公表された集計から開票されたもので、投票用紙からではありません。パッケージにする投票用紙の集合はありません。集計ファイルを公表してください（その SHA-256 は開票証明書に記載されています）
err-bundle-old-hash = 選挙「{ $term }」の保存された結果は、別の投票用紙集合のハッシュ（{ $stored }。正規の投票用紙集合のハッシュは { $hash }）で開票されています。ファイル版 4 より前の結果と同じです。パッケージを公表するには、もう一度開票してください
err-bundle-no-folder = { $folder }: そのようなフォルダーはありません（`scrutineer results bundle` で書き出したパッケージが必要です）

## Terms, ballots and the count.
err-unknown-method = 開票方式 `{ $given }` は不明です。次のいずれかを指定してください: { $methods }
err-nominee-vanished = 変更後に候補者が見つかりませんでした
err-stored-result-damaged = 保存された結果が壊れています: { $detail }
err-batch-repeated = { $file }: { $what }（選挙「{ $term }」、{ $at }）
err-batch-file-repeated = このファイルはすでに取り込まれています
err-batch-totals-repeated = この集計はすでに入力されています
err-holds-totals = { $file }: 投票用紙ではなく集計が入っています
err-cap-zero-form = 雇用主ごとの当選者の上限は 1 以上にしてください（制限しない場合は空欄にしてください）
err-secrecy-zero = 投票の秘密を守るしきい値は投票用紙 1 枚以上にしてください
err-tie-needed = 同数のため、選挙管理者の決定が必要です: { $tied } が同数です（{ $context }）。決定（硬貨、くじ、または決定票）をしてから、次のコマンドで記録してください: { $command }

## Where Scrutineer writes: files it will not replace.
err-output-refused = { $path }: { $why }。何も書き出していません
err-output-dangling-link = 存在しないファイルまたはフォルダーへのシンボリックリンクです
err-output-would-destroy = { $what }（{ $kept }）です。ここに書き出すと壊れてしまいます。別のファイル名を選んでください
err-output-not-file = 通常のファイルではなく{ $kind }です。Scrutineer はファイルにしか書き出しません
err-output-is-kept = { $what }（{ $kept }）です。別のファイル名を選んでください
err-kept-election-file = 選挙ファイル
err-kept-wal = 選挙ファイルの先行書き込みログ
err-kept-shm = 選挙ファイルの共有メモリ索引
err-kept-journal = 選挙ファイルのジャーナル
err-kept-input = 取り込み中のファイル
err-kind-folder = フォルダー
err-kind-fifo = 名前付きパイプ（FIFO）
err-kind-device = デバイス
err-kind-socket = ソケット
err-kind-other = その他のもの
err-write-refused-rows = 受け付けなかった行を書き出せません: { $detail }
err-refused-rows-no-folder = { $path }: フォルダー { $folder } がありません。何も取り込んでいません
err-write-results-csv = 結果の CSV を書き出せません: { $detail }
err-write-csv = CSV を書き出せません: { $detail }
err-make-certificate = 開票証明書を作成できません: { $detail }
err-make-booklet = 候補者冊子を作成できません: { $detail }
err-settings-damaged = { $path }: 設定ファイルが壊れています（{ $detail }）。修正するか削除してください
err-cannot-create = { $path } を作成できません: { $detail }
err-no-temp-name = { $folder } に一時ファイルの空き名がありません
err-certification-not-recorded = 証明が記録されませんでした
err-elekto-too-many-seats = { $folder }: 議席数が多すぎます
err-elekto-not-login = { $folder }/voters.yaml: 「{ $login }」は GitHub のユーザー名ではありません
err-imported-term-missing = 取り込んだばかりの選挙が見つかりません
err-elekto-is-folder = Elekto への書き出しはファイルのフォルダーです。export_candidates を使ってください

## The stored ballots and totals, and the bundle's ballots.csv.
err-ballot-beyond = 投票用紙が候補者 { $candidate } を指していますが、候補者は { $n } 名しかいません
err-too-many-ballots = 投票用紙が多すぎます
err-stored-ballot-stranger = 保存された投票用紙に候補者でない「{ $name }」が書かれています
err-stored-ballot-damaged = 保存された投票用紙が壊れています: { $detail }
err-stored-ballot-weight = 保存された投票用紙の重みが 1 未満です
err-cell-rank = { $column } 列目: 「{ $value }」は順位として正しくありません
err-cell-approval = { $column } 列目: 「{ $value }」は承認の印として正しくありません
err-cell-score = { $column } 列目: 「{ $value }」は点数として正しくありません
err-bundle-csv-empty = ファイルが空です
err-bundle-csv-weight-column = 最初の列は「weight」でなければなりません
err-bundle-csv-weight = 重みは 1 以上の整数でなければなりません
err-bundle-csv-cells = 重みの後に { $expected } 個のセルが必要ですが、{ $found } 個あります
err-delete-referred = 選挙「{ $term }」は削除できません。{ $table } の行がまだ参照されています（{ $detail }）。何も削除していません
err-stored-debian-damaged = 保存された Debian のパラメーターが壊れています: { $detail }
err-stored-tie-damaged = 保存された同数の決定が壊れています: { $detail }
err-stored-totals-stranger = 保存された集計に候補者でない「{ $name }」が含まれています
err-totals-too-many-ballots = { $file }: 投票用紙 { $ballots } 枚は多すぎます
err-totals-too-many-votes = { $file }: 「{ $name }」の { $votes } 票は多すぎます

## The audit log.
err-audit-refused = 選挙ファイルが検証に通らないため、この操作は受け付けられません: { $problems }。`scrutineer audit verify` を実行してください。ファイルが変わった理由が分かっている場合は、`scrutineer audit acknowledge --reason TEXT` で記録してください。
err-audit-nothing-to-acknowledge = 承認するものはありません。選挙ファイルは監査ログと一致しています
err-audit-chain-changed = 監査ログの記録そのものが変更されています（{ $problems }）。これは承認できません

## The timestamps of a nomination form.
err-dates-both-orders = タイムスタンプが両方の順序で書かれています: { $line1 } 行目は「{ $value1 }」（日が先の読み方のみ）、{ $line2 } 行目は「{ $value2 }」（月が先の読み方のみ）です。順序を選んでください（コマンドラインでは --date-order dmy または --date-order mdy）。合わない行は受け付けません
err-dates-two-ways = タイムスタンプは 2 通りに読めます: ファイル中のどの日も 12 以下なので、{ $line } 行目の「{ $value }」は { $dmy }（日/月、ヨーロッパの大半の書き方）とも { $mdy }（月/日、米国の書き方）とも読めます。順序を選んでください（コマンドラインでは --date-order dmy または --date-order mdy）

## The command line's own arguments.
err-seats-zero = 0 は議席数として正しくありません（1 以上）
err-seats-over = { $n } は議席数として正しくありません（{ $max } 以下）
err-not-whole-number = 「{ $given }」は整数ではありません
err-max-per-employer-arg = --max-per-employer { $given }: { $problem }。整数（雇用主ごとに最大 K 名）か、1/3 のような定数に対する割合を指定してください
err-count-majority-form = --majority { $given }: OPTION=N の形で指定してください（例: 選択肢 3 に 3 対 1 の多数を求めるなら 3=3）
err-wording = --wording { $given }: current か pre-2015 を指定してください
err-debian-only-count = --quorum、--majority、--default、--wording、--casting-vote は Debian 憲章のパラメーターです。--method debian と一緒に使ってください
err-whole-number-or-none = { $what }: 「{ $given }」は整数ではありません（または `none`）
err-announce-format = 「{ $given }」は告示の形式ではありません。markdown、text、html から選んでください
err-candidate-format = 「{ $given }」は不明な形式です。形式は次のとおりです: { $formats }
err-date-order = 日付の順序「{ $given }」は不明です。dmy（日/月/年）か mdy（月/日/年）を指定してください

## What `scrutineer verify` finds wrong in a bundle (after the file's name).
err-bundle-unreadable = 読み込めません: { $problem }
err-bundle-manifest-line = { $line } 行目が { $files } のいずれかについての `<SHA-256>  <ファイル>` の形になっていません: { $text }
err-bundle-hash-differs = SHA-256 が { $manifest } に記載のものと一致しません（{ $file } か { $manifest } が変更されています）
err-bundle-no-final-newline = 改行で終わっていません
err-bundle-not-listed = { $file } が記載されていません
err-bundle-not-rules = パッケージの規則ではありません: { $detail }
err-bundle-byte-changed = Scrutineer が書き出したままではありません（1 バイトが変更されています）
err-bundle-format = 形式が { $found } です。{ $expected } が必要です
err-bundle-not-result = Scrutineer の結果ではありません: { $detail }
err-bundle-method = 方式: { $problem }
err-bundle-not-canonical = 正規の形（説明のとおり行を並べ替えてまとめた形）ではありません。1 バイトが変更されています
err-bundle-columns = 列（{ $columns }）が { $rules } の候補者（{ $nominees }）と一致しません
err-bundle-kind = ballot_kind { $kind } は方式 { $method } に合いません
err-bundle-recount-failed = 再開票ができませんでした: { $problem }
err-bundle-field-differs = { $field }: パッケージでは { $bundle }、再開票では { $recount } です

## More form fields' names.
err-field-handle = ハンドル名
err-field-endorsement = 支持
err-field-sitting-employer = 現職者の雇用主
err-field-totals-source = 数値の出典
err-field-none-of-the-above = 「該当なし」の選択肢の名前
err-field-majority-option = 多数決の条件で指定する選択肢
err-field-default-option = 既定の選択肢の名前
err-field-sitting-member = 現職者の名前
err-field-decided-by = 決定した人の名前
err-field-witness = 立会人の名前

## The dates of the nomination period, named in errors.
err-date-opening = 立候補受付の開始日
err-date-closing = 立候補受付の締切日
