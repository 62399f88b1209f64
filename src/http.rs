//! Fetching one of the site's own files in the browser (the data, the map
//! config, the editor's copy): the browser's `fetch`, through web-sys. An
//! HTTP client crate would add its error types and stream support to the
//! visitors' wasm for these three GETs (measured: gloo-net, 3.6 KB gzip).

use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The server's answer, before its body is read.
pub struct Answer(web_sys::Response);

/// What the browser says went wrong ("TypeError: Failed to fetch").
fn said(e: JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(e) => String::from(e.to_string()),
        None => e.as_string().unwrap_or_default(),
    }
}

/// Asks for `url` (relative to the page); `Err` when no answer came
/// (offline, blocked), with the browser's words.
pub async fn get(url: &str) -> Result<Answer, String> {
    let window = web_sys::window().ok_or("no window")?;
    let answer = JsFuture::from(window.fetch_with_str(url)).await.map_err(said)?;
    answer.dyn_into::<web_sys::Response>().map(Answer).map_err(said)
}

impl Answer {
    pub fn status(&self) -> u16 {
        self.0.status()
    }

    /// Whether the status is a success (200-299).
    pub fn ok(&self) -> bool {
        self.0.ok()
    }

    /// A header's value, if the answer has it.
    pub fn header(&self, name: &str) -> Option<String> {
        self.0.headers().get(name).ok().flatten()
    }

    /// The body's bytes.
    pub async fn bytes(self) -> Result<Vec<u8>, String> {
        let body = JsFuture::from(self.0.array_buffer().map_err(said)?).await.map_err(said)?;
        let body = body.dyn_into::<ArrayBuffer>().map_err(said)?;
        Ok(Uint8Array::new(&body).to_vec())
    }

    /// The body as text (UTF-8, as the browser decodes it).
    pub async fn text(self) -> Result<String, String> {
        let body = JsFuture::from(self.0.text().map_err(said)?).await.map_err(said)?;
        Ok(body.as_string().unwrap_or_default())
    }
}
