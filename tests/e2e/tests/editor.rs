//! The staff editor (`editor.html`) in headless Chromium: place an unplaced
//! station by clicking, drag a placed one, paste a GCJ-02 pair and see it
//! converted, undo and redo, download and read the file back (it passes
//! the loader and differs from the input only in the edited features), and
//! a problem made in the editor listed at once, jumping to its feature.
//! Expected values come from the data and the library, and the tests wait
//! on the page's own state (`.editor[data-*]`), not on time.
//!
//! ```text
//! scripts/tools.sh build_release   # dist/ with editor.html
//! cargo test -p corridor-e2e --test editor -- --test-threads=2
//! ```

use corridor::edit::session::{Session, Summary};
use corridor::edit::write::Document;
use corridor::geo::{Datum, LonLat};
use corridor::i18n::editor::EdMsg;
use corridor::i18n::Lang;
use corridor::model::load;
use corridor_e2e::{eventually_on, text_content, timeout, wait_for, Browser, StaticServer};
use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::Client;
use serde_json::Value;
use std::time::Duration;

fn base() -> String {
    corridor_e2e::paths::real_data()
}

fn summaries() -> Vec<Summary> {
    Session::open(&base()).expect("the shipped file opens for editing").summaries()
}

async fn js(b: &Client, script: &str, args: Vec<Value>) -> Value {
    b.execute(script, args).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

async fn open(b: &Client, server: &StaticServer, lang: &str) {
    b.goto(&server.url(&format!("/editor.html?lang={lang}"))).await.expect("opening the editor");
    wait_for(b, ".editor[data-ready=\"true\"] svg.ed-map .ed-point", timeout()).await;
}

async fn attr(b: &Client, name: &str) -> String {
    js(b, &format!("return document.querySelector('.editor').getAttribute('{name}') || ''"), vec![])
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Waits until the editor's `data-<name>` is `want`.
async fn until_attr(b: &Client, name: &str, want: &str) {
    eventually_on(b, &format!("{name} = {want:?}"), timeout(), || async {
        let got = attr(b, name).await;
        if got == want {
            Ok(())
        } else {
            Err(got)
        }
    })
    .await
}

/// The centre of a feature's point on screen (viewport pixels), if drawn.
async fn centre(b: &Client, i: usize) -> Option<(f64, f64)> {
    let v = js(
        b,
        "const e = document.querySelector(`.ed-point[data-feature=\"${arguments[0]}\"] circle`);\
         if (!e) return null; const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2];",
        vec![Value::from(i)],
    )
    .await;
    Some((v.get(0)?.as_f64()?, v.get(1)?.as_f64()?))
}

/// The selected feature's position as the form states it (WGS-84).
async fn form_position(b: &Client) -> Option<LonLat> {
    let v =
        js(b, "const e = document.querySelector('.ed-form .current'); return e && e.dataset.position", vec![]).await;
    let s = v.as_str()?;
    let (lon, lat) = s.split_once(',')?;
    Some(LonLat::new(lon.trim().parse().ok()?, lat.trim().parse().ok()?))
}

async fn until_position(b: &Client, want: LonLat, tol: f64) {
    eventually_on(b, &format!("the form to show {want:?}"), timeout(), || async {
        match form_position(b).await {
            Some(p) if (p.lon - want.lon).abs() <= tol && (p.lat - want.lat).abs() <= tol => Ok(()),
            other => Err(format!("{other:?}")),
        }
    })
    .await
}

async fn mouse(b: &Client, from: (f64, f64), by: Option<(f64, f64)>) {
    let mut m = MouseActions::new("mouse".to_string())
        .then(PointerAction::MoveTo { duration: None, x: from.0.round(), y: from.1.round() })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT });
    if let Some(by) = by {
        m = m
            .then(PointerAction::MoveBy {
                duration: Some(Duration::from_millis(300)),
                x: by.0.round(),
                y: by.1.round(),
            })
            .then(PointerAction::Pause { duration: Duration::from_millis(100) });
    }
    m = m.then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    b.perform_actions(m).await.unwrap_or_else(|e| panic!("pointer at {from:?} by {by:?} failed: {e}"));
    b.release_actions().await.expect("releasing the mouse");
}

