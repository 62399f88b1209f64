//! The visit planner's views (`plan.html`), thin over `corridor::plan`: the
//! plan lives in the address (replaced on every change) and, as a draft, on
//! the device; every time and distance comes from the native planner.

// Shared with the visitors' page, which uses all of them.
#[allow(dead_code)]
#[path = "../ui/data.rs"]
mod data;
#[path = "../ui/languages.rs"]
mod languages;
#[allow(dead_code)]
#[path = "../ui/marks.rs"]
mod marks;
#[path = "../ui/position.rs"]
mod position;
// Each page uses some of the ways of waiting.
#[allow(dead_code)]
#[path = "../ui/tasks.rs"]
mod tasks;

mod itinerary;
mod route;
mod saved;
mod settings;
mod state;

use corridor::i18n::planner::PlMsg;
use corridor::i18n::Lang;
use corridor::plan::{ready_plan, Ready};
use leptos::prelude::*;
use state::{Data, Pl};

#[component]
pub fn Planner() -> impl IntoView {
    let pl = Pl::provide();
    let lang = pl.lang;
    document().set_title(pl.t(PlMsg::Title));
    state::load_data(pl);

    let lang_links = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <a href=move || pl.href_in(l) hreflang=l.tag() lang=l.tag() aria-current=(l == lang).then_some("true")>
                    {l.short_autonym()}
                </a>
            }
        })
        .collect_view();
    let body = move || match pl.data.get() {
        Data::Loading => view! { <p class="pl-status" role="status">{pl.t(PlMsg::Loading)}</p> }.into_any(),
        Data::Failed(why) => view! { <p class="pl-status error" role="alert">{why}</p> }.into_any(),
        Data::Ready(c) => {
            let ready = Ready::ALL
                .into_iter()
                .map(|r| {
                    let c = c.clone();
                    let start = move || pl.plan.with(|p| p.start_time);
                    view! {
                        <button type="button" class="pl-ready" data-ready=format!("{r:?}")
                            on:click=move |_| pl.replace(ready_plan(&c, r, start()))>{pl.t(PlMsg::ready(r))}</button>
                    }
                })
                .collect_view();
            view! {
                <section class="pl-ready-plans no-print" aria-labelledby="pl-ready-h">
                    <h2 id="pl-ready-h">{pl.t(PlMsg::ReadyHeading)}</h2>
                    <div class="pl-buttons">
                        {ready}
                        <button type="button" id="pl-clear" on:click=move |_| pl.replace(Default::default())>{pl.t(PlMsg::Clear)}</button>
                    </div>
                </section>
                <settings::Settings corridor=c.clone() />
                // The timetable before the long station list, so a phone
                // shows it right after a ready plan is chosen.
                <itinerary::Itinerary corridor=c.clone() />
                <settings::StationPicker corridor=c />
                <saved::SavedPlans />
            }
            .into_any()
        }
    };
    view! {
        // What the page holds, for tests and tools to wait on.
        <main class="planner" data-ready=move || matches!(pl.data.get(), Data::Ready(_)).to_string()
            data-query=move || pl.plan.with(corridor::plan::plan_query)>
            <header class="pl-header">
                <h1>{pl.t(PlMsg::Title)}</h1>
                <nav class="pl-langs no-print" aria-label="Language · 语言 · 語言">{lang_links}</nav>
                <p class="intro no-print">{pl.t(PlMsg::Intro)}</p>
                <a class="back no-print" href=format!("./?lang={}", lang.tag())>{pl.t(PlMsg::BackToMap)}</a>
            </header>
            {body}
        </main>
    }
}
