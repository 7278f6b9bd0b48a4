//! Reads tauri.conf.json (at the repository root, beside Cargo.toml) and
//! prepares the app's context: the window config, the permissions and the
//! embedded UI from ui/dist.
fn main() {
    tauri_build::build()
}
