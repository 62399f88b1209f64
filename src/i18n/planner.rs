//! Every string of the visit planner (`plan.html`), in every language: its
//! own table, so the visitors' page carries none of it.

use super::{km, leg_km, Lang};
use crate::model::GroupFact;
use crate::plan::{LegTo, LinkIssue, Mode, Ready, Time};

super::messages::message_table! {
    /// A fixed string of the planner.
    enum PlMsg;
    Title { zh_cn: "参观计划", zh_hant: "參觀計畫", en: "Plan a visit" }
    Intro {
        zh_cn: "选择要去的站点，看看按什么顺序、走多远、要多久。整个计划都在网址里：复制网址即可分享，打印即是行程单。",
        zh_hant: "選擇要去的站點，看看按什麼順序、走多遠、要多久。整個計畫都在網址裡：複製網址即可分享，列印即是行程單。",
        en: "Choose the stations to visit and see in what order, how far and how long. The whole plan lives in the address: copy it to share, print it for a handout.",
    }
    BackToMap { zh_cn: "返回导览图", zh_hant: "返回導覽圖", en: "Back to the map" }
    Loading { zh_cn: "正在加载数据…", zh_hant: "正在載入資料…", en: "Loading the data…" }
    ReadyHeading { zh_cn: "现成的计划", zh_hant: "現成的計畫", en: "Ready plans" }
    ReadyAll { zh_cn: "全部站点，按顺序", zh_hant: "全部站點，按順序", en: "All stations in order" }
    ReadyHalfDay { zh_cn: "半天（约 3.5 小时，步行）", zh_hant: "半天（約 3.5 小時，步行）", en: "Half a day (about 3.5 hours, on foot)" }
    ReadyBike { zh_cn: "骑车两小时", zh_hant: "騎車兩小時", en: "By bike in two hours" }
    Clear { zh_cn: "清空计划", zh_hant: "清空計畫", en: "Clear the plan" }
    SettingsHeading { zh_cn: "怎么去", zh_hant: "怎麼去", en: "How the group travels" }
    ModeLabel { zh_cn: "出行方式", zh_hant: "出行方式", en: "Travel by" }
    ModeWalk { zh_cn: "步行", zh_hant: "步行", en: "On foot" }
    ModeBike { zh_cn: "自行车", zh_hant: "自行車", en: "Bike" }
    ModeCar { zh_cn: "大巴或小汽车", zh_hant: "大巴或小汽車", en: "Coach or car" }
    SpeedLabel { zh_cn: "平均速度（公里/小时）", zh_hant: "平均速度（公里/小時）", en: "Average speed (km/h)" }
    StartLabel { zh_cn: "出发地点", zh_hant: "出發地點", en: "Starting from" }
    StartFirstStop { zh_cn: "第一站", zh_hant: "第一站", en: "The first stop" }
    StartWest { zh_cn: "大道西端（沪浙省界）", zh_hant: "大道西端（滬浙省界）", en: "The avenue's west end (Zhejiang boundary)" }
    StartEast { zh_cn: "大道东端", zh_hant: "大道東端", en: "The avenue's east end" }
    StartTimeLabel { zh_cn: "出发时间", zh_hant: "出發時間", en: "Start time" }
    EndTimeLabel { zh_cn: "最晚结束（可不填）", zh_hant: "最晚結束（可不填）", en: "Finish by (optional)" }
    GroupSizeLabel { zh_cn: "人数（可不填）", zh_hant: "人數（可不填）", en: "Group size (optional)" }
    AdultsLabel { zh_cn: "其中成人", zh_hant: "其中成人", en: "Adults among them" }
    StationsHeading { zh_cn: "站点", zh_hant: "站點", en: "Stations" }
    Add { zh_cn: "加入", zh_hant: "加入", en: "Add" }
    Remove { zh_cn: "移出", zh_hant: "移出", en: "Remove" }
    ItineraryHeading { zh_cn: "行程", zh_hant: "行程", en: "Itinerary" }
    Empty {
        zh_cn: "计划还是空的：从上面的站点中加入，或选一个现成的计划。",
        zh_hant: "計畫還是空的：從上面的站點中加入，或選一個現成的計畫。",
        en: "The plan is empty: add stations above, or start from a ready plan.",
    }
    ColStop { zh_cn: "站点", zh_hant: "站點", en: "Stop" }
    ColArrive { zh_cn: "到达", zh_hant: "到達", en: "Arrive" }
    ColLeave { zh_cn: "离开", zh_hant: "離開", en: "Leave" }
    ColMinutes { zh_cn: "停留（分钟）", zh_hant: "停留（分鐘）", en: "Stay (min)" }
    ColWay { zh_cn: "路程（估算）", zh_hant: "路程（估算）", en: "Way there (estimate)" }
    Break { zh_cn: "休息", zh_hant: "休息", en: "Break" }
    AddBreak { zh_cn: "在此后休息", zh_hant: "在此後休息", en: "Break after this" }
    MoveUp { zh_cn: "上移", zh_hant: "上移", en: "Move up" }
    MoveDown { zh_cn: "下移", zh_hant: "下移", en: "Move down" }
    StartsHere { zh_cn: "从这里开始", zh_hant: "從這裡開始", en: "the plan starts here" }
    DistanceUnknown { zh_cn: "距离不详（位置未知）", zh_hant: "距離不詳（位置未知）", en: "distance unknown (position not known)" }
    OwnOrder { zh_cn: "按你排的顺序。", zh_hant: "按你排的順序。", en: "In your own order." }
    AvenueOrder { zh_cn: "沿大道的顺序。", zh_hant: "沿大道的順序。", en: "In order along the avenue." }
    BackToAvenueOrder { zh_cn: "恢复沿大道的顺序", zh_hant: "恢復沿大道的順序", en: "Back to the order along the avenue" }
    Estimates {
        zh_cn: "所有时间和距离都是估算：速度和停留时间是假设，可以修改；路况、红绿灯和天气都会有影响。",
        zh_hant: "所有時間和距離都是估算：速度和停留時間是假設，可以修改；路況、紅綠燈和天氣都會有影響。",
        en: "Every time and distance is an estimate: the speeds and stays are assumptions you can change; traffic, lights and weather all count.",
    }
    Incomplete {
        zh_cn: "合计不完整：有的站点位置未知，这些路段没有计入。",
        zh_hant: "合計不完整：有的站點位置未知，這些路段沒有計入。",
        en: "The totals are incomplete: some stops have no known position, and those legs are left out.",
    }
    FactsHeading { zh_cn: "带队须知", zh_hant: "帶隊須知", en: "For the group" }
    Yes { zh_cn: "有", zh_hant: "有", en: "yes" }
    No { zh_cn: "无", zh_hant: "無", en: "no" }
    NotKnown { zh_cn: "不详", zh_hant: "不詳", en: "not known" }
    FactToilets { zh_cn: "厕所", zh_hant: "廁所", en: "Toilets" }
    FactDrinkingWater { zh_cn: "饮用水", zh_hant: "飲用水", en: "Drinking water" }
    FactCoachParking { zh_cn: "大巴停车或上下车", zh_hant: "大巴停車或上下車", en: "Coach parking or drop-off" }
    FactRainShelter { zh_cn: "避雨处", zh_hant: "避雨處", en: "Shelter from rain" }
    FactStepFree { zh_cn: "无台阶通行", zh_hant: "無台階通行", en: "Step-free access" }
    WayThere { zh_cn: "导航去这里", zh_hant: "導航去這裡", en: "Way there" }
    ShareHeading { zh_cn: "分享与打印", zh_hant: "分享與列印", en: "Share and print" }
    LinkLabel { zh_cn: "这个计划的网址", zh_hant: "這個計畫的網址", en: "This plan's address" }
    Print { zh_cn: "打印行程单", zh_hant: "列印行程單", en: "Print the handout" }
    NotesHeading { zh_cn: "老师填写", zh_hant: "老師填寫", en: "For the teacher to fill in" }
    NoteDate { zh_cn: "日期", zh_hant: "日期", en: "Date" }
    NoteMeeting { zh_cn: "集合地点", zh_hant: "集合地點", en: "Meeting point" }
    NoteEmergency { zh_cn: "紧急联系人", zh_hant: "緊急聯絡人", en: "Emergency contact" }
    NoteGroups { zh_cn: "分组名单", zh_hant: "分組名單", en: "Group lists" }
    Address { zh_cn: "地址", zh_hant: "地址", en: "Address" }
    Phone { zh_cn: "电话", zh_hant: "電話", en: "Phone" }
    SeeDo { zh_cn: "看点", zh_hant: "看點", en: "What to see" }
    StartHere { zh_cn: "我的位置", zh_hant: "我的位置", en: "My location" }
    StartStations { zh_cn: "某个站点", zh_hant: "某個站點", en: "A station" }
    Locating { zh_cn: "正在获取你的位置…", zh_hant: "正在取得你的位置…", en: "Finding your location…" }
    HereUnknown {
        zh_cn: "从起点出发的路程暂时无法估算。",
        zh_hant: "從起點出發的路程暫時無法估算。",
        en: "The way from the start cannot be estimated for now.",
    }
    TryAgain { zh_cn: "重试", zh_hant: "重試", en: "Try again" }
    TitleLabel { zh_cn: "标题（可不填）", zh_hant: "標題（可不填）", en: "Title (optional)" }
    DateLabel { zh_cn: "日期（可不填）", zh_hant: "日期（可不填）", en: "Date (optional)" }
    SavedHeading { zh_cn: "保存在本设备上的计划", zh_hant: "儲存在本裝置上的計畫", en: "Plans kept on this device" }
    SavedNote {
        zh_cn: "计划只保存在这个浏览器里，不会发送到任何地方。",
        zh_hant: "計畫只儲存在這個瀏覽器裡，不會傳送到任何地方。",
        en: "Plans are kept in this browser only; nothing is sent anywhere.",
    }
    SavedNone { zh_cn: "还没有保存的计划。", zh_hant: "還沒有儲存的計畫。", en: "No plans kept yet." }
    SaveName { zh_cn: "名称", zh_hant: "名稱", en: "Name" }
    Save { zh_cn: "保存这个计划", zh_hant: "儲存這個計畫", en: "Keep this plan" }
    Open { zh_cn: "打开", zh_hant: "打開", en: "Open" }
    Forget { zh_cn: "删除", zh_hant: "刪除", en: "Delete" }
    SaveRefused {
        zh_cn: "浏览器不允许保存（可能是无痕模式或存储已满）。计划仍在网址里，可以复制网址留存。",
        zh_hant: "瀏覽器不允許儲存（可能是無痕模式或儲存空間已滿）。計畫仍在網址裡，可以複製網址留存。",
        en: "The browser would not keep it (private browsing, or storage full). The plan is still in the address: copy that to keep it.",
    }
    RouteMapTitle {
        zh_cn: "路线图：粗线是计划经过的大道路段，虚线是往返大道的路，圆圈里的数字是参观顺序。",
        zh_hant: "路線圖：粗線是計畫經過的大道路段，虛線是往返大道的路，圓圈裡的數字是參觀順序。",
        en: "Route map: the bold line is the stretch of the avenue the plan travels, dashed lines the ways to and from it, and the numbers the visiting order.",
    }
    StartMark { zh_cn: "起点", zh_hant: "起點", en: "Start" }
    North { zh_cn: "北", zh_hant: "北", en: "N" }
    Sources { zh_cn: "资料来源：本导览图数据（金山卫镇公开报道整理），位置多为估计值。", zh_hant: "資料來源：本導覽圖資料（金山衛鎮公開報導整理），位置多為估計值。", en: "Sources: this guide map's data (compiled from Jinshanwei town's public reports); most positions are estimates." }
}

