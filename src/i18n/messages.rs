//! Every fixed string of the interface, in every language.

use super::Lang;
use crate::fmt_num::fixed;

/// A fixed interface string. Each arm of [`Msg::text`] carries all languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    AppTitle,
    AppTagline,
    SkipToList,
    MapLabel,
    ListHeading,
    ListIntro,
    TrayHeading,
    Loading,
    Close,
    Previous,
    Next,
    Retry,
    LangSwitch,
    LangSwitchLabel,
    Unit,
    About,
    SeeAndDo,
    Hours,
    Phone,
    Address,
    Along,
    Sources,
    Links,
    Position,
    Navigate,
    NavigateWeChatHint,
    NavigateUnknown,
    StationLink,
    PositionSurveyed,
    PositionApproximate,
    PositionUnknown,
    MembershipNamed,
    MembershipUnconfirmed,
    DataNoteApproximate,
    ProblemsHeading,
    ProblemsWarningsHeading,
    LegendStation,
    LegendApproximate,
    LegendVillage,
    LegendResidential,
    LegendAvenue,
    MapDrawnNote,
    NumberPrefix,
    West,
    East,
    UnitsHeading,
    UnknownShort,
    ApproximateShort,
    DataTitle,
    OpenSource,
    ZoomIn,
    ZoomOut,
    FitAll,
    Locate,
    Locating,
    LocateDenied,
    LocateUnavailable,
    LocateTimeout,
    LocateUnsupported,
    LocateNoStations,
    GestureHint,
    OpenCard,
}

