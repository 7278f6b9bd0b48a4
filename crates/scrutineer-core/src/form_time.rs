//! Timestamps as web forms write them, in a nominations CSV.
//!
//! * ISO 8601: `2026-03-02 10:11:12`, `2026-03-02T10:11:12Z`,
//!   `2026-03-02T10:11:12+01:00`, `2026/03/02 10:11` (Typeform, Jotform,
//!   most survey tools, spreadsheets set to ISO), and Google Forms' own CSV
//!   download, `2026/03/02 10:11:12 AM GMT+1`;
//! * slashes, as Google Forms writes them in the sheet's locale:
//!   `3/2/2026 10:11:12` is month/day in a US sheet and day/month in most
//!   of Europe; Microsoft Forms writes `3/2/26 10:11:12 AM` (two-digit
//!   year, 12-hour clock);
//! * dots, always day first (German, Nordic, Slavic locales):
//!   `02.03.2026 10:11`.
//!
//! The same slash text means two dates, so the order is decided for the
//! whole file, never row by row ([`decide`]): given by the person
//! (`--date-order dmy|mdy`), or shown by a row whose first or second number
//! is over 12; when every row reads both ways the import waits for the
//! order to be chosen. A time without a zone is the officer's local time
//! (the nomination period is compared in UTC dates, `nominations.rs`), and
//! is stored in UTC; a date alone is stored as the date.

use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use scrutineer_i18n::Msg;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The forms read, for messages.
pub const FORMS: &str = "2026-03-02 10:11:12 (or 2026-03-02T10:11:12Z, with a zone such as +01:00, or 2026/03/02 10:11:12 AM GMT+1), 3/2/2026 10:11:12 or 3/2/26 10:11:12 AM (day and month in the order chosen), and 02.03.2026 10:11 (day first)";

/// The order of day and month in a slash date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    /// Day, month, year (most of Europe, Latin America, Asia).
    Dmy,
    /// Month, day, year (the United States).
    Mdy,
}

impl DateOrder {
    /// `dmy` or `mdy` (case-insensitive).
    pub fn parse(s: &str) -> Result<DateOrder, Msg> {
        match s.trim().to_ascii_lowercase().as_str() {
            "dmy" | "d/m/y" | "day-month" => Ok(DateOrder::Dmy),
            "mdy" | "m/d/y" | "month-day" => Ok(DateOrder::Mdy),
            _ => Err(Msg::new("err-date-order").arg("given", s.trim())),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DateOrder::Dmy => "dmy",
            DateOrder::Mdy => "mdy",
        }
    }

    fn words(self) -> &'static str {
        match self {
            DateOrder::Dmy => "day/month/year",
            DateOrder::Mdy => "month/day/year",
        }
    }
}

/// The date part of a timestamp as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Day {
    /// Year, month, day: ISO or dotted.
    Fixed(i32, u32, u32),
    /// `a/b/year`: which of a and b is the day depends on the order.
    Slash(u32, u32, i32),
}

/// A timestamp as written, before the date order is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Written {
    day: Day,
    time: Option<NaiveTime>,
    /// Seconds east of UTC, when the timestamp names its zone.
    zone: Option<i32>,
}

