//! Meek STV: I. D. Hill, B. A. Wichmann and D. R. Woodall, "Algorithm 123 —
//! Single Transferable Vote by Meek's method", The Computer Journal 30(3),
//! 1987, with the rounding of the New Zealand rules (Local Electoral
//! Regulations 2001, Schedule 1A) and of Hill's NZ calculator.
//!
//! Every candidate has a keep value k: 1 while hopeful, 0 once excluded,
//! and below 1 once elected. Each ballot's weight, starting at 1, flows down
//! its preferences: each candidate keeps `weight × k` (rounded **up** to the
//! declared precision) and passes the rest on; what is left after the last
//! preference is excess. Arithmetic is fixed-point with
//! `Rules::meek_precision` decimal places (9 by default; 4 to 18 allowed);
//! no floating point is used.
//!
//! Each round iterates:
//!
//! 1. distribute every ballot with the current keep values;
//! 2. quota = (votes − excess) ÷ (seats + 1), truncated to the precision,
//!    plus one unit of the last place (10⁻⁹ at 9 places), so that no more
//!    than `seats` candidates can reach it;
//! 3. every hopeful candidate with at least the quota is elected (the round
//!    ends);
//! 4. total surplus = Σ (votes − quota) over the elected; if it is below
//!    omega = 10^(3 − precision) (10⁻⁶ at 9 places, as the NZ rules), or has
//!    stopped decreasing (the fixed-point limit), the iteration has
//!    converged;
//! 5. otherwise each elected candidate's keep value becomes
//!    ⌈⌈k × quota⌉ ÷ votes⌉ (NZ Schedule 1A rounding) and the round iterates
//!    again.
//!
//! When the iteration converges with no one elected, the hopeful candidate
//! with the fewest votes is excluded (k = 0). Candidates within the total
//! surplus of the lowest are treated as tied (Algorithm 123: the surplus not
//! yet redistributed could still change their order); ties go to the
//! candidate with fewer votes at the most recent earlier round at which the
//! tied candidates differed, then to the seeded draw. When the hopeful
//! candidates are no more than the seats left, they are all elected.
//!
//! Equal rankings (declared rule): a weight reaching a preference shared by
//! m continuing candidates is split into m equal parts (truncated; the
//! remainder of the division goes to excess), each part treated as if that
//! candidate were ranked alone there, and what each passes on continues down
//! the later preferences. Excluded candidates are skipped.
//!
//! Group cap (Scrutineer's extension): when an election gives a group its
//! maximum number of seats, the group's other hopeful candidates are
//! excluded at once (`group_excluded`, keep value 0).
//!
//! Every round satisfies Σ votes + excess = number of ballots exactly: the
//! amounts kept and passed on are computed so that nothing is created or
//! lost, and the excess includes the remainders of equal-ranking splits.

use crate::decimal::{Decimal, MAX_PLACES};
use crate::stv_state::State;
use crate::tiebreak::Draw;
use crate::{
    kind_name, profile_kind, BallotKind, CandId, CandidateResult, CountError, Exclusion, Marks,
    Method, Note, Outcome, Profile, Round, RoundAction, RoundTally, Rules,
};
use std::collections::HashMap;

/// Fewest decimal places accepted (omega = 10^(3 − places) must be below 1).
pub const MIN_PLACES: u32 = 4;
/// Iterations allowed in one round before the count is declared stable.
pub const MAX_ITERATIONS: usize = 100_000;

struct Count<'a> {
    names: &'a [String],
    rules: &'a Rules,
    places: u32,
    /// Distinct ballots, as a prefix tree.
    ballots: Tree,
    total: Decimal,
    state: Vec<State>,
    keep: Vec<Decimal>,
    votes: Vec<Decimal>,
    excess: Decimal,
    quota: Decimal,
    surplus: Decimal,
    omega: Decimal,
    elected: Vec<CandId>,
    out_order: Vec<CandId>,
    history: Vec<Vec<Decimal>>,
    rounds: Vec<Round>,
    actions: Vec<RoundAction>,
    draw: Draw,
    cap_exclusions: Vec<Exclusion>,
    group_seats: HashMap<String, usize>,
    iterations: usize,
    stalled_rounds: usize,
}

