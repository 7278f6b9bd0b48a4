count-rule-draw = シード付きのくじ
count-rule-psf = PSF の手続（同数の候補者名をシードとする Python の random.sample）
count-rule-officer = 記録された選挙管理者の決定
count-note-stv-scottish = 2007 年スコットランド地方選挙令（SSI 2007/42）附則 1 第 45～52 条によるスコットランド式単記移譲式投票：当選基数 ⌊{ $valid } ÷ { $divisor }⌋ + 1 = { $quota }（第 46 条）。余剰票は加重包括グレゴリー方式で移譲し、各投票用紙の値は 余剰 × その票の値 ÷ 候補者の得票 とし、小数第 5 位まで求め端数は切り捨てる（第 48 条）。余剰がないときは最下位の候補者を除外する（第 50 条）。同数は候補者に差があった直近の段階で決め、なお同数のときは { $rule } によるくじで決める（第 49 条、第 51 条）。
count-note-stv-nontransferable = 最終的な移譲不能票：{ $votes } 票。{ $steps ->
       *[other] { $steps } 段階
    }で当選者が決定。
count-note-stv-rejected = { $n ->
       *[other] { $n } 枚
    }の投票用紙を無効としました。第一順位がない、または第一順位が複数の候補者に付されたもので、当選基数の計算に含めません。
count-note-unfilled = { $seats ->
       *[other] 定数 { $seats }
    }のうち { $elected } 議席しか埋まりませんでした。
count-note-no-ballots-given = 投票用紙数は示されていません。
count-note-approval = 承認投票：{ $seats ->
       *[other] 承認数の多い順に { $seats } 人が当選
    }。議席を左右する同数は { $rule } により決定。
count-note-plurality = 相対多数：各投票用紙を第一選択への 1 票とし、{ $seats ->
       *[other] 得票の多い順に { $seats } 人が当選
    }。議席を左右する同数は { $rule } により決定。
count-note-plurality-void = { $n ->
       *[other] 投票用紙 { $n } 枚
    }が無効：第一選択が複数。
count-note-plurality-blank = { $n ->
       *[other] 投票用紙 { $n } 枚
    }が白票：選択なし。
count-note-irv = 即時決選投票：各回、各投票用紙は残っている候補者のうち最上位の者に数える。残っている候補者の票の過半数を得た候補者が当選し、いなければ最少得票の候補者を除外してその投票用紙を次順位へ移す。最少得票の同数は、票に差があった直近の回で決め、なお同数のときは { $rule } により決める。
count-note-irv-shared = { $n ->
       *[other] 投票用紙 { $n } 枚
    }は、残っている最上位の順位を複数の候補者が共有していたため移譲不能となった。
count-note-irv-no-groups = グループごとの当選者数の上限は適用しない：1 議席では制約とならないため。
count-note-irv-equal = 残っている最上位の順位を複数の候補者が共有する投票用紙（同順位）は、その時点から開票の終わりまで移譲不能となる。
count-tie-seeded = シード付きのくじ
count-tie-officer = 選挙管理者の決定
count-tie-psf = PSF の手続（psf/elections break-ties.py）：並べ替えて連結した名前で random.seed、次に random.sample(candidates, { $k })
count-tie-group = 残り { $remaining ->
       *[other] { $remaining } 議席
    }について { $what } が同数の候補者 { $n } 人
