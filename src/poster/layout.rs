//! The printed station poster (A4 portrait) and sticker (10 × 10 cm) as
//! SVG in millimetres, for the posters page and the print-shop command
//! alike, so the two can never disagree. Black on white only: they are
//! copied on office printers.

use super::qr::{QrGrid, QUIET_MODULES};
use super::site::scan_link;
use crate::fmt_num::trimmed;
use crate::i18n::poster::{neighbour_distance, PoMsg};
use crate::i18n::{Lang, Msg};
use crate::model::{Accuracy, Corridor, Station};
use crate::plan::station_leg;
use crate::scene::{escape, estimate_text_width};
use std::fmt::Write;

/// What is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    /// A4 portrait, 210 × 297 mm.
    Poster,
    /// 100 × 100 mm.
    Sticker,
}

impl Sheet {
    pub const ALL: [Sheet; 2] = [Sheet::Poster, Sheet::Sticker];

    /// Width and height, mm.
    pub fn size_mm(self) -> (f64, f64) {
        match self {
            Sheet::Poster => (210.0, 297.0),
            Sheet::Sticker => (100.0, 100.0),
        }
    }

    /// The side of the QR code with its quiet zone, mm.
    pub fn qr_block_mm(self) -> f64 {
        match self {
            Sheet::Poster => 104.0,
            Sheet::Sticker => 64.0,
        }
    }

    /// The name used in file names and the page's choice.
    pub fn name(self) -> &'static str {
        match self {
            Sheet::Poster => "poster",
            Sheet::Sticker => "sticker",
        }
    }
}

/// Why a poster cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PosterError {
    /// The link does not fit in a QR code (an absurdly long site address).
    LinkTooLong { chars: usize },
}

const FONT: &str = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";
const MONO: &str = "'DejaVu Sans Mono','Menlo','Consolas',monospace";

/// The font size at which `text` is at most `max_w` wide: `preferred`, or
/// smaller for a long text.
fn fit(text: &str, preferred: f64, max_w: f64) -> f64 {
    let w = estimate_text_width(text, preferred);
    if w <= max_w || w <= 0.0 {
        preferred
    } else {
        preferred * max_w / w
    }
}

/// `text` cut (with "…") to be at most `max_w` wide at `size`.
fn clip(text: &str, size: f64, max_w: f64) -> String {
    if estimate_text_width(text, size) <= max_w {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if estimate_text_width(&out, size) > max_w - size {
            out.pop();
            break;
        }
    }
    format!("{}…", out.trim_end())
}

struct Svg(String);

impl Svg {
    fn new(sheet: Sheet, label: &str) -> Svg {
        let (w, h) = sheet.size_mm();
        let mut s = String::with_capacity(24 * 1024);
        let _ = write!(
            s,
            r##"<svg xmlns="http://www.w3.org/2000/svg" class="poster-sheet {}" width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}" role="img" aria-label="{}" font-family="{FONT}"><rect width="{w}" height="{h}" fill="#fff"/>"##,
            sheet.name(),
            escape(label)
        );
        Svg(s)
    }

    /// Text at `(x, y)` (its baseline); `anchor` is start, middle or end.
    fn text(&mut self, x: f64, y: f64, size: f64, weight: u32, anchor: &str, text: &str) {
        self.text_in(x, y, size, weight, anchor, "#000", text);
    }

    /// White text, for the number on its black disc.
    fn text_on_black(&mut self, x: f64, y: f64, size: f64, text: &str) {
        self.text_in(x, y, size, 700, "middle", "#fff", text);
    }

    #[allow(clippy::too_many_arguments)]
    fn text_in(&mut self, x: f64, y: f64, size: f64, weight: u32, anchor: &str, fill: &str, text: &str) {
        let _ = write!(
            self.0,
            r##"<text x="{}" y="{}" font-size="{}" font-weight="{weight}" text-anchor="{anchor}" fill="{fill}">{}</text>"##,
            trimmed(x, 2),
            trimmed(y, 2),
            trimmed(size, 2),
            escape(text)
        );
    }

