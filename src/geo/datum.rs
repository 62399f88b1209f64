//! Map datums. Our GeoJSON is WGS-84, but tiles from Chinese providers
//! (Amap, Tencent) are drawn in GCJ-02, which is offset from WGS-84 by a
//! few hundred metres. Under such tiles our stations would land on the
//! wrong street, so the app moves our geometry into the tiles' datum
//! before projecting it.
//!
//! The conversion is the `coordtransform` crate's: the standard published
//! GCJ-02 formula, applied only inside its mainland-China mask, so Hong
//! Kong, Macau, Taiwan and every other country stay unchanged, as they do on
//! the providers' own maps.

use super::LonLat;

/// The datum that a tile layer's imagery is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Datum {
    /// GPS and GeoJSON (RFC 7946); OpenStreetMap and most tile providers.
    #[default]
    Wgs84,
    /// China's "Mars" datum: Amap (Gaode), Tencent and other mainland maps.
    Gcj02,
}

impl Datum {
    /// Moves a WGS-84 position into this datum; the identity for WGS-84.
    pub fn apply(self, p: LonLat) -> LonLat {
        match self {
            Datum::Wgs84 => p,
            Datum::Gcj02 => {
                let (lon, lat) = coordtransform::wgs84_to_gcj02(p.lon, p.lat);
                LonLat::new(lon, lat)
            }
        }
    }

    /// Brings a position in this datum back to WGS-84: where a click on
    /// GCJ-02 tiles lands in the data (the `coordtransform` inverse,
    /// metre-exact near the corridor).
    pub fn invert(self, p: LonLat) -> LonLat {
        match self {
            Datum::Wgs84 => p,
            Datum::Gcj02 => {
                let (lon, lat) = coordtransform::gcj02_to_wgs84(p.lon, p.lat);
                LonLat::new(lon, lat)
            }
        }
    }

    /// The datum named in the map config (`"wgs84"`, `"gcj02"`), any case.
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "wgs84" => Some(Datum::Wgs84),
            "gcj02" => Some(Datum::Gcj02),
            _ => None,
        }
    }

    /// The name used in the map config.
    pub fn name(self) -> &'static str {
        match self {
            Datum::Wgs84 => "wgs84",
            Datum::Gcj02 => "gcj02",
        }
    }

    /// Credit owed when this datum is in use: the GCJ-02 mask is derived
    /// from OpenStreetMap data (ODbL), so the map shows its attribution.
    pub fn credit(self) -> Option<&'static str> {
        match self {
            Datum::Wgs84 => None,
            Datum::Gcj02 => Some(coordtransform::OSM_ATTRIBUTION),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::distance_m;

    fn close(a: LonLat, b: LonLat, tol_deg: f64) -> bool {
        (a.lon - b.lon).abs() <= tol_deg && (a.lat - b.lat).abs() <= tol_deg
    }

    #[test]
    fn wgs84_is_the_identity() {
        for p in [LonLat::new(121.3, 30.75), LonLat::new(-0.1276, 51.5072), LonLat::new(0.0, 0.0)] {
            assert_eq!(Datum::Wgs84.apply(p), p);
        }
    }

    #[test]
    fn matches_the_crates_documented_pair() {
        // From the doc example of coordtransform 0.4.0's `wgs84_to_gcj02`
        // (central Beijing).
        let gcj = Datum::Gcj02.apply(LonLat::new(116.404, 39.915));
        assert!(close(gcj, LonLat::new(116.410_244_499_169_38, 39.916_404_281_501_64), 1e-9), "{gcj:?}");
    }

    #[test]
    fn matches_a_published_reference_pair() {
        // Beijing railway station, WGS-84 (39.90105 N, 116.42079 E) and
        // GCJ-02 (39.90245 N, 116.42703 E): the example of `wgs2gcj` in the
        // geoChina R package (Jun Cai, Tsinghua University), given to five
        // decimals, so the tolerance is one unit in the fifth (about 1 m).
        let gcj = Datum::Gcj02.apply(LonLat::new(116.42079, 39.90105));
        assert!(close(gcj, LonLat::new(116.42703, 39.90245), 1e-5), "{gcj:?}");
    }

    #[test]
    fn places_outside_mainland_china_are_unchanged() {
        for p in [
            LonLat::new(114.1694, 22.3193), // Hong Kong
            LonLat::new(113.5439, 22.1987), // Macau
            LonLat::new(121.5654, 25.0330), // Taipei
            LonLat::new(139.6917, 35.6895), // Tokyo
            LonLat::new(126.9780, 37.5665), // Seoul
            LonLat::new(-0.1276, 51.5072),  // London
            LonLat::new(0.0, 0.0),
        ] {
            assert_eq!(Datum::Gcj02.apply(p), p);
        }
    }

    #[test]
    fn non_finite_input_passes_through_without_panicking() {
        let p = Datum::Gcj02.apply(LonLat::new(f64::NAN, 30.75));
        assert!(p.lon.is_nan() && p.lat == 30.75);
    }

    #[test]
    fn jinshan_moves_about_430_m_east_and_240_m_south() {
        let wgs = LonLat::new(121.3, 30.75);
        let gcj = Datum::Gcj02.apply(wgs);
        // Split the shift into its east and south parts along the ground.
        let east = distance_m(wgs, LonLat::new(gcj.lon, wgs.lat)) * (gcj.lon - wgs.lon).signum();
        let south = distance_m(wgs, LonLat::new(wgs.lon, gcj.lat)) * (wgs.lat - gcj.lat).signum();
        assert!((400.0..=500.0).contains(&east), "east {east} m");
        assert!((200.0..=300.0).contains(&south), "south {south} m");
        assert!((east - 430.0).abs() < 40.0 && (south - 240.0).abs() < 40.0, "{east} m E, {south} m S");
    }

    #[test]
    fn names_round_trip() {
        for d in [Datum::Wgs84, Datum::Gcj02] {
            assert_eq!(Datum::from_name(d.name()), Some(d));
        }
        assert_eq!(Datum::from_name("GCJ02"), Some(Datum::Gcj02));
        assert_eq!(Datum::from_name("bd09"), None);
        assert_eq!(Datum::default(), Datum::Wgs84);
        assert!(Datum::Gcj02.credit().is_some_and(|c| c.contains("OpenStreetMap")));
        assert_eq!(Datum::Wgs84.credit(), None);
    }
}
