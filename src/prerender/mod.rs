//! The first screen of the map, written into the pages at build time from
//! the same model, scene and strings as the app: the header, the station
//! list, the map's SVG and (on a station's own page) its card. A visitor
//! who scans a QR code reads the card as soon as the HTML and the
//! stylesheet have arrived; the WebAssembly app then takes this markup's
//! place in one frame (`src/ui/takeover.rs`). Everything here is plain
//! links: before the app arrives, the list and the card's links work.
//!
//! The markup uses the app's own classes, so the stylesheet lays both out
//! alike. The parts with nothing to press but links (the list, the tray,
//! the legend, the data note, a card's facts) are one writer each, which
//! the app draws with too (`inner_html`): one template, written at build
//! time and in the browser alike. The app's views are the reference for
//! the rest.

mod card;
mod digest;
#[cfg(not(target_arch = "wasm32"))]
pub mod freshness;
mod list;
mod map;
pub mod page;

pub use card::{card, card_body};
pub use digest::data_digest;
pub use list::{data_note_section, list, station_list};
pub use map::{legend, map, tray, MAP_BOX, WIDE_MAP_BOX, WIDE_MAP_BOX_WITH_CARD, WRITTEN_MAP};
pub use page::{
    first_screen_script, index_page, station_page, template_of, Stylesheet, Written, FIRST_SCREEN_SCRIPT,
    PRERENDER_LANG, READER_SCRIPT,
};

use crate::i18n::{Lang, Msg};
use crate::link::PagePath;
use crate::model::{Corridor, Station};
use crate::scene::escape;

/// The Element Timing name of the card's title (`elementtiming`), the
/// same in the written card and the app's: `card-bench` reads when either
/// was first painted.
pub const CARD_TIMING: &str = "corridor-card";

/// The `<meta name>` that records which data file the pages were written
/// from (`freshness`).
pub const DATA_META: &str = "corridor-data";

/// The id of the element that holds the written first screen; the app
/// removes it when it takes over.
pub const FIRST_SCREEN_ID: &str = "boot";

/// Up to this many stations, a station's page carries the whole first
/// screen (list and map with its card). Beyond, it carries its card alone,
/// so a city's thousands of pages stay linear in the data's size; the app
/// brings the list and the map (and the root page has them all the same).
/// The app's own list waits a tick beyond the same count
/// (`src/ui/page.rs`).
pub const WHOLE_SCREEN_UP_TO: usize = 300;

/// Where a link to a station's page (or, for `None`, to the map's root
/// page) points: the written pages' [`href`], or the app's, which keeps
/// the reader's language.
pub type Href<'a> = &'a dyn Fn(Option<&str>) -> String;

/// Links in the written pages are relative to the site's root (every
/// page carries `<base>` pointing there), with no language: the reader's
/// browser decides, as in a shared link.
fn href(station: Option<&str>) -> String {
    href_in(station, PRERENDER_LANG)
}

/// A written link that keeps language `lang` (`?lang=`) unless it is the
/// one the pages are written in: the links of a card written for a reader
/// of another language ([`other_language_screens`]) stay in it.
fn href_in(station: Option<&str>, lang: Lang) -> String {
    let root = PagePath { root: String::new(), station: None };
    let h = root.href(station, lang, PRERENDER_LANG);
    if h.is_empty() || h.starts_with('?') {
        format!("./{h}")
    } else {
        h
    }
}

