//! Label placement: each label tries the sides of its anchor in turn and is
//! hidden if every side collides with a label already placed (higher
//! priority first) or a marker, or leaves the map. Labels also keep off the
//! drawn lines (the avenue, the boundary, the coast), so no name sits on a
//! line; a station's name may cross one when nothing else is free.

use crate::geo::ScreenPoint;

/// An axis-aligned box in screen pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl LabelBox {
    pub fn around(c: ScreenPoint, r: f64) -> Self {
        LabelBox { x: c.x - r, y: c.y - r, w: 2.0 * r, h: 2.0 * r }
    }

    pub fn overlaps(&self, o: &LabelBox) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    /// Whether `o` lies wholly inside this box.
    pub fn contains(&self, o: &LabelBox) -> bool {
        o.x >= self.x && o.y >= self.y && o.x + o.w <= self.x + self.w && o.y + o.h <= self.y + self.h
    }

    fn holds(&self, p: ScreenPoint) -> bool {
        p.x >= self.x && p.y >= self.y && p.x <= self.x + self.w && p.y <= self.y + self.h
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
    Above,
    Below,
}

/// A label wanting a place next to an anchor.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelCandidate {
    pub text: String,
    pub class: &'static str,
    pub anchor: ScreenPoint,
    pub gap: f64,
    pub font_px: f64,
    /// Shown even where it crosses markers (the selected station's name):
    /// it still keeps inside the screen and clear of labels placed before.
    pub always: bool,
    /// May lie across a drawn line when no side off the lines is free.
    pub may_cross_lines: bool,
}

impl LabelCandidate {
    pub fn beside(text: &str, class: &'static str, anchor: ScreenPoint, gap: f64, font_px: f64) -> Self {
        LabelCandidate { text: text.to_string(), class, anchor, gap, font_px, always: false, may_cross_lines: false }
    }

    /// This label may cross a line rather than be dropped (see
    /// [`Self::may_cross_lines`]).
    pub fn may_cross_lines(self) -> Self {
        LabelCandidate { may_cross_lines: true, ..self }
    }

    /// This label is never dropped for lack of room (see [`Self::always`]).
    pub fn always_shown(self) -> Self {
        LabelCandidate { always: true, ..self }
    }

    fn box_at(&self, side: Side) -> LabelBox {
        let w = estimate_text_width(&self.text, self.font_px);
        let h = self.font_px * 1.3;
        let a = self.anchor;
        let (x, y) = match side {
            Side::Right => (a.x + self.gap, a.y - h / 2.0),
            Side::Left => (a.x - self.gap - w, a.y - h / 2.0),
            Side::Above => (a.x - w / 2.0, a.y - self.gap - h),
            Side::Below => (a.x - w / 2.0, a.y + self.gap),
        };
        LabelBox { x, y, w, h }
    }
}

/// Width of a text in pixels: CJK glyphs are square, Latin ones about half
/// as wide. Good enough to keep labels apart without measuring in the DOM.
pub fn estimate_text_width(text: &str, font_px: f64) -> f64 {
    text.chars().map(|c| if c.is_ascii() { 0.62 } else { 1.0 }).sum::<f64>() * font_px
}

/// How much farther out a label may step to clear a line.
const LINE_STEP_OUT_PX: f64 = 8.0;

/// Boxes along a drawn line, for labels to keep off it: squares of
/// `half` pixels about the line, one every `half` pixels, only for the part
/// of the line inside `area` (so a line far larger than the screen, at a
/// high zoom, costs no more than the screen's width in boxes).
///
/// ```
/// use corridor::geo::ScreenPoint;
/// use corridor::scene::{line_boxes, LabelBox};
/// let area = LabelBox { x: 0.0, y: 0.0, w: 100.0, h: 100.0 };
/// let line = [ScreenPoint { x: -1e9, y: 50.0 }, ScreenPoint { x: 1e9, y: 50.0 }];
/// let mut boxes = Vec::new();
/// line_boxes(&line, 5.0, area, &mut boxes);
/// assert!(boxes.len() < 30, "{}", boxes.len());
/// ```
pub fn line_boxes(points: &[ScreenPoint], half: f64, area: LabelBox, out: &mut Vec<LabelBox>) {
    if half.is_nan() || half <= 0.0 {
        return;
    }
    let grown = LabelBox { x: area.x - half, y: area.y - half, w: area.w + 2.0 * half, h: area.h + 2.0 * half };
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        let Some((t0, t1)) = clip(a, b, &grown) else { continue };
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let len = (t1 - t0) * dx.hypot(dy);
        let steps = (len / half).ceil().clamp(1.0, 100_000.0) as usize;
        for i in 0..=steps {
            let t = t0 + (t1 - t0) * i as f64 / steps as f64;
            out.push(LabelBox::around(ScreenPoint { x: a.x + t * dx, y: a.y + t * dy }, half));
        }
    }
}

