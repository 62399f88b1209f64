//! Ready-made plans, computed from the data and the time model: all the
//! stations in order, and the most stops that fit a time budget.

use super::visit::visit_minutes;
use super::{station_leg, travel_minutes, Clock, Item, Mode, Plan, Start};
use crate::model::{Corridor, Station};

/// A ready plan a user can start from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ready {
    /// Every station, along the avenue from its west end.
    AllInOrder,
    /// The most stations that fit about three and a half hours, on foot.
    HalfDay,
    /// The most stations that fit two hours by bike.
    BikeTwoHours,
}

impl Ready {
    pub const ALL: [Ready; 3] = [Ready::AllInOrder, Ready::HalfDay, Ready::BikeTwoHours];

    /// The time budget and mode of a budgeted ready plan.
    pub fn budget(self) -> Option<(u32, Mode)> {
        match self {
            Ready::AllInOrder => None,
            Ready::HalfDay => Some((HALF_DAY_MIN, Mode::Walk)),
            Ready::BikeTwoHours => Some((120, Mode::Bike)),
        }
    }
}

/// "Half a day": three and a half hours, a school morning's trip.
pub const HALF_DAY_MIN: u32 = 210;

/// The ready plan `which`, starting at `start_time`.
///
/// A budgeted plan is the run of neighbouring stations along the avenue
/// with the most stops whose visits and legs fit the budget (fewer minutes
/// break a tie), starting at its first stop; only placed stations can be
/// timed, so only they are chosen.
pub fn ready_plan(c: &Corridor, which: Ready, start_time: Clock) -> Plan {
    let base = Plan { start_time, ..Plan::default() };
    let Some((budget, mode)) = which.budget() else {
        let mut placed: Vec<&Station> = c.stations.iter().filter(|s| s.along.is_some()).collect();
        placed.sort_by(|a, b| chainage(a).total_cmp(&chainage(b)));
        let unplaced = c.stations.iter().filter(|s| s.along.is_none());
        let items = placed.into_iter().chain(unplaced).map(|s| Item::stop(&s.id)).collect();
        return Plan { items, start: Start::West, ..base };
    };
    let mut line: Vec<&Station> = c.stations.iter().filter(|s| s.along.is_some()).collect();
    line.sort_by(|a, b| chainage(a).total_cmp(&chainage(b)));
    let kmh = mode.default_kmh();
    let stay = |s: &Station| visit_minutes(s, None).0;
    let hop = |a: &Station, b: &Station| station_leg(a, b).map_or(0, |l| travel_minutes(l.metres, kmh, mode));
    // Two pointers: the window [lo, hi] grows at hi and shrinks at lo
    // while it is over budget; every step adds or drops one station.
    let (mut lo, mut used, mut best): (usize, u32, Option<(usize, usize, u32)>) = (0, 0, None);
    for hi in 0..line.len() {
        used += stay(line[hi]) + if hi > lo { hop(line[hi - 1], line[hi]) } else { 0 };
        while used > budget && lo < hi {
            used -= stay(line[lo]) + hop(line[lo], line[lo + 1]);
            lo += 1;
        }
        if used <= budget {
            let better = match best {
                None => true,
                Some((b_lo, b_hi, b_used)) => {
                    let (n, b_n) = (hi - lo, b_hi - b_lo);
                    n > b_n || (n == b_n && used < b_used)
                }
            };
            if better {
                best = Some((lo, hi, used));
            }
        } else {
            // A single station longer than the budget: start afresh after it.
            used = 0;
            lo = hi + 1;
        }
    }
    let items = match best {
        Some((lo, hi, _)) => line[lo..=hi].iter().map(|s| Item::stop(&s.id)).collect(),
        None => Vec::new(),
    };
    Plan { items, mode, start: Start::FirstStop, end_time: Some(start_time.plus(budget)), ..base }
}

fn chainage(s: &Station) -> f64 {
    s.along.map_or(0.0, |a| a.chainage_m)
}
