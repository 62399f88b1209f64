//! Distance along the avenue ("chainage"): every station is projected onto
//! the avenue's line, so ordering and leg distances follow the road rather
//! than straight lines across fields.

use super::{LonLat, EARTH_RADIUS_M};

/// Where a point lies relative to a line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Along {
    /// Distance from the line's start to the nearest point on it, metres.
    pub chainage_m: f64,
    /// Distance from the point to the line, metres.
    pub offset_m: f64,
}

/// Nearer the avenue than this, a place is beside it (and a reader needs
/// no "how far off the avenue").
pub const BESIDE_AVENUE_M: f64 = 150.0;

/// Where a place lies, in the words a reader needs: somewhere along the
/// avenue, or out beyond one of its ends (where "0.0 km from the west end"
/// would mislead).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Whereabouts {
    Along(Along),
    /// Beyond the west end (the line's start), this far from it.
    BeyondWest {
        metres: f64,
    },
    /// Beyond the east end (the line's end), this far from it.
    BeyondEast {
        metres: f64,
    },
}

impl Along {
    /// Says whether the place projects onto one of the line's ends from
    /// beyond it, for a line of `length_m`.
    ///
    /// ```
    /// use corridor::geo::{Along, Whereabouts};
    /// let past_start = Along { chainage_m: 0.0, offset_m: 2_500.0 };
    /// assert_eq!(past_start.whereabouts(7_000.0), Whereabouts::BeyondWest { metres: 2_500.0 });
    /// let beside = Along { chainage_m: 0.0, offset_m: 20.0 };
    /// assert_eq!(beside.whereabouts(7_000.0), Whereabouts::Along(beside));
    /// ```
    pub fn whereabouts(self, length_m: f64) -> Whereabouts {
        // Projections onto an end are clamped there exactly; a metre's
        // slack covers rounding.
        const AT_END_M: f64 = 1.0;
        if self.offset_m < BESIDE_AVENUE_M {
            Whereabouts::Along(self)
        } else if self.chainage_m <= AT_END_M {
            Whereabouts::BeyondWest { metres: self.offset_m }
        } else if self.chainage_m >= length_m - AT_END_M {
            Whereabouts::BeyondEast { metres: self.offset_m }
        } else {
            Whereabouts::Along(self)
        }
    }
}

// Segments measured by `locate`, so a test can see it does not measure them all.
#[cfg(test)]
thread_local! {
    static SEGMENTS_MEASURED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A line with its cumulative lengths, measured in a local flat frame
/// (equirectangular about the line's mean latitude: under 0.1% error over
/// a corridor of a few tens of kilometres).
#[derive(Debug, Clone, PartialEq)]
pub struct Polyline {
    points: Vec<LonLat>,
    cumulative_m: Vec<f64>,
    metres_per_deg_lon: f64,
    metres_per_deg_lat: f64,
    /// Bounding boxes (local metres: min x, min y, max x, max y) of runs of
    /// consecutive segments: `boxes[0][j]` holds segments `LEAF * j..`, and
    /// each level above joins two boxes of the one below, up to one box.
    /// `locate` skips every run whose box is farther than the nearest
    /// segment found so far, so a point near a line of 400,000 points
    /// measures a few dozen segments, not all of them.
    boxes: Vec<Vec<[f64; 4]>>,
}

/// Segments per box at the bottom of `Polyline::boxes`.
const LEAF: usize = 8;

/// A box is skipped only if farther than this beyond the nearest segment
/// found, so rounding can never skip a segment as near as the best.
const BOX_SLACK_M: f64 = 1e-6;

fn join(a: [f64; 4], b: [f64; 4]) -> [f64; 4] {
    [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])]
}

/// Distance from a point to a box: 0 inside it.
fn to_box(px: f64, py: f64, b: &[f64; 4]) -> f64 {
    let dx = (b[0] - px).max(px - b[2]).max(0.0);
    let dy = (b[1] - py).max(py - b[3]).max(0.0);
    dx.hypot(dy)
}

