//! Typed features of the corridor, as the app uses them.

use crate::geo::{Along, LonLat, Polyline, Whereabouts};
use crate::i18n::{Lang, Msg};

/// A text in the interface languages: simplified Chinese always, English
/// and traditional Chinese where given (`name_en`, `name_zh_hant`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Texts {
    pub zh: String,
    pub en: Option<String>,
    pub zh_hant: Option<String>,
}

impl Texts {
    /// The text in `lang`, falling back to simplified Chinese (which a
    /// traditional reader can still read; an English reader at least sees
    /// the name as signs show it).
    pub fn get(&self, lang: Lang) -> &str {
        let translated = match lang {
            Lang::ZhCn => None,
            Lang::ZhHant => self.zh_hant.as_deref(),
            Lang::En => self.en.as_deref(),
        };
        translated.unwrap_or(&self.zh)
    }
}

/// A list of short texts (e.g. what to see) in the interface languages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextList {
    pub zh: Vec<String>,
    pub en: Vec<String>,
    pub zh_hant: Vec<String>,
}

impl TextList {
    /// The list in `lang`, falling back to simplified Chinese like [`Texts::get`].
    pub fn get(&self, lang: Lang) -> &[String] {
        let translated = match lang {
            Lang::ZhCn => &self.zh,
            Lang::ZhHant => &self.zh_hant,
            Lang::En => &self.en,
        };
        if translated.is_empty() {
            &self.zh
        } else {
            translated
        }
    }

    pub fn is_empty(&self) -> bool {
        self.zh.is_empty() && self.en.is_empty() && self.zh_hant.is_empty()
    }
}

/// How well a position is known. The app says so wherever it shows one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accuracy {
    Surveyed,
    Approximate,
    /// Not known: the feature has no geometry and is not drawn.
    Unknown,
}

impl Accuracy {
    pub const NAMES: &'static [&'static str] = &["surveyed", "approximate", "unknown"];

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "surveyed" => Some(Accuracy::Surveyed),
            "approximate" => Some(Accuracy::Approximate),
            "unknown" => Some(Accuracy::Unknown),
            _ => None,
        }
    }
}

/// What kind of place a station is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    ServiceCentre,
    Village,
    Residential,
    EducationBase,
    Enterprise,
    Institute,
    IndustrialZone,
    Memorial,
}

impl Category {
    pub const NAMES: &'static [&'static str] = &[
        "service-centre",
        "village",
        "residential",
        "education-base",
        "enterprise",
        "institute",
        "industrial-zone",
        "memorial",
    ];

    /// The name the data uses for it (`"village"`).
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    pub fn parse(s: &str) -> Option<Self> {
        use Category::*;
        Some(match s {
            "service-centre" => ServiceCentre,
            "village" => Village,
            "residential" => Residential,
            "education-base" => EducationBase,
            "enterprise" => Enterprise,
            "institute" => Institute,
            "industrial-zone" => IndustrialZone,
            "memorial" => Memorial,
            _ => return None,
        })
    }

    pub fn label(self, lang: Lang) -> &'static str {
        use Category::*;
        match self {
            ServiceCentre => Msg::CategoryServiceCentre,
            Village => Msg::CategoryVillage,
            Residential => Msg::CategoryResidential,
            EducationBase => Msg::CategoryEducationBase,
            Enterprise => Msg::CategoryEnterprise,
            Institute => Msg::CategoryInstitute,
            IndustrialZone => Msg::CategoryIndustrialZone,
            Memorial => Msg::CategoryMemorial,
        }
        .text(lang)
    }
}

/// Whether a source says the station is one of the guide map's 14.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Membership {
    /// A source lists it among the 14.
    Confirmed,
    /// The founding report names the place in the alliance's work but does
    /// not list the 14.
    NamedInReport,
    /// Chosen from the town's units; no source says it is one of the 14.
    Unconfirmed,
}

impl Membership {
    pub const NAMES: &'static [&'static str] = &["confirmed", "named-in-report", "unconfirmed"];

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "confirmed" => Some(Membership::Confirmed),
            "named-in-report" => Some(Membership::NamedInReport),
            "unconfirmed" => Some(Membership::Unconfirmed),
            _ => None,
        }
    }
}

