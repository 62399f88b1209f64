//! Parts of the page a visitor may never need (the data's problem list,
//! "locate me"'s answer), or not for the first screen (the moving map,
//! fetched after the takeover: src/map/slot.rs), are not in the wasm the
//! page starts with: each
//! function written with [`later!`] is, in the release build, a
//! `#[wasm_split(<part>, fallible)]` function, cut into a module of its
//! own at build time (`scripts/tools.sh`, `split_visitor_wasm`) and fetched
//! the first time it is called. A debug build (`trunk serve`, which does
//! not split) keeps it in the one wasm as a plain `async fn`. The service
//! worker keeps those modules like every app file, so they work offline
//! after one visit; on a weak signal the fetch can still fail, and the page
//! then says so in place (never a stopped app: a split function's load
//! failure is an `Err`).

use super::nav::Nav;
use corridor::i18n::Msg;
use leptos::prelude::*;
use std::future::Future;
// What `later!` writes in the release build.
#[cfg(not(debug_assertions))]
pub use wasm_split_helpers::wasm_split;

/// `later! { <part>; fn name(args) -> Result<T, NotLoaded> { … } }`: an
/// `async fn` whose code is the part `<part>` (functions naming the same
/// part share its module), fetched on first use in the release build.
macro_rules! later {
    ($part:ident; $(#[$attr:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(not(debug_assertions))]
        #[$crate::ui::later::wasm_split($part, fallible)]
        $(#[$attr])*
        fn $name($($arg: $ty),*) -> $ret $body

        #[cfg(debug_assertions)]
        $(#[$attr])*
        async fn $name($($arg: $ty),*) -> $ret $body
    };
}
pub(crate) use later;

/// A split-off part of the app that did not arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// What a part that did not arrive shows in its place.
pub fn not_loaded_notice(nav: Nav) -> AnyView {
    view! { <p class="notice part-not-loaded" role="alert">{nav.tr(Msg::PartNotLoaded)}</p> }.into_any()
}

/// A view drawn by a split-off function, in place once its module has
/// arrived (nothing before), or the notice if it cannot.
pub fn drawn_later(nav: Nav, view: impl Future<Output = Result<AnyView, NotLoaded>> + 'static) -> impl IntoView {
    // The view, once it is ready: handed to the page once (taken out).
    let drawn = RwSignal::new_local(None::<AnyView>);
    leptos::task::spawn_local(async move {
        let v = view.await.unwrap_or_else(|NotLoaded| not_loaded_notice(nav));
        drawn.set(Some(v));
    });
    move || {
        drawn.track();
        drawn.try_update_untracked(Option::take).flatten()
    }
}
