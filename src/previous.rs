//! The previous build: what it read and what it wrote, so that the next build
//! - of an **unchanged** site keeps the output folder as it is (it checks, it does not make
//!   the site again), and
//! - of a **changed** site gives every file whose bytes did not change the previous file
//!   itself, hard-linked into the new output: same bytes, same modification time, so rsync
//!   and CDN deploys send only what changed.
//!
//! The record is `.aikosite/cache/last-build.json` (in the image cache's folder; CI that restores
//! `.aikosite/` and the output folder gets both). It holds
//! - the output folder it describes (absolute) and how many pages and files it has;
//! - a digest of everything the build read ([`Inputs`]): every file under `content/`,
//!   `static/`, `templates/`, `themes/` and `aikosite.yaml`, by content (a file's size and
//!   modification time only say whether it must be read again), the options (day, base
//!   URL, drafts) and this program's version and executable;
//! - every output file's size, modification time and content hash ([`FileRecord`]).
//!
//! Only a build that finished, with no warnings, is recorded; anything unexpected (no record,
//! another output folder, a file of the output changed, added or removed by hand) means a full
//! build. The record is a cache: deleting it (or the output folder) is always safe.
//!
//! A leaf: imports nothing of the crate, so the output writer can use it.

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// The record's file, under the site's `.aikosite/`.
pub const RECORD: &str = "last-build.json";

/// Bumped when the record's meaning changes: an older record is then ignored.
const FORMAT: u32 = 1;

/// The folders and file of a site that a build reads.
pub const INPUT_FOLDERS: [&str; 4] = ["content", "static", "templates", "themes"];
pub const INPUT_FILES: [&str; 1] = ["aikosite.yaml"];

/// One file as it was when recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRecord {
    pub size: u64,
    /// Modification time, nanoseconds since 1970 (0 when the file system has none).
    pub mtime: i128,
    /// BLAKE3 of the bytes, hex, first 16 bytes.
    pub hash: String,
}

impl FileRecord {
    /// The record of a file with metadata `meta` and bytes hashed `hash`.
    pub fn of_metadata(meta: &fs::Metadata, hash: String) -> FileRecord {
        FileRecord {
            size: meta.len(),
            mtime: mtime(meta),
            hash,
        }
    }

    /// Whether the file at `path` still looks as recorded (size and modification time).
    pub fn still_at(&self, path: &Path) -> bool {
        fs::symlink_metadata(path)
            .is_ok_and(|m| m.is_file() && m.len() == self.size && mtime(&m) == self.mtime)
    }
}

/// A short content hash: BLAKE3, first 16 bytes in hex.
pub fn hash(bytes: &[u8]) -> String {
    let h = blake3::hash(bytes);
    h.as_bytes()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn mtime(meta: &fs::Metadata) -> i128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i128)
}

/// What the last finished build read and wrote.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Record {
    pub format: u32,
    /// The output folder, absolute.
    pub output: PathBuf,
    /// [`Inputs::digest`] of the build.
    pub inputs: String,
    pub pages: usize,
    /// Warnings of that build: a build with warnings is made again, so they are shown again.
    pub warnings: usize,
    /// Every input file by path relative to the site root (to hash only what changed).
    pub sources: BTreeMap<String, FileRecord>,
    /// Every output file by path relative to the output folder (the marker file aside).
    pub files: BTreeMap<String, FileRecord>,
}

impl Record {
    pub fn new(
        output: PathBuf,
        inputs: Inputs,
        pages: usize,
        files: BTreeMap<String, FileRecord>,
        warnings: usize,
    ) -> Record {
        Record {
            format: FORMAT,
            output,
            inputs: inputs.digest,
            pages,
            warnings,
            sources: inputs.sources,
            files,
        }
    }

    /// The record in `cache` (the site's `.aikosite/`), if there is a readable one of this
    /// format for the output folder `output`.
    pub fn read(cache: &Path, output: &Path) -> Option<Record> {
        let text = fs::read(cache.join(RECORD)).ok()?;
        let r: Record = serde_json::from_slice(&text).ok()?;
        (r.format == FORMAT && r.output == output).then_some(r)
    }

