//! Moving between the corridor's places and planning a visit: legs a
//! person travels, the time model, the itinerary with its budget, ready
//! plans, the plan's URL and the plans kept on the device. Everything
//! here is plain logic; the planner page (`plan.html`) is a thin view.

mod arrange;
mod clock;
mod itinerary;
mod leg;
mod mode;
mod model;
mod order;
mod ready;
mod route_map;
mod saved;
mod url;
mod visit;

pub use arrange::{arranged, start_chainage};
pub use clock::{Clock, DAY_MIN};
pub use itinerary::{itinerary, Budget, DropHint, Itinerary, LegTo, Row, StopRow, Time, Totals};
pub use leg::{leg, station_leg, Leg, Place, Route, ROAD_DETOUR};
pub use mode::{travel_minutes, Mode};
pub use model::{
    Group, Item, Plan, Start, DEFAULT_BREAK_MIN, DEFAULT_START, MAX_ITEMS, MAX_ITEM_MINUTES, MAX_TITLE_CHARS,
};
pub use order::along_avenue;
pub use ready::{ready_plan, Ready, HALF_DAY_MIN};
pub use route_map::{route_map_svg, stops_off_map, ROUTE_MAP_NARROW, ROUTE_MAP_WIDE};
pub use saved::{
    forget, keep, parse_saved, saved_json, SavedIssue, SavedPlan, DRAFT_KEY, MAX_NAME_CHARS, MAX_SAVED, SAVED_KEY,
};
pub use url::{has_plan, parse_plan, plan_query, LinkIssue, MAX_GROUP};
pub use visit::{default_visit_minutes, visit_minutes, MinutesFrom};

#[cfg(test)]
mod tests;
