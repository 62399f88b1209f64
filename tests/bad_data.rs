//! Every file in tests/bad-data/ gets exactly the diagnosis written beside
//! it, one problem per line: `<name>.expected` in English and
//! `<name>.zh-CN.expected` in Chinese; the checker command prints the same
//! lines in each language and fails (exit 1) on errors.

use corridor::i18n::Lang;
use corridor::model::{load, ProblemKind, Severity, MAX_FILE_BYTES};
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-data");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/bad-data exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "geojson"))
        .collect();
    files.sort();
    files
}

const LANGS: [(Lang, &str, &str); 2] = [(Lang::En, "en", "expected"), (Lang::ZhCn, "zh-CN", "zh-CN.expected")];

fn expected(file: &Path, extension: &str) -> String {
    std::fs::read_to_string(file.with_extension(extension))
        .unwrap_or_else(|e| panic!("{} has no .{extension} file: {e}", file.display()))
}

#[test]
fn each_bad_file_gets_its_exact_diagnosis() {
    let files = fixtures();
    assert!(files.len() >= 25, "only {} fixtures found", files.len());
    let mut failures = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).expect("fixture readable");
        let report = load(&bytes);
        for (lang, _, extension) in LANGS {
            let got: String = report.problems.iter().map(|p| p.describe(lang) + "\n").collect();
            let want = expected(file, extension);
            if got != want {
                failures.push(format!("{} ({extension}):\n--- expected\n{want}--- got\n{got}", file.display()));
            }
        }
        let name = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        if name.starts_with("valid") {
            assert!(report.problems.is_empty(), "{name} should be clean");
        } else {
            assert!(!report.problems.is_empty(), "{name} should have a problem");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_problem_of_a_feature_names_where_it_is() {
    for file in fixtures() {
        let report = load(&std::fs::read(&file).expect("readable"));
        for p in &report.problems {
            if p.at.feature.is_some() {
                assert!(p.at.property.is_some() || matches!(p.kind, ProblemKind::InvalidFeature { .. }), "{p:?}");
            }
        }
    }
}

#[test]
fn checker_prints_the_same_and_exits_1_on_errors() {
    let exe = env!("CARGO_BIN_EXE_corridor-check");
    for file in fixtures() {
        for (_, lang, extension) in LANGS {
            let out = Command::new(exe).args(["--lang", lang]).arg(&file).output().expect("checker runs");
            let stdout = String::from_utf8_lossy(&out.stdout);
            let prefix = format!("{}: ", file.display());
            let mut lines: Vec<&str> = stdout.lines().map(|l| l.strip_prefix(&prefix).unwrap_or(l)).collect();
            // The last line is the verdict and summary.
            lines.pop();
            let lines: String = lines.iter().map(|l| l.to_string() + "\n").collect();
            assert_eq!(lines, expected(&file, extension), "{} ({lang})", file.display());
            let report = load(&std::fs::read(&file).expect("readable"));
            let has_errors = report.problems.iter().any(|p| p.severity == Severity::Error);
            assert_eq!(out.status.code(), Some(if has_errors { 1 } else { 0 }), "{}", file.display());
        }
    }
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let mut big = b"{\"type\":\"FeatureCollection\",\"features\":[]}".to_vec();
    big.resize(MAX_FILE_BYTES + 1, b' ');
    let report = load(&big);
    assert!(report.corridor.is_none());
    assert_eq!(report.problems[0].kind, ProblemKind::TooLarge { bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
}

#[test]
fn checker_usage_errors_exit_2() {
    let exe = env!("CARGO_BIN_EXE_corridor-check");
    let out = Command::new(exe).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(exe).arg("/no/such/file.geojson").output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn checker_output_holds_no_raw_control_characters() {
    // The data and the file name can hold ESC, BEL and line breaks: printed
    // raw they could set the terminal's title or forge a "0 errors" line.
    let exe = env!("CARGO_BIN_EXE_corridor-check");
    let dir = std::env::temp_dir().join(format!("corridor-controls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-data/control-characters-in-id-and-name.geojson");
    let hostile_name = dir.join("a\u{1b}]0;x\u{7}\nb.geojson");
    std::fs::copy(&fixture, &hostile_name).expect("copy");
    for (_, lang, _) in LANGS {
        for file in [&fixture, &hostile_name] {
            let out = Command::new(exe).args(["--lang", lang]).arg(file).output().expect("checker runs");
            for stream in [&out.stdout, &out.stderr] {
                let text = String::from_utf8_lossy(stream);
                let raw: Vec<char> = text.chars().filter(|&c| c != '\n' && (c.is_control() || is_format(c))).collect();
                assert!(raw.is_empty(), "raw {raw:?} in:\n{text}");
                assert_eq!(text.lines().count(), text.matches('\n').count());
            }
            assert_eq!(out.status.code(), Some(1));
            // One line per problem plus the verdict: no forged lines.
            let report = load(&std::fs::read(&fixture).expect("readable"));
            assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), report.problems.len() + 1);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Invisible formatting characters (Unicode category Cf), e.g. bidi controls.
fn is_format(c: char) -> bool {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    c.general_category() == GeneralCategory::Format
}

/// Characters that exist only in simplified script.
const SIMPLIFIED_ONLY: &str = "这个们来时说对发问点图数据错误线显为边实东门车长书见关开进还请检应该删页码读写";

#[test]
fn traditional_messages_are_traditional_outside_the_quoted_data() {
    // The zh-Hant wording is the zh-CN one converted and read through; what
    // it quotes from the file ("...") stays as the file has it.
    for file in fixtures() {
        let report = load(&std::fs::read(&file).expect("readable"));
        for p in &report.problems {
            let line = p.describe(Lang::ZhHant);
            let words: String = line.split('"').step_by(2).collect();
            let bad: Vec<char> = words.chars().filter(|c| SIMPLIFIED_ONLY.contains(*c)).collect();
            assert!(bad.is_empty(), "{}: simplified {bad:?} in {line}", file.display());
            assert_ne!(line, p.describe(Lang::ZhCn), "{}: zh-Hant is the zh-CN text", file.display());
        }
    }
}
