//! The legend explains only what the map draws, and everything it explains
//! is drawn: the keys come from `corridor::scene::legend_keys` on the data,
//! and each key's symbol is looked for in the map's SVG.
//!
//! ```text
//! trunk build --release
//! cargo test -p corridor-e2e --test legend -- --test-threads=2
//! ```

use corridor::model::{load, UnitType};
use corridor::scene::{legend_keys, LegendKey};
use corridor_e2e::{attrs, count, paths, timeout, wait_for, Browser, StaticServer};
use serde_json::Value;

async fn legend_of(server: &StaticServer) -> (Browser, Vec<String>) {
    let b = Browser::desktop().await;
    b.goto(&server.url("/")).await.expect("opening the page");
    wait_for(&b, "ul.legend li", timeout()).await;
    corridor_e2e::map::settled(&b).await;
    let keys = attrs(&b, "ul.legend li", "data-key").await;
    (b, keys)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_key_is_drawn_and_every_drawn_kind_has_a_key() {
    let c = load(paths::real_data().as_bytes()).corridor.expect("the shipped data loads");
    let want: Vec<String> = legend_keys(&c).iter().map(|k| k.class().to_string()).collect();
    let server = StaticServer::dist_or_panic();
    let (b, keys) = legend_of(&server).await;
    assert_eq!(keys, want, "the legend's keys");
    for key in legend_keys(&c) {
        let n = count(&b, &format!("svg.corridor-map :is({})", key.drawn_as())).await;
        assert!(n > 0, "{key:?} is in the legend but nothing `{}` is drawn", key.drawn_as());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kind_the_data_does_not_draw_has_no_key() {
    // The data without its residential committees' positions and without
    // the boundary line.
    let mut data: Value = serde_json::from_str(&paths::real_data()).expect("JSON");
    let features = data.pointer_mut("/features").and_then(Value::as_array_mut).expect("features");
    features.retain(|f| {
        let p = &f["properties"];
        p["unit_type"] != "residential" && p["context"] != "boundary"
    });
    let body = serde_json::to_vec(&data).expect("serialising");
    let c = load(&body).corridor.expect("loads");
    assert!(!c.units.iter().any(|u| u.unit_type == UnitType::Residential));
    let server = StaticServer::dist_or_panic();
    server.set_override("/data/corridor.geojson", 200, body);
    let (b, keys) = legend_of(&server).await;
    for gone in [LegendKey::Residential, LegendKey::Boundary] {
        assert!(!keys.iter().any(|k| *k == gone.class()), "{gone:?} still in the legend: {keys:?}");
        assert_eq!(count(&b, &format!("svg.corridor-map :is({})", gone.drawn_as())).await, 0);
    }
}
