//! End-to-end tests of the built app (Trunk release bundle in `dist/`) in
//! headless Chromium, against the DOM contract the app promises (class
//! names, data-ids, URL `?s=` / `?lang=`).
//!
//! Every test starts its own static server and its own chromedriver +
//! Chromium, so tests share nothing and may run in any order. On a 2-core
//! machine run them two at a time (scripts/test.sh does this):
//!
//! ```text
//! trunk build --release
//! cargo test -p corridor-e2e -- --test-threads=2
//! ```
//!
//! The browser's language is Chinese (`zh-CN`), like the visitors' phones;
//! the app follows it when the URL has no `lang=`.

use corridor_e2e::{
    attrs, clustered, count, describe_page, eventually_on, has_class, press, query, query_param, station_in_url, texts,
    timeout, wait_for, wait_gone, wait_text_containing, Browser, StaticServer,
};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use serde_json::Value;

const DATA_PATH: &str = "/data/corridor.geojson";
/// How many stations the real data has (each a marker and a list entry).
fn stations() -> usize {
    corridor_e2e::paths::real_corridor().stations.len()
}

/// Opens `path` on `server` and waits until the app has drawn the map.
async fn open_map(b: &Client, server: &StaticServer, path: &str) {
    open(b, server, path).await;
    wait_for(b, "svg.corridor-map", timeout()).await;
}

async fn open(b: &Client, server: &StaticServer, path: &str) {
    let url = server.url(path);
    b.goto(&url).await.unwrap_or_else(|e| panic!("cannot open {url}: {e}"));
}

/// Waits until exactly `n` elements match `css` and returns their
/// `data-id`s in document order.
async fn wait_ids(b: &Client, css: &str, n: usize) -> Vec<String> {
    eventually_on(b, &format!("{n} elements `{css}`"), timeout(), || async move {
        let ids = attrs(b, css, "data-id").await;
        if ids.len() == n {
            Ok(ids)
        } else {
            Err(format!("{} found, data-ids {ids:?}", ids.len()))
        }
    })
    .await
}

/// Waits until every station is shown: a `.station-marker` on the map or in
/// the tray, or counted in a cluster (stations a few hundred metres apart
/// share one at the first view). Returns the markers' `data-id`s in
/// document order and how many stations the clusters hold.
async fn wait_all_stations_shown(b: &Client) -> (Vec<String>, usize) {
    eventually_on(b, "every station as a marker or in a cluster", timeout(), || async move {
        let ids = attrs(b, ".station-marker", "data-id").await;
        let in_clusters = clustered(b).await;
        if !ids.is_empty() && ids.len() + in_clusters == stations() {
            Ok((ids, in_clusters))
        } else {
            Err(format!("{} markers {ids:?} and {in_clusters} stations in clusters", ids.len()))
        }
    })
    .await
}

/// Waits until the only open card is the one for `id`; returns its title.
async fn wait_card(b: &Client, id: &str) -> String {
    eventually_on(b, &format!("the card of `{id}`"), timeout(), || async move {
        let open = attrs(b, "section.station-card", "data-id").await;
        if open != [id] {
            return Err(format!("open cards (data-id): {open:?}"));
        }
        let titles = texts(b, ".station-card .card-title").await;
        match titles.as_slice() {
            [title] => Ok(title.clone()),
            _ => Err(format!("card of `{id}` has titles {titles:?}")),
        }
    })
    .await
}

