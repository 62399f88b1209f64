//! A calendar day as people write it in each interface language, from
//! `YYYY-MM-DD`: "2026年12月8日", "8 December 2026" (or "8 Dec 2026").

use super::Lang;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn written(lang: Lang, iso: &str, short: bool) -> String {
    let mut parts = iso.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    match (lang, MONTHS.get(m.wrapping_sub(1) as usize)) {
        (Lang::ZhCn | Lang::ZhHant, _) => format!("{y}年{m}月{d}日"),
        (Lang::En, Some(month)) if short => format!("{d} {} {y}", &month[..3]),
        (Lang::En, Some(month)) => format!("{d} {month} {y}"),
        (Lang::En, None) => iso.to_string(),
    }
}

/// The day in full; anything else is shown as given.
///
/// ```
/// use corridor::i18n::{calendar::date, Lang};
/// assert_eq!(date(Lang::ZhCn, "2026-12-08"), "2026年12月8日");
/// assert_eq!(date(Lang::En, "2026-12-08"), "8 December 2026");
/// assert_eq!(date(Lang::En, "soon"), "soon");
/// ```
pub fn date(lang: Lang, iso: &str) -> String {
    written(lang, iso, false)
}

/// The day with a short month name in English ("8 Dec 2026").
///
/// ```
/// use corridor::i18n::{calendar::short_date, Lang};
/// assert_eq!(short_date(Lang::En, "2026-09-08"), "8 Sep 2026");
/// ```
pub fn short_date(lang: Lang, iso: &str) -> String {
    written(lang, iso, true)
}
