//! The published site on a real nginx with the shipped configuration
//! (`docs/deploy/jinshan-map.conf`, run by `scripts/nginx-local.sh`):
//! every kind of file has its type, compression and caching; the security
//! headers match the pages' own policy (inline styles allowed, which the pages narrow to their stylesheet's hash); the app works at the site's root
//! and under a sub-path (`/jinshan-map/`), station links included; and
//! after one visit it reloads with the server stopped and the network off.
//!
//! ```text
//! bash scripts/publish.sh --no-build target/nginx-www/jinshan-map   # scripts/test.sh does this
//! cargo test -p corridor-e2e --test nginx -- --test-threads=2
//! ```

use corridor::config::parse_config;
use corridor::i18n::offline::offline_data;
use corridor::i18n::Lang;
use corridor::publish::{compress, csp, LIVE_FILES};
use corridor_e2e::nginx::{get, published_site, published_www, Nginx, Response, SUB_PATH};
use corridor_e2e::offline::{browser_today, go_offline, until_card_titled, until_offline_ready};
use corridor_e2e::planner::{corridor, js};
use corridor_e2e::{count, texts, timeout, wait_for, Browser};
use std::io::Read;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// One published file of each kind, found in the folder (names are hashed).
fn published(pattern: impl Fn(&str) -> bool) -> String {
    let mut names: Vec<String> = std::fs::read_dir(published_site())
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", published_site().display()))
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| pattern(n))
        .collect();
    names.sort();
    names.into_iter().next().unwrap_or_else(|| panic!("no such file in {}", published_site().display()))
}

fn fetch(port: u16, path: &str, encodings: &str) -> Response {
    let r = get(port, path, &[("Accept-Encoding", encodings)]).unwrap_or_else(|e| panic!("GET {path}: {e}"));
    assert_eq!(r.status, 200, "GET {path}: {:?}", r.headers);
    r
}

fn decoded(r: &Response) -> Vec<u8> {
    let mut out = Vec::new();
    match r.header("content-encoding") {
        Some("br") => brotli::Decompressor::new(&r.body[..], 4096).read_to_end(&mut out).map(|_| ()),
        Some("gzip") => flate2::read::GzDecoder::new(&r.body[..]).read_to_end(&mut out).map(|_| ()),
        _ => {
            out = r.body.clone();
            Ok(())
        }
    }
    .unwrap_or_else(|e| panic!("cannot decode the body: {e}"));
    out
}

