//! Outputs of a counted term: the results CSV and the certificate PDF.

use crate::error::{Error, ErrorCode, Result};
use crate::model::{Certification, Lang, Said, SaidValue, Tally, TallyCandidate};
use scrutineer_count::explain::Arg;
use scrutineer_count::{Exclusion, Note, Outcome, Round, RoundAction, StarSeat, TieBreak};
use scrutineer_i18n::{messages, FluentValue, Lang as MessagesLang, Messages, Msg};
use scrutineer_report::{Certificate, CertificateRow, CertificateTieBreak};

/// The one order candidates are shown in (window, CSV, certificate): by
/// rank; candidates a tie separated, in the order the tie put them (the
/// winner of the draw first); then by name.
pub fn display_order<'a>(
    candidates: &'a [TallyCandidate],
    ties: &[TieBreak],
) -> Vec<&'a TallyCandidate> {
    let tie_pos = |name: &str| -> (usize, usize) {
        ties.iter()
            .enumerate()
            .find_map(|(i, tb)| tb.outcome.iter().position(|n| n == name).map(|p| (i, p)))
            .unwrap_or((usize::MAX, usize::MAX))
    };
    let mut rows: Vec<&TallyCandidate> = candidates.iter().collect();
    rows.sort_by(|a, b| {
        let ra = a.rank.unwrap_or(u32::MAX);
        let rb = b.rank.unwrap_or(u32::MAX);
        ra.cmp(&rb).then_with(|| {
            let (ta, pa) = tie_pos(&a.name);
            let (tb, pb) = tie_pos(&b.name);
            if ta == tb && ta != usize::MAX {
                pa.cmp(&pb)
            } else {
                a.name.cmp(&b.name)
            }
        })
    });
    rows
}

/// "elected by draw" (or by the officer's decision, or by the PSF
/// procedure) for a winner whose seat a tie decided: elected while another
/// candidate of the same tie was not.
pub fn tie_statuses(candidates: &mut [TallyCandidate], ties: &[TieBreak]) {
    let elected = |c: &TallyCandidate| c.status == "elected";
    for tb in ties {
        let in_tie: Vec<usize> = candidates
            .iter()
            .enumerate()
            .filter(|(_, c)| tb.tied.contains(&c.name))
            .map(|(i, _)| i)
            .collect();
        let winners = in_tie.iter().filter(|&&i| elected(&candidates[i])).count();
        if winners == 0 || winners == in_tie.len() {
            continue;
        }
        let how = messages(Lang::En).text(
            if tb.decided_by.is_some() || tb.rule.starts_with("officer") {
                "status-elected-by-officer"
            } else if tb.rule.starts_with("PSF") {
                "status-elected-by-psf"
            } else {
                "status-elected-by-draw"
            },
        );
        for i in in_tie {
            if elected(&candidates[i]) {
                candidates[i].status = how.clone();
            }
        }
    }
}

/// A draw's seed material as two lines: the seed text, and the ballot-set
/// SHA-256 (the material is `seed text \n hash`; see `tiebreak.rs`). Other
/// rules' seeds have no hash.
pub fn split_seed(tb: &TieBreak) -> (String, Option<String>) {
    if let Some((text, hash)) = tb.seed.rsplit_once('\n') {
        if hash.len() == 64 && hash.chars().all(|c| c.is_ascii_hexdigit()) {
            return (text.to_string(), Some(hash.to_string()));
        }
    }
    (tb.seed.clone(), None)
}

/// The status line of a certificate and a results CSV: the draft warning,
/// or who certified it and when (local time with the zone).
pub fn status_line(cert: Option<&Certification>) -> String {
    status_line_in(messages(Lang::En), cert)
}

/// [`status_line`] in the language of `m`.
pub fn status_line_in(m: &Messages, cert: Option<&Certification>) -> String {
    match cert {
        None => m.text("cert-draft"),
        Some(c) => match &c.witness {
            Some(w) => m.get(
                "cert-certified-witnessed",
                &[
                    ("when", c.certified_local.as_str().into()),
                    ("officer", c.officer.as_str().into()),
                    ("witness", w.as_str().into()),
                ],
            ),
            None => m.get(
                "cert-certified-on",
                &[
                    ("when", c.certified_local.as_str().into()),
                    ("officer", c.officer.as_str().into()),
                ],
            ),
        },
    }
}

