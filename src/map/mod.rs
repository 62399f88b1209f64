//! The map view: renders the native `scene` as SVG and turns clicks and
//! keys on markers into opening cards. The moving map is a part of the
//! app fetched after the takeover (`slot`); the written map stands in for
//! it until then (`written`).

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
mod slot;
mod svg_map;
mod target;
mod tray;
mod written;

pub use legend::Legend;
pub use slot::MapSlot;
pub use tray::Tray;
