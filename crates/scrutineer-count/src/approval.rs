//! Multi-seat block approval voting, as PEP 13 used it from 2019 to 2024 and
//! as the PSF elects its board: each voter approves any number of candidates;
//! the `seats` candidates with the most approvals win, subject to the group cap
//! (see [`crate::groups`]). Ties that decide a seat go to the seeded draw.

use crate::groups::tiers_by;
use crate::ranking::{outcome_from_tiers, standing};
use crate::tiebreak::Draw;
use crate::{
    kind_name, profile_kind, BallotKind, CountError, Marks, Method, Note, Outcome, Profile, Rules,
};

pub fn count(profile: &Profile, rules: &Rules) -> Result<Outcome, CountError> {
    let n = profile.candidates.len();
    let mut votes = vec![0u64; n];
    for b in &profile.ballots {
        match &b.marks {
            Marks::Approval(a) => {
                let mut seen = a.clone();
                seen.sort_unstable();
                seen.dedup();
                for c in seen {
                    votes[c] += b.weight;
                }
            }
            _ => {
                return Err(CountError::WrongBallotKind {
                    method: Method::Approval,
                    expected: "approval",
                    found: kind_name(profile_kind(profile).unwrap_or(BallotKind::Ranking)),
                })
            }
        }
    }
    for &w in &rules.withdrawn {
        votes[w] = 0;
    }
    let cands = standing(profile, rules);
    let tiers = tiers_by(&cands, |c| votes[c]);
    let figures: Vec<String> = votes.iter().map(u64::to_string).collect();
    let draw = Draw::new(rules, &profile.candidates);
    let notes = vec![Note::Approval {
        seats: rules.seats as u64,
        rule: Box::new(Note::rule(&rules.tie_rule)),
    }];
    Ok(outcome_from_tiers(
        Method::Approval,
        profile,
        rules,
        &tiers,
        &figures,
        Note::WhatApprovals,
        draw,
        notes,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Ballot, GroupCap, Status};

    fn profile(names: &[&str], ballots: &[&[usize]]) -> Profile {
        Profile {
            candidates: names.iter().map(|s| s.to_string()).collect(),
            ballots: ballots
                .iter()
                .map(|a| Ballot {
                    weight: 1,
                    marks: Marks::Approval(a.to_vec()),
                })
                .collect(),
        }
    }

    #[test]
    fn most_approvals_win_in_order() {
        let p = profile(&["A", "B", "C", "D"], &[&[0, 1], &[0, 2], &[0, 1], &[3]]);
        let o = count(&p, &Rules::new(2)).unwrap();
        assert_eq!(o.winners, vec!["A", "B"]);
        assert_eq!(o.candidates[0].votes, "3");
        assert_eq!(o.candidates[1].rank, Some(2));
        assert_eq!(o.candidates[2].rank, Some(3));
        assert_eq!(o.candidates[3].rank, Some(3));
        assert_eq!(o.candidates[2].status, Status::NotElected);
        assert!(o.tie_breaks.is_empty());
    }

    #[test]
    fn employer_cap_moves_next_candidate_up() {
        let p = profile(
            &["A", "B", "C", "D"],
            &[&[0, 1, 2], &[0, 1, 2], &[0, 1, 3], &[0]],
        );
        let mut r = Rules::new(3);
        r.groups = Some(GroupCap::new(
            vec![Some("X".into()), Some("X".into()), Some("X".into()), None],
            2,
        ));
        let o = count(&p, &r).unwrap();
        assert_eq!(o.winners, vec!["A", "B", "D"]);
        assert_eq!(o.excluded.len(), 1);
        assert_eq!(o.excluded[0].name, "C");
        assert_eq!(o.candidates[2].status, Status::Excluded);
    }

    #[test]
    fn withdrawn_candidate_gets_nothing() {
        let p = profile(&["A", "B", "C"], &[&[0, 1], &[0, 1], &[2]]);
        let mut r = Rules::new(2);
        r.withdrawn = vec![1];
        let o = count(&p, &r).unwrap();
        assert_eq!(o.winners, vec!["A", "C"]);
        assert_eq!(o.candidates[1].status, Status::Withdrawn);
    }

    #[test]
    fn ranked_ballots_are_refused() {
        let p = Profile {
            candidates: vec!["A".into()],
            ballots: vec![Ballot {
                weight: 1,
                marks: Marks::Ranking(vec![vec![0]]),
            }],
        };
        assert!(matches!(
            count(&p, &Rules::new(1)),
            Err(CountError::WrongBallotKind { .. })
        ));
    }
}
