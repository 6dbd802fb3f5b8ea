//! Routes: which pages the site has and where every output file lives, decided once from the
//! linked site, the config and the theme's URL strings. Render and discover read it; neither
//! decides an address, and neither imports the other.
//!
//! - [`PageId`]: one page to render (an item, a list page, a filter page, a special page), in
//!   one language.
//! - [`Routes`]: the page plan in build order, the collated lists and facets, and the path of
//!   every page and generated file.
//! - [`paths`]: the address rules themselves, as pure functions.
//! - [`collisions`]: every address the site writes is unique.

pub mod collisions;
mod lists;
pub mod paths;

use crate::config::{Config, Section};
use crate::lang::Lang;
use crate::site::{Site, SitePath, Tr};
use crate::theme::Strings;
use std::collections::{BTreeMap, HashMap};

pub use lists::{FacetValue, ListFacts};

/// One page to render.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PageId {
    Home(Lang),
    NotFound(Lang),
    Page(usize, Lang),
    Town(usize, Lang),
    Item(Section, usize, Lang),
    /// A list of a section, of one town or of all towns; `page` counts from 1.
    List {
        section: Section,
        town: Option<usize>,
        lang: Lang,
        page: usize,
    },
    /// An all-towns list filtered by one facet (`/tyopaikat/ala/metalliteollisuus/`): `value`
    /// is the facet's key (`metal`, `full_time`, `uas`); `page` counts from 1.
    Filter {
        section: Section,
        facet: Facet,
        value: String,
        lang: Lang,
        page: usize,
    },
    /// The site search page (`/haku/`), when the theme has `search.html`.
    Search(Lang),
}

impl PageId {
    pub fn lang(&self) -> &Lang {
        match self {
            PageId::Home(l)
            | PageId::NotFound(l)
            | PageId::Page(_, l)
            | PageId::Town(_, l)
            | PageId::Item(_, _, l)
            | PageId::Search(l) => l,
            PageId::List { lang, .. } | PageId::Filter { lang, .. } => lang,
        }
    }
}

/// What a pre-rendered filter page of an all-towns list filters by (the town filter is the
/// town's own list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Sector,
    EmploymentType,
    Level,
}

impl Facet {
    /// The facets of a section's all-towns list.
    pub fn of(section: Section) -> &'static [Facet] {
        match section {
            Section::Jobs => &[Facet::Sector, Facet::EmploymentType],
            Section::Studies => &[Facet::Level],
            Section::Companies | Section::Stories | Section::Events => &[],
        }
    }

    /// The name templates and the filter script use: `sector`, `employment_type`, `level`.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Sector => "sector",
            Facet::EmploymentType => "employment_type",
            Facet::Level => "level",
        }
    }

    /// The URL segment when the theme's `url_<key>` string does not give one.
    fn default_segment(self) -> &'static str {
        match self {
            Facet::Sector => "sector",
            Facet::EmploymentType => "type",
            Facet::Level => "level",
        }
    }
}

/// A list: a section of one town (`Some`) or of all towns, in a language.
pub type ListKey = (Section, Option<usize>, Lang);

/// The page plan and every address of one linked site.
#[derive(Debug, Clone)]
pub struct Routes {
    languages: Vec<Lang>,
    page_size: usize,
    /// Every page, in build order.
    pages: Vec<PageId>,
    /// Sorted entry indices per list.
    lists: HashMap<ListKey, Vec<usize>>,
    /// The values of each filter facet per language, in display order.
    facets: HashMap<(Facet, Lang), Vec<FacetValue>>,
    /// The all-towns lists narrowed to one facet value, in list order.
    filters: HashMap<(Section, Facet, String, Lang), Vec<usize>>,
    /// Town indices in alphabetical order per language.
    town_order: BTreeMap<Lang, Vec<usize>>,
    /// Open jobs per company and language (company cards count them).
    open_jobs: HashMap<(usize, Lang), usize>,
    /// The first page of every list, per language.
    list_paths: HashMap<ListKey, SitePath>,
    /// Per language: the facet URL segments, the search page (when the language has one),
    /// the 404 page and the calendar file name's strings.
    per_lang: BTreeMap<Lang, LangRoutes>,
}

#[derive(Debug, Clone)]
struct LangRoutes {
    facet_segments: BTreeMap<Facet, String>,
    /// The search page's address, whether or not the language has the page.
    search: SitePath,
    search_page: bool,
    not_found: SitePath,
    strings: Strings,
    page_segment: String,
}

