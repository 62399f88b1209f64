//! The interface languages and how one is chosen.

/// An interface language. Simplified Chinese is the default: the users live
/// in Shanghai. Traditional Chinese is for visitors from Taiwan, Hong Kong
/// and Macau (and the alliance's own founding text is written in it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    ZhCn,
    ZhHant,
    En,
}

impl Lang {
    /// Every language, in the order the language switch offers them.
    pub const ALL: [Lang; 3] = [Lang::ZhCn, Lang::ZhHant, Lang::En];

    /// The BCP 47 tag, as used in `lang=` and `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::ZhHant => "zh-Hant",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, for the language switch: the same in
    /// every interface language, so a reader always finds their own.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::ZhCn => "简体中文",
            Lang::ZhHant => "繁體中文",
            Lang::En => "English",
        }
    }

    /// A short form of [`Lang::autonym`] for the language switch: the two
    /// scripts by their usual names, English in full (a screen reader says
    /// what is seen, so "EN" would be read as letters).
    pub fn short_autonym(self) -> &'static str {
        match self {
            Lang::ZhCn => "简体",
            Lang::ZhHant => "繁體",
            Lang::En => "English",
        }
    }

    /// Whether the language is written in Chinese characters (full-width
    /// punctuation, no spaces between words).
    pub fn is_chinese(self) -> bool {
        matches!(self, Lang::ZhCn | Lang::ZhHant)
    }

    /// Reads a language tag (`zh-CN`, `zh`, `zh-Hans-CN`, `zh-TW`,
    /// `zh-Hant-HK`, `en`, `en-GB`...), case-insensitively. Taiwan, Hong
    /// Kong and Macau read traditional characters.
    ///
    /// ```
    /// use corridor::i18n::Lang;
    /// assert_eq!(Lang::parse("zh-TW"), Some(Lang::ZhHant));
    /// assert_eq!(Lang::parse("zh-Hans-HK"), Some(Lang::ZhCn));
    /// assert_eq!(Lang::parse("fr"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = tag.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                // An explicit script wins over the region: zh-Hans-HK is simplified.
                if rest.contains(&"hans") {
                    Some(Lang::ZhCn)
                } else if rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo")) {
                    Some(Lang::ZhHant)
                } else {
                    Some(Lang::ZhCn)
                }
            }
            _ => None,
        }
    }

    /// The language to show: the URL's `lang=` if it names one we have,
    /// else the first of the browser's languages we have, else zh-CN.
    pub fn choose(url_lang: Option<&str>, browser_langs: &[String]) -> Lang {
        url_lang.and_then(Lang::parse).or_else(|| browser_langs.iter().find_map(|l| Lang::parse(l))).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_common_tags() {
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("zh"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("zh-Hans-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("zh_cn"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("zh-SG"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn taiwan_hong_kong_and_macau_read_traditional() {
        for tag in ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "zh_hk", "ZH-HANT"] {
            assert_eq!(Lang::parse(tag), Some(Lang::ZhHant), "{tag}");
        }
        assert_eq!(Lang::choose(None, &langs(&["zh-TW", "en"])), Lang::ZhHant);
    }

    #[test]
    fn url_wins_over_browser() {
        assert_eq!(Lang::choose(Some("en"), &langs(&["zh-CN"])), Lang::En);
        assert_eq!(Lang::choose(Some("zh-CN"), &langs(&["en-US"])), Lang::ZhCn);
        assert_eq!(Lang::choose(Some("zh-Hant"), &langs(&["zh-CN"])), Lang::ZhHant);
    }

    #[test]
    fn unknown_url_lang_falls_back_to_browser_then_default() {
        assert_eq!(Lang::choose(Some("xx"), &langs(&["fr-FR", "en-US"])), Lang::En);
        assert_eq!(Lang::choose(None, &langs(&["fr-FR", "de"])), Lang::ZhCn);
        assert_eq!(Lang::choose(None, &[]), Lang::ZhCn);
    }

    #[test]
    fn tags_round_trip_and_autonyms_differ() {
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.tag()), Some(l));
            assert_eq!(Lang::ALL.iter().filter(|o| o.autonym() == l.autonym()).count(), 1);
            assert!(l.autonym().to_lowercase().starts_with(&l.short_autonym().to_lowercase()));
        }
    }
}
