//! The map drawn into the page at build time (`corridor::prerender`),
//! standing in the app's page until the moving map's part has arrived
//! (`super::slot`): the same picture, its markers open their cards. It is
//! used only where it shows what the app shows: the data file the app
//! loaded is the one the page was written from, and the reader's language
//! is the one it was written in; otherwise the map's place says "loading".

use super::target::target;
use crate::ui::nav::{use_open_station, Nav, Opener};
use corridor::i18n::Msg;
use corridor::prerender::{DATA_META, FIRST_SCREEN_ID, PRERENDER_LANG, WRITTEN_MAP};
use leptos::ev::{Event, KeyboardEvent, MouseEvent};
use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

/// Whether the pages were written from the data file whose digest
/// (`corridor::prerender::data_digest`) is `digest`.
fn written_from(digest: &str) -> bool {
    let selector = format!("meta[name=\"{DATA_META}\"]");
    let written = document().query_selector(&selector).ok().flatten().and_then(|m| m.get_attribute("content"));
    written.as_deref() == Some(digest)
}

/// A copy of the written drawing the reader sees (the phone's or the
/// desktop's, as the stylesheet chose) and of its credit, if the written
/// screen still has them.
fn copy_of_shown_drawing() -> Option<(web_sys::Element, Option<web_sys::Element>)> {
    let screen = document().get_element_by_id(FIRST_SCREEN_ID)?;
    let drawings = screen.query_selector_all(&format!("svg.{WRITTEN_MAP}")).ok()?;
    let shown =
        (0..drawings.length()).filter_map(|i| drawings.item(i)?.dyn_into::<web_sys::Element>().ok()).find(|svg| {
            let style = window().get_computed_style(svg).ok().flatten();
            style.and_then(|s| s.get_property_value("display").ok()).is_some_and(|d| d != "none")
        })?;
    let copy = |e: &web_sys::Element| e.clone_node_with_deep(true).ok()?.dyn_into::<web_sys::Element>().ok();
    let credit = shown.parent_element().and_then(|f| f.query_selector(".map-credit").ok().flatten());
    Some((copy(&shown)?, credit.as_ref().and_then(copy)))
}

/// The open card's marker is the one drawn as selected.
fn mark_selected(drawing: &web_sys::Element, id: Option<&str>) {
    let Ok(markers) = drawing.query_selector_all(".station-marker") else { return };
    for m in (0..markers.length()).filter_map(|i| markers.item(i)?.dyn_into::<web_sys::Element>().ok()) {
        let on = id.is_some() && m.get_attribute("data-id").as_deref() == id;
        let _ = m.class_list().toggle_with_force("selected", on);
    }
}

/// The written map in the map's frame (or "loading"), with `notice` over it.
#[component]
pub fn WrittenMap(digest: String, notice: AnyView) -> impl IntoView {
    let nav = Nav::get();
    let open = use_open_station();
    let frame = NodeRef::<Div>::new();
    let drawing = written_from(&digest).then(copy_of_shown_drawing).flatten().map(SendWrapper::new);
    let has_drawing = drawing.is_some();
    // Put in by hand, so taken out by hand: the view may reuse its frame
    // for the moving map's.
    let parts = drawing.clone();
    // Shown in the language it was written in only.
    let shown = move || has_drawing && nav.lang.get() == PRERENDER_LANG;
    Effect::new(move |_| {
        let (Some(f), Some((d, credit))) = (frame.get(), drawing.as_deref()) else { return };
        let parts = std::iter::once(d).chain(credit);
        if shown() {
            for part in parts.filter(|p| p.parent_node().is_none()) {
                let _ = f.append_with_node_1(part);
            }
            nav.station.with(|id| mark_selected(d, id.as_deref()));
        } else {
            parts.for_each(web_sys::Element::remove);
        }
    });
    on_cleanup(move || {
        if let Some((d, credit)) = parts.as_deref() {
            std::iter::once(d).chain(credit).for_each(web_sys::Element::remove);
        }
    });
    let open_marker = move |e: &Event| {
        let id = target(e, ".station-marker").and_then(|m| m.get_attribute("data-id"));
        id.inspect(|id| open(id.clone(), Opener::Marker)).is_some()
    };
    let open_click = open_marker.clone();
    let on_click = move |e: MouseEvent| {
        open_click(&e);
    };
    let on_key = move |e: KeyboardEvent| {
        if (e.key() == "Enter" || e.key() == " ") && open_marker(&e) {
            e.prevent_default();
        }
    };
    view! {
        <div class="map-frame" node_ref=frame on:click=on_click on:keydown=on_key>
            {move || (!shown()).then(|| view! { <p class="map-waiting">{nav.tr(Msg::MapLoading)}</p> })}
            {notice}
        </div>
    }
}
