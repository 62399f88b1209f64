//! Turning Trunk's bundle into what a static host serves: the pages'
//! loaders moved out of line (so a strict Content-Security-Policy needs no
//! `unsafe-inline`), that policy written into every page, and the service
//! worker's precache list written from the hashed files. Run by
//! `corridor-finish` after every build; pure text in, text out, so it is
//! tested here without a browser.

// Native only: the compressors are not in the browser build.
#[cfg(not(target_arch = "wasm32"))]
pub mod compress;
pub mod csp;
pub mod loader;
pub mod manifest;
pub mod precache;
pub mod site;
pub mod split;
pub mod worker;

/// The pages that work offline after one visit, with everything they
/// load: the visitors' map, the planner and "my stamps" (a class collects
/// stamps where the signal is weak). The staff pages (editor, posters) are
/// left to the network.
pub const OFFLINE_PAGES: &[&str] = &["index.html", "plan.html", "stamps.html"];

/// Files the app fetches fresh each time and keeps a copy of for offline
/// use (network first): the data staff edit and the deployment's config.
pub const LIVE_FILES: &[&str] = &["data/corridor.geojson", "map-config.json"];
