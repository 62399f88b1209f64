//! The plan drawn as a map, for the screen and for the printed handout: the
//! avenue with the stretches the plan travels in bold, the ways off it,
//! every station, and the plan's stops numbered in visiting order. Plain
//! SVG in black and grey so it prints legibly without colour.

use super::itinerary::start_place;
use super::{Itinerary, LegTo, Place, Plan, Route, Row};
use crate::fmt_num::fixed;
use crate::geo::{Bounds, LonLat, ScreenPoint, Viewport};
use crate::i18n::planner::PlMsg;
use crate::i18n::Lang;
use crate::model::{ContextKind, Corridor, Shape};
use crate::scene::{clear_of, escape, line_path, ScaleBar};
use std::fmt::Write;

/// The map's drawing size in SVG units (its text is drawn at 11-12
/// units): wide for a desktop and for paper, narrow for a phone so the
/// numbers stay legible when the page scales it to its width.
pub const ROUTE_MAP_WIDE: (f64, f64) = (640.0, 300.0);
pub const ROUTE_MAP_NARROW: (f64, f64) = (360.0, 260.0);
/// Space kept around what the map frames, px.
const PADDING: f64 = 28.0;
/// Radius of a stop's numbered badge, px.
const BADGE_R: f64 = 11.0;
/// Widest scale bar, px.
const SCALE_MAX_PX: f64 = 120.0;

/// A stop's badge: where the station is, where the badge is drawn (moved
/// off a neighbour it would cover), and its numbers in the plan.
struct Badge {
    at: ScreenPoint,
    drawn: ScreenPoint,
    numbers: Vec<usize>,
}

fn pt(d: &mut String, p: ScreenPoint) {
    let _ = write!(d, "{} {}", fixed(p.x, 1), fixed(p.y, 1));
}

