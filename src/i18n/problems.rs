//! What the loader's problems say, in every interface language: the one
//! place a data problem is put into words, for the checker and the page.

use super::{Lang, Msg};
use crate::fmt_num::{fixed, trimmed};
use crate::model::{
    escape_invisible, FeatureFault, FoundInstead, JsonKind, Location, Problem, ProblemKind, Severity, ValueType,
};
use std::borrow::Cow;
use std::fmt::Write;

impl Problem {
    /// One line: severity, place, what is wrong, how to fix it.
    pub fn describe(&self, lang: Lang) -> String {
        let mut s = String::new();
        s.push_str(
            match self.severity {
                Severity::Error => Msg::Error,
                Severity::Warning => Msg::Warning,
            }
            .text(lang),
        );
        let place = self.at.describe(lang);
        if !place.is_empty() {
            let _ = write!(s, " [{place}]");
        }
        s.push_str(Msg::LabelColon.text(lang));
        s.push_str(&self.kind.describe(lang));
        // Ids, samples and names come from the data: shown raw, a control
        // or bidi character could drive a terminal or reorder the message.
        match escape_invisible(&s) {
            Cow::Borrowed(_) => s,
            Cow::Owned(escaped) => escaped,
        }
    }
}

impl Location {
    /// Where, in words: the feature, its id and the property.
    pub fn describe(&self, lang: Lang) -> String {
        let mut parts = Vec::new();
        if let Some(i) = self.feature {
            parts.push(feature_place(i, lang));
        }
        if let Some(id) = &self.id {
            parts.push(format!("id \"{id}\""));
        }
        if let Some(p) = &self.property {
            parts.push(match lang {
                Lang::En => format!("property \"{p}\""),
                Lang::ZhCn => format!("属性 \"{p}\""),
                Lang::ZhHant => format!("屬性 \"{p}\""),
            });
        }
        parts.join(Msg::Comma.text(lang))
    }
}

impl FoundInstead {
    /// What the file was instead of a FeatureCollection, to end a sentence.
    pub fn text(&self, lang: Lang) -> String {
        use crate::model::JsonKind::*;
        match (self, lang) {
            (FoundInstead::Json(kind), _) => {
                let (en, zh_cn, zh_hant) = match kind {
                    Null => ("null", "null", "null"),
                    Bool => ("a true/false value", "布尔值", "布林值"),
                    Number => ("a number", "数字", "數字"),
                    String => ("a string", "字符串", "字串"),
                    List => ("a list", "列表", "列表"),
                    Object => ("an object", "对象", "物件"),
                };
                match lang {
                    Lang::En => en,
                    Lang::ZhCn => zh_cn,
                    Lang::ZhHant => zh_hant,
                }
                .to_string()
            }
            (FoundInstead::NoType, Lang::En) => "an object without \"type\"".to_string(),
            (FoundInstead::NoType, Lang::ZhCn) => "没有 \"type\" 的对象".to_string(),
            (FoundInstead::NoType, Lang::ZhHant) => "沒有 \"type\" 的物件".to_string(),
            (FoundInstead::OtherType(t), Lang::En) => format!("a {t}"),
            (FoundInstead::OtherType(t), Lang::ZhCn | Lang::ZhHant) => format!(" {t}"),
        }
    }
}

impl JsonKind {
    /// The kind of value, to end "but it is ...".
    fn text(self, lang: Lang) -> String {
        FoundInstead::Json(self).text(lang)
    }
}