impl Polyline {
    /// A line needs at least two points; `None` otherwise.
    pub fn new(points: Vec<LonLat>) -> Option<Self> {
        if points.len() < 2 {
            return None;
        }
        let mean_lat = points.iter().map(|p| p.lat).sum::<f64>() / points.len() as f64;
        let metres_per_deg_lat = EARTH_RADIUS_M.to_radians();
        let metres_per_deg_lon = metres_per_deg_lat * mean_lat.to_radians().cos();
        let mut line =
            Polyline { points, cumulative_m: Vec::new(), metres_per_deg_lon, metres_per_deg_lat, boxes: Vec::new() };
        let mut total = 0.0;
        line.cumulative_m.push(0.0);
        for w in line.points.windows(2) {
            let (ax, ay) = line.local(w[0]);
            let (bx, by) = line.local(w[1]);
            total += (bx - ax).hypot(by - ay);
            line.cumulative_m.push(total);
        }
        let segment_box = |w: &[LonLat]| {
            let ((ax, ay), (bx, by)) = (line.local(w[0]), line.local(w[1]));
            [ax.min(bx), ay.min(by), ax.max(bx), ay.max(by)]
        };
        let leaves: Vec<[f64; 4]> = line
            .points
            .windows(2)
            .collect::<Vec<_>>()
            .chunks(LEAF)
            .map(|run| run.iter().map(|w| segment_box(w)).reduce(join).unwrap_or([0.0; 4]))
            .collect();
        let mut boxes = vec![leaves];
        while boxes.last().is_some_and(|level| level.len() > 1) {
            let below = boxes.last().map(Vec::as_slice).unwrap_or_default();
            let above = below.chunks(2).map(|pair| pair.iter().copied().reduce(join).unwrap_or([0.0; 4])).collect();
            boxes.push(above);
        }
        line.boxes = boxes;
        Some(line)
    }

    pub fn points(&self) -> &[LonLat] {
        &self.points
    }

    pub fn length_m(&self) -> f64 {
        self.cumulative_m.last().copied().unwrap_or(0.0)
    }

    fn local(&self, p: LonLat) -> (f64, f64) {
        (p.lon * self.metres_per_deg_lon, p.lat * self.metres_per_deg_lat)
    }

    /// Projects `p` onto the nearest point of the line (the first such
    /// segment on a tie). Walks the boxes nearest first and skips those
    /// farther than the best segment found so far.
    pub fn locate(&self, p: LonLat) -> Along {
        let (px, py) = self.local(p);
        let mut best = Along { chainage_m: 0.0, offset_m: f64::INFINITY };
        let mut best_segment = usize::MAX;
        let top = self.boxes.len().saturating_sub(1);
        let mut stack = vec![(top, 0usize)];
        while let Some((level, j)) = stack.pop() {
            let Some(b) = self.boxes.get(level).and_then(|l| l.get(j)) else { continue };
            if to_box(px, py, b) > best.offset_m + BOX_SLACK_M {
                continue;
            }
            if level > 0 {
                // The nearer child goes on the stack last, to be taken first.
                let near = |k: usize| self.boxes[level - 1].get(k).map_or(f64::INFINITY, |b| to_box(px, py, b));
                let (a, c) = (2 * j, 2 * j + 1);
                let (first, second) = if near(c) < near(a) { (c, a) } else { (a, c) };
                stack.push((level - 1, second));
                stack.push((level - 1, first));
                continue;
            }
            let segments = self.points.len() - 1;
            for i in LEAF * j..(LEAF * (j + 1)).min(segments) {
                #[cfg(test)]
                SEGMENTS_MEASURED.with(|n| n.set(n.get() + 1));
                let (ax, ay) = self.local(self.points[i]);
                let (bx, by) = self.local(self.points[i + 1]);
                let (dx, dy) = (bx - ax, by - ay);
                let len2 = dx * dx + dy * dy;
                let t = if len2 == 0.0 { 0.0 } else { (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0) };
                let (cx, cy) = (ax + t * dx, ay + t * dy);
                let offset = (px - cx).hypot(py - cy);
                if offset < best.offset_m || (offset == best.offset_m && i < best_segment) {
                    best = Along { chainage_m: self.cumulative_m[i] + t * len2.sqrt(), offset_m: offset };
                    best_segment = i;
                }
            }
        }
        best
    }

