//! Finishes a built bundle for any static host (run by scripts/tools.sh
//! after Trunk has built every page): each page's loader moved into a file
//! and the Content-Security-Policy written into each page, the service
//! worker's registration script and the worker itself with this build's
//! precache list, and the web app manifest (`corridor::publish`); and the
//! map's first screen written into `index.html` and into a page per
//! station, `s/<id>/index.html`, from the bundle's data
//! (`corridor::prerender`). Safe to run twice on one bundle.
//!
//! With `--publish` (scripts/publish.sh), it also makes the folder ready
//! to upload: `site_url` in map-config.json (`--site`, https only), a
//! `.gz` and a `.br` copy beside each app file, and PUBLISH.txt.
//!
//! With `--place-split` (scripts/tools.sh, after the visitors' wasm has
//! been split), it first puts the split wasm in place of Trunk's uncut one
//! (`corridor::publish::split`).
//!
//! Usage: corridor-finish DIST_DIR
//!        corridor-finish --place-split SPLIT_DIR DIST_DIR
//!        corridor-finish --publish [--site https://...] OUT_DIR
//!        corridor-finish --check-site https://...

use corridor::config::{parse_config, DATA_FILE};
use corridor::link::{station_path, STATION_DIR};
use corridor::prerender;
use corridor::prerender::freshness::short_hex;
use corridor::publish::split::{self, Parts, LINK_SCRIPT};
use corridor::publish::{compress, csp, loader, manifest, precache, site, worker, LIVE_FILES, OFFLINE_PAGES};
use sha2::{Digest, Sha256, Sha384};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The registration script, written beside the pages.
const REGISTER: &str = include_str!("../../assets/sw-register.js");
const REGISTER_FILE: &str = "sw-register.js";
const WORKER_FILE: &str = "sw.js";

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The stylesheet the root page links (Trunk's `style-<hash>.css`), to
/// write into the pages.
fn linked_stylesheet(dist: &Path, page: &str) -> Result<prerender::Stylesheet, String> {
    let href = prerender::page::quoted_after(page, "<link rel=\"stylesheet\" href=\"")
        .ok_or("index.html links no stylesheet")?
        .to_string();
    let path = dist.join(href.trim_start_matches("./"));
    let css = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let hash = csp::sha256_base64(&css);
    Ok(prerender::Stylesheet { href, css, hash })
}

/// Writes the first screen into `index.html` and a page per station, from
/// the bundle's data; returns how many station pages.
fn write_first_screens(dist: &Path, site_url: Option<&str>) -> Result<usize, String> {
    let data_path = dist.join(DATA_FILE);
    let bytes = std::fs::read(&data_path).map_err(|e| format!("cannot read {}: {e}", data_path.display()))?;
    let corridor = corridor::model::load(&bytes).corridor.ok_or_else(|| {
        format!(
            "{} cannot be read, so the first screen cannot be written: `corridor-check {}` says why",
            data_path.display(),
            data_path.display()
        )
    })?;
    let index = dist.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let template = prerender::template_of(&page);

    let script = prerender::first_screen_script(&corridor);
    let script_name = format!("first-screen-{}.js", short_hex(&Sha256::digest(script.as_bytes())));
    // An earlier run's script (other data) goes: only this one is named.
    if let Ok(listing) = std::fs::read_dir(dist) {
        for old in listing.flatten().map(|e| e.path()) {
            let name = old.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            if name.starts_with("first-screen-") && name.ends_with(".js") && name != script_name {
                let _ = std::fs::remove_file(&old);
            }
        }
    }
    write(&dist.join(&script_name), &script)?;
    let src = format!("./{script_name}");
    let digest = prerender::freshness::data_digest(&bytes);
    let stylesheet = linked_stylesheet(dist, &template)?;
    let written = prerender::Written { script: &src, site_url, data_digest: &digest, stylesheet: Some(&stylesheet) };

    // Written afresh: a station taken out of the data loses its page.
    let pages = dist.join(STATION_DIR);
    if pages.exists() {
        std::fs::remove_dir_all(&pages).map_err(|e| format!("cannot clear {}: {e}", pages.display()))?;
    }
    for s in &corridor.stations {
        let folder = station_path(&s.id);
        if folder != format!("{STATION_DIR}/{}/", s.id) {
            return Err(format!(
                "station id {:?} (feature {}) cannot name a folder: ids are a-z, 0-9 and -",
                s.id, s.feature
            ));
        }
        let dir = dist.join(&folder);
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
        write(&dir.join("index.html"), &prerender::station_page(&template, &corridor, s, &written)?)?;
    }
    write(&index, &prerender::index_page(&template, &corridor, &written)?)?;
    Ok(corridor.stations.len())
}

/// The visitors' binary, whose wasm is split (scripts/tools.sh).
const VISITOR_BIN: &str = "jinshan-corridor-map";

/// Puts the split visitors' wasm from `from` (wasm-split-cli's output,
/// bound and optimised) in place of Trunk's uncut one in `dist`.
fn place_split(from: &Path, dist: &Path) -> Result<String, String> {
    let read = |name: &str| {
        std::fs::read(from.join(name)).map_err(|e| format!("cannot read {}: {e}", from.join(name).display()))
    };
    let bindings = String::from_utf8_lossy(&read(&format!("{VISITOR_BIN}.js"))?).into_owned();
    let wasm = read(&format!("{VISITOR_BIN}_bg.wasm"))?;
    let link = match std::fs::read_to_string(from.join(LINK_SCRIPT)) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("cannot read {}: {e}", from.join(LINK_SCRIPT).display())),
    };
    let mut names: Vec<String> = std::fs::read_dir(from)
        .map_err(|e| format!("cannot list {}: {e}", from.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".wasm") && !n.starts_with(VISITOR_BIN))
        .collect();
    names.sort();
    let mut parts = Vec::new();
    for name in names {
        let bytes = read(&name)?;
        parts.push((name, bytes));
    }
    // One digest of all the wasm names every file: the scripts are written from it.
    let mut all = Sha256::new();
    all.update(&wasm);
    for (name, bytes) in &parts {
        all.update(name.as_bytes());
        all.update(bytes);
    }
    let digest = short_hex(&all.finalize());
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let parts = Parts { stem: VISITOR_BIN.into(), bindings, wasm, link, parts };
    let integrity = |b: &[u8]| {
        use base64::Engine;
        format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(b)))
    };
    let placed = split::place(&html, &parts, &digest, integrity).map_err(|e| format!("{}: {e}", index.display()))?;
    for old in &placed.removed {
        let path = dist.join(old);
        std::fs::remove_file(&path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
    }
    for (name, bytes) in &placed.files {
        let path = dist.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    write(&index, &placed.html)?;
    Ok(format!(
        "{}: the visitors' wasm is {} bytes, with {} parts fetched on first use",
        dist.display(),
        parts.wasm.len(),
        parts.parts.len()
    ))
}

fn finish(dist: &Path) -> Result<String, String> {
    let config_path = dist.join("map-config.json");
    let config_text = std::fs::read_to_string(&config_path)
        .map_err(|e| format!("cannot read {} ({e}): is this a built bundle?", config_path.display()))?;
    let config = parse_config(&config_text).map_err(|e| format!("{e} ({})", config_path.display()))?;
    let policy = csp::policy(config.tiles.as_ref());

    let mut pages: Vec<PathBuf> = std::fs::read_dir(dist)
        .map_err(|e| format!("cannot list {}: {e}", dist.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    for page in &pages {
        let mut html = std::fs::read_to_string(page).map_err(|e| format!("cannot read {}: {e}", page.display()))?;
        let stem = page.file_stem().and_then(|s| s.to_str()).unwrap_or("page");
        // The map's page has its first screen written in: its wasm waits for that to be painted.
        let first_screen = |s: &str| if stem == "index" { loader::after_first_paint(s) } else { s.to_string() };
        if let Some(moved) =
            loader::externalize(&html, stem, |s| short_hex(&Sha256::digest(first_screen(s).as_bytes())))
        {
            let moved = loader::Externalized { script: first_screen(&moved.script), ..moved };
            write(&dist.join(&moved.file_name), &moved.script)?;
            html = moved.html;
        }
        if loader::has_inline_script(&html) {
            return Err(format!("{} still has an inline script, which the page's policy would block", page.display()));
        }
        write(page, &csp::with_policy(&html, &policy))?;
    }
    let station_pages = write_first_screens(dist, config.site_url.as_deref())?;
    write(&dist.join(REGISTER_FILE), REGISTER)?;
    write(&dist.join(manifest::FILE), &manifest::manifest())?;

    // Each file is read once: for the references it holds, then for the version.
    let contents = std::cell::RefCell::new(std::collections::HashMap::<String, Vec<u8>>::new());
    let read = |name: &str| {
        let bytes = std::fs::read(dist.join(name)).ok()?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        contents.borrow_mut().insert(name.to_string(), bytes);
        Some(text)
    };
    let mut roots: Vec<&str> = OFFLINE_PAGES.to_vec();
    roots.push(manifest::FILE);
    roots.extend(manifest::ICONS.iter().map(|i| i.path));
    roots.push(REGISTER_FILE);
    let files = precache::app_files(&roots, read);
    let mut hasher = Sha256::new();
    let mut bytes = 0;
    for name in &files {
        let content = match contents.borrow_mut().remove(name.as_str()) {
            Some(known) => known,
            None => std::fs::read(dist.join(name)).map_err(|e| format!("cannot read {name}: {e}"))?,
        };
        bytes += content.len();
        hasher.update(name.as_bytes());
        hasher.update(&content);
    }
    let version = short_hex(&hasher.finalize());
    let live: Vec<&str> = LIVE_FILES.iter().copied().filter(|f| dist.join(f).is_file()).collect();
    write(&dist.join(WORKER_FILE), &worker::render(&version, &files, &live))?;
    Ok(format!(
        "{}: {} pages under the policy, the first screen written into index.html and {station_pages} station pages; {WORKER_FILE} version {version} keeps {} app files ({bytes} bytes) and {} live files",
        dist.display(),
        pages.len(),
        files.len(),
        live.len()
    ))
}

/// Every file under `dir`, as paths relative to it with `/`, sorted.
fn files_under(dir: &Path) -> Result<Vec<String>, String> {
    let mut found = Vec::new();
    let mut folders = vec![PathBuf::new()];
    while let Some(folder) = folders.pop() {
        let listing =
            std::fs::read_dir(dir.join(&folder)).map_err(|e| format!("cannot list {}: {e}", folder.display()))?;
        for entry in listing.flatten() {
            let relative = folder.join(entry.file_name());
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                folders.push(relative);
            } else {
                found.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// A published file: its name, bytes, and its gzip and brotli copies'
/// sizes (`None` for files sent as they are).
type Sizes = (String, usize, Option<(usize, usize)>);

/// The precompressed copies, and every file's sizes.
fn precompress(out: &Path) -> Result<Vec<Sizes>, String> {
    let mut rows = Vec::new();
    for name in files_under(out)? {
        if name.ends_with(".gz") || name.ends_with(".br") || name == PUBLISH_NOTES {
            continue;
        }
        let bytes = std::fs::read(out.join(&name)).map_err(|e| format!("cannot read {name}: {e}"))?;
        // Live files are sent as they are on disk: staff may edit them on
        // the server, and a stale copy beside them would win.
        let sizes = if compress::is_compressed_kind(&name) && !LIVE_FILES.contains(&name.as_str()) {
            let gz = compress::gzip(&bytes).map_err(|e| format!("gzip {name}: {e}"))?;
            let br = compress::brotli(&bytes).map_err(|e| format!("brotli {name}: {e}"))?;
            std::fs::write(out.join(format!("{name}.gz")), &gz).map_err(|e| format!("cannot write {name}.gz: {e}"))?;
            std::fs::write(out.join(format!("{name}.br")), &br).map_err(|e| format!("cannot write {name}.br: {e}"))?;
            Some((gz.len(), br.len()))
        } else {
            None
        };
        rows.push((name, bytes.len(), sizes));
    }
    Ok(rows)
}

const PUBLISH_NOTES: &str = "PUBLISH.txt";

fn publish(out: &Path, site_url: Option<&str>) -> Result<String, String> {
    let config_path = out.join("map-config.json");
    if let Some(site_url) = site_url {
        let text =
            std::fs::read_to_string(&config_path).map_err(|e| format!("cannot read {}: {e}", config_path.display()))?;
        write(&config_path, &site::with_site_url(&text, site_url)?)?;
    }
    let summary = finish(out)?;
    let rows = precompress(out)?;
    let config = std::fs::read_to_string(&config_path).ok().and_then(|t| parse_config(&t).ok()).unwrap_or_default();
    let mut notes =
        String::from("The Jinshan Avenue corridor map, ready for a static web host (made by scripts/publish.sh).\n\n");
    notes += &match &config.site_url {
        Some(url) => format!("Site: {url} (the posters' QR codes point here).\n"),
        None => "Site: none given (--site); the posters page uses the address it is opened at.\n".into(),
    };
    notes += "\nUpload everything in this folder, keeping its folders, the .gz and .br files too, to the\n\
        site's folder. Server settings: docs/deploy/jinshan-map.conf (nginx) and docs/deploy/README.md\n\
        (object storage + CDN, a sub-path such as /jinshan-map/).\n\n";
    notes += &format!(
        "Content-Security-Policy to send as a header (each page carries its own, stricter one):\n{}\n\n",
        csp::header_policy(config.tiles.as_ref())
    );
    notes += "The data file, data/corridor.geojson, and map-config.json may be replaced on the server without\n\
        publishing again (check the data first: corridor-check FILE). They have no .gz/.br copies on\n\
        purpose: a stale copy would be served instead of the edit. Serve them with no-cache.\n\n";
    notes += &format!("{:<56} {:>10} {:>10} {:>10}\n", "file", "bytes", "gzip", "brotli");
    for (name, raw, sizes) in &rows {
        let (gz, br) = sizes.map_or(("-".into(), "-".into()), |(g, b)| (g.to_string(), b.to_string()));
        notes += &format!("{name:<56} {raw:>10} {gz:>10} {br:>10}\n");
    }
    write(&out.join(PUBLISH_NOTES), &notes)?;
    let compressed = rows.iter().filter(|r| r.2.is_some()).count();
    Ok(format!("{summary}\n{}: {compressed} files with .gz and .br copies; see {PUBLISH_NOTES}", out.display()))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: corridor-finish DIST_DIR | --place-split SPLIT_DIR DIST_DIR | --publish [--site https://...] OUT_DIR | --check-site https://...";
    let done = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["--check-site", url] => site::with_site_url("{}", url).map(|_| format!("{url}: fit for the posters")),
        ["--publish", "--site", url, out] => publish(Path::new(out), Some(url)),
        ["--publish", out] => publish(Path::new(out), None),
        ["--place-split", from, dist] => place_split(Path::new(from), Path::new(dist)),
        [dist] if !dist.starts_with("--") => finish(Path::new(dist)),
        _ => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    match done {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("corridor-finish: {message}");
            ExitCode::FAILURE
        }
    }
}
