//! Which keys the legend shows: only kinds of thing the map draws for this
//! data, so a reader never looks for a symbol that is not there.

use crate::model::{Accuracy, ContextKind, Corridor, Shape, UnitType};

/// A kind of thing drawn on the map, as the legend explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegendKey {
    Station,
    /// The dashed ring of a station whose position is estimated.
    Estimated,
    Avenue,
    Village,
    Residential,
    Boundary,
    Coast,
}

impl LegendKey {
    /// The CSS class of the key's symbol in the legend.
    pub fn class(self) -> &'static str {
        match self {
            LegendKey::Station => "key-station",
            LegendKey::Estimated => "key-approx",
            LegendKey::Avenue => "key-avenue",
            LegendKey::Village => "key-village",
            LegendKey::Residential => "key-residential",
            LegendKey::Boundary => "key-boundary",
            LegendKey::Coast => "key-coast",
        }
    }

    /// What the map draws for this key, as a CSS selector inside the SVG.
    pub fn drawn_as(self) -> &'static str {
        match self {
            LegendKey::Station => "g.station-marker, g.cluster",
            LegendKey::Estimated => "g.station-marker.approximate",
            LegendKey::Avenue => "path.avenue",
            LegendKey::Village => "g.unit:not(.residential)",
            LegendKey::Residential => "g.unit.residential",
            LegendKey::Boundary => "g.context.boundary path",
            LegendKey::Coast => "g.context.water path",
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
    [
        (LegendKey::Station, placed().next().is_some()),
        (LegendKey::Estimated, placed().any(|s| s.accuracy != Accuracy::Surveyed)),
        (LegendKey::Avenue, c.avenue.is_some()),
        (LegendKey::Village, units_of(UnitType::Village)),
        (LegendKey::Residential, units_of(UnitType::Residential)),
        (LegendKey::Boundary, line_of(ContextKind::Boundary)),
        (LegendKey::Coast, line_of(ContextKind::Coast) || line_of(ContextKind::Water)),
    ]
    .into_iter()
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
        assert_eq!(legend_keys(&shipped()).len(), 7);
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
