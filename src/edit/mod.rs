//! The staff editor's logic, with no browser: the stable writer, typed
//! coordinates in the three datums, and the edit session with undo and the
//! checker's live problems. The views are in `src/editor_ui/`.

pub mod canvas;
pub mod coords;
pub mod json;
pub mod session;
pub mod write;
