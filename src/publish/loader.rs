//! Trunk writes each page's WebAssembly loader as an inline
//! `<script type="module">`. A strict Content-Security-Policy forbids
//! inline scripts (or needs a hash per build); moved into a file of its
//! own, named by its content, it is just another script from the site.
//!
//! The tag goes last in `<head>`, after Trunk's `modulepreload` and
//! `preload` links: a module script stalls the preload scanner's view of
//! what follows it, and on HTTP/1.1 (six connections) the wasm, placed
//! seventh, waited a round trip (card at 150 ms RTT: 3.3 s before, 2.6 s
//! after, `card-bench`).

/// The loader's file, and the page that now refers to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Externalized {
    pub html: String,
    /// `<stem>-loader-<hash>.js`, beside the page.
    pub file_name: String,
    pub script: String,
}

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";
const HEAD_END: &str = "</head>";

/// Moves the page's first inline module script into a file named from
/// `stem` and `hash` (a digest of the script, computed by the caller),
/// referred to from the end of `<head>` (or where it was, in a page with
/// no `</head>` after it). `None` when the page has no inline module
/// script (already moved, or not a Trunk page).
///
/// ```
/// use corridor::publish::loader::externalize;
/// let page = "<head><script type=\"module\">import init from './app.js';</script></head>";
/// let out = externalize(page, "app", |s| format!("{}", s.len())).unwrap();
/// assert_eq!(out.file_name, "app-loader-28.js");
/// assert_eq!(out.script, "import init from './app.js';");
/// assert_eq!(out.html, "<head><script type=\"module\" src=\"./app-loader-28.js\"></script></head>");
/// ```
pub fn externalize(html: &str, stem: &str, hash: impl Fn(&str) -> String) -> Option<Externalized> {
    let start = html.find(OPEN)?;
    let body_start = start + OPEN.len();
    let body_len = html[body_start..].find(CLOSE)?;
    let script = html[body_start..body_start + body_len].trim().to_string();
    let file_name = format!("{stem}-loader-{}.js", hash(&script));
    let tag = format!("<script type=\"module\" src=\"./{file_name}\"></script>");
    let rest = &html[body_start + body_len + CLOSE.len()..];
    let html = match rest.find(HEAD_END) {
        Some(at) => format!("{}{}{tag}{}", &html[..start], &rest[..at], &rest[at..]),
        None => format!("{}{tag}{rest}", &html[..start]),
    };
    Some(Externalized { html, file_name, script })
}

/// The wait a page with its first screen written in puts before its
/// WebAssembly is fetched: until the browser has reported the screen's
/// first contentful paint, then two frames more, so that the wasm (several
/// times the page's size) shares the link with nothing the page still
/// needs and the largest paint is the page as served. The loader runs once
/// the whole page is read, but the first paint may have come before that,
/// with only its top (the root page's list is painted a frame or more
/// later, and it is the largest paint): starting the downloads at the first
/// paint put them before the largest one, and Lighthouse, which then counts
/// them in, gave LCP 2.4 s instead of 1.3 s in 2 of 6 runs of `/` and a
/// station page. The two frames after it paint what was read since. A
/// browser that does not report paints waits two frames; none waits more
/// than a second (a page opened in a background tab paints nothing).
pub const AFTER_FIRST_PAINT: &str = "await new Promise((go) => {\n\
    \x20 setTimeout(go, 1000);\n\
    \x20 const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(go, 0)));\n\
    \x20 if (self.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).includes(\"paint\")) {\n\
    \x20   new PerformanceObserver((list, seen) => {\n\
    \x20     if (list.getEntriesByName(\"first-contentful-paint\").length) { seen.disconnect(); painted(); }\n\
    \x20   }).observe({ type: \"paint\", buffered: true });\n\
    \x20 } else {\n\
    \x20   painted();\n\
    \x20 }\n\
    });\n";

