//! Which files the service worker keeps for offline use: each offline page
//! and everything it names, followed through the scripts it loads (the
//! loader names the bindings and the WebAssembly).

use std::collections::BTreeSet;

/// The site-relative files a page or script names as `./file` (how Trunk
/// writes them with `public_url = "./"`), without query or fragment.
///
/// ```
/// use corridor::publish::precache::local_references;
/// let html = r#"<link href="./style-1.css"><script src='./a.js?v=2'></script><a href="./">home</a>"#;
/// assert_eq!(local_references(html), ["style-1.css", "a.js"]);
/// ```
pub fn local_references(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for quote in ['"', '\''] {
        let opener = format!("{quote}./");
        let mut rest = text;
        while let Some(at) = rest.find(&opener) {
            let after = &rest[at + opener.len()..];
            let Some(end) = after.find(quote) else { break };
            let path = after[..end].split(['?', '#']).next().unwrap_or_default();
            if !path.is_empty() && !path.contains("..") && !found.iter().any(|f| f == path) {
                found.push(path.to_string());
            }
            rest = &after[end..];
        }
    }
    // In the order they appear, whichever quote they use.
    found.sort_by_key(|f| text.find(&format!("./{f}")).unwrap_or(usize::MAX));
    found
}

/// The app files to precache for `pages`: the pages themselves and what
/// they name, transitively through `.js` files; `read` gives a file's text
/// (`None`: not in the bundle, so not listed). Sorted, each once.
///
/// ```
/// use corridor::publish::precache::app_files;
/// let read = |name: &str| match name {
///     "index.html" => Some("<script src=\"./boot.js\"></script><link href=\"./s.css\">".to_string()),
///     "boot.js" => Some("init('./app_bg.wasm')".to_string()),
///     "s.css" | "app_bg.wasm" => Some(String::new()),
///     _ => None,
/// };
/// assert_eq!(app_files(&["index.html", "gone.html"], read), ["app_bg.wasm", "boot.js", "index.html", "s.css"]);
/// ```
pub fn app_files(pages: &[&str], read: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let mut listed = BTreeSet::new();
    let mut queue: Vec<String> = pages.iter().map(|p| p.to_string()).collect();
    while let Some(name) = queue.pop() {
        if listed.contains(&name) {
            continue;
        }
        let Some(text) = read(&name) else { continue };
        if name.ends_with(".html") || name.ends_with(".js") {
            queue.extend(local_references(&text).into_iter().filter(|r| !listed.contains(r)));
        }
        listed.insert(name);
    }
    listed.into_iter().collect()
}
