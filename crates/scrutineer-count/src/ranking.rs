//! Turning a ranking into seats: shared by every method whose result is a
//! ranking (approval, plurality, Condorcet rankings).

use crate::groups::{ranks_from_tiers, select};
use crate::tiebreak::Draw;
use crate::{CandId, CandidateResult, Method, Note, Outcome, Profile, Rules, Status};

/// Build the outcome of a ranking method: `tiers` (best first) over the
/// candidates still standing, `figures` the figure shown per candidate,
/// `what` names that figure ("approvals", "votes", ...).
#[allow(clippy::too_many_arguments)]
pub fn outcome_from_tiers(
    method: Method,
    profile: &Profile,
    rules: &Rules,
    tiers: &[Vec<CandId>],
    figures: &[String],
    what: Note,
    mut draw: Draw,
    mut notes: Vec<Note>,
) -> Outcome {
    let names = &profile.candidates;
    let n = names.len();
    let sel = select(
        tiers,
        rules.seats,
        rules.groups.as_ref(),
        names,
        &mut draw,
        &what,
    );
    let ranks = ranks_from_tiers(tiers, n);
    let candidates = (0..n)
        .map(|c| {
            let status = if rules.withdrawn.contains(&c) {
                Status::Withdrawn
            } else if sel.winners.contains(&c) {
                Status::Elected
            } else if sel.disqualified.iter().any(|(d, _)| *d == c) {
                Status::Excluded
            } else {
                Status::NotElected
            };
            CandidateResult {
                name: names[c].clone(),
                votes: figures[c].clone(),
                rank: ranks[c],
                status,
            }
        })
        .collect();
    if let Some(g) = &rules.groups {
        notes.push(Note::GroupCapRanking {
            limit: g.limit(rules.seats) as u64,
            cap: Box::new(g.describe_note(rules.seats)),
        });
    }
    crate::note_unfilled(&mut notes, sel.winners.len(), rules.seats);
    Outcome {
        method,
        seats: rules.seats,
        winners: sel.winners.iter().map(|&c| names[c].clone()).collect(),
        ranking: Some(sel.order.iter().map(|&c| names[c].clone()).collect()),
        excluded: sel.exclusions(names),
        candidates,
        rounds: Vec::new(),
        pairwise: None,
        star: None,
        debian: None,
        tie_breaks: draw.records,
        ballots: profile.total_weight(),
        precision: 0,
        notes: crate::english(&notes),
        note_events: notes,
    }
}

/// The candidates not withdrawn.
pub fn standing(profile: &Profile, rules: &Rules) -> Vec<CandId> {
    (0..profile.candidates.len())
        .filter(|c| !rules.withdrawn.contains(c))
        .collect()
}
