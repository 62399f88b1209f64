//! `corridor-check`: checks a corridor GeoJSON file with the very code the
//! app loads it with, and lists every problem with where it is and how to
//! fix it. A file inside a published folder (`<folder>/data/...`) is also
//! checked against the pages written from it: if they came from another
//! version, or a station has no page yet, it says to publish again (a
//! warning). Exit status: 0 clean (warnings allowed), 1 errors, 2 usage.

use corridor::i18n::{self, Lang, Msg};
use corridor::model::{escape_invisible, load, read_limited, LoadReport};
use corridor::prerender::freshness;
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: corridor-check [--lang zh-CN|zh-Hant|en] FILE.geojson [FILE...]";

fn summary(report: &LoadReport, lang: Lang) -> Option<String> {
    let c = report.corridor.as_ref()?;
    let placed = c.stations.iter().filter(|s| s.position.is_some()).count();
    let avenue_m = c.avenue.as_ref().map(|a| a.line.length_m()).unwrap_or(0.0);
    Some(i18n::check_summary(lang, c.stations.len(), placed, c.units.len(), c.context.len(), avenue_m))
}

fn main() -> ExitCode {
    let mut lang = Lang::ZhCn;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--lang" => match args.next().as_deref().and_then(Lang::parse) {
                Some(l) => lang = l,
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut any_errors = false;
    // A closed pipe (`corridor-check FILE | head`) ends the output quietly
    // instead of panicking.
    let mut out = std::io::stdout().lock();
    for file in &files {
        let (report, stale) = match read_limited(file) {
            Ok(Ok(bytes)) => {
                let report = load(&bytes);
                let stale = freshness::check(std::path::Path::new(file), &bytes, report.corridor.as_ref());
                (report, stale)
            }
            Ok(Err(too_large)) => (LoadReport::fatal(too_large), None),
            Err(e) => {
                eprintln!("{}", escape_invisible(&format!("{file}: {e}")));
                return ExitCode::from(2);
            }
        };
        for p in &report.problems {
            // Every line is escaped whole: the file name can hold controls too.
            if writeln!(out, "{}", escape_invisible(&format!("{file}: {}", p.describe(lang)))).is_err() {
                return ExitCode::from(if report.error_count() > 0 { 1 } else { 0 });
            }
        }
        let mut stale_lines = Vec::new();
        if let Some(st) = stale.filter(|s| !s.is_fresh()) {
            if st.other_version {
                stale_lines.push(i18n::first_screen_stale(lang).to_string());
            }
            if !st.missing_pages.is_empty() {
                stale_lines.push(i18n::station_pages_missing(lang, &st.missing_pages));
            }
        }
        for line in &stale_lines {
            let _ = writeln!(out, "{}", escape_invisible(&format!("{file}: {line}")));
        }
        let (errors, warnings) = (report.error_count(), report.warning_count() + stale_lines.len());
        any_errors |= errors > 0;
        let verdict = i18n::check_verdict(lang, errors, warnings);
        let line = match summary(&report, lang) {
            Some(s) => format!("{file}: {verdict}{}{s}", Msg::Semicolon.text(lang)),
            None => format!("{file}: {verdict}"),
        };
        let _ = writeln!(out, "{}", escape_invisible(&line));
    }
    if any_errors {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
