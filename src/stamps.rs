//! Check-in stamps (打卡), kept on the device only: which stations a
//! visitor has stamped and when, in a small versioned record in the
//! browser's storage. A poster's QR link carries the scan marker
//! ([`crate::poster::SCAN_MARKER`]); opening it stamps that station.
//! Nothing here is ever sent anywhere.

use crate::model::{read_json, Corridor};
use crate::poster::SCAN_MARKER;
use serde_json::Value;

/// The storage key of the stamps.
pub const STAMPS_KEY: &str = "corridor.stamps";
/// Most stamps kept: far more than the corridor's stations, and a bound on
/// what a damaged or hostile stored value can make the page do.
pub const MAX_STAMPS: usize = 500;
/// Longest stored record read, bytes.
const MAX_RECORD_BYTES: usize = 256 * 1024;
const VERSION: u32 = 1;

/// One station stamped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub id: String,
    /// Local time of the visit, `YYYY-MM-DDTHH:MM`.
    pub at: String,
    /// Stamped by scanning the station's poster (else by hand).
    pub scanned: bool,
}

/// Why the stored stamps were not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StampsIssue {
    /// Damaged, or written by something else: ignored (replaced by the
    /// next stamp).
    Unreadable,
    /// Written by a newer version of the page: left alone.
    NewerVersion(u32),
}

/// `YYYY-MM-DDTHH:MM` with plausible numbers.
///
/// ```
/// use corridor::stamps::is_stamp_time;
/// assert!(is_stamp_time("2026-12-12T10:42"));
/// assert!(!is_stamp_time("2026-12-12T25:42"));
/// assert!(!is_stamp_time("yesterday"));
/// ```
pub fn is_stamp_time(s: &str) -> bool {
    let Some((date, time)) = s.split_once('T') else { return false };
    let Some((h, m)) = time.split_once(':') else { return false };
    let num = |t: &str, len: usize, max: u32| t.len() == len && t.parse::<u32>().is_ok_and(|n| n <= max);
    crate::model::is_date(date) && num(h, 2, 23) && num(m, 2, 59)
}

/// Reads the stored record; no record is no stamps.
///
/// ```
/// use corridor::stamps::{parse_stamps, stamp, stamps_json};
/// let s = stamp(Vec::new(), "zhangqiao", "2026-12-12T10:42", true);
/// assert_eq!(parse_stamps(Some(&stamps_json(&s))), Ok(s));
/// assert!(parse_stamps(Some("[1, 2]")).is_err());
/// ```
pub fn parse_stamps(stored: Option<&str>) -> Result<Vec<Stamp>, StampsIssue> {
    let Some(text) = stored else { return Ok(Vec::new()) };
    if text.len() > MAX_RECORD_BYTES {
        return Err(StampsIssue::Unreadable);
    }
    // The record, `{"v": 1, "stamps": [{"id": …, "at": …, "scanned": …}]}`,
    // is read from its JSON tree: no typed deserializer in the wasm.
    let v = read_json(text).map_err(|_| StampsIssue::Unreadable)?;
    match v.get("v").and_then(|v| v.as_u64()) {
        Some(n) if n > u64::from(VERSION) => {
            return Err(StampsIssue::NewerVersion(n.min(u64::from(u32::MAX)) as u32));
        }
        Some(_) => {}
        None => return Err(StampsIssue::Unreadable),
    }
    let list = v.get("stamps").and_then(Value::as_array).ok_or(StampsIssue::Unreadable)?;
    if list.len() > MAX_STAMPS {
        return Err(StampsIssue::Unreadable);
    }
    let text_of = |s: &Value, key: &str| s.get(key).and_then(Value::as_str).map(str::to_string);
    let stamps: Option<Vec<Stamp>> = list
        .iter()
        .map(|s| Some(Stamp { id: text_of(s, "id")?, at: text_of(s, "at")?, scanned: s.get("scanned")?.as_bool()? }))
        .collect();
    let stamps = stamps.ok_or(StampsIssue::Unreadable)?;
    let sound = |s: &Stamp| crate::model::is_valid_id(&s.id) && is_stamp_time(&s.at);
    if !stamps.iter().all(sound) {
        return Err(StampsIssue::Unreadable);
    }
    Ok(stamps)
}

