//! Markdown: what a body refers to (read at load time, checked at link time) and its HTML
//! (written at render time, with every link and image already resolved).

use crate::diagnostics::{Lines, Pos};
use crate::slug::slugify;
use crate::target::{Target, classify};
use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use std::collections::{HashMap, HashSet};

/// Heading attributes (`## H {#id .class onclick=…}`) are not among them: braces stay text.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Link,
    Image,
    /// HTML written in the body (an HTML block, an inline tag or a comment); `dest` holds the
    /// start of it, as written.
    RawHtml,
}

/// A link or image written in a body, with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub kind: RefKind,
    pub dest: String,
    pub title: String,
    /// The alt text of an image (its plain text).
    pub alt: String,
    /// Where the `[` or `![` is in the file.
    pub pos: Pos,
    /// Characters to underline.
    pub len: usize,
}

impl Reference {
    /// An image whose title is `decorative` may have an empty alt text.
    pub fn is_decorative(&self) -> bool {
        self.title.trim().eq_ignore_ascii_case("decorative")
    }
}

/// Every link and image in a body, in order; `first_line` is the file line of the body's start.
pub fn references(body: &str, first_line: usize) -> Vec<Reference> {
    let mut out = Vec::new();
    let mut open_image: Option<usize> = None;
    let mut lines = Lines::new(body, first_line);
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            }) => out.push(Reference {
                kind: RefKind::Link,
                // `<rekry@example.fi>` is an e-mail address, whatever its target says.
                dest: match link_type {
                    LinkType::Email => format!("mailto:{dest_url}"),
                    _ => dest_url.to_string(),
                },
                title: title.to_string(),
                alt: String::new(),
                pos: lines.pos(range.start),
                len: body[range.clone()].chars().count(),
            }),
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                open_image = Some(out.len());
                out.push(Reference {
                    kind: RefKind::Image,
                    dest: dest_url.to_string(),
                    title: title.to_string(),
                    alt: String::new(),
                    pos: lines.pos(range.start),
                    len: body[range.clone()].chars().count(),
                });
            }
            Event::End(TagEnd::Image) => open_image = None,
            Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_) => {
                let pos = lines.pos(range.start);
                // One note a line is enough: `<b>…</b>` is one piece of HTML to the reader.
                if out
                    .last()
                    .is_some_and(|r| r.kind == RefKind::RawHtml && r.pos.line == pos.line)
                {
                    continue;
                }
                let text = body[range.clone()].lines().next().unwrap_or("").trim();
                let mut dest: String = text.chars().take(60).collect();
                if dest.len() < text.len() {
                    dest.push('…');
                }
                out.push(Reference {
                    kind: RefKind::RawHtml,
                    dest,
                    title: String::new(),
                    alt: String::new(),
                    pos,
                    len: text.chars().count().min(60),
                });
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(i) = open_image {
                    out[i].alt.push_str(&t);
                }
            }
            _ => {}
        }
    }
    out
}

/// What a link in a body turns into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// Rewritten to this URL.
    Url(String),
    /// The target exists but is not published: the link text stays, the link goes.
    PlainText,
    /// Left as written (external links, anchors).
    AsWritten,
}

/// Decides, for one page, where its links go and how its images are written.
pub trait Resolver {
    fn link(&self, dest: &str) -> LinkTarget;
    /// The HTML for an image (`<picture>` or `<img>`); `first` is true for the body's first image.
    fn image(&self, dest: &str, alt: &str, first: bool) -> String;
    /// HTML written in the body is kept (and cleaned), not shown as text (`markdown.raw_html`).
    fn raw_html(&self) -> bool;
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
}

/// Ids the default theme gives its own elements, and prefixes of the ids it numbers: a heading
/// never takes one, so a link to `#main` or a filter's label always finds the theme's element.
/// A test in `theme.rs` checks every id the theme's templates write is covered.
pub const THEME_IDS: &[&str] = &[
    "aikosite-search",
    "apply-again-h",
    "companies-h",
    "contact-h",
    "events-h",
    "facts-h",
    "filters-h",
    "footer-explore",
    "footer-towns",
    "hero-q",
    "jobs-h",
    "main",
    "open-h",
    "page-h",
    "partners-h",
    "results-h",
    "search-box-q",
    "search-q",
    "stories-h",
    "studies-h",
    "towns-h",
];
pub const THEME_ID_PREFIXES: &[&str] = &["fg-", "filter-", "aikosite-"];

