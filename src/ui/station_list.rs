//! The numbered list of stations: the text alternative to the map, with the
//! same order and the same action (open the card); the town's units; and
//! the data note. Their markup is the first screen's own writers'
//! (`corridor::prerender`), drawn again only when the language changes;
//! the open station is marked in place as cards open and close.

use super::nav::{use_open_station, Nav, Opener};
use corridor::model::Corridor;
use corridor::prerender::{data_note_section, station_list};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// A plain click opens the card in place; a modified click (new tab...)
/// is left to the browser, since the link is a real URL.
pub fn is_plain_click(e: &MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}

/// A click on a station's link in markup the app did not build element by
/// element (the list, the tray) opens its card in place: one listener for
/// the whole block.
pub fn open_on_click(link: &'static str, opener: Opener) -> impl Fn(MouseEvent) + 'static {
    let open = use_open_station();
    move |e: MouseEvent| {
        let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let id = target.and_then(|t| t.closest(link).ok().flatten()).and_then(|a| a.get_attribute("data-id"));
        if let (Some(id), true) = (id, is_plain_click(&e)) {
            e.prevent_default();
            open(id, opener);
        }
    }
}

/// Keeps the open station marked in the list and the tray (`selected`,
/// and `aria-current` on the list's link) as cards open and close,
/// without drawing them again.
pub fn mark_open_station(corridor: Arc<Corridor>) {
    let nav = Nav::get();
    let mark = move |id: &str, on: bool| {
        // Only ids of the data (letters, digits, hyphens) go into a selector.
        if corridor.station(id).is_none() {
            return;
        }
        let doc = document();
        let select = |css: String| doc.query_selector_all(&css).ok();
        if let Some(links) = select(format!(".list-pane .station-link[data-id=\"{id}\"]")) {
            for link in (0..links.length()).filter_map(|i| links.item(i)?.dyn_into::<web_sys::Element>().ok()) {
                let _ =
                    if on { link.set_attribute("aria-current", "true") } else { link.remove_attribute("aria-current") };
                if let Some(li) = link.parent_element() {
                    let _ = li.class_list().toggle_with_force("selected", on);
                }
            }
        }
        if let Some(markers) = select(format!(".tray .station-marker[data-id=\"{id}\"]")) {
            for m in (0..markers.length()).filter_map(|i| markers.item(i)?.dyn_into::<web_sys::Element>().ok()) {
                let _ = m.class_list().toggle_with_force("selected", on);
            }
        }
    };
    Effect::new(move |previous: Option<Option<String>>| {
        let now = nav.station.get();
        if let Some(Some(p)) = &previous {
            mark(p, false);
        }
        if let Some(id) = &now {
            mark(id, true);
        }
        now
    });
}

#[component]
pub fn StationList(corridor: Arc<Corridor>) -> impl IntoView {
    let nav = Nav::get();
    let markup = move || {
        let lang = nav.lang.get();
        let open = nav.station.get_untracked();
        // A reader who opened the units keeps them open in the new language.
        if document().query_selector(".list-pane .units-list[open]").ok().flatten().is_some() {
            request_animation_frame(|| {
                if let Ok(Some(units)) = document().query_selector(".list-pane .units-list") {
                    let _ = units.set_attribute("open", "");
                }
            });
        }
        station_list(&corridor, lang, open.as_deref(), &|id| nav.href(id, lang))
    };
    view! { <div class="markup" on:click=open_on_click(".station-link", Opener::ListLink) inner_html=markup></div> }
}

/// Who says so, when, how exact (under the list).
#[component]
pub fn DataNote(corridor: Arc<Corridor>) -> impl IntoView {
    let nav = Nav::get();
    view! { <div class="markup" inner_html=move || data_note_section(&corridor, nav.lang.get())></div> }
}
