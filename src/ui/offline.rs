//! Offline use as the visitor sees it: a note when the data shown is the
//! copy kept from an earlier visit, and a prompt when a new build is
//! installed and waiting. `sw-register.js` says so with `data-update` on
//! `<html>` and a "corridor-update" event; the reload button answers with
//! "corridor-reload", and the script lets the new worker take over.

use super::nav::Nav;
use corridor::i18n::offline::{offline_data, OffMsg};
use leptos::prelude::*;

const UPDATE_EVENT: &str = "corridor-update";
const RELOAD_EVENT: &str = "corridor-reload";

/// The data was answered from the service worker's copy: say from when.
#[component]
pub fn OfflineNote(saved: String) -> impl IntoView {
    let nav = Nav::get();
    view! { <p class="notice offline-note" role="status">{move || offline_data(nav.lang.get(), &saved)}</p> }
}

/// Whether a new build was already waiting when the app started.
fn update_waiting() -> bool {
    document().document_element().and_then(|e| e.get_attribute("data-update")).is_some_and(|v| v == "ready")
}

/// "A new version is ready" with a reload button, while one is waiting.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let nav = Nav::get();
    let ready = RwSignal::new(update_waiting());
    let listener = window_event_listener_untyped(UPDATE_EVENT, move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let reload = move |_| {
        if let Ok(event) = web_sys::Event::new(RELOAD_EVENT) {
            let _ = window().dispatch_event(&event);
        }
    };
    view! {
        <Show when=move || ready.get()>
            <div class="update-prompt" role="status">
                <span>{move || OffMsg::UpdateReady.text(nav.lang.get())}</span>
                <button type="button" class="update-reload" on:click=reload>
                    {move || OffMsg::Reload.text(nav.lang.get())}
                </button>
            </div>
        </Show>
    }
}
