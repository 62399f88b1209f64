//! Every string of the staff editor (`editor.html`), in every language: its
//! own table, so the visitors' page carries none of it.

use super::Lang;
use crate::edit::coords::{CoordError, Read, System};
use crate::edit::session::{EditError, IdWarning};
use crate::fmt_num::fixed;

// One table, declared as the visitors' `Msg` is: a missing translation
// does not compile.
super::messages::message_table! {
    /// A fixed string of the editor.
    enum EdMsg;
    Title { zh_cn: "走廊数据编辑器", zh_hant: "走廊資料編輯器", en: "Corridor data editor" }
    Intro {
        zh_cn: "为镇工作人员修改站点和村居的位置与文字。文件只在本浏览器中处理，不会上传；下载后交给网站管理员发布。",
        zh_hant: "為鎮工作人員修改站點和村居的位置與文字。檔案只在本瀏覽器中處理，不會上傳；下載後交給網站管理員發布。",
        en: "For town staff: fix the positions and texts of stations and units. The file stays in this browser and is never uploaded; download it and hand it to whoever publishes the site.",
    }
    OpenPublished { zh_cn: "打开已发布的数据", zh_hant: "開啟已發布的資料", en: "Open the published data" }
    PickFile { zh_cn: "选择文件…", zh_hant: "選擇檔案…", en: "Pick a file…" }
    DropHint { zh_cn: "也可以把 GeoJSON 文件拖放到页面上。", zh_hant: "也可以把 GeoJSON 檔案拖放到頁面上。", en: "Or drop a GeoJSON file on the page." }
    Download { zh_cn: "下载 GeoJSON", zh_hant: "下載 GeoJSON", en: "Download GeoJSON" }
    Undo { zh_cn: "撤销", zh_hant: "復原", en: "Undo" }
    Redo { zh_cn: "重做", zh_hant: "重做", en: "Redo" }
    Loading { zh_cn: "正在打开数据…", zh_hant: "正在開啟資料…", en: "Opening the data…" }
    FeaturesHeading { zh_cn: "要素", zh_hant: "要素", en: "Features" }
    StationsHeading { zh_cn: "站点", zh_hant: "站點", en: "Stations" }
    UnitsHeading { zh_cn: "村居", zh_hant: "村居", en: "Villages and communities" }
    NotPlaced { zh_cn: "未定位", zh_hant: "未定位", en: "not placed" }
    Changed { zh_cn: "已修改", zh_hant: "已修改", en: "changed" }
    MapLabel {
        zh_cn: "编辑地图。点击地图放置所选要素，拖动圆点移动它；选中后方向键微移（按住 Shift 移动更多）。",
        zh_hant: "編輯地圖。點擊地圖放置所選要素，拖動圓點移動它；選中後方向鍵微移（按住 Shift 移動更多）。",
        en: "Editing map. Click the map to place the chosen feature, drag a dot to move it; arrow keys nudge the selected one (Shift for more).",
    }
    PlaceHint {
        zh_cn: "点击地图，把所选要素放在那里。",
        zh_hant: "點擊地圖，把所選要素放在那裡。",
        en: "Click the map to put the chosen feature there.",
    }
    NoneSelected { zh_cn: "在列表或地图上选择一个要素。", zh_hant: "在列表或地圖上選擇一個要素。", en: "Choose a feature in the list or on the map." }
    SelectedHeading { zh_cn: "所选要素", zh_hant: "所選要素", en: "Selected feature" }
    PositionHeading { zh_cn: "位置", zh_hant: "位置", en: "Position" }
    CoordsLabel {
        zh_cn: "输入或粘贴坐标（经度, 纬度）",
        zh_hant: "輸入或貼上座標（經度, 緯度）",
        en: "Type or paste coordinates (longitude, latitude)",
    }
    SystemLabel { zh_cn: "坐标系", zh_hant: "座標系", en: "Coordinate system" }
    SystemWgs84 { zh_cn: "WGS-84（GPS、本数据）", zh_hant: "WGS-84（GPS、本資料）", en: "WGS-84 (GPS, this data)" }
    SystemGcj02 { zh_cn: "GCJ-02（高德、腾讯拾取器）", zh_hant: "GCJ-02（高德、騰訊拾取器）", en: "GCJ-02 (Amap, Tencent pickers)" }
    SystemBd09 { zh_cn: "BD-09（百度拾取器）", zh_hant: "BD-09（百度拾取器）", en: "BD-09 (Baidu picker)" }
    ApplyCoords { zh_cn: "设为位置", zh_hant: "設為位置", en: "Set position" }
    AccuracyLabel { zh_cn: "位置精度", zh_hant: "位置精度", en: "Accuracy" }
    Surveyed { zh_cn: "实地测定", zh_hant: "實地測定", en: "surveyed" }
    Approximate { zh_cn: "估计", zh_hant: "估計", en: "approximate" }
    Unknown { zh_cn: "未知（从地图上取下）", zh_hant: "未知（從地圖上取下）", en: "unknown (off the map)" }
    SurveyedNeeds {
        zh_cn: "“实地测定”须注明测定来源和日期，将加入此要素的来源列表。",
        zh_hant: "「實地測定」須註明測定來源和日期，將加入此要素的來源列表。",
        en: "“Surveyed” needs a source and the date it was measured; they are added to the feature's sources.",
    }
    SourceTitle { zh_cn: "来源标题", zh_hant: "來源標題", en: "Source title" }
    SourceUrl { zh_cn: "来源网址（可选）", zh_hant: "來源網址（可選）", en: "Source link (optional)" }
    SourceDate { zh_cn: "日期（YYYY-MM-DD）", zh_hant: "日期（YYYY-MM-DD）", en: "Date (YYYY-MM-DD)" }
    SetAccuracy { zh_cn: "设定精度", zh_hant: "設定精度", en: "Set accuracy" }
    AddSource { zh_cn: "添加来源", zh_hant: "新增來源", en: "Add source" }
    TextsHeading { zh_cn: "文字", zh_hant: "文字", en: "Texts" }
    FieldName { zh_cn: "名称", zh_hant: "名稱", en: "Name" }
    FieldDescription { zh_cn: "简介", zh_hant: "簡介", en: "Description" }
    FieldHours { zh_cn: "开放时间", zh_hant: "開放時間", en: "Opening hours" }
    FieldAddress { zh_cn: "地址", zh_hant: "地址", en: "Address" }
    FieldPhone { zh_cn: "联系电话", zh_hant: "聯絡電話", en: "Phone" }
    TextsHint {
        zh_cn: "只填有来源的内容；清空一栏即删除该属性。繁体留空时由网站构建自动转换。",
        zh_hant: "只填有來源的內容；清空一欄即刪除該屬性。繁體留空時由網站建置自動轉換。",
        en: "Only write what a source gives; emptying a field removes it. Traditional Chinese left empty is converted when the site is built.",
    }
    IdHeading { zh_cn: "编号（印在二维码中）", zh_hant: "編號（印在二維碼中）", en: "Id (printed in QR codes)" }
    ChangeId { zh_cn: "更改编号", zh_hant: "更改編號", en: "Change id" }
    ConfirmAnyway { zh_cn: "仍然执行", zh_hant: "仍然執行", en: "Do it anyway" }
    Cancel { zh_cn: "取消", zh_hant: "取消", en: "Cancel" }
    AddStationHeading { zh_cn: "添加站点", zh_hant: "新增站點", en: "Add a station" }
    NewId { zh_cn: "新编号（小写拼音）", zh_hant: "新編號（小寫拼音）", en: "New id (lowercase pinyin)" }
    CategoryLabel { zh_cn: "类别", zh_hant: "類別", en: "Category" }
    Add { zh_cn: "添加", zh_hant: "新增", en: "Add" }
    Remove { zh_cn: "删除此站点", zh_hant: "刪除此站點", en: "Remove this station" }
    ProblemsHeading { zh_cn: "检查结果", zh_hant: "檢查結果", en: "Checker" }
    NoProblems { zh_cn: "没有问题：可以发布。", zh_hant: "沒有問題：可以發布。", en: "No problems: ready to publish." }
    FeatureProblems { zh_cn: "此要素的问题", zh_hant: "此要素的問題", en: "Problems of this feature" }
    DraftRestored {
        zh_cn: "已恢复上次未完成的修改（保存在本浏览器中）。",
        zh_hant: "已恢復上次未完成的修改（儲存在本瀏覽器中）。",
        en: "Your unfinished changes were restored (kept in this browser).",
    }
    Discard { zh_cn: "放弃修改", zh_hant: "放棄修改", en: "Discard changes" }
    ZoomIn { zh_cn: "放大", zh_hant: "放大", en: "Zoom in" }
    ZoomOut { zh_cn: "缩小", zh_hant: "縮小", en: "Zoom out" }
    Fit { zh_cn: "显示全部", zh_hant: "顯示全部", en: "Show all" }
    NotAStation { zh_cn: "只有站点和村居可以在此放置。", zh_hant: "只有站點和村居可以在此放置。", en: "Only stations and units are placed here." }
    BackToMap { zh_cn: "查看导览图", zh_hant: "檢視導覽圖", en: "View the guide map" }
    Posters { zh_cn: "打印站点二维码海报", zh_hant: "列印站點 QR 碼海報", en: "Print the station QR posters" }
}