/// The record to store (the form [`parse_stamps`] reads).
pub fn stamps_json(stamps: &[Stamp]) -> String {
    let quoted = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    let items: Vec<String> = stamps
        .iter()
        .map(|s| format!(r#"{{"id":{},"at":{},"scanned":{}}}"#, quoted(&s.id), quoted(&s.at), s.scanned))
        .collect();
    format!(r#"{{"v":{VERSION},"stamps":[{}]}}"#, items.join(","))
}

/// `stamps` with station `id` stamped at `at`. A station already stamped
/// keeps its first visit; a scan after a stamp by hand marks it scanned.
pub fn stamp(mut stamps: Vec<Stamp>, id: &str, at: &str, scanned: bool) -> Vec<Stamp> {
    if let Some(s) = stamps.iter_mut().find(|s| s.id == id) {
        s.scanned |= scanned;
    } else if stamps.len() < MAX_STAMPS {
        stamps.push(Stamp { id: id.to_string(), at: at.to_string(), scanned });
    }
    stamps
}

/// The stamp of station `id`, if any.
pub fn stamp_of<'a>(stamps: &'a [Stamp], id: &str) -> Option<&'a Stamp> {
    stamps.iter().find(|s| s.id == id)
}

/// How many of the data's stations are stamped, of how many (a stamp of a
/// station the data no longer has is kept but not counted).
pub fn progress(c: &Corridor, stamps: &[Stamp]) -> (usize, usize) {
    let done = c.stations.iter().filter(|s| stamp_of(stamps, &s.id).is_some()).count();
    (done, c.stations.len())
}

/// Whether a page address (`?s=...&via=qr`) was opened from a poster.
///
/// ```
/// use corridor::stamps::is_scan;
/// assert!(is_scan("?s=zhangqiao&via=qr"));
/// assert!(!is_scan("?s=zhangqiao"));
/// ```
pub fn is_scan(search: &str) -> bool {
    search.trim_start_matches('?').split('&').any(|p| p == SCAN_MARKER)
}

/// The address without the scan marker, so a reload or a shared copy of
/// it stamps nothing.
///
/// ```
/// use corridor::stamps::without_scan;
/// assert_eq!(without_scan("?s=zhangqiao&via=qr&lang=en"), "?s=zhangqiao&lang=en");
/// assert_eq!(without_scan("?via=qr"), "");
/// ```
pub fn without_scan(search: &str) -> String {
    let kept: Vec<&str> =
        search.trim_start_matches('?').split('&').filter(|p| !p.is_empty() && *p != SCAN_MARKER).collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load;

    #[test]
    fn a_station_keeps_its_first_visit() {
        let s = stamp(Vec::new(), "a", "2026-12-12T10:42", false);
        let s = stamp(s, "a", "2026-12-13T09:00", true);
        assert_eq!(s, [Stamp { id: "a".into(), at: "2026-12-12T10:42".into(), scanned: true }]);
    }

    #[test]
    fn damaged_foreign_and_newer_records_are_not_read() {
        for bad in [
            "{oops",
            "null",
            "[]",
            r#"{"stamps":[]}"#,
            r#"{"v":1,"stamps":[{"id":"a"}]}"#,
            r#"{"v":1,"stamps":[{"id":"<b>","at":"2026-12-12T10:42","scanned":true}]}"#,
            r#"{"v":1,"stamps":[{"id":"a","at":"soon","scanned":true}]}"#,
        ] {
            assert_eq!(parse_stamps(Some(bad)), Err(StampsIssue::Unreadable), "{bad}");
        }
        assert_eq!(parse_stamps(Some(r#"{"v":7,"stamps":"later"}"#)), Err(StampsIssue::NewerVersion(7)));
        let huge =
            stamps_json(&vec![Stamp { id: "a".into(), at: "2026-12-12T10:42".into(), scanned: false }; MAX_STAMPS + 1]);
        assert_eq!(parse_stamps(Some(&huge)), Err(StampsIssue::Unreadable));
    }

    #[test]
    fn the_record_keeps_its_stored_form() {
        // Records already on visitors' phones were written in this form.
        let s = stamp(Vec::new(), "zhangqiao", "2026-12-12T10:42", true);
        let s = stamp(s, "nongjian", "2026-12-13T09:05", false);
        let written = stamps_json(&s);
        assert_eq!(
            written,
            r#"{"v":1,"stamps":[{"id":"zhangqiao","at":"2026-12-12T10:42","scanned":true},{"id":"nongjian","at":"2026-12-13T09:05","scanned":false}]}"#
        );
        assert_eq!(parse_stamps(Some(&written)), Ok(s));
        // A quote in an id is escaped, and such a record is then refused.
        let odd = stamps_json(&stamp(Vec::new(), "a\"b", "2026-12-12T10:42", true));
        assert!(odd.contains(r#""a\"b""#), "{odd}");
        assert_eq!(parse_stamps(Some(&odd)), Err(StampsIssue::Unreadable));
    }

    #[test]
    fn progress_counts_the_datas_stations_only() {
        let c = load(include_bytes!("../public/data/corridor.geojson")).corridor.expect("the shipped data loads");
        let mut s = stamp(Vec::new(), "no-longer-here", "2026-12-12T10:42", true);
        for st in c.stations.iter().take(3) {
            s = stamp(s, &st.id, "2026-12-12T10:42", true);
        }
        assert_eq!(progress(&c, &s), (3, c.stations.len()));
    }

    #[test]
    fn stamps_stay_bounded() {
        let mut s = Vec::new();
        for i in 0..MAX_STAMPS + 10 {
            s = stamp(s, &format!("s{i}"), "2026-12-12T10:42", false);
        }
        assert_eq!(s.len(), MAX_STAMPS);
    }
}
