//! Being found: everything that lets search engines, feed readers, calendars and the site's own
//! search find the campaign's jobs and study paths, built from the typed [`Site`], never from
//! rendered HTML.
//!
//! - [`page_meta`]: per page, the JSON-LD, Open Graph extras and feed links templates print
//!   (`discover` in the template context; `partials/head-discover.html`).
//! - [`files`]: the extra output files: `sitemap.xml`, Atom and JSON feeds of open jobs,
//!   iCalendar files of events and study application deadlines, and the search index.
//! - [`robots_txt`]: `robots.txt` pointing to the sitemap.
//!
//! URLs (documented in `docs/discoverability.md`), with `LIST` the list page of a section, for
//! all towns (`/tyopaikat/`) or one town (`/raahe/tyopaikat/`), in each language:
//! - jobs: `LIST(jobs)atom.xml` and `LIST(jobs)feed.json`
//! - events and application deadlines: `LIST(events)CALENDAR.ics` (`kalenteri.ics`, `kalender.ics`:
//!   the theme string `calendar_file`)
//! - search: `/SEARCH/` (`/haku/`, `/sv/sok/`: the theme string `search_segment`), its index in
//!   `/SEARCH/index.json` and `/SEARCH/terms-N.json`, the script `/aikosite-search.js`
//! - `/sitemap.xml` (an index of `/sitemap-N.xml` when over 50,000 URLs or 50 MB)

mod feeds;
mod ical;
mod jsonld;
mod search;
mod sitemap;

use crate::config::{Config, Section};
use crate::lang::Lang;
use crate::markdown::{self, LinkTarget, Resolver};
use crate::render::views::Strings;
use crate::render::{Facet, OutputFile, PageJob, Renderer};
use crate::site::{Body, Site, Tr};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

pub use search::SEARCH_SCRIPT_PATH;

/// What every part of this module reads: the config, the linked site, the theme's UI strings
/// and the renderer (for the URLs of lists and filter pages, decided in one place).
pub struct Env<'a> {
    pub config: &'a Config,
    pub site: &'a Site,
    pub strings: &'a BTreeMap<Lang, Strings>,
    pub renderer: &'a Renderer<'a>,
}

impl Env<'_> {
    /// A UI string of the theme, or `default` when the theme does not have it (a site's own
    /// theme written before this module existed).
    pub fn s(&self, lang: &Lang, key: &str, default: &str) -> String {
        self.strings
            .get(lang)
            .and_then(|s| s.get(key))
            .filter(|v| !v.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| default.to_string())
    }

    pub fn text(&self, value: &crate::lang::Localized, lang: &Lang) -> String {
        self.config.text(value, lang).to_string()
    }

    /// `https://example.fi/kampanja/raahe/` for a site path.
    pub fn absolute(&self, site_path: &str) -> String {
        self.config.base_url.absolute(site_path)
    }

    /// `/kampanja/raahe/` for a site path: what links in pages use.
    pub fn href(&self, site_path: &str) -> String {
        self.config.base_url.href(site_path)
    }

    fn list(&self, section: Section, town: Option<usize>, lang: &Lang) -> String {
        self.renderer.list_path(section, town, lang, 1)
    }

    /// The host of the base URL, for iCalendar UIDs.
    fn host(&self) -> &str {
        let origin = &self.config.base_url.origin;
        origin.split_once("://").map_or(origin.as_str(), |(_, h)| h)
    }

    fn home_path(&self, lang: &Lang) -> String {
        self.site
            .home
            .tr(lang)
            .map(|t| t.path.clone())
            .unwrap_or_else(|| format!("/{}", self.config.lang_prefix(lang)))
    }

    /// An image under `content/` as an absolute URL of its published, processed copy.
    fn image_url(&self, rel: &Path) -> String {
        self.renderer
            .assets()
            .absolute_url(rel)
            .unwrap_or_else(|| self.absolute(&crate::link::asset_site_path(rel)))
    }
}

/// A theme string as a URL segment: as it is when it already is a slug (the usual case, and
/// this runs for every page), else slugified.
fn segment(text: &str) -> String {
    if crate::slug::is_slug(text) {
        text.to_string()
    } else {
        crate::slug::slugify(text)
    }
}

