//! Offline checks shared by the offline suite and the nginx one: waiting
//! for the service worker, the device's day, switching the network off,
//! and a phone that never answers from a cache.

use crate::planner::js;
use crate::print::cdp;
use crate::{eventually_on, timeout, Browser};
use fantoccini::Client;
use serde_json::json;

/// Waits until the service worker is active and controls the page, which
/// `sw-register.js` marks once the offline copy is complete.
pub async fn until_offline_ready(b: &Client) {
    eventually_on(b, "the service worker controlling the page", timeout(), || async move {
        let state = js(
            b,
            "return [document.documentElement.dataset.offline || '', !!(navigator.serviceWorker && navigator.serviceWorker.controller)]",
            vec![],
        )
        .await;
        if state == json!(["ready", true]) {
            Ok(())
        } else {
            Err(state.to_string())
        }
    })
    .await
}

/// The device's calendar day, as the worker writes it on its copies.
pub async fn browser_today(b: &Client) -> String {
    let day = js(
        b,
        "const d = new Date(), two = (n) => String(n).padStart(2, '0'); \
         return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());",
        vec![],
    )
    .await;
    day.as_str().unwrap_or_default().to_string()
}

/// The browser told it has no network (the DevTools protocol).
pub async fn go_offline(b: &Client) {
    cdp(b, "Network.enable", json!({})).await;
    cdp(
        b,
        "Network.emulateNetworkConditions",
        json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await;
}

/// Waits until the open card is titled with this name.
pub async fn until_card_titled(b: &Client, name: &str) {
    crate::wait_for(b, ".station-card .card-title", timeout()).await;
    eventually_on(b, "the card's title", timeout(), || async move {
        let got = crate::texts(b, ".station-card .card-title").await.join("");
        if got.contains(name) {
            Ok(())
        } else {
            Err(got)
        }
    })
    .await
}

/// A phone whose every load goes to the server: no HTTP cache and no
/// service worker in between, so holding a file back holds it back.
pub async fn uncached_phone() -> Browser {
    let b = Browser::phone().await;
    cdp(&b, "Network.enable", json!({})).await;
    cdp(&b, "Network.setCacheDisabled", json!({ "cacheDisabled": true })).await;
    cdp(&b, "Network.setBypassServiceWorker", json!({ "bypass": true })).await;
    b
}
