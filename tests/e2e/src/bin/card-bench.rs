//! `card-bench`: how soon a station's card is on screen after its link is
//! opened (a QR code scanned), on a phone with 4x CPU slowdown, on two
//! versions of Lighthouse's "slow 4G":
//! - as DevTools applies it to every request (562.5 ms latency, 1,474.56
//!   Kbps down, 675 Kbps up): what Lighthouse's "applied" mode measures;
//! - its underlying network (150 ms round trip, 1,638.4 Kbps down, 750 Kbps
//!   up), closer to what Lighthouse's default simulated mode estimates.
//!
//! ```text
//! scripts/tools.sh && build_release                     # dist/ must exist
//! cargo run --release -p corridor-e2e --bin card-bench
//! cargo run --release -p corridor-e2e --bin card-bench -- --loads 5
//! ```
//!
//! Each load is a fresh browser (nothing cached, as for a first scan) at
//! 390x844, opening `/?s=zhangqiao` from `dist/` served with gzip (as a
//! static host would). It reads, in ms since navigation start:
//! - the card: the app's mark `corridor-card-shown`, set in the first
//!   animation frame after the card entered the page (just before the
//!   browser paints it);
//! - LCP: Largest Contentful Paint, for comparison with Lighthouse;
//! - when the data file had arrived and had been read (the app's marks).
//!
//! It prints each load and the median of the card times. A benchmark, not a
//! test: it asserts nothing about the figures; it fails only when it cannot
//! measure. The DESIGN budget is 1.5 s for the card.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use corridor_e2e::map::{marks_ms, STAGE_MARKS};
use corridor_e2e::stats::median;
use corridor_e2e::{timeout, Browser, BrowserOptions, StaticServer, PHONE};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::Client;
use serde_json::{json, Value};

const LINK: &str = "/?s=zhangqiao";
const USAGE: &str = "usage: card-bench [--loads N]";

/// A network to emulate.
#[derive(Clone, Copy)]
struct Network {
    name: &'static str,
    latency_ms: f64,
    down_kbps: f64,
    up_kbps: f64,
}

/// Lighthouse's mobile "slow 4G", as DevTools applies it, and as it is.
const NETWORKS: [Network; 2] = [
    Network { name: "slow 4G, DevTools-applied", latency_ms: 562.5, down_kbps: 1_474.56, up_kbps: 675.0 },
    Network { name: "slow 4G, 150 ms RTT", latency_ms: 150.0, down_kbps: 1_638.4, up_kbps: 750.0 },
];
const CPU_SLOWDOWN: f64 = 4.0;

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
    b.issue_cmd(ChromeCommand {
        path: "goog/cdp/execute",
        body: json!({ "cmd": "Emulation.setCPUThrottlingRate", "params": { "rate": CPU_SLOWDOWN } }),
    })
    .await
    .map_err(|e| format!("setting the CPU slowdown failed: {e}"))?;
    Ok(())
}

/// The app's card mark and the latest Largest Contentful Paint (from
/// buffered entries); `null`s until they exist.
const PAINTS_JS: &str = r#"
const done = arguments[arguments.length - 1];
const card = performance.getEntriesByName('corridor-card-shown');
const found = {card: card.length ? card[0].startTime : null, lcp: null};
try {
  const o = new PerformanceObserver(list => {
    for (const e of list.getEntries()) found.lcp = e.renderTime || e.loadTime || e.startTime;
  });
  o.observe({type: 'largest-contentful-paint', buffered: true});
  setTimeout(() => { o.disconnect(); done(found); }, 50);
} catch (e) { done(found); }
"#;

struct Load {
    card: f64,
    lcp: Option<f64>,
    fetched: Option<f64>,
    read: Option<f64>,
}

async fn load_once(server: &StaticServer, network: Network) -> Result<Load, String> {
    let b = Browser::launch_with(BrowserOptions::new(PHONE.0, PHONE.1)).await?;
    throttle(&b, network).await?;
    let url = server.url(LINK);
    b.goto(&url).await.map_err(|e| format!("cannot open {url}: {e}"))?;
    let deadline = Instant::now() + timeout() * 3;
    loop {
        let v = b.execute_async(PAINTS_JS, vec![]).await.map_err(|e| format!("reading paint timings failed: {e}"))?;
        if let Some(card) = v["card"].as_f64() {
            let stages = marks_ms(&b, &STAGE_MARKS).await?;
            let stage = |i: usize| stages.get(i).copied().flatten();
            return Ok(Load { card, lcp: v["lcp"].as_f64(), fetched: stage(0), read: stage(1) });
        }
        if Instant::now() > deadline {
            return Err(format!("the card never appeared (no performance mark \"corridor-card-shown\"): {v}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> ExitCode {
    let mut loads = 3usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match (a.as_str(), args.next().and_then(|n| n.parse().ok()).filter(|n| (1..=20).contains(n))) {
            ("--loads", Some(n)) => loads = n,
            _ => {
                eprintln!("card-bench: --loads wants a number from 1 to 20\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let server = match StaticServer::dist() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("card-bench: {e}");
            return ExitCode::FAILURE;
        }
    };
    server.set_gzip(true);
    println!(
        "card-bench: {LINK} from {} (gzip), fresh browser per load at {}x{}, {CPU_SLOWDOWN}x CPU slowdown",
        server.root().display(),
        PHONE.0,
        PHONE.1
    );
    for network in NETWORKS {
        println!(
            "{} ({} ms latency, {} Kbps down, {} Kbps up):",
            network.name, network.latency_ms, network.down_kbps, network.up_kbps
        );
        let mut cards = Vec::new();
        for i in 1..=loads {
            match load_once(&server, network).await {
                Ok(l) => {
                    let ms = |t: Option<f64>| t.map_or("?".to_string(), |t| format!("{t:.0}"));
                    println!(
                        "  load {i}: card shown {:>5.0} ms   LCP {:>5} ms   (data arrived {} ms, read {} ms)",
                        l.card,
                        ms(l.lcp),
                        ms(l.fetched),
                        ms(l.read)
                    );
                    cards.push(l.card);
                }
                Err(e) => {
                    println!("  load {i}: could not measure: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        println!("  card shown, median of {}: {:.0} ms (budget 1500 ms)", cards.len(), median(&cards));
    }
    ExitCode::SUCCESS
}
