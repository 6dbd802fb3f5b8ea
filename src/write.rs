//! Stage 5, write: the only writer of the output folder.
//!
//! A build writes into a fresh folder beside the output and swaps it in only when complete, so
//! a failed build leaves the previous output byte-identical. aikosite marks the folders it
//! creates and never deletes one it did not create.

use crate::previous::{FileRecord, PreviousOutput};
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One file of the output, relative to the output root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Where generated files go as soon as each is made (the staging folder, or `serve`'s memory),
/// so that no stage holds all of its files until the last is done. Called from several threads.
pub type Sink<'a> = dyn Fn(OutputFile) + Sync + 'a;

/// The file that marks an output folder as aikosite's own. A build's staging folder gets it
/// first; with the process id in the folder's name, the next build tells a folder a killed
/// build left behind from one a running build is writing.
pub const MARKER: &str = ".aikosite-output";

/// The site's own folders: an output inside one would be read back as content, or replace
/// what the editors wrote.
pub const SOURCE_FOLDERS: [&str; 5] = ["content", "static", "templates", "themes", ".aikosite"];

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error(
        "the output folder {0} exists and was not made by aikosite; aikosite will not replace it"
    )]
    NotOurs(PathBuf),
    #[error("the output folder {0} is the site's own folder or contains it")]
    ContainsRoot(PathBuf),
    #[error("the output folder {0} is inside the site's folder {1}")]
    InsideSource(PathBuf, &'static str),
    #[error("{output}: {source}")]
    Page {
        /// The content file of the page, when it has one.
        file: Option<PathBuf>,
        /// The page's path relative to the output folder.
        output: String,
        source: io::Error,
    },
    #[error("{context}: {source}")]
    Io {
        context: crate::messages::Msg,
        source: io::Error,
    },
}

impl WriteError {
    /// What went wrong, in the reader's language.
    pub fn message(&self) -> crate::messages::Msg {
        match self {
            WriteError::NotOurs(p) => crate::t!("write-not-ours", folder = p),
            WriteError::ContainsRoot(p) => crate::t!("write-contains-root", folder = p),
            WriteError::InsideSource(p, f) => {
                crate::t!("values-output-inside-source", output = p, folder = *f)
            }
            WriteError::Page {
                file,
                output,
                source,
            } => match file {
                Some(f) => crate::t!(
                    "values-write-page",
                    output = output,
                    file = crate::identity::to_slash(f),
                    reason = source.to_string()
                ),
                None => crate::t!(
                    "values-write-file",
                    output = output,
                    reason = source.to_string()
                ),
            },
            WriteError::Io { context, source } => crate::t!(
                "write-io",
                context = context.clone(),
                reason = source.to_string()
            ),
        }
    }

    /// What to do, in the reader's language.
    pub fn help_msg(&self) -> Option<crate::messages::Msg> {
        match self {
            WriteError::NotOurs(_) => Some(crate::t!("write-not-ours-help")),
            WriteError::ContainsRoot(_) => Some(crate::t!("write-contains-root-help")),
            WriteError::InsideSource(..) => Some(crate::t!("values-output-inside-source-help")),
            WriteError::Page { .. } => Some(crate::t!("values-write-help")),
            WriteError::Io { .. } => None,
        }
    }
}

impl WriteError {
    /// The error of writing one page, named by its content file and its path in the output.
    pub fn for_page(self, file: Option<&Path>, output: &str) -> WriteError {
        match self {
            WriteError::Io { source, .. } => WriteError::Page {
                file: file.map(Path::to_path_buf),
                output: output.to_string(),
                source,
            },
            other => other,
        }
    }
}

/// Refuses an output folder that is the site's folder, contains it, or is inside one of its
/// own folders ([`SOURCE_FOLDERS`]), whatever `--force` says.
pub fn check_target(target: &Path, root: &Path) -> Result<(), WriteError> {
    let target_abs = absolute(target);
    let root_abs = absolute(root);
    if root_abs.starts_with(&target_abs) {
        return Err(WriteError::ContainsRoot(target.to_path_buf()));
    }
    match SOURCE_FOLDERS
        .into_iter()
        .find(|f| target_abs.starts_with(root_abs.join(f)))
    {
        Some(f) => Err(WriteError::InsideSource(target.to_path_buf(), f)),
        None => Ok(()),
    }
}

