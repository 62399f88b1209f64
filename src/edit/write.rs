//! The stable GeoJSON writer. A file is kept as its own text cut at the
//! features: a feature nobody changed is written back byte for byte, and a
//! changed one is written in the file's style (its indent, one entry a line,
//! positions on one line), so a moved station is a diff of one line.

use super::json::{pretty, Json};
use std::rc::Rc;

/// Why a file cannot be opened for editing (the loader's own problems say
/// more; this only says where the cut failed).
#[derive(Debug, Clone, PartialEq)]
pub enum CutError {
    /// Not a JSON object with a `features` list; `at` is a byte offset.
    NoFeatureList { at: usize },
    /// A feature is not valid JSON.
    BadFeature { index: usize },
}

/// A feature as read, to write it back unchanged.
#[derive(Debug, PartialEq)]
struct Original {
    text: String,
    value: Json,
}

/// One feature of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    pub value: Json,
    original: Option<Rc<Original>>,
}

impl Feature {
    /// A feature that was not in the file.
    pub fn new(value: Json) -> Self {
        Feature { value, original: None }
    }

    /// Whether it differs from the file as read (a new feature does).
    pub fn is_changed(&self) -> bool {
        self.original.as_ref().is_none_or(|o| o.value != self.value)
    }
}

/// A GeoJSON file cut at its features.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    head: String,
    /// What stood between feature i and i + 1.
    seps: Vec<String>,
    tail: String,
    /// The column of the features and the indent step inside them.
    indent: usize,
    step: usize,
    pub features: Vec<Feature>,
}

impl Document {
    /// Cuts `text` at the features of its top-level `features` list.
    ///
    /// ```
    /// use corridor::edit::write::Document;
    /// let text = "{\"type\": \"FeatureCollection\", \"features\": [\n  {\"type\": \"Feature\"}\n]}";
    /// let doc = Document::parse(text).unwrap();
    /// assert_eq!(doc.features.len(), 1);
    /// assert_eq!(doc.write(), text);
    /// ```
    pub fn parse(text: &str) -> Result<Document, CutError> {
        let FeatureList { open, close, spans } = feature_spans(text).ok_or(CutError::NoFeatureList { at: 0 })?;
        let mut features = Vec::with_capacity(spans.len());
        for (index, &(a, b)) in spans.iter().enumerate() {
            let raw = &text[a..b];
            let value = Json::parse(raw).map_err(|_| CutError::BadFeature { index })?;
            features
                .push(Feature { value: value.clone(), original: Some(Rc::new(Original { text: raw.into(), value })) });
        }
        let (head, tail) = match (spans.first(), spans.last()) {
            (Some(&(a, _)), Some(&(_, b))) => (text[..a].to_string(), text[b..].to_string()),
            _ => (text[..close].to_string(), text[close..].to_string()),
        };
        let seps = spans.windows(2).map(|w| text[w[0].1..w[1].0].to_string()).collect();
        let indent = head.rsplit('\n').next().map_or(0, |l| l.chars().take_while(|c| *c == ' ').count());
        let step = spans
            .first()
            .and_then(|&(a, b)| text[a..b].lines().nth(1))
            .map(|l| l.chars().take_while(|c| *c == ' ').count().saturating_sub(indent))
            .filter(|s| (1..=8).contains(s))
            .unwrap_or(2);
        let _ = open;
        Ok(Document { head, seps, tail, indent, step, features })
    }

    /// The file: unchanged features as read, changed ones re-written.
    pub fn write(&self) -> String {
        let mut out = String::with_capacity(self.head.len() + self.tail.len() + self.features.len() * 1_500);
        out.push_str(&self.head);
        let default_sep = format!(",\n{}", " ".repeat(self.indent));
        for (i, f) in self.features.iter().enumerate() {
            if i > 0 {
                out.push_str(self.seps.get(i - 1).or(self.seps.last()).unwrap_or(&default_sep));
            }
            match &f.original {
                Some(o) if o.value == f.value => out.push_str(&o.text),
                _ => out.push_str(&pretty(&f.value, self.indent, self.step)),
            }
        }
        out.push_str(&self.tail);
        out
    }
}

/// A byte range of the text: `(start, end)`, end exclusive.
type Span = (usize, usize);

/// The top-level `features` list: the offsets of its `[` and `]`, and each
/// element's span.
struct FeatureList {
    open: usize,
    close: usize,
    spans: Vec<Span>,
}

