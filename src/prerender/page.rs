//! The pages the first screen is written into: the root page (`index.html`:
//! map and list) and a page per station (`s/<id>/index.html`: its card
//! open, with its own title, description, share meta and canonical link,
//! which chat previews and search engines read before any script).

use super::{first_screen, other_language_screens, DATA_META, FIRST_SCREEN_ID};
use crate::i18n::{page_title, Lang, Msg};
use crate::link::station_path;
use crate::model::{Corridor, Station};
use crate::page_text::list_meta;
use crate::scene::escape;

/// The `<base>` of the root page and of a station's page (two folders
/// down); the service worker turns one into the other offline.
pub const ROOT_BASE: &str = "./";
pub const STATION_BASE: &str = "../../";

/// The language the pages are written in: the app's default.
pub const PRERENDER_LANG: Lang = Lang::ZhCn;

/// The script each page runs before its first screen (see the file).
pub const FIRST_SCREEN_SCRIPT: &str = include_str!("../../assets/first-screen.js");

/// The one inline script, first in each written page's `<head>`: it
/// chooses the reader's language (as `Lang::choose`: the address's
/// `lang=`, else the browser's first language the map has, else simplified
/// Chinese), notes it on `<html>` (`data-reader`) and, for a reader of
/// another language than the page's, hides the written screen before
/// anything is drawn (`data-first-screen="other-language"`: the stylesheet
/// shows the "loading" line instead) until [`FIRST_SCREEN_SCRIPT`] puts the
/// screen in that language in its place. Inline, because a file would have
/// to arrive before the first paint for every reader, or after it (a flash
/// of the written language for the others). The same text in every build,
/// so the policy's hash of it ([`crate::publish::csp`]) can be written in
/// a server's configuration once.
pub const READER_SCRIPT: &str = include_str!("../../assets/reader-language.js");

/// The first-screen script for this data: its station ids and the
/// written language filled in.
pub fn first_screen_script(c: &Corridor) -> String {
    let ids: Vec<String> = c.stations.iter().map(|s| format!("\"{}\"", js_escape(&s.id))).collect();
    FIRST_SCREEN_SCRIPT
        .replace("/*IDS*/[]", &format!("[{}]", ids.join(",")))
        .replace("/*WRITTEN*/\"zh-CN\"", &format!("\"{}\"", PRERENDER_LANG.tag()))
        .replace("/*OTHER*/\"in-language\"", &format!("\"{}\"", super::OTHER_LANGUAGE_CLASS))
}

/// Ids are checked to be plain ASCII, but a string in a script is escaped anyway.
fn js_escape(s: &str) -> String {
    s.chars()
        .flat_map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '_' | '.' => vec![c],
            other => format!("\\u{:04x}", other as u32).chars().collect(),
        })
        .collect()
}

/// A one-line description of a station for search results and chat previews.
pub fn station_description(c: &Corridor, s: &Station, lang: Lang) -> String {
    let mut text = format!("{}{}{}", s.name.get(lang), Msg::LabelColon.text(lang), list_meta(c, s, lang));
    if let Some(d) = &s.description {
        text.push_str(if lang.is_chinese() { "。" } else { ". " });
        text.push_str(d.get(lang));
    }
    const MAX_CHARS: usize = 160;
    if text.chars().count() > MAX_CHARS {
        text = text.chars().take(MAX_CHARS - 1).collect::<String>() + "…";
    }
    text
}

/// Replaces the first `<tag ...>...</tag>`-free element starting with
/// `open` up to `close` (inclusive) by `with`.
fn replace_span(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let start = html.find(open).ok_or_else(|| format!("the page has no {open}"))?;
    let len = html[start..].find(close).ok_or_else(|| format!("{open} is not closed by {close}"))?;
    Ok(format!("{}{with}{}", &html[..start], &html[start + len + close.len()..]))
}

