//! Every fixed string of the interface, in every language.

use super::Lang;
use crate::fmt_num::fixed;
use crate::geo::{Compass, Whereabouts};

/// Declares a message enum (here [`Msg`]), its list `ALL` and `text` from
/// one table. Every entry must give all three languages or the table does
/// not compile, and the list the tests walk is generated from the same
/// table. Staff and planner pages declare their own tables with it, so the
/// visitors' page carries only its own strings.
macro_rules! message_table {
    ($(#[$meta:meta])* enum $enum:ident; $($name:ident { zh_cn: $zh_cn:expr, zh_hant: $zh_hant:expr, en: $en:expr $(,)? })*) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $enum {
            $($name,)*
        }

        impl $enum {
            /// Every message, in table order.
            pub const ALL: &'static [$enum] = &[$($enum::$name,)*];

            pub fn text(self, lang: Lang) -> &'static str {
                match self {
                    $($enum::$name => match lang {
                        Lang::ZhCn => $zh_cn,
                        Lang::ZhHant => $zh_hant,
                        Lang::En => $en,
                    },)*
                }
            }
        }
    };
}
pub(crate) use message_table;

// Traditional Chinese was converted from the simplified text with OpenCC
// (s2twp: Taiwan characters and usual words, 「」 quotes) and read through.
message_table! {
    /// A fixed interface string of the visitors' page.
    enum Msg;
    AppTitle {
        zh_cn: "金山大道经济走廊党群阵地导览图",
        zh_hant: "金山大道經濟走廊黨群陣地導覽圖",
        en: "Jinshan Avenue Corridor: Party-Mass Service Stations",
    }
    AppTagline {
        zh_cn: "金山卫镇 · 沿金山大道串珠成链的党群服务阵地",
        zh_hant: "金山衛鎮 · 沿金山大道串珠成鏈的黨群服務陣地",
        en: "Jinshanwei Town, Jinshan District, Shanghai · guide map of the economic corridor",
    }
    SkipToList {
        zh_cn: "跳到站点列表",
        zh_hant: "跳到站點列表",
        en: "Skip to the station list",
    }
    MapLabel {
        zh_cn: "金山大道沿线站点地图。方向键平移，加号和减号缩放。",
        zh_hant: "金山大道沿線站點地圖。方向鍵平移，加號和減號縮放。",
        en: "Map of the stations along Jinshan Avenue. Arrow keys move it, plus and minus zoom.",
    }
    ListHeading {
        zh_cn: "站点列表",
        zh_hant: "站點列表",
        en: "Stations",
    }
    ListIntro {
        zh_cn: "已定位的站点沿大道自西向东编号，位置待核实的站点排在其后。点击站点查看详情。",
        zh_hant: "已定位的站點沿大道自西向東編號，位置待核實的站點排在其後。點選站點檢視詳情。",
        en: "Stations with a position are numbered west to east along the avenue; those awaiting a position follow. Choose one for its details.",
    }
    TrayHeading {
        zh_cn: "位置待核实的站点（未在地图上标出）",
        zh_hant: "位置待核實的站點（未在地圖上標出）",
        en: "Stations whose position is not yet known (not on the map)",
    }
    Loading {
        zh_cn: "正在加载地图数据…",
        zh_hant: "正在載入地圖資料…",
        en: "Loading map data…",
    }
    MapLoading {
        zh_cn: "正在加载地图…",
        zh_hant: "正在載入地圖…",
        en: "Loading the map…",
    }
    MapNotLoaded {
        zh_cn: "地图的缩放和拖动未能下载。",
        zh_hant: "地圖的縮放和拖動未能下載。",
        en: "The map's zoom and pan could not be downloaded.",
    }
    Close {
        zh_cn: "关闭",
        zh_hant: "關閉",
        en: "Close",
    }
    Previous {
        zh_cn: "上一站",
        zh_hant: "上一站",
        en: "Previous",
    }
    Next {
        zh_cn: "下一站",
        zh_hant: "下一站",
        en: "Next",
    }
    Retry {
        zh_cn: "重试",
        zh_hant: "重試",
        en: "Try again",
    }
    Language {
        zh_cn: "界面语言",
        zh_hant: "介面語言",
        en: "Language",
    }
    Unit {
        zh_cn: "所属村居",
        zh_hant: "所屬村居",
        en: "Village / community",
    }
    About {
        zh_cn: "简介",
        zh_hant: "簡介",
        en: "About",
    }
    SeeAndDo {
        zh_cn: "看点与活动",
        zh_hant: "看點與活動",
        en: "What to see and do",
    }
    Hours {
        zh_cn: "开放时间",
        zh_hant: "開放時間",
        en: "Opening hours",
    }
    Phone {
        zh_cn: "联系电话",
        zh_hant: "聯絡電話",
        en: "Phone",
    }
    Address {
        zh_cn: "地址",
        zh_hant: "地址",
        en: "Address",
    }
    Along {
        zh_cn: "沿大道位置",
        zh_hant: "沿大道位置",
        en: "Along the avenue",
    }
    Sources {
        zh_cn: "资料来源",
        zh_hant: "資料來源",
        en: "Sources",
    }
    Links {
        zh_cn: "相关链接",
        zh_hant: "相關連結",
        en: "Links",
    }
    Position {
        zh_cn: "位置",
        zh_hant: "位置",
        en: "Position",
    }
    Navigate {
        zh_cn: "导航前往",
        zh_hant: "導航前往",
        en: "Navigate there",
    }
    NavigateWeChatHint {
        zh_cn: "在微信中无法直接打开地图应用：请点右上角“⋯”，选择“在浏览器打开”。",
        zh_hant: "在微信中無法直接開啟地圖應用：請點右上角「⋯」，選擇「在瀏覽器開啟」。",
        en: "WeChat cannot open map apps directly: tap ⋯ (top right) and choose “Open in browser”.",
    }
    NavigateUnknown {
        zh_cn: "位置未知，暂不提供导航。",
        zh_hant: "位置未知，暫不提供導航。",
        en: "No navigation until the position is known.",
    }
    PositionSurveyed {
        zh_cn: "位置已实地测定。",
        zh_hant: "位置已實地測定。",
        en: "Position surveyed.",
    }
    PositionApproximate {
        zh_cn: "位置为估计值，尚未实地核实，请以现场为准。",
        zh_hant: "位置為估計值，尚未實地核實，請以現場為準。",
        en: "Position is an estimate, not yet surveyed: check on site.",
    }
    PositionUnknown {
        zh_cn: "位置尚不清楚，未在地图上标出。",
        zh_hant: "位置尚不清楚，未在地圖上標出。",
        en: "Position not known yet, so it is not drawn on the map.",
    }
    MembershipNamed {
        zh_cn: "建立联盟的报道（新民晚报，2021-12-21）提到此处参与联盟工作；报道未逐一列出导览图上的14个阵地。",
        zh_hant: "建立聯盟的報道（新民晚報，2021-12-21）提到此處參與聯盟工作；報道未逐一列出導覽圖上的14個陣地。",
        en: "The founding report (Xinmin Evening News, 2021-12-21) names this place in the alliance's work; it does not list the guide map's 14 stations by name.",
    }
    MembershipUnconfirmed {
        zh_cn: "尚无资料证实此处是导览图上的14个阵地之一。",
        zh_hant: "尚無資料證實此處是導覽圖上的14個陣地之一。",
        en: "No source yet confirms this is one of the guide map's 14 stations.",
    }
    DataNoteApproximate {
        zh_cn: "图上位置均为估计值，待实地测定后更新。",
        zh_hant: "圖上位置均為估計值，待實地測定後更新。",
        en: "Positions on this map are estimates until surveyed.",
    }
    ProblemsHeading {
        zh_cn: "数据文件有错误，以下内容可能不完整：",
        zh_hant: "資料檔案有錯誤，以下內容可能不完整：",
        en: "The data file has errors; what follows may be incomplete:",
    }
    ProblemsWarningsHeading {
        zh_cn: "数据文件提示：",
        zh_hant: "資料檔案提示：",
        en: "Notes on the data file:",
    }
    LegendStation {
        zh_cn: "站点",
        zh_hant: "站點",
        en: "Station",
    }
    LegendApproximate {
        zh_cn: "虚线圈：位置为估计",
        zh_hant: "虛線圈：位置為估計",
        en: "Dashed ring: estimated position",
    }
    LegendVillage {
        zh_cn: "村",
        zh_hant: "村",
        en: "Village",
    }
    LegendResidential {
        zh_cn: "居委会",
        zh_hant: "居委會",
        en: "Residential committee",
    }
    LegendBoundary {
        zh_cn: "沪浙省界",
        zh_hant: "滬浙省界",
        en: "Shanghai–Zhejiang boundary",
    }
    LegendCoast {
        zh_cn: "海岸线",
        zh_hant: "海岸線",
        en: "Coast",
    }
    LegendAvenue {
        zh_cn: "金山大道",
        zh_hant: "金山大道",
        en: "Jinshan Avenue",
    }
    MapDrawnNote {
        zh_cn: "示意图，由本站数据绘制，无底图",
        zh_hant: "示意圖，由本站資料繪製，無底圖",
        en: "Schematic drawn from our data; no base map",
    }
    MapDataCreditOsm {
        zh_cn: "海岸线：© OpenStreetMap contributors, ODbL",
        zh_hant: "海岸線：© OpenStreetMap contributors, ODbL",
        en: "Coast: © OpenStreetMap contributors, ODbL",
    }
    NorthUp {
        zh_cn: "上方为北",
        zh_hant: "上方為北",
        en: "North is up",
    }
    NorthLetter {
        zh_cn: "北",
        zh_hant: "北",
        en: "N",
    }
    UnitsHeading {
        zh_cn: "金山卫镇的村和居委会",
        zh_hant: "金山衛鎮的村和居委會",
        en: "Villages and residential committees of Jinshanwei",
    }
    UnknownShort {
        zh_cn: "位置未知",
        zh_hant: "位置未知",
        en: "position unknown",
    }
    ApproximateShort {
        zh_cn: "位置为估计值",
        zh_hant: "位置為估計值",
        en: "position estimated",
    }
    DataTitle {
        zh_cn: "关于数据",
        zh_hant: "關於資料",
        en: "About the data",
    }
    ZoomIn {
        zh_cn: "放大",
        zh_hant: "放大",
        en: "Zoom in",
    }
    ZoomOut {
        zh_cn: "缩小",
        zh_hant: "縮小",
        en: "Zoom out",
    }
    FitAll {
        zh_cn: "显示整条走廊",
        zh_hant: "顯示整條走廊",
        en: "Show the whole corridor",
    }
    Locate {
        zh_cn: "显示我的位置和最近的站点",
        zh_hant: "顯示我的位置和最近的站點",
        en: "Show my position and the nearest station",
    }
    Locating {
        zh_cn: "正在获取你的位置…",
        zh_hant: "正在獲取你的位置…",
        en: "Finding your position…",
    }
    LocateDenied {
        zh_cn: "未获准使用你的位置。如需定位，请在浏览器或微信设置中允许本网页使用位置信息。",
        zh_hant: "未獲準使用你的位置。如需定位，請在瀏覽器或微信設定中允許本網頁使用位置資訊。",
        en: "Permission to use your location was refused. To use it, allow this page to access your location in the browser (or WeChat) settings.",
    }
    LocateUnavailable {
        zh_cn: "暂时无法确定你的位置。请到开阔处或稍后再试。",
        zh_hant: "暫時無法確定你的位置。請到開闊處或稍後再試。",
        en: "Your position could not be found. Try again in the open or a little later.",
    }
    LocateTimeout {
        zh_cn: "定位超时。请稍后再试。",
        zh_hant: "定位超時。請稍後再試。",
        en: "Finding your position took too long. Please try again.",
    }
    LocateUnsupported {
        zh_cn: "此浏览器不支持定位。",
        zh_hant: "此瀏覽器不支援定位。",
        en: "This browser cannot tell your position.",
    }
    PartNotLoaded {
        zh_cn: "这部分内容未能下载，请检查网络后重试。",
        zh_hant: "這部分內容未能下載，請檢查網路後重試。",
        en: "This part of the page could not be downloaded. Check the connection and try again.",
    }
    LocateNoStations {
        zh_cn: "图上还没有已定位的站点。",
        zh_hant: "圖上還沒有已定位的站點。",
        en: "No station on the map has a position yet.",
    }
    GestureHint {
        zh_cn: "用双指移动或缩放地图",
        zh_hant: "用雙指移動或縮放地圖",
        en: "Use two fingers to move the map",
    }
    OpenCard {
        zh_cn: "查看",
        zh_hant: "檢視",
        en: "Open",
    }
    CategoryServiceCentre {
        zh_cn: "党群服务中心",
        zh_hant: "黨群服務中心",
        en: "Party-mass service centre",
    }
    CategoryVillage {
        zh_cn: "村",
        zh_hant: "村",
        en: "Village",
    }
    CategoryResidential {
        zh_cn: "居民区",
        zh_hant: "居民區",
        en: "Residential community",
    }
    CategoryEducationBase {
        zh_cn: "党性教育基地",
        zh_hant: "黨性教育基地",
        en: "Party-education base",
    }
    CategoryEnterprise {
        zh_cn: "企业",
        zh_hant: "企業",
        en: "Enterprise",
    }
    CategoryInstitute {
        zh_cn: "科研院所",
        zh_hant: "科研院所",
        en: "Research institute",
    }
    CategoryIndustrialZone {
        zh_cn: "工业园区",
        zh_hant: "工業園區",
        en: "Industrial zone",
    }
    CategoryMemorial {
        zh_cn: "纪念地",
        zh_hant: "紀念地",
        en: "Memorial site",
    }
    MapAppAmap {
        zh_cn: "高德地图",
        zh_hant: "高德地圖",
        en: "Amap",
    }
    MapAppBaidu {
        zh_cn: "百度地图",
        zh_hant: "百度地圖",
        en: "Baidu Maps",
    }
    MapAppTencent {
        zh_cn: "腾讯地图",
        zh_hant: "騰訊地圖",
        en: "Tencent Maps",
    }
    MapAppApple {
        zh_cn: "苹果地图",
        zh_hant: "蘋果地圖",
        en: "Apple Maps",
    }
    MapAppGeo {
        zh_cn: "其他地图应用",
        zh_hant: "其他地圖應用",
        en: "Other map app",
    }
    LabelColon {
        zh_cn: "：",
        zh_hant: "：",
        en: ": ",
    }
    ListComma {
        zh_cn: "、",
        zh_hant: "、",
        en: ", ",
    }
    Share {
        zh_cn: "分享本站",
        zh_hant: "分享本站",
        en: "Share this station",
    }
    AddToPlan {
        zh_cn: "加入参观计划",
        zh_hant: "加入參觀計畫",
        en: "Add to a visit plan",
    }
    StampHere {
        zh_cn: "在这里打卡",
        zh_hant: "在這裡打卡",
        en: "Stamp my visit",
    }
    MyStamps {
        zh_cn: "我的打卡",
        zh_hant: "我的打卡",
        en: "My stamps",
    }
    Listen {
        zh_cn: "朗读",
        zh_hant: "朗讀",
        en: "Listen",
    }
    ListenPause {
        zh_cn: "暂停",
        zh_hant: "暫停",
        en: "Pause",
    }
    ListenResume {
        zh_cn: "继续",
        zh_hant: "繼續",
        en: "Resume",
    }
    ListenStop {
        zh_cn: "停止",
        zh_hant: "停止",
        en: "Stop",
    }
    PlanVisit {
        zh_cn: "规划参观路线",
        zh_hant: "規劃參觀路線",
        en: "Plan a visit",
    }
    LinkCopied {
        zh_cn: "链接已复制。",
        zh_hant: "連結已複製。",
        en: "Link copied.",
    }
    NotKnownYet {
        zh_cn: "尚不清楚",
        zh_hant: "尚不清楚",
        en: "Not known yet",
    }
    Booking {
        zh_cn: "预约方式",
        zh_hant: "預約方式",
        en: "Booking",
    }
    Transport {
        zh_cn: "公共交通",
        zh_hant: "大眾運輸",
        en: "Public transport",
    }
    Comma {
        zh_cn: "，",
        zh_hant: "，",
        en: ", ",
    }
    Semicolon {
        zh_cn: "；",
        zh_hant: "；",
        en: "; ",
    }
    Error {
        zh_cn: "错误",
        zh_hant: "錯誤",
        en: "error",
    }
    Warning {
        zh_cn: "提示",
        zh_hant: "提示",
        en: "warning",
    }
}

