//! The parts of the map's page fetched on first use (`src/ui/later.rs`):
//! the moving map's part comes after the app has taken over, the written
//! map standing in for it till then (its markers open cards; "loading" for
//! a reader of another language or data changed since the build; a part
//! that cannot arrive is said over it and fetched again on "try again"),
//! and a station link with sound data fetches no other part; the data's problem
//! list and "locate me"'s answer arrive when needed; a part that cannot
//! arrive is said in its place while the rest of the page works, and is
//! fetched again when asked for again; after one visit "locate me" works
//! with no network; and a broken map config is said over the map in the
//! reader's language (its words are in the problems' part). Part names come from the
//! built bundle's own script (`wasm-split-*.js`), expected texts from
//! `corridor::i18n` and the model.
//!
//! ```text
//! scripts/tools.sh build_release   # dist/ with the split wasm
//! cargo test -p corridor-e2e --test parts -- --test-threads=2
//! ```

use corridor::i18n::{Lang, Msg};
use corridor::link::station_path;
use corridor::locate::{nearest_station, Nearby};
use corridor::prerender::{PRERENDER_LANG, WRITTEN_MAP};
use corridor_e2e::geolocation::{mock_geolocation, position_js};
use corridor_e2e::map::{MAP, TAKEOVER_MARK};
use corridor_e2e::offline::{go_offline, uncached_phone, until_offline_ready};
use corridor_e2e::planner::{click, corridor, js};
use corridor_e2e::{
    attrs, count, eventually_on, paths, texts, timeout, until_app, wait_for, wait_gone, Browser, StaticServer,
};
use serde_json::Value;

const DATA_PATH: &str = "/data/corridor.geojson";

/// The part files the bundle's script fetches (`split_<part>-…wasm` and
/// the `chunk_…` they share), by name.
fn part_files() -> Vec<String> {
    let dist = paths::dist_dir();
    let script = std::fs::read_dir(&dist)
        .expect("listing dist/")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with("wasm-split-") && n.ends_with(".js"))
        .expect("dist/ has the parts' script (wasm-split-*.js): build it with scripts/tools.sh build_release");
    let text = std::fs::read_to_string(dist.join(&script)).expect("reading the parts' script");
    let parts: Vec<String> =
        corridor::publish::precache::local_references(&text).into_iter().filter(|n| n.ends_with(".wasm")).collect();
    assert!(!parts.is_empty(), "{script} names no part");
    parts
}

fn part(prefix: &str) -> String {
    part_files()
        .into_iter()
        .find(|n| n.starts_with(prefix))
        .unwrap_or_else(|| panic!("no part named {prefix}* in {:?}", part_files()))
}

/// The shipped data with one feature that has no geometry: a problem.
fn data_with_a_problem() -> Vec<u8> {
    let mut data: Value = serde_json::from_str(&paths::real_data()).expect("the shipped data is JSON");
    data.pointer_mut("/features")
        .and_then(Value::as_array_mut)
        .expect("a features list")
        .push(serde_json::json!({"type": "Feature", "geometry": null, "properties": {}}));
    let body = serde_json::to_vec(&data).expect("serialising");
    assert!(!corridor::model::load(&body).problems.is_empty(), "the loader finds the problem");
    body
}

async fn fetched(b: &fantoccini::Client) -> Vec<String> {
    let names = js(b, "return performance.getEntriesByType('resource').map((e) => e.name)", vec![]).await;
    names.as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect()).unwrap_or_default()
}

/// Waits until `css` holds exactly the notice of a part that did not arrive.
async fn until_notice(b: &fantoccini::Client, css: &str) {
    eventually_on(b, &format!("the notice of a part that did not arrive in {css}"), timeout(), || async {
        let t = texts(b, css).await;
        if t == [Msg::PartNotLoaded.text(Lang::En)] {
            Ok(())
        } else {
            Err(format!("{t:?}"))
        }
    })
    .await
}

