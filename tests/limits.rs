//! Bounded work whatever the file: a report keeps at most a fixed number of
//! problems of each kind and counts the rest, and the checker refuses files
//! over the size limit without reading them whole.

use corridor::model::{load, ProblemKind, Severity, MAX_FILE_BYTES, MAX_PROBLEMS_PER_KIND};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn broken_features(n: usize) -> String {
    format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, vec!["0"; n].join(","))
}

#[test]
fn many_broken_features_keep_a_bounded_report_and_count_them_all() {
    let n = 20 * MAX_PROBLEMS_PER_KIND;
    let report = load(broken_features(n).as_bytes());
    let invalid = report.problems.iter().filter(|p| matches!(p.kind, ProblemKind::InvalidFeature { .. })).count();
    assert_eq!(invalid, MAX_PROBLEMS_PER_KIND);
    let omitted: Vec<&ProblemKind> =
        report.problems.iter().map(|p| &p.kind).filter(|k| matches!(k, ProblemKind::Omitted { .. })).collect();
    assert_eq!(omitted, [&ProblemKind::Omitted { count: n - MAX_PROBLEMS_PER_KIND, limit: MAX_PROBLEMS_PER_KIND }]);
    // The totals still count every problem (and the file has no avenue).
    assert_eq!(report.error_count(), n + 1);
    assert_eq!(report.omitted(), n - MAX_PROBLEMS_PER_KIND);
    // The summary follows the last problem of its kind.
    let at = report.problems.iter().position(|p| matches!(p.kind, ProblemKind::Omitted { .. })).unwrap_or(0);
    assert!(matches!(report.problems[at - 1].kind, ProblemKind::InvalidFeature { .. }));
    assert_eq!(report.problems[at].severity, Severity::Error);
}

/// Runs the checker on `path`, killing it if it takes longer than `limit`.
fn check_within(path: &str, limit: Duration) -> (Option<i32>, String) {
    let exe = env!("CARGO_BIN_EXE_corridor-check");
    let mut child = Command::new(exe)
        .args(["--lang", "en", path])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("checker starts");
    let start = Instant::now();
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the checker took over {limit:?} on {path}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("output");
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn checker_refuses_an_oversized_file_by_its_size() {
    let dir = std::env::temp_dir().join(format!("corridor-limits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("huge.geojson");
    let size = 200 * 1024 * 1024;
    // A sparse file: its size is known without writing 200 MB.
    std::fs::File::create(&path).and_then(|f| f.set_len(size)).expect("sparse file");
    let (code, out) = check_within(path.to_str().unwrap_or_default(), Duration::from_secs(10));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, Some(1), "{out}");
    let expected = corridor::model::Problem::error(
        corridor::model::Location::file(),
        ProblemKind::TooLarge { bytes: size as usize, limit: MAX_FILE_BYTES },
    )
    .describe(corridor::i18n::Lang::En);
    assert!(out.contains(&expected), "{out}");
}

#[test]
fn checker_refuses_an_endless_stream() {
    let (code, out) = check_within("/dev/zero", Duration::from_secs(20));
    assert_eq!(code, Some(1), "{out}");
    let expected = corridor::model::Problem::error(
        corridor::model::Location::file(),
        ProblemKind::TooLargeStream { limit: MAX_FILE_BYTES },
    )
    .describe(corridor::i18n::Lang::En);
    assert!(out.contains(&expected), "{out}");
}
