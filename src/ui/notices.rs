//! Messages about what went wrong: the data file, a station link, the data's
//! own problems. Each names the file, id or property concerned.

use super::data::{describe_problems, LoadFailure};
use super::later::{drawn_later, later, NotLoaded};
use super::nav::Nav;
use corridor::config::ConfigError;
use corridor::i18n::{self, Msg};
use corridor::model::{Problem, Severity};
use leptos::prelude::*;
use std::sync::Arc;

/// The data file could not be loaded: say why, and offer to try again.
#[component]
pub fn LoadError(file: &'static str, failure: LoadFailure, on_retry: impl Fn() + 'static) -> impl IntoView {
    let nav = Nav::get();
    // No answer, or not the file: said with what the page has, so it is
    // said with no connection too.
    let cause = match failure {
        LoadFailure::Unreadable(problems) => drawn_later(nav, unreadable_cause(file, problems, nav)).into_any(),
        other => view! {
            <p>{move || i18n::load_failed(nav.lang.get(), file, &other.describe_answer(nav.lang.get()).unwrap_or_default())}</p>
        }
        .into_any(),
    };
    view! {
        <div class="load-error" role="alert">
            {cause}
            <button class="retry" type="button" on:click=move |_| on_retry()>
                {nav.tr(Msg::Retry)}
            </button>
        </div>
    }
}

/// A station link named an id the data does not have.
#[component]
pub fn UnknownStation(id: String) -> impl IntoView {
    let nav = Nav::get();
    view! {
        <p class="notice unknown-station" role="alert">
            {move || i18n::unknown_station(nav.lang.get(), &id)}
        </p>
    }
}

/// The map config could not be used: said over the map, which is drawn
/// without tiles. Rare, so its words are in the problems' part.
pub fn config_problem(e: ConfigError, nav: Nav) -> impl IntoView {
    drawn_later(nav, config_problem_view(e, nav))
}

later! { problems;
    fn config_problem_view(e: ConfigError, nav: Nav) -> Result<AnyView, NotLoaded> {
        Ok(view! { <p class="map-config-error" role="status">{move || e.describe(nav.lang.get())}</p> }.into_any())
    }
}

/// How many problems of each severity the page lists.
const MAX_SHOWN: usize = 50;

later! { problems;
    /// Why a file that arrived cannot be read, in its problems' words.
    fn unreadable_cause(file: &'static str, problems: Arc<Vec<Problem>>, nav: Nav) -> Result<AnyView, NotLoaded> {
        let cause = move || {
            let lang = nav.lang.get();
            i18n::load_failed(lang, file, &describe_problems(&problems, lang))
        };
        Ok(view! { <p>{cause}</p> }.into_any())
    }
}

/// The data file's problems: errors in plain view, warnings folded away.
/// A file broken everywhere must not bury the page: the first ones name the
/// kind of mistake, the checker lists them all. Most files have none, and
/// their page never fetches the list's part of the app (`super::later`).
#[component]
pub fn DataProblems(problems: Arc<Vec<Problem>>) -> impl IntoView {
    let nav = Nav::get();
    (!problems.is_empty()).then(|| drawn_later(nav, problem_list(problems, nav)))
}

later! { problems;
    fn problem_list(problems: Arc<Vec<Problem>>, nav: Nav) -> Result<AnyView, NotLoaded> {
        // Totals count what the loader found but did not list (its "and N more"
        // lines), like the checker's.
        let of = |severity: Severity| {
            let all = problems.iter().filter(|p| p.severity == severity);
            (all.clone().take(MAX_SHOWN).cloned().collect::<Vec<Problem>>(), all.map(Problem::weight).sum::<usize>())
        };
        let ((errors, error_count), (warnings, warning_count)) = (of(Severity::Error), of(Severity::Warning));
        let list = move |items: Vec<Problem>, total: usize| {
            let more = total.saturating_sub(items.iter().map(Problem::weight).sum());
            view! {
                <ul>
                    {items
                        .into_iter()
                        .map(|p| view! { <li class="problem">{move || p.describe(nav.lang.get())}</li> })
                        .collect_view()}
                    {(more > 0).then(|| view! { <li class="problem-more">"… +" {more}</li> })}
                </ul>
            }
        };
        let (has_errors, has_warnings) = (error_count != 0, warning_count != 0);
        Ok(view! {
            <Show when=move || has_errors>
                <section class="data-problems" role="alert">
                    <h2>{nav.tr(Msg::ProblemsHeading)}</h2>
                    {list(errors.clone(), error_count)}
                </section>
            </Show>
            <Show when=move || has_warnings>
                <details class="data-warnings">
                    <summary>{nav.tr(Msg::ProblemsWarningsHeading)} " " {warning_count}</summary>
                    {list(warnings.clone(), warning_count)}
                </details>
            </Show>
        }
        .into_any())
    }
}
