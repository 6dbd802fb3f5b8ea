//! Stage 2, link: pure. Loaded documents + config + today → an immutable [`Site`], or every
//! diagnostic found.
//!
//! Here translations are grouped and checked against their default-language file, references
//! (company, sector, town, partner companies) resolved, required keys checked, slugs and URLs
//! decided (duplicates reported with every file involved), the published set computed
//! (drafts, expired jobs), and every Markdown link and image resolved or reported.

use crate::config::{Config, Section};
use crate::dates::Date;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::lang::{Lang, Localized};
use crate::load::{Loaded, LoadedTown};
use crate::markdown::Reference;
use crate::site::{AssetRef, Entry, JobFacts, PageFacts, Site, Town, Tr};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

mod assets;
mod bodies;
mod facts;
mod relink;
mod towns;
mod translations;

pub use bodies::AddressBook;
pub use relink::{EntryDocs, LinkedEntry, relink};

/// What the link stage needs besides the content.
#[derive(Debug, Clone, Copy)]
pub struct LinkOptions {
    pub today: Date,
    pub drafts: bool,
}

/// Days before the deadline (inclusive) in which a job is "closing soon".
pub const CLOSING_SOON_DAYS: i64 = 7;

/// What linking the whole site learned besides the site: enough to link one entry again alone
/// ([`relink`]) while every other file stays as it was.
#[derive(Debug, Clone, Default)]
pub struct LinkIndex {
    /// Every file under `content/` that is not a page.
    assets: BTreeSet<PathBuf>,
    static_files: BTreeSet<String>,
    unpublished: BTreeSet<String>,
    broken: BTreeSet<String>,
    book: AddressBook,
}

