//! The layout holds on a 320 px phone and with the text doubled (WCAG
//! 1.4.10 reflow and 1.4.4 resize text), in every language: no sideways
//! scrolling, the card's sheet clear of the map's buttons, the previous and
//! next buttons' text whole, the card's number badge unclipped, and with
//! 200 % text the card's title and first facts still on screen.
//!
//! ```text
//! trunk build --release                       # dist/ must exist
//! cargo test -p corridor-e2e --test layout -- --test-threads=2
//! ```

use corridor::i18n::Lang;
use corridor_e2e::map::{open_map, settled};
use corridor_e2e::{paths, timeout, wait_for, Browser, BrowserOptions, StaticServer, PHONE};
use fantoccini::Client;

const LANGS: [Lang; 3] = [Lang::ZhCn, Lang::ZhHant, Lang::En];
const NARROW: (u32, u32) = (320, 640);

/// A station with both a previous and a next one, taken from the data:
/// the placed station in the middle of the order.
fn middle_station() -> String {
    let corridor = paths::real_corridor();
    let placed: Vec<_> = corridor.stations.iter().filter(|s| s.position.is_some()).collect();
    assert!(placed.len() >= 3, "the data should place at least three stations");
    placed[placed.len() / 2].id.clone()
}

/// Every station id with a position, in order.
fn placed_ids() -> Vec<String> {
    paths::real_corridor().stations.iter().filter(|s| s.position.is_some()).map(|s| s.id.clone()).collect()
}

fn with_lang(path: &str, lang: Lang) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}lang={}", lang.tag())
}

async fn open(b: &Client, server: &StaticServer, path: &str) {
    open_map(b, server, path).await;
    if path.contains("s=") {
        wait_for(b, ".station-card", timeout()).await;
        settled(b).await;
    }
}

/// How far the page scrolls sideways, and the elements that stick out of
/// the window (also those in the fixed card, which do not make the page
/// scroll but are cut off all the same).
async fn overflow(b: &Client) -> (f64, Vec<String>) {
    let v = b
        .execute(
            "const w = window.innerWidth;
             const out = [...document.querySelectorAll('body *')].filter(e => {
               const r = e.getBoundingClientRect();
               return r.width > 0 && r.right > w + 0.5 && !e.closest('svg.corridor-map') && !e.closest('.visually-hidden');
             }).slice(0, 8).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} right=${e.getBoundingClientRect().right.toFixed(1)}`);
             return [document.documentElement.scrollWidth - w, out];",
            vec![],
        )
        .await
        .expect("measuring overflow");
    let excess = v[0].as_f64().unwrap_or(f64::NAN);
    let offenders = v[1].as_array().into_iter().flatten().filter_map(|s| s.as_str().map(str::to_string)).collect();
    (excess, offenders)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_scrolls_sideways_at_320_px_in_any_language() {
    let server = StaticServer::dist_or_panic();
    // Also as a desktop browser 320 px wide (1280 px zoomed to 400 %, the
    // case WCAG 1.4.10 names): no touch, scrollbars possible.
    let mut desktop = BrowserOptions::new(NARROW.0, NARROW.1);
    desktop.mobile = false;
    for options in [BrowserOptions::new(NARROW.0, NARROW.1), desktop] {
        let mobile = options.mobile;
        let b = Browser::launch_with(options).await.unwrap_or_else(|e| panic!("cannot start Chromium: {e}"));
        scrolls_sideways(&b, &server, mobile).await;
    }
}

async fn scrolls_sideways(b: &Client, server: &StaticServer, mobile: bool) {
    let ids: Vec<String> = paths::real_corridor().stations.iter().map(|s| s.id.clone()).collect();
    let mut failures = Vec::new();
    for lang in LANGS {
        // The map page, and every station's card (names and links differ).
        for path in std::iter::once("/".to_string()).chain(ids.iter().map(|id| format!("/?s={id}"))) {
            let path = with_lang(&path, lang);
            open(b, server, &path).await;
            let (excess, offenders) = overflow(b).await;
            if excess.is_nan() || excess > 0.0 || !offenders.is_empty() {
                failures.push(format!("{path}: scrolls sideways by {excess} px; sticking out: {offenders:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "at {}x{} (mobile: {mobile}):\n{}", NARROW.0, NARROW.1, failures.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_card_leaves_the_map_buttons_uncovered_at_320_px() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::launch_or_panic(NARROW.0, NARROW.1).await;
    let station = middle_station();
    let mut failures = Vec::new();
    for lang in LANGS {
        let path = with_lang(&format!("/?s={station}"), lang);
        open(&b, &server, &path).await;
        let v = b
            .execute(
                "const sheet = document.querySelector('.station-card').getBoundingClientRect();
                 return [...document.querySelectorAll('.map-controls button')]
                   .filter(e => e.getBoundingClientRect().bottom > sheet.top)
                   .map(e => `${e.className} bottom=${e.getBoundingClientRect().bottom.toFixed(0)} sheet top=${sheet.top.toFixed(0)}`);",
                vec![],
            )
            .await
            .expect("measuring the buttons");
        if v.as_array().is_some_and(|a| !a.is_empty()) {
            failures.push(format!("{path}: the sheet covers {v}"));
        }
    }
    assert!(failures.is_empty(), "at {}x{}:\n{}", NARROW.0, NARROW.1, failures.join("\n"));
}

/// The previous/next buttons' texts cut off (`scrollWidth > clientWidth`).
async fn clipped_step_texts(b: &Client) -> Vec<String> {
    let v = b
        .execute(
            "return [...document.querySelectorAll('.card-nav button, .card-nav button > span')]
               .filter(e => e.scrollWidth > e.clientWidth + 0.5 || e.getBoundingClientRect().right > window.innerWidth)
               .map(e => `${e.className} \"${e.textContent}\" scrollWidth=${e.scrollWidth} clientWidth=${e.clientWidth}`);",
            vec![],
        )
        .await
        .expect("measuring the step buttons");
    v.as_array().into_iter().flatten().filter_map(|s| s.as_str().map(str::to_string)).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn previous_and_next_say_their_whole_text_in_english() {
    let server = StaticServer::dist_or_panic();
    let mut failures = Vec::new();
    for (w, h) in [PHONE, NARROW] {
        let b = Browser::launch_or_panic(w, h).await;
        // Every placed station: each has its own neighbours' names.
        for id in placed_ids() {
            let path = with_lang(&format!("/?s={id}"), Lang::En);
            open(&b, &server, &path).await;
            for c in clipped_step_texts(&b).await {
                failures.push(format!("{w}x{h} {path}: {c}"));
            }
        }
    }
    assert!(failures.is_empty(), "clipped previous/next texts:\n{}", failures.join("\n"));
}