/// The name of a coordinate system, as the picker is labelled.
pub fn system_name(lang: Lang, s: System) -> &'static str {
    match s {
        System::Wgs84 => EdMsg::SystemWgs84,
        System::Gcj02 => EdMsg::SystemGcj02,
        System::Bd09 => EdMsg::SystemBd09,
    }
    .text(lang)
}

fn pair(lon: f64, lat: f64) -> String {
    format!("{}, {}", fixed(lon, 6), fixed(lat, 6))
}

/// What was read from a pasted pair and how it was converted.
pub fn coords_note(lang: Lang, r: &Read) -> String {
    let typed = pair(r.typed.lon, r.typed.lat);
    let stored = pair(r.wgs84.lon, r.wgs84.lat);
    let mut out = match (r.system, lang) {
        (System::Wgs84, Lang::ZhCn) => format!("读作 WGS-84：{typed}（经度, 纬度），原样保存。"),
        (System::Wgs84, Lang::ZhHant) => format!("讀作 WGS-84：{typed}（經度, 緯度），原樣儲存。"),
        (System::Wgs84, Lang::En) => format!("Read as WGS-84: {typed} (longitude, latitude), stored as typed."),
        (s, Lang::ZhCn) => format!("{} {typed} 已换算为 WGS-84 {stored}（coordtransform）。", s.name().to_uppercase()),
        (s, Lang::ZhHant) => {
            format!("{} {typed} 已換算為 WGS-84 {stored}（coordtransform）。", s.name().to_uppercase())
        }
        (s, Lang::En) => format!("{} {typed} converted to WGS-84 {stored} (coordtransform).", s.name().to_uppercase()),
    };
    if r.order_guessed {
        out.push_str(match lang {
            Lang::ZhCn => " 注意：输入的是“纬度, 经度”的顺序（大于 90 的数是经度），已对调。",
            Lang::ZhHant => " 注意：輸入的是「緯度, 經度」的順序（大於 90 的數是經度），已對調。",
            Lang::En => " Note: the pair was read as latitude first (the number over 90 is the longitude) and swapped.",
        });
    }
    out
}

