//! The rules of the map's camera, with no browser: the part of the box left
//! of the buttons, the first view (fit), and how far the reader may zoom
//! and pan. The app's camera (`src/map/camera.rs`) only holds the state.
//!
//! The limits can never invert, whatever the data: a single placed point,
//! a box of zero size or a NaN all give a usable range of scales.

use super::{project, Bounds, LonLat, Projected, ScreenPoint, Viewport};

/// Room around what is framed, in pixels, for labels at the edges.
pub const FIT_PADDING_PX: f64 = 36.0;
/// How many stations nearest the middle [`Viewport::zoom_anchor`] tries.
pub const ANCHOR_CANDIDATES: usize = 64;
/// The column of buttons on the map's right edge, in pixels.
pub const CONTROLS_PX: f64 = 52.0;

/// The width of a map box `width` pixels wide that lies left of its
/// buttons: what the first view frames and where labels keep. Never less
/// than half the box, so a tiny box still frames something.
///
/// ```
/// use corridor::geo::width_left_of_buttons;
/// assert_eq!(width_left_of_buttons(390.0), 338.0);
/// assert_eq!(width_left_of_buttons(60.0), 30.0);
/// ```
pub fn width_left_of_buttons(width: f64) -> f64 {
    (width - CONTROLS_PX).max(width / 2.0)
}

/// `x` brought into `lo..=hi`; unlike `f64::clamp` it never panics: with
/// an empty or NaN range `x` is returned as it is, and a NaN `x` becomes
/// `lo` (or `hi`).
fn within(x: f64, lo: f64, hi: f64) -> f64 {
    if lo <= hi {
        x.max(lo).min(hi)
    } else {
        x
    }
}

/// How far the camera may go: between street level and a little further
/// out than the first view, and never so far that what is drawn leaves
/// reach. Always `min_metres_per_px <= max_metres_per_px`, both finite
/// and positive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewLimits {
    pub min_metres_per_px: f64,
    pub max_metres_per_px: f64,
    /// The centre stays inside the data's projected bounds.
    pub area_min: Projected,
    pub area_max: Projected,
}

impl ViewLimits {
    /// Finest zoom: half a metre per pixel.
    pub const STREET_LEVEL: f64 = 0.5;
    /// The first view is never closer than this (metres per pixel): a
    /// single station is shown with a few hundred metres around it.
    pub const CLOSEST_FIT: f64 = 4.0 * Self::STREET_LEVEL;
    /// Coarsest zoom when nothing else says: the whole of Shanghai.
    const FALLBACK_MAX: f64 = 500.0;

    /// Limits around the data `reach` (where the centre may go), given the
    /// view that fits them; zooming out stops at twice that view's scale.
    ///
    /// ```
    /// use corridor::geo::{Bounds, ViewLimits, Viewport};
    /// // One point: the fitted view is very close, yet the limits hold.
    /// let point = Bounds { west: 121.3, south: 30.7, east: 121.3, north: 30.7 };
    /// let l = ViewLimits::around(point, &Viewport::fit(point, 390.0, 300.0, 36.0));
    /// assert!(l.min_metres_per_px <= l.max_metres_per_px);
    /// ```
    pub fn around(reach: Bounds, fitted: &Viewport) -> Self {
        Self::new(reach, fitted.metres_per_px * 2.0)
    }

    /// Limits that zoom out to `max_metres_per_px` (at least to street
    /// level; a NaN or infinite value falls back to a city's scale).
    fn new(reach: Bounds, max_metres_per_px: f64) -> Self {
        let max = if max_metres_per_px.is_finite() { max_metres_per_px } else { Self::FALLBACK_MAX };
        let (sw, ne) = (project(LonLat::new(reach.west, reach.south)), project(LonLat::new(reach.east, reach.north)));
        ViewLimits {
            min_metres_per_px: Self::STREET_LEVEL,
            max_metres_per_px: max.max(Self::STREET_LEVEL),
            area_min: sw,
            area_max: ne,
        }
    }

