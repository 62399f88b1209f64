//! Headless Chromium through chromedriver, one private pair per test.
//!
//! Why one chromedriver per browser: tests then share nothing (no session
//! limits, no cross-talk) and can run in parallel; a crashed browser takes
//! down one test only. Everything started here is stopped on `Drop`, even
//! when the test panics: the WebDriver session is deleted with a plain
//! blocking HTTP request (an async runtime may already be unwinding), then
//! chromedriver and anything left in its process group are killed.

use std::fs::File;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::ops::Deref;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Map, Value};

use crate::paths;

/// A phone in portrait (iPhone 12-15 CSS size): the main audience scans a
/// QR code at a station.
pub const PHONE: (u32, u32) = (390, 844);
/// A common laptop screen.
pub const DESKTOP: (u32, u32) = (1440, 900);

/// How long chromedriver may take to listen and Chrome to open a session.
/// Generous: the machine may be busy compiling.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(60);

fn chromedriver_bin() -> PathBuf {
    std::env::var_os("CHROMEDRIVER").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("chromedriver"))
}

fn chrome_bin() -> PathBuf {
    std::env::var_os("CHROME_BIN").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/usr/lib/chromium/chromium"))
}

/// A running chromedriver on a free port of 127.0.0.1.
pub struct ChromeDriver {
    child: Child,
    port: u16,
    dir: PathBuf,
}

impl ChromeDriver {
    /// Starts chromedriver and waits (bounded) until it accepts
    /// connections. Its output goes to `chromedriver.log` in its scratch
    /// directory and is quoted in the error if it fails to start.
    pub fn start() -> Result<Self, String> {
        let mut last_error = String::new();
        // The free port is found by binding and releasing it, so another
        // process may grab it first; then chromedriver exits and we retry.
        for _attempt in 0..3 {
            match Self::try_start() {
                Ok(driver) => return Ok(driver),
                Err(StartError::Fatal(e)) => return Err(e),
                Err(StartError::Retry(e)) => last_error = e,
            }
        }
        Err(last_error)
    }

