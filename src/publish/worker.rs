//! The service worker as shipped: `assets/service-worker.js` with this
//! build's version and file lists filled in.

/// The header on a kept copy of a live file: the day it was fetched,
/// `YYYY-MM-DD` on the device's calendar.
pub const SAVED_HEADER: &str = "x-corridor-saved";
/// The header on a live file answered from the kept copy because the
/// network failed.
pub const OFFLINE_HEADER: &str = "x-corridor-offline";

/// The worker's source, with its placeholders.
pub const TEMPLATE: &str = include_str!("../../assets/service-worker.js");

/// The worker for one build. `version` changes whenever any precached
/// file does, which is how browsers notice a new build.
///
/// ```
/// use corridor::publish::worker::render;
/// let js = render("a", &["index.html".into()], &["data/x.geojson"]);
/// assert!(js.contains(r#"const VERSION = "a";"#));
/// assert!(js.contains(r#"const APP_FILES = ["index.html"];"#));
/// assert!(js.contains(r#"const LIVE_FILES = ["data/x.geojson"];"#));
/// ```
pub fn render(version: &str, app_files: &[String], live_files: &[&str]) -> String {
    // JSON is JavaScript: names and version are quoted and escaped by serde.
    let list = |names: Vec<&str>| serde_json::to_string(&names).unwrap_or_else(|_| "[]".into());
    let version = serde_json::to_string(version).unwrap_or_else(|_| "\"\"".into());
    TEMPLATE
        .replace("\"__VERSION__\"", &version)
        .replace("[/* __APP_FILES__ */]", &list(app_files.iter().map(String::as_str).collect()))
        .replace("[/* __LIVE_FILES__ */]", &list(live_files.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_is_filled() {
        let js = render("v1", &["a.js".into()], &["b.json"]);
        assert!(!js.contains("__"), "a placeholder is left:\n{js}");
        assert!(TEMPLATE.contains("\"__VERSION__\"") && TEMPLATE.contains("[/* __APP_FILES__ */]"));
    }

    #[test]
    fn the_worker_knows_the_pages_bases() {
        use crate::prerender::page::{ROOT_BASE, STATION_BASE};
        assert!(TEMPLATE.contains(&format!("const ROOT_BASE = '<base href=\"{ROOT_BASE}\">';")));
        assert!(TEMPLATE.contains(&format!("const STATION_BASE = '<base href=\"{STATION_BASE}\">';")));
    }

    #[test]
    fn the_worker_marks_copies_with_the_headers_the_app_reads() {
        assert!(TEMPLATE.contains(&format!("const SAVED_HEADER = \"{SAVED_HEADER}\";")));
        assert!(TEMPLATE.contains(&format!("const OFFLINE_HEADER = \"{OFFLINE_HEADER}\";")));
    }
}
