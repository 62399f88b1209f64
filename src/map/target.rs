//! Which marker or cluster an event on a map happened on (one delegated
//! handler for all of them: the moving map's and the written one's).

use leptos::ev::Event;
use wasm_bindgen::JsCast;

/// The element matching `selector` that an event happened on or in.
pub fn target(e: &Event, selector: &str) -> Option<web_sys::Element> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    el.closest(selector).ok()?
}
