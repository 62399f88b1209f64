//! The plan on a map, drawn by `corridor::plan::route_map_svg`, and what
//! became of the request for the device's position when the plan starts
//! there.

use super::state::{Here, Pl};
use corridor::i18n::planner::{not_on_map, PlMsg};
use corridor::model::Corridor;
use corridor::plan::{route_map_svg, stops_off_map, Itinerary, Plan, Start, ROUTE_MAP_NARROW, ROUTE_MAP_WIDE};
use leptos::prelude::*;

/// Below this window width the map is drawn narrow (a phone).
const NARROW_BELOW_PX: f64 = 600.0;

/// The route map of the plan as shown.
pub fn route_map(pl: Pl, shown: &Plan, c: &Corridor, it: &Itinerary) -> impl IntoView {
    let width = window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(NARROW_BELOW_PX);
    let size = if width < NARROW_BELOW_PX { ROUTE_MAP_NARROW } else { ROUTE_MAP_WIDE };
    let svg = route_map_svg(shown, c, it, pl.position(), pl.lang, size);
    let off = stops_off_map(it);
    let note = (off > 0).then(|| view! { <p class="pl-map-note">{not_on_map(pl.lang, off)}</p> });
    // The caption repeats the map's own title for sighted readers; screen
    // readers hear the title once, from the image.
    view! {
        <figure class="pl-map">
            <div inner_html=svg></div>
            <figcaption><span aria-hidden="true">{pl.t(PlMsg::RouteMapTitle)}</span>{note}</figcaption>
        </figure>
    }
}

/// Says that the page is asking for the position, or why it has none (the
/// legs from the start are then unknown, never guessed).
pub fn here_status(pl: Pl, shown: &Plan) -> Option<AnyView> {
    if shown.start != Start::Here {
        return None;
    }
    match pl.here.get() {
        Here::Unasked | Here::At(_) => None,
        Here::Asking => Some(view! { <p class="pl-here" role="status">{pl.t(PlMsg::Locating)}</p> }.into_any()),
        Here::Failed(e) => Some(
            view! {
                <p class="pl-here error" role="alert">{e.text(pl.lang)}" "{pl.t(PlMsg::HereUnknown)}" "
                    <button type="button" id="pl-here-retry" on:click=move |_| pl.here.set(Here::Unasked)>{pl.t(PlMsg::TryAgain)}</button>
                </p>
            }
            .into_any(),
        ),
    }
}