/// "3.2 km" in the language's style.
pub fn km(lang: Lang, metres: f64) -> String {
    let km = fixed(metres / 1000.0, 1);
    match lang {
        Lang::ZhCn => format!("{km} 公里"),
        Lang::ZhHant => format!("{km} 公里"),
        Lang::En => format!("{km} km"),
    }
}

/// A length for the scale bar: metres below a kilometre, else kilometres,
/// given as already rounded figures.
pub fn scale_length(lang: Lang, figure: &str, kilometres: bool) -> String {
    match (lang, kilometres) {
        (Lang::ZhCn | Lang::ZhHant, true) => format!("{figure} 公里"),
        (Lang::ZhCn, false) => format!("{figure} 米"),
        (Lang::ZhHant, false) => format!("{figure} 公尺"),
        (Lang::En, true) => format!("{figure} km"),
        (Lang::En, false) => format!("{figure} m"),
    }
}

/// A leg a person travels ("约 3.1 公里"): always an estimate, see
/// [`leg_rule`].
pub fn leg_km(lang: Lang, metres: f64) -> String {
    let d = km(lang, metres);
    match lang {
        Lang::ZhCn => format!("约 {d}"),
        Lang::ZhHant => format!("約 {d}"),
        Lang::En => format!("about {d}"),
    }
}

