//! How the group travels, where and when it starts, who goes; and the
//! stations to pick from.

use super::state::Pl;
use corridor::i18n::planner::PlMsg;
use corridor::model::Corridor;
use corridor::plan::{Clock, Mode, Start, MAX_GROUP, MAX_TITLE_CHARS};
use leptos::prelude::*;
use std::sync::Arc;

/// The start as the select's value: `first`, `west`, `east`, `here` or
/// `at:<id>`.
fn start_value(s: &Start) -> String {
    match s {
        Start::FirstStop => "first".into(),
        Start::West => "west".into(),
        Start::East => "east".into(),
        Start::Here => "here".into(),
        Start::Station(id) => format!("at:{id}"),
    }
}

fn parse_start(v: &str) -> Start {
    match v {
        "west" => Start::West,
        "east" => Start::East,
        "here" => Start::Here,
        _ => match v.strip_prefix("at:") {
            Some(id) if corridor::model::is_valid_id(id) => Start::Station(id.to_string()),
            _ => Start::FirstStop,
        },
    }
}

fn count(v: &str) -> Option<u32> {
    v.trim().parse::<u32>().ok().filter(|n| (1..=MAX_GROUP).contains(n))
}

#[component]
pub fn Settings(corridor: Arc<Corridor>) -> impl IntoView {
    let pl = Pl::get();
    let plan = pl.plan;
    let modes = Mode::ALL
        .into_iter()
        .map(|m| {
            view! { <option value=m.name() selected=move || plan.with(|p| p.mode == m)>{pl.t(PlMsg::mode(m))}</option> }
        })
        .collect_view();
    let option = move |v: String, label: String| {
        let value = v.clone();
        view! { <option value=value selected=move || plan.with(|p| start_value(&p.start) == v)>{label}</option> }
    };
    let starts = [
        (Start::FirstStop, PlMsg::StartFirstStop),
        (Start::West, PlMsg::StartWest),
        (Start::East, PlMsg::StartEast),
        (Start::Here, PlMsg::StartHere),
    ]
    .into_iter()
    .map(|(s, m)| option(start_value(&s), pl.t(m).to_string()))
    .collect_view();
    let station_starts = corridor
        .stations
        .iter()
        .map(|s| option(start_value(&Start::Station(s.id.clone())), s.name.get(pl.lang).to_string()))
        .collect_view();
    let set_mode = move |e: leptos::ev::Event| {
        if let Some(m) = Mode::parse(&event_target_value(&e)) {
            plan.update(|p| {
                p.mode = m;
                p.kmh = None;
            });
        }
    };
    let set_kmh = move |e: leptos::ev::Event| {
        let v = event_target_value(&e);
        plan.update(|p| {
            let (lo, hi) = p.mode.kmh_range();
            p.kmh = v.trim().parse::<f64>().ok().filter(|k| (lo..=hi).contains(k));
        });
    };
    let set_start = move |e: leptos::ev::Event| {
        let v = event_target_value(&e);
        plan.update(|p| p.start = parse_start(&v));
    };
    let set_time = move |end: bool| {
        move |e: leptos::ev::Event| {
            let t = Clock::parse(&event_target_value(&e));
            plan.update(|p| match (end, t) {
                (false, Some(t)) => p.start_time = t,
                (false, None) => {}
                (true, t) => p.end_time = t,
            });
        }
    };
    let set_group = move |adults: bool| {
        move |e: leptos::ev::Event| {
            let n = count(&event_target_value(&e));
            plan.update(|p| if adults { p.group.adults = n } else { p.group.size = n });
        }
    };
    let set_title = move |e: leptos::ev::Event| {
        let t: String = event_target_value(&e).trim().chars().take(MAX_TITLE_CHARS).collect();
        plan.update(|p| p.title = (!t.is_empty()).then_some(t));
    };
    let set_date = move |e: leptos::ev::Event| {
        let d = event_target_value(&e);
        plan.update(|p| p.date = corridor::model::is_date(&d).then_some(d));
    };
    let speed = move || plan.with(|p| corridor::fmt_num::trimmed(p.kmh(), 1));
    let range = move |hi: bool| {
        move || {
            plan.with(|p| {
                let (lo, h) = p.mode.kmh_range();
                corridor::fmt_num::trimmed(if hi { h } else { lo }, 1)
            })
        }
    };
    let ratio = move || {
        plan.with(|p| {
            p.group.size.map(|n| corridor::i18n::planner::group(pl.lang, n, p.group.adults.filter(|&a| a <= n)))
        })
    };
    view! {
        <section class="pl-settings no-print" aria-labelledby="pl-settings-h">
            <h2 id="pl-settings-h">{pl.t(PlMsg::SettingsHeading)}</h2>
            <div class="pl-fields">
                <label class="pl-wide">{pl.t(PlMsg::TitleLabel)}
                    <input id="pl-title" type="text" maxlength=MAX_TITLE_CHARS prop:value=move || plan.with(|p| p.title.clone().unwrap_or_default()) on:change=set_title /></label>
                <label>{pl.t(PlMsg::DateLabel)}
                    <input id="pl-date" type="date" prop:value=move || plan.with(|p| p.date.clone().unwrap_or_default()) on:change=set_date /></label>
                <label>{pl.t(PlMsg::ModeLabel)}<select id="pl-mode" on:change=set_mode>{modes}</select></label>
                <label>{pl.t(PlMsg::SpeedLabel)}
                    <input id="pl-kmh" type="number" step="0.5" min=range(false) max=range(true) prop:value=speed on:change=set_kmh /></label>
                <label>{pl.t(PlMsg::StartLabel)}<select id="pl-start" on:change=set_start>{starts}
                    <optgroup label=pl.t(PlMsg::StartStations)>{station_starts}</optgroup></select></label>
                <label>{pl.t(PlMsg::StartTimeLabel)}
                    <input id="pl-start-time" type="time" prop:value=move || plan.with(|p| p.start_time.hh_mm()) on:change=set_time(false) /></label>
                <label>{pl.t(PlMsg::EndTimeLabel)}
                    <input id="pl-end-time" type="time" prop:value=move || plan.with(|p| p.end_time.map(|t| t.hh_mm()).unwrap_or_default()) on:change=set_time(true) /></label>
                <label>{pl.t(PlMsg::GroupSizeLabel)}
                    <input id="pl-size" type="number" min="1" max=MAX_GROUP prop:value=move || plan.with(|p| p.group.size.map(|n| n.to_string()).unwrap_or_default()) on:change=set_group(false) /></label>
                <label>{pl.t(PlMsg::AdultsLabel)}
                    <input id="pl-adults" type="number" min="1" max=MAX_GROUP prop:value=move || plan.with(|p| p.group.adults.map(|n| n.to_string()).unwrap_or_default()) on:change=set_group(true) /></label>
            </div>
            <p class="pl-group" aria-live="polite">{ratio}</p>
        </section>
    }
}

