//! The optional raster tile layer: which XYZ tiles cover the viewport and
//! where each one sits on screen, as SVG `<image>`s drawn beneath the
//! vector map. A tile that fails to load simply shows nothing, so the
//! vector map stays whole without network.
//!
//! The tile grid is the standard Web Mercator one (256 px tiles, the world
//! square `2πR` metres wide with tile (0, 0) at its north-west corner), in
//! the same projected metres as [`Viewport`]. The maths is datum-agnostic:
//! tiles are always in their provider's own frame, and for a GCJ-02
//! provider it is our geometry that is moved (with
//! [`Datum::apply`](crate::geo::Datum::apply) before projecting), never
//! the tiles.

use super::escape;
use crate::config::{TileConfig, MAX_ZOOM};
use crate::fmt_num::fixed;
use crate::geo::Viewport;
use std::f64::consts::PI;
use std::fmt::Write;

/// Half the width of the Web Mercator square, in metres (πR with the
/// sphere of `geo::mercator`).
const HALF_WORLD: f64 = PI * 6_378_137.0;
const WORLD: f64 = 2.0 * HALF_WORLD;
/// The edge of an XYZ tile in pixels at its own zoom.
pub const TILE_PX: f64 = 256.0;
/// At most this many tiles are drawn, however the config and the view
/// combine: enough for a 2560×1440 map box at the least favourable zoom
/// (tiles shown at 181 px), few enough that a bad config cannot flood the
/// page with requests. The app asks for the tiles of its drawn area (twice
/// the box each way); the cap keeps those nearest its middle, the view.
pub const MAX_TILES: usize = 144;

/// One tile to draw: its address and its square on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    pub z: u8,
    /// Column, wrapped into `0..2^z`; the screen position is not wrapped.
    pub x: u32,
    pub y: u32,
    /// The config's template filled in; not yet escaped.
    pub url: String,
    /// Top-left corner and size in CSS pixels. The edges are snapped to
    /// the tenths of a pixel that the markup prints, so neighbouring tiles
    /// share their edges exactly and no hairline seam shows between them.
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

/// The tile zoom for a scale: the one whose 256 px tiles are nearest to
/// their natural size, kept within the layer's zoom range. `None` for a
/// scale that is not a positive number.
pub fn zoom_for(metres_per_px: f64, min_zoom: u8, max_zoom: u8) -> Option<u8> {
    if !(metres_per_px.is_finite() && metres_per_px > 0.0) {
        return None;
    }
    let ideal = (WORLD / (TILE_PX * metres_per_px)).log2().round();
    let z = ideal.min(f64::from(max_zoom)).max(f64::from(min_zoom)).min(f64::from(MAX_ZOOM));
    Some(z as u8)
}