    fn try_start() -> Result<Self, StartError> {
        let bin = chromedriver_bin();
        let port = free_port().map_err(|e| StartError::Fatal(format!("no free port: {e}")))?;
        let dir = paths::temp_dir("cd");
        let log_path = dir.join("chromedriver.log");
        let log = File::create(&log_path)
            .map_err(|e| StartError::Fatal(format!("cannot create {}: {e}", log_path.display())))?;
        let log_err = log.try_clone().map_err(|e| StartError::Fatal(format!("cannot clone log handle: {e}")))?;
        // Chrome's temp files (and its singleton socket) go here.
        let tmp = dir.clone();
        let mut command = Command::new(&bin);
        command.arg(format!("--port={port}"));
        // `CORRIDOR_E2E_VERBOSE=1` puts Chrome's own messages into the log
        // (and `CORRIDOR_E2E_KEEP_TMP=1` keeps the log after the test).
        if std::env::var_os("CORRIDOR_E2E_VERBOSE").is_some() {
            command.arg("--verbose");
        }
        let child = command
            .env("TMPDIR", &tmp)
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log_err)
            // Own process group, so Drop can also end the Chrome processes
            // it spawned if the session could not be closed cleanly.
            .process_group(0)
            .spawn()
            .map_err(|e| {
                let _ = std::fs::remove_dir_all(&dir);
                StartError::Fatal(if e.kind() == std::io::ErrorKind::NotFound {
                    format!(
                        "`{}` not found: install chromium-driver (Debian: \
                         `apt-get install chromium chromium-driver`), or set CHROMEDRIVER",
                        bin.display()
                    )
                } else {
                    format!("cannot start `{}`: {e}", bin.display())
                })
            })?;
        let mut driver = ChromeDriver { child, port, dir };
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        loop {
            if let Ok(Some(status)) = driver.child.try_wait() {
                return Err(StartError::Retry(format!(
                    "chromedriver on port {port} exited at startup ({status}); its output:\n{}",
                    driver.log()
                )));
            }
            let addr = SocketAddr::from(([127, 0, 0, 1], port));
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                return Ok(driver);
            }
            if Instant::now() > deadline {
                return Err(StartError::Fatal(format!(
                    "chromedriver did not listen on port {port} within {}s; its output:\n{}",
                    STARTUP_TIMEOUT.as_secs(),
                    driver.log()
                )));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// `http://127.0.0.1:<port>`, for fantoccini.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Scratch directory (log, TMPDIR, browser profiles).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// What chromedriver printed so far (for error messages).
    pub fn log(&self) -> String {
        let mut text = String::new();
        if let Ok(mut f) = File::open(self.dir.join("chromedriver.log")) {
            let _ = f.read_to_string(&mut text);
        }
        text
    }

    /// Deletes a session with a blocking HTTP request (usable in `Drop`).
    fn delete_session(&self, session_id: &str) {
        let addr = SocketAddr::from(([127, 0, 0, 1], self.port));
        let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_secs(2)) else {
            return;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
        let _ = write!(
            stream,
            "DELETE /session/{session_id} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\
             Content-Length: 0\r\nConnection: close\r\n\r\n",
            self.port
        );
        // Wait for the answer: chromedriver replies once Chrome has quit.
        // It keeps the connection open regardless of `Connection: close`,
        // so read just one response (headers + Content-Length bytes).
        let mut response = Vec::new();
        let mut chunk = [0u8; 4096];
        while let Ok(n) = stream.read(&mut chunk) {
            if n == 0 {
                break;
            }
            response.extend_from_slice(&chunk[..n]);
            if response_complete(&response) {
                break;
            }
        }
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        let pgid = self.child.id();
        let _ = self.child.kill();
        let _ = self.child.wait();
        // Anything Chrome left behind in chromedriver's process group
        // (normally nothing, since the session was deleted first).
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pgid}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        if std::env::var_os("CORRIDOR_E2E_KEEP_TMP").is_none() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Whether `raw` holds a whole HTTP response with a Content-Length body.
fn response_complete(raw: &[u8]) -> bool {
    let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return false;
    };
    let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
    let length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(0);
    raw.len() >= end + 4 + length
}

enum StartError {
    Retry(String),
    Fatal(String),
}

fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// The Chrome arguments every session gets. The user-data dir is fresh per
/// session so nothing (cache, storage, history) leaks between tests.
pub fn chrome_args(options: &BrowserOptions, profile: &Path) -> Vec<String> {
    let (width, height, scale) = (options.width, options.height, options.scale);
    let mut args: Vec<String> = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--disable-extensions",
        "--hide-scrollbars",
        "--lang=zh-CN",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.push(format!("--window-size={width},{height}"));
    args.push(format!("--user-data-dir={}", profile.display()));
    if let Some(scale) = scale {
        args.push(format!("--force-device-scale-factor={scale}"));
    }
    if options.reduced_motion {
        args.push("--force-prefers-reduced-motion".to_string());
    }
    args
}

/// Options for [`Browser::launch_with`].
#[derive(Clone, Debug)]
pub struct BrowserOptions {
    pub width: u32,
    pub height: u32,
    /// Device pixel ratio (screenshots); `None` leaves Chrome's default 1.
    pub scale: Option<f64>,
    /// `navigator.languages`. The default is Chinese, like the phones of
    /// the visitors the map is made for: the app follows the browser's
    /// language when the URL has no `lang=`.
    pub accept_languages: String,
    /// Emulate a phone (touch, viewport meta honoured). `true` for widths
    /// below 800 px.
    pub mobile: bool,
    /// The system asks for reduced motion (`prefers-reduced-motion`).
    pub reduced_motion: bool,
    /// The system is in dark mode (`prefers-color-scheme: dark`), emulated
    /// through the DevTools protocol for the whole session.
    pub dark: bool,
}

impl BrowserOptions {
    pub fn new(width: u32, height: u32) -> Self {
        BrowserOptions {
            width,
            height,
            scale: None,
            accept_languages: "zh-CN,zh".to_string(),
            mobile: width < 800,
            reduced_motion: false,
            dark: false,
        }
    }
}

/// A WebDriver session in its own headless Chromium, with its own
/// chromedriver. Derefs to the fantoccini [`Client`].
pub struct Browser {
    client: Client,
    session_id: Option<String>,
    // Declared after `client`, so it is dropped after it.
    driver: ChromeDriver,
}

impl Browser {
    /// A phone-sized browser ([`PHONE`]); panics with a clear message.
    pub async fn phone() -> Self {
        Self::launch_or_panic(PHONE.0, PHONE.1).await
    }