pub fn coords_error(lang: Lang, e: &CoordError) -> String {
    match (e, lang) {
        (CoordError::Empty, Lang::ZhCn) => "请输入坐标，例如 121.3456, 30.7123。".into(),
        (CoordError::Empty, Lang::ZhHant) => "請輸入座標，例如 121.3456, 30.7123。".into(),
        (CoordError::Empty, Lang::En) => "Type a pair of coordinates, e.g. 121.3456, 30.7123.".into(),
        (CoordError::Count(n), Lang::ZhCn) => format!("需要两个数（经度和纬度），这里有 {n} 个。"),
        (CoordError::Count(n), Lang::ZhHant) => format!("需要兩個數（經度和緯度），這裡有 {n} 個。"),
        (CoordError::Count(n), Lang::En) => format!("Two numbers are needed (longitude and latitude); this has {n}."),
        (CoordError::OutOfRange, Lang::ZhCn) => {
            "这不是经纬度：经度须在 -180 到 180 之间，纬度在 -90 到 90 之间。".into()
        }
        (CoordError::OutOfRange, Lang::ZhHant) => {
            "這不是經緯度：經度須在 -180 到 180 之間，緯度在 -90 到 90 之間。".into()
        }
        (CoordError::OutOfRange, Lang::En) => {
            "These are not a longitude and latitude: longitude runs -180 to 180, latitude -90 to 90.".into()
        }
    }
}

