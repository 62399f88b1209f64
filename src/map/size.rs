//! The map box's size in CSS pixels, followed with a ResizeObserver: the
//! box changes not only with the window but when the desktop card opens
//! beside it, and the scene must be laid out in the box's real pixels.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A size before the first measurement: a phone's map box.
const FALLBACK: (f64, f64) = (390.0, 312.0);

pub fn use_element_size(node: NodeRef<Div>) -> ReadSignal<(f64, f64)> {
    let (size, set_size) = signal(FALLBACK);
    let measure = move || {
        if let Some(el) = node.get_untracked() {
            let r = el.get_bounding_client_rect();
            if r.width() > 0.0 && r.height() > 0.0 {
                let next = (r.width().round(), r.height().round());
                if size.get_untracked() != next {
                    set_size.set(next);
                }
            }
        }
    };
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        measure();
        let callback = Closure::<dyn FnMut()>::new(measure);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&el);
            // The observer lives as long as the map; it is disconnected,
            // and its callback freed, when the map goes away.
            let observer = send_wrapper::SendWrapper::new((observer, callback));
            on_cleanup(move || observer.0.disconnect());
        }
    });
    size
}