impl Msg {
    pub fn text(self, lang: Lang) -> &'static str {
        use Lang::*;
        use Msg::*;
        match (self, lang) {
            (AppTitle, ZhCn) => "金山大道经济走廊党群阵地导览图",
            (AppTitle, En) => "Jinshan Avenue Corridor: Party-Mass Service Stations",
            (AppTagline, ZhCn) => "金山卫镇 · 沿金山大道串珠成链的党群服务阵地",
            (AppTagline, En) => "Jinshanwei Town, Jinshan District, Shanghai · guide map of the economic corridor",
            (SkipToList, ZhCn) => "跳到站点列表",
            (SkipToList, En) => "Skip to the station list",
            (MapLabel, ZhCn) => "金山大道沿线站点地图。方向键平移，加号和减号缩放。",
            (MapLabel, En) => "Map of the stations along Jinshan Avenue. Arrow keys move it, plus and minus zoom.",
            (ListHeading, ZhCn) => "站点列表",
            (ListHeading, En) => "Stations",
            (ListIntro, ZhCn) => "已定位的站点沿大道自西向东编号，位置待核实的站点排在其后。点击站点查看详情。",
            (ListIntro, En) => "Stations with a position are numbered west to east along the avenue; those awaiting a position follow. Choose one for its details.",
            (TrayHeading, ZhCn) => "位置待核实的站点（未在地图上标出）",
            (TrayHeading, En) => "Stations whose position is not yet known (not on the map)",
            (Loading, ZhCn) => "正在加载地图数据…",
            (Loading, En) => "Loading map data…",
            (Close, ZhCn) => "关闭",
            (Close, En) => "Close",
            (Previous, ZhCn) => "上一站",
            (Previous, En) => "Previous",
            (Next, ZhCn) => "下一站",
            (Next, En) => "Next",
            (Retry, ZhCn) => "重试",
            (Retry, En) => "Try again",
            (LangSwitch, ZhCn) => "English",
            (LangSwitch, En) => "中文",
            (LangSwitchLabel, ZhCn) => "Switch to English",
            (LangSwitchLabel, En) => "切换到中文",
            (Unit, ZhCn) => "所属村居",
            (Unit, En) => "Village / community",
            (About, ZhCn) => "简介",
            (About, En) => "About",
            (SeeAndDo, ZhCn) => "看点与活动",
            (SeeAndDo, En) => "What to see and do",
            (Hours, ZhCn) => "开放时间",
            (Hours, En) => "Opening hours",
            (Phone, ZhCn) => "联系电话",
            (Phone, En) => "Phone",
            (Address, ZhCn) => "地址",
            (Address, En) => "Address",
            (Along, ZhCn) => "沿大道位置",
            (Along, En) => "Along the avenue",
            (Sources, ZhCn) => "资料来源",
            (Sources, En) => "Sources",
            (Links, ZhCn) => "相关链接",
            (Links, En) => "Links",
            (Position, ZhCn) => "位置",
            (Position, En) => "Position",
            (Navigate, ZhCn) => "导航前往",
            (Navigate, En) => "Navigate there",
            (NavigateWeChatHint, ZhCn) => "在微信中无法直接打开地图应用：请点右上角“⋯”，选择“在浏览器打开”。",
            (NavigateWeChatHint, En) => "WeChat cannot open map apps directly: tap ⋯ (top right) and choose “Open in browser”.",
            (NavigateUnknown, ZhCn) => "位置未知，暂不提供导航。",
            (NavigateUnknown, En) => "No navigation until the position is known.",
            (StationLink, ZhCn) => "本站链接",
            (StationLink, En) => "Link to this station",
            (PositionSurveyed, ZhCn) => "位置已实地测定。",
            (PositionSurveyed, En) => "Position surveyed.",
            (PositionApproximate, ZhCn) => "位置为估计值，尚未实地核实，请以现场为准。",
            (PositionApproximate, En) => "Position is an estimate, not yet surveyed: check on site.",
            (PositionUnknown, ZhCn) => "位置尚不清楚，未在地图上标出。",
            (PositionUnknown, En) => "Position not known yet, so it is not drawn on the map.",
            (MembershipNamed, ZhCn) => "建立联盟的报道（新民晚报，2021-12-21）提到此处参与联盟工作；报道未逐一列出导览图上的14个阵地。",
            (MembershipNamed, En) => "The founding report (Xinmin Evening News, 2021-12-21) names this place in the alliance's work; it does not list the guide map's 14 stations by name.",
            (MembershipUnconfirmed, ZhCn) => "尚无资料证实此处是导览图上的14个阵地之一。",
            (MembershipUnconfirmed, En) => "No source yet confirms this is one of the guide map's 14 stations.",
            (DataNoteApproximate, ZhCn) => "图上位置均为估计值，待实地测定后更新。",
            (DataNoteApproximate, En) => "Positions on this map are estimates until surveyed.",
            (ProblemsHeading, ZhCn) => "数据文件有错误，以下内容可能不完整：",
            (ProblemsHeading, En) => "The data file has errors; what follows may be incomplete:",
            (ProblemsWarningsHeading, ZhCn) => "数据文件提示：",
            (ProblemsWarningsHeading, En) => "Notes on the data file:",
            (LegendStation, ZhCn) => "站点",
            (LegendStation, En) => "Station",
            (LegendApproximate, ZhCn) => "虚线圈：位置为估计",
            (LegendApproximate, En) => "Dashed ring: estimated position",
            (LegendVillage, ZhCn) => "村",
            (LegendVillage, En) => "Village",
            (LegendResidential, ZhCn) => "居委会",
            (LegendResidential, En) => "Residential area",
            (LegendAvenue, ZhCn) => "金山大道",
            (LegendAvenue, En) => "Jinshan Avenue",
            (MapDrawnNote, ZhCn) => "示意图，由本站数据绘制，无底图",
            (MapDrawnNote, En) => "Schematic drawn from our data; no base map",
            (NumberPrefix, ZhCn) => "第",
            (NumberPrefix, En) => "No.",
            (West, ZhCn) => "西",
            (West, En) => "W",
            (East, ZhCn) => "东",
            (East, En) => "E",
            (UnitsHeading, ZhCn) => "金山卫镇的村和居委会",
            (UnitsHeading, En) => "Villages and residential committees of Jinshanwei",
            (UnknownShort, ZhCn) => "位置未知",
            (UnknownShort, En) => "position unknown",
            (ApproximateShort, ZhCn) => "位置为估计值",
            (ApproximateShort, En) => "position estimated",
            (OpenSource, ZhCn) => "查看原文",
            (OpenSource, En) => "read",
            (ZoomIn, ZhCn) => "放大",
            (ZoomIn, En) => "Zoom in",
            (ZoomOut, ZhCn) => "缩小",
            (ZoomOut, En) => "Zoom out",
            (FitAll, ZhCn) => "显示整条走廊",
            (FitAll, En) => "Show the whole corridor",
            (Locate, ZhCn) => "显示我的位置和最近的站点",
            (Locate, En) => "Show my position and the nearest station",
            (Locating, ZhCn) => "正在获取你的位置…",
            (Locating, En) => "Finding your position…",
            (LocateDenied, ZhCn) => "未获准使用你的位置。如需定位，请在浏览器或微信设置中允许本网页使用位置信息。",
            (LocateDenied, En) => "Permission to use your location was refused. To use it, allow this page to access your location in the browser (or WeChat) settings.",
            (LocateUnavailable, ZhCn) => "暂时无法确定你的位置。请到开阔处或稍后再试。",
            (LocateUnavailable, En) => "Your position could not be found. Try again in the open or a little later.",
            (LocateTimeout, ZhCn) => "定位超时。请稍后再试。",
            (LocateTimeout, En) => "Finding your position took too long. Please try again.",
            (LocateUnsupported, ZhCn) => "此浏览器不支持定位。",
            (LocateUnsupported, En) => "This browser cannot tell your position.",
            (LocateNoStations, ZhCn) => "图上还没有已定位的站点。",
            (LocateNoStations, En) => "No station on the map has a position yet.",
            (GestureHint, ZhCn) => "用双指移动或缩放地图",
            (GestureHint, En) => "Use two fingers to move the map",
            (OpenCard, ZhCn) => "查看",
            (OpenCard, En) => "Open",
            (DataTitle, ZhCn) => "关于数据",
            (DataTitle, En) => "About the data",
        }
    }
}