pub fn count(profile: &Profile, rules: &Rules) -> Result<Outcome, CountError> {
    let places = rules.meek_precision;
    if !(MIN_PLACES..=MAX_PLACES).contains(&places) {
        return Err(CountError::Invalid(format!(
            "Meek STV precision must be from {MIN_PLACES} to {MAX_PLACES} decimal places, not {places}"
        )));
    }
    let names = &profile.candidates;
    let n = names.len();
    let stripped = profile.strip_withdrawn(&rules.withdrawn);
    let mut ballots = Vec::with_capacity(stripped.ballots.len());
    for b in stripped.ballots {
        let Marks::Ranking(groups) = b.marks else {
            return Err(CountError::WrongBallotKind {
                method: Method::StvMeek,
                expected: "ranked",
                found: kind_name(profile_kind(profile).unwrap_or(BallotKind::Approval)),
            });
        };
        // A candidate listed twice counts at the first place only.
        let mut seen = vec![false; n];
        let groups: Vec<Vec<CandId>> = groups
            .into_iter()
            .map(|g| {
                g.into_iter()
                    .filter(|&c| c < n && !std::mem::replace(&mut seen[c], true))
                    .collect::<Vec<_>>()
            })
            .filter(|g| !g.is_empty())
            .collect();
        ballots.push((groups, b.weight));
    }
    let mut state = vec![State::Hopeful; n];
    let mut keep = vec![Decimal::one(places); n];
    for &w in &rules.withdrawn {
        if w < n {
            state[w] = State::Withdrawn;
            keep[w] = Decimal::zero(places);
        }
    }
    let zero = Decimal::zero(places);
    let mut c = Count {
        names,
        rules,
        places,
        ballots: Tree::new(ballots),
        total: Decimal::from_int(profile.total_weight(), places),
        state,
        keep,
        votes: vec![zero; n],
        excess: zero,
        quota: zero,
        surplus: zero,
        omega: Decimal::from_raw(10i128.pow(3), places),
        elected: Vec::new(),
        out_order: Vec::new(),
        history: Vec::new(),
        rounds: Vec::new(),
        actions: Vec::new(),
        draw: Draw::new(rules, names),
        cap_exclusions: Vec::new(),
        group_seats: HashMap::new(),
        iterations: 0,
        stalled_rounds: 0,
    };
    c.run()?;
    Ok(c.outcome(profile))
}

