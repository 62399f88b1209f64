//! Entry point of the staff editor (`editor.html`): its own wasm binary on
//! the shared `corridor` library, so the visitors' page never loads it.

#[cfg(target_arch = "wasm32")]
#[path = "../editor_ui/mod.rs"]
mod editor_ui;

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(editor_ui::Editor);
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This is the browser editor: `scripts/serve.sh` serves it at /editor.html (Trunk builds it for WebAssembly)."
    );
}
