//! Structure-aware fuzzing of the loader: start from the shipped file,
//! parsed, and apply random edits a person or a broken export could make:
//! features deleted, repeated, reordered; properties of the wrong type;
//! hostile strings (controls, bidi, 10,000 characters, mojibake); values
//! nested deeply; numbers out of range; coordinates swapped, null or empty;
//! keys given twice; the text cut anywhere. Whatever comes out: no panic,
//! at most `MAX_PROBLEMS_PER_KIND` problems of each kind listed, totals that
//! count them all, and the same report every time.

use corridor::model::{load, LoadReport, ProblemKind, Severity, MAX_PROBLEMS_PER_KIND};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::HashMap;

const SHIPPED: &str = include_str!("../public/data/corridor.geojson");

/// Raw JSON put in place of a placeholder string after serialising: values
/// serde_json would never write itself.
const RAW_NUMBERS: [&str; 6] = ["1e400", "-1e400", "-0", "1e-400", "-0.0e-0", "123456789012345678901234567890"];

fn hostile_strings() -> Vec<String> {
    vec![
        "\u{1b}]0;title\u{7}".into(),
        "农建\u{202E}村".into(),
        "\u{2066}abc\u{2069}".into(),
        "\u{200B}".into(),
        "\u{0}\u{1}\u{7f}".into(),
        "a\nb\r\tc".into(),
        "閲戝北澶ч亾".into(),
        "锟斤拷".into(),
        "张(".repeat(500),
        "x".repeat(10_000),
        "农(nóng)".into(),
        String::new(),
        "   ".into(),
        "?".repeat(30),
    ]
}

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize),
    Repeat(usize, usize),
    Swap(usize, usize),
    SetProperty(usize, usize, Value),
    Hostile(usize, usize, usize),
    Nest(usize, usize),
    RawNumber(usize, usize),
    Coordinates(usize, u8),
    DuplicateKey(usize, usize),
}

fn any_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|i| json!(i)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        "[a-z]{0,6}".prop_map(Value::String),
        Just(json!([])),
        Just(json!({})),
        Just(json!([1, "a", null])),
        Just(json!({"title": 1})),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    let i = 0..64usize;
    prop_oneof![
        i.clone().prop_map(Edit::Delete),
        (i.clone(), 1..300usize).prop_map(|(f, n)| Edit::Repeat(f, n)),
        (i.clone(), i.clone()).prop_map(|(a, b)| Edit::Swap(a, b)),
        (i.clone(), 0..32usize, any_value()).prop_map(|(f, k, v)| Edit::SetProperty(f, k, v)),
        (i.clone(), 0..32usize, 0..14usize).prop_map(|(f, k, s)| Edit::Hostile(f, k, s)),
        (i.clone(), 1..200usize).prop_map(|(f, d)| Edit::Nest(f, d)),
        (i.clone(), 0..RAW_NUMBERS.len()).prop_map(|(f, n)| Edit::RawNumber(f, n)),
        (i.clone(), 0..5u8).prop_map(|(f, c)| Edit::Coordinates(f, c)),
        (i, 0..32usize).prop_map(|(f, k)| Edit::DuplicateKey(f, k)),
    ]
}

/// The name of the `k`-th property of a feature (wrapping), or "name".
fn key_of(f: &Value, k: usize) -> String {
    let keys: Vec<&String> =
        f.get("properties").and_then(Value::as_object).map(|m| m.keys().collect()).unwrap_or_default();
    if keys.is_empty() {
        "name".into()
    } else {
        keys[k % keys.len()].clone()
    }
}

fn set_property(f: &mut Value, key: &str, v: Value) {
    if let Some(props) = f.get_mut("properties").and_then(Value::as_object_mut) {
        props.insert(key.to_string(), v);
    }
}