impl FeatureFault {
    /// Why a feature is not a GeoJSON feature, and what it must be.
    fn describe(&self, lang: Lang) -> String {
        match self {
            FeatureFault::NotAnObject(kind) => {
                let kind = kind.text(lang);
                match lang {
                    Lang::En => format!("each feature must be an object ({{\"type\": \"Feature\", \"properties\": …, \"geometry\": …}}), but this one is {kind}; it is left out."),
                    Lang::ZhCn => format!("每个要素都必须是对象（{{\"type\": \"Feature\", \"properties\": …, \"geometry\": …}}），此要素实际是{kind}，已略过。"),
                    Lang::ZhHant => format!("每個要素都必須是物件（{{\"type\": \"Feature\", \"properties\": …, \"geometry\": …}}），此要素實際是{kind}，已略過。"),
                }
            }
            FeatureFault::NotFeature(found) => {
                let found = found.text(lang);
                match lang {
                    Lang::En => {
                        format!("a feature's \"type\" must be \"Feature\", but this one is {found}; it is left out.")
                    }
                    Lang::ZhCn => format!("要素的 \"type\" 必须是 \"Feature\"，此要素实际是{found}，已略过。"),
                    Lang::ZhHant => format!("要素的 \"type\" 必須是 \"Feature\"，此要素實際是{found}，已略過。"),
                }
            }
            FeatureFault::PropertiesNotObject(kind) => {
                let kind = kind.text(lang);
                match lang {
                    Lang::En => format!("\"properties\" must be an object, but it is {kind}; the feature is left out."),
                    Lang::ZhCn => format!("\"properties\" 必须是对象，实际是{kind}，此要素已略过。"),
                    Lang::ZhHant => format!("\"properties\" 必須是物件，實際是{kind}，此要素已略過。"),
                }
            }
            FeatureFault::GeometryNotObject(kind) => {
                let kind = kind.text(lang);
                match lang {
                    Lang::En => format!("\"geometry\" must be an object such as {{\"type\": \"Point\", \"coordinates\": [121.25, 30.75]}}, or null where the position is not known, but it is {kind}; the feature is left out."),
                    Lang::ZhCn => format!("\"geometry\" 必须是对象，如 {{\"type\": \"Point\", \"coordinates\": [121.25, 30.75]}}；位置未知时为 null。实际是{kind}，此要素已略过。"),
                    Lang::ZhHant => format!("\"geometry\" 必須是物件，如 {{\"type\": \"Point\", \"coordinates\": [121.25, 30.75]}}；位置未知時為 null。實際是{kind}，此要素已略過。"),
                }
            }
            FeatureFault::UnknownGeometryType(found) => {
                let found = found.text(lang);
                match lang {
                    Lang::En => format!("the geometry's \"type\" must be a GeoJSON geometry type (Point, LineString, Polygon…), but it is {found}; the feature is left out."),
                    Lang::ZhCn => format!("几何的 \"type\" 必须是 GeoJSON 几何类型（Point、LineString、Polygon 等），实际是{found}，此要素已略过。"),
                    Lang::ZhHant => format!("幾何的 \"type\" 必須是 GeoJSON 幾何類型（Point、LineString、Polygon 等），實際是{found}，此要素已略過。"),
                }
            }
        }
    }
}

impl ValueType {
    /// The type a property must have, to end "this property must be ...".
    pub fn text(self, lang: Lang) -> &'static str {
        use ValueType::*;
        let (en, zh_cn, zh_hant) = match self {
            Text => ("a string", "文字", "文字"),
            TextList => ("a list of strings", "文字列表", "文字列表"),
            List => ("a list", "列表", "列表"),
            ObjectList => ("a list of objects", "对象列表", "物件列表"),
            Object => ("an object", "对象", "物件"),
            Number => ("a number", "数字", "數字"),
            YesNo => (
                "true or false (without quotes)",
                "布尔值 true 或 false（不加引号）",
                "布林值 true 或 false（不加引號）",
            ),
        };
        match lang {
            Lang::En => en,
            Lang::ZhCn => zh_cn,
            Lang::ZhHant => zh_hant,
        }
    }
}

