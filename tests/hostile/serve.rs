//! See main.rs: the serve cases.
//! The preview server as a careless or hostile neighbour would treat it: the whole `content/`
//! folder replaced under it, clients that never read, too many live-reload pages, another
//! host's page. The real binary on a free port; every wait is a bounded poll, never a timing
//! assertion.

use crate::common::serve::Served;
use crate::common::{copy_dir, copy_fixture};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

const JOB: &str = "content/towns/raahe/jobs/cnc-koneistaja.fi.md";
const JOB_URL: &str = "/raahe/tyopaikat/cnc-koneistaja/";
/// The live-reload streams serve keeps open at once.
const LIVE_LIMIT: usize = 64;

struct Server {
    served: Served,
    /// `127.0.0.1:PORT`
    addr: String,
    dir: tempfile::TempDir,
}

impl Server {
    /// `aikosite serve` on a free port, after `prepare` changed the fixture's copy.
    fn start(prepare: impl FnOnce(&Path)) -> Server {
        let dir = copy_fixture("basic");
        prepare(dir.path());
        let served = Served::start(dir.path(), "en");
        Server {
            addr: served.addr.clone(),
            served,
            dir,
        }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn log(&self) -> String {
        self.served.log()
    }

    fn connect(&self) -> TcpStream {
        let s = TcpStream::connect(&self.addr).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        s
    }

    /// (status, whole answer) of a GET with `host` as its Host header.
    fn get_as(&self, host: &str, path: &str) -> (u16, String) {
        let mut s = self.connect();
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        let _ = s.read_to_end(&mut raw);
        let text = String::from_utf8_lossy(&raw).into_owned();
        let code = text
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        (code, text)
    }

    fn get(&self, path: &str) -> (u16, String) {
        self.get_as(&self.addr.clone(), path)
    }

    fn status(&self) -> serde_json::Value {
        let (_, text) = self.get("/__aikosite/status");
        let body = text.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
        serde_json::from_str(body).unwrap_or(serde_json::Value::Null)
    }

    /// A live-reload stream, read up to its `hello` event; `Err` holds what came instead.
    fn events(&self) -> Result<BufReader<TcpStream>, String> {
        let mut s = self.connect();
        write!(
            s,
            "GET /__aikosite/events HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.addr
        )
        .unwrap();
        let mut r = BufReader::new(s);
        let mut seen = String::new();
        while !seen.contains("event: hello") {
            let mut line = String::new();
            match r.read_line(&mut line) {
                Ok(0) | Err(_) => return Err(seen),
                Ok(_) => seen.push_str(&line),
            }
        }
        if seen.starts_with("HTTP/1.1 200") {
            Ok(r)
        } else {
            Err(seen)
        }
    }

    /// Changes the job's title to `title`.
    fn retitle(&self, title: &str) {
        let file = self.root().join(JOB);
        let text = std::fs::read_to_string(&file).expect("the fixture's job");
        let line = text
            .lines()
            .find(|l| l.starts_with("title:"))
            .expect("a title line");
        std::fs::write(&file, text.replace(line, &format!("title: {title}"))).unwrap();
    }
}

/// Reads events until one named `event`; false when the stream ends or it has not come within
/// two minutes (an idle stream still sends a comment now and then).
fn wait_for_event(stream: &mut BufReader<TcpStream>, event: &str) -> bool {
    let want = format!("event: {event}");
    let mut line = String::new();
    let started = std::time::Instant::now();
    while started.elapsed() < Duration::from_secs(120) {
        line.clear();
        match stream.read_line(&mut line) {
            Ok(0) | Err(_) => return false,
            Ok(_) if line.trim_end() == want => return true,
            Ok(_) => {}
        }
    }
    false
}

/// Polls until `f` holds (at most 600 tries, 50 ms apart) and returns the last value.
fn poll<T>(mut probe: impl FnMut() -> T, mut f: impl FnMut(&T) -> bool) -> T {
    let mut last = probe();
    for _ in 0..600 {
        if f(&last) {
            return last;
        }
        std::thread::sleep(Duration::from_millis(50));
        last = probe();
    }
    last
}

/// After `content/` was taken away and put back: the site is built from it again, and an
/// edit still reaches an open page.
fn survives(server: &Server, away: impl FnOnce(&Path), back: impl FnOnce(&Path), title: &str) {
    let content = server.root().join("content");
    away(&content);
    let gone = poll(
        || (server.status()["ok"].clone(), server.get(JOB_URL).0),
        |(ok, code)| *ok == false || *code == 404,
    );
    assert!(
        gone.0 == false || gone.1 == 404,
        "serve noticed that content/ went away: {gone:?}\n{}",
        server.log()
    );
    back(&content);
    let here = poll(
        || (server.status()["ok"].clone(), server.get(JOB_URL).0),
        |(ok, code)| *ok == true && *code == 200,
    );
    assert_eq!(here, (true.into(), 200), "built again\n{}", server.log());
    // A folder that appears is read again a little later too (files copied in after it);
    // let those reads pass, so that only a watch on the new folder can see the edit.
    std::thread::sleep(Duration::from_secs(2));

    let mut stream = server.events().expect("a live-reload stream");
    server.retitle(title);
    assert!(
        wait_for_event(&mut stream, "reload"),
        "the page was told to reload\n{}",
        server.log()
    );
    let (_, page) = poll(|| server.get(JOB_URL), |(_, p)| p.contains(title));
    assert!(page.contains(title), "the edit is served\n{}", server.log());
}

#[test]
fn content_replaced_whole_keeps_live_reload() {
    let server = Server::start(|_| {});
    let aside: PathBuf = server.dir.path().with_extension("aside");
    survives(
        &server,
        |c| std::fs::rename(c, &aside).unwrap(),
        |c| std::fs::rename(&aside, c).unwrap(),
        "Siirron jälkeen",
    );
    // Deleted and copied in again (a `git checkout`, an unzipped backup).
    let copy = tempfile::tempdir().unwrap();
    copy_dir(&server.root().join("content"), copy.path());
    survives(
        &server,
        |c| std::fs::remove_dir_all(c).unwrap(),
        |c| copy_dir(copy.path(), c),
        "Kopioinnin jälkeen",
    );
}

#[test]
fn clients_that_never_read_a_large_file_do_not_block_others() {
    const CLIENTS: usize = 6;
    let server = Server::start(|root| {
        let big: Vec<u8> = (0..16 * 1024 * 1024).map(|i| (i % 251) as u8).collect();
        std::fs::write(root.join("static/big.bin"), big).unwrap();
    });
    let mut stalled = Vec::new();
    for _ in 0..CLIENTS {
        let mut s = server.connect();
        write!(s, "GET /big.bin HTTP/1.1\r\nHost: {}\r\n\r\n", server.addr).unwrap();
        // One byte: the answer has started; the rest is never read.
        let mut first = [0u8; 1];
        s.read_exact(&mut first).expect("the answer starts");
        stalled.push(s);
    }
    let (code, page) = server.get(JOB_URL);
    assert_eq!(code, 200, "answered while {CLIENTS} clients stall\n{page}");
    assert!(page.contains("CNC-koneistaja"));
    drop(stalled);
}

#[test]
fn live_reload_streams_are_bounded() {
    let server = Server::start(|_| {});
    let mut open: Vec<_> = (0..LIVE_LIMIT)
        .map(|i| {
            server
                .events()
                .unwrap_or_else(|e| panic!("stream {i} opens: {e}"))
        })
        .collect();
    let refused = server
        .events()
        .expect_err("one stream more than the limit is refused");
    assert!(refused.starts_with("HTTP/1.1 503"), "{refused}");
    assert!(
        refused.contains("Too many pages are open in the preview (64)"),
        "{refused}"
    );
    // The older streams still work.
    server.retitle("Rajan jälkeen");
    assert!(
        wait_for_event(&mut open[0], "reload"),
        "the first page is told to reload\n{}",
        server.log()
    );
    // A page closed frees its place.
    open.truncate(LIVE_LIMIT - 1);
    let again = poll(|| server.events().map(|_| ()), Result::is_ok);
    assert!(again.is_ok(), "a closed stream's place is free: {again:?}");
}

#[test]
fn a_page_of_another_host_cannot_read_the_preview() {
    let server = Server::start(|_| {});
    let port = server.addr.rsplit(':').next().unwrap().to_string();
    for host in ["evil.example".to_string(), format!("evil.example:{port}")] {
        let (code, text) = server.get_as(&host, "/");
        assert_eq!(code, 403, "{host}: {text}");
        assert!(
            text.contains("answers only to 127.0.0.1 and localhost"),
            "{text}"
        );
        assert!(!text.contains("<html"), "{host}");
    }
    let (code, _) = server.get_as(&server.addr.clone(), JOB_URL);
    assert_eq!(code, 200);
}
