//! The map config file, `public/map-config.json`: what a deployment may
//! change without a rebuild. Today that is one optional raster tile layer,
//! off by default so the map needs no network.
//!
//! Without tiles:
//!
//! ```json
//! { "tiles": null }
//! ```
//!
//! With tiles (only `url` and `attribution` are required):
//!
//! ```json
//! { "tiles": {
//!     "url": "https://{s}.tile.example.org/{z}/{x}/{y}.png",
//!     "subdomains": ["a", "b", "c"],
//!     "attribution": "© Example contributors",
//!     "datum": "wgs84",
//!     "min_zoom": 0,
//!     "max_zoom": 18
//! } }
//! ```
//!
//! - `url`: an `http://` or `https://` XYZ template with `{z}`, `{x}` and
//!   `{y}`; `{s}` is replaced by one of `subdomains`, which it then needs.
//!   No other `{…}` placeholder is understood.
//! - `attribution`: the credit the provider's licence asks for; shown on
//!   the map, so it may not be empty.
//! - `datum`: `"wgs84"` (default) or `"gcj02"` for Amap, Tencent and other
//!   mainland-China providers, whose imagery is offset from WGS-84.
//! - `min_zoom`, `max_zoom`: whole numbers from 0 to [`MAX_ZOOM`], defaults
//!   0 and 18; the map never asks for tiles outside them.
//!
//! With the published address, which the station posters' QR codes point
//! at (`https://`; the posters page warns about anything else):
//!
//! ```json
//! { "tiles": null, "site_url": "https://example.gov.cn/jinshan-map/" }
//! ```
//!
//! Unknown keys are errors, so a misspelt key is reported rather than
//! silently ignored.

use crate::geo::Datum;
use crate::model::{read_json, ValueType};
use serde_json::{Map, Value};

/// The deepest zoom a config may name; beyond it no provider has tiles.
pub const MAX_ZOOM: u8 = 22;
const DEFAULT_MIN_ZOOM: u8 = 0;
const DEFAULT_MAX_ZOOM: u8 = 18;

/// The whole map config.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapConfig {
    /// The raster layer under the vector map; `None` draws no tiles.
    pub tiles: Option<TileConfig>,
    /// The published site's address, which the station posters' QR codes
    /// point at; `None`: the posters page uses its own address.
    pub site_url: Option<String>,
}

/// A checked XYZ tile layer.
#[derive(Debug, Clone, PartialEq)]
pub struct TileConfig {
    /// Template with `{z}`, `{x}`, `{y}` and perhaps `{s}`.
    pub url: String,
    /// Host names for `{s}`; empty when the template has none.
    pub subdomains: Vec<String>,
    pub attribution: String,
    /// The datum the imagery is drawn in; our geometry is moved into it.
    pub datum: Datum,
    pub min_zoom: u8,
    pub max_zoom: u8,
}

/// What is wrong with the map config (or its download), for whoever edits
/// the file; `i18n::config` puts it into words in every language.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigError {
    /// The server answered with this HTTP status instead of the file.
    Http(u16),
    /// No answer (offline, blocked); the browser's words.
    Unreachable(String),
    /// Not JSON; where the reader stopped.
    NotJson {
        line: usize,
        column: usize,
    },
    /// The file is not a JSON object.
    NotObject,
    /// A key this file does not have, e.g. `tiles.maxzoom` (a misspelling).
    UnknownKey(String),
    /// A key holding the wrong kind of value.
    WrongType {
        key: &'static str,
        expected: ValueType,
    },
    /// `site_url` that is no web address.
    SiteUrlNotWeb(String),
    UrlRequired,
    UrlNotWeb(String),
    /// `tiles.url` lacks one of `{z}`, `{x}`, `{y}`.
    UrlLacks {
        placeholder: &'static str,
        url: String,
    },
    /// `tiles.url` has a placeholder other than `{z}`, `{x}`, `{y}`, `{s}`.
    UrlUnknownPlaceholder(String),
    BadSubdomain(String),
    /// The template uses `{s}` but there are no subdomains.
    SubdomainsMissing,
    AttributionRequired,
    UnknownDatum(String),
    /// A zoom that is not a whole number from 0 to [`MAX_ZOOM`].
    BadZoom {
        key: &'static str,
        found: f64,
    },
    ZoomsReversed {
        min: u8,
        max: u8,
    },
}

