//! The visit planner's map and places in headless Chromium: the route map
//! numbers the stops as the timetable does and draws the stretch the
//! model travels; a plan starts from a station or from the device's
//! position (and says so when the position is refused); each stop hands
//! the way there to the map apps; plans are kept on the device by name,
//! reopened and deleted, and a damaged record is reported, not trusted.
//! Expected values come from `corridor::plan` on the shipped data.
//!
//! ```text
//! scripts/tools.sh build_release   # dist/ with plan.html
//! cargo test -p corridor-e2e --test planner_places -- --test-threads=2
//! ```

use corridor::geo::LonLat;
use corridor::i18n::planner::{self as text, PlMsg};
use corridor::i18n::{Lang, Msg};
use corridor::link::MapApp;
use corridor::plan::{arranged, itinerary, parse_plan, Plan, Row, Start, SAVED_KEY};
use corridor_e2e::geolocation::{mock_geolocation, position_js};
use corridor_e2e::planner::{
    click, corridor, js, model_times, open, placed, reopen, set_value, until_plan, until_times,
};
use corridor_e2e::{attrs, eventually_on, texts, timeout, wait_for, Browser, StaticServer};
use fantoccini::Client;
use serde_json::Value;

/// Waits until `css` matches elements whose texts are `want`.
async fn until_texts(b: &Client, css: &str, want: Vec<String>) {
    eventually_on(b, css, timeout(), || {
        let want = want.clone();
        async move {
            let got = texts(b, css).await;
            if got == want {
                Ok(())
            } else {
                Err(format!("shown {got:?}, want {want:?}"))
            }
        }
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_route_map_numbers_the_stops_as_the_timetable_and_draws_the_stretch() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let ids = placed(&c);
    let unplaced = c.stations.iter().find(|s| s.position.is_none()).expect("the data has an unplaced station");
    // Own order, a station twice, one with no position, from the west end.
    let query = format!(
        "?plan={},{},{},{}&order=own&from=west&lang=en",
        ids[ids.len() - 1],
        ids[0],
        unplaced.id,
        ids[ids.len() - 1]
    );
    let (plan, issues) = parse_plan(&query);
    assert!(issues.is_empty(), "{issues:?}");
    let b = Browser::desktop().await;
    open(&b, &server, &query).await;
    until_plan(&b, &plan).await;
    let it = itinerary(&arranged(&plan, &c, None), &c, None);
    // One badge per placed station, with its numbers in visiting order.
    let mut want: Vec<(String, Vec<String>)> = Vec::new();
    for r in &it.rows {
        let Row::Stop(s) = r else { continue };
        if s.station.position.is_none() {
            continue;
        }
        match want.iter_mut().find(|(id, _)| *id == s.station.id) {
            Some((_, n)) => n.push(s.number.to_string()),
            None => want.push((s.station.id.clone(), vec![s.number.to_string()])),
        }
    }
    let want: Vec<String> = want.into_iter().map(|(_, n)| n.join(",")).collect();
    assert!(want.iter().any(|n| n.contains(',')), "the plan visits a station twice: {want:?}");
    eventually_on(&b, "the route map's badges", timeout(), || {
        let want = want.clone();
        let b = &b;
        async move {
            let got = attrs(b, ".pl-map .rm-stop", "data-numbers").await;
            if got == want {
                Ok(())
            } else {
                Err(format!("{got:?} want {want:?}"))
            }
        }
    })
    .await;
    // The badge's number is the timetable's number of that stop.
    let numbers: Vec<String> = texts(&b, ".pl-stop .pl-number").await;
    assert_eq!(numbers, (1..=plan.stop_count()).map(|n| n.to_string()).collect::<Vec<_>>());
    assert_eq!(corridor_e2e::count(&b, ".pl-map .rm-stretch").await, it.stretches.len());
    assert!(!it.stretches.is_empty(), "the plan travels the avenue");
    assert_eq!(corridor_e2e::count(&b, ".pl-map .rm-start").await, 1, "the start is marked");
    assert_eq!(texts(&b, ".pl-map .pl-map-note").await, [text::not_on_map(Lang::En, 1)]);
    let title = js(&b, "return document.querySelector('.pl-map svg title').textContent", vec![]).await;
    assert_eq!(title.as_str(), Some(PlMsg::RouteMapTitle.text(Lang::En)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_starts_from_a_station_chosen_in_the_form() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let ids = placed(&c);
    let (from, to) = (ids[0].clone(), ids[ids.len() - 1].clone());
    let b = Browser::phone().await;
    open(&b, &server, &format!("?plan={to}&lang=zh-CN")).await;
    set_value(&b, "#pl-start", &format!("at:{from}")).await;
    let mut want = Plan::default();
    want.add(&to);
    want.start = Start::Station(from.clone());
    until_plan(&b, &want).await;
    let times = model_times(&want, &c, Lang::ZhCn, None);
    assert_ne!(times, model_times(&Plan { start: Start::FirstStop, ..want.clone() }, &c, Lang::ZhCn, None));
    until_times(&b, times).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_starts_from_the_devices_position_or_says_why_it_cannot() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let ids = placed(&c);
    let to = c.station(&ids[ids.len() - 1]).expect("a station");
    let first = c.station(&ids[0]).and_then(|s| s.position).expect("a placed station");
    // A little north of the first placed station.
    let here = LonLat::new(first.lon, first.lat + 0.004);
    let b = Browser::desktop().await;
    open(&b, &server, &format!("?plan={}&lang=en", to.id)).await;
    mock_geolocation(&b, &position_js(here.lat, here.lon, 20.0)).await;
    set_value(&b, "#pl-start", "here").await;
    let mut want = Plan::default();
    want.add(&to.id);
    want.start = Start::Here;
    until_plan(&b, &want).await;
    until_times(&b, model_times(&want, &c, Lang::En, Some(here))).await;
    // Refused: the page says why, and the way from the start is unknown.
    open(&b, &server, &format!("?plan={}&lang=en", to.id)).await;
    mock_geolocation(&b, "err({code: 1, message: 'denied'});").await;
    set_value(&b, "#pl-start", "here").await;
    until_plan(&b, &want).await;
    let denied = format!("{} {}", Msg::LocateDenied.text(Lang::En), PlMsg::HereUnknown.text(Lang::En));
    eventually_on(&b, "the refusal", timeout(), || {
        let (b, denied) = (&b, denied.clone());
        async move {
            let said = texts(b, ".pl-here.error").await.join("");
            if said.starts_with(&denied) {
                Ok(())
            } else {
                Err(said)
            }
        }
    })
    .await;
    until_times(&b, model_times(&want, &c, Lang::En, None)).await;
    let incomplete = texts(&b, ".pl-leg").await.join("");
    assert!(incomplete.contains(PlMsg::DistanceUnknown.text(Lang::En)), "the first leg is unknown: {incomplete}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_placed_stop_hands_the_way_there_to_the_map_apps() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let ids = placed(&c);
    let b = Browser::phone().await;
    open(&b, &server, &format!("?plan={},{}&lang=en", ids[0], ids[1])).await;
    wait_for(&b, ".pl-stop .pl-way a", timeout()).await;
    for id in &ids[..2] {
        let s = c.station(id).expect("a station");
        let p = s.position.expect("placed");
        let want: Vec<String> = MapApp::IN_CHINA.iter().map(|a| a.link(p, s.name.get(Lang::En))).collect();
        let got = attrs(&b, &format!(".pl-stop[data-id=\"{id}\"] .pl-way a"), "href").await;
        assert_eq!(got, want, "the way-there links of {id}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plans_are_kept_by_name_reopened_and_deleted() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let ids = placed(&c);
    let query = format!("?plan={},{}&by=bike&start=13:15&title=Class%203&lang=en", ids[0], ids[1]);
    let (plan, _) = parse_plan(&query);
    let b = Browser::desktop().await;
    open(&b, &server, &query).await;
    until_plan(&b, &plan).await;
    until_texts(&b, ".pl-saved-none", vec![PlMsg::SavedNone.text(Lang::En).to_string()]).await;
    // No name typed: the plan's title names it.
    click(&b, "#pl-save").await;
    until_texts(&b, ".pl-saved-name", vec!["Class 3".to_string()]).await;
    set_value(&b, "#pl-save-name", "Afternoon ride").await;
    click(&b, "#pl-save").await;
    until_texts(&b, ".pl-saved-name", vec!["Afternoon ride".to_string(), "Class 3".to_string()]).await;
    // They outlive the page; the plan being made is another matter.
    reopen(&b, &server, "?lang=en").await;
    click(&b, "#pl-clear").await;
    until_plan(&b, &Plan::default()).await;
    until_texts(&b, ".pl-saved-name", vec!["Afternoon ride".to_string(), "Class 3".to_string()]).await;
    click(&b, ".pl-saved-plan:nth-child(2) .pl-open").await;
    until_plan(&b, &plan).await;
    click(&b, ".pl-saved-plan:nth-child(1) .pl-forget").await;
    until_texts(&b, ".pl-saved-name", vec!["Class 3".to_string()]).await;
    let stored = js(&b, "return localStorage.getItem(arguments[0])", vec![Value::from(SAVED_KEY)]).await;
    assert!(stored.as_str().is_some_and(|s| !s.contains("Afternoon")), "deleted from storage too: {stored}");
    // A damaged record is said, not shown as plans.
    js(&b, "localStorage.setItem(arguments[0], '{oops'); return true;", vec![Value::from(SAVED_KEY)]).await;
    reopen(&b, &server, "?lang=en").await;
    let want = text::saved_issue(Lang::En, &corridor::plan::SavedIssue::Unreadable);
    until_texts(&b, ".pl-saved-issue", vec![want]).await;
    assert_eq!(corridor_e2e::count(&b, ".pl-saved-plan").await, 0);
}
