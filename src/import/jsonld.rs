//! schema.org `JobPosting` in JSON-LD: a `.json` file, or the `<script type="application/ld+json">`
//! blocks of an `.html` page saved from an employer's careers site. Every JobPosting counts,
//! also inside `@graph` and arrays.

use super::map::Field;
use super::{Cell, Problem, Record, Value};
use crate::diagnostics::Pos;
use serde_json::Value as Json;

/// The postings of a JSON-LD document, and the problem when it is not JSON.
pub fn from_json(text: &str) -> (Vec<Record>, Vec<Problem>) {
    match serde_json::from_str::<Json>(text) {
        Ok(v) => (records(&[v]), Vec::new()),
        Err(e) => (
            Vec::new(),
            vec![Problem::error(
                crate::t!("import-not-json", reason = json_error(&e)),
                Some(Pos::new(e.line(), e.column())),
            )],
        ),
    }
}

/// The postings of every JSON-LD block of an HTML page, and the blocks that are not JSON.
pub fn from_html(html: &str) -> (Vec<Record>, Vec<Problem>) {
    let mut values = Vec::new();
    let mut problems = Vec::new();
    for (i, (line, column, block)) in script_blocks(html).into_iter().enumerate() {
        match serde_json::from_str::<Json>(block) {
            Ok(v) => values.push(v),
            Err(e) => {
                // serde_json counts from the block's start: on its first line, after the tag
                let pos = if e.line() <= 1 {
                    Pos::new(line, column + e.column().saturating_sub(1))
                } else {
                    Pos::new(line + e.line() - 1, e.column())
                };
                problems.push(Problem::error(
                    crate::t!(
                        "import-block-not-json",
                        block = i + 1,
                        reason = json_error(&e)
                    ),
                    Some(pos),
                ));
            }
        }
    }
    (records(&values), problems)
}

/// serde_json's message without its own " at line L column C" (the diagnostic points there).
fn json_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let at = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&at).unwrap_or(&text).to_string()
}

/// The text of each `<script type="application/ld+json">`, with the line and column (1-based,
/// in characters) it starts at.
fn script_blocks(html: &str) -> Vec<(usize, usize, &str)> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = lower[at..].find("<script").map(|i| i + at) {
        let Some(open_end) = lower[start..].find('>').map(|i| i + start + 1) else {
            break;
        };
        let Some(close) = lower[open_end..].find("</script").map(|i| i + open_end) else {
            break;
        };
        if lower[start..open_end].contains("application/ld+json") {
            let before = &html[..open_end];
            let line = before.matches('\n').count() + 1;
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let column = before[line_start..].chars().count() + 1;
            out.push((line, column, &html[open_end..close]));
        }
        at = close + 1;
    }
    out
}

fn records(values: &[Json]) -> Vec<Record> {
    let mut postings = Vec::new();
    for v in values {
        collect(v, &mut postings);
    }
    postings
        .into_iter()
        .enumerate()
        .map(|(i, p)| record(i + 1, p))
        .collect()
}

fn is_posting(v: &Json) -> bool {
    match v.get("@type") {
        Some(Json::String(t)) => t == "JobPosting" || t.ends_with("/JobPosting"),
        Some(Json::Array(ts)) => ts.iter().any(|t| t.as_str() == Some("JobPosting")),
        _ => false,
    }
}

fn collect<'a>(v: &'a Json, out: &mut Vec<&'a Json>) {
    match v {
        Json::Array(items) => items.iter().for_each(|i| collect(i, out)),
        Json::Object(map) => {
            if is_posting(v) {
                out.push(v);
                return;
            }
            for (k, child) in map {
                if k == "@graph" || k == "itemListElement" || k == "item" || k == "mainEntity" {
                    collect(child, out);
                }
            }
        }
        _ => {}
    }
}

/// A string, the first string of an array, or an object's `name`.
fn text(v: &Json) -> Option<String> {
    match v {
        Json::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Json::Number(n) => Some(n.to_string()),
        Json::Array(items) => items.iter().find_map(text),
        Json::Object(m) => m.get("name").and_then(text),
        _ => None,
    }
}

fn number(v: &Json) -> Option<f64> {
    match v {
        Json::Number(n) => n.as_f64(),
        Json::String(s) => super::map::number(s),
        _ => None,
    }
}