/// "3.2 km" in the language's style.
pub fn km(lang: Lang, metres: f64) -> String {
    let km = metres / 1000.0;
    match lang {
        Lang::ZhCn => format!("{} 公里", fixed(km, 1)),
        Lang::En => format!("{} km", fixed(km, 1)),
    }
}

/// The answer to "locate me": the nearest station and how far.
pub fn locate_near(lang: Lang, number: u32, name: &str, along_m: f64, to_avenue_m: f64) -> String {
    match lang {
        Lang::ZhCn => format!(
            "离你最近的站点：第{number}站 {name}，沿大道约 {}（你离大道约 {}）。",
            km(lang, along_m),
            km(lang, to_avenue_m)
        ),
        Lang::En => format!(
            "Nearest station: no. {number}, {name}, about {} along the avenue (you are about {} from the avenue).",
            km(lang, along_m),
            km(lang, to_avenue_m)
        ),
    }
}

/// "Locate me" from far outside the corridor.
pub fn locate_far(lang: Lang, far_km: f64) -> String {
    let d = fixed(far_km, if far_km < 100.0 { 1 } else { 0 });
    match lang {
        Lang::ZhCn => format!("你不在金山大道附近（距大道约 {d} 公里），所以不显示最近的站点。"),
        Lang::En => format!("You are not near Jinshan Avenue (about {d} km from it), so no nearest station is shown."),
    }
}

/// What a screen reader says of a cluster marker.
pub fn cluster_label(lang: Lang, n: usize) -> String {
    match lang {
        Lang::ZhCn => format!("{n} 个站点，点击放大"),
        Lang::En => format!("{n} stations: zoom in"),
    }
}

/// The station's number as shown on markers' labels for screen readers.
pub fn station_number(lang: Lang, n: u32) -> String {
    match lang {
        Lang::ZhCn => format!("第{n}站"),
        Lang::En => format!("Station {n}"),
    }
}

/// Where a station lies along the avenue, for the card.
pub fn along_avenue(lang: Lang, chainage_m: f64, offset_m: f64, estimated: bool) -> String {
    let off = if offset_m < 150.0 {
        match lang {
            Lang::ZhCn => "，紧邻大道".to_string(),
            Lang::En => ", beside the avenue".to_string(),
        }
    } else {
        match lang {
            Lang::ZhCn => format!("，离大道约 {}", km(lang, offset_m)),
            Lang::En => format!(", about {} off the avenue", km(lang, offset_m)),
        }
    };
    let est = match (estimated, lang) {
        (false, _) => "",
        (true, Lang::ZhCn) => "（估算）",
        (true, Lang::En) => " (estimated)",
    };
    match lang {
        Lang::ZhCn => format!("距大道西端 {}{off}{est}", km(lang, chainage_m)),
        Lang::En => format!("{} from the avenue's west end{off}{est}", km(lang, chainage_m)),
    }
}

