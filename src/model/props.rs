//! Reading one feature's properties, recording every problem found instead
//! of stopping at the first.

use super::corridor::{Link, Source, TextList, Texts};
use super::problem::{Location, Problem, ProblemKind, Severity, ValueType};
use super::sink::Problems;
use super::text_damage::{is_blank, TextScan};
use serde_json::{Map, Value};
use std::cell::RefCell;

/// The suffix of a property in traditional Chinese: `name_zh_hant`.
pub const ZH_HANT_SUFFIX: &str = "_zh_hant";

/// Every property read as a text in the interface languages (with `_en`
/// and `_zh_hant` beside it), wherever it appears: features, `metadata`,
/// `links[i]`. The traditional-Chinese converter fills in these keys.
pub const TRANSLATED_KEYS: &[&str] =
    &["name", "description", "see_do", "hours", "address", "title", "note", "publisher"];

/// Lists of objects whose texts are translated too (`links[i].title`);
/// `source[i].title` is not converted: a citation keeps its published
/// title (staff may still give `title_en` or `title_zh_hant`).
pub const TRANSLATED_LISTS: &[&str] = &["links"];

/// Whether a property must be present.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
}

/// Reads the properties of feature `at`, pushing problems to `problems`.
pub struct Props<'a> {
    pub at: Location,
    props: &'a Map<String, Value>,
    pub problems: &'a mut Problems,
    /// Path of a nested object, e.g. `source[0].`, put before property names.
    prefix: String,
    /// Keys looked at (the map's own, so nothing is copied), so the ones
    /// nobody reads can be reported as typos.
    seen: RefCell<Vec<&'a str>>,
}

impl<'a> Props<'a> {
    pub fn new(at: Location, props: &'a Map<String, Value>, problems: &'a mut Problems) -> Self {
        Props { at, props, problems, prefix: String::new(), seen: RefCell::new(Vec::new()) }
    }

    /// Reads a nested object whose property names get `prefix` in messages.
    pub fn prefixed(at: Location, props: &'a Map<String, Value>, problems: &'a mut Problems, prefix: &str) -> Self {
        Props { at, props, problems, prefix: prefix.to_string(), seen: RefCell::new(Vec::new()) }
    }

    fn nested(&mut self, key: &str, i: usize, obj: &'a Map<String, Value>) -> Props<'_> {
        Props {
            at: self.at.clone(),
            props: obj,
            problems: self.problems,
            prefix: format!("{}{key}[{i}].", self.prefix),
            seen: RefCell::new(Vec::new()),
        }
    }

    pub fn error(&mut self, key: &str, kind: ProblemKind) {
        self.problems.push(Problem::error(self.at.with_property(&format!("{}{key}", self.prefix)), kind));
    }

    pub fn warning(&mut self, key: &str, kind: ProblemKind) {
        self.problems.push(Problem::warning(self.at.with_property(&format!("{}{key}", self.prefix)), kind));
    }

    pub fn raw(&self, key: &str) -> Option<&'a Value> {
        let (name, value) = self.props.get_key_value(key)?;
        self.seen.borrow_mut().push(name.as_str());
        Some(value).filter(|v| !v.is_null())
    }

    /// Warns about every property no reader looked at: most often a typo
    /// (`descripton`), which would otherwise vanish without a word.
    pub fn warn_unknown(&mut self) {
        let props = self.props;
        let kind = std::mem::discriminant(&ProblemKind::UnknownProperty);
        for key in props.keys().filter(|k| !self.seen.borrow().contains(&k.as_str())) {
            // Built only if listed: an object of a million unknown keys
            // costs a count, not a million messages.
            let at = &self.at;
            let prefix = &self.prefix;
            self.problems.push_with(Severity::Warning, kind, || {
                Problem::warning(at.with_property(&format!("{prefix}{key}")), ProblemKind::UnknownProperty)
            });
        }
    }

    /// Reports text damage in a value read from `key`: controls, bidi and
    /// invisible characters, mojibake, pinyin annotations. Descriptions and
    /// notes may hold line breaks, and an invisible character there (a lone
    /// joiner) is only a warning; in names, ids and other one-line values
    /// both are errors.
    fn check_text(&mut self, key: &str, s: &str) {
        let base = key.strip_suffix("_en").or_else(|| key.strip_suffix(ZH_HANT_SUFFIX)).unwrap_or(key);
        let long_text = matches!(base, "description" | "note" | "see_do");
        let scan = TextScan::of(s);
        if let Some(c) = scan.control(long_text) {
            self.error(key, ProblemKind::ControlCharacter { code: c.into() });
        }
        if let Some(c) = scan.bidi {
            self.error(key, ProblemKind::BidiControl { code: c.into() });
        }
        if let Some(c) = scan.invisible {
            let kind = ProblemKind::InvisibleCharacter { code: c.into() };
            if long_text {
                self.warning(key, kind);
            } else {
                self.error(key, kind);
            }
        }
        // Traditional Chinese lies mostly outside GB2312 by nature: no
        // rare-hanzi rule for it.
        let simplified = !key.ends_with(ZH_HANT_SUFFIX);
        if let Some(sample) = scan.mojibake(s, simplified) {
            self.error(key, ProblemKind::Mojibake { sample });
        } else if let Some(sample) = scan.pinyin_annotation(s) {
            self.error(key, ProblemKind::PinyinAnnotation { sample });
        }
    }

