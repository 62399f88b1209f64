//! Reading the moving map's state: the camera the app writes on
//! `svg.corridor-map` (`data-scale`, `data-centre`), what it is doing
//! (`data-activity`), and the
//! `corridor-map-drawn` performance mark of its first draw, and waiting
//! for the camera to settle. Shared by the map tests (`tests/map_moves.rs`,
//! `tests/map_touch.rs`) and the `map-bench` benchmark.

use std::time::{Duration, Instant};

use crate::{describe_page, eventually_on, timeout, wait_for, StaticServer};
use fantoccini::Client;
use serde_json::Value;

/// The map's root element: the drawing, larger than what shows of it.
pub const MAP: &str = "svg.corridor-map";
/// The box the map shows in (it clips the drawing).
pub const MAP_BOX: &str = ".map-frame";

/// The name of the app's `performance.mark` at its first map draw.
pub const DRAWN_MARK: &str = "corridor-map-drawn";
/// The app's marks before the first draw: the data file has arrived, and
/// has been read and checked (src/ui/marks.rs).
pub const STAGE_MARKS: [&str; 2] = ["corridor-data-fetched", "corridor-data-loaded"];
/// The app's mark when it has taken the written first screen's place
/// (src/ui/takeover.rs); the moving map's part is fetched after it.
pub const TAKEOVER_MARK: &str = "corridor-takeover";

/// The map's view as the app publishes it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    /// Metres per CSS pixel (`data-scale`); smaller is zoomed in.
    pub scale: f64,
    /// `data-centre`, longitude.
    pub lon: f64,
    /// `data-centre`, latitude.
    pub lat: f64,
}

impl Camera {
    /// Ground distance east and north from `self` to `other`, in metres
    /// (local flat approximation, fine over a few kilometres).
    pub fn metres_to(&self, other: &Camera) -> (f64, f64) {
        const M_PER_DEG: f64 = corridor::geo::EARTH_RADIUS_M * std::f64::consts::PI / 180.0;
        let mean_lat = ((self.lat + other.lat) / 2.0).to_radians();
        ((other.lon - self.lon) * M_PER_DEG * mean_lat.cos(), (other.lat - self.lat) * M_PER_DEG)
    }
}

impl std::fmt::Display for Camera {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "scale {} m/px, centre {:.6},{:.6}", self.scale, self.lon, self.lat)
    }
}

/// Parses the two attributes; the error quotes what was there.
pub fn parse_camera(scale: Option<&str>, centre: Option<&str>) -> Result<Camera, String> {
    let bad = || format!("svg.corridor-map has data-scale={scale:?} data-centre={centre:?}");
    let scale: f64 = scale
        .and_then(|s| s.trim().parse().ok())
        .filter(|s: &f64| s.is_finite() && *s > 0.0)
        .ok_or_else(|| format!("{} (data-scale must be a positive number)", bad()))?;
    let (lon, lat) = centre
        .and_then(|c| c.split_once(','))
        .and_then(|(lon, lat)| Some((lon.trim().parse().ok()?, lat.trim().parse().ok()?)))
        .filter(|(lon, lat): &(f64, f64)| lon.is_finite() && lat.is_finite())
        .ok_or_else(|| format!("{} (data-centre must be \"lon,lat\")", bad()))?;
    Ok(Camera { scale, lon, lat })
}

/// The camera now, or why it cannot be read (no map, bad attributes).
pub async fn camera(client: &Client) -> Result<Camera, String> {
    let v = client
        .execute(
            "const s = document.querySelector('svg.corridor-map');
             return s ? [s.getAttribute('data-scale'), s.getAttribute('data-centre')] : null;",
            vec![],
        )
        .await
        .map_err(|e| format!("reading the camera failed: {e}"))?;
    let Value::Array(pair) = v else {
        return Err("there is no svg.corridor-map".to_string());
    };
    parse_camera(pair.first().and_then(Value::as_str), pair.get(1).and_then(Value::as_str))
}

/// `startTime` of the first `corridor-map-drawn` mark (ms since navigation
/// start), if the page has one yet.
pub async fn first_draw_ms(client: &Client) -> Result<Option<f64>, String> {
    let v = client
        .execute(
            "const e = performance.getEntriesByName(arguments[0]);
             return e.length ? e[0].startTime : null;",
            vec![Value::from(DRAWN_MARK)],
        )
        .await
        .map_err(|e| format!("reading performance marks failed: {e}"))?;
    Ok(v.as_f64())
}

/// The `startTime` of each of `names` (ms since navigation start), `None`
/// for a mark the page has not set.
pub async fn marks_ms(client: &Client, names: &[&str]) -> Result<Vec<Option<f64>>, String> {
    let v = client
        .execute(
            "return arguments[0].map(n => { const e = performance.getEntriesByName(n); return e.length ? e[0].startTime : null; });",
            vec![Value::from(names.to_vec())],
        )
        .await
        .map_err(|e| format!("reading performance marks failed: {e}"))?;
    let list = v.as_array().ok_or_else(|| format!("performance marks: not a list: {v}"))?;
    Ok(list.iter().map(Value::as_f64).collect())
}

