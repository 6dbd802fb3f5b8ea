//! Which pages a change touches.
//!
//! After every link, each entry of the site gets a fingerprint (a hash of everything the link
//! stage made of it) and each planned page gets a fingerprint of everything it reads:
//!
//! - what every page reads: the `site` globals and UI strings of every language, and its
//!   template with everything the template extends, includes or imports;
//! - its own entry (an item, a free page, a town, the home page);
//! - the entries a job or study names: its company, its partner companies;
//! - for a list or filter page, the keys of the entries on that page, the list's length and
//!   its number of pages in every language; for a company page, its jobs; for the other
//!   pages that show parts of lists (home, towns, search, 404), every list's order;
//! - every entry whose URL appears in the page as it was last rendered: a page that shows an
//!   entry (a card, a link with its title) links to it.
//!
//! A page is rendered again exactly when its fingerprint differs from the one it had when it
//! was last rendered. `tests/serve.rs` and the tests below check the result against full builds.

use crate::config::{Config, Section};
use crate::lang::Lang;
use crate::render::{Facet, PageJob, Renderer};
use crate::site::{Company, Entry, Site, Town, Tr};
use crate::theme::Theme;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{Debug, Write as _};
use std::hash::{BuildHasher, Hash, Hasher};

/// Fingerprints are compared only within one `serve` process, so a fast seeded hash does:
/// SipHash was a fifth of an edit's time on a 20,000-page site.
type DefaultHasher = foldhash::quality::FoldHasher<'static>;
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::quality::RandomState>;

fn new_hasher() -> DefaultHasher {
    foldhash::quality::FixedState::with_seed(0x61696b6f).build_hasher()
}

pub type Fp = u64;

/// An entry of the site, by its key (stable when other entries come and go).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryId {
    Home,
    Page(String),
    Town(String),
    Item(Section, String),
}

/// Fingerprints of one linked site, and how to find the entries a rendered page shows.
pub struct SiteFps {
    /// Everything about an entry.
    full: HashMap<EntryId, Fp>,
    /// What other pages show of an entry (for a company: name, addresses and URLs, not its text).
    shown: HashMap<EntryId, Fp>,
    /// `href` of every item page → its entry.
    urls: HashMap<String, EntryId>,
    /// The entry ids of the site's vectors, by index.
    ids: BTreeMap<Section, Vec<EntryId>>,
    /// The index of each job.
    job_index: HashMap<EntryId, usize>,
    /// The `site` globals and UI strings of every language.
    global: Fp,
    /// Every list's order, in every language.
    lists: Fp,
    /// The job keys of each company (index).
    company_jobs: HashMap<usize, Fp>,
    /// The filtered lists of the filter pages.
    filtered: HashMap<(Section, Facet, String, Lang), Vec<usize>>,
    /// How many entries each facet value and town has, by section and language.
    facets: HashMap<(Section, Lang), Fp>,
}

/// Hashes a value's `Debug` form without building the string.
struct HashWriter<'a>(&'a mut DefaultHasher);

impl std::fmt::Write for HashWriter<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.write(s.as_bytes());
        Ok(())
    }
}

fn debug_into(h: &mut DefaultHasher, v: &impl Debug) {
    let _ = write!(HashWriter(h), "{v:?}");
    h.write_u8(0xff);
}

fn tr_into(h: &mut DefaultHasher, tr: &Tr) {
    // Every field, so that a new one does not compile until it is hashed.
    let Tr {
        lang,
        file,
        title,
        slug,
        path,
        description,
        body,
        image_alt,
        hero_alt,
        duration,
        location,
        tags,
    } = tr;
    lang.code().hash(h);
    file.hash(h);
    title.hash(h);
    slug.hash(h);
    path.hash(h);
    description.hash(h);
    // The body is the bulk: hash its bytes, not its Debug form.
    body.markdown.hash(h);
    debug_into(h, &body.links);
    debug_into(h, &body.images);
    (image_alt, hero_alt, duration, location, tags).hash(h);
}

fn entry_fp<F: Debug>(e: &Entry<F>) -> Fp {
    let mut h = new_hasher();
    let Entry {
        key,
        town,
        facts,
        trs,
    } = e;
    (key, town).hash(&mut h);
    debug_into(&mut h, facts);
    for tr in trs {
        tr_into(&mut h, tr);
    }
    h.finish()
}

