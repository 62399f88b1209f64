//! One request for the device's position (the Geolocation API), shared by
//! the map's "locate me" and the planner's "start from my location".

use corridor::geo::LonLat;
use corridor::i18n::{Lang, Msg};
use leptos::prelude::window;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// A position the device gave, with its accuracy radius.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    pub at: LonLat,
    pub accuracy_m: f64,
}

/// Why there is no position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PositionError {
    Denied,
    Unavailable,
    Timeout,
    Unsupported,
}

impl PositionError {
    /// What went wrong, for the reader.
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            PositionError::Denied => Msg::LocateDenied,
            PositionError::Unavailable => Msg::LocateUnavailable,
            PositionError::Timeout => Msg::LocateTimeout,
            PositionError::Unsupported => Msg::LocateUnsupported,
        }
        .text(lang)
    }
}

/// A number from a JS object by key; works for the browser's own position
/// objects and for plain ones alike.
fn number(obj: &JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).ok()?.as_f64()
}

/// Asks once; `done` is called exactly once with the answer.
pub fn request_position(done: impl FnOnce(Result<Position, PositionError>) + 'static) {
    let Some(geo) = window().navigator().geolocation().ok() else {
        return done(Err(PositionError::Unsupported));
    };
    // Either callback may fire, never both; whichever does takes `done`.
    let done = Rc::new(RefCell::new(Some(done)));
    let answer = move |r: Result<Position, PositionError>| {
        if let Some(f) = done.borrow_mut().take() {
            f(r);
        }
    };
    let (on_ok, on_err, on_fail) = (answer.clone(), answer.clone(), answer);
    let on_fix = Closure::once_into_js(move |position: JsValue| {
        let coords = js_sys::Reflect::get(&position, &JsValue::from_str("coords")).unwrap_or(JsValue::UNDEFINED);
        on_ok(match (number(&coords, "longitude"), number(&coords, "latitude")) {
            (Some(lon), Some(lat)) => {
                Ok(Position { at: LonLat::new(lon, lat), accuracy_m: number(&coords, "accuracy").unwrap_or(0.0) })
            }
            _ => Err(PositionError::Unavailable),
        });
    });
    let on_error = Closure::once_into_js(move |error: JsValue| {
        on_err(Err(match number(&error, "code") {
            // GeolocationPositionError: 1 PERMISSION_DENIED, 3 TIMEOUT.
            Some(1.0) => PositionError::Denied,
            Some(3.0) => PositionError::Timeout,
            _ => PositionError::Unavailable,
        }));
    });
    let options = web_sys::PositionOptions::new();
    options.set_enable_high_accuracy(true);
    options.set_timeout(15_000);
    options.set_maximum_age(60_000);
    if geo
        .get_current_position_with_error_callback_and_options(
            on_fix.unchecked_ref(),
            Some(on_error.unchecked_ref()),
            &options,
        )
        .is_err()
    {
        on_fail(Err(PositionError::Unavailable));
    }
}
