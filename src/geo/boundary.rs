//! Which side of a boundary line a position lies on. The data's boundary is
//! the Shanghai–Zhejiang provincial line on the town's west side, drawn from
//! the sea northwards: Shanghai lies east of it. A position is "west of the
//! line" when a ray from it due east crosses the line an odd number of times;
//! for a line that runs steadily north that is simply "west of the line's
//! longitude at the position's latitude". Positions north or south of the
//! whole line are not judged: the line says nothing about them.
//!
//! The line is split once into runs whose latitude only rises or only falls;
//! each run crosses a latitude at most once, found by binary search. A
//! position costs `O(runs · log n)`: for a line that runs north, one run, so
//! checking a file is linear in its size.

use super::LonLat;

/// Closer than this (degrees, about 0.1 mm) counts as on the line, so that
/// rounding in the interpolation cannot put a point on the line west of it.
const ON_LINE_DEG: f64 = 1e-9;

/// A boundary line prepared for side tests.
#[derive(Debug, Clone)]
pub struct BoundaryLine {
    /// Runs of vertices, each sorted by rising latitude.
    runs: Vec<Vec<LonLat>>,
    south: f64,
    north: f64,
}

impl BoundaryLine {
    /// `None` for fewer than two usable positions (non-finite ones are
    /// dropped).
    pub fn new(points: &[LonLat]) -> Option<Self> {
        let pts: Vec<LonLat> = points.iter().copied().filter(|p| p.lon.is_finite() && p.lat.is_finite()).collect();
        if pts.len() < 2 {
            return None;
        }
        let mut runs: Vec<Vec<LonLat>> = Vec::new();
        let mut run: Vec<LonLat> = vec![pts[0]];
        // +1 rising, -1 falling, 0 not yet known (only flat steps so far).
        let mut direction = 0i8;
        for w in pts.windows(2) {
            let step = w[1].lat - w[0].lat;
            let d = if step > 0.0 {
                1
            } else if step < 0.0 {
                -1
            } else {
                direction
            };
            if direction != 0 && d != direction {
                runs.push(std::mem::replace(&mut run, vec![w[0]]));
            }
            direction = d;
            run.push(w[1]);
        }
        runs.push(run);
        for r in &mut runs {
            if r.first().map(|p| p.lat) > r.last().map(|p| p.lat) {
                r.reverse();
            }
        }
        let south = pts.iter().map(|p| p.lat).fold(f64::INFINITY, f64::min);
        let north = pts.iter().map(|p| p.lat).fold(f64::NEG_INFINITY, f64::max);
        Some(BoundaryLine { runs, south, north })
    }

    /// How far west of the line `p` lies, in degrees of longitude: `None`
    /// when it is on or east of the line, or outside the line's latitudes.
    /// The distance is to the nearest crossing east of `p`.
    pub fn degrees_west(&self, p: LonLat) -> Option<f64> {
        if !(p.lat >= self.south && p.lat <= self.north && p.lon.is_finite()) {
            return None;
        }
        let mut crossings = 0usize;
        let mut nearest = f64::INFINITY;
        for run in &self.runs {
            if let Some(lon) = lon_at(run, p.lat) {
                if lon > p.lon + ON_LINE_DEG {
                    crossings += 1;
                    nearest = nearest.min(lon - p.lon);
                }
            }
        }
        (crossings % 2 == 1).then_some(nearest)
    }
}

