//! The station card: everything we know about one station, where it lies,
//! how to get there, and where the facts come from. A bottom sheet on
//! phones, a side panel on desktops (CSS decides).

use super::listen::ListenButton;
use super::marks;
use super::nav::{use_go, Nav};
use super::share::ShareButton;
use super::stamp::CardStamp;
use corridor::i18n::{self, Lang, Msg};
use corridor::link::{is_wechat, MapApp};
use corridor::model::{Accuracy, Corridor, Source, Station};
use corridor::page_text::{along, has_leg, membership_note, not_known_yet, position_note, step_label, unit_name};
use corridor::prerender::CARD_TIMING;
use corridor::scene::kind_icon_svg;
use corridor::speech::card_speech;
use leptos::prelude::*;
use std::sync::Arc;

/// A source by its title, in the reader's language where the data has it,
/// then who published it and when; the title is the link when there is
/// one, so each link is named after what it opens.
fn source_item(s: &Source, lang: Lang) -> impl IntoView {
    let title = s.title.get(lang).to_string();
    let about = i18n::source_about(lang, s.publisher.as_ref().map(|p| p.get(lang)), s.date.as_deref());
    let title = match s.url.clone() {
        Some(url) => view! { <a href=url target="_blank" rel="noopener noreferrer">{title}</a> }.into_any(),
        None => title.into_any(),
    };
    view! { <li>{title} {about}</li> }
}