impl PlMsg {
    pub fn mode(m: Mode) -> PlMsg {
        match m {
            Mode::Walk => PlMsg::ModeWalk,
            Mode::Bike => PlMsg::ModeBike,
            Mode::Car => PlMsg::ModeCar,
        }
    }

    pub fn ready(r: Ready) -> PlMsg {
        match r {
            Ready::AllInOrder => PlMsg::ReadyAll,
            Ready::HalfDay => PlMsg::ReadyHalfDay,
            Ready::BikeTwoHours => PlMsg::ReadyBike,
        }
    }

    pub fn fact(f: GroupFact) -> PlMsg {
        match f {
            GroupFact::Toilets => PlMsg::FactToilets,
            GroupFact::DrinkingWater => PlMsg::FactDrinkingWater,
            GroupFact::CoachParking => PlMsg::FactCoachParking,
            GroupFact::RainShelter => PlMsg::FactRainShelter,
            GroupFact::StepFree => PlMsg::FactStepFree,
        }
    }
}

/// A time in the timetable: `09:40`, `≥ 09:40` after an unknown leg, and
/// the day after the start marked.
///
/// ```
/// use corridor::i18n::{planner::time, Lang};
/// use corridor::plan::{Clock, Time};
/// assert_eq!(time(Lang::En, Time { at: Clock(9 * 60 + 40), at_least: true }), "≥ 09:40");
/// assert_eq!(time(Lang::En, Time { at: Clock(24 * 60 + 5), at_least: false }), "00:05 (+1 day)");
/// ```
pub fn time(lang: Lang, t: Time) -> String {
    let mut s = t.at.hh_mm();
    if t.at_least {
        s = format!("≥ {s}");
    }
    match (t.at.day(), lang) {
        (0, _) => s,
        (d, Lang::En) => format!("{s} (+{d} day{})", if d == 1 { "" } else { "s" }),
        (d, Lang::ZhCn) => format!("{s}（次日{}）", if d == 1 { String::new() } else { format!(" +{d}") }),
        (d, Lang::ZhHant) => format!("{s}（次日{}）", if d == 1 { String::new() } else { format!(" +{d}") }),
    }
}

