//! The numbered list of stations: the text alternative to the map, with the
//! same order and the same action (open the card). Also the town's units.

use super::nav::{use_open_station, Nav, Opener};
use corridor::i18n::{self, Msg};
use corridor::model::Corridor;
use corridor::page_text::{list_meta, unit_state};
use corridor::scene::kind_icon_svg;
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use std::sync::Arc;

/// A plain click opens the card in place; a modified click (new tab...)
/// is left to the browser, since the link is a real URL.
pub fn is_plain_click(e: &MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}

#[component]
pub fn StationList(corridor: Arc<Corridor>) -> impl IntoView {
    let nav = Nav::get();
    let open = use_open_station();
    let items = corridor
        .stations
        .iter()
        .map(|s| {
            let (id, id2, id3, id4) = (s.id.clone(), s.id.clone(), s.id.clone(), s.id.clone());
            let (s1, s2, s3) = (s.clone(), s.clone(), s.clone());
            let c = corridor.clone();
            let open = open.clone();
            let selected = move || nav.station.with(|cur| cur.as_deref() == Some(id.as_str()));
            let selected2 = selected.clone();
            view! {
                <li class:selected=selected class:unplaced=s.position.is_none()>
                    <a
                        class="station-link"
                        data-id=id2
                        href=move || nav.href(Some(&id3), nav.lang.get())
                        aria-current=move || selected2().then_some("true")
                        on:click=move |e: MouseEvent| {
                            if is_plain_click(&e) {
                                e.prevent_default();
                                open(id4.clone(), Opener::ListLink);
                            }
                        }
                    >
                        <span class="list-number" aria-hidden="true">{s.order}</span>
                        <span class="list-text">
                            <span class="visually-hidden">{move || i18n::station_number(nav.lang.get(), s3.order)} " "</span>
                            <span class="list-name">{move || s1.name.get(nav.lang.get()).to_string()}</span>
                            <span class="list-meta">
                                <span class="kind-mark" inner_html=kind_icon_svg(s.category)></span>
                                {move || list_meta(&c, &s2, nav.lang.get())}
                            </span>
                        </span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let count = corridor.stations.len();
    view! {
        <h2 id="list-heading" class="list-heading">
            {nav.tr(Msg::ListHeading)}
            <span class="list-count">{move || i18n::station_count(nav.lang.get(), count)}</span>
        </h2>
        <p class="list-intro">{nav.tr(Msg::ListIntro)}</p>
        <p class="list-plan">
            <a href=move || format!("plan.html?lang={}", nav.lang.get().tag())>{nav.tr(Msg::PlanVisit)}</a>
        </p>
        <ol class="station-list" id="station-list" aria-labelledby="list-heading">
            {items}
        </ol>
        <UnitsList corridor=corridor />
    }
}

/// All of the town's villages and residential committees, and whether the
/// map knows where they are.
#[component]
fn UnitsList(corridor: Arc<Corridor>) -> impl IntoView {
    let nav = Nav::get();
    let count = corridor.units.len();
    let c = corridor.clone();
    let rows = move || {
        let lang = nav.lang.get();
        c.units
            .iter()
            .map(|u| {
                let state = unit_state(u, lang);
                view! {
                    <li>
                        // The official code is for staff (the data, the checker), not readers.
                        <span class="unit-name" data-code=u.code.clone()>{u.name.get(lang).to_string()}</span>
                        " · "
                        <span class="unit-state">{state}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="units-list">
            <summary>{nav.tr(Msg::UnitsHeading)} " (" {count} ")"</summary>
            <ul>{rows}</ul>
        </details>
    }
}
