//! The HTTP side of `serve`: files from memory, the live-reload script and its event stream.
//!
//! Only files of the built site are served: a request path is decoded, checked segment by
//! segment (no `..`, `.`, backslashes or NUL, whether written plainly or percent-encoded) and
//! then looked up in the output map, so no request can reach a file outside the site.

use super::conn::{Request, Slot};
use super::state::{Output, Served};
use crate::escape::html as escape_html;
use crate::messages::Locale;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::AtomicUsize;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, sync_channel};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// The prefix of serve's own URLs; no site file is served from under it.
pub const PREFIX: &str = "/__aikosite/";
const LIVE_JS: &str = include_str!("live.js");

/// What the server threads share with the rebuild loop.
pub struct Shared {
    pub output: Arc<RwLock<Output>>,
    pub status: Mutex<Status>,
    clients: Mutex<Vec<SyncSender<String>>>,
    /// The site's default language and the others, for choosing a 404 page.
    pub langs: Vec<String>,
    /// The language of serve's own answers (`--messages`).
    pub locale: Locale,
    /// Live-reload streams open now (see [`super::conn::Limits::events`]).
    pub event_streams: Arc<AtomicUsize>,
}

/// The last rebuild, as the browser sees it.
#[derive(Debug, Clone, Default)]
pub struct Status {
    pub generation: u64,
    /// A good build has been served at least once.
    pub has_site: bool,
    /// JSON array of the current errors (empty when the site builds).
    pub errors: String,
    /// The errors as the terminal shows them, without colour.
    pub errors_text: String,
    /// The overlay's own words in the editor's language (a JSON object; empty: English).
    pub labels: String,
}

impl Shared {
    pub fn new(output: Arc<RwLock<Output>>, langs: Vec<String>, locale: Locale) -> Shared {
        Shared {
            output,
            status: Mutex::new(Status {
                errors: "[]".into(),
                ..Status::default()
            }),
            clients: Mutex::new(Vec::new()),
            langs,
            locale,
            event_streams: Arc::new(AtomicUsize::new(0)),
        }
    }

    pub fn status(&self) -> Status {
        self.status
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn set_status(&self, status: Status) {
        *self.status.lock().unwrap_or_else(|e| e.into_inner()) = status;
    }

    /// Sends one server-sent event to every open page; closed pages are forgotten.
    pub fn broadcast(&self, event: &str, data: &str) {
        let message = format!("event: {event}\ndata: {data}\n\n");
        let mut clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        clients.retain(|c| c.try_send(message.clone()).is_ok());
    }

    fn subscribe(&self) -> Receiver<String> {
        let (tx, rx) = sync_channel(64);
        self.clients
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(tx);
        rx
    }
}

/// What to do with a request.
pub enum Answer {
    /// Send this answer.
    Now(Resp),
    /// The live-reload stream: the connection becomes a stream of events ([`events`]).
    Events,
}

/// The answer to one request.
pub fn answer(request: &Request, shared: &Shared) -> Answer {
    if !local_host(request.host.as_deref()) {
        // A web page whose address resolves to this machine (DNS rebinding) names its own
        // host: it must not read the preview.
        let body = crate::t!("serve-wrong-host").render(shared.locale);
        return Answer::Now(text(403, &format!("{body}\n")));
    }
    if !matches!(request.method.as_str(), "GET" | "HEAD") {
        return Answer::Now(with(text(405, "only GET and HEAD\n"), "Allow", "GET, HEAD"));
    }
    let path = request.target.split(['?', '#']).next().unwrap_or("");
    if let Some(own) = path.strip_prefix(PREFIX) {
        return match own {
            "live.js" => Answer::Now(bytes(
                200,
                "text/javascript; charset=utf-8",
                LIVE_JS.as_bytes().to_vec(),
            )),
            "status" => {
                let body = status_json(&shared.status());
                Answer::Now(bytes(200, "application/json", body.into_bytes()))
            }
            "events" if request.method == "GET" => Answer::Events,
            _ => Answer::Now(text(404, "not found\n")),
        };
    }
    Answer::Now(match resolve(path) {
        Err(()) => text(400, "bad path\n"),
        Ok(key) => serve_key(&key, path, shared),
    })
}

/// True for a request to the preview by its own address: `127.0.0.1`, `localhost` or `[::1]`,
/// with any port (HTTP/1.0 requests may name no host).
pub fn local_host(host: Option<&str>) -> bool {
    let Some(host) = host else {
        return true;
    };
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().map(|h| format!("[{h}]")),
        None => host.split(':').next().map(str::to_string),
    };
    matches!(
        name.map(|n| n.to_ascii_lowercase()).as_deref(),
        Some("127.0.0.1" | "localhost" | "[::1]")
    )
}