fn io_err(context: crate::messages::Msg) -> impl FnOnce(io::Error) -> WriteError {
    move |source| WriteError::Io { context, source }
}

/// Removes the staging and old-output folders that killed builds left beside the output
/// `name` in `parent`: only folders named as aikosite names them, holding its marker, and not
/// of a build that may still be running.
fn remove_stale(parent: &Path, name: &str) {
    let prefixes = [
        format!(".{name}.aikosite-new-"),
        format!(".{name}.aikosite-old-"),
    ];
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let file_name = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = prefixes
            .iter()
            .find_map(|p| file_name.strip_prefix(p.as_str()))
        else {
            continue;
        };
        let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
        if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) || !is_dir {
            continue;
        }
        let dir = e.path();
        let marker = dir.join(MARKER);
        if marker.is_file() && !may_be_running(pid, &marker) {
            let _ = remove_tree(&dir);
        }
    }
}

/// Whether the build of process `pid` may still be running: Linux says so in `/proc`; where
/// there is no `/proc`, a folder counts as in use for a day after its marker was written.
fn may_be_running(pid: &str, marker: &Path) -> bool {
    if pid == std::process::id().to_string() {
        return true;
    }
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        return proc.join(pid).exists();
    }
    fs::metadata(marker)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|age| age < std::time::Duration::from_secs(24 * 60 * 60))
}

/// A new output being written beside the target.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    /// The target exists, is not aikosite's, and `--force` was given: move it aside, never delete.
    foreign: bool,
    /// The output being replaced, when it is ours and recorded: a file with the same bytes is
    /// hard-linked from it instead of written (it keeps its modification time).
    previous: Option<PreviousOutput>,
    /// Every file written or linked, with its record (for the next build).
    records: Mutex<Vec<(String, FileRecord)>>,
    /// How many of them were taken over from the previous output.
    kept: AtomicUsize,
}

/// Checks that `target` may be replaced and creates the staging folder beside it.
pub fn prepare(target: &Path, root: &Path, force: bool) -> Result<Staging, WriteError> {
    check_target(target, root)?;
    let target_abs = absolute(target);
    let mut foreign = false;
    if target.exists() {
        let ours = target.join(MARKER).is_file();
        let empty = fs::read_dir(target)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !ours && !empty {
            if !force {
                return Err(WriteError::NotOurs(target.to_path_buf()));
            }
            foreign = true;
        }
    }
    let parent = target_abs
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    fs::create_dir_all(&parent)
        .map_err(io_err(crate::t!("write-cannot-create", folder = &parent)))?;
    let name = target_abs
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    remove_stale(&parent, &name);
    let dir = parent.join(format!(".{name}.aikosite-new-{}", std::process::id()));
    if dir.exists() {
        // Left by a crashed build of this same process id: ours by its name.
        fs::remove_dir_all(&dir).map_err(io_err(crate::t!("write-cannot-clear", folder = &dir)))?;
    }
    fs::create_dir_all(&dir).map_err(io_err(crate::t!("write-cannot-create", folder = &dir)))?;
    fs::write(
        dir.join(MARKER),
        "This folder was written by aikosite; it replaces it on every build.\n",
    )
    .map_err(io_err(crate::t!("write-cannot-mark")))?;
    Ok(Staging {
        dir,
        target: target_abs,
        foreign,
        previous: None,
        records: Mutex::new(Vec::new()),
        kept: AtomicUsize::new(0),
    })
}

impl Staging {
    /// The output folder this staging folder will replace, absolute.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Lets files with unchanged bytes be taken over from `previous` (the output this build
    /// replaces, as the last build recorded it). Ignored for a folder that is not ours.
    pub fn keep_unchanged_from(&mut self, previous: PreviousOutput) {
        if !self.foreign && previous.dir == self.target && self.target.join(MARKER).is_file() {
            self.previous = Some(previous);
        }
    }