/// "25 min" / "25 分钟", and hours past an hour.
pub fn minutes(lang: Lang, m: u32) -> String {
    let (h, r) = (m / 60, m % 60);
    match (lang, h) {
        (Lang::En, 0) => format!("{m} min"),
        (Lang::En, _) if r == 0 => format!("{h} h"),
        (Lang::En, _) => format!("{h} h {r} min"),
        (Lang::ZhCn, 0) => format!("{m} 分钟"),
        (Lang::ZhCn, _) if r == 0 => format!("{h} 小时"),
        (Lang::ZhCn, _) => format!("{h} 小时 {r} 分钟"),
        (Lang::ZhHant, 0) => format!("{m} 分鐘"),
        (Lang::ZhHant, _) if r == 0 => format!("{h} 小時"),
        (Lang::ZhHant, _) => format!("{h} 小時 {r} 分鐘"),
    }
}

/// The way to a stop: "about 1.2 km · 18 min", or why there is none.
pub fn leg(lang: Lang, l: &LegTo) -> String {
    match l {
        LegTo::Start => PlMsg::StartsHere.text(lang).to_string(),
        LegTo::Unknown => PlMsg::DistanceUnknown.text(lang).to_string(),
        LegTo::Known { leg, minutes: m } => format!("{} · {}", leg_km(lang, leg.metres), minutes(lang, *m)),
    }
}