fn record(n: usize, p: &Json) -> Record {
    let title = p.get("title").and_then(text);
    let label = match &title {
        Some(t) => crate::t!("import-posting-titled", n = n, title = t),
        None => crate::t!("import-posting", n = n),
    };
    let lang = p
        .get("inLanguage")
        .and_then(text)
        .map(|l| {
            l.to_lowercase()
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect::<String>()
        })
        .filter(|l| !l.is_empty());
    let mut values = Vec::new();
    let mut push = |field: Field, column: &str, cell: Cell| {
        if !cell.is_empty() {
            values.push(Value {
                field,
                lang: if field.is_text() { lang.clone() } else { None },
                column: column.to_string(),
                cell,
            });
        }
    };
    let str_of = |key: &str| {
        p.get(key)
            .and_then(text)
            .map(Cell::Text)
            .unwrap_or(Cell::Empty)
    };
    push(Field::Title, "title", str_of("title"));
    if let Some(d) = p.get("description").and_then(text) {
        push(Field::Body, "description", Cell::Text(html_to_markdown(&d)));
    }
    push(
        Field::Company,
        "hiringOrganization",
        str_of("hiringOrganization"),
    );
    push(Field::Sector, "industry", str_of("industry"));
    push(
        Field::EmploymentType,
        "employmentType",
        str_of("employmentType"),
    );
    push(Field::Posted, "datePosted", str_of("datePosted"));
    push(Field::Deadline, "validThrough", str_of("validThrough"));
    if let Some(salary) = p.get("baseSalary") {
        let value = salary.get("value").unwrap_or(salary);
        let (min, max) = match value {
            Json::Object(_) => (
                value
                    .get("minValue")
                    .or_else(|| value.get("value"))
                    .and_then(number),
                value.get("maxValue").and_then(number),
            ),
            other => (number(other), None),
        };
        let unit = value
            .get("unitText")
            .or_else(|| salary.get("unitText"))
            .and_then(text);
        if let Some(m) = min {
            push(Field::SalaryMin, "baseSalary.minValue", Cell::Number(m));
        }
        if let Some(m) = max {
            push(Field::SalaryMax, "baseSalary.maxValue", Cell::Number(m));
        }
        if let Some(u) = unit {
            push(Field::SalaryUnit, "baseSalary.unitText", Cell::Text(u));
        }
    }
    let contact = p.get("applicationContact");
    let url = p
        .get("url")
        .and_then(text)
        .or_else(|| contact.and_then(|c| c.get("url")).and_then(text));
    if let Some(u) = url {
        push(Field::ApplyUrl, "url", Cell::Text(u));
    }
    if let Some(c) = contact {
        if let Some(e) = c.get("email").and_then(text) {
            push(Field::ApplyEmail, "applicationContact.email", Cell::Text(e));
        }
        if let Some(nm) = c.get("name").and_then(text) {
            push(
                Field::ContactName,
                "applicationContact.name",
                Cell::Text(nm),
            );
        }
        if let Some(t) = c.get("telephone").and_then(text) {
            push(
                Field::ContactPhone,
                "applicationContact.telephone",
                Cell::Text(t),
            );
        }
    }
    let location = p.get("jobLocation").map(|l| match l {
        Json::Array(items) => items.first().cloned().unwrap_or(Json::Null),
        other => other.clone(),
    });
    if let Some(address) = location.as_ref().and_then(|l| l.get("address")) {
        let parts: Vec<String> = ["streetAddress", "addressLocality"]
            .iter()
            .filter_map(|k| address.get(*k).and_then(text))
            .collect();
        if !parts.is_empty() {
            push(Field::Location, "jobLocation", Cell::Text(parts.join(", ")));
        }
    }
    Record {
        label,
        pos: None,
        values,
    }
}

/// The HTML of a posting's description as Markdown paragraphs and lists.
pub fn html_to_markdown(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&entities(&rest[..lt]));
        let Some(gt) = rest[lt..].find('>') else {
            rest = &rest[lt..];
            break;
        };
        let tag = rest[lt + 1..lt + gt].trim().to_ascii_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let closing = tag.starts_with('/');
        match (name.as_str(), closing) {
            ("br", _) => out.push('\n'),
            ("p" | "div" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6", _) => {
                out.push_str("\n\n")
            }
            ("li", false) => out.push_str("\n- "),
            ("strong" | "b", _) => out.push_str("**"),
            _ => {}
        }
        rest = &rest[lt + gt + 1..];
    }
    out.push_str(&entities(rest));
    // tidy: no trailing spaces, at most one blank line
    let mut tidy = String::new();
    let mut blank = true;
    for line in out.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !blank {
                tidy.push('\n');
            }
            blank = true;
        } else {
            tidy.push_str(line);
            tidy.push('\n');
            blank = false;
        }
    }
    tidy.trim().to_string()
}

fn entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::new();
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find(';').filter(|e| *e <= 8);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "auml" => Some('ä'),
                "ouml" => Some('ö'),
                "aring" => Some('å'),
                "Auml" => Some('Ä'),
                "Ouml" => Some('Ö'),
                "Aring" => Some('Å'),
                "ndash" => Some('–'),
                "euro" => Some('€'),
                _ => name
                    .strip_prefix("#x")
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_posting_in_graphs_and_arrays() {
        let html = r#"<html><head>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"X"},{"@type":"JobPosting","title":"Hitsaaja"}]}</script>
<SCRIPT TYPE="application/ld+json">[{"@type":"JobPosting","title":"Särmääjä"}]</SCRIPT>
<script>var x = 1;</script>
<script type="application/ld+json">{ broken</script>
</head></html>"#;
        let (recs, problems) = from_html(html);
        let labels: Vec<String> = recs.iter().map(|r| r.label.to_string()).collect();

        assert_eq!(
            labels,
            ["JobPosting 1 (“Hitsaaja”)", "JobPosting 2 (“Särmääjä”)"]
        );
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].message,
            "the JSON-LD block 3 is not valid JSON: key must be a string"
        );
        // `{ broken` starts at column 36 of line 5; the `b` is two characters in
        assert_eq!(problems[0].pos, Some(Pos::new(5, 38)));
    }

    #[test]
    fn description_html_becomes_markdown() {
        let md = html_to_markdown(
            "<p>Haemme <b>hitsaajaa</b> &amp; asentajaa.</p><ul><li>MIG</li><li>TIG</li></ul>",
        );
        assert_eq!(md, "Haemme **hitsaajaa** & asentajaa.\n\n- MIG\n- TIG");
    }
}
