//! Accessibility of the built app, checked in the page by axe-core (the
//! engine of Lighthouse's accessibility audit) against WCAG 2.1 A and AA
//! and axe's best practices: the map page, a station card on a phone, the
//! English page, and the map after it has been zoomed into clusters.
//!
//! ```text
//! scripts/tools.sh installs axe-core into .tools/
//! trunk build --release
//! cargo test -p corridor-e2e --test accessibility -- --test-threads=2
//! ```

use corridor_e2e::map::open_map;
use corridor_e2e::{paths, timeout, wait_for, Browser, StaticServer};
use fantoccini::Client;
use serde_json::Value;

/// The rule sets: WCAG 2.0/2.1 levels A and AA, and axe's best practices.
const TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/// Every axe violation on the page now, one line each with up to five of
/// the elements concerned.
async fn violations(b: &Client) -> Vec<String> {
    let load = format!("{}\nreturn typeof window.axe;", paths::axe_js());
    let loaded = b.execute(&load, vec![]).await.expect("injecting axe-core");
    assert_eq!(loaded, Value::from("object"), "axe-core did not load in the page");
    let v = b
        .execute_async(
            "const [tags, done] = [arguments[0], arguments[arguments.length - 1]];
             axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
               .then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.help} -- ` +
                     v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '))),
                     e => done(['axe failed: ' + e]));",
            vec![Value::from(TAGS.to_vec())],
        )
        .await
        .expect("running axe-core");
    v.as_array()
        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
        .unwrap_or_else(|| vec![format!("axe returned {v}")])
}

async fn assert_clean(b: &Client, page: &str) {
    let found = violations(b).await;
    assert!(found.is_empty(), "{page}: {} accessibility violation(s):\n{}", found.len(), found.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_map_page_has_no_violations_on_a_desktop() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    open_map(&b, &server, "/").await;
    assert_clean(&b, "the map page (desktop, Chinese)").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_station_card_has_no_violations_on_a_phone() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open_map(&b, &server, "/?s=zhangqiao").await;
    wait_for(&b, ".station-card", timeout()).await;
    assert_clean(&b, "a station card (phone, Chinese)").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_english_page_zoomed_out_to_clusters_has_no_violations() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open_map(&b, &server, "/?lang=en").await;
    // Zoom out until the stations cluster, so cluster buttons are checked too.
    for _ in 0..6 {
        b.execute("document.querySelector('.map-controls button.zoom-out').click(); return true;", vec![])
            .await
            .expect("clicking zoom out");
        corridor_e2e::map::settled(&b).await;
        if corridor_e2e::count(&b, "g.cluster").await > 0 {
            break;
        }
    }
    assert!(corridor_e2e::count(&b, "g.cluster").await > 0, "zooming out should have made a cluster");
    assert_clean(&b, "the English page with clusters (phone)").await;
}
