//! Fetching the data file and handing it to the shared loader.

use super::marks;
use super::tasks::next_task;
use corridor::i18n::{self, Lang};
use corridor::model::{load, Corridor, LoadReport, Problem};
use corridor::publish::worker::{OFFLINE_HEADER, SAVED_HEADER};
use std::sync::Arc;

/// Why the file could not be shown at all.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadFailure {
    /// The server answered, but not with the file.
    Http(u16),
    /// No answer: offline, DNS, CORS, aborted.
    Network(String),
    /// The file arrived but cannot be read as a corridor at all (shared,
    /// as the page passes the outcome around).
    Unreadable(Arc<Vec<Problem>>),
}

impl LoadFailure {
    /// The cause, for the reader (the planner's and the stamps' pages; the
    /// map's page says an unreadable file's cause itself, `notices`).
    #[allow(dead_code)]
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            LoadFailure::Unreadable(problems) => describe_problems(problems, lang),
            other => other.describe_answer(lang).unwrap_or_default(),
        }
    }

    /// The cause when the server's answer was not the file (`None` for a
    /// file that arrived): what the map's page says with no further
    /// download (it fetches the problems' messages on first use,
    /// `notices::unreadable_cause`).
    pub fn describe_answer(&self, lang: Lang) -> Option<String> {
        match self {
            LoadFailure::Http(status) => Some(i18n::http_status(lang, *status)),
            LoadFailure::Network(detail) => Some(i18n::network_error(lang, detail)),
            LoadFailure::Unreadable(_) => None,
        }
    }
}

/// Why a file that arrived cannot be read, in its problems' words.
pub fn describe_problems(problems: &[Problem], lang: Lang) -> String {
    problems.iter().map(|p| p.kind.describe(lang)).collect::<Vec<_>>().join(" ")
}

/// A loaded file, shared by the views without copying it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub corridor: Arc<Corridor>,
    pub problems: Arc<Vec<Problem>>,
    /// The network failed and the service worker answered with the copy
    /// it kept: the day that copy was fetched (`YYYY-MM-DD`).
    pub offline_copy_of: Option<String>,
    /// The file's digest, as the written pages record theirs
    /// (`corridor::prerender::data_digest`).
    pub digest: String,
}

/// Loads and checks the corridor file.
pub async fn fetch_corridor(url: &'static str) -> Result<Loaded, LoadFailure> {
    let answer = corridor::http::get(url).await.map_err(LoadFailure::Network)?;
    if !answer.ok() {
        return Err(LoadFailure::Http(answer.status()));
    }
    let offline_copy_of = answer.header(OFFLINE_HEADER).map(|_| answer.header(SAVED_HEADER).unwrap_or_default());
    let bytes = answer.bytes().await.map_err(LoadFailure::Network)?;
    marks::mark(marks::FETCHED);
    // Reading the file and drawing what it holds are tasks of their own.
    next_task().await;
    let LoadReport { corridor, problems } = load(&bytes);
    let digest = corridor::prerender::data_digest(&bytes);
    marks::mark(marks::LOADED);
    next_task().await;
    match corridor {
        Some(c) => Ok(Loaded { corridor: Arc::new(c), problems: Arc::new(problems), offline_copy_of, digest }),
        None => Err(LoadFailure::Unreadable(Arc::new(problems))),
    }
}
