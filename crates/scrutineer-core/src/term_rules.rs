//! The rules an organisation wrote around its counting method (issue 7),
//! stored per term (migration 4): the tie-break procedure, a cap that counts
//! sitting members (as a count or a fraction of the whole body), "none of
//! the above", the Debian constitution's parameters, and the returns
//! officer's recorded tie decisions.
//!
//! Every change is one transaction with its audit entry (see `service.rs`).

use crate::audit;
use crate::clock::now_utc;
use crate::error::{Error, ErrorCode, Result};
use crate::fields;
use crate::model::*;
use crate::service::{certified, reopen_if_counted, term_in, Election};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use scrutineer_formats::fields::{self as f, FieldSpec};
use scrutineer_i18n::Msg;

/// The tie-break procedures a term can declare.
pub const TIE_RULES: [&str; 3] = ["draw", "psf", "officer"];
/// How a returns officer may decide a tie.
pub const DECISION_METHODS: [&str; 3] = ["coin", "lot", "casting-vote"];

/// Parse `num/den` (a fraction of the whole body, 0 < num/den <= 1).
pub fn parse_fraction(s: &str) -> Result<(u32, u32)> {
    let bad = || Error::invalid(Msg::new("err-cap-fraction").arg("given", s));
    let (n, d) = s.trim().split_once('/').ok_or_else(bad)?;
    let n: u32 = n.trim().parse().map_err(|_| bad())?;
    let d: u32 = d.trim().parse().map_err(|_| bad())?;
    if n == 0 || d == 0 || n > d {
        return Err(bad());
    }
    Ok((n, d))
}

/// Check a quorum figure: a positive decimal number of voters.
pub fn check_quorum(q: &str) -> Result<()> {
    let t = q.trim();
    let ok = !t.is_empty()
        && t.chars().all(|c| c.is_ascii_digit() || c == '.')
        && t.chars().filter(|&c| c == '.').count() <= 1
        && !t.starts_with('.')
        && !t.ends_with('.')
        && t.chars().any(|c| c.is_ascii_digit() && c != '0');
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(
            Msg::new("err-quorum-voters").arg("given", q),
        ))
    }
}

/// A name in the term's rules (an option, a sitting member, who decided a
/// tie), checked as a nominee's name is, so an option's name matches the
/// nominee's as stored; `what` names it in messages.
const fn name(what: &'static str) -> FieldSpec {
    FieldSpec {
        what,
        ..f::NOMINEE_NAME
    }
}

const NONE_OF_THE_ABOVE: FieldSpec = name("\"none of the above\" option's name");
const MAJORITY_OPTION: FieldSpec = name("option named in a majority");
const DEFAULT_OPTION: FieldSpec = name("default option's name");
const SITTING_MEMBER: FieldSpec = name("sitting member's name");
const SITTING_EMPLOYER: FieldSpec = FieldSpec {
    what: "sitting member's employer",
    ..f::EMPLOYER
};
const DECIDED_BY: FieldSpec = name("name of who decided");
const WITNESS: FieldSpec = name("witness's name");

