//! The editing map: click to place the chosen unplaced feature, drag a
//! point to move it, drag the ground to pan, wheel to zoom, arrow keys to
//! nudge the selected point. The markup is `corridor::edit::canvas`. The
//! optional tile layer of `map-config.json` lies under it (staff usually
//! have the internet); a click on GCJ-02 tiles is brought back to WGS-84.

use super::state::Ed;
use corridor::config::{fetch as fetch_config, CONFIG_FILE};
use corridor::edit::canvas::{self, Drawing};
use corridor::edit::session::Edit;
use corridor::fmt_num::fixed;
use corridor::geo::{unproject, Bounds, LonLat, ScreenPoint, Viewport};
use corridor::i18n::editor::EdMsg;
use corridor::model::uses_openstreetmap;
use corridor::scene::map_credit;
use leptos::ev::{KeyboardEvent, PointerEvent, WheelEvent};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves shorter than this are clicks.
const CLICK_PX: f64 = 4.0;
/// An arrow key moves the point this far; with Shift ten times as far.
const NUDGE_M: f64 = 5.0;
const PAD_PX: f64 = 30.0;

#[derive(Clone, Copy, PartialEq)]
enum Press {
    /// On a point: drags it.
    Point { feature: usize, pointer: i32, start: (f64, f64), travelled: f64 },
    /// On the ground: pans.
    Ground { pointer: i32, last: (f64, f64), travelled: f64 },
}

fn local(el: &web_sys::Element, x: f64, y: f64) -> ScreenPoint {
    let r = el.get_bounding_client_rect();
    ScreenPoint { x: x - r.left(), y: y - r.top() }
}

fn point_of(e: &web_sys::Event) -> Option<usize> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    el.closest(".ed-point").ok()??.get_attribute("data-feature")?.parse().ok()
}

