//! What one content file may hold: its size, the length of a front-matter value, and no
//! character that XML and HTML forbid. Every limit is here, in one place, and in the README's
//! "Safety" section.

use crate::diagnostics::{Diagnostic, Pos};
use crate::t;
use std::path::Path;

/// The largest content file (Markdown or YAML), in bytes: 4 MiB. A job posting is a few
/// kilobytes and the longest real page some tens; the build's work is linear in a file's size,
/// so a bigger file would build, but such a file is a mistake (a pasted export, a binary saved
/// as `.md`) whose text would be copied into lists, feeds and the search index.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// The longest line of front matter (or of a `town.yaml` or company file), in characters:
/// 10,000. A title, a description or an address is one line well under this.
pub const MAX_VALUE_CHARS: usize = 10_000;

/// The largest front matter (or `town.yaml` or company file), in bytes: 64 KiB, so a value
/// written over many lines is limited too.
pub const MAX_MATTER_BYTES: usize = 64 * 1024;

/// The longest slug, in bytes: 255 is the most a file system takes for one folder name, and
/// a slug is the name of a folder in the output.
pub const MAX_SLUG_BYTES: usize = 255;

/// A slug too long to be a folder's name, reported at the `slug:` line when one is written
/// (`spot`), else at line 1 (the slug comes from the file's name).
pub fn slug_too_long(src: &crate::yaml::Source, written: bool, slug: &str) -> Option<Diagnostic> {
    (slug.len() > MAX_SLUG_BYTES).then(|| {
        let message = t!(
            "values-slug-too-long",
            length = slug.len(),
            limit = MAX_SLUG_BYTES
        );
        let d = if written {
            src.error_at(&["slug"], message)
        } else {
            Diagnostic::error(src.file, message).at(Pos::new(1, 1))
        };
        d.help(t!("values-slug-too-long-help"))
    })
}

/// How many forbidden characters one file reports; the rest are found when these are fixed.
const MAX_REPORTED: usize = 10;

/// A file over [`MAX_FILE_BYTES`], known from its size before it is read.
pub fn too_big(rel: &Path, bytes: u64) -> Option<Diagnostic> {
    (bytes > MAX_FILE_BYTES).then(|| {
        Diagnostic::error(
            rel,
            t!(
                "values-file-too-big",
                size = mib(bytes),
                limit = mib(MAX_FILE_BYTES)
            ),
        )
        .at(Pos::new(1, 1))
        .help(t!("values-file-too-big-help"))
    })
}

fn mib(bytes: u64) -> String {
    let tenths = bytes.saturating_mul(10) / (1024 * 1024);
    format!("{},{} MiB", tenths / 10, tenths % 10)
}

/// Every problem of a file's text: characters XML and HTML forbid anywhere, and front matter
/// (`matter`: its text and first line) over the limits.
pub fn check(rel: &Path, text: &str, matter: Option<(&str, usize)>) -> Vec<Diagnostic> {
    let mut out = forbidden_characters(rel, text);
    if let Some((matter, first_line)) = matter {
        out.extend(matter_limits(rel, matter, first_line));
    }
    out
}

/// U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FDD0–U+FDEF, U+FFFE, U+FFFF: not allowed
/// in XML (feeds, the sitemap) nor in HTML.
pub fn is_forbidden(c: char) -> bool {
    matches!(c as u32, 0x00..=0x08 | 0x0B | 0x0C | 0x0E..=0x1F | 0xFDD0..=0xFDEF | 0xFFFE | 0xFFFF)
}

fn forbidden_characters(rel: &Path, text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !text.contains(is_forbidden) {
        return out;
    }
    for (n, line) in text.split('\n').enumerate() {
        if !line.contains(is_forbidden) {
            continue;
        }
        for (col, c) in line.chars().enumerate().filter(|(_, c)| is_forbidden(*c)) {
            if out.len() == MAX_REPORTED {
                return out;
            }
            out.push(
                Diagnostic::error(
                    rel,
                    t!(
                        "values-forbidden-char",
                        code = format!("U+{:04X}", c as u32)
                    ),
                )
                .at(Pos::new(n + 1, col + 1))
                .span_len(1)
                .help(t!("values-forbidden-char-help")),
            );
        }
    }
    out
}

fn matter_limits(rel: &Path, matter: &str, first_line: usize) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if matter.len() > MAX_MATTER_BYTES {
        out.push(
            Diagnostic::error(
                rel,
                t!(
                    "values-matter-too-long",
                    limit = format!("{} KiB", MAX_MATTER_BYTES / 1024)
                ),
            )
            .at(Pos::new(first_line, 1))
            .help(t!("values-matter-too-long-help")),
        );
        return out;
    }
    for (n, line) in matter.lines().enumerate() {
        // Bytes first: most lines are short, and counting characters is for the long ones.
        if line.len() > MAX_VALUE_CHARS && line.chars().count() > MAX_VALUE_CHARS {
            out.push(
                Diagnostic::error(
                    rel,
                    t!(
                        "values-value-too-long",
                        length = line.chars().count(),
                        limit = MAX_VALUE_CHARS
                    ),
                )
                .at(Pos::new(first_line + n, 1))
                .help(t!("values-value-too-long-help")),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters_are_found_with_line_and_column() {
        let ds = check(
            Path::new("a.fi.md"),
            "ok\nab\u{b}c\u{fdd0}\n\tfine\r\n",
            None,
        );
        let spots: Vec<_> = ds.iter().map(|d| d.pos).collect();
        assert_eq!(spots, [Some(Pos::new(2, 3)), Some(Pos::new(2, 5))]);
        assert!(ds[0].message.contains("U+000B"), "{}", ds[0].message);
        assert!(check(Path::new("a"), "tab\tand\r\nnewline\u{fffd}", None).is_empty());
    }

    #[test]
    fn limits_are_reported_with_the_limit() {
        let long = format!("title: {}\n", "x".repeat(MAX_VALUE_CHARS));
        let ds = check(Path::new("a.fi.md"), "", Some((&long, 2)));
        assert_eq!(ds.len(), 1);
        assert_eq!(ds[0].pos, Some(Pos::new(2, 1)));
        assert!(ds[0].message.contains("10000"), "{}", ds[0].message);
        let d = too_big(Path::new("a.fi.md"), MAX_FILE_BYTES + 1).expect("too big");
        assert!(d.message.contains("4,0 MiB"), "{}", d.message);
        assert!(too_big(Path::new("a.fi.md"), MAX_FILE_BYTES).is_none());
    }
}
