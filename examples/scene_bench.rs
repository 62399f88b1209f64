//! Benchmark (prints figures, asserts nothing): how long loading and laying
//! out the map take natively, for the shipped file and for a generated one
//! of 10,000 stations along the avenue.
//!
//! `cargo run --release --example scene_bench`

use corridor::geo::{Bounds, ScreenPoint, Viewport};
use corridor::model::load;
use corridor::scene::{build, markup, DrawnArea, SceneOptions};
use serde_json::{json, Value};
use std::time::Instant;

const SHIPPED: &str = include_str!("../public/data/corridor.geojson");

/// The shipped avenue plus `n` stations scattered within ~1 km of it.
fn generated(n: usize) -> String {
    let mut doc: Value = serde_json::from_str(SHIPPED).expect("shipped file is JSON");
    let features = doc["features"].as_array().cloned().unwrap_or_default();
    let avenue = features.iter().find(|f| f["properties"]["kind"] == "avenue").cloned().expect("avenue");
    let mut out = vec![avenue];
    let mut seed = 42u64;
    let mut rand = || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut pts: Vec<(f64, f64)> =
        (0..n).map(|_| (121.216 + 0.114 * rand(), 30.744 + 0.016 * (rand() - 0.5))).collect();
    pts.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (i, (lon, lat)) in pts.into_iter().enumerate() {
        out.push(json!({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"kind": "station", "id": format!("s{:05}", i + 1), "order": i + 1,
                "name": format!("测试站 {}", i + 1), "name_en": format!("Test station {}", i + 1),
                "category": "village", "membership": "unconfirmed", "position": "approximate",
                "source": [{"title": "generated"}]}}));
    }
    doc["features"] = Value::Array(out);
    doc.to_string()
}

fn time<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let t = Instant::now();
    let v = f();
    (v, t.elapsed().as_secs_f64() * 1000.0)
}

fn main() {
    for (name, text) in [("14 stations", SHIPPED.to_string()), ("10000 stations", generated(10_000))] {
        // Best of five: the first call also pays for warming caches.
        let (report, mut load_ms) = time(|| load(text.as_bytes()));
        for _ in 0..4 {
            load_ms = load_ms.min(time(|| load(text.as_bytes())).1);
        }
        let c = report.corridor.expect("loads");
        let b = Bounds::around(c.drawn_points()).expect("points");
        // The app lays out the area around the view (twice its size).
        let v = DrawnArea::around(&Viewport::fit(b, 1080.0, 820.0, 36.0)).viewport;
        let opts = SceneOptions::default();
        let rounds = 50;
        let (_, build_ms) = time(|| {
            for i in 0..rounds {
                let _ = build(&c, &v.panned(i as f64, 0.0), &opts);
            }
        });
        let scene = build(&c, &v, &opts);
        let (svg, markup_ms) = time(|| markup(&scene, v.width, v.height));
        let zoomed = v.zoomed_about(6.0, ScreenPoint { x: 1080.0, y: 820.0 });
        let (_, zoomed_ms) = time(|| build(&c, &zoomed, &opts));
        println!(
            "{name:15} {:>6} B file  load+check {load_ms:7.1} ms (best of 5)  layout {:6.2} ms/frame  markup {markup_ms:5.2} ms ({} B, {} markers, {} clusters)  zoomed-in layout {zoomed_ms:5.2} ms",
            text.len(),
            build_ms / rounds as f64,
            svg.len(),
            scene.markers.len(),
            scene.clusters.len()
        );
    }
}
