//! Nomination form CSVs as the world exports them (issue 9): Google Forms'
//! `3/2/2026 10:11:12` in a US sheet and in a European one, Microsoft
//! Forms' `3/2/26 10:11:12 AM`, ISO times with a zone, German `02.03.2026
//! 10:11`; the date order decided for the whole file (a day over 12 on any
//! row) or chosen (`--date-order`) when every row reads both ways; times
//! without a zone read as the officer's local time; a Windows-1252,
//! semicolon-separated Excel export read as the roll reads its files.
//! (Part of the scrutineer-cli package.)

mod common;
use common::{s, Db};
use serde_json::Value;

/// A term open for nominations 2026-02-01..2026-03-31, no roll (so any
/// nominator is accepted), in the zone `tz`.
fn term(tz: &str) -> Db {
    let db = Db::new().with_env("TZ", tz);
    db.ok(&[
        "term",
        "create",
        "Board",
        "--seats",
        "2",
        "--method",
        "approval",
        "--nominations-open",
        "2026-02-01",
        "--nominations-close",
        "2026-03-31",
    ]);
    db
}

/// Name -> nominated_at, as stored.
fn dated(db: &Db) -> Vec<(String, String)> {
    let list = db.json(&["nominee", "list", "Board", "--json"]);
    list.as_array()
        .unwrap()
        .iter()
        .map(|n| {
            let name = n["name"].as_str().unwrap().to_string();
            let shown = db.json(&["nominee", "show", "Board", &name, "--json"]);
            (
                name,
                shown["nominee"]["nominated_at"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

/// Google Forms in a US-locale sheet, every day ≤ 12: the same text is two
/// dates, so the dry run says so with a row read both ways, the import is
/// refused until the order is chosen, and then reads every row that way.
#[test]
fn google_forms_dates_that_read_both_ways_wait_for_the_order() {
    let db = term("UTC");
    let form = db.file(
        "Board nominations (Responses) - Form Responses 1.csv",
        "Timestamp,Email Address,Nominee name,Affiliation,Statement\n\
3/2/2026 10:11:12,ana@example.org,Ana Souza,Acme,\"I would like to serve.\"\n\
3/12/2026 9:05:33,ben@example.org,Ben Okafor,Beta,Me too\n",
    );
    let out = db.run(&["nominee", "import", "Board", s(&form), "--dry-run"]);
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.contains("line 2: \"3/2/2026 10:11:12\" is 3 February 2026 read day first, 2 March 2026 read month first"),
        "{stdout}"
    );
    assert!(
        stderr.contains("can be read two ways") && stderr.contains("--date-order"),
        "{stderr}"
    );
    // The JSON dry run carries the same, for the window.
    let out = db.run(&[
        "nominee",
        "import",
        "Board",
        s(&form),
        "--dry-run",
        "--json",
    ]);
    let p: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(p["dates"]["ambiguous"], true);
    assert_eq!(p["dates"]["example"]["mdy"], "2 March 2026");
    assert!(p["problem"]["message"]
        .as_str()
        .unwrap()
        .contains("--date-order"));
    // The import itself refuses, and changes nothing.
    let err = db.fails(&["nominee", "import", "Board", s(&form)]);
    assert!(err.contains("--date-order"), "{err}");
    assert!(dated(&db).is_empty());
    // Chosen: month first, as the US sheet wrote them.
    let dry = db.ok(&[
        "nominee",
        "import",
        "Board",
        s(&form),
        "--date-order",
        "mdy",
        "--dry-run",
    ]);
    assert!(dry.contains("read as month/day/year, as chosen"), "{dry}");
    assert!(
        dry.contains("Times without a zone are read as your local time, UTC."),
        "{dry}"
    );
    db.ok(&[
        "nominee",
        "import",
        "Board",
        s(&form),
        "--date-order",
        "mdy",
    ]);
    assert_eq!(
        dated(&db),
        pairs(&[
            ("Ana Souza", "2026-03-02T10:11:12Z"),
            ("Ben Okafor", "2026-03-12T09:05:33Z")
        ])
    );
    let bad = db.fails(&[
        "nominee",
        "import",
        "Board",
        s(&form),
        "--date-order",
        "ymd",
    ]);
    assert!(bad.contains("\"ymd\"") && bad.contains("mdy"), "{bad}");
}

/// Google Forms in a European sheet: one row with a day over 12 decides
/// the order for the whole file, and the dry run names that row. Times
/// without a zone are the officer's local time (Paris here), stored in UTC.
#[test]
fn a_day_over_12_decides_the_order_for_the_whole_file() {
    let db = term("Europe/Paris");
    let form = db.file(
        "responses.csv",
        "Timestamp,Email Address,Nominee name,Affiliation\n\
3/2/2026 10:11:12,ana@example.org,Ana Souza,Acme\n\
25/3/2026 23:30:00,ben@example.org,Ben Okafor,Beta\n",
    );
    let dry = db.ok(&["nominee", "import", "Board", s(&form), "--dry-run"]);
    assert!(
        dry.contains("read as day/month/year for the whole file: line 3 has \"25/3/2026 23:30:00\", which has no month 25"),
        "{dry}"
    );
    assert!(
        dry.contains("Times without a zone are read as your local time, Europe/Paris (UTC+0"),
        "{dry}"
    );
    db.ok(&["nominee", "import", "Board", s(&form)]);
    // 3 February 10:11 in Paris (UTC+1) is 09:11 UTC; 25 March 23:30 is
    // 22:30 UTC (summer time starts on the 29th).
    assert_eq!(
        dated(&db),
        pairs(&[
            ("Ana Souza", "2026-02-03T09:11:12Z"),
            ("Ben Okafor", "2026-03-25T22:30:00Z")
        ])
    );
}

/// Microsoft Forms' export: `ID,Start time,Completion time,Email,Name,…`,
/// two-digit years and a 12-hour clock; 3/13/26 shows month first.
#[test]
fn microsoft_forms_two_digit_years_and_am_pm() {
    let db = term("UTC");
    let form = db.file(
        "Nominations(1-2).csv",
        "\u{feff}ID,Start time,Completion time,Email,Name,Organisation\n\
1,3/2/26 10:01:02 AM,3/2/26 10:11:12 AM,chiara@example.it,Chiara Rossi,Politecnico\n\
2,3/13/26 3:58:00 PM,3/13/26 4:05:09 PM,dmitri@example.org,Dmitri Ivanov,Acme\n",
    );
    let dry = db.ok(&["nominee", "import", "Board", s(&form), "--dry-run"]);
    assert!(dry.contains("Columns: timestamp=Completion time"), "{dry}");
    assert!(
        dry.contains("read as month/day/year for the whole file: line 3"),
        "{dry}"
    );
    db.ok(&["nominee", "import", "Board", s(&form)]);
    assert_eq!(
        dated(&db),
        pairs(&[
            ("Chiara Rossi", "2026-03-02T10:11:12Z"),
            ("Dmitri Ivanov", "2026-03-13T16:05:09Z")
        ])
    );
}

/// ISO times with a zone (Typeform, Jotform, Google Forms' own download)
/// are kept to the second in UTC; German dotted dates are day first; a
/// date that fits no form is refused with its line, the value and the
/// forms accepted, the others imported.
#[test]
fn iso_zones_dotted_dates_and_a_date_that_fits_nothing() {
    let db = term("UTC");
    let form = db.file(
        "typeform.csv",
        "#,Nominee,Email,Submitted At\n\
a1,Eve Adams,eve@example.org,2026-03-02T10:11:12Z\n\
a2,Femi Bello,femi@example.org,2026-03-02T23:30:00-05:00\n\
a3,Gro Hansen,gro@example.org,02.03.2026 10:11\n\
a4,Hal Jones,hal@example.org,next Tuesday\n\
a5,Ida Berg,ida@example.org,31/02/2026 10:00\n\
a6,Jo Kim,jo@example.org,2026/03/02 10:11:12 AM GMT+1\n",
    );
    let r = db.json(&["nominee", "import", "Board", s(&form), "--json"]);
    let rejected = r["rejected"].as_array().unwrap();
    assert_eq!(rejected.len(), 2, "{r}");
    assert_eq!(rejected[0]["line"], 5);
    let why = rejected[0]["reason"].as_str().unwrap();
    assert!(
        why.contains("\"next Tuesday\"")
            && why.contains("the forms read are")
            && why.contains("02.03.2026 10:11"),
        "{why}"
    );
    // 31/02 is no date in either order.
    assert_eq!(rejected[1]["line"], 6);
    assert!(rejected[1]["reason"]
        .as_str()
        .unwrap()
        .contains("\"31/02/2026 10:00\""));
    assert_eq!(
        dated(&db),
        pairs(&[
            ("Eve Adams", "2026-03-02T10:11:12Z"),
            ("Femi Bello", "2026-03-03T04:30:00Z"),
            ("Gro Hansen", "2026-03-02T10:11:00Z"),
            // Google Forms' own download: year first, GMT offset.
            ("Jo Kim", "2026-03-02T09:11:12Z")
        ])
    );
}

/// An Excel export from a Spanish or Danish desktop: Windows-1252,
/// semicolons, Excel's `sep=;` line absent. Read as the roll reads its
/// files: the dry run says what was detected, and "Peña" and "Ørsted"
/// arrive intact; forcing Windows-1250 reads them as that code page would.
#[test]
fn a_semicolon_windows_1252_export_imports_intact() {
    let db = term("UTC");
    let text =
        "Marca temporal;Nombre del candidato;Correo electrónico;Organización;Declaración\r\n\
02.03.2026 10:11;Juan Peña;juan@example.es;Universidad de Oviedo;\"Quiero servir; gracias.\"\r\n\
03.03.2026 09:00;Anders Ørsted;anders@example.dk;Ørsted A/S;Tak\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    let form = db.file("nominaciones.csv", &bytes);
    // "Nombre del candidato" is not a header the import knows: named by hand.
    let map = [
        "--map",
        "name=Nombre del candidato",
        "--map",
        "timestamp=Marca temporal",
        "--map",
        "employer=Organización",
        "--map",
        "statement=Declaración",
        "--map",
        "email=Correo electrónico",
    ];
    let mut args = vec!["nominee", "import", "Board", s(&form), "--dry-run"];
    args.extend(map);
    let dry = db.ok(&args);
    assert!(
        dry.contains("Read as windows-1252 (guessed from its letters), semicolon-separated."),
        "{dry}"
    );
    assert!(
        dry.contains("windows-1252 and windows-1250 read this file differently"),
        "{dry}"
    );
    // Lines as in the file, CRLF counted once.
    assert!(
        dry.contains("line 2: Juan Peña (Universidad de Oviedo)"),
        "{dry}"
    );
    let mut args = vec!["nominee", "import", "Board", s(&form)];
    args.extend(map);
    db.ok(&args);
    let juan = db.json(&["nominee", "show", "Board", "Juan Peña", "--json"]);
    assert_eq!(juan["nominee"]["statement"], "Quiero servir; gracias.");
    assert_eq!(juan["nominee"]["email"], "juan@example.es");
    let anders = db.json(&["nominee", "show", "Board", "Anders Ørsted", "--json"]);
    assert_eq!(anders["nominee"]["employer"], "Ørsted A/S");
    // The user's choice wins: read as Windows-1250, "Peña" is "Peńa".
    let mut args = vec![
        "nominee",
        "import",
        "Board",
        s(&form),
        "--dry-run",
        "--json",
        "--encoding",
        "windows-1250",
    ];
    args.extend(map);
    let p = db.json(&args);
    assert_eq!(p["encoding"], "windows-1250");
    assert_eq!(p["encoding_source"], "given");
    assert_eq!(p["delimiter"], "semicolon");
    assert!(p["sample"][0]["cells"][1] == "Juan Peńa", "{p}");
    // A wrong delimiter forced: one column, no name column found.
    let err = db.fails(&["nominee", "import", "Board", s(&form), "--delimiter", "tab"]);
    assert!(err.contains("no column holds the nominee's name"), "{err}");
}
