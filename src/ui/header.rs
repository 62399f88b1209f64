//! The page header: title, tagline and the language switch.

use super::nav::{use_go, Nav};
use corridor::i18n::{Lang, Msg};
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let nav = Nav::get();
    let go = use_go();
    let choices = Lang::ALL
        .into_iter()
        .map(|lang| {
            let go = go.clone();
            let pick = move |_| {
                if nav.lang.get_untracked() != lang {
                    go(nav.href(nav.station.get_untracked().as_deref(), lang), true);
                }
            };
            view! {
                <button
                    class="lang-choice"
                    type="button"
                    on:click=pick
                    lang=lang.tag()
                    title=lang.autonym()
                    aria-pressed=move || if nav.lang.get() == lang { "true" } else { "false" }
                >
                    {lang.short_autonym()}
                </button>
            }
        })
        .collect_view();
    view! {
        <header class="app-header">
            <div class="app-titles">
                <h1>{nav.tr(Msg::AppTitle)}</h1>
                <p class="tagline">{nav.tr(Msg::AppTagline)}</p>
            </div>
            <div class="lang-switch" role="group" aria-label=nav.tr(Msg::Language)>
                {choices}
            </div>
        </header>
    }
}
