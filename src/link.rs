//! Stage 2, link: pure. Loaded documents + config + today → an immutable [`Site`], or every
//! diagnostic found.
//!
//! Here translations are grouped and checked against their default-language file, references
//! (company, sector, town, partner companies) resolved, required keys checked, slugs and URLs
//! decided (duplicates reported with every file involved), the published set computed
//! (drafts, expired jobs), and every Markdown link and image resolved or reported.

use crate::config::{Config, Section};
use crate::contrast;
use crate::dates::Date;
use crate::diagnostics::{Diagnostic, Diagnostics, suggestion};
use crate::lang::{Lang, Localized};
use crate::load::{DataFile, Document, Loaded, LoadedCompany, LoadedTown, to_slash};
use crate::markdown::{LinkTarget, RefKind, Reference};
use crate::model::{
    CompanyFile, EventMatter, JobMatter, Matter, PageMatter, StoryMatter, StudyMatter, TownFile,
};
use crate::site::{
    Apply, AssetRef, Body, Company, Entry, EventFacts, JobFacts, PageFacts, Site, StoryFacts,
    StudyFacts, Town, Tr,
};
use crate::slug::{is_slug, slugify};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

/// What the link stage needs besides the content.
#[derive(Debug, Clone, Copy)]
pub struct LinkOptions {
    pub today: Date,
    pub drafts: bool,
}

/// Days before the deadline (inclusive) in which a job is "closing soon".
pub const CLOSING_SOON_DAYS: i64 = 7;