/// The English messages a result stored before the count and core gave
/// their words as messages (`note_events`, `rule_events`...) is read back
/// against ([`Messages::translate`]), so that a term counted earlier whose
/// language is changed still gets documents in its language.
pub const SENTENCES: &[&str] = &[
    "rule-",
    "warn-",
    "count-",
    "status-",
    "method-",
    "cert-quorum-met",
    "cert-audit-head",
    "cert-small-batch",
    "cert-acknowledged",
];

/// A sentence of a result stored before messages, in the language of `m`.
pub fn sentence(m: &Messages, english: &str) -> String {
    m.translate(english, SENTENCES)
}

/// One of the count's events ([`Note`]) in the language of `m`: its
/// message (`locales/<lang>/count.ftl`, [`Note::id`]) with its arguments;
/// figures take the language's separators, names are kept as they are,
/// phrases inside it (the tie rule, the cap) are said in the language too.
pub fn say(m: &Messages, note: &Note) -> String {
    say_with(m, note, &|f| m.decimal(f))
}

/// [`say`], with `figure` writing the decimal figures.
fn say_with(m: &Messages, note: &Note, figure: &dyn Fn(&str) -> String) -> String {
    let args: Vec<(&str, FluentValue<'_>)> = note
        .args()
        .into_iter()
        .map(|(k, v)| {
            let v: FluentValue<'_> = match v {
                Arg::Int(n) => FluentValue::from(n),
                Arg::Figure(f) => figure(f).into(),
                Arg::Text(t) => t.to_string().into(),
                Arg::List(v) => v.join(&m.text("list-sep")).into(),
                Arg::AndList(v) => crate::results_csv::and_list(m, v).into(),
                Arg::Phrase(p) => say_with(m, p, figure).into(),
            };
            (k, v)
        })
        .collect();
    m.get(note.id(), &args)
}

/// A line of the stored result ([`Said`]) in the language of `m`.
pub fn say_line(m: &Messages, s: &Said) -> String {
    say_line_with(m, s, &|f| m.decimal(f))
}

fn say_line_with(m: &Messages, s: &Said, figure: &dyn Fn(&str) -> String) -> String {
    let args: Vec<(&str, FluentValue<'_>)> = s
        .args
        .iter()
        .map(|a| {
            let v: FluentValue<'_> = match &a.value {
                SaidValue::Int(n) => FluentValue::from(*n),
                SaidValue::Text(t) => t.as_str().into(),
                SaidValue::Phrase(p) => say_line_with(m, p, figure).into(),
                SaidValue::Phrases(v) => {
                    let sep = if m.lang() == MessagesLang::En {
                        ", ".to_string()
                    } else {
                        m.text("list-sep")
                    };
                    v.iter()
                        .map(|p| say_line_with(m, p, figure))
                        .collect::<Vec<_>>()
                        .join(&sep)
                        .into()
                }
                SaidValue::Note(n) => say_with(m, n, figure).into(),
            };
            (a.name.as_str(), v)
        })
        .collect();
    m.get(&s.id, &args)
}

/// The English of a line of the stored result: what `rules` and
/// `warnings` keep (figures as the count wrote them).
pub fn english(s: &Said) -> String {
    say_line_with(messages(MessagesLang::En), s, &|f| f.to_string())
}

/// Stored English lines and their messages in the language of `m`: the
/// messages when there is one for each line (English documents print the
/// stored words), else each line written again from its English (a result
/// stored before the messages).
pub fn lines_in(m: &Messages, english: &[String], events: &[Said]) -> Vec<String> {
    if m.lang() == MessagesLang::En {
        english.to_vec()
    } else if events.len() == english.len() {
        events.iter().map(|s| say_line(m, s)).collect()
    } else {
        english.iter().map(|e| sentence(m, e)).collect()
    }
}

