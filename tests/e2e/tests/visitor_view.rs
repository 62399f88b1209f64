//! What a visitor reads and sees, checked against the model it comes from:
//! legs a person travels (never below the straight line), where a station
//! lies (beyond an end of the avenue too), "locate me" in plain words and
//! in sight above an open card, the position dot under the markers, the
//! Tab order of what is seen, a symbol for each kind of place, the north
//! arrow, labels off the lines, zoom buttons that keep the stations in
//! view, closing a card without moving the page, paper with every station
//! numbered, and sources in a reader's words.
//!
//! ```text
//! trunk build --release
//! cargo test -p corridor-e2e --test visitor_view -- --test-threads=2
//! ```

use corridor::geo::{distance_m, LonLat};
use corridor::i18n::{self, Lang, Msg};
use corridor::locate::{nearest_station, Nearby};
use corridor::model::Corridor;
use corridor::plan::station_leg;
use corridor::scene::kind_symbol;
use corridor_e2e::geolocation::{mock_geolocation, position_js};
use corridor_e2e::map::{open_map, settled};
use corridor_e2e::print::emulate_media;
use corridor_e2e::{count, eventually_on, press, text_content, timeout, wait_for, wait_gone, Browser, StaticServer};
use fantoccini::key::Key;
use fantoccini::Client;
use serde_json::Value;

fn corridor() -> Corridor {
    corridor_e2e::paths::real_corridor()
}

