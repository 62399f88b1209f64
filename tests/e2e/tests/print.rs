//! Printing what people print: the map page and a station's card, printed
//! to A4 PDF by Chromium (`Page.printToPDF` through chromedriver) and read
//! back with poppler's `pdftotext`; and the print stylesheet checked in the
//! page with print media emulated. Names, labels and counts come from the
//! data (`corridor::model::load`) and the i18n table.
//!
//! ```text
//! trunk build --release                       # dist/ must exist
//! cargo test -p corridor-e2e --test print -- --test-threads=2
//! ```
//!
//! The PDFs stay in `target/e2e-tmp/print-*.pdf` to look at
//! (`pdftoppm -png -r 60 target/e2e-tmp/print-card.pdf /tmp/print`).

use std::path::PathBuf;

use corridor::i18n::{Lang, Msg};
use corridor::link::MapApp;
use corridor_e2e::map::{open_map, settled};
use corridor_e2e::print::{emulate_media, pdf_pages, print_to_pdf};
use corridor_e2e::{paths, timeout, wait_for, Browser};
use corridor_e2e::{StaticServer, DESKTOP, PHONE};
use fantoccini::Client;
use serde_json::Value;

/// The station whose card is printed (a link printed in its QR code).
const STATION: &str = "memorial";

fn out(name: &str) -> PathBuf {
    let dir = paths::scratch_root();
    std::fs::create_dir_all(&dir).expect("creating target/e2e-tmp");
    dir.join(format!("print-{name}.pdf"))
}

/// Text without any white space: pdftotext spaces and wraps CJK text.
fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every source's title and publisher in the data, squeezed, longest first
/// (so a title is taken out whole before a publisher inside it).
fn cited_texts(c: &corridor::model::Corridor) -> Vec<String> {
    let mut texts: Vec<String> = c
        .all_sources()
        .flat_map(|s| std::iter::once(&s.title).chain(s.publisher.as_ref()))
        .map(|t| squeezed(&t.zh))
        .filter(|t| !t.is_empty())
        .collect();
    texts.sort();
    texts.dedup();
    texts.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
    texts
}

/// Checks that no printed page shows a map control: the zoom, fit and
/// locate buttons' names, the zoom buttons' glyph, the language switch.
fn assert_no_controls(pages: &[String], what: &str) {
    for (i, page) in pages.iter().enumerate() {
        let page = squeezed(page);
        for lang in [Lang::ZhCn, Lang::En] {
            for msg in [Msg::ZoomIn, Msg::ZoomOut, Msg::FitAll, Msg::Locate, Msg::Close, Msg::Previous, Msg::Next] {
                let label = squeezed(msg.text(lang));
                assert!(!page.contains(&label), "{what}: page {} shows the control {label:?}:\n{page}", i + 1);
            }
        }
        assert!(!page.contains('\u{2212}'), "{what}: page {} shows the zoom-out button's \u{2212}", i + 1);
    }
}

