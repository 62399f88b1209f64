//! `card-bench`: how soon a station's card is on screen after its link is
//! opened (a QR code scanned), on a phone with 4x CPU slowdown, on two
//! versions of Lighthouse's "slow 4G", for the app and for a plain Leaflet
//! page drawing the same data (the peer, `tests/e2e/peer/`):
//! - as DevTools applies it to every request (562.5 ms latency, 1,474.56
//!   Kbps down, 675 Kbps up): what Lighthouse's "applied" mode measures;
//! - its underlying network (150 ms round trip, 1,638.4 Kbps down, 750 Kbps
//!   up), closer to what Lighthouse's default simulated mode estimates;
//! - that network as one link that every request shares, the page's and its
//!   service worker's alike (`corridor_e2e::shared_link`, a relay in front
//!   of the server; DevTools slows the page's own requests only), as a
//!   phone's link is: what the app's start-up competes with on a first
//!   visit.
//!
//! ```text
//! scripts/card-bench.sh                  # installs Leaflet, then runs this; dist/ must exist
//! scripts/card-bench.sh --loads 5        # 5 app loads and 5 peer loads per network
//! scripts/card-bench.sh --no-peer        # the app only
//! cargo run --release -p corridor-e2e --bin card-bench -- --loads 5
//! ```
//!
//! Each load is a fresh browser (nothing cached, as for a first scan) at
//! 390x844, opening the app's canonical station link `/s/zhangqiao/` (the
//! one the posters print), the app's old link `/?s=zhangqiao` (printed
//! before station pages existed; reported, not in the ratio) and the
//! peer's `/?s=zhangqiao`. The app is `dist/` served with gzip (as
//! a static host would). The peer is assembled in `target/card-bench-peer/`
//! from `tests/e2e/peer/` (its page, script and style), Leaflet 1.9.4's dist
//! files (installed by `scripts/card-bench.sh` into `.tools/peer/`) and a
//! copy of `dist/data/corridor.geojson`, and served with gzip by a second
//! server of the same kind. Per network, the loads alternate (app, app by
//! the old link, peer, app, ...), so that all see the same state of the machine.
//!
//! The link is opened by script from the page the browser starts on, which
//! notes the time first, so every figure is in ms since the link was opened
//! (on the browser's clock, `performance.timeOrigin`): a page that goes on
//! to another address (the app's first screen sends `/?s=<id>` to the
//! station's own page with `location.replace`) is timed from the link, not
//! from its last navigation, and the load says where it went. It reads, for
//! both pages alike:
//! - the card: the earliest Element Timing entry (`PerformanceElementTiming`)
//!   named `corridor-card`, the `elementtiming` attribute of the card's
//!   title, taken when that title was painted (`renderTime`, falling back to
//!   `loadTime` and `startTime`). For an app build whose card title does not
//!   carry the attribute yet, the app's mark `corridor-card-shown` (set in
//!   the first animation frame after the card entered the page, just before
//!   the browser paints it) stands in; each load says which it used;
//! - LCP: Largest Contentful Paint of the last document (the latest entry
//!   once the card and the app's marks below have been read), for
//!   comparison with Lighthouse;
//! - for the app, when the data file had arrived and had been read, and its
//!   card mark (the app's marks; waited for a while after the card, since a
//!   first screen written at build time may show the card before any of
//!   them), and when it took over;
//! - how long the main thread was blocked, as Lighthouse's Total Blocking
//!   Time counts it (each long task's time past its first 50 ms, from the
//!   first contentful paint on), up to a second after the card (the app:
//!   after it took over), from the Long Tasks API.
//!
//! It prints each load, the median card time of the app (canonical link,
//! and old link) and of the peer, the median blocking time of each, and the ratio app/peer (canonical link), against the goals of issue 14: a ratio of at
//! most 0.8 and the app's card under 1,000 ms. A benchmark, not a test: it
//! asserts nothing about the figures; it fails only when it cannot measure.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use corridor_e2e::map::{marks_ms, STAGE_MARKS, TAKEOVER_MARK};
use corridor_e2e::paths;
use corridor_e2e::shared_link::SharedLink;
use corridor_e2e::stats::median;
use corridor_e2e::{timeout, Browser, BrowserOptions, StaticServer, PHONE};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::Client;
use serde_json::{json, Value};

