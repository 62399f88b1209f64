//! How long a group stays at a stop, when staff have not said.

use crate::model::{Category, Station};

/// Minutes planned at a stop of this kind when the data gives no
/// `visit_minutes`: a planning default (long enough to look round and
/// hear a short talk), stated on the page and adjustable per stop. Bases
/// made for education and memorials get longer; a residential
/// committee's service point is a short stop.
pub fn default_visit_minutes(c: Category) -> u32 {
    match c {
        Category::EducationBase | Category::Memorial => 45,
        Category::ServiceCentre | Category::Institute | Category::Enterprise => 30,
        Category::Village | Category::IndustrialZone => 25,
        Category::Residential => 20,
    }
}

/// Where a stop's minutes come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinutesFrom {
    /// Set for this stop in the plan.
    Plan,
    /// The station's `visit_minutes` in the data.
    Data,
    /// [`default_visit_minutes`] for its kind.
    Default,
}

/// The minutes planned at `s`: the plan's own, else the data's, else the
/// default for its kind.
pub fn visit_minutes(s: &Station, planned: Option<u32>) -> (u32, MinutesFrom) {
    match (planned, s.visit_minutes) {
        (Some(m), _) => (m, MinutesFrom::Plan),
        (None, Some(m)) => (m, MinutesFrom::Data),
        (None, None) => (default_visit_minutes(s.category), MinutesFrom::Default),
    }
}