async fn click_locate(b: &fantoccini::Client) {
    wait_for(b, ".map-controls button.locate", timeout()).await;
    click(b, ".map-controls button.locate").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_station_link_with_sound_data_fetches_the_maps_part_after_the_takeover_and_no_other() {
    let c = corridor();
    assert!(corridor::model::load(paths::real_data().as_bytes()).problems.is_empty(), "the shipped data is sound");
    let s = c.stations.iter().find(|s| s.position.is_some()).expect("a placed station");
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    b.goto(&server.url(&format!("/s/{}/", s.id))).await.expect("opening the station's page");
    until_app(&b, timeout()).await.expect("the app takes over");
    wait_for(&b, ".layout[data-drawn=\"all\"] .station-card", timeout()).await;
    let got = fetched(&b).await;
    // The page's own wasm is seen, so the list is the page's resources.
    assert!(got.iter().any(|n| n.ends_with("_bg.wasm")), "the start-up wasm is among {got:?}");
    for p in part_files().into_iter().filter(|p| p.starts_with("split_") && !p.starts_with(MAP_PART)) {
        assert!(!got.iter().any(|n| n.ends_with(&p)), "{p} was fetched for a station link: {got:?}");
    }
    wait_for(&b, MAP, timeout()).await;
    let map = part(MAP_PART);
    let (requested, taken) = (
        js(
            &b,
            &format!("return performance.getEntriesByType('resource').find(e => e.name.endsWith('{map}')).startTime;"),
            vec![],
        )
        .await,
        js(&b, &format!("return performance.getEntriesByName('{TAKEOVER_MARK}')[0].startTime;"), vec![]).await,
    );
    let (requested, taken) =
        (requested.as_f64().expect("the map's part was fetched"), taken.as_f64().expect("a takeover"));
    assert!(requested >= taken, "the map's part was asked for at {requested} ms, before the takeover at {taken} ms");
    assert_eq!(count(&b, &format!("svg.{WRITTEN_MAP}")).await, 0, "the moving map took the written one's place");
}

/// Where the service worker's registration stands (`data-offline`,
/// assets/sw-register.js).
async fn offline_state(b: &fantoccini::Client) -> String {
    let v = js(b, "return document.documentElement.dataset.offline || '';", vec![]).await;
    v.as_str().unwrap_or_default().to_string()
}

/// The moving map's part (`split_map-…wasm`, src/map/slot.rs).
const MAP_PART: &str = "split_map";

/// A phone on `path` of a server that holds the map's part back, once the
/// app has taken over; and that part's path, to release it.
async fn open_with_the_maps_part_held(path: &str) -> (StaticServer, Browser, String) {
    let server = StaticServer::dist_or_panic();
    let map = format!("/{}", part(MAP_PART));
    server.hold(&map);
    let b = uncached_phone().await;
    b.goto(&server.url(path)).await.expect("opening the page");
    until_app(&b, timeout()).await.expect("the app takes over without the map's part");
    (server, b, map)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn until_the_maps_part_arrives_the_written_map_stands_in_and_its_markers_open_cards() {
    let c = corridor();
    let mut placed = c.stations.iter().filter(|s| s.position.is_some());
    let (first, other) = (placed.next().expect("a placed station"), placed.next().expect("another"));
    let (server, b, map) = open_with_the_maps_part_held(&format!("/{}", station_path(&first.id))).await;
    let drawn = format!("#app .map-frame svg.{WRITTEN_MAP}");
    wait_for(&b, &drawn, timeout()).await;
    assert_eq!(count(&b, MAP).await, 0, "no moving map yet");
    assert_eq!(attrs(&b, &format!("{drawn} .station-marker.selected"), "data-id").await, [first.id.as_str()]);
    // A marker of the written map opens its card, and is drawn selected.
    let marker = wait_for(&b, &format!("{drawn} .station-marker[data-id=\"{}\"]", other.id), timeout()).await;
    marker.click().await.expect("clicking the written marker");
    wait_for(&b, &format!(".station-card[data-id=\"{}\"]", other.id), timeout()).await;
    eventually_on(&b, "the opened station's marker drawn selected", timeout(), || async {
        let selected = attrs(&b, &format!("{drawn} .station-marker.selected"), "data-id").await;
        if selected == [other.id.clone()] {
            Ok(())
        } else {
            Err(format!("{selected:?}"))
        }
    })
    .await;
    // Focus on a written marker stays on that marker of the moving map.
    js(
        &b,
        &format!("document.querySelector('{drawn} .station-marker[data-id=\"{}\"]').focus(); return 0;", first.id),
        vec![],
    )
    .await;
    // The worker's copy of every app file waits for the map's part: it is
    // not even registered yet.
    let registered = "return navigator.serviceWorker.getRegistration().then((r) => !!r);";
    assert_eq!(offline_state(&b).await, "waiting");
    assert_eq!(js(&b, registered, vec![]).await, Value::Bool(false), "the worker waits for the map's part");
    server.release(&map);
    wait_for(&b, MAP, timeout()).await;
    wait_gone(&b, &drawn, timeout()).await;
    eventually_on(&b, "the worker registered once the map's part arrived", timeout(), || async {
        match js(&b, registered, vec![]).await {
            Value::Bool(true) => Ok(()),
            v => Err(v.to_string()),
        }
    })
    .await;
    eventually_on(&b, "focus on the same marker of the moving map", timeout(), || async {
        let f = js(&b, "const a = document.activeElement; return [a.closest('svg.corridor-map') !== null, a.getAttribute('data-id')];", vec![]).await;
        if f == serde_json::json!([true, first.id]) { Ok(()) } else { Err(f.to_string()) }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_written_map_is_not_shown_in_another_language_or_for_changed_data() {
    let s = corridor().stations.into_iter().next().expect("a station");
    // Its labels are in the language it was written in.
    let (server, b, map) = open_with_the_maps_part_held(&format!("/{}?lang=en", station_path(&s.id))).await;
    let waiting = "#app .map-frame .map-waiting";
    assert_eq!(texts(&b, waiting).await, [Msg::MapLoading.text(Lang::En)]);
    assert_eq!(count(&b, &format!("svg.{WRITTEN_MAP}")).await, 0, "no map with Chinese labels");
    // A data file changed since the pages were written (a station renamed).
    let mut data: Value = serde_json::from_str(&paths::real_data()).expect("the shipped data is JSON");
    let name = data.pointer_mut("/features/0/properties/name").expect("a first feature with a name");
    *name = Value::String(format!("{}（新）", name.as_str().unwrap_or_default()));
    server.set_override(DATA_PATH, 200, serde_json::to_vec(&data).expect("serialising"));
    let b = uncached_phone().await;
    b.goto(&server.url(&format!("/{}", station_path(&s.id)))).await.expect("opening with changed data");
    until_app(&b, timeout()).await.expect("the app takes over");
    assert_eq!(texts(&b, waiting).await, [Msg::MapLoading.text(PRERENDER_LANG)]);
    assert_eq!(count(&b, &format!("svg.{WRITTEN_MAP}")).await, 0, "no map of the file as it was");
    server.release(&map);
    wait_for(&b, MAP, timeout()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_maps_part_that_cannot_arrive_is_said_over_the_written_map_and_fetched_again() {
    let server = StaticServer::dist_or_panic();
    let map = format!("/{}", part(MAP_PART));
    server.set_override(&map, 404, Vec::new());
    let b = uncached_phone().await;
    b.goto(&server.url("/")).await.expect("opening the map");
    until_app(&b, timeout()).await.expect("the app takes over");
    let notice = "#app .map-frame .map-part-error";
    eventually_on(&b, "the map's part said not to have arrived", timeout(), || async {
        let t = texts(&b, notice).await.join("");
        if t.starts_with(Msg::MapNotLoaded.text(PRERENDER_LANG)) {
            Ok(())
        } else {
            Err(t)
        }
    })
    .await;
    assert_eq!(count(&b, &format!("#app svg.{WRITTEN_MAP}")).await, 1, "the written map stays");
    server.clear_override(&map);
    click(&b, &format!("{notice} button.retry")).await;
    wait_for(&b, MAP, timeout()).await;
    assert_eq!(count(&b, notice).await, 0, "the notice is gone");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_problem_list_arrives_when_the_data_has_problems_and_is_said_when_it_cannot() {
    let body = data_with_a_problem();
    let server = StaticServer::dist_or_panic();
    server.set_override(DATA_PATH, 200, body.clone());
    let b = Browser::desktop().await;
    b.goto(&server.url("/?lang=en")).await.expect("opening the page");
    wait_for(&b, ".data-warnings li.problem, .data-problems li.problem", timeout()).await;
    let problems = part("split_problems");
    assert!(fetched(&b).await.iter().any(|n| n.ends_with(&problems)), "the list's part was fetched");
    assert_eq!(count(&b, ".part-not-loaded").await, 0);

    // The same data, and the list's part not to be had.
    let server = StaticServer::dist_or_panic();
    server.set_override(DATA_PATH, 200, body);
    server.set_override(&format!("/{problems}"), 404, Vec::new());
    let b = Browser::desktop().await;
    b.goto(&server.url("/?lang=en")).await.expect("opening the page");
    until_notice(&b, ".part-not-loaded").await;
    // The rest of the page is the app's, and whole.
    until_app(&b, timeout()).await.expect("the app takes over");
    assert_eq!(count(&b, ".station-link").await, corridor().stations.len(), "every station is listed");
    assert_eq!(count(&b, ".data-problems li.problem, .data-warnings li.problem").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn locate_me_whose_part_cannot_arrive_says_so_and_the_map_goes_on() {
    let server = StaticServer::dist_or_panic();
    server.set_override(&format!("/{}", part("split_locate")), 404, Vec::new());
    let b = Browser::phone().await;
    b.goto(&server.url("/?lang=en")).await.expect("opening the map");
    until_app(&b, timeout()).await.expect("the app takes over");
    mock_geolocation(&b, &position_js(30.7625, 121.2452, 30.0)).await;
    click_locate(&b).await;
    until_notice(&b, ".map-pane .part-not-loaded").await;
    assert_eq!(count(&b, "svg.corridor-map g.user-position").await, 0, "no position is drawn");
    // Once the part can be had, asking again answers.
    server.clear_override(&format!("/{}", part("split_locate")));
    click_locate(&b).await;
    let nearest = nearest_name(30.7625, 121.2452);
    until_answer_names(&b, &nearest).await;
    assert_eq!(count(&b, ".part-not-loaded").await, 0, "the notice is gone");
    // A card still opens.
    let s = corridor().stations.into_iter().next().expect("a station");
    click(&b, &format!(".station-link[data-id=\"{}\"]", s.id)).await;
    wait_for(&b, ".station-card .card-title", timeout()).await;
}

/// The English name of the station the model finds nearest to a position.
fn nearest_name(lat: f64, lon: f64) -> String {
    let c = corridor();
    match nearest_station(&c, corridor::geo::LonLat::new(lon, lat)) {
        Nearby::Near { station, .. } => c.station(&station).map(|s| s.name.get(Lang::En).to_string()),
        _ => None,
    }
    .expect("a station near the test point")
}

/// Waits until "locate me"'s answer names `station`.
async fn until_answer_names(b: &fantoccini::Client, station: &str) {
    eventually_on(b, "the answer naming the nearest station", timeout(), || async {
        let t = texts(b, ".locate-result").await.join(" ");
        if t.contains(station) {
            Ok(())
        } else {
            Err(t)
        }
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_one_visit_locate_me_answers_with_no_network() {
    let (lat, lon) = (30.7625, 121.2452);
    let nearest = nearest_name(lat, lon);
    let server = StaticServer::dist_or_panic();
    let home = server.url("/?lang=en");
    let b = Browser::phone().await;
    b.goto(&home).await.expect("opening the map");
    until_offline_ready(&b).await;
    drop(server);
    go_offline(&b).await;
    b.goto(&home).await.expect("reloading with no network");
    until_app(&b, timeout()).await.expect("the app takes over offline");
    mock_geolocation(&b, &position_js(lat, lon, 30.0)).await;
    click_locate(&b).await;
    until_answer_names(&b, &nearest).await;
    assert_eq!(count(&b, ".part-not-loaded").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_map_config_is_said_over_the_map_in_the_readers_language() {
    // A misspelt key: the model's own error, put into words by the page.
    let config = r#"{ "tiles": null, "site_ulr": "https://example.gov.cn/" }"#;
    let error = corridor::config::parse_config(config).expect_err("the misspelt key is an error");
    let server = StaticServer::dist_or_panic();
    server.set_override("/map-config.json", 200, config);
    for lang in [Lang::En, Lang::ZhCn] {
        let b = Browser::phone().await;
        b.goto(&server.url(&format!("/?lang={}", lang.tag()))).await.expect("opening the map");
        until_app(&b, timeout()).await.expect("the app takes over");
        let said = error.describe(lang);
        eventually_on(&b, "the config's problem over the map", timeout(), || async {
            let t = texts(&b, ".map-pane .map-config-error").await;
            if t == [said.as_str()] {
                Ok(())
            } else {
                Err(format!("{t:?}"))
            }
        })
        .await;
        assert!(fetched(&b).await.iter().any(|n| n.ends_with(&part("split_problems"))), "from the problems' part");
        // The map is drawn all the same.
        assert!(count(&b, "svg.corridor-map .station-marker, svg.corridor-map .cluster").await > 0, "the map is drawn");
    }
}
