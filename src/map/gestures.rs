//! Moving the map by hand: mouse drag, wheel and trackpad zoom about the
//! pointer, two-finger pan and pinch, double-click and double-tap zoom, and
//! the keyboard. One finger drags the map where the page does not scroll
//! (the wide layout, e.g. a tablet); where it does (the phone layout), one
//! finger scrolls the page and the map shows a hint to use two, so the page
//! can never trap a reader inside the map.

use super::camera::MapCamera;
use corridor::geo::ScreenPoint;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{AddEventListenerOptions, Element, KeyboardEvent, MouseEvent, PointerEvent, TouchEvent, WheelEvent};

/// How far a mouse must move before a press counts as a drag, not a click.
const DRAG_THRESHOLD_PX: f64 = 4.0;
/// Pixels the arrow keys move the map.
const KEY_PAN_PX: f64 = 80.0;
const KEY_ZOOM: f64 = 1.5;
const DOUBLE_ZOOM: f64 = 2.0;
/// The wheel zoom is redrawn this long after the last wheel event.
const WHEEL_PAUSE_MS: u64 = 160;
/// The wide layout, in which the page does not scroll (as in style.css).
const WIDE_LAYOUT: &str = "(min-width: 900px)";

/// Whether one finger should drag the map: only where the page itself does
/// not scroll, so a finger can always scroll the page.
fn one_finger_drags() -> bool {
    window().match_media(WIDE_LAYOUT).ok().flatten().is_some_and(|m| m.matches())
}

/// Where an event happened, in the map box's pixels.
pub fn local(el: &Element, client_x: f64, client_y: f64) -> ScreenPoint {
    let r = el.get_bounding_client_rect();
    ScreenPoint { x: client_x - r.left(), y: client_y - r.top() }
}

#[derive(Default)]
struct Drag {
    pointer: Option<i32>,
    /// Captures the pointer once the press becomes a drag (capturing at
    /// once would retarget the click of a plain press away from a marker).
    element: Option<Element>,
    last: (f64, f64),
    travelled: f64,
    /// Set when a drag ends, so the click that follows opens nothing.
    swallow_click: bool,
}

/// Mouse (and pen) dragging. Touch is handled by the touch listeners.
#[derive(Clone)]
pub struct MouseDrag(Rc<RefCell<Drag>>);

impl MouseDrag {
    pub fn new() -> Self {
        MouseDrag(Rc::new(RefCell::new(Drag::default())))
    }

    pub fn down(&self, el: &Element, e: &PointerEvent) {
        if e.pointer_type() == "touch" || e.button() != 0 {
            return;
        }
        let mut d = self.0.borrow_mut();
        d.pointer = Some(e.pointer_id());
        d.last = (e.client_x() as f64, e.client_y() as f64);
        d.travelled = 0.0;
        d.element = Some(el.clone());
    }

