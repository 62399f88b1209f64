//! Keeping a plan in order along the avenue as stops come and go, unless
//! the user chose their own order.

use super::{along_avenue, Plan, Start};
use crate::geo::LonLat;
use crate::model::Corridor;

/// The chainage the plan starts from, for ordering: `None` starts from the
/// west end (a plan that starts at its first stop, or with no avenue).
pub fn start_chainage(plan: &Plan, c: &Corridor, here: Option<LonLat>) -> Option<f64> {
    let line = &c.avenue.as_ref()?.line;
    match &plan.start {
        Start::FirstStop | Start::West => None,
        Start::East => Some(line.length_m()),
        Start::Station(id) => c.station(id)?.along.map(|a| a.chainage_m),
        Start::Here => here.map(|p| line.locate(p).chainage_m),
    }
}

/// The plan with its items in visiting order along the avenue (unchanged
/// when the order is the user's own).
pub fn arranged(plan: &Plan, c: &Corridor, here: Option<LonLat>) -> Plan {
    if plan.own_order {
        return plan.clone();
    }
    let from = start_chainage(plan, c, here);
    let chainage_of = |id: &str| c.station(id).and_then(|s| s.along).map(|a| a.chainage_m);
    Plan { items: along_avenue(&plan.items, chainage_of, from), ..plan.clone() }
}
