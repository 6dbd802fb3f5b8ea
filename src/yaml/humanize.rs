//! serde_yaml's wording turned into words for people: what is wrong with a value, in the
//! reader's language, with what to do.

use super::lint;
use crate::diagnostics::suggest;
use crate::messages::Msg;
use crate::t;

/// serde's message without the positions it writes into it (`… at line 3 column 7`): those
/// count lines from the start of the front matter, not of the file, so they would disagree
/// with the position the diagnostic shows.
pub(super) fn strip_location(message: &str) -> std::borrow::Cow<'_, str> {
    if !message.contains(" at line ") {
        return std::borrow::Cow::Borrowed(message);
    }
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let digits = |t: &str| t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let n = digits(after);
        let tail = &after[n..];
        match tail.strip_prefix(" column ") {
            Some(col) if n > 0 => rest = &col[digits(col)..],
            _ if n > 0 => rest = tail,
            _ => {
                out.push_str(" at line ");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// The position libyaml names after "while scanning …" or "while parsing …" (where the
/// construct that was never finished starts): 1-based line and column.
pub(super) fn context_mark(message: &str) -> Option<(usize, usize)> {
    let (_, context) = message.split_once(", while ")?;
    let at = context.rfind(" at line ")?;
    let (line, col) = context[at + " at line ".len()..].split_once(" column ")?;
    let col: String = col.chars().take_while(char::is_ascii_digit).collect();
    Some((line.parse().ok()?, col.parse().ok()?))
}

/// Rewrites serde's wording into words for people, with a suggestion where one helps; also
/// returns the dotted path of the value it is about, when serde names one.
pub(super) fn humanize(message: &str) -> (Option<String>, Msg, Option<Msg>) {
    let path = match message.split_once(": ") {
        Some((p, _)) if !p.contains(' ') && !p.is_empty() => Some(p.to_string()),
        _ => None,
    };
    let (message, help) = humanize_text(message);
    (path, message, help)
}

pub(super) fn humanize_text(message: &str) -> (Msg, Option<Msg>) {
    // serde_yaml prefixes the path of the failing value: "salary.unit: unknown variant ..."
    let (path, rest) = match message.split_once(": ") {
        Some((p, r)) if !p.contains(' ') && !p.is_empty() => (Some(p), r),
        _ => (None, message),
    };
    let key = path.unwrap_or("");
    let leaf = key.rsplit('.').next().unwrap_or(key);
    if let Some(variant) = between(rest, "unknown variant `", "`") {
        let expected = expected_list(rest);
        let help = suggest(variant, expected.iter().map(String::as_str))
            .unwrap_or_else(|| t!("yaml-use-one-of", values = expected.join(", ")));
        let message = match path {
            Some(_) => t!("yaml-bad-value", value = variant, key = key),
            None => t!("yaml-bad-value-top", value = variant),
        };
        return (message, Some(help));
    }
    if let Some(field) = between(rest, "unknown field `", "`") {
        let expected = expected_list(rest);
        let help = suggest(field, expected.iter().map(String::as_str))
            .unwrap_or_else(|| t!("yaml-allowed-keys", keys = expected.join(", ")));
        let message = match path {
            Some(_) => t!("yaml-unknown-key-in", key = field, path = key),
            None => t!("yaml-unknown-key", key = field),
        };
        return (message, Some(help));
    }
    if let Some(field) = between(rest, "missing field `", "`") {
        let message = match path {
            Some(_) => t!("yaml-missing-in", key = field, path = key),
            None => t!("yaml-missing", key = field),
        };
        return (message, Some(t!("yaml-missing-help", key = field)));
    }
    if let Some(kind) = rest.strip_prefix("invalid type: ") {
        if path.is_none() {
            return (
                t!("yaml-not-a-mapping"),
                Some(t!("yaml-not-a-mapping-help")),
            );
        }
        if let Some(number) = between(kind, "string \"", "\"")
            && lint::is_decimal_comma(number)
        {
            return (
                t!("yaml-decimal-comma", value = number),
                Some(t!(
                    "yaml-decimal-comma-help",
                    fixed = format!("{leaf}: {}", number.replace(',', "."))
                )),
            );
        }
        let expects_list = kind.contains("expected a sequence");
        if kind.starts_with("sequence") && !expects_list {
            return (
                t!("yaml-list-not-allowed", key = key),
                Some(t!("yaml-list-not-allowed-help", key = leaf)),
            );
        }
        if expects_list {
            return (
                t!("yaml-list-expected", key = key),
                Some(t!("yaml-list-expected-help", key = leaf)),
            );
        }
        if kind.starts_with("map") {
            return (
                t!("yaml-map-not-allowed", key = key),
                Some(t!("yaml-map-not-allowed-help", key = leaf)),
            );
        }
        let expected = kind.split("expected ").nth(1).unwrap_or("");
        let kind = if expected.starts_with(['u', 'i']) && !expected.starts_with("internally") {
            "integer"
        } else if expected.starts_with('f') {
            "number"
        } else if expected.contains("boolean") {
            "bool"
        } else if expected.contains("string") {
            "text"
        } else {
            "other"
        };
        return (t!("yaml-wrong-kind", key = key, kind = kind), None);
    }
    if let Some(value) = between(rest, "`", "` is not a valid date or time") {
        let message = match path {
            Some(_) => t!("yaml-bad-datetime", value = value, key = key),
            None => t!("yaml-bad-datetime-top", value = value),
        };
        return (message, Some(t!("yaml-bad-datetime-help")));
    }
    if let Some(value) = between(rest, "`", "` is not a valid date") {
        let message = match path {
            Some(_) => t!("yaml-bad-date", value = value, key = key),
            None => t!("yaml-bad-date-top", value = value),
        };
        return (message, Some(t!("yaml-bad-date-help")));
    }
    if rest.contains("did not match any variant of untagged enum Localized") {
        return (
            t!("yaml-localized", key = key),
            Some(t!("yaml-localized-help", key = leaf)),
        );
    }
    let message = match path {
        Some(p) => t!("yaml-other-in", detail = rest, key = p),
        None => t!("yaml-other", detail = rest),
    };
    (message, Some(t!("yaml-other-help")))
}

pub(super) fn between<'m>(text: &'m str, start: &str, end: &str) -> Option<&'m str> {
    let from = text.find(start)? + start.len();
    let len = text[from..].find(end)?;
    Some(&text[from..from + len])
}

pub(super) fn expected_list(message: &str) -> Vec<String> {
    let Some(i) = message.find("expected ") else {
        return Vec::new();
    };
    message[i..]
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_position_is_taken_out_of_the_message() {
        assert_eq!(
            strip_location(
                "did not find expected key at line 4 column 1, while parsing a block mapping at line 1 column 1"
            ),
            "did not find expected key, while parsing a block mapping"
        );
        assert_eq!(
            strip_location("duplicate field `title` at line 2 column 1"),
            "duplicate field `title`"
        );
        assert_eq!(strip_location("no position"), "no position");
        assert_eq!(
            context_mark(
                "found unexpected end of stream at line 3 column 1, while scanning a quoted scalar at line 1 column 8"
            ),
            Some((1, 8))
        );
        assert_eq!(
            context_mark("duplicate field `title` at line 2 column 1"),
            None
        );
    }
}
