//! The map's legend and the data note (who says so, when, how exact).

use crate::ui::nav::Nav;
use corridor::i18n::{self, Msg};
use corridor::model::Corridor;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Legend() -> impl IntoView {
    let nav = Nav::get();
    view! {
        <ul class="legend">
            <li><span class="key key-station" aria-hidden="true">"1"</span> {move || nav.t(Msg::LegendStation)}</li>
            <li><span class="key key-approx" aria-hidden="true"></span> {move || nav.t(Msg::LegendApproximate)}</li>
            <li><span class="key key-avenue" aria-hidden="true"></span> {move || nav.t(Msg::LegendAvenue)}</li>
            <li><span class="key key-village" aria-hidden="true"></span> {move || nav.t(Msg::LegendVillage)}</li>
        </ul>
    }
}

#[component]
pub fn DataNote(corridor: Arc<Corridor>) -> impl IntoView {
    let nav = Nav::get();
    let note = move || {
        let lang = nav.lang.get();
        let meta = &corridor.meta;
        let sources = meta.sources.iter().map(|s| s.title.as_str()).collect::<Vec<_>>().join("; ");
        let updated = meta.updated.clone().unwrap_or_default();
        view! {
            <p>{meta.note.as_ref().map(|n| n.get(lang).to_string())}</p>
            <p class="data-approx">{Msg::DataNoteApproximate.text(lang)}</p>
            <p>{i18n::data_note(lang, &sources, &updated)}</p>
        }
    };
    view! {
        <section class="data-note" aria-labelledby="data-note-heading">
            <h2 id="data-note-heading">{move || nav.t(Msg::DataTitle)}</h2>
            {note}
        </section>
    }
}
