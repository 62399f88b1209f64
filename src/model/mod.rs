//! The corridor's typed data model and its loading from GeoJSON. The app and
//! the `corridor-check` command share this code, so they never disagree.

mod corridor;
mod geometry;
mod load;
mod problem;
mod props;
mod text_damage;
mod validate;
mod zh_hant;

pub use corridor::*;
pub use load::{load, LoadReport, MAX_FILE_BYTES};
pub use problem::{FoundInstead, JsonKind, Location, Problem, ProblemKind, Severity, ValueType};
pub use props::{TRANSLATED_KEYS, ZH_HANT_SUFFIX};
pub use text_damage::{find_mojibake, find_pinyin_annotation};
pub use validate::{CORRIDOR_CENTRE, MAX_STATION_OFFSET_M};
pub use zh_hant::add_traditional;
