//! Scrutineer's desktop app: a Tauri window over the service API of
//! `scrutineer-core`. Only this crate knows Tauri; every command in
//! [`commands`] is a thin wrapper over one `Election` method.

mod commands;
mod desk;
mod language;

use scrutineer_core::Election;

/// Open the window. The election file is the one given on the command line
/// (a double-click on a `.scrutineer` file), else `$SCRUTINEER_DB` if set,
/// else the default one in the user's data directory (see
/// `Election::default_path`).
pub fn run() {
    let path = desk::file_from_args().unwrap_or_else(Election::default_path);
    if let Ok(mut s) = scrutineer_core::settings::Settings::load() {
        s.add_recent(&path);
        let _ = s.save();
    }
    let state = commands::AppState::new(path);
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .menu(desk::build_menu)
        .on_menu_event(|app, event| desk::on_menu(app, event.id().as_ref()))
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::list_terms,
            commands::create_term,
            commands::get_term,
            commands::set_stage,
            commands::import_roll,
            commands::cancel_import,
            commands::preview_roll,
            commands::diff_roll,
            commands::apply_roll_diff,
            commands::add_voter,
            commands::remove_voter,
            commands::export_roll,
            commands::mark_voted,
            commands::withdraw_nominee,
            commands::audit_log,
            commands::verify_audit,
            commands::voters,
            commands::add_nominee,
            commands::nominees,
            commands::nominee_detail,
            commands::edit_nominee,
            commands::endorse_nominee,
            commands::accept_nomination,
            commands::nomination_rules,
            commands::import_nominations,
            commands::preview_nominations,
            commands::export_candidates,
            commands::render_markdown,
            commands::import_ballots,
            commands::preview_ballots,
            commands::enter_totals,
            commands::pending_tie,
            commands::decide_tie,
            commands::term_rules,
            commands::import_elekto_term,
            commands::ballot_batches,
            commands::tally,
            commands::result,
            commands::export_results,
            commands::announcement,
            commands::export_refused_rows,
            commands::certificate,
            desk::certify,
            desk::certification,
            desk::open_file,
            desk::new_file,
            desk::recent_files,
            desk::save_copy,
            desk::list_backups,
            desk::restore_backup,
            desk::edit_term,
            desk::delete_term,
            desk::get_settings,
            desk::set_officer,
            desk::set_window_title,
            language::system_language,
            language::set_window_language,
            language::set_language_preference,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("scrutineer: the window could not be opened: {e}");
        std::process::exit(1);
    }
}
