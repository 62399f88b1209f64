//! A plan as the user makes it: stops and breaks in visiting order, how
//! the group travels, where and when it starts, and the time budget.

use super::{Clock, Mode};

/// Most items a plan holds: more than a day's visiting, and a bound on the
/// work a pasted link can ask for.
pub const MAX_ITEMS: usize = 60;
/// Longest break or stay, minutes.
pub const MAX_ITEM_MINUTES: u32 = crate::model::MAX_VISIT_MINUTES;
/// The break a user inserts, before changing it: a lunch break.
pub const DEFAULT_BREAK_MIN: u32 = 30;
/// When a plan starts unless the user says: a school morning.
pub const DEFAULT_START: Clock = Clock(9 * 60);
/// Longest title kept, in characters.
pub const MAX_TITLE_CHARS: usize = 80;

/// One line of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A station, with minutes there when the user set them.
    Stop { id: String, minutes: Option<u32> },
    /// A pause (lunch, rest) of so many minutes.
    Break { minutes: u32 },
}

impl Item {
    pub fn stop(id: &str) -> Item {
        Item::Stop { id: id.to_string(), minutes: None }
    }

    pub fn id(&self) -> Option<&str> {
        match self {
            Item::Stop { id, .. } => Some(id),
            Item::Break { .. } => None,
        }
    }
}

/// Where the group sets off from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Start {
    /// The first stop itself (the coach drops the group there).
    #[default]
    FirstStop,
    /// The avenue's west end (at the Zhejiang boundary).
    West,
    /// The avenue's east end.
    East,
    /// A station, visited or not.
    Station(String),
    /// Where the device is, when the page may ask.
    Here,
}

/// Who is going: the group's size and how many of them are adults. The
/// page shows the ratio and states no rule about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Group {
    pub size: Option<u32>,
    pub adults: Option<u32>,
}

/// A visit plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub items: Vec<Item>,
    pub mode: Mode,
    /// The speed the user set; `None`: the mode's default.
    pub kmh: Option<f64>,
    pub start: Start,
    pub start_time: Clock,
    /// The time the visit must end by (the budget), if any.
    pub end_time: Option<Clock>,
    /// The user put the stops in their own order; otherwise they are kept
    /// in order along the avenue as stops come and go.
    pub own_order: bool,
    pub group: Group,
    pub title: Option<String>,
    /// The day of the trip, `YYYY-MM-DD`, for the handout.
    pub date: Option<String>,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            items: Vec::new(),
            mode: Mode::Walk,
            kmh: None,
            start: Start::FirstStop,
            start_time: DEFAULT_START,
            end_time: None,
            own_order: false,
            group: Group::default(),
            title: None,
            date: None,
        }
    }
}

impl Plan {
    /// The speed planned with, km/h.
    pub fn kmh(&self) -> f64 {
        self.kmh.unwrap_or_else(|| self.mode.default_kmh())
    }

    /// The ids of the stops, in order (a station visited twice, twice).
    pub fn stop_ids(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(Item::id)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.stop_ids().any(|s| s == id)
    }

    pub fn stop_count(&self) -> usize {
        self.stop_ids().count()
    }

    /// Adds a stop at the end (the view re-orders along the avenue unless
    /// the user chose an order); refused when the plan is full.
    pub fn add(&mut self, id: &str) -> bool {
        if self.items.len() >= MAX_ITEMS {
            return false;
        }
        self.items.push(Item::stop(id));
        true
    }

    /// Removes every stop at `id`, and a break left leading the plan.
    pub fn remove_id(&mut self, id: &str) {
        self.items.retain(|i| i.id() != Some(id));
    }

    /// Adds `id` if absent, else removes it; says whether it is in now.
    pub fn toggle(&mut self, id: &str) -> bool {
        if self.contains(id) {
            self.remove_id(id);
            false
        } else {
            self.add(id)
        }
    }

    pub fn remove_at(&mut self, index: usize) {
        if index < self.items.len() {
            self.items.remove(index);
        }
    }

    /// Moves the item at `index` one place earlier (`up`) or later; the
    /// order is then the user's own.
    pub fn shift(&mut self, index: usize, up: bool) {
        let other = if up { index.checked_sub(1) } else { Some(index + 1) };
        if let Some(j) = other.filter(|&j| j < self.items.len() && index < self.items.len()) {
            self.items.swap(index, j);
            self.own_order = true;
        }
    }

    /// Inserts a break after the item at `index` (at the start for `None`).
    pub fn insert_break(&mut self, after: Option<usize>, minutes: u32) -> bool {
        if self.items.len() >= MAX_ITEMS {
            return false;
        }
        let at = after.map_or(0, |i| (i + 1).min(self.items.len()));
        self.items.insert(at, Item::Break { minutes: minutes.clamp(1, MAX_ITEM_MINUTES) });
        true
    }

    /// Sets the minutes of a stop or break; `None` on a stop goes back to
    /// the data's or the default.
    pub fn set_minutes(&mut self, index: usize, minutes: Option<u32>) {
        let minutes = minutes.map(|m| m.clamp(1, MAX_ITEM_MINUTES));
        match self.items.get_mut(index) {
            Some(Item::Stop { minutes: m, .. }) => *m = minutes,
            Some(Item::Break { minutes: m }) => *m = minutes.unwrap_or(DEFAULT_BREAK_MIN),
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_adds_and_removes_and_a_full_plan_refuses() {
        let mut p = Plan::default();
        assert!(p.toggle("a"));
        assert!(p.contains("a"));
        assert!(!p.toggle("a"));
        assert_eq!(p.stop_count(), 0);
        for i in 0..MAX_ITEMS {
            assert!(p.add(&format!("s{i}")));
        }
        assert!(!p.add("more"));
        assert!(!p.insert_break(Some(0), 30));
    }

    #[test]
    fn shifting_makes_the_order_the_users_and_stays_in_bounds() {
        let mut p = Plan::default();
        p.add("a");
        p.add("b");
        p.shift(0, true);
        assert!(!p.own_order, "nothing moved");
        p.shift(1, false);
        assert!(!p.own_order, "nothing moved");
        p.shift(1, true);
        assert_eq!(p.stop_ids().collect::<Vec<_>>(), ["b", "a"]);
        assert!(p.own_order);
    }

    #[test]
    fn breaks_go_where_asked_and_minutes_are_clamped() {
        let mut p = Plan::default();
        p.add("a");
        p.add("b");
        p.insert_break(Some(0), 0);
        assert_eq!(p.items[1], Item::Break { minutes: 1 });
        p.set_minutes(0, Some(100_000));
        assert_eq!(p.items[0], Item::Stop { id: "a".into(), minutes: Some(MAX_ITEM_MINUTES) });
        p.insert_break(None, 30);
        assert_eq!(p.items[0], Item::Break { minutes: 30 });
    }
}
