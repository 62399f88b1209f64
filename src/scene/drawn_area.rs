//! The area the map's markup is drawn for: the view and half a box more on
//! every side, at the view's scale. The SVG is as large as the area and
//! is shown through the map box by a CSS transform, so a pan that stays
//! inside it (and every frame of a gesture) only changes that transform:
//! the browser moves an already painted layer instead of rebuilding and
//! repainting thousands of elements. The markup is rebuilt when the scale
//! changes or the view leaves the area.
//!
//! After a change of scale (a zoom) the new area is only
//! an eighth of a box larger on each side, so the redraw the reader waits
//! for is small; once the map has been still for a moment the app widens
//! it to the full margin ([`DrawnArea::widened`]).

use super::Preview;
use crate::fmt_num::fixed;
use crate::geo::{ScreenPoint, Viewport};

/// A drawn area: a viewport larger than the screen, centred where the view
/// was when it was drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DrawnArea {
    pub viewport: Viewport,
    /// Drawn with the full margin (half a box each side), not the narrow
    /// one used right after a change of scale.
    pub full: bool,
}

/// The narrow margin, as a fraction of the box on each side.
const NARROW_MARGIN: f64 = 0.125;

/// Two scales this close are the same: a pan must not rebuild the map
/// because of a rounding error.
const SAME_SCALE: f64 = 1e-9;

impl DrawnArea {
    /// The full area around `v`: twice its width and height, same centre.
    pub fn around(v: &Viewport) -> Self {
        DrawnArea { viewport: v.resized(v.width * 2.0, v.height * 2.0), full: true }
    }

    /// The narrow area around `v`, drawn first after a change of scale.
    pub fn near(v: &Viewport) -> Self {
        let k = 1.0 + 2.0 * NARROW_MARGIN;
        DrawnArea { viewport: v.resized(v.width * k, v.height * k), full: false }
    }

    /// The area to draw for `v`: `previous` while it still covers `v`; a
    /// narrow one after a change of scale; otherwise (the first draw, a
    /// pan that left the area) a full one, so nothing is redrawn under a
    /// reader who has just started to look or to Tab through the markers.
    pub fn for_view(previous: Option<&DrawnArea>, v: &Viewport) -> Self {
        match previous {
            Some(a) if a.covers(v) => *a,
            Some(a) if !a.same_scale(v) => DrawnArea::near(v),
            _ => DrawnArea::around(v),
        }
    }

    /// The full area around `v`, if this one is narrow and still covers
    /// `v`; what the app draws once the map is still.
    pub fn widened(&self, v: &Viewport) -> Option<Self> {
        (!self.full && self.covers(v)).then(|| DrawnArea::around(v))
    }

    fn same_scale(&self, v: &Viewport) -> bool {
        let a = &self.viewport;
        (v.metres_per_px - a.metres_per_px).abs() <= a.metres_per_px * SAME_SCALE
    }

    /// Whether `v` is at this area's scale and lies wholly inside it.
    pub fn covers(&self, v: &Viewport) -> bool {
        let a = &self.viewport;
        if !self.same_scale(v) {
            return false;
        }
        let o = self.origin_of(v);
        o.x >= 0.0 && o.y >= 0.0 && o.x + v.width <= a.width && o.y + v.height <= a.height
    }

    /// Where the top-left corner of `v` lies in the area's pixels.
    pub fn origin_of(&self, v: &Viewport) -> ScreenPoint {
        let a = &self.viewport;
        ScreenPoint {
            x: a.width / 2.0 + (v.centre.x - a.centre.x) / a.metres_per_px - v.width / 2.0,
            y: a.height / 2.0 - (v.centre.y - a.centre.y) / a.metres_per_px - v.height / 2.0,
        }
    }

