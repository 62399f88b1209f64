//! SVG path data from screen points.

use crate::fmt_num::fixed;
use crate::geo::{LonLat, ScreenPoint};
use std::fmt::Write;

/// `M x y L x y ...`, rounded to a tenth of a pixel to keep the DOM small.
pub fn line_path(points: &[ScreenPoint]) -> String {
    let mut d = String::with_capacity(points.len() * 14);
    for (i, p) in points.iter().enumerate() {
        let _ = write!(d, "{}{} {}", if i == 0 { "M" } else { " L" }, fixed(p.x, 1), fixed(p.y, 1));
    }
    d
}

/// Closed rings (outer and holes) of a polygon.
pub fn polygon_path(rings: &[Vec<LonLat>], to_screen: &impl Fn(LonLat) -> ScreenPoint) -> String {
    rings
        .iter()
        .map(|r| line_path(&r.iter().map(|p| to_screen(*p)).collect::<Vec<_>>()) + " Z")
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_move_then_lines() {
        let d = line_path(&[ScreenPoint { x: 1.0, y: 2.0 }, ScreenPoint { x: 3.25, y: 4.0 }]);
        assert_eq!(d, "M1.0 2.0 L3.3 4.0");
        assert_eq!(line_path(&[]), "");
    }
}
