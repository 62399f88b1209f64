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

/// A line with its cumulative lengths, measured in a local flat frame
/// (equirectangular about the line's mean latitude: under 0.1% error over
/// a corridor of a few tens of kilometres).
#[derive(Debug, Clone, PartialEq)]
pub struct Polyline {
    points: Vec<LonLat>,
    cumulative_m: Vec<f64>,
    metres_per_deg_lon: f64,
    metres_per_deg_lat: f64,
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
        let mut line = Polyline { points, cumulative_m: Vec::new(), metres_per_deg_lon, metres_per_deg_lat };
        let mut total = 0.0;
        line.cumulative_m.push(0.0);
        for w in line.points.windows(2) {
            let (ax, ay) = line.local(w[0]);
            let (bx, by) = line.local(w[1]);
            total += (bx - ax).hypot(by - ay);
            line.cumulative_m.push(total);
        }
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

    /// Projects `p` onto the nearest point of the line.
    pub fn locate(&self, p: LonLat) -> Along {
        let (px, py) = self.local(p);
        let mut best = Along { chainage_m: 0.0, offset_m: f64::INFINITY };
        for (i, w) in self.points.windows(2).enumerate() {
            let (ax, ay) = self.local(w[0]);
            let (bx, by) = self.local(w[1]);
            let (dx, dy) = (bx - ax, by - ay);
            let len2 = dx * dx + dy * dy;
            let t = if len2 == 0.0 { 0.0 } else { (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0) };
            let (cx, cy) = (ax + t * dx, ay + t * dy);
            let offset = (px - cx).hypot(py - cy);
            if offset < best.offset_m {
                best = Along { chainage_m: self.cumulative_m[i] + t * len2.sqrt(), offset_m: offset };
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

    #[test]
    fn a_single_point_is_no_line() {
        assert!(Polyline::new(vec![LonLat::new(121.2, 30.7)]).is_none());
        assert!(locate_on_line(&[], LonLat::new(0.0, 0.0)).is_none());
    }
}
