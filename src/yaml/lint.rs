//! YAML mistakes people make, found in the text before the parser sees it, so each gets a
//! message in plain words at its own line instead of the parser's (`found character that
//! cannot start any token`), and every one in the file is reported at once.

use crate::messages::Msg;
use crate::t;

/// One mistake: 0-based line, 1-based column (characters), underline length, what and help.
#[derive(Debug, Clone, PartialEq)]
pub struct Lint {
    pub line: usize,
    pub column: usize,
    pub len: usize,
    pub message: Msg,
    pub help: Msg,
    /// The parser cannot read the file at all because of it (so its own error adds nothing).
    pub breaks_parsing: bool,
    /// The key whose value is wrong, when the mistake is in one key's value.
    pub key: Option<String>,
}

/// Every mistake found in `text`.
pub fn lint(text: &str) -> Vec<Lint> {
    let mut out = Vec::new();
    // Lines inside a block scalar (`description: |`) are text, not YAML.
    let mut block_indent: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        let indent_len = line.len() - line.trim_start_matches([' ', '\t']).len();
        let content = &line[indent_len..];
        if let Some(parent) = block_indent {
            if content.is_empty() || indent_len > parent {
                continue;
            }
            block_indent = None;
        }
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        if let Some(tab) = line[..indent_len].find('\t') {
            out.push(Lint {
                line: n,
                column: line[..tab].chars().count() + 1,
                len: 1,
                message: t!("yaml-tab-indent"),
                help: t!("yaml-tab-indent-help"),
                breaks_parsing: true,
                key: None,
            });
            continue;
        }
        // `- key: value` is a key inside a list item.
        let item = content.strip_prefix("- ").unwrap_or(content);
        let item_col = indent_len + (content.len() - item.len());
        let Some((key, value, value_at)) = split_key(item) else {
            continue;
        };
        let value_col = item_col + value_at;
        let trimmed = value.trim_end();
        if trimmed.starts_with('|') || trimmed.starts_with('>') {
            block_indent = Some(indent_len);
            continue;
        }
        let column = |byte: usize| line[..byte].chars().count() + 1;
        if let Some(rest) = trimmed.strip_prefix('#')
            && rest.chars().next().is_some_and(|c| !c.is_whitespace())
        {
            let word = trimmed.split_whitespace().next().unwrap_or(trimmed);
            out.push(Lint {
                line: n,
                column: column(value_col),
                len: word.chars().count(),
                message: t!("yaml-hash-comment", key = key, value = word),
                help: t!("yaml-hash-comment-help", key = key, value = word),
                breaks_parsing: false,
                key: Some(key.to_string()),
            });
            continue;
        }
        if trimmed.starts_with('{') {
            decimal_commas_in_flow(trimmed, |at, number| {
                let mut l = decimal_comma(n, column(value_col + at), number);
                l.key = Some(key.to_string());
                out.push(l);
            });
            continue;
        }
        if starts_quoted_or_special(trimmed) {
            continue;
        }
        let plain = strip_comment(trimmed);
        if let Some(at) = colon_in_value(plain) {
            let quoted = if plain.contains('"') {
                format!("'{plain}'")
            } else {
                format!("\"{plain}\"")
            };
            out.push(Lint {
                line: n,
                column: column(value_col + at),
                len: 1,
                message: t!("yaml-colon-in-value", key = key),
                help: t!("yaml-colon-in-value-help", key = key, quoted = quoted),
                breaks_parsing: true,
                key: Some(key.to_string()),
            });
        }
    }
    out
}

/// A decimal comma written where a number belongs (`min: 19,5`).
pub fn decimal_comma(line: usize, column: usize, number: &str) -> Lint {
    let fixed = number.replace(',', ".");
    Lint {
        line,
        column,
        len: number.chars().count(),
        message: t!("yaml-decimal-comma", value = number),
        help: t!("yaml-decimal-comma-help", fixed = fixed),
        breaks_parsing: false,
        key: None,
    }
}

