//! UTC timestamps without a time-zone database: the civil date from the Unix
//! day number (Howard Hinnant's `civil_from_days`).

use std::time::{SystemTime, UNIX_EPOCH};

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Now, as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now_utc() -> String {
    let s = now_secs();
    let (y, m, d) = civil_from_days(s.div_euclid(86_400));
    let t = s.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        t / 3600,
        (t / 60) % 60,
        t % 60
    )
}

/// Today's date (UTC), `YYYY-MM-DD`.
pub fn today() -> String {
    now_utc()[..10].to_string()
}

/// The local time zone's name: `$TZ` when set (as the C library reads it),
/// else the system's (`/etc/localtime`), else none.
pub(crate) fn zone_name() -> Option<String> {
    if let Some(tz) = std::env::var("TZ").ok().filter(|t| !t.trim().is_empty()) {
        return Some(tz.trim_start_matches(':').to_string());
    }
    iana_time_zone::get_timezone().ok()
}

/// A stored UTC time (`YYYY-MM-DDTHH:MM:SSZ`) as people read it: local time
/// with the zone, e.g. `2026-11-30 14:05 Europe/Paris (UTC+01:00)`. Text
/// that is not such a time is returned as it is.
pub fn local(utc: &str) -> String {
    let Ok(t) = chrono::DateTime::parse_from_rfc3339(utc.trim()) else {
        return utc.to_string();
    };
    let l = t.with_timezone(&chrono::Local);
    let offset = l.format("%:z").to_string();
    let offset = if offset == "+00:00" {
        "UTC".to_string()
    } else {
        format!("UTC{offset}")
    };
    match zone_name().filter(|z| z != "UTC" && z != "Etc/UTC") {
        Some(z) => format!("{} {z} ({offset})", l.format("%Y-%m-%d %H:%M")),
        None => format!("{} {offset}", l.format("%Y-%m-%d %H:%M")),
    }
}

/// Now as a file-name stamp, local time: `20261130-140512`.
pub fn stamp_now() -> String {
    chrono::Local::now().format("%Y%m%d-%H%M%S").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_time_names_the_zone() {
        // Whatever the machine's zone, the offset is stated and the minutes
        // survive; text that is not a time passes through.
        let s = local("2026-11-30T12:34:56Z");
        assert!(s.contains("UTC"), "{s}");
        assert!(s.contains(":34"), "{s}");
        assert_eq!(local("not a time"), "not a time");
    }
    #[test]
    fn known_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }
}