/// An English sentence of the stored result and the event it was made from
/// (absent from results stored before the count gave events), in the
/// language of `m`. English documents print the stored words, byte for
/// byte; a result with no event is written again from its English.
fn said(m: &Messages, english: &str, event: Option<&Note>) -> String {
    match event {
        _ if m.lang() == MessagesLang::En => english.to_string(),
        Some(note) => say(m, note),
        None => sentence(m, english),
    }
}

/// The method's title in the language of `m` (`method-<name>`).
pub fn method_in(m: &Messages, t: &Tally) -> String {
    let id = format!("method-{}", t.method);
    if m.lang() != MessagesLang::En && m.has(&id) {
        m.text(&id)
    } else {
        t.method_title.clone()
    }
}

/// The stored status words of a nominee ("elected", "elected by draw"...)
/// in the language of `m`: the `status-*` message whose English they are.
pub fn status_in(m: &Messages, status: &str) -> String {
    const STATUSES: &[&str] = &[
        "status-elected",
        "status-disqualified",
        "status-not-elected",
        "status-withdrawn",
        "status-vacant",
        "status-elected-by-draw",
        "status-elected-by-officer",
        "status-elected-by-psf",
    ];
    let en = messages(MessagesLang::En);
    match STATUSES.iter().find(|id| en.text(id) == status) {
        Some(id) if m.lang() != MessagesLang::En => m.text(id),
        _ => status.to_string(),
    }
}

/// The count's notes in the language of `m`.
pub fn notes_in(m: &Messages, o: &Outcome) -> Vec<String> {
    if o.note_events.len() == o.notes.len() {
        o.notes
            .iter()
            .zip(&o.note_events)
            .map(|(e, n)| said(m, e, Some(n)))
            .collect()
    } else {
        o.notes.iter().map(|e| sentence(m, e)).collect()
    }
}

/// What a tie decided, in the language of `m` (the stored English
/// `context` stays the key officers' decisions are matched by).
pub fn tie_context_in(m: &Messages, tb: &TieBreak) -> String {
    said(m, &tb.context, tb.context_event.as_ref())
}

/// The rule that settled a tie, in the language of `m`.
pub fn tie_rule_in(m: &Messages, tb: &TieBreak) -> String {
    said(m, &tb.rule, tb.rule_event.as_ref())
}

/// Why a candidate was disqualified, in the language of `m`.
pub fn exclusion_in(m: &Messages, e: &Exclusion) -> String {
    said(m, &e.reason, e.reason_event.as_ref())
}

/// Events joined by a space (a round's or a STAR seat's note), in the
/// language of `m`; the stored English when there are none (a result stored
/// before events) or `m` is English.
fn joined_in(m: &Messages, english: &str, events: &[Note]) -> String {
    if m.lang() == MessagesLang::En {
        english.to_string()
    } else if events.is_empty() {
        sentence(m, english)
    } else {
        // Japanese sentences end with 「。」 and are written without a space
        // between them.
        let sep = if m.lang() == MessagesLang::Ja {
            ""
        } else {
            " "
        };
        events
            .iter()
            .map(|n| say(m, n))
            .collect::<Vec<_>>()
            .join(sep)
    }
}

/// What a round did, in the language of `m`.
pub fn round_note_in(m: &Messages, r: &Round) -> String {
    joined_in(m, &r.note, &r.note_events)
}

/// Why an action of a round was taken, in the language of `m`.
pub fn action_reason_in(m: &Messages, a: &RoundAction) -> String {
    said(m, &a.reason, a.reason_event.as_ref())
}

/// Whom an action concerns: a candidate's name as it is, or a phrase (a
/// Debian defeat, "A over B") in the language of `m`.
pub fn action_name_in(m: &Messages, a: &RoundAction) -> String {
    match &a.name_event {
        Some(n) if m.lang() != MessagesLang::En => say(m, n),
        _ => a.name.clone(),
    }
}

/// What happened in a STAR seat's count, in the language of `m`.
pub fn seat_note_in(m: &Messages, s: &StarSeat) -> String {
    joined_in(m, &s.note, &s.note_events)
}

/// The turnout in the language of `m`, or its words for "not available".
pub fn turnout_in(m: &Messages, t: &Tally) -> String {
    match &t.turnout {
        Some(p) => m.percent(p),
        None => m.text("not-available"),
    }
}

