//! The visit planner (`plan.html`) in headless Chromium: a ready plan, a
//! plan built by clicking and by keyboard only, the link's round trip,
//! the mode changing the times as the model says, an over-budget plan
//! naming the stop to drop, a removed id, and the printed handout (PDF).
//! Every expected figure comes from `corridor::plan` on the shipped data;
//! the tests wait on the page's own state (`main.planner[data-query]`).
//!
//! ```text
//! scripts/tools.sh build_release   # dist/ with plan.html
//! cargo test -p corridor-e2e --test planner -- --test-threads=2
//! ```

use corridor::i18n::planner::{self as text};
use corridor::i18n::Lang;
use corridor::plan::{arranged, itinerary, parse_plan, plan_query, ready_plan, Mode, Plan, Ready, Row, DEFAULT_START};
use corridor_e2e::planner::{corridor, js, model_times, open, placed, until_plan, until_times};
use corridor_e2e::print::{emulate_media, pdf_pages, print_to_pdf};
use corridor_e2e::{eventually_on, press, texts, timeout, wait_for, Browser, StaticServer};
use fantoccini::key::Key;
use serde_json::Value;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ready_half_day_plan_is_the_models_and_fits() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let b = Browser::phone().await;
    open(&b, &server, "?lang=en").await;
    b.find(fantoccini::Locator::Css(".pl-ready[data-ready=\"HalfDay\"]"))
        .await
        .expect("the half-day button")
        .click()
        .await
        .expect("clicking");
    let want = ready_plan(&c, Ready::HalfDay, DEFAULT_START);
    until_plan(&b, &want).await;
    until_times(&b, model_times(&want, &c, Lang::En, None)).await;
    let budget = texts(&b, ".pl-budget").await.join("");
    let it = itinerary(&want, &c, None);
    let spare = it.budget.as_ref().expect("a budget").spare_min;
    assert_eq!(budget, text::budget(Lang::En, spare, None));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_is_built_by_keyboard_alone_and_reordered() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let ids = placed(&c);
    let (first, last) = (ids[0].clone(), ids[ids.len() - 1].clone());
    let b = Browser::desktop().await;
    open(&b, &server, "?lang=en").await;
    // Add the eastmost, then the westmost: the plan keeps avenue order.
    for id in [&last, &first] {
        js(
            &b,
            "document.querySelector(`.pl-stations li[data-id=\"${arguments[0]}\"] .pl-toggle`).focus(); return true;",
            vec![Value::from(id.as_str())],
        )
        .await;
        press(&b, Key::Enter).await;
    }
    let mut want = Plan::default();
    want.add(&first);
    want.add(&last);
    until_plan(&b, &want).await;
    until_times(&b, model_times(&want, &c, Lang::En, None)).await;
    // Move the first stop down by keyboard: the order becomes the user's and
    // focus follows the stop.
    js(&b, "document.getElementById('pl-down-0').focus(); return true;", vec![]).await;
    press(&b, Key::Enter).await;
    want.shift(0, false);
    until_plan(&b, &want).await;
    eventually_on(&b, "focus on the moved stop's button", timeout(), || async {
        let id = js(&b, "return document.activeElement && document.activeElement.id", vec![]).await;
        // The stop went to the end: its "up" button holds focus.
        if id.as_str() == Some("pl-up-1") {
            Ok(())
        } else {
            Err(format!("{id}"))
        }
    })
    .await;
    until_times(&b, model_times(&want, &c, Lang::En, None)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_link_round_trips_and_the_mode_changes_the_times_as_the_model_says() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let ids = placed(&c);
    let query = format!("?plan={},~30,{}~50&by=bike&start=08:30&lang=zh-CN", ids[0], ids[ids.len() - 1]);
    let (plan, issues) = parse_plan(&query);
    assert!(issues.is_empty());
    let b = Browser::desktop().await;
    open(&b, &server, &query).await;
    until_plan(&b, &plan).await;
    until_times(&b, model_times(&plan, &c, Lang::ZhCn, None)).await;
    // A reload keeps it all.
    b.refresh().await.expect("reloading");
    wait_for(&b, "main.planner[data-ready=\"true\"]", timeout()).await;
    until_plan(&b, &plan).await;
    js(&b, "const s = document.getElementById('pl-mode'); s.value = 'car'; s.dispatchEvent(new Event('change')); return true;", vec![]).await;
    let car = Plan { mode: Mode::Car, ..plan };
    until_plan(&b, &car).await;
    until_times(&b, model_times(&car, &c, Lang::ZhCn, None)).await;
    assert_ne!(
        model_times(&car, &c, Lang::ZhCn, None),
        model_times(&parse_plan(&query).0, &c, Lang::ZhCn, None),
        "the mode must change the times"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn over_budget_names_the_stop_and_a_removed_id_is_said() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let ids = placed(&c);
    let query = format!("?plan={},no-such-station&end=09:30&lang=en", ids.join(","));
    let (plan, _) = parse_plan(&query);
    let it = itinerary(&arranged(&plan, &c, None), &c, None);
    let b = Browser::desktop().await;
    open(&b, &server, &query).await;
    let budget = it.budget.as_ref().expect("a budget");
    let drop = budget.drop.as_ref().expect("a stop to drop");
    let want = text::budget(
        Lang::En,
        budget.spare_min,
        Some((drop.station.name.get(Lang::En), drop.saves_min, drop.still_over_min)),
    );
    eventually_on(&b, "the budget line", timeout(), || {
        let want = want.clone();
        let b = &b;
        async move {
            let got = texts(b, ".pl-budget.over").await.join("");
            if got == want {
                Ok(())
            } else {
                Err(got)
            }
        }
    })
    .await;
    assert_eq!(texts(&b, ".pl-missing").await, [text::missing_stop(Lang::En, "no-such-station")]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_printed_handout_has_the_timetable_and_keeps_each_stop_on_one_page() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let mut plan = ready_plan(&c, Ready::AllInOrder, DEFAULT_START);
    plan.title = Some("Class 3 trip".into());
    plan.date = Some("2026-12-08".into());
    let b = Browser::desktop().await;
    open(&b, &server, &format!("{}&lang=en", plan_query(&plan))).await;
    until_plan(&b, &plan).await;
    emulate_media(&b, "print", &[]).await;
    let map = js(
        &b,
        "const m = document.querySelector('.pl-map svg'); return m ? m.getBoundingClientRect().height : 0",
        vec![],
    )
    .await;
    assert!(map.as_f64().is_some_and(|h| h > 100.0), "the route map is printed: {map}");
    let hidden = js(&b, "return getComputedStyle(document.querySelector('.pl-stations')).display", vec![]).await;
    assert_eq!(hidden.as_str(), Some("none"), "the station picker is not printed");
    let out = std::env::temp_dir().join(format!("planner-{}.pdf", std::process::id()));
    print_to_pdf(&b, &out).await;
    let pages = pdf_pages(&out);
    let it = itinerary(&arranged(&plan, &c, None), &c, None);
    for r in &it.rows {
        let Row::Stop(s) = r else { continue };
        let name = s.station.name.get(Lang::En);
        let leave = text::time(Lang::En, s.leave);
        // A long name may wrap in the layout: its first words find it.
        let head: String = name.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
        let on: Vec<usize> = (0..pages.len()).filter(|&i| pages[i].contains(&head)).collect();
        assert!(!on.is_empty(), "{name} is not in the PDF");
        assert!(
            on.iter().any(|&i| pages[i].contains(&leave)),
            "{name} and its leaving time {leave} are not on one page: the stop was split"
        );
    }
    assert!(pages[0].contains("Class 3 trip"), "the title heads the handout");
    let day = corridor::i18n::calendar::date(Lang::En, "2026-12-08");
    assert!(pages.iter().any(|p| p.contains(&day)), "the trip's day ({day}) is printed");
    let last = pages.last().expect("a page");
    assert!(last.contains(text::PlMsg::NotesHeading.text(Lang::En)), "the teacher's blank lines close the handout");
}
