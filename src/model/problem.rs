//! What can be wrong with a data file, where, and how to fix it, in the
//! interface languages. The checker and the app print the same problems.

use super::text_damage::escape_invisible;
use crate::fmt_num::{fixed, trimmed};
use crate::i18n::Lang;
use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file must be fixed: something is wrong or will show wrongly.
    Error,
    /// Worth a look; the map still shows everything correctly.
    Warning,
}

/// Where a problem is: the feature (index in `features`, and its id where it
/// has one) and the property.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Location {
    pub feature: Option<usize>,
    pub id: Option<String>,
    pub property: Option<String>,
}

/// What is wrong. Each kind knows how to say itself in every language.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    TooLarge { bytes: usize, limit: usize },
    NotUtf8 { byte_offset: usize, line: usize, column: usize },
    NotJson { line: usize, column: usize },
    EmptyFile,
    Truncated { line: usize, column: usize },
    TooDeep { line: usize, column: usize },
    NumberOutOfRange { line: usize, column: usize },
    NotFeatureCollection { found: String },
    NoFeatures,
    InvalidFeature { detail: String },
    MissingKind,
    UnknownValue { found: String, allowed: &'static [&'static str] },
    WrongGeometry { expected: &'static str, found: String },
    MissingGeometry,
    GeometryNotAllowed,
    TooFewPoints { needed: usize },
    BadRing,
    UnknownProperty,
    BadCoordinate,
    OutOfRange { lon: f64, lat: f64 },
    Swapped { lon: f64, lat: f64 },
    OutsideCorridor { lon: f64, lat: f64, km: f64 },
    NoAvenue,
    ManyAvenues { count: usize },
    Missing,
    WrongType { expected: &'static str },
    Empty,
    BadId { found: String },
    DuplicateId { first_feature: usize },
    DuplicateOrder { order: i64, other_id: String },
    BadOrder { found: String },
    OrderAgainstAvenue { order: u32, rank: usize, order_rank: usize },
    FarFromAvenue { metres: f64, limit: f64 },
    BadLink { url: String },
    Mojibake { sample: String },
    PinyinAnnotation { sample: String },
    UnknownUnit { code: String },
    BadUnitCode { found: String },
    DuplicateUnitCode { first_feature: usize },
    MissingEnglish,
    NoSource,
    BadDate { found: String },
    Omitted { count: usize, limit: usize },
    TooLargeStream { limit: usize },
    DuplicateKey { key: String },
    UnitFarFromAvenue { metres: f64, limit: f64 },
    AvenueTooShort { metres: f64, min: f64 },
    ControlCharacter { code: u32 },
    BidiControl { code: u32 },
    InvisibleCharacter { code: u32 },
    OnlyInvisible,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub at: Location,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn error(at: Location, kind: ProblemKind) -> Self {
        Problem { severity: Severity::Error, at, kind }
    }

    pub fn warning(at: Location, kind: ProblemKind) -> Self {
        Problem { severity: Severity::Warning, at, kind }
    }

    /// One line: severity, place, what is wrong, how to fix it.
    pub fn describe(&self, lang: Lang) -> String {
        let mut s = String::new();
        let sev = match (self.severity, lang) {
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::En) => "warning",
            (Severity::Error, Lang::ZhCn) => "错误",
            (Severity::Warning, Lang::ZhCn) => "提示",
        };
        s.push_str(sev);
        let place = self.at.describe(lang);
        if !place.is_empty() {
            let _ = write!(s, " [{place}]");
        }
        s.push_str(if lang == Lang::ZhCn { "：" } else { ": " });
        s.push_str(&self.kind.describe(lang));
        // Ids, samples and names come from the data: shown raw, a control
        // or bidi character could drive a terminal or reorder the message.
        match escape_invisible(&s) {
            std::borrow::Cow::Borrowed(_) => s,
            std::borrow::Cow::Owned(escaped) => escaped,
        }
    }
}

impl Location {
    pub fn file() -> Self {
        Location::default()
    }

    pub fn feature(index: usize, id: Option<&str>) -> Self {
        Location { feature: Some(index), id: id.map(str::to_string), property: None }
    }

    pub fn with_property(&self, property: &str) -> Self {
        Location { property: Some(property.to_string()), ..self.clone() }
    }

    fn describe(&self, lang: Lang) -> String {
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
            });
        }
        parts.join(if lang == Lang::ZhCn { "，" } else { ", " })
    }
}

