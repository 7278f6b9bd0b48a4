//! Scottish STV: The Scottish Local Government Elections Order 2007
//! (SSI 2007/42), Schedule 1, rules 45–52, followed to the letter.
//!
//! * Rule 45: first preferences are counted (stage 1).
//! * Rule 46: quota = ⌊valid ballot papers ÷ (seats + 1)⌋ + 1 ("ignoring any
//!   decimal places", "increased by one").
//! * Rule 47: a candidate whose votes equal or exceed the quota is elected.
//! * Rule 48: a surplus is transferred by the weighted inclusive Gregory
//!   method: every paper in the elected candidate's pile (those received at
//!   every stage) passes to its next available preference with the value
//!   A ÷ B, where A = surplus × the paper's value when received and B = the
//!   candidate's total votes, "calculated to five decimal places (any
//!   remainder being ignored)". Papers with no next available preference are
//!   non-transferable; their (reduced) value is recorded as such.
//! * Rule 49: the largest surplus first; equal surpluses go by the candidates'
//!   votes at the most recent preceding stage at which they differed (the
//!   higher first), then by lot.
//! * Rule 50: when no surplus remains to transfer, the candidate with the
//!   fewest votes is excluded and all his or her papers are transferred in
//!   one stage at the value they had when received.
//! * Rule 51: equal lowest candidates: the one with fewer votes at the most
//!   recent preceding stage at which they differed is excluded, then by lot.
//! * Rule 52: when the continuing candidates are no more than the vacancies
//!   left, they are all elected and no further transfer is made (and an
//!   untransferred surplus stays with its candidate).
//!
//! A "stage" is one [`Round`]. Figures are [`Decimal`]s with 5 places; no
//! floating point is used. Ties "by lot" use the seeded
//! [`Draw`](crate::tiebreak::Draw). When several ties are equal at every
//! earlier stage, the candidates that were at the extreme at each earlier
//! stage are kept and compared again at the stage before (so a three-way tie
//! is narrowed stage by stage before any lot is drawn).
//!
//! Ballot papers: a paper with no first preference, or with more than one
//! candidate at its first preference (equal ranking), is rejected and not a
//! valid paper for the quota (the Order rejects a paper whose first
//! preference is unmarked or given to more than one candidate). An equal
//! ranking at a later preference ends the paper there: from that point it is
//! non-transferable, since no single next preference is given.
//!
//! Group cap (Scrutineer's extension for organisations, not part of the
//! Order): when a candidate's election gives his or her group its maximum
//! number of seats, the group's remaining continuing candidates are excluded
//! (`group_excluded`), and at the next stage, before any surplus, their
//! papers are transferred as in rule 50. Several candidates of one group
//! reaching the quota together are taken in order of votes (ties as rule
//! 49). Rule 52 is applied only when electing all the continuing candidates
//! respects the cap; otherwise the count goes on by exclusions.

use crate::decimal::Decimal;
use crate::stv_state::State;
use crate::tiebreak::Draw;
use crate::{
    kind_name, profile_kind, BallotKind, CandId, CandidateResult, CountError, Exclusion, Marks,
    Method, Note, Outcome, Profile, Round, RoundAction, RoundTally, Rules,
};
use std::collections::HashMap;

/// Decimal places of every figure (rule 48(3): "five decimal places").
pub const PLACES: u32 = 5;

/// Identical ballot papers, moved together (they always share a value).
struct Paper {
    prefs: Vec<CandId>,
    /// Index in `prefs` of the candidate holding the papers.
    pos: usize,
    /// The value of each paper (rule 48(4)(b)).
    value: Decimal,
    count: u64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Extreme {
    Highest,
    Lowest,
}

struct Count<'a> {
    names: &'a [String],
    rules: &'a Rules,
    papers: Vec<Paper>,
    piles: Vec<Vec<usize>>,
    votes: Vec<Decimal>,
    state: Vec<State>,
    /// Elected with a surplus not yet transferred.
    pending: Vec<bool>,
    /// Group-excluded candidates whose papers are still to be transferred.
    group_pending: Vec<CandId>,
    /// Every candidate's votes at the end of each stage.
    history: Vec<Vec<Decimal>>,
    nontransferable: Decimal,
    quota: Decimal,
    elected: Vec<CandId>,
    steps: Vec<Vec<CandId>>,
    /// Candidates excluded (by rule 50 or the group cap), in order.
    out_order: Vec<CandId>,
    rounds: Vec<Round>,
    actions: Vec<RoundAction>,
    draw: Draw,
    cap_exclusions: Vec<Exclusion>,
    group_seats: HashMap<String, usize>,
    done: bool,
}

