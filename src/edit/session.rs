//! An edit session: the document being edited, every change undoable, and
//! after each change the very loader and checker the app and
//! `corridor-check` use, so the problems shown are the ones publishing
//! would meet. Problems carry their feature's index, as the features stand.

use super::json::Json;
use super::write::{CutError, Document, Feature};
use crate::geo::LonLat;
use crate::model::{load, LoadReport, Problem};

/// The properties a text can be edited in, in the order a new one is
/// written into a feature (after the nearest earlier one it has).
pub const KEY_ORDER: &[&str] = &[
    "kind",
    "id",
    "code",
    "order",
    "name",
    "name_en",
    "name_zh_hant",
    "category",
    "membership",
    "unit",
    "unit_type",
    "context",
    "description",
    "description_en",
    "description_zh_hant",
    "see_do",
    "see_do_en",
    "hours",
    "hours_en",
    "hours_zh_hant",
    "phone",
    "address",
    "address_en",
    "address_zh_hant",
    "links",
    "position",
    "source",
];

/// One change a person makes.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Puts a station or unit at a WGS-84 position (a click, a drag, a
    /// pasted pair, a nudge); an unknown position becomes `approximate`.
    Place { feature: usize, at: LonLat },
    /// Sets a text property; an empty text removes it (an empty `""` is an
    /// error in the file, and an absent text is honest).
    SetText { feature: usize, key: String, value: String },
    /// Sets `position`. `surveyed` needs where it was measured and when:
    /// the source is added to the feature's `source` list. `unknown` takes
    /// the geometry away.
    SetAccuracy { feature: usize, accuracy: String, source: Option<NewSource> },
    /// Adds a source to the feature's `source` list.
    AddSource { feature: usize, source: NewSource },
    /// Changes a station's id. Ids are printed in QR codes: see [`IdWarning`].
    SetId { feature: usize, id: String, confirmed: bool },
    /// Adds a station with no position after the last station.
    AddStation { id: String, name: String, category: String, confirmed: bool },
    /// Removes a feature (a published station's QR code then fails).
    Remove { feature: usize, confirmed: bool },
}

/// A source to add, in the file's words.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewSource {
    pub title: String,
    pub url: String,
    pub date: String,
}

/// Why an id change waits for a second "yes".
#[derive(Debug, Clone, PartialEq)]
pub enum IdWarning {
    /// The station had this id when the file was opened: QR codes printed
    /// with it would stop working.
    ChangesPublished { old: String },
    /// Another station has it now (the checker would drop one of them).
    InUse { feature: usize },
    /// A station had it when the file was opened (removed or renamed
    /// since): codes printed for that station would open this one.
    WasPublished,
    /// Removing a station whose id was in the file as opened.
    RemovesPublished { id: String },
}

/// Why an edit was not made.
#[derive(Debug, Clone, PartialEq)]
pub enum EditError {
    NoSuchFeature,
    /// Only stations and units have a single position to place.
    NotPlaceable,
    /// `surveyed` without a source title and a date.
    SurveyedNeedsSource,
    NoPosition,
    /// Not 2-32 lowercase letters, digits or `-`, starting with a letter.
    BadId,
    /// Asks to be confirmed.
    Confirm(IdWarning),
}

/// Why a draft could not be restored.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftError {
    NotADraft,
    Cut(CutError),
}

#[derive(Debug, Clone)]
pub struct Session {
    /// The file as opened, and its ids, to warn about printed ones.
    base: String,
    base_ids: Vec<String>,
    doc: Document,
    undo: Vec<Vec<Feature>>,
    redo: Vec<Vec<Feature>>,
    text: String,
    report: LoadReport,
}

/// What a view needs to list a feature.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub index: usize,
    pub kind: String,
    /// A station's id or a unit's code.
    pub key: Option<String>,
    pub name: Option<String>,
    pub order: Option<f64>,
    pub position: Option<LonLat>,
    pub accuracy: Option<String>,
}