async fn js(b: &Client, script: &str, args: Vec<Value>) -> Value {
    b.execute(script, args).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

async fn text_of(b: &Client, css: &str) -> String {
    text_content(&wait_for(b, css, timeout()).await).await.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn squeezed(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn legs_on_the_card_are_the_way_a_person_travels() {
    let c = corridor();
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    let mut checked = 0;
    for pair in c.stations.windows(2) {
        let (from, to) = (&pair[0], &pair[1]);
        let Some(leg) = station_leg(from, to) else { continue };
        b.goto(&server.url(&format!("/?s={}&lang=en", from.id))).await.expect("opening a card");
        wait_for(&b, &format!(".station-card[data-id=\"{}\"]", from.id), timeout()).await;
        let shown = text_of(&b, ".station-card .card-next .step-to").await;
        let want = format!("{} {} · {}", to.order, to.name.get(Lang::En), i18n::leg_km(Lang::En, leg.metres));
        assert_eq!(shown, squeezed(&want), "the leg {} → {}", from.id, to.id);
        // Never shorter than the straight line between the two.
        let km: f64 = shown
            .rsplit("about ")
            .next()
            .and_then(|t| t.trim_end_matches(" km").parse().ok())
            .unwrap_or_else(|| panic!("no figure in {shown:?}"));
        let straight_km = distance_m(from.position.expect("placed"), to.position.expect("placed")) / 1000.0;
        assert!(km + 0.05 >= straight_km, "{shown:?} is shorter than the straight line, {straight_km:.2} km");
        // How legs are estimated is said on the card.
        assert_eq!(text_of(&b, ".station-card .card-leg-rule").await, squeezed(&i18n::leg_rule(Lang::En)));
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} legs between placed neighbours");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_list_says_where_each_station_lies_and_shows_no_codes() {
    let c = corridor();
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    b.goto(&server.url("/?lang=en")).await.expect("opening the page");
    wait_for(&b, ".station-link", timeout()).await;
    for s in &c.stations {
        let meta = text_of(&b, &format!(".station-link[data-id=\"{}\"] .list-meta", s.id)).await;
        let want = match c.whereabouts(s) {
            Some(w) => i18n::whereabouts_short(Lang::En, w),
            None => Msg::UnknownShort.text(Lang::En).to_string(),
        };
        assert!(meta.ends_with(&want), "{}: {meta:?} should end with {want:?}", s.id);
        if matches!(c.whereabouts(s), Some(corridor::geo::Whereabouts::BeyondWest { .. })) {
            assert!(!meta.contains("0.0 km"), "{}: {meta:?}", s.id);
        }
    }
    assert!(
        c.stations.iter().any(|s| matches!(c.whereabouts(s), Some(corridor::geo::Whereabouts::BeyondWest { .. }))),
        "the shipped data has stations beyond the west end"
    );
    let units = js(&b, "return document.querySelector('.units-list').textContent;", vec![]).await;
    let units = units.as_str().unwrap_or_default();
    for u in &c.units {
        assert!(!units.contains(&u.code), "the units list shows the code {}", u.code);
    }
}

/// The station a reader standing at `p` is told about, and the sentence.
fn locate_answer(c: &Corridor, p: LonLat) -> (String, String) {
    let near = nearest_station(c, p);
    let Nearby::Near { station, leg, towards } = &near else { panic!("{near:?}") };
    let s = c.station(station).expect("a station");
    let text = match towards {
        Some(dir) if !near.is_at_station() => {
            i18n::locate_near(Lang::En, s.order, s.name.get(Lang::En), leg.metres, *dir)
        }
        _ => i18n::locate_at(Lang::En, s.order, s.name.get(Lang::En)),
    };
    (station.clone(), text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn locate_me_answers_in_plain_words_in_sight_above_an_open_card() {
    let c = corridor();
    let placed: Vec<_> = c.stations.iter().filter(|s| s.position.is_some()).collect();
    let (card, target) = (placed[0], placed[placed.len() - 1]);
    // 600 m north of the last placed station.
    let at = target.position.expect("placed");
    let p = LonLat::new(at.lon, at.lat + 0.0054);
    let (_, want) = locate_answer(&c, p);
    assert!(want.contains(" to the "), "the answer names a direction: {want}");

    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    b.goto(&server.url(&format!("/?s={}&lang=en", card.id))).await.expect("opening a card");
    wait_for(&b, ".station-card", timeout()).await;
    settled(&b).await;
    mock_geolocation(&b, &position_js(p.lat, p.lon, 20.0)).await;
    wait_for(&b, ".map-controls button.locate", timeout()).await.click().await.expect("clicking locate");
    let shown = eventually_on(&b, "the locate answer", timeout(), || async {
        let t = squeezed(
            js(
                &b,
                "const e = document.querySelector('.locate-result .locate-text'); return e ? e.textContent : '';",
                vec![],
            )
            .await
            .as_str()
            .unwrap_or_default(),
        );
        if t.starts_with(&squeezed(&want)) {
            Ok(t)
        } else {
            Err(format!("shows {t:?}, want {want:?}"))
        }
    })
    .await;
    assert!(!shown.contains("0.0 km"), "{shown}");
    // In sight: the answer's middle is the answer itself, not the sheet.
    let on_top = js(
        &b,
        "const r = document.querySelector('.locate-result').getBoundingClientRect();
         const e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
         return !!(e && e.closest('.locate-result')) && r.top >= 0 && r.bottom <= innerHeight;",
        vec![],
    )
    .await;
    assert_eq!(on_top, Value::Bool(true), "the answer is hidden");
    // It can be put away.
    wait_for(&b, ".locate-result .locate-dismiss", timeout()).await.click().await.expect("dismissing");
    wait_gone(&b, ".locate-result", timeout()).await;
    assert_eq!(count(&b, "svg.corridor-map g.user-position").await, 1, "the position stays drawn");
}

/// What is on top at the middle of station `id`'s marker (or of its
/// `part`, a CSS suffix such as `" .marker-number"`): the station's id when
/// it is the marker itself, else what covers it (the card sheet, a cluster).
async fn on_top_of_marker(b: &Client, id: &str, part: &str) -> Value {
    js(
        b,
        "const m = document.querySelector(`svg.corridor-map g.station-marker[data-id=\"${arguments[0]}\"]${arguments[1]}`);
         if (!m) return 'no marker';
         const r = m.getBoundingClientRect();
         const e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
         const g = e && e.closest('g.station-marker, .station-card');
         return g ? (g.getAttribute('data-id') || g.getAttribute('class'))
                  : (e ? e.tagName + ' in ' + (e.parentNode && e.parentNode.getAttribute('class')) : 'off screen');",
        vec![Value::from(id), Value::from(part)],
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_position_dot_lies_under_the_station_numbers() {
    let c = corridor();
    let s = c.stations.iter().find(|s| s.position.is_some()).expect("a placed station");
    let p = s.position.expect("placed");
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    open_map(&b, &server, "/?lang=en").await;
    mock_geolocation(&b, &position_js(p.lat, p.lon, 10.0)).await;
    wait_for(&b, ".map-controls button.locate", timeout()).await.click().await.expect("clicking locate");
    wait_for(&b, "svg.corridor-map g.user-position", timeout()).await;
    // Standing at the station: the answer says so.
    let (_, want) = locate_answer(&c, p);
    let shown = text_of(&b, ".locate-result .locate-text").await;
    assert!(shown.starts_with(&squeezed(&want)), "{shown:?} should start with {want:?}");
    settled(&b).await;
    let hit = on_top_of_marker(&b, &s.id, " .marker-number").await;
    assert_eq!(hit, Value::from(s.id.clone()), "the station's number is covered");
}

/// Which of `first` and `second` Tab reaches first from the top.
async fn tab_reaches_first(b: &Client, first: &str, second: &str) -> String {
    js(b, "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);", vec![]).await;
    for _ in 0..60 {
        press(b, Key::Tab).await;
        let on = js(
            b,
            "const a = document.activeElement;
             return a.matches(arguments[0]) ? 'first' : a.matches(arguments[1]) ? 'second' : '';",
            vec![Value::from(first), Value::from(second)],
        )
        .await;
        match on.as_str() {
            Some("first") => return first.to_string(),
            Some("second") => return second.to_string(),
            _ => {}
        }
    }
    panic!("Tab reached neither `{first}` nor `{second}`");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tab_follows_what_is_seen_list_then_map_on_a_desktop_map_then_list_on_a_phone() {
    let server = StaticServer::dist_or_panic();
    let (list, map) = ("a.station-link", "svg.corridor-map");
    let desk = Browser::desktop().await;
    open_map(&desk, &server, "/").await;
    assert_eq!(tab_reaches_first(&desk, list, map).await, list, "desktop: the list is left of the map");
    let phone = Browser::phone().await;
    open_map(&phone, &server, "/").await;
    assert_eq!(tab_reaches_first(&phone, list, map).await, map, "phone: the map is above the list");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_place_has_its_symbol_on_the_map_in_the_list_and_on_the_card() {
    let c = corridor();
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    open_map(&b, &server, "/").await;
    let symbol = |id: &str| kind_symbol(c.station(id).expect("a station").category).to_string();
    let markers = js(
        &b,
        "return [...document.querySelectorAll('svg.corridor-map g.station-marker')].map(g =>
             [g.getAttribute('data-id'), g.getAttribute('data-kind'), g.querySelector('.marker-kind path')?.getAttribute('d')]);",
        vec![],
    )
    .await;
    let markers = markers.as_array().cloned().unwrap_or_default();
    assert!(!markers.is_empty(), "no markers");
    for m in &markers {
        let id = m[0].as_str().unwrap_or_default();
        let s = c.station(id).expect("a station");
        assert_eq!(m[1].as_str(), Some(s.category.name()), "{id}");
        assert_eq!(m[2].as_str(), Some(symbol(id).as_str()), "{id}'s marker");
    }
    for s in &c.stations {
        let d = js(
            &b,
            "const p = document.querySelector(`.station-link[data-id=\"${arguments[0]}\"] .kind-icon path`); return p && p.getAttribute('d');",
            vec![Value::from(s.id.clone())],
        )
        .await;
        assert_eq!(d.as_str(), Some(symbol(&s.id).as_str()), "{} in the list", s.id);
    }
    let s = &c.stations[0];
    b.goto(&server.url(&format!("/?s={}", s.id))).await.expect("opening a card");
    wait_for(&b, ".station-card .card-kind .kind-icon", timeout()).await;
    let d = js(
        &b,
        "const p = document.querySelector('.station-card .card-kind .kind-icon path'); return p && p.getAttribute('d');",
        vec![],
    )
    .await;
    assert_eq!(d.as_str(), Some(symbol(&s.id).as_str()), "on the card");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_map_says_which_way_is_north_in_every_language() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    for lang in [Lang::ZhCn, Lang::ZhHant, Lang::En] {
        open_map(&b, &server, &format!("/?lang={}", lang.tag())).await;
        let name = js(&b, "const n = document.querySelector('.map-frame .north-arrow[role=img]'); return n && n.getAttribute('aria-label');", vec![]).await;
        assert_eq!(name.as_str(), Some(Msg::NorthUp.text(lang)), "{lang:?}");
    }
}

/// The texts of the visible village and context labels that sit on a
/// drawn line (the avenue, the boundary, the coast).
async fn labels_on_lines(b: &Client) -> Vec<String> {
    let v = js(
        b,
        "const svg = document.querySelector('svg.corridor-map');
         const lines = [...svg.querySelectorAll('path.avenue, g.context.boundary path, g.context.water path')];
         const pts = [];
         for (const l of lines) {
           const n = l.getTotalLength();
           for (let t = 0; t <= n; t += 2) pts.push(l.getPointAtLength(t));
         }
         return [...svg.querySelectorAll('text.unit-label, text.context-label')].filter(t => {
           const r = t.getBBox();
           return pts.some(p => p.x > r.x + 1 && p.x < r.x + r.width - 1 && p.y > r.y + 1 && p.y < r.y + r.height - 1);
         }).map(t => t.textContent);",
        vec![],
    )
    .await;
    v.as_array().map(|a| a.iter().filter_map(|t| t.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_label_sits_on_a_line() {
    let server = StaticServer::dist_or_panic();
    for b in [Browser::desktop().await, Browser::phone().await] {
        for lang in ["zh-CN", "en"] {
            open_map(&b, &server, &format!("/?lang={lang}")).await;
            let on = labels_on_lines(&b).await;
            assert!(on.is_empty(), "{lang} at {:?}: labels on a line: {on:?}", b.viewport().await);
        }
    }
}

/// The middle of the stations on screen (markers and groups), as a
/// fraction of the map box, and how many there are.
async fn stations_on_screen(b: &Client) -> (f64, f64, usize) {
    let v = js(
        b,
        "const f = document.querySelector('.map-frame').getBoundingClientRect();
         const rs = [...document.querySelectorAll('svg.corridor-map g.station-marker .marker-dot, svg.corridor-map g.cluster .cluster-dot')]
           .map(e => e.getBoundingClientRect())
           .map(r => [r.left + r.width / 2, r.top + r.height / 2])
           .filter(([x, y]) => x >= f.left && x <= f.right && y >= f.top && y <= f.bottom);
         if (!rs.length) return [0.5, 0.5, 0];
         const xs = rs.map(r => r[0]), ys = rs.map(r => r[1]);
         const mx = (Math.min(...xs) + Math.max(...xs)) / 2, my = (Math.min(...ys) + Math.max(...ys)) / 2;
         return [(mx - f.left) / f.width, (my - f.top) / f.height, rs.length];",
        vec![],
    )
    .await;
    let n = |i: usize| v.get(i).and_then(Value::as_f64).unwrap_or(f64::NAN);
    (n(0), n(1), n(2) as usize)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn zoom_in_keeps_the_stations_in_view() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    open_map(&b, &server, "/").await;
    // Move the stations towards the box's left edge first (the map pans
    // with the arrow keys), so zooming about the middle would lose them.
    js(&b, "document.querySelector('svg.corridor-map').focus();", vec![]).await;
    for _ in 0..4 {
        press(&b, Key::Right).await;
    }
    settled(&b).await;
    let (x0, _, n0) = stations_on_screen(&b).await;
    assert!(n0 > 0 && x0 < 0.45, "the stations should sit left of the middle now: x = {x0:.2}, {n0} on screen");
    for press_no in 1..=3 {
        wait_for(&b, ".map-controls button.zoom-in", timeout()).await.click().await.expect("zoom in");
        settled(&b).await;
        let (_, _, n) = stations_on_screen(&b).await;
        assert!(n > 0, "after {press_no} zoom-ins no station is in view");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closing_a_card_keeps_the_page_where_it_was() {
    let c = corridor();
    let s = &c.stations[c.stations.len() / 2];
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open_map(&b, &server, "/").await;
    let link = format!(".station-link[data-id=\"{}\"]", s.id);
    let before = js(
        &b,
        "document.querySelector(arguments[0]).scrollIntoView({block: 'center'}); return window.scrollY;",
        vec![Value::from(link.clone())],
    )
    .await
    .as_f64()
    .unwrap_or_default();
    assert!(before > 100.0, "the list is below the map: scrolled {before}");
    wait_for(&b, &link, timeout()).await.click().await.expect("opening the card");
    wait_for(&b, ".station-card", timeout()).await;
    // Scroll to the sheet's end and on: the page behind must not move.
    js(&b, "const c = document.querySelector('.station-card'); c.scrollTop = c.scrollHeight;", vec![]).await;
    wait_for(&b, ".station-card .card-close", timeout()).await.click().await.expect("closing");
    wait_gone(&b, ".station-card", timeout()).await;
    let after = eventually_on(&b, "focus back on the list entry", timeout(), || async {
        let v = js(
            &b,
            "return document.activeElement.matches(arguments[0]) ? window.scrollY : null;",
            vec![Value::from(link.clone())],
        )
        .await;
        v.as_f64().ok_or_else(|| "focus not back yet".to_string())
    })
    .await;
    assert!((after - before).abs() <= 2.0, "the page moved from {before} to {after}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_paper_every_placed_station_has_its_own_number() {
    let c = corridor();
    let placed = c.stations.iter().filter(|s| s.position.is_some()).count();
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    open_map(&b, &server, "/").await;
    assert!(count(&b, "svg.corridor-map g.cluster").await > 0, "on screen, some stations are grouped here");
    emulate_media(&b, "print", &[]).await;
    eventually_on(&b, "every station drawn on its own for paper", timeout(), || async {
        let (groups, markers) =
            (count(&b, "svg.corridor-map g.cluster").await, count(&b, "svg.corridor-map g.station-marker").await);
        if groups == 0 && markers == placed {
            Ok(())
        } else {
            Err(format!("{groups} groups, {markers} of {placed} markers"))
        }
    })
    .await;
    emulate_media(&b, "", &[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sources_are_cited_in_the_readers_words() {
    let c = corridor();
    let s = c.stations.iter().max_by_key(|s| s.sources.len()).expect("a station");
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    for lang in [Lang::En, Lang::ZhCn] {
        b.goto(&server.url(&format!("/?s={}&lang={}", s.id, lang.tag()))).await.expect("opening a card");
        wait_for(&b, ".station-card .card-sources li", timeout()).await;
        let shown =
            js(&b, "return [...document.querySelectorAll('.card-sources li')].map(l => l.textContent);", vec![]).await;
        let shown: Vec<String> =
            shown.as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(squeezed)).collect()).unwrap_or_default();
        let want: Vec<String> = s
            .sources
            .iter()
            .map(|x| {
                let about = i18n::source_about(lang, x.publisher.as_ref().map(|p| p.get(lang)), x.date.as_deref());
                squeezed(&format!("{}{about}", x.title.get(lang)))
            })
            .collect();
        assert_eq!(shown, want, "{lang:?}");
        for x in &s.sources {
            if let Some(detail) = &x.detail {
                assert!(!shown.iter().any(|t| t.contains(detail.as_str())), "staff detail on the card: {detail}");
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_station_link_on_a_phone_shows_its_marker_above_the_sheet() {
    let c = corridor();
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    let placed: Vec<_> = c.stations.iter().filter(|s| s.position.is_some()).collect();
    assert!(!placed.is_empty(), "the data has placed stations");
    for s in placed {
        open_map(&b, &server, &format!("/?s={}", s.id)).await;
        wait_for(&b, ".station-card", timeout()).await;
        // What is at the middle of the station's marker: the marker itself,
        // not the card sheet over the map.
        eventually_on(&b, "the station's marker in sight", timeout(), || async {
            settled(&b).await;
            let hit = on_top_of_marker(&b, &s.id, "").await;
            if hit.as_str() == Some(s.id.as_str()) {
                Ok(())
            } else {
                Err(format!("the middle of {}'s marker shows {hit}", s.id))
            }
        })
        .await;
    }
}
