//! The web app manifest (`manifest.webmanifest`), written at build time
//! from the interface's own strings so the installed app is named as the
//! page is, in every language: the default language's names at the top
//! level and the others under `translations` (the W3C manifest
//! localisation proposal; browsers without it show the default).

use crate::i18n::offline::OffMsg;
use crate::i18n::{Lang, Msg};
use serde_json::{json, Map, Value};

/// The manifest's file name beside the pages.
pub const FILE: &str = "manifest.webmanifest";

/// The avenue's red, as the stylesheet's `--red` and the pages'
/// `theme-color`.
pub const THEME_COLOUR: &str = "#a4161a";
/// The page's paper colour (`--paper`), shown while an installed app starts.
pub const BACKGROUND_COLOUR: &str = "#fbf8f3";

/// An icon of the installed app: its file (in `public/icons/`, drawn from
/// `assets/icons/*.svg`), size and purpose.
pub struct Icon {
    pub path: &'static str,
    pub sizes: &'static str,
    pub purpose: &'static str,
}

/// Every icon: the rounded one at the two sizes stores ask for, and a
/// full-bleed one whose drawing keeps to the middle 80 % ("maskable"), so
/// a phone can cut it to a circle or a squircle.
pub const ICONS: &[Icon] = &[
    Icon { path: "icons/icon-192.png", sizes: "192x192", purpose: "any" },
    Icon { path: "icons/icon-512.png", sizes: "512x512", purpose: "any" },
    Icon { path: "icons/maskable-512.png", sizes: "512x512", purpose: "maskable" },
];

fn names(lang: Lang) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("name".into(), json!(Msg::AppTitle.text(lang)));
    m.insert("short_name".into(), json!(OffMsg::ShortName.text(lang)));
    m.insert("description".into(), json!(OffMsg::InstallDescription.text(lang)));
    m
}

/// The manifest's text.
///
/// ```
/// let m: serde_json::Value = serde_json::from_str(&corridor::publish::manifest::manifest()).unwrap();
/// assert_eq!(m["start_url"], "./");
/// assert_eq!(m["translations"]["en"]["short_name"], "Jinshan Avenue map");
/// ```
pub fn manifest() -> String {
    let default = Lang::default();
    let mut root = names(default);
    let translations: Map<String, Value> = Lang::ALL
        .into_iter()
        .filter(|l| *l != default)
        .map(|l| (l.tag().to_string(), Value::Object(names(l))))
        .collect();
    let icons: Vec<Value> = ICONS
        .iter()
        .map(|i| json!({ "src": i.path, "sizes": i.sizes, "type": "image/png", "purpose": i.purpose }))
        .collect();
    for (key, value) in [
        ("lang", json!(default.tag())),
        ("dir", json!("ltr")),
        ("start_url", json!("./")),
        ("scope", json!("./")),
        ("display", json!("standalone")),
        ("theme_color", json!(THEME_COLOUR)),
        ("background_color", json!(BACKGROUND_COLOUR)),
        ("icons", Value::Array(icons)),
        ("translations", Value::Object(translations)),
    ] {
        root.insert(key.into(), value);
    }
    serde_json::to_string_pretty(&Value::Object(root)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_names_the_app_and_the_icons_are_the_shipped_files() {
        let m: Value = serde_json::from_str(&manifest()).expect("JSON");
        assert_eq!(m["name"], Msg::AppTitle.text(Lang::default()));
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::default()) {
            assert_eq!(m["translations"][lang.tag()]["name"], Msg::AppTitle.text(lang));
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public");
        for icon in ICONS {
            assert!(root.join(icon.path).is_file(), "{} is missing from public/", icon.path);
        }
        assert!(ICONS.iter().any(|i| i.purpose == "maskable") && ICONS.iter().any(|i| i.sizes == "192x192"));
    }
}
