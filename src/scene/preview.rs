//! The drawing moved on screen without redrawing it: a scale about the
//! box's corner, then a translation (a similarity, as a CSS `matrix`).
//! Gestures show themselves this way and commit when they end; animated
//! camera moves (buttons, opening a card) play one from nothing to the
//! target and then commit it.

use crate::geo::{ScreenPoint, Viewport};

/// A screen point `p` is shown at `s * p + (tx, ty)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Preview {
    pub s: f64,
    pub tx: f64,
    pub ty: f64,
}

/// Below this difference from 1 a scale counts as none (a pure pan).
const NO_SCALE: f64 = 1e-9;

impl Preview {
    pub const NONE: Preview = Preview { s: 1.0, tx: 0.0, ty: 0.0 };

    /// Where a screen point is shown.
    pub fn apply(&self, p: ScreenPoint) -> ScreenPoint {
        ScreenPoint { x: self.s * p.x + self.tx, y: self.s * p.y + self.ty }
    }

    /// This, then `next`.
    pub fn then(&self, next: Preview) -> Preview {
        Preview { s: next.s * self.s, tx: next.s * self.tx + next.tx, ty: next.s * self.ty + next.ty }
    }

    /// The move that undoes this one.
    pub fn inverse(&self) -> Preview {
        Preview { s: 1.0 / self.s, tx: -self.tx / self.s, ty: -self.ty / self.s }
    }

    /// The fraction `e` (0 to 1) of this move, as an animation shows it:
    /// the scale grows geometrically about the move's fixed point, so a
    /// zoom about a point keeps that point still all the way; a pure pan
    /// moves in a straight line.
    pub fn part(&self, e: f64) -> Preview {
        if (self.s - 1.0).abs() < NO_SCALE {
            return Preview { s: 1.0, tx: self.tx * e, ty: self.ty * e };
        }
        let s = self.s.powf(e);
        let (fx, fy) = (self.tx / (1.0 - self.s), self.ty / (1.0 - self.s));
        Preview { s, tx: (1.0 - s) * fx, ty: (1.0 - s) * fy }
    }
}

impl Viewport {
    /// The move of the drawing that shows `target` (same box) from this
    /// view: `self.transformed(p.s, p.tx, p.ty)` is `target`.
    pub fn preview_to(&self, target: &Viewport) -> Preview {
        let s = self.metres_per_px / target.metres_per_px;
        Preview {
            s,
            tx: self.width / 2.0 * (1.0 - s) + (self.centre.x - target.centre.x) / target.metres_per_px,
            ty: self.height / 2.0 * (1.0 - s) - (self.centre.y - target.centre.y) / target.metres_per_px,
        }
    }
}

/// An animated camera move in screen space: from the picture now on
/// screen (`from`, a gesture or a glide cut short) to the target view,
/// fast at first and gentle at the end.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glide {
    from: Preview,
    rest: Preview,
}

impl Glide {
    /// How long a glide takes: long enough to follow, short enough not to
    /// wait.
    pub const MS: f64 = 250.0;

    /// A glide from `v` shown through `from` to `target` (same box).
    pub fn new(v: &Viewport, from: Preview, target: &Viewport) -> Self {
        Glide { from, rest: from.inverse().then(v.preview_to(target)) }
    }

