//! "My stamps" (`stamps.html`), thin over `corridor::stamps`: every station
//! in the corridor's order with the day it was stamped, the progress, and
//! a printable certificate with a name the visitor types. Everything stays
//! on the device.

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
// The card stamps; this page reads and clears.
#[allow(dead_code)]
#[path = "../ui/stamp_store.rs"]
mod stamp_store;

use corridor::config::DATA_FILE;
use corridor::i18n::stamps::{certificate_line, progress, stamp_time, stamps_issue, StMsg};
use corridor::i18n::{load_failed, Lang, Msg};
use corridor::model::Corridor;
use corridor::stamps::{progress as count, stamp_of, Stamp};
use leptos::prelude::*;
use std::sync::Arc;

/// The certificate's name, kept for the next visit to this page.
const NAME_KEY: &str = "corridor.stamps.name";

fn stored_name() -> String {
    stamp_store::storage().and_then(|s| s.get_item(NAME_KEY).ok().flatten()).unwrap_or_default()
}

fn rows(c: &Corridor, stamps: &[Stamp], lang: Lang) -> impl IntoView {
    c.stations
        .iter()
        .map(|s| {
            let st = stamp_of(stamps, &s.id);
            let when = st.map(|st| {
                let how = if st.scanned { StMsg::Scanned } else { StMsg::ByHand };
                format!("{} · {}", stamp_time(lang, &st.at), how.text(lang))
            });
            view! {
                <li class="st-row" data-id=s.id.clone() data-stamped=st.is_some().to_string()>
                    <span class="st-mark" aria-hidden="true">{if st.is_some() { "✓" } else { "○" }}</span>
                    <span class="st-name">{s.order}" · "{s.name.get(lang).to_string()}</span>
                    <span class="st-when">{when.unwrap_or_else(|| StMsg::NotYet.text(lang).to_string())}</span>
                </li>
            }
        })
        .collect_view()
}

#[component]
pub fn Stamps() -> impl IntoView {
    let lang = languages::page_lang();
    languages::set_document_lang(lang);
    let t = move |m: StMsg| m.text(lang);
    document().set_title(t(StMsg::Title));
    let data: RwSignal<Option<Result<Arc<Corridor>, String>>> = RwSignal::new(None);
    let stamps = RwSignal::new(stamp_store::read());
    let name = RwSignal::new(stored_name());
    leptos::task::spawn_local(async move {
        let loaded = data::fetch_corridor(DATA_FILE).await;
        data.set(Some(loaded.map(|l| l.corridor).map_err(|e| load_failed(lang, DATA_FILE, &e.describe(lang)))));
    });
    let set_name = move |e: leptos::ev::Event| {
        let v: String = event_target_value(&e).chars().take(60).collect();
        if let Some(s) = stamp_store::storage() {
            let _ = s.set_item(NAME_KEY, &v);
        }
        name.set(v);
    };
    let clear = move |_| {
        if window().confirm_with_message(t(StMsg::ClearConfirm)).unwrap_or(false) {
            stamp_store::clear();
            stamps.set(stamp_store::read());
        }
    };
    let body = move || match data.get() {
        None => view! { <p role="status">{t(StMsg::Loading)}</p> }.into_any(),
        Some(Err(why)) => view! { <p class="st-error" role="alert">{why}</p> }.into_any(),
        Some(Ok(c)) => {
            let (list, issue) = match stamps.get() {
                Ok(v) => (v, None),
                Err(e) => (Vec::new(), Some(stamps_issue(lang, &e))),
            };
            let (done, total) = count(&c, &list);
            view! {
                {issue.map(|i| view! { <p class="st-error" role="alert">{i}</p> })}
                <p class="st-progress" data-done=done data-total=total>{progress(lang, done, total)}</p>
                <ol class="st-list">{rows(&c, &list, lang)}</ol>
                <section class="st-certificate print-only" aria-hidden="true">
                    <p class="st-cert-corridor">{Msg::AppTitle.text(lang)}</p>
                    <h2>{t(StMsg::CertificateTitle)}</h2>
                    <p class="st-cert-name">{move || {
                        // No name typed: a line to write one on.
                        let n = name.get();
                        if n.trim().is_empty() {
                            view! { {format!("{}{}", t(StMsg::CertificateName), Msg::LabelColon.text(lang))}<span class="st-cert-blank"></span> }.into_any()
                        } else {
                            view! { {n} }.into_any()
                        }
                    }}</p>
                    <p class="st-cert-line">{certificate_line(lang, done, total)}</p>
                    <ol class="st-cert-list">{rows(&c, &list, lang)}</ol>
                    <p class="st-cert-note">{t(StMsg::CertificateNote)}</p>
                </section>
            }
            .into_any()
        }
    };

    view! {
        <main class="stamps" data-ready=move || matches!(data.get(), Some(Ok(_))).to_string()>
            <header class="st-header no-print">
                <h1>{t(StMsg::Title)}</h1>
                {languages::lang_links(lang, |l| format!("?lang={}", l.tag()))}
                <p class="st-private">{t(StMsg::Private)}</p>
                <p>{t(StMsg::HowTo)}</p>
                <a href=format!("./?lang={}", lang.tag())>{t(StMsg::BackToMap)}</a>
            </header>
            <div class="st-screen">{body}</div>
            <section class="st-actions no-print">
                <label class="st-name-field">{t(StMsg::NameLabel)}
                    <input id="st-name" type="text" maxlength="60" prop:value=move || name.get() on:change=set_name /></label>
                <p class="st-buttons">
                    <button type="button" id="st-print" on:click=move |_| { let _ = window().print(); }>{t(StMsg::PrintCertificate)}</button>
                    <button type="button" id="st-clear" on:click=clear>{t(StMsg::Clear)}</button>
                </p>
            </section>
        </main>
    }
}
