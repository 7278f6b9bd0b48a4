//! Plurality, and its multi-seat form, the single non-transferable vote: each
//! ballot counts one vote for its single first choice; the `seats` candidates
//! with the most votes win, subject to the group cap (see [`crate::groups`]).
//!
//! A ranked ballot counts for its first preference (after withdrawn candidates
//! are struck); an approval ballot counts only if it marks exactly one
//! candidate. A ballot whose first place is shared, or an approval ballot with
//! several marks, is void, and the count of void ballots is reported.

use crate::groups::tiers_by;
use crate::ranking::{outcome_from_tiers, standing};
use crate::tiebreak::Draw;
use crate::{CountError, Marks, Method, Note, Outcome, Profile, Rules};

pub fn count(profile: &Profile, rules: &Rules) -> Result<Outcome, CountError> {
    let profile_s = profile.strip_withdrawn(&rules.withdrawn);
    let n = profile.candidates.len();
    let mut votes = vec![0u64; n];
    let mut void = 0u64;
    let mut blank = 0u64;
    for b in &profile_s.ballots {
        let choice = match &b.marks {
            Marks::Ranking(groups) => match groups.first() {
                None => None,
                Some(g) if g.len() == 1 => Some(g[0]),
                Some(_) => {
                    void += b.weight;
                    continue;
                }
            },
            Marks::Approval(a) => match a.len() {
                0 => None,
                1 => Some(a[0]),
                _ => {
                    void += b.weight;
                    continue;
                }
            },
            Marks::Scores(_) => {
                return Err(CountError::WrongBallotKind {
                    method: Method::Plurality,
                    expected: "ranked or single-mark",
                    found: "score",
                })
            }
        };
        match choice {
            Some(c) => votes[c] += b.weight,
            None => blank += b.weight,
        }
    }
    let cands = standing(profile, rules);
    let tiers = tiers_by(&cands, |c| votes[c]);
    let figures: Vec<String> = votes.iter().map(u64::to_string).collect();
    let draw = Draw::new(rules, &profile.candidates);
    let mut notes = vec![Note::Plurality {
        seats: rules.seats as u64,
        rule: Box::new(Note::rule(&rules.tie_rule)),
    }];
    if void > 0 {
        notes.push(Note::PluralityVoid { n: void });
    }
    if blank > 0 {
        notes.push(Note::PluralityBlank { n: blank });
    }
    Ok(outcome_from_tiers(
        Method::Plurality,
        profile,
        rules,
        &tiers,
        &figures,
        Note::WhatVotes,
        draw,
        notes,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Ballot;

    fn ranked(names: &[&str], ballots: &[(u64, Vec<Vec<usize>>)]) -> Profile {
        Profile {
            candidates: names.iter().map(|s| s.to_string()).collect(),
            ballots: ballots
                .iter()
                .map(|(w, r)| Ballot {
                    weight: *w,
                    marks: Marks::Ranking(r.clone()),
                })
                .collect(),
        }
    }

    #[test]
    fn tennessee_plurality_elects_memphis() {
        // Wikipedia, "Tennessee capital" example: 42% Memphis, 26% Nashville,
        // 15% Chattanooga, 17% Knoxville first preferences.
        let p = ranked(
            &["Memphis", "Nashville", "Chattanooga", "Knoxville"],
            &[
                (42, vec![vec![0], vec![1], vec![2], vec![3]]),
                (26, vec![vec![1], vec![2], vec![3], vec![0]]),
                (15, vec![vec![2], vec![3], vec![1], vec![0]]),
                (17, vec![vec![3], vec![2], vec![1], vec![0]]),
            ],
        );
        let o = count(&p, &Rules::new(1)).unwrap();
        assert_eq!(o.winners, vec!["Memphis"]);
        assert_eq!(o.candidates[3].votes, "17");
    }

    #[test]
    fn withdrawn_first_choice_passes_to_next() {
        let p = ranked(
            &["A", "B", "C"],
            &[(3, vec![vec![0], vec![1]]), (2, vec![vec![2]])],
        );
        let mut r = Rules::new(1);
        r.withdrawn = vec![0];
        let o = count(&p, &r).unwrap();
        assert_eq!(o.winners, vec!["B"]);
    }

    #[test]
    fn shared_first_place_is_void() {
        let p = ranked(&["A", "B"], &[(1, vec![vec![0, 1]]), (1, vec![vec![1]])]);
        let o = count(&p, &Rules::new(1)).unwrap();
        assert_eq!(o.winners, vec!["B"]);
        assert!(o.notes.iter().any(|n| n.contains("1 ballot void")));
    }
}
