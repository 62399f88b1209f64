//! One streaming pass over the file's JSON. Features are handed to a sink
//! one at a time as they are read, so a file of millions of features never
//! exists as one tree in memory, and every object's keys are checked for
//! duplicates on the way (a JSON parser silently keeps the last of
//! `"id": "a", "id": "b"`, so a published id could change unseen).

use super::problem::JsonKind;
use super::sink::MAX_PROBLEMS_PER_KIND;
use serde::de::{DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::map::Entry;
use serde_json::{Map, Number, Value};
use std::fmt;

/// Where a value sits, as a chain of references to its parents: built on the
/// stack while parsing and spelled out only when a duplicate is found.
#[derive(Clone, Copy)]
enum Path<'a> {
    Top,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn render(&self, out: &mut String) {
        match self {
            Path::Top => {}
            Path::Key(parent, key) => {
                parent.render(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Path::Index(parent, i) => {
                parent.render(out);
                out.push_str(&format!("[{i}]"));
            }
        }
    }
}

/// Keys found twice in one object, as paths from the value's top (e.g.
/// `properties.id`), the first `MAX_PROBLEMS_PER_KIND`; the rest counted.
#[derive(Debug, Default, PartialEq)]
pub struct Dups {
    pub paths: Vec<String>,
    pub more: usize,
}

impl Dups {
    fn record(&mut self, parent: &Path, key: &str) {
        if self.paths.len() < MAX_PROBLEMS_PER_KIND {
            let mut s = String::new();
            Path::Key(parent, key).render(&mut s);
            self.paths.push(s);
        } else {
            self.more += 1;
        }
    }
}

/// Builds a `serde_json::Value` exactly as serde_json would, recording
/// duplicate keys instead of silently dropping them.
struct ValueSeed<'p, 'd> {
    path: &'p Path<'p>,
    dups: &'d mut Dups,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_, '_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_, '_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        loop {
            let here = Path::Index(self.path, out.len());
            match seq.next_element_seed(ValueSeed { path: &here, dups: self.dups })? {
                Some(v) => out.push(v),
                None => return Ok(Value::Array(out)),
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let here = Path::Key(self.path, &key);
            let value = map.next_value_seed(ValueSeed { path: &here, dups: self.dups })?;
            match out.entry(key) {
                Entry::Occupied(mut o) => {
                    self.dups.record(self.path, o.key());
                    o.insert(value);
                }
                Entry::Vacant(v) => {
                    v.insert(value);
                }
            }
        }
        Ok(Value::Object(out))
    }
}

/// Reads one JSON value, recording its duplicate keys in `dups`.
fn value_seed(dups: &mut Dups) -> ValueSeed<'static, '_> {
    ValueSeed { path: &Path::Top, dups }
}

/// Reads a whole JSON text into a value with the loader's reader, for the
/// app's other small JSON files (the map config, the stamps): one JSON
/// reader in the wasm, not two. Duplicate keys keep the last, as
/// serde_json does.
///
/// ```
/// let v = corridor::model::read_json(r#"{"a": [1, "x"]}"#).unwrap();
/// assert_eq!(v["a"][1], "x");
/// assert!(corridor::model::read_json("{").is_err());
/// ```
pub fn read_json(text: &str) -> Result<Value, serde_json::Error> {
    let mut dups = Dups::default();
    let mut de = serde_json::Deserializer::from_str(text);
    let value = value_seed(&mut dups).deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// What the loader does with the parts of the file as they are read.
pub trait Sink {
    /// The feature at `index` of `features`, with its duplicate keys.
    fn feature(&mut self, index: usize, feature: Value, dups: Dups);
    /// The collection's `metadata` member.
    fn metadata(&mut self, metadata: Value, dups: Dups);
    /// A member of the top-level object given twice (`type`, `features`...).
    fn top_level_duplicate(&mut self, key: &str);
}

/// What the top of the file was.
#[derive(Debug, PartialEq)]
pub enum Top {
    /// Not an object: what it was instead.
    NotObject(JsonKind),
    Object {
        type_name: Option<Value>,
        features: Features,
    },
}

#[derive(Debug, PartialEq, Clone, Copy)]
pub enum Features {
    Missing,
    NotAList,
    List,
}

/// Parses `text`, handing each feature to `sink` as soon as it is read.
pub fn parse(text: &str, sink: &mut impl Sink) -> Result<Top, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let top = TopSeed { sink }.deserialize(&mut de)?;
    de.end()?;
    Ok(top)
}

struct TopSeed<'s, S> {
    sink: &'s mut S,
}

impl<'de, S: Sink> DeserializeSeed<'de> for TopSeed<'_, S> {
    type Value = Top;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Top, D::Error> {
        d.deserialize_any(self)
    }
}

/// The kind of a top-level value that is not an object.
macro_rules! not_object {
    ($($f:ident($t:ty) => $what:expr),*) => {
        $(fn $f<E>(self, _: $t) -> Result<Top, E> { Ok(Top::NotObject($what)) })*
    };
}

