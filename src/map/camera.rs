//! The map's camera as reactive state: fitted to the data until the reader
//! moves it, and always kept within the limits.

use corridor::geo::{Bounds, LonLat, ViewLimits, Viewport};
use corridor::scene::Preview;
use leptos::prelude::*;

/// Room around the corridor, in pixels, for labels at the edges.
pub const PADDING: f64 = 36.0;
/// The column of buttons on the map's right edge.
pub const CONTROLS_PX: f64 = 52.0;

#[derive(Clone, Copy)]
pub struct MapCamera {
    size: ReadSignal<(f64, f64)>,
    /// `None`: fitted to the data (follows the box's size).
    moved: RwSignal<Option<Viewport>>,
    preview: RwSignal<Preview>,
    bounds: Option<Bounds>,
}

impl MapCamera {
    pub fn new(size: ReadSignal<(f64, f64)>, bounds: Option<Bounds>) -> Self {
        MapCamera { size, moved: RwSignal::new(None), preview: RwSignal::new(Preview::NONE), bounds }
    }

    /// The corridor fitted into the part of the box left of the buttons.
    fn fitted_at(&self, (w, h): (f64, f64)) -> Option<Viewport> {
        let narrower = (w - CONTROLS_PX).max(w / 2.0);
        self.bounds.map(|b| Viewport::fit(b, narrower, h, PADDING).resized(w, h).panned((narrower - w) / 2.0, 0.0))
    }

    fn view_at(&self, size: (f64, f64), moved: Option<Viewport>) -> Option<Viewport> {
        match moved {
            Some(v) => Some(v.resized(size.0, size.1)),
            None => self.fitted_at(size),
        }
    }

    /// The current view (tracked).
    pub fn view(&self) -> Option<Viewport> {
        self.view_at(self.size.get(), self.moved.get())
    }

    pub fn view_untracked(&self) -> Option<Viewport> {
        self.view_at(self.size.get_untracked(), self.moved.get_untracked())
    }

    fn limits(&self) -> Option<ViewLimits> {
        self.bounds.zip(self.fitted_at(self.size.get_untracked())).map(|(b, fit)| ViewLimits::around(b, &fit))
    }

    /// Moves the camera (after any gesture in progress), clamped to the
    /// limits, and redraws.
    pub fn update(&self, f: impl FnOnce(Viewport) -> Viewport) {
        let Some(v) = self.view_untracked() else { return };
        let p = self.preview.get_untracked();
        let next = f(v.transformed(p.s, p.tx, p.ty));
        let next = self.limits().map_or(next, |l| next.clamped(&l));
        if p != Preview::NONE {
            self.preview.set(Preview::NONE);
        }
        if next != v || self.moved.get_untracked().is_none() {
            self.moved.set(Some(next));
        }
    }

    /// The gesture in progress (tracked).
    pub fn preview(&self) -> Preview {
        self.preview.get()
    }

    /// A gesture drags the drawing by `dx, dy` pixels.
    pub fn preview_pan(&self, dx: f64, dy: f64) {
        self.preview.update(|p| {
            p.tx += dx;
            p.ty += dy;
        });
    }

    /// A gesture zooms the drawing by `factor` about `at`, within the
    /// camera's zoom limits.
    pub fn preview_zoom(&self, factor: f64, at: corridor::geo::ScreenPoint) {
        let (Some(v), Some(l)) = (self.view_untracked(), self.limits()) else { return };
        self.preview.update(|p| {
            // Scale limits: metres per pixel / s must stay within bounds.
            let s = (p.s * factor).clamp(v.metres_per_px / l.max_metres_per_px, v.metres_per_px / l.min_metres_per_px);
            let f = s / p.s;
            p.tx = f * p.tx + (1.0 - f) * at.x;
            p.ty = f * p.ty + (1.0 - f) * at.y;
            p.s = s;
        });
    }

    /// Ends a gesture: the camera takes the previewed view and redraws.
    pub fn commit(&self) {
        if self.preview.get_untracked() != Preview::NONE {
            self.update(|v| v);
        }
    }

    /// Back to the whole corridor.
    pub fn fit(&self) {
        self.preview.set(Preview::NONE);
        self.moved.set(None);
    }

    /// Brings `p` to the middle unless it is already well inside the view.
    pub fn bring_into_view(&self, p: LonLat) {
        if let Some(v) = self.view_untracked() {
            if !v.shows(v.to_screen(p), 40.0) {
                self.update(|v| v.centred_on(p));
            }
        }
    }
}
