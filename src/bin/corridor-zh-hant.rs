//! `corridor-zh-hant IN [OUT]`: writes the corridor file with a
//! traditional-Chinese text (`name_zh_hant`...) beside every simplified one
//! that has none, converted by OpenCC (s2tw: Taiwan standard characters,
//! words unchanged, so names stay as written). Texts staff wrote stay.
//! The Trunk build runs it on the bundle's copy of the data, so visitors
//! reading traditional Chinese get it without the browser carrying tables.
//!
//! A file that is not JSON is left as it is (the page and `corridor-check`
//! report its problems); exit status 2 only when a file cannot be read or
//! written.

use corridor::model::add_traditional;
use ferrous_opencc::config::BuiltinConfig;
use ferrous_opencc::OpenCC;
use std::process::ExitCode;

const USAGE: &str = "usage: corridor-zh-hant IN.geojson [OUT.geojson]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, output) = match args.as_slice() {
        [i] if !i.starts_with('-') => (i.clone(), i.clone()),
        [i, o] if !i.starts_with('-') => (i.clone(), o.clone()),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(&input) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{input}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut doc: serde_json::Value = match serde_json::from_str(text.trim_start_matches('\u{FEFF}')) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{input}: not JSON ({e}); left without traditional Chinese texts");
            return if input == output { ExitCode::SUCCESS } else { copy(&input, &output) };
        }
    };
    let opencc = match OpenCC::from_config(BuiltinConfig::S2tw) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("OpenCC: {e}");
            return ExitCode::from(2);
        }
    };
    let added = add_traditional(&mut doc, &|s: &str| opencc.convert(s));
    // Compact: this copy is for the browser; staff edit the original.
    if let Err(e) = std::fs::write(&output, doc.to_string()) {
        eprintln!("{output}: {e}");
        return ExitCode::from(2);
    }
    eprintln!("{output}: {added} traditional-Chinese texts added");
    ExitCode::SUCCESS
}

fn copy(from: &str, to: &str) -> ExitCode {
    match std::fs::copy(from, to) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{to}: {e}");
            ExitCode::from(2)
        }
    }
}
