//! The SVG map: avenue, villages, context, labels and station markers.

use super::size::use_element_size;
use crate::ui::nav::{use_open_station, Nav, Opener};
use corridor::geo::{Bounds, Viewport};
use corridor::i18n::{self, Msg};
use corridor::model::{ContextKind, Corridor};
use corridor::scene::{self, MARKER_RADIUS};
use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

/// Room around the corridor, in pixels, for labels at the edges.
const PADDING: f64 = 36.0;

#[component]
pub fn CorridorMap(corridor: Arc<Corridor>) -> impl IntoView {
    let nav = Nav::get();
    let open = use_open_station();
    let frame = NodeRef::<Div>::new();
    let size = use_element_size(frame);
    let bounds = Bounds::around(corridor.drawn_points());
    let c = corridor.clone();
    let scene = Memo::new(move |_| {
        let (w, h) = size.get();
        let v = bounds.map(|b| Viewport::fit(b, w, h, PADDING))?;
        Some(scene::build(&c, &v, nav.lang.get()))
    });

    let draw = move || {
        let s = scene.get()?;
        let lang = nav.lang.get();
        let context = s
            .context
            .iter()
            .map(|k| {
                let class = match k.kind {
                    ContextKind::Coast | ContextKind::Water => "context water",
                    ContextKind::TownCentre => "context town",
                    _ => "context landmark",
                };
                view! {
                    <g class=class>
                        {k.d.clone().map(|d| view! { <path d=d /> })}
                        <circle cx=format!("{:.1}", k.at.x) cy=format!("{:.1}", k.at.y) r="3" />
                    </g>
                }
            })
            .collect_view();
        let units = s
            .units
            .iter()
            .map(|u| {
                view! {
                    <g class="unit" class:residential=u.residential>
                        {u.area_d.clone().map(|d| view! { <path class="unit-area" d=d /> })}
                        <circle class="unit-dot" cx=format!("{:.1}", u.at.x) cy=format!("{:.1}", u.at.y) r="3.5" />
                    </g>
                }
            })
            .collect_view();
        let labels = s
            .labels
            .iter()
            .filter(|l| l.visible)
            .map(|l| {
                view! {
                    <text class=l.class x=format!("{:.1}", l.placed.x) y=format!("{:.1}", l.placed.y + l.placed.h * 0.78)>
                        {l.text.clone()}
                    </text>
                }
            })
            .collect_view();
        let markers = s
            .markers
            .iter()
            .map(|m| {
                let (id, id2, id3) = (m.id.clone(), m.id.clone(), m.id.clone());
                let (open1, open2) = (open.clone(), open.clone());
                let name = corridor.station(&m.id).map(|st| st.name.get(lang).to_string()).unwrap_or_default();
                let label = format!("{} {name}", i18n::station_number(lang, m.number));
                view! {
                    <g
                        class="station-marker"
                        class:approximate=m.approximate
                        class:selected=move || nav.station.with(|cur| cur.as_deref() == Some(id.as_str()))
                        data-id=m.id.clone()
                        role="button"
                        tabindex="0"
                        aria-label=label
                        transform=format!("translate({:.1} {:.1})", m.at.x, m.at.y)
                        on:click=move |_: MouseEvent| open1(id2.clone(), Opener::Marker)
                        on:keydown=move |e: KeyboardEvent| {
                            if e.key() == "Enter" || e.key() == " " {
                                e.prevent_default();
                                open2(id3.clone(), Opener::Marker);
                            }
                        }
                    >
                        <circle class="marker-ring" r=format!("{}", MARKER_RADIUS + 4.0) />
                        <circle class="marker-dot" r=format!("{MARKER_RADIUS}") />
                        <text class="marker-number" text-anchor="middle" dy="4.5">{m.number}</text>
                    </g>
                }
            })
            .collect_view();
        let bar = s.scale_bar.clone();
        let (_, h) = size.get_untracked();
        Some(view! {
            {context}
            {units}
            {s.avenue_d.clone().map(|d| view! {
                <path class="avenue-casing" d=d.clone() />
                <path class="avenue" d=d />
            })}
            {labels}
            {markers}
            <g class="scale-bar" transform=format!("translate(12 {:.1})", h - 14.0)>
                <path d=format!("M0 -5 V0 H{:.1} V-5", bar.width_px) />
                <text x="0" y="-8">{bar.label}</text>
            </g>
        })
    };

    view! {
        <div class="map-frame" node_ref=frame>
            <svg
                class="corridor-map"
                role="group"
                aria-label=move || nav.t(Msg::MapLabel)
                viewBox=move || { let (w, h) = size.get(); format!("0 0 {w} {h}") }
                preserveAspectRatio="xMidYMid meet"
            >
                <rect class="land" x="0" y="0" width="100%" height="100%" />
                {draw}
            </svg>
            <p class="map-credit">{move || nav.t(Msg::MapDrawnNote)}</p>
        </div>
    }
}