    /// The picture at `t` (0 to 1) of the way, eased out; `None` once it
    /// has arrived (`t >= 1`, or a NaN from a broken clock), when the
    /// target view itself is drawn.
    ///
    /// ```
    /// use corridor::geo::{Bounds, ScreenPoint, Viewport};
    /// use corridor::scene::{Glide, Preview};
    /// let b = Bounds { west: 121.2, south: 30.7, east: 121.3, north: 30.8 };
    /// let v = Viewport::fit(b, 400.0, 300.0, 36.0);
    /// let g = Glide::new(&v, Preview::NONE, &v.zoomed_about(2.0, v.middle()));
    /// assert_eq!(g.at(0.0), Some(Preview::NONE));
    /// assert!(g.at(0.5).is_some_and(|p| p.s > 1.5)); // most of the way by half time
    /// assert_eq!(g.at(1.0), None);
    /// ```
    pub fn at(&self, t: f64) -> Option<Preview> {
        if t >= 1.0 || t.is_nan() {
            return None;
        }
        let eased = 1.0 - (1.0 - t.clamp(0.0, 1.0)).powi(3);
        Some(self.from.then(self.rest.part(eased)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::{Bounds, LonLat};

    fn view() -> Viewport {
        Viewport::fit(Bounds { west: 121.20, south: 30.70, east: 121.32, north: 30.78 }, 400.0, 300.0, 20.0)
    }

    fn close(a: ScreenPoint, b: ScreenPoint) -> bool {
        (a.x - b.x).abs() < 1e-6 && (a.y - b.y).abs() < 1e-6
    }

    #[test]
    fn the_preview_to_a_view_shows_every_point_where_that_view_draws_it() {
        let v = view();
        let p = LonLat::new(121.25, 30.73);
        for target in [
            v.panned(30.0, -12.0),
            v.zoomed_about(2.5, ScreenPoint { x: 90.0, y: 40.0 }),
            v.zoomed_about(0.3, ScreenPoint { x: 0.0, y: 0.0 }).panned(5.0, 5.0),
        ] {
            let m = v.preview_to(&target);
            assert!(close(m.apply(v.to_screen(p)), target.to_screen(p)), "{m:?}");
            let t = v.transformed(m.s, m.tx, m.ty);
            assert!(
                (t.metres_per_px - target.metres_per_px).abs() < 1e-9 && (t.centre.x - target.centre.x).abs() < 1e-6
            );
        }
    }

    #[test]
    fn a_part_of_a_zoom_keeps_its_point_still_and_ends_at_the_whole() {
        let v = view();
        let at = ScreenPoint { x: 90.0, y: 40.0 };
        let m = v.preview_to(&v.zoomed_about(4.0, at));
        for e in [0.0, 0.25, 0.5, 0.9, 1.0] {
            assert!(close(m.part(e).apply(at), at), "{e}");
        }
        assert!((m.part(0.5).s - 2.0).abs() < 1e-9);
        assert_eq!(m.part(0.0), Preview::NONE);
        let whole = m.part(1.0);
        assert!((whole.s - m.s).abs() < 1e-9 && (whole.tx - m.tx).abs() < 1e-6 && (whole.ty - m.ty).abs() < 1e-6);
    }

    #[test]
    fn a_part_of_a_pan_is_that_part_of_the_way() {
        let m = Preview { s: 1.0, tx: 40.0, ty: -10.0 };
        assert_eq!(m.part(0.25), Preview { s: 1.0, tx: 10.0, ty: -2.5 });
    }

    #[test]
    fn then_and_inverse_compose_like_the_moves_they_are() {
        let a = Preview { s: 2.0, tx: 10.0, ty: -4.0 };
        let b = Preview { s: 0.5, tx: 3.0, ty: 7.0 };
        let p = ScreenPoint { x: 12.0, y: 30.0 };
        assert!(close(a.then(b).apply(p), b.apply(a.apply(p))));
        assert!(close(a.then(a.inverse()).apply(p), p));
    }

    #[test]
    fn a_glide_cut_short_starts_from_what_is_on_screen_and_ends_on_the_target() {
        let v = view();
        let from = Preview { s: 1.5, tx: -20.0, ty: 8.0 };
        let target = v.panned(60.0, 0.0);
        let g = Glide::new(&v, from, &target);
        assert_eq!(g.at(0.0), Some(from));
        let p = LonLat::new(121.25, 30.73);
        let near_end = g.at(0.999999).expect("still gliding");
        assert!(close(near_end.apply(v.to_screen(p)), target.to_screen(p)));
        assert_eq!(g.at(f64::NAN), None);
        assert_eq!(g.at(-3.0), Some(from));
    }
}
