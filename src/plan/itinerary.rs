//! From a plan to its timetable: each stop's leg, arrival and leaving
//! time, the totals, and whether it fits the time budget.
//!
//! Honest numbers: a leg to or from a place whose position is unknown has
//! no distance and no travel time; every time after it is "at the
//! earliest", and the totals say they are incomplete.

use super::visit::{visit_minutes, MinutesFrom};
use super::{leg, travel_minutes, Clock, Item, Leg, Place, Plan, Route, Start};
use crate::geo::{Along, LonLat};
use crate::model::{Corridor, Station};

/// A time in the timetable. `at_least`: an unknown leg came before it, so
/// the real time is this or later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Time {
    pub at: Clock,
    pub at_least: bool,
}

/// How the group reaches a stop.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LegTo {
    /// The plan starts here: no travel.
    Start,
    /// An estimated leg and the minutes it takes.
    Known { leg: Leg, minutes: u32 },
    /// One end of the leg has no known position.
    Unknown,
}

/// A stop in the timetable.
#[derive(Debug, Clone, PartialEq)]
pub struct StopRow<'a> {
    /// Its index in [`Plan::items`].
    pub item: usize,
    pub station: &'a Station,
    /// Its number in the plan, from 1.
    pub number: usize,
    pub leg: LegTo,
    pub arrive: Time,
    pub leave: Time,
    pub minutes: u32,
    pub minutes_from: MinutesFrom,
}

/// A line of the timetable.
#[derive(Debug, Clone, PartialEq)]
pub enum Row<'a> {
    Stop(StopRow<'a>),
    Break { item: usize, minutes: u32, from: Time, to: Time },
}

/// The sums over the plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Totals {
    /// Over the legs whose length is known.
    pub metres: f64,
    pub travel_min: u32,
    pub visit_min: u32,
    pub break_min: u32,
    /// Legs with no distance: the totals leave them out.
    pub unknown_legs: usize,
    pub finish: Time,
}

impl Totals {
    /// From the start to the end of the last stop, minutes.
    pub fn duration_min(&self, start: Clock) -> u32 {
        self.finish.at.0.saturating_sub(start.0)
    }
}

/// The stop to leave out when the plan runs over its end time.
#[derive(Debug, Clone, PartialEq)]
pub struct DropHint<'a> {
    pub item: usize,
    pub station: &'a Station,
    pub saves_min: u32,
    /// Still over by this much without it (0: it then fits).
    pub still_over_min: u32,
}

/// The plan against its end time.
#[derive(Debug, Clone, PartialEq)]
pub struct Budget<'a> {
    pub end: Clock,
    /// Minutes to spare; negative when over.
    pub spare_min: i64,
    pub drop: Option<DropHint<'a>>,
}

/// The timetable of a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Itinerary<'a> {
    pub rows: Vec<Row<'a>>,
    /// Stops whose id the data no longer has (kept out of the timetable).
    pub missing: Vec<String>,
    /// The start is a station the data no longer has.
    pub start_missing: bool,
    pub totals: Totals,
    pub budget: Option<Budget<'a>>,
    /// The stretches of the avenue the plan travels, as chainage ranges
    /// (merged), for the map.
    pub stretches: Vec<(f64, f64)>,
}

/// Where the plan sets off: `None` for the first stop itself, `Some(None)`
/// for a start whose position is unknown.
pub(super) fn start_place(plan: &Plan, c: &Corridor, here: Option<LonLat>) -> Option<Option<Place>> {
    let line = c.avenue.as_ref().map(|a| &a.line);
    let end = |east: bool| {
        line.map(|l| {
            let pts = l.points();
            let p = if east { pts[pts.len() - 1] } else { pts[0] };
            Place {
                position: p,
                along: Some(Along { chainage_m: if east { l.length_m() } else { 0.0 }, offset_m: 0.0 }),
            }
        })
    };
    match &plan.start {
        Start::FirstStop => None,
        Start::West => Some(end(false)),
        Start::East => Some(end(true)),
        Start::Station(id) => Some(c.station(id).and_then(Place::of)),
        Start::Here => Some(here.map(|p| Place { position: p, along: line.map(|l| l.locate(p)) })),
    }
}

/// The timetable of `plan` over the data `c`; `here` is the device's
/// position when the plan starts there.
pub fn itinerary<'a>(plan: &Plan, c: &'a Corridor, here: Option<LonLat>) -> Itinerary<'a> {
    let mut it = timeline(plan, c, here);
    it.budget = plan.end_time.map(|end| budget(plan, c, here, &it, end.after(plan.start_time)));
    it
}