/// How the legs are estimated, said once on the card.
pub fn leg_rule(lang: Lang) -> String {
    let k = fixed(crate::plan::ROAD_DETOUR, 1);
    match lang {
        Lang::ZhCn => format!("站点之间的距离是估算：沿大道的路程加上往返大道的路程；两地都离大道较远、彼此较近时，按直线距离的 {k} 倍计。"),
        Lang::ZhHant => format!("站點之間的距離是估算：沿大道的路程加上往返大道的路程；兩地都離大道較遠、彼此較近時，按直線距離的 {k} 倍計。"),
        Lang::En => format!("Distances between stations are estimates: the way along the avenue plus the way to and from it; for two places near each other and far from the avenue, {k} times the straight line."),
    }
}

/// Where a station lies, the list's short form: from the west end, or out
/// beyond one of the ends.
pub fn whereabouts_short(lang: Lang, w: Whereabouts) -> String {
    match (w, lang) {
        (Whereabouts::Along(a), Lang::ZhCn | Lang::ZhHant) => format!("距大道西端 {}", km(lang, a.chainage_m)),
        (Whereabouts::Along(a), Lang::En) => format!("{} from the west end", km(lang, a.chainage_m)),
        (Whereabouts::BeyondWest { metres }, Lang::ZhCn | Lang::ZhHant) => format!("大道西端以外 {}", km(lang, metres)),
        (Whereabouts::BeyondWest { metres }, Lang::En) => format!("{} beyond the west end", km(lang, metres)),
        (Whereabouts::BeyondEast { metres }, Lang::ZhCn) => format!("大道东端以外 {}", km(lang, metres)),
        (Whereabouts::BeyondEast { metres }, Lang::ZhHant) => format!("大道東端以外 {}", km(lang, metres)),
        (Whereabouts::BeyondEast { metres }, Lang::En) => format!("{} beyond the east end", km(lang, metres)),
    }
}

