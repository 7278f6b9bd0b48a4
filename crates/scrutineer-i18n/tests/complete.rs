//! Every language is complete: each message of English exists in every other
//! language (and no message exists only there), with the same variables, and
//! none is empty. A message missing here would otherwise print its id on a
//! certificate.

use scrutineer_i18n::{is_blank, message_ids, Lang, Messages};
use std::collections::BTreeMap;

fn ids(lang: Lang) -> BTreeMap<String, Vec<String>> {
    let mut all = BTreeMap::new();
    for (file, text) in lang.sources() {
        let list = message_ids(text).unwrap_or_else(|e| panic!("locales/{lang}/{file}: {e}"));
        for (id, vars) in list {
            assert!(
                all.insert(id.clone(), vars).is_none(),
                "locales/{lang}/{file}: {id} is defined twice"
            );
        }
    }
    all
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let en = ids(Lang::En);
    assert!(en.len() > 50, "English has only {} messages", en.len());
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let other = ids(lang);
        for (id, vars) in &en {
            match other.get(id) {
                None => problems.push(format!("{lang}: {id} is missing")),
                Some(v) if v != vars && !id.starts_with('-') => {
                    problems.push(format!("{lang}: {id} uses {v:?}, English uses {vars:?}"))
                }
                _ => {}
            }
        }
        for id in other.keys() {
            if !en.contains_key(id) && !id.starts_with('-') {
                problems.push(format!("{lang}: {id} is not an English message"));
            }
        }
        let m = Messages::new(lang);
        for id in other.keys().filter(|id| !id.starts_with('-')) {
            if is_blank(&m, id) {
                problems.push(format!("{lang}: {id} is empty"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_files_on_disk_are_the_files_embedded() {
    // The window reads locales/ from disk; the binary embeds it. A file in
    // locales/ the crate does not embed would be words the documents miss.
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales");
    for lang in Lang::ALL {
        let dir = format!("{root}/{}", lang.code());
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".ftl"))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = lang.sources().iter().map(|(f, _)| f.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded, "{dir}");
    }
}

/// Every message id the Rust code names exists in English: a typo in an id
/// would otherwise print the id on a document. Ids are the string literals
/// of the form `"<group>-<words>"` with the groups the `.ftl` files use.
#[test]
fn every_id_the_code_uses_exists() {
    let en = ids(Lang::En);
    let groups = [
        "cert-",
        "booklet-",
        "announce-",
        "csv-",
        "rule-",
        "warn-",
        "status-",
        "method-",
        "count-",
        "figure-",
        "page-",
        "list-",
        "not-",
        "cli-",
        "err-",
    ];
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(root)];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d)
            .unwrap_or_else(|e| panic!("{}: {e}", d.display()))
            .flatten()
        {
            let p = e.path();
            if p.is_dir() && !p.ends_with("target") && !p.ends_with("fuzz") {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs")
                && p.to_string_lossy().contains("/src/")
            {
                files.push(p);
            }
        }
    }
    assert!(
        files.len() > 30,
        "found only {} source files under {root}",
        files.len()
    );
    let mut used = 0;
    let mut unknown = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        for lit in text.split('"').skip(1).step_by(2) {
            let is_id = groups.iter().any(|g| lit.starts_with(g))
                && lit.len() > 4
                && lit
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !lit.ends_with('-');
            if is_id {
                used += 1;
                if !en.contains_key(lit) {
                    unknown.push(format!("{}: {lit}", f.display()));
                }
            }
        }
    }
    assert!(used > 100, "found only {used} message ids in the code");
    assert!(
        unknown.is_empty(),
        "ids not in locales/en:\n{}",
        unknown.join("\n")
    );
}