#[component]
pub fn EditorMap() -> impl IntoView {
    let ed = Ed::get();
    let frame = NodeRef::<Div>::new();
    let view = RwSignal::new(None::<Viewport>);
    let press = StoredValue::new(None::<Press>);
    let dragged = RwSignal::new(None::<(usize, LonLat)>);
    let config = LocalResource::new(|| fetch_config(CONFIG_FILE));
    let tiles = Memo::new(move |_| config.get().and_then(Result::ok).and_then(|c| c.tiles));
    let config_error = move || config.get().and_then(Result::err);
    let datum = move || tiles.with_untracked(|t| t.as_ref().map(|t| t.datum).unwrap_or_default());

    let fit = move || {
        let Some(f) = frame.get_untracked() else { return };
        let (w, h) = (f.client_width().max(100) as f64, f.client_height().max(100) as f64);
        let points = ed.session.with_untracked(|s| {
            s.as_ref()
                .map(|s| {
                    let mut pts = s.report().corridor.as_ref().map(|c| c.drawn_points()).unwrap_or_default();
                    pts.extend(s.summaries().into_iter().filter_map(|f| f.position));
                    pts
                })
                .unwrap_or_default()
        });
        let bounds =
            Bounds::around(points).unwrap_or(Bounds { west: 121.22, south: 30.70, east: 121.34, north: 30.79 });
        view.set(Some(Viewport::fit(bounds, w, h, PAD_PX)));
    };
    // Fit when a file is opened.
    Effect::new(move |prev: Option<Option<String>>| {
        let opened = ed.opened.get();
        if opened != prev.flatten() || view.get_untracked().is_none() {
            // Once the page is laid out, so the frame has its size.
            request_animation_frame(fit);
        }
        opened
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        if let (Some(f), Some(v)) = (frame.get_untracked(), view.get_untracked()) {
            view.set(Some(v.resized(f.client_width().max(100) as f64, f.client_height().max(100) as f64)));
        }
    });
    on_cleanup(move || resize.remove());

    let markup = move || {
        let v = view.get()?;
        let selected = ed.selected.get();
        let dragged = dragged.get();
        tiles.with(|tiles| {
            ed.session.with(|s| {
                let s = s.as_ref()?;
                let d = Drawing { selected, dragged, tiles: tiles.as_ref() };
                Some(canvas::markup(s.report().corridor.as_ref(), &s.summaries(), &v, d))
            })
        })
    };
    let credit = move || {
        let osm = ed
            .session
            .with(|s| s.as_ref().and_then(|s| s.report().corridor.as_ref().map(uses_openstreetmap)).unwrap_or(false));
        tiles.with(|t| map_credit(t.as_ref(), osm, ed.lang))
    };
    let lonlat_at = move |at: ScreenPoint| view.get_untracked().map(|v| datum().invert(unproject(v.from_screen(at))));
    let placeable = move |i: usize| {
        ed.session.with_untracked(|s| {
            s.as_ref().and_then(|s| s.summaries().get(i).map(|f| matches!(f.kind.as_str(), "station" | "unit")))
        }) == Some(true)
    };

    let on_down = move |e: PointerEvent| {
        if e.button() != 0 {
            return;
        }
        let xy = (e.client_x() as f64, e.client_y() as f64);
        let p = match point_of(&e) {
            Some(feature) => Press::Point { feature, pointer: e.pointer_id(), start: xy, travelled: 0.0 },
            None => Press::Ground { pointer: e.pointer_id(), last: xy, travelled: 0.0 },
        };
        press.set_value(Some(p));
        if let Some(el) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            let _ = el.set_pointer_capture(e.pointer_id());
        }
        e.prevent_default();
    };
    let on_move = move |e: PointerEvent| {
        let Some(f) = frame.get_untracked() else { return };
        let xy = (e.client_x() as f64, e.client_y() as f64);
        match press.get_value() {
            Some(Press::Point { feature, pointer, start, .. }) if pointer == e.pointer_id() => {
                let travelled = (xy.0 - start.0).hypot(xy.1 - start.1);
                press.set_value(Some(Press::Point { feature, pointer, start, travelled }));
                if travelled > CLICK_PX {
                    if let Some(at) = lonlat_at(local(&f, xy.0, xy.1)) {
                        dragged.set(Some((feature, at)));
                    }
                }
            }
            Some(Press::Ground { pointer, last, travelled }) if pointer == e.pointer_id() => {
                let (dx, dy) = (xy.0 - last.0, xy.1 - last.1);
                let travelled = travelled + dx.hypot(dy);
                press.set_value(Some(Press::Ground { pointer, last: xy, travelled }));
                if travelled > CLICK_PX {
                    view.update(|v| *v = v.map(|v| v.panned(dx, dy)));
                }
            }
            _ => {}
        }
    };
    let on_up = move |e: PointerEvent| {
        let Some(f) = frame.get_untracked() else { return };
        let at = local(&f, e.client_x() as f64, e.client_y() as f64);
        match press.get_value() {
            Some(Press::Point { feature, travelled, .. }) => {
                dragged.set(None);
                ed.selected.set(Some(feature));
                if travelled > CLICK_PX {
                    if let Some(at) = lonlat_at(at) {
                        ed.apply(Edit::Place { feature, at });
                    }
                }
            }
            Some(Press::Ground { travelled, .. }) if travelled <= CLICK_PX => {
                // A click on the ground places the chosen feature when it
                // has no position yet.
                let chosen = ed.selected.get_untracked().filter(|&i| placeable(i));
                let unplaced = chosen
                    .filter(|&i| ed.session.with_untracked(|s| s.as_ref().is_some_and(|s| s.position(i).is_none())));
                if let (Some(feature), Some(at)) = (unplaced, lonlat_at(at)) {
                    ed.apply(Edit::Place { feature, at });
                }
            }
            _ => {}
        }
        press.set_value(None);
    };
    let on_cancel = move |_: PointerEvent| {
        press.set_value(None);
        dragged.set(None);
    };
    let on_wheel = move |e: WheelEvent| {
        let Some(f) = frame.get_untracked() else { return };
        e.prevent_default();
        let at = local(&f, e.client_x() as f64, e.client_y() as f64);
        let factor = (-e.delta_y() / 300.0).exp2().clamp(0.25, 4.0);
        view.update(|v| *v = v.map(|v| v.zoomed_about(factor, at)));
    };
    let on_key = move |e: KeyboardEvent| {
        let (dx, dy) = match e.key().as_str() {
            "ArrowLeft" => (-1.0, 0.0),
            "ArrowRight" => (1.0, 0.0),
            "ArrowUp" => (0.0, 1.0),
            "ArrowDown" => (0.0, -1.0),
            "+" | "=" => return zoom(view, 2.0),
            "-" => return zoom(view, 0.5),
            _ => return,
        };
        e.prevent_default();
        let step = if e.shift_key() { NUDGE_M * 10.0 } else { NUDGE_M };
        let selected = ed.selected.get_untracked();
        let here = selected.and_then(|i| ed.session.with_untracked(|s| s.as_ref().and_then(|s| s.position(i))));
        match (selected, here) {
            (Some(feature), Some(p)) => {
                let k = 111_320.0;
                let at = LonLat::new(p.lon + dx * step / (k * p.lat.to_radians().cos()), p.lat + dy * step / k);
                ed.apply(Edit::Place { feature, at });
            }
            _ => view.update(|v| *v = v.map(|v| v.panned(-dx * 40.0, dy * 40.0))),
        }
    };

    let view_box = move || view.get().map(|v| format!("0 0 {} {}", fixed(v.width, 0), fixed(v.height, 0)));
    let placing = move || {
        let i = ed.selected.get()?;
        ed.session.with(|s| s.as_ref().filter(|s| s.position(i).is_none()).map(|_| ()))?;
        placeable(i).then_some(())
    };
    view! {
        <div class="ed-map-frame" class:placing=move || placing().is_some() node_ref=frame>
            <svg
                class="ed-map"
                role="application"
                tabindex="0"
                aria-label=ed.t(EdMsg::MapLabel)
                viewBox=view_box
                data-scale=move || view.get().map(|v| fixed(v.metres_per_px, 4))
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=on_cancel
                on:wheel=on_wheel
                on:keydown=on_key
                inner_html=move || markup().unwrap_or_default()
            ></svg>
            <div class="ed-map-buttons">
                <button type="button" on:click=move |_| zoom(view, 2.0) aria-label=ed.t(EdMsg::ZoomIn) title=ed.t(EdMsg::ZoomIn)>"+"</button>
                <button type="button" on:click=move |_| zoom(view, 0.5) aria-label=ed.t(EdMsg::ZoomOut) title=ed.t(EdMsg::ZoomOut)>"−"</button>
                <button type="button" class="fit" on:click=move |_| fit()>{ed.t(EdMsg::Fit)}</button>
            </div>
            {move || placing().map(|_| view! { <p class="ed-place-hint" role="status">{ed.t(EdMsg::PlaceHint)}</p> })}
            <p class="ed-credit">{credit}</p>
            {move || config_error().map(|e| view! { <p class="ed-config-error" role="status">{e.describe(ed.lang)}</p> })}
        </div>
    }
}

fn zoom(view: RwSignal<Option<Viewport>>, factor: f64) {
    view.update(|v| {
        *v = v.map(|v| v.zoomed_about(factor, ScreenPoint { x: v.width / 2.0, y: v.height / 2.0 }));
    });
}