count-what-approvals = 承認数
count-what-votes = 得票
count-what-locked = 確定したペア
count-what-paths = 最強経路
count-note-schulze = シュルツェ方式（M. Schulze, Social Choice and Welfare 36 (2011)）：d[X][Y] は X を Y より上位とした投票用紙の数。{ $blank }。同順位はどちらにも数えない。リンクは勝ち票（d[X][Y] > d[Y][X] のときの d[X][Y]）とし、X から Y への最強経路が Y から X へのものより強いとき X を Y より上位とする。
count-note-schulze-figure = 各候補者の数値は、最強経路で勝つ他の候補者の数。方式で区別できない候補者は同順位とし、その順序が議席を左右するときは { $rule } で順序を決める。
count-blank-not-compared = 投票用紙で順位を付けられなかった候補者は、その投票用紙ではどの一対比較にも加わらない
count-blank-below-ranked = 投票用紙で順位を付けられなかった候補者は、順位を付けられた全候補者の下位に置かれ、他の順位なしの候補者と同順位とする
count-note-ranked-pairs = ランクドペア方式（Tideman 1987）、差による：d[X][Y] は X を Y より上位とした投票用紙の数（投票用紙で順位を付けられなかった候補者はその投票用紙ではどの一対比較にも加わらず、同順位はどちらにも数えない）。過半数を差の大きい順に、既に確定したものと循環を作らない限り確定し、順位は確定したペアに従う。
count-note-pairwise-matrix = 一対比較表：{ $blank }。同順位はどちらにも数えない。
count-note-ranked-pairs-figure = 各候補者の数値は、確定したペアによって上位となる他の候補者の数。確定したペアで区別できない候補者は同順位とし、その順序が議席を左右するときは { $rule } で順序を決める。

## 開票の事象（scrutineer_count::explain::Note）

