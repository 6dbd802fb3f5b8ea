//! The one door to YAML.
//!
//! serde_yaml is archived upstream but stable; every use of it goes through this module, so a
//! maintained fork with the same API replaces it by changing the `use` below. The module turns
//! YAML errors into [`Diagnostic`]s with file, line and column, reports every unknown key of a
//! mapping at once (serde stops at the first) with a "did you mean", and finds where a key sits
//! so later stages can point at the value they reject.

use serde::de::{self, DeserializeOwned, Visitor};
use serde_yaml as backend;

use crate::diagnostics::{Diagnostic, Pos, suggest};
use crate::messages::Msg;
use crate::t;
use std::path::Path;

mod humanize;
pub mod lint;
mod written;

pub use written::AS_WRITTEN;
use written::read;

use humanize::{between, humanize, strip_location};

/// A YAML text and where it sits in its file, so positions can be reported in file terms.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub file: &'a Path,
    pub text: &'a str,
    /// The file line that holds the text's first line (front matter starts after `---`).
    pub first_line: usize,
    /// Keys whose values were wrong and already reported (`*`: the whole text was unreadable):
    /// later stages do not report them again as missing.
    pub broken: &'a [String],
}

impl<'a> Source<'a> {
    pub fn new(file: &'a Path, text: &'a str, first_line: usize) -> Self {
        Source {
            file,
            text,
            first_line,
            broken: &[],
        }
    }

    /// The same source, knowing which keys were wrong (see [`Partial::broken`]).
    pub fn with_broken(self, broken: &'a [String]) -> Self {
        Source { broken, ..self }
    }

    /// Whether `key`'s value was wrong and is already reported, so its absence is no news.
    pub fn is_broken(&self, key: &str) -> bool {
        self.broken.iter().any(|k| k == key || k == "*")
    }

    /// Where the value of the key at `path` (e.g. `["salary", "unit"]`) starts, or the key
    /// itself when the value is on the next lines; `None` when the key is not written.
    pub fn locate(&self, path: &[&str]) -> Option<Spot> {
        locate(self.text, path).map(|(line, col, len)| Spot {
            pos: Pos::new(self.first_line + line, col),
            len,
        })
    }

    /// An error at the value of `path`, or at the start of the text when the key is absent.
    pub fn error_at(&self, path: &[&str], message: impl Into<Msg>) -> Diagnostic {
        let d = Diagnostic::error(self.file, message);
        match self.locate(path) {
            Some(spot) => d.at(spot.pos).span_len(spot.len),
            None => d.at(Pos::new(self.first_line, 1)),
        }
    }