/// A point on the drawn avenue at least 30 px from every drawn point: a
/// click there lands on the ground, near the avenue (so the station is
/// within the checker's distance of it).
async fn free_point_on_avenue(b: &Client) -> (f64, f64) {
    let v = js(
        b,
        "const path = document.querySelector('svg.ed-map path.avenue'); const svg = path.ownerSVGElement;\
         const m = path.getScreenCTM(); const len = path.getTotalLength();\
         const pts = [...document.querySelectorAll('.ed-point circle')].map(c => { const r = c.getBoundingClientRect(); return [r.x + r.width/2, r.y + r.height/2]; });\
         const box = svg.getBoundingClientRect();\
         for (let k = 1; k < 40; k++) { const p = path.getPointAtLength(len * k / 40); const q = new DOMPoint(p.x, p.y).matrixTransform(m);\
           if (q.x < box.left + 10 || q.x > box.right - 80 || q.y < box.top + 10 || q.y > Math.min(box.bottom, innerHeight) - 10) continue;\
           if (pts.every(([x, y]) => Math.hypot(x - q.x, y - q.y) > 30)) return [q.x, q.y]; }\
         return null;",
        vec![],
    )
    .await;
    match (v.get(0).and_then(Value::as_f64), v.get(1).and_then(Value::as_f64)) {
        (Some(x), Some(y)) => (x, y),
        _ => panic!("no free point on the avenue"),
    }
}

