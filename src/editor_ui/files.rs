//! Opening a file: the published one, one picked, one dropped. Nothing
//! leaves the browser. And the download of the result.

use super::state::{Ed, Note, DRAFT_KEY};
use corridor::edit::session::Session;
use corridor::i18n::editor::{not_editable, open_failed};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The data file as staff keep it (the bundle's `data/` copy has the
/// build's traditional-Chinese texts added, which must not be written back).
pub const PUBLISHED: &str = "editor-data/corridor.geojson";

/// Opens a text: an error note when it is not a file the editor can cut.
pub fn open_text(ed: Ed, text: &str, label: String) {
    match Session::open(text) {
        Ok(s) => {
            ed.open(s, label);
            ed.note.set(None);
        }
        Err(_) => {
            let why = not_editable(ed.lang);
            let problems = corridor::model::load(text.as_bytes())
                .problems
                .iter()
                .map(|p| p.describe(ed.lang))
                .collect::<Vec<_>>()
                .join("\n");
            ed.note.set(Some(Note { text: format!("{}\n{problems}", open_failed(ed.lang, &label, why)), error: true }));
        }
    }
}

pub fn open_published(ed: Ed) {
    leptos::task::spawn_local(async move {
        let fail = |why: String| ed.note.set(Some(Note { text: open_failed(ed.lang, PUBLISHED, &why), error: true }));
        let answer = match corridor::http::get(PUBLISHED).await {
            Ok(a) => a,
            Err(e) => return fail(e),
        };
        if !answer.ok() {
            return fail(format!("HTTP {}", answer.status()));
        }
        match answer.text().await {
            Ok(text) => open_text(ed, &text, PUBLISHED.to_string()),
            Err(e) => fail(e),
        }
    });
}

/// Reads a picked or dropped file in the page.
pub fn open_file(ed: Ed, file: web_sys::File) {
    let name = file.name();
    leptos::task::spawn_local(async move {
        match JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
            Some(text) => open_text(ed, &text, name),
            None => ed.note.set(Some(Note { text: open_failed(ed.lang, &name, "?"), error: true })),
        }
    });
}

/// The unsaved work of an earlier visit, if any.
pub fn stored_draft() -> Option<Session> {
    let storage = window().local_storage().ok().flatten()?;
    let draft = storage.get_item(DRAFT_KEY).ok().flatten()?;
    Session::from_draft(&draft).ok()
}

/// A `blob:` link to the text, for the download button; the previous one
/// is let go.
pub fn blob_url(text: &str, previous: Option<String>) -> Option<String> {
    if let Some(p) = previous {
        let _ = web_sys::Url::revoke_object_url(&p);
    }
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/geo+json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// The first file of a drop, if it holds one.
pub fn dropped_file(e: &web_sys::DragEvent) -> Option<web_sys::File> {
    e.data_transfer()?.files()?.get(0)
}

/// The first file of an `<input type=file>`.
pub fn picked_file(e: &web_sys::Event) -> Option<web_sys::File> {
    let input = e.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    input.files()?.get(0)
}