    fn mono(&mut self, x: f64, y: f64, size: f64, text: &str) {
        let _ = write!(
            self.0,
            r##"<text x="{}" y="{}" font-size="{}" font-family="{MONO}" text-anchor="middle" fill="#000">{}</text>"##,
            trimmed(x, 2),
            trimmed(y, 2),
            trimmed(size, 2),
            escape(text)
        );
    }

    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    fn qr(&mut self, q: &QrGrid, x: f64, y: f64, block: f64, link: &str) {
        let module = block / q.width_with_quiet_zone() as f64;
        let inner = QUIET_MODULES as f64 * module;
        let _ = write!(
            self.0,
            r##"<g class="poster-qr" data-link="{}" data-modules="{}"><rect x="{}" y="{}" width="{b}" height="{b}" fill="#fff"/><path fill="#000" d="{}"/></g>"##,
            escape(link),
            q.width,
            trimmed(x, 2),
            trimmed(y, 2),
            q.path(x + inner, y + inner, module),
            b = trimmed(block, 2),
        );
    }

    fn done(mut self) -> String {
        self.0.push_str("</svg>");
        self.0
    }
}

/// The label a screen reader hears for a sheet.
fn label(s: &Station, lang: Lang) -> String {
    format!("{} · {}", s.order, s.name.get(lang))
}

/// The station's line of what to see in `lang` (none: nothing printed).
fn see_line(s: &Station, lang: Lang) -> Option<String> {
    let list = s.see_do.get(lang);
    (!list.is_empty()).then(|| list.join(Msg::ListComma.text(lang)))
}

/// The poster or sticker of station `s` whose code opens it on `site`.
pub fn sheet_svg(c: &Corridor, s: &Station, site: &str, sheet: Sheet) -> Result<String, PosterError> {
    let link = scan_link(site, &s.id);
    let q = QrGrid::encode(&link).ok_or(PosterError::LinkTooLong { chars: link.chars().count() })?;
    Ok(match sheet {
        Sheet::Poster => poster(c, s, &link, &q),
        Sheet::Sticker => sticker(s, &link, &q),
    })
}