/// Check `r` for a term counted by `method`, and return it cleaned.
pub(crate) fn validate(r: &TermRules, method: &str) -> Result<TermRules> {
    let tie_rule = r.tie_rule.trim().to_string();
    if !TIE_RULES.contains(&tie_rule.as_str()) {
        return Err(Error::invalid(
            Msg::new("err-unknown-tie-rule")
                .arg("given", r.tie_rule.as_str())
                .arg("known", TIE_RULES.join(", ")),
        ));
    }
    let cap_fraction = match r.cap_fraction.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(f) => {
            let (n, d) = parse_fraction(f)?;
            Some(format!("{n}/{d}"))
        }
    };
    let none_of_the_above = fields::optional(&NONE_OF_THE_ABOVE, r.none_of_the_above.as_deref())?;
    let debian = match &r.debian {
        None => None,
        Some(d) => {
            if method != "debian" {
                return Err(Error::invalid(
                    Msg::new("err-debian-params").arg("method", method),
                ));
            }
            let quorum = match d.quorum.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(q) => {
                    check_quorum(q)?;
                    Some(q.to_string())
                }
            };
            let mut majorities = Vec::new();
            for (o, n) in &d.majorities {
                let o = fields::required(&MAJORITY_OPTION, o)?;
                if *n < 1 {
                    return Err(Error::invalid(
                        Msg::new("err-majority-ratio").arg("option", o.as_str()),
                    ));
                }
                if majorities.iter().any(|(x, _): &(String, u32)| *x == o) {
                    return Err(Error::invalid(
                        Msg::new("err-majority-twice").arg("option", o.as_str()),
                    ));
                }
                majorities.push((o, *n));
            }
            let default_option = fields::optional(&DEFAULT_OPTION, d.default_option.as_deref())?;
            Some(DebianParams {
                quorum,
                majorities,
                default_option,
            })
        }
    };
    let mut sitting: Vec<SittingMember> = Vec::new();
    for m in &r.sitting {
        let name = fields::required(&SITTING_MEMBER, &m.name)?;
        if sitting.iter().any(|x| x.name == name) {
            return Err(Error::invalid(
                Msg::new("err-sitting-twice").arg("name", name.as_str()),
            ));
        }
        let employer = fields::optional(&SITTING_EMPLOYER, m.employer.as_deref())?;
        sitting.push(SittingMember { name, employer });
    }
    Ok(TermRules {
        tie_rule,
        cap_fraction,
        none_of_the_above,
        debian,
        sitting,
    })
}

/// Write `r` (already validated) as the term's rules, replacing any.
pub(crate) fn save(tx: &Transaction, term_id: i64, r: &TermRules) -> Result<()> {
    let debian = r
        .debian
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| Error::new(ErrorCode::Database, crate::error::detail(e)))?;
    tx.execute(
        "INSERT INTO term_rules (term_id, tie_rule, cap_fraction, none_of_the_above, debian)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(term_id) DO UPDATE SET tie_rule = excluded.tie_rule,
           cap_fraction = excluded.cap_fraction, none_of_the_above = excluded.none_of_the_above,
           debian = excluded.debian",
        params![
            term_id,
            r.tie_rule,
            r.cap_fraction,
            r.none_of_the_above,
            debian
        ],
    )?;
    tx.execute("DELETE FROM sitting_member WHERE term_id = ?1", [term_id])?;
    let mut ins =
        tx.prepare("INSERT INTO sitting_member (term_id, name, employer) VALUES (?1, ?2, ?3)")?;
    for m in &r.sitting {
        ins.execute(params![term_id, m.name, m.employer])?;
    }
    Ok(())
}

/// The audit detail of a term's rules (empty when all are defaults).
pub(crate) fn describe(r: &TermRules) -> String {
    let mut parts = Vec::new();
    if r.tie_rule != "draw" {
        parts.push(format!("tie_rule={}", r.tie_rule));
    }
    if let Some(f) = &r.cap_fraction {
        parts.push(format!("cap_fraction={f}"));
    }
    if let Some(n) = &r.none_of_the_above {
        parts.push(format!("none_of_the_above={n:?}"));
    }
    if let Some(d) = &r.debian {
        parts.push(format!(
            "debian_quorum={} debian_majorities={:?} debian_default={:?}",
            d.quorum.as_deref().unwrap_or("none"),
            d.majorities,
            d.default_option.as_deref().unwrap_or("(last option)")
        ));
    }
    if !r.sitting.is_empty() {
        let s: Vec<String> = r
            .sitting
            .iter()
            .map(|m| format!("{} ({})", m.name, m.employer.as_deref().unwrap_or("-")))
            .collect();
        parts.push(format!("sitting={s:?}"));
    }
    parts.join(" ")
}

