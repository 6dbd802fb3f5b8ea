//! User mistakes as values.
//!
//! Every stage that reads something a person wrote reports problems as [`Diagnostic`]s: the
//! file (relative to the site root), where in it, what is wrong and what to do. Stages collect
//! them instead of stopping at the first one, and the command renders them all at once.

use crate::messages::{Locale, Msg, text};
use crate::t;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// How bad a diagnostic is. Errors fail `build` and `check`; warnings fail only `check --strict`.
/// A command that cannot run at all (exit 2): no config, a bad flag value, an output folder
/// that is not aikosite's. The same type for every command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError {
    pub message: Msg,
    pub help: Option<Msg>,
}

impl UsageError {
    pub fn new(message: impl Into<Msg>, help: Option<Msg>) -> UsageError {
        UsageError {
            message: message.into(),
            help,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A place in a file: 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    pub fn new(line: usize, column: usize) -> Self {
        Pos { line, column }
    }

    /// The position of byte `offset` in `text`, counting from `first_line`: the plain way,
    /// which the tests hold [`Lines`] to.
    #[cfg(test)]
    pub fn at_offset(text: &str, offset: usize, first_line: usize) -> Pos {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = first_line + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Pos { line, column }
    }
}

/// Positions of many offsets in one text, in linear time: the line starts are found once,
/// and a column counts on from the previous offset when it is on the same line, further on.
pub struct Lines<'a> {
    text: &'a str,
    first_line: usize,
    starts: Vec<usize>,
    /// The last offset asked for, with its position.
    last: Option<(usize, Pos)>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str, first_line: usize) -> Lines<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines {
            text,
            first_line,
            starts,
            last: None,
        }
    }

    /// The position of byte `offset`, as [`Pos::at_offset`] gives it.
    pub fn pos(&mut self, offset: usize) -> Pos {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let index = self.starts.partition_point(|&s| s <= offset) - 1;
        let line_start = self.starts[index];
        let line = self.first_line + index;
        let (from, column) = match self.last {
            Some((at, p)) if p.line == line && at <= offset => (at, p.column),
            _ => (line_start, 1),
        };
        let pos = Pos {
            line,
            column: column + self.text[from..offset].chars().count(),
        };
        self.last = Some((offset, pos));
        pos
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One mistake in the user's site, ready to be shown to a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, relative to the site root. Empty for mistakes on the command line.
    pub file: PathBuf,
    pub pos: Option<Pos>,
    /// How many characters to underline at `pos` (at least 1).
    pub len: usize,
    /// What is wrong, in one sentence (in words only when shown: see [`Msg`]).
    pub message: Msg,
    /// What to do about it.
    pub help: Option<Msg>,
    /// Other files involved in the same mistake (a duplicate slug names every file).
    pub related: Vec<PathBuf>,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, message: impl Into<Msg>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            pos: None,
            len: 1,
            message: message.into(),
            help: None,
            related: Vec::new(),
        }
    }

    pub fn warning(file: impl Into<PathBuf>, message: impl Into<Msg>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    pub fn at(mut self, pos: Pos) -> Self {
        self.pos = Some(pos);
        self
    }

    pub fn at_opt(mut self, pos: Option<Pos>) -> Self {
        self.pos = pos;
        self
    }

    pub fn span_len(mut self, len: usize) -> Self {
        self.len = len.max(1);
        self
    }

    pub fn help(mut self, help: impl Into<Msg>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn help_opt<M: Into<Msg>>(mut self, help: Option<M>) -> Self {
        self.help = help.map(Into::into);
        self
    }

    pub fn related(mut self, files: impl IntoIterator<Item = PathBuf>) -> Self {
        self.related.extend(files);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column`, the form editors and terminals turn into links.
    pub fn location(&self) -> String {
        let file = self.file.display().to_string().replace('\\', "/");
        match self.pos {
            Some(p) => format!("{file}:{}:{}", p.line, p.column),
            None => file,
        }
    }
}

/// A bag of diagnostics that stages fill and commands render.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(ds);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Sorted by file, then position, then message: the same site gives the same report.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&a.file, a.pos, a.severity, &a.message).cmp(&(&b.file, b.pos, b.severity, &b.message))
        });
        self.items.dedup();
        self.items
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// Renders diagnostics the way compilers do: a header, the location, the source line with
/// the spot underlined, and the help.
pub struct Renderer<'a> {
    pub root: &'a Path,
    pub color: bool,
    /// The language the words are shown in.
    pub locale: Locale,
}

impl Renderer<'_> {
    pub fn render(&self, d: &Diagnostic) -> String {
        self.render_with(d, &mut Sources::default())
    }

    fn render_with(&self, d: &Diagnostic, sources: &mut Sources) -> String {
        let (label, code) = match d.severity {
            Severity::Error => (text(self.locale, "label-error"), "\x1b[1;31m"),
            Severity::Warning => (text(self.locale, "label-warning"), "\x1b[1;33m"),
        };
        let paint = |code: &str, text: &str| {
            if self.color {
                format!("{code}{text}\x1b[0m")
            } else {
                text.to_string()
            }
        };
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}{} {}",
            paint(code, &label),
            paint("\x1b[1m", ":"),
            paint("\x1b[1m", &d.message.render(self.locale))
        );
        if !d.file.as_os_str().is_empty() {
            let _ = writeln!(out, "  {} {}", paint("\x1b[1;34m", "-->"), d.location());
        }
        if let Some(pos) = d.pos
            && let Some(line) = sources.line(self.root, &d.file, pos.line)
        {
            let num = pos.line.to_string();
            let pad = " ".repeat(num.len());
            let bar = paint("\x1b[1;34m", "|");
            let (shown, column) = window(line.trim_end(), pos.column);
            let _ = writeln!(out, "  {pad} {bar}");
            let _ = writeln!(out, "  {} {bar} {shown}", paint("\x1b[1;34m", &num));
            let caret_pad = " ".repeat(column.saturating_sub(1));
            let width = d.len.clamp(
                1,
                shown
                    .chars()
                    .count()
                    .saturating_sub(column.saturating_sub(1))
                    .max(1),
            );
            let _ = writeln!(
                out,
                "  {pad} {bar} {caret_pad}{}",
                paint(code, &"^".repeat(width))
            );
        }
        for other in &d.related {
            let _ = writeln!(
                out,
                "  {} {} {}",
                paint("\x1b[1;34m", "="),
                text(self.locale, "label-also"),
                other.display().to_string().replace('\\', "/")
            );
        }
        if let Some(help) = &d.help {
            let label = format!("= {}:", text(self.locale, "label-help"));
            let _ = writeln!(
                out,
                "  {} {}",
                paint("\x1b[1;36m", &label),
                help.render(self.locale)
            );
        }
        out
    }

    /// Every diagnostic, then a one-line summary.
    pub fn render_all(&self, ds: &[Diagnostic]) -> String {
        let mut out = String::new();
        let mut sources = Sources::default();
        for d in ds {
            out.push_str(&self.render_with(d, &mut sources));
            out.push('\n');
        }
        let errors = ds.iter().filter(|d| d.is_error()).count();
        let warnings = ds.len() - errors;
        if !ds.is_empty() {
            let _ = writeln!(
                out,
                "{}",
                t!("summary-counts", errors = errors, warnings = warnings).render(self.locale)
            );
        }
        out
    }
}

/// The files diagnostics point into, each read once however many mistakes it has.
#[derive(Default)]
struct Sources {
    /// The text of a file and where its lines start; `None` when it cannot be read.
    files: HashMap<PathBuf, Option<(String, Vec<usize>)>>,
}

impl Sources {
    fn line(&mut self, root: &Path, file: &Path, line: usize) -> Option<&str> {
        if file.as_os_str().is_empty() || line == 0 {
            return None;
        }
        let (text, starts) = self
            .files
            .entry(file.to_path_buf())
            .or_insert_with(|| {
                let text = std::fs::read_to_string(root.join(file)).ok()?;
                let starts = std::iter::once(0)
                    .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                    .collect();
                Some((text, starts))
            })
            .as_ref()?;
        let start = *starts.get(line - 1)?;
        let end = starts.get(line).map_or(text.len(), |&e| e - 1);
        text.get(start..end).map(|l| l.trim_end_matches('\r'))
    }
}

/// Characters of a source line shown on each side of the mistake when the line is long.
const WINDOW: usize = 60;

/// The part of a source line to show, tabs as spaces, and the column of the mistake in it:
/// a long line (a whole paragraph, or megabytes of one line) shows a window around the
/// column, marked with "…" where it is cut.
fn window(line: &str, column: usize) -> (String, usize) {
    let chars = line.chars().count();
    if chars <= 2 * WINDOW + 20 {
        return (line.replace('\t', " "), column);
    }
    let at = column.saturating_sub(1).min(chars);
    let from = at.saturating_sub(WINDOW);
    let to = (at + WINDOW).min(chars);
    let mut shown = String::new();
    if from > 0 {
        shown.push('…');
    }
    shown.extend(
        line.chars()
            .skip(from)
            .take(to - from)
            .map(|c| if c == '\t' { ' ' } else { c }),
    );
    if to < chars {
        shown.push('…');
    }
    (shown, at - from + 1 + usize::from(from > 0))
}

/// The closest of `candidates` to `word`, when it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| {
            (
                strsim::damerau_levenshtein(&word_lower, &c.to_lowercase()),
                c,
            )
        })
        .filter(|(distance, c)| {
            *distance <= (c.chars().count().max(word.chars().count()) / 3).max(1)
        })
        .min()
        .map(|(_, c)| c)
}

/// "did you mean `x`?" in the reader's language, or nothing.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<Msg> {
    did_you_mean(word, candidates).map(|c| t!("did-you-mean", word = c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_give_the_positions_at_offset_gives() {
        let text = "a: [x](y)\näö [z](w) [v](u)\n\n[t](s)";
        let mut lines = Lines::new(text, 3);
        let offsets = [0, 3, 10, 15, 22, 29, 30, text.len(), 6, 200];
        for &o in &offsets {
            assert_eq!(lines.pos(o), Pos::at_offset(text, o, 3), "offset {o}");
        }
    }

    #[test]
    fn position_of_offset_counts_lines_and_characters() {
        let text = "a: 1\näö: x\n";
        assert_eq!(Pos::at_offset(text, 0, 1), Pos::new(1, 1));
        // byte 5 starts line 2; "äö" is 4 bytes but 2 characters
        assert_eq!(Pos::at_offset(text, 9, 1), Pos::new(2, 3));
        assert_eq!(Pos::at_offset(text, 5, 10), Pos::new(11, 1));
        // an offset inside a multi-byte character does not panic
        assert_eq!(Pos::at_offset(text, 6, 1), Pos::new(2, 1));
    }

    #[test]
    fn suggestions_find_typos_but_not_unrelated_words() {
        let keys = ["title", "deadline", "sector", "company"];
        assert_eq!(did_you_mean("dedline", keys), Some("deadline"));
        assert_eq!(did_you_mean("Sectr", keys), Some("sector"));
        assert_eq!(did_you_mean("banana", keys), None);
    }

    #[test]
    fn renders_location_snippet_and_help() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.md"), "---\ndedline: 2026-12-05\n---\n").unwrap();
        let d = Diagnostic::error("a.md", t!("yaml-unknown-key", key = "dedline"))
            .at(Pos::new(2, 1))
            .span_len(7)
            .help(t!("did-you-mean", word = "deadline"));
        let text = Renderer {
            root: dir.path(),
            color: false,
            locale: Locale::En,
        }
        .render(&d);
        assert_eq!(
            text,
            "error: unknown key `dedline`\n  --> a.md:2:1\n    |\n  2 | dedline: 2026-12-05\n    | ^^^^^^^\n  = help: did you mean `deadline`?\n"
        );
    }

    #[test]
    fn a_long_line_shows_a_window_around_the_mistake() {
        let dir = tempfile::tempdir().unwrap();
        let line = format!(
            "{}[rikki](@/ei){}",
            "sana ".repeat(100_000),
            " loppu".repeat(1000)
        );
        std::fs::write(dir.path().join("a.md"), format!("---\n---\n{line}\n")).unwrap();
        let d = Diagnostic::error("a.md", t!("link-to-missing-page", target = "@/ei"))
            .at(Pos::new(3, 500_001))
            .span_len(13);
        let text = Renderer {
            root: dir.path(),
            color: false,
            locale: Locale::En,
        }
        .render_all(&[d.clone(), d]);
        assert!(text.len() < 1_000, "{} bytes", text.len());
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[3].starts_with("  3 | …sana ") && lines[3].ends_with("…"));
        // the caret is under the `[`
        let bracket = lines[3].chars().position(|c| c == '[').unwrap();
        assert_eq!(lines[4].chars().position(|c| c == '^'), Some(bracket));
        assert_eq!(lines[4].matches('^').count(), 13);
    }

    #[test]
    fn a_short_line_is_shown_whole() {
        assert_eq!(window("a\tb [x](y)", 5), ("a b [x](y)".to_string(), 5));
    }
}
