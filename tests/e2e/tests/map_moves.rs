//! End-to-end tests of the moving map: pan (mouse drag, keyboard), zoom
//! (buttons, wheel, double-click, keyboard), its limits, "fit", clusters
//! and culling, "locate me", bringing a station into view from the list,
//! and a generated file of 10,000 stations.
//!
//! The app publishes its camera on `svg.corridor-map`: `data-scale`
//! (metres per CSS pixel, smaller = zoomed in) and `data-centre`
//! ("lon,lat"), updated after every move. The tests act as a person would
//! (WebDriver mouse, wheel and keyboard actions, real clicks) and read the
//! camera to see what moved. Moves may be animated, so every check waits
//! for the camera to settle.
//!
//! Like `tests/browser.rs`, each test starts its own server and browser:
//!
//! ```text
//! trunk build --release
//! cargo test -p corridor-e2e --test map_moves -- --test-threads=2
//! ```

use std::future::Future;
use std::time::Duration;

use corridor_e2e::geolocation::{mock_geolocation, position_js};
use corridor_e2e::map::{
    camera_after, first_draw_ms, js_count, open_map, same_view, settled, settled_within, Camera, DRAWN_MARK, MAP,
    MAP_BOX,
};
use corridor_e2e::{
    attrs, count, describe_page, eventually_on, press, texts, timeout, wait_for, wait_text_containing, Browser,
    StaticServer, DESKTOP, PHONE,
};
use fantoccini::actions::{
    InputSource, KeyAction, KeyActions, MouseActions, PointerAction, WheelAction, WheelActions, MOUSE_BUTTON_LEFT,
};
use fantoccini::key::Key;
use fantoccini::Client;
use serde_json::Value;

const DATA_PATH: &str = "/data/corridor.geojson";

// ---------------------------------------------------------------- helpers

/// A rectangle in viewport (client) coordinates.
#[derive(Clone, Copy, Debug)]
struct Rect {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

impl Rect {
    fn from_json(v: &Value) -> Option<Rect> {
        let n = |i: usize| v.get(i).and_then(Value::as_f64);
        Some(Rect { left: n(0)?, top: n(1)?, right: n(2)?, bottom: n(3)? })
    }

    fn centre(&self) -> (f64, f64) {
        ((self.left + self.right) / 2.0, (self.top + self.bottom) / 2.0)
    }

    fn width(&self) -> f64 {
        self.right - self.left
    }

    fn height(&self) -> f64 {
        self.bottom - self.top
    }

    fn contains(&self, inner: &Rect, slack: f64) -> bool {
        inner.left >= self.left - slack
            && inner.top >= self.top - slack
            && inner.right <= self.right + slack
            && inner.bottom <= self.bottom + slack
    }