    pub fn moved(&self, camera: MapCamera, e: &PointerEvent) {
        let mut d = self.0.borrow_mut();
        if d.pointer != Some(e.pointer_id()) {
            return;
        }
        let (x, y) = (e.client_x() as f64, e.client_y() as f64);
        let (dx, dy) = (x - d.last.0, y - d.last.1);
        d.last = (x, y);
        let was_drag = d.travelled > DRAG_THRESHOLD_PX;
        d.travelled += dx.hypot(dy);
        if d.travelled > DRAG_THRESHOLD_PX {
            if !was_drag {
                if let Some(el) = &d.element {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
            }
            camera.preview_pan(dx, dy);
        }
    }

    pub fn up(&self, camera: MapCamera, e: &PointerEvent) {
        let mut d = self.0.borrow_mut();
        if d.pointer == Some(e.pointer_id()) {
            d.pointer = None;
            d.element = None;
            d.swallow_click = d.travelled > DRAG_THRESHOLD_PX;
            camera.commit();
        }
    }

    /// Whether this click ends a drag (and should open nothing).
    pub fn swallow_click(&self) -> bool {
        std::mem::take(&mut self.0.borrow_mut().swallow_click)
    }
}

/// Double-click zooms in about the pointer.
pub fn double_click(el: &Element, camera: MapCamera, e: &MouseEvent) {
    e.prevent_default();
    let at = local(el, e.client_x() as f64, e.client_y() as f64);
    camera.glide(|v| v.zoomed_about(DOUBLE_ZOOM, at));
}

/// Arrow keys pan, + and - zoom. Returns whether the key was used.
pub fn key(camera: MapCamera, e: &KeyboardEvent) -> bool {
    let (dx, dy, zoom) = match e.key().as_str() {
        "ArrowLeft" => (KEY_PAN_PX, 0.0, 1.0),
        "ArrowRight" => (-KEY_PAN_PX, 0.0, 1.0),
        "ArrowUp" => (0.0, KEY_PAN_PX, 1.0),
        "ArrowDown" => (0.0, -KEY_PAN_PX, 1.0),
        "+" | "=" => (0.0, 0.0, KEY_ZOOM),
        "-" | "_" => (0.0, 0.0, 1.0 / KEY_ZOOM),
        _ => return false,
    };
    camera.glide(|v| {
        let centre = ScreenPoint { x: v.width / 2.0, y: v.height / 2.0 };
        v.panned(dx, dy).zoomed_about(zoom, centre)
    });
    true
}

/// Adds a listener that may call `preventDefault` (wheel and touch
/// listeners are passive unless told otherwise). Removed on cleanup.
fn listen<E: JsCast + 'static>(el: &Element, event: &'static str, f: impl FnMut(E) + 'static) {
    let mut f = f;
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Ok(e) = e.dyn_into::<E>() {
            f(e);
        }
    });
    let options = AddEventListenerOptions::new();
    options.set_passive(false);
    let _ = el.add_event_listener_with_callback_and_add_event_listener_options(
        event,
        callback.as_ref().unchecked_ref(),
        &options,
    );
    let handle = SendWrapper::new((el.clone(), callback));
    on_cleanup(move || {
        let (el, callback) = handle.take();
        let _ = el.remove_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
    });
}

