//! The camera: which part of the projected plane is on screen, and how big.
//! Fitting the corridor into the map box and turning positions into screen
//! pixels live here so they can be tested without a browser.

use super::{project, Bounds, LonLat, Projected};

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

    /// Ground metres per pixel at a latitude (Mercator stretches with 1/cos).
    pub fn ground_metres_per_px(&self, lat: f64) -> f64 {
        self.metres_per_px * lat.to_radians().cos()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn degenerate_inputs_still_give_finite_views() {
        let point = Bounds { west: 121.3, south: 30.7, east: 121.3, north: 30.7 };
        let v = Viewport::fit(point, 0.0, 0.0, 20.0);
        let s = v.to_screen(LonLat::new(121.3, 30.7));
        assert!(s.x.is_finite() && s.y.is_finite() && v.metres_per_px > 0.0);
    }
}
