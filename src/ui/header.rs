//! The page header: title, tagline and the language switch.

use super::nav::{use_go, Nav};
use corridor::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let nav = Nav::get();
    let go = use_go();
    let switch = move |_| {
        let other = nav.lang.get_untracked().other();
        go(nav.href(nav.station.get_untracked().as_deref(), other), true);
    };
    view! {
        <header class="app-header">
            <div class="app-titles">
                <h1>{nav.tr(Msg::AppTitle)}</h1>
                <p class="tagline">{nav.tr(Msg::AppTagline)}</p>
            </div>
            <button
                class="lang-switch"
                type="button"
                on:click=switch
                lang=move || nav.lang.get().other().tag()
                aria-label=nav.tr(Msg::LangSwitchLabel)
            >
                {nav.tr(Msg::LangSwitch)}
            </button>
        </header>
    }
}
