//! Group caps on a ranking ("at most K winners per employer").
//!
//! For methods that produce a ranking (approval, plurality, STAR seats,
//! Condorcet rankings) Scrutineer applies the PEP 13 procedure
//! (<https://peps.python.org/pep-0013/#electing-the-council>):
//!
//! > "if 3 of the top 5 vote-getters work for the same employer, then whichever
//! > of them ranked lowest is disqualified and the 6th-ranking candidate moves
//! > up into 5th place; this is repeated until a valid council is formed."
//!
//! Repeating that step is the same as walking down the ranking and taking each
//! candidate whose group still has room, disqualifying each one whose group is
//! full, until the seats are filled: a candidate is only disqualified while he
//! or she stands inside the current top N. [`select`] does exactly that.
//!
//! Sitting members and fractions: a [`GroupCap`] may list members of the body
//! who are not on the ballot (their terms continue). Each counts toward its
//! group before the walk starts, so a group with one sitting member under "at
//! most 2" has room for one winner. The cap may also be a fraction of the
//! whole body ([`Cap::Fraction`]), as the Kubernetes steering committee
//! elections have it (kubernetes/steering `elections.md`, "Maximal
//! representation": "there will be a maximum of one-third representation on
//! the Steering Committee from any one company at any time. If the results of
//! an election result in greater than 1/3 representation, the lowest vote
//! getters from any particular company will be removed"; the 2017 reference
//! election's `note`: the published seats skipped a winner under a limit that
//! counted members not on that ballot). A group may hold at most
//! ⌊num/den × (seats filled now + sitting members)⌋ members in all, sitting
//! ones included: "a maximum of one-third" allows exactly one-third. (The
//! same paragraph goes on "until representation on the committee is less
//! than one-third", which read alone would forbid exactly one-third; the
//! first sentence states the cap, and an organisation reading it the other
//! way declares `Cap::Count`.) Removing "the lowest vote getters" is the walk
//! down the ranking below, as for PEP 13.
//!
//! Ties: the ranking arrives as tiers of equally placed candidates. A tier
//! whose members are all elected, or all disqualified, whatever their order,
//! needs no draw. Otherwise the order inside the tier decides a seat, and the
//! tier is put in order by the seeded [`Draw`](crate::tiebreak::Draw), which
//! records it.

use crate::tiebreak::Draw;
use crate::{CandId, Cap, Exclusion, GroupCap, Note};
use std::collections::HashMap;

/// What [`select`] decided.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Winners in order.
    pub winners: Vec<CandId>,
    /// Candidates disqualified by the cap, with the reason.
    pub disqualified: Vec<(CandId, Note)>,
    /// The full order used (tiers flattened, draws applied where made; inside
    /// an undrawn tier, by name).
    pub order: Vec<CandId>,
}

impl Selection {
    pub fn exclusions(&self, names: &[String]) -> Vec<Exclusion> {
        self.disqualified
            .iter()
            .map(|(c, r)| Exclusion::new(names[*c].clone(), r.clone()))
            .collect()
    }
}

