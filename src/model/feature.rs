//! One GeoJSON Feature (RFC 7946, section 3.2) read from its JSON: its
//! `properties` and its `geometry`, or what is wrong with its shape. The
//! coordinates are read later, by the rules of the kind of place
//! (`geometry::shape`). Reading the JSON tree directly, rather than through
//! a typed deserializer, names each mistake in the reader's language and
//! keeps the visitors' wasm small.

use super::problem::{FoundInstead, JsonKind};
use super::text_damage::escape_invisible;
use serde_json::{Map, Value};

/// The geometry types RFC 7946 defines (section 1.4).
const GEOMETRY_TYPES: &[&str] =
    &["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

/// A feature's members, as far as its shape is sound.
#[derive(Debug, PartialEq)]
pub struct Feature<'a> {
    /// Its properties (an absent or `null` member reads as none).
    pub properties: Option<&'a Map<String, Value>>,
    /// Its geometry; `None` for `null` or an absent member.
    pub geometry: Option<Geometry<'a>>,
}

/// A geometry of one of RFC 7946's types; its coordinates unchecked.
#[derive(Debug, PartialEq, Clone, Copy)]
pub struct Geometry<'a> {
    /// One of [`GEOMETRY_TYPES`].
    pub type_name: &'a str,
    /// The `coordinates` member, whatever it holds.
    pub coordinates: Option<&'a Value>,
}

/// What makes a value no GeoJSON feature.
#[derive(Debug, Clone, PartialEq)]
pub enum FeatureFault {
    /// Not a JSON object at all.
    NotAnObject(JsonKind),
    /// Its `"type"` is not `"Feature"`.
    NotFeature(FoundInstead),
    /// `properties` is neither an object nor `null`.
    PropertiesNotObject(JsonKind),
    /// `geometry` is neither an object nor `null`.
    GeometryNotObject(JsonKind),
    /// The geometry's `"type"` is none of RFC 7946's.
    UnknownGeometryType(FoundInstead),
}

impl FeatureFault {
    /// The member the fault is in (`None`: the feature as a whole).
    pub fn property(&self) -> Option<&'static str> {
        match self {
            FeatureFault::NotAnObject(_) => None,
            FeatureFault::NotFeature(_) => Some("type"),
            FeatureFault::PropertiesNotObject(_) => Some("properties"),
            FeatureFault::GeometryNotObject(_) => Some("geometry"),
            FeatureFault::UnknownGeometryType(_) => Some("geometry.type"),
        }
    }
}

/// What a `"type"` member holds, when it is not the one expected.
fn found_type(v: Option<&Value>) -> FoundInstead {
    match v {
        None => FoundInstead::NoType,
        Some(Value::String(t)) => FoundInstead::OtherType(escape_invisible(t).into_owned()),
        Some(other) => FoundInstead::Json(JsonKind::of(other)),
    }
}

/// An object member that may be `null` or absent.
fn optional_object(
    v: Option<&Value>,
    fault: fn(JsonKind) -> FeatureFault,
) -> Result<Option<&Map<String, Value>>, FeatureFault> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(o)) => Ok(Some(o)),
        Some(other) => Err(fault(JsonKind::of(other))),
    }
}

/// Reads a feature's shape.
///
/// ```
/// use corridor::model::{read_feature_json, FeatureFault, FoundInstead};
/// let ok = serde_json::json!({"type": "Feature", "properties": {"kind": "station"},
///     "geometry": {"type": "Point", "coordinates": [121.2, 30.7]}});
/// let f = read_feature_json(&ok).unwrap();
/// assert_eq!(f.geometry.unwrap().type_name, "Point");
/// let circle = serde_json::json!({"type": "Feature", "properties": null,
///     "geometry": {"type": "Circle"}});
/// assert_eq!(read_feature_json(&circle),
///     Err(FeatureFault::UnknownGeometryType(FoundInstead::OtherType("Circle".into()))));
/// ```
pub fn read_feature_json(v: &Value) -> Result<Feature<'_>, FeatureFault> {
    let Value::Object(members) = v else { return Err(FeatureFault::NotAnObject(JsonKind::of(v))) };
    let type_name = members.get("type");
    if type_name.and_then(Value::as_str) != Some("Feature") {
        return Err(FeatureFault::NotFeature(found_type(type_name)));
    }
    let properties = optional_object(members.get("properties"), FeatureFault::PropertiesNotObject)?;
    let geometry = match optional_object(members.get("geometry"), FeatureFault::GeometryNotObject)? {
        None => None,
        Some(g) => {
            let type_name = g.get("type");
            let known = type_name.and_then(Value::as_str).and_then(|t| GEOMETRY_TYPES.iter().find(|k| **k == t));
            let Some(type_name) = known else { return Err(FeatureFault::UnknownGeometryType(found_type(type_name))) };
            Some(Geometry { type_name, coordinates: g.get("coordinates") })
        }
    };
    Ok(Feature { properties, geometry })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn absent_and_null_members_read_as_none() {
        for v in [json!({"type": "Feature"}), json!({"type": "Feature", "properties": null, "geometry": null})] {
            assert_eq!(read_feature_json(&v), Ok(Feature { properties: None, geometry: None }), "{v}");
        }
    }

    #[test]
    fn names_each_fault_and_its_member() {
        let cases = [
            (json!([1, 2]), FeatureFault::NotAnObject(JsonKind::List), None),
            (json!({"properties": {}}), FeatureFault::NotFeature(FoundInstead::NoType), Some("type")),
            (json!({"type": "Point"}), FeatureFault::NotFeature(FoundInstead::OtherType("Point".into())), Some("type")),
            (json!({"type": 7}), FeatureFault::NotFeature(FoundInstead::Json(JsonKind::Number)), Some("type")),
            (
                json!({"type": "Feature", "properties": "x"}),
                FeatureFault::PropertiesNotObject(JsonKind::String),
                Some("properties"),
            ),
            (
                json!({"type": "Feature", "geometry": [121.2, 30.7]}),
                FeatureFault::GeometryNotObject(JsonKind::List),
                Some("geometry"),
            ),
            (
                json!({"type": "Feature", "geometry": {"coordinates": [1, 2]}}),
                FeatureFault::UnknownGeometryType(FoundInstead::NoType),
                Some("geometry.type"),
            ),
        ];
        for (value, fault, property) in cases {
            assert_eq!(read_feature_json(&value), Err(fault.clone()), "{value}");
            assert_eq!(fault.property(), property);
        }
    }

    #[test]
    fn a_hidden_character_in_a_type_is_escaped() {
        let v = json!({"type": "Fea\u{202e}ture"});
        assert_eq!(
            read_feature_json(&v),
            Err(FeatureFault::NotFeature(FoundInstead::OtherType("Fea\\u{202e}ture".into())))
        );
    }

    #[test]
    fn every_rfc_7946_geometry_type_is_known() {
        for t in GEOMETRY_TYPES {
            let v = json!({"type": "Feature", "geometry": {"type": t}});
            let f = read_feature_json(&v).unwrap();
            assert_eq!(f.geometry.map(|g| g.type_name), Some(*t));
        }
    }
}
