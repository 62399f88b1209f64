//! Times of day in a plan: minutes from the midnight the plan starts after,
//! so a plan that runs past midnight still adds up.

/// Minutes in a day.
pub const DAY_MIN: u32 = 24 * 60;

/// A time of day, possibly on a later day: `minutes` since the midnight
/// before the plan's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Clock(pub u32);

impl Clock {
    /// `HH:MM` (or `H:MM`), 00:00 to 23:59.
    ///
    /// ```
    /// use corridor::plan::Clock;
    /// assert_eq!(Clock::parse("09:05"), Some(Clock(9 * 60 + 5)));
    /// assert_eq!(Clock::parse("9:05"), Some(Clock(9 * 60 + 5)));
    /// assert_eq!(Clock::parse("24:00"), None);
    /// assert_eq!(Clock::parse("9.05"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Clock> {
        let (h, m) = s.trim().split_once(':')?;
        let digits =
            |t: &str, n: std::ops::RangeInclusive<usize>| n.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
        if !digits(h, 1..=2) || !digits(m, 2..=2) {
            return None;
        }
        let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        (h < 24 && m < 60).then_some(Clock(h * 60 + m))
    }

    /// `HH:MM` of the day it falls on.
    pub fn hh_mm(self) -> String {
        let m = self.0 % DAY_MIN;
        format!("{:02}:{:02}", m / 60, m % 60)
    }

    /// How many midnights after the start's day: 0 on the same day.
    pub fn day(self) -> u32 {
        self.0 / DAY_MIN
    }

    pub fn plus(self, minutes: u32) -> Clock {
        Clock(self.0.saturating_add(minutes))
    }

    /// The first time at or after `start` that reads `self` on a clock:
    /// an end time of 01:00 for a 23:00 start is the next day's.
    pub fn after(self, start: Clock) -> Clock {
        let of_day = self.0 % DAY_MIN;
        let mut t = Clock(start.day() * DAY_MIN + of_day);
        if t <= start {
            t.0 += DAY_MIN;
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_past_midnight_read_as_the_next_day() {
        let late = Clock::parse("23:40").expect("a time");
        let t = late.plus(50);
        assert_eq!((t.hh_mm(), t.day()), ("00:30".to_string(), 1));
        let end = Clock::parse("01:00").expect("a time").after(late);
        assert_eq!((end.hh_mm(), end.day()), ("01:00".to_string(), 1));
        assert_eq!(Clock::parse("23:50").expect("a time").after(late).day(), 0);
    }

    #[test]
    fn junk_is_not_a_time() {
        for s in ["", ":", "12", "12:5", "ab:cd", "-1:00", "12:60", "１２:００", "123:00"] {
            assert_eq!(Clock::parse(s), None, "{s}");
        }
    }
}