async fn print_page(b: &Client, name: &str) -> (PathBuf, Vec<String>) {
    let path = out(name);
    print_to_pdf(b, &path).await;
    let pages = pdf_pages(&path);
    eprintln!("{}: {} page(s)", path.display(), pages.len());
    (path, pages)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_station_link_prints_its_card_first_on_one_page() {
    let corridor = paths::real_corridor();
    let station = corridor.station(STATION).unwrap_or_else(|| panic!("no station {STATION} in the data"));
    let server = StaticServer::dist_or_panic();
    for (size, name) in [(DESKTOP, "card-desktop"), (PHONE, "card-phone")] {
        let b = Browser::launch_or_panic(size.0, size.1).await;
        open_map(&b, &server, &format!("/?s={STATION}")).await;
        wait_for(&b, ".station-card", timeout()).await;
        settled(&b).await;
        let (path, pages) = print_page(&b, name).await;
        let what = format!("printing /?s={STATION} from a {}x{} window ({})", size.0, size.1, path.display());
        let first = squeezed(pages.first().map(String::as_str).unwrap_or_default());
        // The card comes first: its title within page 1's first lines
        // (the list further down names every station too).
        let title = squeezed(station.name.get(Lang::ZhCn));
        let top: String =
            pages.first().into_iter().flat_map(|p| p.lines()).filter(|l| !l.trim().is_empty()).take(2).collect();
        assert!(
            squeezed(&top).contains(&title),
            "{what}: page 1 should start with the card's title {title:?}:\n{first}"
        );
        // The whole card on page 1: its last section (the sources) too,
        // with their addresses written out.
        let sources = squeezed(Msg::Sources.text(Lang::ZhCn));
        assert!(first.contains(&sources), "{what}: page 1 should end the card with its {sources:?}:\n{first}");
        for source in &station.sources {
            if let Some(url) = &source.url {
                let host = url.split('/').nth(2).unwrap_or(url);
                assert!(
                    first.contains(&format!("({}//{host}", url.split('/').next().unwrap_or_default())),
                    "{what}: the source link {url} is not written out:\n{first}"
                );
            }
        }
        // Map-app links are hidden on paper, never printed as empty pills.
        // A source may be named after the same app (高德地图地理编码): its
        // title and publisher are taken out of the text before looking.
        let cited = cited_texts(&corridor);
        let without_sources = |page: &str| {
            let mut page = squeezed(page);
            for cited in &cited {
                page = page.replace(cited, "");
            }
            page
        };
        for app in MapApp::ALL {
            let label = squeezed(app.label(Lang::ZhCn));
            assert!(
                !pages.iter().any(|p| without_sources(p).contains(&label)),
                "{what}: the map-app link {label:?} printed"
            );
        }
        assert_no_controls(&pages, &what);
        assert!(pages.len() <= 3, "{what}: {} pages (the card, then the map and the list)", pages.len());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_map_page_prints_the_whole_map_and_list_on_two_pages() {
    let corridor = paths::real_corridor();
    let server = StaticServer::dist_or_panic();
    for (size, name) in [(DESKTOP, "map-desktop"), (PHONE, "map-phone")] {
        let b = Browser::launch_or_panic(size.0, size.1).await;
        open_map(&b, &server, "/").await;
        // Zoomed well in first (the drawing's margin then no longer holds
        // the whole corridor): the printed map is the whole corridor anyway.
        for _ in 0..3 {
            b.execute("document.querySelector('.map-controls button.zoom-in').click(); return true;", vec![])
                .await
                .expect("clicking zoom in");
            settled(&b).await;
        }
        let (path, pages) = print_page(&b, name).await;
        let what = format!("printing / from a {}x{} window ({})", size.0, size.1, path.display());
        assert!(pages.len() <= 2, "{what}: {} pages, at most 2 wanted", pages.len());
        assert_no_controls(&pages, &what);
        // Every station in the list, every placed one's number on the map.
        let all = squeezed(&pages.concat());
        for s in &corridor.stations {
            let n = squeezed(s.name.get(Lang::ZhCn));
            assert!(all.contains(&n), "{what}: station {n:?} is not printed");
        }
        let mut placed: Vec<u32> = corridor.stations.iter().filter(|s| s.position.is_some()).map(|s| s.order).collect();
        placed.sort_unstable();
        map_shows_in_print(&b, &placed, &what).await;
    }
}

/// With print media emulated and `beforeprint` fired as the browser does
/// when it prints: every station of `placed` is drawn inside the map's box,
/// as its own numbered marker or inside a group. Restores screen media.
async fn map_shows_in_print(b: &Client, placed: &[u32], what: &str) {
    emulate_media(b, "print", &[]).await;
    b.execute("window.dispatchEvent(new Event('beforeprint')); return true;", vec![]).await.expect("beforeprint");
    let wanted = format!("{what}: every placed station's marker ({placed:?}) inside the printed map's box");
    corridor_e2e::eventually_on(b, &wanted, timeout(), || async {
        let v = b
            .execute(
                "const box = document.querySelector('.map-frame').getBoundingClientRect();
                 const inside = [...document.querySelectorAll('svg.corridor-map g.station-marker')].filter(m => {
                   const r = m.getBoundingClientRect();
                   const x = r.left + r.width / 2, y = r.top + r.height / 2;
                   return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
                 });
                 const numbers = inside.map(m => Number(m.querySelector('.marker-number').textContent));
                 // Stations close together are drawn as one group: count them
                 // by the group's size, as zeros (no single number to show).
                 for (const k of document.querySelectorAll('svg.corridor-map g.cluster')) {
                   const r = k.getBoundingClientRect();
                   const x = r.left + r.width / 2, y = r.top + r.height / 2;
                   if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom)
                     for (let i = 0; i < Number(k.dataset.count); i++) numbers.push(0);
                 }
                 return numbers.sort((a, b) => a - b);",
                vec![],
            )
            .await
            .map_err(|e| e.to_string())?;
        let n: Vec<u32> = v.as_array().into_iter().flatten().filter_map(Value::as_u64).map(|n| n as u32).collect();
        // Every placed station is inside: by its own number, or in a group.
        let numbered: Vec<u32> = n.iter().copied().filter(|&k| k != 0).collect();
        let all_there = n.len() == placed.len() && numbered.iter().all(|k| placed.contains(k));
        if all_there {
            Ok(())
        } else {
            Err(format!("markers inside: {n:?}"))
        }
    })
    .await;
    b.execute("window.dispatchEvent(new Event('afterprint')); return true;", vec![]).await.expect("afterprint");
    emulate_media(b, "", &[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn print_media_hides_every_control() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    open_map(&b, &server, &format!("/?s={STATION}")).await;
    wait_for(&b, ".station-card", timeout()).await;
    emulate_media(&b, "print", &[]).await;
    let controls = [".map-controls", ".lang-switch", ".skip-link", ".card-close", ".card-nav", ".nav-links"];
    let shown = b
        .execute(
            "return arguments[0].filter(css => {
               const e = document.querySelector(css);
               if (!e) return true;  // missing: say so
               return getComputedStyle(e).display !== 'none';
             });",
            vec![Value::from(controls.to_vec())],
        )
        .await
        .expect("reading the controls' display");
    assert_eq!(shown, Value::from(Vec::<String>::new()), "in print these should be display:none (or are missing)");
    // Paper is light even when the phone is in dark mode.
    emulate_media(&b, "print", &[("prefers-color-scheme", "dark")]).await;
    let colours = b
        .execute(
            "const s = getComputedStyle(document.body), c = getComputedStyle(document.querySelector('.card-title'));
             return [s.backgroundColor, c.color];",
            vec![],
        )
        .await
        .expect("reading the printed colours");
    assert_eq!(
        colours,
        serde_json::json!(["rgb(255, 255, 255)", "rgb(31, 26, 23)"]),
        "printing from a phone in dark mode should still give dark ink on white paper"
    );
}