#[component]
pub fn StationCard(corridor: Arc<Corridor>, station: Station) -> impl IntoView {
    let nav = Nav::get();
    let go = use_go();
    let id = station.id.clone();
    let (prev, next) = corridor.neighbours(&id);
    let (prev, next) = (prev.cloned(), next.cloned());
    let (prev_id, next_id) = (prev.as_ref().map(|s| s.id.clone()), next.as_ref().map(|s| s.id.clone()));
    let wechat = window().navigator().user_agent().map(|ua| is_wechat(&ua)).unwrap_or(false);

    let close = {
        let go = go.clone();
        move |_| go(nav.href(None, nav.lang.get_untracked()), false)
    };
    let step = move |target: Option<String>, button: &'static str| {
        let go = go.clone();
        move |_| {
            if let Some(t) = &target {
                nav.stepped_with.set_value(Some(button));
                go(nav.href(Some(t), nav.lang.get_untracked()), false);
            }
        }
    };
    let on_prev = step(prev_id.clone(), "card-prev");
    let on_next = step(next_id.clone(), "card-next");

    let body = {
        let (c, s) = (corridor.clone(), station.clone());
        move || {
            let lang = nav.lang.get();
            let unit = unit_name(&c, &s, lang);
            let along = along(&c, &s, lang);
            // Said once, where the card shows a leg.
            let has_leg = has_leg(&c, &s);
            let optional =
                |label: Msg, value: Option<String>| value.map(|v| view! { <dt>{label.text(lang)}</dt> <dd>{v}</dd> });
            let see_do = s.see_do.get(lang).to_vec();
            let navigate = match s.position {
                Some(p) => {
                    let name = s.name.get(lang).to_string();
                    let links = MapApp::ALL
                        .iter()
                        .map(|app| {
                            view! {
                                <li>
                                    <a href=app.link(p, &name) target="_blank" rel="noopener noreferrer">
                                        {app.label(lang)}
                                        <span class="visually-hidden">{Msg::LabelColon.text(lang)}{name.clone()}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        {wechat.then(|| view! { <p class="wechat-hint">{Msg::NavigateWeChatHint.text(lang)}</p> })}
                        <ul class="nav-links">{links}</ul>
                    }
                    .into_any()
                }
                None => view! { <p class="muted">{Msg::NavigateUnknown.text(lang)}</p> }.into_any(),
            };
            view! {
                <p class="card-kind">
                    <span class="kind-mark" inner_html=kind_icon_svg(s.category)></span>
                    {s.category.label(lang)}
                    {unit.map(|u| view! { " · " <span class="card-unit">{Msg::Unit.text(lang)}{Msg::LabelColon.text(lang)}{u}</span> })}
                </p>
                <dl class="card-facts">
                    <dt>{Msg::Along.text(lang)}</dt>
                    <dd class="card-chainage">{along}</dd>
                    <dt>{Msg::Position.text(lang)}</dt>
                    <dd class="card-position-note" class:estimate=s.accuracy != Accuracy::Surveyed>
                        {position_note(&s, lang)}
                    </dd>
                    {optional(Msg::Hours, s.hours.as_ref().map(|t| t.get(lang).to_string()))}
                    {optional(Msg::Phone, s.phone.clone())}
                    {optional(Msg::Address, s.address.as_ref().map(|t| t.get(lang).to_string()))}
                </dl>
                <p class="card-not-known">{not_known_yet(&s, lang)}</p>
                {s.description.as_ref().map(|d| view! {
                    <h3>{Msg::About.text(lang)}</h3>
                    <p class="card-description">{d.get(lang).to_string()}</p>
                })}
                {(!see_do.is_empty()).then(|| view! {
                    <h3>{Msg::SeeAndDo.text(lang)}</h3>
                    <ul class="card-see-do">{see_do.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                })}
                {(!s.links.is_empty()).then(|| view! {
                    <h3>{Msg::Links.text(lang)}</h3>
                    <ul class="card-links">
                        {s.links.iter().map(|l| view! {
                            <li><a href=l.url.clone() target="_blank" rel="noopener noreferrer">{l.title.get(lang).to_string()}</a></li>
                        }).collect_view()}
                    </ul>
                })}
                <h3>{Msg::Navigate.text(lang)}</h3>
                {navigate}
                <h3>{Msg::Sources.text(lang)}</h3>
                <ul class="card-sources">{s.sources.iter().map(|x| source_item(x, lang)).collect_view()}</ul>
                {membership_note(&s, lang).map(|m| view! { <p class="card-membership">{m}</p> })}
                {has_leg.then(|| view! { <p class="card-leg-rule">{i18n::leg_rule(lang)}</p> })}
            }
        }
    };

    // The Element Timing name `card-bench` reads (the view macro has no
    // such attribute, so it is set on the element).
    let title = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(t) = title.get() {
            let _ = t.set_attribute("elementtiming", CARD_TIMING);
        }
    });
    // For `card-bench`: the first card is about to be painted (the next
    // animation frame after it entered the page).
    Effect::new(move |_| request_animation_frame(|| marks::mark_once(marks::CARD)));

    let (s1, s2, s3, s4, s5) = (station.clone(), station.clone(), station.clone(), station.clone(), station.clone());
    view! {
        <section class="station-card" role="dialog" aria-modal="false" aria-labelledby="card-title" data-id=id>
            <header class="card-head">
                <span class="card-number" aria-hidden="true">{station.order}</span>
                <h2 class="card-title" id="card-title" tabindex="-1" node_ref=title>
                    <span class="visually-hidden">{move || i18n::station_number(nav.lang.get(), s1.order)} " "</span>
                    {move || s2.name.get(nav.lang.get()).to_string()}
                </h2>
                <button class="card-close" type="button" on:click=close aria-label=nav.tr(Msg::Close)>
                    "×"
                </button>
            </header>
            <div class="card-body">
                // First, so a visitor who just scanned the poster sees the
                // stamp at once; then the card read aloud.
                <div class="card-on-site">
                    <CardStamp id=station.id.clone() position=station.position estimated=station.accuracy != Accuracy::Surveyed />
                    <ListenButton text=Signal::derive(move || card_speech(&s5, nav.lang.get())) />
                </div>
                {body}
                <ShareButton id=station.id.clone() name=Signal::derive(move || s4.name.get(nav.lang.get()).to_string()) />
                // The planner is its own page: this link is all a station link carries of it.
                <p class="card-plan">
                    <a href={let id = station.id.clone(); move || format!("plan.html?add={id}&lang={}", nav.lang.get().tag())}>
                        {nav.tr(Msg::AddToPlan)}
                    </a>
                </p>
            </div>
            <nav class="card-nav">
                <button class="card-prev" type="button" disabled=prev_id.is_none() on:click=on_prev>
                    <span class="step-dir">"← " {nav.tr(Msg::Previous)}</span>
                    <span class="step-to">
                        {move || step_label(&s3, prev.as_ref(), nav.lang.get()).unwrap_or_default()}
                    </span>
                </button>
                <button class="card-next" type="button" disabled=next_id.is_none() on:click=on_next>
                    <span class="step-dir">{nav.tr(Msg::Next)} " →"</span>
                    <span class="step-to">
                        {move || step_label(&station, next.as_ref(), nav.lang.get()).unwrap_or_default()}
                    </span>
                </button>
            </nav>
        </section>
    }
}