impl Session {
    /// Opens a file's text for editing.
    ///
    /// ```
    /// use corridor::edit::session::{Edit, Session};
    /// use corridor::geo::LonLat;
    /// let text = include_str!("../../public/data/corridor.geojson");
    /// let mut s = Session::open(text).unwrap();
    /// let i = s.summaries().iter().find(|f| f.kind == "station" && f.position.is_none()).unwrap().index;
    /// s.apply(Edit::Place { feature: i, at: LonLat::new(121.29, 30.75) }).unwrap();
    /// assert!(s.text() != text);
    /// s.undo();
    /// assert_eq!(s.text(), text);
    /// ```
    pub fn open(text: &str) -> Result<Session, CutError> {
        let doc = Document::parse(text)?;
        let base_ids = doc.features.iter().filter_map(|f| station_id(&f.value).map(str::to_string)).collect();
        Ok(Session::with(text.to_string(), base_ids, doc))
    }

    fn with(base: String, base_ids: Vec<String>, doc: Document) -> Session {
        let text = doc.write();
        let report = load(text.as_bytes());
        Session { base, base_ids, doc, undo: Vec::new(), redo: Vec::new(), text, report }
    }

    /// The file as it now stands.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The file as opened.
    pub fn base(&self) -> &str {
        &self.base
    }

    pub fn report(&self) -> &LoadReport {
        &self.report
    }

    /// The problems of one feature.
    pub fn problems_of(&self, feature: usize) -> impl Iterator<Item = &Problem> {
        self.report.problems.iter().filter(move |p| p.at.feature == Some(feature))
    }

    pub fn is_changed(&self) -> bool {
        self.text != self.base
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn feature(&self, i: usize) -> Option<&Json> {
        self.doc.features.get(i).map(|f| &f.value)
    }

    /// Whether feature `i` differs from the file as read.
    pub fn is_feature_changed(&self, i: usize) -> bool {
        self.doc.features.get(i).is_some_and(Feature::is_changed)
    }

    pub fn summaries(&self) -> Vec<Summary> {
        self.doc.features.iter().enumerate().map(|(i, f)| summary(i, &f.value)).collect()
    }

    /// Makes a change, re-checks the file, and keeps the old state to undo.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let before = self.doc.features.clone();
        if let Err(e) = self.change(edit) {
            self.doc.features = before;
            return Err(e);
        }
        if self.doc.features == before {
            return Ok(());
        }
        self.undo.push(before);
        self.redo.clear();
        self.refresh();
        Ok(())
    }

    pub fn undo(&mut self) -> bool {
        let Some(state) = self.undo.pop() else { return false };
        self.redo.push(std::mem::replace(&mut self.doc.features, state));
        self.refresh();
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(state) = self.redo.pop() else { return false };
        self.undo.push(std::mem::replace(&mut self.doc.features, state));
        self.refresh();
        true
    }

    fn refresh(&mut self) {
        self.text = self.doc.write();
        self.report = load(self.text.as_bytes());
    }

    fn props(&mut self, feature: usize) -> Result<&mut Json, EditError> {
        let f = self.doc.features.get_mut(feature).ok_or(EditError::NoSuchFeature)?;
        if f.value.get("properties").is_none_or(|p| !matches!(p, Json::Obj(_))) {
            f.value.set("properties", Json::Obj(Vec::new()));
        }
        f.value.get_mut("properties").ok_or(EditError::NoSuchFeature)
    }

