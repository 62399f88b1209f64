//! What the map's SVG shows: the markup of the area drawn around the view
//! (see `corridor::scene::DrawnArea`), rebuilt only when that area changes
//! or what is drawn on it does (tiles, the open card, the language, the
//! reader's position); and the size and transform that show it in the box.

use super::camera::{MapCamera, CONTROLS_PX};
use super::locate::Located;
use crate::ui::marks;
use crate::ui::nav::Nav;
use corridor::config::TileConfig;
use corridor::fmt_num::fixed;
use corridor::geo::ScreenPoint;
use corridor::model::Corridor;
use corridor::scene::{self, DrawnArea, LabelBox, SceneOptions};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Drawing {
    area: Memo<Option<DrawnArea>>,
    pub markup: Memo<Option<String>>,
}

impl Drawing {
    pub fn new(corridor: Arc<Corridor>, camera: MapCamera, tiles: Memo<Option<TileConfig>>, located: RwSignal<Located>) -> Self {
        let nav = Nav::get();
        // A pan inside the area keeps the memo's value: nothing is rebuilt.
        let area = Memo::new(move |previous: Option<&Option<DrawnArea>>| {
            camera.view().map(|v| DrawnArea::for_view(previous.and_then(Option::as_ref), &v))
        });
        let markup = Memo::new(move |_| {
            let a = area.get()?;
            let v = a.viewport;
            let tiles = tiles.get();
            let selected = nav.station.get();
            // Where the view is now (untracked: a pan inside the area must
            // not rebuild); labels on screen are fitted inside it, clear of
            // the buttons on its right.
            let on_screen = camera.view_untracked().map(|now| {
                let o = a.origin_of(&now);
                LabelBox { x: o.x, y: o.y, w: (now.width - CONTROLS_PX).max(now.width / 2.0), h: now.height }
            });
            let opts = SceneOptions {
                lang: nav.lang.get(),
                user: located.with(Located::fix),
                tiles: tiles.as_ref(),
                selected: selected.as_deref(),
                on_screen,
            };
            Some(scene::markup(&scene::build(&corridor, &v, &opts), v.width, v.height))
        });
        // The benchmark's mark at the first draw.
        Effect::new(move |_| {
            if markup.with(Option::is_some) {
                marks::mark_once(marks::DRAWN);
            }
        });
        Drawing { area, markup }
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