/// Where a station lies, the card's full form, with how far off the avenue
/// and whether the position is an estimate.
pub fn whereabouts_long(lang: Lang, w: Whereabouts, estimated: bool) -> String {
    let est = match (estimated, lang) {
        (false, _) => "",
        (true, Lang::ZhCn | Lang::ZhHant) => "（估算）",
        (true, Lang::En) => " (estimated)",
    };
    let Whereabouts::Along(a) = w else {
        return format!("{}{est}", whereabouts_short(lang, w));
    };
    let (along, off_km) = (km(lang, a.chainage_m), km(lang, a.offset_m));
    let beside = a.offset_m < crate::geo::BESIDE_AVENUE_M;
    let off = match (lang, beside) {
        (Lang::ZhCn, true) => "，紧邻大道".to_string(),
        (Lang::ZhHant, true) => "，緊鄰大道".to_string(),
        (Lang::En, true) => ", beside the avenue".to_string(),
        (Lang::ZhCn, false) => format!("，离大道约 {off_km}"),
        (Lang::ZhHant, false) => format!("，離大道約 {off_km}"),
        (Lang::En, false) => format!(", about {off_km} off the avenue"),
    };
    match lang {
        Lang::ZhCn | Lang::ZhHant => format!("距大道西端 {along}{off}{est}"),
        Lang::En => format!("{along} from the avenue's west end{off}{est}"),
    }
}