/// The site path of the jobs Atom feed of a town (or all towns) in a language.
pub fn atom_path(env: &Env, town: Option<usize>, lang: &Lang) -> String {
    format!("{}atom.xml", env.list(Section::Jobs, town, lang))
}

/// The site path of the jobs JSON Feed of a town (or all towns) in a language.
pub fn json_feed_path(env: &Env, town: Option<usize>, lang: &Lang) -> String {
    format!("{}feed.json", env.list(Section::Jobs, town, lang))
}

/// The site path of the calendar of a town (or all towns) in a language.
pub fn calendar_path(env: &Env, town: Option<usize>, lang: &Lang) -> String {
    format!(
        "{}{}.ics",
        env.list(Section::Events, town, lang),
        segment(&env.s(lang, "calendar_file", "calendar"))
    )
}

/// The site path of the search page in a language: `/haku/`, `/sv/sok/`.
pub fn search_path(config: &Config, strings: Option<&Strings>, lang: &Lang) -> String {
    let segment = strings
        .and_then(|s| s.get("search_segment"))
        .map(|s| segment(s))
        .filter(|s| !s.is_empty());
    format!(
        "/{}{}/",
        config.lang_prefix(lang),
        segment.as_deref().unwrap_or("search")
    )
}

/// Whether the search page's path is free: a free page or town at the same path keeps it, and
/// then the language has no search page (rename the page, or `search_segment` in the theme).
pub fn search_page_free(
    config: &Config,
    site: &Site,
    strings: Option<&Strings>,
    lang: &Lang,
) -> bool {
    let path = search_path(config, strings, lang);
    let taken = site
        .pages
        .iter()
        .chain(site.towns.iter().map(|t| &t.page))
        .any(|p| p.tr(lang).is_some_and(|t| t.path == path));
    !taken
}

/// A `<link rel="alternate">` (and visible subscribe link) of a page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FeedLink {
    /// `application/atom+xml`, `application/feed+json` or `text/calendar`.
    pub mime: &'static str,
    /// `atom`, `json` or `calendar`.
    pub kind: &'static str,
    /// What the feed holds ("Avoimet työpaikat – Raahe"), for the `title` attribute.
    pub title: String,
    /// The visible link text ("Atom-syöte").
    pub label: String,
    /// Root-relative URL with the base path.
    pub href: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImageMeta {
    /// Absolute URL.
    pub url: String,
    pub alt: String,
}

/// What `partials/head-discover.html` prints for one page (`discover` in templates).
#[derive(Debug, Clone, Serialize)]
pub struct PageMeta {
    /// The JSON-LD graph, already escaped for a `<script>` element; print it with `| safe`.
    pub jsonld: Option<String>,
    /// `fi_FI`, `sv_FI`.
    pub og_locale: String,
    /// The locales of the page's other translations.
    pub og_locale_alternates: Vec<String>,
    pub image: Option<ImageMeta>,
    /// `summary_large_image` when the page has an image, else `summary`.
    pub twitter_card: &'static str,
    pub feeds: Vec<FeedLink>,
    /// The search page in the page's language (root-relative).
    pub search_url: String,
}

/// The Open Graph locale of a language: `fi` → `fi_FI`, `sv` → `sv_FI`; the campaign sites are
/// Finnish, so other languages are written as spoken in Finland too (`en_FI`).
pub fn og_locale(lang: &Lang) -> String {
    format!("{}_FI", lang.code())
}

/// Which languages a page exists in.
fn page_langs(env: &Env, job: &PageJob) -> Vec<Lang> {
    let site = env.site;
    env.config
        .languages
        .iter()
        .filter(|l| match job {
            PageJob::Home(_) => site.home.tr(l).is_some(),
            PageJob::Page(i, _) => site.pages[*i].tr(l).is_some(),
            PageJob::Item(s, i, _) => item_tr(site, *s, *i, l).is_some(),
            _ => true,
        })
        .cloned()
        .collect()
}