/// The tiles covering the viewport, row by row from the top left. Columns
/// repeat around the antimeridian; rows beyond the poles are skipped.
/// When more than [`MAX_TILES`] would be needed, only those nearest the
/// middle of the view are kept.
pub fn visible_tiles(v: &Viewport, cfg: &TileConfig) -> Vec<Tile> {
    let Some(z) = zoom_for(v.metres_per_px, cfg.min_zoom, cfg.max_zoom) else {
        return Vec::new();
    };
    let finite = [v.width, v.height, v.centre.x, v.centre.y].iter().all(|n| n.is_finite());
    if !finite || v.width <= 0.0 || v.height <= 0.0 {
        return Vec::new();
    }
    let n = f64::from(1u32 << z);
    let tile_m = WORLD / n;
    let mpp = v.metres_per_px;
    let (half_w, half_h) = (v.width / 2.0 * mpp, v.height / 2.0 * mpp);

    // Fractional column and row of projected positions. A box edge within
    // rounding error of a tile edge does not pull in the tile beyond it.
    let col = |x_m: f64| (x_m + HALF_WORLD) / tile_m;
    let row = |y_m: f64| (HALF_WORLD - y_m) / tile_m;
    const EPS: f64 = 1e-9;
    let (c0, c1) = ((col(v.centre.x - half_w) + EPS).floor(), (col(v.centre.x + half_w) - EPS).ceil());
    let (r0, r1) = ((row(v.centre.y + half_h) + EPS).floor().max(0.0), (row(v.centre.y - half_h) - EPS).ceil().min(n));
    if c1 <= c0 || r1 <= r0 {
        return Vec::new();
    }
    let (cols, rows) = capped(c1 - c0, r1 - r0);
    let start =
        |centre: f64, lo: f64, hi: f64, count: f64| (centre.floor() - (count / 2.0).floor()).min(hi - count).max(lo);
    let cs = start(col(v.centre.x), c0, c1, cols);
    let rs = start(row(v.centre.y), r0, r1, rows);

    // Screen edges of tile columns and rows, snapped as the markup prints.
    let snap = |px: f64| (px * 10.0).round() / 10.0;
    let edge_x = |c: f64| snap(v.width / 2.0 + (c * tile_m - HALF_WORLD - v.centre.x) / mpp);
    let edge_y = |r: f64| snap(v.height / 2.0 - (HALF_WORLD - r * tile_m - v.centre.y) / mpp);

    let mut tiles = Vec::with_capacity((cols * rows) as usize);
    for j in 0..rows as u32 {
        let r = rs + f64::from(j);
        let (top, bottom) = (edge_y(r), edge_y(r + 1.0));
        for i in 0..cols as u32 {
            let c = cs + f64::from(i);
            let (left, right) = (edge_x(c), edge_x(c + 1.0));
            let (x, y) = (c.rem_euclid(n) as u32, r as u32);
            tiles.push(Tile {
                z,
                x,
                y,
                url: tile_url(cfg, z, x, y),
                left,
                top,
                width: right - left,
                height: bottom - top,
            });
        }
    }
    tiles
}

/// Shrinks a `cols` × `rows` block to at most [`MAX_TILES`], keeping its
/// proportions as far as whole tiles allow.
fn capped(cols: f64, rows: f64) -> (f64, f64) {
    let cap = MAX_TILES as f64;
    if cols * rows <= cap {
        return (cols, rows);
    }
    let scale = (cap / (cols * rows)).sqrt();
    let c = (cols * scale).floor().max(1.0).min(cols).min(cap);
    let r = (cap / c).floor().min(rows);
    let c = (cap / r).floor().min(cols);
    (c, r)
}