async fn html_lang(b: &Client) -> String {
    b.execute("return document.documentElement.lang;", vec![])
        .await
        .expect("reading document.documentElement.lang")
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The text of the single `h1`, once there is exactly one.
async fn h1_text(b: &Client) -> String {
    eventually_on(b, "exactly one h1", timeout(), || async move {
        let h1s = texts(b, "h1").await;
        match h1s.as_slice() {
            [one] => Ok(one.clone()),
            _ => Err(format!("h1 elements: {h1s:?}")),
        }
    })
    .await
}

/// `data-id` and `class` of the focused element.
async fn focused(b: &Client) -> (Option<String>, String) {
    let el = b.active_element().await.expect("reading the focused element");
    let id = el.attr("data-id").await.expect("reading data-id of the focused element");
    let class = el.attr("class").await.expect("reading class of the focused element").unwrap_or_default();
    (id, class)
}

// a. The home page on a phone: map, markers, list, labels, in one order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn home_page_on_a_phone_shows_map_markers_and_list_in_the_same_order() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open_map(&b, &server, "/").await;

    let (markers, in_clusters) = wait_all_stations_shown(&b).await;
    let mut unique = markers.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), markers.len(), "marker data-ids are not unique: {markers:?}");

    let on_map = count(&b, "svg.corridor-map g.station-marker").await;
    let in_tray = count(&b, "a.station-marker.unplaced").await;
    assert_eq!(
        on_map + in_tray + in_clusters,
        stations(),
        "every station must be a g in the svg, inside a g.cluster or an a.unplaced in the tray \
         ({on_map} on the map, {in_clusters} in clusters, {in_tray} in the tray)"
    );
    for tabindex in attrs(&b, "svg.corridor-map g.station-marker", "tabindex").await {
        assert_eq!(tabindex, "0", "map markers must be focusable (tabindex=0)");
    }
    for role in attrs(&b, "svg.corridor-map g.station-marker", "role").await {
        assert_eq!(role, "button", "map markers must have role=button");
    }

    assert_eq!(
        count(&b, "svg.corridor-map path.avenue").await,
        1,
        "the map must draw the avenue as exactly one path.avenue"
    );

    let links = wait_ids(&b, "ol.station-list a.station-link", stations()).await;
    let listed_markers: Vec<&String> = links.iter().filter(|id| markers.contains(id)).collect();
    assert_eq!(
        listed_markers,
        markers.iter().collect::<Vec<_>>(),
        "the list order must equal the markers' order (map markers, then the tray; clustered stations aside)"
    );

    // A village with a station on the map is named by the station's label
    // (no duplicate unit label beside it).
    let labels = texts(&b, "svg.corridor-map text.station-label").await;
    assert!(labels.iter().any(|l| l.contains("张桥村")), "station labels must include 张桥村; they are {labels:?}");
    let context = texts(&b, "svg.corridor-map text.context-label").await;
    assert!(context.iter().any(|l| l.contains("杭州湾")), "context labels must include 杭州湾; they are {context:?}");

    assert_eq!(html_lang(&b).await, "zh-CN", "default <html lang> must be zh-CN");
    let h1 = h1_text(&b).await;
    assert!(h1.contains("金山大道"), "the Chinese h1 should name 金山大道, it is {h1:?}");
    assert_eq!(count(&b, ".station-card").await, 0, "no card is open on the home page");

    // Last, so a mismatch here does not hide the checks above.
    let hrefs = attrs(&b, "ol.station-list a.station-link", "href").await;
    // The page's own path (here `/`) plus the query: ids stay readable.
    let expected: Vec<String> = links.iter().map(|id| format!("/{}", corridor::link::station_path(id))).collect();
    assert_eq!(hrefs, expected, "station links must be the permanent links href=\"/s/ID/\"");
}

