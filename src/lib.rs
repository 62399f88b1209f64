//! The Jinshan Avenue corridor map: everything that needs no browser.
//!
//! - [`edit`]: the staff editor's logic: stable writer, typed coordinates, edit session.
//! - [`geo`]: coordinates, distances, projection, chainage, viewport.
//! - [`model`]: the typed corridor and its loading and validation from GeoJSON.
//! - [`i18n`]: the interface languages and strings.
//! - `http` (browser only): fetching the site's own files.
//! - [`link`]: the permanent URLs (`s/<id>/?lang=en`, the old `/?s=<id>`) and map hand-off links.
//! - [`page_text`]: the page's texts worked out from the data, for the app and the first screen.
//! - [`plan`]: legs a person travels between places (and the visit planner).
//! - [`poster`]: the printed station posters and stickers with their QR codes.
//! - [`prerender`]: the first screen (map, list, card) written into the pages at build time.
//! - [`publish`]: the bundle finished for a static host: policy, loaders, service worker.
//! - [`speech`]: what "listen" reads of a card, and which voice reads it.
//! - [`stamps`]: check-in stamps kept on the device.
//! - [`synthetic`]: generated corridor files for tests and benchmarks (not used by the app).
//!
//! The Leptos views live in the binary (`src/main.rs`, `src/app.rs`,
//! `src/ui/`, `src/map/`) and stay thin over these modules.

pub mod config;
pub mod edit;
pub mod fmt_num;
pub mod geo;
#[cfg(target_arch = "wasm32")]
pub mod http;
pub mod i18n;
#[cfg(target_arch = "wasm32")]
mod js_math;
pub mod link;
pub mod locate;
pub mod model;
pub mod page_text;
pub mod plan;
pub mod poster;
pub mod prerender;
pub mod publish;
pub mod scene;
pub mod speech;
pub mod stamps;
pub mod synthetic;
