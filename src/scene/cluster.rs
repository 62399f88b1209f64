//! Grouping markers that would overlap on screen into one cluster marker
//! with a count, so thousands of stations stay readable and cheap to draw.
//! Greedy, in priority order, over a grid of cells one radius wide: O(n log n).

use crate::geo::ScreenPoint;
use std::collections::BTreeMap;

/// `at` moved straight away from `keep` until the two are `apart` pixels
/// apart (a group pushed off the open card's marker, which it would
/// otherwise cover); unchanged when they already are. A point on `keep`
/// itself moves up and to the right.
///
/// ```
/// use corridor::geo::ScreenPoint;
/// use corridor::scene::clear_of;
/// let moved = clear_of(ScreenPoint { x: 10.0, y: 0.0 }, ScreenPoint { x: 0.0, y: 0.0 }, 30.0);
/// assert_eq!(moved, ScreenPoint { x: 30.0, y: 0.0 });
/// ```
pub fn clear_of(at: ScreenPoint, keep: ScreenPoint, apart: f64) -> ScreenPoint {
    let (dx, dy) = (at.x - keep.x, at.y - keep.y);
    let d = dx.hypot(dy);
    if d >= apart {
        return at;
    }
    let (ux, uy) =
        if d > 1e-9 { (dx / d, dy / d) } else { (std::f64::consts::FRAC_1_SQRT_2, -std::f64::consts::FRAC_1_SQRT_2) };
    ScreenPoint { x: keep.x + ux * apart, y: keep.y + uy * apart }
}

/// A group of nearby markers: one member means a plain marker.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Indices into the input, first the one that seeded the group.
    pub members: Vec<usize>,
    /// Mean position of the members.
    pub at: ScreenPoint,
}

/// Groups points closer than `radius` pixels to a group's seed. Points are
/// taken in the order given (highest priority first), so a seed keeps its
/// own position when it stands alone.
pub fn cluster(points: &[ScreenPoint], radius: f64) -> Vec<Group> {
    let cell = radius.max(1.0);
    let key = |p: &ScreenPoint| ((p.x / cell).floor() as i64, (p.y / cell).floor() as i64);
    let mut grid: BTreeMap<(i64, i64), Vec<usize>> = BTreeMap::new();
    for (i, p) in points.iter().enumerate() {
        grid.entry(key(p)).or_default().push(i);
    }
    let mut taken = vec![false; points.len()];
    let mut groups = Vec::new();
    for (i, seed) in points.iter().enumerate() {
        if taken[i] {
            continue;
        }
        let (cx, cy) = key(seed);
        let mut members = vec![i];
        taken[i] = true;
        for gx in cx - 1..=cx + 1 {
            for gy in cy - 1..=cy + 1 {
                for &j in grid.get(&(gx, gy)).map(Vec::as_slice).unwrap_or(&[]) {
                    let q = points[j];
                    if !taken[j] && (q.x - seed.x).hypot(q.y - seed.y) < radius {
                        taken[j] = true;
                        members.push(j);
                    }
                }
            }
        }
        let n = members.len() as f64;
        let at = ScreenPoint {
            x: members.iter().map(|&m| points[m].x).sum::<f64>() / n,
            y: members.iter().map(|&m| points[m].y).sum::<f64>() / n,
        };
        groups.push(Group { members, at });
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(x: f64, y: f64) -> ScreenPoint {
        ScreenPoint { x, y }
    }

    #[test]
    fn far_apart_points_stay_single() {
        let g = cluster(&[p(0.0, 0.0), p(100.0, 0.0), p(0.0, 100.0)], 26.0);
        assert_eq!(g.len(), 3);
        assert!(g.iter().all(|g| g.members.len() == 1));
        assert_eq!(g[1].at, p(100.0, 0.0));
    }

    #[test]
    fn close_points_merge_into_one_counted_group() {
        let g = cluster(&[p(50.0, 50.0), p(60.0, 55.0), p(45.0, 40.0), p(300.0, 300.0)], 26.0);
        assert_eq!(g.len(), 2);
        let mut members = g[0].members.clone();
        members.sort();
        assert_eq!(members, vec![0, 1, 2]);
        assert_eq!(g[1].members, vec![3]);
        assert!((g[0].at.x - 155.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn every_point_lands_in_exactly_one_group_even_at_scale() {
        // 10,000 points on a 100x100 lattice 5 px apart.
        let pts: Vec<ScreenPoint> = (0..10_000).map(|i| p((i % 100) as f64 * 5.0, (i / 100) as f64 * 5.0)).collect();
        let groups = cluster(&pts, 26.0);
        let mut seen = vec![0u8; pts.len()];
        for g in &groups {
            for &m in &g.members {
                seen[m] += 1;
            }
        }
        assert!(seen.iter().all(|&n| n == 1));
        assert!(groups.len() < 1_000, "{} groups", groups.len());
    }
}