    fn intersects(&self, other: &Rect) -> bool {
        self.left < other.right && other.left < self.right && self.top < other.bottom && other.top < self.bottom
    }
}

/// `getBoundingClientRect()` of the first element matching `css`.
async fn rect_of(b: &Client, css: &str) -> Option<Rect> {
    let v = b
        .execute(
            "const e = document.querySelector(arguments[0]);
             if (!e) return null;
             const r = e.getBoundingClientRect();
             return [r.left, r.top, r.right, r.bottom];",
            vec![Value::from(css)],
        )
        .await
        .unwrap_or_else(|e| panic!("reading the rectangle of `{css}` failed: {e}"));
    Rect::from_json(&v)
}

/// Scrolls the page so the map is in the viewport (on a phone the list
/// or a card may have scrolled it away).
async fn show_map(b: &Client) {
    b.execute(
        "const s = document.querySelector('.map-frame');
         if (s) s.scrollIntoView({block: 'nearest', inline: 'nearest'});
         return true;",
        vec![],
    )
    .await
    .expect("scrolling the map into view");
}

/// A point on the map's own surface (not on a marker, cluster, control,
/// label, or anything covering the map such as a card), in viewport
/// coordinates, as near as possible to the fraction `prefer` of the map's
/// width and height, such that the point plus `then_by` is also on the
/// map (for drags).
async fn empty_point(b: &Client, prefer: (f64, f64), then_by: (f64, f64)) -> (f64, f64) {
    show_map(b).await;
    let v = b
        .execute(
            r#"const [fx, fy, dx, dy] = arguments;
            const svg = document.querySelector('svg.corridor-map');
            if (!svg) return null;
            // The drawing is larger than its box; the box is what shows.
            const r = svg.closest('.map-frame').getBoundingClientRect();
            const left = Math.max(r.left, 0) + 8, top = Math.max(r.top, 0) + 8;
            const right = Math.min(r.right, innerWidth) - 8;
            const bottom = Math.min(r.bottom, innerHeight) - 8;
            const inside = (x, y) => x >= left && x <= right && y >= top && y <= bottom;
            const blocked = 'g.station-marker, g.cluster, g.user-position, .map-controls, a, button, text';
            const px = r.left + r.width * fx, py = r.top + r.height * fy;
            const points = [];
            for (let i = 1; i < 40; i++) for (let j = 1; j < 40; j++) {
                points.push([Math.round(r.left + r.width * i / 40), Math.round(r.top + r.height * j / 40)]);
            }
            points.sort((a, b) => Math.hypot(a[0] - px, a[1] - py) - Math.hypot(b[0] - px, b[1] - py));
            for (const [x, y] of points) {
                if (!inside(x, y) || !inside(x + dx, y + dy)) continue;
                const hit = document.elementFromPoint(x, y);
                if (!hit || !svg.contains(hit) || hit.closest(blocked)) continue;
                return [x, y];
            }
            return null;"#,
            vec![
                Value::from(prefer.0),
                Value::from(prefer.1),
                Value::from(then_by.0.round()),
                Value::from(then_by.1.round()),
            ],
        )
        .await
        .expect("looking for an empty point on the map");
    match (v.get(0).and_then(Value::as_f64), v.get(1).and_then(Value::as_f64)) {
        (Some(x), Some(y)) => (x, y),
        _ => panic!(
            "no empty point on svg.corridor-map (free of markers, clusters, controls, \
             labels and anything covering the map) from which to move by {then_by:?}; \
             map rectangle {:?}\n{}",
            rect_of(b, MAP_BOX).await,
            describe_page(b).await
        ),
    }
}

/// Drags with the mouse from `from` by `by` (viewport pixels), holding
/// still briefly before releasing so no fling/inertia is intended.
async fn drag(b: &Client, from: (f64, f64), by: (f64, f64)) {
    let mouse = MouseActions::new("mouse".to_string())
        .then(PointerAction::MoveTo { duration: None, x: from.0.round(), y: from.1.round() })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(300)), x: by.0.round(), y: by.1.round() })
        .then(PointerAction::Pause { duration: Duration::from_millis(200) })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    b.perform_actions(mouse).await.unwrap_or_else(|e| panic!("dragging from {from:?} by {by:?} failed: {e}"));
    b.release_actions().await.unwrap_or_else(|e| panic!("releasing the mouse failed: {e}"));
}

/// `n` quick left clicks with the mouse at a viewport point (two make the
/// browser send `dblclick`).
async fn clicks_at(b: &Client, at: (f64, f64), n: usize) {
    let mut mouse = MouseActions::new("mouse".to_string()).then(PointerAction::MoveTo {
        duration: None,
        x: at.0.round(),
        y: at.1.round(),
    });
    for _ in 0..n {
        mouse = mouse
            .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
            .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    }
    b.perform_actions(mouse).await.unwrap_or_else(|e| panic!("{n} click(s) at {at:?} failed: {e}"));
    b.release_actions().await.unwrap_or_else(|e| panic!("releasing the mouse failed: {e}"));
}

