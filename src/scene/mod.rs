//! What the map draws, in screen pixels: computed from the corridor and the
//! viewport with no browser, so layout rules (label collision, scale bar)
//! are tested natively and the SVG view only renders the result.

mod activity;
mod cluster;
mod credit;
mod drawn_area;
mod framing;
mod labels;
mod legend;
mod path;
mod preview;
mod scale_bar;
mod svg;
mod symbol;
mod tiles;

pub use activity::Activity;
pub use cluster::{clear_of, cluster, Group};
pub use credit::map_credit;
pub use drawn_area::DrawnArea;
pub use framing::camera_rules;
pub use labels::{estimate_text_width, line_boxes, place_labels, LabelBox, LabelCandidate, Side};
pub use legend::{legend_keys, LegendKey};
pub use path::{line_path, polygon_path};
pub use preview::{Glide, Preview};
pub use scale_bar::ScaleBar;
pub use svg::{escape, markup};
pub use symbol::{kind_icon_svg, kind_symbol, SYMBOL_VIEW_BOX};
pub use tiles::{tile_url, tiles_markup, visible_tiles, zoom_for, Tile, MAX_TILES, TILE_PX};

use crate::config::TileConfig;
use crate::geo::{LonLat, ScreenPoint, Viewport};
use crate::i18n::{cluster_label, marker_label, Lang};
use crate::model::{Accuracy, Category, ContextKind, Corridor, Shape, UnitType};

/// A station marker on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkerItem {
    pub id: String,
    pub number: u32,
    /// The station's name, for its label on the map.
    pub name: String,
    /// What a screen reader says: "第3站 张桥村".
    pub label: String,
    pub at: ScreenPoint,
    pub approximate: bool,
    /// Its card is open.
    pub selected: bool,
    /// Its kind, drawn as a symbol beside the number.
    pub kind: Category,
    /// Where the station really is, when its marker was moved aside to
    /// stand clear of its neighbours (on paper); a leader joins the two.
    pub true_at: Option<ScreenPoint>,
}

/// Sets the markers of a group side by side on a ring about `centre`, in
/// station order clockwise from the west, just far enough apart not to
/// overlap.
fn spread_around<'a>(
    centre: ScreenPoint,
    members: &[(&'a crate::model::Station, ScreenPoint)],
) -> Vec<(&'a crate::model::Station, ScreenPoint, ScreenPoint)> {
    let mut members = members.to_vec();
    members.sort_by_key(|(s, _)| s.order);
    let n = members.len().max(2) as f64;
    // Neighbours on the ring are 2r sin(pi/n) apart: at least a marker's
    // width plus a little.
    let ring = MARKER_RADIUS * 1.1 / (std::f64::consts::PI / n).sin();
    members
        .into_iter()
        .enumerate()
        .map(|(i, (s, at))| {
            let a = std::f64::consts::PI + std::f64::consts::TAU * i as f64 / n;
            (s, at, ScreenPoint { x: centre.x + ring * a.cos(), y: centre.y - ring * a.sin() })
        })
        .collect()
}

/// Several stations too close together to draw apart at this zoom.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterItem {
    pub at: ScreenPoint,
    pub count: usize,
    pub label: String,
    /// The kinds of place it holds, each once, so the legend's kind keys
    /// can be found on the map.
    pub kinds: Vec<Category>,
}

/// The reader's own position, from "locate me".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UserFix {
    pub at: LonLat,
    pub accuracy_m: f64,
}

/// The user's position as drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UserItem {
    pub at: ScreenPoint,
    pub accuracy_px: f64,
}

/// A village or community drawn as an area or a dot.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitItem {
    pub code: String,
    pub at: ScreenPoint,
    pub area_d: Option<String>,
    pub residential: bool,
}

/// A context feature: a landmark dot, a line or an area.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextItem {
    pub at: ScreenPoint,
    pub d: Option<String>,
    pub kind: ContextKind,
}

/// A text label; `visible` is false where it would collide with a
/// higher-priority label.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelItem {
    pub text: String,
    pub class: &'static str,
    pub placed: LabelBox,
    pub visible: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Raster tiles under everything, when a tile layer is configured.
    pub tiles: Vec<Tile>,
    pub avenue_d: Option<String>,
    pub markers: Vec<MarkerItem>,
    pub clusters: Vec<ClusterItem>,
    pub units: Vec<UnitItem>,
    pub context: Vec<ContextItem>,
    pub labels: Vec<LabelItem>,
    pub user: Option<UserItem>,
}