// b. Clicking a marker opens its card and puts it in the URL.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clicking_a_marker_opens_its_card_and_sets_the_url() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open_map(&b, &server, "/").await;

    let marker = wait_for(&b, r#".station-marker[data-id="zhangqiao"]"#, timeout()).await;
    assert!(!has_class(&marker, "selected").await, "nothing is selected before the click");
    marker.click().await.expect("clicking the zhangqiao marker");

    let title = wait_card(&b, "zhangqiao").await;
    assert!(title.contains("张桥村"), "card title should contain 张桥村, it is {title:?}");

    eventually_on(&b, "the URL to name zhangqiao", timeout(), || async {
        match station_in_url(&b).await.as_deref() {
            Some("zhangqiao") => Ok(()),
            _ => Err(format!("query is {:?}", query(&b).await)),
        }
    })
    .await;

    eventually_on(&b, "the marker to be .selected", timeout(), || async {
        let m = b
            .find(Locator::Css(r#".station-marker[data-id="zhangqiao"]"#))
            .await
            .map_err(|e| format!("marker gone: {e}"))?;
        let class = m.attr("class").await.ok().flatten().unwrap_or_default();
        if class.split_whitespace().any(|c| c == "selected") {
            Ok(())
        } else {
            Err(format!("class is {class:?}"))
        }
    })
    .await;
    let selected = attrs(&b, ".station-marker.selected", "data-id").await;
    assert_eq!(selected, ["zhangqiao"], "exactly the clicked marker is selected");
}

// c. A station link (as in a QR code) opens the card with no click.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_station_link_opens_its_card_directly() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open(&b, &server, "/?s=nongjian").await;

    let title = wait_card(&b, "nongjian").await;
    assert!(title.contains("农建村"), "card title should contain 农建村, it is {title:?}");
    for part in
        [".card-number", "button.card-close", "button.card-prev", "button.card-next", ".card-chainage", ".card-sources"]
    {
        let css = format!(r#".station-card[data-id="nongjian"] {part}"#);
        assert_eq!(count(&b, &css).await, 1, "the card must have one `{part}`\n{}", describe_page(&b).await);
    }
    let role = b
        .find(Locator::Css(".station-card"))
        .await
        .expect("finding the card")
        .attr("role")
        .await
        .expect("reading the card's role");
    assert_eq!(role.as_deref(), Some("dialog"), "the card must have role=dialog");
}

// d. A link to a station that does not exist says so and keeps the list.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_station_id_is_reported_and_the_list_stays() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open(&b, &server, "/?s=no-such-station").await;

    wait_text_containing(&b, ".unknown-station", &["no-such-station"]).await;
    wait_ids(&b, "ol.station-list a.station-link", stations()).await;
    assert_eq!(count(&b, ".station-card").await, 0, "no card may open for an unknown id\n{}", describe_page(&b).await);
}

// e. Keyboard only: Tab to a station, Enter opens it, Escape closes it and
// gives focus back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keyboard_opens_and_closes_a_card_and_returns_focus() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open_map(&b, &server, "/").await;
    wait_all_stations_shown(&b).await;

    let mut seen = Vec::new();
    let mut station = None;
    for _ in 0..60 {
        press(&b, Key::Tab).await;
        let (id, class) = focused(&b).await;
        let classes: Vec<&str> = class.split_whitespace().collect();
        if classes.contains(&"station-link") || classes.contains(&"station-marker") {
            station = Some(id.unwrap_or_else(|| panic!("focused station element has no data-id (class {class:?})")));
            break;
        }
        seen.push(class);
    }
    let id = station.unwrap_or_else(|| {
        panic!("60 Tabs never reached a .station-link or .station-marker; focused classes: {seen:?}")
    });

    press(&b, Key::Enter).await;
    wait_card(&b, &id).await;

    press(&b, Key::Escape).await;
    wait_gone(&b, ".station-card", timeout()).await;
    eventually_on(&b, &format!("focus back on the `{id}` element"), timeout(), || async {
        let (focused_id, class) = focused(&b).await;
        if focused_id.as_deref() == Some(id.as_str()) {
            Ok(())
        } else {
            Err(format!("focused element: data-id {focused_id:?}, class {class:?}"))
        }
    })
    .await;
}

