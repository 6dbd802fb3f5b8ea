//! `aikosite serve` as a person uses it: the real binary on a free port against a copy of the
//! `basic` fixture. Every wait is a bounded poll, never a timing assertion.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

mod common;
use common::copy_dir;
use common::serve::Served;

const JOB: &str = "content/towns/raahe/jobs/cnc-koneistaja.fi.md";
const JOB_URL: &str = "/raahe/tyopaikat/cnc-koneistaja/";

struct Server {
    served: Served,
    /// `127.0.0.1:PORT`
    addr: String,
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Server {
    fn log(&self) -> String {
        self.served.log()
    }
}

fn start() -> Server {
    start_in("en")
}

/// Serve with its messages in `lang` (fi, sv or en).
fn start_in(lang: &str) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic"),
        &root,
    );
    let served = Served::start(&root, lang);
    Server {
        addr: served.addr.clone(),
        served,
        _dir: dir,
        root,
    }
}

/// (status, headers, body) of a GET; `path` is sent exactly as given.
fn get(addr: &str, path: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, head.to_string(), body.to_string())
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

fn status(addr: &str) -> serde_json::Value {
    let (_, _, body) = get(addr, "/__aikosite/status");
    serde_json::from_str(&body).unwrap_or(serde_json::Value::Null)
}

#[test]
fn edits_show_up_errors_show_over_the_page_and_fixes_recover() {
    let server = start();
    let addr = &server.addr;
    let (code, _, page) = get(addr, JOB_URL);
    assert_eq!(code, 200);
    assert!(page.contains("CNC-koneistaja"));
    assert!(
        page.contains("/__aikosite/live.js"),
        "the reload script is injected"
    );

    // An edit shows up.
    let file = server.root.join(JOB);
    let original = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        original.replace("title: CNC-koneistaja", "title: CNC-koneistaja Muokattu"),
    )
    .unwrap();
    let (_, _, page) = poll(
        || get(addr, JOB_URL),
        |(_, _, b)| b.contains("CNC-koneistaja Muokattu"),
    );
    assert!(
        page.contains("CNC-koneistaja Muokattu"),
        "the edited title is served\n{}",
        server.log()
    );
    let list = get(addr, "/raahe/tyopaikat/").2;
    assert!(
        list.contains("CNC-koneistaja Muokattu"),
        "the town's job list shows it too"
    );

    // A mistake: the error endpoint names the file and line; the last good page stays.
    std::fs::write(
        &file,
        original.replace("deadline: 2026-12-31", "deadline: 2026-13-31"),
    )
    .unwrap();
    let s = poll(|| status(addr), |s| s["ok"] == false);
    assert_eq!(s["ok"], false, "{s}");
    let e = &s["errors"][0];
    assert_eq!(e["file"], JOB, "{s}");
    assert_eq!(e["line"], 7, "{s}");
    assert!(
        e["message"].as_str().unwrap_or("").contains("deadline")
            || s["text"].as_str().unwrap_or("").contains("deadline"),
        "{s}"
    );
    let (code, _, page) = get(addr, JOB_URL);
    assert_eq!(code, 200);
    assert!(
        page.contains("CNC-koneistaja Muokattu"),
        "the last good version is still served"
    );

    // Fixed: it recovers by itself.
    std::fs::write(
        &file,
        original.replace("title: CNC-koneistaja", "title: CNC-koneistaja Korjattu"),
    )
    .unwrap();
    let s = poll(|| status(addr), |s| s["ok"] == true);
    assert_eq!(s["ok"], true, "{s}");
    let (_, _, page) = poll(
        || get(addr, JOB_URL),
        |(_, _, b)| b.contains("CNC-koneistaja Korjattu"),
    );
    assert!(page.contains("CNC-koneistaja Korjattu"));
}

#[test]
fn new_towns_deleted_and_renamed_files_work() {
    let server = start();
    let addr = &server.addr;
    let root = &server.root;
    // a new town, copied from Raahe with names of its own
    let town = root.join("content/towns/uusikaupunki");
    copy_dir(&root.join("content/towns/raahe"), &town);
    let yaml = std::fs::read_to_string(town.join("town.yaml")).unwrap();
    std::fs::write(
        town.join("town.yaml"),
        yaml.replace("fi: Raahe", "fi: Uusikaupunki")
            .replace("sv: Brahestad", "sv: Nystad")
            .replace("fi: raahe", "fi: uusikaupunki")
            .replace("sv: brahestad", "sv: nystad"),
    )
    .unwrap();
    for e in walkdir::WalkDir::new(&town)
        .into_iter()
        .filter_map(Result::ok)
    {
        if e.path().extension().is_some_and(|x| x == "md") {
            let t = std::fs::read_to_string(e.path()).unwrap();
            std::fs::write(
                e.path(),
                t.replace("@/towns/raahe/", "@/towns/uusikaupunki/"),
            )
            .unwrap();
        }
    }
    let (code, _, _) = poll(|| get(addr, "/uusikaupunki/"), |(c, _, _)| *c == 200);
    assert_eq!(code, 200, "{}", status(addr));

    // rename a job: the old URL goes away, the new one appears
    std::fs::rename(
        town.join("jobs/asentaja.fi.md"),
        town.join("jobs/huoltoasentaja.fi.md"),
    )
    .unwrap();
    let (code, _, _) = poll(
        || get(addr, "/uusikaupunki/tyopaikat/huoltoasentaja/"),
        |(c, _, _)| *c == 200,
    );
    assert_eq!(code, 200, "{}", status(addr));
    assert_eq!(get(addr, "/uusikaupunki/tyopaikat/asentaja/").0, 404);

    // delete the whole town
    std::fs::remove_dir_all(&town).unwrap();
    let (code, _, _) = poll(|| get(addr, "/uusikaupunki/"), |(c, _, _)| *c == 404);
    assert_eq!(code, 404);
    let s = poll(|| status(addr), |s| s["ok"] == true);
    assert_eq!(s["ok"], true, "{s}");
}

