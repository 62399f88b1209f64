//! The site a poster's QR code points at: the base address staff publish
//! the map under, the station's permanent link on it with the scan marker,
//! and warnings for an address that would not work once printed.

/// The query marker of a link scanned from a poster. A plain station link
/// (`s/<id>/`, or the old `?s=<id>`) stays what it always was; this only
/// adds to it.
pub const SCAN_MARKER: &str = "via=qr";

/// Why a base address would make a poster that fails on the street.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteWarning {
    /// Nothing given.
    Empty,
    /// `file:`: only this computer can open it.
    File,
    /// `localhost`, `127.0.0.1`, `[::1]` and the like: the staff's own machine.
    Local,
    /// Plain `http://`: browsers and WeChat warn, and it can be tampered with.
    NotHttps,
    /// Not a web address at all.
    NotUrl,
}

/// The base address, normalised: no query or fragment, no `index.html`,
/// and a path that ends in `/` so `?s=` lands on the map's page.
///
/// ```
/// use corridor::poster::site_base;
/// assert_eq!(site_base(" https://example.gov.cn/jinshan-map "), "https://example.gov.cn/jinshan-map/");
/// assert_eq!(site_base("https://example.gov.cn/map/index.html?lang=en#x"), "https://example.gov.cn/map/");
/// assert_eq!(site_base("https://example.gov.cn"), "https://example.gov.cn/");
/// ```
pub fn site_base(input: &str) -> String {
    let s = input.trim();
    let s = s.split(['?', '#']).next().unwrap_or_default();
    let s = s.strip_suffix("index.html").unwrap_or(s);
    if s.ends_with('/') {
        return s.to_string();
    }
    // A last segment with a dot is a page (`map.html`): keep its folder.
    let after_host = s.find("://").map(|i| i + 3).unwrap_or(0);
    match s[after_host..].rfind('/') {
        Some(i) if s[after_host + i + 1..].contains('.') => s[..after_host + i + 1].to_string(),
        _ => format!("{s}/"),
    }
}

/// What is wrong with `base` for printing, if anything.
///
/// ```
/// use corridor::poster::{site_warning, SiteWarning};
/// assert_eq!(site_warning("https://example.gov.cn/map/"), None);
/// assert_eq!(site_warning("http://127.0.0.1:8080/"), Some(SiteWarning::Local));
/// assert_eq!(site_warning("http://example.gov.cn/"), Some(SiteWarning::NotHttps));
/// ```
pub fn site_warning(base: &str) -> Option<SiteWarning> {
    let b = base.trim().to_ascii_lowercase();
    if b.is_empty() {
        return Some(SiteWarning::Empty);
    }
    if b.starts_with("file:") {
        return Some(SiteWarning::File);
    }
    let Some(rest) = b.strip_prefix("https://").or_else(|| b.strip_prefix("http://")) else {
        return Some(SiteWarning::NotUrl);
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let name = if host.starts_with('[') {
        host.split(']').next().map(|h| &h[1..]).unwrap_or("")
    } else {
        host.split(':').next().unwrap_or("")
    };
    if name.is_empty() || name.contains(char::is_whitespace) {
        return Some(SiteWarning::NotUrl);
    }
    let local = name == "localhost"
        || name.ends_with(".localhost")
        || name.starts_with("127.")
        || name == "0.0.0.0"
        || name == "::1";
    if local {
        return Some(SiteWarning::Local);
    }
    if !b.starts_with("https://") {
        return Some(SiteWarning::NotHttps);
    }
    None
}

/// The link a station's QR code carries: the station's own page on the
/// site (its canonical link), with the scan marker.
///
/// ```
/// use corridor::poster::scan_link;
/// assert_eq!(scan_link("https://example.gov.cn/map/", "yie-park"), "https://example.gov.cn/map/s/yie-park/?via=qr");
/// ```
pub fn scan_link(base: &str, id: &str) -> String {
    format!("{}{}?{SCAN_MARKER}", site_base(base), crate::link::station_path(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_and_unprintable_bases() {
        for ok in ["https://example.gov.cn", "https://a.b.cn:8443/x/", "HTTPS://EXAMPLE.GOV.CN/"] {
            assert_eq!(site_warning(ok), None, "{ok}");
        }
        let cases = [
            ("", SiteWarning::Empty),
            ("file:///home/staff/dist/index.html", SiteWarning::File),
            ("http://localhost:8080/", SiteWarning::Local),
            ("https://localhost/", SiteWarning::Local),
            ("http://127.0.0.1:8080", SiteWarning::Local),
            ("http://[::1]:8080/", SiteWarning::Local),
            ("http://example.gov.cn", SiteWarning::NotHttps),
            ("example.gov.cn", SiteWarning::NotUrl),
            ("https://", SiteWarning::NotUrl),
        ];
        for (base, want) in cases {
            assert_eq!(site_warning(base), Some(want), "{base}");
        }
    }

    #[test]
    fn the_link_is_the_station_page_plus_the_marker() {
        let link = scan_link("https://example.gov.cn/jinshan-map", "zhangqiao");
        let path = link.trim_start_matches("https://example.gov.cn").split('?').next().unwrap_or_default();
        let page = crate::link::PagePath::parse(path);
        assert_eq!((page.root.as_str(), page.station.as_deref()), ("/jinshan-map/", Some("zhangqiao")));
        assert!(crate::stamps::is_scan(link.split_once('?').map(|(_, q)| q).unwrap_or_default()));
    }
}
