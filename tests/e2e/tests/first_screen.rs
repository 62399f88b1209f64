//! The first screen written at build time (`corridor::prerender`): what a
//! visitor sees before the WebAssembly app has arrived, and the app taking
//! its place. The app's `.wasm` is held back by the test server, so each
//! check sees the page exactly as a slow phone would, then the file is
//! let go and the app takes over.
//!
//! ```text
//! scripts/tools.sh build_release   # dist/ finished by corridor-finish
//! cargo test -p corridor-e2e --test first_screen -- --test-threads=2
//! ```

use corridor::i18n::{page_title, Lang};
use corridor::link::station_path;
use corridor::model::Station;
use corridor::prerender::PRERENDER_LANG;
use corridor_e2e::offline::uncached_phone;
use corridor_e2e::planner::corridor;
use corridor_e2e::print::cdp;
use corridor_e2e::{
    attrs, count, describe_page, eventually, station_in_url, texts, timeout, wait_for, Browser, StaticServer,
    FIRST_SCREEN,
};
use fantoccini::{Client, Locator};
use serde_json::Value;

async fn js(b: &Client, script: &str) -> Value {
    corridor_e2e::planner::js(b, script, vec![]).await
}

/// A station with a position and both neighbours, so its card has every part.
fn middle_station() -> Station {
    let c = corridor();
    let s = c
        .stations
        .iter()
        .find(|s| {
            let (p, n) = c.neighbours(&s.id);
            s.position.is_some() && p.is_some() && n.is_some()
        })
        .expect("a placed station between two others");
    s.clone()
}

/// The data as served: the bundle's copy has the traditional-Chinese
/// texts the build adds (scripts/zh-hant-hook.sh).
fn served_corridor(server: &StaticServer) -> corridor::model::Corridor {
    let file = std::fs::read(server.root().join(corridor::config::DATA_FILE)).expect("the served data file");
    corridor::model::load(&file).corridor.expect("the served data loads")
}

/// A station as served (named in every language).
fn served_station(served: &corridor::model::Corridor, id: &str) -> Station {
    served.station(id).expect("the station is served").clone()
}

/// Waits until the written screen (not the app) shows `css`: fantoccini's
/// own waiter, since the crate's `wait_for` first waits for the app.
async fn until_written(b: &Client, css: &str) {
    let sel = format!("{FIRST_SCREEN} {css}");
    if let Err(e) = b.wait().at_most(timeout()).for_element(Locator::Css(&sel)).await {
        panic!("the written first screen never showed `{css}` ({e})\n{}", describe_page(b).await);
    }
}

/// Waits until the first-screen script has put the reader's language's
/// screen in the written one's place (`what` names it, for the failure).
async fn until_translated(b: &Client, what: &str) {
    let translated = Locator::Css("html[data-first-screen=\"translated\"]");
    if let Err(e) = b.wait().at_most(timeout()).for_element(translated).await {
        panic!("no {what} before the app ({e})\n{}", describe_page(b).await);
    }
}

/// A script's start that defines `v(selector)`: whether an element
/// matching it is shown (laid out with boxes).
const SHOWN_JS: &str =
    "const v = sel => { const e = document.querySelector(sel); return !!e && e.getClientRects().length > 0; };";