impl Count<'_> {
    fn hopeful(&self) -> Vec<CandId> {
        (0..self.names.len())
            .filter(|&x| self.state[x] == State::Hopeful)
            .collect()
    }

    fn seats_left(&self) -> usize {
        self.rules.seats.saturating_sub(self.elected.len())
    }

    fn group_of(&self, c: CandId) -> Option<&str> {
        self.rules
            .groups
            .as_ref()
            .and_then(|g| g.group_of.get(c))
            .and_then(|x| x.as_deref())
    }

    fn group_room(&self, c: CandId, extra: usize) -> bool {
        match (self.rules.groups.as_ref(), self.group_of(c)) {
            (Some(cap), Some(g)) => {
                self.group_seats.get(g).copied().unwrap_or(0) + extra
                    < cap.room(g, self.rules.seats) + 1
            }
            _ => true,
        }
    }

    fn run(&mut self) -> Result<(), CountError> {
        loop {
            if self.seats_left() == 0 {
                break;
            }
            let hopeful = self.hopeful();
            if hopeful.is_empty() {
                break;
            }
            if hopeful.len() <= self.seats_left() && self.all_fit(&hopeful) {
                // Fewer (or as many) hopeful candidates than seats: all elected.
                self.distribute()?;
                self.set_quota()?;
                for c in hopeful {
                    let reason = Note::MeekFill {
                        votes: self.votes[c].to_string(),
                    };
                    self.elect(c, reason);
                }
                self.finish_round(Note::MeekFillRound);
                break;
            }
            let elected_now = self.iterate()?;
            if !elected_now.is_empty() {
                let names: Vec<String> =
                    elected_now.iter().map(|&c| self.names[c].clone()).collect();
                self.finish_round(Note::MeekElection { names });
                continue;
            }
            // Converged with no one elected: exclude the lowest.
            let hopeful = self.hopeful();
            let Some(low) = hopeful.iter().map(|&x| self.votes[x]).min() else {
                break;
            };
            let tied: Vec<CandId> = hopeful
                .iter()
                .copied()
                .filter(|&x| self.votes[x] <= low + self.surplus)
                .collect();
            let who = self.lowest_of(&tied);
            self.actions.push(RoundAction::new(
                "excluded",
                self.names[who].clone(),
                Note::MeekFewest {
                    votes: self.votes[who].to_string(),
                    omega: self.omega.to_string(),
                    surplus: self.surplus.to_string(),
                },
            ));
            // The round shows the converged figures that decided the
            // exclusion; the next round starts from the new keep value 0.
            self.finish_round(Note::MeekExclusion {
                name: self.names[who].clone(),
            });
            self.exclude(who, State::Excluded);
        }
        // Candidates still hopeful are not elected; show the final figures.
        self.distribute()?;
        self.set_quota()?;
        Ok(())
    }

    fn exclude(&mut self, c: CandId, st: State) {
        self.state[c] = st;
        self.keep[c] = Decimal::zero(self.places);
        self.out_order.push(c);
    }

    /// Iterate (steps 1–5) until someone is elected or the surplus has
    /// converged. Returns who was elected.
    fn iterate(&mut self) -> Result<Vec<CandId>, CountError> {
        let mut last_surplus: Option<Decimal> = None;
        for _ in 0..MAX_ITERATIONS {
            self.iterations += 1;
            self.distribute()?;
            self.set_quota()?;
            // Step 3: elections.
            let mut reached: Vec<CandId> = self
                .hopeful()
                .into_iter()
                .filter(|&x| self.votes[x] >= self.quota)
                .collect();
            if !reached.is_empty() {
                reached.sort_by(|&a, &b| self.votes[b].cmp(&self.votes[a]).then(a.cmp(&b)));
                let mut done = Vec::new();
                for c in self.order_equals(reached) {
                    if self.state[c] != State::Hopeful || self.seats_left() == 0 {
                        continue;
                    }
                    let reason = Note::MeekQuotaReached {
                        quota: self.quota.to_string(),
                        votes: self.votes[c].to_string(),
                    };
                    self.elect(c, reason);
                    done.push(c);
                }
                self.compute_surplus();
                return Ok(done);
            }
            // Step 4: convergence.
            self.compute_surplus();
            if self.surplus < self.omega {
                return Ok(Vec::new());
            }
            if last_surplus.is_some_and(|l| self.surplus >= l) {
                self.stalled_rounds += 1;
                return Ok(Vec::new());
            }
            last_surplus = Some(self.surplus);
            // Step 5: new keep values for the elected.
            for &c in &self.elected {
                let v = self.votes[c];
                if v.is_positive() {
                    let k = self.keep[c].mul_ceil(self.quota)?.div_ceil(v)?;
                    self.keep[c] = k.min(Decimal::one(self.places));
                }
            }
        }
        self.stalled_rounds += 1;
        Ok(Vec::new())
    }

    fn compute_surplus(&mut self) {
        let mut s = Decimal::zero(self.places);
        for &c in &self.elected {
            if self.votes[c] > self.quota {
                s += self.votes[c] - self.quota;
            }
        }
        self.surplus = s;
    }

    /// Put candidates with equal votes in order (earlier rounds, then lot)
    /// when the order can decide a seat: more of them than seats left, or
    /// under a group cap.
    fn order_equals(&mut self, sorted: Vec<CandId>) -> Vec<CandId> {
        let need_order = sorted.len() > self.seats_left() || self.rules.groups.is_some();
        if !need_order {
            return sorted;
        }
        let mut rest = sorted;
        let mut out = Vec::new();
        while let Some(&first) = rest.first() {
            let top = self.votes[first];
            let tied: Vec<CandId> = rest
                .iter()
                .copied()
                .filter(|&x| self.votes[x] == top)
                .collect();
            let pick = self.extreme_of(&tied, true, Note::TieMeekQuota);
            out.push(pick);
            rest.retain(|&x| x != pick);
        }
        out
    }

    fn lowest_of(&mut self, tied: &[CandId]) -> CandId {
        self.extreme_of(tied, false, Note::TieMeekLowest)
    }

    /// The tied candidate with the most (`highest`) or fewest votes at the
    /// most recent earlier round where they differed, narrowing round by
    /// round; then by the seeded draw.
    fn extreme_of(&mut self, tied: &[CandId], highest: bool, note: Note) -> CandId {
        let mut set = tied.to_vec();
        if set.len() == 1 {
            return set[0];
        }
        let mut names: Vec<String> = tied.iter().map(|&x| self.names[x].clone()).collect();
        names.sort_unstable();
        {
            for (k, round) in self.history.iter().enumerate().rev() {
                let vals = set.iter().map(|&x| round[x]);
                let target = if highest { vals.max() } else { vals.min() };
                let Some(target) = target else { break };
                set.retain(|&x| round[x] == target);
                if set.len() == 1 {
                    self.actions.push(RoundAction::new(
                        "tie",
                        self.names[set[0]].clone(),
                        Note::MeekTieRound {
                            tied: names,
                            context: Box::new(note),
                            round: (k + 1) as u64,
                        },
                    ));
                    return set[0];
                }
            }
        }
        if set.len() == 1 {
            return set[0];
        }
        let who = self.draw.pick(note.clone(), &set, self.names);
        self.actions.push(RoundAction::new(
            "tie",
            self.names[who].clone(),
            Note::MeekTieDraw {
                tied: names,
                context: Box::new(note),
                rule: Box::new(self.draw.rule_note()),
            },
        ));
        who
    }

    fn all_fit(&self, cands: &[CandId]) -> bool {
        let Some(cap) = self.rules.groups.as_ref() else {
            return true;
        };
        let mut extra: HashMap<&str, usize> = HashMap::new();
        for &c in cands {
            if let Some(g) = self.group_of(c) {
                *extra.entry(g).or_insert(0) += 1;
            }
        }
        extra.iter().all(|(g, k)| {
            self.group_seats.get(*g).copied().unwrap_or(0) + k <= cap.room(g, self.rules.seats)
        })
    }

    fn elect(&mut self, c: CandId, reason: Note) {
        if !self.group_room(c, 1) {
            // The group filled up earlier in this round.
            self.group_exclude(c);
            return;
        }
        self.state[c] = State::Elected;
        self.elected.push(c);
        self.actions
            .push(RoundAction::new("elected", self.names[c].clone(), reason));
        let Some(g) = self.group_of(c).map(str::to_string) else {
            return;
        };
        *self.group_seats.entry(g.clone()).or_insert(0) += 1;
        if !self.group_room(c, 1) {
            for x in self.hopeful() {
                if self.group_of(x) == Some(g.as_str()) {
                    self.group_exclude(x);
                }
            }
        }
    }

    fn group_exclude(&mut self, x: CandId) {
        let group = self.group_of(x).unwrap_or_default().to_string();
        let max = self
            .rules
            .groups
            .as_ref()
            .map(|g| g.room(&group, self.rules.seats))
            .unwrap_or(0);
        let reason = Note::MeekGroupExcluded {
            group,
            max: max as u64,
        };
        self.exclude(x, State::GroupExcluded);
        self.actions.push(RoundAction::new(
            "group_excluded",
            self.names[x].clone(),
            reason.clone(),
        ));
        self.cap_exclusions
            .push(Exclusion::new(self.names[x].clone(), reason));
    }

    /// Step 1: distribute every ballot with the current keep values.
    fn distribute(&mut self) -> Result<(), CountError> {
        let zero = Decimal::zero(self.places);
        let mut votes = vec![zero; self.names.len()];
        let mut excess = zero;
        let one = Decimal::one(self.places);
        let mut flow = Flow {
            tree: &self.ballots,
            keep: &self.keep,
            votes: &mut votes,
            excess: &mut excess,
        };
        flow.pass(None, one)?;
        self.votes = votes;
        self.excess = excess;
        Ok(())
    }

    /// Step 2: quota.
    fn set_quota(&mut self) -> Result<(), CountError> {
        let votes = self.total - self.excess;
        self.quota =
            votes.div_int(self.rules.seats as u64 + 1)? + Decimal::from_raw(1, self.places);
        Ok(())
    }

    fn finish_round(&mut self, note: Note) {
        self.history.push(self.votes.clone());
        let tallies = (0..self.names.len())
            .filter(|&x| self.state[x] != State::Withdrawn)
            .map(|x| RoundTally {
                name: self.names[x].clone(),
                votes: self.votes[x].to_string(),
                keep: Some(self.keep[x].to_string()),
            })
            .collect();
        self.rounds.push(Round {
            number: self.rounds.len() + 1,
            quota: Some(self.quota.to_string()),
            tallies,
            exhausted: self.excess.to_string(),
            actions: std::mem::take(&mut self.actions),
            note: note.english(),
            note_events: vec![note],
        });
    }

    fn outcome(self, profile: &Profile) -> Outcome {
        let names = self.names;
        let n = names.len();
        let mut order: Vec<CandId> = self.elected.clone();
        let mut standing = self.hopeful();
        standing.sort_by(|&a, &b| self.votes[b].cmp(&self.votes[a]).then(a.cmp(&b)));
        order.extend(standing);
        order.extend(self.out_order.iter().rev().copied());
        let mut rank = vec![None; n];
        for (i, &c) in order.iter().enumerate() {
            rank[c] = Some(i + 1);
        }
        let candidates = (0..n)
            .map(|c| CandidateResult {
                name: names[c].clone(),
                votes: self.votes[c].to_string(),
                rank: rank[c],
                status: self.state[c].status(),
            })
            .collect();
        let mut notes = vec![Note::Meek {
            places: u64::from(self.places),
            divisor: (self.rules.seats + 1) as u64,
            omega: self.omega.to_string(),
            rule: Box::new(Note::rule(&self.rules.tie_rule)),
            iterations: self.iterations as u64,
        }];
        if self.stalled_rounds > 0 {
            notes.push(Note::MeekStalled {
                rounds: self.stalled_rounds as u64,
            });
        }
        if let Some(g) = &self.rules.groups {
            notes.push(Note::MeekGroups {
                limit: g.limit(self.rules.seats) as u64,
                cap: Box::new(g.describe_note(self.rules.seats)),
            });
        }
        crate::note_unfilled(&mut notes, self.elected.len(), self.rules.seats);
        Outcome {
            method: Method::StvMeek,
            seats: self.rules.seats,
            winners: self.elected.iter().map(|&c| names[c].clone()).collect(),
            ranking: Some(order.iter().map(|&c| names[c].clone()).collect()),
            candidates,
            rounds: self.rounds,
            pairwise: None,
            star: None,
            debian: None,
            tie_breaks: self.draw.records,
            excluded: self.cap_exclusions,
            ballots: profile.total_weight(),
            precision: self.places,
            notes: crate::english(&notes),
            note_events: notes,
        }
    }
}

