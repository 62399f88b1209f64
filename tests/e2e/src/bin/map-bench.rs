//! `map-bench`: how fast the map draws and moves, with the real stations
//! and with a generated file of 10,000.
//!
//! ```text
//! trunk build --release                                   # dist/ must exist
//! cargo run --release -p corridor-e2e --bin map-bench
//! cargo run --release -p corridor-e2e --bin map-bench -- --loads 5 --seconds 3
//! ```
//!
//! For each dataset, in headless Chromium at desktop size (1440x900) and
//! at phone size (390x844, touch emulated; the synthetic drag is a mouse), it
//! serves `dist/` itself (the generated file replaces
//! `/data/corridor.geojson`), then:
//!
//! - opens the page fresh `--loads` times (default 3; each time from
//!   `about:blank`; nothing is cached: the server sends `no-store`) and reads the app's
//!   `performance.mark("corridor-map-drawn")`: its `startTime`, in ms since
//!   navigation start, is the "first draw";
//! - for `--seconds` (default 2) runs an in-page script that, once per
//!   animation frame, dispatches a synthetic mouse drag step on the map
//!   (`pointerdown` / `pointermove` / `pointerup`, pointerType `mouse`,
//!   `buttons` 1; drags of 30 moves, alternately right-down and left-up so
//!   the view stays on the corridor), recording the time between
//!   `requestAnimationFrame` callbacks;
//! - does the same with one `wheel` event per frame at the map's middle:
//!   12 frames zooming in, 12 frames still (the app redraws at the new
//!   scale once the wheel pauses for 160 ms, and those frames count too),
//!   12 zooming out, 12 still, and so on, to stay away from the zoom limits.
//!
//! It prints, per dataset: the first draw (median of the loads, and each
//! load, with the app's earlier marks: when the data file had arrived and
//! when it had been read and checked), and for panning and zooming the number of frames, the median
//! and the worst frame time; and in how many frames the camera
//! (`data-scale`, `data-centre`, or the drawing's transform while a gesture
//! is in progress) had changed, which shows the synthetic
//! events really moved the map. 16.7 ms is one frame at 60 Hz.
//!
//! A benchmark, not a test: it asserts nothing about the figures. It exits
//! with an error only when it cannot measure (no `dist/`, no browser, the
//! map never drew). Run it on an otherwise idle machine; headless Chromium
//! renders in software, so figures compare builds, not devices.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use corridor_e2e::map::{camera, first_draw_ms, marks_ms, MAP, STAGE_MARKS};
use corridor_e2e::stats::median;
use corridor_e2e::{describe_page, paths, timeout, Browser, StaticServer, DESKTOP, PHONE};
use fantoccini::Client;
use serde_json::Value;

const DATA_PATH: &str = "/data/corridor.geojson";
const GENERATED: usize = 10_000;

const USAGE: &str = "usage: map-bench [--loads N] [--seconds S]";

struct Args {
    loads: usize,
    seconds: f64,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { loads: 3, seconds: 2.0 };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "--loads" => {
                args.loads = value("--loads")?
                    .parse()
                    .ok()
                    .filter(|n| (1..=50).contains(n))
                    .ok_or("--loads wants a number from 1 to 50")?
            }
            "--seconds" => {
                args.seconds = value("--seconds")?
                    .parse()
                    .ok()
                    .filter(|s: &f64| (0.2..=60.0).contains(s))
                    .ok_or("--seconds wants a number from 0.2 to 60")?
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(args)
}

/// Frame times of one phase.
struct Frames {
    /// Time between consecutive animation frames, ms.
    deltas: Vec<f64>,
    /// Frames at whose start the camera differed from the frame before.
    moved: usize,
    /// Times the map's markup was rebuilt (a MutationObserver on the svg).
    redraws: usize,
}

impl Frames {
    fn median(&self) -> f64 {
        median(&self.deltas)
    }

    fn worst(&self) -> f64 {
        self.deltas.iter().copied().fold(f64::NAN, f64::max)
    }

    /// Frames that took longer than one at 60 Hz (with 0.8 ms for the
    /// timer's jitter).
    fn long(&self) -> usize {
        self.deltas.iter().filter(|&&d| d > 17.5).count()
    }