/// Why an id change or a removal waits for "do it anyway".
pub fn id_warning(lang: Lang, w: &IdWarning) -> String {
    match (w, lang) {
        (IdWarning::ChangesPublished { old }, Lang::ZhCn) => {
            format!("编号 “{old}” 已经发布：印有它的二维码（/?s={old}）将打不开此站点。站点改名、移动时编号都应保持不变。")
        }
        (IdWarning::ChangesPublished { old }, Lang::ZhHant) => {
            format!("編號「{old}」已經發布：印有它的二維碼（/?s={old}）將打不開此站點。站點改名、移動時編號都應保持不變。")
        }
        (IdWarning::ChangesPublished { old }, Lang::En) => format!(
            "The id “{old}” is published: QR codes printed with it (/?s={old}) would no longer open this station. Keep the id when a station is renamed or moved."
        ),
        (IdWarning::InUse { feature }, Lang::ZhCn) => format!("第 {} 个要素已使用此编号：检查工具会略去其中一个。", feature + 1),
        (IdWarning::InUse { feature }, Lang::ZhHant) => format!("第 {} 個要素已使用此編號：檢查工具會略去其中一個。", feature + 1),
        (IdWarning::InUse { feature }, Lang::En) => {
            format!("Feature {} already has this id: the checker would drop one of the two.", feature + 1)
        }
        (IdWarning::WasPublished, Lang::ZhCn) => "此编号在打开的文件中属于另一个站点：为它印的二维码会打开这里。请另取新编号。".into(),
        (IdWarning::WasPublished, Lang::ZhHant) => "此編號在開啟的檔案中屬於另一個站點：為它印的二維碼會開啟這裡。請另取新編號。".into(),
        (IdWarning::WasPublished, Lang::En) => {
            "This id belonged to another station in the file as opened: QR codes printed for it would open this one. Choose a new id.".into()
        }
        (IdWarning::RemovesPublished { id }, Lang::ZhCn) => format!("站点 “{id}” 已经发布：删除后，印有 /?s={id} 的二维码将显示“没有找到”。"),
        (IdWarning::RemovesPublished { id }, Lang::ZhHant) => format!("站點「{id}」已經發布：刪除後，印有 /?s={id} 的二維碼將顯示「沒有找到」。"),
        (IdWarning::RemovesPublished { id }, Lang::En) => {
            format!("The station “{id}” is published: once removed, QR codes printed with /?s={id} show “not found”.")
        }
    }
}

