//! Waiting for the page, and reading it, with failures that say what was
//! expected and what the page showed instead.
//!
//! Why: the app renders asynchronously (wasm start, data fetch, router
//! updates), so every check polls until it holds or a deadline passes; a
//! bare "element not found" would not tell the reader whether the app
//! crashed, showed an error, or just rendered something else.

use std::future::Future;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::error::CmdError;
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use serde_json::Value;

/// How long a check may wait by default: `$CORRIDOR_E2E_TIMEOUT_SECS`, or
/// 20 s (a cold wasm start on a busy 2-core machine takes a few seconds).
pub fn timeout() -> Duration {
    let secs = std::env::var("CORRIDOR_E2E_TIMEOUT_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(20);
    Duration::from_secs(secs)
}

const POLL: Duration = Duration::from_millis(100);

/// The first screen written into the map's pages at build time, until the
/// app takes its place (`corridor::prerender`, src/ui/takeover.rs).
pub const FIRST_SCREEN: &str = "#boot.first-screen";

/// Whether the app is in charge of the page: on the map's pages (the root
/// page and the station pages `s/<id>/`, at any sub-path) once it has taken
/// the written screen's place (`data-first-screen="taken"`); on the other
/// pages once they are loaded. A map page still moving on to a station's
/// page is not.
const APP_IN_CHARGE_JS: &str = "const d = document; \
    const map = /(\\/|\\/index\\.html|\\/s\\/[^/]+\\/(index\\.html)?)$/.test(location.pathname); \
    return d.documentElement.getAttribute('data-first-screen') === 'taken' || (!map && d.readyState === 'complete');";

/// Waits until the app has taken the written first screen's place (at
/// once on a page that has none). Tests of the app wait on this before
/// they look for its elements, which the written screen shares.
pub async fn until_app(client: &Client, timeout: Duration) -> Result<(), CmdError> {
    let deadline = Instant::now() + timeout;
    loop {
        // A page between two documents cannot answer: ask again.
        let v = client.execute(APP_IN_CHARGE_JS, vec![]).await;
        if v.ok().and_then(|v| v.as_bool()) == Some(true) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(CmdError::WaitTimeout);
        }
        tokio::time::sleep(POLL).await;
    }
}

/// Waits until an element of the app matches `css`, using fantoccini's own
/// waiter (after the app has taken over from the written first screen).
/// Returns the error instead of panicking, for callers that want to decide.
pub async fn try_wait_for(client: &Client, css: &str, timeout: Duration) -> Result<Element, CmdError> {
    until_app(client, timeout).await?;
    client.wait().at_most(timeout).every(POLL).for_element(Locator::Css(css)).await
}

/// Waits until an element matches `css`; panics with the URL and what the
/// page shows if none does within `timeout`.
pub async fn wait_for(client: &Client, css: &str, timeout: Duration) -> Element {
    match try_wait_for(client, css, timeout).await {
        Ok(element) => element,
        Err(e) => panic!("no element matches `{css}` after {:.0?} ({e})\n{}", timeout, describe_page(client).await),
    }
}

/// Waits until nothing matches `css`.
pub async fn wait_gone(client: &Client, css: &str, timeout: Duration) {
    eventually_on(client, &format!("`{css}` to disappear"), timeout, || async move {
        match count(client, css).await {
            0 => Ok(()),
            n => Err(format!("{n} element(s) still match")),
        }
    })
    .await
}

/// Polls `check` until it returns `Ok`; after `timeout`, the last `Err`.
async fn poll<T, F, Fut>(timeout: Duration, mut check: F) -> Result<T, String>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, String>>,
{
    let deadline = Instant::now() + timeout;
    loop {
        match check().await {
            Ok(value) => return Ok(value),
            Err(last) if Instant::now() >= deadline => return Err(last),
            Err(_) => tokio::time::sleep(POLL).await,
        }
    }
}