/// The config's members and the tile layer's.
const CONFIG_KEYS: &[&str] = &["tiles", "site_url"];
const TILE_KEYS: &[&str] = &["url", "subdomains", "attribution", "datum", "min_zoom", "max_zoom"];

/// An object's members, each key one of `known` (else named, with `prefix`).
fn members<'a>(v: &'a Value, known: &[&str], prefix: &str) -> Result<&'a Map<String, Value>, ConfigError> {
    let Value::Object(m) = v else { return Err(ConfigError::NotObject) };
    match m.keys().find(|k| !known.contains(&k.as_str())) {
        Some(k) => Err(ConfigError::UnknownKey(format!("{prefix}{k}"))),
        None => Ok(m),
    }
}

/// A member that, when present and not `null`, must be `expected`; `key`
/// is its full name (`tiles.url`), as messages give it.
fn optional<'a, T>(
    m: &'a Map<String, Value>,
    key: &'static str,
    expected: ValueType,
    read: impl FnOnce(&'a Value) -> Option<T>,
) -> Result<Option<T>, ConfigError> {
    match m.get(key.rsplit('.').next().unwrap_or(key)) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => read(v).map(Some).ok_or(ConfigError::WrongType { key, expected }),
    }
}

fn text<'a>(m: &'a Map<String, Value>, key: &'static str) -> Result<Option<&'a str>, ConfigError> {
    optional(m, key, ValueType::Text, Value::as_str)
}

/// Reads and checks the map config. The error names the problem and the
/// key, for whoever edits the file.
pub fn parse_config(text_in: &str) -> Result<MapConfig, ConfigError> {
    let root = read_json(text_in).map_err(|e| ConfigError::NotJson { line: e.line(), column: e.column() })?;
    let m = members(&root, CONFIG_KEYS, "")?;
    let tiles = match m.get("tiles") {
        None | Some(Value::Null) => None,
        Some(t @ Value::Object(_)) => Some(check_tiles(members(t, TILE_KEYS, "tiles.")?)?),
        Some(_) => return Err(ConfigError::WrongType { key: "tiles", expected: ValueType::Object }),
    };
    let site_url = text(m, "site_url")?.map(str::trim).filter(|u| !u.is_empty()).map(str::to_string);
    if let Some(u) = &site_url {
        if !is_web_address(u) {
            return Err(ConfigError::SiteUrlNotWeb(u.clone()));
        }
    }
    Ok(MapConfig { tiles, site_url })
}