/// The translation of item `i` of a section in a language.
pub(crate) fn item_tr<'s>(
    site: &'s Site,
    section: Section,
    i: usize,
    lang: &Lang,
) -> Option<&'s Tr> {
    match section {
        Section::Jobs => site.jobs[i].tr(lang),
        Section::Studies => site.studies[i].tr(lang),
        Section::Companies => site.companies[i].tr(lang),
        Section::Stories => site.stories[i].tr(lang),
        Section::Events => site.events[i].tr(lang),
    }
}

/// The town of item `i` of a section.
pub(crate) fn item_town(site: &Site, section: Section, i: usize) -> Option<usize> {
    match section {
        Section::Jobs => site.jobs[i].town,
        Section::Studies => site.studies[i].town,
        Section::Companies => Some(site.companies[i].town),
        Section::Stories => site.stories[i].town,
        Section::Events => site.events[i].town,
    }
}

fn job_lang(job: &PageJob) -> &Lang {
    match job {
        PageJob::Home(l)
        | PageJob::NotFound(l)
        | PageJob::Page(_, l)
        | PageJob::Town(_, l)
        | PageJob::Item(_, _, l) => l,
        PageJob::List { lang, .. } | PageJob::Filter { lang, .. } => lang,
        PageJob::Search(l) => l,
    }
}

/// The name of a filter page's facet value in a language ("Metalliteollisuus", "Kokoaikainen").
pub(crate) fn facet_name(env: &Env, facet: Facet, value: &str, lang: &Lang) -> String {
    match facet {
        Facet::Sector => env
            .config
            .sector(value)
            .map_or_else(|| value.to_string(), |s| env.text(&s.name, lang)),
        Facet::EmploymentType | Facet::Level => {
            env.s(lang, &format!("{}_{value}", facet.key()), value)
        }
    }
}

/// The feeds a page announces: jobs feeds on the home page, town pages, job lists and job pages;
/// the calendar on the home page, town pages and event and study lists and pages.
pub fn feed_links(env: &Env, job: &PageJob) -> Vec<FeedLink> {
    let site = env.site;
    let (jobs, calendar, town) = match job {
        PageJob::Home(_) => (true, true, None),
        PageJob::Town(t, _) => (true, true, Some(*t)),
        PageJob::List { section, town, .. } => (
            *section == Section::Jobs,
            matches!(section, Section::Events | Section::Studies),
            *town,
        ),
        PageJob::Filter { section, .. } => (
            *section == Section::Jobs,
            matches!(section, Section::Events | Section::Studies),
            None,
        ),
        PageJob::Item(section, i, _) => (
            *section == Section::Jobs,
            matches!(section, Section::Events | Section::Studies),
            item_town(site, *section, *i),
        ),
        _ => (false, false, None),
    };
    let lang = job_lang(job);
    let place = match town {
        Some(t) => env.text(&site.towns[t].name, lang),
        None => env.text(&env.config.title, lang),
    };
    let mut out = Vec::new();
    if jobs {
        let title = format!("{} – {place}", env.s(lang, "open_jobs", "Jobs"));
        out.push(FeedLink {
            mime: "application/atom+xml",
            kind: "atom",
            title: title.clone(),
            label: env.s(lang, "feed_atom", "Atom"),
            href: env.href(&atom_path(env, town, lang)),
        });
        out.push(FeedLink {
            mime: "application/feed+json",
            kind: "json",
            title,
            label: env.s(lang, "feed_json", "JSON Feed"),
            href: env.href(&json_feed_path(env, town, lang)),
        });
    }
    if calendar {
        out.push(FeedLink {
            mime: "text/calendar",
            kind: "calendar",
            title: format!(
                "{} – {place}",
                env.s(lang, "calendar_title", "Events and deadlines")
            ),
            label: env.s(lang, "calendar", "Calendar"),
            href: env.href(&calendar_path(env, town, lang)),
        });
    }
    out
}

/// Everything `partials/head-discover.html` needs for one page.
pub fn page_meta(env: &Env, job: &PageJob) -> PageMeta {
    let lang = job_lang(job);
    let langs = page_langs(env, job);
    let image = jsonld::page_image(env, job);
    PageMeta {
        jsonld: jsonld::page_graph(env, job).map(|g| jsonld::script_json(&g)),
        og_locale: og_locale(lang),
        og_locale_alternates: langs.iter().filter(|l| *l != lang).map(og_locale).collect(),
        twitter_card: if image.is_some() {
            "summary_large_image"
        } else {
            "summary"
        },
        image,
        feeds: feed_links(env, job),
        search_url: env.href(&search_path(env.config, env.strings.get(lang), lang)),
    }
}