/// Where a fact comes from, in a reader's words: what it is, who
/// published it and when, and a link to it. `detail` is for staff (the
/// exact file, version and conversion); visitors' pages do not show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub title: Texts,
    pub publisher: Option<Texts>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub detail: Option<String>,
}

impl Source {
    /// Whether the source names `what` anywhere (title, publisher, detail).
    pub fn mentions(&self, what: &str) -> bool {
        let texts = |t: &Texts| t.zh.contains(what) || t.en.as_deref().is_some_and(|e| e.contains(what));
        texts(&self.title)
            || self.publisher.as_ref().is_some_and(texts)
            || self.detail.as_deref().is_some_and(|d| d.contains(what))
    }
}

/// A web link shown on a card.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub title: Texts,
    pub url: String,
}

/// A party-mass service station: what the map is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Station {
    /// Index of the feature in the file, for messages.
    pub feature: usize,
    /// Stable id, printed in QR codes: `/?s=<id>`.
    pub id: String,
    /// The station's number on the guide map, west to east.
    pub order: u32,
    pub name: Texts,
    pub category: Category,
    /// Official code of the village or community it belongs to.
    pub unit: Option<String>,
    pub description: Option<Texts>,
    pub see_do: TextList,
    pub hours: Option<Texts>,
    pub phone: Option<String>,
    pub address: Option<Texts>,
    pub links: Vec<Link>,
    pub sources: Vec<Source>,
    /// `None` when the position is unknown.
    pub position: Option<LonLat>,
    pub accuracy: Accuracy,
    pub membership: Membership,
    /// Where it lies along the avenue; derived, `None` without a position
    /// or an avenue.
    pub along: Option<Along>,
    /// What a group needs to know there, where staff have said.
    pub facts: GroupFacts,
    /// How long a visit takes, when staff give it (`visit_minutes`).
    pub visit_minutes: Option<u32>,
}

/// Longest visit the data may give for one station: a whole day.
pub const MAX_VISIT_MINUTES: u32 = 600;

/// The practical facts teachers look for at a stop. `None`: not known
/// (never guessed); only staff who know the place fill them in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GroupFacts {
    pub toilets: Option<bool>,
    pub drinking_water: Option<bool>,
    pub coach_parking: Option<bool>,
    pub rain_shelter: Option<bool>,
    pub step_free: Option<bool>,
}

/// Which of the [`GroupFacts`] a value is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupFact {
    Toilets,
    DrinkingWater,
    CoachParking,
    RainShelter,
    StepFree,
}

impl GroupFact {
    pub const ALL: [GroupFact; 5] = [
        GroupFact::Toilets,
        GroupFact::DrinkingWater,
        GroupFact::CoachParking,
        GroupFact::RainShelter,
        GroupFact::StepFree,
    ];

    /// The data property that holds it.
    pub fn property(self) -> &'static str {
        match self {
            GroupFact::Toilets => "toilets",
            GroupFact::DrinkingWater => "drinking_water",
            GroupFact::CoachParking => "coach_parking",
            GroupFact::RainShelter => "rain_shelter",
            GroupFact::StepFree => "step_free",
        }
    }
}

impl GroupFacts {
    pub fn get(&self, f: GroupFact) -> Option<bool> {
        match f {
            GroupFact::Toilets => self.toilets,
            GroupFact::DrinkingWater => self.drinking_water,
            GroupFact::CoachParking => self.coach_parking,
            GroupFact::RainShelter => self.rain_shelter,
            GroupFact::StepFree => self.step_free,
        }
    }

    fn slot(&mut self, f: GroupFact) -> &mut Option<bool> {
        match f {
            GroupFact::Toilets => &mut self.toilets,
            GroupFact::DrinkingWater => &mut self.drinking_water,
            GroupFact::CoachParking => &mut self.coach_parking,
            GroupFact::RainShelter => &mut self.rain_shelter,
            GroupFact::StepFree => &mut self.step_free,
        }
    }

    /// Reads every fact from its property, with `read` (the loader's
    /// yes/no reader).
    pub fn read(mut read: impl FnMut(&'static str) -> Option<bool>) -> Self {
        let mut facts = GroupFacts::default();
        for f in GroupFact::ALL {
            *facts.slot(f) = read(f.property());
        }
        facts
    }
}

/// Whether a unit is a village or a residential committee.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitType {
    Village,
    Residential,
}

