//! The planner's state: the language, the data, and the plan, which is
//! written back to the address and kept as the device's draft.

use corridor::config::DATA_FILE;
use corridor::i18n::planner::PlMsg;
use corridor::i18n::Lang;
use corridor::link::parse_query;
use corridor::model::{load, Corridor};
use corridor::plan::{arranged, has_plan, parse_plan, plan_query, LinkIssue, Plan, DRAFT_KEY};
use gloo_net::http::Request;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone)]
pub enum Data {
    Loading,
    Failed(String),
    Ready(Arc<Corridor>),
}

/// Everything the planner's views share.
#[derive(Clone, Copy)]
pub struct Pl {
    pub lang: Lang,
    pub plan: RwSignal<Plan>,
    pub issues: RwSignal<Vec<LinkIssue>>,
    pub data: RwSignal<Data>,
    /// The id of the control to focus once the itinerary is redrawn (a
    /// moved stop's button), so keyboard users keep their place.
    pub refocus: RwSignal<Option<String>>,
}

fn search() -> String {
    window().location().search().unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The plan the page opens with: the link's, else the device's draft;
/// `add=<id>` (the card's "add to plan") adds a stop to it.
fn opening_plan(search: &str) -> (Plan, Vec<LinkIssue>) {
    let draft = || storage().and_then(|s| s.get_item(DRAFT_KEY).ok().flatten());
    let (mut plan, issues) = if has_plan(search) {
        parse_plan(search)
    } else {
        draft().map(|q| (parse_plan(&q).0, Vec::new())).unwrap_or_default()
    };
    if let Some(id) = search.trim_start_matches('?').split('&').find_map(|p| p.strip_prefix("add=")) {
        if corridor::model::is_valid_id(id) && !plan.contains(id) {
            plan.add(id);
        }
    }
    (plan, issues)
}

impl Pl {
    pub fn provide() -> Pl {
        let s = search();
        let browser: Vec<String> = window().navigator().languages().iter().filter_map(|v| v.as_string()).collect();
        let lang = Lang::choose(parse_query(&s).lang.as_deref(), &browser);
        let (plan, issues) = opening_plan(&s);
        let pl = Pl {
            lang,
            plan: RwSignal::new(plan),
            issues: RwSignal::new(issues),
            data: RwSignal::new(Data::Loading),
            refocus: RwSignal::new(None),
        };
        // The address and the draft follow the plan.
        Effect::new(move |_| {
            let q = pl.plan.with(plan_query);
            let url = format!("{q}&lang={}", pl.lang.tag());
            if let Ok(h) = window().history() {
                let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
            if let Some(s) = storage() {
                let _ = s.set_item(DRAFT_KEY, &q);
            }
        });
        provide_context(pl);
        pl
    }

    pub fn get() -> Pl {
        expect_context::<Pl>()
    }

    pub fn t(&self, m: PlMsg) -> &'static str {
        m.text(self.lang)
    }

    /// This plan's page in language `l`.
    pub fn href_in(&self, l: Lang) -> String {
        format!("{}&lang={}", self.plan.with(plan_query), l.tag())
    }

    /// This plan's full address, to share.
    pub fn share_url(&self) -> String {
        let base = window().location().href().unwrap_or_default();
        let base = base.split(['?', '#']).next().unwrap_or_default().to_string();
        format!("{base}{}", self.plan.with(plan_query))
    }

    pub fn replace(&self, plan: Plan) {
        self.issues.set(Vec::new());
        self.plan.set(plan);
    }

    /// Changes the plan as shown (in order along the avenue unless the
    /// user chose their own), and keeps that order after the change.
    pub fn edit(&self, c: &Corridor, f: impl FnOnce(&mut Plan)) {
        self.plan.update(|p| {
            let mut shown = arranged(p, c, None);
            f(&mut shown);
            *p = arranged(&shown, c, None);
        });
    }
}

/// Fetches and loads the data file; a failure says what and why.
pub fn load_data(pl: Pl) {
    leptos::task::spawn_local(async move {
        let failed = |why: String| {
            let text = corridor::i18n::load_failed(pl.lang, DATA_FILE, &why);
            pl.data.set(Data::Failed(text));
        };
        let response = match Request::get(DATA_FILE).send().await {
            Ok(r) => r,
            Err(e) => return failed(corridor::i18n::network_error(pl.lang, &e.to_string())),
        };
        if !response.ok() {
            return failed(corridor::i18n::http_status(pl.lang, response.status()));
        }
        let bytes = match response.binary().await {
            Ok(b) => b,
            Err(e) => return failed(corridor::i18n::network_error(pl.lang, &e.to_string())),
        };
        let report = load(&bytes);
        match report.corridor {
            Some(c) => pl.data.set(Data::Ready(Arc::new(c))),
            None => failed(report.problems.first().map(|p| p.describe(pl.lang)).unwrap_or_default()),
        }
    });
}