/// The template with `{z}`, `{x}`, `{y}` filled in and `{s}` taken from
/// the subdomains in turn, by `(x + y) % n`, spreading requests over the
/// provider's hosts. One pass, so nothing substituted is read again.
pub fn tile_url(cfg: &TileConfig, z: u8, x: u32, y: u32) -> String {
    let mut out = String::with_capacity(cfg.url.len() + 16);
    let mut rest = cfg.url.as_str();
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let filled = match rest.get(..3) {
            Some("{z}") => Some(z.to_string()),
            Some("{x}") => Some(x.to_string()),
            Some("{y}") => Some(y.to_string()),
            Some("{s}") if !cfg.subdomains.is_empty() => {
                let i = (u64::from(x) + u64::from(y)) % cfg.subdomains.len() as u64;
                cfg.subdomains.get(i as usize).cloned()
            }
            _ => None,
        };
        match filled {
            Some(s) => {
                out.push_str(&s);
                rest = &rest[3..];
            }
            None => {
                out.push('{');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The tiles as SVG `<image>` elements, to go first in the map's `<svg>`
/// so the vector map is drawn over them. Stretched to the snapped squares
/// (`preserveAspectRatio="none"`), so they abut whatever the rounding.
pub fn tiles_markup(tiles: &[Tile]) -> String {
    let mut m = String::with_capacity(tiles.len() * 160);
    for t in tiles {
        let _ = write!(
            m,
            r#"<image class="tile" href="{}" x="{}" y="{}" width="{}" height="{}" preserveAspectRatio="none"/>"#,
            escape(&t.url),
            fixed(t.left, 1),
            fixed(t.top, 1),
            fixed(t.width, 1),
            fixed(t.height, 1)
        );
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::{Bounds, Datum, LonLat, Projected};

    const CORRIDOR: Bounds = Bounds { west: 121.215, south: 30.72, east: 121.331, north: 30.766 };

    fn layer(url: &str, subdomains: &[&str], min_zoom: u8, max_zoom: u8) -> TileConfig {
        TileConfig {
            url: url.into(),
            subdomains: subdomains.iter().map(|s| s.to_string()).collect(),
            attribution: "© Test".into(),
            datum: Datum::Wgs84,
            min_zoom,
            max_zoom,
        }
    }

    fn osm() -> TileConfig {
        layer("https://tile.example.org/{z}/{x}/{y}.png", &[], 0, 18)
    }

    /// Metres per pixel at which zoom `z` tiles show at exactly 256 px.
    fn resolution(z: u8) -> f64 {
        WORLD / (TILE_PX * f64::from(1u32 << z))
    }

    /// The standard slippy-map tile index of a position (OSM wiki formula).
    fn slippy(p: LonLat, z: u8) -> (u32, u32) {
        let n = f64::from(1u32 << z);
        let lat = p.lat.to_radians();
        let x = ((p.lon + 180.0) / 360.0 * n).floor();
        let y = ((1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / PI) / 2.0 * n).floor();
        (x as u32, y as u32)
    }

    #[test]
    fn zoom_follows_the_scale() {
        assert_eq!(zoom_for(30.0, 0, 18), Some(12));
        for z in [0, 5, 12, 18] {
            assert_eq!(zoom_for(resolution(z), 0, 18), Some(z));
            // Within a factor of √2 either way the nearest zoom is kept.
            assert_eq!(zoom_for(resolution(z) * 1.4, 0, 18), Some(z));
            assert_eq!(zoom_for(resolution(z) / 1.4, 0, 18), Some(z));
        }
        assert_eq!(zoom_for(30.0, 14, 18), Some(14));
        assert_eq!(zoom_for(30.0, 0, 10), Some(10));
        assert_eq!(zoom_for(1e-6, 0, 255), Some(MAX_ZOOM));
        assert_eq!(zoom_for(1e9, 3, 18), Some(3));
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(zoom_for(bad, 0, 18), None);
        }
    }

    #[test]
    fn a_view_on_a_tile_corner_gets_four_whole_tiles() {
        let z = 12;
        let tile_m = WORLD / 4096.0;
        let v = Viewport {
            width: 512.0,
            height: 512.0,
            centre: Projected { x: 3428.0 * tile_m - HALF_WORLD, y: HALF_WORLD - 1700.0 * tile_m },
            metres_per_px: resolution(z),
        };
        let got: Vec<(u32, u32, f64, f64, f64, f64)> =
            visible_tiles(&v, &osm()).iter().map(|t| (t.x, t.y, t.left, t.top, t.width, t.height)).collect();
        assert_eq!(
            got,
            vec![
                (3427, 1699, 0.0, 0.0, 256.0, 256.0),
                (3428, 1699, 256.0, 0.0, 256.0, 256.0),
                (3427, 1700, 0.0, 256.0, 256.0, 256.0),
                (3428, 1700, 256.0, 256.0, 256.0, 256.0),
            ]
        );
    }

    #[test]
    fn tiles_cover_the_corridor_view_and_abut() {
        for (w, h) in [(390.0, 400.0), (1080.0, 820.0), (2560.0, 1440.0)] {
            let v = Viewport::fit(CORRIDOR, w, h, 30.0);
            let tiles = visible_tiles(&v, &osm());
            assert!(!tiles.is_empty() && tiles.len() <= MAX_TILES, "{w}x{h}: {}", tiles.len());
            let z = tiles[0].z;
            assert!(tiles.iter().all(|t| t.z == z));
            // Shown within a factor of √2 of their natural size.
            assert!(tiles.iter().all(|t| t.width > 181.0 && t.width < 363.0), "{w}x{h}");
            // Together they cover the box, and each one is needed.
            let left = tiles.iter().map(|t| t.left).fold(f64::INFINITY, f64::min);
            let top = tiles.iter().map(|t| t.top).fold(f64::INFINITY, f64::min);
            let right = tiles.iter().map(|t| t.left + t.width).fold(f64::NEG_INFINITY, f64::max);
            let bottom = tiles.iter().map(|t| t.top + t.height).fold(f64::NEG_INFINITY, f64::max);
            assert!(left <= 0.0 && top <= 0.0 && right >= w && bottom >= h, "{w}x{h}: {left} {top} {right} {bottom}");
            for t in &tiles {
                assert!(t.left < w && t.top < h && t.left + t.width > 0.0 && t.top + t.height > 0.0, "{t:?}");
            }
            // A full grid, neighbours sharing edges exactly as printed.
            let cols = tiles.iter().filter(|t| t.y == tiles[0].y).count();
            assert_eq!(tiles.len() % cols, 0);
            for pair in tiles.chunks(cols).flat_map(|row| row.windows(2)) {
                assert_eq!(pair[1].x, pair[0].x + 1);
                assert_eq!(fixed(pair[0].left + pair[0].width, 1), fixed(pair[1].left, 1));
            }
            for (a, b) in tiles.iter().zip(&tiles[cols..]) {
                assert_eq!(b.y, a.y + 1);
                assert_eq!(fixed(a.top + a.height, 1), fixed(b.top, 1));
            }
        }
    }

    #[test]
    fn tiles_line_up_with_the_standard_grid() {
        // Jinshan sits on screen inside the tile the slippy-map formula names.
        let v = Viewport::fit(CORRIDOR, 1080.0, 820.0, 30.0);
        let p = LonLat::new(121.3, 30.75);
        let s = v.to_screen(p);
        let tiles = visible_tiles(&v, &osm());
        let t = tiles
            .iter()
            .find(|t| s.x >= t.left && s.x < t.left + t.width && s.y >= t.top && s.y < t.top + t.height)
            .expect("a tile under Jinshan");
        assert_eq!((t.x, t.y), slippy(p, t.z));
        assert_eq!(t.url, format!("https://tile.example.org/{}/{}/{}.png", t.z, t.x, t.y));
    }

    #[test]
    fn columns_wrap_at_the_antimeridian() {
        let v = Viewport {
            width: 600.0,
            height: 300.0,
            centre: Projected { x: HALF_WORLD, y: 0.0 },
            metres_per_px: resolution(2),
        };
        let tiles = visible_tiles(&v, &layer("https://t/{z}/{x}/{y}", &[], 2, 2));
        let row: Vec<(u32, f64)> = tiles.iter().filter(|t| t.y == 1).map(|t| (t.x, t.left)).collect();
        assert_eq!(row, vec![(2, -212.0), (3, 44.0), (0, 300.0), (1, 556.0)]);
        assert!(tiles.iter().all(|t| t.x < 4));
    }

    #[test]
    fn a_wide_view_of_the_world_repeats_it() {
        let v = Viewport {
            width: 1000.0,
            height: 256.0,
            centre: Projected { x: 0.0, y: 0.0 },
            metres_per_px: resolution(0),
        };
        let tiles = visible_tiles(&v, &osm());
        assert_eq!(tiles.len(), 5);
        assert!(tiles.iter().all(|t| (t.z, t.x, t.y) == (0, 0, 0)));
    }

    #[test]
    fn rows_beyond_the_poles_are_skipped() {
        let v = Viewport {
            width: 512.0,
            height: 512.0,
            centre: Projected { x: 0.0, y: HALF_WORLD },
            metres_per_px: resolution(3),
        };
        let tiles = visible_tiles(&v, &osm());
        assert!(!tiles.is_empty());
        assert!(tiles.iter().all(|t| t.y == 0 && t.top == 256.0), "{tiles:?}");
    }

    #[test]
    fn a_bad_zoom_range_cannot_flood_the_page() {
        // Street tiles forced onto a view of the whole corridor.
        let v = Viewport::fit(CORRIDOR, 1920.0, 1080.0, 30.0);
        let tiles = visible_tiles(&v, &layer("https://t/{z}/{x}/{y}", &[], 18, 18));
        assert!(tiles.len() <= MAX_TILES && tiles.len() > MAX_TILES / 2, "{}", tiles.len());
        // The ones kept are in the middle of the view.
        let (cx, cy) = (960.0, 540.0);
        assert!(tiles.iter().any(|t| cx >= t.left && cx < t.left + t.width && cy >= t.top && cy < t.top + t.height));
        // Even the world at zoom 22 stays bounded.
        let world =
            Viewport { width: 1000.0, height: 1000.0, centre: Projected { x: 0.0, y: 0.0 }, metres_per_px: 1e5 };
        assert!(visible_tiles(&world, &layer("https://t/{z}/{x}/{y}", &[], 22, 22)).len() <= MAX_TILES);
        assert_eq!(capped(1e6, 1.0), (144.0, 1.0));
        assert_eq!(capped(1.0, 1e6), (1.0, 144.0));
        assert_eq!(capped(20.0, 10.0), (16.0, 9.0));
    }

    #[test]
    fn degenerate_views_draw_nothing() {
        let mut v = Viewport::fit(CORRIDOR, 400.0, 300.0, 10.0);
        v.width = 0.0;
        assert!(visible_tiles(&v, &osm()).is_empty());
        let mut v = Viewport::fit(CORRIDOR, 400.0, 300.0, 10.0);
        v.centre.x = f64::NAN;
        assert!(visible_tiles(&v, &osm()).is_empty());
        let mut v = Viewport::fit(CORRIDOR, 400.0, 300.0, 10.0);
        v.metres_per_px = 0.0;
        assert!(visible_tiles(&v, &osm()).is_empty());
    }

    #[test]
    fn urls_are_filled_and_subdomains_rotate() {
        let cfg = layer("https://{s}.t.org/{z}/{x}/{y}.png?k={x}", &["a", "b", "c"], 0, 18);
        assert_eq!(tile_url(&cfg, 12, 3, 4), "https://b.t.org/12/3/4.png?k=3");
        assert_eq!(tile_url(&cfg, 12, 4, 5), "https://a.t.org/12/4/5.png?k=4");
        assert_eq!(tile_url(&cfg, 12, 4, 6), "https://b.t.org/12/4/6.png?k=4");
        // Unknown braces are left alone; {s} without subdomains too.
        let plain = layer("https://t.org/{z}/{x}/{y}{r}{s}{", &[], 0, 18);
        assert_eq!(tile_url(&plain, 1, 0, 1), "https://t.org/1/0/1{r}{s}{");
    }

    #[test]
    fn markup_is_escaped_images() {
        let cfg = layer("https://t.org/{z}/{x}/{y}.png?a=1&b=\"2\"", &[], 0, 18);
        let tiles = [Tile {
            z: 1,
            x: 0,
            y: 1,
            url: tile_url(&cfg, 1, 0, 1),
            left: -12.3,
            top: 0.0,
            width: 256.0,
            height: 256.04,
        }];
        assert_eq!(
            tiles_markup(&tiles),
            r#"<image class="tile" href="https://t.org/1/0/1.png?a=1&amp;b=&quot;2&quot;" x="-12.3" y="0.0" width="256.0" height="256.0" preserveAspectRatio="none"/>"#
        );
        assert_eq!(tiles_markup(&[]), "");
    }
}
