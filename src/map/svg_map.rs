//! The SVG map. `Drawing` keeps its markup (laid out by the native
//! `scene`); this view owns the camera, shows the drawing through it, and
//! routes clicks, keys and gestures (one delegated handler for all markers).

use super::camera::MapCamera;
use super::controls::MapControls;
use super::drawing::Drawing;
use super::gestures::{self, MouseDrag};
use super::locate::{LocateResult, Located};
use super::scale_bar::{MapScaleBar, NorthArrow};
use super::size::use_element_size;
use super::target::target;
use crate::ui::nav::{use_open_station, Nav, Opener};
use crate::ui::notices::config_problem;
use crate::ui::tasks::next_task;
use corridor::config::{fetch as fetch_config, CONFIG_FILE};
use corridor::fmt_num::fixed;
use corridor::geo::ScreenPoint;
use corridor::i18n::Msg;
use corridor::model::{uses_openstreetmap, Corridor};
use corridor::scene::{camera_rules, map_credit, Activity, Preview};
use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// Zooms in on a cluster marker, about where it is drawn (its `data-x`,
/// `data-y` are in the drawn area's pixels; `origin` is the view's corner
/// in them). The browser reads the numbers: Rust's own float parsing
/// would add 14 KB gzip to the wasm for these two attributes.
fn zoom_into_cluster(camera: MapCamera, cluster: &web_sys::Element, origin: ScreenPoint) {
    let num = |a: &str| cluster.get_attribute(a).map(|v| js_sys::Number::parse_float(&v)).filter(|v| v.is_finite());
    if let (Some(x), Some(y)) = (num("data-x"), num("data-y")) {
        camera.glide(|v| v.zoomed_about(2.0, ScreenPoint { x: x - origin.x, y: y - origin.y }));
    }
}

/// How far inside the box a marker reached by Tab is brought.
const FOCUS_MARGIN_PX: f64 = 40.0;

#[component]
pub fn CorridorMap(corridor: Arc<Corridor>, box_size: Option<(f64, f64)>) -> impl IntoView {
    let nav = Nav::get();
    let open = use_open_station();
    let frame = NodeRef::<Div>::new();
    let size = use_element_size(frame, box_size);
    let camera = MapCamera::new(size, camera_rules(&corridor));
    let located = RwSignal::new(Located::Idle);
    let osm_credit = uses_openstreetmap(&corridor);
    let hint = RwSignal::new(false);

    // The drawing comes first, in the task the map's part arrived in; its
    // buttons, scale, notes and the optional tile layer's settings in the
    // next, so neither task holds a phone's main thread as long as both.
    let furnished = RwSignal::new(false);
    let config = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        next_task().await;
        if furnished.try_set(true).is_none() {
            // The tile layer arrives on its own; the map does not wait.
            let _ = config.try_set(Some(fetch_config(CONFIG_FILE).await));
        }
    });
    let tiles =
        Memo::new(move |_| config.with(|c| c.as_ref().and_then(|c| c.as_ref().ok()).and_then(|c| c.tiles.clone())));
    let config_error = move || config.with(|c| c.as_ref().and_then(|c| c.as_ref().err()).cloned());

    let drawing = Drawing::new(corridor.clone(), camera, tiles, located);
    let origin = move || drawing.origin(camera);
    let origin_untracked = move || untrack(origin);

    // A card opened from the list or a link brings its station into view
    // (after the layout settles: the desktop card narrows the map).
    let c = corridor.clone();
    Effect::new(move |prev: Option<Option<String>>| {
        let id = nav.station.get();
        if id.is_some() && id != prev.flatten() {
            if let Some(p) = id.as_deref().and_then(|id| c.station(id)).and_then(|s| s.position) {
                camera.bring_into_view_after(p, Duration::from_millis(60));
            }
        }
        id
    });

    // Printing draws the whole corridor for the page (`beforeprint` comes
    // before the print layout; `matchMedia('print')` also tells browsers
    // that print without it), and gives the reader's view back after.
    super::print::follow_printing(camera);

    // Wheel and touch need listeners that may cancel the browser's own
    // scrolling; they are added once the svg exists.
    Effect::new(move |_| {
        if let Some(f) = frame.get() {
            if let Ok(Some(svg)) = f.query_selector("svg") {
                gestures::attach_wheel_and_touch(&svg, &f, camera, hint);
            }
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
            zoom_into_cluster(camera, &k, origin_untracked());
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
                zoom_into_cluster(camera, &k, origin_untracked());
            }
        } else if gestures::key(camera, &e) {
            e.prevent_default();
        }
    };

    // Tab onto a marker in the margin drawn around the view brings it in.
    let on_focus = move |e: leptos::ev::FocusEvent| {
        let (Some(item), Some(f)) = (target(&e, ".station-marker, .cluster"), frame_el()) else { return };
        let r = item.get_bounding_client_rect();
        let at = gestures::local(&f, r.left() + r.width() / 2.0, r.top() + r.height() / 2.0);
        if let Some(v) = camera.view_untracked() {
            let (dx, dy) = v.drag_to_show(at, FOCUS_MARGIN_PX);
            if dx != 0.0 || dy != 0.0 {
                camera.glide(|v| v.panned(dx, dy));
            }
        }
    };

    // What the map is doing, for tests and tools to wait on.
    let drawing_pending = move || drawing.redraw_pending() || !furnished.get();
    let activity =
        move || Activity::of(camera.preview() != Preview::NONE, camera.gliding(), drawing_pending()).as_str();
    let controls_corridor = corridor.clone();
    let view_attr = move |f: fn(&corridor::geo::Viewport) -> String| move || camera.view().map(|v| f(&v));
    view! {
        <div class="map-frame" node_ref=frame>
            <svg
                class="corridor-map"
                role="group"
                tabindex="0"
                aria-label=nav.tr(Msg::MapLabel)
                viewBox=move || drawing.view_box()
                style=move || drawing.style(camera)
                data-activity=activity
                data-scale=view_attr(|v| fixed(v.metres_per_px, 4))
                data-centre=view_attr(|v| { let c = v.centre_lonlat(); format!("{},{}", fixed(c.lon, 6), fixed(c.lat, 6)) })
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=on_cancel
                on:click=on_click
                on:dblclick=on_dblclick
                on:keydown=on_key
                on:focusin=on_focus
                inner_html=move || drawing.markup.get().unwrap_or_default()
            ></svg>
            {move || furnished.get().then(|| view! {
                <MapScaleBar camera=camera />
                <NorthArrow />
                <MapControls corridor=controls_corridor.clone() camera=camera located=located />
                <p class="gesture-hint" class:shown=move || hint.get() aria-hidden="true">{nav.tr(Msg::GestureHint)}</p>
            })}
            <p class="map-credit">
                {move || map_credit(tiles.get().as_ref(), osm_credit, nav.lang.get())}
            </p>
            {move || furnished.get().then(|| view! {
                {move || config_error().map(|e| config_problem(e, nav))}
                // Over the top of the map, so an open card's sheet never hides it.
                <LocateResult corridor=corridor.clone() state=located />
            })}
        </div>
    }
}
