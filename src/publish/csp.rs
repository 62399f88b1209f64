//! The Content-Security-Policy every page carries (in a `<meta>` tag, so
//! it holds on any host) and `docs/deploy/jinshan-map.conf` repeats as a
//! header: scripts from the site only (the loaders are files, see
//! [`super::loader`]) and the one inline script of the written pages, by
//! its hash ([`crate::prerender::READER_SCRIPT`]), WebAssembly allowed to
//! compile, nothing else inline but style attributes (the map's camera and
//! the scale bar set them), and images from a tile host only when
//! `map-config.json` names one.

use crate::config::TileConfig;

/// The start of a page's policy tag.
pub const POLICY_META: &str = "<meta http-equiv=\"Content-Security-Policy\"";

/// The policy for a bundle whose map config has these tiles (if any).
///
/// ```
/// use corridor::publish::csp::{policy, sha256_base64};
/// let p = policy(None);
/// let reader = sha256_base64(corridor::prerender::READER_SCRIPT);
/// assert!(p.contains(&format!("script-src 'self' 'wasm-unsafe-eval' 'sha256-{reader}';")));
/// let scripts = p.split(';').find(|d| d.trim().starts_with("script-src")).unwrap();
/// assert!(!scripts.contains("'unsafe-inline'"));
/// assert!(p.contains("img-src 'self' data: blob:;"));
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn policy(tiles: Option<&TileConfig>) -> String {
    let mut images = vec!["'self'".to_string(), "data:".into(), "blob:".into()];
    images.extend(tiles.map(tile_origins).unwrap_or_default());
    [
        "default-src 'self'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval' 'sha256-{}'", sha256_base64(crate::prerender::READER_SCRIPT)),
        "style-src 'self'".into(),
        "style-src-attr 'unsafe-inline'".into(),
        format!("img-src {}", images.join(" ")),
        // blob: URLs are the page's own (the editor's download); the
        // editor's tests read the download back through them.
        "connect-src 'self' blob:".into(),
        "worker-src 'self'".into(),
        "manifest-src 'self'".into(),
        "object-src 'none'".into(),
        "base-uri 'self'".into(),
        "form-action 'self'".into(),
    ]
    .join("; ")
        + ";"
}

/// The policy a server sends as a header for the bundle (and
/// `docs/deploy/jinshan-map.conf` repeats): the pages' own, with inline
/// `<style>` elements allowed, since the map's pages carry their
/// stylesheet inline (one round trip fewer before the first paint). Each
/// page's own policy, in its `<meta>`, narrows that to the hash of the
/// stylesheet written into it ([`with_style_hash`]); a browser enforces
/// both, so the stricter holds.
///
/// ```
/// use corridor::publish::csp::{header_policy, policy};
/// assert!(header_policy(None).contains("style-src 'self' 'unsafe-inline';"));
/// assert!(policy(None).contains("style-src 'self';"));
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn header_policy(tiles: Option<&TileConfig>) -> String {
    policy(tiles).replace(STYLE_SRC, "style-src 'self' 'unsafe-inline';")
}

const STYLE_SRC: &str = "style-src 'self';";

/// A page's policy that also allows the inline stylesheet whose SHA-256
/// is `hash` (base64, as the policy writes it).
///
/// ```
/// use corridor::publish::csp::{policy, with_style_hash};
/// assert!(with_style_hash(&policy(None), "abc=").contains("style-src 'self' 'sha256-abc=';"));
/// ```
pub fn with_style_hash(policy: &str, hash: &str) -> String {
    policy.replace(STYLE_SRC, &format!("style-src 'self' 'sha256-{hash}';"))
}

/// The SHA-256 of an inline stylesheet's or script's text, base64, as a
/// policy names it (`'sha256-…'`; for a stylesheet, [`with_style_hash`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn sha256_base64(text: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text.as_bytes()))
}

/// The origins a tile template can ask for images from: one per subdomain
/// when it has `{s}`, in the order the config gives them.
///
/// ```
/// use corridor::config::parse_config;
/// use corridor::publish::csp::tile_origins;
/// let config = parse_config(r#"{ "tiles": { "url": "https://{s}.tile.example.org/{z}/{x}/{y}.png",
///     "subdomains": ["a", "b"], "attribution": "© Example" } }"#).unwrap();
/// assert_eq!(tile_origins(config.tiles.as_ref().unwrap()),
///     ["https://a.tile.example.org", "https://b.tile.example.org"]);
/// ```
pub fn tile_origins(tiles: &TileConfig) -> Vec<String> {
    let (scheme, rest) = tiles.url.split_once("://").unwrap_or(("https", &tiles.url));
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let origin = |host: &str| format!("{scheme}://{host}");
    if host.contains("{s}") {
        tiles.subdomains.iter().map(|s| origin(&host.replace("{s}", s))).collect()
    } else {
        vec![origin(host)]
    }
}

/// Where a page's policy tag starts and ends (just after its `>`), if it has one.
pub fn policy_tag(html: &str) -> Option<(usize, usize)> {
    let at = html.find(POLICY_META)?;
    Some((at, html[at..].find('>').map_or(html.len(), |e| at + e + 1)))
}

/// The page with the policy right after its `<meta charset>` (or first in
/// `<head>`), before anything it governs. A page that already has one is
/// returned with it replaced (a rebuilt bundle finished again).
pub fn with_policy(html: &str, policy: &str) -> String {
    let tag = format!("{POLICY_META} content=\"{policy}\">");
    if let Some((at, end)) = policy_tag(html) {
        return format!("{}{tag}{}", &html[..at], &html[end..]);
    }
    let after = |mark: &str| html.find(mark).map(|at| at + mark.len());
    match after("<meta charset=\"utf-8\">").or_else(|| after("<head>")) {
        Some(at) => format!("{}\n  {tag}{}", &html[..at], &html[at..]),
        None => html.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_config;

    #[test]
    fn tiles_without_subdomains_add_their_one_host() {
        let c = parse_config(
            r#"{ "tiles": { "url": "http://tiles.example.cn:8080/{z}/{x}/{y}.png", "attribution": "x" } }"#,
        )
        .expect("valid");
        let p = policy(c.tiles.as_ref());
        assert!(p.contains("img-src 'self' data: blob: http://tiles.example.cn:8080;"), "{p}");
    }

    #[test]
    fn the_policy_follows_the_charset_and_is_replaced_not_repeated() {
        let page = "<html><head>\n  <meta charset=\"utf-8\"></head></html>";
        let once = with_policy(page, "default-src 'self';");
        assert!(once.starts_with("<html><head>\n  <meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';\">"), "{once}");
        assert!(with_policy("<head><title>", "x").starts_with("<head>\n  <meta http-equiv"));
        let twice = with_policy(&once, "default-src 'none';");
        assert_eq!(twice.matches("Content-Security-Policy").count(), 1);
        assert!(twice.contains("default-src 'none';"));
    }
}