    fn change(&mut self, edit: Edit) -> Result<(), EditError> {
        match edit {
            Edit::Place { feature, at } => {
                let f = self.doc.features.get(feature).ok_or(EditError::NoSuchFeature)?;
                if !matches!(kind(&f.value), Some("station" | "unit")) {
                    return Err(EditError::NotPlaceable);
                }
                if !(at.lon.is_finite() && at.lat.is_finite()) {
                    return Err(EditError::NoPosition);
                }
                let p = self.props(feature)?;
                if !matches!(p.get("position").and_then(Json::as_str), Some("surveyed" | "approximate")) {
                    set_ordered(p, "position", Json::str("approximate"));
                }
                let point = Json::Obj(vec![
                    ("type".into(), Json::str("Point")),
                    ("coordinates".into(), Json::Arr(vec![Json::coordinate(at.lon), Json::coordinate(at.lat)])),
                ]);
                self.doc.features[feature].value.set("geometry", point);
            }
            Edit::SetText { feature, key, value } => {
                let p = self.props(feature)?;
                let value = value.trim();
                if value.is_empty() {
                    p.remove(&key);
                } else {
                    set_ordered(p, &key, Json::str(value));
                }
            }
            Edit::SetAccuracy { feature, accuracy, source } => {
                if accuracy == "surveyed" {
                    let ok = source.as_ref().is_some_and(|s| !s.title.trim().is_empty() && !s.date.trim().is_empty());
                    if !ok {
                        return Err(EditError::SurveyedNeedsSource);
                    }
                }
                if accuracy != "unknown" && self.position(feature).is_none() {
                    return Err(EditError::NoPosition);
                }
                let p = self.props(feature)?;
                set_ordered(p, "position", Json::str(&accuracy));
                if let Some(s) = source {
                    add_source(p, &s);
                }
                if accuracy == "unknown" {
                    self.doc.features[feature].value.set("geometry", Json::Null);
                }
            }
            Edit::AddSource { feature, source } => add_source(self.props(feature)?, &source),
            Edit::SetId { feature, id, confirmed } => {
                let id = id.trim().to_string();
                if !crate::model::is_valid_id(&id) {
                    return Err(EditError::BadId);
                }
                let old = self.feature(feature).and_then(station_id).map(str::to_string);
                if old.as_deref() == Some(id.as_str()) {
                    return Ok(());
                }
                if !confirmed {
                    if let Some(w) = self.id_warning(Some(feature), &id, old.as_deref()) {
                        return Err(EditError::Confirm(w));
                    }
                }
                set_ordered(self.props(feature)?, "id", Json::str(&id));
            }
            Edit::AddStation { id, name, category, confirmed } => {
                let id = id.trim().to_string();
                if !crate::model::is_valid_id(&id) {
                    return Err(EditError::BadId);
                }
                if !confirmed {
                    if let Some(w) = self.id_warning(None, &id, None) {
                        return Err(EditError::Confirm(w));
                    }
                }
                let order =
                    self.summaries().iter().filter(|s| s.kind == "station").filter_map(|s| s.order).fold(0.0, f64::max);
                let mut props = vec![
                    ("kind".into(), Json::str("station")),
                    ("id".into(), Json::str(&id)),
                    ("order".into(), Json::Num(format!("{}", order as u64 + 1))),
                ];
                if !name.trim().is_empty() {
                    props.push(("name".into(), Json::str(name.trim())));
                }
                props.extend([
                    ("category".into(), Json::str(&category)),
                    // Nothing says it is one of the guide map's 14 until a source does.
                    ("membership".into(), Json::str("unconfirmed")),
                    ("position".into(), Json::str("unknown")),
                    ("source".into(), Json::Arr(Vec::new())),
                ]);
                let value = Json::Obj(vec![
                    ("type".into(), Json::str("Feature")),
                    ("properties".into(), Json::Obj(props)),
                    ("geometry".into(), Json::Null),
                ]);
                let last = self.doc.features.iter().rposition(|f| kind(&f.value) == Some("station"));
                let at = last.map_or(self.doc.features.len(), |i| i + 1);
                self.doc.features.insert(at, Feature::new(value));
            }
            Edit::Remove { feature, confirmed } => {
                let f = self.doc.features.get(feature).ok_or(EditError::NoSuchFeature)?;
                if let Some(id) = station_id(&f.value) {
                    if !confirmed && self.base_ids.iter().any(|b| b == id) {
                        return Err(EditError::Confirm(IdWarning::RemovesPublished { id: id.to_string() }));
                    }
                }
                self.doc.features.remove(feature);
            }
        }
        Ok(())
    }

    /// What giving `id` to `feature` (or to a new station) would break.
    pub fn id_warning(&self, feature: Option<usize>, id: &str, old: Option<&str>) -> Option<IdWarning> {
        if let Some(other) =
            self.doc.features.iter().enumerate().find(|(i, f)| Some(*i) != feature && station_id(&f.value) == Some(id))
        {
            return Some(IdWarning::InUse { feature: other.0 });
        }
        if let Some(old) = old.filter(|o| self.base_ids.iter().any(|b| b == o)) {
            return Some(IdWarning::ChangesPublished { old: old.to_string() });
        }
        self.base_ids.iter().any(|b| b == id).then_some(IdWarning::WasPublished)
    }

    /// A station's or unit's point, if it has one.
    pub fn position(&self, feature: usize) -> Option<LonLat> {
        self.feature(feature).and_then(point)
    }

    /// What to keep in the browser's storage across a reload: the file as
    /// opened and as it stands (undo history is not kept).
    pub fn draft(&self) -> String {
        let mut d = serde_json::Map::new();
        d.insert("corridor_editor_draft".into(), 1.into());
        d.insert("base".into(), self.base.clone().into());
        d.insert("text".into(), self.text.clone().into());
        serde_json::Value::Object(d).to_string()
    }

