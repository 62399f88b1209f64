//! A station's card as the app's `StationCard` draws it (`src/ui/card.rs`),
//! with links where the app has buttons: previous/next and close open the
//! written pages. The on-site part (stamp, listen, share) is the app's.
//! What the card says of the station, [`card_body`], is one writer for
//! both: the app draws it too.

use super::{href_in, CARD_TIMING};
use crate::i18n::{self, Lang, Msg};
use crate::link::MapApp;
use crate::model::{Accuracy, Corridor, Station};
use crate::page_text::{along, has_leg, membership_note, not_known_yet, position_note, step_label, unit_name};
use crate::scene::{escape, kind_icon_svg};
use std::fmt::Write;

/// External links open apart and say nothing of where they came from.
const EXTERNAL: &str = r#" target="_blank" rel="noopener noreferrer""#;

fn facts(c: &Corridor, s: &Station, lang: Lang) -> String {
    let mut m = String::new();
    let _ = write!(
        m,
        r#"<dl class="card-facts"><dt>{}</dt><dd class="card-chainage">{}</dd><dt>{}</dt><dd class="card-position-note{}">{}</dd>"#,
        escape(Msg::Along.text(lang)),
        escape(&along(c, s, lang)),
        escape(Msg::Position.text(lang)),
        if s.accuracy != Accuracy::Surveyed { " estimate" } else { "" },
        escape(position_note(s, lang)),
    );
    let optional = [
        (Msg::Hours, s.hours.as_ref().map(|t| t.get(lang).to_string())),
        (Msg::Phone, s.phone.clone()),
        (Msg::Address, s.address.as_ref().map(|t| t.get(lang).to_string())),
    ];
    for (label, value) in optional {
        if let Some(v) = value {
            let _ = write!(m, "<dt>{}</dt><dd>{}</dd>", escape(label.text(lang)), escape(&v));
        }
    }
    m.push_str("</dl>");
    m
}

