//! Which way one point lies from another, in the eight directions people
//! give ("north-east of you").

use super::LonLat;

/// The eight compass directions, clockwise from north.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compass {
    N,
    NE,
    E,
    SE,
    S,
    SW,
    W,
    NW,
}

impl Compass {
    const CLOCKWISE: [Compass; 8] =
        [Compass::N, Compass::NE, Compass::E, Compass::SE, Compass::S, Compass::SW, Compass::W, Compass::NW];

    /// The direction of `to` as seen from `from` (flat-earth bearing: the
    /// corridor spans a few kilometres), `None` for the same point.
    ///
    /// ```
    /// use corridor::geo::{Compass, LonLat};
    /// let here = LonLat::new(121.30, 30.70);
    /// assert_eq!(Compass::from_to(here, LonLat::new(121.31, 30.71)), Some(Compass::NE));
    /// assert_eq!(Compass::from_to(here, LonLat::new(121.30, 30.69)), Some(Compass::S));
    /// assert_eq!(Compass::from_to(here, here), None);
    /// ```
    pub fn from_to(from: LonLat, to: LonLat) -> Option<Compass> {
        let east = (to.lon - from.lon) * from.lat.to_radians().cos();
        let north = to.lat - from.lat;
        if east == 0.0 && north == 0.0 {
            return None;
        }
        // Bearing clockwise from north, in eighths of a turn, rounded.
        let turns = east.atan2(north) / std::f64::consts::TAU;
        let eighth = (turns * 8.0).round().rem_euclid(8.0) as usize;
        Compass::CLOCKWISE.get(eighth).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_direction_is_found_and_borders_round_to_the_nearest() {
        let c = LonLat::new(121.3, 30.7);
        let k = 30.7_f64.to_radians().cos();
        for (i, want) in Compass::CLOCKWISE.iter().enumerate() {
            let a = (i as f64) * std::f64::consts::TAU / 8.0;
            let p = LonLat::new(c.lon + 0.01 * a.sin() / k, c.lat + 0.01 * a.cos());
            assert_eq!(Compass::from_to(c, p), Some(*want), "{i}");
        }
        // 20 degrees east of north is still north; 25 is north-east.
        let at = |deg: f64| {
            let a = deg.to_radians();
            LonLat::new(c.lon + 0.01 * a.sin() / k, c.lat + 0.01 * a.cos())
        };
        assert_eq!(Compass::from_to(c, at(20.0)), Some(Compass::N));
        assert_eq!(Compass::from_to(c, at(25.0)), Some(Compass::NE));
        assert_eq!(Compass::from_to(c, at(-30.0)), Some(Compass::NW));
    }
}
