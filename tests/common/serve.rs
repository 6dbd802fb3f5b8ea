//! `aikosite serve` as a child process on a free port: started, its address read from what
//! it prints, everything it prints kept for failure messages, killed when dropped.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub struct Served {
    child: Child,
    /// `127.0.0.1:PORT`
    pub addr: String,
    /// What serve printed (stdout and stderr).
    log: Arc<Mutex<Vec<String>>>,
}

impl Served {
    /// `aikosite serve --port 0 --today TODAY --color never --messages LANG --root ROOT`.
    pub fn start(root: &Path, lang: &str) -> Served {
        let mut child = super::aikosite()
            .args(["serve", "--port", "0", "--today", super::TODAY])
            .args(["--color", "never", "--messages", lang, "--root"])
            .arg(root)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run aikosite serve");
        let stdout = child.stdout.take().expect("stdout");
        let stderr = child.stderr.take().expect("stderr");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                // Keep reading after the address is found, so serve never writes into a closed pipe.
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    log.lock().unwrap().push(line.clone());
                    let _ = tx.send(line);
                }
            });
        }
        {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                    log.lock().unwrap().push(line);
                }
            });
        }
        // The first line that names the address; give a slow CI machine up to two minutes.
        let addr = loop {
            let line = rx
                .recv_timeout(Duration::from_secs(120))
                .expect("serve printed its address");
            if let Some((_, rest)) = line.split_once("http://") {
                break rest.split('/').next().unwrap().to_string();
            }
        };
        Served { child, addr, log }
    }

    /// Everything serve printed so far.
    pub fn log(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
