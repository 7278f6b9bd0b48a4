//! Scrutineer's desktop app: a Tauri window over the service API of
//! `scrutineer-core`. Only this crate knows Tauri; every command in
//! [`commands`] is a thin wrapper over one `Election` method.

mod commands;

use scrutineer_core::Election;

/// Open the window. The election file is `$SCRUTINEER_DB` if set, else the
/// default one in the user's data directory (see `Election::default_path`).
pub fn run() {
    let state = commands::AppState::new(Election::default_path());
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
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
            commands::certify,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("scrutineer: the window could not be opened: {e}");
        std::process::exit(1);
    }
}
