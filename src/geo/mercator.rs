//! Spherical Web Mercator (EPSG:3857), the projection of every web map, so a
//! tile layer can later line up with what we draw.

use super::LonLat;

/// Web Mercator's sphere radius (WGS-84 semi-major axis), in metres.
const R: f64 = 6_378_137.0;
/// Latitude limit of Web Mercator.
const MAX_LAT: f64 = 85.051_128_779_806_59;

/// A projected position in metres: x grows east, y grows north.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projected {
    pub x: f64,
    pub y: f64,
}

/// Projects WGS-84 to Web Mercator metres.
pub fn project(p: LonLat) -> Projected {
    let lat = p.lat.clamp(-MAX_LAT, MAX_LAT).to_radians();
    Projected { x: R * p.lon.to_radians(), y: R * (std::f64::consts::FRAC_PI_4 + lat / 2.0).tan().ln() }
}

/// Web Mercator metres back to WGS-84 (for the camera's centre).
pub fn unproject(q: Projected) -> LonLat {
    let lon = (q.x / R).to_degrees();
    let lat = (2.0 * (q.y / R).exp().atan() - std::f64::consts::FRAC_PI_2).to_degrees();
    LonLat::new(lon, lat)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unproject_inverts_project() {
        for p in [LonLat::new(121.245, 30.752), LonLat::new(-70.0, -40.0), LonLat::new(0.0, 0.0)] {
            let back = unproject(project(p));
            assert!((back.lon - p.lon).abs() < 1e-9 && (back.lat - p.lat).abs() < 1e-9, "{p:?} -> {back:?}");
        }
    }

    #[test]
    fn origin_maps_to_origin() {
        let o = project(LonLat::new(0.0, 0.0));
        assert!(o.x.abs() < 1e-9 && o.y.abs() < 1e-9);
    }

    #[test]
    fn matches_the_epsg3857_square() {
        // EPSG:3857's world is a square of +/- 20,037,508.34 m.
        let corner = project(LonLat::new(180.0, MAX_LAT));
        assert!((corner.x - 20_037_508.34).abs() < 0.01, "x {}", corner.x);
        assert!((corner.y - 20_037_508.34).abs() < 0.01, "y {}", corner.y);
    }

    #[test]
    fn north_is_up_and_east_is_right() {
        let a = project(LonLat::new(121.2, 30.7));
        let b = project(LonLat::new(121.3, 30.8));
        assert!(b.x > a.x && b.y > a.y);
    }
}