fn number(s: &str, min_len: usize, max_len: usize) -> Option<u32> {
    if s.len() < min_len || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn year(s: &str) -> Option<i32> {
    match s.len() {
        // Microsoft Forms' two-digit year: this century.
        2 => number(s, 2, 2).map(|y| 2000 + y as i32),
        4 => number(s, 4, 4).map(|y| y as i32),
        _ => None,
    }
}

/// `HH:MM[:SS[.fff]]`, then optionally ` AM`/` PM`, then a zone (`Z`,
/// `UTC`, `GMT`, `+01:00`, `+0100`, `+01`, or Google Forms' `GMT+1`,
/// `GMT+5:30`, `UTC-05:00`).
fn time_and_zone(s: &str) -> Option<(NaiveTime, Option<i32>)> {
    let mut rest = s.trim();
    // The zone at the end.
    let mut zone = None;
    let upper = rest.to_ascii_uppercase();
    for z in ["UTC", "GMT", "Z"] {
        if upper.ends_with(z) {
            zone = Some(0);
            rest = rest.get(..rest.len() - z.len())?.trim_end();
            break;
        }
    }
    if zone.is_none() {
        if let Some(i) = rest.rfind(['+', '-']) {
            let (clock, off) = rest.split_at(i);
            let sign = if off.starts_with('-') { -1 } else { 1 };
            let off = off.get(1..)?;
            let (h, m) = match off.split_once(':') {
                Some((h, m)) => (number(h, 1, 2)?, number(m, 2, 2)?),
                None => match off.len() {
                    1 | 2 => (number(off, 1, 2)?, 0),
                    3 | 4 => {
                        let k = off.len() - 2;
                        (number(off.get(..k)?, 1, 2)?, number(off.get(k..)?, 2, 2)?)
                    }
                    _ => return None,
                },
            };
            if h > 14 || m > 59 {
                return None;
            }
            zone = Some(sign * (h as i32 * 3600 + m as i32 * 60));
            let clock = clock.trim_end();
            let cu = clock.to_ascii_uppercase();
            rest = if cu.ends_with("GMT") || cu.ends_with("UTC") {
                clock.get(..clock.len() - 3)?.trim_end()
            } else {
                clock
            };
        }
    }
    // AM/PM.
    let upper = rest.to_ascii_uppercase();
    let mut half = None;
    for (suffix, pm) in [("AM", false), ("PM", true), ("A.M.", false), ("P.M.", true)] {
        if upper.ends_with(suffix) {
            half = Some(pm);
            rest = rest.get(..rest.len() - suffix.len())?.trim_end();
            break;
        }
    }
    let mut parts = rest.split(':');
    let h = number(parts.next()?, 1, 2)?;
    let m = number(parts.next()?, 2, 2)?;
    let (sec, frac) = match parts.next() {
        None => (0, None),
        Some(s) => match s.split_once(['.', ',']) {
            Some((s, f)) => (number(s, 2, 2)?, Some(f)),
            None => (number(s, 2, 2)?, None),
        },
    };
    if parts.next().is_some() {
        return None;
    }
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    let h = match half {
        None => h,
        Some(_) if h == 0 || h > 12 => return None,
        Some(false) => h % 12,
        Some(true) => h % 12 + 12,
    };
    Some((NaiveTime::from_hms_opt(h, m, sec)?, zone))
}

/// Read a timestamp as written (the date order not yet applied).
pub fn read(s: &str) -> Option<Written> {
    let t = s.trim();
    // The date is everything up to a space or a `T` after it.
    let split = t
        .char_indices()
        .find(|(i, c)| *c == ' ' || (*c == 'T' && *i >= 8))
        .map(|(i, _)| i);
    let (date, time) = match split {
        Some(i) => (t.get(..i)?, Some(t.get(i + 1..)?.trim())),
        None => (t, None),
    };
    let date = date.trim_end_matches(',');
    let day = if date.contains('-')
        || (date.contains('/') && date.len() >= 4 && number(date.get(..4)?, 4, 4).is_some())
    {
        // ISO: year first.
        let mut p = date.split(['-', '/']);
        let (y, m, d) = (p.next()?, p.next()?, p.next()?);
        if p.next().is_some() || y.len() != 4 {
            return None;
        }
        Day::Fixed(year(y)?, number(m, 1, 2)?, number(d, 1, 2)?)
    } else if date.contains('.') {
        let mut p = date.split('.');
        let (d, m, y) = (p.next()?, p.next()?, p.next()?);
        if p.next().is_some() {
            return None;
        }
        Day::Fixed(year(y)?, number(m, 1, 2)?, number(d, 1, 2)?)
    } else if date.contains('/') {
        let mut p = date.split('/');
        let (a, b, y) = (p.next()?, p.next()?, p.next()?);
        if p.next().is_some() {
            return None;
        }
        Day::Slash(number(a, 1, 2)?, number(b, 1, 2)?, year(y)?)
    } else {
        return None;
    };
    let (time, zone) = match time.filter(|x| !x.is_empty()) {
        Some(x) => {
            let (t, z) = time_and_zone(x)?;
            (Some(t), z)
        }
        None => (None, None),
    };
    let w = Written { day, time, zone };
    // At least one order must give a real date.
    match day {
        Day::Fixed(y, m, d) => NaiveDate::from_ymd_opt(y, m, d).map(|_| w),
        Day::Slash(..) => {
            (w.date(DateOrder::Dmy).is_some() || w.date(DateOrder::Mdy).is_some()).then_some(w)
        }
    }
}

impl Written {
    fn date(&self, order: DateOrder) -> Option<NaiveDate> {
        match (self.day, order) {
            (Day::Fixed(y, m, d), _) => NaiveDate::from_ymd_opt(y, m, d),
            (Day::Slash(a, b, y), DateOrder::Dmy) => NaiveDate::from_ymd_opt(y, b, a),
            (Day::Slash(a, b, y), DateOrder::Mdy) => NaiveDate::from_ymd_opt(y, a, b),
        }
    }

    /// Does the date read differently in the two orders?
    fn ambiguous(&self) -> bool {
        match (self.date(DateOrder::Dmy), self.date(DateOrder::Mdy)) {
            (Some(x), Some(y)) => x != y,
            _ => false,
        }
    }

    /// The timestamp as stored: `YYYY-MM-DDTHH:MM:SSZ` (a time without a
    /// zone taken as local time), or `YYYY-MM-DD` for a date alone; `None`
    /// when the date does not exist in this order, or the local time does
    /// not exist (skipped by a clock change).
    pub fn stored(&self, order: DateOrder) -> Option<String> {
        let date = self.date(order)?;
        let Some(time) = self.time else {
            return Some(date.format("%Y-%m-%d").to_string());
        };
        let naive = NaiveDateTime::new(date, time);
        let utc = match self.zone {
            Some(secs) => FixedOffset::east_opt(secs)?
                .from_local_datetime(&naive)
                .single()?
                .with_timezone(&chrono::Utc),
            None => chrono::Local
                .from_local_datetime(&naive)
                .earliest()?
                .with_timezone(&chrono::Utc),
        };
        Some(utc.format("%Y-%m-%dT%H:%M:%SZ").to_string())
    }

    /// The date in words, for showing a row read both ways.
    fn date_words(&self, order: DateOrder) -> String {
        self.date(order)
            .map(|d| d.format("%-d %B %Y").to_string())
            .unwrap_or_else(|| "no date".into())
    }
}

/// How the file's timestamps are read: for the preview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FormDates {
    /// `dmy` or `mdy`, when the file's dates have slashes and the order is
    /// known (given, or shown by a row).
    pub order: Option<String>,
    /// How the order was decided, in words (empty when no date has
    /// slashes).
    pub why: String,
    /// Every slash date reads both ways and no order was given: the import
    /// needs the order chosen.
    pub ambiguous: bool,
    /// A row read both ways (when the dates are ambiguous).
    pub example: Option<DateExample>,
    /// Some timestamp has a time but no zone: it is read as the officer's
    /// local time, in this zone (e.g. `Europe/Paris (UTC+01:00)`).
    pub local_time: Option<String>,
}