/// Waits until the app has taken over (`wait_for` waits for that first).
async fn until_taken(b: &Client) {
    wait_for(b, "html[data-first-screen=\"taken\"]", timeout()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_station_link_shows_its_card_before_the_app_and_keeps_it_when_the_app_takes_over() {
    let c = corridor();
    let s = middle_station();
    let server = StaticServer::dist_or_panic();
    let wasm = server.app_wasm();
    let b = uncached_phone().await;
    // The old link form, as printed before station pages existed: it
    // becomes the station's page before anything is drawn.
    for link in [format!("/{}", station_path(&s.id)), format!("/?s={}", s.id.to_uppercase())] {
        server.hold(&wasm);
        b.goto(&server.url(&link)).await.expect("opening the station link");
        until_written(&b, &format!(".station-card[data-id=\"{}\"]", s.id)).await;
        assert_eq!(station_in_url(&b).await.as_deref(), Some(s.id.as_str()), "{link}");
        assert!(b.current_url().await.expect("url").path().ends_with(&station_path(&s.id)), "{link}: canonical path");
        let title = texts(&b, &format!("{FIRST_SCREEN} .card-title")).await;
        let number = corridor::i18n::station_number(PRERENDER_LANG, s.order);
        assert_eq!(title, [format!("{number} {}", s.name.get(PRERENDER_LANG))], "{link}");
        let tab = js(&b, "return document.title;").await;
        assert_eq!(tab.as_str(), Some(page_title(PRERENDER_LANG, Some(s.name.get(PRERENDER_LANG))).as_str()));
        // The list and the card's steps are links to the station pages
        // (relative to the site's root, the pages' <base>).
        let hrefs = attrs(&b, &format!("{FIRST_SCREEN} .station-link"), "href").await;
        let expected: Vec<String> = c.stations.iter().map(|x| station_path(&x.id)).collect();
        assert_eq!(hrefs, expected, "{link}");
        let (prev, next) = c.neighbours(&s.id);
        let steps = attrs(&b, &format!("{FIRST_SCREEN} .card-nav a"), "href").await;
        let want: Vec<String> = [prev, next].into_iter().flatten().map(|x| station_path(&x.id)).collect();
        assert_eq!(steps, want, "{link}");
        assert_eq!(count(&b, "#app.app-waiting").await, 1, "the app has not arrived");
        server.release(&wasm);
        until_taken(&b).await;
    }

    // Focus and scroll stay where the reader put them.
    server.hold(&wasm);
    b.goto(&server.url(&format!("/{}", station_path(&s.id)))).await.expect("opening the station page");
    until_written(&b, ".station-card").await;
    let last = c.stations.last().expect("a station");
    let before = js(
        &b,
        &format!(
            "const a = document.querySelector('{FIRST_SCREEN} .station-link[data-id=\"{}\"]'); a.focus(); \
             window.scrollTo(0, 200); return [window.scrollY, document.activeElement === a];",
            last.id
        ),
    )
    .await;
    assert_eq!(before[1], Value::Bool(true), "the written list link takes focus");
    let shifts = "window.__shift = 0; new PerformanceObserver(l => { for (const e of l.getEntries()) \
                  if (!e.hadRecentInput) window.__shift += e.value; }).observe({type: 'layout-shift'});";
    js(&b, &format!("{shifts} return 0;")).await;
    // The unseen app is laid out as it will be shown: its box keeps its
    // kind at takeover (a change would build the page's boxes anew then).
    const APP_DISPLAY: &str = "return getComputedStyle(document.getElementById('app')).display;";
    let waiting_display = js(&b, APP_DISPLAY).await;
    server.release(&wasm);
    until_taken(&b).await;
    let after = js(
        &b,
        "const a = document.activeElement; return [window.scrollY, a.className, a.getAttribute('data-id'), \
         !!a.closest('#app'), window.__shift, !!document.querySelector('#app .station-card[data-id]') && \
         document.querySelector('#app .station-card').getAttribute('data-id')];",
    )
    .await;
    assert_eq!(after[0], before[0], "the page is where it was scrolled to: {after}");
    assert_eq!(
        (after[1].as_str(), after[2].as_str(), after[3].as_bool()),
        (Some("station-link"), Some(last.id.as_str()), Some(true)),
        "focus on the same list link, now the app's: {after}"
    );
    assert_eq!(after[5].as_str(), Some(s.id.as_str()), "the same card is open: {after}");
    assert_eq!(after[4].as_f64(), Some(0.0), "no layout shift as the app took over: {after}");
    assert_eq!(js(&b, APP_DISPLAY).await, waiting_display, "the app's box is of the same kind unseen and shown");
    assert_eq!(count(&b, FIRST_SCREEN).await, 0);
}

/// The data file is asked for as soon as the first screen is painted,
/// beside the app's wasm, and the app takes that answer up: one request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_data_is_fetched_beside_the_wasm_once() {
    let s = middle_station();
    let server = StaticServer::dist_or_panic();
    let wasm = server.app_wasm();
    let data = format!("/{}", corridor::config::DATA_FILE);
    // A browser with its cache (empty) but no service worker, as on a first scan.
    let b = Browser::phone().await;
    cdp(&b, "Network.enable", serde_json::json!({})).await;
    cdp(&b, "Network.setBypassServiceWorker", serde_json::json!({ "bypass": true })).await;
    server.hold(&wasm);
    b.goto(&server.url(&format!("/{}", station_path(&s.id)))).await.expect("a station link");
    corridor_e2e::eventually("the data asked for while the wasm is held back", timeout(), || async {
        match server.hits(&data) {
            0 => Err("not yet".to_string()),
            _ => Ok(()),
        }
    })
    .await;
    server.release(&wasm);
    until_taken(&b).await;
    assert_eq!(texts(&b, ".station-card .card-title").await.len(), 1);
    assert_eq!(server.hits(&data), 1, "the app took up the answer already asked for");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_language_and_an_unknown_station_in_both_stages() {
    let s = middle_station();
    let server = StaticServer::dist_or_panic();
    let wasm = server.app_wasm();
    let b = uncached_phone().await;

    // Every other language: the station's page puts its card, written in
    // that language, in the written screen's place; the app then keeps it.
    let served = served_corridor(&server);
    let s = served_station(&served, &s.id);
    for lang in Lang::ALL.into_iter().filter(|&l| l != PRERENDER_LANG) {
        server.hold(&wasm);
        b.goto(&server.url(&format!("/{}?lang={}", station_path(&s.id), lang.tag())))
            .await
            .unwrap_or_else(|e| panic!("a {} station link: {e}", lang.tag()));
        until_translated(&b, &format!("a {} card", lang.tag())).await;
        let number = corridor::i18n::station_number(lang, s.order);
        let title = [format!("{number} {}", s.name.get(lang))];
        let shown = js(
            &b,
            &format!(
                "{SHOWN_JS} return [v('{FIRST_SCREEN} .station-card'), v('{FIRST_SCREEN} .boot-status'), \
                 document.querySelectorAll('.station-card').length, document.documentElement.lang, document.title];"
            ),
        )
        .await;
        let tab_title = page_title(lang, Some(s.name.get(lang)));
        assert_eq!(
            shown,
            serde_json::json!([true, false, 1, lang.tag(), tab_title]),
            "the card alone, in {}, before the app",
            lang.tag()
        );
        assert_eq!(texts(&b, &format!("{FIRST_SCREEN} .station-card .card-title")).await, title, "{}", lang.tag());
        server.release(&wasm);
        until_taken(&b).await;
        assert_eq!(texts(&b, ".station-card .card-title").await, title, "the app keeps the {} card", lang.tag());
    }

    // The root page: its list, in the reader's language, before the app.
    server.hold(&wasm);
    b.goto(&server.url("/?lang=en")).await.expect("the English root page");
    until_translated(&b, "an English list").await;
    let names: Vec<String> = served.stations.iter().map(|s| s.name.get(Lang::En).to_string()).collect();
    assert_eq!(texts(&b, &format!("{FIRST_SCREEN} .station-link .list-name")).await, names);
    let shown = js(
        &b,
        &format!(
            "{SHOWN_JS} return [v('{FIRST_SCREEN} .station-link'), v('{FIRST_SCREEN} .boot-status'), document.documentElement.lang];"
        ),
    )
    .await;
    assert_eq!(shown, serde_json::json!([true, false, "en"]), "the English list, not the loading line");
    server.release(&wasm);
    until_taken(&b).await;
    assert_eq!(texts(&b, ".station-link .list-name").await, names, "the app's list, in English too");

    // An id that names no station: the root page's screen (map and list),
    // no card; then the app says it is not known.
    server.hold(&wasm);
    b.goto(&server.url("/?s=no-such-station")).await.expect("an unknown station");
    until_written(&b, ".station-link").await;
    assert_eq!(count(&b, &format!("{FIRST_SCREEN} .station-card")).await, 0);
    server.release(&wasm);
    until_taken(&b).await;
    let notice = texts(&b, ".unknown-station").await;
    assert_eq!(notice.len(), 1, "{notice:?}");
    assert_eq!(count(&b, ".station-card").await, 0);
}

/// How long the first-screen script is held back once asked for: long
/// enough for the page to be painted meanwhile, as on a slow link.
const SCRIPT_LATE: std::time::Duration = std::time::Duration::from_millis(600);

/// The text of each card title painted so far (Element Timing entries
/// named `corridor-card`), `null` for one no longer in the page.
const PAINTED_TITLES_JS: &str = r#"
const done = arguments[arguments.length - 1];
const seen = [];
const o = new PerformanceObserver(l => l.getEntries().forEach(e => seen.push(e)));
o.observe({ type: 'element', buffered: true });
setTimeout(() => {
  o.takeRecords().forEach(e => seen.push(e));
  o.disconnect();
  done(seen.filter(e => e.identifier === 'corridor-card')
    .map(e => e.element && e.element.isConnected ? e.element.textContent.trim() : null));
}, 50);
"#;

/// A reader of another language never sees the screen written in the
/// page's: with the first-screen script (which puts the screen in the
/// reader's language in place) late, the only card title ever painted is
/// the one in the reader's language.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reader_of_another_language_never_sees_the_written_screen() {
    let s = middle_station();
    let server = StaticServer::dist_or_panic();
    let (wasm, script) = (server.app_wasm(), server.first_screen_script());
    let s = served_station(&served_corridor(&server), &s.id);
    let b = uncached_phone().await;
    for lang in Lang::ALL.into_iter().filter(|&l| l != PRERENDER_LANG) {
        server.hold(&wasm);
        server.hold(&script);
        let asked_before = server.hits(&script);
        let url = server.url(&format!("/{}?lang={}", station_path(&s.id), lang.tag()));
        let open = async { b.goto(&url).await.unwrap_or_else(|e| panic!("a {} station link: {e}", lang.tag())) };
        let late = async {
            eventually("the first-screen script asked for", timeout(), || async {
                (server.hits(&script) > asked_before).then_some(()).ok_or_else(|| "not yet".to_string())
            })
            .await;
            tokio::time::sleep(SCRIPT_LATE).await;
            server.release(&script);
        };
        tokio::join!(open, late);
        until_translated(&b, &format!("a {} card", lang.tag())).await;
        let number = corridor::i18n::station_number(lang, s.order);
        let title = format!("{number} {}", s.name.get(lang));
        let painted = b.execute_async(PAINTED_TITLES_JS, vec![]).await.expect("reading the painted titles");
        assert_eq!(painted, serde_json::json!([title]), "the card titles a {} reader was shown", lang.tag());
        assert_eq!(js(&b, "return document.documentElement.dataset.reader;").await, lang.tag());
        server.release(&wasm);
        until_taken(&b).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_station_page_as_served_names_its_station() {
    let c = corridor();
    let server = StaticServer::dist_or_panic();
    let port = url::Url::parse(&server.base_url()).ok().and_then(|u| u.port()).expect("the server's port");
    for s in &c.stations {
        let path = format!("/{}", station_path(&s.id));
        let page = corridor_e2e::nginx::get(port, &path, &[]).unwrap_or_else(|e| panic!("GET {path}: {e}"));
        assert_eq!(page.status, 200, "{path}");
        let html = String::from_utf8_lossy(&page.body);
        let name = corridor::scene::escape(s.name.get(PRERENDER_LANG));
        let title = corridor::scene::escape(&page_title(PRERENDER_LANG, Some(s.name.get(PRERENDER_LANG))));
        assert!(html.contains(&format!("<title>{title}</title>")), "{path}: title");
        let description =
            corridor::scene::escape(&corridor::prerender::page::station_description(&c, s, PRERENDER_LANG));
        assert!(
            html.contains(&format!("<meta name=\"description\" content=\"{description}\">")),
            "{path}: description"
        );
        assert!(description.starts_with(&name), "{path}: the description names the station");
        assert!(html.contains(&format!("<meta property=\"og:title\" content=\"{title}\">")), "{path}: share title");
        assert!(
            html.contains(&format!("<link rel=\"canonical\" href=\"{}\">", station_path(&s.id))),
            "{path}: canonical"
        );
        assert!(html.contains(&format!("class=\"station-card\" role=\"dialog\" aria-modal=\"false\" aria-labelledby=\"card-title\" data-id=\"{}\"", s.id)), "{path}: its card");
    }
}
