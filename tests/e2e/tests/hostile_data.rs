//! Hostile data in the page: a file broken thousands of times lists a
//! bounded number of problems with totals that count them all, and text
//! that tries to hide itself (controls, bidi overrides) is named by its
//! code point, never shown raw in the list of problems.
//! Expected figures come from the `corridor` loader run on the same bytes.
//!
//! ```text
//! trunk build --release
//! cargo test -p corridor-e2e --test hostile_data -- --test-threads=2
//! ```

use corridor::model::{load, Problem, Severity};
use corridor_e2e::{count, eventually_on, paths, texts, timeout, wait_for, Browser, StaticServer};
use serde_json::{json, Value};

const DATA_PATH: &str = "/data/corridor.geojson";

fn real() -> Value {
    serde_json::from_str(&paths::real_data()).expect("the shipped data is JSON")
}

fn features(data: &mut Value) -> &mut Vec<Value> {
    data.pointer_mut("/features").and_then(Value::as_array_mut).expect("a features list")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thousands_of_broken_features_give_a_bounded_list_with_true_totals() {
    let mut data = real();
    features(&mut data).extend((0..3_000).map(|_| json!({"type": "Feature", "geometry": null, "properties": {}})));
    let body = serde_json::to_vec(&data).expect("serialising");
    let report = load(&body);
    let errors = report.error_count();
    assert!(errors >= 3_000, "the loader counts every broken feature ({errors})");
    let listed_errors: Vec<&Problem> = report.problems.iter().filter(|p| p.severity == Severity::Error).collect();
    assert!(listed_errors.len() < 200, "the loader keeps a bounded list ({})", listed_errors.len());

    let server = StaticServer::dist_or_panic();
    server.set_override(DATA_PATH, 200, body);
    let b = Browser::desktop().await;
    b.goto(&server.url("/?lang=en")).await.expect("opening the page");
    wait_for(&b, ".data-problems li.problem", timeout()).await;
    let shown = count(&b, ".data-problems li.problem").await;
    assert!(shown <= 50, "the page lists at most 50 errors, it lists {shown}");
    // What the shown lines stand for plus the "… +N" line is every error.
    let shown_weight: usize = listed_errors.iter().take(shown).map(|p| p.weight()).sum();
    let more = texts(&b, ".data-problems li.problem-more").await;
    let more_n: usize = more
        .first()
        .and_then(|t| t.rsplit('+').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("a \"… +N\" line, found {more:?}"));
    assert_eq!(shown_weight + more_n, errors, "shown lines and the rest add up to every error");
    // The stations still draw (as markers, or in clusters where they lie
    // close together).
    let placed = report.corridor.map(|c| c.stations.iter().filter(|s| s.position.is_some()).count()).unwrap_or(0);
    eventually_on(&b, "every placed station on the map", timeout(), || async {
        let n = count(&b, "svg.corridor-map .station-marker").await;
        let in_clusters = corridor_e2e::clustered(&b).await;
        if n > 0 && n + in_clusters == placed {
            Ok(())
        } else {
            Err(format!("{n} markers and {in_clusters} stations in clusters, {placed} placed stations"))
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn control_and_bidi_characters_in_data_are_named_never_shown_raw() {
    let mut data = real();
    let station = features(&mut data)
        .iter_mut()
        .find(|f| f.pointer("/properties/kind") == Some(&Value::from("station")))
        .expect("a station");
    let props = station.pointer_mut("/properties").and_then(Value::as_object_mut).expect("properties");
    props.insert("name_en".into(), Value::from("Zhangqiao\u{1b}]0;pwned\u{7} \u{202e}egalliv"));
    let server = StaticServer::dist_or_panic();
    server.set_override(DATA_PATH, 200, serde_json::to_vec(&data).expect("serialising"));
    let b = Browser::desktop().await;
    b.goto(&server.url("/?lang=en")).await.expect("opening the page");
    wait_for(&b, ".data-problems li.problem", timeout()).await;
    let problems = texts(&b, ".data-problems li.problem").await.join("\n");
    // Each hidden character is named by its code point.
    for named in ["U+001B", "U+202E"] {
        assert!(problems.contains(named), "{named} named in the problems:\n{problems}");
    }
    for raw in ['\u{1b}', '\u{7}', '\u{202e}'] {
        assert!(!problems.contains(raw), "raw U+{:04X} in the problems", raw as u32);
    }
}