/// What `search.html` needs besides the page: where the index and the script are, and the
/// strings the script shows.
#[derive(Debug, Clone, Serialize)]
pub struct SearchView {
    pub index_url: String,
    pub script_url: String,
}

pub fn search_view(env: &Env, lang: &Lang) -> SearchView {
    let path = search_path(env.config, env.strings.get(lang), lang);
    SearchView {
        index_url: env.href(&format!("{path}index.json")),
        script_url: env.href(SEARCH_SCRIPT_PATH),
    }
}

/// Every extra file: sitemap, feeds, calendars and the search index with its script.
/// `plan` is the renderer's plan: the sitemap lists exactly the pages that were rendered.
pub fn files(env: &Env, plan: &[PageJob]) -> Vec<OutputFile> {
    let searched: Vec<&Lang> = plan
        .iter()
        .filter_map(|j| match j {
            PageJob::Search(l) => Some(l),
            _ => None,
        })
        .collect();
    // Four independent products: built side by side, listed in a fixed order.
    let ((mut out, feeds), (ical, search)) = rayon::join(
        || {
            rayon::join(
                || sitemap::files(env, plan, sitemap::Limits::PROTOCOL),
                || feeds::files(env),
            )
        },
        || {
            rayon::join(
                || ical::files(env),
                || {
                    if searched.is_empty() {
                        Vec::new()
                    } else {
                        search::files(env, &searched)
                    }
                },
            )
        },
    );
    out.extend(feeds);
    out.extend(ical);
    out.extend(search);
    out
}

/// `robots.txt`: everything allowed, and where the sitemap is.
pub fn robots_txt(config: &Config) -> Vec<u8> {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        config.base_url.absolute("/sitemap.xml")
    )
    .into_bytes()
}

/// Renders a body to HTML with absolute links and images, for feeds and JSON-LD (read outside
/// the site, where root-relative links do not work).
pub(crate) fn absolute_html(env: &Env, body: &Body) -> String {
    if body.markdown.trim().is_empty() {
        return String::new();
    }
    markdown::render(&body.markdown, &AbsoluteResolver { env, body }).html
}

struct AbsoluteResolver<'a> {
    env: &'a Env<'a>,
    body: &'a Body,
}

impl AbsoluteResolver<'_> {
    fn absolute(&self, url: &str) -> String {
        if url.starts_with('/') {
            format!("{}{url}", self.env.config.base_url.origin)
        } else {
            url.to_string()
        }
    }
}

impl Resolver for AbsoluteResolver<'_> {
    fn link(&self, dest: &str) -> LinkTarget {
        match self.body.links.get(dest) {
            Some(LinkTarget::Url(u)) => LinkTarget::Url(self.absolute(u)),
            Some(other) => other.clone(),
            None => LinkTarget::AsWritten,
        }
    }

    fn image(&self, dest: &str, alt: &str, _first: bool) -> String {
        let src = match self.body.images.get(dest) {
            Some(p) => self.env.image_url(p),
            None => dest.to_string(),
        };
        format!(
            "<img src=\"{}\" alt=\"{}\">",
            crate::render::escape_html(&src),
            crate::render::escape_html(alt)
        )
    }
}

/// A plain-text summary: the description, else the body's first paragraph.
pub(crate) fn summary(tr: &Tr) -> String {
    tr.description
        .clone()
        .unwrap_or_else(|| tr.body.summary.clone())
}

