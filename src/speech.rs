//! "Listen": what the card reads aloud (the facts the card shows, as
//! sentences in the interface language) and which of the browser's voices
//! can read that language.

use crate::i18n::{station_number, Lang, Msg};
use crate::model::{Accuracy, Station};

/// The sentences' end mark in `lang`.
fn stop(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn | Lang::ZhHant => "。",
        Lang::En => ". ",
    }
}

/// `text` as a sentence: ended once, whatever mark it already has.
fn sentence(out: &mut String, text: &str, lang: Lang) {
    let t = text.trim().trim_end_matches(['。', '.', '！', '!', '；', ';']);
    if !t.is_empty() {
        out.push_str(t);
        out.push_str(stop(lang));
    }
}

/// The card of station `s` as text to read aloud.
///
/// ```
/// use corridor::i18n::Lang;
/// use corridor::model::load;
/// use corridor::speech::card_speech;
/// let c = load(include_bytes!("../public/data/corridor.geojson")).corridor.expect("loads");
/// let s = c.station("zhangqiao").expect("a station");
/// let text = card_speech(s, Lang::ZhCn);
/// assert!(text.starts_with("第2站，张桥村。"));
/// ```
pub fn card_speech(s: &Station, lang: Lang) -> String {
    let colon = Msg::LabelColon.text(lang);
    let comma = match lang {
        Lang::ZhCn | Lang::ZhHant => "，",
        Lang::En => ", ",
    };
    let mut out = String::new();
    sentence(&mut out, &format!("{}{comma}{}", station_number(lang, s.order), s.name.get(lang)), lang);
    sentence(&mut out, s.category.label(lang), lang);
    if let Some(d) = &s.description {
        sentence(&mut out, d.get(lang), lang);
    }
    let see = s.see_do.get(lang);
    if !see.is_empty() {
        sentence(
            &mut out,
            &format!("{}{colon}{}", Msg::SeeAndDo.text(lang), see.join(Msg::ListComma.text(lang))),
            lang,
        );
    }
    if let Some(h) = &s.hours {
        sentence(&mut out, &format!("{}{colon}{}", Msg::Hours.text(lang), h.get(lang)), lang);
    }
    if let Some(a) = &s.address {
        sentence(&mut out, &format!("{}{colon}{}", Msg::Address.text(lang), a.get(lang)), lang);
    }
    if s.accuracy == Accuracy::Approximate {
        sentence(&mut out, Msg::PositionApproximate.text(lang), lang);
    }
    out.trim_end().to_string()
}

/// How well a voice whose language tag is `tag` (`zh-CN`, `en_GB`, …)
/// reads `lang`: 2 a voice of the language itself, 1 one that can read it
/// (a mainland voice for traditional text: the characters are read the
/// same), 0 none.
///
/// ```
/// use corridor::i18n::Lang;
/// use corridor::speech::voice_fit;
/// assert_eq!(voice_fit("zh-CN", Lang::ZhCn), 2);
/// assert_eq!(voice_fit("zh_TW", Lang::ZhHant), 2);
/// assert_eq!(voice_fit("zh-CN", Lang::ZhHant), 1);
/// assert_eq!(voice_fit("en-GB", Lang::ZhCn), 0);
/// ```
pub fn voice_fit(tag: &str, lang: Lang) -> u8 {
    let t = tag.to_ascii_lowercase().replace('_', "-");
    let chinese = t == "zh" || t.starts_with("zh-") || t.starts_with("cmn");
    let traditional = ["-tw", "-hk", "-mo", "hant"].iter().any(|m| t.contains(m));
    match lang {
        Lang::En => u8::from(t == "en" || t.starts_with("en-")) * 2,
        Lang::ZhCn if chinese && !traditional => 2,
        Lang::ZhCn if chinese => 1,
        Lang::ZhHant if chinese && traditional => 2,
        Lang::ZhHant if chinese => 1,
        _ => 0,
    }
}

/// The best voice for `lang` among voices with language tags `tags`.
pub fn pick_voice<'a>(tags: impl IntoIterator<Item = &'a str>, lang: Lang) -> Option<usize> {
    tags.into_iter()
        .enumerate()
        .map(|(i, t)| (voice_fit(t, lang), i))
        .filter(|(fit, _)| *fit > 0)
        .max_by_key(|(fit, i)| (*fit, std::cmp::Reverse(*i)))
        .map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load;

    #[test]
    fn the_first_voice_of_the_best_fit_is_taken() {
        assert_eq!(pick_voice(["en-US", "zh-TW", "zh-CN", "zh-CN"], Lang::ZhCn), Some(2));
        assert_eq!(pick_voice(["en-US", "zh-CN"], Lang::ZhHant), Some(1));
        assert_eq!(pick_voice(["de-DE"], Lang::En), None);
        assert_eq!(pick_voice([], Lang::En), None);
    }

    #[test]
    fn every_card_reads_its_name_and_what_to_see() {
        let c = load(include_bytes!("../public/data/corridor.geojson")).corridor.expect("loads");
        for s in &c.stations {
            for lang in Lang::ALL {
                let text = card_speech(s, lang);
                assert!(text.contains(s.name.get(lang)), "{} {lang:?}", s.id);
                for item in s.see_do.get(lang) {
                    assert!(text.contains(item.as_str()), "{} {lang:?}: {item}", s.id);
                }
                assert!(!text.contains("。。") && !text.contains(". ."), "{text}");
            }
        }
    }
}
