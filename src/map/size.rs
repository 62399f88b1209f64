//! The map box's size in CSS pixels, kept up to date on resize, so the
//! scene is laid out in real pixels (markers and labels keep their size).

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;

/// A size before the first measurement: a phone's map box.
const FALLBACK: (f64, f64) = (390.0, 360.0);

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
        if node.get().is_some() {
            measure();
        }
    });
    let handle = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || handle.remove());
    size
}
