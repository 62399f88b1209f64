//! "Listen" on the card in headless Chromium, with the browser's speech
//! synthesis replaced by a recorder before the page loads: with a Chinese
//! voice the button reads the card's text (as `corridor::speech` writes it)
//! in Chinese, pauses, resumes and stops; with no voice for the language
//! there is no button.
//!
//! ```text
//! scripts/tools.sh build_release
//! cargo test -p corridor-e2e --test listen -- --test-threads=2
//! ```

use corridor::i18n::{Lang, Msg};
use corridor::speech::card_speech;
use corridor_e2e::planner::{click, corridor, js};
use corridor_e2e::print::cdp;
use corridor_e2e::{count, eventually_on, texts, timeout, wait_for, Browser, StaticServer};
use fantoccini::Client;
use serde_json::json;

/// Installs, for every page this browser opens, a speech synthesis that
/// has `voices` (language tags) and records what it is asked to do.
async fn mock_speech(b: &Client, voices: &[&str]) {
    let voices = serde_json::to_string(voices).unwrap_or_default();
    let source = format!(
        "window.__speech = [];
         const voices = {voices}.map((lang, i) => ({{ lang, name: 'mock ' + i, voiceURI: 'mock' + i, localService: true, default: i === 0 }}));
         const fake = {{
           getVoices: () => voices, speaking: false, paused: false, pending: false,
           speak(u) {{ window.__speech.push(['speak', u.text, u.lang]); this.current = u; }},
           pause() {{ window.__speech.push(['pause']); }},
           resume() {{ window.__speech.push(['resume']); }},
           cancel() {{ window.__speech.push(['cancel']); }},
           addEventListener() {{}}, removeEventListener() {{}},
         }};
         Object.defineProperty(window, 'speechSynthesis', {{ value: fake, configurable: true }});
         window.SpeechSynthesisUtterance = class {{ constructor(text) {{ this.text = text; this.lang = ''; this.voice = null; }} }};"
    );
    cdp(b, "Page.addScriptToEvaluateOnNewDocument", json!({ "source": source })).await;
}

async fn calls(b: &Client) -> Vec<Vec<String>> {
    let v = js(b, "return window.__speech", vec![]).await;
    serde_json::from_value(v).unwrap_or_default()
}

async fn until_calls(b: &Client, want: Vec<Vec<String>>) {
    eventually_on(b, "the speech calls", timeout(), || {
        let want = want.clone();
        async move {
            let got: Vec<Vec<String>> = calls(b).await.into_iter().filter(|c| c[0] != "cancel").collect();
            if got == want {
                Ok(())
            } else {
                Err(format!("{got:?}"))
            }
        }
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listen_reads_the_card_in_chinese_and_pauses_and_stops() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let s = &c.stations[1];
    let b = Browser::phone().await;
    mock_speech(&b, &["en-US", "zh-CN"]).await;
    b.goto(&server.url(&format!("/?s={}&lang=zh-CN", s.id))).await.expect("a station link");
    wait_for(&b, ".station-card .card-listen", timeout()).await;
    assert_eq!(texts(&b, ".card-listen").await, [Msg::Listen.text(Lang::ZhCn)]);
    click(&b, ".card-listen").await;
    let text = card_speech(s, Lang::ZhCn);
    until_calls(&b, vec![vec!["speak".into(), text.clone(), "zh-CN".into()]]).await;
    click(&b, ".card-listen-pause").await;
    wait_for(&b, ".card-listen-pause", timeout()).await;
    assert_eq!(texts(&b, ".card-listen-pause").await, [Msg::ListenResume.text(Lang::ZhCn)]);
    click(&b, ".card-listen-pause").await;
    until_calls(
        &b,
        vec![vec!["speak".into(), text.clone(), "zh-CN".into()], vec!["pause".into()], vec!["resume".into()]],
    )
    .await;
    click(&b, ".card-listen-stop").await;
    wait_for(&b, ".card-listen", timeout()).await;
    // The reading ends: the page shows "listen" again when the voice finishes.
    click(&b, ".card-listen").await;
    js(&b, "const u = window.speechSynthesis.current; u.onend && u.onend(new Event('end')); return true;", vec![])
        .await;
    wait_for(&b, ".card-listen", timeout()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn there_is_no_listen_button_without_a_voice_for_the_language() {
    let (c, server) = (corridor(), StaticServer::dist_or_panic());
    let b = Browser::phone().await;
    mock_speech(&b, &["de-DE"]).await;
    b.goto(&server.url(&format!("/?s={}&lang=en", c.stations[0].id))).await.expect("a station link");
    wait_for(&b, ".station-card .card-stamps", timeout()).await;
    assert_eq!(count(&b, ".card-listen").await, 0);
    // An English voice, English page: the button is there and reads English.
    let b = Browser::phone().await;
    mock_speech(&b, &["en-GB"]).await;
    b.goto(&server.url(&format!("/?s={}&lang=en", c.stations[0].id))).await.expect("a station link");
    wait_for(&b, ".station-card .card-listen", timeout()).await;
    click(&b, ".card-listen").await;
    until_calls(&b, vec![vec!["speak".into(), card_speech(&c.stations[0], Lang::En), "en-GB".into()]]).await;
}