fn town_fp(t: &Town) -> Fp {
    let mut h = new_hasher();
    let Town {
        folder,
        file,
        name,
        region,
        coordinates,
        contact,
        brand_color,
        logo,
        page,
    } = t;
    (folder, file, brand_color, logo).hash(&mut h);
    debug_into(&mut h, &(name, region, coordinates, contact));
    entry_fp(page).hash(&mut h);
    h.finish()
}

/// (everything, what other pages show)
fn company_fps(c: &Company) -> (Fp, Fp) {
    let Company {
        key,
        slug,
        town,
        file,
        name,
        sector,
        website,
        logo,
        employees,
        address,
        description,
        trs,
    } = c;
    let mut h = new_hasher();
    (key, slug, town, file, sector, website, logo, employees).hash(&mut h);
    debug_into(&mut h, &(name, address));
    for tr in trs {
        (tr.lang.code(), &tr.path, &tr.title).hash(&mut h);
    }
    let shown = h.finish();
    debug_into(&mut h, description);
    for tr in trs {
        tr_into(&mut h, tr);
    }
    (h.finish(), shown)
}

fn value_into(h: &mut DefaultHasher, v: Option<&tera::Value>) {
    match v {
        Some(v) => {
            let _ = write!(HashWriter(h), "{v}");
        }
        None => h.write_u8(0),
    }
}

impl SiteFps {
    pub fn new(
        config: &Config,
        site: &Site,
        theme: &Theme,
        renderer: &Renderer,
        plan: &[PageJob],
    ) -> SiteFps {
        use rayon::prelude::*;
        let mut full = HashMap::default();
        let mut shown = HashMap::default();
        let mut ids: BTreeMap<Section, Vec<EntryId>> = BTreeMap::new();
        full.insert(EntryId::Home, entry_fp(&site.home));
        for p in &site.pages {
            full.insert(EntryId::Page(p.key.clone()), entry_fp(p));
        }
        for t in &site.towns {
            full.insert(EntryId::Town(t.folder.clone()), town_fp(t));
        }
        fn items<F: Debug + Sync>(
            section: Section,
            es: &[Entry<F>],
            ids: &mut BTreeMap<Section, Vec<EntryId>>,
            full: &mut HashMap<EntryId, Fp>,
        ) {
            let fps: Vec<Fp> = es.par_iter().map(entry_fp).collect();
            let v: Vec<EntryId> = es
                .iter()
                .map(|e| EntryId::Item(section, e.key.clone()))
                .collect();
            full.extend(v.iter().cloned().zip(fps));
            ids.insert(section, v);
        }
        items(Section::Jobs, &site.jobs, &mut ids, &mut full);
        items(Section::Studies, &site.studies, &mut ids, &mut full);
        items(Section::Stories, &site.stories, &mut ids, &mut full);
        items(Section::Events, &site.events, &mut ids, &mut full);
        let company_ids: Vec<EntryId> = site
            .companies
            .iter()
            .map(|c| EntryId::Item(Section::Companies, c.key.clone()))
            .collect();
        // A company card shows how many open jobs it has in the page's language.
        let mut open: HashMap<usize, Vec<(&str, usize)>> = HashMap::default();
        for lang in &config.languages {
            let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
            for &j in renderer.list(Section::Jobs, None, lang) {
                if let Some(job) = site.jobs.get(j) {
                    *counts.entry(job.facts.company).or_default() += 1;
                }
            }
            for (c, n) in counts {
                open.entry(c).or_default().push((lang.code(), n));
            }
        }
        for (i, (c, id)) in site.companies.iter().zip(&company_ids).enumerate() {
            let (f, s) = company_fps(c);
            let mut h = new_hasher();
            (f, open.get(&i)).hash(&mut h);
            full.insert(id.clone(), h.finish());
            let mut h = new_hasher();
            (s, open.get(&i)).hash(&mut h);
            shown.insert(id.clone(), h.finish());
        }
        ids.insert(Section::Companies, company_ids);

        let mut urls = HashMap::default();
        let mut add_urls = |id: &EntryId, trs: &[Tr]| {
            for tr in trs {
                urls.insert(config.base_url.href(&tr.path), id.clone());
            }
        };
        for (e, id) in site.jobs.iter().zip(&ids[&Section::Jobs]) {
            add_urls(id, &e.trs);
        }
        for (e, id) in site.studies.iter().zip(&ids[&Section::Studies]) {
            add_urls(id, &e.trs);
        }
        for (e, id) in site.stories.iter().zip(&ids[&Section::Stories]) {
            add_urls(id, &e.trs);
        }
        for (e, id) in site.events.iter().zip(&ids[&Section::Events]) {
            add_urls(id, &e.trs);
        }
        for (c, id) in site.companies.iter().zip(&ids[&Section::Companies]) {
            add_urls(id, &c.trs);
        }

        let mut h = new_hasher();
        for lang in &config.languages {
            value_into(&mut h, renderer.globals(lang));
            theme.strings.get(lang).hash(&mut h);
        }
        let global = h.finish();

        let mut h = new_hasher();
        for lang in &config.languages {
            for section in Section::ALL {
                for town in std::iter::once(None).chain((0..site.towns.len()).map(Some)) {
                    let keys: Vec<&EntryId> = renderer
                        .list(section, town, lang)
                        .iter()
                        .map(|&i| &ids[&section][i])
                        .collect();
                    (section, town, lang.code(), keys).hash(&mut h);
                }
            }
        }
        let lists = h.finish();

        let mut by_company: HashMap<usize, Vec<&str>> = HashMap::default();
        for j in &site.jobs {
            by_company.entry(j.facts.company).or_default().push(&j.key);
        }
        let company_jobs = by_company
            .into_iter()
            .map(|(c, keys)| {
                let mut h = new_hasher();
                keys.hash(&mut h);
                (c, h.finish())
            })
            .collect();

        let mut facets: HashMap<(Section, Lang), DefaultHasher> = HashMap::default();
        let mut filtered = HashMap::default();
        for job in plan {
            if let PageJob::Filter {
                section,
                facet,
                value,
                lang,
                page: 1,
            } = job
            {
                let list = renderer.filtered(*section, *facet, value, lang);
                (facet, value, list.len()).hash(
                    facets
                        .entry((*section, lang.clone()))
                        .or_insert_with(new_hasher),
                );
                filtered.insert(
                    (*section, *facet, value.clone(), lang.clone()),
                    list.to_vec(),
                );
            }
        }
        // List pages show how many entries each town and facet value has.
        for lang in &config.languages {
            for section in Section::ALL {
                let h = facets
                    .entry((section, lang.clone()))
                    .or_insert_with(new_hasher);
                for town in 0..site.towns.len() {
                    renderer.list(section, Some(town), lang).len().hash(h);
                }
            }
        }
        let facets = facets.into_iter().map(|(k, h)| (k, h.finish())).collect();

        let job_index = ids[&Section::Jobs]
            .iter()
            .cloned()
            .enumerate()
            .map(|(i, id)| (id, i))
            .collect();
        SiteFps {
            filtered,
            full,
            shown,
            urls,
            ids,
            job_index,
            global,
            lists,
            company_jobs,
            facets,
        }
    }