/// The part of the segment `a`-`b` inside `r`, as a range of its parameter
/// (Liang-Barsky), or `None` when it misses.
fn clip(a: ScreenPoint, b: ScreenPoint, r: &LabelBox) -> Option<(f64, f64)> {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (p, q) in [(-dx, a.x - r.x), (dx, r.x + r.w - a.x), (-dy, a.y - r.y), (dy, r.y + r.h - a.y)] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    (t0 <= t1 && t0.is_finite() && t1.is_finite()).then_some((t0, t1))
}

/// Places candidates in order of priority, within `area` (the drawn
/// area) and, for a label whose anchor is in `view` (the part on screen),
/// within `view`, so no label on screen is cut by the screen's edge.
/// `lines` are boxes along the drawn lines ([`line_boxes`]).
pub fn place_labels(
    candidates: &[LabelCandidate],
    obstacles: &[LabelBox],
    lines: &[LabelBox],
    area: LabelBox,
    view: LabelBox,
) -> Vec<super::LabelItem> {
    let mut taken: Vec<LabelBox> = obstacles.to_vec();
    candidates
        .iter()
        .map(|c| {
            // A label on screen stays wholly on screen; one in the margin
            // around it, wholly in the drawn area.
            let within = if view.holds(c.anchor) { view } else { area };
            let fits = |b: &LabelBox| within.contains(b) && !taken.iter().any(|t| t.overlaps(b));
            let off_lines = |b: &LabelBox| !lines.iter().any(|t| t.overlaps(b));
            let sides = [Side::Right, Side::Left, Side::Above, Side::Below];
            // Off the lines: beside the anchor, else a step farther out
            // (a point on a line, such as a crossing, labelled clear of it).
            let farther = LabelCandidate { gap: c.gap + LINE_STEP_OUT_PX, ..c.clone() };
            let free = [c, &farther]
                .into_iter()
                .flat_map(|k| sides.into_iter().map(|s| k.box_at(s)))
                .find(|b| fits(b) && off_lines(b));
            let crossing = || c.may_cross_lines.then(|| sides.into_iter().map(|s| c.box_at(s)).find(fits)).flatten();
            let chosen = free.or_else(crossing).or_else(|| {
                // Room is made for an `always` label: the first side inside
                // the screen, over markers if it must be; a name too long
                // for any side goes above, slid along to stay on screen.
                c.always.then(|| {
                    sides.into_iter().map(|s| c.box_at(s)).find(|b| within.contains(b)).unwrap_or_else(|| {
                        let b = c.box_at(Side::Above);
                        let x = b.x.min(within.x + within.w - b.w).max(within.x);
                        LabelBox { x, ..b }
                    })
                })
            });
            if let Some(b) = chosen {
                taken.push(b);
            }
            super::LabelItem {
                text: c.text.clone(),
                class: c.class,
                placed: chosen.unwrap_or_else(|| c.box_at(Side::Right)),
                visible: chosen.is_some(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: f64, y: f64) -> ScreenPoint {
        ScreenPoint { x, y }
    }

    const SQUARE: LabelBox = LabelBox { x: 0.0, y: 0.0, w: 400.0, h: 400.0 };

    #[test]
    fn a_label_shown_always_is_placed_where_markers_leave_no_room() {
        let crowd: Vec<LabelBox> = (0..9)
            .flat_map(|i| {
                (0..9).map(move |j| LabelBox::around(at(60.0 + 20.0 * i as f64, 60.0 + 20.0 * j as f64), 10.0))
            })
            .collect();
        let c = LabelCandidate::beside("张桥村", "l", at(140.0, 140.0), 10.0, 12.0);
        assert!(
            !place_labels(std::slice::from_ref(&c), &crowd, &[], SQUARE, SQUARE)[0].visible,
            "no room among the markers"
        );
        let placed = place_labels(&[c.always_shown()], &crowd, &[], SQUARE, SQUARE);
        assert!(placed[0].visible && SQUARE.contains(&placed[0].placed));
    }

    #[test]
    fn second_label_moves_to_another_side_then_hides() {
        let c = |x| LabelCandidate::beside("张桥村", "l", at(x, 50.0), 10.0, 12.0);
        // Same anchor three times: right, then left, then above...
        let placed = place_labels(&[c(100.0), c(100.0), c(100.0), c(100.0), c(100.0)], &[], &[], SQUARE, SQUARE);
        assert!(placed[0].visible && placed[1].visible && placed[2].visible && placed[3].visible);
        assert!(placed[0].placed.x > 100.0 && placed[1].placed.x + placed[1].placed.w < 100.0);
        assert!(!placed[4].visible, "no side left");
    }

    #[test]
    fn labels_stay_inside_the_map_and_off_markers() {
        let edge = LabelCandidate::beside("Jinshan Avenue", "l", at(395.0, 50.0), 5.0, 12.0);
        let placed = place_labels(&[edge], &[], &[], SQUARE, SQUARE);
        assert!(placed[0].visible && placed[0].placed.x + placed[0].placed.w <= 400.0, "{:?}", placed[0]);
        let marker = LabelBox::around(at(130.0, 50.0), 12.0);
        let near = LabelCandidate::beside("农建村", "l", at(100.0, 50.0), 5.0, 12.0);
        let placed = place_labels(&[near], &[marker], &[], SQUARE, SQUARE);
        assert!(!placed[0].placed.overlaps(&marker));
    }

    #[test]
    fn a_label_on_screen_stays_on_screen_and_one_in_the_margin_may_cross_it() {
        let area = LabelBox { x: 0.0, y: 0.0, w: 800.0, h: 800.0 };
        let view = LabelBox { x: 200.0, y: 200.0, w: 400.0, h: 400.0 };
        // Anchored just inside the view's right edge: flips to the left.
        let on = LabelCandidate::beside("Nongjian Village", "l", at(590.0, 300.0), 5.0, 12.0);
        // Anchored in the margin: keeps its first choice, the right.
        let off = LabelCandidate::beside("Nongjian Village", "l", at(190.0, 500.0), 5.0, 12.0);
        let placed = place_labels(&[on, off], &[], &[], area, view);
        assert!(placed[0].visible && view.contains(&placed[0].placed), "{:?}", placed[0]);
        assert!(
            placed[1].visible && placed[1].placed.x > 190.0 && !view.contains(&placed[1].placed),
            "{:?}",
            placed[1]
        );
    }

    #[test]
    fn a_label_keeps_off_lines_and_a_station_label_crosses_one_only_when_it_must() {
        // A horizontal line through the anchor: the right and left boxes
        // sit on it, so the label goes above.
        let mut lines = Vec::new();
        line_boxes(&[at(0.0, 100.0), at(400.0, 100.0)], 4.0, SQUARE, &mut lines);
        let c = LabelCandidate::beside("路口", "l", at(200.0, 100.0), 4.0, 12.0);
        let placed = place_labels(std::slice::from_ref(&c), &[], &lines, SQUARE, SQUARE);
        assert!(placed[0].visible && !lines.iter().any(|b| b.overlaps(&placed[0].placed)), "{:?}", placed[0]);
        // A point on the line is labelled a step out, clear of it.
        let on = LabelCandidate::beside("路口", "l", at(200.0, 100.0), 0.0, 12.0);
        let placed = place_labels(std::slice::from_ref(&on), &[], &lines, SQUARE, SQUARE);
        assert!(placed[0].visible && !lines.iter().any(|b| b.overlaps(&placed[0].placed)), "{:?}", placed[0]);
        // Lines on every side: a context label hides, a station's crosses.
        for y in [84.0, 116.0] {
            line_boxes(&[at(0.0, y), at(400.0, y)], 4.0, SQUARE, &mut lines);
        }
        let hidden = place_labels(std::slice::from_ref(&c), &[], &lines, SQUARE, SQUARE);
        assert!(!hidden[0].visible, "{:?}", hidden[0]);
        assert!(place_labels(&[c.may_cross_lines()], &[], &lines, SQUARE, SQUARE)[0].visible);
    }

    #[test]
    fn line_boxes_cover_only_the_part_inside_the_area() {
        let mut boxes = Vec::new();
        line_boxes(&[at(-500.0, -500.0), at(-10.0, -10.0)], 4.0, SQUARE, &mut boxes);
        assert!(boxes.is_empty(), "{boxes:?}");
        line_boxes(&[at(200.0, -1e12), at(200.0, 1e12)], 4.0, SQUARE, &mut boxes);
        assert!(!boxes.is_empty() && boxes.len() <= 110, "{}", boxes.len());
        assert!(boxes.iter().all(|b| b.y >= -8.0 && b.y <= 404.0));
    }

    #[test]
    fn cjk_is_wider_than_latin() {
        assert!(estimate_text_width("张桥村", 12.0) > estimate_text_width("abc", 12.0));
    }
}
