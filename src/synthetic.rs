//! Generated corridor files with many stations, for the "10,000 points"
//! browser test, the benchmarks (`examples/scene_bench.rs`, the e2e
//! `map-bench`) and screenshots. Nothing in the app refers to it, so it
//! costs the WebAssembly nothing.
//!
//! Why generated rather than stored: it follows the real file (the same
//! avenue, metadata and first units), is reproducible (a fixed
//! pseudo-random sequence), and a 3 MB fixture would only bloat the
//! repository.
//!
//! The file is valid for the loader, so the page shows the map and no
//! problem list: every station is within [`MAX_LAT_OFFSET_DEG`] of
//! latitude of the avenue (about 1.1 km, well inside the loader's limit),
//! between its ends, and numbered in the order of its distance along the
//! avenue, computed by the loader's own [`Polyline::locate`], so the
//! "numbered against the avenue's direction" warning never fires.

use crate::geo::{LonLat, Polyline};
use serde_json::{json, Value};

/// Largest distance of a generated station from the avenue, in degrees of
/// latitude (north or south).
pub const MAX_LAT_OFFSET_DEG: f64 = 0.0095;

/// Two stations closer than this along the avenue are not both kept: the
/// browser's float maths (e.g. `hypot` in wasm) may differ from native in
/// the last bits, and a near-tie could then flip their order.
const MIN_CHAINAGE_GAP_M: f64 = 0.01;

/// The corridor file `real` with its stations replaced by `n` generated
/// ones (ids `s00001`…, `order` 1…, names "测试站 N" / "Test station N").
/// Keeps the metadata, the avenue and the first two units of `real`.
/// `Err` says what `real` lacks (it must have an avenue running west to
/// east).
///
/// ```
/// let real = include_str!("../public/data/corridor.geojson");
/// let text = corridor::synthetic::corridor_with_stations(real, 50).expect("the shipped file has an avenue");
/// let report = corridor::model::load(text.as_bytes());
/// assert_eq!(report.corridor.map(|c| c.stations.len()), Some(50));
/// assert!(report.problems.is_empty());
/// ```
pub fn corridor_with_stations(real: &str, n: usize) -> Result<String, String> {
    let real: Value = serde_json::from_str(real).map_err(|e| format!("the corridor file is not JSON: {e}"))?;
    let features = real["features"].as_array().ok_or("the corridor file has no features list")?;
    let avenue = features
        .iter()
        .find(|f| f["properties"]["kind"] == "avenue")
        .ok_or("the corridor file has no feature with kind \"avenue\"")?
        .clone();
    let units = features.iter().filter(|f| f["properties"]["kind"] == "unit").take(2).cloned();
    let line: Vec<LonLat> = avenue["geometry"]["coordinates"]
        .as_array()
        .ok_or("the avenue has no coordinates")?
        .iter()
        .map(|c| Some(LonLat::new(c[0].as_f64()?, c[1].as_f64()?)))
        .collect::<Option<_>>()
        .ok_or("the avenue has a coordinate that is not two numbers")?;

    let mut out = vec![avenue];
    out.extend(units);
    for (i, p) in station_positions(&line, n)?.into_iter().enumerate() {
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
            "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
        }));
    }
    let mut root = json!({"type": "FeatureCollection", "features": out});
    if let Some(meta) = real.get("metadata") {
        root["metadata"] = meta.clone();
    }
    serde_json::to_string(&root).map_err(|e| format!("writing the generated corridor: {e}"))
}