/// Links the loaded content. Warnings come back with the site; errors instead of it.
pub fn link(
    config: &Config,
    loaded: Loaded,
    opts: LinkOptions,
) -> Result<(Site, Diagnostics), Diagnostics> {
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
                Some(company) => companies.push(company),
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
                config.lang_prefix(lang),
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
                    format!(
                        "the accessibility statement was last reviewed on {}, over a year ago",
                        reviewed.finnish()
                    ),
                )
                .help("review the site's accessibility again and update `reviewed:`"),
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
        jobs,
        studies,
        stories,
        events,
        assets: Vec::new(),
        images: BTreeMap::new(),
    };
    l.check_unique_paths(&site);
    l.resolve_bodies(&mut site);
    site.assets = l.used_assets.iter().cloned().collect();
    site.images = std::mem::take(&mut l.used_images);

    if l.ds.has_errors() {
        Err(l.ds)
    } else {
        Ok((site, l.ds))
    }
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
    /// Town slugs taken so far, by language: two towns may not share one.
    town_slugs: BTreeMap<(Lang, String), PathBuf>,
    /// Files linked from bodies (PDFs…): published as they are.
    used_assets: BTreeSet<PathBuf>,
    /// Pictures (front matter and body images): processed by the image pipeline.
    used_images: BTreeMap<PathBuf, AssetRef>,
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
    fn default_lang(&self) -> &Lang {
        &self.config.default_language
    }

    /// Checks that a localized value names only the site's languages.
    fn check_langs(&mut self, src: &crate::yaml::Source, path: &[&str], value: Option<&Localized>) {
        let Some(value) = value else { return };
        for bad in value.unknown_languages(&self.config.languages) {
            let langs: Vec<&str> = self.config.languages.iter().map(Lang::code).collect();
            self.ds.push(
                src.error_at(path, format!("`{bad}` is not one of the site's languages"))
                    .help(suggestion(bad, langs.iter().copied()).unwrap_or_else(|| {
                        format!("the site's languages are: {}", langs.join(", "))
                    })),
            );
        }
    }

    /// An image named in front matter or YAML: it must exist beside the file.
    fn asset(
        &mut self,
        file: &Path,
        src: &crate::yaml::Source,
        key: &str,
        value: Option<&str>,
    ) -> Option<PathBuf> {
        let value = value?;
        let dir = file.parent().unwrap_or(Path::new(""));
        match normalize(&dir.join(value)) {
            Some(p) if self.assets.contains(&p) => {
                let pos = src.locate(&[key]).map(|s| s.pos);
                self.used_images
                    .entry(p.clone())
                    .or_insert_with(|| AssetRef {
                        file: file.to_path_buf(),
                        pos,
                    });
                Some(p)
            }
            _ => {
                let near = self.near_assets(dir, value);
                self.ds.push(
                    src.error_at(&[key], format!("image `{value}` does not exist"))
                        .help(near.unwrap_or_else(|| {
                            format!("put the file in {} or fix the name", to_slash(dir))
                        })),
                );
                None
            }
        }
    }

    fn near_assets(&self, dir: &Path, value: &str) -> Option<String> {
        let names: Vec<String> = self
            .assets
            .iter()
            .filter(|p| p.parent() == Some(dir))
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        suggestion(value, names.iter().map(String::as_str))
    }

    fn town(
        &mut self,
        folder: &str,
        yaml: &DataFile<TownFile>,
        index: Vec<Document<PageMatter>>,
    ) -> Option<Town> {
        let src = yaml.source();
        let TownFile {
            name,
            slug,
            region,
            coordinates,
            contact,
            brand_color,
            logo,
            hero,
            hero_alt,
        } = &yaml.data;
        for (key, value) in [
            ("name", name),
            ("slug", slug),
            ("region", region),
            ("hero_alt", hero_alt),
        ] {
            self.check_langs(&src, &[key], value.as_ref());
        }
        let mut ok = true;
        if !is_slug(folder) {
            self.ds.push(
                Diagnostic::error(
                    &yaml.file,
                    format!("the town folder name `{folder}` cannot be used in a web address"),
                )
                .help(format!("rename the folder to `{}`", slugify(folder))),
            );
            ok = false;
        }
        let name = name.clone().unwrap_or_else(|| {
            // A town.yaml with mistakes: they are reported, and the town is still known by
            // its folder, so its pages and the links to them raise no errors of their own.
            if !src.is_broken("name") {
                self.ds.push(
                    src.error_at(&[], crate::t!("link-town-no-name"))
                        .help(crate::t!("link-town-no-name-help")),
                );
                ok = false;
            }
            Localized::One(folder.to_string())
        });
        let brand_color = match brand_color {
            None if src.is_broken("brand_color") => "#000000".to_string(),
            None => {
                self.ds.push(
                    src.error_at(&[], crate::t!("link-town-no-brand-color"))
                        .help(crate::t!("link-town-no-brand-color-help")),
                );
                ok = false;
                String::new()
            }
            Some(c) => match contrast::parse_hex(c) {
                None => {
                    self.ds.push(
                        src.error_at(&["brand_color"], crate::t!("link-not-a-colour", value = c))
                            .help(crate::t!("link-not-a-colour-help")),
                    );
                    ok = false;
                    String::new()
                }
                Some(rgb) => {
                    let ratio = contrast::ratio_against_white(rgb);
                    if ratio < contrast::MIN_RATIO {
                        let darker = contrast::to_hex(contrast::darken_to_pass(rgb));
                        self.ds.push(
                            src.error_at(
                                &["brand_color"],
                                crate::t!(
                                    "link-low-contrast",
                                    color = c,
                                    ratio = format!("{ratio:.2}")
                                ),
                            )
                            .help(crate::t!("link-low-contrast-help", darker = darker)),
                        );
                        ok = false;
                    }
                    contrast::to_hex(rgb)
                }
            },
        };
        let logo = self.asset(&yaml.file, &src, "logo", logo.as_deref());
        let hero = self.asset(&yaml.file, &src, "hero", hero.as_deref());
        if hero.is_some() && hero_alt.is_none() {
            self.ds.push(
                src.error_at(&["hero"], crate::t!("link-hero-no-alt"))
                    .help(crate::t!("link-hero-no-alt-help")),
            );
        }
        let mut slugs = BTreeMap::new();
        for lang in &self.config.languages {
            let raw = slug
                .as_ref()
                .and_then(|s| s.get(lang, &self.config.default_language))
                .unwrap_or(folder);
            slugs.insert(lang.clone(), slugify(raw));
        }
        // Two towns with one slug: one error naming both town.yaml files; the second town
        // gets an address of its own here, so its pages and links raise no errors of their own.
        let mut clash = None;
        for (lang, s) in &mut slugs {
            match self.town_slugs.get(&(lang.clone(), s.clone())) {
                Some(other) => {
                    clash.get_or_insert((s.clone(), other.clone()));
                    *s = format!("{s}--{folder}");
                }
                None => {
                    self.town_slugs
                        .insert((lang.clone(), s.clone()), yaml.file.clone());
                }
            }
        }
        if let Some((s, other)) = clash {
            self.ds.push(
                src.error_at(&["slug"], crate::t!("link-town-slug-taken", slug = s))
                    .related([other])
                    .help(crate::t!("link-town-slug-taken-help")),
            );
        }

        // The landing page: `_index.LANG.md` text where written, the town's name elsewhere.
        let key = format!("towns/{folder}/_index");
        let mut trs = Vec::new();
        let facts_doc = index
            .iter()
            .find(|d| &d.lang == self.default_lang())
            .or(index.first());
        let mut facts = PageFacts {
            hero: hero.clone(),
            accessibility_statement: false,
            reviewed: None,
        };
        if let Some(p) = facts_doc.and_then(|fd| self.page_facts(fd)) {
            facts.hero = p.hero.or(facts.hero);
        }
        for lang in self.config.languages.clone() {
            let path = format!("/{}{}/", self.config.lang_prefix(&lang), slugs[&lang]);
            let town_name = self.config.text(&name, &lang).to_string();
            match index.iter().find(|d| d.lang == lang) {
                Some(doc) => {
                    let fd = facts_doc.unwrap_or(doc);
                    self.check_translation(fd, doc);
                    let mut tr = self.tr(fd, doc, path, &key);
                    if doc.matter.title.is_none() {
                        tr.title = town_name;
                    }
                    if tr.hero_alt.is_none() {
                        tr.hero_alt = hero_alt
                            .as_ref()
                            .and_then(|a| a.get(&lang, &self.config.default_language))
                            .map(str::to_string);
                    }
                    trs.push(tr);
                }
                None => {
                    let mut tr = self.placeholder_tr(
                        &lang,
                        &town_name,
                        format!("{}{}/", self.config.lang_prefix(&lang), slugs[&lang]),
                    );
                    tr.file = yaml.file.clone();
                    tr.hero_alt = hero_alt
                        .as_ref()
                        .and_then(|a| a.get(&lang, &self.config.default_language))
                        .map(str::to_string);
                    trs.push(tr);
                }
            }
        }
        if !ok {
            return None;
        }
        Some(Town {
            folder: folder.to_string(),
            file: yaml.file.clone(),
            name,
            region: region.clone(),
            coordinates: *coordinates,
            contact: contact.clone(),
            brand_color,
            logo,
            page: Entry {
                key,
                town: None,
                facts,
                trs,
            },
        })
    }

    fn placeholder_tr(&self, lang: &Lang, title: &str, path_without_slash: String) -> Tr {
        Tr::bare(
            lang,
            title,
            format!("/{path_without_slash}"),
            PathBuf::from(crate::config::CONFIG_FILE),
        )
    }

    fn company(&mut self, towns: &[Town], ti: usize, c: LoadedCompany) -> Option<Company> {
        let LoadedCompany { slug, yaml, bodies } = c;
        let town = &towns[ti];
        let src = yaml.source();
        let CompanyFile {
            name,
            sector,
            website,
            logo,
            employees,
            address,
            description,
            draft,
        } = &yaml.data;
        self.check_langs(&src, &["name"], name.as_ref());
        self.check_langs(&src, &["description"], description.as_ref());
        let key = format!("towns/{}/companies/{slug}", town.folder);
        if draft == &Some(true) && !self.opts.drafts {
            self.unpublished.insert(key);
            return None;
        }
        let mut ok = true;
        if !is_slug(&slug) {
            self.ds.push(
                Diagnostic::error(
                    &yaml.file,
                    format!("the file name `{slug}` cannot be used in a web address"),
                )
                .help(format!("rename the file to `{}.yaml`", slugify(&slug))),
            );
            ok = false;
        }
        let Some(name) = name.clone() else {
            self.ds.push(
                src.error_at(&[], "the company has no `name`")
                    .help("add `name: Yritys Oy`"),
            );
            return None;
        };
        let sector = self.sector(&src, sector.as_deref());
        ok &= sector.is_some();
        if let Some(w) = website {
            ok &= self.check_url(&src, "website", w);
        }
        let logo = self.asset(&yaml.file, &src, "logo", logo.as_deref());
        let mut trs = Vec::new();
        for lang in self.config.languages.clone() {
            let path = format!(
                "/{}{}/{}/{slug}/",
                self.config.lang_prefix(&lang),
                town_slug(town, &lang),
                self.config.segment(Section::Companies, &lang)
            );
            let body_doc = bodies.iter().find(|b| b.lang == lang);
            let mut tr = self.placeholder_tr(&lang, self.config.text(&name, &lang), String::new());
            tr.path = path;
            tr.slug = slug.clone();
            tr.file = yaml.file.clone();
            tr.description = description
                .as_ref()
                .and_then(|d| d.get(&lang, self.default_lang()))
                .map(str::to_string);
            if let Some(b) = body_doc {
                tr.file = b.file.clone();
                tr.body.markdown = b.body.clone();
                tr.body.summary = b.summary.clone();
                self.pending.push(PendingBody {
                    key: key.clone(),
                    lang: lang.clone(),
                    file: b.file.clone(),
                    refs: b.refs.clone(),
                });
            }
            trs.push(tr);
        }
        if !ok {
            return None;
        }
        Some(Company {
            key,
            slug,
            town: ti,
            file: yaml.file.clone(),
            name,
            sector: sector.unwrap_or_default(),
            website: website.clone(),
            logo,
            employees: *employees,
            address: address.clone(),
            description: description.clone(),
            trs,
        })
    }

    fn sector(&mut self, src: &crate::yaml::Source, sector: Option<&str>) -> Option<String> {
        let Some(s) = sector else {
            if src.is_broken("sector") {
                return None;
            }
            self.ds
                .push(src.error_at(&[], crate::t!("link-no-sector")).help(crate::t!(
                    "link-sectors-are",
                    sectors = self.sector_keys().join(", ")
                )));
            return None;
        };
        if self.config.sector(s).is_some() {
            return Some(s.to_string());
        }
        let keys = self.sector_keys();
        self.ds.push(
            src.error_at(&["sector"], crate::t!("link-unknown-sector", sector = s))
                .help(
                    crate::diagnostics::suggest(s, keys.iter().copied()).unwrap_or_else(|| {
                        crate::t!("link-sectors-are", sectors = keys.join(", "))
                    }),
                ),
        );
        None
    }

    fn sector_keys(&self) -> Vec<&str> {
        self.config.sectors.iter().map(|s| s.key.as_str()).collect()
    }

    fn check_url(&mut self, src: &crate::yaml::Source, key: &str, url: &str) -> bool {
        let ok = (url.starts_with("https://") || url.starts_with("http://"))
            && url.len() > 10
            && !url.contains(char::is_whitespace);
        if !ok {
            self.ds.push(
                src.error_at(&[key], format!("`{url}` is not a web address"))
                    .help("write the full address, starting with https://"),
            );
        }
        ok
    }

    /// `slug` (same town) or `town/slug`.
    fn company_ref(
        &mut self,
        src: &crate::yaml::Source,
        path: &[&str],
        value: &str,
        ti: usize,
        towns: &[Town],
        companies: &[Company],
    ) -> Option<usize> {
        let (town_folder, slug) = match value.split_once('/') {
            Some((t, s)) => (t, s),
            None => (towns[ti].folder.as_str(), value),
        };
        if let Some(i) = companies
            .iter()
            .position(|c| towns[c.town].folder == town_folder && c.slug == slug)
        {
            return Some(i);
        }
        if self
            .broken
            .contains(&format!("towns/{town_folder}/companies/{slug}"))
        {
            return None;
        }
        if self
            .unpublished
            .contains(&format!("towns/{town_folder}/companies/{slug}"))
        {
            self.ds.push(
                src.error_at(path, format!("company `{value}` is a draft"))
                    .help("publish the company (remove `draft: true`) or build with --drafts"),
            );
            return None;
        }
        let candidates: Vec<String> = companies
            .iter()
            .map(|c| {
                if c.town == ti {
                    c.slug.clone()
                } else {
                    format!("{}/{}", towns[c.town].folder, c.slug)
                }
            })
            .collect();
        let help = crate::diagnostics::suggest(value, candidates.iter().map(String::as_str))
            .unwrap_or_else(|| crate::t!("link-unknown-company-help", town = town_folder));
        self.ds.push(
            src.error_at(path, crate::t!("link-unknown-company", company = value))
                .help(help),
        );
        None
    }

    fn missing(&mut self, doc_src: &crate::yaml::Source, kind: &str, key: &str, example: &str) {
        if doc_src.is_broken(key) {
            return;
        }
        self.ds.push(
            doc_src
                .error_at(&[], crate::t!("link-missing", kind = kind, key = key))
                .help(crate::t!("config-missing-help", line = format!("{key}: {example}"))),
        );
    }

    fn job_facts(
        &mut self,
        d: &Document<JobMatter>,
        ti: usize,
        towns: &[Town],
        companies: &[Company],
    ) -> Option<JobFacts> {
        let src = d.source();
        let m = &d.matter;
        let mut ok = true;
        let company = match &m.company {
            Some(c) => self.company_ref(&src, &["company"], c, ti, towns, companies),
            None => {
                self.missing(
                    &src,
                    "job",
                    "company",
                    "the company's file name, e.g. perameren-terasrakenne",
                );
                None
            }
        };
        let sector = self.sector(&src, m.sector.as_deref());
        let employment_type = m.employment_type.or_else(|| {
            self.missing(
                &src,
                "job",
                "employment_type",
                "full_time (or part_time, temporary, apprenticeship, summer, internship)",
            );
            None
        });
        let posted = m.posted.or_else(|| {
            self.missing(&src, "job", "posted", "2026-11-20");
            None
        });
        let deadline = m.deadline.or_else(|| {
            self.missing(&src, "job", "deadline", "2026-12-31");
            None
        });
        if let (Some(p), Some(dl)) = (posted, deadline)
            && dl < p
        {
            self.ds.push(
                src.error_at(
                    &["deadline"],
                    format!(
                        "the deadline {} is before the posting date {}",
                        dl.finnish(),
                        p.finnish()
                    ),
                )
                .help("check the dates"),
            );
            ok = false;
        }
        let apply = match (&m.apply_url, &m.apply_email) {
            (Some(url), _) => self
                .check_url(&src, "apply_url", url)
                .then(|| Apply::Url(url.clone())),
            (None, Some(email)) => {
                if email.contains('@') && !email.contains(char::is_whitespace) {
                    Some(Apply::Email(email.clone()))
                } else {
                    self.ds.push(src.error_at(
                        &["apply_email"],
                        format!("`{email}` is not an e-mail address"),
                    ));
                    None
                }
            }
            (None, None) => {
                self.ds.push(
                    src.error_at(&[], "this job says nowhere how to apply")
                        .help("add `apply_url: https://…` or `apply_email: rekry@…`"),
                );
                None
            }
        };
        if let Some(s) = &m.salary {
            if s.min.is_none() && s.max.is_none() {
                self.ds.push(
                    src.error_at(&["salary"], "the salary has neither `min` nor `max`")
                        .help("add `min:` and/or `max:`"),
                );
                ok = false;
            }
            if let (Some(a), Some(b)) = (s.min, s.max)
                && a > b
            {
                self.ds.push(src.error_at(
                    &["salary", "max"],
                    "the salary's `max` is smaller than its `min`",
                ));
                ok = false;
            }
        }
        let image = self.image_with_alt(d, m.image.as_deref(), m.image_alt.as_ref());
        let (
            Some(company),
            Some(sector),
            Some(employment_type),
            Some(posted),
            Some(deadline),
            Some(apply),
            true,
        ) = (
            company,
            sector,
            employment_type,
            posted,
            deadline,
            apply,
            ok,
        )
        else {
            return None;
        };
        let days = self.opts.today.days_until(deadline);
        Some(JobFacts {
            company,
            sector,
            employment_type,
            posted,
            deadline,
            closing_soon: (0..=CLOSING_SOON_DAYS).contains(&days),
            salary: m.salary.clone(),
            apply,
            contact: m.contact.clone(),
            image,
        })
    }

    fn image_with_alt<M>(
        &mut self,
        d: &Document<M>,
        image: Option<&str>,
        alt: Option<&Localized>,
    ) -> Option<PathBuf> {
        let src = d.source();
        let image = self.asset(&d.file, &src, "image", image)?;
        if alt.is_none() {
            self.ds.push(
                src.error_at(&["image"], crate::t!("link-image-no-alt"))
                    .help(crate::t!("link-image-no-alt-help")),
            );
        }
        Some(image)
    }

    fn study_facts(
        &mut self,
        d: &Document<StudyMatter>,
        ti: usize,
        towns: &[Town],
        companies: &[Company],
    ) -> Option<StudyFacts> {
        let src = d.source();
        let m = &d.matter;
        self.check_langs(&src, &["provider"], m.provider.as_ref());
        self.check_langs(&src, &["field"], m.field.as_ref());
        let provider = m.provider.clone().or_else(|| {
            self.missing(&src, "study", "provider", "Raahen Porvari- ja Kauppakoulu");
            None
        });
        let level = m.level.or_else(|| {
            self.missing(
                &src,
                "study",
                "level",
                "vocational (or apprenticeship, uas, further)",
            );
            None
        });
        let mut partners = Vec::new();
        let mut ok = true;
        for p in m.partner_companies.iter().flatten() {
            match self.company_ref(&src, &["partner_companies"], p, ti, towns, companies) {
                Some(i) => partners.push(i),
                None => ok = false,
            }
        }
        if let Some(url) = &m.apply_url {
            ok &= self.check_url(&src, "apply_url", url);
        }
        Some(StudyFacts {
            provider: provider?,
            level: level?,
            field: m.field.clone(),
            start: m.start,
            application_deadline: m.application_deadline,
            credits: m.credits,
            apply_url: m.apply_url.clone(),
            partners,
        })
        .filter(|_| ok)
    }

    fn story_facts(&mut self, d: &Document<StoryMatter>) -> Option<StoryFacts> {
        let src = d.source();
        let m = &d.matter;
        let date = m.date.or_else(|| {
            self.missing(&src, "story", "date", "2026-11-20");
            None
        });
        let image = self.image_with_alt(d, m.image.as_deref(), m.image_alt.as_ref());
        Some(StoryFacts {
            date: date?,
            author: m.author.clone(),
            image,
        })
    }

    fn event_facts(&mut self, d: &Document<EventMatter>) -> Option<EventFacts> {
        let src = d.source();
        let m = &d.matter;
        let mut ok = true;
        let start = m.start.clone().or_else(|| {
            self.missing(&src, "event", "start", "2026-12-10T17:00");
            None
        });
        if m.location.is_none() {
            self.missing(&src, "event", "location", "Raahen kaupungintalo");
            ok = false;
        }
        if let (Some(s), Some(e)) = (&start, &m.end)
            && e < s
        {
            self.ds.push(
                src.error_at(&["end"], "the event ends before it starts")
                    .help("check `start:` and `end:`"),
            );
            ok = false;
        }
        if let Some(url) = &m.registration_url {
            ok &= self.check_url(&src, "registration_url", url);
        }
        let start = start?;
        ok.then(|| EventFacts {
            start,
            end: m.end.clone(),
            registration_url: m.registration_url.clone(),
        })
    }

    fn page_facts(&mut self, d: &Document<PageMatter>) -> Option<PageFacts> {
        let src = d.source();
        let m = &d.matter;
        let hero = self.asset(&d.file, &src, "hero", m.hero.as_deref());
        if hero.is_some() && m.hero_alt.is_none() {
            self.ds.push(
                src.error_at(&["hero"], "the hero image has no alt text")
                    .help("add `hero_alt:` describing the picture for people who cannot see it"),
            );
        }
        let statement = m.accessibility_statement.unwrap_or(false);
        if statement && m.reviewed.is_none() {
            self.ds.push(
                src.error_at(
                    &["accessibility_statement"],
                    "the accessibility statement has no `reviewed` date",
                )
                .help("add `reviewed: 2026-09-15` with the date of the last assessment"),
            );
        }
        Some(PageFacts {
            hero,
            accessibility_statement: statement,
            reviewed: m.reviewed,
        })
    }

    /// Reports each fact a translation changes.
    fn check_translation<M: Matter>(&mut self, facts_doc: &Document<M>, doc: &Document<M>) {
        if std::ptr::eq(facts_doc, doc) {
            return;
        }
        for key in facts_doc.matter.contradictions(&doc.matter) {
            if facts_doc.source().is_broken(key) || doc.source().is_broken(key) {
                continue;
            }
            self.ds.push(
                doc.error_at(&[key], crate::t!("link-translation-changes", key = key))
                    .help(crate::t!(
                        "link-translation-changes-help",
                        key = key,
                        original = &facts_doc.file
                    )),
            );
        }
    }

    /// One language version of a page, its text inherited from the default-language file.
    fn tr<M: Matter>(
        &mut self,
        facts_doc: &Document<M>,
        doc: &Document<M>,
        path: String,
        key: &str,
    ) -> Tr {
        let lang = &doc.lang;
        let dl = self.config.default_language.clone();
        let own = doc.matter.text();
        let base = facts_doc.matter.text();
        let src = doc.source();
        for (k, v) in [
            ("title", own.title),
            ("description", own.description),
            ("image_alt", own.image_alt),
            ("hero_alt", own.hero_alt),
            ("duration", own.duration),
            ("location", own.location),
        ] {
            self.check_langs(&src, &[k], v);
        }
        let pick = |a: Option<&Localized>, b: Option<&Localized>| -> Option<String> {
            a.and_then(|v| v.get(lang, &dl))
                .or_else(|| b.and_then(|v| v.get(lang, &dl)))
                .map(str::to_string)
        };
        let title = pick(own.title, base.title).unwrap_or_default();
        if own.title.is_none() && base.title.is_none() && std::ptr::eq(facts_doc, doc) {
            self.ds.push(
                doc.error_at(&[], "this page has no `title`")
                    .help("add `title: …`"),
            );
        }
        let slug = match own.slug.or(base.slug) {
            Some(s) => slugify(s),
            None => doc.base.clone(),
        };
        let slug = if slug.is_empty() {
            slugify(&doc.base)
        } else {
            slug
        };
        if own.slug.is_none() && base.slug.is_none() && !is_slug(&doc.base) && doc.base != "_index"
        {
            self.ds.push(
                Diagnostic::error(
                    &doc.file,
                    format!(
                        "the file name `{}` cannot be used in a web address",
                        doc.base
                    ),
                )
                .help(format!(
                    "rename the file to start with `{}`, or add `slug: {}`",
                    slugify(&doc.base),
                    slugify(&doc.base)
                )),
            );
        }
        let path = path.replace("{slug}", &slug);
        self.pending.push(PendingBody {
            key: key.to_string(),
            lang: lang.clone(),
            file: doc.file.clone(),
            refs: doc.refs.clone(),
        });
        Tr {
            lang: lang.clone(),
            file: doc.file.clone(),
            title,
            slug,
            path,
            description: pick(own.description, base.description),
            body: Body {
                markdown: doc.body.clone(),
                summary: doc.summary.clone(),
                ..Body::default()
            },
            image_alt: pick(own.image_alt, base.image_alt),
            hero_alt: pick(own.hero_alt, base.hero_alt),
            duration: pick(own.duration, base.duration),
            location: pick(own.location, base.location),
            tags: own
                .tags
                .or(base.tags)
                .map(<[String]>::to_vec)
                .unwrap_or_default(),
        }
    }

    /// Groups documents into entries by base name, checks translations, builds the facts and
    /// every language's page.
    fn entries<M: Matter, F>(
        &mut self,
        docs: Vec<Document<M>>,
        scope: Scope,
        mut facts: impl FnMut(&mut Self, &Document<M>) -> Option<F>,
    ) -> Vec<Entry<F>> {
        let mut groups: BTreeMap<String, Vec<Document<M>>> = BTreeMap::new();
        for d in docs {
            groups.entry(d.base.clone()).or_default().push(d);
        }
        let mut out = Vec::new();
        for (base, mut group) in groups {
            group.sort_by_key(|d| self.config.languages.iter().position(|l| *l == d.lang));
            let key = match scope {
                Scope::Home => "_index".to_string(),
                Scope::Page => format!("pages/{base}"),
                Scope::Town { town, section, .. } => {
                    format!("towns/{}/{}/{base}", town.folder, section.folder())
                }
            };
            // The default language's file holds the facts; without one, the first translation.
            // When the default language's file is broken, its own errors say so: skip the rest.
            let Some(fi) = group
                .iter()
                .position(|d| &d.lang == self.default_lang())
                .or_else(|| (!self.broken.contains(&key)).then_some(0))
            else {
                continue;
            };
            let facts_doc = &group[fi];
            if let Scope::Town { section, .. } = scope
                && section != Section::Companies
                && &facts_doc.lang != self.default_lang()
                && only_text(&facts_doc.matter_text)
            {
                let original = facts_doc.file.with_file_name(format!(
                    "{base}.{}.md",
                    self.default_lang().code()
                ));
                self.ds.push(
                    crate::diagnostics::Diagnostic::error(
                        &facts_doc.file,
                        crate::t!("link-original-missing", original = &original),
                    )
                    .help(crate::t!("link-original-missing-help", original = &original)),
                );
                self.broken.insert(key);
                continue;
            }
            let entry_draft = facts_doc.matter.text().draft == Some(true) && !self.opts.drafts;
            let f = facts(self, facts_doc);
            let mut trs = Vec::new();
            for doc in &group {
                self.check_translation(facts_doc, doc);
                if doc.matter.text().draft == Some(true) && !self.opts.drafts {
                    continue;
                }
                let lang = &doc.lang;
                let prefix = self.config.lang_prefix(lang);
                let path = match scope {
                    Scope::Home => format!("/{prefix}"),
                    Scope::Page => format!("/{prefix}{{slug}}/"),
                    Scope::Town { town, section, .. } => {
                        format!(
                            "/{prefix}{}/{}/{{slug}}/",
                            town_slug(town, lang),
                            self.config.segment(section, lang)
                        )
                    }
                };
                trs.push(self.tr(facts_doc, doc, path, &key));
            }
            if entry_draft || trs.is_empty() {
                self.unpublished.insert(key);
                continue;
            }
            let Some(f) = f else {
                self.broken.insert(key);
                continue;
            };
            let town = match scope {
                Scope::Town { index, .. } => Some(index),
                _ => None,
            };
            out.push(Entry {
                key,
                town,
                facts: f,
                trs,
            });
        }
        out
    }

    /// No two pages may share a URL; a duplicate names every file involved.
    fn check_unique_paths(&mut self, site: &Site) {
        let mut seen: BTreeMap<&str, Vec<&Path>> = BTreeMap::new();
        let mut all: Vec<&Tr> = Vec::new();
        all.extend(&site.home.trs);
        all.extend(site.pages.iter().flat_map(|e| &e.trs));
        all.extend(site.towns.iter().flat_map(|t| &t.page.trs));
        all.extend(site.companies.iter().flat_map(|c| &c.trs));
        all.extend(site.jobs.iter().flat_map(|e| &e.trs));
        all.extend(site.studies.iter().flat_map(|e| &e.trs));
        all.extend(site.stories.iter().flat_map(|e| &e.trs));
        all.extend(site.events.iter().flat_map(|e| &e.trs));
        for t in &all {
            seen.entry(t.path.as_str()).or_default().push(&t.file);
        }
        // Section list pages of every town and the all-towns lists also take URLs.
        let mut reserved: BTreeMap<String, String> = BTreeMap::new();
        for lang in &self.config.languages {
            let prefix = self.config.lang_prefix(lang);
            for s in Section::ALL {
                reserved.insert(
                    format!("/{prefix}{}/", self.config.segment(s, lang)),
                    format!("the list of all {}", s.folder()),
                );
                for town in &site.towns {
                    reserved.insert(
                        format!(
                            "/{prefix}{}/{}/",
                            town_slug(town, lang),
                            self.config.segment(s, lang)
                        ),
                        format!("the {} list of {}", s.folder(), town.folder),
                    );
                }
            }
            for other in &self.config.languages {
                if !self.config.is_default(other) {
                    reserved.insert(
                        format!("/{prefix}{}/", other.code()),
                        format!("the {other} home page"),
                    );
                }
            }
        }
        for (path, files) in &seen {
            let mut files: Vec<PathBuf> = files.iter().map(|p| p.to_path_buf()).collect();
            files.sort();
            files.dedup();
            if files.len() > 1
                || (seen[path].len() > 1
                    && files.len() == 1
                    && !files[0].ends_with(crate::config::CONFIG_FILE))
            {
                let first = files[0].clone();
                self.ds.push(
                    Diagnostic::error(
                        &first,
                        format!("two pages would have the same address {path}"),
                    )
                    .related(files.iter().skip(1).cloned())
                    .help("give one of them another file name or `slug:`"),
                );
            }
            let is_home = site.home.trs.iter().any(|t| t.path == *path);
            if let Some(what) = reserved.get(*path).filter(|_| !is_home) {
                self.ds.push(
                    Diagnostic::error(
                        &files[0],
                        format!("this page's address {path} is taken by {what}"),
                    )
                    .related(files.iter().skip(1).cloned())
                    .help("give the page another file name or `slug:`"),
                );
            }
        }
    }

    /// Resolves every body's links and images, now that every URL is known.
    fn resolve_bodies(&mut self, site: &mut Site) {
        let mut urls: BTreeMap<&str, Vec<(&Lang, &str)>> = BTreeMap::new();
        let add = |key: &str, trs: &[Tr]| {
            (
                key.to_string(),
                trs.iter()
                    .map(|t| (t.lang.clone(), t.path.clone()))
                    .collect::<Vec<_>>(),
            )
        };
        let mut table: Vec<(String, Vec<(Lang, String)>)> = Vec::new();
        table.push(add(&site.home.key, &site.home.trs));
        table.extend(site.pages.iter().map(|e| add(&e.key, &e.trs)));
        table.extend(site.towns.iter().map(|t| add(&t.page.key, &t.page.trs)));
        table.extend(
            site.towns
                .iter()
                .map(|t| add(&format!("towns/{}/town", t.folder), &t.page.trs)),
        );
        table.extend(site.companies.iter().map(|c| add(&c.key, &c.trs)));
        table.extend(site.jobs.iter().map(|e| add(&e.key, &e.trs)));
        table.extend(site.studies.iter().map(|e| add(&e.key, &e.trs)));
        table.extend(site.stories.iter().map(|e| add(&e.key, &e.trs)));
        table.extend(site.events.iter().map(|e| add(&e.key, &e.trs)));
        for (k, v) in &table {
            urls.insert(k.as_str(), v.iter().map(|(l, p)| (l, p.as_str())).collect());
        }
        let all_paths: BTreeSet<&str> = table
            .iter()
            .flat_map(|(_, v)| v.iter().map(|(_, p)| p.as_str()))
            .collect();

        let mut resolved: BTreeMap<(String, Lang), Body> = BTreeMap::new();
        let pending = std::mem::take(&mut self.pending);
        for p in pending {
            let mut body = Body::default();
            for r in &p.refs {
                match r.kind {
                    RefKind::Link => {
                        if let Some(target) = self.resolve_link(&p, r, &urls, &all_paths) {
                            body.links.insert(r.dest.clone(), target);
                        }
                    }
                    RefKind::Image => {
                        if let Some(img) = self.resolve_image(&p, r) {
                            body.images.insert(r.dest.clone(), img);
                        }
                    }
                }
            }
            resolved.insert((p.key, p.lang), body);
        }
        let mut apply = |key: &str, trs: &mut [Tr]| {
            for t in trs.iter_mut() {
                if let Some(b) = resolved.remove(&(key.to_string(), t.lang.clone())) {
                    t.body.links = b.links;
                    t.body.images = b.images;
                }
            }
        };
        apply(&site.home.key.clone(), &mut site.home.trs);
        for e in &mut site.pages {
            apply(&e.key, &mut e.trs);
        }
        for t in &mut site.towns {
            apply(&t.page.key, &mut t.page.trs);
        }
        for c in &mut site.companies {
            apply(&c.key, &mut c.trs);
        }
        for e in &mut site.jobs {
            apply(&e.key, &mut e.trs);
        }
        for e in &mut site.studies {
            apply(&e.key, &mut e.trs);
        }
        for e in &mut site.stories {
            apply(&e.key, &mut e.trs);
        }
        for e in &mut site.events {
            apply(&e.key, &mut e.trs);
        }
    }

    fn resolve_link(
        &mut self,
        p: &PendingBody,
        r: &Reference,
        urls: &BTreeMap<&str, Vec<(&Lang, &str)>>,
        all_paths: &BTreeSet<&str>,
    ) -> Option<LinkTarget> {
        let dest = r.dest.trim();
        let pos = r.pos;
        let (target, fragment) = match dest.split_once('#') {
            Some((t, f)) => (t, format!("#{f}")),
            None => (dest, String::new()),
        };
        if target.is_empty() || is_external(target) {
            return Some(LinkTarget::AsWritten);
        }
        if target.starts_with('/') && !target.starts_with("//") {
            let with_slash = if target.ends_with('/') || target.contains('.') {
                target.to_string()
            } else {
                format!("{target}/")
            };
            let known = self.static_files.contains(target)
                || all_paths.contains(with_slash.as_str())
                || GENERATED_FILES.contains(&target);
            if !known {
                self.ds.push(
                    Diagnostic::error(&p.file, format!("link to `{target}`, which is neither in static/ nor a page of the site"))
                        .at(pos)
                        .span_len(r.len)
                        .help("link to content as `@/towns/TOWN/jobs/FILE.md`, or put the file in static/"),
                );
                return None;
            }
            return Some(LinkTarget::Url(format!(
                "{}{fragment}",
                self.config.base_url.href(target)
            )));
        }
        // Content links: `@/path/under/content.md` or a path relative to this file.
        let content_rel = if let Some(rest) = target.strip_prefix("@/") {
            Some(PathBuf::from(rest))
        } else {
            let dir = p.file.parent().unwrap_or(Path::new(""));
            normalize(&dir.join(target))
                .and_then(|full| full.strip_prefix("content").ok().map(Path::to_path_buf))
        };
        let Some(content_rel) = content_rel else {
            self.ds.push(
                Diagnostic::error(
                    &p.file,
                    format!("link to `{target}` leads outside content/"),
                )
                .at(pos)
                .span_len(r.len),
            );
            return None;
        };
        let looks_like_page =
            target.starts_with("@/") || target.ends_with(".md") || target.ends_with(".yaml");
        if !looks_like_page {
            // A file beside the content (a PDF, an image): copied to the output.
            let full = Path::new("content").join(&content_rel);
            if let Some(full) = normalize(&full)
                && self.assets.contains(&full)
            {
                self.used_assets.insert(full.clone());
                return Some(LinkTarget::Url(
                    self.config.base_url.href(&asset_site_path(&full)),
                ));
            }
            self.ds.push(
                Diagnostic::error(
                    &p.file,
                    format!("link to `{target}`, a file that does not exist"),
                )
                .at(pos)
                .span_len(r.len)
                .help("check the file name; link to pages as `@/towns/TOWN/jobs/FILE.md`"),
            );
            return None;
        }
        let key = content_key(&content_rel, &self.config.languages);
        if let Some(versions) = urls.get(key.as_str()) {
            let path = versions
                .iter()
                .find(|(l, _)| **l == p.lang)
                .or_else(|| versions.iter().find(|(l, _)| *l == self.default_lang()))
                .or(versions.first())
                .map(|(_, path)| *path)?;
            return Some(LinkTarget::Url(format!(
                "{}{fragment}",
                self.config.base_url.href(path)
            )));
        }
        if self.broken.contains(&key) {
            return None;
        }
        if self.unpublished.contains(&key) {
            self.ds.push(
                Diagnostic::warning(&p.file, format!("link to `{target}`, which is not published today (a draft or past its deadline)"))
                    .at(pos)
                    .span_len(r.len)
                    .help("the link text is shown without a link; remove the link when the page is gone for good"),
            );
            return Some(LinkTarget::PlainText);
        }
        let known = urls.keys().copied().chain(
            self.unpublished
                .iter()
                .chain(&self.broken)
                .map(String::as_str),
        );
        let help = crate::diagnostics::did_you_mean(&key, known)
            .map(|k| format!("did you mean `@/{k}.md`?"))
            .unwrap_or_else(|| {
                "link to a file under content/, like `@/towns/raahe/jobs/hitsaaja.md`".to_string()
            });
        self.ds.push(
            Diagnostic::error(
                &p.file,
                crate::t!("link-to-missing-page", target = target),
            )
            .at(pos)
            .span_len(r.len)
            .help(help),
        );
        None
    }

    fn resolve_image(&mut self, p: &PendingBody, r: &Reference) -> Option<PathBuf> {
        let pos = r.pos;
        if r.alt.trim().is_empty() && !r.is_decorative() {
            self.ds.push(
                Diagnostic::error(&p.file, crate::t!("link-body-image-no-alt", image = &r.dest))
                    .at(pos)
                    .span_len(r.len)
                    .help(crate::t!("link-body-image-no-alt-help")),
            );
        }
        if is_external(&r.dest) {
            self.ds.push(
                Diagnostic::error(&p.file, format!("image `{}` is on another site", r.dest))
                    .at(pos)
                    .span_len(r.len)
                    .help("save the picture beside this file and link to it by name; the site loads nothing from other hosts"),
            );
            return None;
        }
        let dir = p.file.parent().unwrap_or(Path::new(""));
        let full = match r.dest.strip_prefix("@/") {
            Some(rest) => normalize(&Path::new("content").join(rest)),
            None => normalize(&dir.join(&r.dest)),
        };
        match full {
            Some(f) if self.assets.contains(&f) => {
                self.used_images
                    .entry(f.clone())
                    .or_insert_with(|| AssetRef {
                        file: p.file.clone(),
                        pos: Some(pos),
                    });
                Some(f)
            }
            _ => {
                let near = self.near_assets(dir, &r.dest);
                self.ds.push(
                    Diagnostic::error(&p.file, format!("image `{}` does not exist", r.dest))
                        .at(pos)
                        .span_len(r.len)
                        .help(near.unwrap_or_else(|| {
                            format!("put the picture in {} or fix its name", to_slash(dir))
                        })),
                );
                None
            }
        }
    }
}