/// The header, as the app draws it, with the language switch as links.
fn header(lang: Lang, open: Option<&Station>) -> String {
    let choices: String = Lang::ALL
        .into_iter()
        .map(|l| {
            let station = open.map(|s| s.id.as_str());
            let target = format!("{}?lang={}", href(station).trim_start_matches("./"), l.tag());
            format!(
                r#"<a class="lang-choice" href="{}" lang="{}" title="{}"{}>{}</a>"#,
                escape(&target),
                l.tag(),
                escape(l.autonym()),
                if l == lang { r#" aria-current="true""# } else { "" },
                escape(l.short_autonym())
            )
        })
        .collect();
    format!(
        r##"<a class="skip-link" href="#station-list">{}</a><header class="app-header"><div class="app-titles"><h1>{}</h1><p class="tagline">{}</p></div><div class="lang-switch" role="group" aria-label="{}">{choices}</div></header>"##,
        escape(Msg::SkipToList.text(lang)),
        escape(Msg::AppTitle.text(lang)),
        escape(Msg::AppTagline.text(lang)),
        escape(Msg::Language.text(lang)),
    )
}

/// The whole first screen: header, the open station's card, map and list.
/// The markup follows what a phone shows from the top, the card first (the
/// stylesheet places it, a sheet or a side panel, wherever it is): the
/// browser paints what it has read so far, so nothing read later may push
/// what is already on screen (the app's own order, list before map, is
/// for the keyboard, and it takes over before anyone tabs).
///
/// ```
/// use corridor::i18n::Lang;
/// use corridor::model::load;
/// let c = load(include_bytes!("../../public/data/corridor.geojson")).corridor.expect("loads");
/// let page = corridor::prerender::first_screen(&c, Lang::ZhCn, c.station("zhangqiao"));
/// assert!(page.contains(r#"class="station-card""#) && page.contains("张桥村"));
/// ```
pub fn first_screen(c: &Corridor, lang: Lang, open: Option<&Station>) -> String {
    if let Some(s) = open.filter(|_| c.stations.len() > WHOLE_SCREEN_UP_TO) {
        return card_screen(c, s, lang);
    }
    let selected = open.map(|s| s.id.as_str());
    screen(
        lang,
        open,
        open.map(|s| card(c, s, lang)).unwrap_or_default(),
        map(c, lang, selected) + &tray(c, lang, selected, &|st| href_in(st, lang)) + &legend(c, lang),
        list(c, lang, selected),
    )
}

/// The frame of every written screen, as the app's page has it: the
/// header, then the open station's card (first: the browser paints what it
/// has read, and the stylesheet places the card), the map's pane and the
/// list's pane (the stylesheet shows the map first); a pane may be empty,
/// for the app to fill.
fn screen(lang: Lang, open: Option<&Station>, card: String, map_pane: String, list_pane: String) -> String {
    let layout_class = if open.is_some() { "layout card-open" } else { "layout" };
    let labelled = if list_pane.is_empty() { "" } else { r#" aria-labelledby="list-heading""# };
    format!(
        r#"{}<main class="app-main" id="main"><div class="{layout_class}">{card}<section class="map-pane">{map_pane}</section><section class="list-pane"{labelled}>{list_pane}</section></div></main>"#,
        header(lang, open),
    )
}

/// The map's empty place, saying "loading" until the app draws the map.
fn map_frame_waiting(lang: Lang) -> String {
    format!(r#"<div class="map-frame"><p class="map-waiting">{}</p></div>"#, escape(Msg::Loading.text(lang)))
}

/// A first screen of the header and a station's card alone, over the
/// map's and the list's empty places, which the app fills.
fn card_screen(c: &Corridor, s: &Station, lang: Lang) -> String {
    screen(lang, Some(s), card(c, s, lang), map_frame_waiting(lang), String::new())
}

/// A first screen of the header and the list, beside the map's empty
/// place, which the app fills.
fn list_screen(c: &Corridor, lang: Lang) -> String {
    screen(lang, None, String::new(), map_frame_waiting(lang), list(c, lang, None))
}

/// The class of the `<template>`s that hold a page's first screen in the
/// other languages (read by `assets/first-screen.js`).
pub const OTHER_LANGUAGE_CLASS: &str = "in-language";

/// The first screen in every language but `written`, each as an inert
/// `<template>` (not drawn, its ids not in the page) that the first-screen
/// script puts in place of the written screen for a reader of that
/// language, with the tab's title in `data-title`. On a station's page
/// (`open`) it is the header and the station's card, so the card a QR code
/// opens is on screen in the reader's language before the app arrives; on
/// the root page the header and the list. The map, written in one
/// language, waits for the app. Beyond [`WHOLE_SCREEN_UP_TO`] stations the
/// root page has none (its reader sees "loading"), so a city's list is
/// written once.
///
/// ```
/// use corridor::i18n::Lang;
/// use corridor::model::load;
/// let c = load(include_bytes!("../../public/data/corridor.geojson")).corridor.expect("loads");
/// let t = corridor::prerender::other_language_screens(&c, c.station("zhangqiao"), Lang::ZhCn);
/// assert!(t.contains(r#"data-lang="en""#) && t.contains("Zhangqiao"));
/// ```
pub fn other_language_screens(c: &Corridor, open: Option<&Station>, written: Lang) -> String {
    if open.is_none() && c.stations.len() > WHOLE_SCREEN_UP_TO {
        return String::new();
    }
    Lang::ALL
        .into_iter()
        .filter(|&l| l != written)
        .map(|l| {
            let (title, screen) = match open {
                Some(s) => (crate::i18n::page_title(l, Some(s.name.get(l))), card_screen(c, s, l)),
                None => (crate::i18n::page_title(l, None), list_screen(c, l)),
            };
            format!(
                r#"<template class="{OTHER_LANGUAGE_CLASS}" data-lang="{}" data-title="{}">{screen}</template>"#,
                l.tag(),
                escape(&title),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load;

    pub(crate) fn shipped() -> Corridor {
        load(include_bytes!("../../public/data/corridor.geojson")).corridor.expect("the shipped data loads")
    }

    #[test]
    fn every_station_is_in_the_list_and_on_the_map_when_placed() {
        let c = shipped();
        let page = first_screen(&c, Lang::ZhCn, None);
        for s in &c.stations {
            assert!(page.contains(&format!(r#"class="station-link" data-id="{}""#, s.id)), "{} listed", s.id);
            assert!(page.contains(&escape(s.name.get(Lang::ZhCn))), "{} named", s.id);
        }
        assert!(!page.contains("station-card"), "no card on the root page");
    }

    #[test]
    fn a_city_of_stations_keeps_each_page_to_its_card() {
        let file = crate::synthetic::corridor_with_stations(
            include_str!("../../public/data/corridor.geojson"),
            WHOLE_SCREEN_UP_TO + 1,
        )
        .expect("a generated file");
        let c = load(file.as_bytes()).corridor.expect("loads");
        let s = &c.stations[WHOLE_SCREEN_UP_TO / 2];
        let page = first_screen(&c, Lang::ZhCn, Some(s));
        assert!(page.contains(&format!("data-id=\"{}\"", s.id)) && page.contains("station-card"));
        assert_eq!(page.matches("class=\"station-link\"").count(), 0, "no list of every station on every page");
        assert!(page.len() < 20_000, "{} bytes", page.len());
        // The root page still has them all.
        let root = first_screen(&c, Lang::ZhCn, None);
        assert_eq!(root.matches("class=\"station-link\"").count(), c.stations.len());
        // Written once: in the other languages a station's card alone, and no list.
        assert!(other_language_screens(&c, None, Lang::ZhCn).is_empty());
        let cards = other_language_screens(&c, Some(s), Lang::ZhCn);
        assert_eq!(cards.matches("station-card\"").count(), Lang::ALL.len() - 1);
        assert_eq!(cards.matches("class=\"station-link\"").count(), 0);
    }

    #[test]
    fn text_from_the_data_is_escaped() {
        let mut c = shipped();
        let name = "<script>alert(\"x\")</script> & 'co'";
        c.stations[0].name = crate::model::Texts { zh: name.into(), en: Some(name.into()), zh_hant: None };
        let open = c.stations[0].clone();
        let page = first_screen(&c, Lang::En, Some(&open));
        assert!(!page.contains("<script>"), "no markup from the data");
        assert!(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"));
    }
}
