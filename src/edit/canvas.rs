//! The editor's map as SVG markup: the ground (context, avenue) from the
//! checked corridor, and every station and unit with a point drawn from the
//! file itself, so a feature the checker rejects can still be seen and moved.
//! No clustering: staff must reach every point. Under the optional tile
//! layer every point is moved into the tiles' datum before it is projected
//! (as on the visitors' map), so a GCJ-02 street map lines up.

use super::session::Summary;
use crate::config::TileConfig;
use crate::fmt_num::fixed;
use crate::geo::{LonLat, Viewport};
use crate::model::{ContextKind, Corridor, Shape};
use crate::scene::{escape, line_path, polygon_path, tiles_markup, visible_tiles};
use std::fmt::Write;

/// Radius of a station's dot; a unit's is smaller.
pub const STATION_R: f64 = 11.0;
pub const UNIT_R: f64 = 6.0;

/// What the editing map draws besides the file: the selection, the point
/// held by the pointer, and the optional tile layer.
#[derive(Debug, Clone, Copy, Default)]
pub struct Drawing<'a> {
    pub selected: Option<usize>,
    /// Draws a feature where the pointer holds it, before the move is made.
    pub dragged: Option<(usize, LonLat)>,
    pub tiles: Option<&'a TileConfig>,
}

