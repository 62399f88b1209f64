//! Entry point of the posters page (`posters.html`): its own wasm binary on
//! the shared `corridor` library, so a station link never loads the QR
//! encoder or the poster layout.

#[cfg(target_arch = "wasm32")]
#[path = "../posters_ui/mod.rs"]
mod posters_ui;

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(posters_ui::Posters);
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the posters page: `scripts/serve.sh` serves it at /posters.html; for a print shop run `cargo run --bin corridor-posters -- --help`.");
}
