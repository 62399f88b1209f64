//! The station posters in headless Chromium: every poster and sticker on
//! the posters page, photographed and read back by a QR decoder, carries
//! its station's permanent link with the scan marker; so does every SVG
//! the print-shop command writes; the page warns about a site address that
//! would not work once printed and takes `site_url` from the map config;
//! and "print all" gives one A4 page per station.
//!
//! ```text
//! scripts/tools.sh build_release   # dist/ with posters.html
//! cargo test -p corridor-e2e --test posters -- --test-threads=2
//! ```

use corridor::i18n::poster::{site_warning as warning_text, PoMsg};
use corridor::i18n::Lang;
use corridor::poster::{scan_link, Sheet, SiteWarning};
use corridor_e2e::planner::{corridor, js, set_value};
use corridor_e2e::print::{pdf_pages, print_to_pdf};
use corridor_e2e::qr::decode_png;
use corridor_e2e::{eventually_on, texts, timeout, wait_for, Browser, StaticServer};
use fantoccini::{Client, Locator};
use serde_json::Value;

const SITE: &str = "https://example.gov.cn/jinshan-map/";

/// A window tall enough for a whole A4 sheet at 96 px per inch.
async fn tall_browser() -> Browser {
    Browser::launch_or_panic(900, 1200).await
}

async fn open(b: &Client, server: &StaticServer, query: &str) {
    b.goto(&server.url(&format!("/posters.html{query}"))).await.expect("opening the posters page");
    wait_for(b, "main.posters[data-ready=\"true\"] .sheet svg", timeout()).await;
}

/// Waits until the page's sheets are drawn for `site` and `sheet`.
async fn until_drawn(b: &Client, site: &str, sheet: Sheet) {
    let want = format!("{site} {}", sheet.name());
    eventually_on(b, "the sheets for the site", timeout(), || {
        let want = want.clone();
        async move {
            let got = js(
                b,
                "const m = document.querySelector('main.posters'); const s = document.querySelector('.sheet svg');
                 return m.dataset.site + ' ' + m.dataset.sheet + (s && s.classList.contains(m.dataset.sheet) ? '' : ' (not drawn)');",
                vec![],
            )
            .await;
            if got.as_str() == Some(want.as_str()) {
                Ok(())
            } else {
                Err(format!("{got}"))
            }
        }
    })
    .await
}

/// Checks what a phone would read from the sheet of `id`: exactly one code,
/// the station's permanent link on the site with the scan marker, which
/// the map reads as that station.
fn assert_opens(read: &[String], id: &str, what: &str) {
    assert_eq!(read, [scan_link(SITE, id)], "{what}");
    let url = url::Url::parse(&read[0]).unwrap_or_else(|e| panic!("{what}: {} is not a URL: {e}", read[0]));
    assert_eq!(corridor::link::PagePath::parse(url.path()).station.as_deref(), Some(id), "{what}");
    assert!(corridor::stamps::is_scan(url.query().unwrap_or_default()), "{what}");
    assert!(read[0].starts_with(SITE), "{what}");
}