    /// A non-empty, undamaged string.
    pub fn string(&mut self, key: &str, need: Need) -> Option<String> {
        match self.raw(key) {
            None => {
                if need == Need::Required {
                    self.error(key, ProblemKind::Missing);
                }
                None
            }
            Some(Value::String(s)) if s.trim().is_empty() => {
                self.error(key, ProblemKind::Empty);
                None
            }
            Some(Value::String(s)) if is_blank(s) => {
                self.error(key, ProblemKind::OnlyInvisible);
                None
            }
            Some(Value::String(s)) => {
                self.check_text(key, s);
                Some(s.trim().to_string())
            }
            Some(_) => {
                self.error(key, ProblemKind::WrongType { expected: ValueType::Text });
                None
            }
        }
    }

    /// `key` in Chinese and `key_en` in English. With `want_en`, a missing
    /// English text is a warning.
    pub fn texts(&mut self, key: &str, need: Need, want_en: bool) -> Option<Texts> {
        debug_assert!(TRANSLATED_KEYS.contains(&key), "{key} is missing from TRANSLATED_KEYS");
        let zh = self.string(key, need);
        let en_key = format!("{key}_en");
        let en = self.string(&en_key, Need::Optional);
        // Traditional Chinese is optional: the build converts what is missing.
        let zh_hant = self.string(&format!("{key}{ZH_HANT_SUFFIX}"), Need::Optional);
        let zh = zh?;
        if en.is_none() && want_en && self.raw(&en_key).is_none() {
            self.warning(&en_key, ProblemKind::MissingEnglish);
        }
        Some(Texts { zh, en, zh_hant })
    }

    fn strings(&mut self, key: &str) -> Vec<String> {
        match self.raw(key) {
            None => Vec::new(),
            Some(Value::Array(items)) => {
                let mut out = Vec::new();
                for item in items {
                    match item {
                        Value::String(s) if is_blank(s) && !s.trim().is_empty() => {
                            self.error(key, ProblemKind::OnlyInvisible);
                        }
                        Value::String(s) if !s.trim().is_empty() => {
                            self.check_text(key, s);
                            out.push(s.trim().to_string());
                        }
                        _ => {
                            self.error(key, ProblemKind::WrongType { expected: ValueType::TextList });
                            return Vec::new();
                        }
                    }
                }
                out
            }
            Some(_) => {
                self.error(key, ProblemKind::WrongType { expected: ValueType::TextList });
                Vec::new()
            }
        }
    }

    /// Lists of short texts in `key` and `key_en`.
    pub fn text_list(&mut self, key: &str) -> TextList {
        debug_assert!(TRANSLATED_KEYS.contains(&key), "{key} is missing from TRANSLATED_KEYS");
        let zh = self.strings(key);
        let en = self.strings(&format!("{key}_en"));
        let zh_hant = self.strings(&format!("{key}{ZH_HANT_SUFFIX}"));
        TextList { zh, en, zh_hant }
    }

