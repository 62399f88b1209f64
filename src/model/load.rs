//! From the bytes of a GeoJSON file to the typed corridor, with every
//! problem found on the way. Never panics, whatever the input.

use super::corridor::*;
use super::geometry::{shape, Allowed};
use super::problem::{FoundInstead, JsonKind, Location, Problem, ProblemKind};
use super::props::{Need, Props};
use super::validate::cross_check;
use crate::geo::Polyline;
use serde_json::{Map, Value};

/// Files above this size are refused: a phone on a weak signal must not be
/// sent megabytes, and a runaway export is caught early.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

const KINDS: &[&str] = &["avenue", "station", "unit", "context"];

/// The outcome of loading: the corridor where it could be read, and every
/// problem found, errors and warnings alike.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadReport {
    /// `None` when the file as a whole is unreadable (not UTF-8, not JSON,
    /// not a FeatureCollection, too large).
    pub corridor: Option<Corridor>,
    pub problems: Vec<Problem>,
}

impl LoadReport {
    pub fn error_count(&self) -> usize {
        self.problems.iter().filter(|p| p.severity == super::Severity::Error).count()
    }

    pub fn warning_count(&self) -> usize {
        self.problems.len() - self.error_count()
    }

    fn fatal(kind: ProblemKind) -> Self {
        LoadReport { corridor: None, problems: vec![Problem::error(Location::file(), kind)] }
    }
}

