//! The connections of `serve`: HTTP/1.1 over `std::net`, one thread per connection, so no
//! pool of workers exists that a few clients that never read could use up. Every read and
//! write has a time limit (a stalled client is dropped), open connections and live-reload
//! streams are bounded, and a request head is at most [`MAX_HEAD`] bytes.

use super::http::{self, Answer, Resp, Shared};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// How much `serve` takes from its clients.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections open at once (live-reload streams included); one more is refused.
    pub connections: usize,
    /// Live-reload streams open at once; one more gets a 503 and the others go on.
    pub events: usize,
    /// The longest a read or write may wait; a client that stalls longer is dropped.
    pub io_timeout: Duration,
}

pub const LIMITS: Limits = Limits {
    connections: 512,
    events: 64,
    io_timeout: Duration::from_secs(10),
};

/// The longest request head (request line and headers) read.
pub const MAX_HEAD: usize = 16 * 1024;
/// A response body is written in pieces of this size, each under the write time limit.
const CHUNK: usize = 64 * 1024;

/// One request, as much of it as `serve` uses (it answers GET and HEAD; bodies are not read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    pub target: String,
    pub host: Option<String>,
    /// The connection is closed after the answer (HTTP/1.0, `Connection: close`, a body).
    pub close: bool,
}

/// One place taken of a bounded count; given back when dropped.
pub struct Slot(Arc<AtomicUsize>);

impl Slot {
    /// A place, or `None` when `limit` are taken.
    pub fn take(count: &Arc<AtomicUsize>, limit: usize) -> Option<Slot> {
        count
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < limit).then_some(n + 1)
            })
            .ok()
            .map(|_| Slot(Arc::clone(count)))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Accepts connections until the process ends, each on a thread of its own.