/// Links the loaded content. The site comes back with every diagnostic found; when there are
/// errors it holds what linked cleanly (so addresses can still be checked) and must not be
/// rendered. The [`LinkIndex`] is what [`relink`] needs to link one entry again.
pub fn link(config: &Config, loaded: Loaded, opts: LinkOptions) -> (Site, LinkIndex, Diagnostics) {
    let Loaded {
        home,
        pages,
        towns,
        assets,
        static_files,
        failed,
    } = loaded;
    let mut l = Linker {
        config,
        opts,
        ds: Diagnostics::new(),
        assets,
        static_files,
        pending: Vec::new(),
        unpublished: BTreeSet::new(),
        broken: failed,
        used_assets: BTreeSet::new(),
        used_images: BTreeMap::new(),
        in_draft: false,
        town_slugs: BTreeMap::new(),
    };

    // Towns first: everything else hangs off them.
    let mut town_list = Vec::new();
    let mut town_docs = Vec::new();
    for t in towns {
        let LoadedTown {
            folder,
            yaml,
            index,
            jobs,
            studies,
            companies,
            stories,
            events,
        } = t;
        let Some(yaml) = yaml else {
            let file = PathBuf::from(format!("content/towns/{folder}/town.yaml"));
            l.ds.push(
                Diagnostic::error(&file, crate::t!("link-town-no-yaml", folder = &folder))
                    .help(crate::t!("link-town-no-yaml-help")),
            );
            continue;
        };
        if let Some(town) = l.town(&folder, &yaml, index) {
            town_list.push(town);
            town_docs.push((jobs, studies, companies, stories, events));
        }
    }

    // Companies of every town, before the jobs that refer to them.
    let mut companies = Vec::new();
    for (ti, docs) in town_docs.iter_mut().enumerate() {
        for c in std::mem::take(&mut docs.2) {
            let key = format!("towns/{}/companies/{}", town_list[ti].folder, c.slug);
            match l.company(&town_list, ti, c) {
                Some(company) => companies.push(Arc::new(company)),
                None if !l.unpublished.contains(&key) => {
                    l.broken.insert(key);
                }
                None => {}
            }
        }
    }

    let mut jobs = Vec::new();
    let mut studies = Vec::new();
    let mut stories = Vec::new();
    let mut events = Vec::new();
    for (ti, (js, ss, _, st, ev)) in town_docs.into_iter().enumerate() {
        let town = &town_list[ti];
        let scope = Scope::Town {
            index: ti,
            town,
            section: Section::Jobs,
        };
        jobs.extend(l.entries(js, scope, |l, d| l.job_facts(d, ti, &town_list, &companies)));
        let scope = Scope::Town {
            index: ti,
            town,
            section: Section::Studies,
        };
        studies.extend(l.entries(ss, scope, |l, d| {
            l.study_facts(d, ti, &town_list, &companies)
        }));
        let scope = Scope::Town {
            index: ti,
            town,
            section: Section::Stories,
        };
        stories.extend(l.entries(st, scope, |l, d| l.story_facts(d)));
        let scope = Scope::Town {
            index: ti,
            town,
            section: Section::Events,
        };
        events.extend(l.entries(ev, scope, |l, d| l.event_facts(d)));
    }
    let mut free_pages = l.entries(pages, Scope::Page, |l, d| l.page_facts(d));
    let home_entry = {
        let mut homes = l.entries(home, Scope::Home, |l, d| l.page_facts(d));
        homes.pop()
    };
    let mut home = home_entry.unwrap_or_else(|| Entry {
        key: "_index".into(),
        town: None,
        facts: PageFacts {
            hero: None,
            accessibility_statement: false,
            reviewed: None,
        },
        trs: Vec::new(),
    });
    // The home page exists in every language, written or not.
    for lang in &config.languages {
        if home.tr(lang).is_none() {
            home.trs.push(l.placeholder_tr(
                lang,
                config.text(&config.title, lang),
                crate::routes::paths::home(config, lang),
            ));
        }
    }
    sort_trs(&mut home.trs, &config.languages);

    // Warnings for pages that need attention.
    for p in &free_pages {
        if let (true, Some(reviewed)) = (p.facts.accessibility_statement, p.facts.reviewed)
            && reviewed.days_until(opts.today) > 365
        {
            let file = &p.trs[0].file;
            l.ds.push(
                Diagnostic::warning(
                    file,
                    crate::t!("link-statement-old", reviewed = reviewed.finnish()),
                )
                .help(crate::t!("link-statement-old-help")),
            );
        }
    }
    free_pages.sort_by(|a, b| a.key.cmp(&b.key));

    // Jobs past their deadline are not published; links to them become plain text.
    let (open, expired): (Vec<_>, Vec<_>) = jobs
        .into_iter()
        .partition(|j: &Entry<JobFacts>| j.facts.deadline >= opts.today);
    for j in &expired {
        l.unpublished.insert(j.key.clone());
    }
    let jobs = open;

    let mut site = Site {
        today: opts.today,
        home,
        pages: free_pages,
        towns: town_list,
        companies,
        jobs: jobs.into_iter().map(Arc::new).collect(),
        studies: studies.into_iter().map(Arc::new).collect(),
        stories: stories.into_iter().map(Arc::new).collect(),
        events: events.into_iter().map(Arc::new).collect(),
        assets: Vec::new(),
        images: BTreeMap::new(),
    };
    let book = AddressBook::of(&site);
    l.resolve_bodies(&mut site, &book);
    site.assets = l.used_assets.iter().cloned().collect();
    site.images = std::mem::take(&mut l.used_images);
    let Linker {
        ds,
        assets,
        static_files,
        unpublished,
        broken,
        ..
    } = l;
    let index = LinkIndex {
        assets,
        static_files,
        unpublished,
        broken,
        book,
    };
    (site, index, ds)
}

/// Where an entry's pages go.
#[derive(Clone, Copy)]
enum Scope<'a> {
    Home,
    Page,
    Town {
        index: usize,
        town: &'a Town,
        section: Section,
    },
}

impl Scope<'_> {
    /// The address of a page of this scope in `lang` (the rules are the routes').
    fn address(&self, config: &Config, lang: &Lang, slug: &str) -> String {
        match self {
            Scope::Home => crate::routes::paths::home(config, lang),
            Scope::Page => crate::routes::paths::top_level(config, lang, slug),
            Scope::Town { town, section, .. } => {
                crate::routes::paths::item(config, lang, town_slug(town, lang), *section, slug)
            }
        }
    }
}