// f. The browser's back and forward buttons move between cards.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn back_and_forward_move_between_cards() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open_map(&b, &server, "/").await;
    wait_ids(&b, "ol.station-list a.station-link", stations()).await;

    wait_for(&b, r#"a.station-link[data-id="zhangqiao"]"#, timeout())
        .await
        .click()
        .await
        .expect("clicking the zhangqiao list link");
    wait_card(&b, "zhangqiao").await;

    wait_for(&b, ".station-card .card-next", timeout()).await.click().await.expect("clicking the card's next button");
    let next = eventually_on(&b, "another station's card after `next`", timeout(), || async {
        let open = attrs(&b, "section.station-card", "data-id").await;
        match open.as_slice() {
            [id] if id != "zhangqiao" => Ok(id.clone()),
            _ => Err(format!("open cards (data-id): {open:?}")),
        }
    })
    .await;
    wait_card(&b, &next).await;

    b.back().await.expect("history back");
    wait_card(&b, "zhangqiao").await;

    b.back().await.expect("history back again");
    wait_gone(&b, ".station-card", timeout()).await;
    assert_eq!(station_in_url(&b).await, None, "back at the home page, no station in the URL");

    b.forward().await.expect("history forward");
    wait_card(&b, "zhangqiao").await;
}

// g. English: by URL, in station links, and with the language switch.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn english_by_url_and_by_the_language_switch() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;

    open_map(&b, &server, "/?lang=en").await;
    let h1 = h1_text(&b).await;
    assert!(h1.contains("Jinshan Avenue"), "English h1 should contain \"Jinshan Avenue\", it is {h1:?}");
    assert_eq!(html_lang(&b).await, "en", "<html lang> with ?lang=en");
    let links = wait_ids(&b, "ol.station-list a.station-link", stations()).await;
    let english_hrefs = attrs(&b, "ol.station-list a.station-link", "href").await;

    open(&b, &server, "/?lang=en&s=zhangqiao").await;
    let title = wait_card(&b, "zhangqiao").await;
    assert!(title.contains("Zhangqiao"), "English card title should contain Zhangqiao, it is {title:?}");

    open_map(&b, &server, "/").await;
    let h1 = h1_text(&b).await;
    assert!(!h1.contains("Jinshan Avenue"), "the default page should be Chinese, h1 is {h1:?}");
    wait_for(&b, "button.lang-choice[lang=\"en\"]", timeout())
        .await
        .click()
        .await
        .expect("clicking English in the language switch");
    eventually_on(&b, "an English h1 after the switch", timeout(), || async {
        let h1 = h1_text(&b).await;
        if h1.contains("Jinshan Avenue") {
            Ok(())
        } else {
            Err(format!("h1 is {h1:?}"))
        }
    })
    .await;
    eventually_on(&b, "lang=en in the URL after the switch", timeout(), || async {
        match query_param(&b, "lang").await.as_deref() {
            Some("en") => Ok(()),
            _ => Err(format!("query is {:?}", query(&b).await)),
        }
    })
    .await;
    assert_eq!(html_lang(&b).await, "en", "<html lang> after the switch");

    // Last, so a mismatch here does not hide the checks above.
    let expected: Vec<String> =
        links.iter().map(|id| format!("/{}?lang=en", corridor::link::station_path(id))).collect();
    assert_eq!(english_hrefs, expected, "English station links must be href=\"/s/ID/?lang=en\"");
}

// h1. The data file is missing: say which file and why, and retry works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_data_file_is_reported_and_retry_loads_it() {
    let server = StaticServer::dist_or_panic();
    server.set_override(DATA_PATH, 404, "");
    let b = Browser::phone().await;
    open(&b, &server, "/").await;

    wait_text_containing(&b, ".load-error", &["corridor.geojson", "404"]).await;
    let retry = wait_for(&b, "button.retry", timeout()).await;

    // The file is back (the network hiccup is over): retry must load it.
    server.clear_override(DATA_PATH);
    let before = server.hits(DATA_PATH);
    retry.click().await.expect("clicking retry");
    wait_all_stations_shown(&b).await;
    wait_gone(&b, ".load-error", timeout()).await;
    assert!(
        server.hits(DATA_PATH) > before,
        "retry must fetch {DATA_PATH} again (requests before: {before}, after: {})",
        server.hits(DATA_PATH)
    );
}

