//! The app's permanent URLs and the hand-off links to map apps.
//!
//! A station's canonical link is its own page, `s/<id>/` under the site
//! (written at build time, so its served HTML names the station for chat
//! previews and search engines); `?s=<id>` on the site's root page, the
//! link printed before, keeps working and is moved to the canonical form.
//! Both work on any static host with no rewrite rules, which matters
//! because these links get printed in QR codes.

use crate::fmt_num::fixed;
use crate::geo::LonLat;
use crate::i18n::{Lang, Msg};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Everything but the URL-safe characters of RFC 3986, so an id such as
/// `yie-park` stays readable in a printed link.
pub const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// What the URL asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AppQuery {
    /// `s=`: the station to open.
    pub station: Option<String>,
    /// `lang=`: the interface language tag, as written.
    pub lang: Option<String>,
}

/// Longest station id we echo back in a message; ids are at most 32.
const MAX_ECHO: usize = 64;

/// Parses `?s=...&lang=...` (with or without the leading `?`). Unknown
/// parameters are ignored, empty values count as absent, and the first of a
/// repeated parameter wins.
pub fn parse_query(search: &str) -> AppQuery {
    let mut q = AppQuery::default();
    for pair in search.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode_str(&value.replace('+', " ")).decode_utf8_lossy().trim().to_string();
        if value.is_empty() {
            continue;
        }
        let value: String = value.chars().take(MAX_ECHO).collect();
        match key {
            "s" if q.station.is_none() => q.station = Some(value),
            "lang" if q.lang.is_none() => q.lang = Some(value),
            _ => {}
        }
    }
    q
}

/// The station a link's `s=` names: its id exactly, or else the one id
/// that equals it ignoring ASCII case (some QR code generators upper-case the
/// whole URL, so `?s=ZHANGQIAO` must still open `zhangqiao`). The page
/// then writes the station's own id back into the address.
///
/// ```
/// use corridor::link::station_for_link;
/// use corridor::model::load;
/// let c = load(include_bytes!("../public/data/corridor.geojson")).corridor.expect("loads");
/// assert_eq!(station_for_link(&c, "ZhangQiao").map(|s| s.id.as_str()), Some("zhangqiao"));
/// assert!(station_for_link(&c, "nowhere").is_none());
/// ```
pub fn station_for_link<'a>(c: &'a crate::model::Corridor, id: &str) -> Option<&'a crate::model::Station> {
    c.station(id).or_else(|| {
        // Ids are ASCII (lowercase letters, digits, hyphens): no Unicode
        // case tables in the bundle for this.
        let mut same = c.stations.iter().filter(|s| s.id.eq_ignore_ascii_case(id));
        match (same.next(), same.next()) {
            (Some(one), None) => Some(one),
            // Two ids differing only in case: the link cannot say which.
            _ => None,
        }
    })
}

/// The folder of the station pages, under the site's root.
pub const STATION_DIR: &str = "s";

/// A station's page, relative to the site's root: `s/<id>/`.
///
/// ```
/// assert_eq!(corridor::link::station_path("yie-park"), "s/yie-park/");
/// ```
pub fn station_path(id: &str) -> String {
    format!("{STATION_DIR}/{}/", utf8_percent_encode(id, QUERY_VALUE))
}

/// Where a page's path puts it on the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagePath {
    /// The site's root folder, ending in `/`.
    pub root: String,
    /// The station the path names (`.../s/<id>/`), decoded.
    pub station: Option<String>,
}

impl PagePath {
    /// Reads a URL's path: a station page `<root>s/<id>/` (or its
    /// `index.html`), else any page, whose folder is the root.
    ///
    /// ```
    /// use corridor::link::PagePath;
    /// let p = PagePath::parse("/map/s/zhangqiao/");
    /// assert_eq!((p.root.as_str(), p.station.as_deref()), ("/map/", Some("zhangqiao")));
    /// assert_eq!(PagePath::parse("/map/index.html"), PagePath { root: "/map/".into(), station: None });
    /// ```
    pub fn parse(pathname: &str) -> PagePath {
        let folder = pathname.strip_suffix("index.html").unwrap_or(pathname);
        let station = folder.strip_suffix('/').and_then(|f| {
            let (parent, id) = f.rsplit_once('/')?;
            let root = parent.strip_suffix(STATION_DIR)?.strip_suffix('/')?;
            let id = percent_decode_str(id).decode_utf8_lossy().trim().to_string();
            (!id.is_empty() && id.len() <= MAX_ECHO).then(|| (format!("{root}/"), id))
        });
        match station {
            Some((root, id)) => PagePath { root, station: Some(id) },
            None => {
                let root = match pathname.rfind('/') {
                    Some(at) => pathname[..=at].to_string(),
                    None => "/".to_string(),
                };
                PagePath { root, station: None }
            }
        }
    }

