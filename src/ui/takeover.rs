//! The app takes the place of the first screen written at build time
//! (`corridor::prerender`). It draws unseen in `#app` (`.app-waiting`, laid
//! out at the page's size so the map measures its real frame; on a phone,
//! in the page's flow after the written screen, so its boxes are already
//! where they will be shown: assets/style.css). Once its map is drawn (or
//! it has something else to say, such as a load error), it lets one frame
//! lay it out unseen, then, in the next animation frame, removes the
//! written screen and shows itself in the same frame, keeping the reader's
//! scroll position and focus. Reading those in a frame already laid out,
//! and writing only what moved, costs no layout of its own: the page is
//! laid out once, as the frame is drawn, not in the takeover's script as
//! well (a phone's main thread is held that much less). Where nothing was
//! written (a dev build), the "loading" placeholder goes the same way.

use super::page::focus_in_place;
use corridor::link::PagePath;
use corridor::prerender::{FIRST_SCREEN_ID, WRITTEN_MAP};
use leptos::prelude::*;
use std::cell::RefCell;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Where the app draws (in `index.html`).
pub const APP_ID: &str = "app";
const WAITING: &str = "app-waiting";
/// Set on `<html>` once the app has taken over (tests wait on it).
const TAKEN: (&str, &str) = ("data-first-screen", "taken");
/// Frames to wait for a map once the page is drawn (a file with no
/// positions has none to draw); then the app takes over anyway.
const MAX_FRAMES_WITHOUT_MAP: u32 = 30;
/// Frames to wait at most for the written screen's first paint (where the
/// browser reports none, Paint Timing missing).
const MAX_FRAMES_BEFORE_PAINT: u32 = 10;
/// Performance mark: the app is on screen in the first screen's place.
const MARK: &str = "corridor-takeover";

/// Every relative address resolves against the site's root, whichever
/// page the app was opened on (`/` or a station's `s/<id>/`) and wherever
/// it then moves the address: `<base>` is made absolute once, first.
pub fn anchor_base() {
    let here = window().location();
    let root = PagePath::parse(&here.pathname().unwrap_or_default()).root;
    let href = format!("{}{root}", here.origin().unwrap_or_default());
    let doc = document();
    let base = match doc.query_selector("base") {
        Ok(Some(base)) => Some(base),
        _ => doc.create_element("base").ok().inspect(|b| {
            if let Some(head) = doc.head() {
                let _ = head.prepend_with_node_1(b);
            }
        }),
    };
    if let Some(base) = base {
        let _ = base.set_attribute("href", &href);
    }
}

/// How to find the element that has focus in the written screen again in
/// the app's page: by station and role (list links, markers, the card's
/// steps), by id, or by class.
pub fn focus_key(el: &web_sys::Element) -> Option<String> {
    let class = el.get_attribute("class").unwrap_or_default();
    let class = class.split_whitespace().next().map(str::to_string);
    match (el.get_attribute("data-id"), class) {
        (Some(id), Some(class)) => Some(format!(".{class}[data-id=\"{id}\"]")),
        _ if !el.id().is_empty() => Some(format!("#{}", el.id())),
        (_, Some(class)) => Some(format!(".{class}")),
        _ => None,
    }
}

fn scroll_top(root: &web_sys::Element, selector: &str) -> i32 {
    root.query_selector(selector).ok().flatten().map(|e| e.scroll_top()).unwrap_or(0)
}

/// Whether the app has drawn enough to be shown, after `frames` frames
/// with its page drawn.
fn ready(app: &web_sys::Element, frames: u32) -> (bool, bool) {
    let has = |sel: &str| app.query_selector(sel).ok().flatten().is_some();
    if has(".load-error") {
        return (true, false);
    }
    // The page, drawn in all its steps (src/ui/steps.rs).
    let page = has(".layout[data-drawn]");
    // The map's place: the moving map, or the written one standing in for
    // it, or the note that it is loading (src/map/slot.rs).
    let map = has(&format!("svg.corridor-map > *, svg.{WRITTEN_MAP} > *, .map-waiting"));
    (page && (map || frames >= MAX_FRAMES_WITHOUT_MAP), page)
}

