//! A scale bar with a round length.

use crate::fmt_num::trimmed;
use crate::i18n::{scale_length, Lang};

#[derive(Debug, Clone, PartialEq)]
pub struct ScaleBar {
    pub width_px: f64,
    pub label: String,
}

impl ScaleBar {
    /// The longest round distance (1, 2 or 5 times a power of ten metres)
    /// whose bar is at most `max_px` wide.
    pub fn fit(ground_metres_per_px: f64, max_px: f64, lang: Lang) -> Self {
        let max_m = (ground_metres_per_px * max_px).max(1.0);
        let pow = 10f64.powi(max_m.log10().floor() as i32);
        let metres = [5.0, 2.0, 1.0].iter().map(|k| k * pow).find(|&m| m <= max_m).unwrap_or(pow);
        let label = if metres >= 1000.0 {
            scale_length(lang, &trimmed(metres / 1000.0, 3), true)
        } else {
            scale_length(lang, &trimmed(metres, 0), false)
        };
        ScaleBar { width_px: metres / ground_metres_per_px, label }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_round_lengths_that_fit() {
        let s = ScaleBar::fit(20.0, 110.0, Lang::En); // up to 2,200 m
        assert_eq!(s.label, "2 km");
        assert!((s.width_px - 100.0).abs() < 1e-9);
        let s = ScaleBar::fit(4.0, 110.0, Lang::ZhCn); // up to 440 m
        assert_eq!(s.label, "200 米");
        let s = ScaleBar::fit(50.0, 110.0, Lang::En); // up to 5,500 m
        assert_eq!(s.label, "5 km");
        assert!(s.width_px <= 110.0);
    }
}
