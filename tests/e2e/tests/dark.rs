//! Dark mode (`prefers-color-scheme: dark`, emulated through the DevTools
//! protocol): the page really is dark, axe-core finds no WCAG 2.1 A/AA or
//! best-practice violation on the map page and on a phone's card, and the
//! map's own colours (labels on the ground, numbers on markers, the rings
//! of estimated places) keep their contrast, in dark and in light.
//!
//! ```text
//! trunk build --release                       # dist/ must exist
//! cargo test -p corridor-e2e --test dark -- --test-threads=2
//! ```

use corridor_e2e::map::open_map;
use corridor_e2e::{timeout, wait_for, Browser, BrowserOptions, StaticServer, DESKTOP, PHONE};
use fantoccini::Client;

/// Relative luminance (WCAG) of the page's background at most this: dark.
const DARK_LUMINANCE: f64 = 0.05;

async fn browser(size: (u32, u32), dark: bool) -> Browser {
    let mut options = BrowserOptions::new(size.0, size.1);
    options.dark = dark;
    Browser::launch_with(options).await.unwrap_or_else(|e| panic!("cannot start Chromium: {e}"))
}

use corridor_e2e::axe::violations;

/// WCAG luminance and contrast in the page, for computed colours.
const COLOUR_JS: &str = "
const rgb = c => { const m = c.match(/[\\d.]+/g); return m ? m.slice(0, 3).map(Number) : null; };
const lum = c => { const v = rgb(c); if (!v) return NaN;
  const [r, g, b] = v.map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
";

/// The luminance of the backgrounds a reader sees most: the page, the
/// card (if open), and the map's ground.
async fn backgrounds(b: &Client) -> Vec<(String, f64)> {
    let js = [
        COLOUR_JS,
        "const out = [['body', lum(getComputedStyle(document.body).backgroundColor)]];
         const card = document.querySelector('.station-card');
         if (card) out.push(['.station-card', lum(getComputedStyle(card).backgroundColor)]);
         const land = document.querySelector('svg.corridor-map .land');
         out.push(['the map ground', land ? lum(getComputedStyle(land).fill) : NaN]);
         return out;",
    ]
    .concat();
    let v = b.execute(&js, vec![]).await.expect("reading the backgrounds");
    v.as_array()
        .into_iter()
        .flatten()
        .map(|p| (p[0].as_str().unwrap_or_default().to_string(), p[1].as_f64().unwrap_or(f64::NAN)))
        .collect()
}

/// The map's drawn colours that must stay readable: text on the ground
/// (4.5:1), numbers on markers (4.5:1), rings and dots against the ground
/// (3:1, WCAG 1.4.11). Returns what falls short.
async fn map_contrast_problems(b: &Client) -> Vec<String> {
    let js = [
        COLOUR_JS,
        "const land = getComputedStyle(document.querySelector('svg.corridor-map .land')).fill;
         const first = sel => document.querySelector('svg.corridor-map ' + sel);
         const style = sel => { const e = first(sel); return e ? getComputedStyle(e) : null; };
         const problems = [];
         const check = (what, a, b, need) => {
           const c = contrast(a, b);
           if (!(c >= need)) problems.push(`${what}: ${c.toFixed(2)}:1 (${a} on ${b}), ${need}:1 needed`);
         };
         for (const sel of ['.station-label', '.unit-label', '.context-label']) {
           const s = style(sel); if (s) check(sel + ' on the ground', s.fill, land, 4.5);
           else if (sel === '.station-label') problems.push('no .station-label drawn');
         }
         const dot = style('.marker-dot'), num = style('.marker-number');
         if (dot && num) { check('marker number on its dot', num.fill, dot.fill, 4.5);
                           // Its edge shows by its fill or by its rim, whichever stands out.
                           const [f, r] = [contrast(dot.fill, land), contrast(dot.stroke, land)];
                           check('marker dot (' + (f >= r ? 'fill' : 'rim') + ') on the ground', f >= r ? dot.fill : dot.stroke, land, 3); }
         else problems.push('no marker drawn');
         const ring = style('.station-marker.approximate .marker-ring');
         if (ring) check('estimated-place ring on the ground', ring.stroke, land, 3);
         const avenue = style('.avenue');
         if (avenue) check('the avenue on the ground', avenue.stroke, land, 1.5);
         return problems;",
    ]
    .concat();
    let v = b.execute(&js, vec![]).await.expect("measuring the map's colours");
    v.as_array().into_iter().flatten().filter_map(|s| s.as_str().map(str::to_string)).collect()
}

/// The page now (`what`) is dark, axe finds nothing, and the map's
/// colours keep their contrast.
async fn assert_dark_and_clean(b: &Client, what: &str) {
    for (part, l) in backgrounds(b).await {
        assert!(
            l <= DARK_LUMINANCE,
            "{what} in dark mode: {part} has luminance {l:.3}, above {DARK_LUMINANCE}: not dark"
        );
    }
    let found = violations(b).await;
    assert!(found.is_empty(), "{what} in dark mode: {} violation(s):\n{}", found.len(), found.join("\n"));
    let map = map_contrast_problems(b).await;
    assert!(map.is_empty(), "{what}: the dark map's colours:\n{}", map.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dark_map_page_is_dark_and_has_no_violations_on_a_desktop() {
    let server = StaticServer::dist_or_panic();
    let b = browser(DESKTOP, true).await;
    open_map(&b, &server, "/").await;
    assert_dark_and_clean(&b, "the map page").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dark_station_card_on_a_phone_is_dark_and_has_no_violations() {
    let server = StaticServer::dist_or_panic();
    let b = browser(PHONE, true).await;
    for path in ["/?s=zhangqiao", "/?s=memorial&lang=en"] {
        open_map(&b, &server, path).await;
        wait_for(&b, ".station-card", timeout()).await;
        corridor_e2e::map::settled(&b).await;
        assert_dark_and_clean(&b, path).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_light_map_keeps_its_contrast_and_stays_light() {
    let server = StaticServer::dist_or_panic();
    let b = browser(PHONE, false).await;
    open_map(&b, &server, "/?s=zhangqiao").await;
    for (what, l) in backgrounds(&b).await {
        assert!(l > 0.5, "light mode: {what} has luminance {l:.3}: should be light");
    }
    let map = map_contrast_problems(&b).await;
    assert!(map.is_empty(), "the light map's colours:\n{}", map.join("\n"));
}