fn is_web_address(u: &str) -> bool {
    let lower = u.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

fn check_tiles(t: &Map<String, Value>) -> Result<TileConfig, ConfigError> {
    let url = text(t, "tiles.url")?.map(str::trim).unwrap_or_default().to_string();
    if url.is_empty() {
        return Err(ConfigError::UrlRequired);
    }
    if !is_web_address(&url) {
        return Err(ConfigError::UrlNotWeb(url));
    }
    if let Some(placeholder) = ["{z}", "{x}", "{y}"].into_iter().find(|p| !url.contains(p)) {
        return Err(ConfigError::UrlLacks { placeholder, url });
    }
    if let Some(other) = placeholders(&url).find(|p| !matches!(*p, "{z}" | "{x}" | "{y}" | "{s}")) {
        return Err(ConfigError::UrlUnknownPlaceholder(other.to_string()));
    }

    let subdomains = optional(t, "tiles.subdomains", ValueType::TextList, |v| {
        v.as_array()?.iter().map(|s| s.as_str().map(str::to_string)).collect::<Option<Vec<String>>>()
    })?
    .unwrap_or_default();
    if let Some(bad) =
        subdomains.iter().find(|s| s.is_empty() || !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    {
        return Err(ConfigError::BadSubdomain(bad.clone()));
    }
    if url.contains("{s}") && subdomains.is_empty() {
        return Err(ConfigError::SubdomainsMissing);
    }

    let attribution = text(t, "tiles.attribution")?.map(str::trim).unwrap_or_default().to_string();
    if attribution.is_empty() {
        return Err(ConfigError::AttributionRequired);
    }

    let datum = match text(t, "tiles.datum")? {
        None => Datum::default(),
        Some(name) => Datum::from_name(name).ok_or_else(|| ConfigError::UnknownDatum(name.to_string()))?,
    };

    let min_zoom = zoom(t, "tiles.min_zoom", DEFAULT_MIN_ZOOM)?;
    let max_zoom = zoom(t, "tiles.max_zoom", DEFAULT_MAX_ZOOM)?;
    if min_zoom > max_zoom {
        return Err(ConfigError::ZoomsReversed { min: min_zoom, max: max_zoom });
    }

    Ok(TileConfig { url, subdomains, attribution, datum, min_zoom, max_zoom })
}

/// Every `{…}` in a template, braces included.
fn placeholders(url: &str) -> impl Iterator<Item = &str> {
    url.match_indices('{').filter_map(move |(start, _)| {
        let len = url[start..].find('}')?;
        Some(&url[start..=start + len])
    })
}

/// A zoom level: a whole number from 0 to [`MAX_ZOOM`], or the default.
fn zoom(t: &Map<String, Value>, key: &'static str, default: u8) -> Result<u8, ConfigError> {
    let Some(z) = optional(t, key, ValueType::Number, Value::as_f64)? else { return Ok(default) };
    if z.fract() != 0.0 || !(0.0..=f64::from(MAX_ZOOM)).contains(&z) {
        return Err(ConfigError::BadZoom { key, found: z });
    }
    Ok(z as u8)
}

/// The data file the visitors' map and the planner load, relative to the
/// page so the site works under any path.
pub const DATA_FILE: &str = "data/corridor.geojson";

/// The config's file name, beside each page that draws a map (the
/// visitors' map and the staff editor).
pub const CONFIG_FILE: &str = "map-config.json";

/// Loads the optional map config over HTTP. No file (404) means no tile
/// layer; a file with a mistake is reported, and the map is drawn without
/// tiles.
#[cfg(target_arch = "wasm32")]
pub async fn fetch(url: &str) -> Result<MapConfig, ConfigError> {
    let answer = crate::http::get(url).await.map_err(ConfigError::Unreachable)?;
    if answer.status() == 404 {
        return Ok(MapConfig::default());
    }
    if !answer.ok() {
        return Err(ConfigError::Http(answer.status()));
    }
    let text = answer.text().await.map_err(ConfigError::Unreachable)?;
    parse_config(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        match parse_config(text) {
            Ok(c) => panic!("expected an error, got {c:?}"),
            Err(e) => e.to_string(),
        }
    }

    const OSM: &str = r#"{ "tiles": { "url": "https://{s}.tile.example.org/{z}/{x}/{y}.png", "subdomains": ["a", "b"], "attribution": "© Example" } }"#;

    #[test]
    fn the_default_file_has_no_tiles() {
        assert_eq!(parse_config(r#"{ "tiles": null }"#), Ok(MapConfig { tiles: None, site_url: None }));
        assert_eq!(parse_config("{}"), Ok(MapConfig::default()));
    }

    #[test]
    fn the_site_address_is_read_and_must_be_a_web_address() {
        let c = parse_config(r#"{ "site_url": " https://example.gov.cn/map/ " }"#).expect("valid");
        assert_eq!(c.site_url.as_deref(), Some("https://example.gov.cn/map/"));
        assert_eq!(parse_config(r#"{ "site_url": "" }"#).map(|c| c.site_url), Ok(None));
        assert!(err(r#"{ "site_url": "example.gov.cn" }"#).contains("site_url"));
    }

    #[test]
    fn a_full_layer_parses_with_defaults() {
        let t = parse_config(OSM).expect("valid").tiles.expect("tiles");
        assert_eq!(
            t,
            TileConfig {
                url: "https://{s}.tile.example.org/{z}/{x}/{y}.png".into(),
                subdomains: vec!["a".into(), "b".into()],
                attribution: "© Example".into(),
                datum: Datum::Wgs84,
                min_zoom: 0,
                max_zoom: 18,
            }
        );
    }

    #[test]
    fn a_gcj02_layer_with_zoom_range() {
        let t = parse_config(
            r#"{ "tiles": { "url": "https://webrd0{s}.example.cn/appmaptile?x={x}&y={y}&z={z}", "subdomains": ["1","2","3","4"],
                 "attribution": "© Example", "datum": "gcj02", "min_zoom": 3, "max_zoom": 18.0 } }"#,
        )
        .expect("valid")
        .tiles
        .expect("tiles");
        assert_eq!((t.datum, t.min_zoom, t.max_zoom), (Datum::Gcj02, 3, 18));
    }

    #[test]
    fn not_json_names_line_and_column() {
        let e = err("{ \"tiles\": nul }");
        assert!(e.contains("not valid JSON (line 1, column"), "{e}");
        assert!(err("").contains("not valid JSON"));
    }

    #[test]
    fn wrong_types_and_unknown_keys_are_named() {
        assert!(err(r#"{ "tiles": { "url": 5 } }"#).contains("\"tiles.url\" must be a string"));
        assert!(err(r#"{ "tiles": 5 }"#).contains("\"tiles\" must be an object"));
        assert!(err(r#"{ "tiles": { "url": "https://{s}.x/{z}/{x}/{y}", "subdomains": "a" } }"#)
            .contains("\"tiles.subdomains\" must be a list of strings"));
        assert!(err(r#"{ "tile": null }"#).contains("unknown key \"tile\""));
        assert!(err(r#"{ "tiles": { "url": "https://x/{z}/{x}/{y}", "attribution": "a", "maxzoom": 3 } }"#)
            .contains("unknown key \"tiles.maxzoom\""));
        assert!(err("[1]").contains("must be a JSON object"));
    }

    #[test]
    fn url_must_be_a_web_xyz_template() {
        assert!(err(r#"{ "tiles": { "attribution": "a" } }"#).contains("tiles.url is required"));
        for bad in ["ftp://x/{z}/{x}/{y}", "//x/{z}/{x}/{y}", "javascript:alert(1)//{z}{x}{y}"] {
            let e = err(&format!(r#"{{ "tiles": {{ "url": "{bad}", "attribution": "a" }} }}"#));
            assert!(e.contains("https:// or http://"), "{e}");
        }
        let e = err(r#"{ "tiles": { "url": "https://x/{z}/{x}.png", "attribution": "a" } }"#);
        assert!(e.contains("must contain {y}"), "{e}");
        let e = err(r#"{ "tiles": { "url": "https://x/{z}/{x}/{y}{r}.png", "attribution": "a" } }"#);
        assert!(e.contains("placeholder {r}"), "{e}");
    }

    #[test]
    fn subdomains_are_needed_for_s_and_must_be_host_names() {
        let e = err(r#"{ "tiles": { "url": "https://{s}.x/{z}/{x}/{y}", "attribution": "a" } }"#);
        assert!(e.contains("uses {s}"), "{e}");
        let e =
            err(r#"{ "tiles": { "url": "https://{s}.x/{z}/{x}/{y}", "subdomains": ["a/b"], "attribution": "a" } }"#);
        assert!(e.contains("tiles.subdomains"), "{e}");
    }

    #[test]
    fn attribution_is_required() {
        for tiles in
            [r#"{ "url": "https://x/{z}/{x}/{y}" }"#, r#"{ "url": "https://x/{z}/{x}/{y}", "attribution": "  " }"#]
        {
            let e = err(&format!(r#"{{ "tiles": {tiles} }}"#));
            assert!(e.contains("tiles.attribution is required"), "{e}");
        }
    }

    #[test]
    fn datum_must_be_known() {
        let e = err(r#"{ "tiles": { "url": "https://x/{z}/{x}/{y}", "attribution": "a", "datum": "bd09" } }"#);
        assert!(e.contains("tiles.datum") && e.contains("bd09"), "{e}");
    }

    #[test]
    fn zoom_range_is_checked() {
        let with = |zooms: &str| {
            err(&format!(r#"{{ "tiles": {{ "url": "https://x/{{z}}/{{x}}/{{y}}", "attribution": "a", {zooms} }} }}"#))
        };
        assert!(with(r#""min_zoom": -1"#).contains("tiles.min_zoom must be a whole number from 0 to 22 (got -1)"));
        assert!(with(r#""max_zoom": 30"#).contains("tiles.max_zoom must be a whole number"));
        assert!(with(r#""max_zoom": 12.5"#).contains("(got 12.5)"));
        assert!(with(r#""min_zoom": 12, "max_zoom": 10"#).contains("min_zoom (12) is greater than tiles.max_zoom (10)"));
    }
}
