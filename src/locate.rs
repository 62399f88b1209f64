//! "Where am I": from the reader's position to the nearest station and how
//! far it is along the avenue, or a plain statement that they are far away.

use crate::geo::{distance_m, LonLat};
use crate::model::Corridor;

/// Farther than this from the avenue, "nearest station" means nothing.
pub const FAR_FROM_AVENUE_M: f64 = 5_000.0;

#[derive(Debug, Clone, PartialEq)]
pub enum Nearby {
    /// The nearest station with a position, measured along the avenue.
    Near {
        station: String,
        /// Between the reader's point on the avenue and the station's.
        along_m: f64,
        /// From the reader to the avenue.
        to_avenue_m: f64,
    },
    /// Too far from the corridor to be useful; the distance to the avenue
    /// (or to the nearest station if there is no avenue).
    Far { km: f64 },
    /// No station has a position yet.
    NoStations,
}

/// The station nearest to `p` by distance along the avenue (ties go to the
/// one nearer the road), so "1.2 km" is what walking the avenue would take.
pub fn nearest_station(c: &Corridor, p: LonLat) -> Nearby {
    let placed = c.stations.iter().filter_map(|s| Some((s, s.position?)));
    let Some(avenue) = &c.avenue else {
        // Without an avenue, the straight line is all we have.
        return match placed.map(|(s, q)| (s, distance_m(p, q))).min_by(|a, b| a.1.total_cmp(&b.1)) {
            None => Nearby::NoStations,
            Some((_, d)) if d > FAR_FROM_AVENUE_M => Nearby::Far { km: d / 1000.0 },
            Some((s, d)) => Nearby::Near { station: s.id.clone(), along_m: d, to_avenue_m: 0.0 },
        };
    };
    let here = avenue.line.locate(p);
    if here.offset_m > FAR_FROM_AVENUE_M {
        return Nearby::Far { km: here.offset_m / 1000.0 };
    }
    c.stations
        .iter()
        .filter_map(|s| Some((s, s.along?)))
        .min_by(|(_, a), (_, b)| {
            let da = (a.chainage_m - here.chainage_m).abs();
            let db = (b.chainage_m - here.chainage_m).abs();
            da.total_cmp(&db).then(a.offset_m.total_cmp(&b.offset_m))
        })
        .map_or(Nearby::NoStations, |(s, a)| Nearby::Near {
            station: s.id.clone(),
            along_m: (a.chainage_m - here.chainage_m).abs(),
            to_avenue_m: here.offset_m,
        })
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
        match nearest_station(&shipped(), LonLat::new(121.2452, 30.7525)) {
            Nearby::Near { station, along_m, to_avenue_m } => {
                assert_eq!(station, "zhangqiao");
                assert!(along_m < 100.0, "{along_m}");
                assert!((500.0..1_500.0).contains(&to_avenue_m), "{to_avenue_m}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn distance_is_measured_along_the_avenue() {
        // On the avenue, 30% of the way across the widest gap between two
        // placed stations: the western one is nearest, at 30% of the gap.
        let c = shipped();
        let mut along: Vec<(f64, &str)> =
            c.stations.iter().filter_map(|s| Some((s.along?.chainage_m, s.id.as_str()))).collect();
        along.sort_by(|a, b| a.0.total_cmp(&b.0));
        let (west, east) = along
            .windows(2)
            .map(|w| (w[0], w[1]))
            .max_by(|a, b| (a.1 .0 - a.0 .0).total_cmp(&(b.1 .0 - b.0 .0)))
            .expect("two placed stations");
        let gap = east.0 - west.0;
        assert!(gap > 1_000.0, "{gap}");
        let p = c.avenue.as_ref().expect("avenue").line.point_at(west.0 + 0.3 * gap);
        match nearest_station(&c, p) {
            Nearby::Near { station, along_m, to_avenue_m } => {
                assert_eq!(station, west.1);
                assert!(to_avenue_m < 1.0);
                assert!((along_m - 0.3 * gap).abs() < 5.0, "{along_m} vs {}", 0.3 * gap);
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
