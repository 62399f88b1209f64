//! End-to-end tests of what `map_moves.rs` leaves out: touch (pinch,
//! double-tap, one finger on a phone and on a tablet), animated moves and `prefers-reduced-motion`,
//! Tab onto a marker just off screen, a tile layer whose tiles fail, and a
//! map of a few metres (one placed station) that wheels and pinches must
//! not kill.
//!
//! Touch events are dispatched in the page (`new Touch`, `new TouchEvent`)
//! on a phone-sized, touch-emulating browser: WebDriver's own touch
//! actions reach Chrome as pointer events only, not the touch events the
//! app's two-finger gestures listen to.
//!
//! ```text
//! trunk build --release
//! cargo test -p corridor-e2e --test map_touch -- --test-threads=2
//! ```

use corridor_e2e::map::{camera, camera_after, open_map, settled, Camera, MAP, MAP_BOX};
use corridor_e2e::{
    count, describe_page, eventually_on, paths, timeout, wait_for, Browser, BrowserOptions, StaticServer, DESKTOP,
};
use fantoccini::Client;
use serde_json::{json, Value};

/// The middle of the map's box, in viewport pixels.
async fn box_middle(b: &Client) -> (f64, f64) {
    let v = b
        .execute(
            "const f = document.querySelector(arguments[0]);
             f.scrollIntoView({block: 'nearest'});
             const r = f.getBoundingClientRect();
             return [r.left + r.width / 2, r.top + r.height / 2];",
            vec![Value::from(MAP_BOX)],
        )
        .await
        .expect("reading the map box");
    match (v[0].as_f64(), v[1].as_f64()) {
        (Some(x), Some(y)) => (x, y),
        _ => panic!("the map box has no rectangle: {v}\n{}", describe_page(b).await),
    }
}

/// One touch event: its type, the fingers down after it, the fingers it
/// changed, and how long to wait before the next one (ms).
fn touch(kind: &str, down: &[(f64, f64)], changed: &[(f64, f64)], wait_ms: u64) -> Value {
    let pts = |p: &[(f64, f64)]| p.iter().map(|(x, y)| json!([x, y])).collect::<Vec<_>>();
    json!({ "type": kind, "down": pts(down), "changed": pts(changed), "wait": wait_ms })
}

/// Dispatches touch events on the map's drawing, one after another.
async fn touches(b: &Client, steps: Vec<Value>) {
    let r = b
        .execute_async(
            r#"const [steps, done] = [arguments[0], arguments[arguments.length - 1]];
            const svg = document.querySelector('svg.corridor-map');
            if (!svg) { done('no svg.corridor-map'); return; }
            const mk = (pts) => pts.map(([x, y], k) => new Touch({identifier: k + 1, target: svg,
                clientX: x, clientY: y, screenX: x, screenY: y, radiusX: 5, radiusY: 5, force: 1}));
            let i = 0;
            const next = () => {
              if (i >= steps.length) { done('ok'); return; }
              const s = steps[i++];
              const down = mk(s.down);
              try {
                svg.dispatchEvent(new TouchEvent(s.type, {touches: down, targetTouches: down,
                  changedTouches: mk(s.changed), bubbles: true, cancelable: true, composed: true}));
              } catch (e) { done(String(e)); return; }
              setTimeout(next, s.wait);
            };
            next();"#,
            vec![Value::from(steps)],
        )
        .await
        .expect("dispatching touch events");
    assert_eq!(r, Value::from("ok"), "touch events could not be dispatched");
}

/// Clicks the marker of station `id` (a click event in the page).
async fn click_marker(b: &Client, id: &str) {
    let clicked = b
        .execute(
            "const m = document.querySelector(`g.station-marker[data-id=\"${arguments[0]}\"]`);
             if (!m) return false;
             m.dispatchEvent(new MouseEvent('click', {bubbles: true}));
             return true;",
            vec![Value::from(id)],
        )
        .await
        .expect("clicking a marker");
    assert_eq!(clicked, Value::Bool(true), "there is no marker of `{id}` to click\n{}", describe_page(b).await);
}

