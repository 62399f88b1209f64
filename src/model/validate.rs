//! Checks across features: one avenue, unique ids and numbers, known units,
//! stations near the avenue and numbered in the avenue's order. Also derives
//! each station's distance along the avenue.

use super::corridor::{Avenue, ContextKind, Corridor, Shape};
use super::problem::{Location, Problem, ProblemKind};
use super::sink::Problems;
use crate::geo::{BoundaryLine, LonLat};
use std::collections::BTreeMap as HashMap;

/// Jinshanwei town, roughly: the reference for "far outside the corridor".
pub const CORRIDOR_CENTRE: LonLat = LonLat::new(121.27, 30.745);
/// Positions farther than this from `CORRIDOR_CENTRE` are errors, for every
/// kind of feature. The map shows the 12 km avenue (121.254-121.331 E), the
/// town (about 55 km², some 8 km across), the old district government
/// (121.342 E, 7 km away) and the ground around them: the coast 2-5 km south
/// and the provincial boundary fence, which reach 30.667 N and 121.216-121.386
/// E. The farthest of those, the coast's east end near 121.386 E 30.741 N,
/// is 11.1 km from the centre: 15 km leaves room for it and catches a
/// feature or a whole file moved by a slip of one digit.
pub const MAX_REGION_KM: f64 = 15.0;
/// A village or residential committee of the town farther than this from
/// the avenue is misplaced: the avenue crosses the town, and the farthest
/// unit office in the sources (塔港村, near 30.783 N) is about 4.5 km from it.
pub const MAX_UNIT_OFFSET_M: f64 = 6_000.0;
/// The avenue runs some 12 km through the corridor; a line shorter than this
/// (two equal points, a lost vertex list) is a mistake, not a road.
pub const MIN_AVENUE_M: f64 = 1_000.0;
/// A station farther than this from the avenue is probably misplaced. The
/// memorial park, the farthest station, is about 2.6 km away.
pub const MAX_STATION_OFFSET_M: f64 = 3_000.0;

pub fn cross_check(c: &mut Corridor, mut avenues: Vec<Avenue>, avenue_features: usize, problems: &mut Problems) {
    match avenues.len() {
        0 if avenue_features == 0 => problems.push(Problem::error(Location::file(), ProblemKind::NoAvenue)),
        0 => {}
        1 => {}
        n => {
            for extra in &avenues[1..] {
                problems.push(Problem::error(
                    Location::feature(extra.feature, None).with_property("kind"),
                    ProblemKind::ManyAvenues { count: n },
                ));
            }
        }
    }
    c.avenue = (!avenues.is_empty()).then(|| avenues.swap_remove(0));
    if let Some(a) = &c.avenue {
        let metres = a.line.length_m();
        // A length that is not a number is too short as well.
        if metres.is_nan() || metres < MIN_AVENUE_M {
            problems.push(Problem::error(
                Location::feature(a.feature, None).with_property("geometry"),
                ProblemKind::AvenueTooShort { metres, min: MIN_AVENUE_M },
            ));
        }
    }

    unique_ids(c, problems);
    unique_orders(c, problems);
    unique_units(c, problems);
    known_units(c, problems);
    place_along_avenue(c, problems);
    units_near_avenue(c, problems);
    east_of_boundary(c, problems);
    c.stations.sort_by_key(|s| (s.order, s.feature));
}

fn unique_ids(c: &mut Corridor, problems: &mut Problems) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    c.stations.retain(|s| match seen.get(&s.id) {
        Some(&first) => {
            problems.push(Problem::error(
                Location::feature(s.feature, Some(&s.id)).with_property("id"),
                ProblemKind::DuplicateId { first_feature: first },
            ));
            false
        }
        None => {
            seen.insert(s.id.clone(), s.feature);
            true
        }
    });
}

fn unique_orders(c: &Corridor, problems: &mut Problems) {
    let mut seen: HashMap<u32, &str> = HashMap::new();
    for s in &c.stations {
        if let Some(other) = seen.insert(s.order, &s.id) {
            problems.push(Problem::error(
                Location::feature(s.feature, Some(&s.id)).with_property("order"),
                ProblemKind::DuplicateOrder { order: s.order.into(), other_id: other.to_string() },
            ));
            seen.insert(s.order, other);
        }
    }
}

