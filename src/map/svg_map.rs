//! The SVG map. The native `scene` lays it out and writes its markup; this
//! view measures the box, sets the markup, marks the selected station and
//! turns clicks and keys on markers into opening cards (one delegated
//! handler, not one per marker).

use super::size::use_element_size;
use crate::ui::nav::{use_open_station, Nav, Opener};
use corridor::fmt_num::fixed;
use corridor::geo::{Bounds, Viewport};
use corridor::i18n::Msg;
use corridor::model::Corridor;
use corridor::scene;
use leptos::ev::{Event, KeyboardEvent, MouseEvent};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Room around the corridor, in pixels, for labels at the edges.
const PADDING: f64 = 36.0;

/// The station id of the marker an event happened on, if any.
fn marker_id(e: &Event) -> Option<String> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(".station-marker").ok()??.get_attribute("data-id")
}

#[component]
pub fn CorridorMap(corridor: Arc<Corridor>) -> impl IntoView {
    let nav = Nav::get();
    let open = use_open_station();
    let frame = NodeRef::<Div>::new();
    let size = use_element_size(frame);
    let bounds = Bounds::around(corridor.drawn_points());
    let markup = Memo::new(move |_| {
        let (w, h) = size.get();
        let v = bounds.map(|b| Viewport::fit(b, w, h, PADDING))?;
        Some(scene::markup(&scene::build(&corridor, &v, nav.lang.get()), h))
    });

    // The markup is static text; the selection is a class toggled on it.
    Effect::new(move |_| {
        let _ = markup.track();
        let selected = nav.station.get();
        let Some(el) = frame.get() else { return };
        if let Ok(nodes) = el.query_selector_all("g.station-marker") {
            for i in 0..nodes.length() {
                if let Some(g) = nodes.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    let on = g.get_attribute("data-id").is_some_and(|id| Some(id) == selected);
                    let _ = g.class_list().toggle_with_force("selected", on);
                }
            }
        }
    });

    let open_click = open.clone();
    let on_click = move |e: MouseEvent| {
        if let Some(id) = marker_id(&e) {
            open_click(id, Opener::Marker);
        }
    };
    let on_key = move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            if let Some(id) = marker_id(&e) {
                e.prevent_default();
                open(id, Opener::Marker);
            }
        }
    };

    view! {
        <div class="map-frame" node_ref=frame>
            <svg
                class="corridor-map"
                role="group"
                aria-label=nav.tr(Msg::MapLabel)
                viewBox=move || { let (w, h) = size.get(); format!("0 0 {} {}", fixed(w, 0), fixed(h, 0)) }
                preserveAspectRatio="xMidYMid meet"
                on:click=on_click
                on:keydown=on_key
                inner_html=move || markup.get().unwrap_or_default()
            ></svg>
            <p class="map-credit">{nav.tr(Msg::MapDrawnNote)}</p>
        </div>
    }
}