fn take_over(app: &web_sys::Element) {
    let doc = document();
    let written = doc.get_element_by_id(FIRST_SCREEN_ID);
    let focused = doc
        .active_element()
        .filter(|a| written.as_ref().is_some_and(|w| w.contains(Some(a))))
        .and_then(|a| focus_key(&a));
    let y = window().scroll_y().unwrap_or(0.0);
    let (list, card) = match &written {
        Some(w) => (scroll_top(w, ".list-pane"), scroll_top(w, ".card-body")),
        None => (0, 0),
    };
    if let Some(w) = written {
        w.remove();
    }
    let _ = app.class_list().remove_1(WAITING);
    // Only what was scrolled is scrolled back (each such write lays the
    // page out at once); the app's own panes start at the top.
    for (selector, top) in [(".list-pane", list), (".card-body", card)] {
        if let (Ok(Some(e)), true) = (app.query_selector(selector), top != 0) {
            e.set_scroll_top(top);
        }
    }
    // A page at its top stays there as the written screen goes.
    if y != 0.0 {
        window().scroll_to_with_x_and_y(0.0, y);
    }
    // Focus, the "taken" state and what waited for the takeover come in
    // tasks of their own after this frame, which lays the shown page out
    // once: focus then finds it laid out (here it would have the browser
    // lay it out, in this task, for itself).
    set_timeout(move || settle(focused), Duration::ZERO);
}

/// After the takeover's frame: the reader's focus where it was (`focused`,
/// in the written screen); else the app's own rule (a card opened by the
/// link has its title focused), which could not be applied while the app
/// was unseen. A reader who has put focus elsewhere meanwhile keeps it
/// there. Focus scrolls nothing.
fn settle(focused: Option<String>) {
    let doc = document();
    let body: Option<web_sys::Element> = doc.body().map(Into::into);
    if doc.active_element().is_none() || doc.active_element() == body {
        focus_in_place(focused.as_deref().unwrap_or(".station-card .card-title"));
    }
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute(TAKEN.0, TAKEN.1);
    }
    super::marks::mark_once(MARK);
    set_timeout(
        || {
            for f in AFTER_TAKEOVER.with(|waiting| std::mem::take(&mut *waiting.borrow_mut())) {
                f();
            }
        },
        Duration::ZERO,
    );
}

thread_local! {
    /// What waits for the takeover.
    static AFTER_TAKEOVER: RefCell<Vec<Box<dyn FnOnce()>>> = RefCell::default();
}

/// Runs `f` once the app has taken the written screen's place (at once if
/// it has, or never drew unseen): the map's part is fetched then
/// (src/map/slot.rs), never sharing a weak link with what the card waits for.
pub fn after_takeover(f: impl FnOnce() + 'static) {
    if waiting() {
        AFTER_TAKEOVER.with(|waiting| waiting.borrow_mut().push(Box::new(f)));
    } else {
        f();
    }
}

/// Whether the written screen has been painted: the app never takes over
/// before, so what the reader first sees, and what the browser reports as
/// the largest paint, is the page as served, never the app's copy of it.
fn written_screen_painted(frames: u32) -> bool {
    let painted = window().performance().is_some_and(|p| p.get_entries_by_name("first-contentful-paint").length() > 0);
    // Two frames apart at least one paint has happened.
    frames >= 2 && (painted || frames >= MAX_FRAMES_BEFORE_PAINT)
}

/// Checks each animation frame, and takes over in the one after the first
/// that is ready: that frame has laid out what the app drew before it.
pub fn when_drawn(app: web_sys::Element) {
    fn frame(app: web_sys::Element, frames: u32, with_page: u32, was_ready: bool) {
        request_animation_frame(move || {
            let (go, page) = ready(&app, with_page);
            let go = go && written_screen_painted(frames);
            if go && was_ready {
                take_over(&app);
            } else {
                frame(app, frames + 1, if page { with_page + 1 } else { with_page }, go);
            }
        });
    }
    frame(app, 0, 0, false);
}

/// Whether the app is still drawing unseen.
pub fn waiting() -> bool {
    app_element().is_some_and(|a| a.class_list().contains(WAITING))
}

/// The app's element, if the page has one.
pub fn app_element() -> Option<web_sys::HtmlElement> {
    document().get_element_by_id(APP_ID)?.dyn_into().ok()
}
