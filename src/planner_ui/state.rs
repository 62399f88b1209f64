//! The planner's state: the language, the data, and the plan, which is
//! written back to the address and kept as the device's draft.

use super::data::fetch_corridor;
use super::languages::{page_lang, set_document_lang};
use super::position::{request_position, PositionError};
use corridor::config::DATA_FILE;
use corridor::geo::LonLat;
use corridor::i18n::planner::PlMsg;
use corridor::i18n::Lang;
use corridor::model::Corridor;
use corridor::plan::{arranged, has_plan, parse_plan, plan_query, LinkIssue, Plan, Start, DRAFT_KEY};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone)]
pub enum Data {
    Loading,
    Failed(String),
    Ready(Arc<Corridor>),
}

/// The device's position, for a plan that starts there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Here {
    Unasked,
    Asking,
    At(LonLat),
    Failed(PositionError),
}

impl Here {
    pub fn position(self) -> Option<LonLat> {
        match self {
            Here::At(p) => Some(p),
            _ => None,
        }
    }
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
    pub here: RwSignal<Here>,
}

fn search() -> String {
    window().location().search().unwrap_or_default()
}

/// The browser's storage for this site, when it allows it.
pub fn storage() -> Option<web_sys::Storage> {
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
        let lang = page_lang();
        set_document_lang(lang);
        let (plan, issues) = opening_plan(&s);
        let pl = Pl {
            lang,
            plan: RwSignal::new(plan),
            issues: RwSignal::new(issues),
            data: RwSignal::new(Data::Loading),
            refocus: RwSignal::new(None),
            here: RwSignal::new(Here::Unasked),
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
        ask_where_when_needed(pl);
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
        let here = self.here.get_untracked().position();
        self.plan.update(|p| {
            let mut shown = arranged(p, c, here);
            f(&mut shown);
            *p = arranged(&shown, c, here);
        });
    }

    /// The device's position, when known (tracked).
    pub fn position(&self) -> Option<LonLat> {
        self.here.get().position()
    }
}

/// Fetches and loads the data file; a failure says what and why.
pub fn load_data(pl: Pl) {
    leptos::task::spawn_local(async move {
        pl.data.set(match fetch_corridor(DATA_FILE).await {
            Ok(loaded) => Data::Ready(loaded.corridor),
            Err(e) => Data::Failed(corridor::i18n::load_failed(pl.lang, DATA_FILE, &e.describe(pl.lang))),
        });
    });
}

/// Asks for the device's position when the plan starts there and has not
/// asked yet (the user chose "my location", or a link said `from=here`).
fn ask_where_when_needed(pl: Pl) {
    Effect::new(move |_| {
        let wanted = pl.plan.with(|p| p.start == Start::Here);
        if wanted && pl.here.get() == Here::Unasked {
            pl.here.set(Here::Asking);
            request_position(move |answer| {
                pl.here.set(match answer {
                    Ok(p) => Here::At(p.at),
                    Err(e) => Here::Failed(e),
                })
            });
        }
    });
}
