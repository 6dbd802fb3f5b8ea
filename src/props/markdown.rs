//! Markdown bodies with our link and image rewriting: arbitrary blocks and inlines with `@/`
//! links, relative `.md` links, site paths, anchors, external addresses and images, put into
//! a job of the `basic` fixture and linked and rendered as a build does. Nothing panics; when
//! the site links, the body's HTML is well-formed (every tag closed, in order) and every
//! `href` is site-relative, an anchor, or `http(s):`, `mailto:` or `tel:`; when it does not,
//! every error about the job points inside its file.

use crate::diagnostics::Diagnostics;
use crate::load::Loaded;
use crate::pipeline::{self, SiteInput, Stages};
use crate::routes::PageId;
use proptest::prelude::*;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

const JOB: &str = "content/towns/raahe/jobs/cnc-koneistaja.fi.md";
const JOB_PAGE: &str = "raahe/tyopaikat/cnc-koneistaja/index.html";

/// The fixture read once: its input, config, theme and loaded files.
struct Fixture {
    input: SiteInput,
    stages_config: crate::config::Config,
    theme: (crate::theme::Theme, crate::render::Templates),
    loaded: Loaded,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let input = SiteInput {
            root: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic"),
            base_url: None,
            drafts: false,
            today: crate::dates::Date::new(2026, 11, 29).expect("a date"),
        };
        let config = match pipeline::read_config(&input) {
            Ok(c) => c,
            Err(e) => panic!("the basic fixture's config: {e:?}"),
        };
        let theme = match pipeline::read_theme(&input, &config) {
            Ok(t) => t,
            Err(e) => panic!("the basic fixture's theme: {e:?}"),
        };
        let (loaded, ds) = crate::load::load(&config);
        assert!(!ds.has_errors(), "the basic fixture loads");
        Fixture {
            input,
            stages_config: config,
            theme,
            loaded,
        }
    })
}

/// Where links and images point.
fn dest() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "@/towns/raahe/jobs/asentaja.md",
        "@/towns/raahe/jobs/asentaja.fi.md",
        "@/towns/raahe/jobs/asentaja.sv.md",
        "@/towns/raahe/studies/ensin-toihin.md#haku",
        "@/towns/raahe/jobs/vanha-ilmoitus.md",
        "@/towns/raahe/jobs/puuttuu.md",
        "@/towns/raahe/_index.md",
        "asentaja.md",
        "./kesatyo.fi.md",
        "../studies/ensin-toihin.md",
        "../../raahe/jobs/lahihoitaja.md#x",
        "/",
        "/humans.txt",
        "/raahe/",
        "/puuttuu/",
        "#osio",
        "#",
        "https://example.fi/a?b=1&c=2",
        "http://esimerkki.fi/",
        "HTTPS://EXAMPLE.FI/",
        "mailto:rekry@example.fi",
        "tel:+358401234567",
    ])
    .prop_map(str::to_string)
}

fn image_dest() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "../stories/kuvio.svg",
        "@/towns/raahe/stories/kuvio.svg",
        "puuttuu.jpg",
        "https://example.fi/kuva.jpg",
    ])
    .prop_map(str::to_string)
}

/// Words with Markdown's own characters in them, but no `<` (raw HTML is another property).
fn words() -> impl Strategy<Value = String> {
    "[a-zA-ZåäöÅÄÖ0-9 .,!?&\"'()*_~`:;/=+-]{0,24}"
}

fn inline() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => words(),
        2 => (words(), dest()).prop_map(|(t, d)| format!("[{t}]({d})")),
        1 => (words(), dest(), words()).prop_map(|(t, d, title)| format!("[{t}]({d} \"{title}\")")),
        1 => (words(), image_dest()).prop_map(|(a, d)| format!("![{a}]({d})")),
        1 => image_dest().prop_map(|d| format!("![]({d} \"decorative\")")),
        1 => (words(), dest()).prop_map(|(t, d)| format!("[{t}][r] \n\n[r]: {d}\n")),
        1 => Just("<https://example.fi/auto>".to_string()),
        1 => words().prop_map(|w| format!("*{w}* **{w}** `{w}` ~~{w}~~")),
        1 => Just("[^1]\n\n[^1]: alaviite".to_string()),
        1 => (words(), dest()).prop_map(|(t, d)| format!("[![{t}](../stories/kuvio.svg)]({d})")),
    ]
}

fn block() -> impl Strategy<Value = String> {
    let para = || prop::collection::vec(inline(), 1..5).prop_map(|v| v.join(" "));
    prop_oneof![
        4 => para(),
        1 => (1..7usize, words()).prop_map(|(n, w)| format!("{} {w}", "#".repeat(n))),
        1 => words().prop_map(|w| format!("## {w} {{#main}}")),
        1 => prop::collection::vec(para(), 1..4)
            .prop_map(|v| v.iter().map(|i| format!("- {i}\n")).collect()),
        1 => para().prop_map(|p| format!("> {p}")),
        1 => words().prop_map(|w| format!("```\n{w}\n```")),
        1 => (para(), para()).prop_map(|(a, b)| format!("| a | b |\n|---|---|\n| {a} | {b} |")),
    ]
}