    /// Restores a [`Session::draft`]: unchanged features stay as read.
    pub fn from_draft(draft: &str) -> Result<Session, DraftError> {
        let v: serde_json::Value = serde_json::from_str(draft).map_err(|_| DraftError::NotADraft)?;
        let (Some(1), Some(base), Some(text)) = (
            v.get("corridor_editor_draft").and_then(serde_json::Value::as_u64),
            v.get("base").and_then(serde_json::Value::as_str),
            v.get("text").and_then(serde_json::Value::as_str),
        ) else {
            return Err(DraftError::NotADraft);
        };
        let base_doc = Document::parse(base).map_err(DraftError::Cut)?;
        let base_ids = base_doc.features.iter().filter_map(|f| station_id(&f.value).map(str::to_string)).collect();
        let now = Document::parse(text).map_err(DraftError::Cut)?;
        let mut doc = base_doc.clone();
        // A feature as read keeps its text; one changed is new to the base.
        doc.features = now
            .features
            .into_iter()
            .map(|f| match base_doc.features.iter().find(|b| b.value == f.value) {
                Some(b) => b.clone(),
                None => Feature::new(f.value),
            })
            .collect();
        Ok(Session::with(base.to_string(), base_ids, doc))
    }
}

/// Sets `key` where it is, or where [`KEY_ORDER`] puts it.
fn set_ordered(props: &mut Json, key: &str, value: Json) {
    if props.get(key).is_some() {
        return props.set(key, value);
    }
    let rank = KEY_ORDER.iter().position(|k| *k == key).unwrap_or(KEY_ORDER.len());
    let after = KEY_ORDER[..rank.min(KEY_ORDER.len())].iter().rev().find(|k| props.get(k).is_some());
    match after {
        Some(after) => props.set_after(key, after, value),
        None => props.set(key, value),
    }
}

fn add_source(props: &mut Json, s: &NewSource) {
    let mut entry = vec![("title".to_string(), Json::str(s.title.trim()))];
    if !s.url.trim().is_empty() {
        entry.push(("url".into(), Json::str(s.url.trim())));
    }
    if !s.date.trim().is_empty() {
        entry.push(("date".into(), Json::str(s.date.trim())));
    }
    match props.get_mut("source") {
        Some(Json::Arr(list)) => list.push(Json::Obj(entry)),
        _ => set_ordered(props, "source", Json::Arr(vec![Json::Obj(entry)])),
    }
}

fn kind(f: &Json) -> Option<&str> {
    f.get("properties")?.get("kind")?.as_str()
}

fn station_id(f: &Json) -> Option<&str> {
    (kind(f) == Some("station")).then(|| f.get("properties")?.get("id")?.as_str()).flatten()
}

fn point(f: &Json) -> Option<LonLat> {
    let g = f.get("geometry")?;
    if g.get("type")?.as_str()? != "Point" {
        return None;
    }
    let Json::Arr(c) = g.get("coordinates")? else { return None };
    Some(LonLat::new(c.first()?.as_f64()?, c.get(1)?.as_f64()?))
}