count-tie-officer-pending = 選挙管理者の決定（未決定）
count-cap-count = 各グループ { $k } 人まで
count-cap-fraction = 定員 { $body }（今回選ぶ { $seats } 議席 + 現職 { $sitting } 人）の { $num }/{ $den } まで、切り捨てて { $limit } 人
count-employer-cap-count = 勤務先ごとに { $limit } 人まで
count-employer-cap-fraction = 定員 { $body } の { $num }/{ $den }、すなわち勤務先ごとに { $limit } 人まで
count-quorum-developers = R = 3Q = 3 × √{ $developers } / 2 ≈ { $r }（開発者 { $developers } 人。Q は開発者数の平方根の半分、憲章 §4.2）
count-quorum-votes = R = { $num }
count-quorum-votes-fraction = R = { $num }/{ $den }
count-majority-pre2015 = V(A,D) が { $times } より大きいことが必要（憲章 v1.2～v1.5 の文言）
count-majority-current = V(A,D) が { $times } 以上で、かつ V(D,A) = { $under } より大きいことが必要（憲章 v1.6 の文言）
count-tie-irv = 即時決選投票の第 { $round } 回：最少得票で同数の候補者 { $n } 人、それ以前のどの回でも同数。くじで選ばれた候補者を除外
count-tie-meek-quota = 当選基数到達時の同数
count-tie-meek-lowest = 余剰の範囲内で最下位の候補者：どの候補者を除外するか
count-tie-scottish-surplus = 同数の余剰：どれを先に移譲するか（第 49 条第 2 項・第 3 項）
count-tie-scottish-lowest = 同数の最下位候補者：どの候補者を除外するか（第 51 条第 2 項）
count-tie-scottish-quota-cap = グループ上限のもとでの当選基数到達時の同数（第 49 条に準じる）
count-tie-star-scoring = 第 { $seat } 議席、得点集計
count-tie-star-runoff = 第 { $seat } 議席、自動決選：選好、星の合計、五つ星の数がすべて同数
count-tie-star-draw = { $context }：{ $tied } が星、一対比較、五つ星の数（{ $fives }）で同数、決選の枠 { $places }
count-tie-ranked-pairs = ランクドペア方式：同じ差 { $margin } の多数が互いに矛盾し、その順序で確定するペアが決まる。候補者の同順位解消用の順位（TBRC、Zavist & Tideman 1989）
count-note-totals = 投票用紙ではなく公表された合計（候補者ごとの{ $what }）から集計：{ $what }の多い順に { $seats } 人が当選。
count-note-vacant = { $won } 議席が欠員：{ $name } が勝利（「該当者なし」が得た議席は欠員のままとなる）。
count-note-none-of-the-above-lost = { $name } は「該当者なし」として立候補し、議席を得なかった。
count-note-group-cap-ranking = 各グループの当選者は { $limit } 人まで：順位を上から見ていき、所属グループに既に { $limit } 人の当選者がいる候補者は失格とし、次順位の候補者を繰り上げる（PEP 13）。{ $cap }。
count-note-stv-scottish-groups = 各グループの当選者は { $limit } 人まで：グループの候補者が枠を満たすと、そのグループの残りの候補者を除外し、その投票用紙をどの余剰よりも先に次の段階で移譲する。{ $cap }。
count-note-meek = ミーク式単記移譲式投票（Hill, Wichmann & Woodall のアルゴリズム 123、ニュージーランド附則 1A の丸め）を小数第 { $places } 位までの固定小数点演算で実施：保持値は切り上げ。当選基数 = (票 − 超過) ÷ { $divisor } を切り捨て、さらに 10^-{ $places } を加える。余剰の合計が omega = { $omega } を下回るまで反復。最下位の候補者を除外し、最下位との差が余剰の範囲内の候補者は同数とみなす。同数は以前の回で、なお同数なら { $rule } で決める。反復は計 { $iterations } 回。
count-note-meek-stalled = { $rounds } 回の集計で、余剰が omega（宣言した精度の限界）に達する前に減らなくなった。開票はその安定した状態から続けた。
count-note-meek-groups = 各グループの当選者は { $limit } 人まで：グループの候補者が枠を満たすと、そのグループの残りの候補者を除外する（保持値 0）。{ $cap }。
count-note-ranked-pairs-tbrc = 同じ差（{ $margin }）の多数が互いに矛盾したため、候補者の同順位解消用の順位をくじで決めた（Zavist & Tideman 1989）：{ $order }。同じ差の二つの多数では、勝者がこの順位で上位のものを先に取り、勝者が同じなら敗者が下位のものを先に取る。
count-note-star = ブロック STAR（PEP 13）：投票者は各候補者に 0～5 個の星を付ける。{ $seats } 議席の各議席について、星の合計が最も多い残りの候補者 2 人が自動決選に進み、より多くの投票用紙で高く評価された方が勝つ。勝者が当選し、次の議席はその者を除いて集計を繰り返す。
count-note-star-ties = 同数（Equal Vote Coalition 公式同数解消手順、starvoting.org/ties）：得点集計では、同数の候補者のうち一対比較でより多くの投票者に選好された者が進む（3 人以上が同数のときは、その中で一対比較に最も多く負けた者を繰り返し除く）。次に五つ星の数が多い者、さらに { $rule }。決選では星の合計が多い者が勝ち、次に五つ星の数、さらに { $rule }。
count-note-star-groups = 各グループの当選者は { $limit } 人まで：所属グループから既に { $limit } 人が当選しているときに議席を得るはずの候補者は失格とし、その者を除いてその議席を集計し直す（PEP 13）。{ $cap }。
count-note-debian = Debian 憲章 A.6：投票用紙で順位を付けた選択肢は、順位のないすべての選択肢より選好され、順位のない選択肢どうしは同等とする（A.6(1)）。V(A,B) は A を B より選好する投票者の数。
count-note-debian-casting-vote = シュワルツ集合は { $n } 個の選択肢（{ $options }）からなり、決定票を持つ者が { $chosen } を選んだ（A.6(8)）。
count-note-debian-no-winner = まだ勝者なし：シュワルツ集合は互いに敗北のない { $n } 個の選択肢（{ $options }）からなるため、決定票を持つ者がどれを勝者とするか選ばなければならない（A.6(8)）。決定票を入力し、もう一度開票してください。
count-note-debian-default-won = 既定の選択肢（{ $name }）が勝った。
count-note-debian-figure = 各選択肢の数値は V(選択肢, { $name })：既定の選択肢より上位に付けた投票者の数。
count-reason-group = 上位の当選者 { $winners } 人が既に { $group } に勤務（{ $cap }）。次順位の候補者を繰り上げ
count-reason-group-sitting = 上位の当選者 { $winners } 人と現職 { $sitting } 人が既に { $group } に勤務（{ $cap }）。次順位の候補者を繰り上げ
count-reason-star-group = 第 { $seat } 議席を得るはずだったが、既に当選した { $max } 人が { $group } に勤務（各グループ { $max } 人まで、PEP 13）。失格とし、{ $name } を除いてその議席を集計し直す
count-reason-meek-group = { $group } には既に当選者が { $max } 人おり、グループごとの上限に達した。保持値を 0 とする
count-reason-scottish-group = { $group } には既に当選者が { $max } 人おり、グループごとの上限に達した。この候補者の投票用紙は次の段階で移譲する
count-reason-debian-quorum = 定足数により除外（A.6(2)）：{ $default } より上位に付けた投票者は { $voters } 人で、定足数 { $quorum } に満たない（第 1 回）
count-reason-debian-majority = 多数要件により除外（A.6(3)）：V(A,D) = { $over }、V(D,A) = { $under }（{ $default }）、比 { $ratio }。必要な多数 { $num }:{ $den } に届かない。{ $test }（第 2 回）