/// The station's canonical link (what the posters print and "share"
/// copies), the old link printed before station pages existed (the app
/// moves it on to the canonical one), and the peer's link.
const LINK: &str = "/s/zhangqiao/";
const OLD_LINK: &str = "/?s=zhangqiao";
const PEER_LINK: &str = "/?s=zhangqiao";
const USAGE: &str = "usage: card-bench [--loads N] [--no-peer]";
/// The `elementtiming` identifier of the card's title, in the app and in
/// the peer.
const CARD_ELEMENT: &str = "corridor-card";
/// The app's mark, used when its card title has no `elementtiming` yet.
const CARD_MARK: &str = "corridor-card-shown";
/// The app's marks in a load, in ms since its document's navigation start.
struct AppMarks {
    fetched: Option<f64>,
    read: Option<f64>,
    card: Option<f64>,
    taken: Option<f64>,
}
/// The goals of issue 14.
const GOAL_RATIO: f64 = 0.8;
const GOAL_MS: f64 = 1000.0;
/// How long, after the app's mark, an Element Timing entry may take to
/// arrive for a card title that carries the attribute, before the mark is
/// used instead.
const ELEMENT_GRACE: Duration = Duration::from_secs(3);
/// A task longer than this blocks the main thread (Lighthouse's rule).
const BLOCKING_MS: f64 = 50.0;
/// How long after the card (the app: after its takeover) blocking time is
/// still counted.
const SETTLE: Duration = Duration::from_secs(1);
/// How long, after the card, the app's other marks are waited for.
const MARKS_WAIT: Duration = Duration::from_secs(10);
/// The Leaflet the peer uses, where `scripts/card-bench.sh` installs it.
const LEAFLET_VERSION: &str = "1.9.4";
const LEAFLET_DIR: &str = ".tools/peer/node_modules/leaflet";

/// A network to emulate.
#[derive(Clone, Copy)]
struct Network {
    name: &'static str,
    latency_ms: f64,
    down_kbps: f64,
    up_kbps: f64,
    /// One link shared by every request (a relay), not DevTools' per-page
    /// throttling.
    shared: bool,
}

/// Lighthouse's mobile "slow 4G", as DevTools applies it, as it is, and as
/// one link that the page and its service worker share.
const NETWORKS: [Network; 3] = [
    Network {
        name: "slow 4G, DevTools-applied",
        latency_ms: 562.5,
        down_kbps: 1_474.56,
        up_kbps: 675.0,
        shared: false,
    },
    Network { name: "slow 4G, 150 ms RTT", latency_ms: 150.0, down_kbps: 1_638.4, up_kbps: 750.0, shared: false },
    Network {
        name: "slow 4G, 150 ms RTT, one link for every request",
        latency_ms: 150.0,
        down_kbps: 1_638.4,
        up_kbps: 750.0,
        shared: true,
    },
];
const CPU_SLOWDOWN: f64 = 4.0;

/// Which page a load opens.
#[derive(Clone, Copy, PartialEq)]
enum Page {
    App,
    /// The app opened by the old link.
    AppOldLink,
    Peer,
}

impl Page {
    fn label(self) -> &'static str {
        match self {
            Page::App => "app ",
            Page::AppOldLink => "app, old link",
            Page::Peer => "peer",
        }
    }

    fn link(self) -> &'static str {
        match self {
            Page::App => LINK,
            Page::AppOldLink => OLD_LINK,
            Page::Peer => PEER_LINK,
        }
    }

    fn is_app(self) -> bool {
        self != Page::Peer
    }
}

/// A chromedriver extension command: `POST /session/{id}/{path}` with a
/// JSON body (network conditions, and CDP for the CPU).
#[derive(Debug)]
struct ChromeCommand {
    path: &'static str,
    body: Value,
}

