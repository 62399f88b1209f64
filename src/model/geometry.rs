//! Turning GeoJSON geometries into shapes, checking every position: on
//! earth, longitude first, and near the corridor.

use super::corridor::Shape;
use super::problem::{Location, Problem, ProblemKind};
use super::sink::Problems;
use super::validate::{CORRIDOR_CENTRE, MAX_REGION_KM};
use crate::geo::{distance_m, LonLat};
use geojson::{GeometryValue, Position};

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

/// Checks one position; `None` (with a problem recorded) if unusable.
fn position(p: &Position, at: &Location, problems: &mut Problems) -> Option<LonLat> {
    let here = || at.with_property("geometry");
    let s = p.as_slice();
    if s.len() < 2 || s.iter().any(|v| !v.is_finite()) {
        problems.push(Problem::error(here(), ProblemKind::BadCoordinate));
        return None;
    }
    let (lon, lat) = (s[0], s[1]);
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
fn positions(ps: &[Position], at: &Location, problems: &mut Problems) -> Option<Vec<LonLat>> {
    let before = problems.seen();
    let out: Vec<LonLat> = ps.iter().filter_map(|p| position(p, at, problems)).collect();
    (problems.seen() == before).then_some(out)
}

/// Converts a geometry of an allowed type to a shape.
pub fn shape(value: &GeometryValue, allowed: Allowed, at: &Location, problems: &mut Problems) -> Option<Shape> {
    let wrong = |problems: &mut Problems| {
        problems.push(Problem::error(
            at.with_property("geometry"),
            ProblemKind::WrongGeometry { expected: allowed.name(), found: value.type_name().to_string() },
        ));
        None
    };
    match (value, allowed) {
        (GeometryValue::Point { coordinates }, Allowed::Point | Allowed::PointOrPolygon | Allowed::Any) => {
            position(coordinates, at, problems).map(Shape::Point)
        }
        (GeometryValue::LineString { coordinates }, Allowed::LineString | Allowed::Any) => {
            if coordinates.len() < 2 {
                problems.push(Problem::error(at.with_property("geometry"), ProblemKind::TooFewPoints { needed: 2 }));
                return None;
            }
            positions(coordinates, at, problems).map(Shape::Line)
        }
        (GeometryValue::Polygon { coordinates }, Allowed::PointOrPolygon | Allowed::Any) => {
            let closed = |ring: &Vec<Position>| ring.len() >= 4 && ring.first() == ring.last();
            if coordinates.is_empty() || !coordinates.iter().all(closed) {
                problems.push(Problem::error(at.with_property("geometry"), ProblemKind::BadRing));
                return None;
            }
            let before = problems.seen();
            let rings: Vec<Vec<LonLat>> = coordinates.iter().filter_map(|ring| positions(ring, at, problems)).collect();
            (problems.seen() == before).then_some(Shape::Polygon(rings))
        }
        _ => wrong(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(lon: f64, lat: f64) -> Result<LonLat, ProblemKind> {
        let mut problems = Problems::default();
        let p = position(&Position::from([lon, lat]), &Location::feature(0, None), &mut problems);
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
        let mut problems = Problems::default();
        assert!(position(&Position::from(vec![121.2]), &Location::file(), &mut problems).is_none());
        assert_eq!(problems.as_slice()[0].kind, ProblemKind::BadCoordinate);
    }

    #[test]
    fn wrong_geometry_type_names_both() {
        let mut problems = Problems::default();
        let line = GeometryValue::new_line_string([[121.2, 30.7], [121.3, 30.7]]);
        assert!(shape(&line, Allowed::Point, &Location::file(), &mut problems).is_none());
        assert_eq!(
            problems.as_slice()[0].kind,
            ProblemKind::WrongGeometry { expected: "Point", found: "LineString".into() }
        );
    }
}
