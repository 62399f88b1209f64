//! Entry point of the visit planner (`plan.html`): its own wasm binary on
//! the shared `corridor` library, so a station link never loads it.

#[cfg(target_arch = "wasm32")]
#[path = "../planner_ui/mod.rs"]
mod planner_ui;

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(planner_ui::Planner);
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This is the visit planner: `scripts/serve.sh` serves it at /plan.html (Trunk builds it for WebAssembly)."
    );
}