pub fn edit_error(lang: Lang, e: &EditError) -> String {
    match e {
        EditError::Confirm(w) => id_warning(lang, w),
        EditError::NoSuchFeature => match lang {
            Lang::ZhCn => "此要素已不存在。".into(),
            Lang::ZhHant => "此要素已不存在。".into(),
            Lang::En => "That feature is no longer there.".into(),
        },
        EditError::NotPlaceable => EdMsg::NotAStation.text(lang).into(),
        EditError::SurveyedNeedsSource => EdMsg::SurveyedNeeds.text(lang).into(),
        EditError::NoPosition => match lang {
            Lang::ZhCn => "请先在地图上放置此要素或输入坐标。".into(),
            Lang::ZhHant => "請先在地圖上放置此要素或輸入座標。".into(),
            Lang::En => "Place the feature on the map or type its coordinates first.".into(),
        },
        EditError::BadId => match lang {
            Lang::ZhCn => "编号须为 2–32 个小写字母、数字或连字符，以字母开头（如 zhangqiao）。".into(),
            Lang::ZhHant => "編號須為 2–32 個小寫字母、數字或連字號，以字母開頭（如 zhangqiao）。".into(),
            Lang::En => {
                "An id is 2–32 lowercase letters, digits or hyphens, starting with a letter (e.g. zhangqiao).".into()
            }
        },
    }
}

/// The checker's totals.
pub fn problem_counts(lang: Lang, errors: usize, warnings: usize) -> String {
    match lang {
        Lang::ZhCn => format!("{errors} 个错误，{warnings} 个提示"),
        Lang::ZhHant => format!("{errors} 個錯誤，{warnings} 個提示"),
        Lang::En => format!("{errors} errors, {warnings} warnings"),
    }
}

/// A file that could not be opened, and why.
pub fn open_failed(lang: Lang, what: &str, why: &str) -> String {
    match lang {
        Lang::ZhCn => format!("无法打开 {what}：{why}"),
        Lang::ZhHant => format!("無法開啟 {what}：{why}"),
        Lang::En => format!("Could not open {what}: {why}"),
    }
}

/// Why a file cannot be edited even though it may be JSON.
pub fn not_editable(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "文件不是含有 features 列表的 GeoJSON 对象，无法编辑。检查结果见下。",
        Lang::ZhHant => "檔案不是含有 features 列表的 GeoJSON 物件，無法編輯。檢查結果見下。",
        Lang::En => "The file is not a GeoJSON object with a features list, so it cannot be edited. The checker's findings follow.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::LonLat;

    #[test]
    fn every_editor_message_is_given_in_every_language() {
        const SIMPLIFIED_ONLY: &str = "这个们来时说对发问点图数据错误线显为边实东门车长书见关开进还";
        for &m in EdMsg::ALL {
            for lang in Lang::ALL {
                assert!(!m.text(lang).trim().is_empty(), "{m:?} in {lang:?}");
            }
            let t = m.text(Lang::ZhHant);
            assert!(!t.chars().any(|c| SIMPLIFIED_ONLY.contains(c)), "{m:?}: {t}");
            assert_ne!(m.text(Lang::En), m.text(Lang::ZhCn), "{m:?}");
        }
    }

    #[test]
    fn the_conversion_is_stated() {
        let r = crate::edit::coords::read("30.7123, 121.3456", System::Gcj02).expect("pair");
        for lang in Lang::ALL {
            let note = coords_note(lang, &r);
            assert!(note.contains("GCJ02") && note.contains("121.345600"), "{note}");
            assert!(note.contains(&fixed(r.wgs84.lon, 6)), "{note}");
        }
        assert!(coords_note(Lang::En, &r).contains("latitude first"));
        let plain = Read {
            typed: LonLat::new(1.0, 2.0),
            system: System::Wgs84,
            wgs84: LonLat::new(1.0, 2.0),
            order_guessed: false,
        };
        assert!(!coords_note(Lang::En, &plain).contains("swapped"));
    }

    #[test]
    fn warnings_name_the_id_and_its_link() {
        for lang in Lang::ALL {
            let w = id_warning(lang, &IdWarning::ChangesPublished { old: "zhangqiao".into() });
            assert!(w.contains("/?s=zhangqiao"), "{w}");
        }
    }
}