impl WebDriverCompatibleCommand for ChromeCommand {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/{}", session.unwrap_or_default(), self.path))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

async fn throttle(b: &Client, n: Network) -> Result<(), String> {
    let bytes_per_s = |kbps: f64| kbps * 1024.0 / 8.0;
    if !n.shared {
        b.issue_cmd(ChromeCommand {
            path: "chromium/network_conditions",
            body: json!({ "network_conditions": {
                "offline": false,
                "latency": n.latency_ms,
                "download_throughput": bytes_per_s(n.down_kbps),
                "upload_throughput": bytes_per_s(n.up_kbps),
            }}),
        })
        .await
        .map_err(|e| format!("setting network conditions failed: {e}"))?;
    }
    b.issue_cmd(ChromeCommand {
        path: "goog/cdp/execute",
        body: json!({ "cmd": "Emulation.setCPUThrottlingRate", "params": { "rate": CPU_SLOWDOWN } }),
    })
    .await
    .map_err(|e| format!("setting the CPU slowdown failed: {e}"))?;
    Ok(())
}

/// The earliest Element Timing entry of the card's title, the app's card
/// mark, whether the page has a card title with the attribute, and the
/// latest Largest Contentful Paint (from buffered entries), in ms since
/// this document's navigation start; `null`s until they exist. With the
/// document's time origin and address, to put them on the link's clock,
/// and the main thread's blocking time so far (`blocked`, see [`Load`]).
/// Buffered entries are taken with `takeRecords()` as well as through the
/// callback, so none is missed on a busy page.
const PAINTS_JS: &str = r#"
const [element, mark, BLOCKING_MS] = [arguments[0], arguments[1], arguments[2]];
const done = arguments[arguments.length - 1];
const marks = performance.getEntriesByName(mark);
const found = {
  element: null,
  mark: marks.length ? marks[0].startTime : null,
  titled: document.querySelector('[elementtiming="' + element + '"]') !== null,
  lcp: null,
  origin: performance.timeOrigin,
  href: location.pathname + location.search,
  blocked: null,
};
const tasks = [];
let fcp = null;
const time = e => e.renderTime || e.loadTime || e.startTime;
const takers = {
  'element': e => {
    if (e.identifier === element && (found.element === null || time(e) < found.element)) found.element = time(e);
  },
  'largest-contentful-paint': e => { found.lcp = time(e); },
  'longtask': e => tasks.push(e),
  'paint': e => { if (e.name === 'first-contentful-paint') fcp = e.startTime; },
};
const observers = [];
for (const [type, take] of Object.entries(takers)) {
  try {
    const o = new PerformanceObserver(list => list.getEntries().forEach(take));
    o.observe({type, buffered: true});
    observers.push([o, take]);
  } catch (e) { /* this browser does not know the entry type */ }
}
setTimeout(() => {
  for (const [o, take] of observers) { o.takeRecords().forEach(take); o.disconnect(); }
  // Lighthouse's Total Blocking Time, from the first contentful paint on:
  // what of each long task lies past its first 50 ms and past that paint.
  if (fcp !== null) found.blocked = tasks.reduce((sum, t) =>
    sum + Math.max(0, t.startTime + t.duration - Math.max(t.startTime + BLOCKING_MS, fcp)), 0);
  done(found);
}, 50);
"#;

/// PAINTS_JS's arguments.
fn paints_args() -> Vec<Value> {
    vec![Value::from(CARD_ELEMENT), Value::from(CARD_MARK), Value::from(BLOCKING_MS)]
}

/// How a card time was read.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    Element,
    Mark,
}

impl Source {
    fn label(self) -> &'static str {
        match self {
            Source::Element => "element timing",
            Source::Mark => "mark corridor-card-shown",
        }
    }
}

struct Load {
    card: f64,
    source: Source,
    lcp: Option<f64>,
    fetched: Option<f64>,
    read: Option<f64>,
    /// The app's mark `corridor-card-shown`.
    mark: Option<f64>,
    /// The app's mark `corridor-takeover`.
    taken: Option<f64>,
    /// Lighthouse's Total Blocking Time, on the Long Tasks API's entries:
    /// the sum, over the main thread's tasks of over [`BLOCKING_MS`], of
    /// their time past that and past the first contentful paint, up to
    /// [`SETTLE`] after the card (for the app, after it took over); `None`
    /// where the browser reports no long tasks or no paint.
    blocked: Option<f64>,
    /// The address the page went on to (`location.replace`), and when that
    /// document's navigation started; `None` when it stayed at the link.
    moved: Option<(String, f64)>,
}

