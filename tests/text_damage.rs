//! Text damage found in the data: UTF-8 read as GBK and saved again turns
//! 金山大道 into 閲戝北澶ч亾, valid hanzi that are nearly all outside the
//! common set (GB2312 level 1). Proof on every Chinese text we have: each
//! damaged copy is caught, no original is.

use corridor::model::{find_mojibake, invisible_format_character, GB2312_LEVEL1};
use encoding_rs::GBK;
use serde_json::Value;
use std::path::Path;

const SHIPPED: &str = include_str!("../public/data/corridor.geojson");

fn is_hanzi(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Every string in a JSON value.
fn strings<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        Value::Object(m) => m.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The Chinese texts of the shipped data and of the corridor brief (each
/// line, and each run between ASCII punctuation, so short names are tried
/// on their own too).
fn chinese_texts() -> Vec<String> {
    let data: Value = serde_json::from_str(SHIPPED).expect("shipped file is JSON");
    let mut all = Vec::new();
    strings(&data, &mut all);
    let mut texts: Vec<String> = all.into_iter().map(str::to_string).collect();
    let brief = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/corridor-brief.md");
    match std::fs::read_to_string(&brief) {
        Ok(b) => texts.extend(b.lines().map(str::to_string)),
        Err(e) => eprintln!("note: {} not read ({e}); only the shipped data is tried", brief.display()),
    }
    let runs: Vec<String> = texts
        .iter()
        .flat_map(|t| t.split(|c: char| c.is_ascii_punctuation() || c == ' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    texts.extend(runs);
    texts.retain(|t| t.chars().filter(|&c| is_hanzi(c)).count() >= 2);
    texts.sort();
    texts.dedup();
    texts
}

/// UTF-8 bytes read as GBK, as an editor that guessed wrong shows them.
fn read_as_gbk(text: &str) -> String {
    GBK.decode_without_bom_handling(text.as_bytes()).0.into_owned()
}

#[test]
fn every_chinese_text_read_as_gbk_is_caught_and_no_original_is() {
    let texts = chinese_texts();
    assert!(texts.len() > 100, "only {} texts", texts.len());
    let mut missed = Vec::new();
    let mut false_alarms = Vec::new();
    for t in &texts {
        if let Some(s) = find_mojibake(t) {
            false_alarms.push(format!("{t:?} -> {s:?}"));
        }
        let damaged = read_as_gbk(t);
        if find_mojibake(&damaged).is_none() {
            missed.push(format!("{t:?} -> {damaged:?}"));
        }
    }
    assert!(false_alarms.is_empty(), "flagged originals:\n{}", false_alarms.join("\n"));
    assert!(missed.is_empty(), "{} of {} damaged texts missed:\n{}", missed.len(), texts.len(), missed.join("\n"));
}

#[test]
fn the_briefs_examples() {
    assert!(find_mojibake("閲戝北澶ч亾").is_some());
    assert_eq!(read_as_gbk("金山大道"), "閲戝北澶ч亾");
    assert!(find_mojibake("农建村锟斤拷").is_some());
    for ok in ["李一谔", "查山遗址", "戚继光", "金山卫抗战遗址纪念园", "张桥羊肉"] {
        assert_eq!(find_mojibake(ok), None, "{ok}");
    }
}

/// The bitmap of GB2312 level-1 hanzi (rows 16-55, 3,755 characters) the
/// loader ships, regenerated from encoding_rs's GBK decoder. Run with
/// `REGENERATE_GB2312=1` to write the file after a deliberate change.
#[test]
fn the_gb2312_level1_bitmap_matches_encoding_rs() {
    let mut bits = vec![0u8; (0x9FFF - 0x4E00 + 1) / 8];
    let mut count = 0;
    for row in 0xB0u8..=0xD7 {
        // Row 55 (0xD7) ends at 0xF9: its last five cells are empty.
        let last = if row == 0xD7 { 0xF9 } else { 0xFE };
        for cell in 0xA1u8..=last {
            let pair = [row, cell];
            let (text, _, bad) = GBK.decode(&pair);
            assert!(!bad, "{row:X}{cell:X}");
            let c = text.chars().next().expect("one char");
            assert!(is_hanzi(c), "{row:X}{cell:X} -> {c}");
            let i = c as usize - 0x4E00;
            bits[i / 8] |= 1 << (i % 8);
            count += 1;
        }
    }
    assert_eq!(count, 3755);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model/gb2312_level1.bin");
    if std::env::var_os("REGENERATE_GB2312").is_some() {
        std::fs::write(&path, &bits).expect("write bitmap");
    }
    assert!(GB2312_LEVEL1 == bits.as_slice(), "src/model/gb2312_level1.bin differs from encoding_rs: regenerate it");
}

/// The loader's small table of invisible characters is exactly Unicode's
/// category Cf.
#[test]
fn invisible_characters_are_exactly_unicode_format_characters() {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let cf = c.general_category() == GeneralCategory::Format;
        assert_eq!(invisible_format_character(c), cf, "U+{:04X}", c as u32);
    }
}