    /// The address of a view: a station's canonical page or the root, with
    /// `lang=` only when it differs from the browser's choice.
    ///
    /// ```
    /// use corridor::i18n::Lang;
    /// use corridor::link::PagePath;
    /// let p = PagePath::parse("/s/a/");
    /// assert_eq!(p.href(Some("b"), Lang::En, Lang::ZhCn), "/s/b/?lang=en");
    /// assert_eq!(p.href(None, Lang::ZhCn, Lang::ZhCn), "/");
    /// ```
    pub fn href(&self, station: Option<&str>, lang: Lang, browser_default: Lang) -> String {
        let q = query_string(None, lang, browser_default);
        match station {
            Some(id) => format!("{}{}{q}", self.root, station_path(id)),
            None => format!("{}{q}", self.root),
        }
    }
}

/// The query string for a view: a station (or none) in a language. `lang`
/// is written only when it differs from what the reader's browser would
/// pick anyway, so shared links follow the reader unless a choice was made.
pub fn query_string(station: Option<&str>, lang: Lang, browser_default: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(id) = station {
        parts.push(format!("s={}", utf8_percent_encode(id, QUERY_VALUE)));
    }
    if lang != browser_default {
        parts.push(format!("lang={}", lang.tag()));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// A map app we can hand a position to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapApp {
    Amap,
    Baidu,
    Tencent,
    Apple,
    Geo,
}

impl MapApp {
    pub const ALL: [MapApp; 5] = [MapApp::Amap, MapApp::Baidu, MapApp::Tencent, MapApp::Apple, MapApp::Geo];
    /// The apps most visitors in China have: what a printed plan offers.
    pub const IN_CHINA: [MapApp; 3] = [MapApp::Amap, MapApp::Baidu, MapApp::Tencent];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            MapApp::Amap => Msg::MapAppAmap,
            MapApp::Baidu => Msg::MapAppBaidu,
            MapApp::Tencent => Msg::MapAppTencent,
            MapApp::Apple => Msg::MapAppApple,
            MapApp::Geo => Msg::MapAppGeo,
        }
        .text(lang)
    }

    /// A link that shows `p` (WGS-84) named `name` in this app. Each app is
    /// told the coordinates are WGS-84 so it applies its own GCJ-02 or
    /// BD-09 shift; Amap and Baidu would otherwise misplace by ~500 m.
    pub fn link(self, p: LonLat, name: &str) -> String {
        const SRC: &str = "jinshan-corridor-map";
        let n = utf8_percent_encode(name, NON_ALPHANUMERIC);
        let (lon, lat) = (fixed(p.lon, 6), fixed(p.lat, 6));
        match self {
            MapApp::Amap => format!(
                "https://uri.amap.com/marker?position={lon},{lat}&name={n}&src={SRC}&coordinate=wgs84&callnative=1"
            ),
            MapApp::Baidu => format!(
                "https://api.map.baidu.com/marker?location={lat},{lon}&title={n}&content={n}&output=html&coord_type=wgs84&src={SRC}"
            ),
            MapApp::Tencent => format!(
                "https://apis.map.qq.com/uri/v1/marker?marker=coord:{lat},{lon};title:{n};addr:{n}&coord_type=1&referer={SRC}"
            ),
            MapApp::Apple => format!("https://maps.apple.com/?ll={lat},{lon}&q={n}"),
            MapApp::Geo => format!("geo:{lat},{lon}?q={lat},{lon}({n})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn station_pages_and_other_pages() {
        for (path, root, station) in [
            ("/", "/", None),
            ("/index.html", "/", None),
            ("/s/zhangqiao/", "/", Some("zhangqiao")),
            ("/s/zhangqiao/index.html", "/", Some("zhangqiao")),
            ("/jinshan-map/s/yie-park/", "/jinshan-map/", Some("yie-park")),
            ("/jinshan-map/", "/jinshan-map/", None),
            // Not a station page: no id, or not under s/.
            ("/s//", "/s//", None),
            ("/x/zhangqiao/", "/x/zhangqiao/", None),
            ("/s/zhangqiao", "/s/", None),
            ("", "/", None),
        ] {
            let p = PagePath::parse(path);
            assert_eq!((p.root.as_str(), p.station.as_deref()), (root, station), "{path}");
        }
        let long = format!("/s/{}/", "a".repeat(500));
        assert_eq!(PagePath::parse(&long).station, None);
        // A station link's href round-trips through its path.
        let p = PagePath::parse("/m/");
        let href = p.href(Some("yie-park"), Lang::ZhCn, Lang::ZhCn);
        assert_eq!(PagePath::parse(&href).station.as_deref(), Some("yie-park"));
    }

    #[test]
    fn parses_station_and_lang() {
        assert_eq!(
            parse_query("?s=zhangqiao&lang=en"),
            AppQuery { station: Some("zhangqiao".into()), lang: Some("en".into()) }
        );
        assert_eq!(parse_query(""), AppQuery::default());
        assert_eq!(parse_query("?"), AppQuery::default());
        assert_eq!(parse_query("?s=&lang="), AppQuery::default());
    }

    #[test]
    fn decodes_and_ignores_the_rest() {
        let q = parse_query("utm_source=wechat&s=%E5%BC%A0%E6%A1%A5&from=timeline&s=second");
        assert_eq!(q.station.as_deref(), Some("张桥"));
        assert_eq!(q.lang, None);
    }

    #[test]
    fn never_panics_on_broken_escapes_and_caps_length() {
        let q = parse_query("?s=%E5%ZZ%&lang=%");
        assert!(q.station.is_some());
        let long = format!("?s={}", "a".repeat(5000));
        assert_eq!(parse_query(&long).station.map(|s| s.len()), Some(MAX_ECHO));
    }

    #[test]
    fn station_links_match_ids_ignoring_case_but_prefer_the_exact_one() {
        use crate::model::{load, Station};
        let mut c = load(include_bytes!("../public/data/corridor.geojson")).corridor.expect("shipped data loads");
        let id = |s: Option<&Station>| s.map(|s| s.id.clone());
        for written in ["zhangqiao", "ZHANGQIAO", "ZhangQiao", "zhangQIAO"] {
            assert_eq!(id(station_for_link(&c, written)), Some("zhangqiao".to_string()), "{written}");
        }
        assert_eq!(id(station_for_link(&c, "zhangqia")), None);
        assert_eq!(id(station_for_link(&c, "")), None);
        // Every shipped id is found from its upper-case form.
        for s in &c.stations {
            assert_eq!(id(station_for_link(&c, &s.id.to_uppercase())).as_ref(), Some(&s.id));
        }
        // Two ids differing only in case: the exact one wins, and a third
        // spelling matches neither.
        let mut twin = c.stations[0].clone();
        twin.id = c.stations[0].id.to_uppercase();
        c.stations.push(twin.clone());
        assert_eq!(id(station_for_link(&c, &twin.id)), Some(twin.id.clone()));
        assert_eq!(id(station_for_link(&c, &c.stations[0].id.clone())), Some(c.stations[0].id.clone()));
        let mixed: String =
            twin.id.chars().enumerate().map(|(i, ch)| if i == 0 { ch.to_ascii_lowercase() } else { ch }).collect();
        assert_eq!(id(station_for_link(&c, &mixed)), None);
    }

    #[test]
    fn builds_minimal_query_strings() {
        assert_eq!(query_string(Some("nongjian"), Lang::ZhCn, Lang::ZhCn), "?s=nongjian");
        assert_eq!(query_string(Some("nongjian"), Lang::En, Lang::ZhCn), "?s=nongjian&lang=en");
        assert_eq!(query_string(None, Lang::ZhCn, Lang::En), "?lang=zh-CN");
        assert_eq!(query_string(None, Lang::ZhCn, Lang::ZhCn), "");
    }

    #[test]
    fn ids_stay_readable_and_odd_ones_are_encoded() {
        assert_eq!(query_string(Some("yie-park"), Lang::ZhCn, Lang::ZhCn), "?s=yie-park");
        assert_eq!(query_string(Some("a&b c"), Lang::ZhCn, Lang::ZhCn), "?s=a%26b%20c");
    }

    #[test]
    fn query_round_trips() {
        let q = parse_query(&query_string(Some("yi-e-park"), Lang::En, Lang::ZhCn));
        assert_eq!(q.station.as_deref(), Some("yi-e-park"));
        assert_eq!(q.lang.as_deref().and_then(Lang::parse), Some(Lang::En));
    }

    #[test]
    fn map_links_say_wgs84_and_put_coordinates_in_each_apps_order() {
        let p = LonLat::new(121.245, 30.752);
        let amap = MapApp::Amap.link(p, "张桥村");
        assert!(amap.contains("position=121.245000,30.752000") && amap.contains("coordinate=wgs84"), "{amap}");
        assert!(amap.contains("name=%E5%BC%A0%E6%A1%A5%E6%9D%91"), "{amap}");
        let baidu = MapApp::Baidu.link(p, "x");
        assert!(baidu.contains("location=30.752000,121.245000") && baidu.contains("coord_type=wgs84"), "{baidu}");
        assert!(MapApp::Tencent.link(p, "x").contains("coord:30.752000,121.245000"));
        assert!(MapApp::Geo.link(p, "x").starts_with("geo:30.752000,121.245000"));
    }
}

/// WeChat's in-app browser cannot open map apps from a link; the card says
/// so there instead of offering links that do nothing.
pub fn is_wechat(user_agent: &str) -> bool {
    user_agent.contains("MicroMessenger")
}

#[cfg(test)]
mod wechat_tests {
    #[test]
    fn spots_wechat() {
        assert!(super::is_wechat("Mozilla/5.0 (iPhone) AppleWebKit MicroMessenger/8.0.47 NetType/WIFI"));
        assert!(!super::is_wechat("Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0"));
    }
}