/// The distinct ballots as a prefix tree: ballots that begin with the same
/// preference groups share those nodes, so a weight flows down a shared
/// prefix once for all of them (at a million ballots most weight stops at
/// the first hopeful candidate, within the first few nodes). The figures are
/// exactly those of walking each ballot: every amount is computed per ballot
/// as before and multiplied by the number of ballots through the node, and
/// Σ (x × count) over those ballots = x × Σ count in integers.
struct Tree {
    /// In preorder: a node's subtree is `nodes[i + 1..nodes[i].next]`.
    nodes: Vec<Node>,
    /// Ballots with no continuing preference at all (all weight is excess).
    empty: u64,
}

struct Node {
    /// The preference group at this node's depth.
    group: Vec<CandId>,
    /// Ballots whose preferences begin with the groups from the root to here.
    through: u64,
    /// Of those, the ballots with no preference after this group.
    end: u64,
    /// Index after the last node of this node's subtree.
    next: usize,
}

impl Tree {
    fn new(mut ballots: Vec<(Vec<Vec<CandId>>, u64)>) -> Tree {
        ballots.sort_unstable();
        let mut nodes: Vec<Node> = Vec::new();
        let mut empty = 0;
        // The nodes of the previous ballot's path, root first.
        let mut path: Vec<usize> = Vec::new();
        for (groups, count) in ballots {
            if groups.is_empty() {
                empty += count;
                continue;
            }
            let shared = path
                .iter()
                .zip(&groups)
                .take_while(|(&i, g)| nodes[i].group == **g)
                .count();
            for &i in &path[shared..] {
                nodes[i].next = nodes.len();
            }
            path.truncate(shared);
            for &i in &path {
                nodes[i].through += count;
            }
            for g in groups.into_iter().skip(shared) {
                path.push(nodes.len());
                nodes.push(Node {
                    group: g,
                    through: count,
                    end: 0,
                    next: 0,
                });
            }
            if let Some(&last) = path.last() {
                nodes[last].end += count;
            }
        }
        for &i in &path {
            nodes[i].next = nodes.len();
        }
        Tree { nodes, empty }
    }
}