/// Who published a source and when, after its title: "（新民晚报，
/// 2021-12-21）", " (Xinmin Evening News, 2021-12-21)"; empty when neither
/// is known.
pub fn source_about(lang: Lang, publisher: Option<&str>, date: Option<&str>) -> String {
    let parts: Vec<&str> = [publisher, date].into_iter().flatten().filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        return String::new();
    }
    match lang {
        Lang::ZhCn | Lang::ZhHant => format!("（{}）", parts.join("，")),
        Lang::En => format!(" ({})", parts.join(", ")),
    }
}

/// A compass direction as a reader says it ("东北", "north-east").
pub fn compass(lang: Lang, c: Compass) -> &'static str {
    const NAMES: [[&str; 3]; 8] = [
        ["北", "北", "north"],
        ["东北", "東北", "north-east"],
        ["东", "東", "east"],
        ["东南", "東南", "south-east"],
        ["南", "南", "south"],
        ["西南", "西南", "south-west"],
        ["西", "西", "west"],
        ["西北", "西北", "north-west"],
    ];
    let column = match lang {
        Lang::ZhCn => 0,
        Lang::ZhHant => 1,
        Lang::En => 2,
    };
    NAMES[c as usize][column]
}

/// The answer to "locate me": the nearest station, how far a person would
/// travel to it (an estimate) and which way it lies.
pub fn locate_near(lang: Lang, number: u32, name: &str, leg_m: f64, towards: Compass) -> String {
    let (d, dir) = (leg_km(lang, leg_m), compass(lang, towards));
    match lang {
        Lang::ZhCn => format!("离你最近的站点是第{number}站 {name}，在你的{dir}方，路程{d}（估算）。"),
        Lang::ZhHant => format!("離你最近的站點是第{number}站 {name}，在你的{dir}方，路程{d}（估算）。"),
        Lang::En => format!("The nearest station is no. {number}, {name}: {d} to the {dir} of you (estimated)."),
    }
}