/// Markup for the map's `<svg>` of `v`'s size.
pub fn markup(c: Option<&Corridor>, features: &[Summary], v: &Viewport, d: Drawing) -> String {
    let Drawing { selected, dragged, tiles } = d;
    let mut m = String::with_capacity(16_384);
    let _ =
        write!(m, r#"<rect class="land" x="0" y="0" width="{}" height="{}"/>"#, fixed(v.width, 0), fixed(v.height, 0));
    let datum = tiles.map(|t| t.datum).unwrap_or_default();
    if let Some(cfg) = tiles {
        m.push_str(&tiles_markup(&visible_tiles(v, cfg)));
    }
    let to_screen = |p: LonLat| v.to_screen(datum.apply(p));
    if let Some(c) = c {
        for k in &c.context {
            let class = match k.context {
                ContextKind::Coast | ContextKind::Water => "water",
                ContextKind::Boundary => "boundary",
                _ => "landmark",
            };
            match &k.shape {
                Shape::Line(l) => {
                    let d = line_path(&l.iter().map(|p| to_screen(*p)).collect::<Vec<_>>());
                    let _ = write!(m, r#"<path class="ctx {class}" d="{d}"/>"#);
                }
                Shape::Polygon(r) => {
                    let _ = write!(m, r#"<path class="ctx {class} area" d="{}"/>"#, polygon_path(r, &to_screen));
                }
                Shape::Point(p) => {
                    let s = to_screen(*p);
                    let _ = write!(
                        m,
                        r#"<circle class="ctx {class}" cx="{}" cy="{}" r="3"/>"#,
                        fixed(s.x, 1),
                        fixed(s.y, 1)
                    );
                }
            }
        }
        if let Some(a) = &c.avenue {
            let d = line_path(&a.line.points().iter().map(|p| to_screen(*p)).collect::<Vec<_>>());
            let _ = write!(m, r#"<path class="avenue" d="{d}"/>"#);
        }
    }
    // Units under stations; the selected one last, on top.
    let mut order: Vec<&Summary> = features.iter().filter(|f| f.kind == "unit").collect();
    order.extend(features.iter().filter(|f| f.kind == "station"));
    order.sort_by_key(|f| Some(f.index) == selected);
    for f in order {
        let Some(at) = dragged.filter(|(i, _)| *i == f.index).map(|(_, p)| p).or(f.position) else { continue };
        let s = to_screen(at);
        let station = f.kind == "station";
        let name = f.name.as_deref().unwrap_or("");
        let key = f.key.as_deref().unwrap_or("");
        let _ = write!(
            m,
            r#"<g class="ed-point {}{}{}" data-feature="{}" data-key="{}" transform="translate({} {})"><circle r="{}"/>"#,
            if station { "station" } else { "unit" },
            if Some(f.index) == selected { " selected" } else { "" },
            if f.accuracy.as_deref() == Some("surveyed") { " surveyed" } else { "" },
            f.index,
            escape(key),
            fixed(s.x, 1),
            fixed(s.y, 1),
            if station { STATION_R } else { UNIT_R },
        );
        if station {
            let number = f.order.map(|o| fixed(o, 0)).unwrap_or_default();
            let _ = write!(m, r#"<text class="num" text-anchor="middle" dy="4">{number}</text>"#);
        }
        let dx = if station { STATION_R + 3.0 } else { UNIT_R + 3.0 };
        let _ = write!(m, r#"<text class="name" x="{}" dy="4">{}</text></g>"#, fixed(dx, 0), escape(name));
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::session::Session;
    use crate::geo::Bounds;

    #[test]
    fn every_placed_station_and_unit_is_drawn_once_with_its_index() {
        let text = include_str!("../../public/data/corridor.geojson");
        let s = Session::open(text).expect("opens");
        let c = s.report().corridor.as_ref();
        let features = s.summaries();
        let bounds = Bounds::around(c.expect("loads").drawn_points()).expect("bounds");
        let v = Viewport::fit(bounds, 800.0, 600.0, 20.0);
        let svg = markup(c, &features, &v, Drawing::default());
        let placed: Vec<&Summary> =
            features.iter().filter(|f| matches!(f.kind.as_str(), "station" | "unit") && f.position.is_some()).collect();
        assert_eq!(svg.matches("class=\"ed-point").count(), placed.len());
        for f in placed {
            assert_eq!(svg.matches(&format!("data-feature=\"{}\"", f.index)).count(), 1);
        }
        assert!(svg.contains("class=\"avenue\""));
        // A dragged unplaced station shows where it is held.
        let unplaced = features.iter().find(|f| f.kind == "station" && f.position.is_none()).expect("one");
        let held = Drawing {
            selected: Some(unplaced.index),
            dragged: Some((unplaced.index, LonLat::new(121.29, 30.75))),
            tiles: None,
        };
        let svg = markup(c, &features, &v, held);
        assert!(svg.contains(&format!("ed-point station selected\" data-feature=\"{}\"", unplaced.index)));
    }

    #[test]
    fn under_gcj02_tiles_the_points_move_into_the_tiles_datum() {
        let text = include_str!("../../public/data/corridor.geojson");
        let s = Session::open(text).expect("opens");
        let c = s.report().corridor.as_ref();
        let features = s.summaries();
        let placed = features.iter().find(|f| f.kind == "station" && f.position.is_some()).expect("a placed station");
        let at = placed.position.expect("placed");
        let v = Viewport::fit(Bounds::around(vec![at]).expect("bounds"), 800.0, 600.0, 20.0);
        let cfg = crate::config::parse_config(
            r#"{ "tiles": { "url": "https://t/{z}/{x}/{y}.png", "attribution": "t", "datum": "gcj02" } }"#,
        )
        .expect("config")
        .tiles
        .expect("tiles");
        let svg = markup(c, &features, &v, Drawing { tiles: Some(&cfg), ..Drawing::default() });
        assert!(svg.contains("https://t/"), "the tiles are drawn");
        let moved = v.to_screen(crate::geo::Datum::Gcj02.apply(at));
        let expected = format!("data-feature=\"{}\" data-key", placed.index);
        let start = svg.find(&expected).expect("the station is drawn");
        let drawn = &svg[start..start + 200];
        assert!(drawn.contains(&format!("translate({} {})", fixed(moved.x, 1), fixed(moved.y, 1))), "{drawn}");
        assert!(v.to_screen(at).x + 5.0 < moved.x, "GCJ-02 lies a few hundred metres east near Shanghai");
    }
}