    fn id(&self, section: Section, i: usize) -> Option<&EntryId> {
        self.ids.get(&section).and_then(|v| v.get(i))
    }

    fn full(&self, id: &EntryId) -> Fp {
        self.full.get(id).copied().unwrap_or(0)
    }

    /// What other pages show of an entry.
    fn shown(&self, id: &EntryId) -> Fp {
        self.shown
            .get(id)
            .or_else(|| self.full.get(id))
            .copied()
            .unwrap_or(0)
    }

    /// The entries whose item pages `html` links to.
    pub fn shown_in(&self, html: &[u8]) -> BTreeSet<EntryId> {
        let mut out = BTreeSet::new();
        let Ok(mut rest) = std::str::from_utf8(html) else {
            return out;
        };
        while let Some(at) = rest.find("href=\"") {
            rest = &rest[at + 6..];
            let end = rest.find('"').unwrap_or(rest.len());
            let url = &rest[..end];
            let url = url.split('#').next().unwrap_or(url);
            if let Some(id) = self.urls.get(url) {
                out.insert(id.clone());
            }
            rest = &rest[end..];
        }
        out
    }

    /// The fingerprint of everything `job` reads; `shows` are the entries its last rendering
    /// linked to.
    pub fn page(
        &self,
        config: &Config,
        site: &Site,
        renderer: &Renderer,
        templates: &TemplateFps,
        job: &PageJob,
        shows: &BTreeSet<EntryId>,
    ) -> Fp {
        let mut h = new_hasher();
        job.hash(&mut h);
        self.global.hash(&mut h);
        templates.of(job).hash(&mut h);
        let pages = |section: Section, town: Option<usize>, lang: &Lang| {
            renderer
                .list(section, town, lang)
                .len()
                .div_ceil(config.page_size)
                .max(1)
        };
        let slice = |h: &mut DefaultHasher, section: Section, list: &[usize], page: usize| {
            let size = config.page_size;
            for &i in list.iter().skip((page.max(1) - 1) * size).take(size) {
                self.id(section, i).hash(h);
            }
            list.len().hash(h);
        };
        match job {
            PageJob::Item(section, i, _) => {
                if let Some(id) = self.id(*section, *i) {
                    self.full(id).hash(&mut h);
                }
                match section {
                    Section::Jobs => {
                        if let Some(j) = site.jobs.get(*i) {
                            self.id(Section::Companies, j.facts.company)
                                .map(|c| self.shown(c))
                                .hash(&mut h);
                        }
                    }
                    Section::Studies => {
                        if let Some(s) = site.studies.get(*i) {
                            for &p in &s.facts.partners {
                                self.id(Section::Companies, p)
                                    .map(|c| self.shown(c))
                                    .hash(&mut h);
                            }
                        }
                    }
                    Section::Companies => {
                        self.company_jobs.get(i).hash(&mut h);
                        self.lists.hash(&mut h);
                    }
                    Section::Stories | Section::Events => {}
                }
            }
            PageJob::List {
                section,
                town,
                lang,
                page,
            } => {
                slice(
                    &mut h,
                    *section,
                    renderer.list(*section, *town, lang),
                    *page,
                );
                for l in &config.languages {
                    pages(*section, *town, l).hash(&mut h);
                }
                self.facets.get(&(*section, lang.clone())).hash(&mut h);
            }
            PageJob::Filter {
                section,
                facet,
                value,
                lang,
                page,
            } => {
                for l in &config.languages {
                    let list =
                        match self
                            .filtered
                            .get(&(*section, *facet, value.clone(), l.clone()))
                        {
                            Some(list) => list.as_slice(),
                            None => renderer.filtered(*section, *facet, value, l),
                        };
                    if l == lang {
                        slice(&mut h, *section, list, *page);
                    }
                    list.len().hash(&mut h);
                    self.facets.get(&(*section, l.clone())).hash(&mut h);
                }
            }
            PageJob::Page(i, _) => {
                site.pages
                    .get(*i)
                    .map(|p| self.full(&EntryId::Page(p.key.clone())))
                    .hash(&mut h);
            }
            PageJob::Town(t, _) => {
                site.towns
                    .get(*t)
                    .map(|t| self.full(&EntryId::Town(t.folder.clone())))
                    .hash(&mut h);
                self.lists.hash(&mut h);
            }
            // Home, 404, search and whatever pages come next: they may show any list.
            _ => {
                self.full(&EntryId::Home).hash(&mut h);
                self.lists.hash(&mut h);
            }
        }
        for id in shows {
            (id, self.shown(id)).hash(&mut h);
            if let EntryId::Item(Section::Jobs, _) = id {
                // A job card shows its company's name.
                if let Some(j) = self.job_index.get(id).and_then(|&i| site.jobs.get(i)) {
                    self.id(Section::Companies, j.facts.company)
                        .map(|c| self.shown(c))
                        .hash(&mut h);
                }
            }
        }
        h.finish()
    }
}

