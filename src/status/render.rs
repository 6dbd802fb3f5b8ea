//! The status report as text for the terminal, Markdown for an e-mail or CI summary, and JSON.
//! All user-facing words of the report are in this file.

use super::{Group, JobLine, Report, Statement};
use crate::dates::Date;
use crate::messages::{Locale, text as words};
use crate::t;
use std::fmt::Write as _;
use std::path::Path;

pub fn json(r: &Report) -> String {
    serde_json::to_string_pretty(r).unwrap_or_default() + "\n"
}

fn fi_date(iso: &str) -> String {
    Date::parse(iso).map_or_else(|| iso.to_string(), |d| d.finnish())
}

fn days(n: i64, l: Locale) -> String {
    match n {
        0 => t!("status-today"),
        1 => t!("status-tomorrow"),
        -1 => t!("status-yesterday"),
        n if n > 0 => t!("status-in-days", days = n),
        n => t!("status-days-ago", days = -n),
    }
    .render(l)
}

fn slash(p: &Path) -> String {
    p.display().to_string().replace('\\', "/")
}

fn kind(k: &str, l: Locale) -> String {
    t!("status-kind", kind = k).render(l)
}

fn counts(g: &Group, l: Locale) -> Vec<String> {
    g.kinds
        .iter()
        .map(|k| {
            t!(
                "status-counts",
                kind = kind(k.kind, l),
                published = k.published,
                drafts = k.drafts
            )
            .render(l)
        })
        .collect()
}

fn job(j: &JobLine, l: Locale) -> String {
    format!(
        "{} ({}): {} — {}",
        fi_date(&j.deadline),
        days(j.days, l),
        j.title,
        slash(&j.file)
    )
}

fn statement(s: &Statement, l: Locale) -> String {
    match (&s.reviewed, &s.review_due, s.days) {
        (Some(r), Some(due), Some(d)) => t!(
            "status-statement",
            file = slash(&s.file),
            reviewed = fi_date(r),
            due = fi_date(due),
            days = days(d, l)
        )
        .render(l),
        _ if s.file.as_os_str().is_empty() => t!("status-no-statement").render(l),
        _ => t!("status-statement-not-reviewed", file = slash(&s.file)).render(l),
    }
}

/// The sections of one town or of the site pages: (heading, lines).
fn sections(
    g: &Group,
    closing: &[JobLine],
    expired: &[JobLine],
    l: Locale,
) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let heading = |id: &'static str| words(l, id);
    if !closing.is_empty() {
        out.push((
            heading("status-closing"),
            closing.iter().map(|j| job(j, l)).collect(),
        ));
    }
    if !expired.is_empty() {
        out.push((
            heading("status-expired"),
            expired.iter().map(|j| job(j, l)).collect(),
        ));
    }
    if !g.missing_translations.is_empty() {
        out.push((
            heading("status-missing-translations"),
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
            heading("status-outdated-translations"),
            g.outdated_translations
                .iter()
                .map(|o| {
                    t!(
                        "status-outdated",
                        file = slash(&o.file),
                        changed = fi_date(&o.changed),
                        original = slash(&o.original),
                        original_changed = fi_date(&o.original_changed)
                    )
                    .render(l)
                })
                .collect(),
        ));
    }
    out
}

pub fn text(r: &Report, l: Locale) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        t!("status-title", date = fi_date(&r.today)).render(l)
    );
    let mut block = |title: String, g: &Group, closing: &[JobLine], expired: &[JobLine]| {
        let _ = writeln!(out, "\n{title}");
        for c in counts(g, l) {
            let _ = writeln!(out, "  {c}");
        }
        for (heading, lines) in sections(g, closing, expired, l) {
            let _ = writeln!(out, "  {heading}:");
            for line in lines {
                let _ = writeln!(out, "    {line}");
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
    block(words(l, "status-site-pages"), &r.site, &[], &[]);
    if !r.accessibility.is_empty() {
        let _ = writeln!(out, "\n{}", words(l, "status-accessibility"));
        for s in &r.accessibility {
            let _ = writeln!(out, "  {}", statement(s, l));
        }
    }
    out
}

pub fn markdown(r: &Report, l: Locale) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}",
        t!("status-md-title", date = fi_date(&r.today)).render(l)
    );
    let mut block = |title: String, g: &Group, closing: &[JobLine], expired: &[JobLine]| {
        let _ = writeln!(out, "\n## {title}\n");
        let _ = writeln!(
            out,
            "| | {} | {} |\n|---|---:|---:|",
            words(l, "status-published"),
            words(l, "status-drafts")
        );
        for k in &g.kinds {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                kind(k.kind, l),
                k.published,
                k.drafts
            );
        }
        for (heading, lines) in sections(g, closing, expired, l) {
            let _ = writeln!(out, "\n**{}**\n", capitalise(&heading));
            for line in lines {
                let _ = writeln!(out, "- {}", md_escape(&line));
            }
        }
    };
    for t in &r.towns {
        block(t.name.clone(), &t.group, &t.closing_soon, &t.expired);
    }
    block(words(l, "status-site-pages"), &r.site, &[], &[]);
    if !r.accessibility.is_empty() {
        let _ = writeln!(out, "\n## {}\n", words(l, "status-accessibility"));
        for s in &r.accessibility {
            let _ = writeln!(out, "- {}", md_escape(&statement(s, l)));
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