/// One timestamp read both ways.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DateExample {
    #[ts(type = "number")]
    pub line: u64,
    pub value: String,
    /// Day first, in words (`3 February 2026`).
    pub dmy: String,
    /// Month first, in words (`2 March 2026`).
    pub mdy: String,
}

/// The order decided for a file, from its readable timestamps `(line,
/// value, read)`, and the report; `Err` with the report when the person
/// must choose (every slash date reads both ways, or rows disagree).
pub fn decide(
    stamps: &[(u64, &str, Written)],
    given: Option<DateOrder>,
) -> (Option<DateOrder>, FormDates, Option<Msg>) {
    let local_time = stamps
        .iter()
        .any(|(_, _, w)| w.time.is_some() && w.zone.is_none())
        .then(local_zone);
    let slashes: Vec<&(u64, &str, Written)> = stamps
        .iter()
        .filter(|(_, _, w)| matches!(w.day, Day::Slash(..)))
        .collect();
    let mut report = FormDates {
        order: None,
        why: String::new(),
        ambiguous: false,
        example: None,
        local_time,
    };
    if slashes.is_empty() {
        return (given, report, None);
    }
    if let Some(o) = given {
        report.order = Some(o.as_str().into());
        report.why = format!("read as {}, as chosen", o.words());
        return (Some(o), report, None);
    }
    // A row that reads one way only shows the order.
    let only = |o: DateOrder| {
        slashes.iter().find(|(_, _, w)| {
            let other = match o {
                DateOrder::Dmy => DateOrder::Mdy,
                DateOrder::Mdy => DateOrder::Dmy,
            };
            w.date(o).is_some() && w.date(other).is_none()
        })
    };
    match (only(DateOrder::Dmy), only(DateOrder::Mdy)) {
        (Some((l, v, _)), None) => {
            report.order = Some("dmy".into());
            report.why = format!(
                "read as day/month/year for the whole file: line {l} has \"{v}\", which has no month {}",
                first_number(v)
            );
            (Some(DateOrder::Dmy), report, None)
        }
        (None, Some((l, v, _))) => {
            report.order = Some("mdy".into());
            report.why = format!(
                "read as month/day/year for the whole file: line {l} has \"{v}\", which has no month {}",
                second_number(v)
            );
            (Some(DateOrder::Mdy), report, None)
        }
        (Some((l1, v1, _)), Some((l2, v2, _))) => {
            report.ambiguous = true;
            report.why = format!(
                "the rows disagree: line {l1} has \"{v1}\" (day first only) and line {l2} has \"{v2}\" (month first only)"
            );
            let msg = Msg::new("err-dates-both-orders")
                .arg("line1", *l1)
                .arg("value1", *v1)
                .arg("line2", *l2)
                .arg("value2", *v2);
            (None, report, Some(msg))
        }
        (None, None) => {
            let ex = slashes.iter().find(|(_, _, w)| w.ambiguous());
            let Some((l, v, w)) = ex else {
                // Every slash date is the same both ways (3/3/2026).
                report.why = "every date reads the same in both orders".into();
                return (Some(DateOrder::Dmy), report, None);
            };
            let example = DateExample {
                line: *l,
                value: v.to_string(),
                dmy: w.date_words(DateOrder::Dmy),
                mdy: w.date_words(DateOrder::Mdy),
            };
            report.ambiguous = true;
            report.why = "no day in the file is over 12, so every date reads both as day/month and as month/day".into();
            let msg = Msg::new("err-dates-two-ways")
                .arg("line", *l)
                .arg("value", *v)
                .arg("dmy", example.dmy.as_str())
                .arg("mdy", example.mdy.as_str());
            report.example = Some(example);
            (None, report, Some(msg))
        }
    }
}

