//! Offline use and updates in headless Chromium, over the service worker
//! that `corridor-finish` writes into the bundle: after one visit, with the
//! server gone and the network switched off by the DevTools protocol, a
//! reload shows the map, the list and every card, says the data is the
//! copy kept on the device, and "my stamps" and the planner open too; a
//! new build is offered with a reload button and taken when pressed; and
//! no page of the bundle reports a Content-Security-Policy violation.
//!
//! ```text
//! scripts/tools.sh build_release   # dist/ finished by corridor-finish
//! cargo test -p corridor-e2e --test offline -- --test-threads=2
//! ```

use corridor::i18n::offline::{offline_data, OffMsg};
use corridor::i18n::{Lang, Msg};
use corridor_e2e::offline::{browser_today, go_offline, until_card_titled, until_offline_ready};
use corridor_e2e::planner::{click, corridor, js};
use corridor_e2e::print::cdp;
use corridor_e2e::{clustered, count, eventually_on, texts, timeout, wait_for, wait_gone, Browser, StaticServer};
use serde_json::{json, Value};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_one_visit_the_map_and_every_card_work_with_no_network() {
    let c = corridor();
    let server = StaticServer::dist_or_panic();
    let (home, plan, stamps) =
        (server.url("/?lang=en"), server.url("/plan.html?lang=en"), server.url("/stamps.html?lang=en"));
    let b = Browser::phone().await;
    b.goto(&home).await.expect("opening the map");
    wait_for(&b, ".station-link", timeout()).await;
    until_offline_ready(&b).await;
    assert_eq!(count(&b, ".offline-note").await, 0, "online, the data is the server's and no note is shown");
    let today = browser_today(&b).await;

    // No server at all, and the browser told it is offline.
    drop(server);
    go_offline(&b).await;
    b.goto(&home).await.expect("reloading with no network");
    wait_for(&b, ".station-link", timeout()).await;
    assert_eq!(count(&b, ".station-link").await, c.stations.len(), "every station is listed offline");
    let placed = c.stations.iter().filter(|s| s.position.is_some()).count();
    eventually_on(&b, "every placed station on the map offline (a marker or in a cluster)", timeout(), || async {
        let (n, in_clusters) = (count(&b, "svg.corridor-map .station-marker").await, clustered(&b).await);
        if n > 0 && n + in_clusters == placed {
            Ok(())
        } else {
            Err(format!("{n} markers and {in_clusters} stations in clusters, {placed} placed stations"))
        }
    })
    .await;
    assert_eq!(
        texts(&b, ".offline-note").await,
        vec![offline_data(Lang::En, &today)],
        "the note says the data is the kept copy"
    );

    // Every card opens, from the list, with its own title.
    for s in &c.stations {
        click(&b, &format!(".station-link[data-id=\"{}\"]", s.id)).await;
        until_card_titled(&b, s.name.get(Lang::En)).await;
        click(&b, ".station-card .card-close").await;
        wait_gone(&b, ".station-card", timeout()).await;
    }

    // The class's stamps and the planner open offline too.
    b.goto(&stamps).await.expect("opening my stamps offline");
    wait_for(&b, ".stamps[data-ready=\"true\"]", timeout()).await;
    b.goto(&plan).await.expect("opening the planner offline");
    wait_for(&b, ".planner[data-ready=\"true\"]", timeout()).await;
}