pub(crate) fn load(conn: &Connection, term_id: i64) -> Result<TermRules> {
    type Row = (String, Option<String>, Option<String>, Option<String>);
    let row: Option<Row> = conn
        .query_row(
            "SELECT tie_rule, cap_fraction, none_of_the_above, debian FROM term_rules WHERE term_id = ?1",
            [term_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let mut rules = TermRules::default();
    if let Some((tie_rule, cap_fraction, none_of_the_above, debian)) = row {
        rules.tie_rule = tie_rule;
        rules.cap_fraction = cap_fraction;
        rules.none_of_the_above = none_of_the_above;
        rules.debian = debian
            .map(|j| serde_json::from_str(&j))
            .transpose()
            .map_err(|e| {
                Error::new(
                    ErrorCode::Database,
                    Msg::new("err-stored-debian-damaged").arg("detail", e.to_string()),
                )
            })?;
    }
    let mut st =
        conn.prepare("SELECT name, employer FROM sitting_member WHERE term_id = ?1 ORDER BY id")?;
    rules.sitting = st
        .query_map([term_id], |r| {
            Ok(SittingMember {
                name: r.get(0)?,
                employer: r.get(1)?,
            })
        })?
        .collect::<std::result::Result<_, _>>()?;
    Ok(rules)
}

pub(crate) fn decisions(conn: &Connection, term_id: i64) -> Result<Vec<TieDecision>> {
    let mut st = conn.prepare(
        "SELECT context, tied, decided, method, decided_by, witness, decided_at
         FROM tie_decision WHERE term_id = ?1 ORDER BY id",
    )?;
    let rows = st.query_map([term_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, String>(6)?,
        ))
    })?;
    let damaged = |e: serde_json::Error| {
        Error::new(
            ErrorCode::Database,
            Msg::new("err-stored-tie-damaged").arg("detail", e.to_string()),
        )
    };
    let mut out = Vec::new();
    for row in rows {
        let (context, tied, decided, method, decided_by, witness, decided_at) = row?;
        out.push(TieDecision {
            context,
            tied: serde_json::from_str(&tied).map_err(damaged)?,
            order: serde_json::from_str(&decided).map_err(damaged)?,
            method,
            decided_by,
            witness,
            decided_at,
        });
    }
    Ok(out)
}

impl Election {
    /// The rules a term declared beyond its method (defaults when none).
    pub fn term_rules(&self, term: &str) -> Result<TermRules> {
        let t = self.term(term)?;
        load(self.conn(), t.id)
    }

    /// Replace a term's rules. A counted term goes back to voting (its result
    /// no longer follows the rules); a certified term refuses.
    pub fn set_term_rules(&mut self, term: &str, rules: &TermRules) -> Result<TermRules> {
        let t = self.term(term)?;
        if t.stage == Stage::Certified {
            return Err(certified(&t));
        }
        let rules = validate(rules, &t.method)?;
        let tx = self.conn_mut().transaction()?;
        save(&tx, t.id, &rules)?;
        reopen_if_counted(&tx, &t)?;
        audit::append(&tx, &t.name, "term.rules", &describe(&rules))?;
        tx.commit()?;
        self.term_rules(term)
    }

    /// The returns officer's tie decisions recorded for a term, oldest first.
    pub fn tie_decisions(&self, term: &str) -> Result<Vec<TieDecision>> {
        let t = self.term(term)?;
        decisions(self.conn(), t.id)
    }