    /// Writes one output file; `rel` must stay inside the output. When the previous output
    /// has the same bytes at `rel`, that file is hard-linked instead (same bytes, same time).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), WriteError> {
        let path = self.inside(rel)?;
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .map_err(io_err(crate::t!("write-cannot-create", folder = &parent)))?;
        }
        let hash = crate::previous::hash(bytes);
        if let Some(prev) = &self.previous
            && let Some(old) = prev.same(rel, &hash)
            && let Some(record) = prev.record(rel)
            && fs::hard_link(&old, &path).is_ok()
        {
            self.kept.fetch_add(1, Ordering::Relaxed);
            self.remember(rel, record.clone());
            return Ok(());
        }
        fs::write(&path, bytes).map_err(io_err(crate::t!("write-cannot-write", file = &path)))?;
        let meta =
            fs::metadata(&path).map_err(io_err(crate::t!("write-cannot-write", file = &path)))?;
        self.remember(rel, FileRecord::of_metadata(&meta, hash));
        Ok(())
    }

    /// Copies a file into the output as it is (or takes it over from the previous output,
    /// as [`Staging::write`] does).
    pub fn copy(&self, rel: &str, source: &Path) -> Result<(), WriteError> {
        let bytes =
            fs::read(source).map_err(io_err(crate::t!("write-cannot-copy", file = source)))?;
        self.write(rel, &bytes)
    }

    fn remember(&self, rel: &str, record: FileRecord) {
        if let Ok(mut r) = self.records.lock() {
            r.push((rel.to_string(), record));
        }
    }

    /// Every file written so far with its record, and how many were taken over from the
    /// previous output.
    pub fn records(&self) -> (std::collections::BTreeMap<String, FileRecord>, usize) {
        let records = self
            .records
            .lock()
            .map(|r| r.iter().cloned().collect())
            .unwrap_or_default();
        (records, self.kept.load(Ordering::Relaxed))
    }

    fn inside(&self, rel: &str) -> Result<PathBuf, WriteError> {
        let rel_path = Path::new(rel);
        let ok = !rel.is_empty()
            && rel_path
                .components()
                .all(|c| matches!(c, Component::Normal(_)));
        if !ok {
            return Err(WriteError::Io {
                context: crate::t!("write-outside-output", file = rel),
                source: io::Error::from(io::ErrorKind::InvalidInput),
            });
        }
        Ok(self.dir.join(rel_path))
    }

    /// Swaps the finished output in. The old output is removed only if aikosite made it; a
    /// foreign folder replaced with `--force` is kept beside it, renamed.
    pub fn commit(self) -> Result<Option<PathBuf>, WriteError> {
        let target = self.target.clone();
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let parent = target.parent().map(Path::to_path_buf).unwrap_or_default();
        let mut kept = None;
        if target.exists() {
            let aside = if self.foreign {
                let mut n = 1;
                let mut p = parent.join(format!("{name}.before-aikosite"));
                while p.exists() {
                    n += 1;
                    p = parent.join(format!("{name}.before-aikosite-{n}"));
                }
                kept = Some(p.clone());
                p
            } else {
                parent.join(format!(".{name}.aikosite-old-{}", std::process::id()))
            };
            fs::rename(&target, &aside).map_err(io_err(crate::t!(
                "write-cannot-move-aside",
                folder = &target
            )))?;
            fs::rename(&self.dir, &target)
                .map_err(io_err(crate::t!("write-cannot-swap", folder = &target)))?;
            if !self.foreign {
                if aside.join(MARKER).is_file() {
                    remove_tree(&aside).map_err(io_err(crate::t!(
                        "write-cannot-remove-old",
                        folder = &aside
                    )))?;
                } else {
                    // It was empty when checked: remove it only if it still is.
                    let _ = fs::remove_dir(&aside);
                }
            }
        } else {
            fs::rename(&self.dir, &target)
                .map_err(io_err(crate::t!("write-cannot-swap", folder = &target)))?;
        }
        // The folder is the output now: not removed on drop.
        std::mem::forget(self);
        Ok(kept)
    }
}