    /// A desktop-sized browser ([`DESKTOP`]); panics with a clear message.
    pub async fn desktop() -> Self {
        Self::launch_or_panic(DESKTOP.0, DESKTOP.1).await
    }

    pub async fn launch_or_panic(width: u32, height: u32) -> Self {
        match Self::launch(width, height).await {
            Ok(browser) => browser,
            Err(message) => panic!("cannot start headless Chromium: {message}"),
        }
    }

    pub async fn launch(width: u32, height: u32) -> Result<Self, String> {
        Self::launch_with(BrowserOptions::new(width, height)).await
    }

    pub async fn launch_with(options: BrowserOptions) -> Result<Self, String> {
        let chrome = chrome_bin();
        if !chrome.is_file() {
            return Err(format!(
                "no Chromium at {}: install chromium (Debian: `apt-get install chromium \
                 chromium-driver`), or set CHROME_BIN",
                chrome.display()
            ));
        }
        // chromedriver's start is blocking (short sleeps); keep it off the
        // async worker threads.
        let driver = tokio::task::spawn_blocking(ChromeDriver::start)
            .await
            .map_err(|e| format!("chromedriver start task failed: {e}"))??;
        let profile = driver.dir().join("profile");
        let mut caps = Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": chrome.to_string_lossy(),
                "args": chrome_args(&options, &profile),
                "prefs": { "intl.accept_languages": options.accept_languages },
                // `--window-size` alone is not the page's viewport: headless
                // Chrome keeps windows at least 500 px wide and subtracts
                // room for (invisible) browser UI. Emulating the device
                // metrics gives the page exactly width x height CSS pixels.
                "mobileEmulation": {
                    "deviceMetrics": {
                        "width": options.width,
                        "height": options.height,
                        "pixelRatio": options.scale.unwrap_or(1.0),
                        "mobile": options.mobile,
                        "touch": options.mobile,
                    }
                },
            }),
        );
        let connecting = ClientBuilder::new(HttpConnector::new()).capabilities(caps).connect(&driver.url()).await;
        let client = match connecting {
            Ok(client) => client,
            Err(e) => {
                return Err(format!(
                    "chromedriver could not open a Chromium session: {e}\nchromedriver output:\n{}",
                    driver.log()
                ))
            }
        };
        let session_id = client.session_id().await.ok().flatten();
        let browser = Browser { client, session_id, driver };
        if options.dark {
            crate::print::emulate_media(&browser.client, "", &[("prefers-color-scheme", "dark")]).await;
        }
        Ok(browser)
    }

    /// The fantoccini client (also reachable through `Deref`).
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Window inner size as the page sees it (`innerWidth`, `innerHeight`).
    /// Meaningful once a page with a viewport meta tag is loaded: on a
    /// phone, `about:blank` has a 980 px wide layout viewport.
    pub async fn viewport(&self) -> (f64, f64) {
        let v = self
            .client
            .execute("return [window.innerWidth, window.innerHeight];", vec![])
            .await
            .expect("reading window.innerWidth/innerHeight");
        let n = |i: usize| {
            v.get(i).and_then(Value::as_f64).unwrap_or_else(|| panic!("innerWidth/innerHeight not numbers: {v}"))
        };
        (n(0), n(1))
    }
}

impl Deref for Browser {
    type Target = Client;
    fn deref(&self) -> &Client {
        &self.client
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Close Chrome cleanly before chromedriver is killed; otherwise the
        // browser processes would outlive the test.
        if let Some(id) = &self.session_id {
            self.driver.delete_session(id);
        }
    }
}
