//! Visiting order along the avenue: on a line, the shortest way round a
//! set of stops from a start is to sweep them, going first to the nearer
//! end when the start lies among them.

use super::Item;

/// The items in visiting order along the avenue, for a group starting at
/// chainage `from` (`None`: from the west end). Each break stays after the
/// stop it followed, breaks before the first stop stay first, and stops
/// whose position is unknown (`chainage_of` gives `None`) follow the rest
/// in the order they had.
///
/// ```
/// use corridor::plan::{along_avenue, Item};
/// let items = [Item::stop("east"), Item::stop("west"), Item::stop("middle")];
/// let at = |id: &str| match id { "west" => Some(0.0), "middle" => Some(5.0), "east" => Some(9.0), _ => None };
/// let ids = |v: Vec<Item>| v.iter().filter_map(|i| i.id().map(str::to_string)).collect::<Vec<_>>();
/// assert_eq!(ids(along_avenue(&items, at, None)), ["west", "middle", "east"]);
/// // From just east of the middle: the nearer end first, then the other.
/// assert_eq!(ids(along_avenue(&items, at, Some(6.0))), ["east", "middle", "west"]);
/// ```
pub fn along_avenue(items: &[Item], chainage_of: impl Fn(&str) -> Option<f64>, from: Option<f64>) -> Vec<Item> {
    // Blocks: a stop and the breaks after it.
    let lead = items.iter().take_while(|i| i.id().is_none()).count();
    let mut blocks: Vec<(Option<f64>, &[Item])> = Vec::new();
    let mut i = lead;
    while i < items.len() {
        let end = i + 1 + items[i + 1..].iter().take_while(|x| x.id().is_none()).count();
        blocks.push((items[i].id().and_then(&chainage_of), &items[i..end]));
        i = end;
    }
    let (mut known, unknown): (Vec<_>, Vec<_>) = blocks.into_iter().partition(|(c, _)| c.is_some());
    let key = |b: &(Option<f64>, &[Item])| b.0.unwrap_or(0.0);
    known.sort_by(|a, b| key(a).total_cmp(&key(b)));
    let (lo, hi) = match (known.first(), known.last()) {
        (Some(a), Some(b)) => (key(a), key(b)),
        _ => (0.0, 0.0),
    };
    let from = from.unwrap_or(lo);
    let ordered: Vec<(Option<f64>, &[Item])> = if from <= lo {
        known
    } else if from >= hi {
        known.into_iter().rev().collect()
    } else {
        let (below, above): (Vec<_>, Vec<_>) = known.into_iter().partition(|b| key(b) <= from);
        if from - lo <= hi - from {
            below.into_iter().rev().chain(above).collect()
        } else {
            above.into_iter().chain(below.into_iter().rev()).collect()
        }
    };
    let mut out: Vec<Item> = items[..lead].to_vec();
    for (_, block) in ordered.into_iter().chain(unknown) {
        out.extend_from_slice(block);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(id: &str) -> Option<f64> {
        id.strip_prefix('c').and_then(|n| n.parse().ok())
    }

    fn ids(v: &[Item]) -> Vec<&str> {
        v.iter().map(|i| i.id().unwrap_or("~")).collect()
    }

    #[test]
    fn breaks_travel_with_their_stop_and_unknowns_go_last() {
        let items = [
            Item::Break { minutes: 10 },
            Item::stop("c9"),
            Item::Break { minutes: 30 },
            Item::stop("nowhere"),
            Item::stop("c1"),
        ];
        assert_eq!(ids(&along_avenue(&items, at, None)), ["~", "c1", "c9", "~", "nowhere"]);
    }

    #[test]
    fn from_the_east_end_the_sweep_goes_west() {
        let items = [Item::stop("c1"), Item::stop("c5"), Item::stop("c3")];
        assert_eq!(ids(&along_avenue(&items, at, Some(100.0))), ["c5", "c3", "c1"]);
        assert_eq!(ids(&along_avenue(&items, at, Some(2.0))), ["c1", "c3", "c5"]);
    }

    #[test]
    fn the_same_stop_twice_stays_twice_and_nothing_is_lost() {
        let items = [Item::stop("c4"), Item::stop("c2"), Item::stop("c4")];
        let out = along_avenue(&items, at, None);
        assert_eq!(ids(&out), ["c2", "c4", "c4"]);
        assert!(along_avenue(&[], at, Some(3.0)).is_empty());
    }
}
