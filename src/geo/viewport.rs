//! The camera: which part of the projected plane is on screen, and how big.
//! Fitting the corridor into the map box and turning positions into screen
//! pixels live here so they can be tested without a browser.

use super::{project, unproject, Bounds, LonLat, Projected};

/// A position on screen, in CSS pixels from the map box's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenPoint {
    pub x: f64,
    pub y: f64,
}

/// A view of the projected plane: its centre and its scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// Map box size in CSS pixels.
    pub width: f64,
    pub height: f64,
    /// Projected position at the middle of the box.
    pub centre: Projected,
    /// Projected metres per CSS pixel.
    pub metres_per_px: f64,
}

impl Viewport {
    /// The view that shows all of `bounds` with `padding` pixels spare on
    /// every side. A degenerate box or bounds still yields a usable view.
    pub fn fit(bounds: Bounds, width: f64, height: f64, padding: f64) -> Self {
        let sw = project(LonLat::new(bounds.west, bounds.south));
        let ne = project(LonLat::new(bounds.east, bounds.north));
        let inner_w = (width - 2.0 * padding).max(1.0);
        let inner_h = (height - 2.0 * padding).max(1.0);
        let span_x = (ne.x - sw.x).max(1.0);
        let span_y = (ne.y - sw.y).max(1.0);
        Viewport {
            width,
            height,
            centre: Projected { x: (sw.x + ne.x) / 2.0, y: (sw.y + ne.y) / 2.0 },
            metres_per_px: (span_x / inner_w).max(span_y / inner_h),
        }
    }

    /// Where a position appears on screen (y grows downwards).
    pub fn to_screen(&self, p: LonLat) -> ScreenPoint {
        let q = project(p);
        ScreenPoint {
            x: self.width / 2.0 + (q.x - self.centre.x) / self.metres_per_px,
            y: self.height / 2.0 - (q.y - self.centre.y) / self.metres_per_px,
        }
    }

    /// The projected position under a screen point.
    pub fn from_screen(&self, s: ScreenPoint) -> Projected {
        Projected {
            x: self.centre.x + (s.x - self.width / 2.0) * self.metres_per_px,
            y: self.centre.y - (s.y - self.height / 2.0) * self.metres_per_px,
        }
    }

    /// The WGS-84 position at the middle of the box.
    pub fn centre_lonlat(&self) -> LonLat {
        unproject(self.centre)
    }

    /// The view after dragging the map content by `dx, dy` pixels.
    pub fn panned(&self, dx: f64, dy: f64) -> Self {
        let centre =
            Projected { x: self.centre.x - dx * self.metres_per_px, y: self.centre.y + dy * self.metres_per_px };
        Viewport { centre, ..*self }
    }

    /// The view zoomed by `factor` (> 1 zooms in) keeping the ground under
    /// `at` where it is on screen, as a pointer-anchored zoom must.
    pub fn zoomed_about(&self, factor: f64, at: ScreenPoint) -> Self {
        if !(factor.is_finite() && factor > 0.0) {
            return *self;
        }
        let anchor = self.from_screen(at);
        let mpp = self.metres_per_px / factor;
        let centre =
            Projected { x: anchor.x - (at.x - self.width / 2.0) * mpp, y: anchor.y + (at.y - self.height / 2.0) * mpp };
        Viewport { centre, metres_per_px: mpp, ..*self }
    }

    /// The view in which every point appears at `s * p + (tx, ty)` of its
    /// place in this one: what a gesture previewed as a CSS transform
    /// (scale `s`, then translate) becomes when it is committed.
    pub fn transformed(&self, s: f64, tx: f64, ty: f64) -> Self {
        if !(s.is_finite() && s > 0.0 && tx.is_finite() && ty.is_finite()) {
            return *self;
        }
        let centre = self.from_screen(ScreenPoint { x: (self.width / 2.0 - tx) / s, y: (self.height / 2.0 - ty) / s });
        Viewport { centre, metres_per_px: self.metres_per_px / s, ..*self }
    }

    /// The same camera in a box of another size.
    pub fn resized(&self, width: f64, height: f64) -> Self {
        Viewport { width, height, ..*self }
    }

    /// The view with `p` in the middle.
    pub fn centred_on(&self, p: LonLat) -> Self {
        Viewport { centre: project(p), ..*self }
    }

    /// The view that shows `p` at least `margin` pixels inside the part of
    /// the box left uncovered when the bottom `covered_below` pixels are
    /// hidden (a phone's card sheet over the map), or `None` when it is
    /// already shown there. The new view puts `p` in the middle of that part.
    ///
    /// ```
    /// use corridor::geo::{LonLat, Viewport, Bounds};
    /// let v = Viewport::fit(Bounds { west: 121.2, south: 30.7, east: 121.4, north: 30.8 }, 390.0, 700.0, 0.0);
    /// let p = LonLat::new(121.3, 30.75); // the middle of the box
    /// assert!(v.brought_into_view(p, 40.0, 0.0).is_none());
    /// // A sheet over the lower 400 px hides it: it moves to the middle of the top 300.
    /// let moved = v.brought_into_view(p, 40.0, 400.0).expect("hidden under the sheet");
    /// assert!((moved.to_screen(p).y - 150.0).abs() < 1e-6);
    /// ```
    pub fn brought_into_view(&self, p: LonLat, margin: f64, covered_below: f64) -> Option<Self> {
        // Some map always stays: a sheet taller than the box leaves a strip.
        let visible = (self.height - covered_below.max(0.0)).max(self.height.min(2.0 * margin + 1.0));
        let s = self.to_screen(p);
        let shown = s.x >= margin && s.y >= margin && s.x <= self.width - margin && s.y <= visible - margin;
        (!shown).then(|| self.centred_on(p).panned(0.0, (visible - self.height) / 2.0))
    }

