//! Benchmark (prints figures, asserts nothing): loading and checking hostile
//! files of growing size, natively. Linear work shows as a steady ms/MB
//! down each group; a growing ms/MB is the sign of a quadratic rule. Each
//! file is loaded in a process of its own, whose peak memory (VmHWM) is
//! printed: the input and its generation plus what loading adds.
//!
//! `cargo run --release --example check_bench [WORD]` (WORD: only files whose name has it)

use corridor::model::load;
use std::fmt::Write;
use std::time::Instant;

const SHIPPED: &str = include_str!("../public/data/corridor.geojson");
const MB: usize = 1024 * 1024;

/// The shipped file with `extra` (features, comma-separated) added.
fn with_features(extra: &str) -> String {
    let at = SHIPPED.rfind(']').expect("features array");
    format!("{},{extra}{}", &SHIPPED[..at], &SHIPPED[at..])
}

fn station(i: usize, props: &str) -> String {
    format!(
        r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[121.25,30.75]}},"properties":{{"kind":"station","id":"s{i}","order":{},"name":"站{i}","category":"village","membership":"unconfirmed","position":"approximate","source":[{{"title":"t"}}]{props}}}}}"#,
        i + 100
    )
}

/// Repeats `unit` until the file is about `size` bytes.
fn repeat_to(size: usize, unit: &str) -> usize {
    (size / unit.len().max(1)).max(1)
}

fn generate(kind: &str, size: usize) -> String {
    match kind {
        "description of 张( repeated" => {
            let n = repeat_to(size, "张(");
            with_features(&station(0, &format!(r#","description":"{}""#, "张(".repeat(n))))
        }
        "one huge string of ä¸" => {
            let n = repeat_to(size, "ä¸");
            with_features(&station(0, &format!(r#","description":"{}""#, "ä¸".repeat(n))))
        }
        "tiny broken features 0,0,0" => {
            let n = repeat_to(size, "0,");
            let mut s = String::from(r#"{"type":"FeatureCollection","features":["#);
            s.push_str(&"0,".repeat(n));
            s.push_str("0]}");
            s
        }
        "features without kind {}" => {
            let n = repeat_to(size, r#"{"type":"Feature","geometry":null,"properties":{}},"#);
            let f = r#"{"type":"Feature","geometry":null,"properties":{}}"#;
            format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, vec![f; n].join(","))
        }
        "deep nesting (100 levels) per feature" => {
            let nest = format!("{}1{}", r#"{"a":"#.repeat(100), "}".repeat(100));
            let f = station(0, &format!(r#","deep":{nest}"#));
            let n = repeat_to(size, &f);
            let fs: Vec<String> = (0..n).map(|i| station(i, &format!(r#","deep":{nest}"#))).collect();
            with_features(&fs.join(","))
        }
        "one object with many duplicate keys" => {
            let n = repeat_to(size, r#""x":1,"#);
            with_features(&station(0, &format!(",{}\"x\":1", r#""x":1,"#.repeat(n))))
        }
        "many distinct unknown keys" => {
            let n = repeat_to(size, r#""k0000000":1,"#);
            let mut props = String::new();
            for i in 0..n {
                let _ = write!(props, r#","k{i:07}":1"#);
            }
            with_features(&station(0, &props))
        }
        "avenue of millions of points" => {
            let n = repeat_to(size, "[121.254001,30.745001],");
            let mut pts = String::with_capacity(size);
            for i in 0..n {
                let lon = 121.254 + 0.077 * i as f64 / n as f64;
                let _ = write!(pts, "[{lon:.6},30.745001],");
            }
            pts.pop();
            format!(
                r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","geometry":{{"type":"LineString","coordinates":[{pts}]}},"properties":{{"kind":"avenue","name":"金山大道","name_en":"Jinshan Avenue","position":"approximate","source":[{{"title":"t"}}]}}}}]}}"#
            )
        }
        "long avenue and many stations" => {
            // Half the bytes avenue positions, half stations: every station is
            // placed on the avenue, so this shows the cost of that search.
            let n = repeat_to(size / 2, "[121.254001,30.745001],");
            let mut pts = String::with_capacity(size / 2);
            for i in 0..n {
                let lon = 121.254 + 0.077 * i as f64 / n as f64;
                let _ = write!(pts, "[{lon:.6},30.745001],");
            }
            pts.pop();
            let avenue = format!(
                r#"{{"type":"Feature","geometry":{{"type":"LineString","coordinates":[{pts}]}},"properties":{{"kind":"avenue","name":"金山大道","name_en":"Jinshan Avenue","position":"approximate","source":[{{"title":"t"}}]}}}}"#
            );
            let m = repeat_to(size / 2, &station(100_000, ""));
            let fs: Vec<String> = (0..m).map(|i| station(i, "")).collect();
            format!(r#"{{"type":"FeatureCollection","features":[{avenue},{}]}}"#, fs.join(","))
        }
        "stations without English names" => {
            let n = repeat_to(size, &station(100_000, ""));
            let fs: Vec<String> = (0..n).map(|i| station(i, "")).collect();
            with_features(&fs.join(","))
        }
        _ => unreachable!("{kind}"),
    }
}

/// Peak resident memory of this process in MB, from /proc/self/status.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let kinds = [
        "description of 张( repeated",
        "one huge string of ä¸",
        "tiny broken features 0,0,0",
        "features without kind {}",
        "deep nesting (100 levels) per feature",
        "one object with many duplicate keys",
        "many distinct unknown keys",
        "avenue of millions of points",
        "stations without English names",
        "long avenue and many stations",
    ];
    let sizes = [MB, 2 * MB + MB / 2, 5 * MB, 10 * MB];
    let args: Vec<String> = std::env::args().collect();
    // `--one KIND SIZE`: one file in a process of its own, so that its peak
    // memory is its own.
    if let [_, flag, kind, size] = args.as_slice() {
        if flag == "--one" {
            one(kind, size.parse().unwrap_or(MB));
            return;
        }
    }
    // `check_bench WORD` runs only the files whose name contains WORD.
    let only = std::env::args().nth(1).unwrap_or_default();
    println!("{:40} {:>10} {:>10} {:>9} {:>9} {:>10} {:>9}", "file", "bytes", "ms", "ms/MB", "kept", "all", "peak MB");
    let exe = std::env::current_exe().ok();
    for kind in kinds.into_iter().filter(|k| k.contains(only.as_str())) {
        for &size in &sizes {
            let out = exe
                .as_ref()
                .and_then(|e| std::process::Command::new(e).args(["--one", kind, &size.to_string()]).output().ok());
            match out {
                Some(o) => print!("{}", String::from_utf8_lossy(&o.stdout)),
                None => one(kind, size),
            }
        }
    }
    println!("peak MB: the process's peak resident memory (VmHWM) after loading, with the input and its generation");
}

fn one(kind: &str, size: usize) {
    let text = generate(kind, size);
    let input_mb = text.len() as f64 / MB as f64;
    let t = Instant::now();
    let report = load(text.as_bytes());
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    println!(
        "{kind:40} {:>10} {ms:>10.1} {:>9.1} {:>9} {:>10} {:>9.1}",
        text.len(),
        ms / input_mb,
        report.problems.len(),
        report.error_count() + report.warning_count(),
        peak_rss_mb().unwrap_or(0.0),
    );
}
