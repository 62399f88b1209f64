//! Giving the browser a turn. The app's start is cut into tasks (the wasm
//! started, the page mounted, the file read, the page drawn), so that no
//! one task keeps a phone's main thread busy for long: a tap on the written
//! first screen is answered between them.

use leptos::prelude::window;
use wasm_bindgen_futures::JsFuture;

/// Resolves in a new task: after anything the browser has waiting (input,
/// a frame), as `setTimeout(0)` does.
pub async fn next_task() {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        // A window that refuses a timer resolves at once: no turn is given.
        if window().set_timeout_with_callback(&resolve).is_err() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(later).await;
}

/// Resolves in a new task after the browser's next frame: what was drawn
/// before it is laid out in that frame's own task, so drawing in steps
/// also lays out in steps (else several steps' layout can fall to one
/// frame, as long as the steps together).
pub async fn after_next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        // A window that refuses the callback resolves at once.
        if window().request_animation_frame(&resolve).is_err() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(frame).await;
    next_task().await;
}
