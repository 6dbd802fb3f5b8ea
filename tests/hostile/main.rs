//! Content as an attacker (or a hurried editor) would write it: one case per promise of the
//! README's "Safety" section. Each case starts from a scratch copy of the `basic` fixture
//! that built, makes one hostile change, builds again and asserts the exit code (1 for
//! content, 2 for usage, never 101 and never 0 when the output would be wrong), the message
//! with its file and line, and that the previous output is still there byte for byte.
//!
//! The modules: `content` (links, raw HTML, attributes, SVG, Unicode file names), `values`
//! (slugs, address collisions, values that are not what they look like, limits, YAML
//! positions), `output` (output and staging folders, I/O errors), `serve` (the preview
//! server), `props` (property tests of front matter, Markdown, slugs and paths).

#[path = "../common/mod.rs"]
mod common;

mod content;
mod output;
mod serve;
mod values;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{TODAY, aikosite, copy_fixture};

/// A scratch copy of the `basic` fixture with a first, good build in `public/`.
pub struct Site {
    pub dir: tempfile::TempDir,
    /// Every file of the good build, by path relative to the output folder.
    pub before: BTreeMap<PathBuf, Vec<u8>>,
}

/// What a build printed and returned.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code(),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }

    /// Asserts the exit code and that stderr holds every one of `parts` (a file:line, words of
    /// the message).
    #[track_caller]
    pub fn expect(&self, code: i32, parts: &[&str]) -> &Run {
        assert_eq!(
            self.code,
            Some(code),
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout,
            self.stderr
        );
        for p in parts {
            assert!(
                self.stderr.contains(p),
                "stderr lacks {p:?}\n--- stderr\n{}",
                self.stderr
            );
        }
        self
    }
}

impl Site {
    /// Copies the `basic` fixture and builds it once; panics if that build fails.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Site {
        let dir = copy_fixture("basic");
        let mut site = Site {
            dir,
            before: BTreeMap::new(),
        };
        let first = site.build(&[]);
        assert_eq!(first.code, Some(0), "the fixture builds: {}", first.stderr);
        site.before = snapshot(&site.out());
        assert!(!site.before.is_empty(), "the first build wrote files");
        site
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.root().join("public")
    }

    /// Writes `text` to `rel` (a path under the site root), creating folders.
    pub fn write(&self, rel: &str, text: impl AsRef<[u8]>) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    /// `aikosite build --today TODAY --root SITE --output SITE/public` plus `args`.
    pub fn build(&self, args: &[&str]) -> Run {
        let o = aikosite()
            .args(["build", "--today", TODAY, "--root"])
            .arg(self.root())
            .arg("--output")
            .arg(self.out())
            .args(args)
            .output()
            .expect("run aikosite");
        Run::from(o)
    }

    /// `aikosite ARGS --root SITE` with no other argument added.
    pub fn run(&self, args: &[&str]) -> Run {
        let o = aikosite()
            .args(args)
            .arg("--root")
            .arg(self.root())
            .output()
            .expect("run aikosite");
        Run::from(o)
    }

    /// The previous output is still there, byte for byte, and nothing was added.
    #[track_caller]
    pub fn assert_output_kept(&self) {
        let now = snapshot(&self.out());
        assert_eq!(
            now.keys().collect::<Vec<_>>(),
            self.before.keys().collect::<Vec<_>>(),
            "the output's files changed"
        );
        for (path, bytes) in &self.before {
            assert!(now[path] == *bytes, "{} changed", path.display());
        }
    }

    /// A hostile change must be refused: exit `code`, `parts` in the message, output kept.
    #[track_caller]
    pub fn refuses(&self, code: i32, parts: &[&str]) -> Run {
        let run = self.build(&[]);
        run.expect(code, parts);
        self.assert_output_kept();
        run
    }
}

/// Every file under `dir`, by relative path, with its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).expect("under dir").to_path_buf();
            (rel, std::fs::read(e.path()).expect("read"))
        })
        .collect()
}

#[test]
fn a_heading_cannot_take_a_theme_id() {
    let site = Site::new();
    let job = "content/towns/raahe/jobs/cnc-koneistaja.fi.md";
    let text = std::fs::read_to_string(site.root().join(job)).expect("the fixture's job");
    site.write(job, format!("{text}\n\n## Main\n\n## main\n"));
    let run = site.build(&[]);
    run.expect(0, &[]);
    let page =
        std::fs::read_to_string(site.out().join("raahe/tyopaikat/cnc-koneistaja/index.html"))
            .expect("the job page");
    assert_eq!(
        page.matches(r#"id="main""#).count(),
        1,
        "one element is #main"
    );
}
