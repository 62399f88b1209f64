//! Entry point of the web app: mounts the Leptos app into the page. The
//! views are compiled for the browser only; natively this binary just says
//! how to run the app.

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod map;
#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
    // The static placeholder in index.html has done its job.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the browser app: run it with `scripts/serve.sh` (Trunk builds it for WebAssembly).");
    eprintln!("To check a data file, run `cargo run --bin corridor-check -- public/data/corridor.geojson`.");
}
