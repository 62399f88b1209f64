//! Harness for the browser end-to-end tests of the corridor map: a static
//! server for the Trunk release bundle (with per-path overrides to serve
//! broken data), a private headless Chromium per test, and polling helpers
//! whose failures say what the page showed.
//!
//! The tests are in `tests/browser.rs` and, for the moving map (pan, zoom,
//! clusters, locate me, 10,000 points), `tests/map_moves.rs`;
//! `src/bin/screenshot.rs` uses the same pieces to take screenshots and
//! `src/bin/map-bench.rs` to time the map's first draw and its frames.
//!
//! ```text
//! trunk build --release                                  # dist/ must exist
//! cargo test -p corridor-e2e -- --test-threads=2
//! cargo run -p corridor-e2e --bin screenshot -- '/?s=zhangqiao' card.png 390x844
//! cargo run --release -p corridor-e2e --bin map-bench
//! ```
//!
//! Environment:
//! - `CORRIDOR_DIST`: bundle to serve instead of `<workspace>/dist`.
//! - `CHROMEDRIVER`, `CHROME_BIN`: instead of `chromedriver` on PATH and
//!   `/usr/lib/chromium/chromium`.
//! - `CORRIDOR_E2E_TIMEOUT_SECS`: how long a check may wait (default 20).
//! - `CORRIDOR_E2E_VERBOSE=1`: chromedriver logs Chrome's messages too;
//!   with `CORRIDOR_E2E_KEEP_TMP=1` the logs stay in `target/e2e-tmp/`.

pub mod axe;
pub mod driver;
pub mod geolocation;
pub mod map;
pub mod nginx;
pub mod offline;
pub mod paths;
pub mod planner;
pub mod print;
pub mod qr;
pub mod server;
pub mod shared_link;
pub mod stats;
pub mod wait;

pub use driver::{Browser, BrowserOptions, DESKTOP, PHONE};
pub use server::StaticServer;
pub use wait::{
    attrs, clustered, count, describe_page, eventually, eventually_on, has_class, press, query, query_param,
    station_in_url, text_content, texts, timeout, try_wait_for, until_app, wait_for, wait_gone, wait_text_containing,
    FIRST_SCREEN,
};