struct Linker<'c> {
    config: &'c Config,
    opts: LinkOptions,
    ds: Diagnostics,
    assets: BTreeSet<PathBuf>,
    static_files: BTreeSet<String>,
    /// Bodies whose references are resolved once every URL is known.
    pending: Vec<PendingBody>,
    /// Keys of content that exists but is not published (drafts, expired jobs).
    unpublished: BTreeSet<String>,
    /// Keys of content with errors of its own: references to it are not reported again.
    broken: BTreeSet<String>,
    /// Files linked from bodies (PDFs…): published as they are.
    used_assets: BTreeSet<PathBuf>,
    /// Pictures (front matter and body images): processed by the image pipeline.
    used_images: BTreeMap<PathBuf, AssetRef>,
    /// The facts being checked are an unpublished draft's: it may refer to other drafts.
    in_draft: bool,
    /// Town slugs taken so far, by language: two towns may not share one.
    town_slugs: BTreeMap<(Lang, String), PathBuf>,
}

struct PendingBody {
    /// The key and language whose Tr gets the resolved body.
    key: String,
    lang: Lang,
    file: PathBuf,
    refs: Vec<Reference>,
}

fn sort_trs(trs: &mut [Tr], langs: &[Lang]) {
    trs.sort_by_key(|t| langs.iter().position(|l| *l == t.lang));
}

impl Linker<'_> {
    pub(super) fn default_lang(&self) -> &Lang {
        &self.config.default_language
    }

    /// Checks that a localized value names only the site's languages.
    pub(super) fn check_langs(
        &mut self,
        src: &crate::yaml::Source,
        path: &[&str],
        value: Option<&Localized>,
    ) {
        let Some(value) = value else { return };
        for bad in value.unknown_languages(&self.config.languages) {
            let langs: Vec<&str> = self.config.languages.iter().map(Lang::code).collect();
            self.ds.push(
                src.error_at(path, crate::t!("config-unknown-language", code = bad))
                    .help(
                        crate::diagnostics::suggest(bad, langs.iter().copied()).unwrap_or_else(
                            || crate::t!("site-languages-are", languages = langs.join(", ")),
                        ),
                    ),
            );
        }
    }

    pub(super) fn placeholder_tr(&self, lang: &Lang, title: &str, path: String) -> Tr {
        Tr::bare(lang, title, path, PathBuf::from(crate::config::CONFIG_FILE))
    }

    /// A web address in front matter: `http(s)://` and a real host, decided by
    /// [`crate::target`] like every other link.
    pub(super) fn check_url(&mut self, src: &crate::yaml::Source, key: &str, url: &str) -> bool {
        use crate::target::{Target, classify, is_web_address};
        if is_web_address(url) {
            return true;
        }
        let d = match classify(url) {
            Target::BadWeb => src
                .error_at(&[key], crate::t!("safety-url-no-host", url = url))
                .help(crate::t!("safety-link-no-host-help")),
            _ => src
                .error_at(&[key], crate::t!("config-bad-url", url = url))
                .help(crate::t!("link-bad-url-help")),
        };
        self.ds.push(d);
        false
    }

    pub(super) fn missing(
        &mut self,
        doc_src: &crate::yaml::Source,
        kind: &str,
        key: &str,
        example: &str,
    ) {
        if doc_src.is_broken(key) {
            return;
        }
        self.ds.push(
            doc_src
                .error_at(&[], crate::t!("link-missing", kind = kind, key = key))
                .help(crate::t!(
                    "config-missing-help",
                    line = format!("{key}: {example}")
                )),
        );
    }
}

/// Output files that are not pages but may be linked (`/sitemap.xml`).
const GENERATED_FILES: &[&str] = &["/sitemap.xml", "/robots.txt", "/404.html"];

fn town_slug<'a>(town: &'a Town, lang: &Lang) -> &'a str {
    // The town page's path is `/{prefix}{slug}/`; its last segment is the town's slug.
    town.tr(lang)
        .map(|t| {
            t.path
                .trim_end_matches('/')
                .rsplit('/')
                .next()
                .unwrap_or(&town.folder)
        })
        .unwrap_or(&town.folder)
}
