//! Being found: everything that lets search engines, feed readers, calendars and the site's own
//! search find the campaign's jobs and study paths, built from the typed [`Site`], never from
//! rendered HTML.
//!
//! - [`page_meta`]: per page, the JSON-LD, Open Graph extras and feed links templates print
//!   (`discover` in the template context; `partials/head-discover.html`).
//! - [`files_but_search`] and [`search_index`]: the extra output files: `sitemap.xml`, Atom
//!   and JSON feeds of open jobs, iCalendar files of events and study application deadlines;
//!   then the search index (made apart: `build` writes each part before making the next, and
//!   `serve` puts the quick part in place first).
//! - [`robots_txt`]: `robots.txt` pointing to the sitemap.
//!
//! URLs (documented in `docs/discoverability.md`), with `LIST` the list page of a section, for
//! all towns (`/tyopaikat/`) or one town (`/raahe/tyopaikat/`), in each language:
//! - jobs: `LIST(jobs)atom.xml` and `LIST(jobs)feed.json`
//! - events and application deadlines: `LIST(events)CALENDAR.ics` (`kalenteri.ics`, `kalender.ics`:
//!   the theme string `calendar_file`)
//! - search: `/SEARCH/` (`/haku/`, `/sv/sok/`: the theme string `search_segment`), its index in
//!   `/SEARCH/index.json` (a manifest), `/SEARCH/terms-N.json` and `/SEARCH/pages-N.json`, the
//!   script `/aikosite-search.js`
//! - `/sitemap.xml` (an index of `/sitemap-N.xml` when over 50,000 URLs or 50 MB)

mod feeds;
mod ical;
mod jsonld;
mod search;
mod sitemap;

use crate::assets::AssetPlan;
use crate::config::{Config, Section};
use crate::lang::Lang;
use crate::markdown::{self, LinkTarget, Resolver};
use crate::routes::{Facet, PageId, Routes};
use crate::site::{Body, Site, Tr};
use crate::theme::Strings;
use crate::write::Sink;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

pub(crate) use crate::routes::{item_town, item_tr};
pub use search::SEARCH_SCRIPT_PATH;

/// What every part of this module reads: the config, the linked site, the theme's UI strings,
/// the routes (every address, decided in one place) and the image plan.
pub struct Env<'a> {
    pub config: &'a Config,
    pub site: &'a Site,
    pub strings: &'a BTreeMap<Lang, Strings>,
    pub routes: &'a Routes,
    pub assets: &'a AssetPlan,
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

    /// The host of the base URL, for iCalendar UIDs.
    fn host(&self) -> &str {
        let origin = &self.config.base_url.origin;
        crate::target::host(origin).unwrap_or(origin)
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
        self.assets
            .absolute_url(rel)
            .unwrap_or_else(|| self.absolute(&crate::routes::paths::asset_site_path(rel)))
    }
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
fn page_langs(env: &Env, job: &PageId) -> Vec<Lang> {
    let site = env.site;
    env.config
        .languages
        .iter()
        .filter(|l| match job {
            PageId::Home(_) => site.home.tr(l).is_some(),
            PageId::Page(i, _) => site.pages[*i].tr(l).is_some(),
            PageId::Item(s, i, _) => item_tr(site, *s, *i, l).is_some(),
            _ => true,
        })
        .cloned()
        .collect()
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
pub fn feed_links(env: &Env, job: &PageId) -> Vec<FeedLink> {
    let site = env.site;
    let (jobs, calendar, town) = match job {
        PageId::Home(_) => (true, true, None),
        PageId::Town(t, _) => (true, true, Some(*t)),
        PageId::List { section, town, .. } => (
            *section == Section::Jobs,
            matches!(section, Section::Events | Section::Studies),
            *town,
        ),
        PageId::Filter { section, .. } => (
            *section == Section::Jobs,
            matches!(section, Section::Events | Section::Studies),
            None,
        ),
        PageId::Item(section, i, _) => (
            *section == Section::Jobs,
            matches!(section, Section::Events | Section::Studies),
            item_town(site, *section, *i),
        ),
        _ => (false, false, None),
    };
    let lang = job.lang();
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
            href: env.href(&env.routes.atom_path(town, lang)),
        });
        out.push(FeedLink {
            mime: "application/feed+json",
            kind: "json",
            title,
            label: env.s(lang, "feed_json", "JSON Feed"),
            href: env.href(&env.routes.json_feed_path(town, lang)),
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
            href: env.href(&env.routes.calendar_path(town, lang)),
        });
    }
    out
}

