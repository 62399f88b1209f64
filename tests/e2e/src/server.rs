//! A tiny static HTTP/1.1 file server for the release bundle.
//!
//! Why our own: the tests must run offline with no extra tools, each test
//! needs its own server (so tests stay independent and can run in
//! parallel), and some tests must serve a broken or missing data file in
//! place of the real one ("overrides"), which no off-the-shelf static
//! server does. It is deliberately small: GET and HEAD only, one thread per
//! connection, `Connection: close` on every response.

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use crate::paths;

/// What a test wants served at one URL path instead of the file on disk.
#[derive(Clone, Debug)]
pub struct Override {
    /// HTTP status code, e.g. 200 or 404.
    pub status: u16,
    /// Response body, served as is (the Content-Type still follows the
    /// path's extension, as a real static host would).
    pub body: Vec<u8>,
}

/// State shared between the test and the connection threads, so a test can
/// change what is served while the page is open (e.g. fix the data file,
/// then press "retry").
#[derive(Default)]
struct Shared {
    overrides: HashMap<String, Override>,
    delays: HashMap<String, Duration>,
    /// Paths whose answers wait until the test releases them.
    held: std::collections::HashSet<String>,
    /// Paths requested so far (without query), in order; lets a test check
    /// that the app really fetched something again.
    requests: Vec<String>,
    /// Send bodies gzip-compressed to clients that accept it, as a real
    /// static host does (benchmarks of transfer time need it).
    gzip: bool,
}

/// A running server; it stops when dropped.
pub struct StaticServer {
    addr: SocketAddr,
    root: PathBuf,
    shared: Arc<Mutex<Shared>>,
    stop: Arc<AtomicBool>,
    acceptor: Option<JoinHandle<()>>,
}

impl StaticServer {
    /// Serves the Trunk release bundle: `$CORRIDOR_DIST` if set, otherwise
    /// `<workspace root>/dist`. Fails, with the command to run, when the
    /// bundle has not been built: a missing build must never look like a
    /// passing (or silently skipped) test.
    pub fn dist() -> Result<Self, String> {
        let root = paths::dist_dir();
        let index = root.join("index.html");
        if !index.is_file() {
            return Err(format!(
                "{} does not exist: run `trunk build --release` first \
                 (scripts/test.sh does this), or point CORRIDOR_DIST at a built bundle",
                index.display()
            ));
        }
        Self::serve(&root).map_err(|e| format!("cannot start the static server for {}: {e}", root.display()))
    }

    /// Like [`StaticServer::dist`], but panics with its message; for tests.
    #[track_caller]
    pub fn dist_or_panic() -> Self {
        match Self::dist() {
            Ok(server) => server,
            Err(message) => panic!("{message}"),
        }
    }

    /// Serves any directory on a free port of 127.0.0.1.
    pub fn serve(root: &Path) -> io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Mutex::new(Shared::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let acceptor = {
            let root = root.to_path_buf();
            let shared = Arc::clone(&shared);
            let stop = Arc::clone(&stop);
            thread::Builder::new()
                .name(format!("static-server-{}", addr.port()))
                .spawn(move || accept_loop(listener, root, shared, stop))?
        };
        Ok(StaticServer { addr, root: root.to_path_buf(), shared, stop, acceptor: Some(acceptor) })
    }

    /// Where it listens.
    pub fn addr(&self) -> std::net::SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The absolute URL of `path_and_query` (which should start with `/`).
    pub fn url(&self, path_and_query: &str) -> String {
        if path_and_query.starts_with('/') {
            format!("{}{}", self.base_url(), path_and_query)
        } else {
            format!("{}/{}", self.base_url(), path_and_query)
        }
    }

    /// The directory being served.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The visitor app's WebAssembly file in the served bundle, as a URL
    /// path (`/jinshan-corridor-map-<hash>_bg.wasm`), e.g. to hold it back.
    pub fn app_wasm(&self) -> String {
        self.hashed_file("jinshan-corridor-map-", "_bg.wasm")
    }

    /// The written pages' first-screen script (`/first-screen-<hash>.js`).
    pub fn first_screen_script(&self) -> String {
        self.hashed_file("first-screen-", ".js")
    }

    /// The served file named `<start><hash><end>`, as a URL path.
    fn hashed_file(&self, start: &str, end: &str) -> String {
        let listing = std::fs::read_dir(&self.root).expect("listing the served folder");
        let name = listing
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .find(|n| n.starts_with(start) && n.ends_with(end))
            .unwrap_or_else(|| panic!("no {start}…{end} in the served folder"));
        format!("/{name}")
    }

