//! A stand-in for the browser's Geolocation API, so "locate me" can be
//! tested anywhere: the answer comes asynchronously, as from a device.

use fantoccini::Client;

/// Replaces the browser's Geolocation answers (both one-shot and watch)
/// with `answer`, a JS function body with `ok` and `err` in scope.
pub async fn mock_geolocation(b: &Client, answer: &str) {
    let script = format!(
        "const g = navigator.geolocation;
         if (!g) return 'navigator.geolocation is missing';
         const answer = (ok, err) => {{ {answer} }};
         g.getCurrentPosition = (ok, err) => {{ setTimeout(() => answer(ok, err), 30); }};
         g.watchPosition = (ok, err) => {{ setTimeout(() => answer(ok, err), 30); return 1; }};
         g.clearWatch = () => {{}};
         return 'ok';"
    );
    let v = b.execute(&script, vec![]).await.unwrap_or_else(|e| panic!("installing the Geolocation mock failed: {e}"));
    assert_eq!(v.as_str(), Some("ok"), "cannot mock Geolocation: {v}");
}

/// The JS answer of a position fix.
pub fn position_js(lat: f64, lon: f64, accuracy: f64) -> String {
    format!(
        "ok({{coords: {{latitude: {lat}, longitude: {lon}, accuracy: {accuracy}, \
         altitude: null, altitudeAccuracy: null, heading: null, speed: null}}, \
         timestamp: Date.now()}});"
    )
}