    /// One of a fixed set of names, parsed by `parse`.
    pub fn choice<T>(
        &mut self,
        key: &str,
        allowed: &'static [&'static str],
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let s = self.string(key, Need::Required)?;
        let parsed = parse(&s);
        if parsed.is_none() {
            self.error(key, ProblemKind::UnknownValue { found: s, allowed });
        }
        parsed
    }

    /// A whole number from 1 up.
    pub fn order(&mut self, key: &str) -> Option<u32> {
        match self.raw(key) {
            None => {
                self.error(key, ProblemKind::Missing);
                None
            }
            Some(Value::Number(n)) => match n
                .as_f64()
                .filter(|f| f.fract() == 0.0 && (1.0..=f64::from(u32::MAX)).contains(f))
                .map(|f| f as u32)
            {
                Some(v) => Some(v),
                None => {
                    self.error(key, ProblemKind::BadOrder { found: n.to_string() });
                    None
                }
            },
            Some(v) => {
                let found = v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string());
                self.error(key, ProblemKind::BadOrder { found });
                None
            }
        }
    }

    /// `source`: a list of `{title, title_en?, publisher?, publisher_en?,
    /// url?, date?, detail?}`. Every fact needs one.
    pub fn sources(&mut self) -> Vec<Source> {
        let key = "source";
        let items = match self.raw(key) {
            None => {
                self.error(key, ProblemKind::NoSource);
                return Vec::new();
            }
            Some(Value::Array(items)) if items.is_empty() => {
                self.error(key, ProblemKind::NoSource);
                return Vec::new();
            }
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.error(key, ProblemKind::WrongType { expected: ValueType::List });
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let Value::Object(obj) = item else {
                self.error(key, ProblemKind::WrongType { expected: ValueType::ObjectList });
                continue;
            };
            let mut inner = self.nested(key, i, obj);
            let title = inner.texts("title", Need::Required, false);
            let publisher = inner.texts("publisher", Need::Optional, false);
            let url = inner.url("url");
            let date = inner.date("date");
            let detail = inner.string("detail", Need::Optional);
            inner.warn_unknown();
            if let Some(title) = title {
                out.push(Source { title, publisher, url, date, detail });
            }
        }
        out
    }

    /// `links`: a list of `{title, title_en?, url}`.
    pub fn links(&mut self) -> Vec<Link> {
        let Some(value) = self.raw("links") else { return Vec::new() };
        let Value::Array(items) = value else {
            self.error("links", ProblemKind::WrongType { expected: ValueType::List });
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let Value::Object(obj) = item else {
                self.error("links", ProblemKind::WrongType { expected: ValueType::ObjectList });
                continue;
            };
            let mut inner = self.nested("links", i, obj);
            let title = inner.texts("title", Need::Required, false);
            let url = match inner.raw("url") {
                None => {
                    inner.error("url", ProblemKind::Missing);
                    None
                }
                Some(_) => inner.url("url"),
            };
            inner.warn_unknown();
            if let (Some(title), Some(url)) = (title, url) {
                out.push(Link { title, url });
            }
        }
        out
    }

    /// An optional http(s) link.
    pub fn url(&mut self, key: &str) -> Option<String> {
        let s = self.string(key, Need::Optional)?;
        if is_web_link(&s) {
            Some(s)
        } else {
            self.error(key, ProblemKind::BadLink { url: s });
            None
        }
    }

    /// An optional yes/no fact: `true` or `false`; absent means not known.
    pub fn yes_no(&mut self, key: &str) -> Option<bool> {
        match self.raw(key) {
            None => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(_) => {
                self.error(key, ProblemKind::WrongType { expected: ValueType::YesNo });
                None
            }
        }
    }

    /// Optional whole minutes from 1 to `max`.
    pub fn minutes(&mut self, key: &str, max: u32) -> Option<u32> {
        let v = self.raw(key)?;
        let ok = v.as_f64().filter(|f| f.fract() == 0.0 && (1.0..=f64::from(max)).contains(f)).map(|f| f as u32);
        if ok.is_none() {
            let found = v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string());
            self.error(key, ProblemKind::BadVisitMinutes { found, max });
        }
        ok
    }

    /// An optional `YYYY-MM-DD` date.
    pub fn date(&mut self, key: &str) -> Option<String> {
        let s = self.string(key, Need::Optional)?;
        if is_date(&s) {
            Some(s)
        } else {
            self.error(key, ProblemKind::BadDate { found: s });
            None
        }
    }
}

/// Only plain web links may reach a card: no `javascript:`, `data:` or
/// `file:` links, no spaces.
pub fn is_web_link(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty() && !r.starts_with('/') && !s.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// Whether `s` is a real `YYYY-MM-DD` date.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if !(b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()))
    {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (s[0..4].parse::<u32>(), s[5..7].parse::<u32>(), s[8..10].parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_links() {
        assert!(is_web_link("https://xmwb.xinmin.cn/html/2015-07/08/content_9_2.htm"));
        assert!(is_web_link("HTTP://example.org"));
        assert!(!is_web_link("javascript:alert(1)"));
        assert!(!is_web_link("JavaScript:alert(1)"));
        assert!(!is_web_link("data:text/html,hi"));
        assert!(!is_web_link("https://"));
        assert!(!is_web_link("https:///x"));
        assert!(!is_web_link("https://a b"));
        assert!(!is_web_link("qinglite.cn/doc/f009658065069e49022cf"));
    }

    #[test]
    fn dates() {
        assert!(is_date("2021-12-21"));
        assert!(!is_date("2021-13-01"));
        assert!(!is_date("21-12-2021"));
        assert!(!is_date("2021/12/21"));
        assert!(!is_date("2026-02-31"));
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
    }

    #[test]
    fn reports_every_problem_of_a_feature() {
        let v: Value = serde_json::json!({"name": "", "order": "three", "source": [{"url": "javascript:x"}]});
        let Value::Object(m) = v else { unreachable!() };
        let mut problems = Problems::default();
        let mut p = Props::new(Location::feature(2, Some("x")), &m, &mut problems);
        assert_eq!(p.string("name", Need::Required), None);
        assert_eq!(p.order("order"), None);
        assert!(p.sources().is_empty());
        let kinds: Vec<_> =
            problems.as_slice().iter().map(|p| (p.at.property.clone().unwrap_or_default(), p.kind.clone())).collect();
        assert_eq!(
            kinds,
            vec![
                ("name".into(), ProblemKind::Empty),
                ("order".into(), ProblemKind::BadOrder { found: "three".into() }),
                ("source[0].title".into(), ProblemKind::Missing),
                ("source[0].url".into(), ProblemKind::BadLink { url: "javascript:x".into() }),
            ]
        );
    }
}
