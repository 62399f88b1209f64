//! Turning GeoJSON geometries into shapes, checking every position: a
//! list of numbers, on earth, longitude first, and near the corridor.

use super::corridor::Shape;
use super::feature::Geometry;
use super::problem::{Location, Problem, ProblemKind};
use super::sink::Problems;
use super::validate::{CORRIDOR_CENTRE, MAX_REGION_KM};
use crate::geo::{distance_m, LonLat};
use serde_json::Value;

/// The geometry types one kind of feature may have.
#[derive(Clone, Copy)]
pub enum Allowed {
    Point,
    LineString,
    PointOrPolygon,
    Any,
}

impl Allowed {
    fn name(self) -> &'static str {
        match self {
            Allowed::Point => "Point",
            Allowed::LineString => "LineString",
            Allowed::PointOrPolygon => "Point or Polygon",
            Allowed::Any => "Point, LineString or Polygon",
        }
    }
}

/// Records a position that is not `[longitude, latitude]` numbers.
fn bad_coordinate(at: &Location, problems: &mut Problems) {
    problems.push(Problem::error(at.with_property("geometry"), ProblemKind::BadCoordinate));
}

/// Checks one position (`[lon, lat]`, perhaps with an elevation after);
/// `None` (with a problem recorded) if unusable.
fn position(p: Option<&Value>, at: &Location, problems: &mut Problems) -> Option<LonLat> {
    let numbers: Option<Vec<f64>> = p.and_then(Value::as_array).and_then(|s| s.iter().map(Value::as_f64).collect());
    let s = match numbers {
        Some(s) if s.len() >= 2 && s.iter().all(|v| v.is_finite()) => s,
        _ => {
            bad_coordinate(at, problems);
            return None;
        }
    };
    checked(s[0], s[1], at, problems)
}

/// Checks a position's numbers: on earth, longitude first, near the corridor.
fn checked(lon: f64, lat: f64, at: &Location, problems: &mut Problems) -> Option<LonLat> {
    let here = || at.with_property("geometry");
    let near = |q: LonLat| distance_m(q, CORRIDOR_CENTRE) / 1000.0 <= MAX_REGION_KM;
    if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
        // [30.7, 121.3] is out of range as [lon, lat] only if lat > 90.
        let kind = if (-90.0..=90.0).contains(&lon) && (-180.0..=180.0).contains(&lat) && near(LonLat::new(lat, lon)) {
            ProblemKind::Swapped { lon, lat }
        } else {
            ProblemKind::OutOfRange { lon, lat }
        };
        problems.push(Problem::error(here(), kind));
        return None;
    }
    let q = LonLat::new(lon, lat);
    if !near(q) {
        let kind = if near(LonLat::new(lat, lon)) {
            ProblemKind::Swapped { lon, lat }
        } else {
            ProblemKind::OutsideCorridor { lon, lat, km: distance_m(q, CORRIDOR_CENTRE) / 1000.0 }
        };
        problems.push(Problem::error(here(), kind));
        return None;
    }
    Some(q)
}

/// All positions of a list, or `None` if any is unusable (each reported).
fn positions(ps: &[Value], at: &Location, problems: &mut Problems) -> Option<Vec<LonLat>> {
    let before = problems.seen();
    let out: Vec<LonLat> = ps.iter().filter_map(|p| position(Some(p), at, problems)).collect();
    (problems.seen() == before).then_some(out)
}