/// "Locate me" at a station.
pub fn locate_at(lang: Lang, number: u32, name: &str) -> String {
    match lang {
        Lang::ZhCn => format!("你就在第{number}站 {name}附近。"),
        Lang::ZhHant => format!("你就在第{number}站 {name}附近。"),
        Lang::En => format!("You are at station no. {number}, {name}."),
    }
}

/// "Locate me" from far outside the corridor.
pub fn locate_far(lang: Lang, far_km: f64) -> String {
    let d = fixed(far_km, if far_km < 100.0 { 1 } else { 0 });
    match lang {
        Lang::ZhCn => format!("你不在金山大道附近（距大道约 {d} 公里），所以不显示最近的站点。"),
        Lang::ZhHant => format!("你不在金山大道附近（距大道約 {d} 公里），所以不顯示最近的站點。"),
        Lang::En => format!("You are not near Jinshan Avenue (about {d} km from it), so no nearest station is shown."),
    }
}

/// What a screen reader says of a cluster marker.
pub fn cluster_label(lang: Lang, n: usize) -> String {
    match lang {
        Lang::ZhCn => format!("{n} 个站点，点击放大"),
        Lang::ZhHant => format!("{n} 個站點，點選放大"),
        Lang::En => format!("{n} stations: zoom in"),
    }
}

/// The station's number as shown on markers' labels for screen readers.
pub fn station_number(lang: Lang, n: u32) -> String {
    match lang {
        Lang::ZhCn | Lang::ZhHant => format!("第{n}站"),
        Lang::En => format!("Station {n}"),
    }
}

/// What a screen reader says of a station's marker: number, name, and
/// whether its position is only estimated.
///
/// ```
/// use corridor::i18n::{marker_label, Lang};
/// assert_eq!(marker_label(Lang::En, 3, "Zhangqiao", true), "Station 3 Zhangqiao (position estimated)");
/// ```
pub fn marker_label(lang: Lang, number: u32, name: &str, estimated: bool) -> String {
    let label = format!("{} {name}", station_number(lang, number));
    match (estimated, lang) {
        (false, _) => label,
        (true, Lang::ZhCn | Lang::ZhHant) => format!("{label}（{}）", Msg::ApproximateShort.text(lang)),
        (true, Lang::En) => format!("{label} ({})", Msg::ApproximateShort.text(lang)),
    }
}

/// Where a station lies along the avenue, for the card.
pub fn along_avenue(lang: Lang, chainage_m: f64, offset_m: f64, estimated: bool) -> String {
    let (along, off_km) = (km(lang, chainage_m), km(lang, offset_m));
    let beside = offset_m < 150.0;
    let off = match (lang, beside) {
        (Lang::ZhCn, true) => "，紧邻大道".to_string(),
        (Lang::ZhHant, true) => "，緊鄰大道".to_string(),
        (Lang::En, true) => ", beside the avenue".to_string(),
        (Lang::ZhCn, false) => format!("，离大道约 {off_km}"),
        (Lang::ZhHant, false) => format!("，離大道約 {off_km}"),
        (Lang::En, false) => format!(", about {off_km} off the avenue"),
    };
    let est = match (estimated, lang) {
        (false, _) => "",
        (true, Lang::ZhCn | Lang::ZhHant) => "（估算）",
        (true, Lang::En) => " (estimated)",
    };
    match lang {
        Lang::ZhCn => format!("距大道西端 {along}{off}{est}"),
        Lang::ZhHant => format!("距大道西端 {along}{off}{est}"),
        Lang::En => format!("{along} from the avenue's west end{off}{est}"),
    }
}

