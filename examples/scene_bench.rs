//! Benchmark (prints figures, asserts nothing): how long loading and laying
//! out the map take natively, for the shipped file and for a generated one
//! of 10,000 stations along the avenue (`corridor::synthetic`, the same file
//! as the browser tests and `map-bench` use).
//!
//! `cargo run --release --example scene_bench`

use corridor::geo::{Bounds, ScreenPoint, Viewport};
use corridor::model::load;
use corridor::scene::{build, markup, DrawnArea, SceneOptions};
use corridor::synthetic::corridor_with_stations;
use std::time::Instant;

const SHIPPED: &str = include_str!("../public/data/corridor.geojson");

fn time<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let t = Instant::now();
    let v = f();
    (v, t.elapsed().as_secs_f64() * 1000.0)
}

fn main() {
    for (name, text) in [
        ("shipped file", SHIPPED.to_string()),
        ("10,000 generated", corridor_with_stations(SHIPPED, 10_000).expect("the shipped file has an avenue")),
    ] {
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