/// Output files that are not pages but may be linked (`/sitemap.xml`).
const GENERATED_FILES: &[&str] = &["/sitemap.xml", "/robots.txt", "/404.html"];

fn is_external(dest: &str) -> bool {
    dest.starts_with("//")
        || dest.contains("://")
        || dest.starts_with("mailto:")
        || dest.starts_with("tel:")
        || dest.starts_with("#")
}

/// `towns/raahe/jobs/hitsaaja.sv.md` → `towns/raahe/jobs/hitsaaja`.
pub fn content_key(rel: &Path, langs: &[Lang]) -> String {
    let s = to_slash(rel);
    let mut s = s.trim_end_matches('/').to_string();
    for ext in [".md", ".yaml", ".yml"] {
        if let Some(stripped) = s.strip_suffix(ext) {
            s = stripped.to_string();
            break;
        }
    }
    if let Some((base, code)) = s.rsplit_once('.')
        && langs.iter().any(|l| l.code() == code)
    {
        s = base.to_string();
    }
    if let Some(town) = s
        .strip_prefix("towns/")
        .and_then(|t| t.strip_suffix("/town"))
    {
        return format!("towns/{town}/_index");
    }
    s
}

/// Where a content asset is published: `content/towns/raahe/liite.pdf` → `/media/towns/raahe/liite.pdf`.
pub fn asset_site_path(rel: &Path) -> String {
    let under = rel.strip_prefix("content").unwrap_or(rel);
    format!("/media/{}", to_slash(under))
}