/// What else shapes the drawing besides the data and the camera.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SceneOptions<'a> {
    pub lang: Lang,
    pub user: Option<UserFix>,
    /// A tile layer under the map; its datum shifts everything we draw.
    pub tiles: Option<&'a TileConfig>,
    /// The station whose card is open.
    pub selected: Option<&'a str>,
    /// The part of the viewport on screen when it is drawn (in the app,
    /// the view inside its drawn area); labels there keep inside it.
    /// `None`: all of it.
    pub on_screen: Option<LabelBox>,
    /// Drawn for paper: stations group only where their markers would
    /// overlap ([`PRINT_CLUSTER_RADIUS`]), since paper cannot zoom in.
    pub for_print: bool,
}

/// Marker radius in pixels; labels keep clear of it.
pub const MARKER_RADIUS: f64 = 12.0;
/// The ring drawn round a marker (an estimated position is dashed).
pub const MARKER_RING_RADIUS: f64 = MARKER_RADIUS + 4.0;
/// How far up and right a cluster's stack of discs reaches past its disc.
pub const CLUSTER_STACK_PX: f64 = 4.0;

/// A cluster's disc: a little larger for more members (up to 1,000).
pub fn cluster_radius(count: usize) -> f64 {
    MARKER_RADIUS + 2.0 + (count as f64).log10().min(3.0) * 3.0
}

/// The disc of a marker's kind symbol: its radius, and how far up and left
/// of the marker's centre it sits.
pub const KIND_BADGE_RADIUS: f64 = 7.0;
pub const KIND_BADGE_OFFSET: f64 = 11.0;
/// Markers whose centres are closer than this cluster. Markers touch at
/// twice their radius; 40 px (as in Supercluster's default) also keeps a
/// dense city's map to a few hundred clusters per screen, which the
/// browser lays out in a frame or two.
pub const CLUSTER_RADIUS: f64 = 40.0;
/// The printed map's box in CSS pixels (A4 portrait inside the print
/// stylesheet's margins, 186 mm wide); `assets/style.css` gives the printed
/// `.map-frame` the same proportions and scales the drawing to its width.
pub const PRINT_BOX: (f64, f64) = (700.0, 420.0);
/// On paper: markers merge only where they would touch.
pub const PRINT_CLUSTER_RADIUS: f64 = 2.0 * MARKER_RADIUS;
/// At most this many labels are placed; the rest would be noise anyway.
const MAX_LABELS: usize = 300;
const STATION_FONT: f64 = 13.0;
/// How far a label keeps from a drawn line: half the avenue's casing.
const LINE_CLEARANCE_PX: f64 = 5.0;
const UNIT_FONT: f64 = 12.0;

/// The units drawn on the map: those with a position, except a unit whose
/// station is on the map (the station's marker and label stand for it).
pub(crate) fn units_drawn(c: &Corridor) -> Vec<&crate::model::Unit> {
    let named: std::collections::BTreeSet<&str> =
        c.stations.iter().filter(|s| s.position.is_some()).filter_map(|s| s.unit.as_deref()).collect();
    c.units.iter().filter(|u| u.shape.is_some() && !named.contains(u.code.as_str())).collect()
}

