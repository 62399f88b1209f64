//! The interface languages and how one is chosen.

/// An interface language. Simplified Chinese is the default: the users live
/// in Shanghai.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    ZhCn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::En];

    /// The BCP 47 tag, as used in `lang=` and `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Reads a language tag (`zh-CN`, `zh`, `zh-Hans-CN`, `en`, `en-GB`...),
    /// case-insensitively. Traditional Chinese is not offered yet, so `zh-TW`
    /// and `zh-Hant` are not taken as simplified.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = tag.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                let traditional = rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                let simplified = rest.iter().any(|p| *p == "hans");
                (simplified || !traditional).then_some(Lang::ZhCn)
            }
            _ => None,
        }
    }

    /// The language to show: the URL's `lang=` if it names one we have,
    /// else the first of the browser's languages we have, else zh-CN.
    pub fn choose(url_lang: Option<&str>, browser_langs: &[String]) -> Lang {
        url_lang.and_then(Lang::parse).or_else(|| browser_langs.iter().find_map(|l| Lang::parse(l))).unwrap_or_default()
    }

    /// The other language, for the switch button.
    pub fn other(self) -> Lang {
        match self {
            Lang::ZhCn => Lang::En,
            Lang::En => Lang::ZhCn,
        }
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
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("zh-TW"), None);
        assert_eq!(Lang::parse("zh-Hant-HK"), None);
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn url_wins_over_browser() {
        assert_eq!(Lang::choose(Some("en"), &langs(&["zh-CN"])), Lang::En);
        assert_eq!(Lang::choose(Some("zh-CN"), &langs(&["en-US"])), Lang::ZhCn);
    }

    #[test]
    fn unknown_url_lang_falls_back_to_browser_then_default() {
        assert_eq!(Lang::choose(Some("xx"), &langs(&["fr-FR", "en-US"])), Lang::En);
        assert_eq!(Lang::choose(None, &langs(&["fr-FR", "de"])), Lang::ZhCn);
        assert_eq!(Lang::choose(None, &[]), Lang::ZhCn);
    }

    #[test]
    fn tags_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.tag()), Some(l));
            assert_ne!(l.other(), l);
        }
    }
}