/// Once the first screen is painted, the data file is asked for beside the
/// wasm (a `<link rel="preload">`, which the app's own request for it then
/// takes up), not after the wasm has arrived and started: on a weak link
/// the app has its data a round trip and the file's transfer sooner.
pub fn data_preload() -> String {
    format!(
        "{{\n\x20 const data = document.createElement(\"link\");\n\x20 Object.assign(data, {{ rel: \"preload\", as: \"fetch\", href: \"{}\", crossOrigin: \"anonymous\" }});\n\x20 document.head.append(data);\n}}\n",
        crate::config::DATA_FILE
    )
}

/// The loader with [`AFTER_FIRST_PAINT`] and [`data_preload`] before it
/// fetches the wasm (the loader unchanged if it has no `await init(` to
/// put them before).
///
/// ```
/// use corridor::publish::loader::{after_first_paint, data_preload, AFTER_FIRST_PAINT};
/// let js = after_first_paint("import init from './a.js';\nconst wasm = await init({});");
/// let wait = format!("{AFTER_FIRST_PAINT}{}", data_preload());
/// assert_eq!(js, format!("import init from './a.js';\n{wait}const wasm = await init({{}});"));
/// assert!(js.contains(r#"href: "data/corridor.geojson""#));
/// // Written twice, the same loader.
/// assert_eq!(after_first_paint(&js), js);
/// ```
pub fn after_first_paint(script: &str) -> String {
    const INIT: &str = "const wasm = await init(";
    match script.find(INIT) {
        Some(at) if !script.contains(AFTER_FIRST_PAINT) => {
            format!("{}{AFTER_FIRST_PAINT}{}{}", &script[..at], data_preload(), &script[at..])
        }
        _ => script.to_string(),
    }
}

/// Whether any inline script is left (one with a body and no `src`) but
/// the written pages' own (`prerender::READER_SCRIPT`, which the policy
/// allows by its hash): a page that has one would break under the policy.
///
/// ```
/// use corridor::publish::loader::has_inline_script;
/// assert!(has_inline_script("<script>alert(1)</script>"));
/// assert!(!has_inline_script(&format!("<script>{}</script>", corridor::prerender::READER_SCRIPT)));
/// assert!(!has_inline_script("<script type=\"module\" src=\"./a.js\"></script>"));
/// ```
pub fn has_inline_script(html: &str) -> bool {
    let mut rest = html;
    while let Some(at) = rest.find("<script") {
        let tag_end = match rest[at..].find('>') {
            Some(end) => at + end,
            None => return true,
        };
        let tag = &rest[at..tag_end];
        let after = &rest[tag_end + 1..];
        let body = after.find(CLOSE).map(|end| &after[..end]).unwrap_or(after);
        // The written pages' one inline script is allowed by its hash.
        if !tag.contains(" src=") && !body.trim().is_empty() && body != crate::prerender::READER_SCRIPT {
            return true;
        }
        rest = after;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_PAGE: &str = "<head>\n<script type=\"module\">\nimport init, * as bindings from './a-1.js';\n\
        const wasm = await init({ module_or_path: './a-1_bg.wasm' });\n</script>\n<link rel=\"stylesheet\" href=\"./s.css\"/>\n</head>";

    #[test]
    fn the_loader_leaves_the_page_whole_and_with_no_inline_script() {
        let out = externalize(TRUNK_PAGE, "a", |_| "h".into()).expect("has a loader");
        assert!(out.script.starts_with("import init") && out.script.ends_with("});"), "{}", out.script);
        // The loader now follows the stylesheet link, just before </head>.
        assert!(out.html.contains("<link rel=\"stylesheet\" href=\"./s.css\"/>\n<script type=\"module\" src=\"./a-loader-h.js\"></script></head>"), "{}", out.html);
        assert!(!has_inline_script(&out.html), "{}", out.html);
        assert!(has_inline_script(TRUNK_PAGE));
        // Run again on its own output: nothing left to move.
        assert_eq!(externalize(&out.html, "a", |_| "h".into()), None);
    }

    #[test]
    fn an_unclosed_script_is_not_cut() {
        assert_eq!(externalize("<script type=\"module\">import x", "a", |_| "h".into()), None);
        assert!(has_inline_script("<script type=\"module\">import x"));
    }
}
