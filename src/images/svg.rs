//! SVG files are pictures only: one that could run code or load something from elsewhere
//! (a script, an event attribute, `<foreignObject>`, a link or `url(…)` that leaves the file, a
//! DOCTYPE or entities) is refused. Read with an XML parser (roxmltree), never by searching
//! the text.

/// What makes an SVG file unsafe, and where (1-based line, when the parser says).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SvgProblem {
    pub kind: SvgProblemKind,
    pub line: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SvgProblemKind {
    Script,
    /// An `on…` attribute, by name.
    EventHandler(String),
    ForeignObject,
    /// A reference that leaves the file, as written.
    External(String),
    /// A DOCTYPE (and with it, entities).
    Doctype,
    /// Not well-formed XML: the parser's words.
    NotXml(String),
}

impl std::fmt::Display for SvgProblemKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SvgProblemKind::Script => write!(f, "it contains a <script>"),
            SvgProblemKind::EventHandler(a) => write!(f, "it has an event attribute {a}"),
            SvgProblemKind::ForeignObject => write!(f, "it contains a <foreignObject>"),
            SvgProblemKind::External(t) => write!(f, "it refers to {t} outside the file"),
            SvgProblemKind::Doctype => write!(f, "it has a DOCTYPE or entities"),
            SvgProblemKind::NotXml(e) => write!(f, "it is not well-formed XML: {e}"),
        }
    }
}

/// Checks an SVG file's bytes; the first problem found, in document order.
pub fn check(bytes: &[u8]) -> Result<(), SvgProblem> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let opts = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = match roxmltree::Document::parse_with_options(text, opts) {
        Ok(d) => d,
        Err(roxmltree::Error::DtdDetected) => {
            // The parser stops at the DOCTYPE without saying where: the line it is on.
            let at = text.to_ascii_lowercase().find("<!doctype").unwrap_or(0);
            let line = Some(text[..at].matches('\n').count() as u32 + 1);
            return Err(SvgProblem {
                kind: SvgProblemKind::Doctype,
                line,
            });
        }
        Err(e) => {
            return Err(SvgProblem {
                line: Some(e.pos().row),
                kind: SvgProblemKind::NotXml(e.to_string()),
            });
        }
    };
    for node in doc.descendants() {
        let line = Some(doc.text_pos_at(node.range().start).row);
        let problem = |kind| Err(SvgProblem { kind, line });
        if let Some(pi) = node.pi()
            && pi.target.eq_ignore_ascii_case("xml-stylesheet")
        {
            return problem(SvgProblemKind::External(format!(
                "<?xml-stylesheet {}?>",
                pi.value.unwrap_or("")
            )));
        }
        if node.is_text()
            && node
                .parent_element()
                .is_some_and(|p| p.tag_name().name().eq_ignore_ascii_case("style"))
            && let Some(t) = node.text()
            && let Some(url) = external_in_css(t)
        {
            return problem(SvgProblemKind::External(url));
        }
        if !node.is_element() {
            continue;
        }
        let name = node.tag_name().name();
        if name.eq_ignore_ascii_case("script") {
            return problem(SvgProblemKind::Script);
        }
        if name.eq_ignore_ascii_case("foreignObject") {
            return problem(SvgProblemKind::ForeignObject);
        }
        // `<set attributeName="href" to="javascript:…">` changes a link when it runs.
        if matches!(name, "set" | "animate")
            && node
                .attribute("attributeName")
                .is_some_and(|a| a.trim().ends_with("href"))
        {
            return problem(SvgProblemKind::External(format!(
                "<{name} attributeName=href>"
            )));
        }
        for a in node.attributes() {
            let an = a.name();
            if an.len() > 2 && an[..2].eq_ignore_ascii_case("on") {
                return problem(SvgProblemKind::EventHandler(an.to_string()));
            }
            let value = a.value().trim();
            if an.eq_ignore_ascii_case("href") && !value.starts_with('#') {
                return problem(SvgProblemKind::External(value.to_string()));
            }
            if let Some(url) = external_in_css(value) {
                return problem(SvgProblemKind::External(url));
            }
        }
    }
    Ok(())
}

/// The first `url(…)` (or `@import`) in CSS text that does not point inside the file.
fn external_in_css(css: &str) -> Option<String> {
    let lower = css.to_ascii_lowercase();
    if let Some(i) = lower.find("@import") {
        return Some(css[i..].chars().take(60).collect());
    }
    let mut from = 0;
    while let Some(i) = lower[from..].find("url(") {
        let start = from + i + 4;
        let inner = css[start..]
            .trim_start()
            .trim_start_matches(['"', '\''])
            .trim_start();
        if !inner.starts_with('#') {
            let end = css[start..].find(')').map_or(css.len(), |e| start + e);
            return Some(format!("url({})", &css[start..end]));
        }
        from = start;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(svg: &str) -> Option<SvgProblemKind> {
        check(svg.as_bytes()).err().map(|p| p.kind)
    }

    const NS: &str =
        r#"xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink""#;

    #[test]
    fn plain_drawings_pass() {
        let ok = format!(
            r##"<?xml version="1.0"?><svg {NS} viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><style>.a{{fill:url(#g)}}</style><rect class="a" fill="url(#g)" width="10" height="10"/><use xlink:href="#g"/><a href="#x"><text>Hi</text></a></svg>"##
        );
        assert_eq!(kind(&ok), None);
    }

    #[test]
    fn code_and_references_are_refused() {
        let s = |body: &str| kind(&format!("<svg {NS}>\n{body}</svg>"));
        assert_eq!(s("<script>alert(1)</script>"), Some(SvgProblemKind::Script));
        assert_eq!(
            s(r#"<rect onload="x()"/>"#),
            Some(SvgProblemKind::EventHandler("onload".into()))
        );
        assert_eq!(
            s(r#"<rect ONCLICK="x()"/>"#),
            Some(SvgProblemKind::EventHandler("ONCLICK".into()))
        );
        assert_eq!(
            s("<foreignObject><div/></foreignObject>"),
            Some(SvgProblemKind::ForeignObject)
        );
        assert!(matches!(
            s(r#"<image xlink:href="https://e.fi/x.png"/>"#),
            Some(SvgProblemKind::External(_))
        ));
        assert!(matches!(
            s(r#"<a href="javascript:alert(1)"><text>x</text></a>"#),
            Some(SvgProblemKind::External(_))
        ));
        assert!(matches!(
            s(r#"<rect style="fill: url( 'http://e.fi/x' )"/>"#),
            Some(SvgProblemKind::External(_))
        ));
        assert!(matches!(
            s("<style>@import 'https://e.fi/x.css';</style>"),
            Some(SvgProblemKind::External(_))
        ));
        assert!(matches!(
            s(r#"<a><set attributeName="href" to="javascript:alert(1)"/></a>"#),
            Some(SvgProblemKind::External(_))
        ));
        let p = check(format!("<svg {NS}>\n\n<script/></svg>").as_bytes()).unwrap_err();
        assert_eq!(p.line, Some(3));
    }

    #[test]
    fn doctypes_and_broken_xml_are_refused() {
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>"#;
        assert_eq!(kind(bomb), Some(SvgProblemKind::Doctype));
        assert!(matches!(
            kind("<svg><g></svg>"),
            Some(SvgProblemKind::NotXml(_))
        ));
    }
}