/// Where the top-level object's `features` list and its elements lie.
/// `None` when the text is not an object holding such a list.
fn feature_spans(text: &str) -> Option<FeatureList> {
    let b = text.as_bytes();
    let mut i = ws(b, if text.starts_with('\u{FEFF}') { 3 } else { 0 });
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i += 1;
    let mut found = None;
    loop {
        i = ws(b, i);
        match b.get(i)? {
            b'}' => break,
            b',' => i += 1,
            b'"' => {
                let end = string_end(b, i)?;
                let key: String = serde_json::from_str(&text[i..end]).ok()?;
                i = ws(b, end);
                if b.get(i) != Some(&b':') {
                    return None;
                }
                i = ws(b, i + 1);
                if key == "features" && b.get(i) == Some(&b'[') {
                    // Twice is an error the loader reports; editing would guess.
                    if found.is_some() {
                        return None;
                    }
                    let (close, spans) = elements(b, i)?;
                    found = Some(FeatureList { open: i, close, spans });
                    i = close + 1;
                } else {
                    i = value_end(b, i)?;
                }
            }
            _ => return None,
        }
    }
    found
}

/// The elements of the list opening at `open`: the offset of its `]` and
/// each element's span.
fn elements(b: &[u8], open: usize) -> Option<(usize, Vec<Span>)> {
    let mut spans = Vec::new();
    let mut i = open + 1;
    loop {
        i = ws(b, i);
        match b.get(i)? {
            b']' => return Some((i, spans)),
            b',' => i += 1,
            _ => {
                let end = value_end(b, i)?;
                spans.push((i, end));
                i = end;
            }
        }
    }
}

fn ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\n' | b'\r' | b'\t')) {
        i += 1;
    }
    i
}

/// The offset just past the string opening at `i`.
fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    loop {
        match b.get(i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

/// The offset just past the value starting at `i`.
fn value_end(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        b'"' => string_end(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            loop {
                match b.get(j)? {
                    b'"' => {
                        j = string_end(b, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.checked_sub(1)?;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        }
        _ => {
            let mut j = i;
            while !matches!(b.get(j), None | Some(b',' | b']' | b'}' | b' ' | b'\n' | b'\r' | b'\t')) {
                j += 1;
            }
            (j > i).then_some(j)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../public/data/corridor.geojson");

    #[test]
    fn the_shipped_file_round_trips_byte_for_byte() {
        let doc = Document::parse(SHIPPED).expect("cuts");
        assert!(doc.features.len() > 40);
        assert_eq!(doc.write(), SHIPPED);
    }

    #[test]
    fn every_shipped_feature_rewritten_in_the_house_style_is_unchanged() {
        // The style the writer uses is the file's own: a feature that is
        // touched is written the way it was, so only real changes show.
        let mut doc = Document::parse(SHIPPED).expect("cuts");
        for f in &mut doc.features {
            f.original = None;
        }
        assert_eq!(doc.write(), SHIPPED);
    }

    #[test]
    fn moving_one_station_changes_one_line() {
        let mut doc = Document::parse(SHIPPED).expect("cuts");
        let f = doc
            .features
            .iter_mut()
            .find(|f| f.value.get("geometry").and_then(|g| g.get("type")).and_then(Json::as_str) == Some("Point"))
            .expect("a point");
        let g = f.value.get_mut("geometry").expect("geometry");
        g.set("coordinates", Json::Arr(vec![Json::coordinate(121.3), Json::coordinate(30.75)]));
        let out = doc.write();
        let changed = SHIPPED.lines().zip(out.lines()).filter(|(a, b)| a != b).count();
        assert_eq!(changed, 1);
        assert_eq!(SHIPPED.lines().count(), out.lines().count());
        assert!(out.contains("[121.3, 30.75]"));
    }

    #[test]
    fn an_added_and_a_removed_feature_leave_the_rest_alone() {
        let mut doc = Document::parse(SHIPPED).expect("cuts");
        let removed = doc.features.remove(3);
        doc.features.push(removed.clone());
        let out = doc.write();
        assert!(crate::model::load(out.as_bytes()).corridor.is_some());
        let back = Document::parse(&out).expect("cuts again");
        assert_eq!(back.features.len(), doc.features.len());
        assert_eq!(back.features.last().map(|f| &f.value), Some(&removed.value));
    }

    #[test]
    fn not_a_feature_list_is_said_so() {
        for bad in ["", "[]", "{\"features\": 3}", "{\"features\": [", "{\"a\" 1}", "{\"features\": [{]}"] {
            assert!(Document::parse(bad).is_err(), "{bad:?}");
        }
        let doc = Document::parse("{\"features\": []}").expect("empty list");
        assert_eq!(doc.write(), "{\"features\": []}");
    }
}
