//! Stations whose position is not known: shown beside the map rather than
//! at an invented place on it.

use crate::ui::nav::{use_open_station, Nav, Opener};
use corridor::i18n::{self, Msg};
use corridor::model::Corridor;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Tray(corridor: Arc<Corridor>) -> impl IntoView {
    let nav = Nav::get();
    let open = use_open_station();
    let unplaced: Vec<_> = corridor.stations.iter().filter(|s| s.position.is_none()).cloned().collect();
    if unplaced.is_empty() {
        return None;
    }
    let buttons = unplaced
        .into_iter()
        .map(|s| {
            let (id, id2) = (s.id.clone(), s.id.clone());
            let open = open.clone();
            let s2 = s.clone();
            view! {
                <li>
                    <button
                        type="button"
                        class="station-marker unplaced"
                        class:selected=move || nav.station.with(|cur| cur.as_deref() == Some(id.as_str()))
                        data-id=s.id.clone()
                        aria-label=move || format!("{} {}", i18n::station_number(nav.lang.get(), s2.order), s2.name.get(nav.lang.get()))
                        on:click=move |_| open(id2.clone(), Opener::Marker)
                    >
                        <span class="tray-number" aria-hidden="true">{s.order}</span>
                        <span class="tray-name" aria-hidden="true">{move || s.name.get(nav.lang.get()).to_string()}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <div class="tray">
            <h2 class="tray-heading">{nav.tr(Msg::TrayHeading)}</h2>
            <ul class="tray-list">{buttons}</ul>
        </div>
    })
}