/// How many elements match `css`, counted in the page (cheap even for
/// thousands of elements, unlike fetching a WebDriver reference to each).
pub async fn js_count(client: &Client, css: &str) -> usize {
    client
        .execute("return document.querySelectorAll(arguments[0]).length;", vec![Value::from(css)])
        .await
        .unwrap_or_else(|e| panic!("counting `{css}` failed: {e}"))
        .as_u64()
        .unwrap_or_else(|| panic!("counting `{css}` did not give a number")) as usize
}

/// What the map says it is doing (`data-activity` on its element, set by
/// `src/map/`: `moving`, `gliding`, `redraw-pending` or `idle`).
pub const ACTIVITY_ATTR: &str = "data-activity";

/// Opens `path`, waits for the map and returns its settled camera.
pub async fn open_map(b: &Client, server: &StaticServer, path: &str) -> Camera {
    let url = server.url(path);
    b.goto(&url).await.unwrap_or_else(|e| panic!("cannot open {url}: {e}"));
    wait_for(b, MAP, timeout()).await;
    settled(b).await
}

/// Waits until the map says it is idle (no gesture, no glide, no redraw
/// pending) with a readable camera, twice in a row, and returns that
/// camera. (After a zoom the app does not widen its drawing while a
/// marker has keyboard focus, so the map stays `redraw-pending` then.)
pub async fn settled(b: &Client) -> Camera {
    settled_within(b, timeout()).await
}

/// The activity and the camera, or why they cannot be read.
async fn activity_and_camera(b: &Client) -> Result<(String, Camera), String> {
    let v = b
        .execute(
            "const s = document.querySelector('svg.corridor-map');
             return s ? s.getAttribute(arguments[0]) : null;",
            vec![Value::from(ACTIVITY_ATTR)],
        )
        .await
        .map_err(|e| format!("reading {ACTIVITY_ATTR} failed: {e}"))?;
    let activity = v.as_str().ok_or_else(|| format!("svg.corridor-map has no {ACTIVITY_ATTR}"))?.to_string();
    Ok((activity, camera(b).await?))
}

pub async fn settled_within(b: &Client, limit: Duration) -> Camera {
    let deadline = Instant::now() + limit;
    let mut idle_at: Option<Camera> = None;
    let mut seen = String::new();
    loop {
        match activity_and_camera(b).await {
            Ok((a, now)) if a == "idle" => {
                if idle_at == Some(now) {
                    return now;
                }
                idle_at = Some(now);
            }
            Ok((a, now)) => {
                seen = format!("{ACTIVITY_ATTR}={a:?}, camera {now}");
                idle_at = None;
            }
            Err(e) => {
                seen = e;
                idle_at = None;
            }
        }
        if Instant::now() > deadline {
            panic!(
                "the map (svg.corridor-map) did not become idle within {limit:.0?}; last seen: {seen}\n{}",
                describe_page(b).await
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the camera satisfies `ok`, then until it settles, and
/// checks it still does. `what` says what the move should have done.
pub async fn camera_after<F>(b: &Client, what: &str, before: Camera, ok: F) -> Camera
where
    F: Fn(&Camera) -> bool,
{
    let ok = &ok;
    eventually_on(b, what, timeout(), || async move {
        let now = camera(b).await?;
        if ok(&now) {
            Ok(())
        } else {
            Err(format!("camera before: {before}; now: {now}"))
        }
    })
    .await;
    let now = settled(b).await;
    assert!(ok(&now), "{what}: it did at first, but the map then settled at {now} (before: {before})");
    now
}

/// Same view: scale within a relative 1e-6, centre within 2e-6 degrees
/// (the attribute has 6 decimals; about 0.2 m).
pub fn same_view(a: &Camera, b: &Camera) -> bool {
    (a.scale - b.scale).abs() <= 1e-6 * a.scale.abs().max(b.scale.abs())
        && (a.lon - b.lon).abs() <= 2e-6
        && (a.lat - b.lat).abs() <= 2e-6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_camera_attributes() {
        let c = parse_camera(Some("8.25"), Some("121.273000,30.745100")).unwrap();
        assert_eq!(c, Camera { scale: 8.25, lon: 121.273, lat: 30.7451 });
        assert!(parse_camera(None, Some("1,2")).is_err());
        assert!(parse_camera(Some("0"), Some("1,2")).is_err());
        assert!(parse_camera(Some("1"), Some("1;2")).is_err());
        assert!(parse_camera(Some("1"), None).is_err());
    }

    #[test]
    fn metres_between_cameras() {
        let a = parse_camera(Some("1"), Some("121.27,30.745")).unwrap();
        let b = parse_camera(Some("1"), Some("121.28,30.755")).unwrap();
        let (east, north) = a.metres_to(&b);
        assert!((east - 957.0).abs() < 5.0, "{east}");
        assert!((north - 1112.0).abs() < 5.0, "{north}");
    }
}
