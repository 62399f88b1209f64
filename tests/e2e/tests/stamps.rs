//! Check-in stamps in headless Chromium: a poster's QR link stamps its
//! station and a plain link does not; the marker leaves the address; the
//! stamp survives a reload; stamping by hand; "my stamps" shows progress
//! and prints an A5 certificate with the typed name; a damaged or newer
//! stored record is reported, never trusted or overwritten wrongly; and
//! clearing empties it. Expected texts come from the library's i18n.
//!
//! ```text
//! scripts/tools.sh build_release   # dist/ with stamps.html
//! cargo test -p corridor-e2e --test stamps -- --test-threads=2
//! ```

use corridor::i18n::stamps::{certificate_line, distance_to_station, progress, stamped, stamps_issue};
use corridor::i18n::Lang;
use corridor::stamps::{is_stamp_time, parse_stamps, StampsIssue, STAMPS_KEY};
use corridor_e2e::geolocation::{mock_geolocation, position_js};
use corridor_e2e::planner::{click, corridor, js};
use corridor_e2e::print::{pdf_pages, print_to_pdf};
use corridor_e2e::{count, eventually_on, texts, timeout, wait_for, Browser, StaticServer};
use fantoccini::Client;
use serde_json::Value;

async fn stored(b: &Client) -> Option<String> {
    js(b, "return localStorage.getItem(arguments[0])", vec![Value::from(STAMPS_KEY)]).await.as_str().map(str::to_string)
}

/// Opens the map at `query` on a device with `stamps` stored (or none).
async fn open_card(b: &Client, server: &StaticServer, query: &str, stamps: Option<&str>) {
    b.goto(&server.url("/?lang=en")).await.expect("opening the map");
    js(b, "localStorage.clear(); if (arguments[1] !== null) localStorage.setItem(arguments[0], arguments[1]); return true;",
        vec![Value::from(STAMPS_KEY), stamps.map(Value::from).unwrap_or(Value::Null)]).await;
    b.goto(&server.url(query)).await.expect("opening the station link");
    wait_for(b, ".station-card .card-stamps", timeout()).await;
}

