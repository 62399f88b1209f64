//! Sharing a station: the system's share sheet where the browser has one
//! (phones, WeChat's browser on some builds), else the link copied to the
//! clipboard, else the link shown to copy by hand. Always the permanent
//! station link (its own page, `s/<id>/`, no language: the recipient's
//! browser decides).

use super::nav::Nav;
use corridor::i18n::{self, Msg};
use corridor::link::PagePath;
use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What the reader is told after pressing the button.
#[derive(Clone, PartialEq)]
enum Outcome {
    Copied,
    CopyByHand(String),
}

/// Calls `navigator[method](arg)` if the browser has it; `None` when it
/// does not (older browsers, insecure pages).
fn call_on(target: &JsValue, method: &str, arg: &JsValue) -> Option<Promise> {
    let f = Reflect::get(target, &JsValue::from_str(method)).ok()?.dyn_into::<Function>().ok()?;
    f.call1(target, arg).ok()?.dyn_into::<Promise>().ok()
}

async fn share(url: String, title: String) -> Option<Outcome> {
    let navigator: JsValue = window().navigator().into();
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"url".into(), &url.as_str().into());
    if let Some(p) = call_on(&navigator, "share", &data) {
        // Cancelling the sheet is a choice, not a failure: say nothing.
        let _ = JsFuture::from(p).await;
        return None;
    }
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).ok().filter(|c| !c.is_undefined());
    let copied = match clipboard.and_then(|c| call_on(&c, "writeText", &url.as_str().into())) {
        Some(p) => JsFuture::from(p).await.is_ok(),
        None => false,
    };
    Some(if copied { Outcome::Copied } else { Outcome::CopyByHand(url) })
}

#[component]
pub fn ShareButton(id: String, name: Signal<String>) -> impl IntoView {
    let nav = Nav::get();
    let outcome = RwSignal::new(None::<Outcome>);
    let on_click = move |_| {
        let lang = nav.lang.get_untracked();
        let location = window().location();
        let page = PagePath::parse(&location.pathname().unwrap_or_default());
        let url = format!("{}{}", location.origin().unwrap_or_default(), page.href(Some(&id), lang, lang));
        let title = i18n::page_title(lang, Some(&name.get_untracked()));
        spawn_local(async move { outcome.set(share(url, title).await) });
    };
    let said = move || {
        let lang = nav.lang.get();
        outcome.get().map(|o| match o {
            Outcome::Copied => Msg::LinkCopied.text(lang).to_string(),
            Outcome::CopyByHand(url) => i18n::copy_this_link(lang, &url),
        })
    };
    view! {
        <div class="card-share">
            <button class="card-share-button" type="button" on:click=on_click>{nav.tr(Msg::Share)}</button>
            <span class="card-share-said" role="status">{said}</span>
        </div>
    }
}
