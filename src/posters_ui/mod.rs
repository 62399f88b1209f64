//! The posters page (`posters.html`), thin over `corridor::poster`: the
//! site address the codes point at (from `map-config.json`, else this
//! page's own address, editable), a warning when it would not work once
//! printed, and every station's poster or sticker ready to print.

// Shared with the visitors' page, which uses all of them.
#[allow(dead_code)]
#[path = "../ui/data.rs"]
mod data;
#[path = "../ui/languages.rs"]
mod languages;
#[allow(dead_code)]
#[path = "../ui/marks.rs"]
mod marks;
// Each page uses some of the ways of waiting.
#[allow(dead_code)]
#[path = "../ui/tasks.rs"]
mod tasks;

use corridor::config::{fetch as fetch_config, CONFIG_FILE, DATA_FILE};
use corridor::i18n::poster::{site_warning as warning_text, PoMsg};
use corridor::i18n::{load_failed, Lang};
use corridor::model::Corridor;
use corridor::poster::{sheet_svg, site_base, site_warning, PosterError, Sheet};
use leptos::prelude::*;
use std::sync::Arc;

/// Where the address came from.
#[derive(Clone, Copy, PartialEq)]
enum SiteFrom {
    Config,
    ThisPage,
    Typed,
}

/// This page's folder, as a site address (what the codes point at when the
/// config names none).
fn this_site() -> String {
    site_base(&window().location().href().unwrap_or_default())
}

fn sheet_view(c: &Corridor, site: &str, sheet: Sheet, lang: Lang) -> AnyView {
    c.stations
        .iter()
        .map(|s| match sheet_svg(c, s, site, sheet) {
            Ok(svg) => view! { <div class="sheet" data-id=s.id.clone() inner_html=svg></div> }.into_any(),
            Err(PosterError::LinkTooLong { chars }) => {
                view! { <p class="po-error" role="alert">{corridor::i18n::poster::too_long(lang, chars)}</p> }
                    .into_any()
            }
        })
        .collect_view()
        .into_any()
}

#[component]
pub fn Posters() -> impl IntoView {
    let lang = languages::page_lang();
    languages::set_document_lang(lang);
    let t = move |m: PoMsg| m.text(lang);
    document().set_title(t(PoMsg::Title));
    let data: RwSignal<Option<Result<Arc<Corridor>, String>>> = RwSignal::new(None);
    let site = RwSignal::new(this_site());
    let from = RwSignal::new(SiteFrom::ThisPage);
    let sheet = RwSignal::new(Sheet::Poster);
    leptos::task::spawn_local(async move {
        let loaded = data::fetch_corridor(DATA_FILE).await;
        data.set(Some(loaded.map(|l| l.corridor).map_err(|e| load_failed(lang, DATA_FILE, &e.describe(lang)))));
    });
    leptos::task::spawn_local(async move {
        // A config the page cannot read leaves this page's own address.
        if let Ok(Some(url)) = fetch_config(CONFIG_FILE).await.map(|c| c.site_url) {
            if from.get_untracked() == SiteFrom::ThisPage {
                site.set(site_base(&url));
                from.set(SiteFrom::Config);
            }
        }
    });
    let warning = move || {
        site.with(|s| site_warning(s)).map(|w| view! { <p class="po-warning" role="alert">{warning_text(lang, w)}</p> })
    };
    let source = move || match from.get() {
        SiteFrom::Config => Some(t(PoMsg::ConfigSite)),
        SiteFrom::ThisPage => Some(t(PoMsg::PageSite)),
        SiteFrom::Typed => None,
    };
    let sizes = Sheet::ALL
        .into_iter()
        .map(|s| {
            let label = t(if s == Sheet::Poster { PoMsg::SizePoster } else { PoMsg::SizeSticker });
            view! {
                <label class="po-size"><input type="radio" name="po-size" value=s.name()
                    prop:checked=move || sheet.get() == s on:change=move |_| sheet.set(s) />{label}</label>
            }
        })
        .collect_view();
    let sheets = move || match data.get() {
        None => view! { <p class="po-status" role="status">{t(PoMsg::Loading)}</p> }.into_any(),
        Some(Err(why)) => view! { <p class="po-error" role="alert">{why}</p> }.into_any(),
        Some(Ok(c)) => site.with(|s| sheet_view(&c, &site_base(s), sheet.get(), lang)),
    };

    view! {
        <main class="posters" data-ready=move || matches!(data.get(), Some(Ok(_))).to_string()
            data-site=move || site_base(&site.get()) data-sheet=move || sheet.get().name()>
            <header class="po-controls no-print">
                <h1>{t(PoMsg::Title)}</h1>
                {languages::lang_links(lang, |l| format!("?lang={}", l.tag()))}
                <p>{t(PoMsg::Intro)}</p>
                <label class="po-site">{t(PoMsg::SiteLabel)}
                    <input id="po-site" type="url" prop:value=move || site.get()
                        on:change=move |e| { site.set(event_target_value(&e)); from.set(SiteFrom::Typed); } /></label>
                <p class="po-source">{source}</p>
                {warning}
                <fieldset class="po-sizes"><legend>{t(PoMsg::SizeLabel)}</legend>{sizes}</fieldset>
                <p class="po-buttons">
                    <button type="button" id="po-print" on:click=move |_| { let _ = window().print(); }>{t(PoMsg::Print)}</button>
                    <a href=format!("./?lang={}", lang.tag())>{t(PoMsg::BackToMap)}</a>
                </p>
            </header>
            <section class="po-sheets" aria-label=t(PoMsg::Title)>{sheets}</section>
        </main>
    }
}
