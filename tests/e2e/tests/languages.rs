//! Traditional Chinese, the third interface language: chosen by `lang=zh-Hant`,
//! by a browser set to Chinese of Taiwan / Hong Kong, and by the switch; the
//! interface and the data's texts (converted at build time into the bundle's
//! copy of the data) read in traditional characters. Expected texts come
//! from the `corridor` library's i18n table and from the bundle's data file.
//!
//! ```text
//! trunk build --release
//! cargo test -p corridor-e2e --test languages -- --test-threads=2
//! ```

use corridor::i18n::{Lang, Msg};
use corridor::model::load;
use corridor_e2e::{
    attrs, eventually_on, paths, query_param, texts, timeout, wait_for, Browser, BrowserOptions, StaticServer, PHONE,
};
use fantoccini::Client;
use serde_json::Value;

/// Characters that exist only in simplified script: a traditional page that
/// shows one was not converted.
const SIMPLIFIED_ONLY: &str = "这个们来时说对发问点图数据错误线显为边实东门车长书见关开进还张桥农镇卫园馆谔汉区级纪";

/// The corridor as the bundle serves it (with its converted texts).
fn bundle_corridor() -> corridor::model::Corridor {
    let path = paths::dist_dir().join("data/corridor.geojson");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}; build the bundle first", path.display()));
    load(&bytes).corridor.expect("the bundle's data loads")
}

async fn open(b: &Client, server: &StaticServer, path: &str) {
    let url = server.url(path);
    b.goto(&url).await.unwrap_or_else(|e| panic!("cannot open {url}: {e}"));
    wait_for(b, "svg.corridor-map", timeout()).await;
}

async fn html_lang(b: &Client) -> String {
    let v = b.execute("return document.documentElement.lang;", vec![]).await.expect("reading <html lang>");
    v.as_str().unwrap_or_default().to_string()
}

/// The interface's own words on the page now: headings, list, card (its
/// facts, not the sources it cites as published), legend, buttons' names.
async fn interface_text(b: &Client) -> String {
    let js = "const parts = [];
        for (const el of document.querySelectorAll('header, .station-list, .card-head, .card-kind, .card-facts, \
             .card-description, .card-see-do, .card-nav, .legend, .map-pane button')) {
          parts.push(el.innerText || '', el.getAttribute('aria-label') || '');
        }
        return parts.join('\\n');";
    b.execute(js, vec![]).await.expect("reading the page's text").as_str().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn traditional_chinese_by_url_reads_traditional_throughout() {
    let corridor = bundle_corridor();
    // Read the converted field itself, not through Texts::get, which the
    // page uses too: a fault there must show as a wrong page, not a wrong
    // expectation.
    let (station, hant_name) = corridor
        .stations
        .iter()
        .find_map(|s| s.name.zh_hant.clone().filter(|h| *h != s.name.zh).map(|h| (s, h)))
        .expect("the bundle's data has converted station names");
    let server = StaticServer::dist_or_panic();
    let b = Browser::phone().await;

    open(&b, &server, &format!("/?s={}&lang=zh-Hant", station.id)).await;
    assert_eq!(html_lang(&b).await, "zh-Hant");
    let title = eventually_on(&b, "the card's title", timeout(), || async {
        match texts(&b, ".station-card .card-title").await.as_slice() {
            [t] => Ok(t.clone()),
            other => Err(format!("titles {other:?}")),
        }
    })
    .await;
    assert!(title.contains(&hant_name), "card title {title:?} should hold {hant_name:?}");
    let h1 = texts(&b, "h1").await;
    assert_eq!(h1, [Msg::AppTitle.text(Lang::ZhHant)]);
    let kind = texts(&b, ".station-card .card-kind").await.join(" ");
    assert!(kind.contains(station.category.label(Lang::ZhHant)), "card kind {kind:?}");

    let text = interface_text(&b).await;
    let simplified: Vec<char> = text.chars().filter(|c| SIMPLIFIED_ONLY.contains(*c)).collect();
    assert!(simplified.is_empty(), "simplified characters {simplified:?} in the traditional page:\n{text}");

    // Station links keep the language.
    let hrefs = attrs(&b, "ol.station-list a.station-link", "href").await;
    assert_eq!(hrefs.len(), corridor.stations.len());
    assert!(hrefs.iter().all(|h| h.ends_with("?lang=zh-Hant")), "{hrefs:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_browser_set_to_taiwan_chinese_gets_traditional_and_the_switch_changes_it() {
    let server = StaticServer::dist_or_panic();
    let mut options = BrowserOptions::new(PHONE.0, PHONE.1);
    options.accept_languages = "zh-TW,zh".to_string();
    let b = Browser::launch_with(options).await.unwrap_or_else(|e| panic!("{e}"));

    open(&b, &server, "/").await;
    assert_eq!(html_lang(&b).await, "zh-Hant", "zh-TW browsers read traditional");
    assert_eq!(texts(&b, "h1").await, [Msg::AppTitle.text(Lang::ZhHant)]);
    let pressed = attrs(&b, "button.lang-choice[aria-pressed=\"true\"]", "lang").await;
    assert_eq!(pressed, ["zh-Hant"], "the switch shows the language in use");

    // Each choice of the switch, in turn.
    for lang in [Lang::ZhCn, Lang::En, Lang::ZhHant] {
        let css = format!("button.lang-choice[lang=\"{}\"]", lang.tag());
        wait_for(&b, &css, timeout()).await.click().await.expect("clicking a language");
        eventually_on(&b, &format!("the page in {}", lang.tag()), timeout(), || async {
            let h1 = texts(&b, "h1").await;
            if h1 == [Msg::AppTitle.text(lang)] && html_lang(&b).await == lang.tag() {
                Ok(())
            } else {
                Err(format!("h1 {h1:?}"))
            }
        })
        .await;
    }
    // Back in the browser's own language, the URL needs no lang=.
    assert_eq!(query_param(&b, "lang").await, None);
    let problems: Value =
        b.execute("return document.querySelectorAll('.data-problems').length;", vec![]).await.expect("js");
    assert_eq!(problems, Value::from(0));
}

/// Waits until the tab's title is `want`.
async fn wait_title(b: &Client, want: &str) {
    eventually_on(b, &format!("the tab titled {want:?}"), timeout(), || async {
        let title = b.title().await.map_err(|e| e.to_string())?;
        if title == want {
            Ok(())
        } else {
            Err(format!("title {title:?}"))
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tab_is_titled_by_the_open_station_in_every_language() {
    let corridor = bundle_corridor();
    let station = corridor.stations.first().expect("a station");
    let server = StaticServer::dist_or_panic();
    let b = Browser::desktop().await;
    for lang in Lang::ALL {
        open(&b, &server, &format!("/?s={}&lang={}", station.id, lang.tag())).await;
        wait_title(&b, &corridor::i18n::page_title(lang, Some(station.name.get(lang)))).await;
    }
    // Closing the card gives the map's own title back.
    b.execute("document.querySelector('.card-close').click();", vec![]).await.expect("closing the card");
    wait_title(&b, Msg::AppTitle.text(Lang::En)).await;
}