fn body() -> impl Strategy<Value = String> {
    prop::collection::vec(block(), 0..8).prop_map(|b| b.join("\n\n"))
}

/// Links the fixture with the job's body replaced.
fn link_with(body: &str) -> (Result<Stages, crate::pipeline::BuildError>, usize, usize) {
    let f = fixture();
    let mut loaded = f.loaded.clone();
    let job = loaded
        .towns
        .iter_mut()
        .flat_map(|t| t.jobs.iter_mut())
        .find(|d| d.file == std::path::Path::new(JOB))
        .expect("the fixture's job");
    let body_line = job.matter_line + job.matter_text.matches('\n').count() + 1;
    job.body = body.to_string();
    job.refs = crate::markdown::references(body, body_line);
    let lines = body_line + body.matches('\n').count();
    let stages = pipeline::route(
        f.stages_config.clone(),
        Ok(f.theme.clone()),
        loaded,
        &f.input,
        Diagnostics::new(),
    );
    (stages, body_line, lines)
}

/// The job page's HTML.
fn job_page(stages: &Stages) -> String {
    let plan = pipeline::plan_assets(stages, &crate::assets::pipeline(&stages.config))
        .unwrap_or_else(|_| Arc::new(crate::assets::AssetPlan::default()));
    let renderer = pipeline::renderer(stages, &plan);
    for page in stages.routes.pages() {
        if !matches!(page, PageId::Item(crate::config::Section::Jobs, ..)) {
            continue;
        }
        if let Ok(r) = renderer.render(page, false)
            && r.file.path == JOB_PAGE
        {
            return String::from_utf8_lossy(&r.file.bytes).into_owned();
        }
    }
    panic!("the job page was not rendered")
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// The body's HTML (inside `<div class="prose">`): every tag closed in order; its `href`s.
fn body_links(page: &str) -> Result<Vec<String>, String> {
    // An empty body leaves the prose out (the page shows the summary instead).
    let Some(start) = page.find("<div class=\"prose\">") else {
        return Ok(Vec::new());
    };
    let start = start + 19;
    let mut stack: Vec<String> = Vec::new();
    let mut hrefs = Vec::new();
    let mut rest = &page[start..];
    loop {
        let Some(open) = rest.find('<') else {
            return Err("the body is not closed".into());
        };
        rest = &rest[open..];
        if let Some(after) = rest.strip_prefix("<!--") {
            let end = after.find("-->").ok_or("an unclosed comment")?;
            rest = &after[end + 3..];
            continue;
        }
        let end = tag_end(rest).ok_or("an unclosed tag")?;
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            match stack.pop() {
                Some(top) if top == name => {}
                None if name == "div" => return Ok(hrefs),
                other => return Err(format!("</{name}> closes {other:?}")),
            }
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            return Err(format!("a bare '<' in the body: <{tag}>"));
        }
        if let Some(h) = attribute(tag, "href") {
            hrefs.push(h);
        }
        if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            stack.push(name);
        }
    }
}

/// The `>` that ends the tag at the start of `s`, outside quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            (None, '<') => return None,
            _ => {}
        }
    }
    None
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let value = &tag[at..at + tag[at..].find('"')?];
    Some(value.replace("&amp;", "&"))
}

/// Site-relative (never `//host`), an anchor, or an allowed scheme.
fn allowed(href: &str, base_path: &str) -> bool {
    let lower = href.to_ascii_lowercase();
    (href.starts_with('/') && !href.starts_with("//"))
        || href.starts_with('#')
        || ["http://", "https://", "mailto:", "tel:"]
            .iter()
            .any(|s| lower.starts_with(s))
        || href.starts_with(base_path)
}

proptest! {
    #![proptest_config(super::config(64))]

    #[test]
    fn bodies_render_well_formed_with_allowed_links(body in body()) {
        let (stages, body_line, last_line) = link_with(&body);
        match stages {
            Ok(stages) => {
                let page = job_page(&stages);
                let hrefs = body_links(&page);
                prop_assert!(hrefs.is_ok(), "{}\n--- body\n{body}", hrefs.unwrap_err());
                for h in hrefs.unwrap_or_default() {
                    prop_assert!(allowed(&h, "/"), "href {h:?}\n--- body\n{body}");
                }
            }
            Err(crate::pipeline::BuildError::Content(ds)) => {
                for d in ds.iter().filter(|d| d.file == std::path::Path::new(JOB)) {
                    if let Some(pos) = d.pos {
                        prop_assert!(
                            pos.line >= body_line && pos.line <= last_line,
                            "{}:{} outside the body (lines {body_line}–{last_line}): {}\n--- body\n{body}",
                            pos.line, pos.column, d.message.as_str()
                        );
                    }
                }
            }
            Err(e) => prop_assert!(false, "{e:?}"),
        }
    }
}
