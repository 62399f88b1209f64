//! The map's legend and the data note (who says so, when, how exact).

use crate::ui::nav::Nav;
use corridor::i18n::Msg;
use corridor::model::Corridor;
use corridor::page_text::data_note;
use corridor::scene::{kind_icon_svg, legend_keys, LegendKey};
use leptos::prelude::*;
use std::sync::Arc;

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
                    {move || key.words(nav.lang.get())}
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
        let note = data_note(&corridor, nav.lang.get());
        view! {
            <p>{note.note}</p>
            {note.approximate.map(|a| view! { <p class="data-approx">{a}</p> })}
            {note.avenue.map(|a| view! { <p class="data-avenue">{a}</p> })}
            <p>{note.sources}</p>
        }
    };
    view! {
        <section class="data-note" aria-labelledby="data-note-heading">
            <h2 id="data-note-heading">{nav.tr(Msg::DataTitle)}</h2>
            {note}
        </section>
    }
}