impl ProblemKind {
    pub fn describe(&self, lang: Lang) -> String {
        use ProblemKind::*;
        match self {
            TooLarge { bytes, limit } => match lang {
                Lang::En => format!("the file is {bytes} bytes, over the limit of {limit}. Remove unused features or simplify long lines."),
                Lang::ZhCn => format!("文件大小 {bytes} 字节，超过上限 {limit} 字节。请删去无用要素或简化过长的线。"),
                Lang::ZhHant => format!("檔案大小 {bytes} 位元組，超過上限 {limit} 位元組。請刪去無用要素或簡化過長的線。"),
            },
            NotUtf8 { byte_offset, line, column } => match lang {
                Lang::En => format!("the file is not UTF-8 text (the first bad byte is at line {line}, column {column}, byte offset {byte_offset}). Save it as UTF-8 (not GBK or GB2312)."),
                Lang::ZhCn => format!("文件不是 UTF-8 编码（第一个出错的字节在第 {line} 行第 {column} 列，字节偏移 {byte_offset}）。请另存为 UTF-8 编码（不要用 GBK 或 GB2312）。"),
                Lang::ZhHant => format!("檔案不是 UTF-8 編碼（第一個出錯的位元組在第 {line} 行第 {column} 列，位元組偏移 {byte_offset}）。請另存為 UTF-8 編碼（不要用 GBK 或 GB2312）。"),
            },
            NotJson { line, column } => match lang {
                Lang::En => format!("the file is not valid JSON (line {line}, column {column}). Look for a missing comma, quote or bracket there."),
                Lang::ZhCn => format!("文件不是有效的 JSON（第 {line} 行第 {column} 列）。请检查该处是否缺少逗号、引号或括号。"),
                Lang::ZhHant => format!("檔案不是有效的 JSON（第 {line} 行第 {column} 列）。請檢查該處是否缺少逗號、引號或括號。"),
            },
            EmptyFile => match lang {
                Lang::En => "the file is empty (or only blank space). Export the data again: it must be a GeoJSON FeatureCollection.".to_string(),
                Lang::ZhCn => "文件是空的（或只有空白）。请重新导出数据：文件必须是 GeoJSON FeatureCollection。".to_string(),
                Lang::ZhHant => "檔案是空的（或只有空白）。請重新匯出資料：檔案必須是 GeoJSON FeatureCollection。".to_string(),
            },
            Truncated { line, column } => match lang {
                Lang::En => format!("the file ends too early (line {line}, column {column}): the JSON is not finished, as if it was cut off. Check that it was saved or copied whole."),
                Lang::ZhCn => format!("文件提前结束（第 {line} 行第 {column} 列）：JSON 不完整，像是被截断了。请检查文件是否完整保存或复制。"),
                Lang::ZhHant => format!("檔案提前結束（第 {line} 行第 {column} 列）：JSON 不完整，像是被截斷了。請檢查檔案是否完整儲存或複製。"),
            },
            TooDeep { line, column } => match lang {
                Lang::En => format!("lists and objects are nested too deeply (line {line}, column {column}): over 128 levels, where GeoJSON needs only a few. Look for repeated or stray brackets there."),
                Lang::ZhCn => format!("列表和对象嵌套过深（第 {line} 行第 {column} 列）：超过 128 层，而 GeoJSON 只需要几层。请检查该处是否有重复或多余的括号。"),
                Lang::ZhHant => format!("列表和物件巢狀過深（第 {line} 行第 {column} 列）：超過 128 層，而 GeoJSON 只需要幾層。請檢查該處是否有重複或多餘的括號。"),
            },
            NumberOutOfRange { line, column } => match lang {
                Lang::En => format!("the number at line {line}, column {column} is too large to use (like 1e400). Check that number."),
                Lang::ZhCn => format!("第 {line} 行第 {column} 列的数字太大，无法使用（如 1e400）。请检查该数字。"),
                Lang::ZhHant => format!("第 {line} 行第 {column} 列的數字太大，無法使用（如 1e400）。請檢查該數字。"),
            },
            NotFeatureCollection { found } => {
                let found = found.text(lang);
                match lang {
                    Lang::En => format!("the file must be a GeoJSON FeatureCollection (\"type\": \"FeatureCollection\"), but it is {found}."),
                    Lang::ZhCn => format!("文件必须是 GeoJSON FeatureCollection（\"type\": \"FeatureCollection\"），实际是{found}。"),
                    Lang::ZhHant => format!("檔案必須是 GeoJSON FeatureCollection（\"type\": \"FeatureCollection\"），實際是{found}。"),
                }
            }
            NoFeatures => match lang {
                Lang::En => "the FeatureCollection has no \"features\" array.".to_string(),
                Lang::ZhCn => "FeatureCollection 缺少 \"features\" 数组。".to_string(),
                Lang::ZhHant => "FeatureCollection 缺少 \"features\" 陣列。".to_string(),
            },
            InvalidFeature { fault } => fault.describe(lang),
            MissingKind => match lang {
                Lang::En => "every feature needs \"kind\": one of avenue, station, unit, context.".to_string(),
                Lang::ZhCn => "每个要素都需要 \"kind\"：avenue、station、unit 或 context 之一。".to_string(),
                Lang::ZhHant => "每個要素都需要 \"kind\"：avenue、station、unit 或 context 之一。".to_string(),
            },
            UnknownValue { found, allowed } => match lang {
                Lang::En => format!("\"{found}\" is not allowed here; use one of: {}.", allowed.join(", ")),
                Lang::ZhCn => format!("不允许的取值 \"{found}\"；请使用以下之一：{}。", allowed.join("、")),
                Lang::ZhHant => format!("不允許的取值 \"{found}\"；請使用以下之一：{}。", allowed.join("、")),
            },
            WrongGeometry { expected, found } => match lang {
                Lang::En => format!("the geometry must be a {expected}, but it is a {found}."),
                Lang::ZhCn => format!("几何类型应为 {expected}，实际是 {found}。"),
                Lang::ZhHant => format!("幾何類型應為 {expected}，實際是 {found}。"),
            },
            MissingGeometry => match lang {
                Lang::En => "the geometry is missing. Add one, or set \"position\": \"unknown\" if the place's position is not known.".to_string(),
                Lang::ZhCn => "缺少几何位置。请补上；若位置不明，请设置 \"position\": \"unknown\"。".to_string(),
                Lang::ZhHant => "缺少幾何位置。請補上；若位置不明，請設定 \"position\": \"unknown\"。".to_string(),
            },
            GeometryNotAllowed => match lang {
                Lang::En => "\"position\" is \"unknown\" but a geometry is given. Set \"position\" to \"approximate\" or \"surveyed\", or make the geometry null.".to_string(),
                Lang::ZhCn => "\"position\" 为 \"unknown\"，却给出了几何位置。请把 \"position\" 改为 \"approximate\" 或 \"surveyed\"，或把 geometry 设为 null。".to_string(),
                Lang::ZhHant => "\"position\" 為 \"unknown\"，卻給出了幾何位置。請把 \"position\" 改為 \"approximate\" 或 \"surveyed\"，或把 geometry 設為 null。".to_string(),
            },
            TooFewPoints { needed } => match lang {
                Lang::En => format!("the line needs at least {needed} positions."),
                Lang::ZhCn => format!("线至少需要 {needed} 个坐标点。"),
                Lang::ZhHant => format!("線至少需要 {needed} 個座標點。"),
            },
            BadRing => match lang {
                Lang::En => "each ring of a polygon needs at least 4 positions, and its last position must repeat its first."
                    .to_string(),
                Lang::ZhCn => "多边形的每个环至少需要 4 个坐标点，且最后一个点必须与第一个点相同。".to_string(),
                Lang::ZhHant => "多邊形的每個環至少需要 4 個座標點，且最後一個點必須與第一個點相同。".to_string(),
            },
            UnknownProperty => match lang {
                Lang::En => "this is not a property this kind of feature uses, so it is ignored. Check its spelling (see docs/data-format.md).".to_string(),
                Lang::ZhCn => "此类要素不使用这个属性，它将被忽略。请检查拼写（见 docs/data-format.md）。".to_string(),
                Lang::ZhHant => "此類要素不使用這個屬性，它將被忽略。請檢查拼寫（見 docs/data-format.md）。".to_string(),
            },
            BadCoordinate => match lang {
                Lang::En => "a position must be [longitude, latitude] with two numbers.".to_string(),
                Lang::ZhCn => "坐标必须是 [经度, 纬度] 两个数字。".to_string(),
                Lang::ZhHant => "座標必須是 [經度, 緯度] 兩個數字。".to_string(),
            },
            OutOfRange { lon, lat } => match lang {
                Lang::En => format!(
                    "[{}, {}] is not a position on earth: longitude must be -180..180 and latitude -90..90.",
                    trimmed(*lon, 9),
                    trimmed(*lat, 9)
                ),
                Lang::ZhCn => format!(
                    "[{}, {}] 不是地球上的坐标：经度应在 -180 到 180 之间，纬度应在 -90 到 90 之间。",
                    trimmed(*lon, 9),
                    trimmed(*lat, 9)
                ),
                Lang::ZhHant => format!(
                    "[{}, {}] 不是地球上的座標：經度應在 -180 到 180 之間，緯度應在 -90 到 90 之間。",
                    trimmed(*lon, 9),
                    trimmed(*lat, 9)
                ),
            },
            Swapped { lon, lat } => match lang {
                Lang::En => format!(
                    "[{}, {}] looks like latitude and longitude swapped. GeoJSON puts longitude first: [{}, {}].",
                    trimmed(*lon, 9),
                    trimmed(*lat, 9),
                    trimmed(*lat, 9),
                    trimmed(*lon, 9)
                ),
                Lang::ZhCn => format!(
                    "[{}, {}] 看起来经纬度写反了。GeoJSON 要求经度在前：[{}, {}]。",
                    trimmed(*lon, 9),
                    trimmed(*lat, 9),
                    trimmed(*lat, 9),
                    trimmed(*lon, 9)
                ),
                Lang::ZhHant => format!(
                    "[{}, {}] 看起來經緯度寫反了。GeoJSON 要求經度在前：[{}, {}]。",
                    trimmed(*lon, 9),
                    trimmed(*lat, 9),
                    trimmed(*lat, 9),
                    trimmed(*lon, 9)
                ),
            },
            OutsideCorridor { lon, lat, km } => match lang {
                Lang::En => format!("[{}, {}] is {} km from Jinshanwei, far outside the corridor. Check the numbers (WGS-84, longitude first).", trimmed(*lon, 9), trimmed(*lat, 9), fixed(*km, 0)),
                Lang::ZhCn => format!(
                    "[{}, {}] 距金山卫约 {} 公里，远在走廊之外。请检查数字（WGS-84，经度在前）。",
                    trimmed(*lon, 9),
                    trimmed(*lat, 9),
                    fixed(*km, 0)
                ),
                Lang::ZhHant => format!(
                    "[{}, {}] 距金山衛約 {} 公里，遠在走廊之外。請檢查數字（WGS-84，經度在前）。",
                    trimmed(*lon, 9),
                    trimmed(*lat, 9),
                    fixed(*km, 0)
                ),
            },
            NoAvenue => match lang {
                Lang::En => "there is no avenue: add one LineString feature with \"kind\": \"avenue\".".to_string(),
                Lang::ZhCn => "缺少大道：请添加一个 \"kind\": \"avenue\" 的 LineString 要素。".to_string(),
                Lang::ZhHant => "缺少大道：請新增一個 \"kind\": \"avenue\" 的 LineString 要素。".to_string(),
            },
            ManyAvenues { count } => match lang {
                Lang::En => format!(
                    "there are {count} avenue features; there must be exactly one. Join them into one LineString."
                ),
                Lang::ZhCn => format!("有 {count} 个大道要素，只能有一个。请合并为一条 LineString。"),
                Lang::ZhHant => format!("有 {count} 個大道要素，只能有一個。請合併為一條 LineString。"),
            },
            Missing => match lang {
                Lang::En => "this required property is missing.".to_string(),
                Lang::ZhCn => "缺少此必填属性。".to_string(),
                Lang::ZhHant => "缺少此必填屬性。".to_string(),
            },
            WrongType { expected } => {
                let expected = expected.text(lang);
                match lang {
                    Lang::En => format!("this property must be {expected}."),
                    Lang::ZhCn => format!("此属性必须是{expected}。"),
                    Lang::ZhHant => format!("此屬性必須是{expected}。"),
                }
            }
            Empty => match lang {
                Lang::En => "this property is empty.".to_string(),
                Lang::ZhCn => "此属性为空。".to_string(),
                Lang::ZhHant => "此屬性為空。".to_string(),
            },
            BadId { found } => match lang {
                Lang::En => format!("\"{found}\" is not a valid id: use 2 to 32 lowercase letters, digits or hyphens, starting with a letter (e.g. \"zhangqiao\"). Ids go into printed QR codes: never change one once published."),
                Lang::ZhCn => format!("\"{found}\" 不是有效的编号：请用 2 到 32 个小写字母、数字或连字符，以字母开头（如 \"zhangqiao\"）。编号会印在二维码里，发布后请勿更改。"),
                Lang::ZhHant => format!("\"{found}\" 不是有效的編號：請用 2 到 32 個小寫字母、數字或連字元，以字母開頭（如 \"zhangqiao\"）。編號會印在二維碼裡，發布後請勿更改。"),
            },
            DuplicateId { first_feature } => match lang {
                Lang::En => format!("this id is already used by {}. Ids must be unique.", feature_place(*first_feature, lang)),
                Lang::ZhCn => format!("此编号已被{}使用。编号必须唯一。", feature_place(*first_feature, lang)),
                Lang::ZhHant => format!("此編號已被{}使用。編號必須唯一。", feature_place(*first_feature, lang)),
            },
            DuplicateOrder { order, other_id } => match lang {
                Lang::En => format!("order {order} is also used by station \"{other_id}\". Each station needs its own number."),
                Lang::ZhCn => format!("顺序号 {order} 已被站点 \"{other_id}\" 使用。每个站点的顺序号必须不同。"),
                Lang::ZhHant => format!("順序號 {order} 已被站點 \"{other_id}\" 使用。每個站點的順序號必須不同。"),
            },
            BadVisitMinutes { found, max } => match lang {
                Lang::En => format!("\"{found}\" is not a valid visit time: give whole minutes from 1 to {max}."),
                Lang::ZhCn => format!("\"{found}\" 不是有效的参观时长：请填 1 到 {max} 之间的整数分钟。"),
                Lang::ZhHant => format!("\"{found}\" 不是有效的參觀時長：請填 1 到 {max} 之間的整數分鐘。"),
            },
            BadOrder { found } => match lang {
                Lang::En => format!("\"{found}\" is not a valid order: use a whole number from 1 up."),
                Lang::ZhCn => format!("\"{found}\" 不是有效的顺序号：请用从 1 开始的整数。"),
                Lang::ZhHant => format!("\"{found}\" 不是有效的順序號：請用從 1 開始的整數。"),
            },
            OrderAgainstAvenue { order, rank, order_rank } => match lang {
                Lang::En => format!("by its position this station is no. {rank} from the avenue's west end among the stations on the map, but its order {order} puts it at no. {order_rank}. Renumber the stations or check the position."),
                Lang::ZhCn => format!("按位置，此站是图上站点中从大道西端起第 {rank} 个，但其顺序号 {order} 把它排在第 {order_rank} 个。请重新编号或核对位置。"),
                Lang::ZhHant => format!("按位置，此站是圖上站點中從大道西端起第 {rank} 個，但其順序號 {order} 把它排在第 {order_rank} 個。請重新編號或核對位置。"),
            },
            FarFromAvenue { metres, limit } => match lang {
                Lang::En => format!(
                    "the station is {} km from the avenue, more than the {} km allowed. Check its position.",
                    fixed(metres / 1000.0, 1),
                    fixed(limit / 1000.0, 1)
                ),
                Lang::ZhCn => format!(
                    "此站距大道 {} 公里，超过允许的 {} 公里。请核对位置。",
                    fixed(metres / 1000.0, 1),
                    fixed(limit / 1000.0, 1)
                ),
                Lang::ZhHant => format!(
                    "此站距大道 {} 公里，超過允許的 {} 公里。請核對位置。",
                    fixed(metres / 1000.0, 1),
                    fixed(limit / 1000.0, 1)
                ),
            },
            UnitFarFromAvenue { metres, limit } => match lang {
                Lang::En => format!(
                    "this village or residential committee is {} km from the avenue, more than the {} km allowed. Check its position.",
                    fixed(metres / 1000.0, 1),
                    fixed(limit / 1000.0, 1)
                ),
                Lang::ZhCn => format!(
                    "此村居距大道 {} 公里，超过允许的 {} 公里。请核对位置。",
                    fixed(metres / 1000.0, 1),
                    fixed(limit / 1000.0, 1)
                ),
                Lang::ZhHant => format!(
                    "此村居距大道 {} 公里，超過允許的 {} 公里。請核對位置。",
                    fixed(metres / 1000.0, 1),
                    fixed(limit / 1000.0, 1)
                ),
            },
            WestOfBoundary { lon, lat, metres, boundary_feature } => match lang {
                Lang::En => format!(
                    "[{}, {}] lies {} km west of the Shanghai–Zhejiang boundary ({}), on the Zhejiang side. Stations, villages, residential committees and the avenue of this Shanghai town must lie east of it. Check the position (WGS-84, longitude first).",
                    trimmed(*lon, 9),
                    trimmed(*lat, 9),
                    fixed(metres / 1000.0, 2),
                    feature_place(*boundary_feature, lang)
                ),
                Lang::ZhCn => format!(
                    "[{}, {}] 在沪浙省界（{}）以西 {} 公里，位于浙江一侧。本镇（上海）的站点、村居和大道都必须在省界以东。请核对位置（WGS-84，经度在前）。",
                    trimmed(*lon, 9),
                    trimmed(*lat, 9),
                    feature_place(*boundary_feature, lang),
                    fixed(metres / 1000.0, 2)
                ),
                Lang::ZhHant => format!(
                    "[{}, {}] 在滬浙省界（{}）以西 {} 公里，位於浙江一側。本鎮（上海）的站點、村居和大道都必須在省界以東。請核對位置（WGS-84，經度在前）。",
                    trimmed(*lon, 9),
                    trimmed(*lat, 9),
                    feature_place(*boundary_feature, lang),
                    fixed(metres / 1000.0, 2)
                ),
            },
            AvenueTooShort { metres, min } => match lang {
                Lang::En => format!(
                    "the avenue is only {} km long, under the minimum of {} km (the corridor runs about 12 km). Check that its line has all its positions.",
                    fixed(metres / 1000.0, 1),
                    fixed(min / 1000.0, 1)
                ),
                Lang::ZhCn => format!(
                    "大道只有 {} 公里长，不足最短的 {} 公里（走廊全长约 12 公里）。请检查线上的坐标点是否齐全。",
                    fixed(metres / 1000.0, 1),
                    fixed(min / 1000.0, 1)
                ),
                Lang::ZhHant => format!(
                    "大道只有 {} 公里長，不足最短的 {} 公里（走廊全長約 12 公里）。請檢查線上的座標點是否齊全。",
                    fixed(metres / 1000.0, 1),
                    fixed(min / 1000.0, 1)
                ),
            },
            ControlCharacter { code } => match lang {
                Lang::En => format!("the text contains the control character U+{code:04X}, which cannot be seen and can disturb screens and terminals (line breaks are allowed only in descriptions and notes). Remove it."),
                Lang::ZhCn => format!("文字中含有控制字符 U+{code:04X}：它看不见，还可能扰乱屏幕和终端的显示（只有描述和备注中允许换行）。请删除。"),
                Lang::ZhHant => format!("文字中含有控制字元 U+{code:04X}：它看不見，還可能擾亂螢幕和終端的顯示（只有描述和備註中允許換行）。請刪除。"),
            },
            BidiControl { code } => match lang {
                Lang::En => format!("the text contains U+{code:04X}, an invisible control that reorders how the text around it is displayed, so what shows is not what the text says. Remove it."),
                Lang::ZhCn => format!("文字中含有 U+{code:04X}：这是看不见的文字方向控制符，会打乱周围文字的显示顺序，使显示的内容与实际内容不符。请删除。"),
                Lang::ZhHant => format!("文字中含有 U+{code:04X}：這是看不見的文字方向控制符，會打亂周圍文字的顯示順序，使顯示的內容與實際內容不符。請刪除。"),
            },
            InvisibleCharacter { code } => match lang {
                Lang::En => format!("the text contains U+{code:04X}, an invisible formatting character (a zero-width space, joiner or the like): texts that look the same then differ, e.g. in a search. Remove it unless it is meant."),
                Lang::ZhCn => format!("文字中含有 U+{code:04X}：这是看不见的格式字符（零宽空格、零宽连接符之类），会让看起来相同的文字实际不同（例如搜索时找不到）。如非有意，请删除。"),
                Lang::ZhHant => format!("文字中含有 U+{code:04X}：這是看不見的格式字元（零寬空格、零寬連線符之類），會讓看起來相同的文字實際不同（例如搜尋時找不到）。如非有意，請刪除。"),
            },
            OnlyInvisible => match lang {
                Lang::En => "this text holds only invisible characters (such as U+200B zero-width spaces): it shows as blank. Write the text.".to_string(),
                Lang::ZhCn => "此文字只含看不见的字符（如 U+200B 零宽空格），显示出来是空白。请填写实际内容。".to_string(),
                Lang::ZhHant => "此文字只含看不見的字元（如 U+200B 零寬空格），顯示出來是空白。請填寫實際內容。".to_string(),
            },
            BadLink { url } => match lang {
                Lang::En => format!("\"{url}\" is not a web link: only http:// and https:// links are allowed."),
                Lang::ZhCn => format!("\"{url}\" 不是网页链接：只允许 http:// 或 https:// 链接。"),
                Lang::ZhHant => format!("\"{url}\" 不是網頁連結：只允許 http:// 或 https:// 連結。"),
            },
            Mojibake { sample } => match lang {
                Lang::En => format!("the text \"{sample}\" looks damaged by a wrong character encoding. Retype it and save the file as UTF-8."),
                Lang::ZhCn => format!("文字 \"{sample}\" 疑似编码错误造成的乱码。请重新录入，并以 UTF-8 保存文件。"),
                Lang::ZhHant => format!("文字 \"{sample}\" 疑似編碼錯誤造成的亂碼。請重新錄入，並以 UTF-8 儲存檔案。"),
            },
            PinyinAnnotation { sample } => match lang {
                Lang::En => format!("the text \"{sample}\" contains a pronunciation annotation (pinyin in brackets), probably pasted from a dictionary. Remove it."),
                Lang::ZhCn => format!("文字 \"{sample}\" 含有注音（括号中的拼音），可能是从词典复制而来。请删除注音。"),
                Lang::ZhHant => format!("文字 \"{sample}\" 含有注音（括號中的拼音），可能是從詞典複製而來。請刪除注音。"),
            },
            UnknownUnit { code } => match lang {
                Lang::En => format!("no unit feature has the code \"{code}\". Use the 12-digit code of one of the town's villages or residential committees."),
                Lang::ZhCn => format!("没有代码为 \"{code}\" 的村居要素。请使用本镇村委会或居委会的 12 位代码。"),
                Lang::ZhHant => format!("沒有代碼為 \"{code}\" 的村居要素。請使用本鎮村委會或居委會的 12 位代碼。"),
            },
            BadUnitCode { found } => match lang {
                Lang::En => format!("\"{found}\" is not an official 12-digit division code (e.g. \"310116109223\")."),
                Lang::ZhCn => format!("\"{found}\" 不是 12 位的统计用区划代码（如 \"310116109223\"）。"),
                Lang::ZhHant => format!("\"{found}\" 不是 12 位的統計用區劃代碼（如 \"310116109223\"）。"),
            },
            DuplicateUnitCode { first_feature } => match lang {
                Lang::En => format!("this code is already used by {}.", feature_place(*first_feature, lang)),
                Lang::ZhCn => format!("此代码已被{}使用。", feature_place(*first_feature, lang)),
                Lang::ZhHant => format!("此代碼已被{}使用。", feature_place(*first_feature, lang)),
            },
            MissingEnglish => match lang {
                Lang::En => "there is no English text: English readers will see the Chinese.".to_string(),
                Lang::ZhCn => "没有英文内容：英文界面将显示中文。".to_string(),
                Lang::ZhHant => "沒有英文內容：英文介面將顯示中文。".to_string(),
            },
            NoSource => match lang {
                Lang::En => "there is no source: add a \"source\" list saying where the facts come from.".to_string(),
                Lang::ZhCn => "没有资料来源：请添加 \"source\" 列表，注明资料出处。".to_string(),
                Lang::ZhHant => "沒有資料來源：請新增 \"source\" 列表，註明資料出處。".to_string(),
            },
            BadDate { found } => match lang {
                Lang::En => format!("\"{found}\" is not a date: write it as YYYY-MM-DD."),
                Lang::ZhCn => format!("\"{found}\" 不是日期：请写作 YYYY-MM-DD。"),
                Lang::ZhHant => format!("\"{found}\" 不是日期：請寫作 YYYY-MM-DD。"),
            },
            Omitted { count, limit } => match lang {
                Lang::En => format!("and {count} more like the one above, not listed: only the first {limit} of each kind are."),
                Lang::ZhCn => format!("另有 {count} 个与上一条同类的问题未列出（每类只列出前 {limit} 个）。"),
                Lang::ZhHant => format!("另有 {count} 個與上一條同類的問題未列出（每類只列出前 {limit} 個）。"),
            },
            TooLargeStream { limit } => match lang {
                Lang::En => format!("the file is larger than the limit of {limit} bytes (reading stopped there). Remove unused features or simplify long lines."),
                Lang::ZhCn => format!("文件超过 {limit} 字节的上限（读到此处即停止）。请删去无用要素或简化过长的线。"),
                Lang::ZhHant => format!("檔案超過 {limit} 位元組的上限（讀到此處即停止）。請刪去無用要素或簡化過長的線。"),
            },
            DuplicateKey { key } => match lang {
                Lang::En => format!("the key \"{key}\" is given more than once in the same object. Only the last value is read and the others are silently lost (a published id could change unseen). Keep only one."),
                Lang::ZhCn => format!("同一对象中键 \"{key}\" 出现了不止一次。读取时只保留最后一个值，其余的会被悄悄丢弃（已发布的编号可能因此被改掉而无人察觉）。请只保留一个。"),
                Lang::ZhHant => format!("同一物件中鍵 \"{key}\" 出現了不止一次。讀取時只保留最後一個值，其餘的會被悄悄丟棄（已發布的編號可能因此被改掉而無人察覺）。請只保留一個。"),
            },
        }
    }
}