/// The notice for a station link whose id is not in the data.
pub fn unknown_station(lang: Lang, id: &str) -> String {
    match lang {
        Lang::ZhCn => format!("没有找到编号为“{id}”的站点。链接可能有误或已过期，请从下面的列表中选择站点。"),
        Lang::En => format!("There is no station with the id “{id}”. The link may be mistyped or out of date; choose a station from the list below."),
    }
}

/// Why the data file could not be loaded, naming the file.
pub fn load_failed(lang: Lang, file: &str, cause: &str) -> String {
    match lang {
        Lang::ZhCn => format!("无法加载地图数据文件 {file}：{cause}"),
        Lang::En => format!("Could not load the map data file {file}: {cause}"),
    }
}

pub fn http_status(lang: Lang, status: u16) -> String {
    match lang {
        Lang::ZhCn => format!("服务器返回 HTTP {status}"),
        Lang::En => format!("the server answered HTTP {status}"),
    }
}

pub fn network_error(lang: Lang, detail: &str) -> String {
    match lang {
        Lang::ZhCn => format!("网络错误，请检查网络后重试（{detail}）"),
        Lang::En => format!("network error; check the connection and try again ({detail})"),
    }
}

/// The count in the list heading, e.g. "14 个站点".
pub fn station_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::ZhCn => format!("共 {n} 个站点"),
        Lang::En => format!("{n} stations"),
    }
}

/// The data note: who says so, and when.
pub fn data_note(lang: Lang, source: &str, updated: &str) -> String {
    match lang {
        Lang::ZhCn => format!("数据：{source}（更新于 {updated}）。"),
        Lang::En => format!("Data: {source} (updated {updated})."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_differs_between_languages_and_is_not_empty() {
        use Msg::*;
        let all = [
            AppTitle,
            AppTagline,
            SkipToList,
            MapLabel,
            ListHeading,
            ListIntro,
            TrayHeading,
            Loading,
            Close,
            Previous,
            Next,
            Retry,
            LangSwitch,
            LangSwitchLabel,
            Unit,
            About,
            SeeAndDo,
            Hours,
            Phone,
            Address,
            Along,
            Sources,
            Links,
            Position,
            Navigate,
            NavigateWeChatHint,
            NavigateUnknown,
            StationLink,
            PositionSurveyed,
            PositionApproximate,
            PositionUnknown,
            MembershipNamed,
            MembershipUnconfirmed,
            DataNoteApproximate,
            ProblemsHeading,
            ProblemsWarningsHeading,
            LegendStation,
            LegendApproximate,
            LegendVillage,
            LegendResidential,
            LegendAvenue,
            MapDrawnNote,
            NumberPrefix,
            West,
            East,
            UnitsHeading,
            UnknownShort,
            ApproximateShort,
            DataTitle,
            OpenSource,
            ZoomIn,
            ZoomOut,
            FitAll,
            Locate,
            Locating,
            LocateDenied,
            LocateUnavailable,
            LocateTimeout,
            LocateUnsupported,
            LocateNoStations,
            GestureHint,
            OpenCard,
        ];
        for m in all {
            let (zh, en) = (m.text(Lang::ZhCn), m.text(Lang::En));
            assert!(!zh.is_empty() && !en.is_empty(), "{m:?}");
            assert_ne!(zh, en, "{m:?}");
        }
    }

    #[test]
    fn distances_read_naturally() {
        assert_eq!(km(Lang::En, 3_249.0), "3.2 km");
        assert_eq!(km(Lang::ZhCn, 12_000.0), "12.0 公里");
        assert!(along_avenue(Lang::En, 5_000.0, 40.0, true).contains("beside the avenue (estimated)"));
        assert!(along_avenue(Lang::ZhCn, 5_000.0, 2_100.0, false).ends_with("离大道约 2.1 公里"));
    }

    #[test]
    fn notices_name_what_went_wrong() {
        assert!(unknown_station(Lang::En, "abc").contains("“abc”"));
        let m = load_failed(Lang::En, "data/corridor.geojson", &http_status(Lang::En, 404));
        assert!(m.contains("data/corridor.geojson") && m.contains("404"), "{m}");
    }
}
