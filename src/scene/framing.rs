//! What the camera frames and how far it may go, from the data: the first
//! view shows the avenue and the placed stations (what a visitor came
//! for), not every village and context feature drawn around them; zooming
//! out and panning still reach everything drawn.

use crate::geo::{Bounds, CameraRules};
use crate::model::Corridor;

/// The camera's rules for `c`: frame the avenue and the placed stations
/// (or, with neither, everything drawn), reach everything drawn. `None`
/// when nothing is drawn at all.
pub fn camera_rules(c: &Corridor) -> Option<CameraRules> {
    let avenue = c.avenue.iter().flat_map(|a| a.line.points().iter().copied());
    let stations = c.stations.iter().filter_map(|s| s.position);
    let reach = Bounds::around(c.drawn_points())?;
    let frame = Bounds::around(avenue.chain(stations)).unwrap_or(reach);
    Some(CameraRules::new(frame, reach))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::LonLat;
    use crate::model::{load, Shape};

    const FILE: &str = include_str!("../../public/data/corridor.geojson");

    fn shipped() -> Corridor {
        load(FILE.as_bytes()).corridor.expect("shipped data loads")
    }

    #[test]
    fn one_stray_unit_far_away_does_not_change_the_first_view() {
        let c = shipped();
        let plain = camera_rules(&c).expect("drawn");
        let mut stray = c.clone();
        let mut far = stray.units[0].clone();
        // 40 km west of the avenue.
        far.shape = Some(Shape::Point(LonLat::new(120.85, 30.75)));
        stray.units.push(far);
        let with_stray = camera_rules(&stray).expect("drawn");
        for (w, h) in [(390.0, 312.0), (1080.0, 820.0)] {
            assert_eq!(with_stray.fitted(w, h), plain.fitted(w, h), "{w}x{h}");
            // Yet zooming out and panning reach it.
            assert!(with_stray.reach.contains(LonLat::new(120.85, 30.75)));
            let everything = CameraRules::new(with_stray.reach, with_stray.reach).fitted(w, h);
            assert!(with_stray.limits(w, h).max_metres_per_px >= everything.metres_per_px);
        }
        // Fitting every drawn point, as the first view once did, would
        // have zoomed out several times over.
        let all = CameraRules::new(with_stray.reach, with_stray.reach).fitted(390.0, 312.0);
        assert!(all.metres_per_px > 3.0 * plain.fitted(390.0, 312.0).metres_per_px);
    }

    #[test]
    fn the_first_view_frames_the_avenue_and_every_placed_station() {
        let c = shipped();
        let rules = camera_rules(&c).expect("drawn");
        let (w, h) = (390.0, 312.0);
        let v = rules.fitted(w, h);
        let right = crate::geo::width_left_of_buttons(w);
        let points =
            c.avenue.iter().flat_map(|a| a.line.points().to_vec()).chain(c.stations.iter().filter_map(|s| s.position));
        for p in points {
            let s = v.to_screen(p);
            assert!(s.x >= 0.0 && s.x <= right && s.y >= 0.0 && s.y <= h, "{p:?} at {s:?}");
        }
    }

    #[test]
    fn one_placed_station_and_nothing_else_still_gives_a_camera() {
        let mut c = shipped();
        c.avenue = None;
        c.units.clear();
        c.context.clear();
        let first = c.stations.iter().position(|s| s.position.is_some()).expect("a placed station");
        let only = c.stations[first].clone();
        c.stations = vec![only];
        let rules = camera_rules(&c).expect("one point is drawn");
        let l = rules.limits(390.0, 844.0);
        assert!(l.min_metres_per_px <= l.max_metres_per_px);
        c.stations.clear();
        assert_eq!(camera_rules(&c), None);
    }
}
