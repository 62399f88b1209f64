//! What a keyboard or screen-reader user meets: a visible focus ring on the
//! map and on the buttons of the stations without a position; the map named
//! once; links named after what they open; markers that say their position
//! is estimated. Expected names come from the data and the i18n table.
//!
//! ```text
//! trunk build --release
//! cargo test -p corridor-e2e --test keyboard_focus -- --test-threads=2
//! ```

use corridor::i18n::{marker_label, Lang, Msg};
use corridor::model::{load, Accuracy};
use corridor_e2e::{attrs, press, timeout, wait_for, Browser, StaticServer};
use fantoccini::key::Key;
use fantoccini::Client;
use serde_json::Value;

fn corridor() -> corridor::model::Corridor {
    load(corridor_e2e::paths::real_data().as_bytes()).corridor.expect("the shipped data loads")
}

/// Presses Tab until `css` has the focus (at most 40 times); panics if never.
async fn tab_to(b: &Client, css: &str) {
    for _ in 0..40 {
        press(b, Key::Tab).await;
        let on = b
            .execute("return document.activeElement.matches(arguments[0]);", vec![Value::from(css)])
            .await
            .expect("reading the focus");
        if on == Value::Bool(true) {
            return;
        }
    }
    panic!("Tab never reached `{css}`");
}