/// Applies the edits; returns the file's text.
fn mutate(edits: &[Edit], cut: Option<f64>) -> String {
    let mut doc: Value = serde_json::from_str(SHIPPED).expect("shipped file is JSON");
    let mut raw: Vec<(String, String)> = Vec::new();
    let hostile = hostile_strings();
    for (n, e) in edits.iter().enumerate() {
        let Some(features) = doc.get_mut("features").and_then(Value::as_array_mut) else { break };
        if features.is_empty() {
            break;
        }
        let len = features.len();
        let pick = |i: usize| i % len;
        match e {
            Edit::Delete(i) => {
                features.remove(pick(*i));
            }
            Edit::Repeat(i, times) => {
                let f = features[pick(*i)].clone();
                features.extend(std::iter::repeat_n(f, *times));
            }
            Edit::Swap(a, b) => features.swap(pick(*a), pick(*b)),
            Edit::SetProperty(i, k, v) => {
                let f = &mut features[pick(*i)];
                let key = key_of(f, *k);
                set_property(f, &key, v.clone());
            }
            Edit::Hostile(i, k, s) => {
                let f = &mut features[pick(*i)];
                let key = key_of(f, *k);
                set_property(f, &key, Value::String(hostile[*s % hostile.len()].clone()));
            }
            Edit::Nest(i, depth) => {
                let mut v = json!(1);
                for _ in 0..*depth {
                    v = json!([v]);
                }
                set_property(&mut features[pick(*i)], "deep", v);
            }
            Edit::RawNumber(i, which) => {
                let marker = format!("@raw{n}@");
                let f = &mut features[pick(*i)];
                // The first number of the coordinates (a Point's or a line's
                // first position), else the order.
                let first = match f.pointer_mut("/geometry/coordinates") {
                    Some(Value::Array(c)) => match c.first_mut() {
                        Some(n @ Value::Number(_)) => Some(n),
                        Some(Value::Array(p)) => p.first_mut(),
                        _ => None,
                    },
                    _ => None,
                };
                match first {
                    Some(n) => *n = Value::String(marker.clone()),
                    None => set_property(f, "order", Value::String(marker.clone())),
                }
                raw.push((format!("\"{marker}\""), RAW_NUMBERS[*which].to_string()));
            }
            Edit::Coordinates(i, how) => {
                let f = &mut features[pick(*i)];
                if let Some(c) = f.pointer_mut("/geometry/coordinates") {
                    *c = match how {
                        0 => Value::Null,
                        1 => json!([]),
                        2 => json!([[]]),
                        3 => match c.as_array() {
                            Some(a) if a.len() == 2 => json!([a[1], a[0]]),
                            _ => json!([30.75, 121.25]),
                        },
                        _ => json!("121.25, 30.75"),
                    };
                }
            }
            Edit::DuplicateKey(i, k) => {
                let marker = format!("@dup{n}@");
                let f = &mut features[pick(*i)];
                let key = key_of(f, *k);
                if let Some(props) = f.get_mut("properties").and_then(Value::as_object_mut) {
                    props.insert(marker.clone(), json!(0));
                    raw.push((format!("\"{marker}\":0"), format!("\"{key}\":\"dup\"")));
                }
            }
        }
    }
    let mut text = doc.to_string();
    for (marker, value) in raw {
        text = text.replacen(&marker, &value, 1);
    }
    if let Some(fraction) = cut {
        let mut at = (text.len() as f64 * fraction) as usize;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        text.truncate(at);
    }
    text
}

fn check(report: &LoadReport) -> Result<(), TestCaseError> {
    let mut per_kind: HashMap<(std::mem::Discriminant<ProblemKind>, bool), usize> = HashMap::new();
    let mut listed = 0;
    for p in &report.problems {
        if !matches!(p.kind, ProblemKind::Omitted { .. }) {
            *per_kind.entry((std::mem::discriminant(&p.kind), p.severity == Severity::Error)).or_default() += 1;
            listed += 1;
        }
    }
    for (kind, n) in &per_kind {
        prop_assert!(*n <= MAX_PROBLEMS_PER_KIND, "{n} problems of {kind:?} listed");
    }
    prop_assert_eq!(report.error_count() + report.warning_count(), listed + report.omitted());
    Ok(())
}

proptest! {
    // 96 cases keep `cargo test` to about two seconds; `FUZZ_CASES=5000` for a longer run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(96),
        ..ProptestConfig::default()
    })]

    #[test]
    fn edited_shipped_file(edits in prop::collection::vec(edit(), 0..6), cut in prop::option::weighted(0.2, 0.0..1.0f64)) {
        let text = mutate(&edits, cut);
        let report = load(text.as_bytes());
        check(&report)?;
        prop_assert!(report.corridor.is_some() || !report.problems.is_empty());
        // The same bytes, the same report (compared as text: no NaN trap).
        let again = load(text.as_bytes());
        prop_assert_eq!(format!("{report:?}"), format!("{again:?}"));
    }
}

#[test]
fn unedited_shipped_file_is_clean() {
    assert!(load(mutate(&[], None).as_bytes()).problems.is_empty());
}
