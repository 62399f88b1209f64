//! The checker's findings on the file as it stands, each a button that
//! brings its feature up.

use super::state::Ed;
use corridor::i18n::editor::{problem_counts, EdMsg};
use corridor::model::Severity;
use leptos::prelude::*;

/// Selects a feature and moves focus to its form.
pub fn focus_feature(ed: Ed, i: usize) {
    ed.selected.set(Some(i));
    // After the form has been drawn for it.
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id("ed-form-heading") {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    });
}

#[component]
pub fn ProblemList() -> impl IntoView {
    let ed = Ed::get();
    let items = move || {
        ed.session.with(|s| {
            let Some(s) = s else { return Vec::new() };
            s.report()
                .problems
                .iter()
                .map(|p| (p.at.feature, p.severity == Severity::Error, p.describe(ed.lang)))
                .collect::<Vec<_>>()
        })
    };
    let counts =
        move || ed.session.with(|s| s.as_ref().map(|s| (s.report().error_count(), s.report().warning_count())));
    view! {
        <section class="ed-problems" aria-labelledby="ed-problems-heading">
            <h2 id="ed-problems-heading">
                {ed.t(EdMsg::ProblemsHeading)}
                <span class="counts" aria-live="polite">
                    {move || counts().map(|(e, w)| format!(" · {}", problem_counts(ed.lang, e, w)))}
                </span>
            </h2>
            {move || (counts().is_some_and(|(e, w)| e + w == 0)).then(|| view! { <p class="ok">{ed.t(EdMsg::NoProblems)}</p> })}
            <ul>
                {move || {
                    items()
                        .into_iter()
                        .map(|(feature, error, text)| {
                            let class = if error { "problem error" } else { "problem warning" };
                            match feature {
                                Some(i) => view! {
                                    <li class=class>
                                        <button type="button" data-feature=i.to_string() on:click=move |_| focus_feature(ed, i)>{text}</button>
                                    </li>
                                }
                                .into_any(),
                                None => view! { <li class=class>{text}</li> }.into_any(),
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