/// Opens `arguments[0]` from the page the browser starts on, just after
/// returning when that happens on the browser's clock (the time origin's
/// clock: `performance.timeOrigin + performance.now()`, in ms since 1970).
const OPEN_JS: &str = r#"
const url = arguments[0];
setTimeout(() => { location.href = url; }, 0);
return performance.timeOrigin + performance.now();
"#;

/// One load of `page` from the server at `base` (its address, or its
/// shared link's).
async fn load_once(base: &str, page: Page, network: Network) -> Result<Load, String> {
    let b = Browser::launch_with(BrowserOptions::new(PHONE.0, PHONE.1)).await?;
    throttle(&b, network).await?;
    let url = format!("{base}{}", page.link());
    let opened = b
        .execute(OPEN_JS, vec![Value::from(url.as_str())])
        .await
        .map_err(|e| format!("cannot open {url}: {e}"))?
        .as_f64()
        .ok_or_else(|| format!("cannot open {url}: the browser gave no time"))?;
    let deadline = Instant::now() + timeout() * 3;
    let mut mark_seen: Option<Instant> = None;
    loop {
        // A document that goes away while the script waits (the page moving
        // on to another address) fails the read: read the next one.
        let v = match b.execute_async(PAINTS_JS, paints_args()).await {
            Ok(v) => v,
            Err(e) if Instant::now() <= deadline => {
                eprintln!("card-bench: reading paint timings failed, trying again: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
            Err(e) => return Err(format!("reading paint timings failed: {e}")),
        };
        // The starting page, until the navigation has begun.
        let Some(origin) = v["origin"].as_f64().filter(|o| *o >= opened - 1.0) else {
            if Instant::now() > deadline {
                return Err(format!("{url} never opened: {v}"));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
            continue;
        };
        // This document's times on the link's clock (ms since it was opened):
        // the same for a page that went on to another address.
        let since_link = |t: f64| t + origin - opened;
        let lcp = v["lcp"].as_f64();
        let found = match (v["element"].as_f64(), v["mark"].as_f64().filter(|_| page.is_app())) {
            (Some(t), _) => Some((t, Source::Element)),
            // An app build whose card title has no `elementtiming`: its mark.
            (None, Some(t)) if !v["titled"].as_bool().unwrap_or(false) => Some((t, Source::Mark)),
            // A title with the attribute: its entry follows its paint, unless
            // this browser does not report Element Timing at all.
            (None, Some(t)) => {
                let seen = *mark_seen.get_or_insert_with(Instant::now);
                (seen.elapsed() > ELEMENT_GRACE).then_some((t, Source::Mark))
            }
            (None, None) => None,
        };
        if let Some((card, source)) = found {
            let marks = match page.is_app() {
                true => app_marks(&b).await?,
                false => AppMarks { fetched: None, read: None, card: None, taken: None },
            };
            // The largest paint so far, and the blocking time, once the page
            // has settled.
            tokio::time::sleep(SETTLE).await;
            let later = b.execute_async(PAINTS_JS, paints_args()).await;
            let later = later.ok();
            let lcp = later.as_ref().and_then(|v| v["lcp"].as_f64()).or(lcp);
            let blocked = later.as_ref().and_then(|v| v["blocked"].as_f64());
            let href = v["href"].as_str().unwrap_or_default();
            let moved = (href != page.link()).then(|| (href.to_string(), origin - opened));
            return Ok(Load {
                card: since_link(card),
                source,
                lcp: lcp.map(since_link),
                fetched: marks.fetched.map(since_link),
                read: marks.read.map(since_link),
                mark: marks.card.map(since_link),
                taken: marks.taken.map(since_link),
                blocked,
                moved,
            });
        }
        if Instant::now() > deadline {
            let what = match page {
                Page::App | Page::AppOldLink => {
                    format!("no Element Timing entry \"{CARD_ELEMENT}\" and no performance mark \"{CARD_MARK}\"")
                }
                Page::Peer => format!("no Element Timing entry \"{CARD_ELEMENT}\""),
            };
            return Err(format!("the card never appeared ({what}): {v}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The app's marks: the data file arrived, was read, and the app's card
/// mark. A card painted from the first screen can come before them all, so
/// they are waited for (a while: they are times since navigation start,
/// reading them later changes nothing); `None` for a mark never set.
async fn app_marks(b: &Client) -> Result<AppMarks, String> {
    let names = [STAGE_MARKS[0], STAGE_MARKS[1], CARD_MARK, TAKEOVER_MARK];
    let deadline = Instant::now() + MARKS_WAIT;
    loop {
        let marks = marks_ms(b, &names).await?;
        let mark = |i: usize| marks.get(i).copied().flatten();
        if marks.iter().all(Option::is_some) || Instant::now() > deadline {
            return Ok(AppMarks { fetched: mark(0), read: mark(1), card: mark(2), taken: mark(3) });
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Copies `from` to `to`, saying which file failed.
fn copy(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::copy(from, to).map(|_| ()).map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

/// Assembles the peer's folder: its page, script and style, Leaflet's dist
/// files and the app's data file. Returns the folder and Leaflet's version.
fn assemble_peer(dist: &Path) -> Result<(PathBuf, String), String> {
    let leaflet = paths::workspace_root().join(LEAFLET_DIR);
    let package = std::fs::read_to_string(leaflet.join("package.json")).map_err(|e| {
        format!(
            "no Leaflet in {} ({e}): run scripts/card-bench.sh, which installs leaflet@{LEAFLET_VERSION} there, \
             or pass --no-peer",
            leaflet.display()
        )
    })?;
    let version = serde_json::from_str::<Value>(&package)
        .ok()
        .and_then(|p| p["version"].as_str().map(str::to_string))
        .unwrap_or_else(|| "?".to_string());
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("peer");
    let target = paths::scratch_root().parent().map(Path::to_path_buf).unwrap_or_else(paths::scratch_root);
    let dir = target.join("card-bench-peer");
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["leaflet/images", "data"] {
        std::fs::create_dir_all(dir.join(sub))
            .map_err(|e| format!("cannot create {}: {e}", dir.join(sub).display()))?;
    }
    for file in ["index.html", "peer.js", "peer.css"] {
        copy(&source.join(file), &dir.join(file))?;
    }
    for file in ["leaflet.js", "leaflet.css"] {
        copy(&leaflet.join("dist").join(file), &dir.join("leaflet").join(file))?;
    }
    let images = leaflet.join("dist/images");
    let entries = std::fs::read_dir(&images).map_err(|e| format!("cannot read {}: {e}", images.display()))?;
    for entry in entries.flatten() {
        copy(&entry.path(), &dir.join("leaflet/images").join(entry.file_name()))?;
    }
    copy(&dist.join("data/corridor.geojson"), &dir.join("data/corridor.geojson"))?;
    Ok((dir, version))
}

struct Options {
    loads: usize,
    peer: bool,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options { loads: 3, peer: true };
    while let Some(a) = args.next() {
        match a.as_str() {
            "--loads" => {
                options.loads = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|n| (1..=20).contains(n))
                    .ok_or("--loads wants a number from 1 to 20")?;
            }
            "--no-peer" => options.peer = false,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(options)
}

fn start(root: &Path) -> Result<StaticServer, String> {
    let server =
        StaticServer::serve(root).map_err(|e| format!("cannot start the static server for {}: {e}", root.display()))?;
    server.set_gzip(true);
    Ok(server)
}

fn met(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "not met"
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("card-bench: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let app = match StaticServer::dist() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("card-bench: {e}");
            return ExitCode::FAILURE;
        }
    };
    app.set_gzip(true);
    let peer = if options.peer {
        match assemble_peer(app.root()).and_then(|(dir, version)| Ok((start(&dir)?, version))) {
            Ok(p) => Some(p),
            Err(e) => {
                eprintln!("card-bench: the Leaflet peer: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        None
    };
    println!(
        "card-bench: the app's {LINK} (and its old link {OLD_LINK}), the peer's {PEER_LINK}; fresh browser per load at {}x{}, {CPU_SLOWDOWN}x CPU slowdown, all served with gzip",
        PHONE.0, PHONE.1
    );
    println!("  app:  {}", app.root().display());
    match &peer {
        Some((server, version)) => println!("  peer: {} (Leaflet {version})", server.root().display()),
        None => println!("  peer: skipped (--no-peer)"),
    }
    let mut pages = vec![(Page::App, &app), (Page::AppOldLink, &app)];
    if let Some((server, _)) = &peer {
        pages.push((Page::Peer, server));
    }
    for network in NETWORKS {
        println!(
            "{} ({} ms latency, {} Kbps down, {} Kbps up):",
            network.name, network.latency_ms, network.down_kbps, network.up_kbps
        );
        // Each server's address, or a shared link in front of it.
        let mut bases = Vec::new();
        for &(page, server) in &pages {
            let base = match network.shared {
                false => server.base_url(),
                true => {
                    let rtt = Duration::from_secs_f64(network.latency_ms / 1000.0);
                    match SharedLink::start(server.addr(), network.down_kbps, network.up_kbps, rtt) {
                        Ok(link) => link.base_url(),
                        Err(e) => {
                            eprintln!("card-bench: cannot start a shared link: {e}");
                            return ExitCode::FAILURE;
                        }
                    }
                }
            };
            bases.push((page, base));
        }
        let (mut app_cards, mut old_link_cards, mut peer_cards, mut taken) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        // Blocking times per page, in the order first measured.
        let mut blocked: Vec<(Page, Vec<f64>)> = bases.iter().map(|(page, _)| (*page, Vec::new())).collect();
        for i in 1..=options.loads {
            for (page, base) in &bases {
                let page = *page;
                match load_once(base, page, network).await {
                    Ok(l) => {
                        let ms = |t: Option<f64>| t.map_or("?".to_string(), |t| format!("{t:.0}"));
                        let stages = match page.is_app() {
                            true => format!(
                                "   (data arrived {} ms, read {} ms, app's card mark {} ms, took over {} ms)",
                                ms(l.fetched),
                                ms(l.read),
                                ms(l.mark),
                                ms(l.taken)
                            ),
                            false => String::new(),
                        };
                        let moved = l.moved.as_ref().map_or(String::new(), |(to, at)| {
                            format!("   [went on to {to}, whose navigation started at {at:.0} ms]")
                        });
                        println!(
                            "  load {i} {}: card shown {:>5.0} ms ({})   LCP {:>5} ms   blocked {:>4} ms{stages}{moved}",
                            page.label(),
                            l.card,
                            l.source.label(),
                            ms(l.lcp),
                            ms(l.blocked),
                        );
                        if let (Some(t), Some((_, times))) = (l.blocked, blocked.iter_mut().find(|(p, _)| *p == page)) {
                            times.push(t);
                        }
                        if let (Page::App, Some(t)) = (page, l.taken) {
                            taken.push(t);
                        }
                        match page {
                            Page::App => app_cards.push(l.card),
                            Page::AppOldLink => old_link_cards.push(l.card),
                            Page::Peer => peer_cards.push(l.card),
                        }
                    }
                    Err(e) => {
                        println!("  load {i} {}: could not measure: {e}", page.label());
                        return ExitCode::FAILURE;
                    }
                }
            }
        }
        let app_median = median(&app_cards);
        println!(
            "  app  card shown, median of {}: {app_median:.0} ms (goal under {GOAL_MS:.0} ms: {})",
            app_cards.len(),
            met(app_median < GOAL_MS)
        );
        println!(
            "  app  card shown by the old link {OLD_LINK}, median of {}: {:.0} ms",
            old_link_cards.len(),
            median(&old_link_cards)
        );
        if !taken.is_empty() {
            println!("  app  took over from the written screen, median of {}: {:.0} ms", taken.len(), median(&taken));
        }
        for (page, times) in blocked.iter().filter(|(_, t)| !t.is_empty()) {
            println!(
                "  {} main thread blocked (Lighthouse's TBT, from FCP to {SETTLE:?} after the card or takeover), median of {}: {:.0} ms",
                page.label(),
                times.len(),
                median(times)
            );
        }
        if !peer_cards.is_empty() {
            let peer_median = median(&peer_cards);
            let ratio = app_median / peer_median;
            println!("  peer card shown, median of {}: {peer_median:.0} ms", peer_cards.len());
            println!("  ratio app/peer: {ratio:.2} (goal at most {GOAL_RATIO:.2}: {})", met(ratio <= GOAL_RATIO));
        }
    }
    ExitCode::SUCCESS
}
