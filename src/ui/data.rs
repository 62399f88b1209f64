//! Fetching the data file with gloo-net and handing it to the shared loader.

use super::marks;
use super::tasks::next_task;
use corridor::i18n::{self, Lang};
use corridor::model::{load, Corridor, LoadReport, Problem};
use corridor::publish::worker::{OFFLINE_HEADER, SAVED_HEADER};
use gloo_net::http::Request;
use std::sync::Arc;

/// Why the file could not be shown at all.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadFailure {
    /// The server answered, but not with the file.
    Http(u16),
    /// No answer: offline, DNS, CORS, aborted.
    Network(String),
    /// The file arrived but cannot be read as a corridor at all.
    Unreadable(Vec<Problem>),
}

impl LoadFailure {
    /// The cause, for the reader.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            LoadFailure::Http(status) => i18n::http_status(lang, *status),
            LoadFailure::Network(detail) => i18n::network_error(lang, detail),
            LoadFailure::Unreadable(problems) => {
                problems.iter().map(|p| p.kind.describe(lang)).collect::<Vec<_>>().join(" ")
            }
        }
    }
}

/// A loaded file, shared by the views without copying it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub corridor: Arc<Corridor>,
    pub problems: Arc<Vec<Problem>>,
    /// The network failed and the service worker answered with the copy
    /// it kept: the day that copy was fetched (`YYYY-MM-DD`).
    pub offline_copy_of: Option<String>,
}

/// Loads and checks the corridor file.
pub async fn fetch_corridor(url: &'static str) -> Result<Loaded, LoadFailure> {
    let response = Request::get(url).send().await.map_err(|e| LoadFailure::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadFailure::Http(response.status()));
    }
    let offline_copy_of =
        response.headers().get(OFFLINE_HEADER).map(|_| response.headers().get(SAVED_HEADER).unwrap_or_default());
    let bytes = response.binary().await.map_err(|e| LoadFailure::Network(e.to_string()))?;
    marks::mark(marks::FETCHED);
    // Reading the file and drawing what it holds are tasks of their own.
    next_task().await;
    let LoadReport { corridor, problems } = load(&bytes);
    marks::mark(marks::LOADED);
    next_task().await;
    match corridor {
        Some(c) => Ok(Loaded { corridor: Arc::new(c), problems: Arc::new(problems), offline_copy_of }),
        None => Err(LoadFailure::Unreadable(problems)),
    }
}
