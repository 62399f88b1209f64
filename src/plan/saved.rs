//! Plans kept on the device: a small versioned record in the browser's
//! storage, each plan held as its link's query, so what is stored is read
//! by the same code as a shared link. Nothing leaves the device.

use serde::{Deserialize, Serialize};

/// The storage key of the kept plans.
pub const SAVED_KEY: &str = "corridor.plans.v1";
/// The storage key of the plan being made (what "add to plan" on a card
/// adds to): its query.
pub const DRAFT_KEY: &str = "corridor.plan.draft";
/// Most plans kept; saving one more drops the oldest.
pub const MAX_SAVED: usize = 30;
/// Longest name kept, in characters.
pub const MAX_NAME_CHARS: usize = 60;
const VERSION: u32 = 1;

/// A kept plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedPlan {
    pub name: String,
    /// The plan's query string, as [`super::plan_query`] writes it.
    pub query: String,
}

#[derive(Serialize, Deserialize)]
struct Record {
    v: u32,
    plans: Vec<SavedPlan>,
}

/// Why the stored plans could not be read (they are then left alone, not
/// overwritten, until the user saves).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedIssue {
    Unreadable,
    NewerVersion(u32),
}

/// Reads the stored record; an absent record is no plans.
///
/// ```
/// use corridor::plan::{parse_saved, saved_json, SavedPlan};
/// let plans = vec![SavedPlan { name: "Class 3".into(), query: "?plan=zhangqiao".into() }];
/// assert_eq!(parse_saved(Some(&saved_json(&plans))), Ok(plans));
/// assert_eq!(parse_saved(None), Ok(vec![]));
/// assert!(parse_saved(Some("{oops")).is_err());
/// ```
pub fn parse_saved(stored: Option<&str>) -> Result<Vec<SavedPlan>, SavedIssue> {
    let Some(text) = stored else { return Ok(Vec::new()) };
    let v: serde_json::Value = serde_json::from_str(text).map_err(|_| SavedIssue::Unreadable)?;
    match v.get("v").and_then(|v| v.as_u64()) {
        Some(n) if n > u64::from(VERSION) => return Err(SavedIssue::NewerVersion(n.min(u64::from(u32::MAX)) as u32)),
        Some(_) => {}
        None => return Err(SavedIssue::Unreadable),
    }
    let record: Record = serde_json::from_value(v).map_err(|_| SavedIssue::Unreadable)?;
    Ok(record.plans.into_iter().take(MAX_SAVED).collect())
}

/// The record to store.
pub fn saved_json(plans: &[SavedPlan]) -> String {
    let record = Record { v: VERSION, plans: plans.to_vec() };
    serde_json::to_string(&record).unwrap_or_default()
}

/// `plans` with `plan` kept under its name: replacing one of the same
/// name, else added first, the oldest dropped past [`MAX_SAVED`].
pub fn keep(mut plans: Vec<SavedPlan>, name: &str, query: &str) -> Vec<SavedPlan> {
    let name: String = name.trim().chars().take(MAX_NAME_CHARS).collect();
    plans.retain(|p| p.name != name);
    plans.insert(0, SavedPlan { name, query: query.to_string() });
    plans.truncate(MAX_SAVED);
    plans
}

/// `plans` without the one named `name`.
pub fn forget(mut plans: Vec<SavedPlan>, name: &str) -> Vec<SavedPlan> {
    plans.retain(|p| p.name != name);
    plans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeping_replaces_by_name_and_stays_bounded() {
        let mut plans = Vec::new();
        for i in 0..MAX_SAVED + 5 {
            plans = keep(plans, &format!("p{i}"), "?plan=a");
        }
        assert_eq!(plans.len(), MAX_SAVED);
        assert_eq!(plans[0].name, format!("p{}", MAX_SAVED + 4));
        let plans = keep(plans, "p20", "?plan=b");
        assert_eq!(plans.iter().filter(|p| p.name == "p20").count(), 1);
        assert_eq!(plans[0].query, "?plan=b");
        let plans = forget(plans, "p20");
        assert!(plans.iter().all(|p| p.name != "p20"));
        assert_eq!(plans.len(), MAX_SAVED - 1);
    }

    #[test]
    fn a_newer_record_is_left_alone() {
        assert_eq!(parse_saved(Some(r#"{"v":2,"plans":[]}"#)), Err(SavedIssue::NewerVersion(2)));
        assert_eq!(parse_saved(Some(r#"{"plans":[]}"#)), Err(SavedIssue::Unreadable));
        assert_eq!(parse_saved(Some(r#"{"v":1,"plans":[{"name":1}]}"#)), Err(SavedIssue::Unreadable));
    }
}