/// Everything `partials/head-discover.html` needs for one page.
pub fn page_meta(env: &Env, job: &PageId) -> PageMeta {
    let lang = job.lang();
    let langs = page_langs(env, job);
    let image = jsonld::page_image(env, job);
    PageMeta {
        jsonld: jsonld::page_graph(env, job).map(|g| crate::escape::script_json(&g)),
        og_locale: og_locale(lang),
        og_locale_alternates: langs.iter().filter(|l| *l != lang).map(og_locale).collect(),
        twitter_card: if image.is_some() {
            "summary_large_image"
        } else {
            "summary"
        },
        image,
        feeds: feed_links(env, job),
        search_url: env.href(env.routes.search_address(lang)),
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
    let path = env.routes.search_address(lang);
    SearchView {
        index_url: env.href(&crate::routes::paths::search_index(path)),
        script_url: env.href(SEARCH_SCRIPT_PATH),
    }
}

/// The sitemap, feeds and calendars: quick to make, so `serve` puts them in place before it
/// starts on the search index.
pub fn files_but_search(env: &Env, sink: &Sink) {
    let plan = env.routes.pages();
    // Three independent products, built side by side; each file goes to `sink` when made.
    rayon::join(
        || {
            rayon::join(
                || {
                    for f in sitemap::files(env, plan, sitemap::Limits::PROTOCOL) {
                        sink(f);
                    }
                },
                || feeds::files(env, sink),
            )
        },
        || ical::files(env, sink),
    );
}

/// The search index of every language that has a search page.
pub fn search_index(env: &Env, sink: &Sink) {
    let searched: Vec<&Lang> = env
        .routes
        .pages()
        .iter()
        .filter_map(|j| match j {
            PageId::Search(l) => Some(l),
            _ => None,
        })
        .collect();
    if !searched.is_empty() {
        search::files(env, &searched, sink);
    }
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
    fn raw_html(&self) -> bool {
        self.env.config.raw_html
    }

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
            crate::escape::html(&src),
            crate::escape::html(alt)
        )
    }
}

/// A plain-text summary: the description, else the body's first paragraph.
pub(crate) fn summary(tr: &Tr) -> String {
    tr.description
        .clone()
        .unwrap_or_else(|| tr.body.summary.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Fixture;

    #[test]
    fn urls_use_the_localized_segments() {
        let fx = Fixture::basic();
        fx.with_env(|env| {
            let fi = &env.config.languages[0];
            let sv = &env.config.languages[1];
            let r = env.routes;
            assert_eq!(r.atom_path(None, fi), "/tyopaikat/atom.xml");
            assert_eq!(
                r.json_feed_path(Some(0), sv),
                "/sv/kristinestad/lediga-jobb/feed.json"
            );
            assert_eq!(
                r.calendar_path(Some(1), sv),
                "/sv/brahestad/evenemang/kalender.ics"
            );
            assert_eq!(r.calendar_path(None, fi), "/tapahtumat/kalenteri.ics");
            assert_eq!(r.search_path(sv), Some("/sv/sok/"));
            assert_eq!(
                crate::routes::paths::search(env.config, None, fi),
                "/search/"
            );
        });
    }

    #[test]
    fn a_free_page_at_the_search_path_is_a_collision() {
        let fx = Fixture::basic();
        let s = &fx.stages;
        let fi = &s.config.languages[0];
        assert!(s.routes.search_path(fi).is_some());
        let mut site = s.site.clone();
        site.pages[0].trs[0].path = "/haku/".into();
        let routes = Routes::new(&s.config, &site, &s.theme.strings, true);
        // The search page is planned as always; the page over it is an error, never a
        // silent replacement.
        assert!(routes.pages().contains(&PageId::Search(fi.clone())));
        let ds = crate::routes::collisions::check(&s.config, &site, &routes, &[]);
        assert!(
            ds.iter().any(|d| d.is_error()
                && d.message.contains("/haku/")
                && d.file == site.pages[0].trs[0].file),
            "{ds:?}"
        );
    }

    #[test]
    fn robots_txt_points_to_the_sitemap() {
        let fx = Fixture::basic();
        let text = String::from_utf8(robots_txt(&fx.stages.config)).unwrap_or_default();
        assert!(
            text.contains("Sitemap: https://example.fi/kampanja/sitemap.xml\n"),
            "{text}"
        );
        assert!(text.starts_with("User-agent: *\nAllow: /\n"));
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
            let links = feed_links(env, &PageId::Town(raahe, fi.clone()));
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
                &PageId::List {
                    section: Section::Stories,
                    town: None,
                    lang: fi.clone(),
                    page: 1,
                },
            );
            assert!(stories.is_empty());
            let events = feed_links(
                env,
                &PageId::List {
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
