//! The plan on a map, drawn by `corridor::plan::route_map_svg`, and what
//! became of the request for the device's position when the plan starts
//! there.

use super::state::{Here, Pl};
use corridor::i18n::planner::PlMsg;
use corridor::model::Corridor;
use corridor::plan::{route_map_svg, Itinerary, Plan, Start};
use leptos::prelude::*;

/// The route map of the plan as shown.
pub fn route_map(pl: Pl, shown: &Plan, c: &Corridor, it: &Itinerary) -> impl IntoView {
    let svg = route_map_svg(shown, c, it, pl.position(), pl.lang);
    // The caption repeats the map's own title for sighted readers; screen
    // readers hear the title once, from the image.
    view! {
        <figure class="pl-map">
            <div inner_html=svg></div>
            <figcaption aria-hidden="true">{pl.t(PlMsg::RouteMapTitle)}</figcaption>
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