/// The map apps' links; in WeChat, whose browser opens none of them, a
/// hint first (only the app knows the browser).
fn navigate(s: &Station, lang: Lang, wechat: bool) -> String {
    let hint = if wechat {
        format!(r#"<p class="wechat-hint">{}</p>"#, escape(Msg::NavigateWeChatHint.text(lang)))
    } else {
        String::new()
    };
    match s.position {
        Some(p) => {
            let name = s.name.get(lang);
            let links: String = MapApp::ALL
                .iter()
                .map(|app| {
                    format!(
                        r#"<li><a href="{}"{EXTERNAL}>{}<span class="visually-hidden">{}{}</span></a></li>"#,
                        escape(&app.link(p, name)),
                        escape(app.label(lang)),
                        escape(Msg::LabelColon.text(lang)),
                        escape(name)
                    )
                })
                .collect();
            format!(r#"{hint}<ul class="nav-links">{links}</ul>"#)
        }
        None => format!(r#"<p class="muted">{}</p>"#, escape(Msg::NavigateUnknown.text(lang))),
    }
}

/// What the card says of station `s`: its kind and unit, where it lies,
/// what is known and not, what to see, links, how to get there, sources.
pub fn card_body(c: &Corridor, s: &Station, lang: Lang, wechat: bool) -> String {
    let mut m = String::new();
    let unit = unit_name(c, s, lang)
        .map(|u| {
            format!(
                r#" · <span class="card-unit">{}{}{}</span>"#,
                escape(Msg::Unit.text(lang)),
                escape(Msg::LabelColon.text(lang)),
                escape(&u)
            )
        })
        .unwrap_or_default();
    let _ = write!(
        m,
        r#"<p class="card-kind"><span class="kind-mark">{}</span>{}{unit}</p>{}<p class="card-not-known">{}</p>"#,
        kind_icon_svg(s.category),
        escape(s.category.label(lang)),
        facts(c, s, lang),
        escape(&not_known_yet(s, lang)),
    );
    let h3 = |m: &mut String, label: Msg| {
        let _ = write!(m, "<h3>{}</h3>", escape(label.text(lang)));
    };
    if let Some(d) = &s.description {
        h3(&mut m, Msg::About);
        let _ = write!(m, r#"<p class="card-description">{}</p>"#, escape(d.get(lang)));
    }
    let see_do = s.see_do.get(lang);
    if !see_do.is_empty() {
        h3(&mut m, Msg::SeeAndDo);
        let items: String = see_do.iter().map(|t| format!("<li>{}</li>", escape(t))).collect();
        let _ = write!(m, r#"<ul class="card-see-do">{items}</ul>"#);
    }
    if !s.links.is_empty() {
        h3(&mut m, Msg::Links);
        let items: String = s
            .links
            .iter()
            .map(|l| format!(r#"<li><a href="{}"{EXTERNAL}>{}</a></li>"#, escape(&l.url), escape(l.title.get(lang))))
            .collect();
        let _ = write!(m, r#"<ul class="card-links">{items}</ul>"#);
    }
    h3(&mut m, Msg::Navigate);
    m.push_str(&navigate(s, lang, wechat));
    h3(&mut m, Msg::Sources);
    let sources: String = s
        .sources
        .iter()
        .map(|x| {
            let title = escape(x.title.get(lang));
            let title = match &x.url {
                Some(url) => format!(r#"<a href="{}"{EXTERNAL}>{title}</a>"#, escape(url)),
                None => title,
            };
            let about = i18n::source_about(lang, x.publisher.as_ref().map(|p| p.get(lang)), x.date.as_deref());
            format!("<li>{title}{}</li>", escape(&about))
        })
        .collect();
    let _ = write!(m, r#"<ul class="card-sources">{sources}</ul>"#);
    if let Some(note) = membership_note(s, lang) {
        let _ = write!(m, r#"<p class="card-membership">{}</p>"#, escape(note));
    }
    if has_leg(c, s) {
        let _ = write!(m, r#"<p class="card-leg-rule">{}</p>"#, escape(&i18n::leg_rule(lang)));
    }
    m
}

/// The card's link to the planner, with the station added.
fn plan_link(s: &Station, lang: Lang) -> String {
    format!(
        r#"<p class="card-plan"><a href="plan.html?add={}&amp;lang={}">{}</a></p>"#,
        escape(&s.id),
        lang.tag(),
        escape(Msg::AddToPlan.text(lang))
    )
}

/// A previous/next step: a link to that station's page, or a disabled
/// button at either end (as the app has).
fn step(class: &str, dir: String, from: &Station, to: Option<&Station>, lang: Lang) -> String {
    let label = escape(&step_label(from, to, lang).unwrap_or_default());
    let inner = format!(r#"<span class="step-dir">{dir}</span><span class="step-to">{label}</span>"#);
    match to {
        Some(t) => format!(r#"<a class="{class}" href="{}">{inner}</a>"#, escape(&href_in(Some(&t.id), lang))),
        None => format!(r#"<button class="{class}" type="button" disabled="">{inner}</button>"#),
    }
}

/// The stamp line as the app first draws it (`src/ui/stamp.rs`), so the
/// card's text does not move when the app takes over: the stamp button
/// waits for the app (it keeps the stamp on the device); "my stamps" is a
/// page of its own and works at once.
fn on_site(lang: Lang) -> String {
    format!(
        r#"<div class="card-on-site"><div class="card-stamps"><button type="button" class="card-stamp-button" disabled="">{}</button><a class="card-my-stamps" href="stamps.html?lang={}">{}</a></div></div>"#,
        escape(Msg::StampHere.text(lang)),
        lang.tag(),
        escape(Msg::MyStamps.text(lang))
    )
}

/// The card of station `s`.
pub fn card(c: &Corridor, s: &Station, lang: Lang) -> String {
    let (prev, next) = c.neighbours(&s.id);
    format!(
        r#"<section class="station-card" role="dialog" aria-modal="false" aria-labelledby="card-title" data-id="{id}"><header class="card-head"><span class="card-number" aria-hidden="true">{order}</span><h2 class="card-title" id="card-title" tabindex="-1" elementtiming="{CARD_TIMING}"><span class="visually-hidden">{number} </span>{name}</h2><a class="card-close" href="{home}" aria-label="{close}">×</a></header><div class="card-body">{on_site}{body}</div><nav class="card-nav">{prev}{next}</nav></section>"#,
        id = escape(&s.id),
        order = s.order,
        number = escape(&i18n::station_number(lang, s.order)),
        name = escape(s.name.get(lang)),
        home = escape(&href_in(None, lang)),
        close = escape(Msg::Close.text(lang)),
        on_site = on_site(lang),
        body = card_body(c, s, lang, false) + &plan_link(s, lang),
        prev = step("card-prev", format!("← {}", escape(Msg::Previous.text(lang))), s, prev, lang),
        next = step("card-next", format!("{} →", escape(Msg::Next.text(lang))), s, next, lang),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prerender::tests::shipped;

    #[test]
    fn each_card_names_its_station_and_steps_to_its_neighbours() {
        let c = shipped();
        for s in &c.stations {
            let m = card(&c, s, Lang::ZhCn);
            assert!(m.contains(&format!(r#"data-id="{}""#, s.id)));
            assert!(m.contains(&escape(s.name.get(Lang::ZhCn))));
            let (prev, next) = c.neighbours(&s.id);
            for n in [prev, next].into_iter().flatten() {
                assert!(m.contains(&format!(r#"href="s/{}/""#, n.id)), "{} steps to {}", s.id, n.id);
            }
            // The stamp button, and a step button at either end.
            let ends = [prev, next].iter().filter(|n| n.is_none()).count();
            assert_eq!(m.matches("disabled=").count(), 1 + ends);
        }
    }
}
