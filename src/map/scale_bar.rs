//! The scale bar, over the map's bottom-left corner. It is HTML outside the
//! SVG, so it stays put while a gesture moves the drawing, and a pan (which
//! only moves the drawing's viewBox) never has to rebuild it.

use super::camera::MapCamera;
use crate::ui::nav::Nav;
use corridor::fmt_num::fixed;
use corridor::scene::ScaleBar;
use leptos::prelude::*;

/// The widest the bar may be, in CSS pixels.
const MAX_PX: f64 = 110.0;

#[component]
pub fn MapScaleBar(camera: MapCamera) -> impl IntoView {
    let nav = Nav::get();
    let bar = Memo::new(move |_| {
        let v = camera.view()?;
        Some(ScaleBar::fit(v.ground_metres_per_px(v.centre_lonlat().lat), MAX_PX, nav.lang.get()))
    });
    move || {
        bar.get().map(|b| {
            view! {
                <div class="scale-bar">
                    <span class="scale-label">{b.label}</span>
                    <span class="scale-line" style=format!("width:{}px", fixed(b.width_px, 1))></span>
                </div>
            }
        })
    }
}
