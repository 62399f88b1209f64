//! The published address, written into the bundle's `map-config.json`
//! (`site_url`), where the posters page and its command read it for the
//! QR codes. Only an `https://` address on a real host is taken: a printed
//! QR code must keep working for years.

use crate::config::parse_config;
use crate::poster::{site_base, site_warning};

/// The config text with `site_url` set to `site`'s folder address, or why
/// not (in English: the publish command's own message).
///
/// ```
/// use corridor::publish::site::with_site_url;
/// let out = with_site_url(r#"{ "tiles": null }"#, "https://example.gov.cn/jinshan-map").unwrap();
/// assert!(out.contains(r#""site_url": "https://example.gov.cn/jinshan-map/""#));
/// assert!(with_site_url(r#"{ "tiles": null }"#, "http://example.gov.cn/").unwrap_err().contains("https"));
/// ```
pub fn with_site_url(config: &str, site: &str) -> Result<String, String> {
    let base = site_base(site);
    if let Some(w) = site_warning(&base) {
        return Err(format!("--site {site}: {}", crate::i18n::poster::site_warning(crate::i18n::Lang::En, w)));
    }
    let mut root: serde_json::Value =
        serde_json::from_str(config).map_err(|e| format!("map-config.json is not JSON: {e}"))?;
    let Some(object) = root.as_object_mut() else {
        return Err("map-config.json must be a JSON object".into());
    };
    object.insert("site_url".into(), serde_json::Value::String(base));
    let text = serde_json::to_string_pretty(&root).map_err(|e| e.to_string())?;
    parse_config(&text).map_err(|e| e.to_string())?;
    Ok(text + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_local_or_plain_address_is_refused_and_the_rest_kept() {
        for bad in ["http://127.0.0.1:8080/", "localhost", "file:///tmp/x", "http://example.gov.cn/"] {
            assert!(with_site_url("{}", bad).is_err(), "{bad}");
        }
        let tiles = r#"{ "tiles": { "url": "https://t.example.org/{z}/{x}/{y}.png", "attribution": "© Example" } }"#;
        let out = with_site_url(tiles, "https://example.gov.cn/map/index.html").expect("valid");
        let c = parse_config(&out).expect("still a valid config");
        assert_eq!(c.site_url.as_deref(), Some("https://example.gov.cn/map/"));
        assert!(c.tiles.is_some(), "the tiles are kept");
        assert!(with_site_url("[1]", "https://example.gov.cn/").is_err());
    }
}
