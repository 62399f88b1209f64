//! From the bytes of a GeoJSON file to the typed corridor, with every
//! problem found on the way. Never panics, whatever the input.

use super::corridor::*;
use super::feature::{read_feature_json, Feature, Geometry};
use super::geometry::{shape, Allowed};
use super::parse::{parse, Dups, Features, Sink, Top};
use super::problem::{FoundInstead, Location, Problem, ProblemKind, Severity};
use super::props::{Need, Props};
use super::sink::Problems;
use super::validate::cross_check;
use crate::geo::Polyline;
use serde_json::{Map, Value};

/// Files above this size are refused: a phone on a weak signal must not be
/// sent megabytes, and a runaway export is caught early.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

const KINDS: &[&str] = &["avenue", "station", "unit", "context"];

/// The outcome of loading: the corridor where it could be read, and the
/// problems found, errors and warnings alike. Of each kind of problem the
/// first `MAX_PROBLEMS_PER_KIND` are listed; an `Omitted` problem right
/// after the last of them counts the rest.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadReport {
    /// `None` when the file as a whole is unreadable (not UTF-8, not JSON,
    /// not a FeatureCollection, too large).
    pub corridor: Option<Corridor>,
    pub problems: Vec<Problem>,
}

impl LoadReport {
    /// Every error found, listed or not.
    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    /// Every warning found, listed or not.
    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    /// How many problems were found but not listed.
    pub fn omitted(&self) -> usize {
        self.problems.iter().filter(|p| matches!(p.kind, ProblemKind::Omitted { .. })).map(Problem::weight).sum()
    }

    fn count(&self, severity: Severity) -> usize {
        self.problems.iter().filter(|p| p.severity == severity).map(Problem::weight).sum()
    }

    /// A report of one problem that makes the whole file unreadable.
    pub fn fatal(kind: ProblemKind) -> Self {
        LoadReport { corridor: None, problems: vec![Problem::error(Location::file(), kind)] }
    }
}