/// Loads a corridor file.
pub fn load(bytes: &[u8]) -> LoadReport {
    if bytes.len() > MAX_FILE_BYTES {
        return LoadReport::fatal(ProblemKind::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => return LoadReport::fatal(ProblemKind::NotUtf8 { byte_offset: e.valid_up_to() }),
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let (features, meta_json) = match parse_fast(text) {
        Some(parsed) => parsed,
        None => match parse_each(text) {
            Ok(parsed) => parsed,
            Err(fatal) => return fatal,
        },
    };

    let mut problems = Vec::new();
    let mut corridor = Corridor { meta: metadata(meta_json.as_ref(), &mut problems), ..Corridor::default() };
    // An avenue feature with errors is reported already; "no avenue" would
    // only repeat it.
    let avenue_features = features
        .iter()
        .filter(|f| match f {
            Ok(f) => f.properties.as_ref().and_then(|p| p.get("kind")).and_then(Value::as_str) == Some("avenue"),
            Err(e) => e.avenue,
        })
        .count();
    let mut avenues = Vec::new();
    for (i, f) in features.into_iter().enumerate() {
        read_feature(i, f, &mut corridor, &mut avenues, &mut problems);
    }
    cross_check(&mut corridor, avenues, avenue_features, &mut problems);
    LoadReport { corridor: Some(corridor), problems }
}

/// A feature the geojson crate could not read, and what it said.
struct Unreadable {
    id: Option<String>,
    detail: String,
    avenue: bool,
}

type Features = Vec<Result<geojson::Feature, Unreadable>>;

/// The usual case, a valid file: one pass with the geojson crate.
fn parse_fast(text: &str) -> Option<(Features, Option<Value>)> {
    let fc: geojson::FeatureCollection = serde_json::from_str(text).ok()?;
    let metadata = fc.foreign_members.as_ref().and_then(|m| m.get("metadata")).cloned();
    Some((fc.features.into_iter().map(Ok).collect(), metadata))
}

/// A file with mistakes: JSON first, then each feature on its own, so one
/// broken feature is reported by its index and the others still load.
fn parse_each(text: &str) -> Result<(Features, Option<Value>), LoadReport> {
    let root: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Err(LoadReport::fatal(ProblemKind::NotJson { line: e.line(), column: e.column() })),
    };
    let Value::Object(mut root) = root else {
        return Err(LoadReport::fatal(ProblemKind::NotFeatureCollection {
            found: FoundInstead::Json(JsonKind::of(&root)),
        }));
    };
    match root.get("type") {
        Some(Value::String(t)) if t == "FeatureCollection" => {}
        Some(Value::String(t)) => {
            return Err(LoadReport::fatal(ProblemKind::NotFeatureCollection {
                found: FoundInstead::OtherType(t.clone()),
            }))
        }
        _ => return Err(LoadReport::fatal(ProblemKind::NotFeatureCollection { found: FoundInstead::NoType })),
    }
    // Taken by value: each feature is converted without a copy.
    let Some(Value::Array(features)) = root.remove("features") else {
        return Err(LoadReport::fatal(ProblemKind::NoFeatures));
    };
    let features = features
        .into_iter()
        .map(|raw| {
            let id = id_of(&raw);
            let avenue = raw.pointer("/properties/kind").and_then(Value::as_str) == Some("avenue");
            serde_json::from_value(raw).map_err(|e| Unreadable { id, detail: e.to_string(), avenue })
        })
        .collect();
    Ok((features, root.remove("metadata")))
}

fn metadata(v: Option<&Value>, problems: &mut Vec<Problem>) -> Metadata {
    let Some(Value::Object(obj)) = v else { return Metadata::default() };
    let mut p = Props::prefixed(Location::file(), obj, problems, "metadata.");
    let meta = Metadata {
        title: p.texts("title", Need::Optional, true),
        note: p.texts("note", Need::Optional, true),
        updated: p.date("updated"),
        sources: match p.raw("source") {
            Some(Value::Array(list)) if list.is_empty() => Vec::new(),
            Some(_) => p.sources(),
            None => Vec::new(),
        },
    };
    p.warn_unknown();
    meta
}

/// The id a message should name: a station's `id`, or a unit's `code`
/// (for a feature the geojson crate could not read).
fn id_of(v: &Value) -> Option<String> {
    let props = v.get("properties")?;
    props.get("id").or_else(|| props.get("code")).and_then(Value::as_str).map(str::to_string)
}

fn read_feature(
    i: usize,
    read: Result<geojson::Feature, Unreadable>,
    c: &mut Corridor,
    avenues: &mut Vec<Avenue>,
    problems: &mut Vec<Problem>,
) {
    let feature = match read {
        Ok(f) => f,
        Err(e) => {
            problems.push(Problem::error(
                Location::feature(i, e.id.as_deref()),
                ProblemKind::InvalidFeature { detail: e.detail },
            ));
            return;
        }
    };
    let empty = Map::new();
    let props = feature.properties.as_ref().unwrap_or(&empty);
    let id = props.get("id").or_else(|| props.get("code")).and_then(Value::as_str);
    let at = Location::feature(i, id);
    let geometry = feature.geometry.as_ref().map(|g| &g.value);
    let mut p = Props::new(at, props, problems);
    if p.raw("kind").is_none() {
        p.error("kind", ProblemKind::MissingKind);
        return;
    }
    let Some(kind) = p.choice("kind", KINDS, |s| KINDS.iter().position(|k| *k == s)) else { return };
    match KINDS[kind] {
        "avenue" => avenues.extend(avenue(i, geometry, &mut p)),
        "station" => c.stations.extend(station(i, geometry, &mut p)),
        "unit" => c.units.extend(unit(i, geometry, &mut p)),
        _ => c.context.extend(context(i, geometry, &mut p)),
    }
    let _ = p.raw("id");
    p.warn_unknown();
}

/// Reads `position` and the geometry together: an unknown position has no
/// geometry, any other needs one.
fn located(
    p: &mut Props,
    geometry: Option<&geojson::GeometryValue>,
    allowed: Allowed,
    may_be_unknown: bool,
) -> (Option<Shape>, Option<Accuracy>) {
    let accuracy = p.choice("position", Accuracy::NAMES, Accuracy::parse);
    match (geometry, accuracy) {
        (None, Some(Accuracy::Unknown)) if may_be_unknown => (None, accuracy),
        (Some(_), Some(Accuracy::Unknown)) if may_be_unknown => {
            p.error("geometry", ProblemKind::GeometryNotAllowed);
            (None, accuracy)
        }
        (Some(_), Some(Accuracy::Unknown)) | (None, Some(Accuracy::Unknown)) => {
            p.error(
                "position",
                ProblemKind::UnknownValue { found: "unknown".into(), allowed: &["surveyed", "approximate"] },
            );
            (None, None)
        }
        (None, _) => {
            p.error("geometry", ProblemKind::MissingGeometry);
            (None, accuracy)
        }
        (Some(g), _) => {
            let at = p.at.clone();
            (shape(g, allowed, &at, p.problems), accuracy)
        }
    }
}

fn avenue(i: usize, geometry: Option<&geojson::GeometryValue>, p: &mut Props) -> Option<Avenue> {
    let name = p.texts("name", Need::Required, true);
    let description = p.texts("description", Need::Optional, true);
    let (shape, accuracy) = located(p, geometry, Allowed::LineString, false);
    let sources = p.sources();
    let Some(Shape::Line(mut points)) = shape else { return None };
    // Chainage runs west to east whichever way the line was drawn.
    if points.first().map(|a| a.lon) > points.last().map(|b| b.lon) {
        points.reverse();
    }
    Some(Avenue { feature: i, name: name?, description, line: Polyline::new(points)?, accuracy: accuracy?, sources })
}

/// Ids go into printed QR codes: short, lowercase, URL-safe.
pub fn is_valid_id(s: &str) -> bool {
    (2..=32).contains(&s.len())
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn station(i: usize, geometry: Option<&geojson::GeometryValue>, p: &mut Props) -> Option<Station> {
    let id = p.string("id", Need::Required).filter(|id| {
        let ok = is_valid_id(id);
        if !ok {
            p.error("id", ProblemKind::BadId { found: id.clone() });
        }
        ok
    });
    let order = p.order("order");
    let name = p.texts("name", Need::Required, true);
    let category = p.choice("category", Category::NAMES, Category::parse);
    let membership = p.choice("membership", Membership::NAMES, Membership::parse);
    let unit = p.string("unit", Need::Optional);
    let description = p.texts("description", Need::Optional, true);
    let see_do = p.text_list("see_do");
    let hours = p.texts("hours", Need::Optional, true);
    let phone = p.string("phone", Need::Optional);
    let address = p.texts("address", Need::Optional, true);
    let links = p.links();
    let sources = p.sources();
    let (shape, accuracy) = located(p, geometry, Allowed::Point, true);
    let position = match shape {
        Some(Shape::Point(q)) => Some(q),
        _ => None,
    };
    Some(Station {
        feature: i,
        id: id?,
        order: order?,
        name: name?,
        category: category?,
        unit,
        description,
        see_do,
        hours,
        phone,
        address,
        links,
        sources,
        accuracy: if position.is_some() { accuracy? } else { Accuracy::Unknown },
        position,
        membership: membership?,
        along: None,
    })
}

fn unit(i: usize, geometry: Option<&geojson::GeometryValue>, p: &mut Props) -> Option<Unit> {
    let code = p.string("code", Need::Required).filter(|code| {
        let ok = code.len() == 12 && code.bytes().all(|b| b.is_ascii_digit());
        if !ok {
            p.error("code", ProblemKind::BadUnitCode { found: code.clone() });
        }
        ok
    });
    let name = p.texts("name", Need::Required, true);
    let unit_type = p.choice("unit_type", UnitType::NAMES, |s| match s {
        "village" => Some(UnitType::Village),
        "residential" => Some(UnitType::Residential),
        _ => None,
    });
    let (shape, accuracy) = located(p, geometry, Allowed::PointOrPolygon, true);
    let sources = p.sources();
    Some(Unit {
        feature: i,
        code: code?,
        name: name?,
        unit_type: unit_type?,
        accuracy: if shape.is_some() { accuracy? } else { Accuracy::Unknown },
        shape,
        sources,
    })
}

fn context(i: usize, geometry: Option<&geojson::GeometryValue>, p: &mut Props) -> Option<ContextFeature> {
    let name = p.texts("name", Need::Required, true);
    let context = p.choice("context", ContextKind::NAMES, ContextKind::parse);
    let description = p.texts("description", Need::Optional, true);
    let (shape, accuracy) = located(p, geometry, Allowed::Any, false);
    let sources = p.sources();
    Some(ContextFeature {
        feature: i,
        name: name?,
        context: context?,
        description,
        shape: shape?,
        accuracy: accuracy?,
        sources,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_parsers_read_a_valid_file_alike() {
        let text = include_str!("../../public/data/corridor.geojson");
        let (fast, fast_meta) = parse_fast(text).expect("a valid file takes the fast path");
        let Ok((each, each_meta)) = parse_each(text) else { panic!("the careful path reads it too") };
        let plain = |v: Features| v.into_iter().map(Result::ok).collect::<Vec<_>>();
        assert_eq!(plain(fast), plain(each));
        assert_eq!(fast_meta, each_meta);
    }

    #[test]
    fn a_broken_feature_sends_the_file_down_the_careful_path() {
        let text = r#"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Circle"}, "properties": {"id": "x"}}]}"#;
        assert!(parse_fast(text).is_none());
        let Ok((each, _)) = parse_each(text) else { panic!("still a FeatureCollection") };
        assert!(matches!(&each[0], Err(Unreadable { id: Some(id), .. }) if id == "x"));
    }
}