/// Wheel, trackpad and touch gestures on `el`, located in the map box
/// `frame` (not in `el`, which a gesture moves). `hint` is raised when one
/// finger tries to move the map.
pub fn attach_wheel_and_touch(el: &Element, frame: &Element, camera: MapCamera, hint: RwSignal<bool>) {
    let wheel_el = frame.clone();
    // The wheel has no "end": the zoom is redrawn once it pauses.
    let wheel_turn = Rc::new(std::cell::Cell::new(0u32));
    listen(el, "wheel", move |e: WheelEvent| {
        e.prevent_default();
        // Lines (Firefox) are ~40 px; a trackpad pinch comes as ctrl+wheel.
        let pixels = e.delta_y() * if e.delta_mode() == 1 { 40.0 } else { 1.0 };
        let rate = if e.ctrl_key() { 0.01 } else { 0.002 };
        let at = local(&wheel_el, e.client_x() as f64, e.client_y() as f64);
        camera.preview_zoom((-pixels * rate).exp(), at);
        let turn = wheel_turn.get().wrapping_add(1);
        wheel_turn.set(turn);
        let wheel_turn = SendWrapper::new(wheel_turn.clone());
        set_timeout(
            move || {
                if wheel_turn.get() == turn {
                    camera.commit();
                }
            },
            std::time::Duration::from_millis(WHEEL_PAUSE_MS),
        );
    });

    #[derive(Default)]
    struct Touches {
        pinch: Option<(ScreenPoint, f64)>,
        /// One finger dragging the map (wide layout): where it was last.
        drag: Option<ScreenPoint>,
        tap: Option<(f64, ScreenPoint)>,
        last_tap: Option<(f64, ScreenPoint)>,
        moved: bool,
    }
    let state = Rc::new(RefCell::new(Touches::default()));
    let two = |el: &Element, e: &TouchEvent| -> Option<(ScreenPoint, f64)> {
        let list = e.touches();
        let (a, b) = (list.get(0)?, list.get(1)?);
        let pa = local(el, a.client_x() as f64, a.client_y() as f64);
        let pb = local(el, b.client_x() as f64, b.client_y() as f64);
        Some((ScreenPoint { x: (pa.x + pb.x) / 2.0, y: (pa.y + pb.y) / 2.0 }, (pa.x - pb.x).hypot(pa.y - pb.y)))
    };

    let (s, start_el) = (state.clone(), frame.clone());
    listen(el, "touchstart", move |e: TouchEvent| {
        let mut s = s.borrow_mut();
        s.moved = false;
        if e.touches().length() >= 2 {
            s.pinch = two(&start_el, &e);
            s.drag = None;
            s.tap = None;
        } else if let Some(t) = e.touches().get(0) {
            let at = local(&start_el, t.client_x() as f64, t.client_y() as f64);
            s.tap = Some((js_sys::Date::now(), at));
            s.drag = one_finger_drags().then_some(at);
        }
    });
    let (s, move_el) = (state.clone(), frame.clone());
    listen(el, "touchmove", move |e: TouchEvent| {
        let mut s = s.borrow_mut();
        s.moved = true;
        if e.touches().length() >= 2 {
            e.prevent_default();
            hint.set(false);
            if let (Some((c0, d0)), Some((c1, d1))) = (s.pinch, two(&move_el, &e)) {
                let factor = if d0 > 0.0 { d1 / d0 } else { 1.0 };
                camera.preview_pan(c1.x - c0.x, c1.y - c0.y);
                camera.preview_zoom(factor, c1);
                s.pinch = Some((c1, d1));
            } else {
                s.pinch = two(&move_el, &e);
            }
        } else if let (Some(from), Some(t)) = (s.drag, e.touches().get(0)) {
            e.prevent_default();
            let at = local(&move_el, t.client_x() as f64, t.client_y() as f64);
            camera.preview_pan(at.x - from.x, at.y - from.y);
            s.drag = Some(at);
        } else if !hint.get_untracked() {
            hint.set(true);
            set_timeout(move || hint.set(false), std::time::Duration::from_millis(1_600));
        }
    });
    // The system took the touch (a call, a system gesture): keep what was
    // reached, forget the rest.
    let s = state.clone();
    listen(el, "touchcancel", move |_: TouchEvent| {
        let mut s = s.borrow_mut();
        if s.pinch.take().is_some() || s.drag.take().is_some() {
            camera.commit();
        }
        s.tap = None;
    });
    let (s, end_el) = (state, frame.clone());
    listen(el, "touchend", move |e: TouchEvent| {
        let mut s = s.borrow_mut();
        if e.touches().length() < 2 && s.pinch.take().is_some() {
            camera.commit();
        }
        // A finger left after a pinch drags on from where it is now.
        s.drag = match (e.touches().length(), e.touches().get(0)) {
            (1, Some(t)) if one_finger_drags() => Some(local(&end_el, t.client_x() as f64, t.client_y() as f64)),
            _ => {
                if s.drag.take().is_some() && s.moved {
                    camera.commit();
                }
                None
            }
        };
        let Some((t0, at)) = s.tap.take() else { return };
        let now = js_sys::Date::now();
        if s.moved || now - t0 > 300.0 {
            return;
        }
        match s.last_tap.take() {
            Some((t1, prev)) if now - t1 < 350.0 && (prev.x - at.x).hypot(prev.y - at.y) < 30.0 => {
                e.prevent_default();
                camera.glide(|v| v.zoomed_about(DOUBLE_ZOOM, at));
            }
            _ => s.last_tap = Some((now, at)),
        }
    });
}
