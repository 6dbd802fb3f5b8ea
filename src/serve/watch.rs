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

/// Watches the site and sends one [`Batch`] per burst of events. The watcher stops when the
/// returned value is dropped.
pub fn start(root: &Path, batches: Sender<Batch>) -> notify::Result<notify::RecommendedWatcher> {
    let (tx, rx) = channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(move |e| {
        let _ = tx.send(e);
    })?;
    watcher.watch(root, RecursiveMode::NonRecursive)?;
    for dir in WATCHED {
        let d = root.join(dir);
        if d.is_dir() {
            watcher.watch(&d, RecursiveMode::Recursive)?;
        }
    }
    let root = root.to_path_buf();
    let known = WATCHED
        .iter()
        .flat_map(|d| {
            walkdir::WalkDir::new(root.join(d))
                .into_iter()
                .filter_map(Result::ok)
        })
        .filter(|e| e.file_type().is_dir())
        .map(|e| e.into_path())
        .collect();
    std::thread::spawn(move || debounce(&root, &rx, &batches, known));
    Ok(watcher)
}

/// `known`: the folders that existed when watching started or that a batch has shown since.
fn debounce(
    root: &Path,
    rx: &Receiver<notify::Result<notify::Event>>,
    out: &Sender<Batch>,
    mut known: HashSet<PathBuf>,
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
