//! Accessibility of the built app, checked in the page by axe-core (the
//! engine of Lighthouse's accessibility audit) against WCAG 2.1 A and AA
//! and axe's best practices: the map page, a station card on a phone, the
//! English page, the map after it has been zoomed into clusters, and the
//! visit planner with a plan, its route map and its kept plans.
//!
//! ```text
//! scripts/tools.sh installs axe-core into .tools/
//! trunk build --release
//! cargo test -p corridor-e2e --test accessibility -- --test-threads=2
//! ```

use corridor_e2e::map::open_map;
use corridor_e2e::{timeout, wait_for, Browser, StaticServer};
use fantoccini::Client;

use corridor_e2e::axe::violations;

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

/// The planner with a plan of every station (breaks, a route map, kept
/// plans), on a phone in Chinese and on a desktop in English.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_planner_with_a_plan_has_no_violations() {
    use corridor::plan::{plan_query, ready_plan, Ready, DEFAULT_START};
    let server = StaticServer::dist_or_panic();
    let c = corridor_e2e::planner::corridor();
    let mut plan = ready_plan(&c, Ready::AllInOrder, DEFAULT_START);
    plan.insert_break(Some(1), corridor::plan::DEFAULT_BREAK_MIN);
    let query = plan_query(&plan);
    for (b, lang) in [(Browser::phone().await, "zh-CN"), (Browser::desktop().await, "en")] {
        corridor_e2e::planner::open(&b, &server, &format!("{query}&lang={lang}")).await;
        wait_for(&b, ".pl-map svg", timeout()).await;
        corridor_e2e::planner::click(&b, "#pl-save").await;
        wait_for(&b, ".pl-saved-plan", timeout()).await;
        assert_clean(&b, &format!("the planner ({lang})")).await;
    }
}