/// Whether `value` is a number written with a decimal comma: `19,5`, `-0,25`.
pub fn is_decimal_comma(value: &str) -> bool {
    let v = value.strip_prefix('-').unwrap_or(value);
    match v.split_once(',') {
        Some((a, b)) => {
            !a.is_empty()
                && !b.is_empty()
                && a.chars().all(|c| c.is_ascii_digit())
                && b.chars().all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

/// `key: value` → (key, value, byte offset of the value); `None` when the line is not a plain
/// key with a value on the same line.
fn split_key(item: &str) -> Option<(&str, &str, usize)> {
    if starts_quoted_or_special(item) {
        return None;
    }
    let i = item.find(": ")?;
    let key = &item[..i];
    if key.is_empty() || key.contains(['#', '{', '[', '"', '\'']) {
        return None;
    }
    let value_start = i + 2 + (item[i + 2..].len() - item[i + 2..].trim_start().len());
    let value = &item[value_start..];
    (!value.is_empty()).then_some((key, value, value_start))
}

fn starts_quoted_or_special(value: &str) -> bool {
    value.starts_with(['"', '\'', '[', '{', '&', '*', '!', '|', '>', '%', '@', '`'])
}

/// The text before a ` #` comment.
fn strip_comment(value: &str) -> &str {
    match value.find(" #") {
        Some(i) => value[..i].trim_end(),
        None => value,
    }
}

/// The byte offset of a `: ` (or a final `:`) inside a plain value.
fn colon_in_value(value: &str) -> Option<usize> {
    value
        .find(": ")
        .or_else(|| value.ends_with(':').then(|| value.len() - 1))
}

/// Calls `found(offset, number)` for each `key: 19,5` inside a flow mapping.
fn decimal_commas_in_flow(value: &str, mut found: impl FnMut(usize, &str)) {
    let mut from = 0;
    while let Some(i) = value[from..].find(": ") {
        let start = from + i + 2;
        let rest = &value[start..];
        let end = rest
            .char_indices()
            .find(|&(j, c)| {
                !(c.is_ascii_digit() || c == '-' || (c == ',' && is_digit_at(rest, j + 1)))
            })
            .map_or(rest.len(), |(j, _)| j);
        let candidate = &rest[..end];
        if is_decimal_comma(candidate) {
            found(start, candidate);
        }
        from = start;
    }
}

fn is_digit_at(s: &str, i: usize) -> bool {
    s.as_bytes().get(i).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<(usize, usize, &'static str)> {
        lint(text)
            .into_iter()
            .map(|l| (l.line, l.column, l.message.id().unwrap_or("")))
            .collect()
    }

    #[test]
    fn finds_tabs_in_indentation_but_not_in_text() {
        assert_eq!(
            ids("salary:\n\tmin: 10\n  max: 12\t# tab in a comment\n"),
            vec![(1, 1, "yaml-tab-indent")]
        );
    }

    #[test]
    fn finds_unquoted_colons_in_values() {
        assert_eq!(
            ids(
                "title: CNC-koneistaja: iltavuoro\nurl: https://example.fi\nstart: 2026-12-10T17:00\nok: \"a: b\"\n"
            ),
            vec![(0, 22, "yaml-colon-in-value")]
        );
        let l = &lint("title: Hitsaaja: ilta\n")[0];
        assert_eq!(
            l.help,
            "put the whole value in quotes: `title: \"Hitsaaja: ilta\"`"
        );
    }

    #[test]
    fn finds_unquoted_hex_colours() {
        assert_eq!(
            ids("brand_color: #00594f\nname: Raahe # a real comment\n"),
            vec![(0, 14, "yaml-hash-comment")]
        );
    }

    #[test]
    fn finds_decimal_commas_in_flow_mappings() {
        assert_eq!(
            ids("salary: { min: 19,5, max: 25, unit: hour }\nwidths: [480,960]\n"),
            vec![(0, 16, "yaml-decimal-comma")]
        );
        assert!(is_decimal_comma("19,5") && is_decimal_comma("-0,25"));
        assert!(
            !is_decimal_comma("19") && !is_decimal_comma("1,5 vuotta") && !is_decimal_comma(",")
        );
    }

    #[test]
    fn block_scalars_are_text() {
        assert_eq!(
            ids("description: |\n  Huom: tämä on tekstiä\n\tja tabi\ntitle: x\n"),
            vec![]
        );
    }
}
