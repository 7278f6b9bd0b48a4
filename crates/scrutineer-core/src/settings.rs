//! The user's settings, shared by the CLI and the window: the returns
//! officer's name (set once, named in every audit entry), the recently
//! opened election files and the window's language.
//!
//! One JSON file: `$SCRUTINEER_SETTINGS`, else
//! `<config dir>/scrutineer/settings.json` (XDG on Linux). A missing file is
//! empty settings; a damaged one is an error naming it (never silently
//! replaced). Written atomically (temporary file, then rename).

use crate::error::{Error, ErrorCode, Result};
use scrutineer_formats::fields as f;
use scrutineer_i18n::Msg;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Settings {
    /// The returns officer's name.
    #[serde(default)]
    #[ts(optional)]
    pub officer: Option<String>,
    /// Election files opened, most recent first.
    #[serde(default)]
    pub recent: Vec<String>,
    /// The language of the window chosen in Preferences; none (absent)
    /// means "as the system" (the locale's language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub language: Option<scrutineer_i18n::Lang>,
}

impl Settings {
    /// Where the settings live.
    pub fn path() -> PathBuf {
        if let Some(p) = std::env::var_os("SCRUTINEER_SETTINGS").filter(|p| !p.is_empty()) {
            return PathBuf::from(p);
        }
        dirs::config_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join("scrutineer")
            .join("settings.json")
    }

    /// Read the settings at `path` (empty when there is no file).
    pub fn load_from(path: &Path) -> Result<Settings> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                Error::new(
                    ErrorCode::BadFile,
                    Msg::new("err-settings-damaged")
                        .arg("path", path.display().to_string())
                        .arg("detail", e.to_string()),
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(e) => Err(Error::io(path, e)),
        }
    }

    pub fn load() -> Result<Settings> {
        Settings::load_from(&Settings::path())
    }

    /// Write the settings to `path`, creating its folder.
    pub fn save_to(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let json = serde_json::to_vec_pretty(self)
            .map_err(|e| Error::new(ErrorCode::Io, crate::error::detail(e)))?;
        crate::output::write_atomic(path, &[], &json)
    }

    pub fn save(&self) -> Result<()> {
        self.save_to(&Settings::path())
    }

    /// Set the officer's name (checked like a person's name; empty clears).
    pub fn set_officer(&mut self, name: &str) -> Result<()> {
        self.officer = crate::fields::optional(&f::NOMINEE_NAME, Some(name))?;
        Ok(())
    }

    /// Put `file` first among the recent files.
    pub fn add_recent(&mut self, file: &Path) {
        let s = std::fs::canonicalize(file)
            .unwrap_or_else(|_| file.to_path_buf())
            .display()
            .to_string();
        self.recent.retain(|r| *r != s);
        self.recent.insert(0, s);
        self.recent.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_recent_files_stay_unique() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("cfg/settings.json");
        let mut s = Settings::load_from(&p).unwrap();
        assert_eq!(s, Settings::default());
        s.set_officer("  Zoë Ødegaard ").unwrap();
        for i in 0..12 {
            s.add_recent(&dir.path().join(format!("{i}.scrutineer")));
        }
        s.add_recent(&dir.path().join("5.scrutineer"));
        s.save_to(&p).unwrap();
        let back = Settings::load_from(&p).unwrap();
        assert_eq!(back.officer.as_deref(), Some("Zoë Ødegaard"));
        assert_eq!(back.recent.len(), MAX_RECENT);
        assert!(back.recent[0].ends_with("5.scrutineer"));
        assert_eq!(
            back.recent
                .iter()
                .filter(|r| r.ends_with("/5.scrutineer"))
                .count(),
            1
        );
        std::fs::write(&p, b"{not json").unwrap();
        let e = Settings::load_from(&p).unwrap_err();
        assert!(
            e.message.contains("settings file is damaged"),
            "{}",
            e.message
        );
        assert!(s.set_officer("a\u{0007}b").is_err());
    }

    #[test]
    fn the_window_language_is_kept_and_absent_means_as_the_system() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("settings.json");
        // A settings file written before there was a language reads as
        // "as the system".
        std::fs::write(&p, br#"{"officer":"Ann","recent":[]}"#).unwrap();
        let mut s = Settings::load_from(&p).unwrap();
        assert_eq!(s.language, None);
        s.language = Some(scrutineer_i18n::Lang::Ja);
        s.save_to(&p).unwrap();
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(r#""language": "ja""#), "{text}");
        assert_eq!(
            Settings::load_from(&p).unwrap().language,
            Some(scrutineer_i18n::Lang::Ja)
        );
        s.language = None;
        s.save_to(&p).unwrap();
        assert!(!std::fs::read_to_string(&p).unwrap().contains("language"));
        std::fs::write(&p, br#"{"recent":[],"language":"xx"}"#).unwrap();
        assert!(Settings::load_from(&p).is_err());
    }
}