/// The QR texts read from a picture of the sheet of station `id`.
async fn scan(b: &Client, id: &str) -> Vec<String> {
    let css = format!(".sheet[data-id=\"{id}\"] svg");
    js(
        b,
        "document.querySelector(arguments[0]).scrollIntoView({block: 'start'}); return true;",
        vec![Value::from(css.as_str())],
    )
    .await;
    let el = b.find(Locator::Css(&css)).await.unwrap_or_else(|e| panic!("no sheet for {id}: {e}"));
    let png = el.screenshot().await.unwrap_or_else(|e| panic!("cannot photograph the sheet of {id}: {e}"));
    decode_png(&png).unwrap_or_else(|e| panic!("the sheet of {id}: {e}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_poster_and_sticker_on_the_page_scans_to_its_station() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let b = tall_browser().await;
    open(&b, &server, "?lang=en").await;
    set_value(&b, "#po-site", SITE).await;
    for sheet in Sheet::ALL {
        js(&b, "const r = document.querySelector(arguments[0]); r.checked = true; r.dispatchEvent(new Event('change', {bubbles: true})); return true;",
            vec![Value::from(format!("input[name=\"po-size\"][value=\"{}\"]", sheet.name()))]).await;
        until_drawn(&b, SITE, sheet).await;
        for s in &c.stations {
            assert_opens(&scan(&b, &s.id).await, &s.id, &format!("the {} of {}", sheet.name(), s.id));
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_print_shop_commands_svgs_scan_to_their_stations() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let out = corridor_e2e::paths::temp_dir("posters");
    let status = std::process::Command::new(env!("CARGO"))
        .current_dir(corridor_e2e::paths::workspace_root())
        .args(["run", "-q", "--locked", "--bin", "corridor-posters", "--", "--site", SITE, "--out"])
        .arg(&out)
        .status()
        .expect("running corridor-posters");
    assert!(status.success(), "corridor-posters failed: {status}");
    let b = tall_browser().await;
    b.goto(&server.url("/posters.html?lang=en")).await.expect("a page to draw in");
    for s in &c.stations {
        for sheet in Sheet::ALL {
            let file = out.join(format!("{}-{}.svg", s.id, sheet.name()));
            let svg = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            js(&b, "document.body.innerHTML = '<div class=\"sheet\" data-id=\"' + arguments[1] + '\">' + arguments[0] + '</div>'; return true;",
                vec![Value::from(svg), Value::from(s.id.as_str())]).await;
            assert_opens(&scan(&b, &s.id).await, &s.id, &file.display().to_string());
        }
    }
    let _ = std::fs::remove_dir_all(&out);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_warns_about_addresses_a_printed_code_cannot_use() {
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;
    // No site_url: the page's own address, here the test server's loopback.
    open(&b, &server, "?lang=en").await;
    let said = texts(&b, ".po-source, .po-warning").await;
    assert_eq!(
        said,
        [PoMsg::PageSite.text(Lang::En).to_string(), warning_text(Lang::En, SiteWarning::Local).to_string()]
    );
    for (site, warning) in [("http://example.gov.cn/map/", Some(SiteWarning::NotHttps)), (SITE, None)] {
        set_value(&b, "#po-site", site).await;
        until_drawn(&b, site, Sheet::Poster).await;
        let want: Vec<String> = warning.map(|w| warning_text(Lang::En, w).to_string()).into_iter().collect();
        assert_eq!(texts(&b, ".po-warning").await, want, "{site}");
    }
    // The config's address wins over the page's own.
    server.set_override("/map-config.json", 200, format!(r#"{{ "tiles": null, "site_url": "{SITE}" }}"#));
    open(&b, &server, "?lang=zh-CN").await;
    until_drawn(&b, SITE, Sheet::Poster).await;
    assert_eq!(texts(&b, ".po-source").await, [PoMsg::ConfigSite.text(Lang::ZhCn)]);
    assert!(texts(&b, ".po-warning").await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn print_all_gives_one_a4_page_per_station() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let b = Browser::desktop().await;
    open(&b, &server, "?lang=en").await;
    set_value(&b, "#po-site", SITE).await;
    until_drawn(&b, SITE, Sheet::Poster).await;
    let out = std::env::temp_dir().join(format!("posters-{}.pdf", std::process::id()));
    print_to_pdf(&b, &out).await;
    let pages = pdf_pages(&out);
    assert_eq!(pages.len(), c.stations.len(), "one page a station");
    for (page, s) in pages.iter().zip(&c.stations) {
        let compact: String = page.chars().filter(|ch| !ch.is_whitespace()).collect();
        assert!(compact.contains(s.name.get(Lang::ZhCn)), "page of {} has its name: {page}", s.id);
    }
    let size = std::process::Command::new("pdfinfo").arg(&out).output().expect("pdfinfo (poppler-utils)");
    let info = String::from_utf8_lossy(&size.stdout);
    assert!(info.contains("(A4)"), "the pages are A4: {info}");
}