fn unique_units(c: &mut Corridor, problems: &mut Problems) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    c.units.retain(|u| match seen.get(&u.code) {
        Some(&first) => {
            problems.push(Problem::error(
                Location::feature(u.feature, Some(&u.code)).with_property("code"),
                ProblemKind::DuplicateUnitCode { first_feature: first },
            ));
            false
        }
        None => {
            seen.insert(u.code.clone(), u.feature);
            true
        }
    });
}

fn known_units(c: &Corridor, problems: &mut Problems) {
    for s in &c.stations {
        if let Some(code) = &s.unit {
            if c.unit(code).is_none() {
                problems.push(Problem::error(
                    Location::feature(s.feature, Some(&s.id)).with_property("unit"),
                    ProblemKind::UnknownUnit { code: code.clone() },
                ));
            }
        }
    }
}

/// Every village and residential committee lies within a few km of the
/// avenue that crosses the town.
fn units_near_avenue(c: &Corridor, problems: &mut Problems) {
    let Some(avenue) = &c.avenue else { return };
    for u in &c.units {
        let farthest = match &u.shape {
            Some(Shape::Point(p)) => avenue.line.locate(*p).offset_m,
            Some(Shape::Polygon(rings)) => {
                rings.iter().flatten().map(|p| avenue.line.locate(*p).offset_m).fold(0.0, f64::max)
            }
            Some(Shape::Line(points)) => points.iter().map(|p| avenue.line.locate(*p).offset_m).fold(0.0, f64::max),
            None => continue,
        };
        if farthest > MAX_UNIT_OFFSET_M {
            problems.push(Problem::error(
                Location::feature(u.feature, Some(&u.code)).with_property("geometry"),
                ProblemKind::UnitFarFromAvenue { metres: farthest, limit: MAX_UNIT_OFFSET_M },
            ));
        }
    }
}

/// Derives chainage and checks distance from the avenue and numbering.
fn place_along_avenue(c: &mut Corridor, problems: &mut Problems) {
    let Some(avenue) = &c.avenue else { return };
    for s in &mut c.stations {
        let Some(p) = s.position else { continue };
        let along = avenue.line.locate(p);
        if along.offset_m > MAX_STATION_OFFSET_M {
            problems.push(Problem::error(
                Location::feature(s.feature, Some(&s.id)).with_property("geometry"),
                ProblemKind::FarFromAvenue { metres: along.offset_m, limit: MAX_STATION_OFFSET_M },
            ));
        }
        s.along = Some(along);
    }
    // Placed stations, by their numbers, must also run west to east.
    let mut placed: Vec<(u32, f64, usize, &str)> =
        c.stations.iter().filter_map(|s| s.along.map(|a| (s.order, a.chainage_m, s.feature, s.id.as_str()))).collect();
    placed.sort_by_key(|&(order, _, feature, _)| (order, feature));
    // Rank by chainage with one sort, not by counting for every station: a
    // city's 10,000 stations stay instant. Stations at the same chainage
    // (e.g. two beyond the avenue's west end, both at 0 km) may come in
    // either order: each may take any rank of its tied group.
    let mut by_chainage: Vec<(f64, usize)> = placed.iter().enumerate().map(|(i, p)| (p.1, i)).collect();
    by_chainage.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut ranks = vec![(0, 0); placed.len()];
    let mut start = 0;
    while start < by_chainage.len() {
        let chainage = by_chainage[start].0;
        let end = start + by_chainage[start..].iter().take_while(|x| x.0 == chainage).count();
        for &(_, i) in &by_chainage[start..end] {
            ranks[i] = (start, end - 1);
        }
        start = end;
    }
    for (index_by_order, &(order, _, feature, id)) in placed.iter().enumerate() {
        let (low, high) = ranks[index_by_order];
        if !(low..=high).contains(&index_by_order) {
            let rank = if index_by_order < low { low } else { high };
            problems.push(Problem::warning(
                Location::feature(feature, Some(id)).with_property("order"),
                ProblemKind::OrderAgainstAvenue { order, rank: rank + 1, order_rank: index_by_order + 1 },
            ));
        }
    }
}

