//! Coordinates typed or pasted by staff: `121.3456, 30.7123`, the other way
//! round, with full-width punctuation, labelled (`lng: … lat: …`, `30.71°N
//! 121.34°E`) or as map pickers give them, in WGS-84, GCJ-02 (Amap,
//! Tencent) or BD-09 (Baidu), brought to the WGS-84 the data is kept in.

use crate::geo::LonLat;

/// The coordinate system a pasted pair is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum System {
    /// GPS, GeoJSON, OpenStreetMap: what the data file holds.
    #[default]
    Wgs84,
    /// Amap (Gaode) and Tencent maps, and Amap's coordinate picker.
    Gcj02,
    /// Baidu maps and its coordinate picker.
    Bd09,
}

impl System {
    pub const ALL: [System; 3] = [System::Wgs84, System::Gcj02, System::Bd09];

    pub fn name(self) -> &'static str {
        match self {
            System::Wgs84 => "wgs84",
            System::Gcj02 => "gcj02",
            System::Bd09 => "bd09",
        }
    }

    pub fn from_name(s: &str) -> Option<Self> {
        System::ALL.into_iter().find(|d| d.name() == s)
    }

    /// A position in this system, in WGS-84 (the `coordtransform` crate;
    /// outside mainland China GCJ-02 equals WGS-84).
    pub fn to_wgs84(self, p: LonLat) -> LonLat {
        let (lon, lat) = match self {
            System::Wgs84 => (p.lon, p.lat),
            System::Gcj02 => coordtransform::gcj02_to_wgs84(p.lon, p.lat),
            System::Bd09 => coordtransform::bd09_to_wgs84(p.lon, p.lat),
        };
        LonLat::new(lon, lat)
    }
}

/// A pair read from what was typed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Read {
    /// As typed, longitude first, in `system`.
    pub typed: LonLat,
    pub system: System,
    /// In WGS-84, to store.
    pub wgs84: LonLat,
    /// The pair was written latitude first and we guessed it from the
    /// numbers (no labels): the note says so.
    pub order_guessed: bool,
}

/// Why what was typed is not a position.
#[derive(Debug, Clone, PartialEq)]
pub enum CoordError {
    Empty,
    /// Not two numbers: how many there were.
    Count(usize),
    /// Beyond -180..180 / -90..90.
    OutOfRange,
}

/// Reads a pair. Without labels, the number beyond 90 is the longitude
/// (China lies east of 73°E), so `30.7123,121.3456` is read latitude first
/// and `order_guessed` is set; two numbers within 90 are taken longitude
/// first, as GeoJSON and the Amap and Baidu pickers write them.
///
/// ```
/// use corridor::edit::coords::{read, System};
/// let r = read("30.7123，121.3456", System::Wgs84).unwrap();
/// assert_eq!((r.typed.lon, r.typed.lat, r.order_guessed), (121.3456, 30.7123, true));
/// let r = read("121.3456,30.7123", System::Gcj02).unwrap();
/// assert!(r.wgs84.lon < 121.3456 && r.wgs84.lat > 30.7123, "GCJ-02 lies east and south of WGS-84 here");
/// ```
pub fn read(input: &str, system: System) -> Result<Read, CoordError> {
    let text = normalise(input);
    if text.trim().is_empty() {
        return Err(CoordError::Empty);
    }
    let numbers = scan(&text);
    let [a, b] = numbers[..] else { return Err(CoordError::Count(numbers.len())) };
    let (lon, lat, order_guessed) = match (a.axis, b.axis) {
        (Some(Axis::Lat), _) | (_, Some(Axis::Lon)) => (b.value, a.value, false),
        (Some(Axis::Lon), _) | (_, Some(Axis::Lat)) => (a.value, b.value, false),
        _ if a.value.abs() <= 90.0 && b.value.abs() > 90.0 => (b.value, a.value, true),
        _ => (a.value, b.value, false),
    };
    if !(lon.abs() <= 180.0 && lat.abs() <= 90.0) {
        return Err(CoordError::OutOfRange);
    }
    let typed = LonLat::new(lon, lat);
    Ok(Read { typed, system, wgs84: system.to_wgs84(typed), order_guessed })
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Axis {
    Lon,
    Lat,
}

#[derive(Debug, Clone, Copy)]
struct Number {
    value: f64,
    axis: Option<Axis>,
}

/// Full-width digits and punctuation as ASCII (Chinese input methods type
/// them), and the degree sign as a space.
fn normalise(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '，' | '、' | '；' | ';' => ',',
            '．' | '。' => '.',
            '－' | '−' | '–' => '-',
            '：' => ':',
            '°' | 'º' | '\u{3000}' => ' ',
            'Ｎ' => 'N',
            'Ｅ' => 'E',
            'Ｓ' => 'S',
            'Ｗ' => 'W',
            c => c,
        })
        .collect()
}

/// The numbers of `s`, each with the axis its label gives: a word before it
/// (`lng`, `lon`, `经度`, `lat`, `纬度`) or a hemisphere letter after it.
fn scan(s: &str) -> Vec<Number> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut word = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts_number = c.is_ascii_digit()
            || (c == '-' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
            || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if !starts_number {
            if c.is_alphabetic() {
                word.extend(c.to_lowercase());
            } else if c == ',' {
                word.clear();
            }
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while chars.get(i).is_some_and(|c| c.is_ascii_digit() || *c == '.') {
            i += 1;
        }
        let token: String = chars[start..i].iter().collect();
        let Ok(mut value) = token.parse::<f64>() else {
            out.push(Number { value: f64::NAN, axis: None });
            continue;
        };
        let mut axis = label(&word);
        word.clear();
        // A hemisphere letter right after the number (spaces allowed).
        let mut j = i;
        while chars.get(j) == Some(&' ') {
            j += 1;
        }
        let next = chars.get(j).copied();
        let alone = !chars.get(j + 1).is_some_and(|c| c.is_alphabetic());
        if alone {
            match next {
                Some('N' | 'n') => axis = Some(Axis::Lat),
                Some('S' | 's') => (axis, value) = (Some(Axis::Lat), -value),
                Some('E' | 'e') => axis = Some(Axis::Lon),
                Some('W' | 'w') => (axis, value) = (Some(Axis::Lon), -value),
                _ => {}
            }
            if matches!(next, Some('N' | 'n' | 'S' | 's' | 'E' | 'e' | 'W' | 'w')) {
                i = j + 1;
            }
        }
        out.push(Number { value, axis });
    }
    out
}