impl UnitType {
    pub const NAMES: &'static [&'static str] = &["village", "residential"];
}

/// A shape to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Point(LonLat),
    Line(Vec<LonLat>),
    /// Outer ring first, then holes.
    Polygon(Vec<Vec<LonLat>>),
}

impl Shape {
    /// Where to put the shape's label: the point, or the mean of the
    /// outline's vertices (good enough for compact village areas).
    pub fn label_point(&self) -> Option<LonLat> {
        let pts: &[LonLat] = match self {
            Shape::Point(p) => return Some(*p),
            // On the line, halfway along it (a mean of its vertices may lie
            // off a bent line, e.g. out at sea for a coast).
            Shape::Line(l) => return halfway_along(l),
            Shape::Polygon(rings) => rings.first().map(Vec::as_slice).unwrap_or(&[]),
        };
        if pts.is_empty() {
            return None;
        }
        let n = pts.len() as f64;
        Some(LonLat::new(pts.iter().map(|p| p.lon).sum::<f64>() / n, pts.iter().map(|p| p.lat).sum::<f64>() / n))
    }

    pub fn points(&self) -> Vec<LonLat> {
        match self {
            Shape::Point(p) => vec![*p],
            Shape::Line(l) => l.clone(),
            Shape::Polygon(r) => r.iter().flatten().copied().collect(),
        }
    }
}

/// A village or residential committee of the town (official list).
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub feature: usize,
    /// 12-digit statistical division code, e.g. `310116109223`.
    pub code: String,
    pub name: Texts,
    pub unit_type: UnitType,
    /// `None` when the position is unknown.
    pub shape: Option<Shape>,
    pub accuracy: Accuracy,
    pub sources: Vec<Source>,
}

/// The point halfway along a line, measured in degrees scaled to the
/// ground at its latitude (enough to place a label).
fn halfway_along(l: &[LonLat]) -> Option<LonLat> {
    let first = *l.first()?;
    let k = first.lat.to_radians().cos();
    let step = |a: &LonLat, b: &LonLat| ((b.lon - a.lon) * k).hypot(b.lat - a.lat);
    let total: f64 = l.windows(2).map(|w| step(&w[0], &w[1])).sum();
    let mut left = total / 2.0;
    for w in l.windows(2) {
        let s = step(&w[0], &w[1]);
        if s > 0.0 && left <= s {
            let t = left / s;
            return Some(LonLat::new(w[0].lon + t * (w[1].lon - w[0].lon), w[0].lat + t * (w[1].lat - w[0].lat)));
        }
        left -= s;
    }
    Some(first)
}

/// Whether any source of `c` is OpenStreetMap data, whose licence (ODbL)
/// requires the map to credit it.
pub fn uses_openstreetmap(c: &Corridor) -> bool {
    c.feature_sources().any(|s| s.mentions("OpenStreetMap"))
}

/// What kind of context feature something is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextKind {
    Coast,
    Water,
    TownCentre,
    Landmark,
    Boundary,
}

impl ContextKind {
    pub const NAMES: &'static [&'static str] = &["coast", "water", "town-centre", "landmark", "boundary"];

    pub fn parse(s: &str) -> Option<Self> {
        use ContextKind::*;
        Some(match s {
            "coast" => Coast,
            "water" => Water,
            "town-centre" => TownCentre,
            "landmark" => Landmark,
            "boundary" => Boundary,
            _ => return None,
        })
    }
}

/// Something that helps a visitor read the map: coast, town centre, a landmark.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextFeature {
    pub feature: usize,
    pub name: Texts,
    pub context: ContextKind,
    pub description: Option<Texts>,
    pub shape: Shape,
    pub accuracy: Accuracy,
    pub sources: Vec<Source>,
}

/// Jinshan Avenue: the route the stations are strung along.
#[derive(Debug, Clone, PartialEq)]
pub struct Avenue {
    pub feature: usize,
    pub name: Texts,
    pub description: Option<Texts>,
    /// Drawn west to east (reversed on load if given east to west).
    pub line: Polyline,
    pub accuracy: Accuracy,
    pub sources: Vec<Source>,
}

