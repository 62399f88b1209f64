//! Stations whose position is not known: shown beside the map rather than
//! at an invented place on it, each a link to its page (the first
//! screen's own writer) that opens its card in place.

use crate::ui::nav::{Nav, Opener};
use crate::ui::station_list::open_on_click;
use corridor::model::Corridor;
use corridor::prerender::tray;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Tray(corridor: Arc<Corridor>) -> impl IntoView {
    let nav = Nav::get();
    let markup = move || {
        let lang = nav.lang.get();
        let open = nav.station.get_untracked();
        tray(&corridor, lang, open.as_deref(), &|id| nav.href(id, lang))
    };
    view! { <div class="markup" on:click=open_on_click(".station-marker", Opener::Marker) inner_html=markup></div> }
}
