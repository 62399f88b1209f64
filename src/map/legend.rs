//! The map's legend and the data note (who says so, when, how exact).

use crate::ui::nav::Nav;
use corridor::i18n::{self, Lang, Msg};
use corridor::model::Corridor;
use corridor::scene::{kind_icon_svg, legend_keys, LegendKey};
use leptos::prelude::*;
use std::sync::Arc;

/// The legend's words for a key.
fn words(key: LegendKey, lang: Lang) -> &'static str {
    match key {
        LegendKey::Station => Msg::LegendStation,
        LegendKey::Estimated => Msg::LegendApproximate,
        LegendKey::Kind(c) => return c.label(lang),
        LegendKey::Avenue => Msg::LegendAvenue,
        LegendKey::Village => Msg::LegendVillage,
        LegendKey::Residential => Msg::LegendResidential,
        LegendKey::Boundary => Msg::LegendBoundary,
        LegendKey::Coast => Msg::LegendCoast,
    }
    .text(lang)
}

/// Only what this data draws is explained (`scene::legend_keys`).
#[component]
pub fn Legend(corridor: Arc<Corridor>) -> impl IntoView {
    let nav = Nav::get();
    let items = legend_keys(&corridor)
        .into_iter()
        .map(|key| {
            let class = key.class();
            let number = (key == LegendKey::Station).then_some("1");
            let symbol = match key {
                LegendKey::Kind(c) => view! {
                    <span class=format!("key key-kind {class}") aria-hidden="true" inner_html=kind_icon_svg(c)></span>
                }
                .into_any(),
                _ => view! { <span class=format!("key {class}") aria-hidden="true">{number}</span> }.into_any(),
            };
            view! {
                <li data-key=class.clone()>
                    {symbol}
                    " "
                    {move || words(key, nav.lang.get())}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="legend">{items}</ul> }
}

#[component]
pub fn DataNote(corridor: Arc<Corridor>) -> impl IntoView {
    let nav = Nav::get();
    let note = move || {
        let lang = nav.lang.get();
        let meta = &corridor.meta;
        let sources = meta.sources.iter().map(|s| s.title.get(lang)).collect::<Vec<_>>().join("; ");
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
