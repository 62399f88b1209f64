//! Geographic maths that needs no browser: coordinates, distances on the
//! ground, the Web Mercator projection, distance along the avenue, the
//! screen transform and the camera's rules (fit, zoom limits). Data flows
//! one way: lon/lat -> projected -> screen.

mod boundary;
mod camera;
mod chainage;
mod compass;
mod datum;
mod distance;
mod lonlat;
mod mercator;
mod viewport;

pub use boundary::BoundaryLine;
pub use camera::{width_left_of_buttons, CameraRules, ViewLimits, ANCHOR_CANDIDATES, CONTROLS_PX, FIT_PADDING_PX};
pub use chainage::{locate_on_line, Along, Polyline, Whereabouts, BESIDE_AVENUE_M};
pub use compass::Compass;
pub use datum::Datum;
pub use distance::{distance_m, EARTH_RADIUS_M};
pub use lonlat::{Bounds, LonLat};
pub use mercator::{project, unproject, Projected};
pub use viewport::{ScreenPoint, Viewport};
