//! The strings of offline use and updates: the visitors' page's prompt
//! for a new version and its note on data kept from an earlier visit, and
//! the installed app's names (the web app manifest, written at build time
//! by `corridor-finish` from this table, so the names are said once).

use super::calendar::date;
use super::Lang;

super::messages::message_table! {
    /// A fixed string of offline use, updates and installing.
    enum OffMsg;
    UpdateReady {
        zh_cn: "地图有新版本。",
        zh_hant: "地圖有新版本。",
        en: "A new version of the map is ready.",
    }
    Reload { zh_cn: "重新载入", zh_hant: "重新載入", en: "Reload" }
    ShortName { zh_cn: "金山大道导览", zh_hant: "金山大道導覽", en: "Jinshan Avenue map" }
    InstallDescription {
        zh_cn: "金山卫镇金山大道经济走廊党群服务阵地导览图，离线也能用。",
        zh_hant: "金山衛鎮金山大道經濟走廊黨群服務陣地導覽圖，離線也能用。",
        en: "Guide map of the party-mass service stations along Jinshan Avenue, Jinshanwei, Shanghai; works offline.",
    }
}

/// The note over a map drawn from the copy kept on this device, because
/// the network failed; `saved` is the day it was fetched (`YYYY-MM-DD`).
///
/// ```
/// use corridor::i18n::{offline::offline_data, Lang};
/// assert_eq!(offline_data(Lang::En, "2026-12-03"),
///     "Offline: the data shown is the copy saved on 3 December 2026.");
/// ```
pub fn offline_data(lang: Lang, saved: &str) -> String {
    let day = date(lang, saved);
    match lang {
        Lang::ZhCn => format!("当前离线：显示的是 {day} 保存的数据。"),
        Lang::ZhHant => format!("目前離線：顯示的是 {day} 儲存的資料。"),
        Lang::En => format!("Offline: the data shown is the copy saved on {day}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_every_language() {
        for m in OffMsg::ALL {
            for lang in Lang::ALL {
                assert!(!m.text(lang).is_empty(), "{m:?} in {lang:?}");
            }
        }
        assert!(offline_data(Lang::ZhCn, "2026-12-03").contains("2026年12月3日"));
    }
}
