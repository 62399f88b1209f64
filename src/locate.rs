//! "Where am I": from the reader's position to the nearest station, how
//! far a person would travel to it and which way it lies, or a plain
//! statement that they are far away.

use crate::geo::{Compass, LonLat};
use crate::model::Corridor;
use crate::plan::{leg, Leg, Place};

/// Farther than this from the avenue, "nearest station" means nothing.
pub const FAR_FROM_AVENUE_M: f64 = 5_000.0;

/// Nearer than this (about a phone's position accuracy outdoors), the
/// reader is at the station.
pub const AT_STATION_M: f64 = 100.0;

#[derive(Debug, Clone, PartialEq)]
pub enum Nearby {
    /// The station a person would reach soonest from here.
    Near {
        station: String,
        /// The way there (an estimate, as every leg).
        leg: Leg,
        /// Which way it lies; `None` when standing on it.
        towards: Option<Compass>,
    },
    /// Too far from the corridor to be useful; the distance to the avenue
    /// (or to the nearest station if there is no avenue).
    Far { km: f64 },
    /// No station has a position yet.
    NoStations,
}

impl Nearby {
    /// Whether the reader is at the station itself.
    pub fn is_at_station(&self) -> bool {
        matches!(self, Nearby::Near { leg, .. } if leg.metres < AT_STATION_M)
    }
}

/// The station nearest to `p` by the legs a person travels
/// ([`crate::plan::leg`]: along the avenue plus the way to and from it, or
/// across when that is shorter), ties to the earlier station.
pub fn nearest_station(c: &Corridor, p: LonLat) -> Nearby {
    let here = Place { position: p, along: c.avenue.as_ref().map(|a| a.line.locate(p)) };
    let far = match here.along {
        Some(a) => a.offset_m,
        None => f64::INFINITY,
    };
    let nearest = c
        .stations
        .iter()
        .filter_map(|s| Some((s, leg(here, Place::of(s)?))))
        .min_by(|a, b| a.1.metres.total_cmp(&b.1.metres));
    let Some((s, l)) = nearest else { return Nearby::NoStations };
    // Without an avenue, the nearest station is all there is to measure by.
    let far = if far.is_finite() { far } else { l.metres };
    if far > FAR_FROM_AVENUE_M {
        return Nearby::Far { km: far / 1000.0 };
    }
    let towards = s.position.and_then(|q| Compass::from_to(p, q));
    Nearby::Near { station: s.id.clone(), leg: l, towards }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load;

    fn shipped() -> Corridor {
        load(include_bytes!("../public/data/corridor.geojson")).corridor.expect("loads")
    }

    #[test]
    fn next_to_zhangqiao_the_nearest_is_zhangqiao() {
        let c = shipped();
        let zhangqiao = c.station("zhangqiao").and_then(|s| s.position).expect("placed");
        let p = LonLat::new(zhangqiao.lon + 0.0005, zhangqiao.lat);
        match nearest_station(&c, p) {
            Nearby::Near { station, leg, towards } => {
                assert_eq!(station, "zhangqiao");
                assert!(leg.metres < AT_STATION_M, "{leg:?}");
                assert_eq!(towards, Some(Compass::W));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_nearest_is_the_one_a_person_reaches_first() {
        // On the avenue, 30% of the way across the widest gap between two
        // placed stations: the nearest is the one with the shortest leg
        // from here, whatever the chainage alone would say.
        let c = shipped();
        let line = &c.avenue.as_ref().expect("avenue").line;
        let mut along: Vec<f64> = c.stations.iter().filter_map(|s| Some(s.along?.chainage_m)).collect();
        along.sort_by(f64::total_cmp);
        let (west, east) =
            along.windows(2).map(|w| (w[0], w[1])).max_by(|a, b| (a.1 - a.0).total_cmp(&(b.1 - b.0))).expect("two");
        let p = line.point_at(west + 0.3 * (east - west));
        let here = Place { position: p, along: Some(line.locate(p)) };
        let best = c
            .stations
            .iter()
            .filter_map(|s| Some((s.id.clone(), leg(here, Place::of(s)?).metres)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .expect("placed stations");
        match nearest_station(&c, p) {
            Nearby::Near { station, leg, .. } => {
                assert_eq!(station, best.0);
                assert_eq!(leg.metres, best.1);
                let q = c.station(&station).and_then(|s| s.position).expect("placed");
                assert!(leg.metres >= crate::geo::distance_m(p, q));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn far_away_readers_are_told_so() {
        match nearest_station(&shipped(), LonLat::new(116.4, 39.9)) {
            Nearby::Far { km } => assert!(km > 1_000.0, "{km}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn without_placed_stations_there_is_nothing_near() {
        let mut c = shipped();
        c.stations.retain(|s| s.position.is_none());
        assert_eq!(nearest_station(&c, LonLat::new(121.25, 30.75)), Nearby::NoStations);
    }
}
