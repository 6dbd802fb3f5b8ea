//! Turns a burst of file events into what has to be redone. Pure: paths in, a [`Changes`] out.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// What a batch of changed paths asks for, from the cheapest to the dearest rebuild.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// Nothing the site is built from (editor backups, the output folder, `.git`).
    Nothing,
    /// Only stylesheets: the browser swaps them without reloading the page.
    Css,
    /// Files copied as they are (`static/`, the theme's `static/`).
    Static,
    /// Files under `content/`.
    Content,
    /// Templates or UI strings of the theme.
    Theme,
    /// `aikosite.yaml`: everything is rebuilt.
    Config,
}

/// The changed paths of one batch, relative to the site root, sorted by what they are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub config: bool,
    /// Files or folders under `content/` (created, changed, deleted or renamed).
    pub content: BTreeSet<PathBuf>,
    /// Files under `templates/` or `themes/`.
    pub theme: BTreeSet<PathBuf>,
    /// Files under `static/` or a theme's `static/`.
    pub statics: BTreeSet<PathBuf>,
    /// Events may have been lost: compare every content file with what was read.
    pub rescan: bool,
}

impl Changes {
    /// The dearest kind of rebuild this batch needs.
    pub fn kind(&self) -> ChangeKind {
        if self.config {
            ChangeKind::Config
        } else if self.theme.iter().any(|p| !is_theme_static(p)) {
            ChangeKind::Theme
        } else if !self.content.is_empty() || self.rescan {
            ChangeKind::Content
        } else if self.theme.iter().chain(&self.statics).any(|p| !is_css(p)) {
            ChangeKind::Static
        } else if !self.theme.is_empty() || !self.statics.is_empty() {
            ChangeKind::Css
        } else {
            ChangeKind::Nothing
        }
    }

    pub fn is_empty(&self) -> bool {
        self.kind() == ChangeKind::Nothing
    }
}

/// Sorts changed paths (absolute, or relative to `root`) into a [`Changes`]. `output` is a
/// folder whose changes are ignored (a `public/` that a `build` writes into the site).
pub fn classify<'a>(
    root: &Path,
    output: Option<&Path>,
    paths: impl IntoIterator<Item = &'a Path>,
) -> Changes {
    let mut changes = Changes::default();
    for path in paths {
        let rel = match path.strip_prefix(root) {
            Ok(r) => r,
            Err(_) if path.is_relative() => path,
            Err(_) => continue,
        };
        if output.is_some_and(|o| {
            !o.as_os_str().is_empty() && (path.starts_with(o) || rel.starts_with(o))
        }) {
            continue;
        }
        // The loader skips hidden files and folders; so do we (.git, editor swap files).
        if rel
            .components()
            .any(|c| matches!(c, Component::Normal(n) if n.to_string_lossy().starts_with('.')))
        {
            continue;
        }
        if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
            continue;
        }
        let first = rel
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned());
        match first.as_deref() {
            Some(crate::config::CONFIG_FILE) if rel.components().count() == 1 => {
                changes.config = true
            }
            Some("content") => {
                changes.content.insert(rel.to_path_buf());
            }
            Some("templates" | "themes") if !is_editor_junk(rel) => {
                changes.theme.insert(rel.to_path_buf());
            }
            Some("static") => {
                changes.statics.insert(rel.to_path_buf());
            }
            _ => {}
        }
    }
    changes
}

/// `themes/NAME/static/…`
fn is_theme_static(p: &Path) -> bool {
    let mut c = p.components().map(|c| c.as_os_str().to_string_lossy());
    c.next().as_deref() == Some("themes") && c.nth(1).as_deref() == Some("static")
}

fn is_css(p: &Path) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case("css"))
}

/// Backup and lock files that editors write beside a template (`job.html~`, `#job.html#`,
/// vim's `4913` probe); templates are read by extension, so these change nothing.
fn is_editor_junk(p: &Path) -> bool {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.ends_with('~') || name.starts_with('#') || name.ends_with(".swp") || name == "4913"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(paths: &[&str]) -> (ChangeKind, Changes) {
        let root = Path::new("/site");
        let abs: Vec<PathBuf> = paths.iter().map(|p| root.join(p)).collect();
        let c = classify(
            root,
            Some(Path::new("/site/public")),
            abs.iter().map(PathBuf::as_path),
        );
        (c.kind(), c)
    }

    #[test]
    fn a_content_edit_is_content() {
        let (k, c) = kinds(&["content/towns/raahe/jobs/hitsaaja.fi.md"]);
        assert_eq!(k, ChangeKind::Content);
        assert_eq!(
            c.content.iter().next().unwrap(),
            Path::new("content/towns/raahe/jobs/hitsaaja.fi.md")
        );
    }

    #[test]
    fn an_editor_burst_is_one_content_change() {
        // vim: write 4913, delete it, rename the file to file~, write the file, delete file~
        let (k, c) = kinds(&[
            "content/towns/raahe/jobs/4913",
            "content/towns/raahe/jobs/hitsaaja.fi.md~",
            "content/towns/raahe/jobs/hitsaaja.fi.md",
            "content/towns/raahe/jobs/.hitsaaja.fi.md.swp",
        ]);
        assert_eq!(k, ChangeKind::Content);
        // the swap file is hidden, as the loader sees it; the others are reloaded like any file
        assert_eq!(c.content.len(), 3);
    }

    #[test]
    fn css_alone_is_css_and_anything_else_static_wins() {
        assert_eq!(kinds(&["static/site.css"]).0, ChangeKind::Css);
        assert_eq!(
            kinds(&["themes/seutu/static/seutu.css", "static/a.CSS"]).0,
            ChangeKind::Css
        );
        assert_eq!(
            kinds(&["static/site.css", "static/logo.svg"]).0,
            ChangeKind::Static
        );
        assert_eq!(
            kinds(&["static/site.css", "content/_index.fi.md"]).0,
            ChangeKind::Content
        );
    }

    #[test]
    fn templates_and_strings_are_theme_changes() {
        assert_eq!(kinds(&["templates/job.html"]).0, ChangeKind::Theme);
        assert_eq!(kinds(&["themes/seutu/i18n/fi.yaml"]).0, ChangeKind::Theme);
        assert_eq!(
            kinds(&[
                "themes/seutu/templates/partials/job-card.html",
                "content/x.fi.md"
            ])
            .0,
            ChangeKind::Theme
        );
        assert_eq!(
            kinds(&["templates/job.html~", "templates/#job.html#"]).0,
            ChangeKind::Nothing
        );
    }

    #[test]
    fn config_wins_over_everything() {
        assert_eq!(
            kinds(&["content/a.fi.md", "aikosite.yaml", "static/x.css"]).0,
            ChangeKind::Config
        );
        // only the root's aikosite.yaml is the config
        assert_eq!(kinds(&["content/aikosite.yaml"]).0, ChangeKind::Content);
    }

    #[test]
    fn output_hidden_and_foreign_paths_are_ignored() {
        let (k, _) = kinds(&[
            "public/index.html",
            ".git/index",
            ".aikosite/cache/x",
            "target/debug/x",
            "README.md",
        ]);
        assert_eq!(k, ChangeKind::Nothing);
        let outside = classify(
            Path::new("/site"),
            None,
            [Path::new("/elsewhere/content/a.fi.md")],
        );
        assert!(outside.is_empty());
    }
}