/// Converts a geometry of an allowed type to a shape.
pub fn shape(g: &Geometry, allowed: Allowed, at: &Location, problems: &mut Problems) -> Option<Shape> {
    let list = g.coordinates.and_then(Value::as_array);
    match (g.type_name, allowed) {
        ("Point", Allowed::Point | Allowed::PointOrPolygon | Allowed::Any) => {
            position(g.coordinates, at, problems).map(Shape::Point)
        }
        ("LineString", Allowed::LineString | Allowed::Any) => {
            let Some(list) = list else {
                bad_coordinate(at, problems);
                return None;
            };
            if list.len() < 2 {
                problems.push(Problem::error(at.with_property("geometry"), ProblemKind::TooFewPoints { needed: 2 }));
                return None;
            }
            positions(list, at, problems).map(Shape::Line)
        }
        ("Polygon", Allowed::PointOrPolygon | Allowed::Any) => {
            let bad_ring = |problems: &mut Problems| {
                problems.push(Problem::error(at.with_property("geometry"), ProblemKind::BadRing));
                None
            };
            let rings: Option<Vec<&Vec<Value>>> = list.and_then(|l| l.iter().map(Value::as_array).collect());
            let Some(rings) = rings.filter(|r| !r.is_empty() && r.iter().all(|ring| ring.len() >= 4)) else {
                return bad_ring(problems);
            };
            let before = problems.seen();
            let rings: Vec<Vec<LonLat>> = rings.iter().filter_map(|ring| positions(ring, at, problems)).collect();
            if problems.seen() != before {
                return None;
            }
            // Closed: the last position repeats the first.
            if !rings.iter().all(|ring| ring.first() == ring.last()) {
                return bad_ring(problems);
            }
            Some(Shape::Polygon(rings))
        }
        _ => {
            problems.push(Problem::error(
                at.with_property("geometry"),
                ProblemKind::WrongGeometry { expected: allowed.name(), found: g.type_name.to_string() },
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use serde_json::json;

    fn check(lon: f64, lat: f64) -> Result<LonLat, ProblemKind> {
        let mut problems = Problems::default();
        let p = position(Some(&json!([lon, lat])), &Location::feature(0, None), &mut problems);
        p.ok_or_else(|| problems.as_slice()[0].kind.clone())
    }

    #[test]
    fn accepts_corridor_positions() {
        assert_eq!(check(121.245, 30.752), Ok(LonLat::new(121.245, 30.752)));
    }

    #[test]
    fn accepts_the_coast_and_boundary_a_later_change_adds() {
        // From the corridor brief: the coast of Hangzhou Bay (WGS-84) and the
        // Shanghai-Zhejiang boundary fence (GCJ-02, about 430 m east of
        // WGS-84 here; both datums must pass), its ends and extremes.
        let coast = [(121.227742, 30.666819), (121.271345, 30.694604), (121.347283, 30.704547), (121.385921, 30.74086)];
        let fence = [(121.274652, 30.677397), (121.270337, 30.716892), (121.229666, 30.766296), (121.216913, 30.78563)];
        for (lon, lat) in coast.into_iter().chain(fence).chain(fence.map(|(lon, lat)| (lon - 0.0044, lat + 0.0023))) {
            assert_eq!(check(lon, lat), Ok(LonLat::new(lon, lat)));
        }
    }

    #[test]
    fn spots_swapped_positions() {
        assert_eq!(check(30.752, 121.245), Err(ProblemKind::Swapped { lon: 30.752, lat: 121.245 }));
    }

    #[test]
    fn spots_impossible_and_far_positions() {
        assert_eq!(check(200.0, 30.0), Err(ProblemKind::OutOfRange { lon: 200.0, lat: 30.0 }));
        match check(116.4, 39.9) {
            Err(ProblemKind::OutsideCorridor { km, .. }) => assert!((km - 1_109.0).abs() < 5.0, "{km}"),
            other => panic!("Beijing should be outside the corridor: {other:?}"),
        }
    }

    #[test]
    fn rejects_short_or_non_numeric_positions() {
        for p in [json!([121.2]), json!(["121.2", 30.7]), json!("121.2, 30.7"), json!([121.2, 30.7, null])] {
            let mut problems = Problems::default();
            assert!(position(Some(&p), &Location::file(), &mut problems).is_none(), "{p}");
            assert_eq!(problems.as_slice()[0].kind, ProblemKind::BadCoordinate, "{p}");
        }
        let mut problems = Problems::default();
        assert!(position(None, &Location::file(), &mut problems).is_none());
        assert_eq!(problems.as_slice()[0].kind, ProblemKind::BadCoordinate);
    }

    #[test]
    fn an_elevation_after_the_position_is_allowed() {
        let mut problems = Problems::default();
        let p = position(Some(&json!([121.245, 30.752, 4.5])), &Location::file(), &mut problems);
        assert_eq!(p, Some(LonLat::new(121.245, 30.752)));
    }

    fn polygon(coordinates: serde_json::Value) -> (Option<Shape>, Vec<ProblemKind>) {
        let mut problems = Problems::default();
        let g = Geometry { type_name: "Polygon", coordinates: Some(&coordinates) };
        let s = shape(&g, Allowed::PointOrPolygon, &Location::file(), &mut problems);
        (s, problems.as_slice().iter().map(|p| p.kind.clone()).collect())
    }

    #[test]
    fn a_ring_must_be_closed_and_long_enough() {
        let closed = json!([[[121.2, 30.7], [121.3, 30.7], [121.3, 30.75], [121.2, 30.7]]]);
        assert!(matches!(polygon(closed).0, Some(Shape::Polygon(r)) if r[0].len() == 4));
        let open = json!([[[121.2, 30.7], [121.3, 30.7], [121.3, 30.75], [121.25, 30.7]]]);
        assert_eq!(polygon(open), (None, vec![ProblemKind::BadRing]));
        for short in [json!([[[121.2, 30.7], [121.3, 30.7], [121.2, 30.7]]]), json!([]), json!([1, 2]), json!("x")] {
            assert_eq!(polygon(short.clone()), (None, vec![ProblemKind::BadRing]), "{short}");
        }
    }

    #[test]
    fn wrong_geometry_type_names_both() {
        let mut problems = Problems::default();
        let coordinates = json!([[121.2, 30.7], [121.3, 30.7]]);
        let line = Geometry { type_name: "LineString", coordinates: Some(&coordinates) };
        assert!(shape(&line, Allowed::Point, &Location::file(), &mut problems).is_none());
        assert_eq!(
            problems.as_slice()[0].kind,
            ProblemKind::WrongGeometry { expected: "Point", found: "LineString".into() }
        );
    }
}