/// Lays out everything for one viewport (a [`DrawnArea`]'s, in the app):
/// culls what is outside it,
/// clusters what would overlap, places labels by priority.
pub fn build(c: &Corridor, v: &Viewport, opts: &SceneOptions) -> Scene {
    let lang = opts.lang;
    // Data stays WGS-84; on GCJ-02 tiles it is drawn where those tiles
    // put the streets.
    let datum = opts.tiles.map(|t| t.datum).unwrap_or_default();
    let to_screen = |p: LonLat| v.to_screen(datum.apply(p));
    let avenue_d =
        c.avenue.as_ref().map(|a| line_path(&a.line.points().iter().map(|p| to_screen(*p)).collect::<Vec<_>>()));

    // Only stations on (or just off) the screen are laid out at all.
    let visible: Vec<(&crate::model::Station, ScreenPoint)> = c
        .stations
        .iter()
        .filter_map(|s| Some((s, to_screen(s.position?))))
        // `v` is usually a drawn area, already larger than the screen.
        .filter(|(_, at)| v.shows(*at, -CLUSTER_RADIUS))
        .collect();
    // The open card's station is never hidden in a group: it is drawn on
    // its own and the others cluster around it.
    let is_selected = |s: &crate::model::Station| opts.selected == Some(s.id.as_str());
    let (selected, mut visible): (Vec<_>, Vec<_>) = visible.into_iter().partition(|(s, _)| is_selected(s));
    let radius = if opts.for_print { PRINT_CLUSTER_RADIUS } else { CLUSTER_RADIUS };
    let mut groups = cluster(&visible.iter().map(|(_, at)| *at).collect::<Vec<_>>(), radius);
    for (s, at) in selected {
        // A group beside the open card's station is moved clear of it, so
        // the station's own marker is never covered.
        for g in groups.iter_mut().filter(|g| g.members.len() > 1) {
            let apart = MARKER_RING_RADIUS + cluster_radius(g.members.len()) + CLUSTER_STACK_PX;
            g.at = clear_of(g.at, at, apart);
        }
        groups.push(Group { at, members: vec![visible.len()] });
        visible.push((s, at));
    }
    let mut markers = Vec::new();
    let mut clusters = Vec::new();
    let marker = |s: &crate::model::Station, at: ScreenPoint, true_at: Option<ScreenPoint>| {
        let approximate = s.accuracy != Accuracy::Surveyed;
        MarkerItem {
            id: s.id.clone(),
            number: s.order,
            name: s.name.get(lang).to_string(),
            label: marker_label(lang, s.order, s.name.get(lang), approximate),
            at,
            approximate,
            selected: opts.selected == Some(s.id.as_str()),
            kind: s.category,
            true_at,
        }
    };
    for g in groups {
        if let [only] = g.members[..] {
            let (s, at) = visible[only];
            markers.push(marker(s, at, None));
        } else if opts.for_print {
            // Paper cannot zoom in: the group's markers are set side by
            // side around it, each with a leader to where it really is.
            let members: Vec<(&crate::model::Station, ScreenPoint)> =
                g.members.iter().filter_map(|&i| visible.get(i).copied()).collect();
            for (s, at, spread) in spread_around(g.at, &members) {
                markers.push(marker(s, spread, Some(at)));
            }
        } else {
            let mut kinds: Vec<Category> =
                g.members.iter().filter_map(|&i| visible.get(i)).map(|(s, _)| s.category).collect();
            kinds.sort_by_key(|k| *k as usize);
            kinds.dedup();
            clusters.push(ClusterItem {
                at: g.at,
                count: g.members.len(),
                label: cluster_label(lang, g.members.len()),
                kinds,
            });
        }
    }

    let units: Vec<(UnitItem, String)> = units_drawn(c)
        .into_iter()
        .filter_map(|u| {
            let shape = u.shape.as_ref()?;
            let area_d = match shape {
                Shape::Polygon(rings) => Some(polygon_path(rings, &to_screen)),
                _ => None,
            };
            Some((
                UnitItem {
                    code: u.code.clone(),
                    at: to_screen(shape.label_point()?),
                    area_d,
                    residential: u.unit_type == UnitType::Residential,
                },
                u.name.get(lang).to_string(),
            ))
        })
        .collect();

    let context: Vec<(ContextItem, String)> = c
        .context
        .iter()
        .filter_map(|f| {
            let d = match &f.shape {
                Shape::Point(_) => None,
                Shape::Line(l) => Some(line_path(&l.iter().map(|p| to_screen(*p)).collect::<Vec<_>>())),
                Shape::Polygon(rings) => Some(polygon_path(rings, &to_screen)),
            };
            Some((
                ContextItem { at: to_screen(f.shape.label_point()?), d, kind: f.context },
                f.name.get(lang).to_string(),
            ))
        })
        .collect();

    // Labels by priority: stations, then villages, then context.
    let mut candidates = Vec::new();
    // The selected station's name comes first and always shows.
    let selected_first = markers.iter().filter(|m| m.selected).chain(markers.iter().filter(|m| !m.selected));
    for m in selected_first.take(MAX_LABELS) {
        let label =
            LabelCandidate::beside(&m.name, "station-label", m.at, MARKER_RADIUS + 3.0, STATION_FONT).may_cross_lines();
        candidates.push(if m.selected { label.always_shown() } else { label });
    }
    for (u, name) in &units {
        candidates.push(LabelCandidate::beside(name, "unit-label", u.at, 4.0, UNIT_FONT));
    }
    for (k, name) in &context {
        candidates.push(LabelCandidate::beside(name, "context-label", k.at, 4.0, UNIT_FONT));
    }
    let mut obstacles: Vec<LabelBox> = markers.iter().map(|m| LabelBox::around(m.at, MARKER_RADIUS)).collect();
    obstacles.extend(clusters.iter().map(|k| LabelBox::around(k.at, MARKER_RING_RADIUS)));
    let area = LabelBox { x: 0.0, y: 0.0, w: v.width, h: v.height };
    // The lines a name must not sit on: the avenue and the context lines.
    let mut lines = Vec::new();
    if let Some(a) = &c.avenue {
        line_boxes(
            &a.line.points().iter().map(|p| to_screen(*p)).collect::<Vec<_>>(),
            LINE_CLEARANCE_PX,
            area,
            &mut lines,
        );
    }
    for f in &c.context {
        if let Shape::Line(l) = &f.shape {
            line_boxes(&l.iter().map(|p| to_screen(*p)).collect::<Vec<_>>(), LINE_CLEARANCE_PX, area, &mut lines);
        }
    }
    let labels = place_labels(&candidates, &obstacles, &lines, area, opts.on_screen.unwrap_or(area));

    let user = opts.user.map(|u| UserItem {
        at: to_screen(u.at),
        accuracy_px: u.accuracy_m.max(0.0) / v.ground_metres_per_px(u.at.lat),
    });
    Scene {
        tiles: opts.tiles.map(|t| visible_tiles(v, t)).unwrap_or_default(),
        avenue_d,
        markers,
        clusters,
        units: units.into_iter().map(|(u, _)| u).collect(),
        context: context.into_iter().map(|(k, _)| k).collect(),
        labels,
        user,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn on_paper_every_shipped_station_gets_its_own_number() {
        let c = load(FILE.as_bytes()).corridor.expect("shipped data loads");
        let rules = camera_rules(&c).expect("a frame");
        let v = rules.fitted(PRINT_BOX.0, PRINT_BOX.1);
        let paper = build(&c, &v, &SceneOptions { for_print: true, ..SceneOptions::default() });
        let placed = c.stations.iter().filter(|s| s.position.is_some()).count();
        assert!(paper.clusters.is_empty(), "{:?}", paper.clusters);
        assert_eq!(paper.markers.len(), placed);
        // None overlaps another; a moved one says where it really is.
        for (i, a) in paper.markers.iter().enumerate() {
            for b in &paper.markers[i + 1..] {
                let d = (a.at.x - b.at.x).hypot(a.at.y - b.at.y);
                assert!(d >= 2.0 * MARKER_RADIUS, "{} and {} are {d} px apart", a.id, b.id);
            }
        }
        let truth = |m: &MarkerItem| {
            let p = c.station(&m.id).and_then(|s| s.position).expect("placed");
            v.to_screen(p)
        };
        for m in &paper.markers {
            let at = truth(m);
            match m.true_at {
                Some(t) => assert!((t.x - at.x).abs() < 1e-6 && (t.y - at.y).abs() < 1e-6),
                None => assert!((m.at.x - at.x).abs() < 1e-6 && (m.at.y - at.y).abs() < 1e-6),
            }
        }
        // On screen, at the same size, the close ones group.
        let screen = build(&c, &v, &SceneOptions::default());
        assert!(!screen.clusters.is_empty(), "the on-screen rule groups some here");
    }

    use super::*;
    use crate::geo::Bounds;
    use crate::model::load;

    const FILE: &str = include_str!("../../public/data/corridor.geojson");

    fn scene(w: f64, h: f64) -> (Scene, Corridor) {
        let c = load(FILE.as_bytes()).corridor.expect("shipped data loads");
        let b = Bounds::around(c.drawn_points()).expect("points");
        let v = Viewport::fit(b, w, h, 30.0);
        (build(&c, &v, &SceneOptions { lang: Lang::ZhCn, ..SceneOptions::default() }), c)
    }

    #[test]
    fn the_open_cards_station_is_never_inside_a_cluster() {
        let c = load(FILE.as_bytes()).corridor.expect("shipped data loads");
        let b = Bounds::around(c.drawn_points()).expect("points");
        // Zoomed out far enough that every placed station groups.
        let v = Viewport::fit(b, 120.0, 100.0, 30.0);
        let unselected = build(&c, &v, &SceneOptions::default());
        assert!(!unselected.clusters.is_empty(), "this view groups stations");
        for st in c.stations.iter().filter(|s| s.position.is_some()) {
            let s = build(&c, &v, &SceneOptions { selected: Some(&st.id), ..SceneOptions::default() });
            assert!(s.markers.iter().any(|m| m.id == st.id && m.selected), "{} is drawn on its own", st.id);
            let grouped: usize = s.clusters.iter().map(|k| k.count).sum();
            assert_eq!(grouped + s.markers.len(), c.stations.iter().filter(|s| s.position.is_some()).count());
            // Nor covered by one: every group's disc (and stack) clears its ring.
            let at = s.markers.iter().find(|m| m.selected).map(|m| m.at).expect("selected marker");
            for k in &s.clusters {
                let gap = (k.at.x - at.x).hypot(k.at.y - at.y);
                let need = MARKER_RING_RADIUS + cluster_radius(k.count) + CLUSTER_STACK_PX;
                assert!(gap >= need - 1e-9, "{}: a group {gap:.1} px from it covers it", st.id);
            }
        }
    }

    #[test]
    fn the_selected_stations_label_always_shows_on_a_phone_in_every_language() {
        let c = load(FILE.as_bytes()).corridor.expect("shipped data loads");
        let b = Bounds::around(c.drawn_points()).expect("points");
        let v = Viewport::fit(b, 390.0, 300.0, 30.0);
        for lang in Lang::ALL {
            for st in c.stations.iter().filter(|s| s.position.is_some()) {
                let s = build(&c, &v, &SceneOptions { lang, selected: Some(&st.id), ..SceneOptions::default() });
                // A station drawn as its own marker (not inside a cluster).
                if s.markers.iter().any(|m| m.id == st.id) {
                    let name = st.name.get(lang);
                    assert!(
                        s.labels.iter().any(|l| l.class == "station-label" && l.text == name && l.visible),
                        "{name} selected, {lang:?}: its label is hidden"
                    );
                }
            }
        }
    }

    #[test]
    fn every_placed_station_is_a_marker_or_in_a_cluster_inside_the_map() {
        for (w, h) in [(390.0, 400.0), (1080.0, 820.0)] {
            let (s, c) = scene(w, h);
            let placed = c.stations.iter().filter(|s| s.position.is_some()).count();
            assert_eq!(s.markers.len() + s.clusters.iter().map(|k| k.count).sum::<usize>(), placed);
            let inside = |p: ScreenPoint| p.x >= 0.0 && p.x <= w && p.y >= 0.0 && p.y <= h;
            for m in &s.markers {
                assert!(inside(m.at), "{m:?}");
            }
            for k in &s.clusters {
                assert!(inside(k.at), "{k:?}");
            }
            assert!(s.avenue_d.as_deref().is_some_and(|d| d.starts_with('M')));
        }
    }

    /// Sourced positions put some stations a few hundred metres apart (the
    /// Haifan committee's office beside the Nongjian estimate): those may
    /// share a cluster at the first view, but a station with room around it
    /// is always its own marker.
    #[test]
    fn at_the_default_view_only_stations_close_together_cluster() {
        let c = load(FILE.as_bytes()).corridor.expect("shipped data loads");
        let rules = camera_rules(&c).expect("drawn");
        for (w, h) in [(320.0, 256.0), (390.0, 312.0), (1080.0, 820.0), (610.0, 600.0)] {
            let v = rules.fitted(w, h);
            let s = build(&c, &v, &SceneOptions::default());
            let placed: Vec<(&str, ScreenPoint)> =
                c.stations.iter().filter_map(|s| Some((s.id.as_str(), v.to_screen(s.position?)))).collect();
            for (id, at) in &placed {
                let room = placed
                    .iter()
                    .filter(|(other, _)| other != id)
                    .map(|(_, q)| (q.x - at.x).hypot(q.y - at.y))
                    .fold(f64::INFINITY, f64::min);
                if room >= CLUSTER_RADIUS {
                    assert!(s.markers.iter().any(|m| m.id == *id), "{id} at {w}x{h}: {room} px from the nearest");
                }
            }
            let shown = s.markers.len() + s.clusters.iter().map(|k| k.count).sum::<usize>();
            assert_eq!(shown, placed.len(), "{w}x{h}");
        }
    }

    #[test]
    fn zooming_out_clusters_and_zooming_in_culls() {
        let (_, c) = scene(390.0, 312.0);
        let b = Bounds::around(c.drawn_points()).expect("points");
        let v = Viewport::fit(b, 390.0, 312.0, 30.0);
        let opts = SceneOptions::default();
        let far = build(&c, &v.zoomed_about(0.05, ScreenPoint { x: 195.0, y: 156.0 }), &opts);
        assert!(!far.clusters.is_empty());
        let total: usize = far.clusters.iter().map(|k| k.count).sum::<usize>() + far.markers.len();
        assert_eq!(total, c.stations.iter().filter(|s| s.position.is_some()).count());
        let zhangqiao = c.station("zhangqiao").and_then(|s| s.position).expect("placed");
        let near = build(&c, &v.centred_on(zhangqiao).zoomed_about(20.0, ScreenPoint { x: 195.0, y: 156.0 }), &opts);
        assert_eq!(near.markers.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), vec!["zhangqiao"]);
    }

    #[test]
    fn on_gcj02_tiles_stations_move_to_where_those_tiles_draw_streets() {
        let (_, c) = scene(390.0, 312.0);
        let b = Bounds::around(c.drawn_points()).expect("points");
        let v = Viewport::fit(b, 390.0, 312.0, 30.0).zoomed_about(8.0, ScreenPoint { x: 195.0, y: 156.0 });
        let gcj = crate::config::parse_config(
            r#"{"tiles": {"url": "https://t.example.org/{z}/{x}/{y}.png", "attribution": "x", "datum": "gcj02"}}"#,
        )
        .expect("valid config")
        .tiles
        .expect("tiles");
        let plain = build(&c, &v, &SceneOptions::default());
        let shifted = build(&c, &v, &SceneOptions { tiles: Some(&gcj), ..SceneOptions::default() });
        assert!(!shifted.tiles.is_empty());
        for (a, b) in plain.markers.iter().zip(&shifted.markers) {
            // Near Jinshan GCJ-02 is ~430 m east and ~240 m south of WGS-84.
            let east_m = (b.at.x - a.at.x) * v.ground_metres_per_px(30.75);
            let south_m = (b.at.y - a.at.y) * v.ground_metres_per_px(30.75);
            assert!((350.0..520.0).contains(&east_m) && (180.0..320.0).contains(&south_m), "{east_m} {south_m}");
        }
    }

    #[test]
    fn user_accuracy_is_drawn_to_scale() {
        let (_, c) = scene(390.0, 312.0);
        let b = Bounds::around(c.drawn_points()).expect("points");
        let v = Viewport::fit(b, 390.0, 312.0, 30.0);
        let fix = UserFix { at: LonLat::new(121.245, 30.75), accuracy_m: 500.0 };
        let s = build(&c, &v, &SceneOptions { lang: Lang::En, user: Some(fix), ..SceneOptions::default() });
        let u = s.user.expect("drawn");
        assert!((u.accuracy_px * v.ground_metres_per_px(30.75) - 500.0).abs() < 1e-6);
    }

    #[test]
    fn station_labels_are_the_names_in_the_chosen_language() {
        let (_, c) = scene(1080.0, 820.0);
        let b = Bounds::around(c.drawn_points()).expect("points");
        let v = Viewport::fit(b, 1080.0, 820.0, 30.0);
        let s = build(&c, &v, &SceneOptions { lang: Lang::En, ..SceneOptions::default() });
        let labels: Vec<&str> =
            s.labels.iter().filter(|l| l.class == "station-label").map(|l| l.text.as_str()).collect();
        assert!(labels.contains(&"Zhangqiao Village"), "{labels:?}");
        // Screen readers hear the number, the name and that it is estimated.
        let z = c.station("zhangqiao").expect("zhangqiao");
        let marker = s.markers.iter().find(|m| m.id == z.id).expect("its marker");
        assert_eq!(marker.label, format!("Station {} Zhangqiao Village (position estimated)", z.order));
        assert_eq!(z.accuracy, Accuracy::Approximate);
    }

    #[test]
    fn visible_labels_never_overlap() {
        let (s, _) = scene(390.0, 400.0);
        let shown: Vec<&LabelItem> = s.labels.iter().filter(|l| l.visible).collect();
        for (i, a) in shown.iter().enumerate() {
            for b in &shown[i + 1..] {
                assert!(!a.placed.overlaps(&b.placed), "{a:?} overlaps {b:?}");
            }
        }
        // Every station label fits at desktop size.
        let (d, _) = scene(1080.0, 820.0);
        assert!(d.labels.iter().filter(|l| l.class == "station-label").all(|l| l.visible));
    }
}
