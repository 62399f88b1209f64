//! Filling in the traditional-Chinese texts a data file does not give, from
//! its simplified ones. The conversion itself (OpenCC) is passed in by the
//! native `corridor-zh-hant` command, so the browser never carries its tables.

use super::props::{TRANSLATED_KEYS, TRANSLATED_LISTS, ZH_HANT_SUFFIX};
use serde_json::{Map, Value};

/// Adds `<key>_zh_hant` beside every translated text in `doc` (features'
/// properties, `metadata`, and the objects of `links`) that has
/// Chinese in it and no traditional text yet; texts staff wrote themselves
/// are kept. Returns how many were added. Linear in the size of `doc`.
///
/// ```
/// use corridor::model::add_traditional;
/// let mut doc = serde_json::json!({"features": [{"properties": {"name": "张桥村", "name_en": "Zhangqiao"}}]});
/// let added = add_traditional(&mut doc, &|s: &str| s.replace('张', "張").replace('桥', "橋"));
/// assert_eq!(added, 1);
/// assert_eq!(doc["features"][0]["properties"]["name_zh_hant"], "張橋村");
/// ```
pub fn add_traditional(doc: &mut Value, convert: &dyn Fn(&str) -> String) -> usize {
    let mut added = 0;
    if let Some(Value::Object(meta)) = doc.get_mut("metadata") {
        added += fill(meta, convert);
    }
    if let Some(Value::Array(features)) = doc.get_mut("features") {
        for f in features {
            if let Some(Value::Object(props)) = f.get_mut("properties") {
                added += fill(props, convert);
            }
        }
    }
    added
}

/// One object and the objects in its lists (`links: [{title}]`).
fn fill(obj: &mut Map<String, Value>, convert: &dyn Fn(&str) -> String) -> usize {
    let mut added = 0;
    for key in TRANSLATED_KEYS {
        let hant_key = format!("{key}{ZH_HANT_SUFFIX}");
        if obj.contains_key(&hant_key) {
            continue;
        }
        let converted = match obj.get(*key) {
            Some(Value::String(s)) if has_hanzi(s) => Value::String(convert(s)),
            Some(Value::Array(items)) if items.iter().any(|i| i.as_str().is_some_and(has_hanzi)) => Value::Array(
                items.iter().map(|i| i.as_str().map_or_else(|| i.clone(), |s| Value::String(convert(s)))).collect(),
            ),
            _ => continue,
        };
        obj.insert(hant_key, converted);
        added += 1;
    }
    for list in TRANSLATED_LISTS {
        if let Some(Value::Array(items)) = obj.get_mut(*list) {
            for item in items {
                if let Value::Object(inner) = item {
                    added += fill(inner, convert);
                }
            }
        }
    }
    added
}

fn has_hanzi(s: &str) -> bool {
    s.chars().any(|c| ('\u{3400}'..='\u{9FFF}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn upper(s: &str) -> String {
        format!("T:{s}")
    }

    #[test]
    fn fills_features_metadata_and_links_but_keeps_what_staff_wrote() {
        let mut doc = json!({
            "metadata": {"title": "导览图", "source": [{"title": "新民晚报"}]},
            "features": [
                {"properties": {"id": "zhangqiao", "name": "张桥村", "name_zh_hant": "張橋村（人工）",
                    "see_do": ["羊肉", "舞台"], "links": [{"title": "原文", "url": "https://x"}], "phone": "021"}},
                {"properties": {"name": "Only English"}},
                {"properties": null}
            ]
        });
        let added = add_traditional(&mut doc, &upper);
        assert_eq!(doc["metadata"]["title_zh_hant"], "T:导览图");
        let p = &doc["features"][0]["properties"];
        assert_eq!(p["name_zh_hant"], "張橋村（人工）");
        assert_eq!(p["see_do_zh_hant"], json!(["T:羊肉", "T:舞台"]));
        assert_eq!(p["links"][0]["title_zh_hant"], "T:原文");
        assert!(p.get("phone_zh_hant").is_none() && p.get("id_zh_hant").is_none());
        assert!(doc["features"][1]["properties"].get("name_zh_hant").is_none());
        // Source titles are citations, kept as published.
        assert!(doc["metadata"]["source"][0].get("title_zh_hant").is_none());
        assert_eq!(added, 3);
    }

    #[test]
    fn the_loader_reads_every_key_it_writes() {
        let text = include_str!("../../public/data/corridor.geojson");
        let mut doc: Value = serde_json::from_str(text).expect("the shipped data is JSON");
        assert!(add_traditional(&mut doc, &upper) > 0);
        let report = super::super::load(doc.to_string().as_bytes());
        let unread: Vec<_> = report
            .problems
            .iter()
            .filter(|p| p.at.property.as_deref().is_some_and(|k| k.ends_with(ZH_HANT_SUFFIX)))
            .collect();
        assert!(unread.is_empty(), "{unread:?}");
        let c = report.corridor.expect("loads");
        assert!(c.stations.iter().all(|s| s.name.zh_hant.as_deref() == Some(&format!("T:{}", s.name.zh)[..])));
    }
}
