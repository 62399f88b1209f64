//! The QR code of a link, from the maintained `qrcode` crate, drawn as one
//! SVG path: each row's runs of dark modules as rectangles.

use crate::fmt_num::trimmed;
use qrcode::{Color, EcLevel, QrCode};
use std::fmt::Write;

/// Error correction: Q restores a quarter of the code, for posters that
/// weather, get scratched or catch a glare (the issue asks at least M).
pub const EC_LEVEL: EcLevel = EcLevel::Q;
/// The light margin the QR standard asks around the code, in modules.
pub const QUIET_MODULES: usize = 4;

/// A QR code as a square of modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrGrid {
    /// Modules per side, without the quiet zone.
    pub width: usize,
    dark: Vec<bool>,
}

impl QrGrid {
    /// Encodes `text`; `None` only when it is too long for any QR version.
    ///
    /// ```
    /// use corridor::poster::QrGrid;
    /// let q = QrGrid::encode("https://example.gov.cn/map/?s=zhangqiao&via=qr").expect("fits");
    /// assert!(q.width >= 21 && q.width % 4 == 1); // versions grow by 4 modules
    /// ```
    pub fn encode(text: &str) -> Option<QrGrid> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EC_LEVEL).ok()?;
        let width = code.width();
        let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
        Some(QrGrid { width, dark })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// Modules per side with the quiet zone on both sides.
    pub fn width_with_quiet_zone(&self) -> usize {
        self.width + 2 * QUIET_MODULES
    }

    /// SVG path data of the dark modules, `module` units each, the code's
    /// top-left corner (inside the quiet zone) at `(x0, y0)`.
    pub fn path(&self, x0: f64, y0: f64, module: f64) -> String {
        let mut d = String::new();
        let n = |v: f64| trimmed(v, 3);
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.width && self.is_dark(x, y) {
                    x += 1;
                }
                let (px, py) = (x0 + start as f64 * module, y0 + y as f64 * module);
                let w = (x - start) as f64 * module;
                let _ = write!(d, "M{} {}h{}v{}h-{}z", n(px), n(py), n(w), n(module), n(w));
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_covers_exactly_the_dark_modules() {
        let q = QrGrid::encode("https://example.gov.cn/?s=a&via=qr").expect("fits");
        let dark =
            (0..q.width).flat_map(|y| (0..q.width).map(move |x| (x, y))).filter(|&(x, y)| q.is_dark(x, y)).count();
        // Sum the widths of the runs drawn.
        let drawn: usize = q
            .path(0.0, 0.0, 1.0)
            .split('h')
            .skip(1)
            .step_by(2)
            .filter_map(|w| w.split('v').next()?.parse::<usize>().ok())
            .sum();
        assert_eq!(drawn, dark);
        // The finder pattern's corner is dark; the module beside its ring light.
        assert!(q.is_dark(0, 0) && !q.is_dark(7, 0));
    }
}