fn segment(out: &mut String, class: &str, a: ScreenPoint, b: ScreenPoint) {
    let mut d = String::from("M");
    pt(&mut d, a);
    d.push_str(" L");
    pt(&mut d, b);
    let _ = write!(out, r#"<path class="{class}" d="{d}"/>"#);
}

/// What the map frames: the avenue, the stations, the start.
fn frame(c: &Corridor, start: Option<LonLat>) -> Option<Bounds> {
    let avenue = c.avenue.iter().flat_map(|a| a.line.points().iter().copied());
    let stations = c.stations.iter().filter_map(|s| s.position);
    Bounds::around(avenue.chain(stations).chain(start))
}

/// The number of stops of `it` with no known position: not on the map, and
/// the page says so beside it.
pub fn stops_off_map(it: &Itinerary) -> usize {
    it.rows.iter().filter(|r| matches!(r, Row::Stop(s) if s.station.position.is_none())).count()
}

/// The plan's route map as an SVG element, titled for screen readers.
/// `here` is the device's position when the plan starts there.
pub fn route_map_svg(
    plan: &Plan,
    c: &Corridor,
    it: &Itinerary,
    here: Option<LonLat>,
    lang: Lang,
    (w, h): (f64, f64),
) -> String {
    let start = start_place(plan, c, here).flatten();
    let mut out = String::new();
    let title = escape(PlMsg::RouteMapTitle.text(lang));
    let _ = write!(
        out,
        r#"<svg class="route-map" viewBox="0 0 {w} {h}" role="img" aria-labelledby="rm-title"><title id="rm-title">{title}</title>"#
    );
    let _ = write!(out, r#"<rect class="rm-paper" width="{w}" height="{h}"/>"#);
    let Some(bounds) = frame(c, start.map(|p| p.position)) else {
        out.push_str("</svg>");
        return out;
    };
    let v = Viewport::fit(bounds, w, h, PADDING);
    let screen = |p: LonLat| v.to_screen(p);
    let path_of = |pts: &[LonLat]| line_path(&pts.iter().map(|p| screen(*p)).collect::<Vec<_>>());

    // Where the coast and the boundary run, for orientation.
    for f in &c.context {
        if let (ContextKind::Coast | ContextKind::Boundary, Shape::Line(pts)) = (f.context, &f.shape) {
            let _ = write!(out, r#"<path class="rm-context" d="{}"/>"#, path_of(pts));
        }
    }
    if let Some(a) = &c.avenue {
        let _ = write!(out, r#"<path class="rm-avenue" d="{}"/>"#, path_of(a.line.points()));
        for &(from, to) in &it.stretches {
            let _ = write!(out, r#"<path class="rm-stretch" d="{}"/>"#, path_of(&a.line.between(from, to)));
        }
    }
    ways(&mut out, plan, c, it, start, &screen);
    for s in c.stations.iter().filter(|s| !plan.contains(&s.id)) {
        if let Some(p) = s.position.map(screen) {
            let _ = write!(out, r#"<circle class="rm-station" cx="{}" cy="{}" r="3"/>"#, fixed(p.x, 1), fixed(p.y, 1));
        }
    }
    if let Some(p) = start.filter(|_| !matches!(plan.start, super::Start::FirstStop)) {
        let s = screen(p.position);
        let _ = write!(
            out,
            r#"<g class="rm-start"><rect x="{}" y="{}" width="12" height="12"/><text x="{}" y="{}">{}</text></g>"#,
            fixed(s.x - 6.0, 1),
            fixed(s.y - 6.0, 1),
            fixed(s.x, 1),
            fixed(s.y - 10.0, 1),
            escape(PlMsg::StartMark.text(lang))
        );
    }
    for b in badges(it, &screen) {
        if b.drawn != b.at {
            segment(&mut out, "rm-leader", b.at, b.drawn);
        }
        let label = b.numbers.iter().map(usize::to_string).collect::<Vec<_>>().join(",");
        let r = BADGE_R + 3.0 * (label.chars().count().saturating_sub(2)) as f64;
        let (x, y) = (fixed(b.drawn.x, 1), fixed(b.drawn.y, 1));
        let _ = write!(
            out,
            r#"<g class="rm-stop" data-numbers="{label}"><circle cx="{x}" cy="{y}" r="{}"/><text x="{x}" y="{y}">{label}</text></g>"#,
            fixed(r, 1)
        );
    }
    furniture(&mut out, &v, bounds, lang);
    out.push_str("</svg>");
    out
}

/// The ways the plan leaves the avenue: from a place down to it and back
/// (dashed), or straight across on local roads.
fn ways(
    out: &mut String,
    plan: &Plan,
    c: &Corridor,
    it: &Itinerary,
    start: Option<Place>,
    screen: &impl Fn(LonLat) -> ScreenPoint,
) {
    let Some(line) = c.avenue.as_ref().map(|a| &a.line) else { return };
    let foot = |p: Place| p.along.map(|a| line.point_at(a.chainage_m));
    let mut at = if matches!(plan.start, super::Start::FirstStop) { None } else { start };
    for row in &it.rows {
        let Row::Stop(s) = row else { continue };
        let here = Place::of(s.station);
        if let (LegTo::Known { leg, .. }, Some(a), Some(b)) = (s.leg, at, here) {
            match leg.route {
                Route::ViaAvenue => {
                    for p in [a, b] {
                        if let Some(f) = foot(p) {
                            segment(out, "rm-way", screen(p.position), screen(f));
                        }
                    }
                }
                Route::Direct => segment(out, "rm-way", screen(a.position), screen(b.position)),
            }
        }
        at = here;
    }
}

/// One badge per located station of the plan, in plan order, each moved
/// clear of the badges before it. Quadratic in the plan's stations, which
/// [`super::MAX_ITEMS`] bounds.
fn badges(it: &Itinerary, screen: &impl Fn(LonLat) -> ScreenPoint) -> Vec<Badge> {
    let mut out: Vec<(String, Badge)> = Vec::new();
    for row in &it.rows {
        let Row::Stop(s) = row else { continue };
        let Some(p) = s.station.position else { continue };
        if let Some((_, b)) = out.iter_mut().find(|(id, _)| *id == s.station.id) {
            b.numbers.push(s.number);
            continue;
        }
        let at = screen(p);
        out.push((s.station.id.clone(), Badge { at, drawn: at, numbers: vec![s.number] }));
    }
    let apart = 2.0 * BADGE_R + 2.0;
    for i in 1..out.len() {
        // Two passes catch a badge pushed onto an earlier one.
        for _ in 0..2 {
            for j in 0..i {
                let keep = out[j].1.drawn;
                out[i].1.drawn = clear_of(out[i].1.drawn, keep, apart);
            }
        }
    }
    out.into_iter().map(|(_, b)| b).collect()
}

/// A north arrow and a scale bar, bottom right.
fn furniture(out: &mut String, v: &Viewport, b: Bounds, lang: Lang) {
    let bar = ScaleBar::fit(v.ground_metres_per_px(b.centre().lat), SCALE_MAX_PX, lang);
    let (x1, y) = (v.width - PADDING / 2.0, v.height - 10.0);
    let x0 = x1 - bar.width_px;
    let _ = write!(
        out,
        r#"<g class="rm-scale"><path d="M{} {} V{} H{} V{}"/><text x="{}" y="{}">{}</text></g>"#,
        fixed(x0, 1),
        fixed(y - 5.0, 1),
        fixed(y, 1),
        fixed(x1, 1),
        fixed(y - 5.0, 1),
        fixed((x0 + x1) / 2.0, 1),
        fixed(y - 8.0, 1),
        escape(&bar.label)
    );
    let (nx, ny) = (v.width - PADDING / 2.0, PADDING / 2.0);
    let _ = write!(
        out,
        r#"<g class="rm-north"><path d="M{nx} {} l5 12 h-10 z"/><text x="{nx}" y="{}">{}</text></g>"#,
        ny + 2.0,
        ny + 26.0,
        escape(PlMsg::North.text(lang))
    );
}

#[cfg(test)]
mod tests {
    use super::super::{itinerary, Start};
    use super::*;
    use crate::model::load;

    fn corridor() -> Corridor {
        load(include_bytes!("../../public/data/corridor.geojson")).corridor.expect("the shipped data loads")
    }

    fn plan_of(c: &Corridor, placed: bool, n: usize) -> Plan {
        let mut p = Plan::default();
        for s in c.stations.iter().filter(|s| s.position.is_some() == placed).take(n) {
            p.add(&s.id);
        }
        p
    }

    #[test]
    fn stops_are_numbered_in_visiting_order_and_the_stretch_is_bold() {
        let c = corridor();
        let plan = plan_of(&c, true, 4);
        let it = itinerary(&plan, &c, None);
        let svg = route_map_svg(&plan, &c, &it, None, Lang::En, ROUTE_MAP_WIDE);
        let numbers: Vec<&str> = svg.split(r#"data-numbers=""#).skip(1).filter_map(|s| s.split('"').next()).collect();
        let expected: Vec<String> = (1..=plan.stop_count()).map(|n| n.to_string()).collect();
        assert_eq!(numbers, expected);
        assert_eq!(svg.matches(r#"class="rm-stretch""#).count(), it.stretches.len());
        assert!(!it.stretches.is_empty());
        let others = c.stations.iter().filter(|s| s.position.is_some() && !plan.contains(&s.id)).count();
        assert_eq!(svg.matches(r#"class="rm-station""#).count(), others);
        assert_eq!(stops_off_map(&it), 0, "every stop is on the map");
    }

    #[test]
    fn a_station_visited_twice_has_one_badge_with_both_numbers() {
        let c = corridor();
        let mut plan = plan_of(&c, true, 2);
        plan.own_order = true;
        let first = plan.stop_ids().next().map(str::to_string).expect("a stop");
        plan.items.push(super::super::Item::stop(&first));
        let it = itinerary(&plan, &c, None);
        let svg = route_map_svg(&plan, &c, &it, None, Lang::En, ROUTE_MAP_WIDE);
        assert!(svg.contains(r#"data-numbers="1,3""#), "{svg}");
        assert_eq!(svg.matches(r#"class="rm-stop""#).count(), 2);
    }

    #[test]
    fn stops_with_no_position_are_counted_not_drawn() {
        let c = corridor();
        let mut plan = plan_of(&c, false, 2);
        plan.add(&plan_of(&c, true, 1).stop_ids().next().map(str::to_string).expect("a placed stop"));
        let it = itinerary(&plan, &c, None);
        assert_eq!(stops_off_map(&it), 2);
        let svg = route_map_svg(&plan, &c, &it, None, Lang::En, ROUTE_MAP_WIDE);
        assert_eq!(svg.matches(r#"class="rm-stop""#).count(), 1);
    }

    #[test]
    fn badges_are_kept_apart() {
        let c = corridor();
        let plan = plan_of(&c, true, usize::MAX);
        let it = itinerary(&plan, &c, None);
        let (w, h) = ROUTE_MAP_NARROW;
        let v = Viewport::fit(frame(&c, None).expect("bounds"), w, h, PADDING);
        let b = badges(&it, &|p| v.to_screen(p));
        for (i, x) in b.iter().enumerate() {
            for y in &b[..i] {
                let d = (x.drawn.x - y.drawn.x).hypot(x.drawn.y - y.drawn.y);
                assert!(d >= 2.0 * BADGE_R, "badges {:?} and {:?} overlap", x.numbers, y.numbers);
            }
        }
    }

    #[test]
    fn a_start_at_the_west_end_is_marked() {
        let c = corridor();
        let mut plan = plan_of(&c, true, 2);
        plan.start = Start::West;
        let it = itinerary(&plan, &c, None);
        let svg = route_map_svg(&plan, &c, &it, None, Lang::ZhCn, ROUTE_MAP_NARROW);
        assert!(svg.contains(r#"class="rm-start""#));
        assert!(svg.contains(PlMsg::StartMark.text(Lang::ZhCn)));
    }
}