/// Where a feature is, unmistakably: its ordinal counted from 1 as people
/// count, and its 0-based index in the `features` array as tools show it.
fn feature_place(index: usize, lang: Lang) -> String {
    let n = index.saturating_add(1);
    match lang {
        Lang::En => format!("feature {n} (features[{index}])"),
        Lang::ZhCn => format!("第 {n} 个要素（features[{index}]）"),
        Lang::ZhHant => format!("第 {n} 個要素（features[{index}]）"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ProblemKind;

    #[test]
    fn describes_place_and_fix() {
        let p = Problem::error(
            Location::feature(3, Some("zhangqiao")).with_property("name"),
            ProblemKind::Mojibake { sample: "上?;ぱ".into() },
        );
        assert_eq!(
            p.describe(Lang::En),
            "error [feature 4 (features[3]), id \"zhangqiao\", property \"name\"]: the text \"上?;ぱ\" looks damaged by a wrong character encoding. Retype it and save the file as UTF-8."
        );
        assert!(p
            .describe(Lang::ZhCn)
            .starts_with("错误 [第 4 个要素（features[3]），id \"zhangqiao\"，属性 \"name\"]：文字"));
    }

    #[test]
    fn file_level_problems_have_no_place() {
        let p = Problem::warning(Location::file(), ProblemKind::NoAvenue);
        assert!(p.describe(Lang::En).starts_with("warning: there is no avenue"));
    }

    #[test]
    fn every_language_names_the_place() {
        let p = Problem::error(Location::feature(3, Some("x")).with_property("name"), ProblemKind::Empty);
        assert!(p.describe(Lang::ZhHant).starts_with("錯誤 [第 4 個要素（features[3]），id \"x\"，屬性 \"name\"]："));
    }
}