    /// The scale `s` of a gesture (a drawing shown `s` times larger than
    /// a view at `metres_per_px`) brought within the limits. Never panics;
    /// a NaN `s` becomes the nearest limit.
    ///
    /// ```
    /// use corridor::geo::{Bounds, ViewLimits, Viewport};
    /// let b = Bounds { west: 121.2, south: 30.7, east: 121.3, north: 30.8 };
    /// let v = Viewport::fit(b, 400.0, 300.0, 36.0);
    /// let l = ViewLimits::around(b, &v);
    /// assert_eq!(l.gesture_scale(v.metres_per_px, 0.01), 0.5); // twice the fit, no further
    /// assert_eq!(l.gesture_scale(1.0, 1e9), 2.0); // street level: 0.5 m/px
    /// ```
    pub fn gesture_scale(&self, metres_per_px: f64, s: f64) -> f64 {
        within(s, metres_per_px / self.max_metres_per_px, metres_per_px / self.min_metres_per_px)
    }

    /// `v` brought within the limits: scale first, then centre.
    pub fn clamp(&self, v: &Viewport) -> Viewport {
        let mpp = within(v.metres_per_px, self.min_metres_per_px, self.max_metres_per_px);
        let centre = Projected {
            x: within(v.centre.x, self.area_min.x, self.area_max.x),
            y: within(v.centre.y, self.area_min.y, self.area_max.y),
        };
        Viewport { centre, metres_per_px: mpp, ..*v }
    }
}

/// What the camera works from: what the first view frames (the avenue and
/// the stations, what a visitor came for) and how far the reader may go
/// (everything drawn).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CameraRules {
    pub frame: Bounds,
    pub reach: Bounds,
}

impl CameraRules {
    /// Rules that frame `frame`, with `reach` grown to hold it.
    pub fn new(frame: Bounds, reach: Bounds) -> Self {
        let reach = Bounds {
            west: reach.west.min(frame.west),
            south: reach.south.min(frame.south),
            east: reach.east.max(frame.east),
            north: reach.north.max(frame.north),
        };
        CameraRules { frame, reach }
    }

    /// The first view of a `width` x `height` box: `frame` fitted into the
    /// part left of the buttons (with [`FIT_PADDING_PX`]), never closer
    /// than [`ViewLimits::CLOSEST_FIT`].
    ///
    /// ```
    /// use corridor::geo::{width_left_of_buttons, Bounds, CameraRules, LonLat};
    /// let b = Bounds { west: 121.2, south: 30.70, east: 121.3, north: 30.71 };
    /// let v = CameraRules::new(b, b).fitted(390.0, 300.0);
    /// // The frame's east edge is left of the buttons, less the padding.
    /// let east = v.to_screen(LonLat::new(121.3, 30.705)).x;
    /// assert!((east - (width_left_of_buttons(390.0) - 36.0)).abs() < 1e-6);
    /// ```
    pub fn fitted(&self, width: f64, height: f64) -> Viewport {
        fit_left_of_buttons(self.frame, width, height)
    }

    /// The limits for a `width` x `height` box: out to twice the first
    /// view, or as far as it takes to see everything drawn.
    pub fn limits(&self, width: f64, height: f64) -> ViewLimits {
        let first = self.fitted(width, height).metres_per_px * 2.0;
        let all = fit_left_of_buttons(self.reach, width, height).metres_per_px;
        ViewLimits::new(self.reach, first.max(all))
    }
}

fn fit_left_of_buttons(b: Bounds, width: f64, height: f64) -> Viewport {
    let narrower = width_left_of_buttons(width);
    let mut v = Viewport::fit(b, narrower, height, FIT_PADDING_PX);
    v.metres_per_px = within(v.metres_per_px, ViewLimits::CLOSEST_FIT, f64::INFINITY);
    if !v.metres_per_px.is_finite() {
        v.metres_per_px = ViewLimits::CLOSEST_FIT;
    }
    v.resized(width, height).panned((narrower - width) / 2.0, 0.0)
}

