//! The scene as SVG markup. One string set as the map's content is far
//! cheaper, in code size and in time, than a framework view per marker, and
//! it scales to thousands of points. Every text is escaped.

use super::{
    cluster_radius, kind_symbol, Scene, CLUSTER_STACK_PX, KIND_BADGE_OFFSET, KIND_BADGE_RADIUS, MARKER_RADIUS,
    MARKER_RING_RADIUS,
};
use crate::fmt_num::fixed;
use crate::model::ContextKind;
use std::fmt::Write;

/// Escapes text for XML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The inner markup of the map's `<svg>`, in the pixels of the area it was
/// laid out for (`width` x `height`): context, villages, the avenue,
/// labels, and markers (focusable, `data-id`).
pub fn markup(s: &Scene, width: f64, height: f64) -> String {
    let mut m = String::with_capacity(8_192);
    let _ = write!(m, r#"<rect class="land" x="0" y="0" width="{}" height="{}"/>"#, fixed(width, 0), fixed(height, 0));
    // Tiles that fail to load show nothing: the vector map stays intact.
    m.push_str(&super::tiles_markup(&s.tiles));
    for k in &s.context {
        let class = match k.kind {
            ContextKind::Coast | ContextKind::Water => "context water",
            ContextKind::TownCentre => "context town",
            ContextKind::Boundary => "context boundary",
            ContextKind::Landmark => "context landmark",
        };
        let _ = write!(m, r#"<g class="{class}">"#);
        // A line or an area is drawn as such; only a point gets a dot.
        match &k.d {
            Some(d) => {
                let _ = write!(m, r#"<path d="{d}"/></g>"#);
            }
            None => {
                let _ = write!(m, r#"<circle cx="{}" cy="{}" r="3"/></g>"#, fixed(k.at.x, 1), fixed(k.at.y, 1));
            }
        }
    }
    for u in &s.units {
        let _ = write!(m, r#"<g class="unit{}">"#, if u.residential { " residential" } else { "" });
        if let Some(d) = &u.area_d {
            let _ = write!(m, r#"<path class="unit-area" d="{d}"/>"#);
        }
        let _ =
            write!(m, r#"<circle class="unit-dot" cx="{}" cy="{}" r="3.5"/></g>"#, fixed(u.at.x, 1), fixed(u.at.y, 1));
    }
    if let Some(d) = &s.avenue_d {
        let _ = write!(m, r#"<path class="avenue-casing" d="{d}"/><path class="avenue" d="{d}"/>"#);
    }
    // The reader's position lies under the labels and markers, so the
    // station numbers stay readable above it.
    if let Some(u) = &s.user {
        let _ = write!(
            m,
            r#"<g class="user-position"><circle class="accuracy" cx="{x}" cy="{y}" r="{}"/><circle class="user-dot" cx="{x}" cy="{y}" r="7"/></g>"#,
            fixed(u.accuracy_px.min(4_000.0), 1),
            x = fixed(u.at.x, 1),
            y = fixed(u.at.y, 1)
        );
    }
    for l in s.labels.iter().filter(|l| l.visible) {
        let _ = write!(
            m,
            r#"<text class="{}" x="{}" y="{}">{}</text>"#,
            l.class,
            fixed(l.placed.x, 1),
            fixed(l.placed.y + l.placed.h * 0.78, 1),
            escape(&l.text)
        );
    }
    // Leaders first, under every marker: from a marker set aside to where
    // its station really is.
    for k in &s.markers {
        if let Some(t) = k.true_at {
            let _ = write!(
                m,
                r#"<g class="marker-leader"><line x1="{}" y1="{}" x2="{}" y2="{}"/><circle cx="{}" cy="{}" r="2.5"/></g>"#,
                fixed(k.at.x, 1),
                fixed(k.at.y, 1),
                fixed(t.x, 1),
                fixed(t.y, 1),
                fixed(t.x, 1),
                fixed(t.y, 1)
            );
        }
    }
    for k in &s.markers {
        let _ = write!(
            m,
            concat!(
                r#"<g class="station-marker{}{}" data-id="{}" data-kind="{}" role="button" tabindex="0" aria-label="{}" transform="translate({} {})">"#,
                r#"<circle class="marker-ring" r="{}"/><circle class="marker-dot" r="{}"/>"#,
                r#"<text class="marker-number" text-anchor="middle" dy="4.5">{}</text>"#,
                // The kind's symbol on a small disc at the top left (labels go right).
                r#"<g class="marker-kind" transform="translate({} {})"><circle r="{}"/><path d="{}" transform="scale(.9)"/></g></g>"#
            ),
            if k.approximate { " approximate" } else { "" },
            if k.selected { " selected" } else { "" },
            escape(&k.id),
            k.kind.name(),
            escape(&k.label),
            fixed(k.at.x, 1),
            fixed(k.at.y, 1),
            fixed(MARKER_RING_RADIUS, 0),
            fixed(MARKER_RADIUS, 0),
            k.number,
            fixed(-KIND_BADGE_OFFSET, 0),
            fixed(-KIND_BADGE_OFFSET, 0),
            fixed(KIND_BADGE_RADIUS, 0),
            kind_symbol(k.kind),
        );
    }
    for k in &s.clusters {
        let r = cluster_radius(k.count);
        let (stack, half) = (CLUSTER_STACK_PX, CLUSTER_STACK_PX / 2.0);
        let _ = write!(
            m,
            concat!(
                r#"<g class="cluster" data-count="{}" data-kinds="{}" data-x="{}" data-y="{}" role="button" tabindex="0" aria-label="{}" transform="translate({} {})">"#,
                // Drawn as a small stack, so a group never reads as the
                // station of that number.
                r#"<circle class="cluster-stack" cx="{stack}" cy="-{stack}" r="{r}"/><circle class="cluster-stack" cx="{half}" cy="-{half}" r="{r}"/>"#,
                r#"<circle class="cluster-dot" r="{r}"/><text class="cluster-count" text-anchor="middle" dy="4.5">{}</text></g>"#
            ),
            k.count,
            k.kinds.iter().map(|c| c.name()).collect::<Vec<_>>().join(" "),
            fixed(k.at.x, 1),
            fixed(k.at.y, 1),
            escape(&k.label),
            fixed(k.at.x, 1),
            fixed(k.at.y, 1),
            k.count,
            r = fixed(r, 1),
            stack = fixed(stack, 0),
            half = fixed(half, 0),
        );
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::ScreenPoint;
    use crate::scene::MarkerItem;

    fn scene_with(label: &str) -> Scene {
        Scene {
            tiles: vec![],
            avenue_d: Some("M0.0 0.0 L10.0 0.0".into()),
            markers: vec![MarkerItem {
                id: "zhangqiao".into(),
                number: 3,
                name: "张桥村".into(),
                label: label.into(),
                at: ScreenPoint { x: 10.0, y: 20.0 },
                approximate: true,
                selected: false,
                kind: crate::model::Category::Village,
                true_at: None,
            }],
            clusters: vec![crate::scene::ClusterItem {
                at: ScreenPoint { x: 50.0, y: 60.0 },
                count: 12,
                label: "12 stations".into(),
                kinds: vec![],
            }],
            units: vec![],
            context: vec![],
            labels: vec![],
            user: None,
        }
    }

    #[test]
    fn markers_are_focusable_buttons_with_ids() {
        let m = markup(&scene_with("第3站 张桥村"), 400.0, 300.0);
        assert!(m.contains(r#"<g class="station-marker approximate" data-id="zhangqiao" data-kind="village" role="button" tabindex="0" aria-label="第3站 张桥村" transform="translate(10.0 20.0)">"#), "{m}");
        assert!(m.contains(r#"<path class="avenue" d="M0.0 0.0 L10.0 0.0"/>"#));
        assert!(m.contains(r#"<rect class="land" x="0" y="0" width="400" height="300"/>"#), "{m}");
        assert!(m.contains(r#"<g class="cluster" data-count="12" data-kinds="" data-x="50.0" data-y="60.0""#), "{m}");
    }

    #[test]
    fn text_from_data_cannot_inject_markup() {
        let m = markup(&scene_with(r#""/><script>alert(1)</script>"#), 400.0, 300.0);
        assert!(!m.contains("<script>"), "{m}");
        assert!(m.contains("&quot;/&gt;&lt;script&gt;"));
    }

    #[test]
    fn boundary_and_coast_lines_are_drawn_as_quiet_lines_without_a_dot() {
        let mut s = scene_with("x");
        let at = ScreenPoint { x: 5.0, y: 5.0 };
        s.context = vec![
            crate::scene::ContextItem { at, d: Some("M1.0 1.0 L9.0 9.0".into()), kind: ContextKind::Boundary },
            crate::scene::ContextItem { at, d: Some("M2.0 2.0 L8.0 8.0".into()), kind: ContextKind::Coast },
            crate::scene::ContextItem { at, d: None, kind: ContextKind::Landmark },
        ];
        let m = markup(&s, 400.0, 300.0);
        assert!(m.contains(r#"<g class="context boundary"><path d="M1.0 1.0 L9.0 9.0"/></g>"#), "{m}");
        assert!(m.contains(r#"<g class="context water"><path d="M2.0 2.0 L8.0 8.0"/></g>"#), "{m}");
        assert!(m.contains(r#"<g class="context landmark"><circle cx="5.0" cy="5.0" r="3"/></g>"#), "{m}");
    }
}