/// One turn of the mouse wheel at a viewport point (`delta_y` < 0: away
/// from the user, "zoom in" on maps). Uses a WebDriver wheel action; if
/// the driver refuses it, dispatches the same `WheelEvent` from the page
/// (and says so on stderr).
async fn wheel_at(b: &Client, at: (f64, f64), delta_y: i64) {
    let (x, y) = (at.0.round() as i64, at.1.round() as i64);
    let wheel =
        WheelActions::new("wheel".to_string()).then(WheelAction::Scroll { duration: None, x, y, delta_x: 0, delta_y });
    if let Err(e) = b.perform_actions(wheel).await {
        eprintln!("WebDriver wheel action refused ({e}); dispatching a WheelEvent instead");
        b.execute(
            "const [x, y, dy] = arguments;
             const target = document.elementFromPoint(x, y);
             if (!target) return false;
             target.dispatchEvent(new WheelEvent('wheel', {deltaY: dy, deltaMode: 0,
                 clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true}));
             return true;",
            vec![Value::from(x), Value::from(y), Value::from(delta_y)],
        )
        .await
        .unwrap_or_else(|e| panic!("dispatching a wheel event at {at:?} failed: {e}"));
    }
    let _ = b.release_actions().await;
}

/// Presses and releases a printable key (`+`, `-`) at whatever has focus.
async fn press_char(b: &Client, c: char) {
    let keys =
        KeyActions::new("keyboard".to_string()).then(KeyAction::Down { value: c }).then(KeyAction::Up { value: c });
    b.perform_actions(keys).await.unwrap_or_else(|e| panic!("pressing {c:?} failed: {e}"));
}

/// Clicks the map control `button.<class>` inside `.map-controls`.
async fn click_control(b: &Client, class: &str) {
    let css = format!(".map-controls button.{class}");
    wait_for(b, &css, timeout()).await.click().await.unwrap_or_else(|e| panic!("clicking `{css}` failed: {e}"));
}

/// Clicks a control and returns the settled camera.
async fn control_and_settle(b: &Client, class: &str) -> Camera {
    click_control(b, class).await;
    settled(b).await
}

/// Gives the map keyboard focus and checks it has it.
async fn focus_map(b: &Client) {
    let tabindex = wait_for(b, MAP, timeout()).await.attr("tabindex").await.expect("reading the map's tabindex");
    assert_eq!(tabindex.as_deref(), Some("0"), "svg.corridor-map must be focusable (tabindex=\"0\")");
    let focused = b
        .execute(
            "const s = document.querySelector('svg.corridor-map');
             s.focus();
             return document.activeElement === s;",
            vec![],
        )
        .await
        .expect("focusing the map");
    assert_eq!(focused, Value::Bool(true), "svg.corridor-map did not take focus\n{}", describe_page(b).await);
}

/// Polls `check` until it gives `Some`; panics with `what` otherwise.
async fn until_some<T, F, Fut>(b: &Client, what: &str, check: F) -> T
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<T, String>>,
{
    eventually_on(b, what, timeout(), check).await
}

// ------------------------------------------------------------------ tests

// 1. The buttons zoom in and out, and "fit" restores the first view.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn zoom_buttons_and_fit_restores_the_first_view() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    let first = open_map(&b, &server, "/").await;

    for class in ["zoom-in", "zoom-out", "fit", "locate"] {
        assert_eq!(
            count(&b, &format!(".map-controls button.{class}")).await,
            1,
            "the map controls must have one `button.{class}`\n{}",
            describe_page(&b).await
        );
    }
    let drawn = first_draw_ms(&b).await.expect("reading the first-draw mark");
    assert!(
        drawn.is_some_and(|ms| ms > 0.0),
        "the app must mark its first map draw with performance.mark(\"{DRAWN_MARK}\"); \
         found {drawn:?}"
    );

    click_control(&b, "zoom-in").await;
    let zoomed = camera_after(&b, "zoom-in to lower data-scale", first, |c| c.scale < first.scale).await;

    click_control(&b, "zoom-out").await;
    let out = camera_after(&b, "zoom-out to raise data-scale", zoomed, |c| c.scale > zoomed.scale).await;

    // Move away from the first view: zoom in twice and pan.
    control_and_settle(&b, "zoom-in").await;
    let before_drag = control_and_settle(&b, "zoom-in").await;
    assert!(before_drag.scale < out.scale, "two zoom-ins must lower data-scale ({out} -> {before_drag})");
    let from = empty_point(&b, (0.4, 0.5), (120.0, 60.0)).await;
    drag(&b, from, (120.0, 60.0)).await;
    let moved = camera_after(&b, "the drag to move the centre", before_drag, |c| {
        c.lon != before_drag.lon || c.lat != before_drag.lat
    })
    .await;
    assert!(!same_view(&moved, &first), "the view should differ from the first one now");

    click_control(&b, "fit").await;
    camera_after(&b, "`fit` to restore the first view", moved, |c| same_view(c, &first)).await;
}