/// The heading ids of one body: each unique, none of the theme's. Numbering a repeated
/// heading continues from the last number its text got, so a body of thousands of
/// identical headings takes linear time.
#[derive(Default)]
struct HeadingIds {
    used: HashSet<String>,
    /// The next number to try for a base id.
    next: HashMap<String, usize>,
}

impl HeadingIds {
    fn unique(&mut self, base: String) -> String {
        // Every number of a prefix the theme numbers is the theme's: such a heading is "h-…".
        let base = if THEME_ID_PREFIXES.iter().any(|p| base.starts_with(p)) {
            format!("h-{base}")
        } else {
            base
        };
        let mut n = self.next.get(&base).copied().unwrap_or(1);
        loop {
            let id = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            n += 1;
            if !THEME_IDS.contains(&id.as_str()) && self.used.insert(id.clone()) {
                self.next.insert(base, n);
                return id;
            }
        }
    }
}

/// Renders a body to HTML: headings get ids (for anchors), links and images are resolved.
pub fn render(body: &str, resolver: &dyn Resolver) -> Rendered {
    let mut events: Vec<Event> = Vec::new();
    let mut headings = Vec::new();
    let mut ids = HeadingIds::default();
    let mut heading_start: Option<usize> = None;
    let mut link_stack: Vec<bool> = Vec::new(); // true = the link was dropped
    let mut image: Option<(String, String)> = None; // (dest, alt so far)
    let mut images_seen = 0;
    let mut table_start: Option<usize> = None;
    let keep_html = resolver.raw_html();
    let mut wrote_html = false;

    for event in Parser::new_ext(body, options()) {
        if let Some((_, alt)) = image.as_mut() {
            match event {
                Event::End(TagEnd::Image) => {
                    let (dest, alt) = image.take().unwrap_or_default();
                    events.push(Event::Html(CowStr::from(resolver.image(
                        &dest,
                        &alt,
                        images_seen == 0,
                    ))));
                    images_seen += 1;
                }
                Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading { .. }) => {
                heading_start = Some(events.len());
                events.push(event);
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some(start) = heading_start.take() {
                    let text = plain_text(&events[start + 1..]);
                    if let Event::Start(Tag::Heading {
                        id,
                        level: l,
                        classes,
                        attrs,
                    }) = &events[start]
                    {
                        let base = id
                            .as_ref()
                            .map(|i| i.to_string())
                            .unwrap_or_else(|| slugify(&text));
                        let base = if base.is_empty() {
                            "otsikko".to_string()
                        } else {
                            base
                        };
                        let unique = ids.unique(base);
                        headings.push(Heading {
                            level: heading_number(level),
                            id: unique.clone(),
                            text,
                        });
                        events[start] = Event::Start(Tag::Heading {
                            level: *l,
                            id: Some(CowStr::from(unique)),
                            classes: classes.clone(),
                            attrs: attrs.clone(),
                        });
                    }
                }
                events.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => match resolver.link(&dest_url) {
                // Never written, whatever the resolver says (the link stage reports it).
                _ if matches!(classify(&dest_url), Target::Refused(_)) => link_stack.push(true),
                LinkTarget::Url(url) => {
                    link_stack.push(false);
                    events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url: CowStr::from(url),
                        title,
                        id,
                    }));
                }
                LinkTarget::PlainText => link_stack.push(true),
                LinkTarget::AsWritten => {
                    link_stack.push(false);
                    events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
            },
            Event::End(TagEnd::Link) => {
                if !link_stack.pop().unwrap_or(false) {
                    events.push(event);
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                image = Some((dest_url.to_string(), String::new()))
            }
            // HTML the author wrote: shown as the text it is, unless the site keeps it; then
            // the whole body is cleaned below.
            Event::Html(h) | Event::InlineHtml(h) if !keep_html => events.push(Event::Text(h)),
            Event::Start(Tag::HtmlBlock) if !keep_html => events.push(Event::Start(Tag::Paragraph)),
            Event::End(TagEnd::HtmlBlock) if !keep_html => {
                events.push(Event::End(TagEnd::Paragraph))
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                wrote_html = true;
                events.push(event);
            }
            // A table scrolls sideways in its own region when it is wider than the screen:
            // the region takes keyboard focus and is named by the heading above it, or else
            // by its header cells (filled in when the header row ends).
            Event::Start(Tag::Table(_)) => {
                table_start = Some(events.len());
                let open = match headings.last() {
                    Some(h) => table_open(&format!("aria-labelledby=\"{}\"", escape_attr(&h.id))),
                    None => String::new(),
                };
                events.push(Event::Html(CowStr::from(open)));
                events.push(event);
            }
            Event::End(TagEnd::TableHead) => {
                events.push(event);
                if let Some(start) = table_start
                    && matches!(&events[start], Event::Html(h) if h.is_empty())
                {
                    let label = header_cells(&events[start + 1..]);
                    events[start] = Event::Html(CowStr::from(table_open(&format!(
                        "aria-label=\"{}\"",
                        escape_attr(&label)
                    ))));
                }
            }
            Event::End(TagEnd::Table) => {
                events.push(event);
                events.push(Event::Html(CowStr::from("</div>\n")));
                table_start = None;
            }
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if wrote_html {
        html = crate::sanitize::html(&html);
    }
    Rendered { html, headings }
}

fn table_open(label: &str) -> String {
    format!("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" {label}>\n")
}

/// The header cells' text, `Jakso, Kesto, Paikka`: a table's name when no heading precedes it.
fn header_cells(events: &[Event]) -> String {
    let mut cells: Vec<String> = Vec::new();
    for e in events {
        match e {
            Event::Start(Tag::TableCell) => cells.push(String::new()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = cells.last_mut() {
                    c.push_str(t);
                }
            }
            _ => {}
        }
    }
    cells.retain(|c| !c.trim().is_empty());
    cells.join(", ")
}

fn escape_attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn plain_text(events: &[Event]) -> String {
    let mut s = String::new();
    for e in events {
        if let Event::Text(t) | Event::Code(t) = e {
            s.push_str(t);
        }
    }
    s
}

/// How long an automatic summary is, in characters.
pub const SUMMARY_CHARS: usize = 180;

/// The plain text of the body's first paragraph, cut at about `max` characters on a word
/// boundary: a summary for lists when the author wrote no `description`.
pub fn summary(body: &str, max: usize) -> String {
    let mut text = String::new();
    let mut in_para = false;
    for event in Parser::new_ext(body, options()) {
        match event {
            Event::Start(Tag::Paragraph) => in_para = true,
            Event::End(TagEnd::Paragraph) if !text.trim().is_empty() => break,
            Event::End(TagEnd::Paragraph) => in_para = false,
            Event::Text(t) | Event::Code(t) if in_para => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak if in_para => text.push(' '),
            _ => {}
        }
    }
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut,
    };
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keeps raw HTML when true.
    struct Res(bool);
    const R: Res = Res(false);
    impl Resolver for Res {
        fn link(&self, dest: &str) -> LinkTarget {
            match dest {
                "@/a.md" => LinkTarget::Url("/a/".into()),
                "@/expired.md" => LinkTarget::PlainText,
                _ => LinkTarget::AsWritten,
            }
        }
        fn image(&self, dest: &str, alt: &str, first: bool) -> String {
            format!("<img src=\"{dest}\" alt=\"{alt}\" data-first=\"{first}\">")
        }
        fn raw_html(&self) -> bool {
            self.0
        }
    }

    #[test]
    fn finds_links_and_images_with_offsets() {
        let body = "See [job](@/a.md).\n\n![A *welder* at work](w.jpg \"title\")\n![](deco.svg \"decorative\")";
        let refs = references(body, 5);
        assert_eq!(refs.len(), 3);
        assert_eq!(
            (refs[0].kind, refs[0].dest.as_str(), refs[0].pos),
            (RefKind::Link, "@/a.md", Pos::new(5, 5))
        );
        assert_eq!(
            (refs[1].kind, refs[1].alt.as_str()),
            (RefKind::Image, "A welder at work")
        );
        assert_eq!(refs[1].pos, Pos::new(7, 1));
        assert!(refs[2].is_decorative() && refs[2].alt.is_empty());
    }

    #[test]
    fn renders_resolved_links_plain_text_and_images() {
        let html = render(
            "[a](@/a.md) [gone](@/expired.md) [x](https://x.fi)\n\n![Alt](p.jpg) ![B](q.jpg)",
            &R,
        )
        .html;
        assert_eq!(
            html,
            "<p><a href=\"/a/\">a</a> gone <a href=\"https://x.fi\">x</a></p>\n<p><img src=\"p.jpg\" alt=\"Alt\" data-first=\"true\"> <img src=\"q.jpg\" alt=\"B\" data-first=\"false\"></p>\n"
        );
    }

    #[test]
    fn headings_get_unique_ids_from_their_text() {
        let r = render("## Mitä työ on?\n\n## Mitä työ on?\n\n### Palkka\n", &R);
        assert_eq!(
            r.headings
                .iter()
                .map(|h| (h.level, h.id.as_str()))
                .collect::<Vec<_>>(),
            [(2, "mita-tyo-on"), (2, "mita-tyo-on-2"), (3, "palkka")]
        );
        assert!(r.html.contains("<h2 id=\"mita-tyo-on-2\">"));
    }

    #[test]
    fn heading_ids_never_take_the_themes_own() {
        let r = render("# Main\n\n## Main\n\n## Filter-sector\n\n## Jobs h\n", &R);
        let ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["main-2", "main-3", "h-filter-sector", "jobs-h-2"]);
    }

    #[test]
    fn heading_attributes_stay_text() {
        let r = render("## Haku {#main .x onclick=alert(1)}\n", &R);
        assert_eq!(r.headings[0].id, "haku-main-x-onclick-alert-1");
        assert!(!r.html.contains("onclick=\""), "{}", r.html);
        assert!(
            r.html.contains("{#main .x onclick=alert(1)}</h2>"),
            "{}",
            r.html
        );
    }

    #[test]
    fn raw_html_is_text_unless_kept_and_then_cleaned() {
        let body = "<div onclick=\"x()\">\n<script>alert(1)</script>\n</div>\n\nA <b onmouseover=\"y()\">b</b> <!-- c -->\n\n[x](javascript:alert(1))\n";
        let refs = references(body, 1);
        let raw: Vec<_> = refs.iter().filter(|r| r.kind == RefKind::RawHtml).collect();
        assert_eq!(raw.len(), 2, "one a line: {raw:?}");
        assert_eq!(
            (raw[0].pos, raw[0].dest.as_str()),
            (Pos::new(1, 1), "<div onclick=\"x()\">")
        );
        assert_eq!(raw[1].pos, Pos::new(5, 3));
        let escaped = render(body, &R).html;
        assert!(escaped.contains("&lt;div onclick=\"x()\"&gt;"), "{escaped}");
        assert!(escaped.contains("&lt;b onmouseover"), "{escaped}");
        assert!(
            !escaped.contains("<div") && !escaped.contains("<b") && !escaped.contains("<script")
        );
        assert!(!escaped.contains("javascript:"), "{escaped}");
        let kept = render(body, &Res(true)).html;
        assert!(
            kept.contains("<div>") && kept.contains("<b>b</b>"),
            "{kept}"
        );
        for bad in ["onclick", "onmouseover", "script", "alert", "<!--"] {
            assert!(!kept.contains(bad), "{bad} in {kept}");
        }
    }

    #[test]
    fn thousands_of_identical_headings_are_numbered_in_turn() {
        let body = "## Tehtävät\n\n".repeat(3000) + "## Tehtävät-2\n";
        let r = render(&body, &R);
        let ids: HashSet<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids.len(), 3001, "every id is unique");
        assert_eq!(r.headings[2999].id, "tehtavat-3000");
        // a literal heading that spells a generated id gets a number of its own
        assert_eq!(r.headings[3000].id, "tehtavat-2-2");
    }

    #[test]
    fn tables_footnotes_and_strikethrough() {
        let html = render(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1] ~~old~~\n\n[^1]: Note.\n",
            &R,
        )
        .html;
        assert!(html.contains("<table>"));
        assert!(html.contains(
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"a, b\">"
        ));
        assert!(html.contains("</table>\n</div>"));
        assert!(html.contains("<del>old</del>"));
        assert!(html.contains("footnote-definition"));
    }

    #[test]
    fn a_table_after_a_heading_is_named_by_it() {
        let html = render(
            "## Opintojen kulku\n\n| Jakso | Kesto |\n|---|---|\n| 1 | 2 |\n",
            &R,
        )
        .html;
        assert!(
            html.contains("role=\"region\" tabindex=\"0\" aria-labelledby=\"opintojen-kulku\">")
        );
    }

    #[test]
    fn summaries_cut_on_words() {
        assert_eq!(
            summary("# T\n\nFirst para is here.\n\nSecond.", 100),
            "First para is here."
        );
        assert_eq!(summary("Aaaa bbbb cccc dddd", 12), "Aaaa bbbb…");
        assert_eq!(summary("", 10), "");
    }
}