// h2. The data file is not JSON.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn data_file_that_is_not_json_is_reported() {
    let server = StaticServer::dist_or_panic();
    server.set_override(DATA_PATH, 200, "this is not json {");
    let b = Browser::phone().await;
    open(&b, &server, "/").await;

    wait_text_containing(&b, ".load-error", &["corridor.geojson", "JSON"]).await;
    wait_for(&b, "button.retry", timeout()).await;
}

// h3. The data file is JSON but not GeoJSON.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn data_file_that_is_not_geojson_is_reported() {
    let server = StaticServer::dist_or_panic();
    server.set_override(DATA_PATH, 200, r#"{"hello":1}"#);
    let b = Browser::phone().await;
    open(&b, &server, "/").await;

    wait_text_containing(&b, ".load-error, .data-problems", &["FeatureCollection"]).await;
}

// i. One damaged feature: the problem is named precisely, the map stays.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_feature_is_named_and_the_map_still_shows() {
    const INDEX: usize = 3;
    let mut data: Value = serde_json::from_str(&corridor_e2e::paths::real_data())
        .expect("public/data/corridor.geojson must be valid JSON");
    let props = data
        .pointer_mut(&format!("/features/{INDEX}/properties"))
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("the real data has no features[{INDEX}].properties"));
    // Stations have an `id`; the units (villages, residential areas) are
    // identified by their statistical `code` instead.
    let feature_id = props
        .get("id")
        .or_else(|| props.get("code"))
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("features[{INDEX}] has neither properties.id nor properties.code"))
        .to_string();
    props.insert("name".into(), Value::from("上?;ぱ芯吭"));
    let body = serde_json::to_vec(&data).expect("serialising the damaged data");

    let server = StaticServer::dist_or_panic();
    server.set_override(DATA_PATH, 200, body);
    let b = Browser::phone().await;
    open(&b, &server, "/").await;

    wait_for(&b, ".data-problems li.problem", timeout()).await;
    let problems = texts(&b, ".data-problems li.problem").await;
    let named = problems.iter().find(|p| {
        let index_named = p.split(|c: char| !c.is_ascii_digit()).any(|number| number == INDEX.to_string());
        p.contains(&feature_id) && p.contains("name") && index_named
    });
    assert!(
        named.is_some(),
        "a problem should name feature {INDEX}, its id {feature_id:?} and property `name`; \
         the problems are {problems:#?}"
    );
    wait_for(&b, "svg.corridor-map", timeout()).await;
    assert_eq!(count(&b, "svg.corridor-map path.avenue").await, 1, "the avenue is still drawn");
}

/// The card's rectangle relative to the viewport, once it satisfies `ok`
/// (it may slide in with a transition). `(left, top, right, bottom)`.
async fn card_rect_when<F>(b: &Client, what: &str, ok: F) -> (f64, f64, f64, f64)
where
    F: Fn((f64, f64, f64, f64), (f64, f64)) -> bool,
{
    let ok = &ok;
    eventually_on(b, what, timeout(), || async move {
        let card = b.find(Locator::Css(".station-card")).await.map_err(|e| format!("no .station-card: {e}"))?;
        if !card.is_displayed().await.unwrap_or(false) {
            return Err("the card is not displayed".into());
        }
        let (x, y, w, h) = card.rectangle().await.map_err(|e| format!("rectangle: {e}"))?;
        // WebDriver's rectangle is relative to the document; make it
        // relative to the viewport.
        let v = b
            .execute("return [scrollX, scrollY, innerWidth, innerHeight];", vec![])
            .await
            .map_err(|e| format!("reading scroll and viewport: {e}"))?;
        let n = |i: usize| v.get(i).and_then(Value::as_f64).unwrap_or(f64::NAN);
        let (sx, sy, vw, vh) = (n(0), n(1), n(2), n(3));
        let rect = (x - sx, y - sy, x - sx + w, y - sy + h);
        if ok(rect, (vw, vh)) {
            Ok(rect)
        } else {
            Err(format!("card (left, top, right, bottom) = {rect:?} in a {vw}x{vh} viewport"))
        }
    })
    .await
}