// 2. Dragging with the mouse pans: the map follows the pointer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dragging_the_map_pans_it_with_the_pointer() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    let before = open_map(&b, &server, "/").await;

    const DX: f64 = 200.0;
    let from = empty_point(&b, (0.35, 0.5), (DX, 0.0)).await;
    drag(&b, from, (DX, 0.0)).await;
    let after = camera_after(&b, "dragging right by 200 px to move the centre west (lower longitude)", before, |c| {
        c.lon < before.lon
    })
    .await;
    assert!((after.scale - before.scale).abs() <= 1e-9 * before.scale, "a drag must not zoom: {before} -> {after}");
    // The map follows the pointer: the centre moves by about the dragged
    // pixels times data-scale (metres per pixel). The range allows for a
    // small drag threshold and for data-scale being Web Mercator metres
    // (cos(30.7°) = 0.86 of ground metres) rather than ground metres.
    let (east, north) = before.metres_to(&after);
    let expected = DX * before.scale;
    let ratio = -east / expected;
    assert!(
        (0.75..=1.33).contains(&ratio),
        "dragging {DX} px at {} m/px should move the centre about {expected:.0} m west; \
         it moved {:.0} m west, {north:.0} m north ({before} -> {after})",
        before.scale,
        -east
    );
    assert!(
        north.abs() < 0.2 * expected,
        "a horizontal drag moved the centre {north:.0} m north/south ({before} -> {after})"
    );

    // Dragging down shows what is north: the centre moves north.
    let from = empty_point(&b, (0.5, 0.3), (0.0, 120.0)).await;
    drag(&b, from, (0.0, 120.0)).await;
    camera_after(&b, "dragging down by 120 px to move the centre north (higher latitude)", after, |c| {
        c.lat > after.lat
    })
    .await;
}

// 3. The wheel zooms about the pointer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_wheel_zooms_about_the_pointer() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    let before = open_map(&b, &server, "/").await;

    // Right of the middle: zooming in about it pulls the centre east.
    let at = empty_point(&b, (0.8, 0.5), (0.0, 0.0)).await;
    let map = rect_of(&b, MAP_BOX).await.expect("the map's rectangle");
    assert!(
        at.0 > map.centre().0 + map.width() * 0.1,
        "no empty point clearly right of the map's middle to zoom about (found {at:?} in {map:?})"
    );
    wheel_at(&b, at, -300).await;
    let zoomed =
        camera_after(&b, "the wheel (deltaY < 0) to zoom in (lower data-scale)", before, |c| c.scale < before.scale)
            .await;
    assert!(
        zoomed.lon > before.lon,
        "zooming in about a point right of the middle must move the centre towards it (east); \
         the camera went {before} -> {zoomed}: the zoom is not about the pointer"
    );

    let at = empty_point(&b, (0.5, 0.5), (0.0, 0.0)).await;
    wheel_at(&b, at, 300).await;
    camera_after(&b, "the wheel (deltaY > 0) to zoom out (higher data-scale)", zoomed, |c| c.scale > zoomed.scale)
        .await;
}

// 4. The keyboard pans and zooms the focused map.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_keyboard_pans_and_zooms_the_focused_map() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    let c0 = open_map(&b, &server, "/").await;
    focus_map(&b).await;

    press(&b, Key::Right).await;
    let c1 = camera_after(&b, "ArrowRight to pan east (higher longitude)", c0, |c| c.lon > c0.lon).await;
    press(&b, Key::Up).await;
    let c2 = camera_after(&b, "ArrowUp to pan north (higher latitude)", c1, |c| c.lat > c1.lat).await;
    press_char(&b, '+').await;
    let c3 = camera_after(&b, "`+` to zoom in (lower data-scale)", c2, |c| c.scale < c2.scale).await;
    press_char(&b, '-').await;
    camera_after(&b, "`-` to zoom out (higher data-scale)", c3, |c| c.scale > c3.scale).await;
}

