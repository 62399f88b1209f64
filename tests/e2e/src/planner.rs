//! Driving the visit planner (`plan.html`): opening it on a fresh device,
//! and waiting on the plan it holds (`main.planner[data-query]`) and the
//! timetable it shows, compared with `corridor::plan` on the shipped data.

use crate::{eventually_on, texts, timeout, wait_for, StaticServer};
use corridor::i18n::planner as text;
use corridor::i18n::Lang;
use corridor::model::{load, Corridor};
use corridor::plan::{arranged, itinerary, plan_query, Plan, Row};
use fantoccini::Client;
use serde_json::Value;

/// The shipped data, as the page reads it.
pub fn corridor() -> Corridor {
    load(crate::paths::real_data().as_bytes()).corridor.expect("the shipped data loads")
}

/// Placed station ids in order along the avenue.
pub fn placed(c: &Corridor) -> Vec<String> {
    let all = Plan { items: c.stations.iter().map(|s| corridor::plan::Item::stop(&s.id)).collect(), ..Plan::default() };
    let shown = arranged(&all, c, None);
    shown.stop_ids().filter(|id| c.station(id).is_some_and(|s| s.along.is_some())).map(str::to_string).collect()
}

/// Runs a script in the page; a failing script fails the test with it.
pub async fn js(b: &Client, script: &str, args: Vec<Value>) -> Value {
    b.execute(script, args).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

/// Opens `plan.html<query>` on a fresh device (no draft or kept plans
/// left by an earlier test) and waits for the data.
pub async fn open(b: &Client, server: &StaticServer, query: &str) {
    b.goto(&server.url("/plan.html?lang=en")).await.expect("opening the planner");
    js(b, "localStorage.clear(); return true;", vec![]).await;
    reopen(b, server, query).await;
}

/// Opens `plan.html<query>` keeping what the device stored.
pub async fn reopen(b: &Client, server: &StaticServer, query: &str) {
    b.goto(&server.url(&format!("/plan.html{query}"))).await.expect("opening the planner");
    wait_for(b, "main.planner[data-ready=\"true\"]", timeout()).await;
}

/// Waits until the page's plan is `want` (as its query).
pub async fn until_plan(b: &Client, want: &Plan) {
    let want = plan_query(want);
    eventually_on(b, &format!("the plan {want}"), timeout(), || {
        let want = want.clone();
        async move {
            let got = js(b, "return document.querySelector('main.planner').dataset.query", vec![]).await;
            if got.as_str() == Some(want.as_str()) {
                Ok(())
            } else {
                Err(format!("{got}"))
            }
        }
    })
    .await
}

/// The arrive and leave times the page shows, in order.
pub async fn shown_times(b: &Client) -> Vec<String> {
    let a = texts(b, ".pl-stop .pl-arrive").await;
    let l = texts(b, ".pl-stop .pl-leave").await;
    a.into_iter().zip(l).map(|(a, l)| format!("{a}–{l}")).collect()
}

/// The model's arrive and leave times for `plan` as the page shows it;
/// `here` is the device's position for a plan that starts there.
pub fn model_times(plan: &Plan, c: &Corridor, lang: Lang, here: Option<corridor::geo::LonLat>) -> Vec<String> {
    let it = itinerary(&arranged(plan, c, here), c, here);
    it.rows
        .iter()
        .filter_map(|r| match r {
            Row::Stop(s) => Some(format!("{}–{}", text::time(lang, s.arrive), text::time(lang, s.leave))),
            Row::Break { .. } => None,
        })
        .collect()
}

/// Waits until the page shows the times `want`.
pub async fn until_times(b: &Client, want: Vec<String>) {
    eventually_on(b, "the timetable of the model", timeout(), || {
        let want = want.clone();
        async move {
            let got = shown_times(b).await;
            if got == want {
                Ok(())
            } else {
                Err(format!("shown {got:?}, model {want:?}"))
            }
        }
    })
    .await
}

/// Sets a form control's value as a user would and fires `change`.
pub async fn set_value(b: &Client, css: &str, value: &str) {
    let done = js(
        b,
        "const e = document.querySelector(arguments[0]); if (!e) return false;
         e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true}));
         e.dispatchEvent(new Event('change', {bubbles: true})); return true;",
        vec![Value::from(css), Value::from(value)],
    )
    .await;
    assert_eq!(done.as_bool(), Some(true), "no {css} to set");
}

/// Clicks the element `css` in the page.
pub async fn click(b: &Client, css: &str) {
    let done = js(
        b,
        "const e = document.querySelector(arguments[0]); if (!e) return false; e.click(); return true;",
        vec![Value::from(css)],
    )
    .await;
    assert_eq!(done.as_bool(), Some(true), "no {css} to click");
}