// j. The card is a side panel on a desktop and a bottom sheet on a phone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn card_is_a_side_panel_on_desktop_and_a_bottom_sheet_on_a_phone() {
    let server = StaticServer::dist_or_panic();

    let desktop = Browser::desktop().await;
    open(&desktop, &server, "/?s=zhangqiao").await;
    wait_card(&desktop, "zhangqiao").await;
    assert_eq!(desktop.viewport().await, (1440.0, 900.0), "desktop viewport size (innerWidth, innerHeight)");
    card_rect_when(
        &desktop,
        "the card as a panel in the right half of the window",
        |(left, top, right, bottom), (vw, vh)| {
            left >= vw / 2.0 && right <= vw + 1.0 && top >= -1.0 && top < vh && bottom > top
        },
    )
    .await;
    drop(desktop);

    let phone = Browser::phone().await;
    open(&phone, &server, "/?s=zhangqiao").await;
    wait_card(&phone, "zhangqiao").await;
    assert_eq!(phone.viewport().await, (390.0, 844.0), "phone viewport size (innerWidth, innerHeight)");
    card_rect_when(&phone, "the card as a sheet at the bottom of the viewport", |(_, top, _, bottom), (_, vh)| {
        (bottom - vh).abs() <= 2.0 && top > 0.0
    })
    .await;
}

/// `history.length` of the tab.
async fn history_length(b: &Client) -> u64 {
    b.execute("return history.length;", vec![]).await.expect("reading history.length").as_u64().unwrap_or(0)
}

// k. A station link whose id was upper-cased (some QR code generators do
// that to the whole URL) opens the card, and the address then names the
// station's own id, replaced in place (no extra history entry).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upper_case_station_link_opens_its_card_and_the_url_gets_the_real_id() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open(&b, &server, "/?s=nongjian").await;
    wait_card(&b, "nongjian").await;
    let entries = history_length(&b).await;

    open(&b, &server, "/?s=ZHANGQIAO").await;
    wait_card(&b, "zhangqiao").await;
    let b = &b;
    eventually_on(b, "the URL to name zhangqiao", timeout(), || async move {
        match station_in_url(b).await.as_deref() {
            Some("zhangqiao") => Ok(()),
            other => Err(format!("s={other:?} in {:?}", query(b).await)),
        }
    })
    .await;
    assert_eq!(
        history_length(b).await,
        entries + 1,
        "opening the link is one history entry; writing the real id back must replace it, not add one"
    );
    assert_eq!(count(b, ".unknown-station").await, 0, "a known station is not reported unknown");
}

/// The width of the map's box, once the map is drawn and still.
async fn map_width(b: &Client) -> f64 {
    corridor_e2e::map::settled(b).await;
    b.execute("return document.querySelector('.map-frame').getBoundingClientRect().width;", vec![])
        .await
        .expect("reading the map's width")
        .as_f64()
        .unwrap_or(f64::NAN)
}

// l. On a desktop an unknown id shows its message, and the map keeps its
// full width: no card is shown, so there is nothing to make room for.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_station_id_on_a_desktop_leaves_the_map_its_full_width() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    open_map(&b, &server, "/").await;
    let full = map_width(&b).await;

    open_map(&b, &server, "/?s=no-such-station").await;
    wait_text_containing(&b, ".unknown-station", &["no-such-station"]).await;
    let now = map_width(&b).await;
    assert!(
        (now - full).abs() < 1.0,
        "with no card shown the map must keep its width: {full} px on the home page, {now} px for an unknown id\n{}",
        describe_page(&b).await
    );
    let layout = b.find(Locator::Css(".layout")).await.expect("the page's .layout");
    assert!(!has_class(&layout, "card-open").await, "no card is shown, yet .layout has class card-open");

    // A known station's card does narrow it.
    open_map(&b, &server, "/?s=zhangqiao").await;
    wait_card(&b, "zhangqiao").await;
    let with_card = map_width(&b).await;
    assert!(with_card < full - 100.0, "the card should take room from the map: {full} -> {with_card} px");
}
