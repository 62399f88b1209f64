//! A generated corridor file with many stations, for the "10,000 points"
//! test and the `map-bench` benchmark.
//!
//! Why generated rather than stored: it follows the real file (the same
//! avenue, metadata and units), is reproducible (a fixed pseudo-random
//! sequence), and a 3 MB fixture would only bloat the repository.
//!
//! The file is valid for the app's loader, so the page shows the map and
//! no problem list: every station is within 0.01° of latitude of the
//! avenue (about 1.1 km, well inside the loader's 3 km limit), between
//! its ends, and the stations are numbered in the order of their distance
//! along the avenue ("chainage"), computed exactly as the app computes it
//! (`src/geo/chainage.rs`), so the loader's "numbered against the
//! avenue's direction" warning never fires. Along an east-west road this
//! is, in effect, west-to-east (longitude) order; numbering by raw
//! longitude would not be enough, since two stations 1 m apart in
//! longitude but 1 km apart in latitude can project onto the road in the
//! other order.

use serde_json::{json, Value};

/// The app's Earth radius (`src/geo/distance.rs`), for the same chainage.
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Largest distance of a generated station from the avenue, in degrees of
/// latitude (north or south).
pub const MAX_LAT_OFFSET_DEG: f64 = 0.0095;

/// Two stations closer than this along the avenue are not both kept: the
/// app's own float maths (e.g. `hypot` in wasm) may differ from ours in the
/// last bits, and a near-tie could then flip their order.
const MIN_CHAINAGE_GAP_M: f64 = 0.01;

/// The real data file with its stations replaced by `n` generated ones
/// (ids `s00001`…, `order` 1…, names "测试站 N" / "Test station N"). Keeps
/// the metadata, the avenue and the first two units of the real file.
pub fn corridor_with_stations(real: &str, n: usize) -> String {
    let real: Value = serde_json::from_str(real).expect("the real corridor file must be valid JSON");
    let features = real["features"].as_array().expect("the real corridor file must have a features list");
    let avenue = features
        .iter()
        .find(|f| f["properties"]["kind"] == "avenue")
        .expect("the real corridor file must have a feature with kind \"avenue\"")
        .clone();
    let units: Vec<Value> = features.iter().filter(|f| f["properties"]["kind"] == "unit").take(2).cloned().collect();
    let line: Vec<(f64, f64)> = avenue["geometry"]["coordinates"]
        .as_array()
        .expect("the avenue must be a LineString with coordinates")
        .iter()
        .map(|c| {
            (c[0].as_f64().expect("avenue longitude is a number"), c[1].as_f64().expect("avenue latitude is a number"))
        })
        .collect();

    let mut out = vec![avenue];
    out.extend(units);
    for (i, (lon, lat)) in station_positions(&line, n).into_iter().enumerate() {
        let k = i + 1;
        out.push(json!({
            "type": "Feature",
            "properties": {
                "kind": "station",
                "id": format!("s{k:05}"),
                "order": k,
                "name": format!("测试站 {k}"),
                "name_en": format!("Test station {k}"),
                "category": "village",
                "membership": "unconfirmed",
                "position": "approximate",
                "source": [{"title": "generated"}],
            },
            "geometry": {"type": "Point", "coordinates": [round6(lon), round6(lat)]},
        }));
    }
    let mut root = json!({"type": "FeatureCollection", "features": out});
    if let Some(meta) = real.get("metadata") {
        root["metadata"] = meta.clone();
    }
    serde_json::to_string(&root).expect("serialising the generated corridor")
}