fn summary(index: usize, f: &Json) -> Summary {
    let p = f.get("properties");
    let text = |k: &str| p.and_then(|p| p.get(k)).and_then(Json::as_str).map(str::to_string);
    Summary {
        index,
        kind: text("kind").unwrap_or_default(),
        key: text("id").or_else(|| text("code")),
        name: text("name"),
        order: p.and_then(|p| p.get("order")).and_then(Json::as_f64),
        position: point(f),
        accuracy: text("position"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemKind, Severity};

    const SHIPPED: &str = include_str!("../../public/data/corridor.geojson");

    fn session() -> Session {
        Session::open(SHIPPED).expect("opens")
    }

    fn first(s: &Session, kind: &str, placed: bool) -> usize {
        s.summaries().iter().find(|f| f.kind == kind && f.position.is_some() == placed).expect("a feature").index
    }

    /// Lines taken out plus lines put in, as a line diff counts them.
    fn changed_lines(a: &str, b: &str) -> usize {
        let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
        let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
        let tail = a[head..].iter().rev().zip(b[head..].iter().rev()).take_while(|(x, y)| x == y).count();
        let (a, b) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
        // Longest common subsequence of what is left.
        let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in 0..a.len() {
            for j in 0..b.len() {
                lcs[i + 1][j + 1] = if a[i] == b[j] { lcs[i][j] + 1 } else { lcs[i][j + 1].max(lcs[i + 1][j]) };
            }
        }
        a.len() + b.len() - 2 * lcs[a.len()][b.len()]
    }

    #[test]
    fn placing_an_unplaced_station_puts_it_on_the_map_and_undo_restores_the_file() {
        let mut s = session();
        let i = first(&s, "station", false);
        let before =
            load(SHIPPED.as_bytes()).corridor.expect("loads").stations.iter().filter(|x| x.position.is_some()).count();
        let avenue = load(SHIPPED.as_bytes()).corridor.and_then(|c| c.avenue).expect("avenue");
        let on_avenue = avenue.line.points()[avenue.line.points().len() / 2];
        s.apply(Edit::Place { feature: i, at: on_avenue }).expect("placed");
        let c = s.report().corridor.as_ref().expect("loads");
        assert_eq!(c.stations.iter().filter(|x| x.position.is_some()).count(), before + 1);
        assert_eq!(s.summaries()[i].accuracy.as_deref(), Some("approximate"));
        assert!(s.is_feature_changed(i) && s.is_changed());
        // The position's line, and `null` for the four lines of a point.
        assert_eq!(changed_lines(SHIPPED, s.text()), 2 + 5);
        assert!(s.undo());
        assert_eq!(s.text(), SHIPPED);
        assert!(s.redo());
        assert_eq!(s.position(i).map(|p| (p.lon * 1e6).round()), Some((on_avenue.lon * 1e6).round()));
    }

    #[test]
    fn moving_a_placed_station_is_a_one_line_diff() {
        let mut s = session();
        let i = first(&s, "station", true);
        let p = s.position(i).expect("placed");
        s.apply(Edit::Place { feature: i, at: LonLat::new(p.lon + 0.001, p.lat) }).expect("moved");
        assert_eq!(changed_lines(SHIPPED, s.text()), 2, "one line out, one in");
    }

    #[test]
    fn a_problem_made_in_the_editor_is_found_at_its_feature() {
        let mut s = session();
        let i = first(&s, "station", true);
        assert_eq!(s.problems_of(i).filter(|p| p.severity == Severity::Error).count(), 0);
        // 20 km north: far from the avenue and out of the corridor.
        let p = s.position(i).expect("placed");
        s.apply(Edit::Place { feature: i, at: LonLat::new(p.lon, p.lat + 0.05) }).expect("moved");
        assert!(s.problems_of(i).any(|p| matches!(p.kind, ProblemKind::FarFromAvenue { .. })));
        s.apply(Edit::SetText { feature: i, key: "name".into(), value: " ".into() }).expect("emptied");
        assert!(s.problems_of(i).any(|p| p.at.property.as_deref() == Some("name")));
    }

    #[test]
    fn texts_in_every_language_go_where_they_belong() {
        let mut s = session();
        let i = first(&s, "station", true);
        s.apply(Edit::SetText { feature: i, key: "name_zh_hant".into(), value: "測試".into() }).expect("set");
        let Some(Json::Obj(props)) = s.feature(i).and_then(|f| f.get("properties")) else { panic!("props") };
        let keys: Vec<&str> = props.iter().map(|(k, _)| k.as_str()).collect();
        let at = |k: &str| keys.iter().position(|x| *x == k);
        assert_eq!(at("name_zh_hant"), at("name_en").map(|n| n + 1), "{keys:?}");
        s.apply(Edit::SetText { feature: i, key: "name_zh_hant".into(), value: "".into() }).expect("removed");
        assert_eq!(s.text(), SHIPPED);
    }

    #[test]
    fn surveyed_needs_a_source_and_a_date() {
        let mut s = session();
        let i = first(&s, "station", true);
        let no = s.apply(Edit::SetAccuracy { feature: i, accuracy: "surveyed".into(), source: None });
        assert_eq!(no, Err(EditError::SurveyedNeedsSource));
        let dateless = NewSource { title: "GPS".into(), ..NewSource::default() };
        let no = s.apply(Edit::SetAccuracy { feature: i, accuracy: "surveyed".into(), source: Some(dateless) });
        assert_eq!(no, Err(EditError::SurveyedNeedsSource));
        assert!(!s.can_undo(), "a refused edit leaves nothing to undo");
        let src = NewSource { title: "现场 GPS 测定".into(), url: String::new(), date: "2026-12-01".into() };
        s.apply(Edit::SetAccuracy { feature: i, accuracy: "surveyed".into(), source: Some(src) }).expect("set");
        let c = s.report().corridor.as_ref().expect("loads");
        let st = c.stations.iter().find(|x| x.feature == i).expect("station");
        assert_eq!(st.accuracy, crate::model::Accuracy::Surveyed);
        assert_eq!(st.sources.last().and_then(|x| x.date.as_deref()), Some("2026-12-01"));
        // A bad date is the checker's to say, live.
        let bad = NewSource { title: "x".into(), url: String::new(), date: "2026-02-31".into() };
        s.apply(Edit::AddSource { feature: i, source: bad }).expect("added");
        assert!(s.problems_of(i).any(|p| matches!(p.kind, ProblemKind::BadDate { .. })));
    }

    #[test]
    fn unknown_takes_the_position_away() {
        let mut s = session();
        let i = first(&s, "unit", true);
        s.apply(Edit::SetAccuracy { feature: i, accuracy: "unknown".into(), source: None }).expect("set");
        assert_eq!(s.position(i), None);
        assert_eq!(s.report().error_count(), load(SHIPPED.as_bytes()).error_count());
    }

    #[test]
    fn ids_are_guarded() {
        let mut s = session();
        let i = first(&s, "station", true);
        let j = first(&s, "station", false);
        let other = s.summaries()[j].key.clone().expect("id");
        assert_eq!(s.apply(Edit::SetId { feature: i, id: "Bad Id".into(), confirmed: false }), Err(EditError::BadId));
        assert!(matches!(
            s.apply(Edit::SetId { feature: i, id: other.clone(), confirmed: false }),
            Err(EditError::Confirm(IdWarning::InUse { feature })) if feature == j
        ));
        assert!(matches!(
            s.apply(Edit::SetId { feature: i, id: "brand-new".into(), confirmed: false }),
            Err(EditError::Confirm(IdWarning::ChangesPublished { .. }))
        ));
        s.apply(Edit::SetId { feature: i, id: "brand-new".into(), confirmed: true }).expect("confirmed");
        // The old id is now free, but printed: reusing it asks again.
        let old = session().summaries()[i].key.clone().expect("id");
        assert!(matches!(
            s.apply(Edit::AddStation { id: old, name: "x".into(), category: "village".into(), confirmed: false }),
            Err(EditError::Confirm(IdWarning::WasPublished))
        ));
    }

    #[test]
    fn a_new_station_follows_the_others_and_the_checker_asks_for_its_source() {
        let mut s = session();
        let n = s.summaries().len();
        s.apply(Edit::AddStation {
            id: "new-one".into(),
            name: "新站".into(),
            category: "village".into(),
            confirmed: false,
        })
        .expect("added");
        let new = s.summaries().into_iter().find(|f| f.key.as_deref() == Some("new-one")).expect("there");
        assert_eq!(s.summaries().len(), n + 1);
        let stations = load(SHIPPED.as_bytes()).corridor.expect("loads").stations.len();
        assert_eq!(new.order, Some(stations as f64 + 1.0));
        assert!(s.problems_of(new.index).any(|p| matches!(p.kind, ProblemKind::NoSource)));
        assert!(matches!(
            s.apply(Edit::Remove { feature: first(&s, "station", true), confirmed: false }),
            Err(EditError::Confirm(IdWarning::RemovesPublished { .. }))
        ));
        s.apply(Edit::Remove { feature: new.index, confirmed: false }).expect("a new station goes without asking");
        assert_eq!(s.text(), SHIPPED);
    }

    #[test]
    fn a_draft_comes_back_as_it_was() {
        let mut s = session();
        let i = first(&s, "station", false);
        s.apply(Edit::Place { feature: i, at: LonLat::new(121.29, 30.75) }).expect("placed");
        let back = Session::from_draft(&s.draft()).expect("restores");
        assert_eq!(back.text(), s.text());
        assert_eq!(back.base(), SHIPPED);
        assert!(back.is_feature_changed(i) && !back.is_feature_changed(0));
        assert_eq!(Session::from_draft("{}").err(), Some(DraftError::NotADraft));
        assert_eq!(Session::from_draft("not json").err(), Some(DraftError::NotADraft));
    }
}
