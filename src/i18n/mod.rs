//! One i18n mechanism for every string of the interface: a language enum and
//! a message enum whose every arm carries all languages, so a missing
//! translation is a compile error rather than a blank on screen.

// The staff editor's strings, apart from the visitors' table.
pub mod calendar;
// What is wrong with the map config.
pub mod config;
pub mod editor;
// The visit planner's strings, likewise.
mod lang;
mod messages;
// Offline use, updates and the installed app's names.
pub mod offline;
pub mod planner;
pub mod poster;
mod problems;
pub mod stamps;

pub use lang::Lang;
pub use messages::*;
