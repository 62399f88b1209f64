//! Screenshot of the built app, for the README and for humans to look at.
//!
//! ```text
//! cargo run -p corridor-e2e --bin screenshot -- <path-and-query> <out.png> <W>x<H> [wait-css] [--scale=N]
//! cargo run -p corridor-e2e --bin screenshot -- '/?s=zhangqiao' card.png 390x844
//! ```
//!
//! Serves `dist/` (or `$CORRIDOR_DIST`) itself on a free port, opens the
//! page in headless Chromium at that window size, waits for `wait-css`
//! (default `svg.corridor-map`) and another 500 ms for layout and fonts to
//! settle, and writes a PNG. `--scale=2` gives a sharper, retina-style
//! image of the same CSS size.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use corridor_e2e::{describe_page, paths, try_wait_for, Browser, BrowserOptions, StaticServer};

const USAGE: &str = "usage: screenshot <path-and-query> <out.png> <W>x<H> [wait-css] [--scale=N] [--stations=N] [--dark] [--text=PCT] [--scroll]\n\
                     example: screenshot '/?s=zhangqiao' card.png 390x844 .station-card\n\
                     --stations=N serves a generated file of N stations instead of the real one\n\
                     --dark emulates the system's dark mode; --text=200 sets the root font size to 200 %\n\
                     --scroll scrolls the page so that `wait-css` is at the top of the window";

struct Args {
    target: String,
    out: PathBuf,
    width: u32,
    height: u32,
    wait_css: String,
    scale: Option<f64>,
    /// Serve a generated file with this many stations.
    stations: Option<usize>,
    /// Emulate `prefers-color-scheme: dark`.
    dark: bool,
    /// Root font size in per cent (a reader's larger text).
    text: Option<u32>,
    /// Scroll `wait_css` to the top of the window first.
    scroll: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut positional = Vec::new();
    let mut scale = None;
    let mut stations = None;
    let (mut dark, mut text, mut scroll) = (false, None, false);
    for arg in std::env::args().skip(1) {
        if arg == "--dark" {
            dark = true;
        } else if arg == "--scroll" {
            scroll = true;
        } else if let Some(t) = arg.strip_prefix("--text=") {
            text = Some(t.parse().map_err(|_| format!("--text wants a percentage, got `{t}`"))?);
        } else if let Some(n) = arg.strip_prefix("--stations=") {
            let n: usize = n
                .parse()
                .ok()
                .filter(|n| (1..=100_000).contains(n))
                .ok_or_else(|| format!("--stations wants a number from 1 to 100000, got `{n}`"))?;
            stations = Some(n);
        } else if let Some(s) = arg.strip_prefix("--scale=") {
            let s: f64 = s.parse().map_err(|_| format!("--scale wants a number, got `{s}`"))?;
            scale = Some(s);
        } else if arg == "-h" || arg == "--help" {
            return Err(String::new());
        } else {
            positional.push(arg);
        }
    }
    if !(3..=4).contains(&positional.len()) {
        return Err(format!("expected 3 or 4 arguments, got {}", positional.len()));
    }
    let size = &positional[2];
    let (w, h) = size.split_once(['x', 'X']).ok_or_else(|| format!("size must look like 390x844, got `{size}`"))?;
    let parse = |v: &str| {
        v.parse::<u32>()
            .ok()
            .filter(|n| (100..=8000).contains(n))
            .ok_or_else(|| format!("size must look like 390x844, got `{size}`"))
    };
    let mut target = positional[0].clone();
    if !target.starts_with('/') {
        target.insert(0, '/');
    }
    Ok(Args {
        target,
        out: PathBuf::from(&positional[1]),
        width: parse(w)?,
        height: parse(h)?,
        wait_css: positional.get(3).cloned().unwrap_or_else(|| "svg.corridor-map".to_string()),
        scale,
        stations,
        dark,
        text,
        scroll,
    })
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("screenshot: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args).await {
        Ok(bytes) => {
            println!("wrote {} ({bytes} bytes)", args.out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("screenshot: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: &Args) -> Result<usize, String> {
    let server = StaticServer::dist()?;
    if let Some(n) = args.stations {
        server.set_override("/data/corridor.geojson", 200, paths::generated_data(n));
    }
    let mut options = BrowserOptions::new(args.width, args.height);
    options.scale = args.scale;
    options.dark = args.dark;
    let browser = Browser::launch_with(options).await?;
    let url = server.url(&args.target);
    browser.goto(&url).await.map_err(|e| format!("cannot open {url}: {e}"))?;
    if let Err(e) = try_wait_for(&browser, &args.wait_css, corridor_e2e::timeout()).await {
        return Err(format!("`{}` did not appear ({e})\n{}", args.wait_css, describe_page(&browser).await));
    }
    if let Some(pct) = args.text {
        let js = format!("document.documentElement.style.fontSize = '{pct}%'; return true;");
        browser.execute(&js, vec![]).await.map_err(|e| format!("setting the text size failed: {e}"))?;
    }
    if args.scroll {
        let js = "document.querySelector(arguments[0]).scrollIntoView({block: 'start'}); return true;";
        browser.execute(js, vec![args.wait_css.clone().into()]).await.map_err(|e| format!("scrolling failed: {e}"))?;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let png = browser.screenshot().await.map_err(|e| format!("taking the screenshot failed: {e}"))?;
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(&args.out, &png).map_err(|e| format!("cannot write {}: {e}", args.out.display()))?;
    Ok(png.len())
}
