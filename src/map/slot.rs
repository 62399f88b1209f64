//! The map's place in the page. The moving map (its camera, gestures,
//! controls, tiles and "locate me") is a part of the app of its own
//! (`crate::ui::later`), fetched once the app has taken the written first
//! screen's place: a scanned card's page starts with less to download and
//! to start, and the map's part never shares a weak link with the app and
//! the data the card waits for. Until it arrives, the map written into the
//! page stands in (`WrittenMap`); it then takes that place, keeping focus
//! on the marker that had it. A part that cannot arrive is said over the
//! written map, with a button to fetch it again.

use super::size::box_size;
use super::svg_map::CorridorMap;
use super::written::WrittenMap;
use crate::ui::later::{later, NotLoaded};
use crate::ui::nav::Nav;
use crate::ui::page::focus;
use crate::ui::takeover::{after_takeover, focus_key, APP_ID};
use crate::ui::tasks::next_task;
use corridor::i18n::Msg;
use corridor::model::Corridor;
use corridor::prerender::WRITTEN_MAP;
use leptos::prelude::*;
use std::sync::Arc;

later! { map;
    /// Drawn as a part of the page `owner` owns (its context: the reader's
    /// address and language), though it arrives later, in a task of its own.
    fn moving_map(corridor: Arc<Corridor>, owner: Owner) -> Result<AnyView, NotLoaded> {
        let box_size = shown_frame_size();
        Ok(owner.with(|| view! { <CorridorMap corridor=corridor box_size=box_size /> }.into_any()))
    }
}

/// Said on `<html>` once the moving map's part has arrived or could not:
/// the service worker's copy of the app waits for it (assets/sw-register.js).
const PART_ATTR: &str = "data-map-part";

fn say_part(outcome: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute(PART_ATTR, outcome);
    }
}

/// The size of the map's frame as shown now (the written map's, laid out
/// already: reading it costs no layout), for the moving map's first drawing.
fn shown_frame_size() -> Option<(f64, f64)> {
    let frame = document().query_selector(&format!("#{APP_ID} .map-pane > .map-frame")).ok().flatten()?;
    box_size(&frame)
}

/// Where focus is in the written map, to find it again in the moving one.
fn focus_in_written_map() -> Option<String> {
    let active = document().active_element()?;
    active.closest(&format!("svg.{WRITTEN_MAP}")).ok().flatten()?;
    focus_key(&active)
}

/// The map's frame: the moving map once its part has arrived, the written
/// one until then. `digest` is the loaded data file's.
#[component]
pub fn MapSlot(corridor: Arc<Corridor>, digest: String) -> impl IntoView {
    let nav = Nav::get();
    // The moving map, handed to the page once (taken out).
    let moving = RwSignal::new_local(None::<AnyView>);
    let failed = RwSignal::new(false);
    let owner = Owner::current();
    let fetch = move || {
        failed.set(false);
        let (corridor, owner) = (corridor.clone(), owner.clone());
        leptos::task::spawn_local(async move {
            // A component always has an owner.
            let Some(owner) = owner else { return };
            match moving_map(corridor, owner).await {
                Ok(map) => {
                    // Its drawing is laid out in the task its part arrived
                    // in (the map's effects run there); its elements are
                    // made in the next, so neither task is as long as both.
                    next_task().await;
                    let focused = focus_in_written_map();
                    // The page may be gone (new data): nothing to show then.
                    if moving.try_set(Some(map)).is_none() {
                        if let Some(key) = focused {
                            request_animation_frame(move || focus(&key));
                        }
                    }
                    say_part("arrived");
                }
                Err(NotLoaded) => {
                    let _ = failed.try_set(true);
                    say_part("not-loaded");
                }
            }
        });
    };
    after_takeover(fetch.clone());
    let notice = move || {
        failed.get().then(|| {
            let retry = fetch.clone();
            view! {
                <p class="map-part-error" role="alert">
                    {nav.tr(Msg::MapNotLoaded)}
                    " "
                    <button type="button" class="retry" on:click=move |_| retry()>{nav.tr(Msg::Retry)}</button>
                </p>
            }
        })
    };
    // Set once, when the part has arrived: taken then, the written map
    // until then.
    move || {
        moving.track();
        moving.try_update_untracked(Option::take).flatten().unwrap_or_else(|| {
            view! { <WrittenMap digest=digest.clone() notice=notice.clone().into_any() /> }.into_any()
        })
    }
}
