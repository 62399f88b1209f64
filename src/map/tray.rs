//! Stations whose position is not known: shown beside the map rather than
//! at an invented place on it.

use crate::ui::nav::{use_open_station, Nav, Opener};
use corridor::i18n::Msg;
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
            view! {
                <li>
                    <button
                        type="button"
                        class="station-marker unplaced"
                        class:selected=move || nav.station.with(|cur| cur.as_deref() == Some(id.as_str()))
                        data-id=s.id.clone()
                        on:click=move |_| open(id2.clone(), Opener::Marker)
                    >
                        // The name a screen reader or voice control uses is
                        // the text shown ("6 一谔公园·初心馆"), under the
                        // heading that says these have no place on the map.
                        <span class="tray-number">{s.order}</span>
                        " "
                        <span class="tray-name">{move || s.name.get(nav.lang.get()).to_string()}</span>
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
