//! Distances on the ground between WGS-84 positions.

use super::LonLat;

/// Mean earth radius (IUGG), in metres.
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Great-circle (haversine) distance in metres. Accurate to ~0.5% anywhere,
/// far better than that over the few kilometres of the corridor.
pub fn distance_m(a: LonLat, b: LonLat) -> f64 {
    let (phi1, phi2) = (a.lat.to_radians(), b.lat.to_radians());
    let dphi = phi2 - phi1;
    let dlambda = (b.lon - a.lon).to_radians();
    let h = (dphi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (dlambda / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_degree_of_latitude_is_about_111_km() {
        let d = distance_m(LonLat::new(121.0, 30.0), LonLat::new(121.0, 31.0));
        assert!((d - 111_195.0).abs() < 10.0, "{d}");
    }

    #[test]
    fn corridor_width_in_longitude() {
        // The brief: 12 km at this latitude is about 0.125 degrees of longitude.
        let d = distance_m(LonLat::new(121.2, 30.745), LonLat::new(121.325, 30.745));
        assert!((d - 11_950.0).abs() < 100.0, "{d}");
    }

    #[test]
    fn zero_and_symmetric() {
        let a = LonLat::new(121.31, 30.725);
        let b = LonLat::new(121.245, 30.752);
        assert_eq!(distance_m(a, a), 0.0);
        assert!((distance_m(a, b) - distance_m(b, a)).abs() < 1e-9);
    }
}
