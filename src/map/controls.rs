//! The buttons over the map: zoom in and out, the whole corridor, locate me.

use super::camera::MapCamera;
use super::locate::{locate, Located};
use crate::ui::nav::Nav;
use corridor::geo::LonLat;
use corridor::i18n::Msg;
use corridor::model::Corridor;
use leptos::prelude::*;
use std::sync::Arc;

const BUTTON_ZOOM: f64 = 1.6;

/// Zooms so the stations stay in view (about the open card's station, or
/// the stations on screen: `Viewport::zoomed_for_stations`).
fn zoom(camera: MapCamera, corridor: &Corridor, nav: Nav, factor: f64) {
    let stations: Vec<LonLat> = corridor.stations.iter().filter_map(|s| s.position).collect();
    let selected = nav.station.get_untracked().and_then(|id| corridor.station(&id)?.position);
    camera.glide(|v| v.zoomed_for_stations(factor, &stations, selected));
}

#[component]
pub fn MapControls(corridor: Arc<Corridor>, camera: MapCamera, located: RwSignal<Located>) -> impl IntoView {
    let nav = Nav::get();
    let (c_in, c_out) = (corridor.clone(), corridor.clone());
    view! {
        <div class="map-controls">
            <button type="button" class="zoom-in" aria-label=nav.tr(Msg::ZoomIn) title=nav.tr(Msg::ZoomIn)
                on:click=move |_| zoom(camera, &c_in, nav, BUTTON_ZOOM)>"+"</button>
            <button type="button" class="zoom-out" aria-label=nav.tr(Msg::ZoomOut) title=nav.tr(Msg::ZoomOut)
                on:click=move |_| zoom(camera, &c_out, nav, 1.0 / BUTTON_ZOOM)>"−"</button>
            <button type="button" class="fit" aria-label=nav.tr(Msg::FitAll) title=nav.tr(Msg::FitAll)
                on:click=move |_| camera.fit()>
                <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" /></svg>
            </button>
            <button type="button" class="locate" aria-label=nav.tr(Msg::Locate) title=nav.tr(Msg::Locate)
                on:click=move |_| locate(corridor.clone(), located, camera)>
                <svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="4" /><path d="M10 1v4M10 15v4M1 10h4M15 10h4" /></svg>
            </button>
        </div>
    }
}