async fn download(b: &Client) -> String {
    let v = b
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             fetch(document.querySelector('#ed-download').href).then(r => r.text()).then(done, e => done('ERROR ' + e));",
            vec![],
        )
        .await
        .expect("reading the download");
    v.as_str().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn place_drag_paste_undo_redo_and_download() {
    let features = summaries();
    let unplaced = features.iter().find(|f| f.kind == "station" && f.position.is_none()).expect("an unplaced station");
    let placed = features.iter().find(|f| f.kind == "station" && f.position.is_some()).expect("a placed station");
    let (u, p) = (unplaced.index, placed.index);
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    open(&b, &server, "en").await;
    assert_eq!(attr(&b, "data-changed").await, "", "nothing changed yet");

    // Place: choose it in the list, click the map.
    b.find(fantoccini::Locator::Css(&format!(".ed-row[data-feature=\"{u}\"]")))
        .await
        .expect("its row")
        .click()
        .await
        .expect("click");
    until_attr(&b, "data-selected", &u.to_string()).await;
    assert!(centre(&b, u).await.is_none(), "not drawn before it is placed");
    let at = free_point_on_avenue(&b).await;
    mouse(&b, at, None).await;
    until_attr(&b, "data-changed", &u.to_string()).await;
    let drawn = centre(&b, u).await.expect("drawn once placed");
    assert!((drawn.0 - at.0).abs() < 2.0 && (drawn.1 - at.1).abs() < 2.0, "drawn at {drawn:?}, clicked {at:?}");
    let placed_at = form_position(&b).await.expect("a position");

    // Drag a placed station.
    let from = centre(&b, p).await.expect("the placed station is drawn");
    let by = (40.0, 25.0);
    mouse(&b, from, Some(by)).await;
    until_attr(&b, "data-selected", &p.to_string()).await;
    let mut changed = [u, p];
    changed.sort();
    until_attr(&b, "data-changed", &format!("{},{}", changed[0], changed[1])).await;
    let moved = centre(&b, p).await.expect("still drawn");
    assert!((moved.0 - from.0 - by.0).abs() < 2.0 && (moved.1 - from.1 - by.1).abs() < 2.0, "{from:?} → {moved:?}");
    let dragged_to = form_position(&b).await.expect("a position");

    // Paste a GCJ-02 pair: the WGS-84 target moved into GCJ-02 by the
    // forward formula; the editor must bring it back.
    let target = LonLat::new(dragged_to.lon - 0.002, dragged_to.lat + 0.001);
    let gcj = Datum::Gcj02.apply(target);
    let coords = b.find(fantoccini::Locator::Css("#ed-coords")).await.expect("the coordinate field");
    coords.send_keys(&format!("{:.6}，{:.6}", gcj.lon, gcj.lat)).await.expect("typing");
    js(&b, "const s = document.querySelector('#ed-system'); s.value = 'gcj02'; s.dispatchEvent(new Event('change', {bubbles: true}));", vec![]).await;
    b.find(fantoccini::Locator::Css("#ed-set-coords")).await.expect("button").click().await.expect("click");
    until_position(&b, target, 2e-6).await;
    let note = text_content(&wait_for(&b, ".coords-note", timeout()).await).await;
    assert!(note.contains("GCJ02") && note.contains("converted to WGS-84"), "{note}");

    // Undo back to the drag, redo to the pasted pair.
    b.find(fantoccini::Locator::Css("#ed-undo")).await.expect("undo").click().await.expect("click");
    until_position(&b, dragged_to, 1e-9).await;
    b.find(fantoccini::Locator::Css("#ed-redo")).await.expect("redo").click().await.expect("click");
    until_position(&b, target, 2e-6).await;

    // The download passes the loader and differs from the input only in
    // the two edited features: put their old values back and the writer
    // gives the input byte for byte.
    let text = download(&b).await;
    let report = load(text.as_bytes());
    assert_eq!(report.error_count(), 0, "{:?}", report.problems);
    let input = base();
    assert_ne!(text, input);
    let before = Document::parse(&input).expect("input cuts");
    let mut after = Document::parse(&text).expect("download cuts");
    assert_eq!(after.features.len(), before.features.len());
    for (i, (a, o)) in after.features.iter().zip(&before.features).enumerate() {
        assert_eq!(a.value != o.value, i == u || i == p, "feature {i} changed: {}", a.value != o.value);
    }
    after.features[u].value = before.features[u].value.clone();
    after.features[p].value = before.features[p].value.clone();
    assert_eq!(after.write(), input);
    let c = report.corridor.expect("loads");
    let s = c.stations.iter().find(|s| s.feature == u).expect("the placed station");
    let got = s.position.expect("placed");
    assert!((got.lon - placed_at.lon).abs() < 1e-6 && (got.lat - placed_at.lat).abs() < 1e-6);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_problem_made_in_the_editor_shows_at_once_and_jumps_to_its_feature() {
    let features = summaries();
    let station = features.iter().find(|f| f.kind == "station" && f.position.is_some()).expect("a station").index;
    let unit = features.iter().find(|f| f.kind == "unit").expect("a unit").index;
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;

    // Every interface language by URL.
    for lang in Lang::ALL {
        open(&b, &server, lang.tag()).await;
        let h1 = text_content(&wait_for(&b, ".ed-header h1", timeout()).await).await;
        assert_eq!(h1.trim(), EdMsg::Title.text(lang));
    }
    open(&b, &server, "en").await;
    let errors_before: usize = attr(&b, "data-errors").await.parse().expect("a count");

    // Empty a required text: the checker says so at once.
    b.find(fantoccini::Locator::Css(&format!(".ed-row[data-feature=\"{station}\"]")))
        .await
        .expect("row")
        .click()
        .await
        .expect("click");
    until_attr(&b, "data-selected", &station.to_string()).await;
    js(&b, "const e = document.querySelector('#ed-field-name'); e.value = ''; e.dispatchEvent(new Event('change', {bubbles: true}));", vec![]).await;
    until_attr(&b, "data-errors", &(errors_before + 1).to_string()).await;
    let problem = format!(".ed-problems li.error button[data-feature=\"{station}\"]");
    wait_for(&b, &problem, timeout()).await;
    wait_for(&b, ".ed-form .feature-problems li.error", timeout()).await;

    // Look elsewhere, then let the problem bring the feature back.
    b.find(fantoccini::Locator::Css(&format!(".ed-row[data-feature=\"{unit}\"]")))
        .await
        .expect("row")
        .click()
        .await
        .expect("click");
    until_attr(&b, "data-selected", &unit.to_string()).await;
    b.find(fantoccini::Locator::Css(&problem)).await.expect("the problem").click().await.expect("click");
    until_attr(&b, "data-selected", &station.to_string()).await;
    eventually_on(&b, "focus on the feature's form", timeout(), || async {
        let id = js(&b, "return document.activeElement && document.activeElement.id", vec![]).await;
        if id.as_str() == Some("ed-form-heading") {
            Ok(())
        } else {
            Err(format!("{id}"))
        }
    })
    .await;

    // Undo mends it; the work survives a reload meanwhile.
    b.find(fantoccini::Locator::Css("#ed-undo")).await.expect("undo").click().await.expect("click");
    until_attr(&b, "data-errors", &errors_before.to_string()).await;
    b.find(fantoccini::Locator::Css("#ed-redo")).await.expect("redo").click().await.expect("click");
    until_attr(&b, "data-errors", &(errors_before + 1).to_string()).await;
    open(&b, &server, "en").await;
    until_attr(&b, "data-changed", &station.to_string()).await;
    until_attr(&b, "data-errors", &(errors_before + 1).to_string()).await;
}
