//! What is wrong with the map config (`map-config.json`), in every
//! interface language: shown over the map (which is then drawn without
//! tiles) and printed by the staff's commands.

use super::{http_status, network_error, Lang};
use crate::config::{ConfigError, CONFIG_FILE, MAX_ZOOM};
use crate::fmt_num::trimmed;
use std::fmt;

impl ConfigError {
    /// One sentence, naming the file, the key and what it must be.
    ///
    /// ```
    /// use corridor::config::parse_config;
    /// use corridor::i18n::Lang;
    /// let e = parse_config(r#"{ "tile": null }"#).unwrap_err();
    /// assert!(e.describe(Lang::En).contains("\"tile\""));
    /// assert!(e.describe(Lang::ZhCn).contains("未知的键"));
    /// ```
    pub fn describe(&self, lang: Lang) -> String {
        let said = self.what(lang);
        match lang {
            Lang::En => format!("{CONFIG_FILE}: {said}; the map is drawn without tiles."),
            Lang::ZhCn => format!("{CONFIG_FILE}：{said}。地图暂不显示底图瓦片。"),
            Lang::ZhHant => format!("{CONFIG_FILE}：{said}。地圖暫不顯示底圖圖磚。"),
        }
    }

    fn what(&self, lang: Lang) -> String {
        use ConfigError::*;
        match self {
            Http(status) => http_status(lang, *status),
            Unreachable(detail) => network_error(lang, detail),
            NotJson { line, column } => match lang {
                Lang::En => format!("not valid JSON (line {line}, column {column})"),
                Lang::ZhCn => format!("不是有效的 JSON（第 {line} 行第 {column} 列）"),
                Lang::ZhHant => format!("不是有效的 JSON（第 {line} 行第 {column} 列）"),
            },
            NotObject => match lang {
                Lang::En => "the file must be a JSON object, such as { \"tiles\": null }".to_string(),
                Lang::ZhCn => "文件必须是 JSON 对象，如 { \"tiles\": null }".to_string(),
                Lang::ZhHant => "檔案必須是 JSON 物件，如 { \"tiles\": null }".to_string(),
            },
            UnknownKey(key) => match lang {
                Lang::En => format!("unknown key \"{key}\" (a misspelling?)"),
                Lang::ZhCn => format!("未知的键 \"{key}\"（是否拼错？）"),
                Lang::ZhHant => format!("未知的鍵 \"{key}\"（是否拼錯？）"),
            },
            WrongType { key, expected } => {
                let expected = expected.text(lang);
                match lang {
                    Lang::En => format!("\"{key}\" must be {expected}"),
                    Lang::ZhCn => format!("\"{key}\" 必须是{expected}"),
                    Lang::ZhHant => format!("\"{key}\" 必須是{expected}"),
                }
            }
            SiteUrlNotWeb(got) => match lang {
                Lang::En => format!("site_url must be the published site's address, such as https://example.gov.cn/jinshan-map/ (got \"{got}\")"),
                Lang::ZhCn => format!("site_url 必须是发布网站的地址，如 https://example.gov.cn/jinshan-map/（实际是 \"{got}\"）"),
                Lang::ZhHant => format!("site_url 必須是發佈網站的位址，如 https://example.gov.cn/jinshan-map/（實際是 \"{got}\"）"),
            },
            UrlRequired => match lang {
                Lang::En => "tiles.url is required: an XYZ template such as https://tile.example.org/{z}/{x}/{y}.png".to_string(),
                Lang::ZhCn => "缺少 tiles.url：XYZ 瓦片地址模板，如 https://tile.example.org/{z}/{x}/{y}.png".to_string(),
                Lang::ZhHant => "缺少 tiles.url：XYZ 圖磚位址範本，如 https://tile.example.org/{z}/{x}/{y}.png".to_string(),
            },
            UrlNotWeb(url) => match lang {
                Lang::En => format!("tiles.url must start with https:// or http:// (got \"{url}\")"),
                Lang::ZhCn => format!("tiles.url 必须以 https:// 或 http:// 开头（实际是 \"{url}\"）"),
                Lang::ZhHant => format!("tiles.url 必須以 https:// 或 http:// 開頭（實際是 \"{url}\"）"),
            },
            UrlLacks { placeholder, url } => match lang {
                Lang::En => format!("tiles.url must contain {placeholder} (got \"{url}\")"),
                Lang::ZhCn => format!("tiles.url 必须包含 {placeholder}（实际是 \"{url}\"）"),
                Lang::ZhHant => format!("tiles.url 必須包含 {placeholder}（實際是 \"{url}\"）"),
            },
            UrlUnknownPlaceholder(p) => match lang {
                Lang::En => format!("tiles.url has the placeholder {p}; only {{z}}, {{x}}, {{y}} and {{s}} are understood"),
                Lang::ZhCn => format!("tiles.url 含有占位符 {p}；只支持 {{z}}、{{x}}、{{y}} 和 {{s}}"),
                Lang::ZhHant => format!("tiles.url 含有佔位符 {p}；只支援 {{z}}、{{x}}、{{y}} 和 {{s}}"),
            },
            BadSubdomain(got) => match lang {
                Lang::En => format!("tiles.subdomains must be host names such as \"a\" (got \"{got}\")"),
                Lang::ZhCn => format!("tiles.subdomains 必须是主机名，如 \"a\"（实际是 \"{got}\"）"),
                Lang::ZhHant => format!("tiles.subdomains 必須是主機名稱，如 \"a\"（實際是 \"{got}\"）"),
            },
            SubdomainsMissing => match lang {
                Lang::En => "tiles.url uses {s} but tiles.subdomains is missing or empty".to_string(),
                Lang::ZhCn => "tiles.url 使用了 {s}，但 tiles.subdomains 缺失或为空".to_string(),
                Lang::ZhHant => "tiles.url 使用了 {s}，但 tiles.subdomains 缺失或為空".to_string(),
            },
            AttributionRequired => match lang {
                Lang::En => "tiles.attribution is required: the credit the tile provider's licence asks for".to_string(),
                Lang::ZhCn => "缺少 tiles.attribution：瓦片提供方许可要求的署名".to_string(),
                Lang::ZhHant => "缺少 tiles.attribution：圖磚提供方授權要求的署名".to_string(),
            },
            UnknownDatum(got) => match lang {
                Lang::En => format!("tiles.datum must be \"wgs84\" or \"gcj02\" (got \"{got}\")"),
                Lang::ZhCn => format!("tiles.datum 必须是 \"wgs84\" 或 \"gcj02\"（实际是 \"{got}\"）"),
                Lang::ZhHant => format!("tiles.datum 必須是 \"wgs84\" 或 \"gcj02\"（實際是 \"{got}\"）"),
            },
            BadZoom { key, found } => {
                let found = trimmed(*found, 6);
                match lang {
                    Lang::En => format!("{key} must be a whole number from 0 to {MAX_ZOOM} (got {found})"),
                    Lang::ZhCn => format!("{key} 必须是 0 到 {MAX_ZOOM} 的整数（实际是 {found}）"),
                    Lang::ZhHant => format!("{key} 必須是 0 到 {MAX_ZOOM} 的整數（實際是 {found}）"),
                }
            }
            ZoomsReversed { min, max } => match lang {
                Lang::En => format!("tiles.min_zoom ({min}) is greater than tiles.max_zoom ({max})"),
                Lang::ZhCn => format!("tiles.min_zoom（{min}）大于 tiles.max_zoom（{max}）"),
                Lang::ZhHant => format!("tiles.min_zoom（{min}）大於 tiles.max_zoom（{max}）"),
            },
        }
    }
}

/// The staff's commands print what is wrong in English.
impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{CONFIG_FILE}: {}", self.what(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_config;

    #[test]
    fn every_language_names_the_file_and_the_key() {
        let e = parse_config(r#"{ "tiles": { "url": "https://x/{z}/{x}/{y}", "attribution": "a", "maxzoom": 3 } }"#)
            .unwrap_err();
        for lang in Lang::ALL {
            let said = e.describe(lang);
            assert!(said.starts_with(CONFIG_FILE) && said.contains("tiles.maxzoom"), "{said}");
        }
    }
}
