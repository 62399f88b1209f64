//! The editor's shared state: the session, the selection, and what the
//! page says about the last thing done. Every change goes through
//! [`Ed::apply`], which keeps the draft in the browser's storage.

use corridor::edit::session::{Edit, EditError, Session};
use corridor::i18n::editor::{edit_error, EdMsg};
use corridor::i18n::Lang;
use leptos::prelude::*;

/// The key of the unsaved work in `localStorage`.
pub const DRAFT_KEY: &str = "corridor-editor-draft";

/// A message under the toolbar or in the form.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub text: String,
    pub error: bool,
}

#[derive(Clone, Copy)]
pub struct Ed {
    pub lang: Lang,
    pub session: RwSignal<Option<Session>, LocalStorage>,
    pub selected: RwSignal<Option<usize>>,
    pub note: RwSignal<Option<Note>>,
    /// An edit that waits for "do it anyway", with why.
    pub pending: RwSignal<Option<(Edit, String)>>,
    /// The form's coordinate note (what was read, how it was converted).
    pub coords_note: RwSignal<Option<Note>>,
    pub opened: RwSignal<Option<String>>,
}

impl Ed {
    pub fn provide(lang: Lang) -> Self {
        let ed = Ed {
            lang,
            session: RwSignal::new_local(None),
            selected: RwSignal::new(None),
            note: RwSignal::new(None),
            pending: RwSignal::new(None),
            coords_note: RwSignal::new(None),
            opened: RwSignal::new(None),
        };
        provide_context(ed);
        ed
    }

    pub fn get() -> Self {
        expect_context::<Ed>()
    }

    pub fn t(&self, m: EdMsg) -> &'static str {
        m.text(self.lang)
    }

    /// Makes an edit. A change that would break a printed id waits in
    /// `pending` for a second yes; other refusals are said in the note.
    pub fn apply(&self, edit: Edit) -> bool {
        let mut result = Ok(());
        self.session.update(|s| {
            if let Some(s) = s {
                result = s.apply(edit.clone());
            }
        });
        match result {
            Ok(()) => {
                self.pending.set(None);
                self.note.set(None);
                self.save_draft();
                true
            }
            Err(EditError::Confirm(w)) => {
                let why = edit_error(self.lang, &EditError::Confirm(w));
                self.pending.set(Some((confirmed(edit), why)));
                false
            }
            Err(e) => {
                self.note.set(Some(Note { text: edit_error(self.lang, &e), error: true }));
                false
            }
        }
    }

    pub fn undo(&self) {
        self.session.update(|s| {
            if let Some(s) = s {
                s.undo();
            }
        });
        self.save_draft();
    }

    pub fn redo(&self) {
        self.session.update(|s| {
            if let Some(s) = s {
                s.redo();
            }
        });
        self.save_draft();
    }

    /// Starts over on a file's text.
    pub fn open(&self, session: Session, label: String) {
        self.session.set(Some(session));
        self.selected.set(None);
        self.pending.set(None);
        self.coords_note.set(None);
        self.opened.set(Some(label));
        self.save_draft();
    }

    /// Keeps unsaved work across a reload; a file as opened needs none.
    pub fn save_draft(&self) {
        let Some(storage) = window().local_storage().ok().flatten() else { return };
        self.session.with_untracked(|s| match s {
            Some(s) if s.is_changed() => {
                // Full storage or private mode: the work is still in the page.
                let _ = storage.set_item(DRAFT_KEY, &s.draft());
            }
            _ => {
                let _ = storage.remove_item(DRAFT_KEY);
            }
        });
    }
}

/// The same edit, confirmed.
fn confirmed(edit: Edit) -> Edit {
    match edit {
        Edit::SetId { feature, id, .. } => Edit::SetId { feature, id, confirmed: true },
        Edit::AddStation { id, name, category, .. } => Edit::AddStation { id, name, category, confirmed: true },
        Edit::Remove { feature, .. } => Edit::Remove { feature, confirmed: true },
        other => other,
    }
}
