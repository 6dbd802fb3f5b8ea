//! The status report as text for the terminal, Markdown for an e-mail or CI summary, and JSON.
//! All user-facing words of the report are in this file.

use super::{Group, JobLine, Report, Statement};
use crate::dates::Date;
use std::fmt::Write as _;
use std::path::Path;

pub fn json(r: &Report) -> String {
    serde_json::to_string_pretty(r).unwrap_or_default() + "\n"
}

fn fi_date(iso: &str) -> String {
    Date::parse(iso).map_or_else(|| iso.to_string(), |d| d.finnish())
}

fn days(n: i64) -> String {
    match n {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        n if n > 0 => format!("in {n} days"),
        n => format!("{} days ago", -n),
    }
}

fn slash(p: &Path) -> String {
    p.display().to_string().replace('\\', "/")
}

fn counts(g: &Group) -> Vec<String> {
    g.kinds
        .iter()
        .map(|k| {
            let mut s = format!("{}: {} published", k.kind, k.published);
            if k.drafts > 0 {
                let _ = write!(
                    s,
                    ", {} draft{}",
                    k.drafts,
                    if k.drafts == 1 { "" } else { "s" }
                );
            }
            s
        })
        .collect()
}

fn job(j: &JobLine) -> String {
    format!(
        "{} ({}): {} — {}",
        fi_date(&j.deadline),
        days(j.days),
        j.title,
        slash(&j.file)
    )
}

fn statement(s: &Statement) -> String {
    match (&s.reviewed, &s.review_due, s.days) {
        (Some(r), Some(due), Some(d)) => format!(
            "{}: reviewed {}, review due {} ({})",
            slash(&s.file),
            fi_date(r),
            fi_date(due),
            days(d)
        ),
        _ if s.file.as_os_str().is_empty() => {
            "the site has no accessibility statement: add a page with `accessibility_statement: true` and `reviewed: DATE`".into()
        }
        _ => format!("{}: no `reviewed` date", slash(&s.file)),
    }
}

/// The sections of one town or of the site pages: (heading, lines).
fn sections(
    g: &Group,
    closing: &[JobLine],
    expired: &[JobLine],
) -> Vec<(&'static str, Vec<String>)> {
    let mut out = Vec::new();
    if !closing.is_empty() {
        out.push((
            "jobs closing within 7 days",
            closing.iter().map(job).collect(),
        ));
    }
    if !expired.is_empty() {
        out.push((
            "jobs expired in the last 14 days (no longer on the site)",
            expired.iter().map(job).collect(),
        ));
    }
    if !g.missing_translations.is_empty() {
        out.push((
            "missing translations",
            g.missing_translations
                .iter()
                .map(|m| {
                    format!(
                        "{}: {} — {}",
                        m.languages.join(", "),
                        m.title,
                        slash(&m.file)
                    )
                })
                .collect(),
        ));
    }
    if !g.outdated_translations.is_empty() {
        out.push((
            "translations older than their original",
            g.outdated_translations
                .iter()
                .map(|o| {
                    format!(
                        "{} (changed {}) — {} changed {}",
                        slash(&o.file),
                        fi_date(&o.changed),
                        slash(&o.original),
                        fi_date(&o.original_changed)
                    )
                })
                .collect(),
        ));
    }
    out
}

pub fn text(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Status on {}", fi_date(&r.today));
    let mut block = |title: String, g: &Group, closing: &[JobLine], expired: &[JobLine]| {
        let _ = writeln!(out, "\n{title}");
        for c in counts(g) {
            let _ = writeln!(out, "  {c}");
        }
        for (heading, lines) in sections(g, closing, expired) {
            let _ = writeln!(out, "  {heading}:");
            for l in lines {
                let _ = writeln!(out, "    {l}");
            }
        }
    };
    for t in &r.towns {
        block(
            format!("{} ({})", t.name, t.town),
            &t.group,
            &t.closing_soon,
            &t.expired,
        );
    }
    block("Site pages".into(), &r.site, &[], &[]);
    if !r.accessibility.is_empty() {
        let _ = writeln!(out, "\nAccessibility statement");
        for s in &r.accessibility {
            let _ = writeln!(out, "  {}", statement(s));
        }
    }
    out
}

pub fn markdown(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Site status {}", fi_date(&r.today));
    let mut block = |title: String, g: &Group, closing: &[JobLine], expired: &[JobLine]| {
        let _ = writeln!(out, "\n## {title}\n");
        let _ = writeln!(out, "| | published | drafts |\n|---|---:|---:|");
        for k in &g.kinds {
            let _ = writeln!(out, "| {} | {} | {} |", k.kind, k.published, k.drafts);
        }
        for (heading, lines) in sections(g, closing, expired) {
            let _ = writeln!(out, "\n**{}**\n", capitalise(heading));
            for l in lines {
                let _ = writeln!(out, "- {}", md_escape(&l));
            }
        }
    };
    for t in &r.towns {
        block(t.name.clone(), &t.group, &t.closing_soon, &t.expired);
    }
    block("Site pages".into(), &r.site, &[], &[]);
    if !r.accessibility.is_empty() {
        let _ = writeln!(out, "\n## Accessibility statement\n");
        for s in &r.accessibility {
            let _ = writeln!(out, "- {}", md_escape(&statement(s)));
        }
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Keeps titles and file names from turning into Markdown markup.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '[' | ']' | '<' | '>' | '|' | '#' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