/// On a first visit the worker, and its copy of every app file, waits for
/// the app to take the first screen's place: nothing of it shares a weak
/// link with the app's WebAssembly and data (`sw-register.js`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_offline_copy_waits_for_the_app_on_a_first_visit() {
    let c = corridor();
    let server = StaticServer::dist_or_panic();
    let wasm = server.app_wasm();
    server.hold(&wasm);
    let b = Browser::phone().await;
    b.goto(&server.url(&format!("/{}", corridor::link::station_path(&c.stations[0].id))))
        .await
        .expect("a station link");
    // The page has loaded; the app is held back.
    let waiting = fantoccini::Locator::Css("html[data-offline=\"waiting\"]");
    if let Err(e) = b.wait().at_most(timeout()).for_element(waiting).await {
        panic!("the worker did not wait for the app ({e})");
    }
    assert_eq!(server.hits("/sw.js"), 0, "no worker while the app has not arrived");
    server.release(&wasm);
    until_offline_ready(&b).await;
    let order = js(&b, "return document.documentElement.dataset.firstScreen || ''", vec![]).await;
    assert_eq!(order, json!("taken"));
    assert!(server.hits("/sw.js") > 0, "the worker came once the app had taken over");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_build_is_offered_and_taken_when_asked() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    b.goto(&server.url("/?lang=en")).await.expect("opening the map");
    wait_for(&b, ".station-link", timeout()).await;
    until_offline_ready(&b).await;
    assert_eq!(count(&b, ".update-prompt").await, 0, "nothing to offer on the first visit");

    // The next build: a service worker that differs, as every new build's does.
    let worker = std::fs::read_to_string(server.root().join("sw.js")).expect("the bundle has sw.js");
    let next = worker.replacen("const VERSION = \"", "const VERSION = \"next-", 1);
    assert_ne!(next, worker, "sw.js names its version");
    server.set_override("/sw.js", 200, next);
    b.goto(&server.url("/?lang=en")).await.expect("coming back");
    let prompt = wait_for(&b, ".update-prompt", timeout()).await;
    assert!(prompt.text().await.unwrap_or_default().contains(OffMsg::UpdateReady.text(Lang::En)));
    assert_eq!(texts(&b, ".update-reload").await, vec![OffMsg::Reload.text(Lang::En).to_string()]);

    // Pressing it reloads the page under the new worker, which cleared the old cache.
    js(&b, "window.__before_reload = true; return true", vec![]).await;
    click(&b, ".update-reload").await;
    eventually_on(&b, "the page reloaded under the new worker", timeout(), || {
        let b = &b;
        async move {
            let state = js(
                b,
                "return navigator.serviceWorker.getRegistration().then(async (r) => [window.__before_reload === undefined, \
                 !!(r && r.active && !r.waiting), await caches.keys()])",
                vec![],
            )
            .await;
            let fresh = state[0] == json!(true) && state[1] == json!(true);
            let caches: Vec<&str> = state[2].as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
            if fresh && caches.len() == 1 && caches[0].starts_with("corridor-next-") {
                Ok(())
            } else {
                Err(state.to_string())
            }
        }
    })
    .await;
    wait_for(&b, ".station-link", timeout()).await;
    assert_eq!(count(&b, ".update-prompt").await, 0, "the new build is the one running: nothing left to offer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_page_reports_a_policy_violation() {
    let c = corridor();
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    // Before any page script runs, on every page this tab opens.
    cdp(
        &b,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "window.__violations = []; document.addEventListener('securitypolicyviolation', \
            (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));" }),
    )
    .await;
    let station = &c.stations[0].id;
    let pages = [
        ("/", ".station-link"),
        (&format!("/?s={station}") as &str, ".station-card"),
        ("/plan.html", ".planner[data-ready=\"true\"]"),
        ("/stamps.html", ".stamps[data-ready=\"true\"]"),
        ("/posters.html", ".posters[data-ready=\"true\"]"),
        ("/editor.html", ".editor"),
    ];
    // Scripts from the site, and the written pages' one inline script by its hash.
    let scripts = format!(
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-{}';",
        corridor::publish::csp::sha256_base64(corridor::prerender::READER_SCRIPT)
    );
    for (path, ready) in pages {
        b.goto(&server.url(path)).await.expect("opening the page");
        wait_for(&b, ready, timeout()).await;
        let policy = js(
            &b,
            "const m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]'); return m ? m.content : ''",
            vec![],
        )
        .await;
        assert!(policy.as_str().is_some_and(|p| p.contains(&scripts)), "{path} carries the policy: {policy}");
        let violations = js(&b, "return window.__violations", vec![]).await;
        assert_eq!(violations, json!([]), "{path} reported violations");
    }
    // The title proves the app itself ran under the policy on the last page.
    assert!(!b.title().await.unwrap_or_default().is_empty(), "{}", Msg::AppTitle.text(Lang::En));
}