#[test]
fn each_kind_of_file_has_its_type_encoding_caching_and_the_security_headers() {
    let nginx = Nginx::serve_or_panic(&published_site());
    let site = published_site();
    let config = parse_config(&std::fs::read_to_string(site.join("map-config.json")).expect("published config"))
        .expect("the published config is valid");
    let policy = csp::header_policy(config.tiles.as_ref());
    let wasm = published(|n| n.starts_with("jinshan-corridor-map-") && n.ends_with("_bg.wasm"));
    let app_js = published(|n| n.starts_with("jinshan-corridor-map-") && n.ends_with(".js"));
    let css = published(|n| n.starts_with("style-") && n.ends_with(".css"));
    let station = &corridor().stations[0].id;
    let index_file = "index.html".to_string();
    // (path, file on disk, type, caching)
    let kinds: Vec<(String, String, &str, &str)> = vec![
        ("/".into(), index_file.clone(), "text/html; charset=utf-8", REVALIDATE),
        (format!("/?s={station}"), index_file, "text/html; charset=utf-8", REVALIDATE),
        (
            format!("/{}", corridor::link::station_path(station)),
            format!("{}index.html", corridor::link::station_path(station)),
            "text/html; charset=utf-8",
            REVALIDATE,
        ),
        (format!("/{wasm}"), wasm.clone(), "application/wasm", IMMUTABLE),
        (format!("/{app_js}"), app_js, "text/javascript; charset=utf-8", IMMUTABLE),
        (format!("/{css}"), css, "text/css; charset=utf-8", IMMUTABLE),
        (
            "/data/corridor.geojson".into(),
            "data/corridor.geojson".into(),
            "application/geo+json; charset=utf-8",
            REVALIDATE,
        ),
        ("/map-config.json".into(), "map-config.json".into(), "application/json; charset=utf-8", REVALIDATE),
        ("/sw.js".into(), "sw.js".into(), "text/javascript; charset=utf-8", REVALIDATE),
        (
            "/manifest.webmanifest".into(),
            "manifest.webmanifest".into(),
            "application/manifest+json; charset=utf-8",
            REVALIDATE,
        ),
        ("/icons/icon-192.png".into(), "icons/icon-192.png".into(), "image/png", REVALIDATE),
    ];
    for (path, file, kind, caching) in &kinds {
        let on_disk = std::fs::read(site.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let live = LIVE_FILES.contains(&file.as_str());
        let compressible = compress::is_compressed_kind(file);
        for (accept, want) in [("br, gzip", "br"), ("gzip", "gzip"), ("identity", "")] {
            let r = fetch(nginx.port(), path, accept);
            let got = r.header("content-encoding").unwrap_or("");
            // Precompressed files go as they are; live files are gzipped on
            // the fly (no brotli module for that); images never.
            let expected = match (compressible, live, want) {
                (false, _, _) => "",
                (true, true, "br") => "gzip",
                (true, _, w) => w,
            };
            assert_eq!(got, expected, "{path} asked with {accept}: {:?}", r.headers);
            assert_eq!(decoded(&r), on_disk, "{path} ({accept}) decodes to the published file");
            if expected == "br" {
                let copy = std::fs::read(site.join(format!("{file}.br"))).expect("its .br copy");
                assert_eq!(r.body, copy, "{path}: the precompressed copy is what is sent");
            }
            assert_eq!(r.header("content-type"), Some(*kind), "{path}");
            assert_eq!(r.header("cache-control"), Some(*caching), "{path}");
            assert_eq!(r.header("content-security-policy"), Some(policy.as_str()), "{path}");
            assert_eq!(r.header("x-content-type-options"), Some("nosniff"), "{path}");
            assert_eq!(r.header("referrer-policy"), Some("strict-origin-when-cross-origin"), "{path}");
            let permissions = r.header("permissions-policy").unwrap_or_default();
            assert!(permissions.contains("geolocation=(self)"), "{path}: {permissions}");
            if compressible {
                assert_eq!(r.header("vary"), Some("Accept-Encoding"), "{path}");
            }
        }
        // A revalidation of an unchanged file is a bodiless 304.
        let first = fetch(nginx.port(), path, "br, gzip");
        let etag = first.header("etag").unwrap_or_else(|| panic!("{path} has no ETag"));
        let again =
            get(nginx.port(), path, &[("Accept-Encoding", "br, gzip"), ("If-None-Match", etag)]).expect("revalidating");
        assert_eq!(again.status, 304, "{path} revalidated: {:?}", again.headers);
    }
    // The header policy is the pages' own, which allow exactly the
    // stylesheet written into them: the header's form allows inline styles.
    let page = String::from_utf8(decoded(&fetch(nginx.port(), "/", "identity"))).expect("HTML");
    let style = page
        .split("<style data-href=")
        .nth(1)
        .and_then(|s| s.split_once('>'))
        .and_then(|(_, s)| s.split("</style>").next())
        .expect("the inline stylesheet");
    let own = csp::with_style_hash(&csp::policy(config.tiles.as_ref()), &csp::sha256_base64(style));
    assert!(page.contains(&format!("content=\"{own}\"")), "the page's <meta> policy allows its stylesheet");
    let plan = String::from_utf8(decoded(&fetch(nginx.port(), "/plan.html", "identity"))).expect("HTML");
    assert!(
        plan.contains(&format!("content=\"{}\"", csp::policy(config.tiles.as_ref()))),
        "a linked stylesheet's page"
    );
    // Hidden files and missing ones are not served.
    assert_eq!(get(nginx.port(), "/.git/config", &[]).map(|r| r.status).ok(), Some(404));
    assert_eq!(get(nginx.port(), "/no-such-file.js", &[]).map(|r| r.status).ok(), Some(404));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_and_its_station_links_work_from_nginx() {
    let c = corridor();
    let nginx = Nginx::serve_or_panic(&published_site());
    let b = Browser::phone().await;
    b.goto(&nginx.url("/?lang=en")).await.expect("opening the map");
    wait_for(&b, ".station-link", timeout()).await;
    assert_eq!(count(&b, ".station-link").await, c.stations.len(), "every station is listed");
    for s in c.stations.iter().take(3) {
        b.goto(&nginx.url(&format!("/?s={}&lang=en", s.id))).await.expect("opening a station link");
        until_card_titled(&b, s.name.get(Lang::En)).await;
    }
    // The staff and visitor pages beside it load too.
    for (page, ready) in [
        ("/plan.html", ".planner[data-ready=\"true\"]"),
        ("/stamps.html", ".stamps[data-ready=\"true\"]"),
        ("/posters.html", ".posters[data-ready=\"true\"]"),
    ] {
        b.goto(&nginx.url(page)).await.expect("opening the page");
        wait_for(&b, ready, timeout()).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_one_visit_it_reloads_with_the_server_stopped() {
    let c = corridor();
    let nginx = Nginx::serve_or_panic(&published_site());
    let home = nginx.url("/?lang=en");
    let b = Browser::phone().await;
    b.goto(&home).await.expect("opening the map");
    wait_for(&b, ".station-link", timeout()).await;
    until_offline_ready(&b).await;
    let today = browser_today(&b).await;
    drop(nginx);
    go_offline(&b).await;
    let s = &c.stations[c.stations.len() - 1];
    b.goto(&format!("{home}&s={}", s.id)).await.expect("reloading with no network");
    until_card_titled(&b, s.name.get(Lang::En)).await;
    assert_eq!(count(&b, ".station-link").await, c.stations.len());
    assert_eq!(
        texts(&b, ".offline-note").await,
        vec![offline_data(Lang::En, &today)],
        "{}",
        corridor_e2e::describe_page(&b).await
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sub_path_deployment_works_with_its_links_and_offline_copy() {
    let c = corridor();
    let nginx = Nginx::serve_or_panic(&published_www());
    let s = &c.stations[1];
    let b = Browser::phone().await;
    b.goto(&nginx.url(&format!("/{SUB_PATH}/?s={}&lang=en", s.id)))
        .await
        .expect("opening a station link under the sub-path");
    until_card_titled(&b, s.name.get(Lang::En)).await;
    assert_eq!(count(&b, ".station-link").await, c.stations.len());
    until_offline_ready(&b).await;
    let scope = js(&b, "return navigator.serviceWorker.getRegistration().then((r) => r.scope)", vec![]).await;
    assert_eq!(scope.as_str(), Some(nginx.url(&format!("/{SUB_PATH}/")).as_str()), "the worker keeps to the sub-path");
    // Nothing was asked of the site's root: every file is under the sub-path.
    let outside = js(
        &b,
        "return performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)\
         .filter((p) => !p.startsWith(arguments[0]))",
        vec![serde_json::Value::from(format!("/{SUB_PATH}/"))],
    )
    .await;
    assert_eq!(outside, serde_json::json!([]), "files fetched outside the sub-path");
    b.goto(&nginx.url(&format!("/{SUB_PATH}/plan.html?lang=en"))).await.expect("the planner under the sub-path");
    wait_for(&b, ".planner[data-ready=\"true\"]", timeout()).await;
}
