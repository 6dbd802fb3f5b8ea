//! File events, debounced: an editor's save is several events (write a temporary file, rename,
//! change permissions); they arrive within a few milliseconds and become one batch.

use notify::event::{AccessKind, AccessMode};
use notify::{EventKind, RecursiveMode, Watcher};
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

/// The folders of a site that are watched (recursively), besides `aikosite.yaml`.
pub const WATCHED: &[&str] = &["content", "templates", "themes", "static"];

/// A burst is over after this long without events.
pub const QUIET: Duration = Duration::from_millis(8);
/// … or this long after an event that ends a save (a file closed after writing, a file
/// renamed into place), unless more events come.
pub const SETTLED: Duration = Duration::from_millis(2);
/// A burst that goes on is cut after this long, so a long copy still shows progress.
pub const LONGEST: Duration = Duration::from_millis(300);

/// When a new folder is looked at again.
const FOLLOW_UP: [Duration; 2] = [Duration::from_millis(150), Duration::from_millis(1000)];

/// One burst of changes.
#[derive(Debug, Default)]
pub struct Batch {
    pub paths: Vec<PathBuf>,
    /// Events were lost (the kernel's queue overflowed): everything must be read again.
    pub rescan: bool,
}

/// Watches the site and sends one [`Batch`] per burst of events, until the receiver of
/// `batches` is dropped.
///
/// The root is watched for its own entries only, each folder of [`WATCHED`] recursively. A
/// watched folder that goes away (moved, deleted, replaced by `git checkout`) loses its watch;
/// when a folder of that name is there again, it is watched again and read again.
pub fn start(root: &Path, batches: Sender<Batch>) -> notify::Result<()> {
    let (tx, rx) = channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(move |e| {
        let _ = tx.send(e);
    })?;
    watcher.watch(root, RecursiveMode::NonRecursive)?;
    let mut folders = Folders {
        watcher,
        watched: BTreeSet::new(),
    };
    for dir in WATCHED {
        let d = root.join(dir);
        if d.is_dir() {
            folders.watcher.watch(&d, RecursiveMode::Recursive)?;
            folders.watched.insert(dir);
        }
    }
    let root = root.to_path_buf();
    let known = WATCHED
        .iter()
        .flat_map(|d| dirs_under(&root.join(d)))
        .collect();
    std::thread::spawn(move || debounce(&root, &rx, &batches, known, folders));
    Ok(())
}

/// Every folder under `dir`, itself included.
fn dirs_under(dir: &Path) -> impl Iterator<Item = PathBuf> + use<> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_dir())
        .map(|e| e.into_path())
}

/// The watcher and which of the [`WATCHED`] folders it watches now.
struct Folders {
    watcher: notify::RecommendedWatcher,
    watched: BTreeSet<&'static str>,
}

impl Folders {
    /// Watches again each folder of [`WATCHED`] whose own entry in the root changed (created,
    /// moved in or out, deleted) or that is there but not watched; forgets the ones that are
    /// gone. A folder watched again is added to `paths` (it is read again) and its subfolders
    /// to `known`, the folder itself left out so that it counts as new.
    fn refresh(&mut self, root: &Path, paths: &mut Vec<PathBuf>, known: &mut HashSet<PathBuf>) {
        for dir in WATCHED {
            let d = root.join(dir);
            let touched = paths.contains(&d);
            let here = d.is_dir();
            if !touched && here == self.watched.contains(dir) {
                continue;
            }
            // The backend may have dropped the watch already (inotify does when the folder
            // moves or goes): then there is nothing to remove.
            let _ = self.watcher.unwatch(&d);
            self.watched.remove(dir);
            known.retain(|k| !k.starts_with(&d));
            if here && self.watcher.watch(&d, RecursiveMode::Recursive).is_ok() {
                self.watched.insert(dir);
                known.extend(dirs_under(&d).filter(|s| *s != d));
                if !touched {
                    paths.push(d);
                }
            }
        }
    }
}

/// `known`: the folders that existed when watching started or that a batch has shown since.
fn debounce(
    root: &Path,
    rx: &Receiver<notify::Result<notify::Event>>,
    out: &Sender<Batch>,
    mut known: HashSet<PathBuf>,
    mut folders: Folders,
) {
    while let Ok(first) = rx.recv() {
        let started = Instant::now();
        let mut batch = Batch::default();
        let mut saved = add(&mut batch, first);
        while started.elapsed() < LONGEST {
            match rx.recv_timeout(if saved { SETTLED } else { QUIET }) {
                Ok(e) => saved = add(&mut batch, e),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        batch.paths.sort();
        batch.paths.dedup();
        // A watched folder that was just created (`templates/`) is not watched yet: the root
        // is watched only for its own entries, so say the whole folder changed.
        batch.paths.retain(|p| {
            p.parent() != Some(root)
                || WATCHED.iter().any(|w| p.ends_with(w))
                || p.ends_with(crate::config::CONFIG_FILE)
        });
        folders.refresh(root, &mut batch.paths, &mut known);
        // Files written into a folder right after it was created (a town copied in) can come
        // before the folder is watched, and so can the folder's own event: look at each new
        // folder again a little later.
        let mut new_dirs = BTreeSet::new();
        for p in &batch.paths {
            for dir in p
                .ancestors()
                .take_while(|a| a.starts_with(root) && *a != root)
            {
                if dir.is_dir() && !known.contains(dir) {
                    new_dirs.insert(dir.to_path_buf());
                }
            }
        }
        // Only the outermost new folders: a follow-up reads everything under them.
        let outermost: Vec<PathBuf> = new_dirs
            .iter()
            .filter(|d| !d.ancestors().skip(1).any(|a| new_dirs.contains(a)))
            .cloned()
            .collect();
        known.extend(new_dirs);
        known.retain(|d| d.is_dir());
        if !outermost.is_empty() {
            batch.paths.extend(outermost.iter().cloned());
            let out = out.clone();
            std::thread::spawn(move || {
                for wait in FOLLOW_UP {
                    std::thread::sleep(wait);
                    if out
                        .send(Batch {
                            paths: outermost.clone(),
                            rescan: true,
                        })
                        .is_err()
                    {
                        return;
                    }
                }
            });
        }
        if (!batch.paths.is_empty() || batch.rescan) && out.send(batch).is_err() {
            return;
        }
    }
}

/// Adds an event's paths to the batch; says whether the event ends a save.
fn add(batch: &mut Batch, e: notify::Result<notify::Event>) -> bool {
    let ends_save = matches!(
        &e,
        Ok(e) if matches!(
            e.kind,
            EventKind::Access(AccessKind::Close(AccessMode::Write))
                | EventKind::Modify(notify::event::ModifyKind::Name(
                    notify::event::RenameMode::To | notify::event::RenameMode::Both
                ))
        )
    );
    match e {
        Ok(e) => {
            if e.need_rescan() {
                batch.rescan = true;
            }
            // Reading a file changes nothing; closing a file that was written means it is
            // complete (a read that raced the write is then done again).
            let read_only =
                matches!(e.kind, EventKind::Access(a) if a != AccessKind::Close(AccessMode::Write));
            if !read_only {
                batch.paths.extend(e.paths);
            }
        }
        Err(_) => batch.rescan = true,
    }
    ends_save
}