// Markers around what is written into a page, so a page can be
// written again from its template (corridor-finish may run twice).
const HEAD_START: &str = "<!--first-screen-head-->";
const HEAD_END: &str = "<!--/first-screen-head-->";
const SCREEN_END: &str = "<!--/first-screen-->";

/// The page a written page was made from (the page itself if it was
/// never written): what [`index_page`] and [`station_page`] take.
pub fn template_of(page: &str) -> String {
    let mut html = page.to_string();
    let style = format!("<style {INLINED}=\"");
    if let Some(a) = html.find(&style) {
        let href_at = a + style.len();
        if let (Some(q), Some(end)) = (html[href_at..].find('"'), html[a..].find("</style>")) {
            let link = format!("<link rel=\"stylesheet\" href=\"{}\"/>", &html[href_at..href_at + q]);
            html.replace_range(a..a + end + "</style>".len(), &link);
        }
    }
    if let (Some(a), Some(b)) = (html.find(HEAD_START), html.find(HEAD_END)) {
        if a < b {
            // The block and the newline-and-indent written before it.
            let start = html[..a].trim_end_matches([' ', '\n']).len();
            html.replace_range(start..b + HEAD_END.len(), "");
        }
    }
    let open = format!("<div id=\"{FIRST_SCREEN_ID}\" class=\"first-screen\"><div class=\"boot\">");
    if let Some(a) = html.find(&open) {
        let inner = a + open.len();
        if let (Some(len), Some(end)) = (html[inner..].find("</div>"), html.find(SCREEN_END)) {
            let placeholder =
                format!("<div id=\"{FIRST_SCREEN_ID}\" class=\"boot\">{}</div>", &html[inner..inner + len]);
            let after = end + SCREEN_END.len() + "</div>".len();
            if after <= html.len() && inner + len < end {
                html.replace_range(a..after, &placeholder);
            }
        }
    }
    html
}

/// What a written page says of itself in its `<head>`.
struct Head<'a> {
    base: &'a str,
    title: String,
    /// `None`: the template's own (the root page's, in both languages).
    description: Option<String>,
    /// The page's canonical address, relative to the site's root.
    canonical: String,
    site_url: Option<&'a str>,
    script: &'a str,
    /// The data file's digest (`freshness::data_digest`), recorded so the
    /// checker can tell when the file on the server has changed since.
    data_digest: &'a str,
    stylesheet: Option<&'a Stylesheet>,
    /// The script waits for the page to be read (`defer`): on a station
    /// page it only chooses the language, and the card must not wait for
    /// it; the root page's moves old links on before anything is drawn.
    defer_script: bool,
}

/// The app's stylesheet, written into the page instead of linked: the
/// first paint needs no request after the page itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Stylesheet {
    /// The `<link rel="stylesheet">`'s `href` in the built page.
    pub href: String,
    pub css: String,
    /// Its SHA-256 in base64 (`publish::csp::sha256_base64`), for the policy.
    pub hash: String,
}

/// The attribute that keeps an inline stylesheet's file name, so the page's
/// template can be had back ([`template_of`]).
const INLINED: &str = "data-href";

/// The page with its stylesheet link replaced by the stylesheet, and its
/// policy allowing exactly that stylesheet.
fn with_inline_style(html: &str, sheet: &Stylesheet) -> Result<String, String> {
    if sheet.css.contains("</style") {
        return Err(format!("{} holds \"</style\", so it cannot be written into a page", sheet.href));
    }
    let html = replace_span(
        html,
        &format!("<link rel=\"stylesheet\" href=\"{}\"", sheet.href),
        ">",
        &format!("<style {INLINED}=\"{}\">{}</style>", sheet.href, sheet.css),
    )?;
    const POLICY: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    let written =
        quoted_after(&html, POLICY).ok_or("the page has no Content-Security-Policy to allow its stylesheet")?;
    Ok(html.replacen(written, &crate::publish::csp::with_style_hash(written, &sheet.hash), 1))
}

