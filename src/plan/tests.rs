//! The planner across its parts, on the shipped data: every expected value
//! is derived from the data and the time model, not written down.

use super::*;
use crate::model::{load, Corridor, Station};

fn corridor() -> Corridor {
    load(include_bytes!("../../public/data/corridor.geojson")).corridor.expect("the shipped data loads")
}

fn placed(c: &Corridor) -> Vec<&Station> {
    let mut v: Vec<&Station> = c.stations.iter().filter(|s| s.along.is_some()).collect();
    v.sort_by(|a, b| {
        a.along.map(|x| x.chainage_m).unwrap_or(0.0).total_cmp(&b.along.map(|x| x.chainage_m).unwrap_or(0.0))
    });
    assert!(v.len() >= 3, "the tests need three placed stations");
    v
}

fn unplaced(c: &Corridor) -> &Station {
    c.stations.iter().find(|s| Place::of(s).is_none()).expect("the shipped data has a station with no position")
}

fn plan_of(ids: &[&str]) -> Plan {
    let mut p = Plan { own_order: true, ..Plan::default() };
    for id in ids {
        p.add(id);
    }
    p
}

fn stops<'a>(it: &'a Itinerary<'a>) -> Vec<&'a StopRow<'a>> {
    it.rows.iter().filter_map(|r| if let Row::Stop(s) = r { Some(s) } else { None }).collect()
}

#[test]
fn a_plan_of_one_stop_starts_there_and_lasts_its_visit() {
    let c = corridor();
    let s = placed(&c)[0];
    let it = itinerary(&plan_of(&[&s.id]), &c, None);
    let rows = stops(&it);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].leg, LegTo::Start);
    let stay = visit_minutes(s, None).0;
    assert_eq!(rows[0].arrive, Time { at: DEFAULT_START, at_least: false });
    assert_eq!(rows[0].leave.at, DEFAULT_START.plus(stay));
    assert_eq!((it.totals.metres, it.totals.travel_min, it.totals.unknown_legs), (0.0, 0, 0));
}

#[test]
fn legs_are_timed_by_the_model_and_summed() {
    let c = corridor();
    let p = placed(&c);
    let (a, b) = (p[0], p[p.len() - 1]);
    for mode in Mode::ALL {
        let plan = Plan { mode, ..plan_of(&[&a.id, &b.id]) };
        let it = itinerary(&plan, &c, None);
        let l = station_leg(a, b).expect("both are placed");
        let travel = travel_minutes(l.metres, mode.default_kmh(), mode);
        let rows = stops(&it);
        assert_eq!(rows[1].leg, LegTo::Known { leg: l, minutes: travel });
        assert_eq!(rows[1].arrive.at, rows[0].leave.at.plus(travel));
        assert_eq!(it.totals.metres, l.metres);
        assert_eq!(it.totals.finish.at, DEFAULT_START.plus(it.totals.visit_min + travel));
    }
}

#[test]
fn an_unknown_position_keeps_the_stop_but_no_distance() {
    let c = corridor();
    let (a, u) = (placed(&c)[0], unplaced(&c));
    let it = itinerary(&plan_of(&[&a.id, &u.id, &a.id]), &c, None);
    let rows = stops(&it);
    assert_eq!(rows.len(), 3, "the unplaced stop stays in the plan");
    assert_eq!((rows[1].leg, rows[2].leg), (LegTo::Unknown, LegTo::Unknown));
    assert!(rows[1].arrive.at_least && rows[2].leave.at_least, "times after an unknown leg are at the earliest");
    assert_eq!((it.totals.unknown_legs, it.totals.metres), (2, 0.0));
}

#[test]
fn the_same_stop_twice_is_visited_twice_with_no_way_between() {
    let c = corridor();
    let a = placed(&c)[1];
    let it = itinerary(&plan_of(&[&a.id, &a.id]), &c, None);
    let rows = stops(&it);
    assert_eq!(rows.len(), 2);
    assert!(matches!(rows[1].leg, LegTo::Known { minutes: 0, .. }), "{:?}", rows[1].leg);
    assert_eq!(it.totals.visit_min, 2 * visit_minutes(a, None).0);
}

#[test]
fn a_removed_id_is_reported_not_timed() {
    let c = corridor();
    let a = placed(&c)[0];
    let it = itinerary(&plan_of(&[&a.id, "no-such-station"]), &c, None);
    assert_eq!(it.missing, ["no-such-station"]);
    assert_eq!(stops(&it).len(), 1);
}

#[test]
fn a_budget_that_cannot_be_met_says_by_how_much_and_what_to_drop() {
    let c = corridor();
    let p = placed(&c);
    let ids: Vec<&str> = p.iter().map(|s| s.id.as_str()).collect();
    let plan = Plan { end_time: Some(DEFAULT_START.plus(1)), ..plan_of(&ids) };
    let it = itinerary(&plan, &c, None);
    let b = it.budget.as_ref().expect("an end time gives a budget");
    assert_eq!(b.spare_min, 1 - i64::from(it.totals.duration_min(DEFAULT_START)));
    let d = b.drop.as_ref().expect("over budget names a stop to drop");
    assert!(d.still_over_min > 0, "one minute cannot hold any stop");
    // The hint's figures are the plan's without that stop.
    let mut without = plan.clone();
    without.remove_at(d.item);
    let finish = itinerary(&without, &c, None).totals.finish.at;
    assert_eq!(d.saves_min, it.totals.finish.at.0 - finish.0);
    // A budget with room to spare has nothing to drop.
    let roomy = Plan { end_time: Some(it.totals.finish.at.plus(10)), ..plan };
    let b = itinerary(&roomy, &c, None).budget.expect("a budget");
    assert_eq!((b.spare_min, b.drop), (10, None));
}

