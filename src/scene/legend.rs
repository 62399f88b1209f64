//! Which keys the legend shows: only kinds of thing the map draws for this
//! data, so a reader never looks for a symbol that is not there.

use crate::i18n::{Lang, Msg};
use crate::model::{Accuracy, Category, ContextKind, Corridor, Shape, UnitType};

/// A kind of thing drawn on the map, as the legend explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegendKey {
    Station,
    /// The dashed ring of a station whose position is estimated.
    Estimated,
    /// A kind of place, by its symbol on the markers.
    Kind(Category),
    Avenue,
    Village,
    Residential,
    Boundary,
    Coast,
}

impl LegendKey {
    /// The CSS class of the key's symbol in the legend.
    pub fn class(self) -> String {
        match self {
            LegendKey::Station => "key-station".into(),
            LegendKey::Estimated => "key-approx".into(),
            LegendKey::Kind(c) => format!("key-kind-{}", c.name()),
            LegendKey::Avenue => "key-avenue".into(),
            LegendKey::Village => "key-village".into(),
            LegendKey::Residential => "key-residential".into(),
            LegendKey::Boundary => "key-boundary".into(),
            LegendKey::Coast => "key-coast".into(),
        }
    }

    /// The legend's words for the key.
    pub fn words(self, lang: Lang) -> &'static str {
        match self {
            LegendKey::Station => Msg::LegendStation,
            LegendKey::Estimated => Msg::LegendApproximate,
            LegendKey::Kind(c) => return c.label(lang),
            LegendKey::Avenue => Msg::LegendAvenue,
            LegendKey::Village => Msg::LegendVillage,
            LegendKey::Residential => Msg::LegendResidential,
            LegendKey::Boundary => Msg::LegendBoundary,
            LegendKey::Coast => Msg::LegendCoast,
        }
        .text(lang)
    }

    /// What the map draws for this key, as a CSS selector inside the SVG.
    /// A kind is drawn on its stations' markers, or said by the groups
    /// that hold one of them.
    pub fn drawn_as(self) -> String {
        match self {
            LegendKey::Station => "g.station-marker, g.cluster".into(),
            LegendKey::Estimated => "g.station-marker.approximate".into(),
            LegendKey::Kind(c) => {
                let n = c.name();
                format!(r#"g.station-marker[data-kind="{n}"] .marker-kind, g.cluster[data-kinds~="{n}"]"#)
            }
            LegendKey::Avenue => "path.avenue".into(),
            LegendKey::Village => "g.unit:not(.residential)".into(),
            LegendKey::Residential => "g.unit.residential".into(),
            LegendKey::Boundary => "g.context.boundary path".into(),
            LegendKey::Coast => "g.context.water path".into(),
        }
    }
}

/// The keys for what `c` draws, in the legend's order.
///
/// ```
/// use corridor::model::Corridor;
/// use corridor::scene::legend_keys;
/// assert!(legend_keys(&Corridor::default()).is_empty());
/// ```
pub fn legend_keys(c: &Corridor) -> Vec<LegendKey> {
    let placed = || c.stations.iter().filter(|s| s.position.is_some());
    let units = super::units_drawn(c);
    let units_of = |t: UnitType| units.iter().any(|u| u.unit_type == t);
    let line_of = |k: ContextKind| {
        c.context.iter().any(|f| f.context == k && matches!(f.shape, Shape::Line(_) | Shape::Polygon(_)))
    };
    let kinds = Category::NAMES
        .iter()
        .filter_map(|n| Category::parse(n))
        .map(|k| (LegendKey::Kind(k), placed().any(|s| s.category == k)));
    [
        (LegendKey::Station, placed().next().is_some()),
        (LegendKey::Estimated, placed().any(|s| s.accuracy != Accuracy::Surveyed)),
    ]
    .into_iter()
    .chain(kinds)
    .chain([
        (LegendKey::Avenue, c.avenue.is_some()),
        (LegendKey::Village, units_of(UnitType::Village)),
        (LegendKey::Residential, units_of(UnitType::Residential)),
        (LegendKey::Boundary, line_of(ContextKind::Boundary)),
        (LegendKey::Coast, line_of(ContextKind::Coast) || line_of(ContextKind::Water)),
    ])
    .filter_map(|(key, drawn)| drawn.then_some(key))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load;

    fn shipped() -> Corridor {
        load(include_bytes!("../../public/data/corridor.geojson")).corridor.expect("loads")
    }

    #[test]
    fn the_shipped_data_draws_every_kind() {
        let c = shipped();
        let keys = legend_keys(&c);
        let kinds: Vec<Category> =
            keys.iter().filter_map(|k| if let LegendKey::Kind(c) = k { Some(*c) } else { None }).collect();
        let mut placed: Vec<Category> =
            c.stations.iter().filter(|s| s.position.is_some()).map(|s| s.category).collect();
        placed.sort_by_key(|k| *k as usize);
        placed.dedup();
        assert_eq!(kinds, placed, "one key for each kind of placed station");
        assert_eq!(keys.len(), 7 + kinds.len());
    }

    #[test]
    fn units_stood_for_by_their_station_are_not_a_drawn_kind() {
        // Every village placed only where its station is: no village dot.
        let mut c = shipped();
        let named: Vec<String> =
            c.stations.iter().filter(|s| s.position.is_some()).filter_map(|s| s.unit.clone()).collect();
        c.units.retain(|u| u.unit_type != UnitType::Village || named.contains(&u.code));
        assert!(!legend_keys(&c).contains(&LegendKey::Village));
    }

    #[test]
    fn a_kind_that_is_not_drawn_has_no_key() {
        let mut c = shipped();
        c.units.retain(|u| u.unit_type == UnitType::Village);
        c.context.retain(|f| f.context != ContextKind::Boundary);
        for s in &mut c.stations {
            s.accuracy = Accuracy::Surveyed;
        }
        let keys = legend_keys(&c);
        for gone in [LegendKey::Residential, LegendKey::Boundary, LegendKey::Estimated] {
            assert!(!keys.contains(&gone), "{gone:?} in {keys:?}");
        }
        assert!(keys.contains(&LegendKey::Village) && keys.contains(&LegendKey::Coast));
    }
}