/// The `<link rel="preload">`s of the app's WebAssembly and of the data
/// file, removed: with the first screen in the HTML, nothing may share a
/// slow link with the stylesheet before the first paint (the wasm is
/// several times the page and its stylesheet together). The app's files
/// are fetched once the page has been read, by its loader.
fn without_app_preloads(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<link rel=\"preload\"") {
        let Some(len) = rest[at..].find('>') else { break };
        let tag = &rest[at..at + len + 1];
        out.push_str(&rest[..at]);
        if !(tag.contains("type=\"application/wasm\"") || tag.contains("href=\"data/")) {
            out.push_str(tag);
        } else {
            // The tag's line goes with it.
            let kept = out.trim_end_matches([' ', '\t']).len();
            out.truncate(kept);
            if rest[at + len + 1..].starts_with('\n') && out.ends_with('\n') {
                out.pop();
            }
        }
        rest = &rest[at + len + 1..];
    }
    out.push_str(rest);
    out
}

fn with_head(html: &str, head: &Head) -> Result<String, String> {
    let html = without_app_preloads(html);
    let html = match head.stylesheet {
        Some(sheet) => with_inline_style(&html, sheet)?,
        None => html,
    };
    let html = replace_span(&html, "<title>", "</title>", &format!("<title>{}</title>", escape(&head.title)))?;
    let html = match &head.description {
        Some(d) => replace_span(
            &html,
            "<meta name=\"description\"",
            ">",
            &format!("<meta name=\"description\" content=\"{}\">", escape(d)),
        )?,
        None => html,
    };
    let description = match &head.description {
        Some(d) => d.clone(),
        None => template_description(&html).unwrap_or_default(),
    };
    // Absolute where the site is known (share previews want it), else
    // relative to <base>, the site's root.
    let absolute = |path: &str| match head.site_url {
        Some(site) => format!("{}/{path}", site.trim_end_matches('/')),
        None if path.is_empty() => "./".to_string(),
        None => path.to_string(),
    };
    let canonical = absolute(&head.canonical);
    let meta = format!(
        "{HEAD_START}\n  <base href=\"{}\">\n  <link rel=\"canonical\" href=\"{c}\">\n  <meta property=\"og:type\" content=\"website\">\n  \
         <meta property=\"og:title\" content=\"{t}\">\n  <meta property=\"og:description\" content=\"{d}\">\n  \
         <meta property=\"og:url\" content=\"{c}\">\n  <meta property=\"og:image\" content=\"{i}\">\n  \
         <meta property=\"og:locale\" content=\"{l}\">\n  <meta name=\"{DATA_META}\" content=\"{g}\">\n  \
         <script>{READER_SCRIPT}</script>\n  <script src=\"{s}\"{w}></script>\n  {HEAD_END}",
        head.base,
        c = escape(&canonical),
        t = escape(&head.title),
        d = escape(&description),
        i = escape(&absolute("icons/icon-512.png")),
        l = PRERENDER_LANG.tag().replace('-', "_"),
        s = escape(head.script),
        g = escape(head.data_digest),
        w = if head.defer_script { " defer" } else { "" },
    );
    // <base> must come before any relative address in the page, and after
    // the page's policy (if it has one yet), which governs it and the scripts.
    const CHARSET: &str = "<meta charset=\"utf-8\">";
    let at = crate::publish::csp::policy_tag(&html)
        .map(|(_, end)| end)
        .or_else(|| html.find(CHARSET).map(|at| at + CHARSET.len()))
        .ok_or("the page has no <meta charset=\"utf-8\">")?;
    Ok(format!("{}\n  {meta}{}", &html[..at], &html[at..]))
}

/// The attribute value that follows `opening` (which ends with its `="`)
/// in a page, up to its closing quote: `None` without both.
///
/// ```
/// use corridor::prerender::page::quoted_after;
/// assert_eq!(quoted_after(r#"<link rel="x" href="./a.css">"#, r#"href=""#), Some("./a.css"));
/// assert_eq!(quoted_after(r#"<link href="./a.css"#, r#"href=""#), None);
/// ```
pub fn quoted_after<'a>(html: &'a str, opening: &str) -> Option<&'a str> {
    let at = html.find(opening)? + opening.len();
    let len = html[at..].find('"')?;
    Some(&html[at..at + len])
}