impl<'de, S: Sink> Visitor<'de> for TopSeed<'_, S> {
    type Value = Top;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a GeoJSON FeatureCollection")
    }
    not_object!(visit_bool(bool) => JsonKind::Bool, visit_i64(i64) => JsonKind::Number,
        visit_u64(u64) => JsonKind::Number, visit_f64(f64) => JsonKind::Number, visit_str(&str) => JsonKind::String);
    fn visit_unit<E>(self) -> Result<Top, E> {
        Ok(Top::NotObject(JsonKind::Null))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Top, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Top::NotObject(JsonKind::List))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
        let mut type_name = None;
        let mut features = Features::Missing;
        let mut next_index = 0;
        let mut seen_metadata = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "type" => {
                    let mut dups = Dups::default();
                    if type_name.replace(map.next_value_seed(value_seed(&mut dups))?).is_some() {
                        self.sink.top_level_duplicate("type");
                    }
                }
                "features" => {
                    if features != Features::Missing {
                        self.sink.top_level_duplicate("features");
                    }
                    let seed = FeaturesSeed { sink: &mut *self.sink, next_index: &mut next_index };
                    features = map.next_value_seed(seed)?;
                }
                "metadata" => {
                    if std::mem::replace(&mut seen_metadata, true) {
                        self.sink.top_level_duplicate("metadata");
                    }
                    let mut dups = Dups::default();
                    let value = map.next_value_seed(value_seed(&mut dups))?;
                    self.sink.metadata(value, dups);
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Top::Object { type_name, features })
    }
}

struct FeaturesSeed<'s, S> {
    sink: &'s mut S,
    /// Index of the next feature: a second `features` list goes on counting.
    next_index: &'s mut usize,
}

impl<'de, S: Sink> DeserializeSeed<'de> for FeaturesSeed<'_, S> {
    type Value = Features;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Features, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, S: Sink> Visitor<'de> for FeaturesSeed<'_, S> {
    type Value = Features;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of features")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Features, E> {
        Ok(Features::NotAList)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Features, E> {
        Ok(Features::NotAList)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Features, E> {
        Ok(Features::NotAList)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Features, E> {
        Ok(Features::NotAList)
    }
    fn visit_str<E>(self, _: &str) -> Result<Features, E> {
        Ok(Features::NotAList)
    }
    fn visit_unit<E>(self) -> Result<Features, E> {
        Ok(Features::NotAList)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Features, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Features::NotAList)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Features, A::Error> {
        loop {
            let mut dups = Dups::default();
            let Some(feature) = seq.next_element_seed(value_seed(&mut dups))? else { return Ok(Features::List) };
            let index = *self.next_index;
            *self.next_index = index.checked_add(1).ok_or_else(|| A::Error::custom("too many features"))?;
            self.sink.feature(index, feature, dups);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Collect {
        features: Vec<(usize, Value, Dups)>,
        metadata: Vec<(Value, Dups)>,
        top: Vec<String>,
    }

    impl Sink for Collect {
        fn feature(&mut self, index: usize, feature: Value, dups: Dups) {
            self.features.push((index, feature, dups));
        }
        fn metadata(&mut self, metadata: Value, dups: Dups) {
            self.metadata.push((metadata, dups));
        }
        fn top_level_duplicate(&mut self, key: &str) {
            self.top.push(key.to_string());
        }
    }

    #[test]
    fn reads_the_shipped_file_as_serde_json_does() {
        let text = include_str!("../../public/data/corridor.geojson");
        let mut c = Collect::default();
        let top = parse(text, &mut c).expect("valid JSON");
        assert!(matches!(top, Top::Object { features: Features::List, .. }));
        let whole: Value = serde_json::from_str(text).expect("JSON");
        let features: Vec<Value> = c.features.iter().map(|(_, f, _)| f.clone()).collect();
        assert_eq!(Some(&Value::Array(features)), whole.get("features"));
        assert!(c.features.iter().all(|(_, _, d)| *d == Dups::default()));
        assert!(c.top.is_empty());
    }

    #[test]
    fn records_duplicate_keys_with_their_paths() {
        let text = r#"{"type":"FeatureCollection","type":"x","features":[{"properties":{"id":"a","id":"b",
            "source":[{"title":"t","title":"u"}]}}, {"geometry":{"type":"Point","type":"Point"}}]}"#;
        let mut c = Collect::default();
        let top = parse(text, &mut c).expect("valid JSON");
        assert!(matches!(top, Top::Object { type_name: Some(Value::String(ref t)), .. } if t == "x"));
        assert_eq!(c.top, ["type"]);
        assert_eq!(c.features[0].2.paths, ["properties.id", "properties.source[0].title"]);
        assert_eq!(c.features[0].1["properties"]["id"], "b");
        assert_eq!(c.features[1].2.paths, ["geometry.type"]);
    }
}