    fn summary(&self) -> String {
        format!(
            "{:>4} frames, median {:>5.1} ms, worst {:>6.1} ms, {:>2} over 17.5 ms, {:>2} redraws",
            self.deltas.len(),
            self.median(),
            self.worst(),
            self.long(),
            self.redraws
        )
    }
}

/// One fresh load: when the data file had arrived, when it had been read
/// and checked, and when the map was drawn (ms since navigation start).
struct Load {
    fetched: Option<f64>,
    loaded: Option<f64>,
    drawn: f64,
}

impl Load {
    fn describe(&self) -> String {
        let at = |t: Option<f64>| t.map_or("?".to_string(), |t| format!("{t:.0}"));
        format!("{}/{}/{:.0}", at(self.fetched), at(self.loaded), self.drawn)
    }
}

struct Result_ {
    loads: Vec<Load>,
    pan: Frames,
    zoom: Frames,
}

/// Runs in the page (WebDriver "execute async"): dispatches one synthetic
/// input per animation frame for `ms` milliseconds and reports the frame
/// deltas. Arguments: mode ("pan" or "zoom"), duration in ms, callback.
const PHASE_JS: &str = r#"
const done = arguments[arguments.length - 1];
const mode = arguments[0], duration = arguments[1];
const map = () => document.querySelector('svg.corridor-map');
const svg = map();
if (!svg) { done({error: 'no svg.corridor-map'}); return; }
// The drawing is larger than its box (.map-frame); the box is what shows.
const box = svg.closest('.map-frame') || svg;
box.scrollIntoView({block: 'nearest', inline: 'nearest'});
const r = box.getBoundingClientRect();
const left = Math.max(r.left, 0), top = Math.max(r.top, 0);
const right = Math.min(r.right, innerWidth), bottom = Math.min(r.bottom, innerHeight);
const cx = (left + right) / 2, cy = (top + bottom) / 2;
const cam = () => { const s = map(); return s ? s.getAttribute('data-scale') + ' ' + s.getAttribute('data-centre') + ' ' + s.style.transform : ''; };
const pointer = (type, x, y, buttons) => new PointerEvent(type, {
  pointerId: 1, pointerType: 'mouse', isPrimary: true,
  clientX: x, clientY: y, screenX: x, screenY: y,
  button: type === 'pointermove' ? -1 : 0, buttons,
  bubbles: true, cancelable: true, composed: true, view: window,
});
const deltas = [];
let redraws = 0;
const observer = new MutationObserver(() => { redraws++; });
observer.observe(svg, {childList: true});
let moved = 0, frame = 0, last = null, start = null, before = cam();
let x = cx, y = cy, errors = [];
function step(t) {
  if (last !== null) deltas.push(t - last);
  last = t;
  if (start === null) start = t;
  const now = cam();
  if (frame > 0 && now !== before) moved++;
  before = now;
  const el = map();
  if (!el) { done({error: 'svg.corridor-map disappeared', deltas, moved}); return; }
  if (t - start >= duration) {
    if (mode === 'pan' && frame % 32 !== 0 && frame % 32 !== 31) {
      el.dispatchEvent(pointer('pointerup', x, y, 0));
    }
    observer.disconnect();
    done({deltas, moved, errors, redraws});
    return;
  }
  try {
    if (mode === 'pan') {
      // Drags of 30 moves; odd drags go back where the even ones went.
      const k = frame % 32, dir = Math.floor(frame / 32) % 2 ? -1 : 1;
      if (k === 0) {
        x = cx - dir * 90; y = cy - dir * 30;
        el.dispatchEvent(pointer('pointerdown', x, y, 1));
      } else if (k === 31) {
        el.dispatchEvent(pointer('pointerup', x, y, 0));
      } else {
        x += dir * 6; y += dir * 2;
        el.dispatchEvent(pointer('pointermove', x, y, 1));
      }
    } else {
      const dir = Math.floor(frame / 24) % 2 ? 1 : -1;
      if (frame % 24 < 12) {
        el.dispatchEvent(new WheelEvent('wheel', {deltaY: dir * 100, deltaMode: 0,
          clientX: cx, clientY: cy, bubbles: true, cancelable: true, composed: true, view: window}));
      }
    }
  } catch (e) {
    if (errors.length < 5) errors.push(String(e));
  }
  frame++;
  requestAnimationFrame(step);
}
requestAnimationFrame(step);
"#;

async fn phase(b: &Client, mode: &str, seconds: f64) -> Result<Frames, String> {
    let v = b
        .execute_async(PHASE_JS, vec![Value::from(mode), Value::from(seconds * 1000.0)])
        .await
        .map_err(|e| format!("the {mode} script failed: {e}"))?;
    if let Some(e) = v.get("error").and_then(Value::as_str) {
        return Err(format!("the {mode} script: {e}"));
    }
    if let Some(errors) = v.get("errors").and_then(Value::as_array) {
        if !errors.is_empty() {
            eprintln!("  note: dispatching {mode} events threw: {errors:?}");
        }
    }
    let deltas = v
        .get("deltas")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("the {mode} script returned no frame times: {v}"))?
        .iter()
        .filter_map(Value::as_f64)
        .collect();
    let moved = v.get("moved").and_then(Value::as_u64).unwrap_or(0) as usize;
    let redraws = v.get("redraws").and_then(Value::as_u64).unwrap_or(0) as usize;
    Ok(Frames { deltas, moved, redraws })
}

