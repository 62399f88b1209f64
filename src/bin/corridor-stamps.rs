//! Entry point of "My stamps" (`stamps.html`): its own wasm binary on the
//! shared `corridor` library, so a station link carries only the card's
//! small stamp line.

#[cfg(target_arch = "wasm32")]
#[path = "../stamps_ui/mod.rs"]
mod stamps_ui;

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(stamps_ui::Stamps);
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This is the stamps page: `scripts/serve.sh` serves it at /stamps.html (Trunk builds it for WebAssembly)."
    );
}