/// The notice for a station link whose id is not in the data.
pub fn unknown_station(lang: Lang, id: &str) -> String {
    match lang {
        Lang::ZhCn => format!("没有找到编号为“{id}”的站点。链接可能有误或已过期，请从下面的列表中选择站点。"),
        Lang::ZhHant => format!("沒有找到編號為「{id}」的站點。連結可能有誤或已過期，請從下面的列表中選擇站點。"),
        Lang::En => format!("There is no station with the id “{id}”. The link may be mistyped or out of date; choose a station from the list below."),
    }
}

/// Why the data file could not be loaded, naming the file.
pub fn load_failed(lang: Lang, file: &str, cause: &str) -> String {
    match lang {
        Lang::ZhCn => format!("无法加载地图数据文件 {file}：{cause}"),
        Lang::ZhHant => format!("無法載入地圖資料檔案 {file}：{cause}"),
        Lang::En => format!("Could not load the map data file {file}: {cause}"),
    }
}

pub fn http_status(lang: Lang, status: u16) -> String {
    match lang {
        Lang::ZhCn => format!("服务器返回 HTTP {status}"),
        Lang::ZhHant => format!("伺服器回傳 HTTP {status}"),
        Lang::En => format!("the server answered HTTP {status}"),
    }
}

pub fn network_error(lang: Lang, detail: &str) -> String {
    match lang {
        Lang::ZhCn => format!("网络错误，请检查网络后重试（{detail}）"),
        Lang::ZhHant => format!("網路錯誤，請檢查網路後重試（{detail}）"),
        Lang::En => format!("network error; check the connection and try again ({detail})"),
    }
}

/// The count in the list heading, e.g. "14 个站点".
pub fn station_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::ZhCn => format!("共 {n} 个站点"),
        Lang::ZhHant => format!("共 {n} 個站點"),
        Lang::En => format!("{n} stations"),
    }
}

/// The data note: who says so, and when.
pub fn data_note(lang: Lang, source: &str, updated: &str) -> String {
    match lang {
        Lang::ZhCn => format!("数据：{source}（更新于 {updated}）。"),
        Lang::ZhHant => format!("資料：{source}（更新於 {updated}）。"),
        Lang::En => format!("Data: {source} (updated {updated})."),
    }
}

/// The tab's title: the open station's name first, so a shared or
/// bookmarked station link is titled by its station.
///
/// ```
/// use corridor::i18n::{page_title, Lang, Msg};
/// assert_eq!(page_title(Lang::En, None), Msg::AppTitle.text(Lang::En));
/// assert!(page_title(Lang::ZhCn, Some("张桥村")).starts_with("张桥村 · "));
/// ```
pub fn page_title(lang: Lang, station: Option<&str>) -> String {
    match station {
        Some(name) => format!("{name} · {}", Msg::AppTitle.text(lang)),
        None => Msg::AppTitle.text(lang).to_string(),
    }
}

/// When the link could be neither shared nor copied: the link itself.
pub fn copy_this_link(lang: Lang, url: &str) -> String {
    match lang {
        Lang::ZhCn => format!("请复制此链接：{url}"),
        Lang::ZhHant => format!("請複製此連結：{url}"),
        Lang::En => format!("Copy this link: {url}"),
    }
}

/// The checker's verdict on one file.
pub fn check_verdict(lang: Lang, errors: usize, warnings: usize) -> String {
    match lang {
        Lang::ZhCn => format!("{errors} 个错误，{warnings} 个提示"),
        Lang::ZhHant => format!("{errors} 個錯誤，{warnings} 個提示"),
        Lang::En => format!("{errors} errors, {warnings} warnings"),
    }
}

/// The checker, on a data file in a published folder whose pages were
/// written from another version of it (staff replaced it on the server).
pub fn first_screen_stale(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "网页首屏（index.html 和各站点页 s/<编号>/）是用此文件的另一版本生成的：访客打开网页时先看到旧内容，应用加载后才显示此文件。请重新发布（scripts/publish.sh）",
        Lang::ZhHant => "網頁首屏（index.html 和各站點頁 s/<編號>/）是用此檔案的另一版本產生的：訪客打開網頁時先看到舊內容，應用載入後才顯示此檔案。請重新發布（scripts/publish.sh）",
        Lang::En => "the pages' first screen (index.html and the station pages s/<id>/) was written from another version of this file: visitors see the old one until the app has loaded this one. Publish again (scripts/publish.sh)",
    }
}

