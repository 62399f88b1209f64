//! How a group travels, and the speeds the plan assumes for it.

/// How the group gets from stop to stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Walk,
    Bike,
    /// A coach or cars.
    Car,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Walk, Mode::Bike, Mode::Car];

    /// The name in the plan's URL (`by=walk`).
    pub fn name(self) -> &'static str {
        match self {
            Mode::Walk => "walk",
            Mode::Bike => "bike",
            Mode::Car => "car",
        }
    }

    pub fn parse(s: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.name() == s)
    }

    /// The average speed assumed, km/h. Assumptions, stated on the page
    /// and adjustable, not measurements: a school group walks slower than
    /// an adult's 5 km/h; 12 km/h is easy cycling; 30 km/h is a coach's
    /// average on a town avenue with traffic lights.
    pub fn default_kmh(self) -> f64 {
        match self {
            Mode::Walk => 4.0,
            Mode::Bike => 12.0,
            Mode::Car => 30.0,
        }
    }

    /// The speeds a user may set, km/h: wider than any group moves, so a
    /// typo (400) is caught rather than planned with.
    pub fn kmh_range(self) -> (f64, f64) {
        match self {
            Mode::Walk => (1.0, 8.0),
            Mode::Bike => (4.0, 30.0),
            Mode::Car => (10.0, 80.0),
        }
    }

    /// Minutes added to every leg for getting going: unlocking bikes,
    /// boarding the coach and parking it. Also an assumption.
    pub fn changeover_min(self) -> u32 {
        match self {
            Mode::Walk => 0,
            Mode::Bike => 2,
            Mode::Car => 5,
        }
    }
}

/// Whole minutes, rounded up, to travel `metres` at `kmh`, plus the
/// mode's changeover; a leg of no length takes no time.
///
/// ```
/// use corridor::plan::{travel_minutes, Mode};
/// assert_eq!(travel_minutes(1_000.0, 4.0, Mode::Walk), 15);
/// assert_eq!(travel_minutes(0.0, 30.0, Mode::Car), 0);
/// assert_eq!(travel_minutes(5_000.0, 30.0, Mode::Car), 10 + 5);
/// ```
pub fn travel_minutes(metres: f64, kmh: f64, mode: Mode) -> u32 {
    if metres <= 0.0 || !metres.is_finite() || kmh <= 0.0 {
        return 0;
    }
    let minutes = metres / (kmh * 1000.0 / 60.0);
    // A hair's tolerance so 15.000000001 is 15, not 16.
    (minutes - 1e-6).ceil().max(1.0) as u32 + mode.changeover_min()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_defaults_lie_in_range() {
        for m in Mode::ALL {
            assert_eq!(Mode::parse(m.name()), Some(m));
            let (lo, hi) = m.kmh_range();
            assert!((lo..=hi).contains(&m.default_kmh()));
        }
        assert_eq!(Mode::parse("boat"), None);
    }

    #[test]
    fn faster_modes_take_less_time_for_a_long_leg() {
        let t = |m: Mode| travel_minutes(8_000.0, m.default_kmh(), m);
        assert!(t(Mode::Walk) > t(Mode::Bike) && t(Mode::Bike) > t(Mode::Car));
    }
}