/// The totals line.
pub fn totals(lang: Lang, metres: f64, travel: u32, visits: u32, breaks: u32, whole: u32) -> String {
    let (d, t, v, b, w) =
        (km(lang, metres), minutes(lang, travel), minutes(lang, visits), minutes(lang, breaks), minutes(lang, whole));
    match lang {
        Lang::ZhCn => format!("合计（估算）：路程约 {d}，路上 {t}，参观 {v}，休息 {b}；全程 {w}。"),
        Lang::ZhHant => format!("合計（估算）：路程約 {d}，路上 {t}，參觀 {v}，休息 {b}；全程 {w}。"),
        Lang::En => {
            format!("Totals (estimates): about {d} of travel taking {t}, {v} at the stops, {b} of breaks; {w} in all.")
        }
    }
}

/// The plan against its end time.
pub fn budget(lang: Lang, spare_min: i64, drop: Option<(&str, u32, u32)>) -> String {
    if spare_min >= 0 {
        let s = minutes(lang, spare_min as u32);
        return match lang {
            Lang::ZhCn => format!("在结束时间之前完成，还余 {s}。"),
            Lang::ZhHant => format!("在結束時間之前完成，還餘 {s}。"),
            Lang::En => format!("Finishes before the end time, with {s} to spare."),
        };
    }
    let over = minutes(lang, spare_min.unsigned_abs().min(u64::from(u32::MAX)) as u32);
    let head = match lang {
        Lang::ZhCn => format!("超出结束时间 {over}。"),
        Lang::ZhHant => format!("超出結束時間 {over}。"),
        Lang::En => format!("Runs {over} past the end time."),
    };
    let tail = match drop {
        None => String::new(),
        Some((name, saves, 0)) => match lang {
            Lang::ZhCn => format!("去掉“{name}”可省 {}，就能按时结束。", minutes(lang, saves)),
            Lang::ZhHant => format!("去掉「{name}」可省 {}，就能按時結束。", minutes(lang, saves)),
            Lang::En => format!("Drop “{name}” to save {} and finish in time.", minutes(lang, saves)),
        },
        Some((name, saves, still)) => match lang {
            Lang::ZhCn => {
                format!("去掉“{name}”省得最多（{}），但仍超出 {}。", minutes(lang, saves), minutes(lang, still))
            }
            Lang::ZhHant => {
                format!("去掉「{name}」省得最多（{}），但仍超出 {}。", minutes(lang, saves), minutes(lang, still))
            }
            Lang::En => format!(
                "Dropping “{name}” saves most ({}), but it still runs {} over.",
                minutes(lang, saves),
                minutes(lang, still)
            ),
        },
    };
    format!("{head}{tail}")
}