/// Resolves `.` and `..` without touching the disk; `None` when the path climbs out of its root.
pub fn normalize(p: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::Normal(x) => out.push(x),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

/// Whether front matter sets only what a translation may set (no facts at all): such a file
/// without its default-language original is a translation whose original is gone.
fn only_text(matter: &str) -> bool {
    const TEXT: [&str; 9] = [
        "title", "slug", "description", "image_alt", "hero_alt", "duration", "location", "tags",
        "draft",
    ];
    crate::yaml::top_level_keys(matter)
        .iter()
        .all(|k| TEXT.contains(&k.as_str()))
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_keys_ignore_language_and_extension() {
        let langs = [Lang::parse("fi").unwrap(), Lang::parse("sv").unwrap()];
        assert_eq!(
            content_key(Path::new("towns/raahe/jobs/hitsaaja.sv.md"), &langs),
            "towns/raahe/jobs/hitsaaja"
        );
        assert_eq!(
            content_key(Path::new("towns/raahe/jobs/hitsaaja.md"), &langs),
            "towns/raahe/jobs/hitsaaja"
        );
        assert_eq!(
            content_key(Path::new("towns/raahe/companies/ruukki.yaml"), &langs),
            "towns/raahe/companies/ruukki"
        );
        assert_eq!(
            content_key(Path::new("towns/raahe/jobs/v2.0.md"), &langs),
            "towns/raahe/jobs/v2.0"
        );
        assert_eq!(
            content_key(Path::new("towns/raahe/town.yaml"), &langs),
            "towns/raahe/_index"
        );
    }

    #[test]
    fn normalize_stays_inside() {
        assert_eq!(
            normalize(Path::new("content/a/../b/./c.jpg")),
            Some(PathBuf::from("content/b/c.jpg"))
        );
        assert_eq!(normalize(Path::new("content/../../etc/passwd")), None);
        assert_eq!(normalize(Path::new("/etc/passwd")), None);
    }
}
