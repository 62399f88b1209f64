//! The map's SVG for the first screen: the scene laid out by the native
//! `scene` for the camera's first view, as the app first draws it, in a
//! box of the phone's map size; it scales to the frame it is shown in.

use super::Href;
use crate::i18n::{Lang, Msg};
use crate::model::{uses_openstreetmap, Corridor};
use crate::scene::{self, camera_rules, escape, kind_icon_svg, legend_keys, map_credit, LegendKey, SceneOptions};

/// The written drawings' class: the app's own map is `corridor-map`,
/// and takes their place (src/map/slot.rs) when its part has arrived.
pub const WRITTEN_MAP: &str = "written-map";

/// The boxes the written map is laid out in, each shown where it fits (the
/// drawing scales to the frame it is in):
/// - a phone's map frame, 390 px wide at 5:4 (the stylesheet's `.map-frame`);
/// - a desktop's at 1440x900: the window less the list's 370 px column,
///   and less the card's 432 px panel when a card is open; the height less
///   the header, the tray and the legend.
pub const MAP_BOX: (f64, f64) = (390.0, 312.0);
pub const WIDE_MAP_BOX: (f64, f64) = (1070.0, 620.0);
pub const WIDE_MAP_BOX_WITH_CARD: (f64, f64) = (638.0, 620.0);

/// One drawing of the map in a `w` x `h` box; empty when nothing can be
/// drawn (no positions at all): the app says why.
fn drawing(c: &Corridor, lang: Lang, selected: Option<&str>, (w, h): (f64, f64), class: &str) -> String {
    let markup = camera_rules(c)
        .map(|rules| {
            let v = rules.fitted(w, h);
            let opts = SceneOptions { lang, selected, ..SceneOptions::default() };
            scene::markup(&scene::build(c, &v, &opts), w, h)
        })
        .unwrap_or_default();
    format!(
        r#"<svg class="{WRITTEN_MAP} {class}" role="group" aria-label="{}" viewBox="0 0 {w} {h}" preserveAspectRatio="xMidYMid meet">{markup}</svg>"#,
        escape(Msg::MapLabel.text(lang))
    )
}

/// The map frame with its drawings for a phone and for a desktop, and
/// the credit for what they draw (no base map: the app adds tiles, if
/// any, and their credit).
pub fn map(c: &Corridor, lang: Lang, selected: Option<&str>) -> String {
    let wide = if selected.is_some() { WIDE_MAP_BOX_WITH_CARD } else { WIDE_MAP_BOX };
    format!(
        r#"<div class="map-frame">{}{}<p class="map-credit">{}</p></div>"#,
        drawing(c, lang, selected, MAP_BOX, "narrow"),
        drawing(c, lang, selected, wide, "wide"),
        escape(&map_credit(None, uses_openstreetmap(c), lang))
    )
}

/// The stations with no position, beside the map (the app's `Tray`),
/// each a link to its page; nothing when every station is placed.
pub fn tray(c: &Corridor, lang: Lang, selected: Option<&str>, href: Href) -> String {
    let items: String = c
        .stations
        .iter()
        .filter(|s| s.position.is_none())
        .map(|s| {
            format!(
                r#"<li><a class="station-marker unplaced{}" data-id="{id}" href="{}"><span class="tray-number">{}</span> <span class="tray-name">{}</span></a></li>"#,
                if selected == Some(s.id.as_str()) { " selected" } else { "" },
                escape(&href(Some(&s.id))),
                s.order,
                escape(s.name.get(lang)),
                id = escape(&s.id),
            )
        })
        .collect();
    if items.is_empty() {
        return String::new();
    }
    format!(
        r#"<div class="tray"><h2 class="tray-heading">{}</h2><ul class="tray-list">{items}</ul></div>"#,
        escape(Msg::TrayHeading.text(lang))
    )
}

/// The legend: only what this data draws (the app's `Legend`).
pub fn legend(c: &Corridor, lang: Lang) -> String {
    let items: String = legend_keys(c)
        .into_iter()
        .map(|key| {
            let class = key.class();
            let symbol = match key {
                LegendKey::Kind(k) => {
                    format!(r#"<span class="key key-kind {class}" aria-hidden="true">{}</span>"#, kind_icon_svg(k))
                }
                LegendKey::Station => format!(r#"<span class="key {class}" aria-hidden="true">1</span>"#),
                _ => format!(r#"<span class="key {class}" aria-hidden="true"></span>"#),
            };
            format!(r#"<li data-key="{class}">{symbol} {}</li>"#, escape(key.words(lang)))
        })
        .collect();
    format!(r#"<ul class="legend">{items}</ul>"#)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prerender::tests::shipped;

    #[test]
    fn every_placed_station_has_its_marker() {
        let c = shipped();
        let m = drawing(&c, Lang::ZhCn, None, MAP_BOX, "narrow");
        let placed = c.stations.iter().filter(|s| s.position.is_some()).count();
        assert_eq!(m.matches("station-marker").count() + m.matches("class=\"cluster").count() > 0, placed > 0);
        for s in c.stations.iter().filter(|s| s.position.is_none()) {
            assert!(!m.contains(&format!(r#"data-id="{}""#, s.id)), "{} has no place on the map", s.id);
        }
    }
}