/// Escapes text for XML content and attribute values.
pub(crate) fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids; authors never mean them.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod testing {
    //! A small linked site for unit tests, built from the `basic` fixture.
    use super::*;
    use crate::build::{BuildOptions, load_and_link};
    use crate::dates::Date;

    pub struct Fixture {
        pub linked: crate::build::Linked,
    }

    impl Fixture {
        pub fn basic() -> Fixture {
            let opts = BuildOptions {
                root: Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic"),
                output: None,
                base_url: None,
                drafts: false,
                today: Date::new(2026, 11, 29).expect("valid date"),
                force: false,
            };
            match load_and_link(&opts) {
                Ok(linked) => Fixture { linked },
                Err(e) => panic!("the basic fixture does not link: {e:?}"),
            }
        }

        pub fn with_env<R>(&self, f: impl FnOnce(&Env) -> R) -> R {
            let l = &self.linked;
            let templates =
                crate::render::Templates::compile(&l.theme).unwrap_or_else(|e| panic!("{e:?}"));
            let renderer = Renderer::new(&l.config, &l.site, &l.theme, templates);
            let env = Env {
                config: &l.config,
                site: &l.site,
                strings: &l.theme.strings,
                renderer: &renderer,
            };
            f(&env)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::Fixture;
    use super::*;

    #[test]
    fn urls_use_the_localized_segments() {
        let fx = Fixture::basic();
        fx.with_env(|env| {
            let fi = &env.config.languages[0];
            let sv = &env.config.languages[1];
            assert_eq!(atom_path(env, None, fi), "/tyopaikat/atom.xml");
            assert_eq!(
                json_feed_path(env, Some(0), sv),
                "/sv/kristinestad/lediga-jobb/feed.json"
            );
            assert_eq!(
                calendar_path(env, Some(1), sv),
                "/sv/brahestad/evenemang/kalender.ics"
            );
            assert_eq!(calendar_path(env, None, fi), "/tapahtumat/kalenteri.ics");
            assert_eq!(search_path(env.config, env.strings.get(sv), sv), "/sv/sok/");
            assert_eq!(search_path(env.config, None, fi), "/search/");
        });
    }

    #[test]
    fn a_free_page_at_the_search_path_keeps_it() {
        let fx = Fixture::basic();
        let l = &fx.linked;
        let fi = &l.config.languages[0];
        assert!(search_page_free(
            &l.config,
            &l.site,
            l.theme.strings.get(fi),
            fi
        ));
        let mut site = l.site.clone();
        site.pages[0].trs[0].path = "/haku/".into();
        assert!(!search_page_free(
            &l.config,
            &site,
            l.theme.strings.get(fi),
            fi
        ));
    }

    #[test]
    fn robots_txt_points_to_the_sitemap() {
        let fx = Fixture::basic();
        let text = String::from_utf8(robots_txt(&fx.linked.config)).unwrap_or_default();
        assert!(
            text.contains("Sitemap: https://example.fi/kampanja/sitemap.xml\n"),
            "{text}"
        );
        assert!(text.starts_with("User-agent: *\nAllow: /\n"));
    }

    #[test]
    fn xml_escape_escapes_markup_and_drops_control_characters() {
        assert_eq!(
            xml_escape("a<b>&\"c\"'\u{1}"),
            "a&lt;b&gt;&amp;&quot;c&quot;&apos;"
        );
    }

    #[test]
    fn pages_announce_their_feeds() {
        let fx = Fixture::basic();
        fx.with_env(|env| {
            let fi = env.config.languages[0].clone();
            let raahe = env
                .site
                .towns
                .iter()
                .position(|t| t.folder == "raahe")
                .unwrap_or(0);
            let links = feed_links(env, &PageJob::Town(raahe, fi.clone()));
            let kinds: Vec<_> = links.iter().map(|f| (f.kind, f.href.as_str())).collect();
            assert_eq!(
                kinds,
                [
                    ("atom", "/kampanja/raahe/tyopaikat/atom.xml"),
                    ("json", "/kampanja/raahe/tyopaikat/feed.json"),
                    ("calendar", "/kampanja/raahe/tapahtumat/kalenteri.ics")
                ]
            );
            let stories = feed_links(
                env,
                &PageJob::List {
                    section: Section::Stories,
                    town: None,
                    lang: fi.clone(),
                    page: 1,
                },
            );
            assert!(stories.is_empty());
            let events = feed_links(
                env,
                &PageJob::List {
                    section: Section::Events,
                    town: None,
                    lang: fi,
                    page: 1,
                },
            );
            assert_eq!(
                events.iter().map(|f| f.kind).collect::<Vec<_>>(),
                ["calendar"]
            );
        });
    }
}