    /// Writes the record (a new file renamed over the old one: never half a record).
    pub fn write(&self, cache: &Path) -> io::Result<()> {
        fs::create_dir_all(cache)?;
        let tmp = cache.join(format!("{RECORD}.{}", std::process::id()));
        fs::write(&tmp, serde_json::to_vec(self).map_err(io::Error::other)?)?;
        fs::rename(&tmp, cache.join(RECORD))
    }

    /// Whether the output folder holds exactly the recorded files, each unchanged (by size
    /// and modification time), and the marker `marker`.
    pub fn output_intact(&self, marker: &str) -> bool {
        if !self.output.join(marker).is_file() {
            return false;
        }
        let mut found = 0usize;
        for e in walkdir::WalkDir::new(&self.output).min_depth(1) {
            let Ok(e) = e else { return false };
            if e.file_type().is_dir() {
                continue;
            }
            let Ok(rel) = e.path().strip_prefix(&self.output) else {
                return false;
            };
            let rel = rel.to_string_lossy().replace('\\', "/");
            if rel == marker {
                continue;
            }
            match self.files.get(&rel) {
                Some(f) if f.still_at(e.path()) => found += 1,
                _ => return false,
            }
        }
        found == self.files.len()
    }
}

/// Everything a build reads, hashed: the files of the site and the options.
#[derive(Debug, Clone)]
pub struct Inputs {
    pub digest: String,
    pub sources: BTreeMap<String, FileRecord>,
}

/// The options that change what a build writes, as text for the digest.
#[derive(Debug, Clone)]
pub struct Options {
    pub today: String,
    pub base_url: Option<String>,
    pub drafts: bool,
    pub output: PathBuf,
}

impl Inputs {
    /// Hashes the site's input files (reusing `known` hashes of files whose size and
    /// modification time are as recorded) and `options`.
    pub fn read(root: &Path, options: &Options, known: &BTreeMap<String, FileRecord>) -> Inputs {
        let mut paths: Vec<(String, PathBuf)> = Vec::new();
        for dir in INPUT_FOLDERS {
            for e in walkdir::WalkDir::new(root.join(dir)).sort_by_file_name() {
                // A folder that cannot be read is read by no build either: its error is the
                // build's to report, and the digest then only has to differ.
                let Ok(e) = e else {
                    paths.push((format!("{dir}/?unreadable"), PathBuf::new()));
                    continue;
                };
                if e.file_type().is_dir() {
                    continue;
                }
                if let Ok(rel) = e.path().strip_prefix(root) {
                    let rel = rel.to_string_lossy().replace('\\', "/");
                    paths.push((rel, e.path().to_path_buf()));
                }
            }
        }
        for f in INPUT_FILES {
            paths.push((f.to_string(), root.join(f)));
        }
        let sources: BTreeMap<String, FileRecord> = paths
            .par_iter()
            .filter_map(|(rel, path)| {
                let meta = fs::symlink_metadata(path).ok()?;
                let (size, mtime) = (meta.len(), mtime(&meta));
                if let Some(k) = known.get(rel)
                    && k.size == size
                    && k.mtime == mtime
                {
                    return Some((rel.clone(), k.clone()));
                }
                let bytes = if meta.file_type().is_symlink() {
                    fs::read_link(path)
                        .map(|t| t.to_string_lossy().into_owned().into_bytes())
                        .ok()?
                } else {
                    fs::read(path).ok()?
                };
                Some((
                    rel.clone(),
                    FileRecord {
                        size,
                        mtime,
                        hash: hash(&bytes),
                    },
                ))
            })
            .collect();
        let mut h = blake3::Hasher::new();
        let mut line = |k: &str, v: &str| {
            h.update(k.as_bytes());
            h.update(b"\0");
            h.update(v.as_bytes());
            h.update(b"\n");
        };
        line("format", &FORMAT.to_string());
        line("version", env!("CARGO_PKG_VERSION"));
        line("program", &program_identity());
        line("today", &options.today);
        line("base_url", options.base_url.as_deref().unwrap_or(""));
        line("drafts", if options.drafts { "yes" } else { "no" });
        line("output", &options.output.to_string_lossy());
        for (rel, f) in &sources {
            line(rel, &f.hash);
        }
        Inputs {
            digest: h.finalize().to_hex().to_string(),
            sources,
        }
    }
}

/// This program's executable, by size and modification time: a rebuilt aikosite may write
/// other bytes for the same site.
fn program_identity() -> String {
    std::env::current_exe()
        .and_then(fs::metadata)
        .map(|m| format!("{} {}", m.len(), mtime(&m)))
        .unwrap_or_default()
}