/// A fingerprint of each template with everything it extends, includes or imports.
pub struct TemplateFps {
    closures: HashMap<String, Fp>,
    all: Fp,
}

impl TemplateFps {
    pub fn new(theme: &Theme) -> TemplateFps {
        let texts: BTreeMap<&str, &str> = theme
            .templates
            .iter()
            .map(|t| (t.name.as_str(), t.text.as_str()))
            .collect();
        // Every quoted template name in a template is a dependency (over-approximating is safe).
        let refs: BTreeMap<&str, Vec<&str>> = texts
            .iter()
            .map(|(name, text)| {
                (
                    *name,
                    texts
                        .keys()
                        .copied()
                        .filter(|other| other != name && mentions(text, other))
                        .collect(),
                )
            })
            .collect();
        let mut closures = HashMap::default();
        for name in texts.keys() {
            let mut seen = BTreeSet::new();
            let mut todo = vec![*name];
            while let Some(n) = todo.pop() {
                if seen.insert(n) {
                    todo.extend(refs.get(n).into_iter().flatten().copied());
                }
            }
            let mut h = new_hasher();
            for n in seen {
                (n, texts[n]).hash(&mut h);
            }
            closures.insert(name.to_string(), h.finish());
        }
        let mut h = new_hasher();
        texts.hash(&mut h);
        TemplateFps {
            closures,
            all: h.finish(),
        }
    }

