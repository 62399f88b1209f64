//! Where things are: the workspace, the release bundle, the real data file
//! and scratch directories. Computed from this crate's location so the
//! tests work from any current directory (cargo runs them from
//! `tests/e2e/`).

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

/// The workspace root (two levels above `tests/e2e`).
pub fn workspace_root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().and_then(|p| p.parent()).map(PathBuf::from).expect("tests/e2e has a workspace root two levels up")
}

/// The Trunk release bundle: `$CORRIDOR_DIST` if set (relative paths are
/// taken from the workspace root), otherwise `<workspace root>/dist`.
pub fn dist_dir() -> PathBuf {
    match std::env::var_os("CORRIDOR_DIST") {
        Some(dir) if !dir.is_empty() => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                workspace_root().join(dir)
            }
        }
        _ => workspace_root().join("dist"),
    }
}

/// The dataset as shipped, `public/data/corridor.geojson`, read as text;
/// tests derive their damaged variants from it so they follow the data.
pub fn real_data() -> String {
    let path = workspace_root().join("public/data/corridor.geojson");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read the real dataset {}: {e}", path.display()))
}

/// The real dataset with its stations replaced by `n` generated ones along
/// the avenue (`corridor::synthetic`, the same file the benchmarks use).
pub fn generated_data(n: usize) -> String {
    corridor::synthetic::corridor_with_stations(&real_data(), n)
        .unwrap_or_else(|e| panic!("cannot generate {n} stations from the real dataset: {e}"))
}

/// The real dataset shrunk to a few metres: its first placed station
/// (returned with its id) as the only placed one, the avenue cut to 6 m
/// beside it, villages without a position, no context. Everything the map
/// draws then lies within a few metres, the case that once made the
/// camera's zoom limits invert (and the app panic on the first wheel or
/// pinch). A loader that wants a longer avenue says so; the page still
/// draws the file under its list of problems.
pub fn one_placed_station_data() -> (String, String) {
    use serde_json::{json, Value};
    let mut root: Value =
        serde_json::from_str(&real_data()).unwrap_or_else(|e| panic!("the real dataset is not JSON: {e}"));
    let features = root["features"].as_array().cloned().unwrap_or_default();
    let kind = |f: &Value| f["properties"]["kind"].as_str().unwrap_or_default().to_string();
    let placed = |f: &Value| kind(f) == "station" && !f["geometry"].is_null();
    let first = features.iter().find(|f| placed(f)).unwrap_or_else(|| panic!("the real dataset has no placed station"));
    let id = first["properties"]["id"].as_str().unwrap_or_else(|| panic!("its first station has no id")).to_string();
    let at = &first["geometry"]["coordinates"];
    let (lon, lat) = match (at[0].as_f64(), at[1].as_f64()) {
        (Some(lon), Some(lat)) => (lon, lat),
        _ => panic!("station {id} has no [lon, lat]: {at}"),
    };
    let kept: Vec<Value> = features
        .into_iter()
        .filter_map(|mut f| match kind(&f).as_str() {
            "station" if placed(&f) && f["properties"]["id"] != id.as_str() => None,
            "station" => Some(f),
            "avenue" => {
                f["geometry"]["coordinates"] = json!([[lon - 0.00003, lat + 0.00002], [lon + 0.00003, lat + 0.00002]]);
                Some(f)
            }
            "unit" => {
                f["geometry"] = Value::Null;
                f["properties"]["position"] = json!("unknown");
                Some(f)
            }
            _ => None,
        })
        .collect();
    root["features"] = Value::Array(kept);
    (root.to_string(), id)
}

/// The real dataset as the app reads it (`corridor::model::load`), so tests
/// take their counts and ids from the data rather than from literals.
pub fn real_corridor() -> corridor::model::Corridor {
    let report = corridor::model::load(real_data().as_bytes());
    report.corridor.unwrap_or_else(|| panic!("the real dataset does not load: {:?}", report.problems))
}

/// How many stations of the real dataset have a position (a marker).
pub fn placed_stations() -> usize {
    real_corridor().stations.iter().filter(|s| s.position.is_some()).count()
}

/// axe-core, the accessibility checker (the engine of Lighthouse's
/// accessibility audit), installed by `scripts/tools.sh` into `.tools/`.
pub fn axe_js() -> String {
    let path = workspace_root().join(".tools/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("cannot read axe-core at {} ({e}); run scripts/test.sh, which installs it", path.display())
    })
}

/// Scratch space under `target/`, so Chrome's profiles and temp files stay
/// out of the source tree and out of the system /tmp, and `cargo clean`
/// removes them.
pub fn scratch_root() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|t| if t.is_absolute() { t } else { workspace_root().join(t) })
        .unwrap_or_else(|| workspace_root().join("target"));
    target.join("e2e-tmp")
}

/// A fresh, empty, unique directory under [`scratch_root`] (unique across
/// threads and across test processes running at the same time).
///
/// Names are kept short on purpose: Chrome puts a Unix socket in its
/// TMPDIR, and socket paths longer than 107 bytes make it exit at start
/// ("Socket path too long"). If the workspace path is so long that even
/// a short name would not fit, the system temp dir is used instead.
pub fn temp_dir(prefix: &str) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = format!("{prefix}-{}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
    let mut dir = scratch_root().join(&name);
    // Chrome adds about 50 bytes: /org.chromium.Chromium.XXXXXX/SingletonSocket
    if dir.as_os_str().len() > 55 {
        dir = std::env::temp_dir().join(format!("corridor-e2e-{name}"));
    }
    // A directory left by an earlier run whose process had the same id.
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create scratch directory {}: {e}", dir.display()));
    dir
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_one_station_file_loads_with_a_single_drawn_point() {
        let (text, id) = one_placed_station_data();
        let report = corridor::model::load(text.as_bytes());
        // Only the shortened avenue may be reported.
        let about_the_avenue = |p: &corridor::model::Problem| format!("{:?}", p.kind).contains("Avenue");
        assert!(report.problems.iter().all(about_the_avenue), "{:?}", report.problems);
        let c = report.corridor.expect("loads");
        let b = corridor::geo::Bounds::around(c.drawn_points()).expect("drawn");
        let span = corridor::geo::distance_m(
            corridor::geo::LonLat::new(b.west, b.south),
            corridor::geo::LonLat::new(b.east, b.north),
        );
        assert!(span < 10.0, "{span} m");
        assert!(c.station(&id).is_some_and(|s| s.position.is_some()));
    }

    #[test]
    fn generated_data_has_the_stations_asked_for() {
        let report = corridor::model::load(generated_data(30).as_bytes());
        assert_eq!(report.corridor.map(|c| c.stations.len()), Some(30));
        assert!(placed_stations() > 1 && placed_stations() < real_corridor().stations.len());
    }
}
