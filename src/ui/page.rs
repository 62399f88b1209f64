//! The loaded corridor: problems (if any), map, list and the open card, and
//! where keyboard focus goes as cards open and close.

use super::card::StationCard;
use super::nav::{use_go, Nav};
use super::notices::{DataProblems, UnknownStation};
use super::station_list::{mark_open_station, DataNote, StationList};
use super::steps::{Step, Steps};
use crate::app::OpenStationName;
use crate::map::{Legend, MapSlot, Tray};
use corridor::link::station_for_link;
use corridor::model::{Corridor, Problem};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Focuses an HTML element or an SVG one (the map's markers), scrolling
/// it into view as the browser does.
pub(crate) fn focus(selector: &str) {
    focus_with(selector, &web_sys::FocusOptions::new());
}

/// Focuses it where it is, scrolling nothing: the browser then needs the
/// page's style, not its layout (the takeover moves focus in the frame it
/// shows the app, and lays it out once, after).
pub(crate) fn focus_in_place(selector: &str) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    focus_with(selector, &options);
}

fn focus_with(selector: &str, options: &web_sys::FocusOptions) {
    let Ok(Some(el)) = document().query_selector(selector) else { return };
    let _ = match el.dyn_into::<web_sys::HtmlElement>() {
        Ok(html) => html.focus_with_options(options),
        Err(el) => match el.dyn_into::<web_sys::SvgElement>() {
            Ok(svg) => svg.focus_with_options(options),
            Err(_) => Ok(()),
        },
    };
}

/// Opening a card moves focus to its title (or keeps it on the previous/
/// next button used); closing returns it to the marker or list entry that
/// opened it.
fn manage_focus(nav: Nav, corridor: Arc<Corridor>) {
    Effect::new(move |prev: Option<Option<String>>| {
        let current = nav.station.get().filter(|id| corridor.station(id).is_some());
        // The first card, drawn while the app is still unseen: the takeover
        // puts focus where the reader had it (src/ui/takeover.rs).
        if prev.is_none() && super::takeover::waiting() {
            return current;
        }
        let previous = prev.flatten();
        if current != previous {
            let corridor = corridor.clone();
            let target = match (&current, &previous) {
                (Some(_), _) => Some(match nav.stepped_with.get_value() {
                    Some(button) => format!(".station-card .{button}"),
                    None => ".station-card .card-title".to_string(),
                }),
                (None, Some(p)) if corridor.station(p).is_some() => {
                    Some(format!(".{}[data-id=\"{p}\"]", nav.opener.get_value().class()))
                }
                _ => None,
            };
            if let Some(sel) = target {
                request_animation_frame(move || focus(&sel));
            }
        }
        current
    });
}

/// A link naming a station in another case (`?s=ZHANGQIAO`, from a QR
/// code generator that upper-cased it) or in the old form (`/?s=<id>`,
/// printed before station pages existed) is rewritten to the station's own
/// page in place (no new history entry), so the card opens and the address
/// is the canonical one. Runs once at once (before anything is drawn for
/// the link as written) and again whenever the address changes.
fn canonical_station_link(nav: Nav, corridor: Arc<Corridor>) {
    let go = use_go();
    let fix = move || {
        let Some(written) = nav.station.get_untracked() else { return };
        if let Some(s) = station_for_link(&corridor, &written) {
            // No change (and no history entry) when it is already canonical.
            go(nav.href(Some(&s.id), nav.lang.get_untracked()), true);
        }
    };
    fix();
    Effect::new(move |_| {
        nav.station.track();
        fix();
    });
}

/// Lists longer than this are drawn after the map (the written first
/// screen's own bound, `prerender::WHOLE_SCREEN_UP_TO`).
const LIST_AT_ONCE: usize = corridor::prerender::WHOLE_SCREEN_UP_TO;

#[component]
pub fn CorridorPage(corridor: Arc<Corridor>, problems: Arc<Vec<Problem>>, digest: String) -> impl IntoView {
    let nav = Nav::get();
    canonical_station_link(nav, corridor.clone());
    manage_focus(nav, corridor.clone());
    mark_open_station(corridor.clone());

    // Drawn unseen behind the first screen, or a long list (a whole city's
    // stations): in steps, so the map and a linked card come first and no
    // one task is long.
    let steps = Steps::start(corridor.stations.len() <= LIST_AT_ONCE && !super::takeover::waiting());
    let c = corridor.clone();
    let list = move || steps.reached(Step::List).then(|| view! { <StationList corridor=c.clone() /> });

    let c = corridor.clone();
    let unknown = move || nav.station.get().filter(|id| c.station(id).is_none());
    // The map gives way to the card only when one is shown (not for an
    // id that names no station).
    let c = corridor.clone();
    let card_shown = move || nav.station.with(|id| id.as_deref().is_some_and(|id| c.station(id).is_some()));
    // The tab is titled by the open station (a shared link, a bookmark).
    let c = corridor.clone();
    if let Some(title) = use_context::<OpenStationName>() {
        Effect::new(move |_| {
            let lang = nav.lang.get();
            let name = nav.station.get().and_then(|id| c.station(&id).map(|s| s.name.get(lang).to_string()));
            title.0.set(name);
        });
    }
    let c = corridor.clone();
    let card = move || {
        if !steps.reached(Step::Card) {
            return None;
        }
        nav.station
            .get()
            .and_then(|id| c.station(&id).cloned())
            .map(|s| view! { <StationCard corridor=c.clone() station=s /> })
    };
    // What lies beside the map, drawn in a step of its own.
    let side = {
        let c = corridor.clone();
        move |part: fn(Arc<Corridor>) -> AnyView| {
            let c = c.clone();
            move || steps.reached(Step::Side).then(|| part(c.clone()))
        }
    };
    view! {
        <DataProblems problems=problems />
        <div class="layout" class:card-open=card_shown data-drawn=move || steps.done().then_some("all")>
            // The list comes first in the page, as it does on a desktop's
            // screen (left of the map), so Tab visits it first; on a phone
            // the stylesheet puts the map above it and, where the browser
            // can (`reading-flow`), Tab follows what is seen there too.
            <section class="list-pane" aria-labelledby="list-heading">
                {move || unknown().map(|id| view! { <UnknownStation id=id /> })}
                {list}
                {side(|c| view! { <DataNote corridor=c /> }.into_any())}
            </section>
            // Not a named region: the map inside is named once, as a group.
            <section class="map-pane">
                <MapSlot corridor=corridor.clone() digest=digest />
                {side(|c| view! { <Tray corridor=c.clone() /> <Legend corridor=c /> }.into_any())}
            </section>
            {card}
        </div>
    }
}
