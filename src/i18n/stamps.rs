//! The strings of the check-in stamps: the stamps page (`stamps.html`) and
//! its certificate in their own table; the few the card shows are
//! formatters here too, so both say a stamp the same way.

use super::calendar::short_date;
use super::Lang;
use crate::stamps::StampsIssue;

super::messages::message_table! {
    /// A fixed string of the stamps page.
    enum StMsg;
    Title { zh_cn: "我的打卡", zh_hant: "我的打卡", en: "My stamps" }
    Private {
        zh_cn: "打卡记录只保存在这台设备的浏览器里，不会发送到任何地方，也不需要账号。",
        zh_hant: "打卡紀錄只儲存在這台裝置的瀏覽器裡，不會傳送到任何地方，也不需要帳號。",
        en: "Your stamps are kept in this device's browser only: nothing is sent anywhere, and no account is needed.",
    }
    HowTo {
        zh_cn: "在站点扫描海报上的二维码即可打卡；也可以在站点卡片上手动打卡。",
        zh_hant: "在站點掃描海報上的 QR 碼即可打卡；也可以在站點卡片上手動打卡。",
        en: "Scan the QR code on a station's poster to stamp it, or stamp by hand on the station's card.",
    }
    NotYet { zh_cn: "未打卡", zh_hant: "未打卡", en: "not yet" }
    NameLabel { zh_cn: "证书上的名字（班级或个人）", zh_hant: "證書上的名字（班級或個人）", en: "Name on the certificate (a class or a person)" }
    PrintCertificate { zh_cn: "打印证书", zh_hant: "列印證書", en: "Print the certificate" }
    Clear { zh_cn: "清除全部打卡", zh_hant: "清除全部打卡", en: "Clear all stamps" }
    ClearConfirm { zh_cn: "确定清除这台设备上的全部打卡记录吗？此操作无法撤销。", zh_hant: "確定清除這台裝置上的全部打卡紀錄嗎？此操作無法復原。", en: "Clear every stamp on this device? This cannot be undone." }
    CertificateTitle { zh_cn: "打卡证书", zh_hant: "打卡證書", en: "Certificate of visits" }
    CertificateName { zh_cn: "姓名 / 班级", zh_hant: "姓名 / 班級", en: "Name" }
    CertificateNote {
        zh_cn: "打卡记录来自参观者本人设备，仅作纪念。",
        zh_hant: "打卡紀錄來自參觀者本人裝置，僅作紀念。",
        en: "The stamps come from the visitor's own device, as a keepsake.",
    }
    BackToMap { zh_cn: "返回导览图", zh_hant: "返回導覽圖", en: "Back to the map" }
    Loading { zh_cn: "正在加载数据…", zh_hant: "正在載入資料…", en: "Loading the data…" }
    Scanned { zh_cn: "扫码", zh_hant: "掃碼", en: "scanned" }
    ByHand { zh_cn: "手动", zh_hant: "手動", en: "by hand" }
}

/// A stamp's time as people write it: `2026-12-12T10:42` as
/// "12 Dec 2026, 10:42" or "2026年12月12日 10:42".
///
/// ```
/// use corridor::i18n::{stamps::stamp_time, Lang};
/// assert_eq!(stamp_time(Lang::En, "2026-12-12T10:42"), "12 Dec 2026, 10:42");
/// assert_eq!(stamp_time(Lang::ZhCn, "2026-12-02T08:05"), "2026年12月2日 08:05");
/// ```
pub fn stamp_time(lang: Lang, at: &str) -> String {
    match at.split_once('T') {
        Some((day, time)) => match lang {
            Lang::En => format!("{}, {time}", short_date(lang, day)),
            Lang::ZhCn | Lang::ZhHant => format!("{} {time}", short_date(lang, day)),
        },
        None => at.to_string(),
    }
}

/// What the card says of a stamped station.
///
/// ```
/// use corridor::i18n::{stamps::stamped, Lang};
/// assert_eq!(stamped(Lang::En, "2026-12-12T10:42"), "Stamped 12 Dec 2026, 10:42");
/// ```
pub fn stamped(lang: Lang, at: &str) -> String {
    let t = stamp_time(lang, at);
    match lang {
        Lang::ZhCn => format!("已打卡：{t}"),
        Lang::ZhHant => format!("已打卡：{t}"),
        Lang::En => format!("Stamped {t}"),
    }
}