    /// Deserializes the text into `T`, or every problem found in it: the mistakes people make
    /// in YAML (a tab, an unquoted `: ` or `#`, a decimal comma) in plain words, every unknown
    /// key, and every value of the wrong kind, all in one run.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, Vec<Diagnostic>> {
        self.parse_recovering().map_err(|p| p.errors)
    }

    /// Like [`Source::parse`], but when the text is readable YAML and only some keys are wrong,
    /// also the value without those keys (and their names), so later stages can check the
    /// rest of the file in the same run instead of after the author fixes these.
    pub fn parse_recovering<T: DeserializeOwned>(&self) -> Result<T, Partial<T>> {
        let lints = lint::lint(self.text);
        let mut errors: Vec<Diagnostic> = lints.iter().map(|l| self.lint_diagnostic(l)).collect();
        let mut broken: Vec<String> = lints.iter().filter_map(|l| l.key.clone()).collect();
        match read::<T>(self.text) {
            Ok(v) if errors.is_empty() => Ok(v),
            Ok(v) => Err(Partial {
                value: Some(v),
                errors,
                broken,
            }),
            // The parser stops at the first syntax error, which a lint has already explained.
            Err(err) if lints.iter().any(|l| l.breaks_parsing) && is_syntax_error(&err) => {
                Err(Partial {
                    value: None,
                    errors,
                    broken,
                })
            }
            Err(err) => {
                // A line a lint has explained gets no second, parser-worded error.
                let explained: Vec<usize> = errors
                    .iter()
                    .filter_map(|d| d.pos.map(|p| p.line))
                    .collect();
                let (more, value, keys) = self.explain_all::<T>(err);
                errors.extend(
                    more.into_iter()
                        .filter(|d| !d.pos.is_some_and(|p| explained.contains(&p.line))),
                );
                broken.extend(keys);
                Err(Partial {
                    value,
                    errors,
                    broken,
                })
            }
        }
    }

    fn lint_diagnostic(&self, l: &lint::Lint) -> Diagnostic {
        Diagnostic::error(self.file, l.message.clone())
            .at(Pos::new(self.first_line + l.line, l.column))
            .span_len(l.len)
            .help(l.help.clone())
    }

    /// Every problem serde finds: after each one the offending top-level key is blanked out
    /// (lines kept, so positions stay right) and the text is read again. Returns the problems,
    /// the value read without the offending keys (when the rest is right) and those keys.
    fn explain_all<T: DeserializeOwned>(
        &self,
        first: backend::Error,
    ) -> (Vec<Diagnostic>, Option<T>, Vec<String>) {
        let mut out = self.unknown_top_level_keys::<T>();
        let mut text = self.text.to_string();
        let mut blanked_keys = Vec::new();
        let known = field_names::<T>();
        if !known.is_empty() {
            for key in top_level_keys(self.text) {
                if !known.contains(&key.as_str()) {
                    text = blank_key(&text, &key);
                    // `titel:` meant `title:`, which is therefore not missing: it is misspelt.
                    if let Some(meant) =
                        crate::diagnostics::did_you_mean(&key, known.iter().copied())
                    {
                        blanked_keys.push(meant.to_string());
                    }
                }
            }
        }
        let reread = |text: &str| read::<T>(text);
        let mut err = if out.is_empty() {
            first
        } else {
            match reread(&text) {
                Ok(v) => return (out, Some(v), blanked_keys),
                Err(e) => e,
            }
        };
        for _ in 0..64 {
            out.push(self.explain(&err));
            let raw = err.to_string();
            let message = strip_location(&raw);
            let Some(key) = top_level_key_of(&message) else {
                break;
            };
            let blanked = blank_key(&text, key);
            if blanked == text {
                break;
            }
            blanked_keys.push(key.to_string());
            text = blanked;
            match reread(&text) {
                Ok(v) => return (out, Some(v), blanked_keys),
                Err(e) => err = e,
            }
        }
        (out, None, blanked_keys)
    }

    fn explain(&self, err: &backend::Error) -> Diagnostic {
        let raw = err.to_string();
        let message = strip_location(&raw);
        let message = message.as_ref();
        let serde_pos = err
            .location()
            .map(|l| Pos::new(self.first_line + l.line() - 1, l.column()));
        if let Some(d) = self.explain_at_the_text(err, &raw, message, serde_pos) {
            return d;
        }
        let (path, human, help) = humanize(message);
        // serde points at the start of the mapping for a value it rejects; the path it names
        // lets us point at the value itself.
        let spot = path
            .as_deref()
            .and_then(|p| self.locate(&p.split('.').collect::<Vec<_>>()))
            .or_else(|| between(message, "`", "`").and_then(|v| self.find_value(v)));
        let d = Diagnostic::error(self.file, human).help_opt(help);
        match spot {
            Some(s) => d.at(s.pos).span_len(s.len),
            None => d.at_opt(serde_pos),
        }
    }

    /// Every key of the top-level mapping that `T` does not know.
    fn unknown_top_level_keys<T: DeserializeOwned>(&self) -> Vec<Diagnostic> {
        let known = field_names::<T>();
        let Ok(backend::Value::Mapping(map)) = backend::from_str::<backend::Value>(self.text)
        else {
            return Vec::new();
        };
        let written = key_spots(self.text);
        map.keys()
            .filter_map(|k| k.as_str())
            .filter(|k| !known.contains(k))
            .map(|k| {
                let spot = written
                    .get(k)
                    .copied()
                    .or_else(|| locate_key(self.text, &[k]));
                let d = Diagnostic::error(self.file, t!("yaml-unknown-key", key = k));
                let d = match spot {
                    Some((line, col, len)) => {
                        d.at(Pos::new(self.first_line + line, col)).span_len(len)
                    }
                    None => d,
                };
                d.help(
                    suggest(k, known.iter().copied())
                        .unwrap_or_else(|| t!("yaml-allowed-keys", keys = known.join(", "))),
                )
            })
            .collect()
    }
}

