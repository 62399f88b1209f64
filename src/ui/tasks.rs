//! Giving the browser a turn. The app's start is cut into tasks (the wasm
//! started, the page mounted, the file read, the page drawn), so that no
//! one task keeps a phone's main thread busy for long: a tap on the written
//! first screen is answered between them.

use leptos::prelude::window;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Resolves when the browser calls back what `schedule` hands it; at once
/// if the window refuses the callback (then no turn is given).
async fn called_back(schedule: impl Fn(&js_sys::Function) -> Result<i32, JsValue>) {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        if schedule(&resolve).is_err() {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(later).await;
}

/// Resolves in a new task: after anything the browser has waiting (input,
/// a frame), as `setTimeout(0)` does.
pub async fn next_task() {
    called_back(|f| window().set_timeout_with_callback(f)).await;
}

/// Resolves in a new task after the browser's next frame: what was drawn
/// before it is laid out in that frame's own task, so drawing in steps
/// also lays out in steps (else several steps' layout can fall to one
/// frame, as long as the steps together).
pub async fn after_next_frame() {
    called_back(|f| window().request_animation_frame(f)).await;
    next_task().await;
}