impl Routes {
    /// Plans the site. `search_template`: the theme has `search.html`, so each language whose
    /// search address is free gets a search page.
    pub fn new(
        config: &Config,
        site: &Site,
        strings: &BTreeMap<Lang, Strings>,
        search_template: bool,
    ) -> Routes {
        let mut r = Routes {
            languages: config.languages.clone(),
            page_size: config.page_size,
            pages: Vec::new(),
            lists: HashMap::new(),
            facets: HashMap::new(),
            filters: HashMap::new(),
            town_order: BTreeMap::new(),
            open_jobs: HashMap::new(),
            list_paths: HashMap::new(),
            per_lang: BTreeMap::new(),
        };
        for lang in &config.languages {
            let s = strings.get(lang).cloned().unwrap_or_default();
            let facet_segments = [Facet::Sector, Facet::EmploymentType, Facet::Level]
                .into_iter()
                .map(|f| {
                    let seg = s
                        .get(&format!("url_{}", f.key()))
                        .map(|v| crate::slug::slugify(v))
                        .filter(|v| !v.is_empty())
                        .unwrap_or_else(|| f.default_segment().to_string());
                    (f, seg)
                })
                .collect();
            let search = paths::search(config, Some(&s), lang);
            r.per_lang.insert(
                lang.clone(),
                LangRoutes {
                    facet_segments,
                    search,
                    // A page at the search address is a collision (`collisions.rs`), never a
                    // silent replacement of the search page.
                    search_page: search_template,
                    not_found: paths::not_found(config, lang),
                    strings: s,
                    page_segment: config.page_segment(lang).to_string(),
                },
            );
            for section in Section::ALL {
                let all = paths::list(config, lang, None, section);
                r.list_paths.insert((section, None, lang.clone()), all);
                for (t, town) in site.towns.iter().enumerate() {
                    if let Some(tr) = town.tr(lang) {
                        let p = paths::list(config, lang, Some(&tr.path), section);
                        r.list_paths.insert((section, Some(t), lang.clone()), p);
                    }
                }
            }
        }
        lists::compute(&mut r, config, site);
        r.pages = r.plan(config, site);
        r
    }

    /// The site's languages, in config order.
    pub fn languages(&self) -> impl Iterator<Item = &Lang> {
        self.languages.iter()
    }

    /// Every page of the site, in build order.
    pub fn pages(&self) -> &[PageId] {
        &self.pages
    }

    /// The sorted entry indices of a list.
    pub fn list(&self, section: Section, town: Option<usize>, lang: &Lang) -> &[usize] {
        self.lists
            .get(&(section, town, lang.clone()))
            .map_or(&[], Vec::as_slice)
    }

    /// The all-towns list of `section` in `lang` narrowed to one facet value, in list order.
    pub fn filtered(&self, section: Section, facet: Facet, value: &str, lang: &Lang) -> &[usize] {
        self.filters
            .get(&(section, facet, value.to_string(), lang.clone()))
            .map_or(&[], Vec::as_slice)
    }

    /// The values of a facet in a language, in display order.
    pub fn facet_values(&self, facet: Facet, lang: &Lang) -> &[FacetValue] {
        self.facets
            .get(&(facet, lang.clone()))
            .map_or(&[], Vec::as_slice)
    }

    /// Town indices in alphabetical order (towns that exist in `lang`).
    pub fn town_order(&self, lang: &Lang) -> &[usize] {
        self.town_order.get(lang).map_or(&[], Vec::as_slice)
    }

    /// Open jobs of a company in a language.
    pub fn open_jobs(&self, company: usize, lang: &Lang) -> usize {
        self.open_jobs
            .get(&(company, lang.clone()))
            .copied()
            .unwrap_or(0)
    }

    /// What a list or filter page shows of its list: its entries, and the whole list's length.
    pub fn window(&self, page: &PageId) -> Option<(&[usize], usize)> {
        let (all, n) = match page {
            PageId::List {
                section,
                town,
                lang,
                page,
            } => (self.list(*section, *town, lang), *page),
            PageId::Filter {
                section,
                facet,
                value,
                lang,
                page,
            } => (self.filtered(*section, *facet, value, lang), *page),
            _ => return None,
        };
        let start = n
            .saturating_sub(1)
            .saturating_mul(self.page_size)
            .min(all.len());
        let end = start.saturating_add(self.page_size).min(all.len());
        Some((&all[start..end], all.len()))
    }