    /// Whether a screen point lies in the box, `margin` pixels inside.
    pub fn shows(&self, s: ScreenPoint, margin: f64) -> bool {
        s.x >= margin && s.y >= margin && s.x <= self.width - margin && s.y <= self.height - margin
    }

    /// The smallest drag (`dx`, `dy` for [`Viewport::panned`]) that brings
    /// the screen point `s` at least `margin` pixels inside the box: what
    /// Tab onto a marker just off screen does.
    pub fn drag_to_show(&self, s: ScreenPoint, margin: f64) -> (f64, f64) {
        let along = |at: f64, size: f64| {
            let m = margin.min(size / 2.0);
            if at < m {
                m - at
            } else if at > size - m {
                size - m - at
            } else {
                0.0
            }
        };
        (along(s.x, self.width), along(s.y, self.height))
    }

    /// Ground metres per pixel at a latitude (Mercator stretches with 1/cos).
    pub fn ground_metres_per_px(&self, lat: f64) -> f64 {
        self.metres_per_px * lat.to_radians().cos()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::ViewLimits;

    const CORRIDOR: Bounds = Bounds { west: 121.215, south: 30.72, east: 121.331, north: 30.766 };

    #[test]
    fn fitted_bounds_lie_inside_the_padded_box() {
        for (w, h) in [(390.0, 320.0), (1080.0, 800.0), (200.0, 600.0)] {
            let v = Viewport::fit(CORRIDOR, w, h, 20.0);
            let sw = v.to_screen(LonLat::new(CORRIDOR.west, CORRIDOR.south));
            let ne = v.to_screen(LonLat::new(CORRIDOR.east, CORRIDOR.north));
            for p in [sw, ne] {
                assert!(p.x >= 19.99 && p.x <= w - 19.99, "{w}x{h}: {p:?}");
                assert!(p.y >= 19.99 && p.y <= h - 19.99, "{w}x{h}: {p:?}");
            }
            // One of the two dimensions is filled exactly.
            let filled_x = ((ne.x - sw.x) - (w - 40.0)).abs() < 1e-6;
            let filled_y = ((sw.y - ne.y) - (h - 40.0)).abs() < 1e-6;
            assert!(filled_x || filled_y, "{w}x{h}");
        }
    }

    #[test]
    fn a_drag_to_show_a_point_moves_it_just_inside_and_no_further() {
        let v = Viewport::fit(CORRIDOR, 400.0, 300.0, 10.0);
        assert_eq!(v.drag_to_show(ScreenPoint { x: 200.0, y: 150.0 }, 40.0), (0.0, 0.0));
        assert_eq!(v.drag_to_show(ScreenPoint { x: -100.0, y: 390.0 }, 40.0), (140.0, -130.0));
        // After the drag the point sits exactly `margin` inside.
        let p = LonLat::new(121.20, 30.70);
        let at = v.to_screen(p);
        let (dx, dy) = v.drag_to_show(at, 40.0);
        let now = v.panned(dx, dy).to_screen(p);
        assert!(v.panned(dx, dy).shows(now, 39.999), "{now:?}");
    }

    #[test]
    fn centre_of_bounds_is_centre_of_box() {
        let v = Viewport::fit(CORRIDOR, 400.0, 300.0, 10.0);
        let c = v.to_screen(LonLat::new(
            (CORRIDOR.west + CORRIDOR.east) / 2.0,
            // Mercator's centre is not the mean latitude, but close to it here.
            (CORRIDOR.south + CORRIDOR.north) / 2.0,
        ));
        assert!((c.x - 200.0).abs() < 1e-6);
        assert!((c.y - 150.0).abs() < 0.5, "{c:?}");
    }

    #[test]
    fn north_is_up() {
        let v = Viewport::fit(CORRIDOR, 400.0, 300.0, 10.0);
        assert!(v.to_screen(LonLat::new(121.3, 30.76)).y < v.to_screen(LonLat::new(121.3, 30.73)).y);
    }

    #[test]
    fn ground_scale_shrinks_with_latitude() {
        let v = Viewport::fit(CORRIDOR, 400.0, 300.0, 10.0);
        assert!((v.ground_metres_per_px(30.745) / v.metres_per_px - 30.745f64.to_radians().cos()).abs() < 1e-12);
    }

    #[test]
    fn zoom_about_a_point_keeps_that_point_fixed() {
        let v = Viewport::fit(CORRIDOR, 400.0, 300.0, 10.0);
        let at = ScreenPoint { x: 310.0, y: 75.0 };
        let ground = v.from_screen(at);
        for factor in [2.0, 0.5, 1.37] {
            let z = v.zoomed_about(factor, at);
            let again = z.from_screen(at);
            assert!((again.x - ground.x).abs() < 1e-6 && (again.y - ground.y).abs() < 1e-6, "{factor}");
            assert!((z.metres_per_px - v.metres_per_px / factor).abs() < 1e-9);
        }
        assert_eq!(v.zoomed_about(f64::NAN, at), v);
    }

    #[test]
    fn panning_moves_content_with_the_pointer() {
        let v = Viewport::fit(CORRIDOR, 400.0, 300.0, 10.0);
        let p = LonLat::new(121.27, 30.745);
        let before = v.to_screen(p);
        let after = v.panned(25.0, -10.0).to_screen(p);
        assert!((after.x - before.x - 25.0).abs() < 1e-6 && (after.y - before.y + 10.0).abs() < 1e-6);
    }

    #[test]
    fn limits_hold_scale_and_keep_the_corridor_in_reach() {
        let v = Viewport::fit(CORRIDOR, 400.0, 300.0, 10.0);
        let limits = ViewLimits::around(CORRIDOR, &v);
        let far_out = v.zoomed_about(0.01, ScreenPoint { x: 200.0, y: 150.0 }).clamped(&limits);
        assert!((far_out.metres_per_px - 2.0 * v.metres_per_px).abs() < 1e-9);
        let far_in = v.zoomed_about(1e6, ScreenPoint { x: 200.0, y: 150.0 }).clamped(&limits);
        assert_eq!(far_in.metres_per_px, ViewLimits::STREET_LEVEL);
        let lost = v.panned(1e7, -1e7).clamped(&limits);
        let c = lost.centre_lonlat();
        assert!(CORRIDOR.contains(LonLat::new(c.lon, c.lat.clamp(CORRIDOR.south, CORRIDOR.north))), "{c:?}");
        assert!((c.lon - CORRIDOR.west).abs() < 1e-6, "clamped to the west edge: {c:?}");
    }

    #[test]
    fn a_committed_transform_puts_points_where_the_preview_showed_them() {
        let v = Viewport::fit(CORRIDOR, 400.0, 300.0, 10.0);
        let (s, tx, ty) = (1.8, -35.0, 22.5);
        let t = v.transformed(s, tx, ty);
        for p in [LonLat::new(121.22, 30.73), LonLat::new(121.3, 30.76), LonLat::new(121.27, 30.745)] {
            let (a, b) = (v.to_screen(p), t.to_screen(p));
            assert!((b.x - (s * a.x + tx)).abs() < 1e-6 && (b.y - (s * a.y + ty)).abs() < 1e-6, "{p:?}");
        }
        assert_eq!(v.transformed(0.0, 1.0, 1.0), v);
    }

    #[test]
    fn centring_and_showing() {
        let v = Viewport::fit(CORRIDOR, 400.0, 300.0, 10.0).zoomed_about(8.0, ScreenPoint { x: 0.0, y: 150.0 });
        let east = LonLat::new(121.33, 30.746);
        assert!(!v.shows(v.to_screen(east), 20.0));
        let c = v.centred_on(east);
        assert!(c.shows(c.to_screen(east), 20.0));
        let s = c.to_screen(east);
        assert!((s.x - 200.0).abs() < 1e-6 && (s.y - 150.0).abs() < 1e-6);
        assert!((c.centre_lonlat().lon - east.lon).abs() < 1e-9);
    }

    #[test]
    fn brought_into_view_above_a_sheet() {
        let v = Viewport::fit(CORRIDOR, 390.0, 600.0, 10.0);
        let p = v.centre_lonlat();
        // In the middle and nothing covers it: left alone.
        assert!(v.brought_into_view(p, 40.0, 0.0).is_none());
        // Under a sheet over the lower 350 px: moved to the middle of the top 250, same scale.
        let up = v.brought_into_view(p, 40.0, 350.0).expect("hidden under the sheet");
        let s = up.to_screen(p);
        assert!((s.x - 195.0).abs() < 1e-6 && (s.y - 125.0).abs() < 1e-6, "{s:?}");
        assert_eq!(up.metres_per_px, v.metres_per_px);
        assert!(up.brought_into_view(p, 40.0, 350.0).is_none(), "once moved it stays");
        // A sheet taller than the map still leaves a strip to show it in.
        let strip = v.brought_into_view(p, 40.0, 5000.0).expect("moved into the strip");
        assert!(strip.to_screen(p).y.is_finite() && strip.to_screen(p).y > 0.0);
    }

    #[test]
    fn degenerate_inputs_still_give_finite_views() {
        let point = Bounds { west: 121.3, south: 30.7, east: 121.3, north: 30.7 };
        let v = Viewport::fit(point, 0.0, 0.0, 20.0);
        let s = v.to_screen(LonLat::new(121.3, 30.7));
        assert!(s.x.is_finite() && s.y.is_finite() && v.metres_per_px > 0.0);
    }
}
