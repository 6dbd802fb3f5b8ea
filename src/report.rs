//! Diagnostics for machines: `--format json` (one document for tools) and `--format github`
//! (GitHub Actions workflow commands, so each error is annotated at its line in the pull
//! request). The text format for people is [`crate::diagnostics::Renderer`].

use crate::diagnostics::{Diagnostic, Severity};
use crate::messages::{Locale, text};
use crate::t;
use std::fmt::Write as _;
use std::path::Path;

/// `{"errors": N, "warnings": N, "diagnostics": [...]}`, messages in `locale`.
pub fn json(ds: &[Diagnostic], locale: Locale) -> String {
    let items: Vec<serde_json::Value> = ds
        .iter()
        .map(|d| {
            serde_json::json!({
                "severity": match d.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                },
                "file": slash(&d.file),
                "line": d.pos.map(|p| p.line),
                "column": d.pos.map(|p| p.column),
                "end_column": d.pos.map(|p| p.column + d.len),
                "message": d.message.render(locale),
                "help": d.help.as_ref().map(|h| h.render(locale)),
                "id": d.message.id(),
                "related": d.related.iter().map(|r| slash(r)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let errors = ds.iter().filter(|d| d.is_error()).count();
    let doc = serde_json::json!({
        "errors": errors,
        "warnings": ds.len() - errors,
        "diagnostics": items,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// One `::error file=…,line=…,col=…::message` line per diagnostic. Paths are relative to the
/// folder aikosite runs in (the repository's root in CI), so `--root site` gives `site/…`.
pub fn github(root: &Path, ds: &[Diagnostic], locale: Locale) -> String {
    let mut out = String::new();
    for d in ds {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut props = Vec::new();
        if !d.file.as_os_str().is_empty() {
            props.push(format!("file={}", property(&slash(&root.join(&d.file)))));
        }
        if let Some(p) = d.pos {
            props.push(format!("line={}", p.line));
            props.push(format!("col={}", p.column));
            props.push(format!("endColumn={}", p.column + d.len));
        }
        props.push(format!("title={}", property(&text(locale, "github-title"))));
        let mut message = d.message.render(locale);
        for r in &d.related {
            let _ = write!(message, "\n{} {}", text(locale, "label-also"), slash(r));
        }
        if let Some(h) = &d.help {
            let _ = write!(
                message,
                "\n{}: {}",
                text(locale, "label-help"),
                h.render(locale)
            );
        }
        let _ = writeln!(out, "::{command} {}::{}", props.join(","), data(&message));
    }
    if !ds.is_empty() {
        let errors = ds.iter().filter(|d| d.is_error()).count();
        let summary = t!(
            "summary-counts",
            errors = errors,
            warnings = ds.len() - errors
        );
        let _ = writeln!(out, "{}", summary.render(locale));
    }
    out
}

/// A path with `/` and without a leading `./`.
fn slash(p: &Path) -> String {
    let s = p.display().to_string().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// Escapes a workflow command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Pos;

    fn sample() -> Vec<Diagnostic> {
        vec![
            Diagnostic::error("content/a.fi.md", t!("yaml-tab-indent"))
                .at(Pos::new(3, 1))
                .help(t!("yaml-tab-indent-help")),
            Diagnostic::warning(
                "content/b.sv.md",
                crate::messages::Msg::plain("plain, with: colon % and\nnewline"),
            ),
        ]
    }

    #[test]
    fn github_annotations_escape_and_point_at_the_line() {
        let out = github(Path::new("."), &sample(), Locale::En);
        let first = out.lines().next().unwrap_or_default();
        assert!(
            first.starts_with(
                "::error file=content/a.fi.md,line=3,col=1,endColumn=2,title=aikosite::"
            ),
            "{first}"
        );
        assert!(out.contains("::warning file=content/b.sv.md,title=aikosite::plain, with: colon %25 and%0Anewline"), "{out}");
        let sub = github(Path::new("site"), &sample(), Locale::Fi);
        assert!(sub.contains("file=site/content/a.fi.md"), "{sub}");
        assert!(
            sub.contains(&data(&t!("yaml-tab-indent").render(Locale::Fi))),
            "{sub}"
        );
    }

    #[test]
    fn json_has_positions_ids_and_words_in_the_locale() {
        let out = json(&sample(), Locale::Sv);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["errors"], 1);
        assert_eq!(v["warnings"], 1);
        assert_eq!(v["diagnostics"][0]["line"], 3);
        assert_eq!(v["diagnostics"][0]["id"], "yaml-tab-indent");
        assert_eq!(
            v["diagnostics"][0]["message"],
            t!("yaml-tab-indent").render(Locale::Sv)
        );
        assert_eq!(v["diagnostics"][1]["line"], serde_json::Value::Null);
    }
}
