//! The content files as `serve` keeps them between edits: every file under `content/` parsed,
//! with the size and time it had when it was read, and how a batch of changes re-reads them.

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::{self, Parsed};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[derive(Default)]
pub struct ContentFiles {
    files: BTreeMap<PathBuf, Cached>,
    /// Problems found while reading files (a folder that cannot be read).
    walk_errors: Vec<Diagnostic>,
}

/// What to compare after a batch of changes.
pub enum Rebuild {
    Everything,
    /// Only text files changed: the content keys they belong to, and the files as they were
    /// before the batch when none appeared or went away.
    Keys {
        keys: BTreeSet<String>,
        before: Option<BTreeMap<PathBuf, load::Parsed>>,
    },
}

impl ContentFiles {
    /// Reads and parses every file under `content/`.
    pub fn read_all(config: &Config, root: &Path) -> ContentFiles {
        let mut ds = Diagnostics::new();
        let list = load::content_files(root, &mut ds);
        let files = list
            .par_iter()
            .map(|rel| (rel.clone(), Cached::read(config, root, rel)))
            .collect();
        ContentFiles {
            files,
            walk_errors: ds.into_sorted(),
        }
    }

    pub fn walk_errors(&self) -> &[Diagnostic] {
        &self.walk_errors
    }

    /// Every parsed file (copies, for linking the whole site).
    pub fn parsed(&self) -> Vec<Parsed> {
        self.files.values().map(|c| c.parsed.clone()).collect()
    }

    /// The files of the entry with content key `key` (every language version).
    pub fn entry(&self, key: &str, langs: &[crate::lang::Lang]) -> Vec<(&PathBuf, &Parsed)> {
        let path = Path::new("content").join(key);
        let Some(dir) = path.parent() else {
            return Vec::new();
        };
        // By key, not by name: a translation's file may be spelled otherwise
        // (`CNC-Koneistaja.sv.md` beside `cnc-koneistaja.fi.md`).
        self.files
            .range(dir.to_path_buf()..)
            .take_while(|(p, _)| p.starts_with(dir))
            .filter(|(p, _)| {
                p.parent() == Some(dir)
                    && crate::identity::content_key(p.strip_prefix("content").unwrap_or(p), langs)
                        == key
            })
            .map(|(p, c)| (p, &c.parsed))
            .collect()
    }

    /// Re-reads changed files and folders under `content/` into the cache; with `rescan`, every
    /// file whose size or time differs from when it was read (events were lost). Says which
    /// content keys may have changed.
    pub fn reload(
        &mut self,
        config: &Config,
        root: &Path,
        paths: &BTreeSet<PathBuf>,
        rescan: bool,
    ) -> Rebuild {
        let mut to_parse = BTreeSet::new();
        // Files taken out of the cache, as they were (some are read again below).
        let mut removed: BTreeMap<PathBuf, Parsed> = BTreeMap::new();
        if rescan {
            let mut ds = Diagnostics::new();
            let on_disk: BTreeSet<PathBuf> =
                load::content_files(root, &mut ds).into_iter().collect();
            let gone: Vec<PathBuf> = self
                .files
                .keys()
                .filter(|k| !on_disk.contains(*k))
                .cloned()
                .collect();
            for k in gone {
                if let Some(c) = self.files.remove(&k) {
                    removed.insert(k, c.parsed);
                }
            }
            for f in on_disk {
                if self
                    .files
                    .get(&f)
                    .is_none_or(|c| c.stamp != stamp(&root.join(&f)))
                {
                    to_parse.insert(f);
                }
            }
        }
        for rel in paths {
            let gone: Vec<PathBuf> = self
                .files
                .range(rel.clone()..)
                .take_while(|(k, _)| k.starts_with(rel))
                .map(|(k, _)| k.clone())
                .collect();
            for k in gone {
                if let Some(c) = self.files.remove(&k) {
                    removed.insert(k, c.parsed);
                }
            }
            let abs = root.join(rel);
            if abs.is_file() {
                to_parse.insert(rel.clone());
            } else if abs.is_dir() {
                // A folder that appeared or was renamed: its files may have no events of their own.
                let mut ds = Diagnostics::new();
                for f in load::content_files(root, &mut ds) {
                    if f.starts_with(rel) {
                        to_parse.insert(f);
                    }
                }
            }
        }
        let parsed: Vec<(PathBuf, Cached)> = to_parse
            .into_par_iter()
            .filter(|rel| !hidden(rel))
            .map(|rel| {
                let c = Cached::read(config, root, &rel);
                (rel, c)
            })
            .collect();
        let reread: BTreeSet<&PathBuf> = parsed.iter().map(|(p, _)| p).collect();
        let gone_files: Vec<&PathBuf> = removed.keys().filter(|k| !reread.contains(k)).collect();
        let touched: Vec<&PathBuf> = parsed
            .iter()
            .map(|(p, _)| p)
            .chain(gone_files.iter().copied())
            .collect();
        // A picture or other file changed: its markup may differ on any page.
        let text = |p: &Path| {
            p.extension()
                .is_some_and(|e| e == "md" || e == "yaml" || e == "yml")
        };
        let rebuild = if touched.iter().all(|p| text(p)) {
            // The files as they were, when every one was there before and is there still.
            let before = (gone_files.is_empty() && !rescan)
                .then(|| {
                    parsed
                        .iter()
                        .map(|(p, _)| removed.get(p).map(|old| (p.clone(), old.clone())))
                        .collect::<Option<BTreeMap<_, _>>>()
                })
                .flatten();
            Rebuild::Keys {
                keys: touched
                    .iter()
                    .filter_map(|p| p.strip_prefix("content").ok())
                    .map(|p| crate::identity::content_key(p, &config.languages))
                    .collect(),
                before,
            }
        } else {
            Rebuild::Everything
        };
        self.files.extend(parsed);
        rebuild
    }
}

/// A parsed file and the size and time it had when it was read.
struct Cached {
    stamp: Stamp,
    parsed: Parsed,
}

type Stamp = Option<(u64, std::time::SystemTime)>;

fn stamp(abs: &Path) -> Stamp {
    let m = std::fs::metadata(abs).ok()?;
    Some((m.len(), m.modified().ok()?))
}

impl Cached {
    fn read(config: &Config, root: &Path, rel: &Path) -> Cached {
        // The stamp first: a write during the read makes the next rescan read it again.
        let stamp = stamp(&root.join(rel));
        Cached {
            stamp,
            parsed: load::parse(config, rel),
        }
    }
}

fn hidden(rel: &Path) -> bool {
    rel.components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
}
