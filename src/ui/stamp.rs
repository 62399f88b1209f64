//! The card's check-in stamp: "stamped 12 Dec 2026, 10:42", or a button to
//! stamp by hand, and the way to "my stamps". Opening a poster's QR link
//! (`&via=qr`) stamps that station once; the marker is then taken out of
//! the address so a reload or a shared copy stamps nothing.

use super::nav::Nav;
use super::position::request_position;
use super::stamp_store;
use corridor::geo::{distance_m, LonLat};
use corridor::i18n::stamps::{distance_to_station, stamped, stamps_issue};
use corridor::i18n::Msg;
use corridor::link::{parse_query, PagePath};
use corridor::stamps::{is_scan, stamp_of, without_scan, StampsIssue};
use leptos::prelude::*;

/// The station a poster's QR link opened, until its card stamps it.
#[derive(Clone, Copy)]
pub struct PendingScan(StoredValue<Option<String>>);

impl PendingScan {
    /// Reads the scan marker from the address (and removes it); call before
    /// anything else reads the address.
    pub fn provide() -> PendingScan {
        let here = window().location();
        let search = here.search().unwrap_or_default();
        let path = PagePath::parse(&here.pathname().unwrap_or_default());
        let scanned = is_scan(&search).then(|| parse_query(&search).station.or(path.station)).flatten();
        if scanned.is_some() {
            let url = format!(
                "{}{}{}",
                here.pathname().unwrap_or_default(),
                without_scan(&search),
                here.hash().unwrap_or_default()
            );
            if let Ok(h) = window().history() {
                let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
        }
        let me = PendingScan(StoredValue::new(scanned));
        provide_context(me);
        me
    }

    /// Whether the scan was of station `id` (taken once).
    fn take_for(&self, id: &str) -> bool {
        let hit = self.0.with_value(|s| s.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(id)));
        if hit {
            self.0.set_value(None);
        }
        hit
    }
}

#[component]
pub fn CardStamp(id: String, position: Option<LonLat>, estimated: bool) -> impl IntoView {
    let nav = Nav::get();
    let scanned = use_context::<PendingScan>().is_some_and(|p| p.take_for(&id));
    let stamps = RwSignal::new(if scanned { stamp_store::add(&id, true) } else { stamp_store::read() });
    // After a stamp by hand: how far the device is, if it will say.
    let away: RwSignal<Option<f64>> = RwSignal::new(None);
    let id2 = id.clone();
    let by_hand = move |_| {
        // The stamp first: asking where the device is never holds it up.
        stamps.set(stamp_store::add(&id2, false));
        if let Some(station) = position {
            request_position(move |answer| {
                if let Ok(p) = answer {
                    away.set(Some(distance_m(p.at, station)));
                }
            });
        }
    };
    let line = move || {
        let lang = nav.lang.get();
        stamps.with(|s| match s {
            Ok(list) => match stamp_of(list, &id) {
                Some(st) => view! { <p class="card-stamp" data-stamped="true" role="status">{stamped(lang, &st.at)}</p> }.into_any(),
                None => view! {
                    <button type="button" class="card-stamp-button" on:click=by_hand.clone()>{Msg::StampHere.text(lang)}</button>
                }
                .into_any(),
            },
            Err(issue @ StampsIssue::Unreadable) => view! {
                <p class="card-stamp-issue">{stamps_issue(lang, issue)}</p>
                <button type="button" class="card-stamp-button" on:click=by_hand.clone()>{Msg::StampHere.text(lang)}</button>
            }
            .into_any(),
            Err(issue) => view! { <p class="card-stamp-issue">{stamps_issue(lang, issue)}</p> }.into_any(),
        })
    };
    let how_far = move || {
        away.get().map(|m| view! { <p class="card-stamp-away" role="status">{distance_to_station(nav.lang.get(), m, estimated)}</p> })
    };
    view! {
        <div class="card-stamps">
            {line}
            {how_far}
            <a class="card-my-stamps" href=move || format!("stamps.html?lang={}", nav.lang.get().tag())>{nav.tr(Msg::MyStamps)}</a>
        </div>
    }
}