    /// From now on, answer `path` (e.g. `/data/corridor.geojson`) with this
    /// status and body instead of the file on disk.
    pub fn set_override(&self, path: &str, status: u16, body: impl Into<Vec<u8>>) {
        self.lock().overrides.insert(path.to_string(), Override { status, body: body.into() });
    }

    /// Serve the file on disk at `path` again.
    /// From now on, bodies go gzip-compressed to clients that accept it.
    pub fn set_gzip(&self, on: bool) {
        self.lock().gzip = on;
    }

    pub fn clear_override(&self, path: &str) {
        self.lock().overrides.remove(path);
    }

    /// Wait this long before answering `path` (to see loading states).
    pub fn set_delay(&self, path: &str, delay: Duration) {
        self.lock().delays.insert(path.to_string(), delay);
    }

    /// Answers for `path` wait, however long, until [`Self::release`]
    /// (to see the page as it is before that file arrives).
    pub fn hold(&self, path: &str) {
        self.lock().held.insert(path.to_string());
    }

    /// Lets held answers for `path` go.
    pub fn release(&self, path: &str) {
        self.lock().held.remove(path);
    }

    /// How many requests for `path` (query ignored) arrived so far.
    pub fn hits(&self, path: &str) -> usize {
        self.lock().requests.iter().filter(|p| *p == path).count()
    }

    fn lock(&self) -> MutexGuard<'_, Shared> {
        // A panicking connection thread must not take the test down with a
        // confusing "poisoned" message: the data is still fine.
        self.shared.lock().unwrap_or_else(|poison| poison.into_inner())
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the blocking accept() so the loop sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
    }
}

fn accept_loop(listener: TcpListener, root: PathBuf, shared: Arc<Mutex<Shared>>, stop: Arc<AtomicBool>) {
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = stream else { continue };
        let root = root.clone();
        let shared = Arc::clone(&shared);
        let _ = thread::Builder::new().name("static-server-conn".into()).spawn(move || {
            let _ = handle(stream, &root, &shared);
        });
    }
}

/// A parsed request line, and the one header we use.
struct Request {
    method: String,
    /// Percent-decoded path without query or fragment.
    path: String,
    /// `Accept-Encoding` names gzip.
    accepts_gzip: bool,
}

fn read_request(stream: &TcpStream) -> io::Result<Option<Request>> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
        return Ok(None);
    };
    let (method, target) = (method.to_string(), target.to_string());
    // A GET has no body we care about; of the headers, only one matters.
    let mut accepts_gzip = false;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            accepts_gzip |= name.trim().eq_ignore_ascii_case("accept-encoding") && value.contains("gzip");
        }
    }
    let raw_path = target.split(['?', '#']).next().unwrap_or("/");
    Ok(Some(Request { method, path: percent_decode(raw_path), accepts_gzip }))
}

fn handle(stream: TcpStream, root: &Path, shared: &Mutex<Shared>) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    stream.set_write_timeout(Some(Duration::from_secs(10)))?;
    let Some(request) = read_request(&stream)? else {
        return Ok(());
    };
    let (override_, delay, gzip) = {
        let mut shared = shared.lock().unwrap_or_else(|p| p.into_inner());
        shared.requests.push(request.path.clone());
        (
            shared.overrides.get(&request.path).cloned(),
            shared.delays.get(&request.path).copied(),
            shared.gzip && request.accepts_gzip,
        )
    };
    let respond = |stream: &TcpStream, status, content_type, body: &[u8], head_only| {
        if gzip {
            respond_gzip(stream, status, content_type, body, head_only)
        } else {
            respond(stream, status, content_type, body, head_only)
        }
    };
    if let Some(delay) = delay {
        thread::sleep(delay);
    }
    while shared.lock().unwrap_or_else(|p| p.into_inner()).held.contains(&request.path) {
        thread::sleep(Duration::from_millis(20));
    }
    let head_only = request.method == "HEAD";
    if request.method != "GET" && !head_only {
        return respond(&stream, 405, "text/plain; charset=utf-8", b"method not allowed\n", false);
    }
    if let Some(o) = override_ {
        return respond(&stream, o.status, content_type(&request.path), &o.body, head_only);
    }
    match resolve(root, &request.path) {
        Some(file) => match std::fs::read(&file) {
            Ok(body) => respond(&stream, 200, content_type(&file.to_string_lossy()), &body, head_only),
            Err(_) => not_found(&stream, head_only),
        },
        None => not_found(&stream, head_only),
    }
}