impl Viewport {
    /// The view brought within the limits: scale first, then centre.
    pub fn clamped(&self, limits: &ViewLimits) -> Self {
        limits.clamp(self)
    }

    /// The middle of the box.
    pub fn middle(&self) -> ScreenPoint {
        ScreenPoint { x: self.width / 2.0, y: self.height / 2.0 }
    }

    /// What the zoom-in button shows: the view zoomed by `factor` about the
    /// middle of what matters ([`Viewport::zoom_anchor`]), brought to the
    /// middle of the box, so the stations stay in view. Zooming out keeps
    /// the middle.
    ///
    /// ```
    /// use corridor::geo::{Bounds, LonLat, Viewport};
    /// let v = Viewport::fit(Bounds { west: 121.2, south: 30.7, east: 121.4, north: 30.8 }, 400.0, 300.0, 0.0);
    /// let p = LonLat::new(121.38, 30.78);
    /// let z = v.zoomed_for_stations(1.6, &[p], None);
    /// assert!((z.to_screen(p).x - z.middle().x).abs() < 1e-6);
    /// assert!((z.metres_per_px - v.metres_per_px / 1.6).abs() < 1e-9);
    /// ```
    pub fn zoomed_for_stations(&self, factor: f64, stations: &[LonLat], selected: Option<LonLat>) -> Viewport {
        if factor <= 1.0 {
            return self.zoomed_about(factor, self.middle());
        }
        let about = self.from_screen(self.zoom_anchor(stations, selected, factor));
        Viewport { centre: about, ..*self }.zoomed_about(factor, self.middle())
    }

