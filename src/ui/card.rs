//! The station card: everything we know about one station, where it lies,
//! how to get there, and where the facts come from. A bottom sheet on
//! phones, a side panel on desktops (CSS decides).

use super::listen::ListenButton;
use super::marks;
use super::nav::{use_go, Nav};
use super::share::ShareButton;
use super::stamp::CardStamp;
use corridor::i18n::{self, Msg};
use corridor::link::is_wechat;
use corridor::model::{Accuracy, Corridor, Station};
use corridor::page_text::step_label;
use corridor::prerender::{card_body, CARD_TIMING};
use corridor::speech::card_speech;
use leptos::prelude::*;
use std::sync::Arc;

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

    // What the card says of the station: the first screen's own writer.
    let body = {
        let (c, s) = (corridor.clone(), station.clone());
        move || card_body(&c, &s, nav.lang.get(), wechat)
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
                <div class="markup" inner_html=body></div>
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