pub fn count(profile: &Profile, rules: &Rules) -> Result<Outcome, CountError> {
    let names = &profile.candidates;
    let n = names.len();
    let stripped = profile.strip_withdrawn(&rules.withdrawn);

    // Valid papers (rule 45(3)); rejected ones counted for the notes.
    let mut papers = Vec::new();
    let mut rejected: u64 = 0;
    for b in &stripped.ballots {
        let Marks::Ranking(groups) = &b.marks else {
            return Err(CountError::WrongBallotKind {
                method: Method::StvScottish,
                expected: "ranked",
                found: kind_name(profile_kind(profile).unwrap_or(BallotKind::Approval)),
            });
        };
        let prefs: Vec<CandId> = groups
            .iter()
            .take_while(|g| g.len() == 1)
            .flatten()
            .copied()
            .collect();
        if prefs.is_empty() {
            rejected += b.weight;
            continue;
        }
        papers.push(Paper {
            prefs,
            pos: 0,
            value: Decimal::one(PLACES),
            count: b.weight,
        });
    }
    let valid: u64 = papers.iter().map(|p| p.count).sum();

    // Rule 46: quota.
    let quota = Decimal::from_int(valid / (rules.seats as u64 + 1) + 1, PLACES);

    let mut state = vec![State::Hopeful; n];
    for &w in &rules.withdrawn {
        if let Some(s) = state.get_mut(w) {
            *s = State::Withdrawn;
        }
    }
    let mut c = Count {
        names,
        rules,
        papers,
        piles: vec![Vec::new(); n],
        votes: vec![Decimal::zero(PLACES); n],
        state,
        pending: vec![false; n],
        group_pending: Vec::new(),
        history: Vec::new(),
        nontransferable: Decimal::zero(PLACES),
        quota,
        elected: Vec::new(),
        steps: Vec::new(),
        out_order: Vec::new(),
        rounds: Vec::new(),
        actions: Vec::new(),
        draw: Draw::new(rules, names),
        cap_exclusions: Vec::new(),
        group_seats: HashMap::new(),
        done: false,
    };

    // Rule 45: first stage.
    for i in 0..c.papers.len() {
        c.place(i)?;
    }
    c.finish_stage(
        Note::ScottishFirst {
            valid,
            quota: c.quota.to_string(),
        },
        false,
    )?;

    while !c.done {
        if !c.group_pending.is_empty() {
            let group: Vec<CandId> = std::mem::take(&mut c.group_pending);
            for &g in &group {
                c.transfer_excluded(g)?;
            }
            let names: Vec<String> = group.iter().map(|&g| c.names[g].clone()).collect();
            c.finish_stage(Note::ScottishGroupTransfer { names }, true)?;
            continue;
        }
        let with_surplus: Vec<CandId> = (0..n)
            .filter(|&x| c.pending[x] && c.votes[x] > c.quota)
            .collect();
        if let Some(max) = with_surplus.iter().map(|&x| c.votes[x]).max() {
            // Rule 49(1): the highest surplus first; 49(2), 49(3) for ties.
            let tied: Vec<CandId> = with_surplus
                .iter()
                .copied()
                .filter(|&x| c.votes[x] == max)
                .collect();
            let who = c.break_tie(&tied, Extreme::Highest, Note::TieScottishSurplus);
            let surplus = c.votes[who] - c.quota;
            c.transfer_surplus(who)?;
            c.actions.push(RoundAction::new(
                "surplus",
                c.names[who].clone(),
                Note::ScottishSurplus {
                    surplus: surplus.to_string(),
                },
            ));
            c.finish_stage(
                Note::ScottishSurplusStage {
                    name: c.names[who].clone(),
                    surplus: surplus.to_string(),
                },
                false,
            )?;
            continue;
        }
        // Rule 50: exclude the lowest continuing candidate.
        let hopeful = c.hopeful();
        let Some(min) = hopeful.iter().map(|&x| c.votes[x]).min() else {
            break;
        };
        let tied: Vec<CandId> = hopeful
            .iter()
            .copied()
            .filter(|&x| c.votes[x] == min)
            .collect();
        let who = c.break_tie(&tied, Extreme::Lowest, Note::TieScottishLowest);
        c.state[who] = State::Excluded;
        c.out_order.push(who);
        c.actions.push(RoundAction::new(
            "excluded",
            c.names[who].clone(),
            Note::ScottishLowest {
                min: min.to_string(),
            },
        ));
        c.transfer_excluded(who)?;
        c.finish_stage(
            Note::ScottishExclusionStage {
                name: c.names[who].clone(),
            },
            true,
        )?;
    }

    Ok(c.outcome(profile, valid, rejected))
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

    fn group_full(&self, c: CandId) -> bool {
        match (self.rules.groups.as_ref(), self.group_of(c)) {
            (Some(cap), Some(g)) => {
                self.group_seats.get(g).copied().unwrap_or(0) >= cap.room(g, self.rules.seats)
            }
            _ => false,
        }
    }

    /// Give papers `i` to their next available preference at or after their
    /// current position (a continuing candidate), or set them aside as
    /// non-transferable (rule 48(1)(b), 50(2)(b)).
    fn place(&mut self, i: usize) -> Result<(), CountError> {
        let Some(p) = self.papers.get_mut(i) else {
            return Ok(());
        };
        while let Some(&c) = p.prefs.get(p.pos) {
            if self.state.get(c) == Some(&State::Hopeful) {
                let v = p.value.times(p.count)?;
                self.votes[c] += v;
                self.piles[c].push(i);
                return Ok(());
            }
            p.pos += 1;
        }
        let v = p.value.times(p.count)?;
        self.nontransferable += v;
        Ok(())
    }

    /// Rule 48: transfer the surplus of `c` (weighted inclusive Gregory).
    fn transfer_surplus(&mut self, c: CandId) -> Result<(), CountError> {
        let total = self.votes[c];
        let surplus = total - self.quota;
        self.pending[c] = false;
        let pile = std::mem::take(&mut self.piles[c]);
        for &i in &pile {
            if let Some(p) = self.papers.get_mut(i) {
                // Rule 48(3): A ÷ B, A = surplus × value when received,
                // B = the candidate's total votes, to five places, remainder
                // ignored.
                p.value = p.value.mul_div(surplus, total)?;
                p.pos += 1;
            }
            self.place(i)?;
        }
        self.votes[c] = self.quota;
        Ok(())
    }

    /// Rule 50(2)–(4): transfer every paper of an excluded candidate at the
    /// value it had when received.
    fn transfer_excluded(&mut self, c: CandId) -> Result<(), CountError> {
        let pile = std::mem::take(&mut self.piles[c]);
        for &i in &pile {
            if let Some(p) = self.papers.get_mut(i) {
                p.pos += 1;
            }
            self.place(i)?;
        }
        self.votes[c] = Decimal::zero(PLACES);
        Ok(())
    }

    /// Rules 49(2)–(3) and 51(2): look back over the earlier stages, most
    /// recent first, keeping the candidates at the extreme, until one is left;
    /// otherwise by lot (the seeded draw).
    fn break_tie(&mut self, tied: &[CandId], extreme: Extreme, note: Note) -> CandId {
        let mut set: Vec<CandId> = tied.to_vec();
        if set.len() == 1 {
            return set[0];
        }
        let names: Vec<String> = {
            let mut v: Vec<String> = tied.iter().map(|&x| self.names[x].clone()).collect();
            v.sort_unstable();
            v
        };
        for (k, stage) in self.history.iter().enumerate().rev() {
            let vals = set.iter().map(|&x| stage[x]);
            let Some(target) = (match extreme {
                Extreme::Highest => vals.max(),
                Extreme::Lowest => vals.min(),
            }) else {
                break;
            };
            set.retain(|&x| stage[x] == target);
            if set.len() == 1 {
                self.actions.push(RoundAction::new(
                    "tie",
                    self.names[set[0]].clone(),
                    Note::ScottishTieStage {
                        tied: names,
                        context: Box::new(note),
                        stage: (k + 1) as u64,
                    },
                ));
                return set[0];
            }
        }
        let who = self.draw.pick(note.clone(), &set, self.names);
        self.actions.push(RoundAction::new(
            "tie",
            self.names[who].clone(),
            Note::ScottishTieLot {
                tied: names,
                context: Box::new(note),
                rule: Box::new(self.draw.rule_note()),
            },
        ));
        who
    }

    /// Exclude the remaining continuing candidates of `c`'s group when it is full.
    fn cap_group_of(&mut self, c: CandId) {
        if !self.group_full(c) {
            return;
        }
        let group = self.group_of(c).unwrap_or_default().to_string();
        let max = self
            .rules
            .groups
            .as_ref()
            .map(|g| g.room(&group, self.rules.seats))
            .unwrap_or(0);
        for x in self.hopeful() {
            if self.group_of(x) == Some(group.as_str()) {
                self.state[x] = State::GroupExcluded;
                self.group_pending.push(x);
                self.out_order.push(x);
                let reason = Note::ScottishGroupExcluded {
                    group: group.clone(),
                    max: max as u64,
                };
                self.actions.push(RoundAction::new(
                    "group_excluded",
                    self.names[x].clone(),
                    reason.clone(),
                ));
                self.cap_exclusions
                    .push(Exclusion::new(self.names[x].clone(), reason));
            }
        }
    }

    fn elect(&mut self, c: CandId, step: &mut Vec<CandId>, reason: Note) {
        self.state[c] = State::Elected;
        self.pending[c] = self.votes[c] > self.quota;
        self.elected.push(c);
        step.push(c);
        if let Some(g) = self.group_of(c).map(str::to_string) {
            *self.group_seats.entry(g).or_insert(0) += 1;
        }
        self.actions
            .push(RoundAction::new("elected", self.names[c].clone(), reason));
        self.cap_group_of(c);
    }

    /// Does electing all of `cands` keep every group within its cap?
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

    /// Rule 47: every continuing candidate with the quota is elected, highest
    /// first.
    fn elect_quota_holders(&mut self, step: &mut Vec<CandId>) {
        let mut reached: Vec<CandId> = self
            .hopeful()
            .into_iter()
            .filter(|&x| self.votes[x] >= self.quota)
            .collect();
        reached.sort_by(|&a, &b| self.votes[b].cmp(&self.votes[a]).then(a.cmp(&b)));
        if self.rules.groups.is_some() {
            // Under a group cap the order among equals can decide a seat.
            let mut ordered = Vec::new();
            while let Some(&first) = reached.first() {
                let top = self.votes[first];
                let tied: Vec<CandId> = reached
                    .iter()
                    .copied()
                    .filter(|&x| self.votes[x] == top)
                    .collect();
                let first = self.break_tie(&tied, Extreme::Highest, Note::TieScottishQuotaCap);
                ordered.push(first);
                reached.retain(|&x| x != first);
            }
            reached = ordered;
        }
        for c in reached {
            if self.state[c] != State::Hopeful {
                continue; // group-excluded by an earlier election in this stage
            }
            if self.seats_left() == 0 {
                break;
            }
            let reason = Note::ScottishQuotaReached {
                votes: self.votes[c].to_string(),
            };
            self.elect(c, step, reason);
        }
    }

    /// Rule 52: when the continuing candidates are no more than the vacancies
    /// left (and, under a group cap, electing them all respects it), they
    /// are all deemed elected. Returns whether the rule applied.
    fn fill_last_vacancies(&mut self, step: &mut Vec<CandId>) -> bool {
        let hopeful = self.hopeful();
        if hopeful.len() > self.seats_left() || !self.all_fit(&hopeful) {
            return false;
        }
        for c in hopeful {
            let reason = Note::ScottishDeemedElected {
                votes: self.votes[c].to_string(),
            };
            self.elect(c, step, reason);
        }
        true
    }

    /// End of a stage: rule 47 (election on reaching the quota), rule 52
    /// (filling the last vacancies), then record the stage.
    ///
    /// After an exclusion, rule 52 is looked at first: if the continuing
    /// candidates are then no more than the vacancies, they are all deemed
    /// elected together, including any who also reached the quota at that
    /// stage. Otherwise (and after the first stage or a surplus transfer)
    /// those with the quota are elected one by one, highest first, and rule 52
    /// is looked at after them. Each election by quota reduces both the
    /// continuing candidates and the vacancies by one, so the order decides
    /// only how the elections are reported (as Droop's reference count does),
    /// never who is elected or any figure.
    fn finish_stage(&mut self, note: Note, after_exclusion: bool) -> Result<(), CountError> {
        let mut step = Vec::new();
        if after_exclusion && self.seats_left() > 0 && self.fill_last_vacancies(&mut step) {
            self.done = true;
        } else {
            self.elect_quota_holders(&mut step);
            self.done = self.seats_left() == 0
                || self.hopeful().is_empty()
                || self.fill_last_vacancies(&mut step);
        }
        if !step.is_empty() {
            self.steps.push(step);
        }
        self.history.push(self.votes.clone());
        let tallies = (0..self.names.len())
            .filter(|&x| self.state[x] != State::Withdrawn)
            .map(|x| RoundTally {
                name: self.names[x].clone(),
                votes: self.votes[x].to_string(),
                keep: None,
            })
            .collect();
        self.rounds.push(Round {
            number: self.rounds.len() + 1,
            quota: Some(self.quota.to_string()),
            tallies,
            exhausted: self.nontransferable.to_string(),
            actions: std::mem::take(&mut self.actions),
            note: note.english(),
            note_events: vec![note],
        });
        Ok(())
    }

    fn outcome(self, profile: &Profile, valid: u64, rejected: u64) -> Outcome {
        let names = self.names;
        let n = names.len();
        // Ranking: winners in order of election, then candidates still
        // standing by votes, then the excluded, last excluded first.
        let mut order: Vec<CandId> = self.elected.clone();
        let mut standing: Vec<CandId> = self.hopeful();
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
        let mut notes = vec![
            Note::StvScottish {
                valid: valid.to_string(),
                divisor: (self.rules.seats + 1) as u64,
                quota: self.quota.to_string(),
                rule: Box::new(Note::rule(&self.rules.tie_rule)),
            },
            Note::StvNontransferable {
                votes: self.nontransferable.to_string(),
                steps: self.steps.len() as u64,
            },
        ];
        if rejected > 0 {
            notes.push(Note::StvRejected { n: rejected });
        }
        if let Some(g) = &self.rules.groups {
            notes.push(Note::StvScottishGroups {
                limit: g.limit(self.rules.seats) as u64,
                cap: Box::new(g.describe_note(self.rules.seats)),
            });
        }
        crate::note_unfilled(&mut notes, self.elected.len(), self.rules.seats);
        Outcome {
            method: Method::StvScottish,
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
            precision: PLACES,
            notes: crate::english(&notes),
            note_events: notes,
        }
    }
}