pub fn status_json(s: &Status) -> String {
    format!(
        "{{\"generation\":{},\"ok\":{},\"has_site\":{},\"errors\":{},\"text\":{},\"labels\":{}}}",
        s.generation,
        s.errors == "[]",
        s.has_site,
        s.errors,
        serde_json::to_string(&s.errors_text).unwrap_or_else(|_| "\"\"".into()),
        if s.labels.is_empty() { "{}" } else { &s.labels }
    )
}

fn serve_key(key: &str, path: &str, shared: &Shared) -> Resp {
    let status = shared.status();
    let output = shared.output.read().unwrap_or_else(|e| e.into_inner());
    if !status.has_site {
        let labels = serde_json::from_str::<serde_json::Value>(&status.labels).ok();
        let label = |key: &str, default: &str| {
            labels
                .as_ref()
                .and_then(|v| v[key].as_str().map(str::to_string))
                .unwrap_or_else(|| default.to_string())
        };
        let page = format!(
            "<!doctype html><html lang=\"{2}\"><head><meta charset=\"utf-8\"><title>aikosite: {0}</title></head>\
             <body><h1>{0}</h1><pre>{1}</pre></body></html>",
            escape_html(&label("title", "The site does not build yet")),
            escape_html(&status.errors_text),
            escape_html(&label("lang", "en"))
        );

        return html(503, page.into_bytes());
    }
    if let Some(found) = output.get(key) {
        return match found {
            Served::Bytes(b) => file_response(200, key, b.to_vec()),
            Served::File(src) => match std::fs::read(src) {
                Ok(b) => file_response(200, key, b),
                Err(_) => text(404, "not found\n"),
            },
        };
    }
    // `/raahe` → `/raahe/`
    if !key.ends_with("index.html") && output.contains_key(&format!("{key}/index.html")) {
        return with(
            text(301, "moved\n"),
            "Location",
            &percent_encode(&format!("{path}/")),
        );
    }
    // The 404 page of the language the path is in.
    let lang = key
        .split('/')
        .next()
        .filter(|first| shared.langs.iter().skip(1).any(|l| l == first));
    let not_found = lang
        .map(|l| format!("{l}/404.html"))
        .filter(|p| output.contains_key(p))
        .unwrap_or_else(|| "404.html".into());
    match output.get(&not_found) {
        Some(Served::Bytes(b)) => file_response(404, &not_found, b.to_vec()),
        _ => text(404, "not found\n"),
    }
}

/// The output path a request path asks for, or `Err` for a path that tries to leave the site.
pub fn resolve(path: &str) -> Result<String, ()> {
    let decoded = percent_decode(path).ok_or(())?;
    if !decoded.starts_with('/') || decoded.contains('\\') || decoded.contains('\0') {
        return Err(());
    }
    let segments: Vec<&str> = decoded[1..].split('/').collect();
    let (last, dirs) = segments.split_last().ok_or(())?;
    for s in dirs {
        if s.is_empty() || *s == "." || *s == ".." {
            return Err(());
        }
    }
    if *last == "." || *last == ".." {
        return Err(());
    }
    let joined = segments.join("/");
    Ok(if last.is_empty() {
        format!("{joined}index.html")
    } else {
        joined
    })
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// How often a live-reload stream looks whether its page was closed.
const CLOSED_CHECK: Duration = Duration::from_secs(1);
/// How often an idle live-reload stream sends a comment.
const PING: Duration = Duration::from_secs(15);

/// A live-reload stream until the page goes away (or stalls past the write time limit); its
/// `slot` is given back then.
pub fn events(mut stream: TcpStream, shared: &Shared, slot: Slot) {
    let _slot = slot;
    let rx = shared.subscribe();
    let s = shared.status();
    let hello = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n\
         retry: 500\n\nevent: hello\ndata: {}\n\n",
        status_json(&s)
    );
    if stream
        .write_all(hello.as_bytes())
        .and_then(|_| stream.flush())
        .is_err()
    {
        return;
    }
    let mut quiet_since = Instant::now();
    loop {
        let message = match rx.recv_timeout(CLOSED_CHECK) {
            Ok(m) => m,
            Err(RecvTimeoutError::Timeout) => {
                if closed(&mut stream) {
                    return;
                }
                if quiet_since.elapsed() < PING {
                    continue;
                }
                ": ping\n\n".to_string()
            }
            Err(RecvTimeoutError::Disconnected) => return,
        };
        quiet_since = Instant::now();
        if stream
            .write_all(message.as_bytes())
            .and_then(|_| stream.flush())
            .is_err()
        {
            return;
        }
    }
}

