//! A slow network link that every connection through it shares, as a
//! phone's does: the page's requests and its service worker's alike (the
//! DevTools protocol slows the page's own requests only). A relay in front
//! of a server: each direction has its bandwidth, each connection's bytes
//! wait their turn on it chunk by chunk (so parallel downloads share it
//! about evenly, as TCP flows do), and arrive half a round trip later.
//! For benchmarks (`card-bench`); nothing here asserts a speed.

use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How much of a connection's data takes its turn on the link at once:
/// 4 KB is 20 ms of a 1.6 Mbit/s link.
const CHUNK: usize = 4096;

/// One direction of the link: when it is next free, and its speed.
struct Lane {
    free_at: Mutex<Instant>,
    bytes_per_s: f64,
}

impl Lane {
    fn new(kbps: f64) -> Self {
        Lane { free_at: Mutex::new(Instant::now()), bytes_per_s: kbps * 1024.0 / 8.0 }
    }

    /// Takes the lane for `n` bytes after whatever is queued on it:
    /// returns when they are through.
    fn take(&self, n: usize) -> Instant {
        let mut free_at = self.free_at.lock().unwrap_or_else(|p| p.into_inner());
        let start = (*free_at).max(Instant::now());
        *free_at = start + Duration::from_secs_f64(n as f64 / self.bytes_per_s);
        *free_at
    }
}

struct Link {
    down: Lane,
    up: Lane,
    half_rtt: Duration,
}

/// A running link to one server; it lives as long as the program.
pub struct SharedLink {
    addr: SocketAddr,
}

impl SharedLink {
    /// A link of `down_kbps`/`up_kbps` (kilobits per second, as DevTools
    /// counts them) and round trip `rtt` in front of `upstream`.
    pub fn start(upstream: SocketAddr, down_kbps: f64, up_kbps: f64, rtt: Duration) -> io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let addr = listener.local_addr()?;
        let link = Arc::new(Link { down: Lane::new(down_kbps), up: Lane::new(up_kbps), half_rtt: rtt / 2 });
        thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let link = link.clone();
                thread::spawn(move || {
                    let _ = relay(client, upstream, link);
                });
            }
        });
        Ok(SharedLink { addr })
    }

    /// `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

fn relay(client: TcpStream, upstream: SocketAddr, link: Arc<Link>) -> io::Result<()> {
    let server = TcpStream::connect(upstream)?;
    let (client_in, server_out) = (client.try_clone()?, server.try_clone()?);
    let up_link = link.clone();
    let up = thread::spawn(move || carry(client_in, server_out, &up_link.up, up_link.half_rtt));
    carry(server, client, &link.down, link.half_rtt);
    let _ = up.join();
    Ok(())
}

fn sleep_until(t: Instant) {
    if let Some(d) = t.checked_duration_since(Instant::now()) {
        thread::sleep(d);
    }
}

/// Carries one direction of a connection over `lane`: each chunk read
/// takes its turn on the lane and is written half a round trip after it is
/// through; the next chunk is read only then, behind what others queued.
fn carry(mut from: TcpStream, to: TcpStream, lane: &Lane, half_rtt: Duration) {
    let (send, arrivals) = mpsc::channel::<(Instant, Vec<u8>)>();
    let writer = thread::spawn(move || {
        let mut to = to;
        for (at, bytes) in arrivals {
            sleep_until(at);
            if to.write_all(&bytes).is_err() {
                break;
            }
        }
        let _ = to.shutdown(Shutdown::Write);
    });
    let mut buf = vec![0u8; CHUNK];
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let through = lane.take(n);
        if send.send((through + half_rtt, buf[..n].to_vec())).is_err() {
            break;
        }
        sleep_until(through);
    }
    drop(send);
    let _ = writer.join();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_goes_through_arrives_whole_and_in_order_both_ways() {
        let server = TcpListener::bind("127.0.0.1:0").expect("a port");
        let upstream = server.local_addr().expect("its address");
        let body: Vec<u8> = (0..50_000u32).map(|i| (i % 251) as u8).collect();
        let sent = body.clone();
        thread::spawn(move || {
            let (mut s, _) = server.accept().expect("a connection");
            let mut asked = [0u8; 5];
            s.read_exact(&mut asked).expect("the request");
            assert_eq!(&asked, b"hello");
            s.write_all(&sent).expect("the answer");
        });
        // A fast link, so the test is quick; its speed is not what is tested.
        let link = SharedLink::start(upstream, 100_000.0, 100_000.0, Duration::from_millis(2)).expect("a link");
        let mut c = TcpStream::connect(link.addr).expect("through the link");
        c.write_all(b"hello").expect("asking");
        let mut got = Vec::new();
        c.read_to_end(&mut got).expect("the answer, to its end");
        assert_eq!(got, body);
    }
}