/// The outline style and width of `css` as drawn now.
async fn outline(b: &Client, css: &str) -> (String, f64) {
    let v = b
        .execute(
            "const s = getComputedStyle(document.querySelector(arguments[0]));
             return [s.outlineStyle, parseFloat(s.outlineWidth) || 0];",
            vec![Value::from(css)],
        )
        .await
        .expect("reading the outline");
    (v[0].as_str().unwrap_or_default().to_string(), v[1].as_f64().unwrap_or(0.0))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_map_and_the_unplaced_stations_show_where_the_focus_is() {
    let c = corridor();
    assert!(c.stations.iter().any(|s| s.position.is_none()), "the data has stations without a position");
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    b.goto(&server.url("/")).await.expect("opening the page");
    wait_for(&b, "svg.corridor-map", timeout()).await;

    tab_to(&b, "svg.corridor-map").await;
    let (style, width) = outline(&b, ".map-frame").await;
    assert!(style != "none" && width >= 2.0, "the focused map's frame has a ring: {style} {width}px");

    tab_to(&b, "a.station-marker.unplaced").await;
    let (style, width) = outline(&b, "a.station-marker.unplaced:focus").await;
    assert!(style != "none" && width >= 2.0, "the focused unplaced station has a ring: {style} {width}px");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_say_what_a_control_opens_and_the_map_is_named_once() {
    let c = corridor();
    let station = c.stations.iter().find(|s| s.position.is_some() && s.sources.iter().any(|s| s.url.is_some()));
    let station = station.expect("a placed station with a linked source");
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    b.goto(&server.url(&format!("/?s={}&lang=en", station.id))).await.expect("opening the card");
    wait_for(&b, ".station-card .card-sources", timeout()).await;

    // The map's name is given once, not to a region and a group alike.
    let map_name = Msg::MapLabel.text(Lang::En);
    let named = b
        .execute(
            "return [...document.querySelectorAll('[aria-label]')].filter(e => e.getAttribute('aria-label') === arguments[0]).length;",
            vec![Value::from(map_name)],
        )
        .await
        .expect("counting names");
    assert_eq!(named, Value::from(1), "the map is named once");

    // Source links are named by the source's title, in the page's language.
    let link_names = b
        .execute("return [...document.querySelectorAll('.card-sources a')].map(a => a.textContent.trim());", vec![])
        .await
        .expect("reading source links");
    let titles: Vec<&str> = station.sources.iter().filter(|s| s.url.is_some()).map(|s| s.title.get(Lang::En)).collect();
    assert_eq!(link_names, Value::from(titles), "each source link is named after its source");

    // Map-app links name the station as well as the app.
    let name = station.name.get(Lang::En);
    let app_links = b
        .execute("return [...document.querySelectorAll('.nav-links a')].map(a => a.textContent);", vec![])
        .await
        .expect("reading map-app links");
    let app_links: Vec<String> = app_links
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default();
    assert!(!app_links.is_empty() && app_links.iter().all(|t| t.contains(name)), "{app_links:?} should name {name}");

    // A marker says when its position is estimated.
    let labels = attrs(&b, &format!("g.station-marker[data-id=\"{}\"]", station.id), "aria-label").await;
    let estimated = station.accuracy != Accuracy::Surveyed;
    assert_eq!(labels, [marker_label(Lang::En, station.order, name, estimated)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_phone_sheet_keeps_its_scrolling_to_itself() {
    let c = corridor();
    let station = c.stations.first().expect("a station");
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    b.goto(&server.url(&format!("/?s={}", station.id))).await.expect("opening the card");
    wait_for(&b, ".station-card .card-body", timeout()).await;
    let v = b
        .execute(
            "return getComputedStyle(document.querySelector('.station-card .card-body')).overscrollBehaviorY;",
            vec![],
        )
        .await
        .expect("reading the sheet's overscroll");
    assert_eq!(v, Value::from("contain"), "scrolling past the sheet's end must not scroll the page");
}

/// Opens `id`'s card on a phone, replaces the browser's share and clipboard
/// with recorders as `setup` says, presses "share" and returns what was
/// handed over and what the card then says.
async fn press_share(id: &str, setup: &str) -> (Value, String) {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    b.goto(&server.url(&format!("/?s={id}&lang=en"))).await.expect("opening the card");
    wait_for(&b, ".card-share-button", timeout()).await;
    b.execute(setup, vec![]).await.expect("installing the recorders");
    b.execute("document.querySelector('.card-share-button').click();", vec![]).await.expect("pressing share");
    let handed = corridor_e2e::eventually_on(&b, "the link handed over", timeout(), || async {
        let v = b.execute("return window.__handed || null;", vec![]).await.map_err(|e| e.to_string())?;
        if v.is_null() {
            Err("nothing handed over yet".to_string())
        } else {
            Ok(v)
        }
    })
    .await;
    let said = corridor_e2e::texts(&b, ".card-share-said").await.join(" ");
    (handed, said)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn share_hands_over_the_permanent_station_link() {
    let c = corridor();
    let station = c.stations.first().expect("a station");
    let permanent = format!("/{}", corridor::link::station_path(&station.id));

    // The system's share sheet, where there is one.
    let (shared, _) = press_share(
        &station.id,
        "navigator.share = d => { window.__handed = {title: d.title, url: d.url}; return Promise.resolve(); };",
    )
    .await;
    let url = shared["url"].as_str().unwrap_or_default().to_string();
    assert!(url.starts_with("http") && url.ends_with(&permanent), "shared {url}, expected …{permanent}");
    let title = shared["title"].as_str().unwrap_or_default();
    assert!(title.contains(station.name.get(Lang::En)), "the share names the station: {title:?}");

    // No share sheet: the link is copied, and the card says so.
    let (copied, said) = press_share(
        &station.id,
        "delete Navigator.prototype.share; navigator.share = undefined;
         Object.defineProperty(navigator, 'clipboard', {value: {writeText: t => { window.__handed = t; return Promise.resolve(); }}});",
    )
    .await;
    assert!(copied.as_str().is_some_and(|u| u.ends_with(&permanent)), "copied {copied}");
    assert!(said.contains(Msg::LinkCopied.text(Lang::En)), "the card confirms the copy: {said:?}");
}

/// The `data-id` of the element with the focus, if it has one.
async fn focused_id(b: &Client) -> Option<String> {
    let v = b.execute("return document.activeElement && document.activeElement.getAttribute('data-id');", vec![]);
    v.await.expect("reading the focus").as_str().map(str::to_string)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_desktop_closing_a_card_opened_from_a_marker_returns_focus_to_it() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    b.goto(&server.url("/")).await.expect("opening the page");
    corridor_e2e::map::settled(&b).await;
    tab_to(&b, "svg.corridor-map g.station-marker").await;
    let id = focused_id(&b).await.expect("a marker has a data-id");

    press(&b, Key::Enter).await;
    wait_for(&b, &format!(".station-card[data-id=\"{id}\"]"), timeout()).await;
    corridor_e2e::map::settled(&b).await;
    press(&b, Key::Escape).await;
    corridor_e2e::wait_gone(&b, ".station-card", timeout()).await;
    // The map widens again once the card is gone and is redrawn: the focus
    // must survive that redraw.
    corridor_e2e::map::settled(&b).await;
    assert_eq!(focused_id(&b).await.as_deref(), Some(id.as_str()), "focus back on the marker that opened the card");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_desktop_closing_a_card_opened_by_clicking_a_marker_returns_focus_to_it() {
    let c = corridor();
    let station = c.stations.iter().find(|s| s.position.is_some()).expect("a placed station");
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    b.goto(&server.url("/")).await.expect("opening the page");
    corridor_e2e::map::settled(&b).await;
    let marker = format!("svg.corridor-map g.station-marker[data-id=\"{}\"]", station.id);
    wait_for(&b, &marker, timeout()).await.click().await.expect("clicking the marker");
    wait_for(&b, &format!(".station-card[data-id=\"{}\"]", station.id), timeout()).await;
    corridor_e2e::map::settled(&b).await;
    wait_for(&b, ".station-card .card-close", timeout()).await.click().await.expect("closing the card");
    corridor_e2e::wait_gone(&b, ".station-card", timeout()).await;
    corridor_e2e::map::settled(&b).await;
    assert_eq!(focused_id(&b).await.as_deref(), Some(station.id.as_str()), "focus back on the clicked marker");
}