/// Whether serde_yaml could not read the text as YAML at all (rather than reading a value it
/// does not accept).
fn is_syntax_error(err: &backend::Error) -> bool {
    let raw = err.to_string();
    [
        "cannot start any token",
        "mapping values are not allowed",
        "did not find expected",
        "could not find expected",
        "found unexpected",
        "found a tab",
        "while scanning",
        "while parsing",
        "found undefined",
        "found unknown escape",
        "control characters are not allowed",
    ]
    .iter()
    .any(|p| raw.contains(p))
}

/// The top-level keys written in a YAML text, in order.
pub fn top_level_keys(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.starts_with([' ', '\t', '#', '-']) && !l.trim().is_empty())
        .filter_map(|l| {
            l.split_once(':')
                .map(|(k, _)| k.trim_matches(['"', '\'']).to_string())
        })
        .collect()
}

/// The first segment of the path serde names: `salary.unit: …` → `salary`, `tags[0]: …` → `tags`.
fn top_level_key_of(message: &str) -> Option<&str> {
    let (path, _) = message.split_once(": ")?;
    if path.contains(' ') || path.is_empty() {
        return None;
    }
    path.split(['.', '[']).next().filter(|k| !k.is_empty())
}

/// The text with the block of top-level `key` (its line and the indented lines after it)
/// replaced by empty lines.
fn blank_key(text: &str, key: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_block = false;
    for line in text.split_inclusive('\n') {
        let top = !line.starts_with([' ', '\t']) && !line.trim().is_empty();
        if top {
            in_block = line
                .split_once(':')
                .is_some_and(|(k, _)| k.trim_matches(['"', '\'']) == key);
        }
        if in_block {
            if line.ends_with('\n') {
                out.push('\n');
            }
        } else {
            out.push_str(line);
        }
    }
    out
}

impl Source<'_> {
    /// The first place a scalar value is written as `key: value` or `- value`.
    fn find_value(&self, value: &str) -> Option<Spot> {
        for (n, line) in self.text.lines().enumerate() {
            for marker in [": ", "- ", "[", ", "] {
                let needle = format!("{marker}{value}");
                if let Some(i) = line.find(&needle) {
                    let col = line[..i + marker.len()].chars().count() + 1;
                    return Some(Spot {
                        pos: Pos::new(self.first_line + n, col),
                        len: value.chars().count(),
                    });
                }
            }
        }
        None
    }
}

/// What [`Source::parse_recovering`] found in a text with mistakes.
#[derive(Debug)]
pub struct Partial<T> {
    /// The value read without the keys that are wrong, when the rest of the text is readable.
    pub value: Option<T>,
    /// Every mistake, already reported in words.
    pub errors: Vec<Diagnostic>,
    /// The top-level keys left out of `value` because they are wrong: later stages must not
    /// report them again as missing.
    pub broken: Vec<String>,
}

/// Where a key's value is written: position and length to underline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spot {
    pub pos: Pos,
    pub len: usize,
}

