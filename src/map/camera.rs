//! The map's camera as reactive state: fitted to the data until the reader
//! moves it, and always kept within the limits. Gestures move the drawing
//! as they go and commit when they end; buttons, keys and opening a card
//! glide to their view (a short animation of the same kind), or jump when
//! the reader asks for reduced motion.

use corridor::geo::{CameraRules, LonLat, ViewLimits, Viewport};
use corridor::scene::{Glide, Preview};
use leptos::prelude::*;

/// How far inside the seen map a position must lie to count as in view.
const IN_VIEW_MARGIN_PX: f64 = 40.0;

/// Whether the reader's system asks for less motion.
fn reduced_motion() -> bool {
    window().match_media("(prefers-reduced-motion: reduce)").ok().flatten().is_some_and(|m| m.matches())
}

fn now_ms() -> f64 {
    window().performance().map_or_else(js_sys::Date::now, |p| p.now())
}

#[derive(Clone, Copy)]
pub struct MapCamera {
    size: ReadSignal<(f64, f64)>,
    /// `None`: fitted to the data (follows the box's size).
    moved: RwSignal<Option<Viewport>>,
    preview: RwSignal<Preview>,
    /// Counts glides; a glide whose number is no longer current stops (a
    /// gesture or another glide took over).
    glide: StoredValue<u32>,
    /// A glide is playing, or about to start (published for tests).
    gliding: RwSignal<bool>,
    /// The page is being printed: the view is the whole corridor fitted
    /// to [`PRINT_BOX`], whatever the reader did on screen.
    printing: RwSignal<bool>,
    rules: Option<CameraRules>,
}

use corridor::scene::PRINT_BOX;

impl MapCamera {
    pub fn new(size: ReadSignal<(f64, f64)>, rules: Option<CameraRules>) -> Self {
        MapCamera {
            size,
            moved: RwSignal::new(None),
            preview: RwSignal::new(Preview::NONE),
            glide: StoredValue::new(0),
            gliding: RwSignal::new(false),
            printing: RwSignal::new(false),
            rules,
        }
    }

    /// Stops a glide in progress where it is (its picture stays as the
    /// preview, so whatever comes next starts from what is on screen).
    fn stop_gliding(&self) -> u32 {
        let n = self.glide.get_value().wrapping_add(1);
        self.glide.set_value(n);
        self.set_gliding(false);
        n
    }

    fn set_gliding(&self, on: bool) {
        if self.gliding.get_untracked() != on {
            self.gliding.set(on);
        }
    }

    /// Whether a glide is playing or about to (tracked).
    pub fn gliding(&self) -> bool {
        self.gliding.get()
    }

    /// The first view: the corridor fitted left of the buttons.
    fn fitted_at(&self, (w, h): (f64, f64)) -> Option<Viewport> {
        self.rules.map(|r| r.fitted(w, h))
    }

    fn view_at(&self, size: (f64, f64), moved: Option<Viewport>, printing: bool) -> Option<Viewport> {
        if printing {
            return self.fitted_at(PRINT_BOX);
        }
        match moved {
            Some(v) => Some(v.resized(size.0, size.1)),
            None => self.fitted_at(size),
        }
    }

    /// The current view (tracked).
    pub fn view(&self) -> Option<Viewport> {
        self.view_at(self.size.get(), self.moved.get(), self.printing.get())
    }

    pub fn view_untracked(&self) -> Option<Viewport> {
        self.view_at(self.size.get_untracked(), self.moved.get_untracked(), self.printing.get_untracked())
    }

    /// Whether the page is being printed (tracked).
    pub fn printing(&self) -> bool {
        self.printing.get()
    }

    /// The browser starts (`true`) or ends printing: the printed view is
    /// the whole corridor; afterwards the reader's view comes back.
    pub fn set_printing(&self, on: bool) {
        if self.printing.get_untracked() != on {
            self.printing.set(on);
        }
    }

    fn limits(&self) -> Option<ViewLimits> {
        let (w, h) = self.size.get_untracked();
        self.rules.map(|r| r.limits(w, h))
    }

