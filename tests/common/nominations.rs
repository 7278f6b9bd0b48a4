//! What the nominations tests share (`nominations.rs`,
//! `nominations_import.rs`): a term with a roll to nominate from, the
//! nominees' names, and the rows an import refuses.

use super::{s, Db};
use serde_json::Value;

/// The roll of four members the nominations tests start from, their names
/// in four scripts.
pub const ROLL_OF_FOUR: &str = "name,email,id\nAnn Lee,ann@example.org,M1\nИван Петров,ivan@example.org,M2\n李小龙,li@example.org,M3\nمحمد الأحمد,m@example.org,M4\n";

/// A nomination period of two weeks in March 2026 (`term create` options).
pub const MARCH_2026: &[&str] = &[
    "--nominations-open",
    "2026-03-01",
    "--nominations-close",
    "2026-03-14",
];

impl Db {
    /// A new election file with the term `term` (two seats, approval, then
    /// the options `extra`) and `roll` (a CSV) imported as its roll.
    pub fn with_roll_csv(term: &str, extra: &[&str], roll: &str) -> Db {
        let db = Db::new();
        let mut args = vec![
            "term", "create", term, "--seats", "2", "--method", "approval",
        ];
        args.extend_from_slice(extra);
        db.ok(&args);
        let roll = db.file("roll.csv", roll);
        db.ok(&["roll", "import", term, s(&roll)]);
        db
    }

    /// The term's nominees' names, as `nominee list` gives them.
    pub fn names(&self, term: &str) -> Vec<String> {
        self.json(&["nominee", "list", term, "--json"])
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["name"].as_str().unwrap().to_string())
            .collect()
    }

    /// `audit verify` succeeds.
    pub fn verified(&self) {
        self.ok(&["audit", "verify"]);
    }
}

/// An import's (or its dry run's) refused rows: (line, reason).
pub fn rejected(v: &Value) -> Vec<(u64, String)> {
    v["rejected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["line"].as_u64().unwrap(),
                x["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}
