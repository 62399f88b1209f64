//! The map view: renders the native `scene` as SVG and turns clicks and
//! keys on markers into opening cards.

mod camera;
mod controls;
mod drawing;
mod gestures;
mod legend;
mod locate;
mod print;
mod scale_bar;
mod sheet;
mod size;
mod svg_map;
mod tray;

pub use legend::Legend;
pub use svg_map::CorridorMap;
pub use tray::Tray;
