//! The Debian constitution A.6 count against the 39 Debian votes of 2004–2018
//! (15 Project Leader elections, 24 General Resolutions): every tally sheet
//! is read with the tally-sheet reader, counted, and compared with devotee's
//! official results (`expected.json`, parsed from `results.txt`): the beat
//! matrix cell by cell, each option's quorum and majority figures, the
//! options dropped and why, the Schwartz set and the winner.

mod common;

use scrutineer_count::{
    count, BlankMeaning, DebianQuorum, DebianRules, MajorityWording, Method, Outcome, Profile,
    Rules, Supermajority,
};
use scrutineer_formats::debian::{looks_like_debian, read_debian_stream};
use serde_json::Value;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

fn votes() -> Vec<PathBuf> {
    let root = common::reference("debian");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("tally.txt").is_file())
        .collect();
    v.sort();
    v
}

fn expected(dir: &Path) -> Value {
    let f = dir.join("expected.json");
    serde_json::from_slice(&std::fs::read(&f).unwrap()).unwrap()
}

fn read(dir: &Path) -> Profile {
    let path = dir.join("tally.txt");
    let head = std::fs::read(&path).unwrap();
    assert!(looks_like_debian(&head), "{}", path.display());
    let f = read_debian_stream(
        &path.display().to_string(),
        BufReader::new(File::open(&path).unwrap()),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let e = expected(dir);
    assert_eq!(
        f.count,
        e["ballot_lines_in_tally"].as_u64().unwrap(),
        "{}",
        dir.display()
    );
    f.profile
}

fn u(v: &Value) -> u64 {
    v.as_u64().unwrap()
}

/// The vote's rules from its published parameters: default option, quorum
/// 3Q from the developer count, the majority ratios, and the wording of the
/// constitution in force (v1.6 from 13 December 2015; the folders of 2016
/// and later).
fn rules(dir: &Path, wording: MajorityWording) -> Rules {
    let e = expected(dir);
    let mut r = Rules::new(1);
    let developers: u64 = e["quorum_parameters"]["developer_count"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let mut dr = DebianRules::for_options(e["options"].as_array().unwrap().len());
    dr.default_option = u(&e["default_option"]) as usize - 1;
    dr.quorum = Some(DebianQuorum::Developers(developers));
    dr.wording = wording;
    for m in e["majority_results"].as_array().unwrap() {
        let ratio = u(&m["required_ratio"]);
        if ratio != 1 {
            dr.majorities.push(Supermajority {
                option: u(&m["option"]) as usize - 1,
                num: ratio,
                den: 1,
            });
        }
    }
    r.debian = Some(dr);
    r
}

fn wording_in_force(dir: &Path) -> MajorityWording {
    let year: u32 = dir.file_name().unwrap().to_str().unwrap()[..4]
        .parse()
        .unwrap();
    if year >= 2016 {
        MajorityWording::Current
    } else {
        MajorityWording::Pre2015
    }
}

fn check(dir: &Path, o: &Outcome) {
    let e = expected(dir);
    let name = dir.file_name().unwrap().to_string_lossy().to_string();
    let options: Vec<String> = e["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap().to_string())
        .collect();
    let pw = o.pairwise.as_ref().unwrap();
    assert_eq!(pw.candidates, options, "{name}: option names");
    // The beat matrix, cell by cell.
    for (i, row) in e["beat_matrix"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        for (j, cell) in row.as_array().unwrap().iter().enumerate() {
            let want = cell.as_u64().unwrap_or(0);
            assert_eq!(
                pw.matrix[i][j],
                want,
                "{name}: V(option {}, option {})",
                i + 1,
                j + 1
            );
        }
    }
    let rep = o.debian.as_ref().unwrap();
    // Quorum per option.
    for q in e["quorum_results"].as_array().unwrap() {
        let k = u(&q["option"]) as usize - 1;
        let opt = rep.options.iter().find(|x| x.name == options[k]).unwrap();
        assert_eq!(opt.over_default, u(&q["votes_over_default"]), "{name}: {k}");
        assert_eq!(opt.quorum_reached, Some(q["reached"].as_bool().unwrap()));
    }
    // Majority per option.
    for m in e["majority_results"].as_array().unwrap() {
        let k = u(&m["option"]) as usize - 1;
        let opt = rep.options.iter().find(|x| x.name == options[k]).unwrap();
        assert_eq!(opt.over_default, u(&m["votes_for_over_default"]));
        assert_eq!(opt.default_over, u(&m["votes_default_over"]));
        assert_eq!(opt.majority_num, u(&m["required_ratio"]));
        assert_eq!(
            opt.majority_passed,
            Some(m["passes"].as_bool().unwrap()),
            "{name}: option {}",
            k + 1
        );
        assert_eq!(opt.ratio, m["ratio_printed"].as_str().unwrap(), "{name}");
    }
    // Dropped, and why.
    let dropped_majority: Vec<String> = e["dropped_by_majority"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| options[u(k) as usize - 1].clone())
        .collect();
    let got: Vec<String> = o.excluded.iter().map(|x| x.name.clone()).collect();
    assert_eq!(got, dropped_majority, "{name}: dropped options");
    for x in &o.excluded {
        assert!(
            x.reason.starts_with("Dropped for majority (A.6(3))"),
            "{name}: {}",
            x.reason
        );
    }
    let schwartz: Vec<String> = e["schwartz_set"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| options[u(k) as usize - 1].clone())
        .collect();
    assert_eq!(rep.schwartz_set, schwartz, "{name}: Schwartz set");
    let winners: Vec<String> = e["winner_names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect();
    assert_eq!(o.winners, winners, "{name}: winner");
}

#[test]
fn all_39_debian_votes_match_the_official_results() {
    let dirs = votes();
    assert_eq!(dirs.len(), 39);
    for dir in &dirs {
        let p = read(dir);
        let o = count(Method::Debian, &p, &rules(dir, wording_in_force(dir))).unwrap();
        check(dir, &o);
        // No vote here has V(A,D) exactly N × V(D,A): both wordings agree.
        let other = match wording_in_force(dir) {
            MajorityWording::Pre2015 => MajorityWording::Current,
            MajorityWording::Current => MajorityWording::Pre2015,
        };
        let o2 = count(Method::Debian, &p, &rules(dir, other)).unwrap();
        assert_eq!(o.winners, o2.winners);
        assert_eq!(o.excluded.len(), o2.excluded.len());
    }
}

#[test]
fn the_rules_matter_plain_schulze_differs_in_four_votes() {
    // Plain Schulze (unranked options in no contest, no default option, no
    // majority ratio) on the same ballots.
    let mut differ: Vec<String> = Vec::new();
    for dir in votes() {
        let p = read(&dir);
        let debian = count(Method::Debian, &p, &rules(&dir, wording_in_force(&dir))).unwrap();
        let schulze = count(Method::Schulze, &p, &Rules::new(1)).unwrap();
        assert!(schulze.tie_breaks.is_empty());
        if schulze.winners != debian.winners {
            differ.push(dir.file_name().unwrap().to_string_lossy().to_string());
        }
    }
    println!("plain Schulze differs from A.6 in: {differ:?}");
    assert_eq!(differ.len(), 4, "{differ:?}");
    // The Lenny firmware vote: without the 3:1 rule option 2 would win.
    assert!(differ.contains(&"2008-vote_003".to_string()), "{differ:?}");
    // DPL 2006: only "unranked below ranked" makes Towns the winner.
    assert!(differ.contains(&"2006-vote_002".to_string()), "{differ:?}");
}

#[test]
fn dpl_2006_turns_on_unranked_below_ranked() {
    let dir = common::reference("debian").join("2006-vote_002");
    let p = read(&dir);
    let o = count(Method::Debian, &p, &rules(&dir, MajorityWording::Pre2015)).unwrap();
    assert_eq!(o.winners, vec!["Anthony Towns"]);
    let m = &o.pairwise.as_ref().unwrap().matrix;
    // Towns (4) beats McIntyre (3) 190 to 184 (official matrix).
    assert_eq!((m[3][2], m[2][3]), (190, 184));
    // Counting a pair only when a ballot ranks both (Schulze with no
    // opinion for unranked) gives McIntyre 174 to 167.
    let s = count(Method::Schulze, &p, &Rules::new(1)).unwrap();
    let sm = &s.pairwise.as_ref().unwrap().matrix;
    assert_eq!((sm[2][3], sm[3][2]), (174, 167));
    assert_eq!(s.winners, vec!["Steve McIntyre"]);
    // Schulze told that unranked is below ranked agrees with Debian here.
    let mut r = Rules::new(1);
    r.blank = BlankMeaning::BelowRanked;
    let s = count(Method::Schulze, &p, &r).unwrap();
    assert_eq!(s.pairwise.as_ref().unwrap().matrix, *m);
}

#[test]
fn the_explanation_is_printed() {
    let dir = common::reference("debian").join("2008-vote_003");
    let p = read(&dir);
    let o = count(Method::Debian, &p, &rules(&dir, MajorityWording::Pre2015)).unwrap();
    let text = scrutineer_count::text::render(&o);
    assert!(text.contains("Debian constitution A.6"));
    assert!(text.contains("Dropped for majority (A.6(3))"));
    assert!(text.contains("Schwartz set"));
    assert!(text.contains("Further Discussion"));
}

#[test]
#[ignore = "prints a report for reading"]
fn print_lenny() {
    let dir = common::reference("debian").join("2008-vote_003");
    let p = read(&dir);
    let o = count(Method::Debian, &p, &rules(&dir, MajorityWording::Pre2015)).unwrap();
    println!("{}", scrutineer_count::text::render(&o));
}