/// Nothing of this Shanghai town lies on the Zhejiang side of the provincial
/// boundary: every `boundary` line is that line, with Shanghai to its east.
/// One error per feature, at its first position west of a line. Positions
/// north or south of a line are not judged by it.
fn east_of_boundary(c: &Corridor, problems: &mut Problems) {
    let lines: Vec<(usize, BoundaryLine)> = c
        .context
        .iter()
        .filter(|k| k.context == ContextKind::Boundary)
        .filter_map(|k| match &k.shape {
            Shape::Line(points) => BoundaryLine::new(points).map(|b| (k.feature, b)),
            _ => None,
        })
        .collect();
    if lines.is_empty() {
        return;
    }
    let mut report = |feature: usize, id: Option<&str>, found: Option<(LonLat, f64, usize)>| {
        if let Some((p, metres, boundary_feature)) = found {
            problems.push(Problem::error(
                Location::feature(feature, id).with_property("geometry"),
                ProblemKind::WestOfBoundary { lon: p.lon, lat: p.lat, metres, boundary_feature },
            ));
        }
    };
    if let Some(a) = &c.avenue {
        report(a.feature, None, first_west(&lines, a.line.points().iter().copied()));
    }
    for u in &c.units {
        if let Some(shape) = &u.shape {
            report(u.feature, Some(&u.code), first_west(&lines, shape.points()));
        }
    }
    for s in &c.stations {
        report(s.feature, Some(&s.id), first_west(&lines, s.position));
    }
}

/// The first of `points` west of one of the `lines`: the position, how far
/// west in metres, and the boundary's feature.
fn first_west(
    lines: &[(usize, BoundaryLine)],
    points: impl IntoIterator<Item = LonLat>,
) -> Option<(LonLat, f64, usize)> {
    points.into_iter().find_map(|p| {
        lines.iter().find_map(|(feature, b)| b.degrees_west(p).map(|deg| (p, deg_lon_m(deg, p.lat), *feature)))
    })
}

/// Degrees of longitude at `lat` in metres on the ground.
fn deg_lon_m(deg: f64, lat: f64) -> f64 {
    deg * lat.to_radians().cos() * crate::geo::EARTH_RADIUS_M.to_radians()
}

#[cfg(test)]
mod tests {
    use crate::model::{load, ProblemKind};

    fn stations(points: &[(&str, u32, f64, f64)]) -> String {
        let mut f = vec![r#"{"type": "Feature", "properties": {"kind": "avenue", "name": "a", "name_en": "a", "position": "approximate", "source": [{"title": "t"}]}, "geometry": {"type": "LineString", "coordinates": [[121.25, 30.745], [121.33, 30.745]]}}"#.to_string()];
        for (id, order, lon, lat) in points {
            f.push(format!(
                r#"{{"type": "Feature", "properties": {{"kind": "station", "id": "{id}", "order": {order}, "name": "s", "name_en": "s", "category": "village", "membership": "unconfirmed", "position": "approximate", "source": [{{"title": "t"}}]}}, "geometry": {{"type": "Point", "coordinates": [{lon}, {lat}]}}}}"#
            ));
        }
        format!(r#"{{"type": "FeatureCollection", "features": [{}]}}"#, f.join(","))
    }

    fn order_warnings(text: &str) -> Vec<(String, usize)> {
        load(text.as_bytes())
            .problems
            .iter()
            .filter_map(|p| match p.kind {
                ProblemKind::OrderAgainstAvenue { rank, .. } => Some((p.at.id.clone().unwrap_or_default(), rank)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn stations_tied_along_the_avenue_may_come_in_either_order() {
        // Both lie beyond the west end: both at 0 km.
        for (a, b) in [(1, 2), (2, 1)] {
            let text =
                stations(&[("north", a, 121.24, 30.76), ("west", b, 121.245, 30.75), ("east", 3, 121.3, 30.745)]);
            assert_eq!(order_warnings(&text), vec![], "orders {a}, {b}");
        }
    }

    #[test]
    fn a_station_after_a_tie_is_still_checked() {
        // "east" is numbered before the tied pair at the west end.
        let text = stations(&[("east", 1, 121.3, 30.745), ("north", 2, 121.24, 30.76), ("west", 3, 121.245, 30.75)]);
        let got = order_warnings(&text);
        assert!(got.contains(&("east".to_string(), 3)), "{got:?}");
        assert!(got.iter().any(|(id, _)| id == "north" || id == "west"), "one of the pair is out of place: {got:?}");
    }
}