#[test]
fn only_files_of_the_site_are_served() {
    let server = start();
    let addr = &server.addr;
    std::fs::write(
        server.root.parent().unwrap().join("secret.txt"),
        "top secret",
    )
    .unwrap();
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/raahe/../../secret.txt",
        "/..%2f..%2fsecret.txt",
        "/aikosite.yaml",
        "/content/towns/raahe/town.yaml",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/..\\secret.txt",
        "/etc/passwd",
    ] {
        let (code, _, body) = get(addr, path);
        assert!(code == 400 || code == 404, "{path}: {code}");
        assert!(
            !body.contains("top secret") && !body.contains("root:") && !body.contains("base_url"),
            "{path}"
        );
    }
    // the site's own files are there
    assert_eq!(get(addr, "/humans.txt").0, 200);
    let (code, head, _) = get(addr, "/raahe");
    assert_eq!(code, 301);
    assert!(head.contains("Location: /raahe/"), "{head}");
}

#[test]
fn a_page_of_another_host_cannot_read_the_preview() {
    let server = start();
    let addr = &server.addr;
    let port = addr.rsplit(':').next().unwrap();
    for host in [
        format!("evil.example:{port}"),
        format!("127.0.0.1.nip.example:{port}"),
    ] {
        let mut s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        write!(
            s,
            "GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        let _ = s.read_to_end(&mut raw);
        let text = String::from_utf8_lossy(&raw);
        assert!(text.starts_with("HTTP/1.1 403"), "{host}: {text}");
        assert!(!text.contains("<html"), "{host}");
    }
    assert_eq!(get(addr, "/").0, 200);
}

#[test]
fn a_taken_port_is_a_clear_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let out = Command::new(env!("CARGO_BIN_EXE_aikosite"))
        .args([
            "serve",
            "--port",
            &port,
            "--color",
            "never",
            "--messages",
            "en",
            "--root",
        ])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("127.0.0.1:{port}")) && err.contains("--port"),
        "{err}"
    );
}

#[test]
fn build_output_has_no_reload_script() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    let status = Command::new(env!("CARGO_BIN_EXE_aikosite"))
        .args(["build", "--quiet", "--today", "2026-11-29", "--root"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic"))
        .arg("--output")
        .arg(&target)
        .status()
        .unwrap();
    assert!(status.success());
    let mut pages = 0;
    for e in walkdir::WalkDir::new(&target)
        .into_iter()
        .filter_map(Result::ok)
    {
        if e.path().extension().is_some_and(|x| x == "html") {
            pages += 1;
            let html = std::fs::read_to_string(e.path()).unwrap();
            assert!(!html.contains("__aikosite"), "{}", e.path().display());
        }
    }
    assert!(pages > 10);
}

#[test]
fn serve_speaks_the_chosen_language_in_the_terminal_and_the_overlay() {
    let server = start_in("fi");
    let addr = &server.addr;
    assert!(
        server
            .log()
            .contains(&format!("sivusto osoitteessa http://{addr}/")),
        "{}",
        server.log()
    );
    // The page a browser gets before the site builds, and the overlay's words, in Finnish.
    let file = server.root.join(JOB);
    let original = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        original.replace("deadline: 2026-12-31", "deadline: 2026-13-31"),
    )
    .unwrap();
    let s = poll(|| status(addr), |s| s["ok"] == false);
    assert_eq!(s["ok"], false, "{s}");
    assert_eq!(s["labels"]["lang"], "fi", "{s}");
    assert!(
        s["labels"]["heading"]
            .as_str()
            .unwrap_or("")
            .contains("1 virhe — alla näkyy viimeisin toimiva versio"),
        "{s}"
    );
    assert_eq!(
        s["labels"]["hide"],
        "Piilota (virheet näkyvät edelleen päätteessä)"
    );
    assert_eq!(s["labels"]["help"], "ohje");
    assert!(
        s["errors"][0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("ei ole kelvollinen päivämäärä"),
        "{s}"
    );
    assert!(
        s["text"].as_str().unwrap_or("").starts_with("virhe:"),
        "{s}"
    );
    let log = poll(|| server.log(), |l| l.contains("näytetään edelleen"));
    assert!(
        log.contains("cnc-koneistaja.fi.md: 1 virhe — näytetään edelleen viimeisin toimiva versio"),
        "{log}"
    );
    // Fixed: the terminal says what was updated, in Finnish.
    std::fs::write(
        &file,
        original.replace("title: CNC-koneistaja", "title: CNC-koneistaja Korjattu"),
    )
    .unwrap();
    let log = poll(|| server.log(), |l| l.contains("päivitettiin"));
    assert!(log.contains("cnc-koneistaja.fi.md: päivitettiin"), "{log}");
}

#[test]
fn serve_says_where_it_serves_in_swedish() {
    let server = start_in("sv");
    assert!(
        server
            .log()
            .contains(&format!("webbplatsen finns på http://{}/", server.addr)),
        "{}",
        server.log()
    );
    let s = status(&server.addr);
    assert_eq!(s["labels"]["lang"], "sv", "{s}");
    assert_eq!(s["labels"]["title"], "Webbplatsen kan inte byggas ännu");
}