impl Drop for Staging {
    /// An unfinished build leaves nothing behind: the staging folder is ours.
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Removes a folder of our own old output, its subfolders in parallel: removing 20,000 files
/// one by one is most of a large build's swap. Symlinks are removed, never followed.
fn remove_tree(dir: &Path) -> io::Result<()> {
    use rayon::prelude::*;
    let entries: Vec<fs::DirEntry> = fs::read_dir(dir)?.collect::<io::Result<_>>()?;
    entries.par_iter().try_for_each(|e| {
        if e.file_type()?.is_dir() {
            remove_tree(&e.path())
        } else {
            fs::remove_file(e.path())
        }
    })?;
    fs::remove_dir(dir)
}

/// `p` made absolute: symlinks resolved where it exists, `..` removed lexically elsewhere.
pub fn absolute(p: &Path) -> PathBuf {
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    // Resolve symlinks where the path exists, `..` lexically elsewhere.
    if let Ok(c) = joined.canonicalize() {
        return c;
    }
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finished_build_replaces_only_our_own_output() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let s = prepare(&out, dir.path().join("site").as_path(), false).unwrap();
        s.write("index.html", b"one").unwrap();
        s.commit().unwrap();
        assert_eq!(fs::read(out.join("index.html")).unwrap(), b"one");
        let s = prepare(&out, &dir.path().join("site"), false).unwrap();
        s.write("a/b/index.html", b"two").unwrap();
        s.commit().unwrap();
        assert!(!out.join("index.html").exists());
        assert_eq!(fs::read(out.join("a/b/index.html")).unwrap(), b"two");
        // nothing left beside it
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["public"]);
    }

    #[test]
    fn an_abandoned_build_leaves_the_old_output_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let s = prepare(&out, &dir.path().join("site"), false).unwrap();
        s.write("index.html", b"old").unwrap();
        s.commit().unwrap();
        let s = prepare(&out, &dir.path().join("site"), false).unwrap();
        s.write("index.html", b"new").unwrap();
        drop(s);
        assert_eq!(fs::read(out.join("index.html")).unwrap(), b"old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_foreign_folder_is_refused_and_with_force_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("thesis.docx"), b"precious").unwrap();
        assert!(matches!(
            prepare(&out, &dir.path().join("site"), false),
            Err(WriteError::NotOurs(_))
        ));
        let s = prepare(&out, &dir.path().join("site"), true).unwrap();
        s.write("index.html", b"x").unwrap();
        let kept = s.commit().unwrap().unwrap();
        assert_eq!(fs::read(kept.join("thesis.docx")).unwrap(), b"precious");
    }

    #[test]
    fn an_empty_folder_is_fine_and_the_site_root_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(&out).unwrap();
        assert!(prepare(&out, &dir.path().join("site"), false).is_ok());
        assert!(matches!(
            prepare(dir.path(), &dir.path().join("site"), false),
            Err(WriteError::ContainsRoot(_))
        ));
        assert!(matches!(
            prepare(dir.path(), dir.path(), true),
            Err(WriteError::ContainsRoot(_))
        ));
    }

    #[test]
    fn a_page_that_cannot_be_written_is_named_by_its_file_and_output_path() {
        let e = WriteError::Io {
            context: crate::t!("write-cannot-mark"),
            source: io::Error::from(io::ErrorKind::StorageFull),
        }
        .for_page(
            Some(Path::new("content/towns/raahe/jobs/a.fi.md")),
            "raahe/a/index.html",
        );
        let m = e.message();
        assert!(m.contains("raahe/a/index.html in the output folder"), "{m}");
        assert!(m.contains("content/towns/raahe/jobs/a.fi.md"), "{m}");
        assert!(e.help_msg().is_some_and(|h| h.contains("free space")));
        let e = WriteError::Io {
            context: crate::t!("write-cannot-mark"),
            source: io::Error::from(io::ErrorKind::StorageFull),
        }
        .for_page(None, "sitemap.xml");
        assert!(e.message().contains("could not write sitemap.xml"));
    }

    #[test]
    fn an_output_inside_the_sites_folders_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        fs::create_dir_all(site.join("content")).unwrap();
        for inside in ["content", "content/x", "static/y", "themes", "templates/z"] {
            assert!(
                matches!(
                    prepare(&site.join(inside), &site, true),
                    Err(WriteError::InsideSource(..))
                ),
                "{inside}"
            );
        }
        assert!(check_target(&site.join("public"), &site).is_ok());
        assert!(check_target(&site.join("contents"), &site).is_ok());
    }

    #[test]
    fn writes_cannot_escape_the_output() {
        let dir = tempfile::tempdir().unwrap();
        let s = prepare(&dir.path().join("public"), &dir.path().join("site"), false).unwrap();
        assert!(s.write("../evil", b"x").is_err());
        assert!(s.write("/etc/x", b"x").is_err());
        assert!(s.write("", b"x").is_err());
    }
}