/// How long the map must stay still before a phase starts: long enough for
/// the browser to collect what loading left behind (for 10,000 stations,
/// three pages' worth of 3 MB files), which would otherwise land in the
/// first frames of panning. A reader pans a map they have looked at.
const STILL_BEFORE_PHASE: Duration = Duration::from_millis(2_000);

/// Waits (bounded) until the camera has stayed the same for
/// [`STILL_BEFORE_PHASE`].
async fn settle(b: &Client, limit: Duration) {
    let deadline = Instant::now() + limit;
    let mut last = None;
    let mut since = Instant::now();
    while Instant::now() < deadline {
        let now = camera(b).await.ok();
        if now.is_some() && now == last {
            if since.elapsed() >= STILL_BEFORE_PHASE {
                return;
            }
        } else {
            last = now;
            since = Instant::now();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn load_once(b: &Client, url: &str, limit: Duration) -> Result<Load, String> {
    // From a blank page, as a reader arriving by a link: going straight from
    // the last load would count that page's teardown (about 60 ms for
    // 10,000 stations) in this one's time.
    b.goto("about:blank").await.map_err(|e| format!("cannot open about:blank: {e}"))?;
    b.goto(url).await.map_err(|e| format!("cannot open {url}: {e}"))?;
    let deadline = Instant::now() + limit;
    loop {
        if let Some(drawn) = first_draw_ms(b).await? {
            let stages = marks_ms(b, &STAGE_MARKS).await?;
            let stage = |i: usize| stages.get(i).copied().flatten();
            return Ok(Load { fetched: stage(0), loaded: stage(1), drawn });
        }
        if Instant::now() > deadline {
            let map = if b.find(fantoccini::Locator::Css(MAP)).await.is_ok() {
                "the map is there, but no performance mark \"corridor-map-drawn\""
            } else {
                "no svg.corridor-map"
            };
            return Err(format!("no first draw within {limit:.0?}: {map}\n{}", describe_page(b).await));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn measure(server: &StaticServer, args: &Args, (w, h): (u32, u32)) -> Result<Result_, String> {
    let b = Browser::launch(w, h).await?;
    let url = server.url("/");
    let limit = timeout() * 3;
    let mut loads = Vec::new();
    for _ in 0..args.loads {
        loads.push(load_once(&b, &url, limit).await?);
    }
    settle(&b, timeout()).await;
    let pan = phase(&b, "pan", args.seconds).await?;
    // Back to the first view, so zooming starts where panning did.
    let _ = b
        .execute("const f = document.querySelector('.map-controls button.fit'); if (f) f.click(); return true;", vec![])
        .await;
    settle(&b, timeout()).await;
    let zoom = phase(&b, "zoom", args.seconds).await?;
    Ok(Result_ { loads, pan, zoom })
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("map-bench: {e}");
            }
            eprintln!("{USAGE}");
            return if e.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) };
        }
    };
    let server = match StaticServer::dist() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("map-bench: {e}");
            return ExitCode::FAILURE;
        }
    };
    let generated = paths::generated_data(GENERATED);
    println!(
        "map-bench: {}, {} fresh load(s) per dataset and size, {} s of panning and of zooming",
        server.root().display(),
        args.loads,
        args.seconds
    );
    let datasets: [(&str, Option<&str>); 2] = [("shipped file", None), ("10000 stations", Some(generated.as_str()))];
    let mut failed = false;
    for size in [DESKTOP, PHONE] {
        println!("at {}x{}:", size.0, size.1);
        for (label, body) in datasets {
            match body {
                Some(body) => server.set_override(DATA_PATH, 200, body),
                None => server.clear_override(DATA_PATH),
            }
            match measure(&server, &args, size).await {
                Ok(r) => {
                    let drawn: Vec<f64> = r.loads.iter().map(|l| l.drawn).collect();
                    println!(
                        "{label:<15} first draw {:>6.0} ms   pan: {}   zoom: {}",
                        median(&drawn),
                        r.pan.summary(),
                        r.zoom.summary()
                    );
                    let loads: Vec<String> = r.loads.iter().map(Load::describe).collect();
                    println!(
                    "{:<15} (loads, data fetched/read/map drawn: {} ms; the map moved in {}/{} pan frames, {}/{} zoom frames)",
                    "",
                    loads.join(", "),
                    r.pan.moved,
                    r.pan.deltas.len(),
                    r.zoom.moved,
                    r.zoom.deltas.len()
                );
                    if r.pan.moved == 0 || r.zoom.moved == 0 {
                        println!(
                            "{:<15} warning: the synthetic events did not move the map in one phase; \
                         its frame times measure an idle map",
                            ""
                        );
                    }
                }
                Err(e) => {
                    println!("{label:<15} could not measure: {e}");
                    failed = true;
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
