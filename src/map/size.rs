//! The map box's size in CSS pixels, followed with a ResizeObserver: the
//! box changes not only with the window but when the desktop card opens
//! beside it, and the scene must be laid out in the box's real pixels.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A size before the first measurement: a phone's map box.
const FALLBACK: (f64, f64) = (390.0, 312.0);

/// An element's size in whole CSS pixels, if it has one (laid out, shown).
pub fn box_size(el: &web_sys::Element) -> Option<(f64, f64)> {
    let r = el.get_bounding_client_rect();
    (r.width() > 0.0 && r.height() > 0.0).then(|| (r.width().round(), r.height().round()))
}

/// The box's size, starting from `known` where the caller has measured it
/// (the map's part takes the written map's place in a box already laid
/// out): the first drawing is then laid out once, for the real box, and
/// not measured again at once, which would force a layout of the page in
/// the same task; the observer's first report, after the next layout,
/// corrects it if the box has changed meanwhile.
pub fn use_element_size(node: NodeRef<Div>, known: Option<(f64, f64)>) -> ReadSignal<(f64, f64)> {
    let (size, set_size) = signal(known.unwrap_or(FALLBACK));
    let measure = move || {
        if let Some(next) = node.get_untracked().and_then(|el| box_size(&el)) {
            if size.get_untracked() != next {
                set_size.set(next);
            }
        }
    };
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        if known.is_none() {
            measure();
        }
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