impl ProblemKind {
    pub fn describe(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let en = lang == Lang::En;
        match self {
            TooLarge { bytes, limit } => {
                if en {
                    format!("the file is {bytes} bytes, over the limit of {limit}. Remove unused features or simplify long lines.")
                } else {
                    format!("文件大小 {bytes} 字节，超过上限 {limit} 字节。请删去无用要素或简化过长的线。")
                }
            }
            NotUtf8 { byte_offset, line, column } => {
                if en {
                    format!("the file is not UTF-8 text (the first bad byte is at line {line}, column {column}, byte offset {byte_offset}). Save it as UTF-8 (not GBK or GB2312).")
                } else {
                    format!("文件不是 UTF-8 编码（第一个出错的字节在第 {line} 行第 {column} 列，字节偏移 {byte_offset}）。请另存为 UTF-8 编码（不要用 GBK 或 GB2312）。")
                }
            }
            NotJson { line, column } => {
                if en {
                    format!("the file is not valid JSON (line {line}, column {column}). Look for a missing comma, quote or bracket there.")
                } else {
                    format!("文件不是有效的 JSON（第 {line} 行第 {column} 列）。请检查该处是否缺少逗号、引号或括号。")
                }
            }
            EmptyFile => {
                if en {
                    "the file is empty (or only blank space). Export the data again: it must be a GeoJSON FeatureCollection.".to_string()
                } else {
                    "文件是空的（或只有空白）。请重新导出数据：文件必须是 GeoJSON FeatureCollection。".to_string()
                }
            }
            Truncated { line, column } => {
                if en {
                    format!("the file ends too early (line {line}, column {column}): the JSON is not finished, as if it was cut off. Check that it was saved or copied whole.")
                } else {
                    format!("文件提前结束（第 {line} 行第 {column} 列）：JSON 不完整，像是被截断了。请检查文件是否完整保存或复制。")
                }
            }
            TooDeep { line, column } => {
                if en {
                    format!("lists and objects are nested too deeply (line {line}, column {column}): over 128 levels, where GeoJSON needs only a few. Look for repeated or stray brackets there.")
                } else {
                    format!("列表和对象嵌套过深（第 {line} 行第 {column} 列）：超过 128 层，而 GeoJSON 只需要几层。请检查该处是否有重复或多余的括号。")
                }
            }
            NumberOutOfRange { line, column } => {
                if en {
                    format!("the number at line {line}, column {column} is too large to use (like 1e400). Check that number.")
                } else {
                    format!("第 {line} 行第 {column} 列的数字太大，无法使用（如 1e400）。请检查该数字。")
                }
            }
            NotFeatureCollection { found } => {
                if en {
                    format!("the file must be a GeoJSON FeatureCollection (\"type\": \"FeatureCollection\"), but it is {found}.")
                } else {
                    format!(
                        "文件必须是 GeoJSON FeatureCollection（\"type\": \"FeatureCollection\"），实际是{}。",
                        found_zh(found)
                    )
                }
            }
            NoFeatures => {
                if en {
                    "the FeatureCollection has no \"features\" array.".to_string()
                } else {
                    "FeatureCollection 缺少 \"features\" 数组。".to_string()
                }
            }
            InvalidFeature { detail } => {
                if en {
                    format!(
                        "not a valid GeoJSON feature ({detail}). Check its \"type\", \"geometry\" and \"properties\"."
                    )
                } else {
                    format!("不是有效的 GeoJSON 要素（解析器信息：{detail}）。请检查其 \"type\"、\"geometry\" 和 \"properties\"。")
                }
            }
            MissingKind => {
                if en {
                    "every feature needs \"kind\": one of avenue, station, unit, context.".to_string()
                } else {
                    "每个要素都需要 \"kind\"：avenue、station、unit 或 context 之一。".to_string()
                }
            }
            UnknownValue { found, allowed } => {
                if en {
                    format!("\"{found}\" is not allowed here; use one of: {}.", allowed.join(", "))
                } else {
                    format!("不允许的取值 \"{found}\"；请使用以下之一：{}。", allowed.join("、"))
                }
            }
            WrongGeometry { expected, found } => {
                if en {
                    format!("the geometry must be a {expected}, but it is a {found}.")
                } else {
                    format!("几何类型应为 {expected}，实际是 {found}。")
                }
            }
            MissingGeometry => {
                if en {
                    "the geometry is missing. Add one, or set \"position\": \"unknown\" if the place's position is not known.".to_string()
                } else {
                    "缺少几何位置。请补上；若位置不明，请设置 \"position\": \"unknown\"。".to_string()
                }
            }
            GeometryNotAllowed => {
                if en {
                    "\"position\" is \"unknown\" but a geometry is given. Set \"position\" to \"approximate\" or \"surveyed\", or make the geometry null.".to_string()
                } else {
                    "\"position\" 为 \"unknown\"，却给出了几何位置。请把 \"position\" 改为 \"approximate\" 或 \"surveyed\"，或把 geometry 设为 null。".to_string()
                }
            }
            TooFewPoints { needed } => {
                if en {
                    format!("the line needs at least {needed} positions.")
                } else {
                    format!("线至少需要 {needed} 个坐标点。")
                }
            }
            BadRing => {
                if en {
                    "each ring of a polygon needs at least 4 positions, and its last position must repeat its first."
                        .to_string()
                } else {
                    "多边形的每个环至少需要 4 个坐标点，且最后一个点必须与第一个点相同。".to_string()
                }
            }
            UnknownProperty => {
                if en {
                    "this is not a property this kind of feature uses, so it is ignored. Check its spelling (see docs/data-format.md).".to_string()
                } else {
                    "此类要素不使用这个属性，它将被忽略。请检查拼写（见 docs/data-format.md）。".to_string()
                }
            }
            BadCoordinate => {
                if en {
                    "a position must be [longitude, latitude] with two numbers.".to_string()
                } else {
                    "坐标必须是 [经度, 纬度] 两个数字。".to_string()
                }
            }
            OutOfRange { lon, lat } => {
                if en {
                    format!(
                        "[{}, {}] is not a position on earth: longitude must be -180..180 and latitude -90..90.",
                        trimmed(*lon, 9),
                        trimmed(*lat, 9)
                    )
                } else {
                    format!(
                        "[{}, {}] 不是地球上的坐标：经度应在 -180 到 180 之间，纬度应在 -90 到 90 之间。",
                        trimmed(*lon, 9),
                        trimmed(*lat, 9)
                    )
                }
            }
            Swapped { lon, lat } => {
                if en {
                    format!(
                        "[{}, {}] looks like latitude and longitude swapped. GeoJSON puts longitude first: [{}, {}].",
                        trimmed(*lon, 9),
                        trimmed(*lat, 9),
                        trimmed(*lat, 9),
                        trimmed(*lon, 9)
                    )
                } else {
                    format!(
                        "[{}, {}] 看起来经纬度写反了。GeoJSON 要求经度在前：[{}, {}]。",
                        trimmed(*lon, 9),
                        trimmed(*lat, 9),
                        trimmed(*lat, 9),
                        trimmed(*lon, 9)
                    )
                }
            }
            OutsideCorridor { lon, lat, km } => {
                if en {
                    format!("[{}, {}] is {} km from Jinshanwei, far outside the corridor. Check the numbers (WGS-84, longitude first).", trimmed(*lon, 9), trimmed(*lat, 9), fixed(*km, 0))
                } else {
                    format!(
                        "[{}, {}] 距金山卫约 {} 公里，远在走廊之外。请检查数字（WGS-84，经度在前）。",
                        trimmed(*lon, 9),
                        trimmed(*lat, 9),
                        fixed(*km, 0)
                    )
                }
            }
            NoAvenue => {
                if en {
                    "there is no avenue: add one LineString feature with \"kind\": \"avenue\".".to_string()
                } else {
                    "缺少大道：请添加一个 \"kind\": \"avenue\" 的 LineString 要素。".to_string()
                }
            }
            ManyAvenues { count } => {
                if en {
                    format!(
                        "there are {count} avenue features; there must be exactly one. Join them into one LineString."
                    )
                } else {
                    format!("有 {count} 个大道要素，只能有一个。请合并为一条 LineString。")
                }
            }
            Missing => {
                if en {
                    "this required property is missing.".to_string()
                } else {
                    "缺少此必填属性。".to_string()
                }
            }
            WrongType { expected } => {
                if en {
                    format!("this property must be {expected}.")
                } else {
                    format!("此属性必须是{}。", zh_type(expected))
                }
            }
            Empty => {
                if en {
                    "this property is empty.".to_string()
                } else {
                    "此属性为空。".to_string()
                }
            }
            BadId { found } => {
                if en {
                    format!("\"{found}\" is not a valid id: use 2 to 32 lowercase letters, digits or hyphens, starting with a letter (e.g. \"zhangqiao\"). Ids go into printed QR codes: never change one once published.")
                } else {
                    format!("\"{found}\" 不是有效的编号：请用 2 到 32 个小写字母、数字或连字符，以字母开头（如 \"zhangqiao\"）。编号会印在二维码里，发布后请勿更改。")
                }
            }
            DuplicateId { first_feature } => {
                if en {
                    format!("this id is already used by {}. Ids must be unique.", feature_place(*first_feature, lang))
                } else {
                    format!("此编号已被{}使用。编号必须唯一。", feature_place(*first_feature, lang))
                }
            }
            DuplicateOrder { order, other_id } => {
                if en {
                    format!("order {order} is also used by station \"{other_id}\". Each station needs its own number.")
                } else {
                    format!("顺序号 {order} 已被站点 \"{other_id}\" 使用。每个站点的顺序号必须不同。")
                }
            }
            BadOrder { found } => {
                if en {
                    format!("\"{found}\" is not a valid order: use a whole number from 1 up.")
                } else {
                    format!("\"{found}\" 不是有效的顺序号：请用从 1 开始的整数。")
                }
            }
            OrderAgainstAvenue { order, rank, order_rank } => {
                if en {
                    format!("by its position this station is no. {rank} from the avenue's west end among the stations on the map, but its order {order} puts it at no. {order_rank}. Renumber the stations or check the position.")
                } else {
                    format!("按位置，此站是图上站点中从大道西端起第 {rank} 个，但其顺序号 {order} 把它排在第 {order_rank} 个。请重新编号或核对位置。")
                }
            }
            FarFromAvenue { metres, limit } => {
                if en {
                    format!(
                        "the station is {} km from the avenue, more than the {} km allowed. Check its position.",
                        fixed(metres / 1000.0, 1),
                        fixed(limit / 1000.0, 1)
                    )
                } else {
                    format!(
                        "此站距大道 {} 公里，超过允许的 {} 公里。请核对位置。",
                        fixed(metres / 1000.0, 1),
                        fixed(limit / 1000.0, 1)
                    )
                }
            }
            UnitFarFromAvenue { metres, limit } => {
                if en {
                    format!(
                        "this village or residential committee is {} km from the avenue, more than the {} km allowed. Check its position.",
                        fixed(metres / 1000.0, 1),
                        fixed(limit / 1000.0, 1)
                    )
                } else {
                    format!(
                        "此村居距大道 {} 公里，超过允许的 {} 公里。请核对位置。",
                        fixed(metres / 1000.0, 1),
                        fixed(limit / 1000.0, 1)
                    )
                }
            }
            AvenueTooShort { metres, min } => {
                if en {
                    format!(
                        "the avenue is only {} km long, under the minimum of {} km (the corridor runs about 12 km). Check that its line has all its positions.",
                        fixed(metres / 1000.0, 1),
                        fixed(min / 1000.0, 1)
                    )
                } else {
                    format!(
                        "大道只有 {} 公里长，不足最短的 {} 公里（走廊全长约 12 公里）。请检查线上的坐标点是否齐全。",
                        fixed(metres / 1000.0, 1),
                        fixed(min / 1000.0, 1)
                    )
                }
            }
            ControlCharacter { code } => {
                if en {
                    format!("the text contains the control character U+{code:04X}, which cannot be seen and can disturb screens and terminals (line breaks are allowed only in descriptions and notes). Remove it.")
                } else {
                    format!("文字中含有控制字符 U+{code:04X}：它看不见，还可能扰乱屏幕和终端的显示（只有描述和备注中允许换行）。请删除。")
                }
            }
            BidiControl { code } => {
                if en {
                    format!("the text contains U+{code:04X}, an invisible control that reorders how the text around it is displayed, so what shows is not what the text says. Remove it.")
                } else {
                    format!("文字中含有 U+{code:04X}：这是看不见的文字方向控制符，会打乱周围文字的显示顺序，使显示的内容与实际内容不符。请删除。")
                }
            }
            InvisibleCharacter { code } => {
                if en {
                    format!("the text contains U+{code:04X}, an invisible formatting character (a zero-width space, joiner or the like): texts that look the same then differ, e.g. in a search. Remove it unless it is meant.")
                } else {
                    format!("文字中含有 U+{code:04X}：这是看不见的格式字符（零宽空格、零宽连接符之类），会让看起来相同的文字实际不同（例如搜索时找不到）。如非有意，请删除。")
                }
            }
            OnlyInvisible => {
                if en {
                    "this text holds only invisible characters (such as U+200B zero-width spaces): it shows as blank. Write the text.".to_string()
                } else {
                    "此文字只含看不见的字符（如 U+200B 零宽空格），显示出来是空白。请填写实际内容。".to_string()
                }
            }
            BadLink { url } => {
                if en {
                    format!("\"{url}\" is not a web link: only http:// and https:// links are allowed.")
                } else {
                    format!("\"{url}\" 不是网页链接：只允许 http:// 或 https:// 链接。")
                }
            }
            Mojibake { sample } => {
                if en {
                    format!("the text \"{sample}\" looks damaged by a wrong character encoding. Retype it and save the file as UTF-8.")
                } else {
                    format!("文字 \"{sample}\" 疑似编码错误造成的乱码。请重新录入，并以 UTF-8 保存文件。")
                }
            }
            PinyinAnnotation { sample } => {
                if en {
                    format!("the text \"{sample}\" contains a pronunciation annotation (pinyin in brackets), probably pasted from a dictionary. Remove it.")
                } else {
                    format!("文字 \"{sample}\" 含有注音（括号中的拼音），可能是从词典复制而来。请删除注音。")
                }
            }
            UnknownUnit { code } => {
                if en {
                    format!("no unit feature has the code \"{code}\". Use the 12-digit code of one of the town's villages or residential committees.")
                } else {
                    format!("没有代码为 \"{code}\" 的村居要素。请使用本镇村委会或居委会的 12 位代码。")
                }
            }
            BadUnitCode { found } => {
                if en {
                    format!("\"{found}\" is not an official 12-digit division code (e.g. \"310116109223\").")
                } else {
                    format!("\"{found}\" 不是 12 位的统计用区划代码（如 \"310116109223\"）。")
                }
            }
            DuplicateUnitCode { first_feature } => {
                if en {
                    format!("this code is already used by {}.", feature_place(*first_feature, lang))
                } else {
                    format!("此代码已被{}使用。", feature_place(*first_feature, lang))
                }
            }
            MissingEnglish => {
                if en {
                    "there is no English text: English readers will see the Chinese.".to_string()
                } else {
                    "没有英文内容：英文界面将显示中文。".to_string()
                }
            }
            NoSource => {
                if en {
                    "there is no source: add a \"source\" list saying where the facts come from.".to_string()
                } else {
                    "没有资料来源：请添加 \"source\" 列表，注明资料出处。".to_string()
                }
            }
            BadDate { found } => {
                if en {
                    format!("\"{found}\" is not a date: write it as YYYY-MM-DD.")
                } else {
                    format!("\"{found}\" 不是日期：请写作 YYYY-MM-DD。")
                }
            }
            Omitted { count, limit } => {
                if en {
                    format!("and {count} more like the one above, not listed: only the first {limit} of each kind are.")
                } else {
                    format!("另有 {count} 个与上一条同类的问题未列出（每类只列出前 {limit} 个）。")
                }
            }
            TooLargeStream { limit } => {
                if en {
                    format!("the file is larger than the limit of {limit} bytes (reading stopped there). Remove unused features or simplify long lines.")
                } else {
                    format!("文件超过 {limit} 字节的上限（读到此处即停止）。请删去无用要素或简化过长的线。")
                }
            }
            DuplicateKey { key } => {
                if en {
                    format!("the key \"{key}\" is given more than once in the same object. Only the last value is read and the others are silently lost (a published id could change unseen). Keep only one.")
                } else {
                    format!("同一对象中键 \"{key}\" 出现了不止一次。读取时只保留最后一个值，其余的会被悄悄丢弃（已发布的编号可能因此被改掉而无人察觉）。请只保留一个。")
                }
            }
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
    }
}

/// The Chinese for what a file was found to be instead of a FeatureCollection.
fn found_zh(found: &str) -> String {
    match found {
        "null" => "null".to_string(),
        "a true/false value" => "布尔值".to_string(),
        "a number" => "数字".to_string(),
        "a string" => "字符串".to_string(),
        "a list" => "列表".to_string(),
        "an object" => "对象".to_string(),
        "an object without \"type\"" => "没有 \"type\" 的对象".to_string(),
        other => format!(" {}", other.strip_prefix("a ").unwrap_or(other)),
    }
}

fn zh_type(expected: &str) -> &'static str {
    match expected {
        "a string" => "文字",
        "a list of strings" => "文字列表",
        "a list" => "列表",
        "a list of objects" => "对象列表",
        "an object" => "对象",
        "a number" => "数字",
        _ => "规定的类型",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
