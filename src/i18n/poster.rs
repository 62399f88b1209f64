//! Every string of the station posters and their page (`posters.html`):
//! its own table, so the visitors' page carries none of it. A poster
//! itself is bilingual (simplified Chinese and English, for the street);
//! the page around it follows the interface language.

use super::{leg_km, Lang};
use crate::poster::SiteWarning;

super::messages::message_table! {
    /// A fixed string of the posters.
    enum PoMsg;
    Title { zh_cn: "站点二维码海报", zh_hant: "站點 QR 碼海報", en: "Station QR posters" }
    Intro {
        zh_cn: "每个站点一张 A4 海报和一张 10 × 10 厘米贴纸，二维码指向该站的永久链接。先确认下面的网站地址是正式发布的地址，再打印。",
        zh_hant: "每個站點一張 A4 海報和一張 10 × 10 公分貼紙，QR 碼指向該站的永久連結。先確認下面的網站位址是正式發布的位址，再列印。",
        en: "One A4 poster and one 10 × 10 cm sticker per station, each QR code carrying the station's permanent link. Check that the site address below is the published one before printing.",
    }
    SiteLabel { zh_cn: "网站地址（二维码指向这里）", zh_hant: "網站位址（QR 碼指向這裡）", en: "Site address (the QR codes point here)" }
    SizeLabel { zh_cn: "打印尺寸", zh_hant: "列印尺寸", en: "Print size" }
    SizePoster { zh_cn: "A4 海报", zh_hant: "A4 海報", en: "A4 poster" }
    SizeSticker { zh_cn: "10 × 10 厘米贴纸", zh_hant: "10 × 10 公分貼紙", en: "10 × 10 cm sticker" }
    Print { zh_cn: "打印全部", zh_hant: "列印全部", en: "Print them all" }
    BackToMap { zh_cn: "返回导览图", zh_hant: "返回導覽圖", en: "Back to the map" }
    Loading { zh_cn: "正在加载数据…", zh_hant: "正在載入資料…", en: "Loading the data…" }
    WarnEmpty { zh_cn: "请填写网站地址。", zh_hant: "請填寫網站位址。", en: "Enter the site's address." }
    WarnFile {
        zh_cn: "这是本机文件地址（file:），打印出来的二维码在别人的手机上打不开。",
        zh_hant: "這是本機檔案位址（file:），印出來的 QR 碼在別人的手機上打不開。",
        en: "This is a file on this computer (file:): a printed code would open nothing on anyone's phone.",
    }
    WarnLocal {
        zh_cn: "这是本机地址（localhost 或 127.0.0.1），只在这台电脑上有效，打印出来的二维码扫不开。",
        zh_hant: "這是本機位址（localhost 或 127.0.0.1），只在這台電腦上有效，印出來的 QR 碼掃不開。",
        en: "This is this computer's own address (localhost or 127.0.0.1): a printed code would not open anywhere else.",
    }
    WarnNotHttps {
        zh_cn: "这个地址不是 https://，微信和浏览器会提示不安全。正式海报请用 https 地址。",
        zh_hant: "這個位址不是 https://，微信和瀏覽器會提示不安全。正式海報請用 https 位址。",
        en: "This address is not https://: WeChat and browsers warn about it. Use the https address for printed posters.",
    }
    WarnNotUrl {
        zh_cn: "这不是网址：应以 https:// 开头，例如 https://example.gov.cn/jinshan-map/",
        zh_hant: "這不是網址：應以 https:// 開頭，例如 https://example.gov.cn/jinshan-map/",
        en: "This is not a web address: it should start with https://, e.g. https://example.gov.cn/jinshan-map/",
    }
    ConfigSite { zh_cn: "地址来自 map-config.json 的 site_url。", zh_hant: "位址來自 map-config.json 的 site_url。", en: "The address comes from site_url in map-config.json." }
    PageSite {
        zh_cn: "map-config.json 没有 site_url，暂用本页的地址。",
        zh_hant: "map-config.json 沒有 site_url，暫用本頁的位址。",
        en: "map-config.json has no site_url, so this page's own address is used.",
    }
    // On the poster (bilingual: both languages are printed).
    YouAreHere { zh_cn: "您在这里", zh_hant: "您在這裡", en: "You are here" }
    ScanToOpen { zh_cn: "扫码打开本站介绍和导航", zh_hant: "掃碼打開本站介紹和導航", en: "Scan for this station's card and directions" }
    West { zh_cn: "西", zh_hant: "西", en: "W" }
    East { zh_cn: "东", zh_hant: "東", en: "E" }
    Previous { zh_cn: "上一站", zh_hant: "上一站", en: "Previous" }
    Next { zh_cn: "下一站", zh_hant: "下一站", en: "Next" }
    DistanceUnknown { zh_cn: "距离不详", zh_hant: "距離不詳", en: "distance not known" }
    NotOnStrip {
        zh_cn: "本站位置尚未标定，未画在示意图上",
        zh_hant: "本站位置尚未標定，未畫在示意圖上",
        en: "This station's position is not yet known, so it is not on the strip",
    }
    StripCaption { zh_cn: "金山大道示意图（站点按沿路位置排列）", zh_hant: "金山大道示意圖（站點按沿路位置排列）", en: "Jinshan Avenue, schematic (stations by their place along it)" }
}

/// The warning for a site address, for the page.
pub fn site_warning(lang: Lang, w: SiteWarning) -> &'static str {
    match w {
        SiteWarning::Empty => PoMsg::WarnEmpty,
        SiteWarning::File => PoMsg::WarnFile,
        SiteWarning::Local => PoMsg::WarnLocal,
        SiteWarning::NotHttps => PoMsg::WarnNotHttps,
        SiteWarning::NotUrl => PoMsg::WarnNotUrl,
    }
    .text(lang)
}

/// A neighbour's distance on the poster: "约 1.2 公里", or "距离不详".
///
/// ```
/// use corridor::i18n::{poster::neighbour_distance, Lang};
/// assert_eq!(neighbour_distance(Lang::En, Some(1250.0)), "about 1.3 km");
/// assert_eq!(neighbour_distance(Lang::ZhCn, None), "距离不详");
/// ```
pub fn neighbour_distance(lang: Lang, metres: Option<f64>) -> String {
    match metres {
        Some(m) => leg_km(lang, m),
        None => PoMsg::DistanceUnknown.text(lang).to_string(),
    }
}

/// What `corridor-posters` wrote.
pub fn written(lang: Lang, files: usize, dir: &str) -> String {
    match lang {
        Lang::ZhCn => format!("已写入 {files} 个文件到 {dir}（每站一张海报和一张贴纸的 SVG，以及 posters.html 和 stickers.html 供打印）"),
        Lang::ZhHant => format!("已寫入 {files} 個檔案到 {dir}（每站一張海報和一張貼紙的 SVG，以及 posters.html 和 stickers.html 供列印）"),
        Lang::En => format!("wrote {files} files to {dir} (an SVG poster and sticker per station, and posters.html and stickers.html to print)"),
    }
}

/// A site address so long that its links do not fit in a QR code.
pub fn too_long(lang: Lang, chars: usize) -> String {
    match lang {
        Lang::ZhCn => format!("网站地址太长：链接有 {chars} 个字符，放不进二维码。请用站点的正式短地址。"),
        Lang::ZhHant => format!("網站位址太長：連結有 {chars} 個字元，放不進 QR 碼。請用站點的正式短位址。"),
        Lang::En => format!("The site address is too long: the link has {chars} characters and does not fit in a QR code. Use the site's published short address."),
    }
}