/// Progress: "3 / 14".
///
/// ```
/// use corridor::i18n::{stamps::progress, Lang};
/// assert_eq!(progress(Lang::ZhCn, 3, 14), "已打卡 3 / 14 站");
/// ```
pub fn progress(lang: Lang, done: usize, total: usize) -> String {
    match lang {
        Lang::ZhCn => format!("已打卡 {done} / {total} 站"),
        Lang::ZhHant => format!("已打卡 {done} / {total} 站"),
        Lang::En => format!("{done} / {total} stations stamped"),
    }
}

/// The certificate's line: who visited how many.
pub fn certificate_line(lang: Lang, done: usize, total: usize) -> String {
    match lang {
        Lang::ZhCn => format!("参观了金山大道经济走廊 {total} 个党群服务阵地中的 {done} 个。"),
        Lang::ZhHant => format!("參觀了金山大道經濟走廊 {total} 個黨群服務陣地中的 {done} 個。"),
        Lang::En => {
            format!("visited {done} of the {total} party-mass service stations of the Jinshan Avenue corridor.")
        }
    }
}

/// Why the stored stamps are not shown.
pub fn stamps_issue(lang: Lang, issue: &StampsIssue) -> String {
    match (issue, lang) {
        (StampsIssue::Unreadable, Lang::ZhCn) => "这台设备上保存的打卡记录无法读取（已损坏或来自别的程序），已忽略；下次打卡会重新开始记录。".into(),
        (StampsIssue::Unreadable, Lang::ZhHant) => "這台裝置上儲存的打卡紀錄無法讀取（已損壞或來自別的程式），已忽略；下次打卡會重新開始記錄。".into(),
        (StampsIssue::Unreadable, Lang::En) => {
            "The stamps stored on this device cannot be read (damaged, or written by something else) and are ignored; the next stamp starts afresh.".into()
        }
        (StampsIssue::NewerVersion(v), Lang::ZhCn) => format!("这台设备上的打卡记录由更新的版本（{v}）保存，这个页面读不了，已原样保留。"),
        (StampsIssue::NewerVersion(v), Lang::ZhHant) => format!("這台裝置上的打卡紀錄由更新的版本（{v}）儲存，這個頁面讀不了，已原樣保留。"),
        (StampsIssue::NewerVersion(v), Lang::En) => {
            format!("The stamps on this device were kept by a newer version ({v}) of this page; this one cannot read them and leaves them as they are.")
        }
    }
}

/// After a stamp by hand: how far the device is from where the map places
/// the station, said plainly (the stamp stands whatever it says).
///
/// ```
/// use corridor::i18n::{stamps::distance_to_station, Lang};
/// assert_eq!(distance_to_station(Lang::En, 60.0, false), "You are at the station (about 60 m away).");
/// assert!(distance_to_station(Lang::ZhCn, 1500.0, true).contains("估计"));
/// ```
pub fn distance_to_station(lang: Lang, metres: f64, estimated: bool) -> String {
    let m = crate::fmt_num::fixed(metres, 0);
    let near = metres < crate::locate::AT_STATION_M;
    let far = super::km(lang, metres);
    let (zh, hant, en) = match (near, estimated) {
        (true, false) => (
            format!("你就在站点（约 {m} 米）。"),
            format!("你就在站點（約 {m} 公尺）。"),
            format!("You are at the station (about {m} m away)."),
        ),
        (true, true) => (
            format!("你离图上的站点位置约 {m} 米（该位置为估计值）。"),
            format!("你離圖上的站點位置約 {m} 公尺（該位置為估計值）。"),
            format!("You are about {m} m from where the map places the station (an estimated position)."),
        ),
        (false, false) => (
            format!("你离站点约 {far}。"),
            format!("你離站點約 {far}。"),
            format!("You are about {far} from the station."),
        ),
        (false, true) => (
            format!("你离图上的站点位置约 {far}（该位置为估计值）。"),
            format!("你離圖上的站點位置約 {far}（該位置為估計值）。"),
            format!("You are about {far} from where the map places the station (an estimated position)."),
        ),
    };
    match lang {
        Lang::ZhCn => zh,
        Lang::ZhHant => hant,
        Lang::En => en,
    }
}