/// The turnout as the results CSV gives it: the figure as counted ("62.50%",
/// a value, the same in every language), or the language's words for "not
/// available".
pub fn turnout_in_csv(m: &Messages, t: &Tally) -> String {
    match &t.turnout {
        Some(p) => p.clone(),
        None => m.text("not-available"),
    }
}

/// The results CSV with the default options (see [`crate::results_csv`],
/// where its layout lives), with the certification's status.
pub fn results_csv(t: &Tally, cert: Option<&Certification>, lang: Lang) -> Result<String> {
    let opts = crate::results_csv::ResultsCsvOptions {
        language: lang,
        ..Default::default()
    };
    let bytes = crate::results_csv::results_csv(t, cert, &opts)?;
    String::from_utf8(bytes).map_err(|e| Error::new(ErrorCode::Io, crate::error::detail(e)))
}

/// The certificate of results for `t`, dated `date` (`YYYY-MM-DD`), in
/// `lang`: a draft on every page until `cert` says who certified it.
pub fn certificate_pdf(
    t: &Tally,
    date: &str,
    cert: Option<&Certification>,
    lang: Lang,
) -> Result<Vec<u8>> {
    let m = messages(lang);
    let rows = display_order(&t.candidates, &t.tie_breaks);
    let mut notes: Vec<String> = lines_in(m, &t.warnings, &t.warning_events);
    notes.extend(notes_in(m, &t.outcome));
    // A quorum not met is already among the warnings.
    if t.quorum_met == Some(true) {
        notes.push(m.text("cert-quorum-met"));
    }
    let cert = Certificate {
        organisation: t.organisation.clone(),
        term: t.term.clone(),
        method: method_in(m, t),
        rules: lines_in(m, &t.rules, &t.rule_events),
        eligible: t.eligible,
        ballots: t.ballots,
        turnout: turnout_in(m, t),
        candidates: rows
            .iter()
            .map(|c| CertificateRow {
                rank: c.rank.map(|r| r as usize),
                name: c.name.clone(),
                employer: c.employer.clone().unwrap_or_default(),
                votes: m.decimal(&c.votes),
                status: status_in(m, &c.status),
            })
            .collect(),
        winners: t.winners.clone(),
        exclusions: t
            .excluded
            .iter()
            .map(|e| (e.name.clone(), exclusion_in(m, e)))
            .collect(),
        tie_breaks: t
            .tie_breaks
            .iter()
            .map(|tb| CertificateTieBreak {
                context: tie_context_in(m, tb),
                tied: tb.tied.clone(),
                seed: match (&tb.decided_by, &tb.method) {
                    (Some(who), how) => {
                        let rule = if tb.rule.is_empty() {
                            m.text("count-tie-officer")
                        } else {
                            tie_rule_in(m, tb)
                        };
                        // The officer's own word for how (coin, lot...).
                        let how = how.clone().unwrap_or_else(|| m.text("count-tie-officer"));
                        match &tb.witnessed_by {
                            Some(w) => m.get(
                                "cert-tie-decided-witnessed",
                                &[
                                    ("rule", rule.into()),
                                    ("how", how.into()),
                                    ("who", who.as_str().into()),
                                    ("witness", w.as_str().into()),
                                ],
                            ),
                            None => m.get(
                                "cert-tie-decided",
                                &[
                                    ("rule", rule.into()),
                                    ("how", how.into()),
                                    ("who", who.as_str().into()),
                                ],
                            ),
                        }
                    }
                    (None, _) if !tb.rule.is_empty() => {
                        format!("{}: {}", tie_rule_in(m, tb), split_seed(tb).0)
                    }
                    (None, _) => split_seed(tb).0,
                },
                ballot_sha256: split_seed(tb).1.unwrap_or_default(),
                outcome: tb.outcome.clone(),
            })
            .collect(),
        notes,
        ballot_sha256: t.ballot_sha256.clone(),
        date: m.date(date),
        generated_by: format!("Scrutineer {}", env!("CARGO_PKG_VERSION")),
        // Every page: the draft mark, or who certified and when (the
        // witness is named in the verification block and the signatures).
        status: match cert {
            None => m.text("cert-draft"),
            Some(c) => m.get(
                "cert-certified-on",
                &[
                    ("when", m.date_time(&c.certified_local).into()),
                    ("officer", c.officer.as_str().into()),
                ],
            ),
        },
        language: lang,
        signatories: cert
            .map(|c| (c.officer.clone(), c.witness.clone().unwrap_or_default()))
            .unwrap_or_default(),
        draft: cert.is_none(),
        identifier: cert.map(|c| c.identifier.clone()).unwrap_or_default(),
    };
    scrutineer_report::certificate_pdf(&cert).map_err(|e| {
        Error::new(
            ErrorCode::Io,
            Msg::new("err-make-certificate").arg("detail", e.to_string()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Phrases that are formulas or references, the same in every language.
    const NEUTRAL: &[&str] = &["count-quorum-votes", "count-quorum-votes-fraction"];
    /// Messages with braces of their own (the Debian Schwartz set, "{A, B}").
    const BRACED: &[&str] = &[
        "count-round-debian-schwartz-final",
        "count-round-debian-schwartz-drop",
    ];

    /// Every event of the count, said through `locales/en/count.ftl`, is
    /// word for word the English the count stores; in every other language
    /// it is said with the language's own message (no English sentence left,
    /// no unfilled variable, no "(s)").
    #[test]
    fn every_event_is_said_in_every_language() {
        let en = messages(Lang::En);
        let mut wrong = Vec::new();
        for note in Note::examples() {
            // The stored English has its figures as the count wrote them.
            let said = say_with(en, &note, &|f| f.to_string());
            if said != note.english() {
                wrong.push(format!(
                    "en {}:\n  ftl:   {said}\n  count: {}",
                    note.id(),
                    note.english()
                ));
            }
            for lang in [Lang::De, Lang::Fr, Lang::Es, Lang::Ja] {
                let m = messages(lang);
                let written = say(m, &note);
                if !m.has(note.id())
                    || (written == note.english() && !NEUTRAL.contains(&note.id()))
                    || written.contains("{$")
                    || (written.contains('{') && !BRACED.contains(&note.id()))
                    || written.contains("(s)")
                {
                    wrong.push(format!("{lang} {}: {written}", note.id()));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// The window says the count's events itself (`ui/src/views/explain.ts`
    /// `sayNote`): `ui/src/bindings/NoteMessages.ts`, written here like the
    /// ts-rs bindings, gives each event's message id and which of its
    /// arguments are decimal figures and "A, B and C" lists. The window's
    /// rule holds for every variant: each argument is the field of the same
    /// name, or `n<field>`, the length of a list field.
    #[test]
    fn the_windows_note_messages_are_generated() {
        use std::collections::BTreeMap;
        let mut table: BTreeMap<String, String> = BTreeMap::new();
        for note in Note::examples() {
            let json = serde_json::to_value(&note).expect("a note serializes");
            let fields = json.as_object().expect("a note is an object");
            let tag = fields["note"].as_str().expect("its tag").to_string();
            let (mut figures, mut and_lists) = (Vec::new(), Vec::new());
            for (name, arg) in note.args() {
                let field = fields.get(name).or_else(|| {
                    name.strip_prefix('n')
                        .and_then(|f| fields.get(f))
                        .filter(|v| v.is_array())
                });
                assert!(field.is_some(), "{tag}: argument {name} is no field");
                match arg {
                    Arg::Figure(_) => figures.push(format!("\"{name}\"")),
                    Arg::AndList(_) => and_lists.push(format!("\"{name}\"")),
                    _ => {}
                }
            }
            table.insert(
                tag,
                format!(
                    "{{ id: \"{}\", figures: [{}], andLists: [{}] }}",
                    note.id(),
                    figures.join(", "),
                    and_lists.join(", ")
                ),
            );
        }
        let mut ts = String::from(
            "// Generated by scrutineer-core's tests \
             (export::tests::the_windows_note_messages_are_generated): do not edit.\n\
             // Each event of the count (Note's tag): its message in locales/<lang>/count.ftl,\n\
             // its decimal figures and its \"A, B and C\" lists.\n\
             export const NOTE_MESSAGES: Record<string, { id: string; figures: string[]; andLists: string[] }> = {\n",
        );
        for (tag, entry) in &table {
            ts.push_str(&format!("  \"{tag}\": {entry},\n"));
        }
        ts.push_str("};\n");
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../ui/src/bindings/NoteMessages.ts"
        );
        if std::fs::read_to_string(path).ok().as_deref() != Some(ts.as_str()) {
            std::fs::write(path, &ts).expect("write NoteMessages.ts");
        }
    }

    /// The lines core stores (rules, warnings, the certificate's notes) as
    /// messages: their English is the English message, and every other
    /// language says them with its own words, nested phrases included.
    #[test]
    fn every_line_of_the_stored_result_is_said_in_every_language() {
        let lines = [
            Said::new("rule-seats").int("n", 2),
            Said::new("rule-employer-cap").note(
                "cap",
                Note::CapFraction {
                    num: 1,
                    den: 3,
                    body: 7,
                    seats: 3,
                    sitting: 4,
                    limit: 2,
                },
            ),
            Said::new("rule-debian")
                .text("default", "FD")
                .phrase("quorum", Said::new("rule-debian-no-quorum"))
                .phrases(
                    "majorities",
                    vec![
                        Said::new("rule-debian-needs")
                            .text("option", "Ann")
                            .int("n", 3),
                        Said::new("rule-debian-needs")
                            .text("option", "Bob")
                            .int("n", 2),
                    ],
                ),
            Said::new("rule-blank").phrase("how", Said::new("rule-blank-below-ranked")),
            Said::new("warn-seats-exceed")
                .int("seats", 3)
                .int("standing", 2)
                .int("empty", 1),
            Said::new("cert-small-batch")
                .int("n", 3)
                .text("reason", "late post"),
        ];
        assert_eq!(
            english(&lines[1]),
            "Employer cap: at most 1/3 of the body of 7 (3 seats filled now + 4 sitting \
             members), rounded down: 2 (PEP 13 procedure: the lowest-ranked of an \
             over-represented employer is disqualified and the next candidate moves up)"
        );
        assert_eq!(
            english(&lines[2]),
            "Debian constitution A.6: default option \"FD\"; quorum none; Ann needs 3:1, Bob \
             needs 2:1"
        );
        let en: Vec<String> = lines.iter().map(english).collect();
        for lang in [Lang::De, Lang::Fr, Lang::Es, Lang::Ja] {
            let m = messages(lang);
            let said = lines_in(m, &en, &lines);
            for (s, e) in said.iter().zip(&en) {
                assert!(
                    s != e && !s.contains("body") && !s.contains("needs") && !s.contains('{'),
                    "{lang}: {s}"
                );
            }
            // A result stored before the messages: read back from English.
            assert_eq!(lines_in(m, &en, &[])[0], said[0]);
        }
    }

    /// A result stored before the count gave events is still written in the
    /// document's language, from its English.
    #[test]
    fn a_result_stored_without_events_is_written_again_from_its_english() {
        let tb = TieBreak {
            context: "2 candidates tied on approvals for 1 remaining seat".into(),
            tied: vec!["Ann".into(), "Bob".into()],
            seed: String::new(),
            outcome: vec!["Bob".into(), "Ann".into()],
            rule: "seeded draw".into(),
            method: None,
            decided_by: None,
            witnessed_by: None,
            undecided: false,
            context_event: None,
            rule_event: None,
        };
        let de = messages(Lang::De);
        let with_events = TieBreak {
            context_event: Some(Note::TieGroup {
                n: 2,
                what: Box::new(Note::WhatApprovals),
                remaining: 1,
            }),
            rule_event: Some(Note::TieSeeded),
            ..tb.clone()
        };
        assert_eq!(tie_context_in(de, &tb), tie_context_in(de, &with_events));
        assert_eq!(tie_rule_in(de, &tb), tie_rule_in(de, &with_events));
        assert_ne!(tie_context_in(de, &tb), tb.context);
        // English documents print the stored words.
        assert_eq!(tie_context_in(messages(Lang::En), &with_events), tb.context);
    }
}