    /// Where the zoom-in button zooms about, so the stations stay in view:
    /// the selected station when it is on screen, else the station on
    /// screen that, brought to the middle, keeps the most stations in view
    /// after a zoom by `factor` (the nearest to the middle on a tie), else
    /// the box's middle. Only the [`ANCHOR_CANDIDATES`] stations nearest
    /// the middle are tried, so a city of stations costs no more.
    ///
    /// ```
    /// use corridor::geo::{Bounds, LonLat, Viewport};
    /// let v = Viewport::fit(Bounds { west: 121.2, south: 30.7, east: 121.4, north: 30.8 }, 400.0, 300.0, 0.0);
    /// let east = [LonLat::new(121.35, 30.75), LonLat::new(121.39, 30.75)];
    /// let at = v.zoom_anchor(&east, None, 1.6);
    /// assert!(at.x > v.middle().x, "{at:?}");
    /// assert_eq!(v.zoom_anchor(&[], None, 1.6), v.middle());
    /// ```
    pub fn zoom_anchor(&self, stations: &[LonLat], selected: Option<LonLat>, factor: f64) -> ScreenPoint {
        let on_screen = |p: &LonLat| Some(self.to_screen(*p)).filter(|s| self.shows(*s, 0.0));
        if let Some(s) = selected.as_ref().and_then(on_screen) {
            return s;
        }
        let seen: Vec<ScreenPoint> = stations.iter().filter_map(on_screen).collect();
        let mid = self.middle();
        let from_mid = |s: &ScreenPoint| (s.x - mid.x).hypot(s.y - mid.y);
        let mut candidates = seen.clone();
        candidates.sort_by(|a, b| from_mid(a).total_cmp(&from_mid(b)));
        candidates.truncate(ANCHOR_CANDIDATES);
        // Brought to the middle and zoomed, a station at `c` keeps those
        // within half the box / factor of it.
        let (half_w, half_h) = (self.width / 2.0 / factor.max(1.0), self.height / 2.0 / factor.max(1.0));
        let kept = |c: &ScreenPoint| {
            seen.iter().filter(|s| (s.x - c.x).abs() <= half_w && (s.y - c.y).abs() <= half_h).count()
        };
        let mut best: Option<(usize, ScreenPoint)> = None;
        for c in candidates {
            let k = kept(&c);
            if best.is_none_or(|(most, _)| k > most) {
                best = Some((k, c));
            }
        }
        best.map_or(mid, |(_, c)| c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CORRIDOR: Bounds = Bounds { west: 121.215, south: 30.72, east: 121.331, north: 30.766 };
    const POINT: Bounds = Bounds { west: 121.3, south: 30.7, east: 121.3, north: 30.7 };

    fn ordered(l: &ViewLimits) -> bool {
        l.min_metres_per_px.is_finite()
            && l.max_metres_per_px.is_finite()
            && 0.0 < l.min_metres_per_px
            && l.min_metres_per_px <= l.max_metres_per_px
    }

    #[test]
    fn the_zoom_buttons_keep_the_stations_in_view() {
        // Stations around an empty middle (three west, one east): zooming
        // about the middle loses them all; the anchor keeps the three.
        let v = Viewport::fit(CORRIDOR, 400.0, 300.0, 0.0);
        let stations: Vec<LonLat> = [(121.222, 30.745), (121.226, 30.746), (121.224, 30.742), (121.328, 30.743)]
            .iter()
            .map(|&(lon, lat)| LonLat::new(lon, lat))
            .collect();
        let shown = |w: &Viewport| stations.iter().filter(|p| w.shows(w.to_screen(**p), 0.0)).count();
        assert_eq!(shown(&v), 4);
        let factor = 2.56;
        assert_eq!(shown(&v.zoomed_about(factor, v.middle())), 0, "the middle loses them");
        assert_eq!(shown(&v.zoomed_for_stations(factor, &stations, None)), 3);
        // The open card's station comes to the middle.
        let sel = stations[3];
        let z = v.zoomed_for_stations(1.6, &stations, Some(sel));
        let (at, mid) = (z.to_screen(sel), z.middle());
        assert!((at.x - mid.x).abs() < 1e-6 && (at.y - mid.y).abs() < 1e-6);
        // Zooming out keeps the middle; a selection off screen does not count.
        let out = v.zoomed_for_stations(1.0 / 1.6, &stations, Some(sel));
        assert_eq!(out, v.zoomed_about(1.0 / 1.6, v.middle()));
        let far = LonLat::new(122.5, 31.5);
        assert_eq!(v.zoom_anchor(&stations, Some(far), factor), v.zoom_anchor(&stations, None, factor));
    }

    #[test]
    fn limits_never_invert_for_a_point_a_tiny_area_an_empty_box_or_nan() {
        let tiny = Bounds { west: 121.3, south: 30.7, east: 121.3004, north: 30.7003 }; // ~40 m
        for b in [POINT, tiny, CORRIDOR] {
            for (w, h) in [(390.0, 844.0), (320.0, 256.0), (0.0, 0.0), (f64::NAN, 300.0), (1e-9, 1e-9)] {
                let rules = CameraRules::new(b, b);
                let l = rules.limits(w, h);
                assert!(ordered(&l), "{b:?} {w}x{h}: {l:?}");
                let v = rules.fitted(w, h);
                assert!(v.metres_per_px.is_finite() && v.metres_per_px >= ViewLimits::CLOSEST_FIT, "{v:?}");
                // A gesture at any factor stays finite and in range.
                for f in [0.0, 1e-12, 0.5, 2.0, 1e12, f64::NAN, f64::INFINITY] {
                    let s = l.gesture_scale(v.metres_per_px, f);
                    let mpp = v.metres_per_px / s;
                    assert!(s.is_finite() && s > 0.0, "{f}: {s}");
                    assert!(mpp >= l.min_metres_per_px * 0.999 && mpp <= l.max_metres_per_px * 1.001, "{f}: {mpp}");
                }
            }
        }
        // What today's app did with one point: the fitted view is far
        // closer than street level, and twice it is still closer.
        let close = Viewport::fit(POINT, 338.0, 500.0, 36.0);
        assert!(close.metres_per_px * 2.0 < ViewLimits::STREET_LEVEL);
        assert!(ordered(&ViewLimits::around(POINT, &close)));
        let nan = Bounds { west: f64::NAN, ..POINT };
        assert!(ordered(&ViewLimits::around(nan, &Viewport::fit(nan, 100.0, 100.0, 10.0))));
    }

    #[test]
    fn clamping_never_panics_and_stays_in_reach() {
        let l = CameraRules::new(POINT, POINT).limits(390.0, 844.0);
        let v = CameraRules::new(POINT, POINT).fitted(390.0, 844.0);
        let far = v.panned(1e6, -1e6).zoomed_about(1e-6, v.middle()).clamped(&l);
        assert_eq!(far.metres_per_px, l.max_metres_per_px);
        assert!((far.centre.x - l.area_min.x).abs() < 1e-6);
        let nan = Viewport { metres_per_px: f64::NAN, ..v }.clamped(&l);
        assert!(nan.metres_per_px.is_finite());
        let broken = ViewLimits { area_min: Projected { x: f64::NAN, y: 1.0 }, ..l };
        assert_eq!(v.clamped(&broken).centre.x, v.centre.x);
    }

    #[test]
    fn the_first_view_frames_the_corridor_left_of_the_buttons() {
        for (w, h) in [(390.0, 320.0), (1080.0, 800.0), (320.0, 256.0)] {
            let v = CameraRules::new(CORRIDOR, CORRIDOR).fitted(w, h);
            let sw = v.to_screen(LonLat::new(CORRIDOR.west, CORRIDOR.south));
            let ne = v.to_screen(LonLat::new(CORRIDOR.east, CORRIDOR.north));
            let right = width_left_of_buttons(w) - FIT_PADDING_PX;
            assert!(sw.x >= FIT_PADDING_PX - 1e-6 && ne.x <= right + 1e-6, "{w}x{h}: {sw:?} {ne:?}");
            assert!(ne.y >= FIT_PADDING_PX - 1e-6 && sw.y <= h - FIT_PADDING_PX + 1e-6, "{w}x{h}");
            // Filled one way: the frame touches the padded box's sides.
            assert!((sw.x - FIT_PADDING_PX).abs() < 1e-6 || (ne.y - FIT_PADDING_PX).abs() < 1e-6, "{w}x{h}");
        }
    }

    #[test]
    fn zooming_out_reaches_everything_drawn_even_when_the_first_view_does_not() {
        let far_unit = Bounds { west: 121.0, ..CORRIDOR };
        let rules = CameraRules::new(CORRIDOR, far_unit);
        let (w, h) = (390.0, 320.0);
        assert_eq!(rules.fitted(w, h), CameraRules::new(CORRIDOR, CORRIDOR).fitted(w, h));
        let l = rules.limits(w, h);
        assert!(l.max_metres_per_px >= fit_left_of_buttons(far_unit, w, h).metres_per_px);
        assert!((l.area_min.x - project(LonLat::new(121.0, 30.72)).x).abs() < 1e-6);
        // Without a stray feature: twice the first view.
        let plain = CameraRules::new(CORRIDOR, CORRIDOR);
        assert!((plain.limits(w, h).max_metres_per_px - 2.0 * plain.fitted(w, h).metres_per_px).abs() < 1e-9);
    }

    #[test]
    fn within_is_clamp_without_the_panics() {
        assert_eq!(within(5.0, 0.0, 1.0), 1.0);
        assert_eq!(within(-5.0, 0.0, 1.0), 0.0);
        assert_eq!(within(5.0, 2.0, 1.0), 5.0);
        assert_eq!(within(f64::NAN, 0.0, 1.0), 0.0);
        assert_eq!(within(0.5, f64::NAN, 1.0), 0.5);
    }
}
