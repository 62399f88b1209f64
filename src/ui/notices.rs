//! Messages about what went wrong: the data file, a station link, the data's
//! own problems. Each names the file, id or property concerned.

use super::data::LoadFailure;
use super::nav::Nav;
use corridor::i18n::{self, Msg};
use corridor::model::{Problem, Severity};
use leptos::prelude::*;
use std::sync::Arc;

/// The data file could not be loaded: say why, and offer to try again.
#[component]
pub fn LoadError(file: &'static str, failure: LoadFailure, on_retry: impl Fn() + 'static) -> impl IntoView {
    let nav = Nav::get();
    view! {
        <div class="load-error" role="alert">
            <p>{move || i18n::load_failed(nav.lang.get(), file, &failure.describe(nav.lang.get()))}</p>
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

/// How many problems of each severity the page lists.
const MAX_SHOWN: usize = 50;

/// The data file's problems: errors in plain view, warnings folded away.
/// A file broken everywhere must not bury the page: the first ones name the
/// kind of mistake, the checker lists them all.
#[component]
pub fn DataProblems(problems: Arc<Vec<Problem>>) -> impl IntoView {
    let nav = Nav::get();
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
    view! {
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
}
