//! Scalars as the editor wrote them, and where a key is written twice: the parts of reading
//! YAML that need the text itself, not only what serde_yaml makes of it.

use super::humanize::between;
use super::{backend, find_key_in_line, locate_key};
use crate::diagnostics::{Diagnostic, Pos};
use crate::t;
use serde::de::DeserializeOwned;

/// What a text's visitor answers when YAML hands it a number or a boolean (`title: 1.10`):
/// "give me the scalar as written". [`read`] then quotes that scalar and reads the text again,
/// so the title is `1.10`, not `1.1` (and `0x1F` is not 31).
pub const AS_WRITTEN: &str = "aikosite: text as written";

/// How many scalars of one text [`read`] quotes (each costs one more reading of the text);
/// beyond that the author is asked to write the quotes.
const AS_WRITTEN_MAX: usize = 32;

/// Deserializes `text`, keeping numbers and booleans written where text belongs as written.
pub(super) fn read<T: DeserializeOwned>(text: &str) -> Result<T, backend::Error> {
    let text = if text.trim().is_empty() { "{}" } else { text };
    let mut quoted = std::borrow::Cow::Borrowed(text);
    for _ in 0..AS_WRITTEN_MAX {
        match backend::from_str::<T>(&quoted) {
            Err(e) if e.to_string().contains(AS_WRITTEN) => {
                match e
                    .location()
                    .and_then(|l| quote_scalar(&quoted, l.line(), l.column()))
                {
                    Some(q) => quoted = std::borrow::Cow::Owned(q),
                    None => return Err(e),
                }
            }
            other => return other,
        }
    }
    backend::from_str::<T>(&quoted)
}

/// The plain scalar that starts at `line`:`column` (1-based, in characters), and where it ends.
pub(super) fn scalar_at(text: &str, line: usize, column: usize) -> Option<(usize, usize)> {
    let start_of_line = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum::<usize>();
    let rest = text.get(start_of_line..)?;
    let (offset, _) = rest.char_indices().nth(column.checked_sub(1)?)?;
    let start = start_of_line + offset;
    let len = text[start..]
        .find(['\n', '\r', ',', ']', '}', '#'])
        .unwrap_or(text.len() - start);
    let token = text[start..start + len].trim_end();
    (!token.is_empty() && !token.contains(['\'', '"', ' '])).then_some((start, start + token.len()))
}

/// `text` with the plain scalar at `line`:`column` written in single quotes.
fn quote_scalar(text: &str, line: usize, column: usize) -> Option<String> {
    let (start, end) = scalar_at(text, line, column)?;
    Some(format!(
        "{}'{}'{}",
        &text[..start],
        &text[start..end],
        &text[end..]
    ))
}

impl super::Source<'_> {
    /// The mistakes whose place serde_yaml does not say right, found in the text itself: a
    /// quote never closed, a key written twice, a number where text belongs; and syntax errors.
    pub(super) fn explain_at_the_text(
        &self,
        err: &backend::Error,
        raw: &str,
        message: &str,
        serde_pos: Option<Pos>,
    ) -> Option<Diagnostic> {
        if super::is_syntax_error(err) {
            // A quote never closed: libyaml stops at the end of the text; the mistake is where
            // the quoted value starts.
            if raw.contains("while scanning a quoted scalar")
                && let Some((line, column)) = super::humanize::context_mark(raw)
            {
                return Some(
                    Diagnostic::error(self.file, t!("values-yaml-unclosed-quote"))
                        .at(Pos::new(self.first_line + line - 1, column))
                        .help(t!("values-yaml-unclosed-quote-help")),
                );
            }
            return Some(
                Diagnostic::error(self.file, t!("yaml-syntax"))
                    .at_opt(serde_pos)
                    .help(t!("yaml-syntax-help")),
            );
        }
        if let Some(key) = between(message, "duplicate field `", "`") {
            let path: Vec<&str> = match message.split_once(": ") {
                Some((p, _)) if !p.contains(' ') => p.split('.').collect(),
                _ => Vec::new(),
            };
            if let Some(((first, _), (line, col, len))) = duplicate_key(self.text, &path, key) {
                return Some(
                    Diagnostic::error(
                        self.file,
                        t!(
                            "values-duplicate-key",
                            key = key,
                            first = self.first_line + first
                        ),
                    )
                    .at(Pos::new(self.first_line + line, col))
                    .span_len(len)
                    .help(t!("values-duplicate-key-help", key = key)),
                );
            }
        }
        if raw.contains(AS_WRITTEN) {
            let value = err
                .location()
                .and_then(|l| {
                    let (a, b) = scalar_at(self.text, l.line(), l.column())?;
                    Some(self.text[a..b].to_string())
                })
                .unwrap_or_default();
            return Some(
                Diagnostic::error(self.file, t!("values-quote-text", value = &value))
                    .at_opt(serde_pos)
                    .help(t!("values-quote-text-help", value = value)),
            );
        }
        None
    }
}

/// Where `key` is written twice in the mapping at `path`: the first ((0-based line, 1-based
/// column)) and the second (line, column, length).
#[allow(clippy::type_complexity)]
pub(super) fn duplicate_key(
    text: &str,
    path: &[&str],
    key: &str,
) -> Option<((usize, usize), (usize, usize, usize))> {
    let mut full = path.to_vec();
    full.push(key);
    let (line, col, len) = locate_key(text, &full)?;
    let lines: Vec<&str> = text.lines().collect();
    let first_line = lines[line];
    let byte_col = first_line
        .char_indices()
        .nth(col - 1)
        .map_or(first_line.len(), |(i, _)| i);
    let after = byte_col + key.len();
    // A flow mapping: `salary: { min: 1, min: 2 }`.
    if let Some(i) = find_key_in_line(&first_line[after..], key, false) {
        let c = first_line[..after + i].chars().count() + 1;
        return Some(((line, col), (line, c, len)));
    }
    let indent = first_line.len() - first_line.trim_start_matches([' ', '-']).len();
    for (n, l) in lines.iter().enumerate().skip(line + 1) {
        let trimmed = l.trim_start_matches(' ');
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let own = l.len() - trimmed.len();
        if own < indent {
            break;
        }
        if own == indent
            && let Some(rest) = trimmed
                .strip_prefix(key)
                .or_else(|| trimmed.strip_prefix('"').and_then(|t| t.strip_prefix(key)))
            && rest.trim_start_matches(['"', ' ']).starts_with(':')
        {
            let c = own + 1 + usize::from(trimmed.starts_with('"'));
            return Some(((line, col), (n, c, len)));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    // Titles read as written: `lang::tests` (the visitor that asks for it lives in `lang`).

    #[test]
    fn a_duplicate_is_found_after_the_first() {
        let text = "title: a\nsalary:\n  min: 1\n  min: 2\ntitle: b\nx: { k: 1, k: 2 }\n";
        assert_eq!(duplicate_key(text, &[], "title"), Some(((0, 1), (4, 1, 5))));
        assert_eq!(
            duplicate_key(text, &["salary"], "min"),
            Some(((2, 3), (3, 3, 3)))
        );
        assert_eq!(duplicate_key(text, &["x"], "k"), Some(((5, 6), (5, 12, 1))));
    }
}
