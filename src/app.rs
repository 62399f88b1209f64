//! The app: a router (for `?s=` and `lang=` in the URL and back/forward),
//! the data file loaded once, and the page that shows it.

use crate::ui::data::fetch_corridor;
use crate::ui::header::Header;
use crate::ui::nav::{use_go, Nav};
use crate::ui::notices::LoadError;
use crate::ui::offline::{OfflineNote, UpdatePrompt};
use crate::ui::page::CorridorPage;
use corridor::i18n::{self, Msg};
use leptos::ev;
use leptos::prelude::*;

pub use corridor::config::DATA_FILE;

/// The name of the station whose card is open, in the page's language, for
/// the tab's title; written by the page, which knows the data.
#[derive(Clone, Copy)]
pub struct OpenStationName(pub RwSignal<Option<String>>);

impl OpenStationName {
    fn provide() -> Self {
        let me = OpenStationName(RwSignal::new(None));
        provide_context(me);
        me
    }
}

#[component]
pub fn App() -> impl IntoView {
    view! { <Shell /> }
}

#[component]
fn Shell() -> impl IntoView {
    // Before anything reads the address: a poster's scan marker is taken out.
    crate::ui::stamp::PendingScan::provide();
    let nav = Nav::provide();
    // The file as loaded (`None` until it is); fetched again on "retry".
    let data = RwSignal::new(None);
    let fetch = move || leptos::task::spawn_local(async move { data.set(Some(fetch_corridor(DATA_FILE).await)) });
    fetch();
    let open_station = OpenStationName::provide();

    // <html lang> and the tab title follow the language and the open card.
    Effect::new(move |_| {
        let lang = nav.lang.get();
        crate::ui::languages::set_document_lang(lang);
        open_station.0.with(|name| document().set_title(&i18n::page_title(lang, name.as_deref())));
    });

    // Esc closes the card from anywhere on the page.
    let go = use_go();
    let esc = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" && nav.station.get_untracked().is_some() {
            go(nav.href(None, nav.lang.get_untracked()), false);
        }
    });
    on_cleanup(move || esc.remove());

    view! {
        <a class="skip-link" href="#station-list">{nav.tr(Msg::SkipToList)}</a>
        <Header />
        <UpdatePrompt />
        <main class="app-main" id="main">
            {move || match data.get() {
                None => view! { <p class="loading" role="status">{nav.t(Msg::Loading)}</p> }.into_any(),
                Some(Err(failure)) => {
                    view! { <LoadError file=DATA_FILE failure=failure on_retry=fetch /> }.into_any()
                }
                Some(Ok(loaded)) => {
                    view! {
                        {loaded.offline_copy_of.map(|saved| view! { <OfflineNote saved=saved /> })}
                        <CorridorPage corridor=loaded.corridor problems=loaded.problems digest=loaded.digest />
                    }
                    .into_any()
                }
            }}
        </main>
    }
}