pub fn serve(listener: TcpListener, shared: Arc<Shared>, limits: Limits) {
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let stream = match stream {
            Ok(s) => s,
            Err(_) => {
                // Out of file descriptors, or a connection reset before it was accepted:
                // wait a moment instead of spinning.
                std::thread::sleep(Duration::from_millis(10));
                continue;
            }
        };
        let Some(slot) = Slot::take(&open, limits.connections) else {
            refuse_busy(stream, &shared);
            continue;
        };
        let shared = Arc::clone(&shared);
        let spawned = std::thread::Builder::new()
            .name("serve-connection".into())
            .spawn(move || connection(stream, &shared, limits, slot));
        if spawned.is_err() {
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

/// Too many connections: a short answer without waiting for the client, then closed.
fn refuse_busy(stream: TcpStream, shared: &Shared) {
    let body = crate::t!("serve-too-many-connections").render(shared.locale);
    let resp = http::text(503, &format!("{body}\n"));
    let mut stream = stream;
    let _ = stream.set_nonblocking(true);
    let _ = stream.write_all(&head(&resp, true, resp.body.len()));
    let _ = stream.write_all(&resp.body);
}

fn connection(stream: TcpStream, shared: &Arc<Shared>, limits: Limits, _slot: Slot) {
    let timeout = Some(limits.io_timeout);
    if stream.set_read_timeout(timeout).is_err() || stream.set_write_timeout(timeout).is_err() {
        return;
    }
    let _ = stream.set_nodelay(true);
    let Ok(reading) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(reading);
    let mut stream = stream;
    loop {
        let request = match read_request(&mut reader) {
            Ok(Some(r)) => r,
            // Closed, quiet for too long, or not HTTP.
            Ok(None) | Err(ReadError::Closed) => return,
            Err(ReadError::Bad(code)) => {
                let _ =
                    write_response(&mut stream, &http::text(code, "bad request\n"), true, false);
                return;
            }
        };
        match http::answer(&request, shared) {
            Answer::Now(resp) => {
                let head_only = request.method == "HEAD";
                if write_response(&mut stream, &resp, request.close, head_only).is_err()
                    || request.close
                {
                    return;
                }
            }
            Answer::Events => {
                match Slot::take(&shared.event_streams, limits.events) {
                    Some(slot) => http::events(stream, shared, slot),
                    None => {
                        let body = crate::t!("serve-too-many-live-pages", limit = limits.events)
                            .render(shared.locale);
                        let resp = http::text(503, &format!("{body}\n"));
                        let _ = write_response(&mut stream, &resp, true, false);
                    }
                }
                return;
            }
        }
    }
}

enum ReadError {
    /// The client went away or stalled: close without an answer.
    Closed,
    /// Not a request `serve` can read: answer with this status and close.
    Bad(u16),
}

/// Reads one request head. `Ok(None)`: the connection closed between requests.
fn read_request(reader: &mut impl BufRead) -> Result<Option<Request>, ReadError> {
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let mut line = Vec::new();
        let left = (MAX_HEAD - total) as u64;
        let n = reader
            .by_ref()
            .take(left)
            .read_until(b'\n', &mut line)
            .map_err(|_| ReadError::Closed)?;
        if n == 0 {
            return if total == 0 {
                Ok(None)
            } else if total >= MAX_HEAD {
                Err(ReadError::Bad(431))
            } else {
                Err(ReadError::Closed)
            };
        }
        total += n;
        if !line.ends_with(b"\n") {
            return Err(if total >= MAX_HEAD {
                ReadError::Bad(431)
            } else {
                ReadError::Closed
            });
        }
        let text = String::from_utf8(line).map_err(|_| ReadError::Bad(400))?;
        let text = text.trim_end_matches(['\r', '\n']).to_string();
        if text.is_empty() {
            // Empty lines before a request line are allowed (RFC 9112, 2.2).
            if lines.is_empty() {
                continue;
            }
            break;
        }
        lines.push(text);
    }
    parse_head(&lines).map(Some).ok_or(ReadError::Bad(400))
}

/// The request line and headers of a head, already split into lines.
pub fn parse_head(lines: &[String]) -> Option<Request> {
    let (first, headers) = lines.split_first()?;
    let mut parts = first.split(' ');
    let (method, target, version) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || method.is_empty() || target.is_empty() {
        return None;
    }
    let http11 = match version {
        "HTTP/1.1" => true,
        "HTTP/1.0" => false,
        _ => return None,
    };
    let mut request = Request {
        method: method.to_string(),
        target: target.to_string(),
        host: None,
        close: !http11,
    };
    for h in headers {
        let (name, value) = h.split_once(':')?;
        let value = value.trim();
        if name.eq_ignore_ascii_case("host") {
            if request.host.is_some() {
                // Two Host headers: which one is meant cannot be known.
                return None;
            }
            request.host = Some(value.to_string());
        } else if name.eq_ignore_ascii_case("connection") {
            if value
                .split(',')
                .any(|v| v.trim().eq_ignore_ascii_case("close"))
            {
                request.close = true;
            }
        } else if name.eq_ignore_ascii_case("transfer-encoding")
            || (name.eq_ignore_ascii_case("content-length") && value != "0")
        {
            // A body is not read: the connection cannot be used for another request.
            request.close = true;
        }
    }
    Some(request)
}

/// The status line and headers of an answer.
fn head(resp: &Resp, close: bool, length: usize) -> Vec<u8> {
    let mut h = format!(
        "HTTP/1.1 {} {}\r\nContent-Length: {length}\r\nConnection: {}\r\n",
        resp.code,
        reason(resp.code),
        if close { "close" } else { "keep-alive" }
    );
    for (name, value) in &resp.headers {
        h.push_str(name);
        h.push_str(": ");
        h.push_str(value);
        h.push_str("\r\n");
    }
    h.push_str("\r\n");
    h.into_bytes()
}

fn write_response(
    stream: &mut TcpStream,
    resp: &Resp,
    close: bool,
    head_only: bool,
) -> std::io::Result<()> {
    stream.write_all(&head(resp, close, resp.body.len()))?;
    if !head_only {
        for piece in resp.body.chunks(CHUNK) {
            stream.write_all(piece)?;
        }
    }
    stream.flush()
}

pub fn reason(code: u16) -> &'static str {
    match code {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.split("\r\n").map(str::to_string).collect()
    }

    #[test]
    fn request_heads_are_read() {
        let r = parse_head(&lines("GET /raahe/ HTTP/1.1\r\nHost: localhost:1111")).unwrap();
        assert_eq!(r.method, "GET");
        assert_eq!(r.target, "/raahe/");
        assert_eq!(r.host.as_deref(), Some("localhost:1111"));
        assert!(!r.close);
        assert!(parse_head(&lines("GET / HTTP/1.0")).unwrap().close);
        assert!(
            parse_head(&lines("GET / HTTP/1.1\r\nConnection: keep-alive, Close"))
                .unwrap()
                .close
        );
        assert!(
            parse_head(&lines("GET / HTTP/1.1\r\nContent-Length: 5"))
                .unwrap()
                .close
        );
        for bad in [
            "GET /",
            "GET / HTTP/2",
            "GET  / HTTP/1.1",
            "GET / HTTP/1.1\r\nno colon",
            "GET / HTTP/1.1\r\nHost: a\r\nHost: b",
        ] {
            assert_eq!(parse_head(&lines(bad)), None, "{bad:?}");
        }
    }

    #[test]
    fn a_head_too_long_is_refused() {
        let long = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(MAX_HEAD));
        let mut r = BufReader::new(long.as_bytes());
        assert!(matches!(read_request(&mut r), Err(ReadError::Bad(431))));
        let mut ok =
            BufReader::new(&b"\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\nGET /a HTTP/1.1\r\n\r\n"[..]);
        assert_eq!(read_request(&mut ok).ok().flatten().unwrap().target, "/");
        assert_eq!(read_request(&mut ok).ok().flatten().unwrap().target, "/a");
        assert!(matches!(read_request(&mut ok), Ok(None)));
    }

    #[test]
    fn a_client_that_stops_reading_is_dropped() {
        use super::super::http::Status;
        use super::super::state::{Output, Served};
        const SIZE: usize = 16 << 20;
        let mut output = Output::new();
        output.insert("big.bin".into(), Served::Bytes(Arc::new(vec![7u8; SIZE])));
        let shared = Arc::new(Shared::new(
            Arc::new(std::sync::RwLock::new(output)),
            vec!["fi".into()],
            crate::messages::Locale::En,
        ));
        shared.set_status(Status {
            has_site: true,
            errors: "[]".into(),
            ..Status::default()
        });
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let limits = Limits {
            connections: 4,
            events: 1,
            io_timeout: Duration::from_millis(200),
        };
        std::thread::spawn(move || serve(listener, shared, limits));
        let mut s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        write!(s, "GET /big.bin HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
        let mut first = [0u8; 1];
        s.read_exact(&mut first).unwrap();
        // Stalled far longer than the write time limit: the server gives up on this client.
        std::thread::sleep(Duration::from_secs(2));
        let mut got = 1;
        let mut buf = vec![0u8; 1 << 16];
        while let Ok(n) = s.read(&mut buf) {
            if n == 0 {
                break;
            }
            got += n;
        }
        assert!(got < SIZE, "the whole file came: {got} bytes");
    }

    #[test]
    fn slots_are_bounded_and_given_back() {
        let count = Arc::new(AtomicUsize::new(0));
        let a = Slot::take(&count, 2).unwrap();
        let _b = Slot::take(&count, 2).unwrap();
        assert!(Slot::take(&count, 2).is_none());
        drop(a);
        assert!(Slot::take(&count, 2).is_some());
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }
}