## 各回：各回の説明（文を空白でつなぐ）、各処理の理由、Debian の敗北の名前、STAR の各議席の説明。

count-round-withdrawn = 集計前に辞退。すべての投票用紙から削除
count-round-irv-first = 第 1 回：第一順位。残っている候補者の票は { $held } 票{ $shared ->
        [0] {""}
       *[other] （ほかに投票用紙 { $shared } 枚は、残っている最上位の順位を複数の候補者が共有しているため移譲不能）
    }。
count-round-irv-next = 第 { $round } 回：{ $last } の投票用紙を残っている次順位へ移す。残っている候補者の票は { $held } 票{ $shared ->
        [0] {""}
       *[other] （ほかに投票用紙 { $shared } 枚は、残っている最上位の順位を複数の候補者が共有しているため移譲不能）
    }。
count-round-irv-none-standing = 残っている候補者はいない。
count-round-irv-majority = { $votes } 票（残っている候補者の票 { $held } 票の過半数）
count-round-irv-elected-with = { $name } が { $reason }で当選。
count-round-irv-last-continuing = 最後に残った候補者
count-round-irv-elected-as = { $name } が{ $reason }として当選。
count-round-irv-fewest = 最少得票（{ $min }）
count-round-irv-fewest-tied = 最少得票（{ $min }）、{ $others } と同数。{ $how }
count-round-irv-earlier-round = 第 { $round } 回の得票がより少なかった（{ $min }）
count-round-irv-drawn = それ以前のどの回でも同数：除外する候補者を{ $rule }で決定
count-round-irv-excluded = 過半数（{ $needed } 票）を得た候補者はいない。{ $name } を除外：{ $reason }。
count-round-scottish-first = 第一順位（第 45 条）。有効投票用紙 { $valid } 枚、当選基数 { $quota }（第 46 条）
count-round-scottish-group-transfer = { $names } の投票用紙を移譲（グループ上限により除外）。第 50 条と同様に現在の価値で移す
count-round-scottish-surplus = 余剰 { $surplus } を移譲（第 48 条）
count-round-scottish-surplus-stage = { $name } の余剰の移譲（{ $surplus }）
count-round-scottish-lowest = 最少得票（{ $min }）（第 50 条第 1 項）
count-round-scottish-exclusion-stage = { $name } の除外とその投票用紙の移譲（第 50 条）
count-round-scottish-tie-stage = { $tied } の同数（{ $context }）を第 { $stage } 段階の得票で決定
count-round-scottish-tie-lot = { $tied } の同数（{ $context }）はどの段階でも同数：くじで決定（{ $rule }）
count-round-scottish-quota-reached = { $votes } で当選基数に到達（第 47 条）
count-round-scottish-deemed-elected = 残っている候補者が欠員の数以下：{ $votes } で当選とみなす（第 52 条第 1 項）
count-round-meek-fill = 当選の可能性のある候補者が残りの議席数以下：{ $votes } で当選
count-round-meek-fill-round = 当選の可能性のある残りの候補者が残りの議席を占める
count-round-meek-election = { $names } の当選
count-round-meek-fewest = 余剰がオメガ { $omega } を下回った時点で最少得票（{ $votes }）（余剰の合計 { $surplus }）
count-round-meek-exclusion = { $name } の除外
count-round-meek-quota-reached = { $votes } で当選基数 { $quota } に到達
count-round-meek-tie-round = { $tied } の同数（{ $context }）を第 { $round } 回の得票で決定
count-round-meek-tie-draw = { $tied } の同数（{ $context }）はどの回でも同数：{ $rule }で決定
count-round-debian-quorum = A.6(2) 定足数：各選択肢は、既定の選択肢（{ $default }）より上位に付けた投票者が R 人以上必要
count-round-debian-no-quorum = A.6(2) 定足数：この投票には定足数の要件がない
count-round-debian-majority-pre2015 = A.6(3) 多数要件：各選択肢は多数比 N で既定の選択肢（{ $default }）に勝たなければならない：V(A,D) が N × V(D,A) より大きい（v1.2–v1.5）
count-round-debian-majority-current = A.6(3) 多数要件：各選択肢は多数比 N で既定の選択肢（{ $default }）に勝たなければならない：V(A,D) が N × V(D,A) 以上で、かつ V(D,A) より大きい（v1.6 以降）
count-round-debian-schwartz-final = A.6(5)–(6)：シュワルツ集合は {"{"}{ $set }{"}"} で、その中に敗北はない（A.6(8)）
count-round-debian-schwartz-drop = A.6(5)–(7)：シュワルツ集合は {"{"}{ $set }{"}"} で、その中に敗北がある。最も弱い敗北を取り除き、手順 5 に戻る
count-round-debian-weakest-defeat = シュワルツ集合内で最も弱い敗北：V = { $v } 対 { $against }
count-round-debian-defeat = { $winner } が { $loser } に勝つ
count-seat-star-only = { $name } が最後に残った候補者で、決選なしで当選。
count-seat-star-scoring-tie = 得点集計：{ $tied } が星 { $stars } 個で同数、決選の枠 { $places }。
count-seat-star-advance = 得点集計：{ $first } と { $second } が星 { $stars_first } 個と { $stars_second } 個で決選に進む。
count-seat-star-runoff = 自動決選：{ $winner } が { $loser } より選好された（{ $won } 対 { $lost }）。両者を同等に支持した投票者は { $equal } 人。
count-seat-star-runoff-tied = 自動決選：{ $first } と { $second } は同数（{ $won } 対 { $lost }）。両者を同等に支持した投票者は { $equal } 人。
count-seat-star-runoff-total = 決選の同数解消（星の合計が多い方）：{ $winner } が星 { $stars_won } 個対 { $stars_lost } 個で勝つ。
count-seat-star-runoff-fives = 決選の同数解消（星の合計が同数、五つ星の数が多い方）：{ $winner } が五つ星 { $won } 個対 { $lost } 個で勝つ。
count-seat-star-runoff-draw = 決選の同数解消：星の合計（{ $stars }）も五つ星の数（{ $fives }）も同数。{ $rule }で { $name } を選んだ。
count-seat-star-head-to-head = 一対比較で { $winner } が { $loser } より選好され（{ $won } 対 { $lost }）、勝ち進む。
count-seat-star-head-to-head-losers = { $tied } の一対比較：{ $nlosers ->
       *[other] { $losers }
    } が最も多く負け（{ $of } 戦中 { $max } 敗）、同数から除かれる。