/// Fill `seats` from `tiers` (best first), applying `cap` as PEP 13 does.
/// `what` names the figure the ranking is by (e.g. "approvals"), for the
/// tie-break record.
pub fn select(
    tiers: &[Vec<CandId>],
    seats: usize,
    cap: Option<&GroupCap>,
    names: &[String],
    draw: &mut Draw,
    what: &Note,
) -> Selection {
    let mut sel = Selection::default();
    let mut taken: HashMap<&str, usize> = HashMap::new();
    // Sitting members count toward their group from the start.
    if let Some(g) = cap {
        for (_, group) in &g.sitting {
            if let Some(name) = group.as_deref() {
                *taken.entry(name).or_insert(0) += 1;
            }
        }
    }
    let limit = cap.map(|g| g.limit(seats)).unwrap_or(usize::MAX);
    let group = |c: CandId| -> Option<&str> {
        cap.and_then(|g| g.group_of.get(c).and_then(|x| x.as_deref()))
    };
    let room = |taken: &HashMap<&str, usize>, c: CandId| -> bool {
        match (cap, group(c)) {
            (Some(_), Some(name)) => taken.get(name).copied().unwrap_or(0) < limit,
            _ => true,
        }
    };
    for tier in tiers {
        let mut tier: Vec<CandId> = tier.clone();
        tier.sort_by(|&a, &b| names[a].cmp(&names[b]).then(a.cmp(&b)));
        let remaining = seats.saturating_sub(sel.winners.len());
        if remaining > 0
            && tier.len() > 1
            && order_matters(&tier, remaining, cap, limit, &taken, &group)
        {
            let context = Note::TieGroup {
                n: tier.len() as u64,
                what: Box::new(what.clone()),
                remaining: remaining as u64,
            };
            let k = remaining.min(tier.len());
            tier = draw.order_k(context, &tier, names, k);
        }
        for c in tier {
            sel.order.push(c);
            if sel.winners.len() >= seats {
                continue;
            }
            if room(&taken, c) {
                if let Some(g) = group(c) {
                    *taken.entry(g).or_insert(0) += 1;
                }
                sel.winners.push(c);
            } else {
                let g = group(c).unwrap_or_default();
                let sitting = cap
                    .map(|k| {
                        k.sitting
                            .iter()
                            .filter(|(_, s)| s.as_deref() == Some(g))
                            .count()
                    })
                    .unwrap_or(0);
                let cap_note = match cap.map(|k| k.max) {
                    Some(Cap::Fraction { num, den }) => Note::EmployerCapFraction {
                        num,
                        den,
                        body: (seats + cap.map(|k| k.sitting.len()).unwrap_or(0)) as u64,
                        limit: limit as u64,
                    },
                    _ => Note::EmployerCapCount {
                        limit: limit as u64,
                    },
                };
                let cap = Box::new(cap_note);
                let reason = if sitting > 0 {
                    Note::GroupDisqualifiedSitting {
                        winners: limit.saturating_sub(sitting) as u64,
                        sitting: sitting as u64,
                        group: g.to_string(),
                        cap,
                    }
                } else {
                    Note::GroupDisqualified {
                        winners: limit as u64,
                        group: g.to_string(),
                        cap,
                    }
                };
                sel.disqualified.push((c, reason));
            }
        }
    }
    sel
}

/// Does the order inside `tier` change who is elected or disqualified?
fn order_matters<'a>(
    tier: &[CandId],
    remaining: usize,
    cap: Option<&GroupCap>,
    limit: usize,
    taken: &HashMap<&str, usize>,
    group: &impl Fn(CandId) -> Option<&'a str>,
) -> bool {
    // Members whose group is already full are disqualified in any order.
    let mut per_group: HashMap<Option<&str>, usize> = HashMap::new();
    let mut open = 0usize;
    for &c in tier {
        let g = group(c);
        let full = match (cap, g) {
            (Some(_), Some(name)) => taken.get(name).copied().unwrap_or(0) >= limit,
            _ => false,
        };
        if !full {
            open += 1;
            *per_group.entry(g).or_insert(0) += 1;
        }
    }
    if open > remaining {
        return true;
    }
    // All open members fit in the seats: order matters only if some group
    // would overflow inside the tier.
    per_group.iter().any(|(g, &n)| match (cap, g) {
        (Some(_), Some(name)) => taken.get(name).copied().unwrap_or(0) + n > limit,
        _ => false,
    })
}

/// Group candidates into tiers by a figure, highest first.
pub fn tiers_by<K: Ord + Copy>(cands: &[CandId], key: impl Fn(CandId) -> K) -> Vec<Vec<CandId>> {
    let mut sorted: Vec<CandId> = cands.to_vec();
    sorted.sort_by(|&a, &b| key(b).cmp(&key(a)).then(a.cmp(&b)));
    let mut tiers: Vec<Vec<CandId>> = Vec::new();
    for c in sorted {
        match tiers.last_mut() {
            Some(t) if key(t[0]) == key(c) => t.push(c),
            _ => tiers.push(vec![c]),
        }
    }
    tiers
}