/// The files of the previous output that a new output may take over: where the old output
/// folder is and what each of its files was.
#[derive(Debug, Default)]
pub struct PreviousOutput {
    pub dir: PathBuf,
    pub files: HashMap<String, FileRecord>,
}

impl PreviousOutput {
    pub fn from(record: Record) -> PreviousOutput {
        PreviousOutput {
            dir: record.output,
            files: record.files.into_iter().collect(),
        }
    }

    /// The previous file at `rel` if it has exactly the bytes hashed `hash` and is still as
    /// recorded.
    pub fn same(&self, rel: &str, hash: &str) -> Option<PathBuf> {
        let f = self.files.get(rel)?;
        let path = self.dir.join(rel);
        (f.hash == hash && f.still_at(&path)).then_some(path)
    }

    pub fn record(&self, rel: &str) -> Option<&FileRecord> {
        self.files.get(rel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(dir: &Path) -> Options {
        Options {
            today: "2026-11-29".into(),
            base_url: None,
            drafts: false,
            output: dir.join("public"),
        }
    }

    #[test]
    fn the_digest_follows_content_not_file_times() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("content/pages")).unwrap();
        fs::write(root.join("content/pages/a.fi.md"), "---\ntitle: A\n---\n").unwrap();
        fs::write(root.join("aikosite.yaml"), "title: x\n").unwrap();
        let first = Inputs::read(root, &opts(root), &BTreeMap::new());
        assert!(first.sources.contains_key("content/pages/a.fi.md"));
        assert!(first.sources.contains_key("aikosite.yaml"));
        // Same bytes written again (a new modification time): the same digest.
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(root.join("content/pages/a.fi.md"), "---\ntitle: A\n---\n").unwrap();
        let again = Inputs::read(root, &opts(root), &first.sources);
        assert_eq!(again.digest, first.digest);
        // One byte changed, or another day: another digest.
        fs::write(root.join("content/pages/a.fi.md"), "---\ntitle: B\n---\n").unwrap();
        let changed = Inputs::read(root, &opts(root), &again.sources);
        assert_ne!(changed.digest, first.digest);
        let mut other_day = opts(root);
        other_day.today = "2026-11-30".into();
        assert_ne!(
            Inputs::read(root, &other_day, &changed.sources).digest,
            changed.digest
        );
        // A new file anywhere the build reads: another digest.
        fs::create_dir_all(root.join("static")).unwrap();
        fs::write(root.join("static/robots.txt"), "x").unwrap();
        assert_ne!(
            Inputs::read(root, &opts(root), &changed.sources).digest,
            changed.digest
        );
    }

    #[test]
    fn a_record_is_trusted_only_for_its_own_untouched_output() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(out.join("a")).unwrap();
        fs::write(out.join(".marker"), "").unwrap();
        fs::write(out.join("a/index.html"), "<p>a</p>").unwrap();
        let mut files = BTreeMap::new();
        files.insert(
            "a/index.html".to_string(),
            FileRecord::of_metadata(
                &fs::metadata(out.join("a/index.html")).unwrap(),
                hash(b"<p>a</p>"),
            ),
        );
        let record = Record {
            format: FORMAT,
            output: out.clone(),
            inputs: "x".into(),
            pages: 1,
            warnings: 0,
            sources: BTreeMap::new(),
            files,
        };
        let cache = dir.path().join(".aikosite");
        record.write(&cache).unwrap();
        let read = Record::read(&cache, &out).expect("the record");
        assert!(read.output_intact(".marker"));
        assert!(Record::read(&cache, &dir.path().join("other")).is_none());
        // A file added by hand, or one changed: not intact.
        fs::write(out.join("extra.html"), "x").unwrap();
        assert!(!read.output_intact(".marker"));
        fs::remove_file(out.join("extra.html")).unwrap();
        assert!(read.output_intact(".marker"));
        fs::write(out.join("a/index.html"), "<p>b</p>").unwrap();
        assert!(!read.output_intact(".marker"));
        // The previous file is offered only with the same bytes and as recorded.
        let prev = PreviousOutput::from(read);
        assert!(prev.same("a/index.html", &hash(b"<p>a</p>")).is_none());
    }
}
