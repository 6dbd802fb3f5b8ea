//! The one allow-list of HTML a body may write when the site keeps raw HTML
//! (`markdown: { raw_html: true }`): text formatting, lists, tables, quotes, details, links and
//! pictures, and the markup the Markdown renderer itself writes (heading ids, table regions,
//! footnotes, `<picture>`). Never scripts, frames, objects, forms, styles, event handlers or
//! links other than http(s), mailto and tel. Cleaned by ammonia (html5ever's parser).

use std::collections::{HashMap, HashSet};

const TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "picture",
    "pre",
    "q",
    "s",
    "samp",
    "section",
    "small",
    "source",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
];

const TAG_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href", "title", "hreflang"]),
    (
        "img",
        &[
            "src",
            "alt",
            "width",
            "height",
            "loading",
            "decoding",
            "fetchpriority",
            "srcset",
            "sizes",
        ],
    ),
    ("source", &["srcset", "sizes", "type", "media"]),
    (
        "div",
        &["id", "role", "tabindex", "aria-label", "aria-labelledby"],
    ),
    ("h1", &["id"]),
    ("h2", &["id"]),
    ("h3", &["id"]),
    ("h4", &["id"]),
    ("h5", &["id"]),
    ("h6", &["id"]),
    ("th", &["style", "colspan", "rowspan", "scope"]),
    ("td", &["style", "colspan", "rowspan"]),
    ("ol", &["start"]),
    ("time", &["datetime"]),
    ("abbr", &["title"]),
];

/// The only `style` a table cell may keep: the column alignment Markdown tables write.
const ALIGNMENTS: &[&str] = &[
    "text-align: left",
    "text-align: center",
    "text-align: right",
];

/// `body` (a rendered Markdown body) with everything outside the allow-list removed.
pub fn html(body: &str) -> String {
    let tags: HashSet<&str> = TAGS.iter().copied().collect();
    let tag_attributes: HashMap<&str, HashSet<&str>> = TAG_ATTRIBUTES
        .iter()
        .map(|(t, a)| (*t, a.iter().copied().collect()))
        .collect();
    ammonia::Builder::empty()
        .tags(tags)
        .tag_attributes(tag_attributes)
        .generic_attributes(["class", "lang", "dir", "title"].into_iter().collect())
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(None)
        .strip_comments(true)
        .clean_content_tags(
            [
                "script", "style", "iframe", "object", "embed", "template", "noscript",
            ]
            .into_iter()
            .collect(),
        )
        .attribute_filter(|_, attribute, value| match attribute {
            // Only the alignment of a table cell, as the Markdown renderer writes it.
            "style" => ALIGNMENTS.contains(&value).then(|| value.into()),
            _ => Some(value.into()),
        })
        .clean(body)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_formatting_drops_scripts_and_handlers() {
        let out = html(
            "<p><b onclick=\"x()\">bold</b><script>alert(1)</script><iframe src=\"https://e.fi\"></iframe>\
             <object data=\"x\"></object><embed src=\"x\"><a href=\"javascript:alert(1)\">a</a>\
             <a href=\"JaVaScRiPt&#58;alert(1)\">b</a><a href=\"https://example.fi/\">c</a>\
             <span style=\"background:url(http://e.fi/x)\">s</span>\
             <img src=\"x.jpg\" alt=\"x\" onerror=\"alert(1)\"><svg onload=\"x()\"></svg></p>",
        );
        for bad in [
            "onclick",
            "script",
            "alert",
            "iframe",
            "object",
            "embed",
            "javascript",
            "JaVaScRiPt",
            "style",
            "url(",
            "onerror",
            "svg",
            "onload",
        ] {
            assert!(!out.contains(bad), "{bad} in {out}");
        }
        assert!(out.contains("<b>bold</b>"), "{out}");
        assert!(
            out.contains("<a href=\"https://example.fi/\">c</a>"),
            "{out}"
        );
        assert!(out.contains("<img src=\"x.jpg\" alt=\"x\">"), "{out}");
    }

    #[test]
    fn keeps_what_the_renderer_writes() {
        let body = "<h2 id=\"palkka\">Palkka</h2>\n<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"palkka\">\n<table><thead><tr><th style=\"text-align: right\">a</th></tr></thead><tbody>\n<tr><td style=\"text-align: right\">1</td></tr>\n</tbody></table>\n</div>\n<picture><source type=\"image/webp\" srcset=\"/img/a-480.webp 480w\" sizes=\"100vw\"><img src=\"/img/a-480.jpg\" alt=\"A\" width=\"480\" height=\"320\" loading=\"lazy\" decoding=\"async\"></picture>\n";
        assert_eq!(html(body), body);
        let expression = html("<td style=\"width: expression(alert(1)); text-align: left\">x</td>");
        assert!(!expression.contains("expression"), "{expression}");
    }
}
