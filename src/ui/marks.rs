//! Performance marks at each stage of the first draw, so `map-bench` can
//! say where the time goes (fetching, reading the file, drawing).

/// The file's bytes have arrived.
pub const FETCHED: &str = "corridor-data-fetched";
/// The file has been read and checked.
pub const LOADED: &str = "corridor-data-loaded";
/// The map's markup is in the page.
pub const DRAWN: &str = "corridor-map-drawn";
/// A station card is in the app's page, at the next animation frame (on
/// screen once the app has taken the first screen's place).
pub const CARD: &str = "corridor-card-shown";

/// Sets a mark; a browser without the Performance API just has none.
pub fn mark(name: &str) {
    if let Some(p) = leptos::prelude::window().performance() {
        let _ = p.mark(name);
    }
}

/// Sets a mark unless the page already has one of that name.
pub fn mark_once(name: &str) {
    if let Some(p) = leptos::prelude::window().performance() {
        if p.get_entries_by_name(name).length() == 0 {
            let _ = p.mark(name);
        }
    }
}