    /// Moves the camera (after any gesture in progress), clamped to the
    /// limits, and redraws.
    pub fn update(&self, f: impl FnOnce(Viewport) -> Viewport) {
        self.stop_gliding();
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

    pub fn preview_untracked(&self) -> Preview {
        self.preview.get_untracked()
    }

    /// A gesture drags the drawing by `dx, dy` pixels.
    pub fn preview_pan(&self, dx: f64, dy: f64) {
        self.stop_gliding();
        self.preview.update(|p| {
            p.tx += dx;
            p.ty += dy;
        });
    }

    /// A gesture zooms the drawing by `factor` about `at`, within the
    /// camera's zoom limits.
    pub fn preview_zoom(&self, factor: f64, at: corridor::geo::ScreenPoint) {
        let (Some(v), Some(l)) = (self.view_untracked(), self.limits()) else { return };
        self.stop_gliding();
        self.preview.update(|p| {
            let s = l.gesture_scale(v.metres_per_px, p.s * factor);
            // A zoom by `f` about `at`.
            let f = s / p.s;
            *p = p.then(Preview { s: f, tx: (1.0 - f) * at.x, ty: (1.0 - f) * at.y });
        });
    }

    /// Ends a gesture: the camera takes the previewed view and redraws.
    pub fn commit(&self) {
        if self.preview.get_untracked() != Preview::NONE {
            self.update(|v| v);
        }
    }

    /// Glides from what is on screen to `f` of it (within the limits);
    /// `fitted` ends fitted to the data (following the box's size).
    fn glide_to(&self, f: impl FnOnce(Viewport) -> Viewport, fitted: bool) {
        let n = self.stop_gliding();
        let Some(v) = self.view_untracked() else { return };
        let from = self.preview.get_untracked();
        let next = f(v.transformed(from.s, from.tx, from.ty));
        let target = if fitted { next } else { self.limits().map_or(next, |l| next.clamped(&l)) };
        let land = move |camera: &MapCamera| {
            camera.set_gliding(false);
            camera.preview.set(Preview::NONE);
            camera.moved.set(if fitted { None } else { Some(target) });
        };
        if reduced_motion() {
            land(self);
            return;
        }
        let glide = Glide::new(&v, from, &target);
        let start = now_ms();
        self.set_gliding(true);
        fn frame(camera: MapCamera, n: u32, start: f64, glide: Glide, land: impl Fn(&MapCamera) + 'static) {
            request_animation_frame(move || {
                if camera.glide.get_value() != n {
                    return;
                }
                match glide.at((now_ms() - start) / Glide::MS) {
                    Some(p) => {
                        camera.preview.set(p);
                        frame(camera, n, start, glide, land);
                    }
                    None => land(&camera),
                }
            });
        }
        frame(*self, n, start, glide, land);
    }

    /// Glides to `f` of the current view (buttons, keys, double-click).
    pub fn glide(&self, f: impl FnOnce(Viewport) -> Viewport) {
        self.glide_to(f, false);
    }

    /// Back to the whole corridor.
    pub fn fit(&self) {
        let size = self.size.get_untracked();
        if let Some(fitted) = self.fitted_at(size) {
            self.glide_to(move |_| fitted, true);
        }
    }

    /// Brings `p` to the middle of what is seen of the map (above a phone's
    /// card sheet) unless it is already well inside it.
    pub fn bring_into_view(&self, p: LonLat) {
        let covered = super::sheet::covered_below_px();
        if let Some(v) = self.view_untracked() {
            if v.brought_into_view(p, IN_VIEW_MARGIN_PX, covered).is_some() {
                self.glide(move |v| v.brought_into_view(p, IN_VIEW_MARGIN_PX, covered).unwrap_or(v));
            }
        }
    }

    /// [`MapCamera::bring_into_view`] after `delay` (once the layout has
    /// settled); counted as gliding from now on, so nothing reads the map
    /// as still in between.
    pub fn bring_into_view_after(&self, p: LonLat, delay: std::time::Duration) {
        let n = self.stop_gliding();
        self.set_gliding(true);
        let camera = *self;
        set_timeout(
            move || {
                if camera.glide.get_value() == n {
                    camera.set_gliding(false);
                    camera.bring_into_view(p);
                }
            },
            delay,
        );
    }
}
