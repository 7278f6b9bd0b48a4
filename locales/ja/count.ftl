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
count-note-plurality = 相対多数：各投票用紙は第一選択への 1 票；{ $seats ->
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
