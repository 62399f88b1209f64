//! "Locate me": asks the browser for the reader's position (Geolocation
//! API), draws it with its accuracy, names the nearest station, how far
//! and which way, and says plainly what went wrong otherwise.

use super::camera::MapCamera;
use crate::ui::later::{drawn_later, later, NotLoaded};
use crate::ui::nav::{use_open_station, Nav, Opener};
use crate::ui::position::{request_position, Position, PositionError};
use corridor::i18n::{self, Lang, Msg};
use corridor::locate::{nearest_station, Nearby};
use corridor::model::Corridor;
use corridor::scene::UserFix;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq)]
pub enum Located {
    Idle,
    Busy,
    /// `dismissed`: the reader closed the answer; the position stays drawn.
    Found {
        fix: UserFix,
        near: Nearby,
        dismissed: bool,
    },
    Failed(Failure),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Failure {
    Position(PositionError),
    NoStations,
    Far(f64),
    /// Its part of the app did not arrive (`crate::ui::later`).
    NotLoaded,
}

impl Located {
    /// The fix to draw on the map, if any.
    pub fn fix(&self) -> Option<UserFix> {
        match self {
            Located::Found { fix, .. } => Some(*fix),
            _ => None,
        }
    }
}

/// Starts one position request; the answer lands in `state`. What finds
/// the nearest station and tells of it is fetched on the first use
/// (`crate::ui::later`).
pub fn locate(corridor: Arc<Corridor>, state: RwSignal<Located>, camera: MapCamera) {
    state.set(Located::Busy);
    leptos::task::spawn_local(async move {
        if locate_now(corridor, state, camera).await.is_err() {
            state.set(Located::Failed(Failure::NotLoaded));
        }
    });
}

later! { locate;
    fn locate_now(corridor: Arc<Corridor>, state: RwSignal<Located>, camera: MapCamera) -> Result<(), NotLoaded> {
        request_position(move |answer| {
            state.set(match answer {
                Ok(Position { at, accuracy_m }) => match nearest_station(&corridor, at) {
                    near @ Nearby::Near { .. } => {
                        camera.bring_into_view(at);
                        Located::Found { fix: UserFix { at, accuracy_m }, near, dismissed: false }
                    }
                    Nearby::Far { km } => Located::Failed(Failure::Far(km)),
                    Nearby::NoStations => Located::Failed(Failure::NoStations),
                },
                Err(e) => Located::Failed(Failure::Position(e)),
            })
        });
        Ok(())
    }
}

fn failure_text(f: Failure, lang: Lang) -> String {
    match f {
        Failure::Position(e) => e.text(lang).to_string(),
        Failure::NoStations => Msg::LocateNoStations.text(lang).to_string(),
        Failure::Far(km) => i18n::locate_far(lang, km),
        Failure::NotLoaded => Msg::PartNotLoaded.text(lang).to_string(),
    }
}

/// Closes the answer (the position stays drawn).
fn dismiss_button(state: RwSignal<Located>, lang: Lang) -> impl IntoView {
    let dismiss = move |_| {
        state.update(|s| match s {
            Located::Found { dismissed, .. } => *dismissed = true,
            other => *other = Located::Idle,
        })
    };
    view! {
        <button type="button" class="locate-dismiss" aria-label=Msg::Close.text(lang) on:click=dismiss>
            "×"
        </button>
    }
}

/// The answer, over the top of the map; read out by screen readers when it
/// changes.
#[component]
pub fn LocateResult(corridor: Arc<Corridor>, state: RwSignal<Located>) -> impl IntoView {
    let nav = Nav::get();
    let open: OpenStation = Arc::new(use_open_station());
    // Nothing to fetch until the reader first asks; each new request (the
    // parity flips) draws the answer afresh, so a part that did not arrive
    // is asked for again.
    let request_parity = Memo::new(move |was: Option<&bool>| {
        let was = was.copied().unwrap_or(false);
        was ^ state.with(|s| *s == Located::Busy)
    });
    move || {
        // Read, not only tracked: a memo never read would never run.
        let _ = request_parity.get();
        let (corridor, open) = (corridor.clone(), open.clone());
        state
            .with_untracked(|s| *s != Located::Idle)
            .then(|| drawn_later(nav, locate_answer(corridor, state, nav, open)))
    }
}

/// Opens a station's card (`use_open_station`), passed into the split-off
/// answer.
type OpenStation = Arc<dyn Fn(String, Opener) + Send + Sync>;

later! { locate;
    fn locate_answer(
        corridor: Arc<Corridor>,
        state: RwSignal<Located>,
        nav: Nav,
        open: OpenStation,
    ) -> Result<AnyView, NotLoaded> {
        let answer = move || {
            let lang = nav.lang.get();
            match state.get() {
                Located::Idle | Located::Found { dismissed: true, .. } => None,
                Located::Busy => {
                    Some(view! { <p class="locate-result" role="status">{Msg::Locating.text(lang)}</p> }.into_any())
                }
                Located::Failed(f) => Some(
                    view! {
                        <p class="locate-result locate-error" role="alert">
                            <span class="locate-text">{failure_text(f, lang)}</span>
                            {dismiss_button(state, lang)}
                        </p>
                    }
                    .into_any(),
                ),
                Located::Found { near, .. } => {
                    let Nearby::Near { station, leg, towards } = &near else { return None };
                    let s = corridor.station(station)?;
                    let text = match towards {
                        Some(dir) if !near.is_at_station() => {
                            i18n::locate_near(lang, s.order, s.name.get(lang), leg.metres, *dir)
                        }
                        _ => i18n::locate_at(lang, s.order, s.name.get(lang)),
                    };
                    let open = open.clone();
                    let id = s.id.clone();
                    Some(
                        view! {
                            <p class="locate-result" role="status">
                                <span class="locate-text">
                                    {text} " "
                                    <button type="button" class="locate-open" on:click=move |_| open(id.clone(), Opener::ListLink)>
                                        {Msg::OpenCard.text(lang)}
                                    </button>
                                </span>
                                {dismiss_button(state, lang)}
                            </p>
                        }
                        .into_any(),
                    )
                }
            }
        };
        Ok(answer.into_any())
    }
}
