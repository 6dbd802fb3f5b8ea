//! Helpers of the editors' tools tests (`editors_new`, `editors_import`, `editors_status`):
//! a scratch copy of tests/fixtures/editors/site and the commands run on it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub use super::TODAY;

/// The binary, with no SOURCE_DATE_EPOCH, no colour, and no git repository above the
/// scratch folders (`status` reads git history when there is one).
pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_aikosite"));
    c.env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("GIT_CEILING_DIRECTORIES", std::env::temp_dir());
    c
}

pub fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/editors")
}

/// A scratch copy of the fixture site.
pub fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = fixture().join("site");
    for e in walkdir::WalkDir::new(&from).sort_by_file_name() {
        let e = e.unwrap();
        let target = dir.path().join(e.path().strip_prefix(&from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
    dir
}

pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().unwrap();
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into(),
        String::from_utf8_lossy(&stderr).into(),
    )
}

pub fn new(root: &Path, args: &[&str]) -> (i32, String, String) {
    run(bin()
        .arg("new")
        .args(args)
        .arg("--root")
        .arg(root)
        .args(["--today", TODAY]))
}

pub fn build(root: &Path, extra: &[&str]) -> (i32, String, String) {
    run(bin()
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(root.join("public"))
        .args(["--today", TODAY])
        .args(extra))
}

/// `import jobs FILE` run from the fixture's import folder, so messages name the file simply.
pub fn import(root: &Path, file: &str, extra: &[&str]) -> (i32, String, String) {
    run(bin()
        .current_dir(fixture().join("import"))
        .args(["import", "jobs", file, "--town", "raahe", "--root"])
        .arg(root)
        .args(["--today", TODAY])
        .args(extra))
}

pub fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The files of a folder (relative paths, sorted) with their text, for one snapshot.
pub fn texts(root: &Path, dir: &str) -> String {
    let mut out = String::new();
    for e in walkdir::WalkDir::new(root.join(dir)).sort_by_file_name() {
        let e = e.unwrap();
        if e.file_type().is_file() {
            let rel = e.path().strip_prefix(root).unwrap().display().to_string();
            out.push_str(&format!(
                "=== {rel}\n{}\n",
                std::fs::read_to_string(e.path()).unwrap()
            ));
        }
    }
    out
}

/// The output paths under public/ that contain `part`.
pub fn published(root: &Path, part: &str) -> Vec<String> {
    walkdir::WalkDir::new(root.join("public"))
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(root.join("public"))
                .unwrap()
                .display()
                .to_string()
        })
        .filter(|p| p.contains(part))
        .collect()
}

/// Replaces the scratch folder's path in command output.
pub fn scrub(text: &str, root: &Path) -> String {
    text.replace(&root.display().to_string(), "[site]")
}

/// Sets a file's modification time (seconds since 1970).
pub fn touch(path: &Path, secs: u64) {
    let f = std::fs::File::options().write(true).open(path).unwrap();
    f.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs))
        .unwrap();
}
