//! The station posters: a QR code of each station's permanent link with
//! the scan marker, laid out for A4 and for a sticker, written as SVG by
//! the same code for the posters page and the print-shop command.

mod layout;
mod qr;
mod site;

pub use layout::{sheet_svg, sheets_html, PosterError, Sheet};
pub use qr::{QrGrid, EC_LEVEL, QUIET_MODULES};
pub use site::{scan_link, site_base, site_warning, SiteWarning, SCAN_MARKER};
