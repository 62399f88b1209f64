//! How far a person travels between two places of the corridor.
//!
//! Visitors move along the avenue: from a place to the avenue, along it,
//! and off it again to the next place. When two places lie close together
//! away from the avenue (two villages north of it, say) nobody walks down
//! to the avenue and back; then the leg is the straight line stretched by a
//! road-detour factor. Both are estimates, and the page says so.

use crate::geo::{distance_m, Along, LonLat};
use crate::model::Station;

/// Road distance over straight-line distance assumed for a leg that does
/// not follow the avenue. Road networks measure about 1.2-1.4 times the
/// straight line ("circuity"); we take the middle. A modelling assumption,
/// not a fact about the town's roads.
pub const ROAD_DETOUR: f64 = 1.3;

/// A place with a position, as a leg needs it: where it is and where it
/// lies along the avenue (if there is one).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    pub position: LonLat,
    pub along: Option<Along>,
}

impl Place {
    /// A station as a place; `None` while its position is unknown.
    pub fn of(s: &Station) -> Option<Place> {
        Some(Place { position: s.position?, along: s.along })
    }
}

/// The leg between two stations; `None` when either position is unknown
/// (a distance is never made up).
pub fn station_leg(a: &Station, b: &Station) -> Option<Leg> {
    Some(leg(Place::of(a)?, Place::of(b)?))
}

/// Which way a leg goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// To the avenue, along it, and off it again.
    ViaAvenue,
    /// Across, on local roads: the straight line times [`ROAD_DETOUR`].
    Direct,
}

/// An estimated leg between two places.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Leg {
    pub metres: f64,
    pub route: Route,
    /// The part of the leg that is travelled on the avenue itself
    /// (zero for a direct leg): the stretch a plan highlights.
    pub on_avenue_m: f64,
}

/// The shorter of going via the avenue and going across.
///
/// Never shorter than the straight line, since both ways are paths
/// between the two points (or the straight line stretched).
///
/// ```
/// use corridor::geo::{Along, LonLat};
/// use corridor::plan::{leg, Place, Route};
/// // Two points beside the avenue, 1 km apart along it.
/// let a = Place { position: LonLat::new(121.30, 30.70), along: Some(Along { chainage_m: 0.0, offset_m: 10.0 }) };
/// let b = Place { position: LonLat::new(121.31, 30.70), along: Some(Along { chainage_m: 1000.0, offset_m: 10.0 }) };
/// let l = leg(a, b);
/// assert_eq!(l.route, Route::ViaAvenue);
/// assert!((l.metres - 1020.0).abs() < 1e-9);
/// ```
pub fn leg(a: Place, b: Place) -> Leg {
    let direct = distance_m(a.position, b.position) * ROAD_DETOUR;
    let via = match (a.along, b.along) {
        (Some(x), Some(y)) => {
            let on = (x.chainage_m - y.chainage_m).abs();
            Some((on + x.offset_m + y.offset_m, on))
        }
        _ => None,
    };
    match via {
        Some((metres, on_avenue_m)) if metres <= direct => Leg { metres, route: Route::ViaAvenue, on_avenue_m },
        _ => Leg { metres: direct, route: Route::Direct, on_avenue_m: 0.0 },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::Polyline;

    fn place(line: &Polyline, p: LonLat) -> Place {
        Place { position: p, along: Some(line.locate(p)) }
    }

    fn avenue() -> Polyline {
        Polyline::new(vec![LonLat::new(121.20, 30.70), LonLat::new(121.40, 30.70)]).expect("a line")
    }

    #[test]
    fn beside_the_avenue_a_leg_follows_it() {
        let line = avenue();
        let (a, b) = (place(&line, LonLat::new(121.25, 30.7001)), place(&line, LonLat::new(121.30, 30.7001)));
        let l = leg(a, b);
        assert_eq!(l.route, Route::ViaAvenue);
        let straight = distance_m(a.position, b.position);
        assert!(l.metres >= straight && l.metres < straight * 1.01, "{l:?} vs {straight}");
        assert!((l.on_avenue_m - (a.along.unwrap().chainage_m - b.along.unwrap().chainage_m).abs()).abs() < 1e-9);
    }

    #[test]
    fn a_place_far_off_the_avenue_counts_the_way_to_it() {
        // The memorial's case: nearly the same chainage, 3 km north.
        let line = avenue();
        let on = place(&line, LonLat::new(121.30, 30.7001));
        let off = place(&line, LonLat::new(121.302, 30.727));
        let l = leg(on, off);
        let along_only = (on.along.unwrap().chainage_m - off.along.unwrap().chainage_m).abs();
        assert!(along_only < 300.0, "{along_only}");
        assert!(l.metres > 2900.0, "{l:?}");
        assert!(l.metres >= distance_m(on.position, off.position));
    }

    #[test]
    fn two_neighbours_away_from_the_avenue_go_across() {
        let line = avenue();
        let a = place(&line, LonLat::new(121.30, 30.73));
        let b = place(&line, LonLat::new(121.31, 30.73));
        let l = leg(a, b);
        assert_eq!(l.route, Route::Direct);
        assert!((l.metres - distance_m(a.position, b.position) * ROAD_DETOUR).abs() < 1e-9);
        assert_eq!(l.on_avenue_m, 0.0);
    }

    #[test]
    fn without_an_avenue_a_leg_goes_across() {
        let a = Place { position: LonLat::new(121.30, 30.70), along: None };
        let b = Place { position: LonLat::new(121.31, 30.70), along: None };
        assert_eq!(leg(a, b).route, Route::Direct);
        assert_eq!(leg(a, a).metres, 0.0);
    }
}