/// The `content` of the template's description (unescaped).
fn template_description(html: &str) -> Option<String> {
    let d = quoted_after(html, "<meta name=\"description\" content=\"")?;
    Some(d.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">"))
}

/// The template's placeholder (`<div id="boot">`, the "loading" line)
/// stays inside, first, for a reader who gets another language.
fn with_first_screen(html: &str, screen: &str) -> Result<String, String> {
    let open = format!("<div id=\"{FIRST_SCREEN_ID}\" class=\"boot\">");
    let start = html.find(&open).ok_or_else(|| format!("the page has no {open}"))?;
    let inner = start + open.len();
    let len = html[inner..].find("</div>").ok_or_else(|| format!("{open} is not closed"))?;
    Ok(format!(
        "{}<div id=\"{FIRST_SCREEN_ID}\" class=\"first-screen\"><div class=\"boot\">{}</div>{screen}{SCREEN_END}</div>{}",
        &html[..start],
        &html[inner..inner + len],
        &html[inner + len + "</div>".len()..]
    ))
}

/// What every written page shares.
#[derive(Debug, Clone, Copy)]
pub struct Written<'a> {
    /// The first-screen script's address (`./first-screen-<hash>.js`).
    pub script: &'a str,
    /// The site's address, when known (`--site`): canonical links are absolute then.
    pub site_url: Option<&'a str>,
    /// The data file's digest (`freshness::data_digest`).
    pub data_digest: &'a str,
    /// The app's stylesheet, to write into the pages (`None`: linked).
    pub stylesheet: Option<&'a Stylesheet>,
}

/// The root page: the built `index.html` (`template`) with the first
/// screen written in.
pub fn index_page(template: &str, c: &Corridor, written: &Written) -> Result<String, String> {
    let head = Head {
        base: ROOT_BASE,
        title: page_title(PRERENDER_LANG, None),
        description: None,
        canonical: String::new(),
        site_url: written.site_url,
        script: written.script,
        data_digest: written.data_digest,
        stylesheet: written.stylesheet,
        defer_script: false,
    };
    let screen = first_screen(c, PRERENDER_LANG, None) + &other_language_screens(c, None, PRERENDER_LANG);
    with_first_screen(&with_head(template, &head)?, &screen)
}

