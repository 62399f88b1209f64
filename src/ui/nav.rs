//! What the URL says (station, language) as reactive values, and moving
//! between views by pushing URLs, so back/forward and shared links work.

use corridor::i18n::{Lang, Msg};
use corridor::link::{parse_query, PagePath};
use leptos::ev;
use leptos::prelude::*;

/// Which element opened the card, so closing it returns focus there.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Opener {
    ListLink,
    Marker,
}

impl Opener {
    pub fn class(self) -> &'static str {
        match self {
            Opener::ListLink => "station-link",
            Opener::Marker => "station-marker",
        }
    }
}

/// The view state derived from the URL, shared through context.
#[derive(Clone, Copy)]
pub struct Nav {
    pub lang: Memo<Lang>,
    /// The station the address names, as written (it may name no
    /// station): its page's path (`s/<id>/`), or an old link's `s=`.
    pub station: Memo<Option<String>>,
    page: Memo<PagePath>,
    browser: StoredValue<Lang>,
    /// Set by the element that opens a card.
    pub opener: StoredValue<Opener>,
    /// Set by the card's previous/next buttons, to keep focus on them.
    pub stepped_with: StoredValue<Option<&'static str>>,
}

impl Nav {
    pub fn provide() -> Self {
        let location = Location::provide();
        let browser = Lang::choose(None, &super::languages::browser_languages());
        let query = Memo::new(move |_| parse_query(&location.search.get()));
        let page = Memo::new(move |_| PagePath::parse(&location.pathname.get()));
        let nav = Nav {
            lang: Memo::new(move |_| query.with(|q| Lang::choose(q.lang.as_deref(), &[browser.tag().to_string()]))),
            // An old link's `s=` wins: the page then moves it to the station's own page.
            station: Memo::new(move |_| query.with(|q| q.station.clone()).or_else(|| page.with(|p| p.station.clone()))),
            page,
            browser: StoredValue::new(browser),
            opener: StoredValue::new(Opener::ListLink),
            stepped_with: StoredValue::new(None),
        };
        provide_context(nav);
        nav
    }

    pub fn get() -> Self {
        expect_context::<Nav>()
    }

    /// A string of the interface in the current language (tracked).
    pub fn t(&self, m: Msg) -> &'static str {
        m.text(self.lang.get())
    }

    /// A reactive string of the interface. Every call returns the same
    /// closure type, so the framework's rendering code for it is compiled
    /// once instead of once per string (a sizeable part of the bundle).
    pub fn tr(self, m: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || m.text(self.lang.get())
    }

    /// The URL of a view: a station's own page, or the site's root page,
    /// with `lang=` when it is not the browser's choice.
    pub fn href(&self, station: Option<&str>, lang: Lang) -> String {
        self.page.with_untracked(|p| p.href(station, lang, self.browser.get_value()))
    }
}

/// The page's path and query as signals, following pushes and the
/// browser's back/forward. The app moves between the root page and the
/// station pages of one site, so this is all the routing it needs.
#[derive(Clone, Copy)]
struct Location {
    pathname: Memo<String>,
    search: Memo<String>,
    version: RwSignal<u32>,
}

impl Location {
    fn provide() -> Self {
        let version = RwSignal::new(0u32);
        let read = move |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
            version.track();
            f(&window().location()).unwrap_or_default()
        };
        let location = Location {
            pathname: Memo::new(move |_| read(web_sys::Location::pathname)),
            search: Memo::new(move |_| read(web_sys::Location::search)),
            version,
        };
        let popstate = window_event_listener(ev::popstate, move |_| version.update(|v| *v += 1));
        on_cleanup(move || popstate.remove());
        provide_context(location);
        location
    }
}

/// A function that pushes (or with `true`, replaces) a URL of this page
/// without reloading it.
pub fn use_go() -> impl Fn(String, bool) + Clone + 'static {
    let location = expect_context::<Location>();
    move |href: String, replace: bool| {
        let here = window().location();
        let current = format!("{}{}", here.pathname().unwrap_or_default(), here.search().unwrap_or_default());
        if href == current {
            // Opening what is already open adds no history entry.
            return;
        }
        if let Ok(history) = window().history() {
            let _ = if replace {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            };
        }
        location.version.update(|v| *v += 1);
    }
}

/// Opens a station's card, remembering what opened it.
pub fn use_open_station() -> impl Fn(String, Opener) + Clone + 'static {
    let nav = Nav::get();
    let go = use_go();
    move |id: String, opener: Opener| {
        nav.opener.set_value(opener);
        nav.stepped_with.set_value(None);
        go(nav.href(Some(&id), nav.lang.get_untracked()), false);
    }
}