fn poster(c: &Corridor, s: &Station, link: &str, q: &QrGrid) -> String {
    let (zh, en) = (Lang::ZhCn, Lang::En);
    let mut svg = Svg::new(Sheet::Poster, &label(s, zh));
    let (w, margin) = (210.0, 15.0);
    let inner = w - 2.0 * margin;
    // The corridor's title, then a rule.
    let t = Msg::AppTitle.text(zh);
    svg.text(w / 2.0, 17.0, fit(t, 7.5, inner), 700, "middle", t);
    let t = Msg::AppTitle.text(en);
    svg.text(w / 2.0, 24.0, fit(t, 4.2, inner), 400, "middle", t);
    svg.raw(&format!(r##"<path d="M{margin} 29 H{}" stroke="#000" stroke-width="0.6"/>"##, w - margin));
    // The station's number and name.
    let number = s.order.to_string();
    svg.raw(&format!(r##"<circle cx="{}" cy="46" r="11" fill="#000"/>"##, margin + 11.0));
    svg.text_on_black(margin + 11.0, 50.5, if number.len() > 2 { 9.0 } else { 12.0 }, &number);
    let name_x = margin + 27.0;
    let name_w = w - margin - name_x;
    let name = s.name.get(zh);
    svg.text(name_x, 50.0, fit(name, 14.0, name_w), 700, "start", name);
    if let Some(name_en) = s.name.en.as_deref() {
        svg.text(name_x, 60.0, fit(name_en, 6.5, name_w), 400, "start", name_en);
    }
    let kind = format!("{} · {}", s.category.label(zh), s.category.label(en));
    svg.text(margin, 72.0, 4.6, 400, "start", &kind);
    if let Some(line) = see_line(s, zh) {
        svg.text(margin, 79.0, 4.4, 400, "start", &clip(&line, 4.4, inner));
    }
    if let Some(line) = see_line(s, en).filter(|_| !s.see_do.en.is_empty()) {
        svg.text(margin, 84.5, 3.7, 400, "start", &clip(&line, 3.7, inner));
    }
    // The code, large, with its quiet zone; what it does; the link itself.
    let block = Sheet::Poster.qr_block_mm();
    svg.qr(q, (w - block) / 2.0, 88.0, block, link);
    let scan = PoMsg::ScanToOpen.text(zh);
    svg.text(w / 2.0, 200.0, 5.0, 700, "middle", scan);
    svg.text(w / 2.0, 206.0, 3.8, 400, "middle", PoMsg::ScanToOpen.text(en));
    svg.mono(w / 2.0, 213.0, fit(link, 3.8, inner).min(3.8), link);
    strip(&mut svg, c, s, margin, inner);
    footer(&mut svg, c, s, margin, w);
    svg.done()
}

/// The avenue as a straight strip, west to east, every placed station on it
/// by its place along the avenue, this one marked "you are here", and the
/// previous and next stations (in the corridor's numbering) with how far.
fn strip(svg: &mut Svg, c: &Corridor, s: &Station, margin: f64, inner: f64) {
    let (zh, en) = (Lang::ZhCn, Lang::En);
    let caption = format!("{} · {}", PoMsg::StripCaption.text(zh), PoMsg::StripCaption.text(en));
    svg.text(margin, 224.0, fit(&caption, 3.2, inner), 400, "start", &caption);
    let y = 243.0;
    let (x0, x1) = (margin + 8.0, margin + inner - 8.0);
    svg.text(margin, y + 1.2, 3.4, 700, "start", PoMsg::West.text(zh));
    svg.text(margin + inner, y + 1.2, 3.4, 700, "end", PoMsg::East.text(zh));
    let length = c.avenue.as_ref().map(|a| a.line.length_m()).filter(|l| *l > 0.0);
    svg.raw(&format!(r##"<path d="M{x0} {y} H{x1}" stroke="#000" stroke-width="1.4" stroke-linecap="round"/>"##));
    let x_of = |chainage: f64| length.map(|l| x0 + (x1 - x0) * (chainage / l).clamp(0.0, 1.0));
    // Numbers above the strip, or below when they would touch the last one
    // or this station's pointer.
    let mut last_above = f64::NEG_INFINITY;
    let mut placed: Vec<(f64, &Station)> =
        c.stations.iter().filter_map(|t| Some((x_of(t.along?.chainage_m)?, t))).collect();
    placed.sort_by(|a, b| a.0.total_cmp(&b.0));
    let here_x = placed.iter().find(|(_, t)| t.id == s.id).map(|(x, _)| *x);
    for (x, t) in &placed {
        let here = t.id == s.id;
        let (r, fill) = if here { (2.6, "#000") } else { (1.6, "#fff") };
        svg.raw(&format!(
            r##"<circle cx="{}" cy="{y}" r="{r}" fill="{fill}" stroke="#000" stroke-width="0.5"/>"##,
            trimmed(*x, 2)
        ));
        if here {
            continue;
        }
        let above = x - last_above >= 4.5 && here_x.is_none_or(|h| (x - h).abs() >= 4.5);
        let ny = if above { y - 3.2 } else { y + 6.0 };
        if above {
            last_above = *x;
        }
        svg.text(*x, ny, 2.8, 400, "middle", &t.order.to_string());
    }
    match placed.iter().find(|(_, t)| t.id == s.id) {
        Some((x, _)) => {
            let here = format!("{} {}", PoMsg::YouAreHere.text(zh), PoMsg::YouAreHere.text(en));
            let lx = x.clamp(margin + 22.0, margin + inner - 22.0);
            svg.text(lx, y - 9.5, 3.6, 700, "middle", &here);
            svg.raw(&format!(
                r##"<path class="you-are-here" d="M{} {} L{} {} L{} {} Z" fill="#000"/>"##,
                trimmed(*x - 1.6, 2),
                trimmed(y - 7.8, 2),
                trimmed(*x + 1.6, 2),
                trimmed(y - 7.8, 2),
                trimmed(*x, 2),
                trimmed(y - 3.6, 2)
            ));
        }
        None => {
            let note = format!("{} · {}", PoMsg::NotOnStrip.text(zh), PoMsg::NotOnStrip.text(en));
            svg.text(margin + inner / 2.0, y - 7.0, fit(&note, 3.2, inner), 700, "middle", &note);
        }
    }
    let (prev, next) = c.neighbours(&s.id);
    let side = |svg: &mut Svg, t: &Station, is_prev: bool| {
        let d = station_leg(s, t).map(|l| l.metres);
        let (word, arrow_x, anchor) =
            if is_prev { (PoMsg::Previous, margin, "start") } else { (PoMsg::Next, margin + inner, "end") };
        let head = if is_prev {
            format!("← {} {}", word.text(zh), word.text(en))
        } else {
            format!("{} {} →", word.text(zh), word.text(en))
        };
        svg.text(arrow_x, 256.0, 3.2, 400, anchor, &head);
        let name = format!("{} {}", t.order, t.name.get(zh));
        svg.text(arrow_x, 262.0, fit(&name, 4.4, inner / 2.0 - 4.0), 700, anchor, &name);
        let far = format!("{} · {}", neighbour_distance(zh, d), neighbour_distance(en, d));
        svg.text(arrow_x, 267.5, 3.2, 400, anchor, &far);
    };
    if let Some(p) = prev {
        side(svg, p, true);
    }
    if let Some(n) = next {
        side(svg, n, false);
    }
}

/// The data note: whether the position is an estimate, and when the data
/// was last updated.
fn footer(svg: &mut Svg, c: &Corridor, s: &Station, margin: f64, w: f64) {
    let (zh, en) = (Lang::ZhCn, Lang::En);
    svg.raw(&format!(r##"<path d="M{margin} 274 H{}" stroke="#000" stroke-width="0.3"/>"##, w - margin));
    let (note_zh, note_en) = match s.accuracy {
        Accuracy::Surveyed => (Msg::PositionSurveyed.text(zh), Msg::PositionSurveyed.text(en)),
        Accuracy::Approximate => (Msg::PositionApproximate.text(zh), Msg::PositionApproximate.text(en)),
        Accuracy::Unknown => (Msg::PositionUnknown.text(zh), Msg::PositionUnknown.text(en)),
    };
    let inner = w - 2.0 * margin;
    svg.text(margin, 280.0, fit(note_zh, 3.0, inner), 400, "start", note_zh);
    svg.text(margin, 284.5, fit(note_en, 2.8, inner), 400, "start", note_en);
    let title = c.meta.title.as_ref().map(|t| t.get(zh).to_string()).unwrap_or_default();
    let updated = c.meta.updated.as_deref().map(|u| format!(" · {u}")).unwrap_or_default();
    let data = format!("{}{}{title}{updated}", Msg::DataTitle.text(zh), Msg::LabelColon.text(zh));
    svg.text(margin, 290.0, fit(&data, 2.8, inner), 400, "start", &data);
}

fn sticker(s: &Station, link: &str, q: &QrGrid) -> String {
    let zh = Lang::ZhCn;
    let mut svg = Svg::new(Sheet::Sticker, &label(s, zh));
    let (w, margin) = (100.0, 5.0);
    let inner = w - 2.0 * margin;
    let head = format!("{} · {}", s.order, s.name.get(zh));
    svg.text(w / 2.0, 11.0, fit(&head, 7.0, inner), 700, "middle", &head);
    if let Some(name_en) = s.name.en.as_deref() {
        svg.text(w / 2.0, 17.0, fit(name_en, 3.8, inner), 400, "middle", name_en);
    }
    let block = Sheet::Sticker.qr_block_mm();
    svg.qr(q, (w - block) / 2.0, 19.5, block, link);
    svg.text(w / 2.0, 88.0, 3.4, 700, "middle", PoMsg::ScanToOpen.text(zh));
    svg.mono(w / 2.0, 94.0, fit(link, 2.6, inner).min(2.6), link);
    svg.done()
}

/// One printable HTML document of the `sheets` (as [`sheet_svg`] writes
/// them), one a page, for the print shop (`corridor-posters`).
pub fn sheets_html(sheet: Sheet, sheets: &[String]) -> String {
    let (w, h) = sheet.size_mm();
    let mut out = format!(
        "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{}</title><style>\
         @page {{ size: {w}mm {h}mm; margin: 0; }} html, body {{ margin: 0; }} \
         svg {{ display: block; width: {w}mm; height: {h}mm; break-after: page; page-break-after: always; }}\
         </style></head><body>\n",
        escape(&format!("{} · {}", PoMsg::Title.text(Lang::ZhCn), PoMsg::Title.text(Lang::En)))
    );
    for svg in sheets {
        out.push_str(svg);
        out.push('\n');
    }
    out.push_str("</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load;

    fn corridor() -> Corridor {
        load(include_bytes!("../../public/data/corridor.geojson")).corridor.expect("the shipped data loads")
    }

    const SITE: &str = "https://example.gov.cn/jinshan-map/";

    #[test]
    fn every_station_has_a_poster_and_a_sticker_with_its_link() {
        let c = corridor();
        for s in &c.stations {
            for sheet in Sheet::ALL {
                let svg = sheet_svg(&c, s, SITE, sheet).expect("a sheet");
                let link = scan_link(SITE, &s.id);
                assert!(svg.contains(&format!(r##"data-link="{}""##, escape(&link))), "{} {sheet:?}", s.id);
                assert!(svg.contains(&escape(s.name.get(Lang::ZhCn))));
            }
        }
    }

    #[test]
    fn the_printed_code_is_at_least_four_centimetres_wide() {
        let c = corridor();
        let s = &c.stations[0];
        let q = QrGrid::encode(&scan_link(SITE, &s.id)).expect("fits");
        for sheet in Sheet::ALL {
            let code_mm = sheet.qr_block_mm() * q.width as f64 / q.width_with_quiet_zone() as f64;
            assert!(code_mm >= 40.0, "{sheet:?}: {code_mm} mm");
        }
    }

    #[test]
    fn the_strip_marks_this_station_or_says_it_cannot() {
        let c = corridor();
        let placed = c.stations.iter().find(|s| s.along.is_some()).expect("a placed station");
        let svg = sheet_svg(&c, placed, SITE, Sheet::Poster).expect("a poster");
        assert_eq!(svg.matches("you-are-here").count(), 1);
        let unplaced = c.stations.iter().find(|s| s.along.is_none()).expect("an unplaced station");
        let svg = sheet_svg(&c, unplaced, SITE, Sheet::Poster).expect("a poster");
        assert!(!svg.contains("you-are-here"));
        assert!(svg.contains(PoMsg::NotOnStrip.text(Lang::ZhCn)));
    }

    #[test]
    fn a_neighbour_with_no_position_has_no_distance() {
        let c = corridor();
        for s in &c.stations {
            let svg = sheet_svg(&c, s, SITE, Sheet::Poster).expect("a poster");
            let (prev, next) = c.neighbours(&s.id);
            for t in [prev, next].into_iter().flatten() {
                let d = station_leg(s, t).map(|l| l.metres);
                assert!(svg.contains(&escape(&neighbour_distance(Lang::ZhCn, d))), "{} → {}", s.id, t.id);
            }
        }
    }

    #[test]
    fn an_absurd_site_address_is_refused_not_drawn() {
        let c = corridor();
        let site = format!("https://example.gov.cn/{}/", "x".repeat(4000));
        let e = sheet_svg(&c, &c.stations[0], &site, Sheet::Poster).expect_err("too long");
        assert!(matches!(e, PosterError::LinkTooLong { chars } if chars > 4000));
    }

    #[test]
    fn long_texts_are_fitted_or_clipped() {
        assert!(fit(&"长".repeat(100), 10.0, 50.0) < 10.0);
        let clipped = clip(&"long words ".repeat(40), 4.0, 60.0);
        assert!(clipped.ends_with('…') && estimate_text_width(&clipped, 4.0) <= 60.0);
    }
}