    /// Record the returns officer's decision of the tie `pending` (what the
    /// term's count is waiting for), checked against it: `order` must name
    /// every tied candidate exactly once.
    pub(crate) fn record_tie_decision(
        &mut self,
        term: &str,
        pending: &PendingTie,
        d: &NewTieDecision,
    ) -> Result<TieDecision> {
        let t = term_in(self.conn(), term)?;
        if t.stage == Stage::Certified {
            return Err(certified(&t));
        }
        let method = d.method.trim().to_string();
        if !DECISION_METHODS.contains(&method.as_str()) {
            return Err(Error::invalid(
                Msg::new("err-unknown-decision-method")
                    .arg("given", d.method.as_str())
                    .arg("known", DECISION_METHODS.join(", ")),
            ));
        }
        let decided_by = fields::required(&DECIDED_BY, &d.decided_by)?;
        let witness = fields::optional(&WITNESS, d.witness.as_deref())?;
        let order: Vec<String> = d.order.iter().map(|n| n.trim().to_string()).collect();
        let mut sorted = order.clone();
        sorted.sort();
        let mut tied = pending.tied.clone();
        tied.sort();
        if sorted != tied {
            return Err(Error::invalid(
                Msg::new("err-tie-order")
                    .arg("tied", tied.join(", "))
                    .arg("order", order.join(", ")),
            ));
        }
        let json = |v: &Vec<String>| {
            serde_json::to_string(v)
                .map_err(|e| Error::new(ErrorCode::Database, crate::error::detail(e)))
        };
        let at = now_utc();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO tie_decision (term_id, context, tied, decided, method, decided_by, witness, decided_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                t.id,
                pending.context,
                json(&tied)?,
                json(&order)?,
                method,
                decided_by,
                witness,
                at
            ],
        )?;
        reopen_if_counted(&tx, &t)?;
        audit::append(
            &tx,
            &t.name,
            "tie.decide",
            &format!(
                "context={:?} tied={:?} order={:?} method={} decided_by={:?} witness={:?}",
                pending.context,
                tied,
                order,
                method,
                decided_by,
                witness.as_deref().unwrap_or("")
            ),
        )?;
        tx.commit()?;
        Ok(TieDecision {
            context: pending.context.clone(),
            tied,
            order,
            method,
            decided_by,
            witness,
            decided_at: at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions() {
        assert_eq!(parse_fraction("1/3").unwrap(), (1, 3));
        assert_eq!(parse_fraction(" 2 / 5 ").unwrap(), (2, 5));
        for bad in ["0/3", "4/3", "1/0", "1", "a/b", "", "1/3/4"] {
            assert!(parse_fraction(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn quorum_figures() {
        for ok in ["2", "37.4", "100", "0.5"] {
            check_quorum(ok).unwrap();
        }
        for bad in ["0", "-1", "1.", ".5", "1.2.3", "x", "", "0.0"] {
            assert!(check_quorum(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn validation_refuses_what_cannot_be_applied() {
        let mut r = TermRules {
            tie_rule: "coin".into(),
            ..TermRules::default()
        };
        assert!(validate(&r, "approval").is_err());
        r.tie_rule = "psf".into();
        r.debian = Some(DebianParams::default());
        let e = validate(&r, "approval").unwrap_err();
        assert!(e.message.contains("--method debian"), "{}", e.message);
        assert!(validate(&r, "debian").is_ok());
        r.sitting = vec![
            SittingMember {
                name: "Ann".into(),
                employer: None,
            },
            SittingMember {
                name: " Ann ".into(),
                employer: Some("X".into()),
            },
        ];
        assert!(validate(&r, "debian")
            .unwrap_err()
            .message
            .contains("twice"));
    }

    /// The names in the rules are checked as every field is
    /// (`scrutineer_formats::fields`): the field named, the character and
    /// its position, the limit.
    #[test]
    fn names_in_the_rules_are_refused_with_the_field_named() {
        let sitting = |name: &str, employer: Option<&str>| TermRules {
            sitting: vec![SittingMember {
                name: name.into(),
                employer: employer.map(str::to_string),
            }],
            ..TermRules::default()
        };
        let refused = |r: &TermRules| validate(r, "approval").unwrap_err();
        let e = refused(&sitting("Ann\u{1b}[2J", None));
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert_eq!(
            e.message,
            "the sitting member's name contains a control character (U+001B ESCAPE) at position 4"
        );
        let e = refused(&sitting(&"x".repeat(201), None));
        assert_eq!(
            e.message,
            "the sitting member's name is 201 characters long; at most 200 are allowed"
        );
        let e = refused(&sitting("Ann", Some("Acme\u{202E}")));
        assert!(
            e.message.starts_with("the sitting member's employer contains a bidirectional formatting character (U+202E"),
            "{}",
            e.message
        );
        let e = refused(&sitting("  ", None));
        assert_eq!(e.message, "the sitting member's name must not be empty");
        let nota = TermRules {
            none_of_the_above: Some("None\u{7}".into()),
            ..TermRules::default()
        };
        assert!(
            refused(&nota).message.starts_with(
                "the \"none of the above\" option's name contains a control character (U+0007"
            ),
            "{}",
            refused(&nota).message
        );
        let debian = TermRules {
            debian: Some(DebianParams {
                majorities: vec![("Option\u{200B}A".into(), 3)],
                ..DebianParams::default()
            }),
            ..TermRules::default()
        };
        let e = validate(&debian, "debian").unwrap_err();
        assert_eq!(
            e.message,
            "the option named in a majority contains an invisible character (U+200B ZERO WIDTH SPACE) at position 7"
        );
        // Cleaned as a nominee's name is: NFC, white space collapsed, so
        // the name matches the nominee's as stored.
        let ok = validate(&sitting(" Jose\u{301}  Ξένια ", Some(" ")), "approval").unwrap();
        assert_eq!(ok.sitting[0].name, "José Ξένια");
        assert_eq!(ok.sitting[0].employer, None);
    }
}

/// Everything a term's count needs beyond the term's row, its nominees and
/// its stored ballots (issue 7): the declared rules, the officer's tie
/// decisions, the batches' meaning of a blank mark, and published totals.
#[derive(Debug, Default, Clone)]
pub(crate) struct Extras {
    pub rules: TermRules,
    pub decisions: Vec<TieDecision>,
    /// The meaning of a blank mark declared by the batches' formats
    /// (`None`: no batch declared one, i.e. files from before migration 5).
    pub blank: Option<scrutineer_count::BlankMeaning>,
    pub totals: Option<crate::totals::TotalsSet>,
}

/// Load a term's extras. `names`: the nominees' names in their order.
pub(crate) fn load_extras(conn: &Connection, term_id: i64, names: &[String]) -> Result<Extras> {
    let mut st = conn.prepare(
        "SELECT DISTINCT blank FROM ballot_batch WHERE term_id = ?1 AND kind != 'totals' AND blank IS NOT NULL",
    )?;
    let blanks: Vec<String> = st
        .query_map([term_id], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    let blank = match blanks.as_slice() {
        [] => None,
        [one] => Some(parse_blank(one)?),
        _ => return Err(Error::invalid(Msg::new("err-blank-meanings-differ"))),
    };
    Ok(Extras {
        rules: load(conn, term_id)?,
        decisions: decisions(conn, term_id)?,
        blank,
        totals: crate::totals::load_set(conn, term_id, names)?,
    })
}

/// The stored name of a blank meaning.
pub(crate) fn blank_name(b: scrutineer_count::BlankMeaning) -> &'static str {
    match b {
        scrutineer_count::BlankMeaning::NotCompared => "not_compared",
        scrutineer_count::BlankMeaning::BelowRanked => "below_ranked",
    }
}

/// A stored blank meaning, if any.
pub(crate) fn parse_blank_opt(s: Option<&str>) -> Result<Option<scrutineer_count::BlankMeaning>> {
    s.map(parse_blank).transpose()
}

fn parse_blank(s: &str) -> Result<scrutineer_count::BlankMeaning> {
    match s {
        "not_compared" => Ok(scrutineer_count::BlankMeaning::NotCompared),
        "below_ranked" => Ok(scrutineer_count::BlankMeaning::BelowRanked),
        other => Err(Error::new(
            ErrorCode::Database,
            format!("a ballot batch records an unknown meaning of a blank mark: \"{other}\""),
        )),
    }
}

/// A decimal figure such as `37.4` as an exact fraction (374/10).
pub fn decimal_fraction(q: &str) -> Result<(u64, u64)> {
    check_quorum(q)?;
    let t = q.trim();
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let too_big = || Error::invalid(Msg::new("err-quorum-too-large").arg("given", q));
    let den = 10u64.checked_pow(frac.len() as u32).ok_or_else(too_big)?;
    let num: u64 = format!("{int}{frac}").parse().map_err(|_| too_big())?;
    Ok((num, den))
}

impl Extras {
    /// Apply these extras to `rules` for a count of `names` by `method`,
    /// and return the plain-words lines they add to the count's rules.
    pub(crate) fn apply(
        &self,
        method: scrutineer_count::Method,
        names: &[String],
        rules: &mut scrutineer_count::Rules,
    ) -> Result<Vec<crate::model::Said>> {
        use crate::model::Said;
        use scrutineer_count::{
            BlankMeaning, DebianQuorum, DebianRules, Method, OfficerDecision, Supermajority,
            TieRule,
        };
        // Messages: documents say them in the term's language, the stored
        // result keeps their English (export::english).
        let mut lines = Vec::new();
        let index_of = |what: &str, n: &str| -> Result<usize> {
            names.iter().position(|x| x == n).ok_or_else(|| {
                Error::invalid(format!(
                    "{what} \"{n}\" is not a nominee of this term.{} (The nominees are {}.)",
                    crate::words::did_you_mean(n, names),
                    crate::words::and_list(names)
                ))
            })
        };
        rules.tie_rule = match self.rules.tie_rule.as_str() {
            "psf" => {
                lines.push(Said::new("rule-ties-psf"));
                TieRule::Psf
            }
            "officer" => {
                lines.push(Said::new("rule-ties-officer").int("n", self.decisions.len() as u64));
                TieRule::Officer(
                    self.decisions
                        .iter()
                        .map(|d| OfficerDecision {
                            context: d.context.clone(),
                            tied: d.tied.clone(),
                            order: d.order.clone(),
                            method: d.method.clone(),
                            decided_by: d.decided_by.clone(),
                            witnessed_by: d.witness.clone(),
                        })
                        .collect(),
                )
            }
            _ => {
                lines.push(Said::new("rule-ties-draw"));
                TieRule::Draw
            }
        };
        if let Some(ron) = &self.rules.none_of_the_above {
            rules.none_of_the_above = Some(index_of("the \"none of the above\" option", ron)?);
            lines.push(Said::new("rule-none-of-the-above").text("name", ron.as_str()));
        }
        if method == Method::Debian {
            let mut d = DebianRules::for_options(names.len());
            let params = self.rules.debian.clone().unwrap_or_default();
            if let Some(def) = &params.default_option {
                d.default_option = index_of("the default option", def)?;
            }
            if let Some(q) = &params.quorum {
                let (num, den) = decimal_fraction(q)?;
                d.quorum = Some(DebianQuorum::Votes { num, den });
            }
            for (o, n) in &params.majorities {
                d.majorities.push(Supermajority {
                    option: index_of("the option given a majority", o)?,
                    num: u64::from(*n),
                    den: 1,
                });
            }
            let line = Said::new("rule-debian").text(
                "default",
                names
                    .get(d.default_option)
                    .map(String::as_str)
                    .unwrap_or(""),
            );
            let line = match params.quorum.as_deref() {
                Some(q) => line.text("quorum", q),
                None => line.phrase("quorum", Said::new("rule-debian-no-quorum")),
            };
            lines.push(if params.majorities.is_empty() {
                line.phrase("majorities", Said::new("rule-debian-simple"))
            } else {
                line.phrases(
                    "majorities",
                    params
                        .majorities
                        .iter()
                        .map(|(o, n)| {
                            Said::new("rule-debian-needs")
                                .text("option", o.as_str())
                                .int("n", u64::from(*n))
                        })
                        .collect(),
                )
            });
            rules.debian = Some(d);
            rules.blank = BlankMeaning::BelowRanked;
        } else if let Some(b) = self.blank {
            rules.blank = b;
        }
        if method.ballot_kind() == scrutineer_count::BallotKind::Ranking && self.totals.is_none() {
            lines.push(Said::new("rule-blank").phrase(
                "how",
                Said::new(match rules.blank {
                    BlankMeaning::NotCompared => "rule-blank-not-compared",
                    BlankMeaning::BelowRanked => "rule-blank-below-ranked",
                }),
            ));
        }
        if let Some(t) = &self.totals {
            lines.push(
                Said::new("rule-totals")
                    .int("batches", t.batches.len() as u64)
                    .int("cast", t.cast),
            );
            for (file, sha, cast) in &t.batches {
                lines.push(
                    Said::new("rule-totals-file")
                        .text("file", file.as_str())
                        .int("cast", *cast)
                        .text("sha", sha.as_str()),
                );
            }
        }
        Ok(lines)
    }
}