fn timeline<'a>(plan: &Plan, c: &'a Corridor, here: Option<LonLat>) -> Itinerary<'a> {
    let start = start_place(plan, c, here);
    let start_missing = matches!(&plan.start, Start::Station(id) if c.station(id).is_none());
    let (kmh, mode) = (plan.kmh(), plan.mode);
    let mut now = Time { at: plan.start_time, at_least: false };
    // The place the group is at: `None` before the first stop of a plan
    // that starts there, `Some(None)` when it is unknown.
    let mut at: Option<Option<Place>> = start;
    let mut rows = Vec::new();
    let mut missing = Vec::new();
    let mut totals = Totals { metres: 0.0, travel_min: 0, visit_min: 0, break_min: 0, unknown_legs: 0, finish: now };
    let mut spans: Vec<(f64, f64)> = Vec::new();
    let mut number = 0;
    for (item, entry) in plan.items.iter().enumerate() {
        match entry {
            Item::Break { minutes } => {
                let from = now;
                now.at = now.at.plus(*minutes);
                totals.break_min += minutes;
                rows.push(Row::Break { item, minutes: *minutes, from, to: now });
            }
            Item::Stop { id, minutes } => {
                let Some(station) = c.station(id) else {
                    missing.push(id.clone());
                    continue;
                };
                let here_place = Place::of(station);
                let leg_to = match (at, here_place) {
                    (None, _) => LegTo::Start,
                    (Some(Some(a)), Some(b)) => {
                        let l = leg(a, b);
                        if let (Route::ViaAvenue, Some(x), Some(y)) = (l.route, a.along, b.along) {
                            spans.push((x.chainage_m.min(y.chainage_m), x.chainage_m.max(y.chainage_m)));
                        }
                        LegTo::Known { leg: l, minutes: travel_minutes(l.metres, kmh, mode) }
                    }
                    _ => LegTo::Unknown,
                };
                match leg_to {
                    LegTo::Known { leg, minutes } => {
                        totals.metres += leg.metres;
                        totals.travel_min += minutes;
                        now.at = now.at.plus(minutes);
                    }
                    LegTo::Unknown => {
                        totals.unknown_legs += 1;
                        now.at_least = true;
                    }
                    LegTo::Start => {}
                }
                let arrive = now;
                let (stay, minutes_from) = visit_minutes(station, *minutes);
                now.at = now.at.plus(stay);
                totals.visit_min += stay;
                number += 1;
                rows.push(Row::Stop(StopRow {
                    item,
                    station,
                    number,
                    leg: leg_to,
                    arrive,
                    leave: now,
                    minutes: stay,
                    minutes_from,
                }));
                at = Some(here_place);
            }
        }
    }
    totals.finish = now;
    Itinerary { rows, missing, start_missing, totals, budget: None, stretches: merge(spans) }
}

/// Overlapping or touching ranges as one.
fn merge(mut spans: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    spans.retain(|(a, b)| b > a);
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out: Vec<(f64, f64)> = Vec::new();
    for (a, b) in spans {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// How the plan stands against `end`, and which stop to drop if over: of
/// the stops whose removal alone makes the plan fit, the one that saves
/// least (the plan loses least); if none does, the one that saves most.
fn budget<'a>(plan: &Plan, c: &'a Corridor, here: Option<LonLat>, it: &Itinerary<'a>, end: Clock) -> Budget<'a> {
    let spare_min = i64::from(end.0) - i64::from(it.totals.finish.at.0);
    if spare_min >= 0 {
        return Budget { end, spare_min, drop: None };
    }
    let mut fits: Option<DropHint> = None;
    let mut best: Option<DropHint> = None;
    for row in &it.rows {
        let Row::Stop(s) = row else { continue };
        let mut without = plan.clone();
        without.items.remove(s.item);
        let finish = timeline(&without, c, here).totals.finish.at;
        let saves_min = it.totals.finish.at.0.saturating_sub(finish.0);
        let still_over_min = finish.0.saturating_sub(end.0);
        let hint = DropHint { item: s.item, station: s.station, saves_min, still_over_min };
        if still_over_min == 0 {
            if fits.as_ref().is_none_or(|f| saves_min <= f.saves_min) {
                fits = Some(hint);
            }
        } else if best.as_ref().is_none_or(|b| saves_min >= b.saves_min) {
            best = Some(hint);
        }
    }
    Budget { end, spare_min, drop: fits.or(best) }
}
