//! The visitors' wasm in parts: the one every page starts with, and the
//! parts fetched on first use (`#[wasm_split]` functions, cut off by
//! `wasm-split-cli`, then bound by wasm-bindgen: scripts/tools.sh,
//! `split_visitor_wasm`). Trunk has already bound and named the uncut
//! wasm; [`place`] puts the parts in its place. Every new name carries one
//! digest of all the parts' wasm (the scripts are written from them), and
//! the page's references, with their integrity, follow.

/// The script wasm-split-cli writes to fetch the parts, as the bound wasm
/// imports it.
pub const LINK_SCRIPT: &str = "__wasm_split.js";

/// What the split step leaves: the bound start-up wasm and its script
/// (`<stem>_bg.wasm`, `<stem>.js`), the parts' script and the parts.
#[derive(Debug, Clone, PartialEq)]
pub struct Parts {
    /// The binary's name, which Trunk's files start with.
    pub stem: String,
    pub bindings: String,
    pub wasm: Vec<u8>,
    /// `None` when the app has no split function (then there are no parts).
    pub link: Option<String>,
    /// Each part's file name (`split_<part>.wasm`, `chunk_<n>.wasm`) and bytes.
    pub parts: Vec<(String, Vec<u8>)>,
}

/// The files to write into the bundle, Trunk's two to remove, and the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub files: Vec<(String, Vec<u8>)>,
    pub removed: [String; 2],
    pub html: String,
}

/// `text` with `from` replaced by `to` everywhere; an error naming `what`
/// when `from` is not in it (a tool's output changed shape).
fn replaced(text: &str, from: &str, to: &str, what: &str) -> Result<String, String> {
    if text.contains(from) {
        Ok(text.replace(from, to))
    } else {
        Err(format!("{what} does not name {from}: the split step's tools may have changed"))
    }
}

