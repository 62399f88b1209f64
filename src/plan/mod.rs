//! Moving between the corridor's places: legs a person travels (and,
//! later, the visit planner built on them).

mod leg;

pub use leg::{leg, station_leg, Leg, Place, Route, ROAD_DETOUR};