    /// How many pages a list of `len` entries takes.
    pub fn page_count(&self, len: usize) -> usize {
        len.div_ceil(self.page_size).max(1)
    }

    pub fn page_size(&self) -> usize {
        self.page_size
    }

    /// The site path of a list page.
    pub fn list_path(
        &self,
        section: Section,
        town: Option<usize>,
        lang: &Lang,
        page: usize,
    ) -> SitePath {
        let first = self
            .list_paths
            .get(&(section, town, lang.clone()))
            .or_else(|| self.list_paths.get(&(section, None, lang.clone())))
            .cloned()
            .unwrap_or_default();
        self.paginated(lang, first, page)
    }

    fn paginated(&self, lang: &Lang, first: SitePath, page: usize) -> SitePath {
        if page <= 1 {
            return first;
        }
        let seg = self
            .per_lang
            .get(lang)
            .map_or("page", |l| l.page_segment.as_str());
        format!("{first}{seg}/{page}/")
    }

    /// The site path of a filter page: `/tyopaikat/ala/metalliteollisuus/`.
    pub fn filter_path(
        &self,
        section: Section,
        facet: Facet,
        value: &str,
        lang: &Lang,
        page: usize,
    ) -> SitePath {
        let slug = self
            .facet_values(facet, lang)
            .iter()
            .find(|v| v.key == value)
            .map_or_else(|| crate::slug::slugify(value), |v| v.slug.clone());
        let seg = self
            .per_lang
            .get(lang)
            .and_then(|l| l.facet_segments.get(&facet))
            .map_or(facet.default_segment(), String::as_str);
        let first = format!("{}{seg}/{slug}/", self.list_path(section, None, lang, 1));
        self.paginated(lang, first, page)
    }

    /// The search page of a language, when it has one.
    pub fn search_path(&self, lang: &Lang) -> Option<&str> {
        self.per_lang
            .get(lang)
            .filter(|l| l.search_page)
            .map(|l| l.search.as_str())
    }

    /// Where the search page of a language is, or would be (the search form points there).
    pub fn search_address(&self, lang: &Lang) -> &str {
        self.per_lang
            .get(lang)
            .map_or("/search/", |l| l.search.as_str())
    }

    /// The jobs Atom feed of a town (or all towns) in a language.
    pub fn atom_path(&self, town: Option<usize>, lang: &Lang) -> SitePath {
        paths::atom(&self.list_path(Section::Jobs, town, lang, 1))
    }

    /// The jobs JSON Feed of a town (or all towns) in a language.
    pub fn json_feed_path(&self, town: Option<usize>, lang: &Lang) -> SitePath {
        paths::json_feed(&self.list_path(Section::Jobs, town, lang, 1))
    }

    /// The calendar of a town (or all towns) in a language.
    pub fn calendar_path(&self, town: Option<usize>, lang: &Lang) -> SitePath {
        paths::calendar(
            &self.list_path(Section::Events, town, lang, 1),
            self.per_lang.get(lang).map(|l| &l.strings),
        )
    }