/// The checker, on stations of a published data file that have no page yet.
pub fn station_pages_missing(lang: Lang, ids: &[String]) -> String {
    let list = ids.join(", ");
    match lang {
        Lang::ZhCn => format!("以下站点还没有自己的网页，链接 s/<编号>/ 打不开（/?s=<编号> 可以），重新发布后才有：{list}"),
        Lang::ZhHant => format!("以下站點還沒有自己的網頁，連結 s/<編號>/ 打不開（/?s=<編號> 可以），重新發布後才有：{list}"),
        Lang::En => format!("these stations have no page of their own yet, so their links s/<id>/ do not open (/?s=<id> does) until published again: {list}"),
    }
}

/// The checker's summary of what a file holds.
pub fn check_summary(
    lang: Lang,
    stations: usize,
    placed: usize,
    units: usize,
    context: usize,
    avenue_m: f64,
) -> String {
    let unplaced = stations - placed.min(stations);
    let length = km(lang, avenue_m);
    match lang {
        Lang::ZhCn => format!(
            "{stations} 个站点（{placed} 个在图上，{unplaced} 个位置未知），{units} 个村居，{context} 个参照要素，大道长 {length}"
        ),
        Lang::ZhHant => format!(
            "{stations} 個站點（{placed} 個在圖上，{unplaced} 個位置未知），{units} 個村居，{context} 個參照要素，大道長 {length}"
        ),
        Lang::En => format!(
            "{stations} stations ({placed} on the map, {unplaced} with unknown position), {units} units, {context} context features, avenue {length}"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_given_in_every_language() {
        assert!(Msg::ALL.len() > 50, "the generated list holds the table");
        for &m in Msg::ALL {
            for lang in Lang::ALL {
                assert!(!m.text(lang).trim().is_empty(), "{m:?} in {lang:?}");
            }
        }
    }

    #[test]
    fn words_differ_between_english_and_chinese() {
        // Punctuation may coincide; every message with letters differs.
        for &m in Msg::ALL {
            let (zh, en) = (m.text(Lang::ZhCn), m.text(Lang::En));
            if en.chars().any(char::is_alphabetic) {
                assert_ne!(zh, en, "{m:?}");
            }
        }
    }

    #[test]
    fn traditional_text_has_no_simplified_only_characters() {
        // Characters that exist only in simplified script; a zh-Hant text
        // holding one was not converted.
        const SIMPLIFIED_ONLY: &str = "这个们来时说对发问点图数据错误线显为边实东门车长书见关开进还";
        for &m in Msg::ALL {
            let t = m.text(Lang::ZhHant);
            assert!(!t.chars().any(|c| SIMPLIFIED_ONLY.contains(c)), "{m:?}: {t}");
        }
    }

    #[test]
    fn distances_read_naturally() {
        assert_eq!(km(Lang::En, 3_249.0), "3.2 km");
        assert_eq!(km(Lang::ZhCn, 12_000.0), "12.0 公里");
        let along = |chainage_m, offset_m| Whereabouts::Along(crate::geo::Along { chainage_m, offset_m });
        assert!(whereabouts_long(Lang::En, along(5_000.0, 40.0), true).contains("beside the avenue (estimated)"));
        assert!(whereabouts_long(Lang::ZhCn, along(5_000.0, 2_100.0), false).ends_with("离大道约 2.1 公里"));
        assert!(whereabouts_long(Lang::ZhHant, along(5_000.0, 2_100.0), false).ends_with("離大道約 2.1 公里"));
        // Beyond an end, the distance is from that end, never "0.0 km".
        let beyond = Whereabouts::BeyondWest { metres: 2_500.0 };
        assert_eq!(whereabouts_short(Lang::ZhCn, beyond), "大道西端以外 2.5 公里");
        assert_eq!(whereabouts_long(Lang::En, beyond, true), "2.5 km beyond the west end (estimated)");
        assert_eq!(whereabouts_short(Lang::ZhHant, Whereabouts::BeyondEast { metres: 900.0 }), "大道東端以外 0.9 公里");
        assert_eq!(scale_length(Lang::ZhHant, "500", false), "500 公尺");
    }

    #[test]
    fn notices_name_what_went_wrong() {
        for lang in Lang::ALL {
            assert!(unknown_station(lang, "abc").contains("abc"));
            let m = load_failed(lang, "data/corridor.geojson", &http_status(lang, 404));
            assert!(m.contains("data/corridor.geojson") && m.contains("404"), "{m}");
        }
    }
}