// 5. Double-clicking the map zooms in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn double_click_zooms_in() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    let before = open_map(&b, &server, "/").await;

    let at = empty_point(&b, (0.5, 0.5), (0.0, 0.0)).await;
    clicks_at(&b, at, 2).await;
    camera_after(&b, "a double-click to zoom in (lower data-scale)", before, |c| c.scale < before.scale).await;
}

// 6. Zooming stops at limits, and the avenue stays on the map.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn zoom_stops_at_its_limits_and_the_avenue_stays() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    let first = open_map(&b, &server, "/").await;

    let mut scales = vec![first.scale];
    for _ in 0..20 {
        scales.push(control_and_settle(&b, "zoom-out").await.scale);
    }
    let most = control_and_settle(&b, "zoom-out").await.scale;
    assert!(
        scales[20] == scales[19] && most == scales[20],
        "20 presses of zoom-out must reach a maximum data-scale that further presses keep; \
         data-scale after each press: {scales:?}, then {most}"
    );
    assert!(most >= first.scale, "the maximum data-scale {most} is below the first view's {}", first.scale);
    assert_eq!(
        count(&b, "svg.corridor-map path.avenue").await,
        1,
        "fully zoomed out, the avenue (path.avenue) must still be drawn\n{}",
        describe_page(&b).await
    );
    show_map(&b).await;
    let map = rect_of(&b, MAP_BOX).await.expect("the map's rectangle");
    let avenue = rect_of(&b, "svg.corridor-map path.avenue").await.expect("the avenue's rectangle");
    assert!(
        map.intersects(&avenue) && avenue.width() > 0.0,
        "fully zoomed out, the avenue must be on the map: avenue {avenue:?}, map {map:?}"
    );

    let mut scales = vec![most];
    for _ in 0..40 {
        scales.push(control_and_settle(&b, "zoom-in").await.scale);
    }
    let least = control_and_settle(&b, "zoom-in").await.scale;
    assert!(
        scales[40] == scales[39] && least == scales[40],
        "40 presses of zoom-in must reach a minimum data-scale that further presses keep; \
         data-scale after each press: {scales:?}, then {least}"
    );
    assert!(least < first.scale, "the minimum data-scale {least} must be below the first view's {}", first.scale);
}

// 7. With the real stations every placed station is drawn at the default
// view: as its own marker, or inside a cluster where sourced positions lie
// a few hundred metres apart (the Haifan committee beside Nongjian).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_real_stations_are_all_shown_at_phone_or_desktop_size() {
    let server = StaticServer::dist_or_panic();
    for (name, (width, height)) in [("phone", PHONE), ("desktop", DESKTOP)] {
        let browser = Browser::launch_or_panic(width, height).await;
        open_map(&browser, &server, "/").await;
        let markers = until_some(&browser, "station markers on the map", || async {
            match count(&browser, "svg.corridor-map g.station-marker").await {
                0 => Err("no g.station-marker in the svg".to_string()),
                n => Ok(n),
            }
        })
        .await;
        let clusters = attrs(&browser, "svg.corridor-map g.cluster", "data-count").await;
        let in_clusters = corridor_e2e::clustered(&browser).await;
        assert_eq!(
            markers + in_clusters,
            corridor_e2e::paths::placed_stations(),
            "at {name} size the default view must show every placed station as a marker or in a cluster; \
             found {markers} markers and g.cluster with data-count {clusters:?}"
        );
        drop(browser);
    }
}