/// Finds a key by its path in block or flow YAML; returns (0-based line, 1-based column of the
/// value or key, length of the value or key).
fn locate(text: &str, path: &[&str]) -> Option<(usize, usize, usize)> {
    let (line, col, len) = locate_key(text, path)?;
    let line_text = text.lines().nth(line)?;
    // Move to the value when it is written on the same line.
    let chars: Vec<char> = line_text.chars().collect();
    let mut i = col - 1 + len;
    while i < chars.len() && (chars[i] == '"' || chars[i] == '\'') {
        i += 1;
    }
    if chars.get(i) != Some(&':') {
        return Some((line, col, len));
    }
    i += 1;
    while i < chars.len() && chars[i] == ' ' {
        i += 1;
    }
    if i >= chars.len() || chars[i] == '#' {
        return Some((line, col, len));
    }
    let start = i;
    let mut end = start;
    let mut depth = 0i32;
    let quote = matches!(chars[start], '"' | '\'').then_some(chars[start]);
    while end < chars.len() {
        let c = chars[end];
        if let Some(q) = quote {
            if c == q && end > start {
                end += 1;
                break;
            }
        } else {
            match c {
                '{' | '[' => depth += 1,
                '}' | ']' if depth == 0 => break,
                '}' | ']' => depth -= 1,
                ',' if depth == 0 => break,
                '#' if end > start && chars[end - 1] == ' ' => break,
                _ => {}
            }
        }
        end += 1;
    }
    let value: String = chars[start..end].iter().collect();
    Some((line, start + 1, value.trim_end().chars().count().max(1)))
}

/// Every key written at the start of a line, as `key:` or `"key":`, where it is first written:
/// (0-based line, 1-based column, key length in characters). One pass, however many keys.
fn key_spots(text: &str) -> std::collections::HashMap<&str, (usize, usize, usize)> {
    let mut out = std::collections::HashMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with([' ', '\t', '-', '#']) {
            continue;
        }
        let Some(colon) = line.find(':') else {
            continue;
        };
        let written = line[..colon].trim_end();
        let quoted = written.len() >= 2
            && (written.starts_with('"') && written.ends_with('"')
                || written.starts_with('\'') && written.ends_with('\''));
        let (key, col) = if quoted {
            (&written[1..written.len() - 1], 2)
        } else {
            (written, 1)
        };
        if !key.is_empty() {
            out.entry(key).or_insert((n, col, key.chars().count()));
        }
    }
    out
}

/// Finds the key itself: (0-based line, 1-based column, key length in characters).
fn locate_key(text: &str, path: &[&str]) -> Option<(usize, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut scope_start = 0;
    let scope_end = lines.len();
    let mut parent_indent: Option<usize> = None;
    let mut found = None;
    for (depth, key) in path.iter().enumerate() {
        found = None;
        for (n, line) in lines.iter().enumerate().take(scope_end).skip(scope_start) {
            let indent = line.len() - line.trim_start_matches([' ', '-']).len();
            if let Some(p) = parent_indent
                && n > scope_start
                && indent <= p
                && !line.trim().is_empty()
                && !line.trim_start().starts_with('#')
            {
                break;
            }
            // A flow mapping on the parent's own line: `salary: { min: 1, unit: hour }`.
            let search_from = if depth > 0 && n == scope_start {
                line.find(':').map_or(0, |i| i + 1)
            } else {
                0
            };
            if let Some(col) =
                find_key_in_line(&line[search_from..], key, depth == 0 && search_from == 0)
            {
                let col = search_from + col;
                let char_col = line[..col].chars().count() + 1;
                found = Some((n, char_col, key.chars().count()));
                break;
            }
        }
        let (n, _, _) = found?;
        let line = lines[n];
        parent_indent = Some(line.len() - line.trim_start_matches([' ', '-']).len());
        scope_start = n;
    }
    found
}

/// Byte column of `key:` in `line`; at top level the key must start the line.
fn find_key_in_line(line: &str, key: &str, top_level: bool) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = line[from..].find(key) {
        let start = from + i;
        let before = line[..start].trim_end_matches(['"', '\'']);
        let after = line[start + key.len()..].trim_start_matches(['"', '\'']);
        let boundary_before = before
            .chars()
            .last()
            .is_none_or(|c| matches!(c, ' ' | '{' | ',' | '-'));
        let at_start = before.trim_start_matches([' ', '-']).is_empty();
        if boundary_before
            && after.trim_start().starts_with(':')
            && (!top_level || (at_start && before.is_empty()))
        {
            return Some(start);
        }
        from = start + key.len();
    }
    None
}

