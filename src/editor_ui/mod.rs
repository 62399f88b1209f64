//! The staff editor's views (`editor.html`), thin over `corridor::edit`.

mod files;
mod form;
#[path = "../ui/languages.rs"]
mod languages;
mod list;
mod map;
mod problems;
mod state;

use corridor::edit::session::Edit;
use corridor::i18n::editor::EdMsg;
use corridor::i18n::Lang;
use corridor::model::Category;
use leptos::prelude::*;
use state::{Ed, Note};

#[component]
pub fn Editor() -> impl IntoView {
    let ed = Ed::provide(languages::page_lang());
    let lang = ed.lang;
    languages::set_document_lang(lang);
    document().set_title(ed.t(EdMsg::Title));

    // Unsaved work of an earlier visit comes back; else the published file.
    match files::stored_draft() {
        Some(s) => {
            ed.open(s, files::PUBLISHED.to_string());
            ed.note.set(Some(Note { text: ed.t(EdMsg::DraftRestored).to_string(), error: false }));
        }
        None => files::open_published(ed),
    }

    // Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) anywhere but in a text field.
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        let in_field = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if in_field || !(e.ctrl_key() || e.meta_key()) {
            return;
        }
        match (e.key().to_lowercase().as_str(), e.shift_key()) {
            ("z", false) => ed.undo(),
            ("z", true) | ("y", _) => ed.redo(),
            _ => return,
        }
        e.prevent_default();
    });
    // A file dropped anywhere on the page is opened, never uploaded.
    let over = window_event_listener(leptos::ev::dragover, |e| e.prevent_default());
    let drop = window_event_listener(leptos::ev::drop, move |e| {
        e.prevent_default();
        if let Some(f) = files::dropped_file(&e) {
            files::open_file(ed, f);
        }
    });
    on_cleanup(move || {
        keys.remove();
        over.remove();
        drop.remove();
    });

    // The download link follows the text.
    let href = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let text = ed.session.with(|s| s.as_ref().map(|s| s.text().to_string()));
        let previous = href.get_untracked();
        href.set(text.and_then(|t| files::blob_url(&t, previous)));
    });

    let stat = move |f: fn(&corridor::edit::session::Session) -> String| move || ed.session.with(|s| s.as_ref().map(f));
    let changed = stat(|s| {
        (0..s.summaries().len())
            .filter(|&i| s.is_feature_changed(i))
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(",")
    });
    let lang_links = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <a href=format!("?lang={}", l.tag()) hreflang=l.tag() lang=l.tag() aria-current=(l == lang).then_some("true")>
                    {l.short_autonym()}
                </a>
            }
        })
        .collect_view();

    view! {
        <div
            class="editor"
            data-ready=move || ed.session.with(|s| s.is_some()).to_string()
            data-selected=move || ed.selected.get().map(|i| i.to_string()).unwrap_or_default()
            data-errors=stat(|s| s.report().error_count().to_string())
            data-warnings=stat(|s| s.report().warning_count().to_string())
            data-changed=changed
            data-can-undo=stat(|s| s.can_undo().to_string())
            data-can-redo=stat(|s| s.can_redo().to_string())
        >
            <header class="ed-header">
                <h1>{ed.t(EdMsg::Title)}</h1>
                <nav class="ed-langs" aria-label="Language · 语言 · 語言">{lang_links}</nav>
                <p class="intro">{ed.t(EdMsg::Intro)}</p>
                <div class="ed-toolbar" role="toolbar">
                    <button type="button" id="ed-open-published" on:click=move |_| files::open_published(ed)>{ed.t(EdMsg::OpenPublished)}</button>
                    <label class="file-button">
                        {ed.t(EdMsg::PickFile)}
                        <input type="file" id="ed-pick" accept=".geojson,.json,application/geo+json,application/json"
                            on:change=move |e| if let Some(f) = files::picked_file(&e) { files::open_file(ed, f) } />
                    </label>
                    <button type="button" id="ed-undo" disabled=move || !ed.session.with(|s| s.as_ref().is_some_and(|s| s.can_undo())) on:click=move |_| ed.undo()>{ed.t(EdMsg::Undo)}</button>
                    <button type="button" id="ed-redo" disabled=move || !ed.session.with(|s| s.as_ref().is_some_and(|s| s.can_redo())) on:click=move |_| ed.redo()>{ed.t(EdMsg::Redo)}</button>
                    <a id="ed-download" class="button primary" download="corridor.geojson" href=move || href.get()>{ed.t(EdMsg::Download)}</a>
                    <a class="back" href=format!("./?lang={}", lang.tag())>{ed.t(EdMsg::BackToMap)}</a>
                    <a class="posters-link" href=format!("posters.html?lang={}", lang.tag())>{ed.t(EdMsg::Posters)}</a>
                </div>
                <p class="hint">{ed.t(EdMsg::DropHint)}</p>
                {move || ed.note.get().map(|n| view! {
                    <div class="ed-note" class:error=n.error role="status">
                        <p>{n.text}</p>
                        {(!n.error).then(|| view! {
                            <button type="button" id="ed-discard" on:click=move |_| { ed.note.set(None); files::open_published(ed); }>{ed.t(EdMsg::Discard)}</button>
                        })}
                    </div>
                })}
                {move || ed.pending.get().map(|(edit, why)| {
                    let go = edit.clone();
                    view! {
                        <div class="ed-confirm" role="alertdialog" aria-labelledby="ed-confirm-text">
                            <p id="ed-confirm-text">{why}</p>
                            <button type="button" id="ed-confirm" class="danger" on:click=move |_| {
                                let removing = matches!(go, Edit::Remove { .. });
                                if ed.apply(go.clone()) && removing { ed.selected.set(None); }
                            }>{ed.t(EdMsg::ConfirmAnyway)}</button>
                            <button type="button" on:click=move |_| ed.pending.set(None)>{ed.t(EdMsg::Cancel)}</button>
                        </div>
                    }
                })}
            </header>
            {move || ed.session.with(|s| s.is_none()).then(|| view! { <p class="loading" role="status">{ed.t(EdMsg::Loading)}</p> })}
            <main class="ed-main">
                <list::FeatureList />
                <map::EditorMap />
                <div class="ed-side">
                    <form::FeatureForm />
                    <problems::ProblemList />
                    <AddStation />
                </div>
            </main>
        </div>
    }
}