/// A station's own page (`s/<id>/index.html`, two folders below the root).
pub fn station_page(template: &str, c: &Corridor, s: &Station, written: &Written) -> Result<String, String> {
    let head = Head {
        base: STATION_BASE,
        title: page_title(PRERENDER_LANG, Some(s.name.get(PRERENDER_LANG))),
        description: Some(station_description(c, s, PRERENDER_LANG)),
        canonical: station_path(&s.id),
        site_url: written.site_url,
        script: written.script,
        data_digest: written.data_digest,
        stylesheet: written.stylesheet,
        defer_script: true,
    };
    // The other languages' after the written screen, so they never hold
    // back its first paint.
    let screen = first_screen(c, PRERENDER_LANG, Some(s)) + &other_language_screens(c, Some(s), PRERENDER_LANG);
    with_first_screen(&with_head(template, &head)?, &screen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prerender::tests::shipped;

    const TEMPLATE: &str = include_str!("../../index.html");
    const PLAIN: Written = Written { script: "first-screen-1.js", site_url: None, data_digest: "d1", stylesheet: None };

    #[test]
    fn the_stylesheet_is_written_in_and_allowed_by_its_hash() {
        let built = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; style-src 'self'; img-src 'self';\">\
                     <link rel=\"stylesheet\" href=\"./style-1.css\" integrity=\"sha384-x\"/></head>";
        let sheet = Stylesheet { href: "./style-1.css".into(), css: "a{color:red}".into(), hash: "h=".into() };
        let page = with_inline_style(built, &sheet).expect("writes");
        assert!(page.contains("<style data-href=\"./style-1.css\">a{color:red}</style>"), "{page}");
        assert!(!page.contains("<link rel=\"stylesheet\""), "{page}");
        // Written again, it is found again.
        assert!(template_of(&page).contains("<link rel=\"stylesheet\" href=\"./style-1.css\"/>"));
        assert!(page.contains("style-src 'self' 'sha256-h=';"), "{page}");
        let hostile = Stylesheet { css: "a{}</style><script>x</script>".into(), ..sheet };
        assert!(with_inline_style(built, &hostile).is_err());
    }

    #[test]
    fn each_station_page_names_its_station_in_its_head() {
        let c = shipped();
        for s in &c.stations {
            let page =
                station_page(TEMPLATE, &c, s, &Written { site_url: Some("https://example.gov.cn/map/"), ..PLAIN })
                    .expect("writes");
            let name = escape(s.name.get(PRERENDER_LANG));
            assert!(page.contains(&format!("<title>{name} · ")), "{}", s.id);
            assert!(page.contains(&format!("<link rel=\"canonical\" href=\"https://example.gov.cn/map/s/{}/\">", s.id)));
            assert!(page.contains(&format!("<meta name=\"description\" content=\"{name}")));
            assert!(page.contains(&format!("data-id=\"{}\"", s.id)) && page.contains("class=\"station-card\""));
            // <base> comes before the first relative address.
            assert!(page.find("<base href=\"../../\">") < page.find("href=\"./"), "{}", s.id);
        }
    }

    #[test]
    fn each_page_carries_its_first_screen_in_every_other_language_after_the_written_one() {
        let c = shipped();
        for s in &c.stations {
            let page = station_page(TEMPLATE, &c, s, &PLAIN).expect("writes");
            let written_card = page.find("class=\"station-card\"").expect("the written card");
            for l in Lang::ALL.into_iter().filter(|&l| l != PRERENDER_LANG) {
                let open =
                    format!("<template class=\"{}\" data-lang=\"{}\"", super::super::OTHER_LANGUAGE_CLASS, l.tag());
                let at = page.find(&open).unwrap_or_else(|| panic!("{}: a {} card", s.id, l.tag()));
                assert!(at > written_card, "{}: after the written screen", s.id);
                let end = at + page[at..].find("</template>").expect("closed");
                let card = &page[at..end];
                assert!(card.contains(&format!("data-id=\"{}\"", s.id)), "{}: its own card", s.id);
                assert!(card.contains(&escape(s.name.get(l))), "{}: named in {}", s.id, l.tag());
                let title = escape(&page_title(l, Some(s.name.get(l))));
                assert!(card.contains(&format!("data-title=\"{title}\"")), "{}: the tab's title", s.id);
                // Its links keep the reader in the language.
                let (prev, next) = c.neighbours(&s.id);
                for n in [prev, next].into_iter().flatten() {
                    let link = format!("href=\"s/{}/?lang={}\"", n.id, l.tag());
                    assert!(card.contains(&link), "{}: {link}", s.id);
                }
                assert!(card.contains(&format!("class=\"card-close\" href=\"./?lang={}\"", l.tag())));
            }
            assert_eq!(page.matches("<template").count(), Lang::ALL.len() - 1);
        }
        // The root page: the list, whose links keep the language.
        let root = index_page(TEMPLATE, &c, &PLAIN).expect("writes");
        assert_eq!(root.matches("<template").count(), Lang::ALL.len() - 1);
        assert!(root.find("<template") > root.find("class=\"station-link\""), "after the written screen");
        for l in Lang::ALL.into_iter().filter(|&l| l != PRERENDER_LANG) {
            let open = format!("<template class=\"{}\" data-lang=\"{}\"", super::super::OTHER_LANGUAGE_CLASS, l.tag());
            let at = root.find(&open).unwrap_or_else(|| panic!("a {} screen", l.tag()));
            let screen = &root[at..at + root[at..].find("</template>").expect("closed")];
            for s in &c.stations {
                assert!(screen.contains(&escape(s.name.get(l))), "{} named in {}", s.id, l.tag());
                assert!(screen.contains(&format!("href=\"s/{}/?lang={}\"", s.id, l.tag())), "{}", s.id);
            }
            assert!(!screen.contains("station-card"), "no card on the root page");
        }
        // And the script looks for exactly those templates.
        let js = first_screen_script(&c);
        assert!(js.contains(&format!("var other = \"{}\";", super::super::OTHER_LANGUAGE_CLASS)), "{js}");
    }

    #[test]
    fn the_reader_script_comes_first_after_the_policy_and_once() {
        let c = shipped();
        let policy = crate::publish::csp::with_policy(TEMPLATE, "default-src 'self';");
        let inline = format!("<script>{READER_SCRIPT}</script>");
        for page in [
            index_page(&policy, &c, &PLAIN).expect("writes"),
            station_page(&policy, &c, &c.stations[0], &PLAIN).expect("writes"),
        ] {
            assert_eq!(page.matches(&inline).count(), 1, "{page}");
            let at = |needle: &str| page.find(needle).unwrap_or_else(|| panic!("no {needle} in {page}"));
            assert!(at(crate::publish::csp::POLICY_META) < at("<base href="), "the policy governs the page's head");
            assert!(at(&inline) < at("<script src=\"first-screen-1.js\""), "{page}");
            assert!(at(&inline) < at(FIRST_SCREEN_ID), "chosen before the screen is read: {page}");
        }
    }

    #[test]
    fn the_root_page_keeps_the_app_and_drops_the_placeholder() {
        let c = shipped();
        let page = index_page(TEMPLATE, &c, &PLAIN).expect("writes");
        assert!(page.contains("<div id=\"boot\" class=\"first-screen\"><div class=\"boot\">"));
        assert_eq!(page.matches("boot-status").count(), 1, "the loading line is kept once");
        assert!(page.contains("<div id=\"app\""), "the app's mount point stays");
        assert!(page.contains("<link rel=\"canonical\" href=\"./\">"));
        assert!(page.contains("<meta property=\"og:description\" content=\"金山卫镇"));
    }

    #[test]
    fn a_written_page_gives_back_its_template() {
        let c = shipped();
        let page = index_page(TEMPLATE, &c, &PLAIN).expect("writes");
        assert_eq!(template_of(&page), TEMPLATE);
        assert_eq!(template_of(TEMPLATE), TEMPLATE);
        // Written twice, the same page.
        let again = index_page(&template_of(&page), &c, &PLAIN).expect("writes");
        assert_eq!(again, page);
    }

    #[test]
    fn the_app_does_not_compete_with_the_first_paint() {
        let page = "<head>\n  <link rel=\"preload\" href=\"data/c.geojson\" as=\"fetch\">\n  <link rel=\"modulepreload\" href=\"./a.js\">\n  <link rel=\"preload\" href=\"./a_bg.wasm\" as=\"fetch\" type=\"application/wasm\">\n  <link rel=\"preload\" href=\"./f.woff2\" as=\"font\">\n</head>";
        assert_eq!(
            without_app_preloads(page),
            "<head>\n  <link rel=\"modulepreload\" href=\"./a.js\">\n  <link rel=\"preload\" href=\"./f.woff2\" as=\"font\">\n</head>"
        );
        let c = shipped();
        let written = index_page(TEMPLATE, &c, &PLAIN).expect("writes");
        assert!(!written.contains("rel=\"preload\" href=\"data/"), "{written}");
    }

    #[test]
    fn the_script_knows_every_station() {
        let c = shipped();
        let js = first_screen_script(&c);
        for s in &c.stations {
            assert!(js.contains(&format!("\"{}\"", s.id)));
        }
        assert!(!js.contains("/*IDS*/"));
        assert_eq!(js_escape("a\"</script>"), "a\\u0022\\u003c\\u002fscript\\u003e");
    }
}
