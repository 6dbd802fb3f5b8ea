//! When each content file was last changed: its last git commit when the site is in a git
//! repository and the file has one and is not edited since, else its modification time.

use crate::dates::{Date, helsinki};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Last-change times (seconds since 1970) by file, relative to the site root.
#[derive(Debug, Default)]
pub struct Changed {
    root: PathBuf,
    git: BTreeMap<PathBuf, i64>,
    /// Files that differ from the last commit: their modification time is newer news.
    edited: BTreeSet<PathBuf>,
}

impl Changed {
    /// Reads the git history of `content/` once (nothing when git or the repository is missing).
    pub fn read(root: &Path) -> Changed {
        Changed {
            root: root.to_path_buf(),
            git: git_times(root).unwrap_or_default(),
            edited: git_edited(root).unwrap_or_default(),
        }
    }

    pub fn time(&self, file: &Path) -> Option<i64> {
        if let Some(t) = self.git.get(file)
            && !self.edited.contains(file)
        {
            return Some(*t);
        }
        let modified = std::fs::metadata(self.root.join(file))
            .ok()?
            .modified()
            .ok()?;
        let secs = modified
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs();
        i64::try_from(secs).ok()
    }
}

/// The day (in Helsinki) of a time in seconds.
pub fn day(secs: i64) -> Date {
    let ts = jiff::Timestamp::from_second(secs).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    Date(ts.to_zoned(helsinki()).date())
}

/// `git log` once over content/: the first time a file appears is its last commit.
fn git_times(root: &Path) -> Option<BTreeMap<PathBuf, i64>> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args([
            "-c",
            "core.quotepath=off",
            "log",
            "--format=%x00%ct",
            "--name-only",
            "--relative",
            "--no-renames",
            "--",
            "content",
        ])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(parse_log(&String::from_utf8_lossy(&out.stdout)))
}

/// The files of content/ that differ from the last commit (staged or not).
fn git_edited(root: &Path) -> Option<BTreeSet<PathBuf>> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args([
            "-c",
            "core.quotepath=off",
            "diff",
            "--name-only",
            "--relative",
            "--no-renames",
            "HEAD",
            "--",
            "content",
        ])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| PathBuf::from(l.trim()))
            .collect(),
    )
}

fn parse_log(log: &str) -> BTreeMap<PathBuf, i64> {
    let mut times = BTreeMap::new();
    let mut current = None;
    for line in log.lines() {
        if let Some(t) = line.strip_prefix('\0') {
            current = t.trim().parse::<i64>().ok();
        } else if !line.trim().is_empty()
            && let Some(t) = current
        {
            times.entry(PathBuf::from(line.trim())).or_insert(t);
        }
    }
    times
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_commit_of_a_file_wins() {
        let log = "\u{0}200\n\ncontent/a.fi.md\n\n\u{0}100\n\ncontent/a.fi.md\ncontent/a.sv.md\n";
        let t = parse_log(log);
        assert_eq!(t[Path::new("content/a.fi.md")], 200);
        assert_eq!(t[Path::new("content/a.sv.md")], 100);
    }
}