/// How the reason of an election under rule 52 ends (see [`elected_steps`]).
pub const RULE_52: &str = "(rule 52(1))";

/// The order of election as steps: each election on reaching the quota (rule
/// 47) is a step of its own, in the order made (highest vote first within a
/// stage); the candidates deemed elected together under rule 52 form one
/// step. This is how the reference counts (Droop) report the order.
pub fn elected_steps(outcome: &Outcome) -> Vec<Vec<String>> {
    let mut steps: Vec<Vec<String>> = Vec::new();
    for r in &outcome.rounds {
        let mut last_batch: Vec<String> = Vec::new();
        for a in r.actions.iter().filter(|a| a.kind == "elected") {
            if a.reason.ends_with(RULE_52) {
                last_batch.push(a.name.clone());
            } else {
                steps.push(vec![a.name.clone()]);
            }
        }
        if !last_batch.is_empty() {
            steps.push(last_batch);
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::ranked as profile;
    use crate::{Ballot, GroupCap, Status};

    fn votes(o: &Outcome) -> Vec<&str> {
        o.candidates.iter().map(|c| c.votes.as_str()).collect()
    }

    #[test]
    fn surplus_values_are_truncated_to_five_places() {
        // 11 papers, 2 seats: quota ⌊11/3⌋ + 1 = 4. A's surplus 3 of 7: each
        // paper goes on at 3/7 = 0.42857 (truncated), so B gets 2.99999.
        let p = profile(
            &["A", "B", "C"],
            &[(7, &[&[0], &[1]]), (1, &[&[1]]), (3, &[&[2]])],
        );
        let o = count(&p, &Rules::new(2)).unwrap();
        assert_eq!(o.rounds[0].quota.as_deref(), Some("4.00000"));
        assert_eq!(o.rounds[1].tallies[1].votes, "3.99999");
        assert_eq!(o.winners, vec!["A", "B"]);
        assert_eq!(votes(&o), vec!["4.00000", "3.99999", "0.00000"]);
        assert_eq!(o.rounds.last().unwrap().exhausted, "3.00000");
        assert_eq!(
            elected_steps(&o),
            vec![vec!["A".to_string()], vec!["B".to_string()]]
        );
        assert!(o.rounds[2]
            .actions
            .iter()
            .any(|a| a.kind == "excluded" && a.name == "C"));
    }

    #[test]
    fn exclusion_tie_goes_by_the_earlier_stage() {
        // After D's exclusion B and C both hold 6; at stage 1 C had fewer
        // (5 against 6), so C is excluded (rule 51(2)(a)), with no lot.
        let p = profile(
            &["A", "B", "C", "D"],
            &[
                (10, &[&[0]]),
                (6, &[&[1]]),
                (5, &[&[2]]),
                (1, &[&[3], &[2]]),
            ],
        );
        let o = count(&p, &Rules::new(1)).unwrap();
        assert!(o.tie_breaks.is_empty());
        let r3 = &o.rounds[2];
        assert!(r3
            .actions
            .iter()
            .any(|a| a.kind == "excluded" && a.name == "C"));
        assert!(r3
            .actions
            .iter()
            .any(|a| a.kind == "tie" && a.reason.contains("stage 1")));
        assert_eq!(o.winners, vec!["A"]);
    }

    #[test]
    fn exclusion_tie_equal_at_every_stage_is_drawn() {
        let p = profile(
            &["A", "B", "C"],
            &[(2, &[&[0]]), (2, &[&[1]]), (4, &[&[2]])],
        );
        let o = count(&p, &Rules::new(1)).unwrap();
        assert_eq!(o.tie_breaks.len(), 1);
        assert_eq!(o.tie_breaks[0].tied, vec!["A", "B"]);
        let loser = &o.tie_breaks[0].outcome[0];
        assert!(o.rounds[1]
            .actions
            .iter()
            .any(|a| a.kind == "excluded" && &a.name == loser));
        assert_eq!(o.winners, vec!["C"]);
    }

    #[test]
    fn group_cap_excludes_the_rest_of_a_full_group() {
        let p = profile(
            &["A", "B", "C"],
            &[(5, &[&[0], &[1]]), (4, &[&[1], &[0]]), (3, &[&[2]])],
        );
        // Without the cap: A (quota 5) then B.
        let o = count(&p, &Rules::new(2)).unwrap();
        assert_eq!(o.winners, vec!["A", "B"]);
        let mut r = Rules::new(2);
        r.groups = Some(GroupCap::new(
            vec![Some("X".into()), Some("X".into()), None],
            1,
        ));
        let o = count(&p, &r).unwrap();
        assert_eq!(o.winners, vec!["A", "C"]);
        assert!(o.rounds[0]
            .actions
            .iter()
            .any(|a| a.kind == "group_excluded" && a.name == "B"));
        assert_eq!(o.excluded.len(), 1);
        assert_eq!(o.candidates[1].status, Status::Excluded);
        // C is then the only continuing candidate for the last seat: rule 52
        // at once, and no further transfer (rule 52(2)).
        assert_eq!(o.rounds.len(), 1);
        assert!(o.rounds[0]
            .actions
            .iter()
            .any(|a| a.kind == "elected" && a.name == "C" && a.reason.ends_with(RULE_52)));
    }

    #[test]
    fn rejected_papers_are_not_valid_votes() {
        // Two papers give the first preference to A and B equally: rejected,
        // so 5 valid papers, quota ⌊5/2⌋ + 1 = 3.
        let p = profile(
            &["A", "B"],
            &[(3, &[&[0]]), (2, &[&[1], &[0]]), (2, &[&[0, 1]]), (1, &[])],
        );
        let o = count(&p, &Rules::new(1)).unwrap();
        assert_eq!(o.rounds[0].quota.as_deref(), Some("3.00000"));
        assert_eq!(o.winners, vec!["A"]);
        assert!(o
            .notes
            .iter()
            .any(|n| n.contains("3 ballot papers rejected")));
    }

    #[test]
    fn approval_ballots_are_refused() {
        let p = Profile {
            candidates: vec!["A".into()],
            ballots: vec![Ballot {
                weight: 1,
                marks: Marks::Approval(vec![0]),
            }],
        };
        assert!(matches!(
            count(&p, &Rules::new(1)),
            Err(CountError::WrongBallotKind { .. })
        ));
    }
}