/// The field names a struct deserializes, read from its `Deserialize` impl, so the list of
/// allowed keys is never written twice.
pub fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    struct Catch(Option<&'static [&'static str]>);
    impl<'de> de::Deserializer<'de> for &mut Catch {
        type Error = de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            self.0 = Some(fields);
            Err(de::Error::custom("caught"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }
    let mut catch = Catch(None);
    let _ = T::deserialize(&mut catch);
    catch.0.unwrap_or(&[])
}

/// Deserializes a text that is not a user's file (tests); errors as plain text.
#[cfg(test)]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    read(text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Salary {
        min: Option<u32>,
        unit: Option<Unit>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Unit {
        Hour,
        Month,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Job {
        title: Option<String>,
        deadline: Option<String>,
        salary: Option<Salary>,
    }

    fn src(text: &str) -> Source<'_> {
        Source::new(Path::new("jobs/a.fi.md"), text, 2)
    }

    #[test]
    fn key_spots_are_found_where_locate_key_finds_them() {
        let text =
            "title: A\n\"quoted\": 1\nsalary:\n  min: 1\n# note: x\n- item: 2\ntitle: again\n";
        let keys = key_spots(text);
        for k in ["title", "quoted", "salary"] {
            assert_eq!(keys.get(k).copied(), locate_key(text, &[k]), "{k}");
        }
        assert!(!keys.contains_key("min") && !keys.contains_key("# note"));
        assert_eq!(keys.len(), 3);
    }

    #[test]
    fn field_names_come_from_the_struct() {
        assert_eq!(field_names::<Job>(), &["title", "deadline", "salary"]);
    }

    #[test]
    fn every_unknown_key_is_reported_with_a_suggestion() {
        let errs = src("title: x\ndedline: 2026-01-01\ncolour: red\n")
            .parse::<Job>()
            .unwrap_err();
        assert_eq!(errs.len(), 2);
        assert_eq!(errs[0].message, "unknown key `dedline`");
        assert_eq!(errs[0].pos, Some(Pos::new(3, 1)));
        assert_eq!(errs[0].help.as_deref(), Some("did you mean `deadline`?"));
        assert_eq!(errs[1].message, "unknown key `colour`");
        assert_eq!(
            errs[1].help.as_deref(),
            Some("the keys allowed here are: title, deadline, salary")
        );
    }

    #[test]
    fn nested_enum_errors_name_the_path_and_suggest() {
        let errs = src("salary:\n  min: 10\n  unit: hours\n")
            .parse::<Job>()
            .unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!(
            errs[0].message,
            "`hours` is not an allowed value in `salary.unit`"
        );
        assert_eq!(errs[0].help.as_deref(), Some("did you mean `hour`?"));
        assert_eq!(errs[0].pos.map(|p| p.line), Some(4));
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let errs = src("title: [unclosed\n").parse::<Job>().unwrap_err();
        assert_eq!(errs.len(), 1);
        assert!(errs[0].pos.is_some());
    }

    #[test]
    fn empty_text_is_an_empty_mapping() {
        assert_eq!(
            src("  \n").parse::<Job>().unwrap(),
            Job {
                title: None,
                deadline: None,
                salary: None
            }
        );
    }

    #[test]
    fn locates_values_in_block_and_flow_mappings() {
        let text = "title: Hitsaaja\nsalary: { min: 10, unit: hour }\ncompany: \"ruukki\"\nnested:\n  - a: 1\n    unit: x\n";
        let s = src(text);
        assert_eq!(
            s.locate(&["title"]),
            Some(Spot {
                pos: Pos::new(2, 8),
                len: 8
            })
        );
        assert_eq!(
            s.locate(&["salary", "unit"]),
            Some(Spot {
                pos: Pos::new(3, 26),
                len: 4
            })
        );
        assert_eq!(
            s.locate(&["company"]),
            Some(Spot {
                pos: Pos::new(4, 10),
                len: 8
            })
        );
        assert_eq!(
            s.locate(&["nested", "unit"]),
            Some(Spot {
                pos: Pos::new(7, 11),
                len: 1
            })
        );
        assert_eq!(s.locate(&["missing"]), None);
        // a key that only appears nested is not found at the top level
        assert_eq!(s.locate(&["unit"]), None);
    }
}
