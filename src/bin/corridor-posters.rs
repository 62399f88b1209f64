//! `corridor-posters`: writes every station's A4 poster and 10 × 10 cm
//! sticker as SVG, plus one printable HTML file of each kind, for a print
//! shop. The same layout as the posters page (`corridor::poster`).
//!
//! ```text
//! cargo run --bin corridor-posters -- --site https://example.gov.cn/jinshan-map/ --out posters/
//! ```
//!
//! The site comes from `--site`, else from `site_url` in the map config.
//! Exit status: 0 written, 1 the data or the site cannot be used, 2 usage.

use corridor::config::parse_config;
use corridor::i18n::poster::site_warning as warning_text;
use corridor::i18n::{self, Lang};
use corridor::model::{load, read_limited};
use corridor::poster::{sheet_svg, sheets_html, site_base, site_warning, Sheet, SiteWarning};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: corridor-posters [--site https://...] [--data FILE.geojson] [--config map-config.json] [--lang zh-CN|zh-Hant|en] --out DIR";

struct Args {
    site: Option<String>,
    data: String,
    config: String,
    lang: Lang,
    out: PathBuf,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        site: None,
        data: "public/data/corridor.geojson".into(),
        config: "public/map-config.json".into(),
        lang: Lang::ZhCn,
        out: PathBuf::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--site" => a.site = Some(value()?),
            "--data" => a.data = value()?,
            "--config" => a.config = value()?,
            "--out" => a.out = PathBuf::from(value()?),
            "--lang" => a.lang = Lang::parse(&value()?).ok_or("--lang is zh-CN, zh-Hant or en")?,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if a.out.as_os_str().is_empty() {
        return Err("--out DIR is required".into());
    }
    Ok(a)
}

/// The site: `--site`, else the config's `site_url`.
fn site(a: &Args) -> Result<String, String> {
    if let Some(s) = &a.site {
        return Ok(site_base(s));
    }
    let text = std::fs::read_to_string(&a.config).map_err(|e| format!("{}: {e}; give --site", a.config))?;
    let config = parse_config(&text).map_err(|e| format!("{}: {e}", a.config))?;
    config.site_url.map(|s| site_base(&s)).ok_or_else(|| format!("{} has no site_url; give --site", a.config))
}

fn run(a: &Args) -> Result<usize, String> {
    let site = site(a)?;
    match site_warning(&site) {
        None => {}
        Some(w @ (SiteWarning::Local | SiteWarning::NotHttps)) => {
            eprintln!("warning: {site}: {}", warning_text(a.lang, w));
        }
        Some(w) => return Err(format!("{site}: {}", warning_text(a.lang, w))),
    }
    let bytes = match read_limited(&a.data) {
        Ok(Ok(b)) => b,
        Ok(Err(kind)) => return Err(format!("{}: {}", a.data, kind.describe(a.lang))),
        Err(e) => return Err(format!("{}: {e}", a.data)),
    };
    let report = load(&bytes);
    let Some(c) = report.corridor else {
        let why: Vec<String> = report.problems.iter().map(|p| p.describe(a.lang)).collect();
        return Err(format!("{}: {}\n(corridor-check {} lists every problem)", a.data, why.join("\n"), a.data));
    };
    std::fs::create_dir_all(&a.out).map_err(|e| format!("{}: {e}", a.out.display()))?;
    let write = |name: String, text: &str| {
        let path = a.out.join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    let mut files = 0;
    for sheet in Sheet::ALL {
        let mut svgs = Vec::with_capacity(c.stations.len());
        for s in &c.stations {
            let svg = sheet_svg(&c, s, &site, sheet).map_err(|e| format!("{}: {e:?}", s.id))?;
            write(format!("{}-{}.svg", s.id, sheet.name()), &svg)?;
            svgs.push(svg);
            files += 1;
        }
        write(format!("{}s.html", sheet.name()), &sheets_html(sheet, &svgs))?;
        files += 1;
    }
    Ok(files)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("corridor-posters: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(n) => {
            println!("{}", i18n::poster::written(args.lang, n, &args.out.display().to_string()));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("corridor-posters: {e}");
            ExitCode::from(1)
        }
    }
}
