//! The returns officer's desk in the window (issue 10): File ▸ New, Open,
//! Open recent, Save a copy, Restore a backup (a native menu whose items
//! the UI handles: the `menu` event carries the item's id), the file's and
//! the term's names in the window title, Preferences (the officer's name;
//! the window's language is `language.rs`),
//! correcting and deleting a term, certifying with names.

use crate::commands::{user_path, AppState};
use scrutineer_core::settings::Settings;
use scrutineer_core::{
    BackupInfo, Certification, CertifyRequest, Election, Error, ErrorCode, Term, TermEdit,
};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::PoisonError;
use tauri::menu::{Menu, MenuBuilder, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

/// The event the menu sends to the window (payload: the item's id).
pub const MENU_EVENT: &str = "menu";

/// Open an election file and name the officer from the settings. `create`:
/// create the file's folder if needed (the default file, a new file).
pub fn open_election(path: &Path, create: bool) -> Result<Election, Error> {
    let mut e = if create {
        Election::open_creating_folder(path)?
    } else {
        Election::open(path)?
    };
    // A damaged settings file must not keep the election file closed.
    if let Ok(s) = Settings::load() {
        e.set_officer(s.officer.as_deref())?;
    }
    Ok(e)
}

/// The election file given on the command line (a double-click in the file
/// manager passes its path), if any.
pub fn file_from_args() -> Option<PathBuf> {
    std::env::args_os()
        .skip(1)
        .find(|a| !a.to_string_lossy().starts_with('-'))
        .map(PathBuf::from)
}

/// The File menu, with the recent files, in the window's language (its
/// words are `ui-menu-*` in `locales/<lang>/window.ftl`).
pub fn build_menu<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let lang = app
        .try_state::<AppState>()
        .map(|s| s.window_language())
        .unwrap_or_else(crate::language::initial);
    let m = scrutineer_i18n::messages(lang);
    let recent = Settings::load().map(|s| s.recent).unwrap_or_default();
    let mut sub = SubmenuBuilder::new(app, m.text("ui-menu-open-recent"));
    if recent.is_empty() {
        sub = sub.item(
            &MenuItemBuilder::with_id("recent-none", m.text("ui-menu-no-recent"))
                .enabled(false)
                .build(app)?,
        );
    }
    for (i, r) in recent.iter().enumerate() {
        sub = sub.text(format!("recent:{i}"), r);
    }
    let recent_menu = sub.build()?;
    let file = SubmenuBuilder::new(app, m.text("ui-menu-file"))
        .text("file-new", m.text("ui-menu-new"))
        .text("file-open", m.text("ui-menu-open"))
        .item(&recent_menu)
        .separator()
        .text("file-save-copy", m.text("ui-menu-save-copy"))
        .text("file-restore", m.text("ui-menu-restore"))
        .separator()
        .text("file-preferences", m.text("ui-menu-preferences"))
        .separator()
        .quit_with_text(m.text("ui-menu-quit"))
        .build()?;
    MenuBuilder::new(app).item(&file).build()
}

/// Write the File menu again (new recent files, another language).
pub fn refresh_menu<R: Runtime>(app: &AppHandle<R>) {
    if let Ok(menu) = build_menu(app) {
        let _ = app.set_menu(menu);
    }
}

/// Forward a menu item to the window.
pub fn on_menu<R: Runtime>(app: &AppHandle<R>, id: &str) {
    let _ = app.emit(MENU_EVENT, id.to_string());
}

/// "board.scrutineer — 2026 term — Scrutineer".
fn title_for(path: &Path, term: Option<&str>) -> String {
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    match term.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => format!("{file} — {t} — Scrutineer"),
        None => format!("{file} — Scrutineer"),
    }
}