/// Why the kept plans cannot be shown.
pub fn saved_issue(lang: Lang, issue: &crate::plan::SavedIssue) -> String {
    use crate::plan::SavedIssue;
    match (issue, lang) {
        (SavedIssue::Unreadable, Lang::ZhCn) => "本设备上保存的计划无法读取，已忽略；再保存一个计划会替换它们。".into(),
        (SavedIssue::Unreadable, Lang::ZhHant) => "本裝置上儲存的計畫無法讀取，已忽略；再儲存一個計畫會取代它們。".into(),
        (SavedIssue::Unreadable, Lang::En) => {
            "The plans kept on this device cannot be read and are ignored; keeping a plan will replace them.".into()
        }
        (SavedIssue::NewerVersion(v), Lang::ZhCn) => format!("本设备上的计划由更新的版本（{v}）保存，这个页面读不了；再保存一个计划会替换它们。"),
        (SavedIssue::NewerVersion(v), Lang::ZhHant) => format!("本裝置上的計畫由更新的版本（{v}）儲存，這個頁面讀不了；再儲存一個計畫會取代它們。"),
        (SavedIssue::NewerVersion(v), Lang::En) => format!(
            "The plans on this device were kept by a newer version ({v}) of this page, which this one cannot read; keeping a plan will replace them."
        ),
    }
}

/// The name a kept plan gets when the user gives none and it has no title.
///
/// ```
/// use corridor::i18n::{planner::default_plan_name, Lang};
/// use corridor::plan::Clock;
/// assert_eq!(default_plan_name(Lang::En, 5, Clock(9 * 60)), "5 stops from 09:00");
/// assert_eq!(default_plan_name(Lang::ZhCn, 1, Clock(13 * 60 + 30)), "1 个站点，13:30 出发");
/// ```
pub fn default_plan_name(lang: Lang, stops: usize, start: crate::plan::Clock) -> String {
    let t = start.hh_mm();
    match lang {
        Lang::ZhCn => format!("{stops} 个站点，{t} 出发"),
        Lang::ZhHant => format!("{stops} 個站點，{t} 出發"),
        Lang::En if stops == 1 => format!("1 stop from {t}"),
        Lang::En => format!("{stops} stops from {t}"),
    }
}

/// How many of the plan's stops the route map cannot show.
pub fn not_on_map(lang: Lang, n: usize) -> String {
    match lang {
        Lang::ZhCn => format!("{n} 个站点位置未知，图上没有画出。"),
        Lang::ZhHant => format!("{n} 個站點位置未知，圖上沒有畫出。"),
        Lang::En if n == 1 => "1 stop has no known position and is not on the map.".to_string(),
        Lang::En => format!("{n} stops have no known position and are not on the map."),
    }
}

/// A station id in a shared plan that the data no longer has.
pub fn missing_stop(lang: Lang, id: &str) -> String {
    match lang {
        Lang::ZhCn => format!("计划中的站点“{id}”在现在的数据中不存在，已略过。可能已改名或被删除。"),
        Lang::ZhHant => format!("計畫中的站點「{id}」在現在的資料中不存在，已略過。可能已改名或被刪除。"),
        Lang::En => format!("The plan's station “{id}” is not in the data any more and is left out; it may have been renamed or removed."),
    }
}

