//! The scale bar, over the map's bottom-left corner. It is HTML outside the
//! SVG, so it stays put while a gesture moves the drawing, and a pan (which
//! only moves the drawing's viewBox) never has to rebuild it.

use super::camera::MapCamera;
use crate::ui::nav::Nav;
use corridor::fmt_num::fixed;
use corridor::i18n::Msg;
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

/// The orientation cue above the scale bar: the map is always drawn with
/// north up (it never rotates), and says so.
#[component]
pub fn NorthArrow() -> impl IntoView {
    let nav = Nav::get();
    view! {
        <div class="north-arrow" role="img" aria-label=nav.tr(Msg::NorthUp) title=nav.tr(Msg::NorthUp)>
            <span aria-hidden="true">{nav.tr(Msg::NorthLetter)}</span>
            <svg viewBox="0 0 16 20" aria-hidden="true"><path d="M8 1 L13 14 L8 11 L3 14 Z" /></svg>
        </div>
    }
}
