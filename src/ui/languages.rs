//! The page's language: the address's `lang=`, else the browser's
//! preference, else simplified Chinese. Shared by every page's entry.

use corridor::i18n::Lang;
use corridor::link::parse_query;
use leptos::prelude::window;

/// The languages the browser prefers, most preferred first.
pub fn browser_languages() -> Vec<String> {
    window().navigator().languages().iter().filter_map(|v| v.as_string()).collect()
}

/// The language of a page that reads `lang=` once, when it opens (the
/// staff pages and the planner; the visitors' page follows the address as
/// it changes, in `Nav`).
#[allow(dead_code)]
pub fn page_lang() -> Lang {
    let search = window().location().search().unwrap_or_default();
    Lang::choose(parse_query(&search).lang.as_deref(), &browser_languages())
}

/// Tells the browser (and screen readers) the page's language.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// The page's choice of language: a link per language, the current one
/// marked, each to `href(lang)`.
#[allow(dead_code)] // the visitors' page switches language with buttons
pub fn lang_links(current: Lang, href: impl Fn(Lang) -> String) -> impl leptos::IntoView {
    use leptos::prelude::*;
    let links = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <a href=href(l) hreflang=l.tag() lang=l.tag() aria-current=(l == current).then_some("true")>{l.short_autonym()}</a>
            }
        })
        .collect_view();
    view! { <nav class="page-langs" aria-label="Language · 语言 · 語言">{links}</nav> }
}