    /// The content file a page is written from (`None` for lists and other generated pages).
    pub fn source_file<'s>(&self, site: &'s Site, page: &PageId) -> Option<&'s std::path::Path> {
        let tr = match page {
            PageId::Home(l) => site.home.tr(l),
            PageId::Page(i, l) => site.pages.get(*i).and_then(|p| p.tr(l)),
            PageId::Town(t, l) => site.towns.get(*t).and_then(|x| x.tr(l)),
            PageId::Item(s, i, l) => item_tr(site, *s, *i, l),
            _ => None,
        };
        tr.map(|t| t.file.as_path())
    }

    /// The site path of any page.
    pub fn path(&self, site: &Site, page: &PageId) -> SitePath {
        let tr_path = |tr: Option<&Tr>| tr.map(|t| t.path.clone()).unwrap_or_default();
        match page {
            PageId::Home(l) => tr_path(site.home.tr(l).or(site.home.trs.first())),
            PageId::NotFound(l) => self
                .per_lang
                .get(l)
                .map(|x| x.not_found.clone())
                .unwrap_or_default(),
            PageId::Page(i, l) => tr_path(site.pages.get(*i).and_then(|p| p.tr(l))),
            PageId::Town(t, l) => tr_path(site.towns.get(*t).and_then(|x| x.tr(l))),
            PageId::Item(s, i, l) => tr_path(item_tr(site, *s, *i, l)),
            PageId::List {
                section,
                town,
                lang,
                page,
            } => self.list_path(*section, *town, lang, *page),
            PageId::Filter {
                section,
                facet,
                value,
                lang,
                page,
            } => self.filter_path(*section, *facet, value, lang, *page),
            PageId::Search(l) => self.search_path(l).unwrap_or_default().to_string(),
        }
    }

    /// Every page of the site, in build order.
    fn plan(&self, config: &Config, site: &Site) -> Vec<PageId> {
        let mut pages = Vec::new();
        for lang in &config.languages {
            pages.push(PageId::Home(lang.clone()));
            pages.push(PageId::NotFound(lang.clone()));
            if self.search_path(lang).is_some() {
                pages.push(PageId::Search(lang.clone()));
            }
            for (i, p) in site.pages.iter().enumerate() {
                if p.tr(lang).is_some() {
                    pages.push(PageId::Page(i, lang.clone()));
                }
            }
            for t in 0..site.towns.len() {
                pages.push(PageId::Town(t, lang.clone()));
            }
            for section in Section::ALL {
                for town in std::iter::once(None).chain((0..site.towns.len()).map(Some)) {
                    for page in 1..=self.page_count(self.list(section, town, lang).len()) {
                        pages.push(PageId::List {
                            section,
                            town,
                            lang: lang.clone(),
                            page,
                        });
                    }
                }
                for &facet in Facet::of(section) {
                    for value in self.facet_values(facet, lang) {
                        let n = self.filtered(section, facet, &value.key, lang).len();
                        for page in 1..=self.page_count(n) {
                            pages.push(PageId::Filter {
                                section,
                                facet,
                                value: value.key.clone(),
                                lang: lang.clone(),
                                page,
                            });
                        }
                    }
                }
                for i in 0..section_len(site, section) {
                    if item_tr(site, section, i, lang).is_some() {
                        pages.push(PageId::Item(section, i, lang.clone()));
                    }
                }
            }
        }
        pages
    }
}

/// How many items a section has.
pub fn section_len(site: &Site, section: Section) -> usize {
    match section {
        Section::Jobs => site.jobs.len(),
        Section::Studies => site.studies.len(),
        Section::Companies => site.companies.len(),
        Section::Stories => site.stories.len(),
        Section::Events => site.events.len(),
    }
}

/// The translation of item `i` of a section in a language.
pub fn item_tr<'s>(site: &'s Site, section: Section, i: usize, lang: &Lang) -> Option<&'s Tr> {
    match section {
        Section::Jobs => site.jobs.get(i)?.tr(lang),
        Section::Studies => site.studies.get(i)?.tr(lang),
        Section::Companies => site.companies.get(i)?.tr(lang),
        Section::Stories => site.stories.get(i)?.tr(lang),
        Section::Events => site.events.get(i)?.tr(lang),
    }
}

/// Every translation of item `i` of a section.
pub fn item_trs(site: &Site, section: Section, i: usize) -> &[Tr] {
    let trs = match section {
        Section::Jobs => site.jobs.get(i).map(|e| &e.trs),
        Section::Studies => site.studies.get(i).map(|e| &e.trs),
        Section::Companies => site.companies.get(i).map(|e| &e.trs),
        Section::Stories => site.stories.get(i).map(|e| &e.trs),
        Section::Events => site.events.get(i).map(|e| &e.trs),
    };
    trs.map_or(&[], |t| t.as_slice())
}

/// The town of item `i` of a section.
pub fn item_town(site: &Site, section: Section, i: usize) -> Option<usize> {
    match section {
        Section::Jobs => site.jobs.get(i)?.town,
        Section::Studies => site.studies.get(i)?.town,
        Section::Companies => site.companies.get(i).map(|c| c.town),
        Section::Stories => site.stories.get(i)?.town,
        Section::Events => site.events.get(i)?.town,
    }
}

/// The content key of item `i` of a section (`towns/raahe/jobs/hitsaaja`).
pub fn item_key(site: &Site, section: Section, i: usize) -> Option<&str> {
    match section {
        Section::Jobs => site.jobs.get(i).map(|e| e.key.as_str()),
        Section::Studies => site.studies.get(i).map(|e| e.key.as_str()),
        Section::Companies => site.companies.get(i).map(|e| e.key.as_str()),
        Section::Stories => site.stories.get(i).map(|e| e.key.as_str()),
        Section::Events => site.events.get(i).map(|e| e.key.as_str()),
    }
}
