//! The window's language (issue 11): the system's, unless Preferences chose
//! one. The window decides (`ui/src/app.ts`: the preference, else this
//! system language, else `navigator.languages`, through `pickLanguage`) and
//! tells the shell with `set_window_language`; the shell keeps it in
//! [`WindowLanguage`] and writes the File menu in it.

use crate::commands::AppState;
use scrutineer_core::settings::Settings;
use scrutineer_core::Error;
use scrutineer_i18n::Lang;
use std::sync::{Arc, Mutex, PoisonError};
use tauri::{AppHandle, State};

/// The language the window speaks now, shared by the commands.
///
/// This is where errors crossing the IPC boundary get their language: a
/// command that returns the core's `Error` can have it written in
/// [`WindowLanguage::get`] before it reaches the window (the lead wires
/// core's localised errors in here at merge: see `AppState::window_language`).
#[derive(Clone, Default)]
pub struct WindowLanguage(Arc<Mutex<Lang>>);

impl WindowLanguage {
    pub fn new(lang: Lang) -> Self {
        WindowLanguage(Arc::new(Mutex::new(lang)))
    }

    pub fn get(&self) -> Lang {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn set(&self, lang: Lang) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = lang;
    }
}

/// The language of the environment when one of `LC_ALL`, `LC_MESSAGES`,
/// `LANG` (the first set, as POSIX reads them) names one the window speaks;
/// `None` otherwise (unset, `C`, a language Scrutineer does not speak), so
/// that the window can ask `navigator.languages` next.
pub fn system_lang(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    let first = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| get(k))
        .find(|v| !v.trim().is_empty())?;
    first.parse::<Lang>().ok()?;
    Some(scrutineer_i18n::from_vars(get))
}

/// The language the shell starts in, before the window says: the one chosen
/// in Preferences, else the system's, else English.
pub fn initial() -> Lang {
    Settings::load()
        .ok()
        .and_then(|s| s.language)
        .or_else(|| system_lang(|k| std::env::var(k).ok()))
        .unwrap_or_default()
}

/// The system's language (`scrutineer_i18n::from_env`), or null when the
/// locale names none the window speaks.
#[tauri::command]
pub fn system_language() -> Option<Lang> {
    system_lang(|k| std::env::var(k).ok())
}

/// The window speaks `lang` from now on: kept for the commands (their
/// errors), and the File menu is written again in it. A sync command: it
/// runs on the main thread, where the menu lives.
#[tauri::command]
pub fn set_window_language(
    app: AppHandle,
    state: State<'_, AppState>,
    lang: Lang,
) -> Result<(), Error> {
    state.language.set(lang);
    crate::desk::refresh_menu(&app);
    Ok(())
}

/// Preferences: the window's language (`null`: as the system), saved with
/// the other preferences.
#[tauri::command]
pub fn set_language_preference(lang: Option<Lang>) -> Result<Settings, Error> {
    let mut s = Settings::load()?;
    s.language = lang;
    s.save()?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_first_locale_variable_set_decides() {
        assert_eq!(
            system_lang(vars(&[("LANG", "de_DE.UTF-8")])),
            Some(Lang::De)
        );
        assert_eq!(
            system_lang(vars(&[
                ("LANG", "de_DE.UTF-8"),
                ("LC_MESSAGES", "ja_JP.UTF-8")
            ])),
            Some(Lang::Ja)
        );
        assert_eq!(
            system_lang(vars(&[("LC_ALL", "fr_FR"), ("LC_MESSAGES", "ja_JP.UTF-8")])),
            Some(Lang::Fr)
        );
        assert_eq!(
            system_lang(vars(&[("LANG", "en_GB.UTF-8")])),
            Some(Lang::En)
        );
        // An empty variable is skipped, as POSIX does.
        assert_eq!(
            system_lang(vars(&[("LC_ALL", " "), ("LANG", "es_ES.UTF-8")])),
            Some(Lang::Es)
        );
    }

    #[test]
    fn a_locale_the_window_does_not_speak_leaves_it_to_the_window() {
        assert_eq!(system_lang(vars(&[])), None);
        assert_eq!(system_lang(vars(&[("LANG", "C.UTF-8")])), None);
        // LC_ALL decides even when LANG names a language the window speaks.
        assert_eq!(
            system_lang(vars(&[("LC_ALL", "pt_BR.UTF-8"), ("LANG", "de_DE.UTF-8")])),
            None
        );
    }

    #[test]
    fn the_window_language_is_shared() {
        let l = WindowLanguage::new(Lang::En);
        let other = l.clone();
        other.set(Lang::Ja);
        assert_eq!(l.get(), Lang::Ja);
    }
}
