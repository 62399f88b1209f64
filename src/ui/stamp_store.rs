//! The check-in stamps in the browser's storage (read, add, clear) and the
//! local time a stamp records; shared by the card and the stamps page.

use corridor::stamps::{parse_stamps, stamp, stamps_json, Stamp, StampsIssue, STAMPS_KEY};
use leptos::prelude::window;

/// The browser's storage for this site, when it allows it.
pub fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The stamps kept on this device.
pub fn read() -> Result<Vec<Stamp>, StampsIssue> {
    parse_stamps(storage().and_then(|s| s.get_item(STAMPS_KEY).ok().flatten()).as_deref())
}

/// Stores `stamps`; `false` when the browser refused (private mode, full).
fn write(stamps: &[Stamp]) -> bool {
    storage().is_some_and(|s| s.set_item(STAMPS_KEY, &stamps_json(stamps)).is_ok())
}

/// The local time now, `YYYY-MM-DDTHH:MM`.
pub fn now() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// Stamps station `id` now. A record a newer page wrote is left alone (and
/// its issue returned); a damaged one is replaced.
pub fn add(id: &str, scanned: bool) -> Result<Vec<Stamp>, StampsIssue> {
    let kept = match read() {
        Ok(v) => v,
        Err(e @ StampsIssue::NewerVersion(_)) => return Err(e),
        Err(StampsIssue::Unreadable) => Vec::new(),
    };
    let stamps = stamp(kept, id, &now(), scanned);
    // A refused write still shows the stamp for this visit.
    let _ = write(&stamps);
    Ok(stamps)
}

/// Removes every stamp.
#[allow(dead_code)] // the stamps page's; the card never clears
pub fn clear() -> bool {
    storage().is_some_and(|s| s.remove_item(STAMPS_KEY).is_ok())
}
