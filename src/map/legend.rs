//! The map's legend: only what this data draws (`scene::legend_keys`),
//! written by the first screen's own writer.

use crate::ui::nav::Nav;
use corridor::model::Corridor;
use corridor::prerender::legend;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Legend(corridor: Arc<Corridor>) -> impl IntoView {
    let nav = Nav::get();
    view! { <div class="markup" inner_html=move || legend(&corridor, nav.lang.get())></div> }
}
