//! Helpers shared by the integration tests (`mod common;` in a test file). Each test binary
//! compiles this module on its own, so a helper one binary does not use is not dead code.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The day every test builds for, unless it is about another day. The demo site's dates are
/// checked against `DEMO_TODAY` instead (see `demo_build`).
pub const TODAY: &str = "2026-11-29";

/// The day the demo site in `content/` is built for in tests: its deadlines run to March 2027,
/// so a test that built it for the real today would start failing then.
pub const DEMO_TODAY: &str = "2026-12-02";

/// The repository root (where `Cargo.toml` is).
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture site under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures").join(name)
}

/// The `aikosite` binary cargo built for these tests, with no `SOURCE_DATE_EPOCH` and no
/// colour from the environment, so only the arguments decide what it does.
pub fn aikosite() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_aikosite"));
    // English messages whatever the machine's language (tests pin English words).
    c.env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    c
}

/// `aikosite build` of the demo site (the repository's `content/`) into `out`. It takes the
/// day to build for: the demo's deadlines and events are real dates.
pub fn demo_build(out: &Path, today: &str) -> Command {
    let mut c = aikosite();
    c.arg("build")
        .arg("--root")
        .arg(repo())
        .arg("--output")
        .arg(out)
        .args(["--today", today]);
    c
}

/// Copies the directory tree `from` into `to` (created as needed), in file-name order.
pub fn copy_dir(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from).sort_by_file_name() {
        let e = e.unwrap();
        let target = to.join(e.path().strip_prefix(from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// A scratch copy of a fixture site, so a test can change it.
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(name), dir.path());
    dir
}
pub mod editors;
pub mod serve;

/// The `basic` fixture built once into a temporary folder, for tests that read the output.
pub struct Built {
    _dir: tempfile::TempDir,
    pub out: PathBuf,
}

/// Builds the `basic` fixture for [`TODAY`].
pub fn build_basic() -> Built {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("public");
    let status = aikosite()
        .args(["build", "--quiet", "--today", TODAY, "--root"])
        .arg(fixture("basic"))
        .arg("--output")
        .arg(&out)
        .status()
        .expect("run aikosite");
    assert!(status.success(), "the basic fixture builds");
    Built { _dir: dir, out }
}

impl Built {
    /// An output file's text, by its path relative to the output folder.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
}
