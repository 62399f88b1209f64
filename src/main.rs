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
    ui::takeover::anchor_base();
    // Starting the wasm is one task, drawing the app the next.
    wasm_bindgen_futures::spawn_local(async {
        ui::tasks::next_task().await;
        mount();
    });
}

#[cfg(target_arch = "wasm32")]
fn mount() {
    match ui::takeover::app_element() {
        // Drawn unseen, then in the first screen's place (src/ui/takeover.rs).
        Some(app) => {
            leptos::mount::mount_to(app.clone(), app::App).forget();
            ui::takeover::when_drawn(app.into());
        }
        // A page from before the app had its own element.
        None => {
            leptos::mount::mount_to_body(app::App);
            if let Some(boot) = leptos::prelude::document().get_element_by_id(corridor::prerender::FIRST_SCREEN_ID) {
                boot.remove();
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the browser app: run it with `scripts/serve.sh` (Trunk builds it for WebAssembly).");
    eprintln!("To check a data file, run `cargo run --bin corridor-check -- public/data/corridor.geojson`.");
}