    /// The point of the line at a chainage (clamped to the line's ends).
    pub fn point_at(&self, chainage_m: f64) -> LonLat {
        let c = chainage_m.clamp(0.0, self.length_m());
        let i = self.cumulative_m.partition_point(|&m| m <= c).clamp(1, self.points.len() - 1);
        let (a, b) = (self.points[i - 1], self.points[i]);
        let seg = self.cumulative_m[i] - self.cumulative_m[i - 1];
        let t = if seg == 0.0 { 0.0 } else { (c - self.cumulative_m[i - 1]) / seg };
        LonLat::new(a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat))
    }
}

impl Polyline {
    /// The part of the line from chainage `a` to `b` (in either order,
    /// clamped to the line): its two ends and the vertices between.
    ///
    /// ```
    /// use corridor::geo::{LonLat, Polyline};
    /// let l = Polyline::new(vec![LonLat::new(0.0, 0.0), LonLat::new(0.01, 0.0), LonLat::new(0.02, 0.0)]).unwrap();
    /// let half = l.length_m() / 2.0;
    /// let part = l.between(half / 2.0, half * 1.5);
    /// assert_eq!(part.len(), 3); // two ends and the middle vertex
    /// assert!((part[1].lon - 0.01).abs() < 1e-12);
    /// ```
    pub fn between(&self, a: f64, b: f64) -> Vec<LonLat> {
        let (lo, hi) = (a.min(b).clamp(0.0, self.length_m()), a.max(b).clamp(0.0, self.length_m()));
        let first = self.cumulative_m.partition_point(|&m| m <= lo);
        let last = self.cumulative_m.partition_point(|&m| m < hi);
        let mut out = Vec::with_capacity(last.saturating_sub(first) + 2);
        out.push(self.point_at(lo));
        out.extend_from_slice(self.points.get(first..last).unwrap_or_default());
        out.push(self.point_at(hi));
        out
    }
}

