//! "Listen": the card read aloud by the browser's speech synthesis in the
//! interface language, with pause and stop. Shown only when the browser
//! has a voice that can read that language (voices may arrive late: the
//! `voiceschanged` event says so).

use super::nav::Nav;
use corridor::i18n::{Lang, Msg};
use corridor::speech::pick_voice;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

#[derive(Clone, Copy, PartialEq)]
enum Reading {
    Idle,
    Speaking,
    Paused,
}

fn synth() -> Option<SpeechSynthesis> {
    window().speech_synthesis().ok()
}

/// The browser's best voice for `lang`, if any.
fn voice_for(lang: Lang) -> Option<SpeechSynthesisVoice> {
    // `getVoices` returns voices by the standard; read them as such.
    let voices: Vec<SpeechSynthesisVoice> =
        synth()?.get_voices().iter().map(|v| v.unchecked_into::<SpeechSynthesisVoice>()).collect();
    let tags: Vec<String> = voices.iter().map(|v| v.lang()).collect();
    pick_voice(tags.iter().map(String::as_str), lang).and_then(|i| voices.get(i).cloned())
}

#[component]
pub fn ListenButton(text: Signal<String>) -> impl IntoView {
    let nav = Nav::get();
    let reading = RwSignal::new(Reading::Idle);
    // Bumped when the browser's voices change, so the button appears.
    let voices = RwSignal::new(0u32);
    let listener = synth().map(|s| {
        let on_change = Closure::<dyn Fn()>::new(move || voices.update(|v| *v += 1));
        let _ = s.add_event_listener_with_callback("voiceschanged", on_change.as_ref().unchecked_ref());
        send_wrapper::SendWrapper::new(on_change)
    });
    // Leaving the card stops the reading and the listening for voices.
    on_cleanup(move || {
        if let Some(s) = synth() {
            s.cancel();
            if let Some(l) = &listener {
                let _ = s.remove_event_listener_with_callback("voiceschanged", l.as_ref().unchecked_ref());
            }
        }
    });
    let speak = move |_| {
        let (Some(s), Some(voice)) = (synth(), voice_for(nav.lang.get_untracked())) else { return };
        s.cancel();
        let Ok(u) = SpeechSynthesisUtterance::new_with_text(&text.get_untracked()) else { return };
        u.set_lang(&voice.lang());
        u.set_voice(Some(&voice));
        let done = Closure::<dyn Fn()>::new(move || reading.set(Reading::Idle));
        u.set_onend(Some(done.as_ref().unchecked_ref()));
        u.set_onerror(Some(done.as_ref().unchecked_ref()));
        done.forget();
        s.speak(&u);
        reading.set(Reading::Speaking);
    };
    let pause = move |_| {
        if let Some(s) = synth() {
            if reading.get_untracked() == Reading::Paused {
                s.resume();
                reading.set(Reading::Speaking);
            } else {
                s.pause();
                reading.set(Reading::Paused);
            }
        }
    };
    let stop = move |_| {
        if let Some(s) = synth() {
            s.cancel();
        }
        reading.set(Reading::Idle);
    };
    move || {
        voices.track();
        let lang = nav.lang.get();
        voice_for(lang)?;
        Some(match reading.get() {
            Reading::Idle => view! {
                <button type="button" class="card-listen" on:click=speak>{Msg::Listen.text(lang)}</button>
            }
            .into_any(),
            state => view! {
                <span class="card-listening" role="group" aria-label=Msg::Listen.text(lang)>
                    <button type="button" class="card-listen-pause" on:click=pause>
                        {if state == Reading::Paused { Msg::ListenResume.text(lang) } else { Msg::ListenPause.text(lang) }}
                    </button>
                    <button type="button" class="card-listen-stop" on:click=stop>{Msg::ListenStop.text(lang)}</button>
                </span>
            }
            .into_any(),
        })
    }
}
