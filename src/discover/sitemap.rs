//! `sitemap.xml`: every published page with `lastmod` and `xhtml:link` hreflang alternates for
//! each translation plus `x-default`; a sitemap index with child sitemaps past the protocol's
//! limits (50,000 URLs or 50 MB a file).
//!
//! The pages are the renderer's plan (without 404 and search pages), so the sitemap lists exactly
//! what was rendered; a page's translations are the plan's pages of the same content in other
//! languages, which makes the alternates reciprocal by construction.

use super::{Env, item_tr};
use crate::config::Section;
use crate::dates::Date;
use crate::escape::xml as xml_escape;
use crate::lang::Lang;
use crate::routes::{Facet, PageId};
use crate::write::OutputFile;
use std::collections::BTreeMap;

/// How much one sitemap file may hold.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub urls: usize,
    pub bytes: usize,
}

impl Limits {
    /// The sitemap protocol's limits.
    pub const PROTOCOL: Limits = Limits {
        urls: 50_000,
        bytes: 50 * 1024 * 1024,
    };
}

/// The same content in every language: what translations share.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Home,
    Page(usize),
    Town(usize),
    Item(Section, usize),
    List(Section, Option<usize>, usize),
    Filter(Section, Facet, String, usize),
}

#[derive(Debug, Clone)]
struct Entry {
    key: Key,
    lang: Lang,
    path: String,
    lastmod: Date,
}

fn entry(env: &Env, job: &PageId) -> Option<Entry> {
    let site = env.site;
    let today = site.today;
    let (key, lang, path, lastmod) = match job {
        PageId::Home(l) => (Key::Home, l, site.home.tr(l)?.path.clone(), today),
        PageId::Page(i, l) => (Key::Page(*i), l, site.pages[*i].tr(l)?.path.clone(), today),
        PageId::Town(t, l) => (Key::Town(*t), l, site.towns[*t].tr(l)?.path.clone(), today),
        PageId::Item(s, i, l) => {
            let lastmod = match s {
                Section::Jobs => site.jobs[*i].facts.posted,
                Section::Stories => site.stories[*i].facts.date,
                _ => today,
            };
            (
                Key::Item(*s, *i),
                l,
                item_tr(site, *s, *i, l)?.path.clone(),
                lastmod,
            )
        }
        PageId::List {
            section,
            town,
            lang,
            page,
        } => (
            Key::List(*section, *town, *page),
            lang,
            env.routes.list_path(*section, *town, lang, *page),
            today,
        ),
        PageId::Filter {
            section,
            facet,
            value,
            lang,
            page,
        } => (
            Key::Filter(*section, *facet, value.clone(), *page),
            lang,
            env.routes.filter_path(*section, *facet, value, lang, *page),
            today,
        ),
        PageId::NotFound(_) | PageId::Search(_) => return None,
    };
    Some(Entry {
        key,
        lang: lang.clone(),
        path,
        lastmod,
    })
}

/// One `<url>` element.
fn url_element(env: &Env, e: &Entry, group: &[&Entry]) -> String {
    let mut s = String::with_capacity(256);
    s.push_str("<url><loc>");
    s.push_str(&xml_escape(&env.absolute(&e.path)));
    s.push_str("</loc><lastmod>");
    s.push_str(&e.lastmod.iso());
    s.push_str("</lastmod>");
    if group.len() > 1 {
        for alt in group {
            s.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                alt.lang.code(),
                xml_escape(&env.absolute(&alt.path))
            ));
        }
        let default = group
            .iter()
            .find(|a| a.lang == env.config.default_language)
            .unwrap_or(&group[0]);
        s.push_str(&format!(
            "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
            xml_escape(&env.absolute(&default.path))
        ));
    }
    s.push_str("</url>\n");
    s
}

struct Chunk {
    body: String,
    count: usize,
    lastmod: Date,
}

const URLSET_OPEN: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_CLOSE: &str = "</urlset>\n";