#[component]
fn AddStation() -> impl IntoView {
    let ed = Ed::get();
    let id = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let category = RwSignal::new(Category::NAMES[1].to_string());
    let add = move || {
        let edit = Edit::AddStation {
            id: id.get_untracked(),
            name: name.get_untracked(),
            category: category.get_untracked(),
            confirmed: false,
        };
        if ed.apply(edit) {
            let new = ed.session.with_untracked(|s| {
                s.as_ref().and_then(|s| {
                    s.summaries().into_iter().find(|f| f.key.as_deref() == Some(id.get_untracked().trim()))
                })
            });
            ed.selected.set(new.map(|f| f.index));
            id.set(String::new());
            name.set(String::new());
        }
    };
    view! {
        <details class="ed-add">
            <summary>{ed.t(EdMsg::AddStationHeading)}</summary>
            <label for="ed-new-id">{ed.t(EdMsg::NewId)}</label>
            <input id="ed-new-id" type="text" prop:value=move || id.get() on:input=move |e| id.set(event_target_value(&e)) />
            <label for="ed-new-name">{ed.t(EdMsg::FieldName)}</label>
            <input id="ed-new-name" type="text" prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e)) />
            <label for="ed-new-category">{ed.t(EdMsg::CategoryLabel)}</label>
            <select id="ed-new-category" on:change=move |e| category.set(event_target_value(&e))>
                {Category::NAMES.iter().map(|&c| {
                    let label = Category::parse(c).map(|k| k.label(ed.lang)).unwrap_or(c);
                    view! { <option value=c selected=move || category.get() == c>{label}</option> }
                }).collect_view()}
            </select>
            <button type="button" id="ed-add-station" on:click=move |_| add()>{ed.t(EdMsg::Add)}</button>
        </details>
    }
}
