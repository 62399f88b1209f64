//! The loaded page is drawn in steps (the map, what lies beside it, the
//! open card, the list), each a task of its own after a frame that laid
//! out the step before, so no one task holds a phone's main thread for
//! long while the written first screen is being read. Only a page drawn
//! unseen (the takeover) or a long list needs steps; otherwise all is drawn
//! at once.

use super::tasks::after_next_frame;
use leptos::prelude::*;

/// What is drawn, in order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Map,
    /// The legend, the unplaced stations' tray and the data note.
    Side,
    Card,
    List,
}

const LAST: Step = Step::List;

/// Drawing in steps has gone as far as the signal says.
#[derive(Clone, Copy)]
pub struct Steps(RwSignal<Step>);

impl Steps {
    /// All at once, or one step a task, starting with the map.
    pub fn start(all_at_once: bool) -> Self {
        let reached = RwSignal::new(if all_at_once { LAST } else { Step::Map });
        if !all_at_once {
            leptos::task::spawn_local(async move {
                for step in [Step::Side, Step::Card, Step::List] {
                    after_next_frame().await;
                    // The page may be gone (new data): then nothing is left to draw.
                    if reached.try_set(step).is_some() {
                        return;
                    }
                }
            });
        }
        Steps(reached)
    }

    /// Whether `step` is to be drawn now.
    pub fn reached(self, step: Step) -> bool {
        self.0.get() >= step
    }

    /// Whether every step is drawn (the takeover waits for it).
    pub fn done(self) -> bool {
        self.0.get() == LAST
    }
}
