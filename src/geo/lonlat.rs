//! WGS-84 positions as GeoJSON stores them: longitude first.

/// A WGS-84 position in degrees, `[lon, lat]` as in RFC 7946.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LonLat {
    pub lon: f64,
    pub lat: f64,
}

impl LonLat {
    pub const fn new(lon: f64, lat: f64) -> Self {
        Self { lon, lat }
    }
}

/// A lon/lat rectangle; used to fit the map and to catch positions that
/// cannot belong to the corridor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl Bounds {
    /// The smallest bounds holding every point, or `None` for no points.
    pub fn around(points: impl IntoIterator<Item = LonLat>) -> Option<Self> {
        points.into_iter().fold(None, |acc, p| {
            Some(match acc {
                None => Bounds { west: p.lon, south: p.lat, east: p.lon, north: p.lat },
                Some(b) => Bounds {
                    west: b.west.min(p.lon),
                    south: b.south.min(p.lat),
                    east: b.east.max(p.lon),
                    north: b.north.max(p.lat),
                },
            })
        })
    }

    pub fn contains(&self, p: LonLat) -> bool {
        (self.west..=self.east).contains(&p.lon) && (self.south..=self.north).contains(&p.lat)
    }

    pub fn centre(&self) -> LonLat {
        LonLat::new((self.west + self.east) / 2.0, (self.south + self.north) / 2.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_hold_all_points() {
        let b = Bounds::around([LonLat::new(121.3, 30.7), LonLat::new(121.2, 30.8)]).expect("two points");
        assert_eq!(b, Bounds { west: 121.2, south: 30.7, east: 121.3, north: 30.8 });
        assert!(b.contains(LonLat::new(121.25, 30.75)));
        assert!(!b.contains(LonLat::new(121.35, 30.75)));
        assert_eq!(Bounds::around([]), None);
    }
}
