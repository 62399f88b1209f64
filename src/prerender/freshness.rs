//! Whether the first screen written into a bundle's pages is the data file
//! beside it: staff may replace `data/corridor.geojson` on the server
//! without publishing again. The app then shows the new file once it has
//! loaded, but the pages still open with the old one, and a station added
//! since has no page of its own yet. `corridor-check` says so.

use crate::link::station_path;
use crate::model::Corridor;
use std::path::Path;

pub use super::{data_digest, DATA_META};

/// A digest's first 8 bytes in hex: enough to tell files and builds apart
/// (the bundle's file names, the worker's version).
pub fn short_hex(digest: &[u8]) -> String {
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The digest a written page records, if it is one.
///
/// ```
/// use corridor::prerender::freshness::written_digest;
/// assert_eq!(written_digest(r#"<meta name="corridor-data" content="ab12">"#), Some("ab12"));
/// assert_eq!(written_digest("<p>no</p>"), None);
/// ```
pub fn written_digest(page: &str) -> Option<&str> {
    super::page::quoted_after(page, &format!("<meta name=\"{DATA_META}\" content=\""))
}

/// What is out of date in a bundle's written pages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Staleness {
    /// The pages were written from another version of the data file.
    pub other_version: bool,
    /// Stations of the data file that have no page (`s/<id>/`) yet.
    pub missing_pages: Vec<String>,
}

impl Staleness {
    pub fn is_fresh(&self) -> bool {
        !self.other_version && self.missing_pages.is_empty()
    }
}

/// Checks a data file (`bytes`, read as `c`) against the bundle it sits in
/// (`<bundle>/data/<file>`). `None` when the file is not in a bundle with
/// written pages (a file being edited elsewhere).
pub fn check(data_file: &Path, bytes: &[u8], c: Option<&Corridor>) -> Option<Staleness> {
    let bundle = data_file.parent()?.parent()?;
    let index = std::fs::read_to_string(bundle.join("index.html")).ok()?;
    let written = written_digest(&index)?;
    let missing_pages = c
        .map(|c| {
            c.stations
                .iter()
                .filter(|s| !bundle.join(station_path(&s.id)).join("index.html").is_file())
                .map(|s| s.id.clone())
                .collect()
        })
        .unwrap_or_default();
    Some(Staleness { other_version: written != data_digest(bytes), missing_pages })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load;

    #[test]
    fn a_changed_file_and_a_new_station_are_told() {
        let bytes: &[u8] = include_bytes!("../../public/data/corridor.geojson");
        let c = load(bytes).corridor.expect("loads");
        let bundle = std::env::temp_dir().join(format!("corridor-freshness-{}", std::process::id()));
        let data = bundle.join("data").join("corridor.geojson");
        std::fs::create_dir_all(data.parent().expect("a folder")).expect("makes the folder");
        // Not a published folder yet: nothing to say.
        assert_eq!(check(&data, bytes, Some(&c)), None);
        let page = format!("<meta name=\"{DATA_META}\" content=\"{}\">", data_digest(bytes));
        std::fs::write(bundle.join("index.html"), page).expect("writes");
        for s in &c.stations[1..] {
            let dir = bundle.join(station_path(&s.id));
            std::fs::create_dir_all(&dir).expect("makes a station folder");
            std::fs::write(dir.join("index.html"), "").expect("writes");
        }
        let same = check(&data, bytes, Some(&c)).expect("a published folder");
        assert_eq!(same, Staleness { other_version: false, missing_pages: vec![c.stations[0].id.clone()] });
        let changed = check(&data, b"{}", Some(&c)).expect("a published folder");
        assert!(changed.other_version && !changed.is_fresh());
        let _ = std::fs::remove_dir_all(&bundle);
    }
}