/// True when the client closed the connection (a page sends nothing on its event stream).
fn closed(stream: &mut TcpStream) -> bool {
    if stream.set_nonblocking(true).is_err() {
        return true;
    }
    let mut buf = [0u8; 256];
    let gone = match stream.read(&mut buf) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => e.kind() != std::io::ErrorKind::WouldBlock,
    };
    stream.set_nonblocking(false).is_err() || gone
}

/// An answer: status, headers (besides `Content-Length` and `Connection`) and body.
#[derive(Debug, Clone)]
pub struct Resp {
    pub code: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// Adds a header; values are ASCII (a non-ASCII `Location` is percent-encoded first).
fn with(mut r: Resp, name: &str, value: &str) -> Resp {
    let clean = |s: &str| s.bytes().all(|b| b.is_ascii_graphic() || b == b' ');
    if clean(name) && clean(value) {
        r.headers.push((name.to_string(), value.to_string()));
    }
    r
}

fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_graphic() {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn bytes(code: u16, content_type: &str, body: Vec<u8>) -> Resp {
    let r = Resp {
        code,
        headers: Vec::new(),
        body,
    };
    with(
        with(r, "Content-Type", content_type),
        "Cache-Control",
        "no-store",
    )
}

pub fn text(code: u16, body: &str) -> Resp {
    bytes(code, "text/plain; charset=utf-8", body.as_bytes().to_vec())
}

fn html(code: u16, body: Vec<u8>) -> Resp {
    bytes(code, "text/html; charset=utf-8", inject(body))
}

fn file_response(code: u16, key: &str, body: Vec<u8>) -> Resp {
    let ct = content_type(key);
    if ct.starts_with("text/html") {
        html(code, body)
    } else {
        bytes(code, ct, body)
    }
}

/// Adds the live-reload script to a page (served pages only; `build` never writes it).
pub fn inject(mut page: Vec<u8>) -> Vec<u8> {
    let tag = format!("<script src=\"{PREFIX}live.js\"></script>");
    let at = page
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(page.len());
    page.splice(at..at, tag.into_bytes());
    page
}

pub fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "atom" => "application/atom+xml",
        "ics" => "text/calendar; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "gif" => "image/gif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_previews_own_host_names_are_answered() {
        for ok in [
            None,
            Some("127.0.0.1:1111"),
            Some("localhost:80"),
            Some("LOCALHOST"),
            Some("[::1]:1111"),
        ] {
            assert!(local_host(ok), "{ok:?}");
        }
        for bad in [
            Some("evil.example:1111"),
            Some("127.0.0.1.evil.example"),
            Some("localhost.evil.example:1111"),
            Some(""),
            Some("[::2]:1111"),
        ] {
            assert!(!local_host(bad), "{bad:?}");
        }
    }

    #[test]
    fn paths_map_to_output_files() {
        assert_eq!(resolve("/"), Ok("index.html".into()));
        assert_eq!(
            resolve("/sv/brahestad/"),
            Ok("sv/brahestad/index.html".into())
        );
        assert_eq!(resolve("/seutu.css"), Ok("seutu.css".into()));
        assert_eq!(
            resolve("/raahe/ty%C3%B6t/"),
            Ok("raahe/työt/index.html".into())
        );
        assert_eq!(resolve("/raahe"), Ok("raahe".into()));
    }

    #[test]
    fn no_path_leaves_the_site() {
        for bad in [
            "/../etc/passwd",
            "/raahe/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/%2e%2e/etc/passwd",
            "/raahe/%2e%2e%2f%2e%2e%2fetc/passwd",
            "/..%2fetc%2fpasswd",
            "/..",
            "/.",
            "/./index.html",
            "//etc/passwd",
            "/raahe//x",
            "/..\\..\\windows",
            "/%5c..%5cwin.ini",
            "/%00",
            "/%zz",
            "/%",
            "etc/passwd",
            "",
            "/%c0%ae%c0%ae/",
        ] {
            assert_eq!(resolve(bad), Err(()), "{bad}");
        }
        // double encoding decodes once: `%2e` stays a literal name that no file has
        assert_eq!(resolve("/%252e%252e/x"), Ok("%2e%2e/x".into()));
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let page = inject(b"<html><body><p>x</p></BODY></html>".to_vec());
        assert_eq!(
            String::from_utf8(page).unwrap(),
            "<html><body><p>x</p><script src=\"/__aikosite/live.js\"></script></BODY></html>"
        );
        let bare = inject(b"<p>x</p>".to_vec());
        assert!(
            String::from_utf8(bare)
                .unwrap()
                .ends_with("live.js\"></script>")
        );
    }

    #[test]
    fn content_types_by_extension() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("seutu.CSS"), "text/css; charset=utf-8");
        assert_eq!(content_type("x"), "application/octet-stream");
    }
}