/// Maps a URL path to a file under `root`: `/` and directories give their
/// `index.html`; anything climbing out of `root` (`..`) gives nothing.
fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let relative = Path::new(url_path.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir)) {
        return None;
    }
    let mut file = root.join(relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

fn not_found(stream: &TcpStream, head_only: bool) -> io::Result<()> {
    respond(stream, 404, "text/plain; charset=utf-8", b"404 not found\n", head_only)
}

fn respond(stream: &TcpStream, status: u16, content_type: &str, body: &[u8], head_only: bool) -> io::Result<()> {
    send(stream, status, content_type, "", body, head_only)
}

/// Like [`respond`], with the body gzip-compressed (level 9, as
/// `scripts/bundle-size.sh` counts it).
fn respond_gzip(stream: &TcpStream, status: u16, content_type: &str, body: &[u8], head_only: bool) -> io::Result<()> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(body)?;
    let packed = encoder.finish()?;
    send(stream, status, content_type, "Content-Encoding: gzip\r\n", &packed, head_only)
}

fn send(
    mut stream: &TcpStream,
    status: u16,
    content_type: &str,
    extra_headers: &str,
    body: &[u8],
    head_only: bool,
) -> io::Result<()> {
    let header = format!(
        "HTTP/1.1 {status} {reason}\r\n\
         Content-Type: {content_type}\r\n\
         Content-Length: {len}\r\n\
         {extra_headers}\
         Cache-Control: no-store\r\n\
         Connection: close\r\n\r\n",
        reason = reason(status),
        len = body.len(),
    );
    stream.write_all(header.as_bytes())?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()?;
    let _ = stream.shutdown(Shutdown::Write);
    Ok(())
}

/// The Content-Type a static host would send; wasm must be
/// `application/wasm` or streaming compilation refuses it.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("geojson") => "application/geo+json",
        Some("json") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("svg") => "image/svg+xml",
        Some("ico") => "image/x-icon",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((hi * 16 + lo) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn get(server: &StaticServer, target: &str) -> (u16, String, Vec<u8>) {
        let mut stream = TcpStream::connect(server.addr).expect("connect to the test server");
        write!(stream, "GET {target} HTTP/1.1\r\nHost: x\r\n\r\n").expect("send request");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read response");
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("response has a header/body separator");
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let status = head[9..12].parse().expect("numeric status code");
        (status, head, raw[split + 4..].to_vec())
    }

    fn temp_site() -> PathBuf {
        let dir = paths::temp_dir("server-unit");
        std::fs::create_dir_all(dir.join("data")).expect("create temp site");
        std::fs::write(dir.join("index.html"), "<h1>hi</h1>").expect("write index");
        std::fs::write(dir.join("data/x.geojson"), "{}").expect("write data");
        std::fs::write(dir.join("app.wasm"), [0u8, 97, 115, 109]).expect("write wasm");
        dir
    }

    #[test]
    fn serves_index_types_overrides_and_404() {
        let dir = temp_site();
        let server = StaticServer::serve(&dir).expect("start server");
        let (s, head, body) = get(&server, "/?s=zhangqiao&lang=en");
        assert_eq!((s, body.as_slice()), (200, b"<h1>hi</h1>".as_slice()));
        assert!(head.contains("text/html"), "{head}");
        let (s, head, _) = get(&server, "/app.wasm");
        assert_eq!(s, 200);
        assert!(head.contains("Content-Type: application/wasm"), "{head}");
        let (s, head, _) = get(&server, "/data/x.geojson?v=1");
        assert_eq!(s, 200);
        assert!(head.contains("application/geo+json"), "{head}");
        assert_eq!(get(&server, "/missing.js").0, 404);
        assert_eq!(get(&server, "/../Cargo.toml").0, 404);
        assert_eq!(get(&server, "/%2e%2e/Cargo.toml").0, 404);
        server.set_override("/data/x.geojson", 503, "down");
        let (s, _, body) = get(&server, "/data/x.geojson");
        assert_eq!((s, body.as_slice()), (503, b"down".as_slice()));
        server.clear_override("/data/x.geojson");
        assert_eq!(get(&server, "/data/x.geojson").0, 200);
        assert_eq!(server.hits("/data/x.geojson"), 3);
        drop(server);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("/a%20b"), "/a b");
        assert_eq!(percent_decode("/%E5%BC%A0"), "/张");
        assert_eq!(percent_decode("/bad%2"), "/bad%2");
    }
}