async fn until_text(b: &Client, css: &str, want: String) {
    eventually_on(b, css, timeout(), || {
        let want = want.clone();
        async move {
            let got = texts(b, css).await.join("");
            if got == want {
                Ok(())
            } else {
                Err(got)
            }
        }
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_posters_link_stamps_and_a_plain_link_does_not() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let (a, other) = (&c.stations[1].id, &c.stations[2].id);
    let b = Browser::phone().await;
    open_card(&b, &server, &format!("/?s={a}&lang=en"), None).await;
    assert_eq!(count(&b, ".card-stamp-button").await, 1, "a plain link offers to stamp");
    assert_eq!(count(&b, ".card-stamp").await, 0);
    assert_eq!(stored(&b).await, None, "a plain link stores nothing");

    open_card(&b, &server, &format!("/?s={a}&via=qr&lang=en"), None).await;
    wait_for(&b, ".card-stamp[data-stamped=\"true\"]", timeout()).await;
    let record = stored(&b).await.expect("a stored stamp");
    let stamps = parse_stamps(Some(&record)).expect("a readable record");
    assert_eq!(stamps.len(), 1);
    assert_eq!(&stamps[0].id, a);
    assert!(stamps[0].scanned && is_stamp_time(&stamps[0].at), "{stamps:?}");
    until_text(&b, ".card-stamp", stamped(Lang::En, &stamps[0].at)).await;
    let url = b.current_url().await.expect("the address");
    assert!(!url.as_str().contains("via=qr"), "the marker leaves the address: {url}");
    assert!(url.path().ends_with(&corridor::link::station_path(a)), "the station's page stays: {url}");
    // A reload keeps the stamp and stamps nothing new.
    b.refresh().await.expect("reloading");
    wait_for(&b, ".card-stamp[data-stamped=\"true\"]", timeout()).await;
    assert_eq!(stored(&b).await.as_deref(), Some(record.as_str()));
    // Another station's card is not stamped.
    b.goto(&server.url(&format!("/?s={other}&lang=en"))).await.expect("another station");
    wait_for(&b, ".station-card .card-stamp-button", timeout()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stamps_by_hand_show_on_my_stamps_and_print_a_certificate() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let b = Browser::desktop().await;
    let (a, h) = (&c.stations[0].id, &c.stations[3].id);
    open_card(&b, &server, &format!("/?s={a}&via=qr&lang=en"), None).await;
    wait_for(&b, ".card-stamp[data-stamped=\"true\"]", timeout()).await;
    b.goto(&server.url(&format!("/?s={h}&lang=en"))).await.expect("a second station");
    wait_for(&b, ".station-card .card-stamp-button", timeout()).await;
    // By hand, 0.01° north of where the map places it: stamped, and told how far.
    let p = c.station(h).and_then(|s| s.position).expect("a placed station");
    let here = corridor::geo::LonLat::new(p.lon, p.lat + 0.01);
    mock_geolocation(&b, &position_js(here.lat, here.lon, 15.0)).await;
    click(&b, ".card-stamp-button").await;
    wait_for(&b, ".card-stamp[data-stamped=\"true\"]", timeout()).await;
    let estimated = c.station(h).is_some_and(|s| s.accuracy != corridor::model::Accuracy::Surveyed);
    until_text(&b, ".card-stamp-away", distance_to_station(Lang::En, corridor::geo::distance_m(here, p), estimated))
        .await;
    let stamps = parse_stamps(stored(&b).await.as_deref()).expect("readable");
    assert_eq!(
        stamps.iter().map(|s| (s.id.as_str(), s.scanned)).collect::<Vec<_>>(),
        [(a.as_str(), true), (h.as_str(), false)]
    );

    b.goto(&server.url("/stamps.html?lang=en")).await.expect("my stamps");
    wait_for(&b, "main.stamps[data-ready=\"true\"]", timeout()).await;
    until_text(&b, ".st-screen .st-progress", progress(Lang::En, 2, c.stations.len())).await;
    let marked: Vec<String> =
        corridor_e2e::attrs(&b, ".st-screen .st-list .st-row[data-stamped=\"true\"]", "data-id").await;
    let want: Vec<String> = c.stations.iter().filter(|s| s.id == *a || s.id == *h).map(|s| s.id.clone()).collect();
    assert_eq!(marked, want, "stamped rows, in the corridor's order");
    js(&b, "const i = document.getElementById('st-name'); i.value = 'Class 3 (2)'; i.dispatchEvent(new Event('change')); return true;", vec![]).await;
    let out = std::env::temp_dir().join(format!("certificate-{}.pdf", std::process::id()));
    print_to_pdf(&b, &out).await;
    let pages = pdf_pages(&out);
    assert_eq!(pages.len(), 1, "the certificate is one page: {pages:?}");
    let text: String = pages[0].split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Class 3 (2)"), "the name is printed: {text}");
    let line: String = certificate_line(Lang::En, 2, c.stations.len()).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains(&line), "the count is printed: {text}");
    let info = std::process::Command::new("pdfinfo").arg(&out).output().expect("pdfinfo (poppler-utils)");
    assert!(String::from_utf8_lossy(&info.stdout).contains("(A5)"), "an A5 page");
    // Clearing (confirmed) empties the record and the list.
    js(&b, "window.confirm = () => true; return true;", vec![]).await;
    click(&b, "#st-clear").await;
    until_text(&b, ".st-screen .st-progress", progress(Lang::En, 0, c.stations.len())).await;
    assert_eq!(stored(&b).await, None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_or_newer_record_is_said_and_handled() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let a = &c.stations[0].id;
    let b = Browser::phone().await;
    // Damaged: said, ignored, and the next stamp starts afresh.
    open_card(&b, &server, &format!("/?s={a}&lang=en"), Some("{oops")).await;
    until_text(&b, ".card-stamp-issue", stamps_issue(Lang::En, &StampsIssue::Unreadable)).await;
    click(&b, ".card-stamp-button").await;
    wait_for(&b, ".card-stamp[data-stamped=\"true\"]", timeout()).await;
    assert!(parse_stamps(stored(&b).await.as_deref()).is_ok_and(|s| s.len() == 1));
    // Newer: said, left as it is, and a scan does not overwrite it.
    let newer = r#"{"v":9,"stamps":"from the future"}"#;
    open_card(&b, &server, &format!("/?s={a}&via=qr&lang=en"), Some(newer)).await;
    until_text(&b, ".card-stamp-issue", stamps_issue(Lang::En, &StampsIssue::NewerVersion(9))).await;
    assert_eq!(count(&b, ".card-stamp-button").await, 0);
    assert_eq!(stored(&b).await.as_deref(), Some(newer));
    b.goto(&server.url("/stamps.html?lang=en")).await.expect("my stamps");
    wait_for(&b, "main.stamps[data-ready=\"true\"]", timeout()).await;
    until_text(&b, ".st-screen > .st-error", stamps_issue(Lang::En, &StampsIssue::NewerVersion(9))).await;
    // The page still lists every station.
    assert_eq!(count(&b, ".st-screen .st-list .st-row").await, c.stations.len());
    assert_eq!(texts(&b, "h1").await, [corridor::i18n::stamps::StMsg::Title.text(Lang::En)]);
}