/// Convenience for one-off lookups.
pub fn locate_on_line(line: &[LonLat], p: LonLat) -> Option<Along> {
    Polyline::new(line.to_vec()).map(|l| l.locate(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::distance_m;

    fn east_west() -> Polyline {
        Polyline::new(vec![LonLat::new(121.2, 30.745), LonLat::new(121.3, 30.745)]).expect("two points")
    }

    #[test]
    fn length_matches_great_circle() {
        let line = east_west();
        let gc = distance_m(LonLat::new(121.2, 30.745), LonLat::new(121.3, 30.745));
        assert!((line.length_m() - gc).abs() / gc < 1e-3, "{} vs {gc}", line.length_m());
    }

    #[test]
    fn point_north_of_middle_projects_to_middle() {
        let line = east_west();
        let a = line.locate(LonLat::new(121.25, 30.755));
        assert!((a.chainage_m - line.length_m() / 2.0).abs() < 1.0, "{a:?}");
        // 0.01 degrees of latitude is about 1.11 km.
        assert!((a.offset_m - 1_112.0).abs() < 5.0, "{a:?}");
    }

    #[test]
    fn points_beyond_the_ends_clamp_to_the_ends() {
        let line = east_west();
        assert_eq!(line.locate(LonLat::new(121.1, 30.745)).chainage_m, 0.0);
        assert!((line.locate(LonLat::new(121.4, 30.745)).chainage_m - line.length_m()).abs() < 1e-6);
    }

    #[test]
    fn picks_the_nearest_segment_of_a_bent_line() {
        let line =
            Polyline::new(vec![LonLat::new(121.2, 30.74), LonLat::new(121.25, 30.74), LonLat::new(121.25, 30.79)])
                .expect("three points");
        let first_leg = line.locate(LonLat::new(121.25, 30.74)).chainage_m;
        let a = line.locate(LonLat::new(121.251, 30.78));
        assert!(a.chainage_m > first_leg, "on the northbound leg: {a:?}");
        assert!(a.offset_m < 100.0, "{a:?}");
    }

    #[test]
    fn point_at_inverts_locate_on_the_line() {
        let line = east_west();
        for frac in [0.0, 0.1, 0.5, 0.93, 1.0] {
            let c = frac * line.length_m();
            let back = line.locate(line.point_at(c));
            assert!((back.chainage_m - c).abs() < 0.01 && back.offset_m < 0.01, "{frac}: {back:?}");
        }
    }

    /// A wiggly east-west line of `n` points along the corridor.
    fn long_line(n: usize) -> Polyline {
        let points = (0..n)
            .map(|i| {
                let f = i as f64 / n as f64;
                LonLat::new(121.254 + 0.077 * f, 30.745 + 0.004 * (f * 40.0).sin())
            })
            .collect();
        Polyline::new(points).expect("many points")
    }

    #[test]
    fn locating_on_a_long_line_measures_few_of_its_segments() {
        // The checker places 40,000 stations on a 400,000-point avenue in a
        // 10 MB file: measuring every segment for every station is 10^10.
        let n = 100_000;
        let line = long_line(n);
        let before = SEGMENTS_MEASURED.with(|c| c.get());
        let queries = 200;
        for i in 0..queries {
            let f = i as f64 / queries as f64;
            let _ = line.locate(LonLat::new(121.25 + 0.085 * f, 30.745 + 0.03 * (f * 7.0).cos()));
        }
        let per_query = (SEGMENTS_MEASURED.with(|c| c.get()) - before) / queries;
        assert!(per_query < 2_000, "{per_query} of {n} segments measured per point");
    }

    /// The plain definition: the nearest of all segments, the first on a tie.
    fn locate_every_segment(line: &Polyline, p: LonLat) -> Along {
        let (px, py) = line.local(p);
        let mut best = Along { chainage_m: 0.0, offset_m: f64::INFINITY };
        for (i, w) in line.points.windows(2).enumerate() {
            let (ax, ay) = line.local(w[0]);
            let (bx, by) = line.local(w[1]);
            let (dx, dy) = (bx - ax, by - ay);
            let len2 = dx * dx + dy * dy;
            let t = if len2 == 0.0 { 0.0 } else { (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0) };
            let offset = (px - (ax + t * dx)).hypot(py - (ay + t * dy));
            if offset < best.offset_m {
                best = Along { chainage_m: line.cumulative_m[i] + t * len2.sqrt(), offset_m: offset };
            }
        }
        best
    }

    #[test]
    fn locate_finds_what_measuring_every_segment_finds() {
        for n in [2, 3, 9, 17, 100, 1_000] {
            let line = long_line(n);
            for i in 0..300 {
                let f = i as f64 / 300.0;
                let p = LonLat::new(121.2 + 0.2 * f, 30.70 + 0.09 * ((f * 13.0).sin() * 0.5 + 0.5));
                assert_eq!(line.locate(p), locate_every_segment(&line, p), "{n} points, {p:?}");
            }
        }
        // A line that doubles back: ties go to the first segment.
        let back = Polyline::new(vec![LonLat::new(121.2, 30.7), LonLat::new(121.3, 30.7), LonLat::new(121.2, 30.7)])
            .expect("three points");
        let p = LonLat::new(121.25, 30.71);
        assert_eq!(back.locate(p), locate_every_segment(&back, p));
    }

    #[test]
    fn a_single_point_is_no_line() {
        assert!(Polyline::new(vec![LonLat::new(121.2, 30.7)]).is_none());
        assert!(locate_on_line(&[], LonLat::new(0.0, 0.0)).is_none());
    }
}