/// `n` positions near `line` (lon, lat), sorted by chainage, at least
/// [`MIN_CHAINAGE_GAP_M`] apart along the line. Deterministic.
///
/// The line must run west to east (longitudes increasing), as the avenue
/// does; the positions lie strictly between its ends.
pub fn station_positions(line: &[(f64, f64)], n: usize) -> Vec<(f64, f64)> {
    assert!(line.len() >= 2, "the avenue needs at least two points");
    assert!(line.windows(2).all(|w| w[1].0 > w[0].0), "the generator expects the avenue to run west to east");
    let chain = Chainage::new(line);
    let (west, east) = (line[0].0, line[line.len() - 1].0);
    let margin = (east - west) * 0.002;
    let mut rng = Rng(0x5eed_cafe_f00d_0001);
    let mut points: Vec<(f64, (f64, f64))> = Vec::with_capacity(n);
    while points.len() < n {
        for _ in points.len()..n {
            let lon = round6(west + margin + rng.unit() * (east - west - 2.0 * margin));
            let lat = round6(lat_on_line(line, lon) + (2.0 * rng.unit() - 1.0) * MAX_LAT_OFFSET_DEG);
            // The coordinates are written with 6 decimals: compute the
            // chainage of what the app will read.
            points.push((chain.locate(lon, lat), (lon, lat)));
        }
        points.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut kept: Vec<(f64, (f64, f64))> = Vec::with_capacity(n);
        for p in points {
            match kept.last() {
                Some(last) if p.0 - last.0 < MIN_CHAINAGE_GAP_M => {}
                _ => kept.push(p),
            }
        }
        points = kept;
    }
    points.into_iter().map(|(_, p)| p).collect()
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// The latitude of the (west-to-east) line at `lon`.
fn lat_on_line(line: &[(f64, f64)], lon: f64) -> f64 {
    for w in line.windows(2) {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        if lon >= x0 && lon <= x1 {
            return y0 + (lon - x0) / (x1 - x0) * (y1 - y0);
        }
    }
    panic!("longitude {lon} is outside the avenue")
}

/// A copy of the app's `Polyline::locate` (`src/geo/chainage.rs`): the
/// same local equirectangular frame and the same operations, so the
/// generated numbering agrees with the app's check.
struct Chainage {
    points: Vec<(f64, f64)>,
    cumulative_m: Vec<f64>,
    metres_per_deg_lon: f64,
    metres_per_deg_lat: f64,
}

impl Chainage {
    fn new(line: &[(f64, f64)]) -> Self {
        let mean_lat = line.iter().map(|p| p.1).sum::<f64>() / line.len() as f64;
        let metres_per_deg_lat = EARTH_RADIUS_M.to_radians();
        let metres_per_deg_lon = metres_per_deg_lat * mean_lat.to_radians().cos();
        let mut c = Chainage { points: line.to_vec(), cumulative_m: vec![0.0], metres_per_deg_lon, metres_per_deg_lat };
        let mut total = 0.0;
        for w in line.windows(2) {
            let (ax, ay) = c.local(w[0].0, w[0].1);
            let (bx, by) = c.local(w[1].0, w[1].1);
            total += (bx - ax).hypot(by - ay);
            c.cumulative_m.push(total);
        }
        c
    }

    fn local(&self, lon: f64, lat: f64) -> (f64, f64) {
        (lon * self.metres_per_deg_lon, lat * self.metres_per_deg_lat)
    }

    fn locate(&self, lon: f64, lat: f64) -> f64 {
        let (px, py) = self.local(lon, lat);
        let (mut best_chainage, mut best_offset) = (0.0, f64::INFINITY);
        for (i, w) in self.points.windows(2).enumerate() {
            let (ax, ay) = self.local(w[0].0, w[0].1);
            let (bx, by) = self.local(w[1].0, w[1].1);
            let (dx, dy) = (bx - ax, by - ay);
            let len2 = dx * dx + dy * dy;
            let t = if len2 == 0.0 { 0.0 } else { (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0) };
            let (cx, cy) = (ax + t * dx, ay + t * dy);
            let offset = (px - cx).hypot(py - cy);
            if offset < best_offset {
                best_offset = offset;
                best_chainage = self.cumulative_m[i] + t * len2.sqrt();
            }
        }
        best_chainage
    }
}

/// xorshift64*: a fixed, dependency-free pseudo-random sequence.
struct Rng(u64);

impl Rng {
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let x = self.0.wrapping_mul(0x2545_f491_4f6c_dd1d);
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_thousand_valid_stations_numbered_along_the_avenue() {
        let text = corridor_with_stations(&crate::paths::real_data(), 10_000);
        let v: Value = serde_json::from_str(&text).expect("generated file is JSON");
        let features = v["features"].as_array().expect("features list");
        let avenue = &features[0];
        assert_eq!(avenue["properties"]["kind"], "avenue");
        let line: Vec<(f64, f64)> = avenue["geometry"]["coordinates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c[0].as_f64().unwrap(), c[1].as_f64().unwrap()))
            .collect();
        let chain = Chainage::new(&line);
        let stations: Vec<&Value> = features.iter().filter(|f| f["properties"]["kind"] == "station").collect();
        assert_eq!(stations.len(), 10_000);
        assert_eq!(stations[0]["properties"]["id"], "s00001");
        assert_eq!(stations[9_999]["properties"]["id"], "s10000");
        assert!(features.iter().any(|f| f["properties"]["kind"] == "unit"));
        let (west, east) = (line[0].0, line[line.len() - 1].0);
        let mut last = f64::NEG_INFINITY;
        for (i, s) in stations.iter().enumerate() {
            assert_eq!(s["properties"]["order"], i + 1);
            let c = &s["geometry"]["coordinates"];
            let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
            assert!(lon > west && lon < east, "station {i} at {lon} is not between the ends");
            assert!((lat - lat_on_line(&line, lon)).abs() <= 0.01, "station {i} too far");
            let chainage = chain.locate(lon, lat);
            assert!(chainage - last >= MIN_CHAINAGE_GAP_M, "station {i} out of order");
            last = chainage;
        }
        assert!(text.len() < 16 * 1024 * 1024, "under the app's size limit");
        // Reproducible.
        assert_eq!(text, corridor_with_stations(&crate::paths::real_data(), 10_000));
    }
}
