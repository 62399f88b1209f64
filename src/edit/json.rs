//! A JSON tree that keeps what a person wrote: keys in their order (and
//! repeated keys, which the checker reports), numbers as typed. serde_json's
//! own `Value` sorts keys unless its `preserve_order` feature is on, and that
//! feature would apply to the visitors' wasm too; this small type costs only
//! the editor.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// One JSON value. Numbers keep their text, so `121.265` stays `121.265`.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// Reads one value. Numbers read through serde_json come back in their
    /// shortest form (`3.0` reads as `3`): only rewritten features show it.
    pub fn parse(text: &str) -> Result<Json, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The value under `key` in an object (the last one, as a JSON reader
    /// takes it).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        match self {
            Json::Obj(entries) => entries.iter_mut().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Sets `key` in place where it is, or appends it at the end, so the
    /// other keys keep their order. Does nothing on a non-object.
    pub fn set(&mut self, key: &str, value: Json) {
        if let Some(slot) = self.get_mut(key) {
            *slot = value;
        } else if let Json::Obj(entries) = self {
            entries.push((key.to_string(), value));
        }
    }

    /// Sets `key` right after `after` when it is new (e.g. `name_en` after
    /// `name`), else where it is.
    pub fn set_after(&mut self, key: &str, after: &str, value: Json) {
        if self.get(key).is_some() {
            return self.set(key, value);
        }
        if let Json::Obj(entries) = self {
            let at = entries.iter().rposition(|(k, _)| k == after).map_or(entries.len(), |i| i + 1);
            entries.insert(at, (key.to_string(), value));
        }
    }

    /// Removes every entry for `key`.
    pub fn remove(&mut self, key: &str) {
        if let Json::Obj(entries) = self {
            entries.retain(|(k, _)| k != key);
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Num(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// A string value.
    pub fn str(s: &str) -> Json {
        Json::Str(s.to_string())
    }

    /// A coordinate to six decimals (about 0.1 m), trailing zeros dropped
    /// as the shipped file writes them (`121.265`, not `121.265000`).
    pub fn coordinate(x: f64) -> Json {
        let s = format!("{x:.6}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        Json::Num(if matches!(s, "" | "-" | "-0") { "0".into() } else { s.to_string() })
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Num(n.to_string()))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Num(n.to_string()))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
        Ok(Json::Num(n.to_string()))
    }
    fn visit_str<E>(self, s: &str) -> Result<Json, E> {
        Ok(Json::Str(s.to_string()))
    }
    fn visit_string<E>(self, s: String) -> Result<Json, E> {
        Ok(Json::Str(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element()? {
            items.push(v);
        }
        Ok(Json::Arr(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut entries = Vec::new();
        while let Some((k, v)) = map.next_entry::<String, Json>()? {
            entries.push((k, v));
        }
        Ok(Json::Obj(entries))
    }
}

/// Writes `v` as the shipped file is written: objects and lists one entry
/// a line, indented by `step` spaces from `indent`, except a list of plain
/// numbers (a position), which stays on one line: `[121.245, 30.752]`.
///
/// ```
/// use corridor::edit::json::{pretty, Json};
/// let v = Json::parse(r#"{"type":"Point","coordinates":[121.245,30.752]}"#).unwrap();
/// assert_eq!(pretty(&v, 0, 2), "{\n  \"type\": \"Point\",\n  \"coordinates\": [121.245, 30.752]\n}");
/// ```
pub fn pretty(v: &Json, indent: usize, step: usize) -> String {
    let mut out = String::new();
    write_value(&mut out, v, indent, step);
    out
}

fn write_value(out: &mut String, v: &Json, indent: usize, step: usize) {
    match v {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Num(n) => out.push_str(n),
        Json::Str(s) => out.push_str(&serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())),
        Json::Arr(items) if items.is_empty() => out.push_str("[]"),
        Json::Arr(items) if items.iter().all(|i| matches!(i, Json::Num(_))) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_value(out, item, indent, step);
            }
            out.push(']');
        }
        Json::Arr(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&" ".repeat(indent + step));
                write_value(out, item, indent + step, step);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&" ".repeat(indent));
            out.push(']');
        }
        Json::Obj(entries) if entries.is_empty() => out.push_str("{}"),
        Json::Obj(entries) => {
            out.push_str("{\n");
            for (i, (k, item)) in entries.iter().enumerate() {
                out.push_str(&" ".repeat(indent + step));
                out.push_str(&serde_json::to_string(k).unwrap_or_else(|_| "\"\"".into()));
                out.push_str(": ");
                write_value(out, item, indent + step, step);
                out.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
            }
            out.push_str(&" ".repeat(indent));
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_their_order_and_repeats() {
        let v = Json::parse(r#"{"b": 1, "a": 2, "b": 3}"#).expect("json");
        let Json::Obj(e) = &v else { panic!("object") };
        let keys: Vec<&str> = e.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["b", "a", "b"]);
        assert_eq!(v.get("b"), Some(&Json::Num("3".into())), "the last wins, as for a reader");
    }

    #[test]
    fn new_keys_go_after_their_partner() {
        let mut v = Json::parse(r#"{"name": "x", "kind": "station"}"#).expect("json");
        v.set_after("name_en", "name", Json::str("X"));
        assert_eq!(pretty(&v, 0, 1), "{\n \"name\": \"x\",\n \"name_en\": \"X\",\n \"kind\": \"station\"\n}");
    }

    #[test]
    fn coordinates_are_written_to_six_decimals_without_trailing_zeros() {
        assert_eq!(Json::coordinate(121.265), Json::Num("121.265".into()));
        assert_eq!(Json::coordinate(30.752_000_04), Json::Num("30.752".into()));
        assert_eq!(Json::coordinate(121.123_456_7), Json::Num("121.123457".into()));
        assert_eq!(Json::coordinate(-0.000_000_1), Json::Num("0".into()));
    }
}