// 8. Opening a station from the list brings it into view (and markers
// out of view are not in the page).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn opening_a_far_station_from_the_list_brings_it_into_view() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    open_map(&b, &server, "/").await;
    let west = r#"svg.corridor-map g.station-marker[data-id="yonglian"]"#;
    let east = r#"svg.corridor-map g.station-marker[data-id="nongjian"]"#;
    wait_for(&b, west, timeout()).await;

    // Centre the map on yonglian (west end) by dragging, a step at a time.
    for _ in 0..4 {
        show_map(&b).await;
        let map = rect_of(&b, MAP_BOX).await.expect("the map's rectangle");
        let marker =
            rect_of(&b, west).await.unwrap_or_else(|| panic!("the yonglian marker left the map while centring on it"));
        let (mx, my) = marker.centre();
        let (cx, cy) = map.centre();
        let (dx, dy) = (cx - mx, cy - my);
        if dx.abs() < 30.0 && dy.abs() < 30.0 {
            break;
        }
        let by = (dx.clamp(-map.width() * 0.4, map.width() * 0.4), dy.clamp(-map.height() * 0.4, map.height() * 0.4));
        let prefer = (0.5 - by.0 / map.width() / 2.0, 0.5 - by.1 / map.height() / 2.0);
        let from = empty_point(&b, prefer, by).await;
        let before = settled(&b).await;
        drag(&b, from, by).await;
        camera_after(&b, "the drag towards yonglian to move the map", before, |c| c != &before).await;
    }
    for _ in 0..8 {
        control_and_settle(&b, "zoom-in").await;
    }
    let zoomed = settled(&b).await;
    until_some(&b, "the nongjian marker (east end) to be out of the page when out of view (culling)", || async {
        match count(&b, east).await {
            0 => Ok(()),
            n => Err(format!(
                "{n} nongjian marker(s) in the svg at {zoomed}, map {:?}, marker {:?}",
                rect_of(&b, MAP_BOX).await,
                rect_of(&b, east).await
            )),
        }
    })
    .await;

    wait_for(&b, r#"ol.station-list a.station-link[data-id="nongjian"]"#, timeout())
        .await
        .click()
        .await
        .expect("clicking the nongjian list link");
    until_some(&b, "the nongjian marker inside the map after opening it from the list", || async {
        let map = rect_of(&b, MAP_BOX).await.ok_or("no .map-frame")?;
        let marker = rect_of(&b, east).await.ok_or_else(|| "no nongjian marker in the svg".to_string())?;
        if map.contains(&marker, 1.0) {
            Ok(())
        } else {
            Err(format!("marker {marker:?} is not inside the map {map:?}"))
        }
    })
    .await;
}

// 9. Locate me: the position, its accuracy and the nearest station.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn locate_me_shows_the_position_and_the_nearest_station() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open_map(&b, &server, "/").await;
    // About 1 km north of 张桥村's area, so the answer is a distance, not "you are here".
    let (lat, lon) = (30.7625, 121.2452);
    mock_geolocation(&b, &position_js(lat, lon, 30.0)).await;
    click_control(&b, "locate").await;

    wait_for(&b, "svg.corridor-map g.user-position", timeout()).await;
    wait_for(&b, "svg.corridor-map g.user-position circle.accuracy", timeout()).await;
    // The station the model finds nearest, named with its distance.
    let c = corridor_e2e::paths::real_corridor();
    let near = corridor::locate::nearest_station(&c, corridor::geo::LonLat::new(lon, lat));
    assert!(!near.is_at_station(), "the test point must be away from the station, the model says {near:?}");
    let nearest = match near {
        corridor::locate::Nearby::Near { station, .. } => c.station(&station).map(|s| s.name.zh.clone()),
        _ => None,
    }
    .expect("a station near this point");
    let text = wait_text_containing(&b, ".locate-result", &[&nearest, "公里"]).await;
    assert_eq!(
        count(&b, ".locate-result.locate-error").await,
        0,
        "a found position is not an error; .locate-result says {text:?}"
    );
}

// 10. Locate me, permission denied: a message, no position.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn locate_me_when_permission_is_denied_says_so() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open_map(&b, &server, "/").await;
    mock_geolocation(
        &b,
        "err({code: 1, message: 'User denied Geolocation', \
         PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3});",
    )
    .await;
    click_control(&b, "locate").await;

    let message = until_some(&b, "a non-empty .locate-result.locate-error", || async {
        let t = texts(&b, ".locate-result.locate-error").await;
        match t.as_slice() {
            [one] if !one.is_empty() => Ok(one.clone()),
            _ => Err(format!(".locate-result.locate-error texts: {t:?}")),
        }
    })
    .await;
    assert_eq!(
        count(&b, "svg.corridor-map g.user-position").await,
        0,
        "no position may be drawn when permission is denied (message: {message:?})"
    );
}

// 11. Locate me, far from the corridor (Beijing): the distance is said.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn locate_me_far_from_the_corridor_says_how_far() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open_map(&b, &server, "/").await;
    mock_geolocation(&b, &position_js(39.9, 116.4, 30.0)).await;
    click_control(&b, "locate").await;

    wait_text_containing(&b, ".locate-result.locate-error", &["公里"]).await;
}