/// One distribution (step 1) over the tree.
struct Flow<'a> {
    tree: &'a Tree,
    keep: &'a [Decimal],
    votes: &'a mut [Decimal],
    excess: &'a mut Decimal,
}

impl Flow<'_> {
    /// `weight` (per ballot) leaves node `from` (`None`: the root) for the
    /// next group: the ballots that end at `from` keep it as excess, the
    /// others flow on into each child.
    fn pass(&mut self, from: Option<usize>, weight: Decimal) -> Result<(), CountError> {
        if !weight.is_positive() {
            return Ok(());
        }
        let nodes = &self.tree.nodes;
        let (mut child, end, ending) = match from {
            Some(i) => (i + 1, nodes[i].next, nodes[i].end),
            None => (0, nodes.len(), self.tree.empty),
        };
        *self.excess += weight.times(ending)?;
        while child < end {
            self.node(child, weight)?;
            child = nodes[child].next;
        }
        Ok(())
    }

    /// `weight` (per ballot) reaches node `i`: each continuing candidate of
    /// its group keeps ⌈weight × k⌉ and passes the rest on; equal
    /// preferences split the weight equally (the remainder of the division
    /// is excess).
    fn node(&mut self, i: usize, weight: Decimal) -> Result<(), CountError> {
        let node = &self.tree.nodes[i];
        let keep = self.keep;
        let count = node.through;
        // The group's continuing candidates (keep value above 0), in the
        // group's order; counted, then walked again, so that nothing is
        // allocated (this is the count's innermost loop).
        let live = || {
            node.group
                .iter()
                .copied()
                .filter(|&c| keep.get(c).is_some_and(|k| k.is_positive()))
        };
        let mut first_two = live();
        match (first_two.next(), first_two.next()) {
            (None, _) => self.pass(Some(i), weight),
            (Some(c), None) => {
                let kept = weight.mul_ceil(keep[c])?.min(weight);
                self.votes[c] += kept.times(count)?;
                self.pass(Some(i), weight - kept)
            }
            _ => {
                let m = live().count() as u64;
                let part = weight.div_int(m)?;
                let remainder = weight - part.times(m)?;
                *self.excess += remainder.times(count)?;
                for c in live() {
                    let kept = part.mul_ceil(keep[c])?.min(part);
                    self.votes[c] += kept.times(count)?;
                    self.pass(Some(i), part - kept)?;
                }
                Ok(())
            }
        }
    }
}
