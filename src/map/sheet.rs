//! How much of the map a phone's card sheet hides: the sheet lies over the
//! bottom of the map, so "in view" means above it.

use leptos::prelude::document;

/// Pixels at the bottom of the map that the open card covers: only when
/// the card spans the map's whole width (the phone sheet); the desktop
/// card is a panel beside the map and covers none of it. Measured on the
/// map's frame: the drawn SVG reaches past it on every side.
pub fn covered_below_px() -> f64 {
    let doc = document();
    let (Some(map), Some(card)) =
        (doc.query_selector(".map-frame").ok().flatten(), doc.query_selector(".station-card").ok().flatten())
    else {
        return 0.0;
    };
    let (m, c) = (map.get_bounding_client_rect(), card.get_bounding_client_rect());
    let spans_width = c.left() <= m.left() + 1.0 && c.right() >= m.right() - 1.0;
    if spans_width {
        (m.bottom() - c.top()).clamp(0.0, m.height())
    } else {
        0.0
    }
}