fn ratio(after: &Camera, before: &Camera) -> f64 {
    after.scale / before.scale
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pinching_out_with_two_fingers_zooms_in_about_their_middle() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    let before = open_map(&b, &server, "/").await;
    let (x, y) = box_middle(&b).await;

    // Fingers 60 px apart spread to 180 px: three times closer.
    let mut steps = vec![touch("touchstart", &[(x - 30.0, y), (x + 30.0, y)], &[(x - 30.0, y), (x + 30.0, y)], 20)];
    for k in 1..=6 {
        let half = 30.0 + 10.0 * k as f64;
        steps.push(touch("touchmove", &[(x - half, y), (x + half, y)], &[(x - half, y), (x + half, y)], 20));
    }
    steps.push(touch("touchend", &[], &[(x - 90.0, y), (x + 90.0, y)], 0));
    touches(&b, steps).await;

    let after = camera_after(&b, "a pinch to zoom in about 3x", before, |c| ratio(c, &before) < 0.5).await;
    let r = ratio(&after, &before);
    assert!((0.3..0.37).contains(&r), "spreading the fingers 3x should zoom 3x; scale ratio {r} ({before} -> {after})");
    // The fingers' middle was the box's middle: the centre stays put.
    let (east, north) = before.metres_to(&after);
    assert!(east.hypot(north) < 40.0, "the point between the fingers moved {east:.0} m east, {north:.0} m north");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_double_tap_zooms_in_keeping_the_tapped_point_still() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    let before = open_map(&b, &server, "/").await;
    let (x, y) = box_middle(&b).await;
    let at = (x - 100.0, y);

    let tap = |wait| vec![touch("touchstart", &[at], &[at], 40), touch("touchend", &[], &[at], wait)];
    let mut steps = tap(120);
    steps.extend(tap(0));
    touches(&b, steps).await;

    let after = camera_after(&b, "a double tap to zoom in 2x", before, |c| ratio(c, &before) < 0.75).await;
    let r = ratio(&after, &before);
    assert!((0.45..0.55).contains(&r), "a double tap zooms 2x; scale ratio {r}");
    // Zooming 2x about a point 100 px west of the middle moves the centre
    // 50 px (at the old scale) towards it: westwards, not north or south.
    let (east, north) = before.metres_to(&after);
    let expected = -50.0 * before.scale * before.lat.to_radians().cos();
    assert!(
        (east - expected).abs() < 0.2 * expected.abs() && north.abs() < 0.1 * expected.abs(),
        "centre moved {east:.0} m east, {north:.0} m north; expected about {expected:.0} m east"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_tablet_where_the_page_does_not_scroll_one_finger_drags_the_map() {
    let server = StaticServer::dist_or_panic();
    // 1024 px wide: the wide layout (no page scrolling), touch emulated.
    let mut options = BrowserOptions::new(1024, 768);
    options.mobile = true;
    let b = Browser::launch_with(options).await.unwrap_or_else(|e| panic!("cannot start Chromium: {e}"));
    let before = open_map(&b, &server, "/").await;
    let (x, y) = box_middle(&b).await;
    let mut steps = vec![touch("touchstart", &[(x, y)], &[(x, y)], 20)];
    for k in 1..=6 {
        let p = (x + 20.0 * k as f64, y);
        steps.push(touch("touchmove", &[p], &[p], 20));
    }
    steps.push(touch("touchend", &[], &[(x + 120.0, y)], 0));
    touches(&b, steps).await;
    // The content moved 120 px east: the centre is now 120 px further west.
    let after = camera_after(&b, "a one-finger drag to move the map", before, |c| c.lon < before.lon).await;
    let (east, north) = before.metres_to(&after);
    let expected = -120.0 * before.scale * before.lat.to_radians().cos();
    assert!(
        (east - expected).abs() < 0.1 * expected.abs() && north.abs() < 0.05 * expected.abs(),
        "the centre moved {east:.0} m east, {north:.0} m north; expected about {expected:.0} m east"
    );
    assert!((after.scale - before.scale).abs() < 1e-9 * before.scale, "a drag must not zoom");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_finger_leaves_the_map_alone_and_says_to_use_two() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    let before = open_map(&b, &server, "/").await;
    let (x, y) = box_middle(&b).await;
    let steps = vec![
        touch("touchstart", &[(x, y)], &[(x, y)], 20),
        touch("touchmove", &[(x + 40.0, y + 30.0)], &[(x + 40.0, y + 30.0)], 20),
        touch("touchmove", &[(x + 80.0, y + 60.0)], &[(x + 80.0, y + 60.0)], 20),
        touch("touchend", &[], &[(x + 80.0, y + 60.0)], 0),
    ];
    touches(&b, steps).await;
    wait_for(&b, ".gesture-hint.shown", timeout()).await;
    let after = settled(&b).await;
    assert_eq!(after, before, "one finger must scroll the page, not move the map");
}

/// The scale of the drawing's transform in every animation frame for
/// `ms` after `action` (a script) runs, read from `svg.style.transform`.
async fn transform_scales_after(b: &Client, action: &str, ms: u64) -> Vec<f64> {
    let v = b
        .execute_async(
            &format!(
                r#"const [ms, done] = [arguments[0], arguments[arguments.length - 1]];
                const svg = document.querySelector('svg.corridor-map');
                const scales = [];
                const start = performance.now();
                const sample = () => {{
                  const m = /matrix\(([^,]+),/.exec(svg.style.transform);
                  scales.push(m ? parseFloat(m[1]) : 1);
                  if (performance.now() - start < ms) requestAnimationFrame(sample); else done(scales);
                }};
                {action}
                requestAnimationFrame(sample);"#
            ),
            vec![Value::from(ms)],
        )
        .await
        .expect("sampling the drawing's transform");
    v.as_array().map(|a| a.iter().filter_map(Value::as_f64).collect()).unwrap_or_default()
}

const CLICK_ZOOM_IN: &str = "document.querySelector('.map-controls button.zoom-in').click();";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_zoom_button_glides_unless_the_reader_asks_for_reduced_motion() {
    let server = StaticServer::dist_or_panic();
    for reduced in [false, true] {
        let mut options = BrowserOptions::new(DESKTOP.0, DESKTOP.1);
        options.reduced_motion = reduced;
        let b = Browser::launch_with(options).await.unwrap_or_else(|e| panic!("cannot start Chromium: {e}"));
        let before = open_map(&b, &server, "/").await;
        let scales = transform_scales_after(&b, CLICK_ZOOM_IN, 500).await;
        // Headless Chromium paints at ~60 Hz: 500 ms is dozens of frames.
        assert!(
            scales.len() >= 5,
            "only {} animation frames were sampled in 500 ms ({scales:?}): nothing can be said about gliding",
            scales.len()
        );
        let after = camera_after(&b, "the zoom-in button", before, |c| c.scale < before.scale).await;
        let r = ratio(&after, &before);
        assert!((0.6..0.65).contains(&r), "the button zooms 1.6x; scale ratio {r}");
        let between: Vec<&f64> = scales.iter().filter(|&&s| s > 1.02 && s < 1.58).collect();
        if reduced {
            assert!(between.is_empty(), "with reduced motion the map must jump, but frames showed scales {scales:?}");
        } else {
            assert!(between.len() >= 2, "the zoom should glide through in-between scales; frames showed {scales:?}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn focusing_a_marker_just_off_screen_brings_it_into_view() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    open_map(&b, &server, "/").await;
    // Zoom in until some marker is drawn (in the margin around the view)
    // but outside the box.
    let find_off_screen = "const box = document.querySelector(arguments[0]).getBoundingClientRect();
        for (const m of document.querySelectorAll('g.station-marker')) {
          const r = m.getBoundingClientRect(), x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
          if (x < box.left || x > box.right || y < box.top || y > box.bottom) return m.getAttribute('data-id');
        }
        return null;";
    let mut id = None;
    for _ in 0..6 {
        b.execute(CLICK_ZOOM_IN, vec![]).await.expect("clicking zoom in");
        settled(&b).await;
        let v = b.execute(find_off_screen, vec![Value::from(MAP_BOX)]).await.expect("looking for a marker");
        if let Some(found) = v.as_str() {
            id = Some(found.to_string());
            break;
        }
    }
    let id = id.unwrap_or_else(|| panic!("no marker was drawn off screen after zooming in\n{}", count_note()));
    let marker = format!(r#"g.station-marker[data-id="{id}"]"#);
    b.execute("document.querySelector(arguments[0]).focus(); return true;", vec![Value::from(marker.as_str())])
        .await
        .expect("focusing the marker");
    let (b, marker, id) = (&b, &marker, &id);
    eventually_on(b, "the focused marker to come inside the map box", timeout(), || async move {
        let v = b
            .execute(
                "const box = document.querySelector(arguments[1]).getBoundingClientRect();
                 const r = document.querySelector(arguments[0]).getBoundingClientRect();
                 const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
                 return [x >= box.left + 20 && x <= box.right - 20 && y >= box.top + 20 && y <= box.bottom - 20,
                         document.activeElement && document.activeElement.getAttribute('data-id')];",
                vec![Value::from(marker.as_str()), Value::from(MAP_BOX)],
            )
            .await
            .map_err(|e| e.to_string())?;
        if v[0] == Value::Bool(true) && v[1].as_str() == Some(id.as_str()) {
            Ok(())
        } else {
            Err(format!("[inside the box, data-id of the focused element]: {v}; the marker focused was `{id}`"))
        }
    })
    .await;
}

fn count_note() -> String {
    format!(
        "(the shipped data has {} placed stations spread along the avenue; zooming in 1.6x six times should leave one \
         outside the view)",
        paths::placed_stations()
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tiles_that_fail_to_load_leave_the_vector_map_working() {
    let server = StaticServer::dist_or_panic();
    // A tile server that answers every tile with 404.
    let template = server.url("/no-such-tiles/{z}/{x}/{y}.png");
    let config = json!({ "tiles": { "url": template, "attribution": "Test tiles" } }).to_string();
    server.set_override("/map-config.json", 200, config.as_str());
    let b = Browser::desktop().await;
    open_map(&b, &server, "/").await;

    let b = &b;
    eventually_on(b, "tile images under the map", timeout(), || async move {
        match count(b, "svg.corridor-map image.tile").await {
            0 => Err("no image.tile".to_string()),
            _ => Ok(()),
        }
    })
    .await;
    // The server answers every unknown path with 404 (its own unit test
    // says so): what matters here is that the page asked for a tile.
    let href = b
        .execute("return document.querySelector('svg.corridor-map image.tile').getAttribute('href');", vec![])
        .await
        .expect("reading a tile's address");
    let href = href.as_str().unwrap_or_default().to_string();
    let path = href.strip_prefix(&server.base_url()).unwrap_or(&href).to_string();
    eventually_on(b, "the page requesting a failing tile", timeout(), || {
        let path = path.clone();
        let server = &server;
        async move {
            match server.hits(&path) {
                0 => Err(format!("no request for {path}")),
                _ => Ok(()),
            }
        }
    })
    .await;

    assert_eq!(count(b, "svg.corridor-map path.avenue").await, 1, "the avenue must still be drawn");
    assert_eq!(
        count(b, "svg.corridor-map g.station-marker").await + corridor_e2e::clustered(b).await,
        paths::placed_stations(),
        "all placed stations must still be drawn (as markers or in clusters)"
    );
    assert_eq!(count(b, ".map-config-error").await, 0, "a valid config is not an error");
    let credit = b
        .find(fantoccini::Locator::Css(".map-credit"))
        .await
        .expect("the map's credit line")
        .text()
        .await
        .expect("its text");
    assert!(credit.contains("Test tiles"), "the tile layer's attribution is shown: {credit:?}");
    click_marker(b, "zhangqiao").await;
    wait_for(b, ".station-card", timeout()).await;
}

/// A wheel turn over the middle of the map box (`dy` < 0 zooms in).
async fn wheel(b: &Client, (x, y): (f64, f64), dy: f64) {
    b.execute(
        "const [x, y, dy] = [arguments[0], arguments[1], arguments[2]];
         document.querySelector('svg.corridor-map').dispatchEvent(new WheelEvent('wheel',
           {clientX: x, clientY: y, deltaY: dy, deltaMode: 0, bubbles: true, cancelable: true}));
         return true;",
        vec![Value::from(x), Value::from(y), Value::from(dy)],
    )
    .await
    .expect("dispatching a wheel event");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_map_of_one_placed_station_survives_wheels_and_pinches_on_a_phone() {
    let server = StaticServer::dist_or_panic();
    let (data, id) = paths::one_placed_station_data();
    server.set_override("/data/corridor.geojson", 200, data);
    let b = Browser::phone().await;
    let first = open_map(&b, &server, "/").await;
    let (x, y) = box_middle(&b).await;

    // Wheels in and out, then pinches in and out: each once made the
    // camera's inverted zoom limits panic, which aborts the whole app.
    for dy in [-300.0, 600.0, -120.0] {
        wheel(&b, (x, y), dy).await;
    }
    let pinch = |from: f64, to: f64| {
        let mut steps = vec![touch("touchstart", &[(x - from, y), (x + from, y)], &[(x - from, y), (x + from, y)], 20)];
        for k in 1..=4 {
            let half = from + (to - from) * k as f64 / 4.0;
            steps.push(touch("touchmove", &[(x - half, y), (x + half, y)], &[(x - half, y), (x + half, y)], 20));
        }
        steps.push(touch("touchend", &[], &[(x - to, y), (x + to, y)], 0));
        steps
    };
    touches(&b, pinch(30.0, 120.0)).await;
    touches(&b, pinch(120.0, 20.0)).await;
    let after = settled(&b).await;

    // Still alive: the buttons still move the map (the markup changes)...
    let markup = |b: &Client| {
        let b = b.clone();
        async move {
            b.execute("return document.querySelector(arguments[0]).innerHTML;", vec![Value::from(MAP)])
                .await
                .expect("reading the map's markup")
        }
    };
    let before_markup = markup(&b).await;
    let zoom = if after.scale > first.scale * 0.9 { "zoom-in" } else { "zoom-out" };
    b.execute(&format!("document.querySelector('.map-controls button.{zoom}').click(); return true;"), vec![])
        .await
        .expect("clicking a zoom button");
    let moved =
        camera_after(&b, &format!("the {zoom} button after the gestures"), after, |c| c.scale != after.scale).await;
    assert!(moved.scale.is_finite() && moved.scale > 0.0, "{moved}");
    let b2 = &b;
    let before_markup = &before_markup;
    eventually_on(b2, "the map's markup to be redrawn at the new scale", timeout(), || async move {
        if &markup(b2).await != before_markup {
            Ok(())
        } else {
            Err("the same markup as before the button".to_string())
        }
    })
    .await;
    // ... and the station's card still opens.
    click_marker(&b, &id).await;
    wait_for(&b, &format!(r#"section.station-card[data-id="{id}"]"#), timeout()).await;
    assert!(camera(&b).await.is_ok(), "the camera is still published\n{}", describe_page(&b).await);
}
