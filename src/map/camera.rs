//! The map's camera as reactive state: fitted to the data until the reader
//! moves it, and always kept within the limits.

use corridor::geo::{Bounds, LonLat, ViewLimits, Viewport};
use leptos::prelude::*;

/// Room around the corridor, in pixels, for labels at the edges.
pub const PADDING: f64 = 36.0;

#[derive(Clone, Copy)]
pub struct MapCamera {
    size: ReadSignal<(f64, f64)>,
    /// `None`: fitted to the data (follows the box's size).
    moved: RwSignal<Option<Viewport>>,
    bounds: Option<Bounds>,
}

impl MapCamera {
    pub fn new(size: ReadSignal<(f64, f64)>, bounds: Option<Bounds>) -> Self {
        MapCamera { size, moved: RwSignal::new(None), bounds }
    }

    fn fitted_at(&self, (w, h): (f64, f64)) -> Option<Viewport> {
        self.bounds.map(|b| Viewport::fit(b, w, h, PADDING))
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

    /// Moves the camera, clamped to the limits.
    pub fn update(&self, f: impl FnOnce(Viewport) -> Viewport) {
        let Some(v) = self.view_untracked() else { return };
        let next = f(v);
        let limits = self.bounds.zip(self.fitted_at(self.size.get_untracked())).map(|(b, fit)| ViewLimits::around(b, &fit));
        let next = limits.map_or(next, |l| next.clamped(&l));
        if next != v || self.moved.get_untracked().is_none() {
            self.moved.set(Some(next));
        }
    }

    /// Back to the whole corridor.
    pub fn fit(&self) {
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