/// `n` positions near `line`, sorted by distance along it, at least
/// [`MIN_CHAINAGE_GAP_M`] apart along it, with 6 decimals (as written in
/// the file). Deterministic. The line must run west to east (longitudes
/// increasing), as the avenue does; the positions lie strictly between
/// its ends.
pub fn station_positions(line: &[LonLat], n: usize) -> Result<Vec<LonLat>, String> {
    if !line.windows(2).all(|w| w[1].lon > w[0].lon) {
        return Err("the generator expects the avenue to run west to east".to_string());
    }
    let chain = Polyline::new(line.to_vec()).ok_or("the avenue needs at least two points")?;
    let (west, east) = (line[0].lon, line[line.len() - 1].lon);
    let margin = (east - west) * 0.002;
    let mut rng = Rng(0x5eed_cafe_f00d_0001);
    let mut points: Vec<(f64, LonLat)> = Vec::with_capacity(n);
    while points.len() < n {
        for _ in points.len()..n {
            let lon = round6(west + margin + rng.unit() * (east - west - 2.0 * margin));
            let lat = round6(lat_on_line(line, lon) + (2.0 * rng.unit() - 1.0) * MAX_LAT_OFFSET_DEG);
            // The chainage of what the loader will read.
            let p = LonLat::new(lon, lat);
            points.push((chain.locate(p).chainage_m, p));
        }
        points.sort_by(|a, b| a.0.total_cmp(&b.0));
        points.dedup_by(|next, kept| next.0 - kept.0 < MIN_CHAINAGE_GAP_M);
    }
    Ok(points.into_iter().map(|(_, p)| p).collect())
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// The latitude of the (west-to-east) line at `lon`, which lies between
/// its ends.
fn lat_on_line(line: &[LonLat], lon: f64) -> f64 {
    line.windows(2)
        .find(|w| lon >= w[0].lon && lon <= w[1].lon)
        .map_or(line[0].lat, |w| w[0].lat + (lon - w[0].lon) / (w[1].lon - w[0].lon) * (w[1].lat - w[0].lat))
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
    use crate::model::load;

    const REAL: &str = include_str!("../public/data/corridor.geojson");

    #[test]
    fn ten_thousand_stations_load_without_a_problem_numbered_along_the_avenue() {
        let text = corridor_with_stations(REAL, 10_000).expect("generated");
        let report = load(text.as_bytes());
        assert!(report.problems.is_empty(), "{:?}", report.problems.iter().take(3).collect::<Vec<_>>());
        let c = report.corridor.expect("loads");
        assert_eq!(c.stations.len(), 10_000);
        assert_eq!((c.stations[0].id.as_str(), c.stations[9_999].id.as_str()), ("s00001", "s10000"));
        assert!(!c.units.is_empty());
        let line = &c.avenue.as_ref().expect("the avenue is kept").line;
        let (west, east) = (line.points()[0].lon, line.points()[line.points().len() - 1].lon);
        let mut last = f64::NEG_INFINITY;
        for (i, s) in c.stations.iter().enumerate() {
            assert_eq!(s.order as usize, i + 1);
            let p = s.position.expect("placed");
            assert!(p.lon > west && p.lon < east, "station {i} at {p:?} is not between the ends");
            let along = line.locate(p).chainage_m;
            assert!(along - last >= MIN_CHAINAGE_GAP_M, "station {i} out of order");
            last = along;
        }
        assert!(text.len() < crate::model::MAX_FILE_BYTES, "under the loader's size limit");
        // Reproducible.
        assert_eq!(text, corridor_with_stations(REAL, 10_000).expect("generated"));
    }

    #[test]
    fn what_the_generator_needs_is_said_not_panicked() {
        assert!(corridor_with_stations("not json", 3).is_err());
        assert!(corridor_with_stations(r#"{"type": "FeatureCollection", "features": []}"#, 3).is_err());
        let east_to_west = [LonLat::new(121.3, 30.7), LonLat::new(121.2, 30.7)];
        assert!(station_positions(&east_to_west, 3).is_err());
        assert!(station_positions(&east_to_west[..1], 3).is_err());
        let line = [LonLat::new(121.2, 30.7), LonLat::new(121.3, 30.72)];
        let pts = station_positions(&line, 200).expect("positions");
        assert_eq!(pts.len(), 200);
        assert!(pts.iter().all(|p| (p.lat - lat_on_line(&line, p.lon)).abs() <= MAX_LAT_OFFSET_DEG + 1e-6));
    }
}