#[tauri::command]
pub fn set_window_title(
    app: AppHandle,
    state: State<'_, AppState>,
    term: Option<String>,
) -> Result<String, Error> {
    let title = title_for(&state.path(), term.as_deref());
    if let Some(w) = app.get_webview_window("main") {
        w.set_title(&title)
            .map_err(|e| Error::new(ErrorCode::Io, format!("cannot set the title: {e}")))?;
    }
    Ok(title)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FileOpened {
    db_path: String,
    title: String,
}

/// Switch the window to another election file (File ▸ Open, Open recent;
/// `create`: File ▸ New, refused when the file exists).
async fn switch(
    app: AppHandle,
    state: State<'_, AppState>,
    path: PathBuf,
    create: bool,
) -> Result<FileOpened, Error> {
    if create && path.exists() {
        return Err(Error::new(
            ErrorCode::AlreadyExists,
            format!(
                "{} already exists: open it with File ▸ Open, or choose another name",
                path.display()
            ),
        ));
    }
    if !create && !path.is_file() {
        return Err(Error::not_found(format!(
            "{} does not exist (or is not a file)",
            path.display()
        )));
    }
    let slot = state.election.clone();
    let p = path.clone();
    let opened = tauri::async_runtime::spawn_blocking(move || -> Result<Election, Error> {
        let e = open_election(&p, create)?;
        // The old file closes only once the new one is open.
        let mut guard = slot.lock().unwrap_or_else(PoisonError::into_inner);
        *guard = None;
        Ok(e)
    })
    .await
    .map_err(|e| Error::new(ErrorCode::Io, format!("opening stopped unexpectedly: {e}")))??;
    *state.path.lock().unwrap_or_else(PoisonError::into_inner) = path.clone();
    *state
        .election
        .lock()
        .unwrap_or_else(PoisonError::into_inner) = Some(opened);
    if let Ok(mut s) = Settings::load() {
        s.add_recent(&path);
        let _ = s.save();
    }
    refresh_menu(&app);
    let title = set_window_title(app, state, None)?;
    Ok(FileOpened {
        db_path: path.display().to_string(),
        title,
    })
}

#[tauri::command]
pub async fn open_file(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
) -> Result<FileOpened, Error> {
    let path = user_path("election file to open", &path)?;
    switch(app, state, path, false).await
}

#[tauri::command]
pub async fn new_file(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
) -> Result<FileOpened, Error> {
    let mut path = user_path("new election file", &path)?;
    if path.extension().is_none() {
        path.set_extension(scrutineer_core::backup::EXTENSION);
    }
    switch(app, state, path, true).await
}

#[tauri::command]
pub fn recent_files() -> Result<Vec<String>, Error> {
    Ok(Settings::load()?.recent)
}

#[tauri::command]
pub async fn save_copy(state: State<'_, AppState>, path: String) -> Result<(), Error> {
    let path = user_path("file to save the copy in", &path)?;
    state.with(move |e| e.save_copy(&path)).await
}

#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Result<Vec<BackupInfo>, Error> {
    state.with(|e| e.list_backups()).await
}

/// Restore a backup; returns the path of the backup of the file as it was.
#[tauri::command]
pub async fn restore_backup(state: State<'_, AppState>, name: String) -> Result<String, Error> {
    state
        .with(move |e| e.restore_backup(&name).map(|p| p.display().to_string()))
        .await
}

#[tauri::command]
pub async fn edit_term(
    state: State<'_, AppState>,
    term: String,
    edit: TermEdit,
) -> Result<Term, Error> {
    state.with(move |e| e.edit_term(&term, &edit)).await
}

#[tauri::command]
pub async fn delete_term(
    state: State<'_, AppState>,
    term: String,
    reason: String,
) -> Result<(), Error> {
    state.with(move |e| e.delete_term(&term, &reason)).await
}

#[tauri::command]
pub async fn certify(
    state: State<'_, AppState>,
    term: String,
    request: CertifyRequest,
) -> Result<Certification, Error> {
    state.with(move |e| e.certify(&term, &request)).await
}

#[tauri::command]
pub async fn certification(
    state: State<'_, AppState>,
    term: String,
) -> Result<Option<Certification>, Error> {
    state.with(move |e| e.certification(&term)).await
}

#[tauri::command]
pub fn get_settings() -> Result<Settings, Error> {
    Settings::load()
}

/// Preferences: the officer's name, saved and used from now on.
#[tauri::command]
pub async fn set_officer(state: State<'_, AppState>, name: String) -> Result<Settings, Error> {
    let mut s = Settings::load()?;
    s.set_officer(&name)?;
    s.save()?;
    let officer = s.officer.clone();
    state
        .with(move |e| e.set_officer(officer.as_deref()))
        .await?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_names_the_file_and_the_term() {
        let p = Path::new("/home/ann/Board.scrutineer");
        assert_eq!(title_for(p, None), "Board.scrutineer — Scrutineer");
        assert_eq!(
            title_for(p, Some("2026 term")),
            "Board.scrutineer — 2026 term — Scrutineer"
        );
    }
}