count-seat-star-survivors = { $nsurvivors ->
       *[other] { $survivors }
    } が勝ち進み、{ $nlosers ->
       *[other] { $losers }
    } は残り { $places } 枠を争って同数のまま。
count-seat-star-head-to-head-equal = 一対比較で { $first } と { $second } は同等に選好された（{ $won } 対 { $lost }）。
count-seat-star-head-to-head-none = { $tied } の一対比較：全員が { $lost } 敗で、除かれる者はいない。
count-seat-star-fives = 五つ星による同数解消：{ $nnames ->
       *[other] { $names }
    } が五つ星 { $fives } 個で勝ち進む。
count-seat-star-fives-draw = { $then ->
        [0] {""}
       *[other] 続いて、
    }{ $tied } は五つ星の数（{ $fives }）でもなお同数。{ $rule }で { $nchosen ->
       *[other] { $chosen }
    } が勝ち進む。
count-seat-star-set-aside = { $name } は失格：{ $group } には既に当選者が { $max } 人おり（グループごとに { $max } 人まで、PEP 13）、その議席は { $name } を除いて集計し直した。

## 集計の報告（`scrutineer tally`、`scrutineer count`）。

count-report-method = 方式：{ $title } [{ $name }]
count-report-seats = 議席：{ $seats }    投票用紙：{ $ballots }
count-report-elected = 当選者（当選順）：
count-report-rank = 順位
count-report-candidate = 候補者
count-report-votes = 得票
count-report-status = 結果
count-report-ranking = 全順位：{ $ranking }
count-report-pairwise = 一対比較の選好（行を列より選好）：
count-report-strongest-paths = 最強経路：
count-report-pairs = 差の大きい順のペア：
count-report-pair-locked = { $winner } が { $loser } に { $margin } の差：確定
count-report-pair-skipped = { $winner } が { $loser } に { $margin } の差：見送り（循環）
count-report-seat = 第 { $seat } 議席：合計 { $totals }
count-report-runoff = 決選 { $first } 対 { $second }：{ $first } を選好 { $prefer_first }、{ $second } を選好 { $prefer_second }、同等 { $equal }。当選 { $winner }
count-report-default-option = 既定の選択肢：{ $name }
count-report-quorum = 定足数：{ $quorum }
count-report-no-quorum = 定足数：なし
count-report-option = 選択肢
count-report-ratio = 比
count-report-needs = 必要
count-report-quorum-column = 定足数
count-report-majority-column = 多数要件
count-report-dropped = 除外
count-report-yes = 満たす
count-report-no = 満たさない
count-report-dropped-quorum = 定足数
count-report-dropped-majority = 多数要件
count-report-schwartz = シュワルツ集合：{ $set }
count-report-casting-vote = 決定票が必要：{ $options }
count-report-round = 第 { $round } 回：{ $note }
count-report-round-quota = 第 { $round } 回（当選基数 { $quota }）：{ $note }
count-report-keep = 保持値 { $keep }
count-report-exhausted = 移譲不能
count-report-kind-elected = 当選
count-report-kind-excluded = 除外
count-report-kind-surplus = 余剰
count-report-kind-group-excluded = グループ上限により除外
count-report-kind-withdrawn = 辞退
count-report-kind-tie = 同数
count-report-kind-defeat-dropped = 敗北を除去
count-report-disqualified = 規則により失格：
count-report-tie-breaks = 同数の解消：
count-report-tie = { $context }：同数 { $tied }。順序 { $order }。規則：{ $rule }
count-report-tie-by = 方法 { $how }
count-report-tie-decided-by = 決定者 { $name }
count-report-tie-witnessed-by = 立会人 { $name }
count-report-tie-seed = シード { $seed }
count-report-note = 注記：{ $note }
count-report-action = { $kind } { $name }：{ $reason }
count-report-excluded = { $name }：{ $reason }
