//! Printing: the camera switches to the whole corridor fitted to the
//! printed box while the browser prints, and back afterwards.

use super::camera::MapCamera;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Follows the browser's print events for as long as the map exists.
pub fn follow_printing(camera: MapCamera) {
    let before = window_event_listener(leptos::ev::beforeprint, move |_| camera.set_printing(true));
    let after = window_event_listener(leptos::ev::afterprint, move |_| camera.set_printing(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    let Ok(Some(query)) = window().match_media("print") else { return };
    let q = query.clone();
    let on_change = Closure::<dyn FnMut()>::new(move || camera.set_printing(q.matches()));
    if query.add_listener_with_opt_callback(Some(on_change.as_ref().unchecked_ref())).is_ok() {
        let kept = send_wrapper::SendWrapper::new((query, on_change));
        on_cleanup(move || {
            let _ = kept.0.remove_listener_with_opt_callback(Some(kept.1.as_ref().unchecked_ref()));
        });
    }
}
