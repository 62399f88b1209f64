//! What the map is doing, as it publishes it on its element
//! (`data-activity`) for tests and tools to wait on instead of guessing
//! with timers.

/// The map's activity, most pressing first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    /// A hand gesture is moving the drawing (drag, wheel, pinch).
    Moving,
    /// An animated move is playing, or about to start.
    Gliding,
    /// Still, but the drawing will be redrawn (a narrow area widened).
    RedrawPending,
    /// Still, and nothing will change unless the reader does something.
    Idle,
}

impl Activity {
    /// From what the camera and the drawing say.
    ///
    /// ```
    /// use corridor::scene::Activity;
    /// assert_eq!(Activity::of(false, true, true), Activity::Gliding);
    /// assert_eq!(Activity::of(false, false, false).as_str(), "idle");
    /// ```
    pub fn of(gesture: bool, gliding: bool, redraw_pending: bool) -> Self {
        if gliding {
            Activity::Gliding
        } else if gesture {
            Activity::Moving
        } else if redraw_pending {
            Activity::RedrawPending
        } else {
            Activity::Idle
        }
    }

    /// The attribute's value.
    pub fn as_str(self) -> &'static str {
        match self {
            Activity::Moving => "moving",
            Activity::Gliding => "gliding",
            Activity::RedrawPending => "redraw-pending",
            Activity::Idle => "idle",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_only_when_nothing_moves_or_waits() {
        for g in [false, true] {
            for l in [false, true] {
                for r in [false, true] {
                    assert_eq!(Activity::of(g, l, r) == Activity::Idle, !g && !l && !r, "{g} {l} {r}");
                }
            }
        }
        assert_eq!(Activity::of(true, false, true), Activity::Moving);
        assert_eq!(Activity::of(false, false, true).as_str(), "redraw-pending");
    }
}
