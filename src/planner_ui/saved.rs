//! Plans kept on this device, by name: save the plan being made, open or
//! forget a kept one. Stored by `corridor::plan::saved`; nothing is sent.

use super::state::{storage, Pl};
use corridor::i18n::planner::{self as text, PlMsg};
use corridor::plan::{
    forget, keep, parse_plan, parse_saved, plan_query, saved_json, SavedIssue, SavedPlan, MAX_NAME_CHARS, SAVED_KEY,
};
use leptos::prelude::*;

fn read() -> Result<Vec<SavedPlan>, SavedIssue> {
    parse_saved(storage().and_then(|s| s.get_item(SAVED_KEY).ok().flatten()).as_deref())
}

/// Writes the kept plans; `false` when the browser refused (private mode,
/// storage full).
fn write(plans: &[SavedPlan]) -> bool {
    storage().is_some_and(|s| s.set_item(SAVED_KEY, &saved_json(plans)).is_ok())
}

#[component]
pub fn SavedPlans() -> impl IntoView {
    let pl = Pl::get();
    let kept = RwSignal::new(read());
    let name = RwSignal::new(String::new());
    let refused = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let plan = pl.plan.get_untracked();
        let typed = name.get_untracked();
        if plan.stop_count() == 0 {
            return;
        }
        let label = match (typed.trim(), plan.title.as_deref()) {
            ("", Some(title)) if !title.trim().is_empty() => title.to_string(),
            ("", _) => text::default_plan_name(pl.lang, plan.stop_count(), plan.start_time),
            (typed, _) => typed.to_string(),
        };
        // A record this page cannot read (newer, damaged) is replaced
        // only by this explicit save.
        let plans = keep(kept.get_untracked().unwrap_or_default(), &label, &plan_query(&plan));
        refused.set(!write(&plans));
        kept.set(Ok(plans));
        name.set(String::new());
    };
    let list = move || match kept.get() {
        Err(issue) => {
            view! { <p class="pl-saved-issue" role="alert">{text::saved_issue(pl.lang, &issue)}</p> }.into_any()
        }
        Ok(plans) if plans.is_empty() => view! { <p class="pl-saved-none">{pl.t(PlMsg::SavedNone)}</p> }.into_any(),
        Ok(plans) => {
            let items = plans
                .into_iter()
                .map(|p| {
                    let (n1, n2) = (p.name.clone(), p.name.clone());
                    let open = move |_| {
                        let (plan, issues) = parse_plan(&p.query);
                        pl.replace(plan);
                        pl.issues.set(issues);
                    };
                    let drop = move |_| {
                        let plans = forget(kept.get_untracked().unwrap_or_default(), &n2);
                        refused.set(!write(&plans));
                        kept.set(Ok(plans));
                    };
                    view! {
                        <li class="pl-saved-plan">
                            <span class="pl-saved-name">{n1.clone()}</span>
                            <button type="button" class="pl-open" aria-label=format!("{} · {n1}", pl.t(PlMsg::Open)) on:click=open>{pl.t(PlMsg::Open)}</button>
                            <button type="button" class="pl-forget" aria-label=format!("{} · {n1}", pl.t(PlMsg::Forget)) on:click=drop>{pl.t(PlMsg::Forget)}</button>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="pl-saved-list">{items}</ul> }.into_any()
        }
    };
    view! {
        <section class="pl-saved no-print" aria-labelledby="pl-saved-h">
            <h2 id="pl-saved-h">{pl.t(PlMsg::SavedHeading)}</h2>
            <p class="pl-saved-note">{pl.t(PlMsg::SavedNote)}</p>
            <form class="pl-save" on:submit=save>
                <label>{pl.t(PlMsg::SaveName)}
                    <input id="pl-save-name" type="text" maxlength=MAX_NAME_CHARS
                        placeholder=move || pl.plan.with(|p| p.title.clone().unwrap_or_default())
                        prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e)) /></label>
                <button type="submit" id="pl-save" disabled=move || pl.plan.with(|p| p.stop_count() == 0)>{pl.t(PlMsg::Save)}</button>
            </form>
            {move || refused.get().then(|| view! { <p class="pl-saved-issue" role="alert">{pl.t(PlMsg::SaveRefused)}</p> })}
            {list}
        </section>
    }
}
