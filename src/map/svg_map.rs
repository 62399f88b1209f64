//! The SVG map. The native `scene` lays it out and writes its markup; this
//! view owns the camera, sets the markup, marks the selected station, and
//! routes clicks, keys and gestures (one delegated handler for all markers).

use super::camera::MapCamera;
use super::controls::MapControls;
use super::gestures::{self, MouseDrag};
use super::locate::{LocateResult, Located};
use super::size::use_element_size;
use crate::ui::data::fetch_config;
use crate::ui::nav::{use_open_station, Nav, Opener};
use corridor::fmt_num::fixed;
use corridor::geo::{Bounds, ScreenPoint};
use corridor::i18n::Msg;
use corridor::model::Corridor;
use corridor::scene::{self, SceneOptions};
use leptos::ev::{Event, KeyboardEvent, MouseEvent, PointerEvent};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Zooms in on a cluster marker, about where it is drawn.
fn zoom_into_cluster(camera: MapCamera, cluster: &web_sys::Element) {
    let num = |a: &str| cluster.get_attribute(a).and_then(|v| v.parse::<f64>().ok());
    if let (Some(x), Some(y)) = (num("data-x"), num("data-y")) {
        camera.update(|v| v.zoomed_about(2.0, ScreenPoint { x, y }));
    }
}

/// The optional map config (tile layer), beside the page.
const CONFIG_FILE: &str = "map-config.json";

/// The element (marker or cluster) an event happened on.
fn target(e: &Event, selector: &str) -> Option<web_sys::Element> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    el.closest(selector).ok()?
}

#[component]
pub fn CorridorMap(corridor: Arc<Corridor>) -> impl IntoView {
    let nav = Nav::get();
    let open = use_open_station();
    let frame = NodeRef::<Div>::new();
    let size = use_element_size(frame);
    let camera = MapCamera::new(size, Bounds::around(corridor.drawn_points()));
    let located = RwSignal::new(Located::Idle);
    let hint = RwSignal::new(false);

    // The optional tile layer arrives on its own; the map does not wait.
    let config = LocalResource::new(|| fetch_config(CONFIG_FILE));
    let tiles = Memo::new(move |_| config.get().and_then(Result::ok).and_then(|c| c.tiles));
    let config_error = move || config.get().and_then(Result::err);

    let c = corridor.clone();
    let markup = Memo::new(move |_| {
        let v = camera.view()?;
        let tiles = tiles.get();
        let selected = nav.station.get();
        let opts = SceneOptions {
            lang: nav.lang.get(),
            user: located.with(Located::fix),
            tiles: tiles.as_ref(),
            selected: selected.as_deref(),
        };
        Some(scene::markup(&scene::build(&c, &v, &opts), v.height))
    });

    // A performance mark at the first draw, for the benchmark.
    let first_draw = StoredValue::new(true);
    Effect::new(move |_| {
        let drawn = markup.with(Option::is_some);
        if drawn && first_draw.get_value() {
            first_draw.set_value(false);
            if let Some(p) = window().performance() {
                let _ = p.mark("corridor-map-drawn");
            }
        }
    });

    // A card opened from the list or a link brings its station into view
    // (after the layout settles: the desktop card narrows the map).
    let c = corridor.clone();
    Effect::new(move |prev: Option<Option<String>>| {
        let id = nav.station.get();
        if id.is_some() && id != prev.flatten() {
            if let Some(p) = id.as_deref().and_then(|id| c.station(id)).and_then(|s| s.position) {
                set_timeout(move || camera.bring_into_view(p), Duration::from_millis(60));
            }
        }
        id
    });

    // Wheel and touch need listeners that may cancel the browser's own
    // scrolling; they are added once the svg exists.
    Effect::new(move |_| {
        if let Some(svg) = frame.get().and_then(|f| f.query_selector("svg").ok().flatten()) {
            gestures::attach_wheel_and_touch(&svg, camera, hint);
        }
    });

    let drag = MouseDrag::new();
    let (d1, d2, d3, d4, d5) = (drag.clone(), drag.clone(), drag.clone(), drag.clone(), drag);
    let frame_el = move || frame.get_untracked();
    let on_down = move |e: PointerEvent| {
        if let Some(svg) = target(&e, "svg") {
            d1.down(&svg, &e);
        }
    };
    let on_move = move |e: PointerEvent| d2.moved(camera, &e);
    let on_up = move |e: PointerEvent| d3.up(camera, &e);
    let on_cancel = move |e: PointerEvent| d4.up(camera, &e);
    let open_click = open.clone();
    let on_click = move |e: MouseEvent| {
        if d5.swallow_click() {
            return;
        }
        if let Some(id) = target(&e, ".station-marker").and_then(|m| m.get_attribute("data-id")) {
            open_click(id, Opener::Marker);
        } else if let Some(k) = target(&e, ".cluster") {
            zoom_into_cluster(camera, &k);
        }
    };
    let on_dblclick = move |e: MouseEvent| {
        if let Some(f) = frame_el() {
            gestures::double_click(&f, camera, &e);
        }
    };
    let on_key = move |e: KeyboardEvent| {
        let on_item = target(&e, ".station-marker, .cluster");
        if e.key() == "Enter" || e.key() == " " {
            if let Some(id) = on_item.as_ref().and_then(|m| m.get_attribute("data-id")) {
                e.prevent_default();
                open(id, Opener::Marker);
            } else if let Some(k) = on_item {
                e.prevent_default();
                zoom_into_cluster(camera, &k);
            }
        } else if gestures::key(camera, &e) {
            e.prevent_default();
        }
    };

    let view_attr = move |f: fn(&corridor::geo::Viewport) -> String| move || camera.view().map(|v| f(&v));
    view! {
        <div class="map-frame" node_ref=frame>
            <svg
                class="corridor-map"
                role="group"
                tabindex="0"
                aria-label=nav.tr(Msg::MapLabel)
                viewBox=move || { let (w, h) = size.get(); format!("0 0 {} {}", fixed(w, 0), fixed(h, 0)) }
                preserveAspectRatio="xMidYMid meet"
                style=move || camera.preview_css()
                data-scale=view_attr(|v| fixed(v.metres_per_px, 4))
                data-centre=view_attr(|v| { let c = v.centre_lonlat(); format!("{},{}", fixed(c.lon, 6), fixed(c.lat, 6)) })
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=on_cancel
                on:click=on_click
                on:dblclick=on_dblclick
                on:keydown=on_key
                inner_html=move || markup.get().unwrap_or_default()
            ></svg>
            <MapControls corridor=corridor.clone() camera=camera located=located />
            <p class="gesture-hint" class:shown=move || hint.get() aria-hidden="true">{nav.tr(Msg::GestureHint)}</p>
            <p class="map-credit">
                {move || match tiles.get() {
                    Some(t) => format!("{}{}", t.attribution, t.datum.credit().map(|c| format!(" · {c}")).unwrap_or_default()),
                    None => nav.t(Msg::MapDrawnNote).to_string(),
                }}
            </p>
            {move || config_error().map(|e| view! { <p class="map-config-error" role="status">{e}</p> })}
        </div>
        <LocateResult corridor=corridor state=located />
    }
}
