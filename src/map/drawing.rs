//! What the map's SVG shows: the markup of the area drawn around the view
//! (see `corridor::scene::DrawnArea`), rebuilt only when that area changes
//! or what is drawn on it does (tiles, the open card, the language, the
//! reader's position); and the size and transform that show it in the box.

use super::camera::MapCamera;
use super::locate::Located;
use crate::ui::marks;
use crate::ui::nav::Nav;
use corridor::config::TileConfig;
use corridor::fmt_num::fixed;
use corridor::geo::{width_left_of_buttons, ScreenPoint};
use corridor::model::Corridor;
use corridor::scene::{self, DrawnArea, LabelBox, Preview, SceneOptions};
use leptos::prelude::*;
use std::sync::Arc;

/// How long the map must be still before a narrow area is widened.
const STILL_MS: u64 = 300;

/// Whether keyboard focus is on a marker or cluster, which a redraw would
/// take away.
fn marker_has_focus() -> bool {
    focused_marker().is_some()
}

/// The marker or cluster that has keyboard focus, if any.
fn focused_marker() -> Option<web_sys::Element> {
    document()
        .active_element()
        .and_then(|e| e.closest("svg.corridor-map .station-marker, svg.corridor-map .cluster").ok().flatten())
}

/// After a rebuild replaced the markup, gives focus back to the station
/// marker that had it (a pan that leaves the drawn area rebuilds even while
/// a marker is focused, e.g. the glide that brings a tabbed-to marker in).
fn refocus_after_redraw(id: String) {
    request_animation_frame(move || {
        // Focus left with the removed element (it falls to the body); a
        // reader who moved it elsewhere meanwhile keeps it there.
        let lost = document().active_element().is_none_or(|e| e.tag_name().eq_ignore_ascii_case("body"));
        let selector = format!(r#"svg.corridor-map .station-marker[data-id="{id}"]"#);
        if let (true, Ok(Some(m))) = (lost, document().query_selector(&selector)) {
            if let Ok(m) = wasm_bindgen::JsCast::dyn_into::<web_sys::SvgElement>(m) {
                let _ = m.focus();
            }
        }
    });
}

/// Asks for `a` to be widened once no gesture has moved the map for
/// [`STILL_MS`]; a gesture in progress, or focus on a marker, puts it off.
fn widen_when_still(a: DrawnArea, camera: MapCamera, widen: RwSignal<Option<DrawnArea>>) {
    set_timeout(
        move || {
            if camera.preview_untracked() == Preview::NONE && !marker_has_focus() {
                widen.set(Some(a));
            } else {
                widen_when_still(a, camera, widen);
            }
        },
        std::time::Duration::from_millis(STILL_MS),
    );
}

#[derive(Clone, Copy)]
pub struct Drawing {
    area: Memo<Option<DrawnArea>>,
    pub markup: Memo<Option<String>>,
}

impl Drawing {
    pub fn new(
        corridor: Arc<Corridor>,
        camera: MapCamera,
        tiles: Memo<Option<TileConfig>>,
        located: RwSignal<Located>,
    ) -> Self {
        let nav = Nav::get();
        // The narrow area to widen, once the map has been still.
        let widen: RwSignal<Option<DrawnArea>> = RwSignal::new(None);
        // A pan inside the area keeps the memo's value: nothing is rebuilt.
        let area = Memo::new(move |previous: Option<&Option<DrawnArea>>| {
            let v = camera.view()?;
            // On paper the drawing is exactly the printed view: no margin
            // to pan into, and the stylesheet scales it to the page.
            if camera.printing() {
                return Some(DrawnArea { viewport: v, full: true });
            }
            let next = DrawnArea::for_view(previous.and_then(Option::as_ref), &v);
            let wanted = widen.with(|w| *w == Some(next));
            Some(if wanted { next.widened(&v).unwrap_or(next) } else { next })
        });
        Effect::new(move |_| {
            if let Some(a) = area.get().filter(|a| !a.full) {
                widen_when_still(a, camera, widen);
            }
        });
        // The focused station marker, remembered as the markup is rebuilt.
        let refocus: StoredValue<Option<String>> = StoredValue::new(None);
        let markup = Memo::new(move |_| {
            let a = area.get()?;
            refocus.set_value(focused_marker().and_then(|m| m.get_attribute("data-id")));
            let v = a.viewport;
            let tiles = tiles.get();
            let selected = nav.station.get();
            // Where the view is now (untracked: a pan inside the area must
            // not rebuild); labels on screen are fitted inside it, clear of
            // the buttons on its right.
            let on_screen = camera.view_untracked().map(|now| {
                let o = a.origin_of(&now);
                LabelBox { x: o.x, y: o.y, w: width_left_of_buttons(now.width), h: now.height }
            });
            let opts = SceneOptions {
                lang: nav.lang.get(),
                user: located.with(Located::fix),
                tiles: tiles.as_ref(),
                selected: selected.as_deref(),
                on_screen,
                for_print: camera.printing(),
            };
            Some(scene::markup(&scene::build(&corridor, &v, &opts), v.width, v.height))
        });
        // The benchmark's mark at the first draw.
        Effect::new(move |_| {
            if markup.with(Option::is_some) {
                marks::mark_once(marks::DRAWN);
            }
            if let Some(id) = refocus.get_value() {
                refocus_after_redraw(id);
            }
        });
        Drawing { area, markup }
    }

    /// Whether the drawn area is narrow and will be widened (tracked).
    pub fn redraw_pending(&self) -> bool {
        self.area.with(|a| a.is_some_and(|a| !a.full))
    }

    /// Where the view's top-left corner is in the drawing's pixels (tracked).
    pub fn origin(&self, camera: MapCamera) -> ScreenPoint {
        match (camera.view(), self.area.get()) {
            (Some(v), Some(a)) => a.origin_of(&v),
            _ => ScreenPoint { x: 0.0, y: 0.0 },
        }
    }

    /// The SVG's `viewBox`: the whole drawn area, one unit a CSS pixel.
    pub fn view_box(&self) -> Option<String> {
        self.area.get().map(|a| format!("0 0 {} {}", fixed(a.viewport.width, 0), fixed(a.viewport.height, 0)))
    }

    /// The SVG's size and the transform that shows the view (and any
    /// gesture in progress) through the box.
    pub fn style(&self, camera: MapCamera) -> String {
        match (camera.view(), self.area.get()) {
            (Some(v), Some(a)) => format!(
                "width:{}px;height:{}px;transform:{}",
                fixed(a.viewport.width, 0),
                fixed(a.viewport.height, 0),
                a.css_transform(&v, camera.preview())
            ),
            _ => String::new(),
        }
    }
}
