//! The timetable: stops and breaks in visiting order with their times, the
//! totals and the budget, the share link, and the handout's blank lines.

use super::state::Pl;
use corridor::i18n::planner::{self as text, PlMsg};
use corridor::i18n::Msg;
use corridor::link::MapApp;
use corridor::model::{Corridor, GroupFact};
use corridor::plan::{arranged, itinerary, Row, StopRow, DEFAULT_BREAK_MIN};
use leptos::prelude::*;
use std::sync::Arc;

/// Focuses the control `id` once the redrawn itinerary is in the page.
fn refocus_later(pl: Pl) {
    if let Some(id) = pl.refocus.get_untracked() {
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&id) {
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    let _ = el.focus();
                }
            }
            pl.refocus.set(None);
        });
    }
}

/// The button to focus on a stop moved to `at`: the same direction while it
/// can go on, else the other (a disabled button cannot hold focus).
fn moved_focus(at: usize, last: usize, up: bool) -> String {
    let up = if up { at > 0 } else { at >= last };
    format!("pl-{}-{at}", if up { "up" } else { "down" })
}

fn facts_view(pl: Pl, s: &corridor::model::Station) -> impl IntoView {
    let colon = Msg::LabelColon.text(pl.lang);
    GroupFact::ALL
        .into_iter()
        .map(|f| {
            let v = match s.facts.get(f) {
                Some(true) => PlMsg::Yes,
                Some(false) => PlMsg::No,
                None => PlMsg::NotKnown,
            };
            view! { <li data-fact=f.property()>{pl.t(PlMsg::fact(f))}{colon}{pl.t(v)}</li> }
        })
        .collect_view()
}

fn stop_view(pl: Pl, c: &Arc<Corridor>, r: &StopRow, last: usize) -> AnyView {
    let lang = pl.lang;
    let s = r.station;
    let (i, name) = (r.item, s.name.get(lang).to_string());
    let edit = {
        let c = c.clone();
        move |f: Box<dyn FnOnce(&mut corridor::plan::Plan)>| pl.edit(&c, f)
    };
    let (e1, e2, e3, e4, e5) = (edit.clone(), edit.clone(), edit.clone(), edit.clone(), edit);
    let set_minutes = move |e: leptos::ev::Event| {
        let m = event_target_value(&e).trim().parse::<u32>().ok().filter(|&m| m > 0);
        e1(Box::new(move |p| p.set_minutes(i, m)));
    };
    let colon = Msg::LabelColon.text(lang);
    let way = s.position.map(|p| {
        let links = MapApp::IN_CHINA
            .into_iter()
            .enumerate()
            .map(|(k, app)| {
                view! {
                    {(k > 0).then_some(" · ")}
                    <a href=app.link(p, &name) target="_blank" rel="noopener noreferrer">{app.label(lang)}
                        <span class="visually-hidden">{colon}{name.clone()}</span></a>
                }
            })
            .collect_view();
        view! { <p class="pl-way no-print">{pl.t(PlMsg::WayThere)}{colon}{links}</p> }
    });
    let see = s.see_do.get(lang).join(Msg::ListComma.text(lang));
    let address = s.address.as_ref().map(|a| a.get(lang).to_string());
    view! {
        <li class="pl-stop" data-id=s.id.clone() data-item=i>
            <p class="pl-leg">{text::leg(lang, &r.leg)}</p>
            <div class="pl-stop-head">
                <span class="pl-number" aria-hidden="true">{r.number}</span>
                <h3>{name.clone()}<span class="pl-kind">{s.category.label(lang)}</span></h3>
                <p class="pl-times">
                    <span class="pl-arrive">{text::time(lang, r.arrive)}</span>" – "
                    <span class="pl-leave">{text::time(lang, r.leave)}</span>
                </p>
            </div>
            <label class="pl-minutes">{pl.t(PlMsg::ColMinutes)}
                <input type="number" min="1" max=corridor::plan::MAX_ITEM_MINUTES prop:value=r.minutes.to_string() on:change=set_minutes /></label>
            {(!see.is_empty()).then(|| view! { <p class="pl-see">{pl.t(PlMsg::SeeDo)}{colon}{see}</p> })}
            {address.map(|a| view! { <p class="pl-address">{pl.t(PlMsg::Address)}{colon}{a}</p> })}
            {s.phone.clone().map(|ph| view! { <p class="pl-phone">{pl.t(PlMsg::Phone)}{colon}{ph}</p> })}
            <ul class="pl-facts" aria-label=pl.t(PlMsg::FactsHeading)>{facts_view(pl, s)}</ul>
            {way}
            <div class="pl-actions no-print">
                <button type="button" id=format!("pl-up-{i}") disabled=i == 0 aria-label=format!("{} · {name}", pl.t(PlMsg::MoveUp))
                    on:click=move |_| { pl.refocus.set(Some(moved_focus(i.saturating_sub(1), last, true))); e2(Box::new(move |p| p.shift(i, true))) }>"↑"</button>
                <button type="button" id=format!("pl-down-{i}") disabled=i == last aria-label=format!("{} · {name}", pl.t(PlMsg::MoveDown))
                    on:click=move |_| { pl.refocus.set(Some(moved_focus(i + 1, last, false))); e3(Box::new(move |p| p.shift(i, false))) }>"↓"</button>
                <button type="button" class="pl-add-break" on:click=move |_| e4(Box::new(move |p| { p.insert_break(Some(i), DEFAULT_BREAK_MIN); }))>{pl.t(PlMsg::AddBreak)}</button>
                <button type="button" class="pl-remove" aria-label=format!("{} · {name}", pl.t(PlMsg::Remove))
                    on:click=move |_| e5(Box::new(move |p| p.remove_at(i)))>{pl.t(PlMsg::Remove)}</button>
            </div>
        </li>
    }
    .into_any()
}