    /// The fingerprint of the templates `job` is rendered with.
    fn of(&self, job: &PageJob) -> Fp {
        let names: &[&str] = match job {
            PageJob::Home(_) => &["home.html"],
            PageJob::NotFound(_) => &["404.html"],
            PageJob::Page(..) => &["page.html", "accessibility.html"],
            PageJob::Town(..) => &["town.html"],
            PageJob::Item(Section::Jobs, ..) => &["job.html"],
            PageJob::Item(Section::Studies, ..) => &["study.html"],
            PageJob::Item(Section::Companies, ..) => &["company.html"],
            PageJob::Item(Section::Stories, ..) => &["story.html"],
            PageJob::Item(Section::Events, ..) => &["event.html"],
            PageJob::List { .. } | PageJob::Filter { .. } => &["list.html"],
            PageJob::Search(_) => &["search.html"],
            #[allow(unreachable_patterns)]
            _ => return self.all,
        };
        let mut h = new_hasher();
        for n in names {
            self.closures.get(*n).hash(&mut h);
        }
        h.finish()
    }
}

fn mentions(text: &str, name: &str) -> bool {
    text.contains(&format!("\"{name}\"")) || text.contains(&format!("'{name}'"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::Template;
    use std::path::PathBuf;

    fn theme(templates: &[(&str, &str)]) -> Theme {
        Theme {
            templates: templates
                .iter()
                .map(|(n, t)| Template {
                    name: n.to_string(),
                    text: t.to_string(),
                    file: PathBuf::from(n),
                })
                .collect(),
            strings: BTreeMap::new(),
            static_files: Vec::new(),
        }
    }

    #[test]
    fn a_partial_changes_only_the_templates_that_include_it() {
        let base = [
            ("base.html", "<html>{% block main %}{% endblock %}</html>"),
            (
                "job.html",
                "{% extends \"base.html\" %}{% block main %}job{% endblock %}",
            ),
            (
                "list.html",
                "{% extends \"base.html\" %}{% include \"partials/job-card.html\" %}",
            ),
            ("partials/job-card.html", "<li>card</li>"),
            ("home.html", "{% extends 'base.html' %}"),
        ];
        let before = TemplateFps::new(&theme(&base));
        let mut changed = base;
        changed[3].1 = "<li>new card</li>";
        let after = TemplateFps::new(&theme(&changed));
        let lang = Lang::parse("fi").unwrap();
        let list = PageJob::List {
            section: Section::Jobs,
            town: None,
            lang: lang.clone(),
            page: 1,
        };
        assert_ne!(before.of(&list), after.of(&list));
        assert_eq!(
            before.of(&PageJob::Item(Section::Jobs, 0, lang.clone())),
            after.of(&PageJob::Item(Section::Jobs, 0, lang.clone()))
        );
        assert_eq!(
            before.of(&PageJob::Home(lang.clone())),
            after.of(&PageJob::Home(lang.clone()))
        );

        // base.html reaches every page that extends it
        let mut changed = base;
        changed[0].1 = "<html lang>{% block main %}{% endblock %}</html>";
        let after = TemplateFps::new(&theme(&changed));
        assert_ne!(
            before.of(&PageJob::Home(lang.clone())),
            after.of(&PageJob::Home(lang.clone()))
        );
        assert_ne!(
            before.of(&PageJob::Item(Section::Jobs, 0, lang.clone())),
            after.of(&PageJob::Item(Section::Jobs, 0, lang))
        );
    }

    #[test]
    fn finds_the_links_of_a_page() {
        let fps = SiteFps {
            filtered: HashMap::default(),
            full: HashMap::default(),
            shown: HashMap::default(),
            urls: [
                (
                    "/raahe/tyopaikat/a/".to_string(),
                    EntryId::Item(Section::Jobs, "towns/raahe/jobs/a".into()),
                ),
                (
                    "/raahe/yritykset/b/".to_string(),
                    EntryId::Item(Section::Companies, "towns/raahe/companies/b".into()),
                ),
            ]
            .into_iter()
            .collect(),
            ids: BTreeMap::new(),
            job_index: HashMap::default(),
            global: 0,
            lists: 0,
            company_jobs: HashMap::default(),
            facets: HashMap::default(),
        };
        let html = br#"<a href="/raahe/tyopaikat/a/#x">A</a> <a class="c" href="/raahe/yritykset/b/">B</a> <a href="/other/">o</a> <a href=""#;
        let found = fps.shown_in(html);
        assert_eq!(found.len(), 2);
        assert!(found.contains(&EntryId::Item(
            Section::Companies,
            "towns/raahe/companies/b".into()
        )));
        assert!(fps.shown_in(b"no links").is_empty());
    }
}