// 12. 10,000 generated stations: the map draws clusters, the list has
// them all, and a cluster click zooms in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_stations_load_as_clusters_and_a_full_list() {
    const N: usize = 10_000;
    let body = corridor_e2e::paths::generated_data(N);
    let server = StaticServer::dist_or_panic();
    server.set_override(DATA_PATH, 200, body);
    let b = Browser::desktop().await;
    let url = server.url("/");
    b.goto(&url).await.unwrap_or_else(|e| panic!("cannot open {url}: {e}"));
    // Parsing and checking 10,000 features takes longer than a small file.
    wait_for(&b, MAP, timeout() * 3).await;
    let start = settled_within(&b, timeout() * 3).await;

    let problems = texts(&b, ".data-problems li.problem").await;
    assert!(
        problems.is_empty(),
        "the generated file is valid; the page lists {} problem(s), first: {:?}",
        problems.len(),
        problems.iter().take(5).collect::<Vec<_>>()
    );
    let drawn = first_draw_ms(&b).await.expect("reading the first-draw mark");
    assert!(drawn.is_some(), "the app must mark its first map draw with performance.mark(\"{DRAWN_MARK}\")");

    let counts = until_some(&b, "g.cluster elements at the default view", || async {
        let counts = attrs(&b, "svg.corridor-map g.cluster", "data-count").await;
        if counts.is_empty() {
            Err(format!(
                "no g.cluster; {} g.station-marker in the svg",
                js_count(&b, "svg.corridor-map g.station-marker").await
            ))
        } else {
            Ok(counts)
        }
    })
    .await;
    let mut clustered = 0usize;
    for c in &counts {
        match c.parse::<usize>() {
            Ok(n) if n >= 2 => clustered += n,
            _ => panic!("every g.cluster needs data-count >= 2; found {c:?} among {counts:?}"),
        }
    }
    let markers = js_count(&b, "svg.corridor-map g.station-marker").await;
    let shown = clustered + markers;
    assert!(
        shown > 0 && shown <= N,
        "clusters ({} of them, {clustered} stations) plus single markers ({markers}) must \
         account for between 1 and {N} stations; they make {shown}",
        counts.len()
    );

    let links = until_some(&b, "the list of all 10,000 stations", || async {
        match js_count(&b, "ol.station-list a.station-link").await {
            N => Ok(N),
            n => Err(format!("{n} a.station-link in ol.station-list")),
        }
    })
    .await;
    assert_eq!(links, N);

    // Clicking a cluster zooms in.
    show_map(&b).await;
    let v = b
        .execute(
            "const svg = document.querySelector('svg.corridor-map');
             const r = svg.getBoundingClientRect();
             const left = Math.max(r.left, 0) + 2, top = Math.max(r.top, 0) + 2;
             const right = Math.min(r.right, innerWidth) - 2;
             const bottom = Math.min(r.bottom, innerHeight) - 2;
             for (const g of svg.querySelectorAll('g.cluster')) {
                 const b = g.getBoundingClientRect();
                 const x = (b.left + b.right) / 2, y = (b.top + b.bottom) / 2;
                 if (x < left || x > right || y < top || y > bottom) continue;
                 const hit = document.elementFromPoint(x, y);
                 if (hit && hit.closest('g.cluster') === g) return [x, y];
             }
             return null;",
            vec![],
        )
        .await
        .expect("looking for a clickable cluster");
    let at = match (v.get(0).and_then(Value::as_f64), v.get(1).and_then(Value::as_f64)) {
        (Some(x), Some(y)) => (x, y),
        _ => panic!(
            "no g.cluster can be clicked at its centre (all outside the visible map or \
             covered)\n{}",
            describe_page(&b).await
        ),
    };
    let before = settled(&b).await;
    clicks_at(&b, at, 1).await;
    camera_after(&b, "a click on a cluster to zoom in (lower data-scale)", before, |c| c.scale < before.scale).await;
    assert!(before.scale <= start.scale * (1.0 + 1e-9), "nothing zoomed out before the click");
}