/// Every station, with a button that adds it to the plan or takes it out.
#[component]
pub fn StationPicker(corridor: Arc<Corridor>) -> impl IntoView {
    let pl = Pl::get();
    let items = corridor
        .stations
        .iter()
        .map(|s| {
            let (id, c) = (s.id.clone(), corridor.clone());
            let id2 = id.clone();
            let inside = Memo::new(move |_| pl.plan.with(|p| p.contains(&id2)));
            let name = s.name.get(pl.lang).to_string();
            let label = name.clone();
            let kind = s.category.label(pl.lang);
            view! {
                <li data-id=s.id.clone()>
                    <span class="pl-name">{s.order}" · "{name}</span>
                    <span class="pl-kind">{kind}</span>
                    <button type="button" class="pl-toggle" aria-pressed=move || inside.get().to_string()
                        aria-label=move || format!("{} · {label}", pl.t(if inside.get() { PlMsg::Remove } else { PlMsg::Add }))
                        on:click=move |_| pl.edit(&c, |p| { p.toggle(&id); })>
                        {move || pl.t(if inside.get() { PlMsg::Remove } else { PlMsg::Add })}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="pl-stations no-print" aria-labelledby="pl-stations-h">
            <h2 id="pl-stations-h">{pl.t(PlMsg::StationsHeading)}</h2>
            <ul>{items}</ul>
        </section>
    }
}