#[test]
fn a_plan_near_midnight_runs_into_the_next_day() {
    let c = corridor();
    let p = placed(&c);
    let start = Clock::parse("23:30").expect("a time");
    let plan = Plan { start_time: start, end_time: Clock::parse("00:10"), ..plan_of(&[&p[0].id, &p[1].id]) };
    let it = itinerary(&plan, &c, None);
    assert_eq!(it.totals.finish.at, start.plus(it.totals.duration_min(start)));
    assert!(it.totals.finish.at.day() >= 1, "two visits from 23:30 end after midnight");
    let b = it.budget.expect("a budget");
    assert_eq!(b.end.day(), 1, "an end of 00:10 after a 23:30 start is the next day's");
    assert_eq!(b.spare_min, i64::from(b.end.0) - i64::from(it.totals.finish.at.0));
}

#[test]
fn along_the_avenue_the_plan_is_swept_from_where_it_starts() {
    let c = corridor();
    let p = placed(&c);
    let plan = Plan { own_order: false, ..plan_of(&[&p[2].id, &p[0].id, &p[1].id]) };
    let ids = |pl: &Plan| pl.stop_ids().map(str::to_string).collect::<Vec<_>>();
    assert_eq!(ids(&arranged(&plan, &c, None)), [p[0].id.as_str(), &p[1].id, &p[2].id]);
    let east = Plan { start: Start::East, ..plan.clone() };
    assert_eq!(ids(&arranged(&east, &c, None)), [p[2].id.as_str(), &p[1].id, &p[0].id]);
    let own = Plan { own_order: true, ..plan.clone() };
    assert_eq!(arranged(&own, &c, None), own);
}

#[test]
fn ready_plans_fit_their_budgets_and_all_in_order_has_every_station() {
    let c = corridor();
    let all = ready_plan(&c, Ready::AllInOrder, DEFAULT_START);
    assert_eq!(all.stop_count(), c.stations.len());
    for which in [Ready::HalfDay, Ready::BikeTwoHours] {
        let plan = ready_plan(&c, which, DEFAULT_START);
        let (budget, mode) = which.budget().expect("a budgeted plan");
        assert_eq!(plan.mode, mode);
        assert!(plan.stop_count() >= 1, "{which:?} holds at least one stop");
        let it = itinerary(&plan, &c, None);
        assert!(
            it.totals.duration_min(DEFAULT_START) <= budget,
            "{which:?} takes {} min",
            it.totals.duration_min(DEFAULT_START)
        );
        assert_eq!(it.budget.and_then(|b| b.drop), None);
    }
}

#[test]
fn a_plan_survives_its_link() {
    let c = corridor();
    let p = placed(&c);
    let mut plan = plan_of(&[&p[0].id, &p[1].id]);
    plan.insert_break(Some(0), 30);
    plan.set_minutes(0, Some(40));
    plan.mode = Mode::Bike;
    plan.kmh = Some(10.5);
    plan.start = Start::Station(p[2].id.clone());
    plan.start_time = Clock::parse("08:15").expect("a time");
    plan.end_time = Clock::parse("12:00");
    plan.group = Group { size: Some(40), adults: Some(4) };
    plan.title = Some("三（2）班 & friends".into());
    plan.date = Some("2027-04-01".into());
    let (back, issues) = parse_plan(&plan_query(&plan));
    assert_eq!(issues, []);
    assert_eq!(back, plan);
    assert_eq!(itinerary(&back, &c, None), itinerary(&plan, &c, None));
}

#[test]
fn a_hostile_link_is_read_with_clear_issues_and_bounded() {
    let many = vec!["ab"; MAX_ITEMS + 10].join(",");
    let (plan, issues) = parse_plan(&format!("?plan={many},BAD!,~0&by=boat&start=25:00&kmh=400&n=0&adults=5"));
    assert_eq!(plan.items.len(), MAX_ITEMS);
    assert!(issues.contains(&LinkIssue::TooMany { limit: MAX_ITEMS }));
    assert!(issues.contains(&LinkIssue::BadMode { found: "boat".into() }));
    assert!(issues.contains(&LinkIssue::BadTime { key: "start", found: "25:00".into() }));
    assert!(issues.contains(&LinkIssue::BadSpeed { found: "400".into() }));
    assert_eq!(plan.start_time, DEFAULT_START);
    let (_, issues) = parse_plan("?plan=xy,BAD!,~0");
    assert!(issues.contains(&LinkIssue::BadItem { found: "BAD!".into() }));
    assert!(issues.contains(&LinkIssue::BadItem { found: "~0".into() }));
}