fn label(word: &str) -> Option<Axis> {
    if word.contains("lat") || word.contains('纬') || word.contains('緯') {
        Some(Axis::Lat)
    } else if word.contains("lng") || word.contains("lon") || word.contains('经') || word.contains('經') {
        Some(Axis::Lon)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: LonLat, lon: f64, lat: f64, tol: f64) -> bool {
        (a.lon - lon).abs() <= tol && (a.lat - lat).abs() <= tol
    }

    #[test]
    fn the_ways_staff_paste_a_pair() {
        let want = (121.3456, 30.7123);
        for (input, guessed) in [
            ("121.3456, 30.7123", false),
            ("121.3456,30.7123", false),
            ("121.3456 30.7123", false),
            ("121.3456，30.7123", false),
            ("１２１．３４５６，３０．７１２３", false),
            ("30.7123,121.3456", true),
            ("30.7123, 121.3456", true),
            ("lng: 121.3456, lat: 30.7123", false),
            ("lat 30.7123 lng 121.3456", false),
            ("纬度：30.7123，经度：121.3456", false),
            ("30.7123°N, 121.3456°E", false),
            ("30.7123N 121.3456E", false),
            ("  121.3456 ,\t30.7123\n", false),
            ("https://uri.amap.com/marker?position=121.3456,30.7123", false),
        ] {
            let r = read(input, System::Wgs84).unwrap_or_else(|e| panic!("{input:?}: {e:?}"));
            assert_eq!((r.typed.lon, r.typed.lat), want, "{input:?}");
            assert_eq!(r.order_guessed, guessed, "{input:?}");
            assert_eq!(r.wgs84, r.typed, "WGS-84 is stored as typed");
        }
    }

    #[test]
    fn what_is_not_a_pair_is_said_so() {
        assert_eq!(read("  ", System::Wgs84), Err(CoordError::Empty));
        assert_eq!(read("121.3456", System::Wgs84), Err(CoordError::Count(1)));
        assert_eq!(read("1, 2, 3", System::Wgs84), Err(CoordError::Count(3)));
        assert_eq!(read("abc", System::Wgs84), Err(CoordError::Count(0)));
        assert_eq!(read("200, 30", System::Wgs84), Err(CoordError::OutOfRange));
        assert_eq!(read("1.2.3, 30", System::Wgs84), Err(CoordError::OutOfRange));
    }

    #[test]
    fn gcj02_against_the_crates_documented_pair() {
        // coordtransform 0.4.0's doc example: WGS-84 (116.404, 39.915) is
        // GCJ-02 (116.41024449916938, 39.91640428150164).
        let r = read("116.41024449916938, 39.91640428150164", System::Gcj02).expect("pair");
        assert!(close(r.wgs84, 116.404, 39.915, 1e-7), "{:?}", r.wgs84);
    }

    #[test]
    fn gcj02_against_a_published_reference_pair() {
        // Beijing railway station: WGS-84 (116.42079, 39.90105), GCJ-02
        // (116.42703, 39.90245), the geoChina R package's example of
        // `wgs2gcj`, to five decimals (about 1 m).
        let r = read("39.90245, 116.42703", System::Gcj02).expect("pair");
        assert!(close(r.wgs84, 116.42079, 39.90105, 2e-5), "{:?}", r.wgs84);
        assert!(r.order_guessed);
    }

    #[test]
    fn bd09_against_the_crates_documented_pair() {
        // coordtransform 0.4.0's doc example: GCJ-02 (116.404, 39.915) is
        // BD-09 (116.41036949371029, 39.92133699351022).
        let bd = LonLat::new(116.410_369_493_710_29, 39.921_336_993_510_22);
        let wgs = System::Bd09.to_wgs84(bd);
        let gcj = System::Gcj02.to_wgs84(LonLat::new(116.404, 39.915));
        assert!(close(wgs, gcj.lon, gcj.lat, 1e-7), "{wgs:?} vs {gcj:?}");
    }

    #[test]
    fn in_jinshan_the_shifts_go_the_known_way_and_round_trip() {
        // GCJ-02 lies about 430 m east and 240 m south of WGS-84 here;
        // BD-09 a further ~650 m east and ~600 m north.
        let wgs = LonLat::new(121.3, 30.75);
        let (gl, ga) = coordtransform::wgs84_to_gcj02(wgs.lon, wgs.lat);
        let (bl, ba) = coordtransform::wgs84_to_bd09(wgs.lon, wgs.lat);
        assert!(gl > wgs.lon && ga < wgs.lat && bl > gl && ba > ga);
        for (sys, lon, lat) in [(System::Gcj02, gl, ga), (System::Bd09, bl, ba)] {
            let back = read(&format!("{lon}, {lat}"), sys).expect("pair").wgs84;
            assert!(close(back, wgs.lon, wgs.lat, 1e-7), "{sys:?}: {back:?}");
        }
    }

    #[test]
    fn names_round_trip() {
        for s in System::ALL {
            assert_eq!(System::from_name(s.name()), Some(s));
        }
    }
}
