//! The credit line under a map: the tile layer's attribution (and the
//! GCJ-02 mask's, when tiles are shifted), or a note that the map is
//! drawn from our data alone; and the OpenStreetMap credit that ODbL
//! requires when our file holds OpenStreetMap-derived geometry (the coast).
//! One definition for the visitors' map and the staff editor.

use crate::config::TileConfig;
use crate::i18n::{Lang, Msg};

/// The credit line for a map with the optional `tiles` layer; `osm` when
/// the drawn data uses OpenStreetMap ([`crate::model::uses_openstreetmap`]).
///
/// ```
/// use corridor::i18n::Lang;
/// let line = corridor::scene::map_credit(None, true, Lang::En);
/// assert!(line.starts_with("Schematic") && line.ends_with("ODbL"));
/// ```
pub fn map_credit(tiles: Option<&TileConfig>, osm: bool, lang: Lang) -> String {
    let base = match tiles {
        Some(t) => match t.datum.credit() {
            Some(c) => format!("{} · {c}", t.attribution),
            None => t.attribution.clone(),
        },
        None => Msg::MapDrawnNote.text(lang).to_string(),
    };
    if osm {
        format!("{base} · {}", Msg::MapDataCreditOsm.text(lang))
    } else {
        base
    }
}
