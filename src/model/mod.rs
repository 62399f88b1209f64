//! The corridor's typed data model and its loading from GeoJSON. The app and
//! the `corridor-check` command share this code, so they never disagree.

mod corridor;
mod feature;
mod geometry;
mod load;
mod parse;
mod problem;
mod props;
#[cfg(not(target_arch = "wasm32"))]
mod read_file;
mod sink;
mod text_damage;
mod validate;
mod zh_hant;

pub use corridor::*;
pub use feature::{read_feature_json, Feature, FeatureFault, Geometry};
pub use load::{load, LoadReport, MAX_FILE_BYTES};
// The editor checks an id as it is typed, by the loader's rule.
pub use load::is_valid_id;
pub use parse::read_json;
pub use problem::{FoundInstead, JsonKind, Location, Problem, ProblemKind, Severity, ValueType};
pub use props::{is_date, TRANSLATED_KEYS, ZH_HANT_SUFFIX};
#[cfg(not(target_arch = "wasm32"))]
pub use read_file::read_limited;
pub use sink::MAX_PROBLEMS_PER_KIND;
pub use text_damage::{
    escape_invisible, find_mojibake, find_mojibake_in, find_pinyin_annotation, invisible_format_character, TextScan,
    GB2312_LEVEL1,
};
pub use validate::{CORRIDOR_CENTRE, MAX_STATION_OFFSET_M};
pub use zh_hant::add_traditional;