/// About the dataset as a whole: the data note under the map.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub title: Option<Texts>,
    pub note: Option<Texts>,
    pub updated: Option<String>,
    pub sources: Vec<Source>,
}

/// Everything the map shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Corridor {
    pub meta: Metadata,
    pub avenue: Option<Avenue>,
    /// Sorted by `order`.
    pub stations: Vec<Station>,
    pub units: Vec<Unit>,
    pub context: Vec<ContextFeature>,
}

impl Corridor {
    pub fn station(&self, id: &str) -> Option<&Station> {
        self.stations.iter().find(|s| s.id == id)
    }

    /// Whether any drawn position is an estimate, so the page says so.
    pub fn has_estimates(&self) -> bool {
        self.avenue.iter().any(|a| a.accuracy != Accuracy::Surveyed)
            || self.stations.iter().any(|s| s.accuracy == Accuracy::Approximate)
            || self.units.iter().any(|u| u.accuracy == Accuracy::Approximate)
            || self.context.iter().any(|c| c.accuracy == Accuracy::Approximate)
    }

    /// The sources of every feature: context, avenue, units, stations.
    pub fn feature_sources(&self) -> impl Iterator<Item = &Source> {
        self.context
            .iter()
            .flat_map(|k| &k.sources)
            .chain(self.avenue.iter().flat_map(|a| &a.sources))
            .chain(self.units.iter().flat_map(|u| &u.sources))
            .chain(self.stations.iter().flat_map(|s| &s.sources))
    }

    /// Every source in the file: the dataset's own, then the features'.
    pub fn all_sources(&self) -> impl Iterator<Item = &Source> {
        self.meta.sources.iter().chain(self.feature_sources())
    }

    pub fn unit(&self, code: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.code == code)
    }

    /// Where a station lies along the avenue, in a reader's terms.
    pub fn whereabouts(&self, s: &Station) -> Option<Whereabouts> {
        Some(s.along?.whereabouts(self.avenue.as_ref()?.line.length_m()))
    }

    /// The stations before and after `id` in order.
    pub fn neighbours(&self, id: &str) -> (Option<&Station>, Option<&Station>) {
        let Some(i) = self.stations.iter().position(|s| s.id == id) else {
            return (None, None);
        };
        (i.checked_sub(1).and_then(|j| self.stations.get(j)), self.stations.get(i + 1))
    }

    /// Every drawn position, for fitting the map.
    pub fn drawn_points(&self) -> Vec<LonLat> {
        let mut pts: Vec<LonLat> = self.avenue.iter().flat_map(|a| a.line.points().to_vec()).collect();
        pts.extend(self.stations.iter().filter_map(|s| s.position));
        pts.extend(self.units.iter().filter_map(|u| u.shape.as_ref()).flat_map(Shape::points));
        pts.extend(self.context.iter().flat_map(|c| c.shape.points()));
        pts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load;

    #[test]
    fn a_line_is_labelled_halfway_along_it_not_at_its_vertices_mean() {
        // An L: two legs of equal ground length; the mean of the vertices
        // lies off the line, halfway along is the corner.
        let k = 30.0_f64.to_radians().cos();
        let l =
            vec![LonLat::new(121.0, 30.0), LonLat::new(121.0 + 0.01 / k, 30.0), LonLat::new(121.0 + 0.01 / k, 30.01)];
        let p = Shape::Line(l.clone()).label_point().expect("a point");
        assert!((p.lon - l[1].lon).abs() < 1e-6 && (p.lat - l[1].lat).abs() < 1e-6, "{p:?}");
        let two_equal = Shape::Line(vec![LonLat::new(121.0, 30.0), LonLat::new(121.0, 30.0)]).label_point();
        assert_eq!(two_equal, Some(LonLat::new(121.0, 30.0)));
        assert_eq!(Shape::Line(vec![]).label_point(), None);
    }

    #[test]
    fn openstreetmap_data_is_noticed_for_its_credit() {
        let c = load(include_bytes!("../../public/data/corridor.geojson")).corridor.expect("loads");
        assert!(uses_openstreetmap(&c), "the shipped coast is OpenStreetMap-derived");
        let mut without = c.clone();
        without.context.retain(|k| !k.sources.iter().any(|s| s.mentions("OpenStreetMap")));
        assert!(!uses_openstreetmap(&without));
    }
}