/// The run's longitude at `lat`, interpolated; `None` outside the run.
/// A run's latitude never falls, so it meets `lat` once (or along a flat
/// step, taken at the step's east end: a point on the line is not west).
fn lon_at(run: &[LonLat], lat: f64) -> Option<f64> {
    let (first, last) = (run.first()?, run.last()?);
    if lat < first.lat || lat > last.lat {
        return None;
    }
    // The first vertex at or north of `lat`.
    let i = run.partition_point(|v| v.lat < lat);
    let b = run.get(i)?;
    if i == 0 || b.lat == lat {
        // On a vertex, or on a flat step: the east end of the flat part.
        let flat = run[i..].iter().take_while(|v| v.lat == lat).map(|v| v.lon);
        return Some(flat.fold(b.lon, f64::max));
    }
    let a = run[i - 1];
    let t = (lat - a.lat) / (b.lat - a.lat);
    Some(a.lon + t * (b.lon - a.lon))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(lon: f64, lat: f64) -> LonLat {
        LonLat::new(lon, lat)
    }

    /// A line running north-west, like the provincial line at Jinshanwei.
    fn north_west() -> BoundaryLine {
        BoundaryLine::new(&[p(121.27, 30.68), p(121.26, 30.74), p(121.22, 30.78)]).expect("line")
    }

    #[test]
    fn west_of_a_line_running_north_by_interpolation() {
        let b = north_west();
        // At 30.71 the line is at 121.265.
        let west = b.degrees_west(p(121.264, 30.71)).expect("west");
        assert!((west - 0.001).abs() < 1e-9, "{west}");
        assert_eq!(b.degrees_west(p(121.266, 30.71)), None, "east is Shanghai's side");
        // At 30.76 the line is at 121.24.
        assert!(b.degrees_west(p(121.239, 30.76)).is_some());
        assert_eq!(b.degrees_west(p(121.241, 30.76)), None);
    }

    #[test]
    fn on_the_line_is_not_west() {
        let b = north_west();
        assert_eq!(b.degrees_west(p(121.26, 30.74)), None, "on a vertex");
        assert_eq!(b.degrees_west(p(121.265, 30.71)), None, "on a segment");
    }

    #[test]
    fn outside_the_lines_latitudes_is_not_judged() {
        let b = north_west();
        assert_eq!(b.degrees_west(p(121.0, 30.67)), None, "south of the line");
        assert_eq!(b.degrees_west(p(121.0, 30.79)), None, "north of the line");
        assert_eq!(b.degrees_west(p(f64::NAN, 30.7)), None);
        assert_eq!(b.degrees_west(p(121.0, f64::NAN)), None);
    }

    #[test]
    fn drawn_from_north_to_south_gives_the_same_answer() {
        let b = BoundaryLine::new(&[p(121.22, 30.78), p(121.26, 30.74), p(121.27, 30.68)]).expect("line");
        assert!(b.degrees_west(p(121.264, 30.71)).is_some());
        assert_eq!(b.degrees_west(p(121.266, 30.71)), None);
    }

    #[test]
    fn a_line_that_doubles_back_counts_crossings() {
        // North, then back south-east, then north again (an S bend): between
        // the first and second legs is east of the line, between the second
        // and third west of it, east of the third east again.
        let b =
            BoundaryLine::new(&[p(121.20, 30.70), p(121.20, 30.80), p(121.25, 30.70), p(121.30, 30.80)]).expect("line");
        assert!(b.runs.len() == 3, "{:?}", b.runs);
        assert!(b.degrees_west(p(121.19, 30.75)).is_some(), "west of all three");
        assert_eq!(b.degrees_west(p(121.21, 30.75)), None, "between the first and second");
        let w = b.degrees_west(p(121.24, 30.75)).expect("between the second and third");
        assert!((w - 0.035).abs() < 1e-9, "to the nearest crossing east: {w}");
        assert_eq!(b.degrees_west(p(121.29, 30.75)), None, "east of the third");
    }

    #[test]
    fn flat_steps_and_degenerate_lines() {
        assert!(BoundaryLine::new(&[p(121.2, 30.7)]).is_none());
        assert!(BoundaryLine::new(&[p(121.2, 30.7), p(f64::NAN, 30.8)]).is_none());
        // A step due east along 30.75: the east end counts.
        let b =
            BoundaryLine::new(&[p(121.20, 30.70), p(121.20, 30.75), p(121.22, 30.75), p(121.22, 30.80)]).expect("line");
        assert!(b.degrees_west(p(121.21, 30.75)).is_some());
        assert_eq!(b.degrees_west(p(121.23, 30.75)), None);
        assert!(b.degrees_west(p(121.21, 30.77)).is_some());
        assert_eq!(b.degrees_west(p(121.21, 30.72)), None);
    }

    #[test]
    fn many_points_against_a_long_line_stay_fast() {
        // 100,000 vertices running north, 100,000 positions: linear time.
        let line: Vec<LonLat> =
            (0..100_000).map(|i| p(121.25 + (i % 7) as f64 * 1e-4, 30.7 + i as f64 * 1e-6)).collect();
        let b = BoundaryLine::new(&line).expect("line");
        assert_eq!(b.runs.len(), 1);
        let west = (0..100_000).filter(|i| b.degrees_west(p(121.2, 30.7 + *i as f64 * 1e-6)).is_some()).count();
        assert_eq!(west, 100_000);
    }
}