/// `sitemap.xml`, and `sitemap-N.xml` children when one file would be past `limits`.
pub fn files(env: &Env, plan: &[PageId], limits: Limits) -> Vec<OutputFile> {
    let entries: Vec<Entry> = plan.iter().filter_map(|j| entry(env, j)).collect();
    let mut groups: BTreeMap<&Key, Vec<&Entry>> = BTreeMap::new();
    for e in &entries {
        groups.entry(&e.key).or_default().push(e);
    }
    // Translations in the config's language order.
    let order = |l: &Lang| {
        env.config
            .languages
            .iter()
            .position(|x| x == l)
            .unwrap_or(usize::MAX)
    };
    for g in groups.values_mut() {
        g.sort_by_key(|e| order(&e.lang));
    }
    // Split into files that each stay under both limits. A chunk is its file's text from the
    // start (the `<urlset>` opening), so it becomes the file without a copy.
    let room = limits.bytes.saturating_sub(URLSET_CLOSE.len());
    let mut chunks: Vec<Chunk> = Vec::new();
    for e in &entries {
        let el = url_element(env, e, &groups[&e.key]);
        let fits = chunks
            .last()
            .is_some_and(|c| c.count < limits.urls && c.body.len() + el.len() <= room);
        if !fits {
            chunks.push(Chunk {
                body: String::from(URLSET_OPEN),
                count: 0,
                lastmod: e.lastmod,
            });
        }
        if let Some(c) = chunks.last_mut() {
            c.body.push_str(&el);
            c.count += 1;
            c.lastmod = c.lastmod.max(e.lastmod);
        }
    }
    let urlset = |mut body: String| {
        body.push_str(URLSET_CLOSE);
        body.into_bytes()
    };
    if chunks.len() <= 1 {
        let body = chunks
            .pop()
            .map_or_else(|| URLSET_OPEN.to_string(), |c| c.body);
        return vec![OutputFile {
            path: "sitemap.xml".into(),
            bytes: urlset(body),
        }];
    }
    let mut out = Vec::new();
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (n, c) in chunks.into_iter().enumerate() {
        let name = format!("sitemap-{}.xml", n + 1);
        index.push_str(&format!(
            "<sitemap><loc>{}</loc><lastmod>{}</lastmod></sitemap>\n",
            xml_escape(&env.absolute(&format!("/{name}"))),
            c.lastmod.iso()
        ));
        out.push(OutputFile {
            path: name,
            bytes: urlset(c.body),
        });
    }
    index.push_str("</sitemapindex>\n");
    out.insert(
        0,
        OutputFile {
            path: "sitemap.xml".into(),
            bytes: index.into_bytes(),
        },
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Fixture;

    fn plan(fx: &Fixture) -> Vec<PageId> {
        fx.stages.routes.pages().to_vec()
    }

    fn text(f: &OutputFile) -> String {
        String::from_utf8(f.bytes.clone()).unwrap_or_default()
    }

    #[test]
    fn one_sitemap_with_alternates_and_content_dates() {
        let fx = Fixture::basic();
        let plan = plan(&fx);
        fx.with_env(|env| {
            let out = files(env, &plan, Limits::PROTOCOL);
            assert_eq!(out.len(), 1);
            let xml = text(&out[0]);
            assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
            // A job's lastmod is its posting date; its Swedish translation is an alternate.
            let job = xml.lines().find(|l| l.contains("<loc>https://example.fi/kampanja/raahe/tyopaikat/cnc-koneistaja/</loc>")).unwrap_or("");
            assert!(job.contains("<lastmod>2026-11-20</lastmod>"), "{job}");
            assert!(job.contains("hreflang=\"sv\" href=\"https://example.fi/kampanja/sv/brahestad/lediga-jobb/cnc-maskinist/\""), "{job}");
            assert!(job.contains("hreflang=\"x-default\" href=\"https://example.fi/kampanja/raahe/tyopaikat/cnc-koneistaja/\""), "{job}");
            // Other pages use the build's today; 404 pages are not listed.
            assert!(xml.contains("<loc>https://example.fi/kampanja/</loc><lastmod>2026-11-29</lastmod>"));
            assert!(!xml.contains("404"));
            // A page in one language only has no alternates.
            let sv_only = xml.lines().find(|l| l.contains("vindkraftstekniker")).unwrap_or("");
            assert!(!sv_only.contains("xhtml:link"), "{sv_only}");
        });
    }

    #[test]
    fn splits_into_an_index_past_the_limits() {
        let fx = Fixture::basic();
        let plan = plan(&fx);
        fx.with_env(|env| {
            let all = files(env, &plan, Limits::PROTOCOL);
            let total = text(&all[0]).matches("<url>").count();
            let out = files(
                env,
                &plan,
                Limits {
                    urls: 10,
                    bytes: Limits::PROTOCOL.bytes,
                },
            );
            assert_eq!(out[0].path, "sitemap.xml");
            let index = text(&out[0]);
            assert!(index.contains("<sitemapindex"));
            assert_eq!(out.len() - 1, total.div_ceil(10));
            assert!(index.contains("<loc>https://example.fi/kampanja/sitemap-1.xml</loc>"));
            let counted: usize = out[1..]
                .iter()
                .map(|f| text(f).matches("<url>").count())
                .sum();
            assert_eq!(counted, total);
            assert!(
                out[1..]
                    .iter()
                    .all(|f| text(f).matches("<url>").count() <= 10)
            );
            // And by size.
            let small = files(
                env,
                &plan,
                Limits {
                    urls: 50_000,
                    bytes: 4_000,
                },
            );
            assert!(small.len() > 2);
            assert!(
                small[1..].iter().all(|f| f.bytes.len() <= 4_000),
                "every child fits"
            );
        });
    }
}