/// Standard competition ranks (1, 2, 2, 4) from tiers.
pub fn ranks_from_tiers(tiers: &[Vec<CandId>], n: usize) -> Vec<Option<usize>> {
    let mut ranks = vec![None; n];
    let mut place = 1;
    for t in tiers {
        for &c in t {
            ranks[c] = Some(place);
        }
        place += t.len();
    }
    ranks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rules;

    fn names(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("C{i}")).collect()
    }

    #[test]
    fn pep13_cascade_disqualifies_twice() {
        // Ranking C0..C7 strictly. C0,C1,C2,C3 work for ACME (max 2), so C2 and
        // C3 are disqualified in turn; C4, C5, C6 move up.
        let n = names(8);
        let tiers: Vec<Vec<CandId>> = (0..8).map(|i| vec![i]).collect();
        let mut g = vec![None; 8];
        for c in [0, 1, 2, 3] {
            g[c] = Some("ACME".to_string());
        }
        let cap = GroupCap::new(g, 2);
        let mut d = Draw::new(&Rules::new(5), &n);
        let s = select(&tiers, 5, Some(&cap), &n, &mut d, &Note::WhatVotes);
        assert_eq!(s.winners, vec![0, 1, 4, 5, 6]);
        assert_eq!(
            s.disqualified.iter().map(|x| x.0).collect::<Vec<_>>(),
            vec![2, 3]
        );
        assert!(d.records.is_empty());
    }

    #[test]
    fn tie_inside_seats_needs_no_draw() {
        let n = names(4);
        let tiers = vec![vec![0], vec![1, 2], vec![3]];
        let mut d = Draw::new(&Rules::new(3), &n);
        let s = select(&tiers, 3, None, &n, &mut d, &Note::WhatVotes);
        assert_eq!(s.winners, vec![0, 1, 2]);
        assert!(d.records.is_empty());
    }

    #[test]
    fn tie_across_the_last_seat_is_drawn_and_recorded() {
        let n = names(4);
        let tiers = vec![vec![0], vec![1, 2, 3]];
        let mut d = Draw::new(&Rules::new(2), &n);
        let s = select(&tiers, 2, None, &n, &mut d, &Note::WhatVotes);
        assert_eq!(s.winners.len(), 2);
        assert_eq!(d.records.len(), 1);
        assert_eq!(d.records[0].tied, vec!["C1", "C2", "C3"]);
        assert_eq!(n[s.winners[1]], d.records[0].outcome[0]);
        assert_eq!(
            d.records[0].context,
            "3 candidates tied on votes for 1 remaining seat"
        );
        // Two seats left to a tie of three: the plural.
        let mut d = Draw::new(&Rules::new(3), &n);
        select(&tiers, 3, None, &n, &mut d, &Note::WhatVotes);
        assert_eq!(
            d.records[0].context,
            "3 candidates tied on votes for 2 remaining seats"
        );
    }

    #[test]
    fn tie_that_overflows_a_group_is_drawn() {
        // Two seats left, C1 and C2 tied and both of ACME which has one place left.
        let n = names(4);
        let tiers = vec![vec![0], vec![1, 2], vec![3]];
        let g = vec![
            Some("ACME".into()),
            Some("ACME".into()),
            Some("ACME".into()),
            None,
        ];
        let cap = GroupCap::new(g, 2);
        let mut d = Draw::new(&Rules::new(3), &n);
        let s = select(&tiers, 3, Some(&cap), &n, &mut d, &Note::WhatVotes);
        assert_eq!(d.records.len(), 1);
        assert_eq!(s.winners.len(), 3);
        assert_eq!(s.winners[2], 3);
        assert_eq!(s.disqualified.len(), 1);
    }
}
