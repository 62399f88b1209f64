//! The texts of the map's page that are worked out from the data (the
//! card's facts, the list's lines, the data note): one definition for the
//! app's views (`src/ui/`, `src/map/`) and the first screen written into
//! the pages at build time (`prerender`).

use crate::i18n::{self, Lang, Msg};
use crate::model::{Accuracy, Corridor, Membership, Station, Unit};
use crate::plan::station_leg;

/// How well the station's position is known.
pub fn position_note(s: &Station, lang: Lang) -> &'static str {
    match s.accuracy {
        Accuracy::Surveyed => Msg::PositionSurveyed.text(lang),
        Accuracy::Approximate => Msg::PositionApproximate.text(lang),
        Accuracy::Unknown => Msg::PositionUnknown.text(lang),
    }
}

/// A station whose membership of the corridor's 14 is not confirmed says so.
pub fn membership_note(s: &Station, lang: Lang) -> Option<&'static str> {
    match s.membership {
        Membership::Confirmed => None,
        Membership::NamedInReport => Some(Msg::MembershipNamed.text(lang)),
        Membership::Unconfirmed => Some(Msg::MembershipUnconfirmed.text(lang)),
    }
}

/// "2 横召村 · 约 2.3 公里" for the previous/next buttons: the way a person
/// travels (an estimate, see `leg_rule`), none when a position is unknown.
pub fn step_label(from: &Station, to: Option<&Station>, lang: Lang) -> Option<String> {
    let to = to?;
    let leg = station_leg(from, to).map(|l| format!(" · {}", i18n::leg_km(lang, l.metres))).unwrap_or_default();
    Some(format!("{} {}{leg}", to.order, to.name.get(lang)))
}

/// The practical facts a visitor looks for that the data does not give,
/// said once: "尚不清楚：开放时间、联系电话、预约、交通".
pub fn not_known_yet(s: &Station, lang: Lang) -> String {
    let missing: Vec<&str> = [(s.hours.is_none(), Msg::Hours), (s.phone.is_none(), Msg::Phone)]
        .into_iter()
        .filter(|&(missing, _)| missing)
        .map(|(_, label)| label.text(lang))
        // The data has no fields for these yet, so they are never known.
        .chain([Msg::Booking.text(lang), Msg::Transport.text(lang)])
        .collect();
    format!("{}{}{}", Msg::NotKnownYet.text(lang), Msg::LabelColon.text(lang), missing.join(Msg::ListComma.text(lang)))
}

/// The unit a station belongs to, named only when it is not the station itself.
pub fn unit_name(c: &Corridor, s: &Station, lang: Lang) -> Option<String> {
    s.unit
        .as_deref()
        .and_then(|code| c.unit(code))
        .map(|u| u.name.get(lang).to_string())
        .filter(|u| u != s.name.get(lang))
}

/// Where the station lies along the avenue, or "not known".
pub fn along(c: &Corridor, s: &Station, lang: Lang) -> String {
    match c.whereabouts(s) {
        Some(w) => i18n::whereabouts_long(lang, w, s.accuracy != Accuracy::Surveyed),
        None => Msg::UnknownShort.text(lang).to_string(),
    }
}

/// Short facts under a station's name in the list: its kind and where it lies.
pub fn list_meta(c: &Corridor, s: &Station, lang: Lang) -> String {
    let place = match c.whereabouts(s) {
        Some(w) => i18n::whereabouts_short(lang, w),
        None => Msg::UnknownShort.text(lang).to_string(),
    };
    format!("{} · {place}", s.category.label(lang))
}

/// Whether the map knows where a unit is, in the units list.
pub fn unit_state(u: &Unit, lang: Lang) -> &'static str {
    match u.accuracy {
        Accuracy::Unknown => Msg::UnknownShort.text(lang),
        Accuracy::Approximate => Msg::ApproximateShort.text(lang),
        Accuracy::Surveyed => Msg::PositionSurveyed.text(lang),
    }
}

/// The data note under the list: the file's own note, whether positions
/// are estimates, the avenue, and the sources with the date.
#[derive(Debug, Clone, PartialEq)]
pub struct DataNote {
    pub note: Option<String>,
    pub approximate: Option<&'static str>,
    pub avenue: Option<String>,
    pub sources: String,
}

/// The data note for `c` in `lang`.
pub fn data_note(c: &Corridor, lang: Lang) -> DataNote {
    let meta = &c.meta;
    let sources = meta.sources.iter().map(|s| s.title.get(lang)).collect::<Vec<_>>().join("; ");
    let updated = meta.updated.clone().unwrap_or_default();
    DataNote {
        note: meta.note.as_ref().map(|n| n.get(lang).to_string()),
        approximate: c.has_estimates().then(|| Msg::DataNoteApproximate.text(lang)),
        avenue: c.avenue.as_ref().map(|a| {
            let length = i18n::km(lang, a.line.length_m());
            let about = a.description.as_ref().map(|d| d.get(lang).to_string()).unwrap_or_default();
            format!("{} · {length} · {about}", a.name.get(lang))
        }),
        sources: i18n::data_note(lang, &sources, &updated),
    }
}

/// Whether the card shows a leg to a neighbour (then the rule for legs is said once).
pub fn has_leg(c: &Corridor, s: &Station) -> bool {
    let (prev, next) = c.neighbours(&s.id);
    [prev, next].into_iter().flatten().any(|n| station_leg(s, n).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load;

    #[test]
    fn every_shipped_station_has_its_texts() {
        let c = load(include_bytes!("../public/data/corridor.geojson")).corridor.expect("loads");
        for s in &c.stations {
            for lang in Lang::ALL {
                assert!(not_known_yet(s, lang).contains(Msg::Booking.text(lang)));
                assert!(list_meta(&c, s, lang).starts_with(s.category.label(lang)));
                assert!(!along(&c, s, lang).is_empty());
            }
        }
    }
}
