//! The views: thin Leptos components over the `corridor` library.

pub mod card;
pub mod data;
pub mod header;
pub mod languages;
pub mod later;
pub mod listen;
pub mod marks;
pub mod nav;
pub mod notices;
pub mod offline;
pub mod page;
pub mod position;
pub mod share;
pub mod stamp;
pub mod stamp_store;
pub mod station_list;
pub mod steps;
pub mod takeover;
pub mod tasks;