/// Loads a corridor file: one streaming pass that reads each feature as it
/// comes, then the checks across features. Time is linear in the size of
/// the file; memory is the typed corridor plus a bounded list of problems.
pub fn load(bytes: &[u8]) -> LoadReport {
    if bytes.len() > MAX_FILE_BYTES {
        return LoadReport::fatal(ProblemKind::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => return LoadReport::fatal(not_utf8(bytes, e.valid_up_to())),
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut reader = Reader::default();
    let top = match parse(text, &mut reader) {
        Ok(top) => top,
        Err(e) => return LoadReport::fatal(not_json(text, &e)),
    };
    let features = match top {
        Top::NotObject(kind) => {
            return LoadReport::fatal(ProblemKind::NotFeatureCollection { found: FoundInstead::Json(kind) })
        }
        Top::Object { type_name: Some(Value::String(t)), features } if t == "FeatureCollection" => features,
        Top::Object { type_name: Some(Value::String(t)), .. } => {
            let found = FoundInstead::OtherType(super::text_damage::escape_invisible(&t).into_owned());
            return LoadReport::fatal(ProblemKind::NotFeatureCollection { found });
        }
        Top::Object { .. } => {
            return LoadReport::fatal(ProblemKind::NotFeatureCollection { found: FoundInstead::NoType })
        }
    };
    if features != Features::List {
        return LoadReport::fatal(ProblemKind::NoFeatures);
    }
    let Reader { mut corridor, avenues, avenue_features, mut problems } = reader;
    // An avenue feature with errors is reported already; "no avenue" would
    // only repeat it.
    cross_check(&mut corridor, avenues, avenue_features, &mut problems);
    LoadReport { corridor: Some(corridor), problems: problems.finish() }
}

/// Where the first byte that is not UTF-8 is: line and column (in
/// characters, from 1) of the valid text before it, and the byte offset.
fn not_utf8(bytes: &[u8], byte_offset: usize) -> ProblemKind {
    let valid = std::str::from_utf8(&bytes[..byte_offset.min(bytes.len())]).unwrap_or_default();
    let line_start = valid.rfind('\n').map_or(0, |i| i + 1);
    let line = valid.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = valid[line_start..].chars().count() + 1;
    ProblemKind::NotUtf8 { byte_offset, line, column }
}

/// What kind of JSON mistake it is: each gets its own advice.
fn not_json(text: &str, e: &serde_json::Error) -> ProblemKind {
    let (line, column) = (e.line(), e.column());
    if text.trim().is_empty() {
        return ProblemKind::EmptyFile;
    }
    if e.is_eof() {
        return ProblemKind::Truncated { line, column };
    }
    // serde_json has no public error code; its messages are stable
    // ("recursion limit exceeded", "number out of range").
    let message = e.to_string();
    if message.starts_with("recursion limit exceeded") {
        ProblemKind::TooDeep { line, column }
    } else if message.starts_with("number out of range") {
        ProblemKind::NumberOutOfRange { line, column }
    } else {
        ProblemKind::NotJson { line, column }
    }
}

/// What loading has read so far, fed one feature at a time by the parser.
#[derive(Default)]
struct Reader {
    corridor: Corridor,
    avenues: Vec<Avenue>,
    /// Features that say they are the avenue, readable or not.
    avenue_features: usize,
    problems: Problems,
}

impl Reader {
    /// One error per duplicated key, at `at` (the key's path as its property).
    fn duplicates(&mut self, at: &Location, prefix: &str, dups: Dups) {
        for path in dups.paths {
            let key = path.rsplit('.').next().unwrap_or(&path).to_string();
            let key = key.split('[').next().unwrap_or(&key).to_string();
            let property = path.strip_prefix("properties.").unwrap_or(&path);
            self.problems.push(Problem::error(
                at.with_property(&format!("{prefix}{property}")),
                ProblemKind::DuplicateKey { key },
            ));
        }
        let kind = std::mem::discriminant(&ProblemKind::DuplicateKey { key: String::new() });
        for _ in 0..dups.more {
            self.problems.push_with(Severity::Error, kind, || {
                Problem::error(at.clone(), ProblemKind::DuplicateKey { key: String::new() })
            });
        }
    }
}

impl Sink for Reader {
    fn feature(&mut self, i: usize, raw: Value, dups: Dups) {
        let avenue = raw.pointer("/properties/kind").and_then(Value::as_str) == Some("avenue");
        self.avenue_features += usize::from(avenue);
        if dups.paths.len() + dups.more > 0 {
            self.duplicates(&Location::feature(i, id_of(&raw).as_deref()), "", dups);
        }
        // A file of millions of broken features: only the messages that
        // are listed are built.
        let feature = match read_feature_json(&raw) {
            Ok(f) => f,
            Err(fault) => {
                let kind = std::mem::discriminant(&ProblemKind::InvalidFeature { fault: fault.clone() });
                self.problems.push_with(Severity::Error, kind, || {
                    let at = Location::feature(i, id_of(&raw).as_deref());
                    let at = match fault.property() {
                        Some(p) => at.with_property(p),
                        None => at,
                    };
                    Problem::error(at, ProblemKind::InvalidFeature { fault })
                });
                return;
            }
        };
        read_feature(i, feature, &mut self.corridor, &mut self.avenues, &mut self.problems);
    }

    fn metadata(&mut self, v: Value, dups: Dups) {
        self.duplicates(&Location::file(), "metadata.", dups);
        self.corridor.meta = metadata(Some(&v), &mut self.problems);
    }

    fn top_level_duplicate(&mut self, key: &str) {
        self.problems.push(Problem::error(
            Location::file().with_property(key),
            ProblemKind::DuplicateKey { key: key.to_string() },
        ));
    }
}

fn metadata(v: Option<&Value>, problems: &mut Problems) -> Metadata {
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
/// (for a feature whose shape could not be read).
fn id_of(v: &Value) -> Option<String> {
    let props = v.get("properties")?;
    props.get("id").or_else(|| props.get("code")).and_then(Value::as_str).map(str::to_string)
}

fn read_feature(i: usize, feature: Feature, c: &mut Corridor, avenues: &mut Vec<Avenue>, problems: &mut Problems) {
    let empty = Map::new();
    let props = feature.properties.unwrap_or(&empty);
    let id = props.get("id").or_else(|| props.get("code")).and_then(Value::as_str);
    let at = Location::feature(i, id);
    let geometry = feature.geometry.as_ref();
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
    geometry: Option<&Geometry>,
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

fn avenue(i: usize, geometry: Option<&Geometry>, p: &mut Props) -> Option<Avenue> {
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

fn station(i: usize, geometry: Option<&Geometry>, p: &mut Props) -> Option<Station> {
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
    let facts = GroupFacts::read(|key| p.yes_no(key));
    let visit_minutes = p.minutes("visit_minutes", MAX_VISIT_MINUTES);
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
        facts,
        visit_minutes,
    })
}

fn unit(i: usize, geometry: Option<&Geometry>, p: &mut Props) -> Option<Unit> {
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

fn context(i: usize, geometry: Option<&Geometry>, p: &mut Props) -> Option<ContextFeature> {
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
    fn a_broken_feature_is_reported_by_index_and_id_and_the_others_still_load() {
        let text = r#"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Circle"}, "properties": {"id": "x"}}]}"#;
        let report = load(text.as_bytes());
        assert!(matches!(&report.problems[0], Problem { kind: ProblemKind::InvalidFeature { .. }, at, .. }
            if at.feature == Some(0) && at.id.as_deref() == Some("x")));
    }
}
