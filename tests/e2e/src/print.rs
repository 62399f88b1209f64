//! The DevTools protocol through chromedriver (`goog/cdp/execute`): print
//! the page to PDF (`Page.printToPDF`), emulate print media or a colour
//! scheme (`Emulation.setEmulatedMedia`), and read a PDF's pages as text
//! with poppler's `pdftotext` (Debian `poppler-utils`, installed by
//! `scripts/tools.sh`). Used by `tests/print.rs` and `tests/look.rs`.

use std::path::Path;
use std::process::Command;

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::Client;
use serde_json::{json, Value};

/// `POST /session/{id}/goog/cdp/execute` with `{cmd, params}`.
#[derive(Debug)]
struct Cdp {
    body: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

/// Sends one DevTools command and returns its result; panics with the
/// command's name if it fails.
pub async fn cdp(client: &Client, cmd: &str, params: Value) -> Value {
    client
        .issue_cmd(Cdp { body: json!({ "cmd": cmd, "params": params }) })
        .await
        .unwrap_or_else(|e| panic!("DevTools command {cmd} failed: {e}"))
}

/// Emulates a media type (`"print"`, `"screen"` or `""` for none) and
/// media features, e.g. `&[("prefers-color-scheme", "dark")]`.
pub async fn emulate_media(client: &Client, media: &str, features: &[(&str, &str)]) {
    let features: Vec<Value> = features.iter().map(|(name, value)| json!({ "name": name, "value": value })).collect();
    cdp(client, "Emulation.setEmulatedMedia", json!({ "media": media, "features": features })).await;
}

/// Prints the page to an A4 PDF as the browser's print dialog would (the
/// page's own `@page` size wins), writes it to `out` and returns its bytes.
pub async fn print_to_pdf(client: &Client, out: &Path) -> Vec<u8> {
    let result = cdp(
        client,
        "Page.printToPDF",
        json!({
            "printBackground": false,
            "preferCSSPageSize": true,
            "paperWidth": 8.27,
            "paperHeight": 11.69,
        }),
    )
    .await;
    let data =
        result.get("data").and_then(Value::as_str).unwrap_or_else(|| panic!("printToPDF gave no data: {result}"));
    let bytes = base64_decode(data);
    std::fs::write(out, &bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    bytes
}

/// The text of each page of a PDF, in order (`pdftotext -layout`, pages
/// split at form feeds).
pub fn pdf_pages(pdf: &Path) -> Vec<String> {
    let output = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("cannot run pdftotext (Debian: apt-get install poppler-utils): {e}"));
    assert!(
        output.status.success(),
        "pdftotext failed on {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    // pdftotext ends the last page with a form feed too.
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// Standard base64 (with padding), as the DevTools protocol sends binary.
fn base64_decode(s: &str) -> Vec<u8> {
    fn value(c: u8) -> Option<u32> {
        match c {
            b'A'..=b'Z' => Some((c - b'A') as u32),
            b'a'..=b'z' => Some((c - b'a') as u32 + 26),
            b'0'..=b'9' => Some((c - b'0') as u32 + 52),
            b'+' => Some(62),
            b'/' => Some(63),
            _ => None,
        }
    }
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes().filter_map(value) {
        acc = (acc << 6) | c;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_round_trips_known_text() {
        assert_eq!(super::base64_decode("JVBERi0xLjQ="), b"%PDF-1.4");
        assert_eq!(super::base64_decode("YWI="), b"ab");
        assert_eq!(super::base64_decode("YWJj"), b"abc");
    }
}