/// Doubles the root font size, as a reader's larger text does to rem.
async fn double_text(b: &Client) {
    b.execute("document.documentElement.style.fontSize = '200%'; return true;", vec![]).await.expect("200 % text");
    settled(b).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_200_percent_text_the_card_still_shows_its_title_badge_and_first_facts() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    let station = middle_station();
    let mut failures = Vec::new();
    for lang in LANGS {
        let path = with_lang(&format!("/?s={station}"), lang);
        open(&b, &server, &path).await;
        double_text(&b).await;
        let v = b
            .execute(
                "const vh = window.innerHeight, vw = window.innerWidth;
                 const problems = [];
                 const badge = document.querySelector('.card-number');
                 const r = badge.getBoundingClientRect();
                 if (badge.scrollWidth > badge.clientWidth || badge.scrollHeight > badge.clientHeight)
                   problems.push(`badge clipped: scroll ${badge.scrollWidth}x${badge.scrollHeight} in ${badge.clientWidth}x${badge.clientHeight}`);
                 // Visible: inside the viewport and not under anything. A
                 // text that wraps onto many lines must show its first line
                 // (the sheet scrolls for the rest).
                 const visible = (sel) => {
                   const e = document.querySelector(sel);
                   if (!e) return `${sel} missing`;
                   const b = e.getBoundingClientRect();
                   const line = parseFloat(getComputedStyle(e).lineHeight) || parseFloat(getComputedStyle(e).fontSize) * 1.4;
                   const shown = Math.min(b.bottom, b.top + 1.5 * line);
                   if (b.top < 0 || shown > vh || b.left < 0 || b.right > vw)
                     return `${sel} off screen: ${b.left.toFixed(0)},${b.top.toFixed(0)} to ${b.right.toFixed(0)},${b.bottom.toFixed(0)}`;
                   const x = Math.min(b.left + 4, vw - 1), y = (b.top + Math.min(b.bottom, b.top + 20)) / 2;
                   const hit = document.elementFromPoint(x, y);
                   if (!hit || !(e.contains(hit) || hit.contains(e))) return `${sel} covered by ${hit && hit.className}`;
                   return null;
                 };
                 for (const sel of ['.card-number', '.card-title', '.card-kind', '.card-facts dt', '.card-chainage'])
                   { const p = visible(sel); if (p) problems.push(p); }
                 return problems;",
                vec![],
            )
            .await
            .expect("measuring the card");
        for p in v.as_array().into_iter().flatten() {
            failures.push(format!("{path}: {}", p.as_str().unwrap_or_default()));
        }
        let (excess, offenders) = overflow(&b).await;
        if excess.is_nan() || excess > 0.0 || !offenders.is_empty() {
            failures.push(format!("{path}: scrolls sideways by {excess} px at 200 % text: {offenders:?}"));
        }
        for c in clipped_step_texts(&b).await {
            failures.push(format!("{path}: at 200 % text {c}"));
        }
        b.execute("document.documentElement.style.fontSize = ''; return true;", vec![]).await.expect("reset");
    }
    assert!(failures.is_empty(), "on a {}x{} phone with 200 % text:\n{}", PHONE.0, PHONE.1, failures.join("\n"));
}