fn break_view(
    pl: Pl,
    c: &Arc<Corridor>,
    item: usize,
    minutes: u32,
    from: corridor::plan::Time,
    to: corridor::plan::Time,
) -> AnyView {
    let (c1, c2) = (c.clone(), c.clone());
    let set = move |e: leptos::ev::Event| {
        let m = event_target_value(&e).trim().parse::<u32>().ok().filter(|&m| m > 0);
        pl.edit(&c1, |p| p.set_minutes(item, m));
    };
    view! {
        <li class="pl-break" data-item=item>
            <span>{pl.t(PlMsg::Break)}" "{text::time(pl.lang, from)}" – "{text::time(pl.lang, to)}</span>
            <label class="pl-minutes">{pl.t(PlMsg::ColMinutes)}
                <input type="number" min="1" max=corridor::plan::MAX_ITEM_MINUTES prop:value=minutes.to_string() on:change=set /></label>
            <button type="button" class="pl-remove no-print" on:click=move |_| pl.edit(&c2, |p| p.remove_at(item))>{pl.t(PlMsg::Remove)}</button>
        </li>
    }
    .into_any()
}

#[component]
pub fn Itinerary(corridor: Arc<Corridor>) -> impl IntoView {
    let pl = Pl::get();
    let lang = pl.lang;
    let c = corridor.clone();
    let body = move || {
        let here = pl.position();
        let shown = pl.plan.with(|p| arranged(p, &c, here));
        let it = itinerary(&shown, &c, here);
        let last = shown.items.len().saturating_sub(1);
        let rows = it
            .rows
            .iter()
            .map(|r| match r {
                Row::Stop(s) => stop_view(pl, &c, s, last),
                Row::Break { item, minutes, from, to } => break_view(pl, &c, *item, *minutes, *from, *to),
            })
            .collect_view();
        let missing = it
            .missing
            .iter()
            .map(|id| view! { <p class="pl-missing" role="alert">{text::missing_stop(lang, id)}</p> })
            .collect_view();
        let t = it.totals;
        let has_stops = shown.stop_count() > 0;
        let totals = has_stops.then(|| {
            let whole = t.duration_min(shown.start_time);
            text::totals(lang, t.metres, t.travel_min, t.visit_min, t.break_min, whole)
        });
        let incomplete = (t.unknown_legs > 0).then(|| view! { <p class="pl-incomplete">{pl.t(PlMsg::Incomplete)}</p> });
        let budget = it.budget.as_ref().filter(|_| has_stops).map(|b| {
            let drop = b.drop.as_ref().map(|d| (d.station.name.get(lang), d.saves_min, d.still_over_min));
            let over = b.spare_min < 0;
            view! { <p class="pl-budget" class:over=over role="status">{text::budget(lang, b.spare_min, drop)}</p> }
        });
        refocus_later(pl);
        let status = super::route::here_status(pl, &shown);
        let map = has_stops.then(|| super::route::route_map(pl, &shown, &c, &it));
        view! {
            {missing}
            {status}
            {(!has_stops).then(|| view! { <p class="pl-empty">{pl.t(PlMsg::Empty)}</p> })}
            {map}
            <ol class="pl-rows">{rows}</ol>
            <p class="pl-totals">{totals}</p>
            {incomplete}
            {budget}
        }
    };
    let issues = move || {
        pl.issues.with(|v| {
            v.iter().map(|i| view! { <p class="pl-issue" role="alert">{text::link_issue(lang, i)}</p> }).collect_view()
        })
    };
    let order_note = move || {
        if pl.plan.with(|p| p.own_order) {
            view! {
                <p class="pl-order">{pl.t(PlMsg::OwnOrder)}" "
                    <button type="button" id="pl-avenue-order" class="no-print" on:click=move |_| pl.plan.update(|p| p.own_order = false)>
                        {pl.t(PlMsg::BackToAvenueOrder)}</button></p>
            }
            .into_any()
        } else {
            view! { <p class="pl-order">{pl.t(PlMsg::AvenueOrder)}</p> }.into_any()
        }
    };
    let heading = move || {
        pl.plan.with(|p| {
            let mode = pl.t(PlMsg::mode(p.mode));
            format!("{} · {mode} · {}", pl.t(PlMsg::ItineraryHeading), p.start_time.hh_mm())
        })
    };
    let colon = Msg::LabelColon.text(lang);
    // The day is printed when the plan has one, else left blank to fill in.
    let date_line = move || {
        let day = pl.plan.with(|p| p.date.as_deref().map(|d| corridor::i18n::calendar::date(lang, d)));
        match day {
            Some(d) => {
                view! { <p class="pl-note-line">{pl.t(PlMsg::NoteDate)}{colon}<span class="pl-date">{d}</span></p> }
                    .into_any()
            }
            None => view! { <p class="pl-note-line">{pl.t(PlMsg::NoteDate)}{colon}<span class="pl-blank"></span></p> }
                .into_any(),
        }
    };
    let note_lines = [PlMsg::NoteMeeting, PlMsg::NoteEmergency, PlMsg::NoteGroups]
        .into_iter()
        .map(|m| view! { <p class="pl-note-line">{pl.t(m)}{colon}<span class="pl-blank"></span></p> })
        .collect_view();
    // The handout's heading: the title, with the day when there is one.
    let title = move || {
        pl.plan.with(|p| {
            let title = p.title.clone().filter(|t| !t.trim().is_empty());
            let day = p.date.as_deref().map(|d| corridor::i18n::calendar::date(lang, d));
            let line = match (title, day) {
                (Some(t), Some(d)) => Some(format!("{t} · {d}")),
                (Some(t), None) => Some(t),
                (None, Some(d)) => Some(d),
                (None, None) => None,
            };
            line.map(|l| view! { <p class="pl-plan-title">{l}</p> })
        })
    };
    view! {
        <section class="pl-itinerary" aria-labelledby="pl-itinerary-h">
            {title}
            <h2 id="pl-itinerary-h">{heading}</h2>
            {issues}
            {order_note}
            <p class="pl-estimates">{pl.t(PlMsg::Estimates)}</p>
            <div id="pl-timetable" aria-live="polite">{body}</div>
        </section>
        <section class="pl-share" aria-labelledby="pl-share-h">
            <h2 id="pl-share-h" class="no-print">{pl.t(PlMsg::ShareHeading)}</h2>
            <label class="no-print">{pl.t(PlMsg::LinkLabel)}
                <input id="pl-link" type="text" readonly prop:value=move || { pl.plan.track(); pl.share_url() } /></label>
            <button type="button" id="pl-print" class="no-print" on:click=move |_| { let _ = window().print(); }>{pl.t(PlMsg::Print)}</button>
            <div class="pl-notes print-only">
                <h2>{pl.t(PlMsg::NotesHeading)}</h2>
                {date_line}
                {note_lines}
                <p class="pl-sources">{pl.t(PlMsg::Sources)}</p>
            </div>
        </section>
    }
}
