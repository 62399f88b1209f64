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
            <li><span class="key key-station" aria-hidden="true">"1"</span> {nav.tr(Msg::LegendStation)}</li>
            <li><span class="key key-approx" aria-hidden="true"></span> {nav.tr(Msg::LegendApproximate)}</li>
            <li><span class="key key-avenue" aria-hidden="true"></span> {nav.tr(Msg::LegendAvenue)}</li>
            <li><span class="key key-village" aria-hidden="true"></span> {nav.tr(Msg::LegendVillage)}</li>
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
        let avenue = corridor.avenue.as_ref().map(|a| {
            let length = i18n::km(lang, a.line.length_m());
            let about = a.description.as_ref().map(|d| d.get(lang).to_string()).unwrap_or_default();
            format!("{} · {length} · {about}", a.name.get(lang))
        });
        view! {
            <p>{meta.note.as_ref().map(|n| n.get(lang).to_string())}</p>
            {corridor.has_estimates().then(|| view! { <p class="data-approx">{Msg::DataNoteApproximate.text(lang)}</p> })}
            {avenue.map(|a| view! { <p class="data-avenue">{a}</p> })}
            <p>{i18n::data_note(lang, &sources, &updated)}</p>
        }
    };
    view! {
        <section class="data-note" aria-labelledby="data-note-heading">
            <h2 id="data-note-heading">{nav.tr(Msg::DataTitle)}</h2>
            {note}
        </section>
    }
}