/// A part of the plan's link that could not be used.
pub fn link_issue(lang: Lang, issue: &LinkIssue) -> String {
    let (en, zh, hant): (String, String, String) = match issue {
        LinkIssue::BadTime { key, found } => (
            format!("“{found}” ({key}=) is not a time such as 09:00; the default is used."),
            format!("“{found}”（{key}=）不是 09:00 这样的时间，已用默认值。"),
            format!("「{found}」（{key}=）不是 09:00 這樣的時間，已用預設值。"),
        ),
        LinkIssue::BadMode { found } => (
            format!("“{found}” is not a way to travel (walk, bike, car); on foot is used."),
            format!("“{found}”不是出行方式（walk、bike、car），已按步行计。"),
            format!("「{found}」不是出行方式（walk、bike、car），已按步行計。"),
        ),
        LinkIssue::BadSpeed { found } => (
            format!("The speed “{found}” is out of range; the default is used."),
            format!("速度“{found}”超出范围，已用默认值。"),
            format!("速度「{found}」超出範圍，已用預設值。"),
        ),
        LinkIssue::BadItem { found } => (
            format!("“{found}” in the link is not a station or a break; it is left out."),
            format!("链接中的“{found}”不是站点或休息，已略过。"),
            format!("連結中的「{found}」不是站點或休息，已略過。"),
        ),
        LinkIssue::TooMany { limit } => (
            format!("The link has more than {limit} items; the rest are left out."),
            format!("链接中超过 {limit} 项，其余已略过。"),
            format!("連結中超過 {limit} 項，其餘已略過。"),
        ),
        LinkIssue::BadCount { key, found } => (
            format!("“{found}” ({key}=) is not a number of people; it is left out."),
            format!("“{found}”（{key}=）不是人数，已略过。"),
            format!("「{found}」（{key}=）不是人數，已略過。"),
        ),
        LinkIssue::BadDate { found } => (
            format!("“{found}” is not a date (YYYY-MM-DD); it is left out."),
            format!("“{found}”不是日期（YYYY-MM-DD），已略过。"),
            format!("「{found}」不是日期（YYYY-MM-DD），已略過。"),
        ),
        LinkIssue::AdultsOverSize => (
            "More adults than people in the group; the number of adults is left out.".into(),
            "成人数多于总人数，已略去成人数。".into(),
            "成人數多於總人數，已略去成人數。".into(),
        ),
    };
    match lang {
        Lang::En => en,
        Lang::ZhCn => zh,
        Lang::ZhHant => hant,
    }
}

/// Adults to children: "40 people, 4 adults (1 adult to 9 children)".
pub fn group(lang: Lang, size: u32, adults: Option<u32>) -> String {
    match (adults, lang) {
        (None, Lang::En) => format!("{size} people"),
        (None, _) => format!("{size} 人"),
        (Some(a), Lang::En) => format!("{size} people, {a} adults (1 adult to {} others)", ratio(size, a)),
        (Some(a), Lang::ZhCn) => format!("{size} 人，其中成人 {a} 人（每位成人约带 {} 人）", ratio(size, a)),
        (Some(a), Lang::ZhHant) => format!("{size} 人，其中成人 {a} 人（每位成人約帶 {} 人）", ratio(size, a)),
    }
}

fn ratio(size: u32, adults: u32) -> String {
    if adults == 0 {
        return "–".into();
    }
    crate::fmt_num::trimmed(f64::from(size.saturating_sub(adults)) / f64::from(adults), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_every_language() {
        for m in PlMsg::ALL {
            for l in Lang::ALL {
                assert!(!m.text(l).trim().is_empty(), "{m:?} in {l:?}");
            }
        }
    }

    #[test]
    fn over_budget_names_the_stop() {
        let s = budget(Lang::En, -20, Some(("Zhangqiao", 35, 0)));
        assert!(s.contains("20 min") && s.contains("Zhangqiao") && s.contains("35 min"), "{s}");
        assert!(budget(Lang::ZhCn, 5, None).contains("5 分钟"));
    }
}
