//! What can be wrong with a data file, and where. The checker and the app
//! report the same problems; `i18n::problems` puts them into words.

use super::feature::FeatureFault;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file must be fixed: something is wrong or will show wrongly.
    Error,
    /// Worth a look; the map still shows everything correctly.
    Warning,
}

/// Where a problem is: the feature (index in `features`, and its id where it
/// has one) and the property.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Location {
    pub feature: Option<usize>,
    pub id: Option<String>,
    pub property: Option<String>,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    NotUtf8 {
        byte_offset: usize,
        line: usize,
        column: usize,
    },
    NotJson {
        line: usize,
        column: usize,
    },
    EmptyFile,
    Truncated {
        line: usize,
        column: usize,
    },
    TooDeep {
        line: usize,
        column: usize,
    },
    NumberOutOfRange {
        line: usize,
        column: usize,
    },
    NotFeatureCollection {
        found: FoundInstead,
    },
    NoFeatures,
    /// Not a GeoJSON feature at all; the feature is left out.
    InvalidFeature {
        fault: FeatureFault,
    },
    MissingKind,
    UnknownValue {
        found: String,
        allowed: &'static [&'static str],
    },
    WrongGeometry {
        expected: &'static str,
        found: String,
    },
    MissingGeometry,
    GeometryNotAllowed,
    TooFewPoints {
        needed: usize,
    },
    BadRing,
    UnknownProperty,
    BadCoordinate,
    OutOfRange {
        lon: f64,
        lat: f64,
    },
    Swapped {
        lon: f64,
        lat: f64,
    },
    OutsideCorridor {
        lon: f64,
        lat: f64,
        km: f64,
    },
    NoAvenue,
    ManyAvenues {
        count: usize,
    },
    Missing,
    WrongType {
        expected: ValueType,
    },
    Empty,
    BadId {
        found: String,
    },
    DuplicateId {
        first_feature: usize,
    },
    DuplicateOrder {
        order: i64,
        other_id: String,
    },
    BadOrder {
        found: String,
    },
    OrderAgainstAvenue {
        order: u32,
        rank: usize,
        order_rank: usize,
    },
    FarFromAvenue {
        metres: f64,
        limit: f64,
    },
    BadLink {
        url: String,
    },
    Mojibake {
        sample: String,
    },
    PinyinAnnotation {
        sample: String,
    },
    UnknownUnit {
        code: String,
    },
    BadUnitCode {
        found: String,
    },
    DuplicateUnitCode {
        first_feature: usize,
    },
    MissingEnglish,
    NoSource,
    BadDate {
        found: String,
    },
    Omitted {
        count: usize,
        limit: usize,
    },
    TooLargeStream {
        limit: usize,
    },
    DuplicateKey {
        key: String,
    },
    UnitFarFromAvenue {
        metres: f64,
        limit: f64,
    },
    /// A station, unit or avenue position on the Zhejiang side of the
    /// provincial boundary (`boundary_feature`): the first such position
    /// and how far west of the line it lies.
    WestOfBoundary {
        lon: f64,
        lat: f64,
        metres: f64,
        boundary_feature: usize,
    },
    AvenueTooShort {
        metres: f64,
        min: f64,
    },
    ControlCharacter {
        code: u32,
    },
    BidiControl {
        code: u32,
    },
    InvisibleCharacter {
        code: u32,
    },
    OnlyInvisible,
    /// `visit_minutes` that is not a whole number of minutes in range.
    BadVisitMinutes {
        found: String,
        max: u32,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub at: Location,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn error(at: Location, kind: ProblemKind) -> Self {
        Problem { severity: Severity::Error, at, kind }
    }

    pub fn warning(at: Location, kind: ProblemKind) -> Self {
        Problem { severity: Severity::Warning, at, kind }
    }

    /// How many problems this line stands for: an `Omitted` line counts
    /// those it leaves out, any other line itself.
    pub fn weight(&self) -> usize {
        match self.kind {
            ProblemKind::Omitted { count, .. } => count,
            _ => 1,
        }
    }
}

impl Location {
    pub fn file() -> Self {
        Location::default()
    }

    pub fn feature(index: usize, id: Option<&str>) -> Self {
        Location { feature: Some(index), id: id.map(str::to_string), property: None }
    }

    pub fn with_property(&self, property: &str) -> Self {
        Location { property: Some(property.to_string()), ..self.clone() }
    }
}

/// The kinds of JSON value, to say what a file or property was instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Null,
    Bool,
    Number,
    String,
    List,
    Object,
}

impl JsonKind {
    pub fn of(v: &serde_json::Value) -> Self {
        use serde_json::Value;
        match v {
            Value::Null => JsonKind::Null,
            Value::Bool(_) => JsonKind::Bool,
            Value::Number(_) => JsonKind::Number,
            Value::String(_) => JsonKind::String,
            Value::Array(_) => JsonKind::List,
            Value::Object(_) => JsonKind::Object,
        }
    }
}

/// What a file (or a `"type"` member) was instead of the GeoJSON type
/// expected.
#[derive(Debug, Clone, PartialEq)]
pub enum FoundInstead {
    /// Not an object at all.
    Json(JsonKind),
    /// An object without `"type"`.
    NoType,
    /// Another GeoJSON type, e.g. `Feature`, as the file names it.
    OtherType(String),
}

/// The type a property must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueType {
    Text,
    TextList,
    List,
    ObjectList,
    Object,
    Number,
    /// `true` or `false`.
    YesNo,
}