    /// The CSS transform that shows `v` (and the gesture `p` on top of it)
    /// through the map box: the area's pixel `q` lands on screen at
    /// `p.s * (q - origin) + (p.tx, p.ty)`.
    pub fn css_transform(&self, v: &Viewport, p: Preview) -> String {
        let o = self.origin_of(v);
        format!("matrix({s},0,0,{s},{},{})", fixed(p.tx - p.s * o.x, 2), fixed(p.ty - p.s * o.y, 2), s = fixed(p.s, 5))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::{Bounds, LonLat};

    fn view() -> Viewport {
        let b = Bounds { west: 121.20, south: 30.70, east: 121.32, north: 30.78 };
        Viewport::fit(b, 400.0, 300.0, 20.0)
    }

    #[test]
    fn a_new_area_is_centred_on_the_view() {
        let v = view();
        let a = DrawnArea::around(&v);
        assert_eq!(a.origin_of(&v), ScreenPoint { x: 200.0, y: 150.0 });
        assert!(a.covers(&v));
    }

    #[test]
    fn a_point_lands_on_the_same_screen_pixel_through_the_view_box() {
        let v = view().panned(-70.0, 45.0);
        let a = DrawnArea::for_view(Some(&DrawnArea::around(&view())), &v);
        let p = LonLat::new(121.26, 30.74);
        let in_area = a.viewport.to_screen(p);
        let o = a.origin_of(&v);
        let on_screen = v.to_screen(p);
        assert!((in_area.x - o.x - on_screen.x).abs() < 1e-6 && (in_area.y - o.y - on_screen.y).abs() < 1e-6);
    }

    #[test]
    fn panning_inside_keeps_the_area_and_leaving_it_makes_a_full_new_one() {
        let first = DrawnArea::around(&view());
        let near = view().panned(150.0, -100.0);
        assert_eq!(DrawnArea::for_view(Some(&first), &near), first);
        let far = view().panned(201.0, 0.0);
        let next = DrawnArea::for_view(Some(&first), &far);
        assert_ne!(next, first);
        assert_eq!(next, DrawnArea::around(&far));
    }

    #[test]
    fn a_new_scale_is_drawn_narrow_first_and_widened_later() {
        let first = DrawnArea::around(&view());
        let zoomed = view().zoomed_about(2.0, ScreenPoint { x: 100.0, y: 100.0 });
        let narrow = DrawnArea::for_view(Some(&first), &zoomed);
        assert!(!narrow.full && narrow.covers(&zoomed));
        assert_eq!((narrow.viewport.width, narrow.viewport.height), (500.0, 375.0));
        assert_eq!(DrawnArea::for_view(None, &view()), DrawnArea::around(&view()));
        // Widened around wherever the view is by then (it may have moved a
        // little inside the narrow area); a full area is never widened.
        let moved = zoomed.panned(20.0, 0.0);
        assert_eq!(narrow.widened(&moved), Some(DrawnArea::around(&moved)));
        assert_eq!(first.widened(&view()), None);
        // A view that has left the narrow area is not widened from it.
        assert_eq!(narrow.widened(&zoomed.panned(100.0, 0.0)), None);
    }

    #[test]
    fn the_transform_shifts_by_the_origin_then_applies_the_gesture() {
        let v = view();
        let a = DrawnArea::around(&v);
        assert_eq!(a.css_transform(&v, Preview::NONE), "matrix(1.00000,0,0,1.00000,-200.00,-150.00)");
        // Zooming 2x about the box's corner, then moving 10 px right.
        let p = Preview { s: 2.0, tx: 10.0, ty: 0.0 };
        assert_eq!(a.css_transform(&v, p), "matrix(2.00000,0,0,2.00000,-390.00,-300.00)");
    }

    #[test]
    fn a_new_scale_or_a_bigger_box_makes_a_new_area() {
        let first = DrawnArea::around(&view());
        let zoomed = view().zoomed_about(1.25, ScreenPoint { x: 200.0, y: 150.0 });
        assert!(!first.covers(&zoomed));
        assert!(first.covers(&view().resized(800.0, 600.0)));
        assert!(!first.covers(&view().resized(900.0, 600.0)));
    }
}
