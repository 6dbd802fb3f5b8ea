//! Building again: an unchanged site keeps its output as it is; a changed one gets a new
//! output in which every file with the same bytes is the previous file itself (hard-linked:
//! same modification time), and which is byte for byte what a build from nothing writes.

mod common;

use common::{DEMO_TODAY, TODAY, aikosite, copy_dir, copy_fixture, repo};
use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// Every file of an output folder but its marker (written anew by every build): bytes and
/// (device, inode).
fn files(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, (u64, u64))> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file() && e.file_name() != ".aikosite-output")
        .map(|e| {
            let m = e.metadata().unwrap();
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                (std::fs::read(e.path()).unwrap(), (m.dev(), m.ino())),
            )
        })
        .collect()
}

fn build(root: &Path, out: &Path, today: &str) -> String {
    let o = aikosite()
        .args(["--verbose", "build", "--today", today, "--root"])
        .arg(root)
        .arg("--output")
        .arg(out)
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.status.success(), "build failed:\n{said}");
    said
}

fn bytes_of(f: &BTreeMap<PathBuf, (Vec<u8>, (u64, u64))>) -> BTreeMap<&PathBuf, &Vec<u8>> {
    f.iter().map(|(p, (b, _))| (p, b)).collect()
}

#[test]
fn a_changed_site_keeps_every_unchanged_file_and_matches_a_build_from_nothing() {
    let site = copy_fixture("basic");
    let out = site.path().join("public");
    let first_log = build(site.path(), &out, TODAY);
    assert!(!first_log.contains("unchanged"), "{first_log}");
    let first = files(&out);

    // One job's text changes.
    let job = site.path().join("content/towns/raahe/jobs/asentaja.fi.md");
    let text = std::fs::read_to_string(&job).unwrap();
    std::fs::write(&job, format!("{text}\nUusi kappale tekstiä.\n")).unwrap();
    let log = build(site.path(), &out, TODAY);
    let second = files(&out);

    let page = PathBuf::from("raahe/tyopaikat/asentaja/index.html");
    assert_ne!(
        first[&page].0, second[&page].0,
        "the edited job's page changed"
    );
    let mut kept = 0;
    for (path, (bytes, inode)) in &second {
        if let Some((old_bytes, old_inode)) = first.get(path) {
            if old_bytes == bytes {
                assert_eq!(
                    inode,
                    old_inode,
                    "{}: same bytes, same file",
                    path.display()
                );
                kept += 1;
            } else {
                assert_ne!(inode, old_inode, "{}: new bytes, new file", path.display());
            }
        }
    }
    assert!(
        kept > 0 && kept < second.len(),
        "{kept} of {} kept",
        second.len()
    );
    assert!(
        log.contains(&format!("{kept} of {} files are unchanged", second.len())),
        "{log}"
    );

    // The same edit built from nothing gives the same bytes.
    let fresh = tempfile::tempdir().unwrap();
    copy_dir(site.path(), fresh.path());
    std::fs::remove_dir_all(fresh.path().join("public")).unwrap();
    std::fs::remove_dir_all(fresh.path().join(".aikosite")).ok();
    build(fresh.path(), &fresh.path().join("public"), TODAY);
    assert_eq!(
        bytes_of(&files(&fresh.path().join("public"))),
        bytes_of(&second)
    );
}

/// The demo site (no warnings) copied, built once.
fn demo_copy() -> (tempfile::TempDir, PathBuf) {
    let site = tempfile::tempdir().unwrap();
    for part in ["content", "static", "themes"] {
        if repo().join(part).exists() {
            copy_dir(&repo().join(part), &site.path().join(part));
        }
    }
    std::fs::copy(
        repo().join("aikosite.yaml"),
        site.path().join("aikosite.yaml"),
    )
    .unwrap();
    let out = site.path().join("public");
    let log = build(site.path(), &out, DEMO_TODAY);
    assert!(
        !log.contains("warning"),
        "the demo builds without warnings: {log}"
    );
    (site, out)
}

#[test]
fn an_unchanged_site_keeps_its_output_as_it_is_until_something_changes() {
    let (site, out) = demo_copy();
    let first = files(&out);

    let log = build(site.path(), &out, DEMO_TODAY);
    assert!(
        log.contains("the site has not changed since the last build"),
        "{log}"
    );
    assert!(!log.contains("load and link"), "nothing was loaded: {log}");
    assert_eq!(files(&out), first, "not a byte or a file moved");

    // Saving a file with the same text is no change either.
    let home = site.path().join("content/_index.fi.md");
    let text = std::fs::read(&home).unwrap();
    std::fs::write(&home, &text).unwrap();
    assert!(build(site.path(), &out, DEMO_TODAY).contains("has not changed"));

    // A file of the output changed by hand: built again, and put right.
    let page = out.join("index.html");
    std::fs::write(&page, "changed by hand").unwrap();
    let log = build(site.path(), &out, DEMO_TODAY);
    assert!(log.contains("load and link"), "{log}");
    assert_eq!(bytes_of(&files(&out)), bytes_of(&first));

    // A file added to the output by hand: built again (the new output has no such file).
    std::fs::write(out.join("extra.html"), "x").unwrap();
    assert!(build(site.path(), &out, DEMO_TODAY).contains("load and link"));
    assert!(!out.join("extra.html").exists());

    // Another day: built again.
    assert!(build(site.path(), &out, "2026-12-03").contains("load and link"));

    // A content file's text: built again.
    std::fs::write(&home, [text.as_slice(), "\nLisää.\n".as_bytes()].concat()).unwrap();
    assert!(build(site.path(), &out, "2026-12-03").contains("load and link"));

    // Another output folder: built from nothing there, and the first one left alone.
    let other = site.path().join("other");
    let log = build(site.path(), &other, "2026-12-03");
    assert!(!log.contains("unchanged"), "{log}");
}
