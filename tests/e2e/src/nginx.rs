//! A real nginx for the tests: `scripts/nginx-local.sh` (the shipped
//! `docs/deploy/jinshan-map.conf` on a loopback port, its own prefix and
//! temp dirs) over the folder `scripts/publish.sh` made, stopped when
//! dropped; and a bare HTTP/1.1 GET for checking response headers as a
//! browser would receive them.

use crate::paths;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The sub-path the published folder sits under for the sub-path
/// deployment (as `https://example.gov.cn/jinshan-map/`).
pub const SUB_PATH: &str = "jinshan-map";

/// Where scripts/test.sh publishes for these tests: `$CORRIDOR_PUBLISHED`
/// if set, otherwise `target/nginx-www`; the site itself is its
/// [`SUB_PATH`] folder, so the same files serve a root and a sub-path.
pub fn published_www() -> PathBuf {
    match std::env::var_os("CORRIDOR_PUBLISHED") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => paths::workspace_root().join("target/nginx-www"),
    }
}

/// The published site folder (with index.html and PUBLISH.txt).
pub fn published_site() -> PathBuf {
    published_www().join(SUB_PATH)
}

/// A running nginx; stopped when dropped.
pub struct Nginx {
    child: Child,
    port: u16,
    state: PathBuf,
}

impl Nginx {
    /// nginx serving `root` (the published folder, or the folder above it
    /// for a sub-path). Fails with what to run when nothing is published
    /// or nginx cannot start.
    pub fn serve(root: &Path) -> Result<Self, String> {
        if !published_site().join("PUBLISH.txt").is_file() {
            return Err(format!(
                "{} has no published site: run `bash scripts/publish.sh --no-build {}` (scripts/test.sh does)",
                published_www().display(),
                published_site().display()
            ));
        }
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| format!("no free port: {e}"))?
            .port();
        let state = paths::temp_dir("nginx");
        let script = paths::workspace_root().join("scripts/nginx-local.sh");
        let log = std::fs::File::create(state.join("start.log")).map_err(|e| e.to_string())?;
        let child = Command::new("bash")
            .arg(&script)
            .arg(port.to_string())
            .arg(root)
            .arg(&state)
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .map_err(|e| format!("cannot run {}: {e}", script.display()))?;
        let mut nginx = Nginx { child, port, state };
        let deadline = Instant::now() + crate::timeout();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = nginx.child.try_wait() {
                return Err(format!("nginx exited ({status}): {}", nginx.log()));
            }
            if Instant::now() > deadline {
                return Err(format!("nginx did not listen on {port}: {}", nginx.log()));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(nginx)
    }

    /// Like [`Nginx::serve`], panicking with its message; for tests.
    #[track_caller]
    pub fn serve_or_panic(root: &Path) -> Self {
        Self::serve(root).unwrap_or_else(|message| panic!("{message}"))
    }

    pub fn url(&self, path_and_query: &str) -> String {
        format!("http://127.0.0.1:{}{path_and_query}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    fn log(&self) -> String {
        ["start.log", "error.log"]
            .iter()
            .map(|f| std::fs::read_to_string(self.state.join(f)).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // The script exec'd nginx, so this is nginx's master. SIGTERM, not
        // SIGKILL: a killed master leaves its worker serving the port.
        let terminated = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
        if !terminated.is_ok_and(|s| s.success()) {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
        // The worker goes with its master; wait until the port is closed,
        // so a test that stopped the server really has none.
        let deadline = Instant::now() + crate::timeout();
        while TcpStream::connect(("127.0.0.1", self.port)).is_ok() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// One response as received: status, headers (names lower-case) and body
/// bytes as sent (still compressed when a `Content-Encoding` says so).
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    /// The header's value, if sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// GET `path` from 127.0.0.1:`port` with these extra request headers.
/// The body is read to the end (the request asks the server to close).
pub fn get(port: u16, path: &str, headers: &[(&str, &str)]) -> Result<Response, String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    stream.set_read_timeout(Some(crate::timeout())).map_err(|e| e.to_string())?;
    let mut request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    for (name, value) in headers {
        request += &format!("{name}: {value}\r\n");
    }
    stream.write_all(format!("{request}\r\n").as_bytes()).map_err(|e| e.to_string())?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).map_err(|e| e.to_string())?;
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").ok_or("no end of headers")?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|s| s.parse().ok()).ok_or("no status")?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect::<Vec<_>>();
    let mut body = raw[split + 4..].to_vec();
    if headers.iter().any(|(n, v)| n == "transfer-encoding" && v.contains("chunked")) {
        body = dechunk(&body)?;
    }
    Ok(Response { status, headers, body })
}

fn dechunk(mut data: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n").ok_or("bad chunk")?;
        let size_text = String::from_utf8_lossy(&data[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .map_err(|_| format!("bad chunk size {size_text}"))?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        out.extend_from_slice(data.get(..size).ok_or("short chunk")?);
        data = data.get(size + 2..).ok_or("short chunk")?;
    }
}