/// The `integrity="…"` of each tag naming `href` set to `value`.
fn with_integrity(html: &str, href: &str, value: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(href) {
        let tag_start = rest[..at].rfind('<').unwrap_or(0);
        let tag_end = rest[at..].find('>').map_or(rest.len(), |e| at + e);
        let tag = &rest[tag_start..tag_end];
        out.push_str(&rest[..tag_start]);
        match tag.find("integrity=\"").and_then(|i| tag[i + 11..].find('"').map(|e| (i + 11, i + 11 + e))) {
            Some((from, to)) => {
                out.push_str(&tag[..from]);
                out.push_str(value);
                out.push_str(&tag[to..]);
            }
            None => out.push_str(tag),
        }
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    out
}

/// `html` with a `modulepreload` of `script` after the tag preloading
/// `after` (as Trunk preloads the bindings), so the browser fetches both at
/// once instead of finding `script` only in the bindings; unchanged when
/// nothing preloads `after`.
fn with_preload(html: &str, after: &str, script: &str, integrity: &str) -> String {
    let Some(at) = html.find(&format!("<link rel=\"modulepreload\" href=\"./{after}\"")) else {
        return html.to_string();
    };
    let Some(end) = html[at..].find('>').map(|e| at + e + 1) else { return html.to_string() };
    let tag =
        format!("<link rel=\"modulepreload\" href=\"./{script}\" crossorigin=\"anonymous\" integrity=\"{integrity}\">");
    format!("{}{tag}{}", &html[..end], &html[end..])
}

/// Puts `parts` in place of the uncut wasm that `html` (Trunk's page)
/// loads. `digest` names this build's parts (from all their wasm);
/// `integrity` gives a file's subresource-integrity value.
///
/// ```
/// use corridor::publish::split::{place, Parts};
/// let page = r#"<link rel="modulepreload" href="./app-1f.js" integrity="sha384-old"><script type="module">import init from './app-1f.js'; init('./app-1f_bg.wasm');</script>"#;
/// let parts = Parts {
///     stem: "app".into(),
///     bindings: "import * as a from \"./__wasm_split.js\"; ({ \"./__wasm_split.js\": a })".into(),
///     wasm: vec![0],
///     link: Some("import { initSync } from \"./app.js\"; fetch(new URL(\"./split_x.wasm\", import.meta.url))".into()),
///     parts: vec![("split_x.wasm".into(), vec![1])],
/// };
/// let placed = place(page, &parts, "d1", |_| "sha384-new".into()).unwrap();
/// assert_eq!(placed.removed, ["app-1f.js", "app-1f_bg.wasm"]);
/// assert!(placed.html.contains(r#"href="./app-d1.js" integrity="sha384-new""#));
/// // The parts' script is preloaded with the bindings that import it.
/// assert!(placed.html.contains(r#"<link rel="modulepreload" href="./wasm-split-d1.js""#));
/// assert!(placed.html.contains("init('./app-d1_bg.wasm')"));
/// let names: Vec<&str> = placed.files.iter().map(|(n, _)| n.as_str()).collect();
/// assert_eq!(names, ["app-d1.js", "app-d1_bg.wasm", "wasm-split-d1.js", "split_x-d1.wasm"]);
/// // The script is imported by its new name; the wasm's imports keep their key.
/// assert_eq!(placed.files[0].1, b"import * as a from \"./wasm-split-d1.js\"; ({ \"./__wasm_split.js\": a })");
/// assert!(String::from_utf8_lossy(&placed.files[2].1).contains("\"./app-d1.js\""));
/// assert!(String::from_utf8_lossy(&placed.files[2].1).contains("\"./split_x-d1.wasm\""));
/// ```
pub fn place(html: &str, parts: &Parts, digest: &str, integrity: impl Fn(&[u8]) -> String) -> Result<Placed, String> {
    let prefix = format!("{}-", parts.stem);
    let old_js = super::precache::local_references(html)
        .into_iter()
        .find(|r| r.starts_with(&prefix) && r.ends_with(".js") && !r.contains('/'))
        .ok_or_else(|| format!("the page loads no {prefix}*.js: is it Trunk's page of {}?", parts.stem))?;
    let old_wasm = format!("{}_bg.wasm", old_js.trim_end_matches(".js"));
    let js = format!("{}-{digest}.js", parts.stem);
    let wasm = format!("{}-{digest}_bg.wasm", parts.stem);

    let mut files = Vec::new();
    let mut bindings = parts.bindings.clone();
    let mut part_files: Vec<(String, Vec<u8>)> = Vec::new();
    if let Some(link) = &parts.link {
        let link_name = format!("wasm-split-{digest}.js");
        // Only where the script is imported: the wasm's imports are still
        // keyed by the name it was linked with.
        let import = |name: &str| format!("from \"./{name}\"");
        bindings = replaced(&bindings, &import(LINK_SCRIPT), &import(&link_name), "the bindings")?;
        let mut link = replaced(link, &format!("\"./{}.js\"", parts.stem), &format!("\"./{js}\""), LINK_SCRIPT)?;
        for (name, bytes) in &parts.parts {
            let named = format!("{}-{digest}.wasm", name.trim_end_matches(".wasm"));
            link = replaced(&link, &format!("\"./{name}\""), &format!("\"./{named}\""), LINK_SCRIPT)?;
            part_files.push((named, bytes.clone()));
        }
        part_files.insert(0, (link_name, link.into_bytes()));
    } else if !parts.parts.is_empty() {
        return Err(format!("{} parts but no {LINK_SCRIPT} to fetch them", parts.parts.len()));
    }
    let page = replaced(html, &format!("./{old_js}"), &format!("./{js}"), "the page")?;
    let page = replaced(&page, &format!("./{old_wasm}"), &format!("./{wasm}"), "the page")?;
    let mut page = with_integrity(&page, &format!("\"./{js}\""), &integrity(bindings.as_bytes()));
    if let Some((link_name, link)) = part_files.first() {
        page = with_preload(&page, &js, link_name, &integrity(link));
    }
    files.push((js, bindings.into_bytes()));
    files.push((wasm, parts.wasm.clone()));
    files.extend(part_files);
    Ok(Placed { files, removed: [old_js, old_wasm], html: page })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts() -> Parts {
        Parts {
            stem: "app".into(),
            bindings: "import * as a from \"./__wasm_split.js\"".into(),
            wasm: vec![0],
            link: Some("import { initSync } from \"./app.js\"; \"./split_x.wasm\" \"./chunk_0.wasm\"".into()),
            parts: vec![("split_x.wasm".into(), vec![1]), ("chunk_0.wasm".into(), vec![2])],
        }
    }

    const PAGE: &str = "<link rel=\"icon\" href=\"./i.svg\" integrity=\"sha384-icon\"/>\
        <link rel=\"modulepreload\" href=\"./app-1f.js\" crossorigin=\"anonymous\" integrity=\"sha384-old\">\
        <script type=\"module\">import init from './app-1f.js'; init({ module_or_path: './app-1f_bg.wasm' });</script>";

    #[test]
    fn every_name_follows_and_only_the_bindings_integrity_changes() {
        let placed = place(PAGE, &parts(), "d1", |b| format!("sha384-{}", b.len())).expect("placed");
        assert!(placed.html.contains("integrity=\"sha384-icon\""), "{}", placed.html);
        let js_len = placed.files[0].1.len();
        assert!(placed
            .html
            .contains(&format!("href=\"./app-d1.js\" crossorigin=\"anonymous\" integrity=\"sha384-{js_len}\"")));
        assert!(!placed.html.contains("app-1f"), "{}", placed.html);
        let link_len = placed.files[2].1.len();
        assert!(placed.html.contains(&format!(
            "integrity=\"sha384-{js_len}\"><link rel=\"modulepreload\" href=\"./wasm-split-d1.js\" crossorigin=\"anonymous\" integrity=\"sha384-{link_len}\">"
        )), "{}", placed.html);
        let link = String::from_utf8_lossy(&placed.files[2].1).into_owned();
        assert!(link.contains("\"./split_x-d1.wasm\"") && link.contains("\"./chunk_0-d1.wasm\""), "{link}");
        assert_eq!(placed.files.len(), 5);
    }

    #[test]
    fn a_tool_whose_output_changed_shape_is_named() {
        let mut p = parts();
        p.bindings = "no import here".into();
        let e = place(PAGE, &p, "d1", |_| String::new()).expect_err("refused");
        assert!(e.contains("the bindings") && e.contains(LINK_SCRIPT), "{e}");
        let e = place("<p>no app</p>", &parts(), "d1", |_| String::new()).expect_err("refused");
        assert!(e.contains("app-*.js"), "{e}");
    }

    #[test]
    fn an_app_with_no_split_function_is_placed_whole() {
        let p = Parts { link: None, parts: vec![], bindings: "plain".into(), ..parts() };
        let placed = place(PAGE, &p, "d1", |_| "sha384-x".into()).expect("placed");
        assert_eq!(placed.files.len(), 2);
        let p = Parts { link: None, ..parts() };
        assert!(place(PAGE, &p, "d1", |_| String::new()).is_err());
    }
}
