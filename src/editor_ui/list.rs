//! Every station and unit, in the file's order: the text alternative to
//! the map and the way to choose an unplaced one.

use super::state::Ed;
use corridor::i18n::editor::EdMsg;
use corridor::model::Severity;
use leptos::prelude::*;

#[component]
pub fn FeatureList() -> impl IntoView {
    let ed = Ed::get();
    let rows = move |kind: &'static str| {
        ed.session.with(|s| {
            let Some(s) = s else { return Vec::new() };
            s.summaries()
                .into_iter()
                .filter(|f| f.kind == kind)
                .map(|f| {
                    let errors = s.problems_of(f.index).filter(|p| p.severity == Severity::Error).count();
                    let warnings = s.problems_of(f.index).count() - errors;
                    let changed = s.is_feature_changed(f.index);
                    (f, errors, warnings, changed)
                })
                .collect::<Vec<_>>()
        })
    };
    // Stations by their number, as the map numbers them; units as filed.
    let rows = move |kind: &'static str| {
        let mut r = rows(kind);
        r.sort_by(|a, b| a.0.order.unwrap_or(f64::MAX).total_cmp(&b.0.order.unwrap_or(f64::MAX)));
        r
    };
    let list = move |kind: &'static str| {
        rows(kind)
            .into_iter()
            .map(|(f, errors, warnings, changed)| {
                let i = f.index;
                let number = f.order.map(|o| format!("{o} ")).unwrap_or_default();
                let name = f.name.clone().unwrap_or_else(|| f.key.clone().unwrap_or_default());
                view! {
                    <li>
                        <button
                            type="button"
                            class="ed-row"
                            data-feature=i.to_string()
                            class:unplaced=f.position.is_none()
                            aria-pressed=move || (ed.selected.get() == Some(i)).to_string()
                            on:click=move |_| ed.selected.set(Some(i))
                        >
                            <span class="row-name">{number}{name}</span>
                            <span class="row-key">{f.key.clone().unwrap_or_default()}</span>
                            {f.position.is_none().then(|| view! { <span class="tag unplaced">{ed.t(EdMsg::NotPlaced)}</span> })}
                            {changed.then(|| view! { <span class="tag changed">{ed.t(EdMsg::Changed)}</span> })}
                            {(errors > 0).then(|| view! { <span class="tag error">{format!("✕ {errors}")}</span> })}
                            {(warnings > 0).then(|| view! { <span class="tag warning">{format!("! {warnings}")}</span> })}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <nav class="ed-list" aria-label=ed.t(EdMsg::FeaturesHeading)>
            <h2>{ed.t(EdMsg::StationsHeading)}</h2>
            <ul class="stations">{move || list("station")}</ul>
            <h2>{ed.t(EdMsg::UnitsHeading)}</h2>
            <ul class="units">{move || list("unit")}</ul>
        </nav>
    }
}