fn first_number(v: &str) -> &str {
    v.trim().split('/').next().unwrap_or("")
}

fn second_number(v: &str) -> &str {
    v.trim().split('/').nth(1).unwrap_or("")
}

/// The officer's zone as shown: `Europe/Paris (UTC+01:00)`, or `UTC+01:00`.
fn local_zone() -> String {
    let offset = chrono::Local::now().format("%:z").to_string();
    let offset = if offset == "+00:00" {
        "UTC".to_string()
    } else {
        format!("UTC{offset}")
    };
    match crate::clock::zone_name().filter(|z| z != "UTC" && z != "Etc/UTC") {
        Some(z) => format!("{z} ({offset})"),
        None => offset,
    }
}

/// A timestamp that cannot be read, in words.
pub fn not_understood(value: &str) -> String {
    format!(
        "the timestamp \"{}\" is not a date and time this import reads; the forms read are {FORMS}",
        value.trim()
    )
}

/// A slash date that does not fit the order chosen, in words.
pub fn not_in_order(value: &str, order: DateOrder) -> String {
    format!(
        "the timestamp \"{}\" is not a date read as {}; the forms read are {FORMS}",
        value.trim(),
        order.words()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(s: &str, o: DateOrder) -> Option<String> {
        read(s)?.stored(o)
    }

    #[test]
    fn forms_as_exported() {
        // Zones given: no local time involved.
        assert_eq!(
            stored("2026-03-02T10:11:12Z", DateOrder::Dmy).as_deref(),
            Some("2026-03-02T10:11:12Z")
        );
        assert_eq!(
            stored("2026-03-02T10:11:12.345+01:00", DateOrder::Dmy).as_deref(),
            Some("2026-03-02T09:11:12Z")
        );
        assert_eq!(
            stored("2026-03-02 23:30 -0500", DateOrder::Dmy).as_deref(),
            Some("2026-03-03T04:30:00Z")
        );
        assert_eq!(
            stored("3/2/2026 10:11:12 UTC", DateOrder::Mdy).as_deref(),
            Some("2026-03-02T10:11:12Z")
        );
        assert_eq!(
            stored("3/2/2026 10:11:12 UTC", DateOrder::Dmy).as_deref(),
            Some("2026-02-03T10:11:12Z")
        );
        assert_eq!(
            stored("3/2/26 10:11:12 PM GMT", DateOrder::Mdy).as_deref(),
            Some("2026-03-02T22:11:12Z")
        );
        assert_eq!(
            stored("3/2/26 12:05:00 AM Z", DateOrder::Mdy).as_deref(),
            Some("2026-03-02T00:05:00Z")
        );
        // Google Forms' own CSV download: year first, 12-hour clock, GMT offset.
        assert_eq!(
            stored("2026/03/02 10:11:12 AM GMT+1", DateOrder::Mdy).as_deref(),
            Some("2026-03-02T09:11:12Z")
        );
        assert_eq!(
            stored("2026/03/02 4:41:12 PM GMT+5:30", DateOrder::Mdy).as_deref(),
            Some("2026-03-02T11:11:12Z")
        );
        assert_eq!(
            stored("2026-03-02 10:11 UTC-05:00", DateOrder::Mdy).as_deref(),
            Some("2026-03-02T15:11:00Z")
        );
        assert_eq!(
            stored("02.03.2026", DateOrder::Mdy).as_deref(),
            Some("2026-03-02")
        );
        assert_eq!(
            stored("2026/03/02", DateOrder::Mdy).as_deref(),
            Some("2026-03-02")
        );
        // Not dates.
        for bad in [
            "yesterday",
            "2026-02-30",
            "13/13/2026",
            "3/2/226",
            "02.03.2026 25:00",
            "3/2/2026 13:00 PM",
            "2026-03-02 10:11 +15:00",
            "",
        ] {
            assert_eq!(read(bad), None, "{bad}");
        }
        // 25/3 is day first only.
        assert_eq!(stored("25/3/2026", DateOrder::Mdy), None);
    }

    #[test]
    fn the_order_is_decided_for_the_whole_file() {
        let rows = |vals: &[&'static str]| -> Vec<(u64, &'static str, Written)> {
            vals.iter()
                .enumerate()
                .map(|(i, v)| (i as u64 + 2, *v, read(v).unwrap()))
                .collect()
        };
        // Every day ≤ 12: ambiguous, shown both ways.
        let r = rows(&["3/2/2026 10:11:12", "3/4/2026 09:00:00"]);
        let (o, rep, msg) = decide(&r, None);
        assert_eq!(o, None);
        assert!(rep.ambiguous);
        let ex = rep.example.unwrap();
        assert_eq!(
            (ex.line, ex.dmy.as_str(), ex.mdy.as_str()),
            (2, "3 February 2026", "2 March 2026")
        );
        let en = msg
            .map(|m| m.render(scrutineer_i18n::Lang::En))
            .unwrap_or_default();
        assert!(
            en.contains("line 2's \"3/2/2026 10:11:12\" is 3 February 2026")
                && en.contains("--date-order"),
            "{en}"
        );
        assert!(rep.local_time.is_some());
        // Given: used.
        let (o, rep, msg) = decide(&r, Some(DateOrder::Mdy));
        assert_eq!((o, msg), (Some(DateOrder::Mdy), None));
        assert_eq!(rep.order.as_deref(), Some("mdy"));
        // A day over 12 on any row decides, and says which row.
        let r = rows(&["3/2/2026 10:11:12", "20/2/2026 10:00:00"]);
        let (o, rep, _) = decide(&r, None);
        assert_eq!(o, Some(DateOrder::Dmy));
        assert!(
            rep.why.contains("line 3") && rep.why.contains("no month 20"),
            "{}",
            rep.why
        );
        let r = rows(&["3/2/2026 10:11:12", "2/20/2026 10:00:00"]);
        assert_eq!(decide(&r, None).0, Some(DateOrder::Mdy));
        // Rows that disagree: the person chooses.
        let r = rows(&["20/2/2026", "2/20/2026"]);
        let (o, rep, msg) = decide(&r, None);
        assert_eq!(o, None);
        let en = msg
            .map(|m| m.render(scrutineer_i18n::Lang::En))
            .unwrap_or_default();
        assert!(rep.ambiguous && en.contains("both orders"), "{en}");
        // No slash dates: nothing to decide, and dates alone are not local times.
        let r = rows(&["2026-03-02", "02.03.2026"]);
        let (_, rep, msg) = decide(&r, None);
        assert_eq!((rep.ambiguous, msg, rep.local_time), (false, None, None));
    }
}