/// Polls `check` until it returns `Ok`, or panics after `timeout` with
/// `what` and the last `Err` observation (`check` borrows the client, so
/// the observation must carry the detail).
pub async fn eventually<T, F, Fut>(what: &str, timeout: Duration, check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, String>>,
{
    match poll(timeout, check).await {
        Ok(value) => value,
        Err(last) => panic!("timed out after {timeout:.0?} waiting for {what}; last seen: {last}"),
    }
}

/// Like [`eventually`], on the app's page (after [`until_app`]: the written
/// first screen shares the app's elements), and on timeout also shows the page.
pub async fn eventually_on<T, F, Fut>(client: &Client, what: &str, timeout: Duration, check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, String>>,
{
    // Never taken over: the check below says what it waited for.
    let _ = until_app(client, timeout).await;
    match poll(timeout, check).await {
        Ok(value) => value,
        Err(last) => panic!(
            "timed out after {timeout:.0?} waiting for {what}; last seen: {last}\n{}",
            describe_page(client).await
        ),
    }
}

/// How many elements match `css` now.
pub async fn count(client: &Client, css: &str) -> usize {
    client.find_all(Locator::Css(css)).await.unwrap_or_else(|e| panic!("querying `{css}` failed: {e}")).len()
}

/// How many stations the map's clusters hold now (the sum of every
/// `g.cluster`'s `data-count`): with the real data, stations a few hundred
/// metres apart share a cluster at the first view.
pub async fn clustered(client: &Client) -> usize {
    attrs(client, "svg.corridor-map g.cluster", "data-count").await.iter().filter_map(|n| n.parse::<usize>().ok()).sum()
}

/// The attribute `attr` of every element matching `css`, in document
/// order (missing attributes become `"<none>"`, so they show in diffs).
/// Read in one script, so a re-render between finding the elements and
/// reading them cannot leave a stale reference.
pub async fn attrs(client: &Client, css: &str, attr: &str) -> Vec<String> {
    let v = client
        .execute(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.getAttribute(arguments[1]));",
            vec![Value::from(css), Value::from(attr)],
        )
        .await
        .unwrap_or_else(|e| panic!("reading `{attr}` of `{css}` failed: {e}"));
    strings(&v).into_iter().map(|a| a.unwrap_or_else(|| "<none>".to_string())).collect()
}

/// The strings of a JSON array (`null` entries become `None`).
fn strings(v: &Value) -> Vec<Option<String>> {
    v.as_array().map(|a| a.iter().map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

/// The `textContent` of an element (includes visually hidden text and SVG
/// text, unlike WebDriver's rendered text), whitespace collapsed.
pub async fn text_content(el: &Element) -> String {
    let v = el
        .clone()
        .client()
        .execute(
            "return arguments[0].textContent;",
            vec![serde_json::to_value(el).expect("element serialises to JSON")],
        )
        .await
        .expect("reading textContent");
    collapse(v.as_str().unwrap_or_default())
}

/// `textContent` of every element matching `css`, whitespace collapsed
/// (read in one script, like [`attrs`]).
pub async fn texts(client: &Client, css: &str) -> Vec<String> {
    let v = client
        .execute("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent);", vec![Value::from(css)])
        .await
        .unwrap_or_else(|e| panic!("querying `{css}` failed: {e}"));
    strings(&v).into_iter().map(|t| collapse(&t.unwrap_or_default())).collect()
}

/// Whether the element's `class` attribute has `class` as a whole word
/// (works for SVG elements too, whose `className` is not a string).
pub async fn has_class(el: &Element, class: &str) -> bool {
    el.attr("class").await.ok().flatten().is_some_and(|c| c.split_whitespace().any(|c| c == class))
}

/// The query string of the current URL, without `?` (`""` if none).
pub async fn query(client: &Client) -> String {
    client.current_url().await.expect("reading the current URL").query().unwrap_or_default().to_string()
}

/// The value of `key` in the current URL's query, decoded.
pub async fn query_param(client: &Client, key: &str) -> Option<String> {
    let url = client.current_url().await.expect("reading the current URL");
    url.query_pairs().find(|(k, _)| k == key).map(|(_, v)| v.into_owned())
}

/// The station the current address names: its page's path (`s/<id>/`)
/// or an old link's `s=`.
pub async fn station_in_url(client: &Client) -> Option<String> {
    let url = client.current_url().await.expect("reading the current URL");
    let query = corridor::link::parse_query(url.query().unwrap_or_default());
    query.station.or(corridor::link::PagePath::parse(url.path()).station)
}

/// Presses and releases one key, delivered to whatever has focus (as a
/// person typing would), not to a chosen element.
pub async fn press(client: &Client, key: Key) {
    let c: char = key.into();
    let actions =
        KeyActions::new("keyboard".to_string()).then(KeyAction::Down { value: c }).then(KeyAction::Up { value: c });
    client.perform_actions(actions).await.unwrap_or_else(|e| panic!("pressing {key:?} failed: {e}"));
}

/// A short description of the page for failure messages: URL, the
/// notices the app may show, and the start of the visible text.
pub async fn describe_page(client: &Client) -> String {
    let url = client.current_url().await.map(|u| u.to_string()).unwrap_or_else(|e| format!("<cannot read URL: {e}>"));
    let text = client
        .execute("return document.body ? document.body.innerText : '<no body>';", vec![])
        .await
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "<cannot read page text>".to_string());
    let text = collapse(&text);
    let shown: String = text.chars().take(800).collect();
    let more = if text.chars().count() > 800 { " …" } else { "" };
    format!("  page: {url}\n  text: {shown}{more}")
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Waits for `css` and returns its text once it contains every needle.
pub async fn wait_text_containing(b: &Client, css: &str, needles: &[&str]) -> String {
    let what = format!("`{css}` with text containing {needles:?}");
    eventually_on(b, &what, timeout(), || async move {
        let all = texts(b, css).await;
        if all.is_empty() {
            return Err(format!("no `{css}`"));
        }
        let text = all.join(" | ");
        let missing: Vec<_> = needles.iter().filter(|n| !text.contains(**n)).collect();
        if missing.is_empty() {
            Ok(text)
        } else {
            Err(format!("text is {text:?}, missing {missing:?}"))
        }
    })
    .await
}
