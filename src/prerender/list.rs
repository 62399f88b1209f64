//! The numbered station list and the town's units, and the data note
//! under them: written into the first screen, and drawn by the app's
//! `StationList` and `DataNote` (`src/ui/station_list.rs`); each entry
//! links to the station's own page.

use super::{href_in, Href};
use crate::i18n::{self, Lang, Msg};
use crate::model::Corridor;
use crate::page_text::{data_note, list_meta, unit_state};
use crate::scene::{escape, kind_icon_svg};

fn units(c: &Corridor, lang: Lang) -> String {
    let rows: String = c
        .units
        .iter()
        .map(|u| {
            let state = unit_state(u, lang);
            format!(
                r#"<li><span class="unit-name" data-code="{}">{}</span> · <span class="unit-state">{}</span></li>"#,
                escape(&u.code),
                escape(u.name.get(lang)),
                escape(state)
            )
        })
        .collect();
    format!(
        r#"<details class="units-list"><summary>{} ({})</summary><ul>{rows}</ul></details>"#,
        escape(Msg::UnitsHeading.text(lang)),
        c.units.len()
    )
}

/// The data note under the list: who says so, when, how exact.
pub fn data_note_section(c: &Corridor, lang: Lang) -> String {
    let n = data_note(c, lang);
    let para = |class: &str, text: &str| {
        let class = if class.is_empty() { String::new() } else { format!(r#" class="{class}""#) };
        format!("<p{class}>{}</p>", escape(text))
    };
    format!(
        r#"<section class="data-note" aria-labelledby="data-note-heading"><h2 id="data-note-heading">{}</h2>{}{}{}{}</section>"#,
        escape(Msg::DataTitle.text(lang)),
        para("", n.note.as_deref().unwrap_or_default()),
        n.approximate.map(|a| para("data-approx", a)).unwrap_or_default(),
        n.avenue.as_deref().map(|a| para("data-avenue", a)).unwrap_or_default(),
        para("", &n.sources),
    )
}

/// The list pane's content as written: the list and the data note.
pub fn list(c: &Corridor, lang: Lang, selected: Option<&str>) -> String {
    station_list(c, lang, selected, &|s| href_in(s, lang)) + &data_note_section(c, lang)
}

/// The heading, the numbered stations (`selected` marked as the open
/// card) and the town's units.
pub fn station_list(c: &Corridor, lang: Lang, selected: Option<&str>, href: Href) -> String {
    let items: String = c
        .stations
        .iter()
        .map(|s| {
            let is_open = selected == Some(s.id.as_str());
            let class = match (is_open, s.position.is_none()) {
                (true, true) => r#" class="selected unplaced""#,
                (true, false) => r#" class="selected""#,
                (false, true) => r#" class="unplaced""#,
                (false, false) => "",
            };
            format!(
                r#"<li{class}><a class="station-link" data-id="{id}" href="{href}"{current}><span class="list-number" aria-hidden="true">{order}</span><span class="list-text"><span class="visually-hidden">{number} </span><span class="list-name">{name}</span><span class="list-meta"><span class="kind-mark">{icon}</span>{meta}</span></span></a></li>"#,
                id = escape(&s.id),
                href = escape(&href(Some(&s.id))),
                current = if is_open { r#" aria-current="true""# } else { "" },
                order = s.order,
                number = escape(&i18n::station_number(lang, s.order)),
                name = escape(s.name.get(lang)),
                icon = kind_icon_svg(s.category),
                meta = escape(&list_meta(c, s, lang)),
            )
        })
        .collect();
    format!(
        r#"<h2 id="list-heading" class="list-heading">{}<span class="list-count">{}</span></h2><p class="list-intro">{}</p><p class="list-plan"><a href="plan.html?lang={}">{}</a></p><ol class="station-list" id="station-list" aria-labelledby="list-heading">{items}</ol>{}"#,
        escape(Msg::ListHeading.text(lang)),
        escape(&i18n::station_count(lang, c.stations.len())),
        escape(Msg::ListIntro.text(lang)),
        lang.tag(),
        escape(Msg::PlanVisit.text(lang)),
        units(c, lang),
    )
}
