//! Stage 3, render: pure. Site + theme → output files.
//!
//! Templates are compiled once; sorted lists and list cards are computed once per language;
//! pages are planned as [`PageJob`]s and rendered in parallel, each into one [`OutputFile`].
//! `serve` renders only the jobs a change touches.

pub mod views;

use crate::assets::AssetPlan;
use crate::collate::Collation;
use crate::config::{Config, Section};
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::lang::Lang;
use crate::markdown::{self, LinkTarget, Resolver};
use crate::site::{Body, Entry, Site, Tr};
use crate::theme::Theme;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock, RwLock};
use tera::{Context, Kwargs, State, Tera, TeraResult, Value};
use views::{Ctx, Link, Strings};

/// One file of the output, relative to the output root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// One page to render.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PageJob {
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

/// One value of a facet in one language: its key, its name and its URL slug.
#[derive(Debug, Clone)]
struct FacetValue {
    key: String,
    name: String,
    slug: String,
}

/// The longest all-towns list whose cards all go into its first page for instant filtering
/// (about 1 KiB each); longer lists filter through their pre-rendered filter pages.
pub const INSTANT_FILTER_MAX: usize = 300;

/// The compiled theme and everything computed once per build.
pub struct Renderer<'a> {
    config: &'a Config,
    site: &'a Site,
    tera: Tera,
    strings: BTreeMap<Lang, Strings>,
    /// `strings` as template values, converted once (`t` on every page).
    strings_values: BTreeMap<Lang, Value>,
    globals: BTreeMap<Lang, Value>,
    /// Sorted entry indices per (section, town, language); `None` town = all towns.
    lists: HashMap<(Section, Option<usize>, Lang), Vec<usize>>,
    /// List cards per (section, language), by entry index: each made the first time a page
    /// shows it (a full build shows them all; `serve` re-rendering one page makes a few).
    cards: HashMap<(Section, Lang), Vec<OnceLock<Value>>>,
    /// Open jobs per (company, language), for company cards.
    open_jobs: HashMap<(usize, Lang), usize>,
    template_files: BTreeMap<String, PathBuf>,
    /// The planned images: `<picture>` markup for body images.
    assets: Arc<AssetPlan>,
    /// The values of each filter facet per language, in display order.
    facets: HashMap<(Facet, Lang), Vec<FacetValue>>,
    /// Town indices in alphabetical order per language.
    town_order: BTreeMap<Lang, Vec<usize>>,
    /// The all-towns lists narrowed to one facet value, in list order, computed in one pass.
    filters: HashMap<(Section, Facet, String, Lang), Vec<usize>>,
}

/// The theme's templates, compiled once; errors point at the template's file and line.
pub struct Templates {
    tera: Tera,
    files: BTreeMap<String, PathBuf>,
    /// The planned images, shared with the `image()` template function. Set once the site
    /// is linked and planned ([`Templates::set_assets`]); empty until then.
    assets: SharedAssets,
}

type SharedAssets = Arc<RwLock<Arc<AssetPlan>>>;

/// `{{ image(src=page.hero.src, alt=page.hero.alt, sizes="100vw", eager=true) }}`: the
/// `<picture>` of a planned image, or nothing when the source was not planned.
fn image_function(
    assets: SharedAssets,
) -> impl Fn(Kwargs, &State) -> TeraResult<Value> + Send + Sync + 'static {
    move |kwargs: Kwargs, _: &State| {
        let src: &str = kwargs.must_get("src")?;
        let alt: &str = kwargs.get("alt")?.unwrap_or("");
        let sizes: &str = kwargs.get("sizes")?.unwrap_or("");
        let eager: bool = kwargs.get("eager")?.unwrap_or(false);
        let plan = assets.read().map(|a| Arc::clone(&a)).unwrap_or_default();
        let html = plan
            .picture(std::path::Path::new(src), alt, sizes, eager)
            .unwrap_or_default();
        Ok(Value::safe_string(&html))
    }
}

impl Templates {
    pub fn compile(theme: &Theme) -> Result<Templates, Diagnostics> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        let assets: SharedAssets = Arc::default();
        tera.register_function("image", image_function(Arc::clone(&assets)));
        let files: BTreeMap<String, PathBuf> = theme
            .templates
            .iter()
            .map(|t| (t.name.clone(), t.file.clone()))
            .collect();
        let mut ds = Diagnostics::new();
        if let Err(e) = tera.add_raw_templates(
            theme
                .templates
                .iter()
                .map(|t| (t.name.as_str(), t.text.as_str())),
        ) {
            ds.push(template_error(&e, &files));
            return Err(ds);
        }
        for required in TEMPLATES {
            if !tera.contains_template(required) {
                ds.push(
                    Diagnostic::error(
                        PathBuf::from("templates").join(required),
                        format!("the theme has no template `{required}`"),
                    )
                    .help("add it to the theme's templates/ or the site's templates/"),
                );
            }
        }
        if ds.has_errors() {
            Err(ds)
        } else {
            Ok(Templates {
                tera,
                files,
                assets,
            })
        }
    }

    /// Gives the templates (and body images) the planned images of the site being rendered.
    pub fn set_assets(&self, plan: Arc<AssetPlan>) {
        if let Ok(mut slot) = self.assets.write() {
            *slot = plan;
        }
    }
}

impl<'a> Renderer<'a> {
    pub fn new(
        config: &'a Config,
        site: &'a Site,
        theme: &Theme,
        templates: Templates,
    ) -> Renderer<'a> {
        let Templates {
            tera,
            files: template_files,
            assets,
        } = templates;
        let assets = assets.read().map(|a| Arc::clone(&a)).unwrap_or_default();
        let collation = Collation::new(&config.languages);
        let mut r = Renderer {
            config,
            site,
            tera,
            strings: theme.strings.clone(),
            strings_values: theme
                .strings
                .iter()
                .map(|(l, s)| (l.clone(), Value::from_serializable(s)))
                .collect(),
            globals: BTreeMap::new(),
            lists: HashMap::new(),
            cards: HashMap::new(),
            open_jobs: HashMap::new(),
            template_files,
            assets,
            facets: HashMap::new(),
            town_order: BTreeMap::new(),
            filters: HashMap::new(),
        };
        r.compute_lists(&collation);
        r.compute_cards();
        r.compute_globals(&collation);
        r.compute_facets(&collation);
        r.compute_filters();
        r
    }

    /// The planned images of the site being rendered.
    pub fn assets(&self) -> &AssetPlan {
        &self.assets
    }

    fn ctx<'b>(&'b self, lang: &'b Lang) -> Ctx<'b> {
        Ctx {
            config: self.config,
            site: self.site,
            lang,
            strings: &self.strings[lang],
        }
    }

    fn compute_lists(&mut self, collation: &Collation) {
        let site = self.site;
        for lang in &self.config.languages {
            for section in Section::ALL {
                let mut idx: Vec<usize> = (0..self.len(section))
                    .filter(|&i| self.tr_of(section, i, lang).is_some())
                    .collect();
                let title = |i: &usize| {
                    self.tr_of(section, *i, lang)
                        .map(|t| t.title.as_str())
                        .unwrap_or("")
                };
                let keys: Vec<Vec<u8>> = (0..self.len(section))
                    .map(|i| collation.sort_key(lang, title(&i)))
                    .collect();
                let by_title = |a: &usize, b: &usize| {
                    keys[*a].cmp(&keys[*b]).then_with(|| title(a).cmp(title(b)))
                };
                match section {
                    Section::Jobs => idx.sort_by(|a, b| {
                        site.jobs[*b]
                            .facts
                            .posted
                            .cmp(&site.jobs[*a].facts.posted)
                            .then_with(|| by_title(a, b))
                    }),
                    Section::Studies => idx.sort_by(|a, b| {
                        let key = |i: usize| {
                            site.studies[i]
                                .facts
                                .application_deadline
                                .map_or((1, None), |d| (0, Some(d)))
                        };
                        key(*a).cmp(&key(*b)).then_with(|| by_title(a, b))
                    }),
                    Section::Companies => idx.sort_by(by_title),
                    Section::Stories => idx.sort_by(|a, b| {
                        site.stories[*b]
                            .facts
                            .date
                            .cmp(&site.stories[*a].facts.date)
                            .then_with(|| by_title(a, b))
                    }),
                    Section::Events => idx.sort_by(|a, b| {
                        site.events[*a]
                            .facts
                            .start
                            .cmp(&site.events[*b].facts.start)
                            .then_with(|| by_title(a, b))
                    }),
                }
                let mut by_town: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
                for &i in &idx {
                    by_town.entry(self.town_of(section, i)).or_default().push(i);
                }
                for t in 0..site.towns.len() {
                    self.lists.insert(
                        (section, Some(t), lang.clone()),
                        by_town.remove(&t).unwrap_or_default(),
                    );
                }
                self.lists.insert((section, None, lang.clone()), idx);
            }
        }
    }

    fn len(&self, section: Section) -> usize {
        match section {
            Section::Jobs => self.site.jobs.len(),
            Section::Studies => self.site.studies.len(),
            Section::Companies => self.site.companies.len(),
            Section::Stories => self.site.stories.len(),
            Section::Events => self.site.events.len(),
        }
    }

    fn tr_of(&self, section: Section, i: usize, lang: &Lang) -> Option<&'a Tr> {
        let site = self.site;
        match section {
            Section::Jobs => site.jobs[i].tr(lang),
            Section::Studies => site.studies[i].tr(lang),
            Section::Companies => site.companies[i].tr(lang),
            Section::Stories => site.stories[i].tr(lang),
            Section::Events => site.events[i].tr(lang),
        }
    }

    fn town_of(&self, section: Section, i: usize) -> usize {
        let site = self.site;
        match section {
            Section::Jobs => site.jobs[i].town,
            Section::Studies => site.studies[i].town,
            Section::Companies => Some(site.companies[i].town),
            Section::Stories => site.stories[i].town,
            Section::Events => site.events[i].town,
        }
        .unwrap_or(0)
    }

    fn compute_cards(&mut self) {
        let mut open_jobs: HashMap<(usize, Lang), usize> = HashMap::new();
        for lang in &self.config.languages {
            for &j in &self.lists[&(Section::Jobs, None, lang.clone())] {
                *open_jobs
                    .entry((self.site.jobs[j].facts.company, lang.clone()))
                    .or_default() += 1;
            }
        }
        let mut cards = HashMap::new();
        for lang in &self.config.languages {
            for section in Section::ALL {
                let slots = (0..self.len(section)).map(|_| OnceLock::new()).collect();
                cards.insert((section, lang.clone()), slots);
            }
        }
        self.cards = cards;
        self.open_jobs = open_jobs;
    }

    /// The list card of entry `i` of `section` in `lang` (`none` if it has no such language).
    fn card(&self, section: Section, lang: &Lang, i: usize) -> Value {
        let Some(slot) = self
            .cards
            .get(&(section, lang.clone()))
            .and_then(|c| c.get(i))
        else {
            return Value::none();
        };
        slot.get_or_init(|| {
            let Some(tr) = self.tr_of(section, i, lang) else {
                return Value::none();
            };
            let ctx = self.ctx(lang);
            let site = self.site;
            match section {
                Section::Jobs => {
                    Value::from_serializable(&views::job_card(&ctx, &site.jobs[i], tr))
                }
                Section::Studies => {
                    Value::from_serializable(&views::study_card(&ctx, &site.studies[i], tr))
                }
                Section::Companies => Value::from_serializable(&views::company_card(
                    &ctx,
                    &site.companies[i],
                    tr,
                    self.open_jobs.get(&(i, lang.clone())).copied().unwrap_or(0),
                )),
                Section::Stories => {
                    Value::from_serializable(&views::story_card(&ctx, &site.stories[i], tr))
                }
                Section::Events => {
                    Value::from_serializable(&views::event_card(&ctx, &site.events[i], tr))
                }
            }
        })
        .clone()
    }

    fn compute_globals(&mut self, collation: &Collation) {
        let mut globals = BTreeMap::new();
        for lang in &self.config.languages {
            let ctx = self.ctx(lang);
            let mut towns: Vec<views::TownRef> = self
                .site
                .towns
                .iter()
                .map(|t| views::town_ref(&ctx, t))
                .collect();
            collation.sort_by_key(lang, &mut towns, |t| t.name.as_str());
            let sections: BTreeMap<&str, Link> = Section::ALL
                .iter()
                .map(|s| {
                    (
                        s.folder(),
                        Link {
                            title: ctx.s(&format!("section_{}", s.folder())),
                            url: ctx.href(&self.list_path(*s, None, lang, 1)),
                        },
                    )
                })
                .collect();
            let sectors: Vec<views::Named> = {
                let mut v: Vec<_> = self
                    .config
                    .sectors
                    .iter()
                    .map(|s| views::sector(&ctx, &s.key))
                    .collect();
                collation.sort_by_key(lang, &mut v, |n| n.name.as_str());
                v
            };
            let languages: Vec<LangView> = self
                .config
                .languages
                .iter()
                .map(|l| LangView {
                    code: l.code().into(),
                    name: self.strings[l]
                        .get("language_name")
                        .cloned()
                        .unwrap_or_default(),
                    url: ctx.href(
                        &self
                            .site
                            .home
                            .tr(l)
                            .map(|t| t.path.clone())
                            .unwrap_or_else(|| "/".into()),
                    ),
                })
                .collect();
            let global = SiteView {
                title: ctx.text(&self.config.title),
                description: self.config.description.as_ref().map(|d| ctx.text(d)),
                lang: lang.code().into(),
                default_lang: self.config.default_language.code().into(),
                base_url: self.config.base_url.absolute("/"),
                root_url: self.config.base_url.href("/"),
                home_url: ctx.href(
                    &self
                        .site
                        .home
                        .tr(lang)
                        .map(|t| t.path.clone())
                        .unwrap_or_default(),
                ),
                languages,
                towns,
                sections,
                sectors,
                employment_types: crate::model::EmploymentType::ALL
                    .iter()
                    .map(|t| views::Named {
                        key: t.key().into(),
                        name: ctx.s(&format!("employment_type_{}", t.key())),
                    })
                    .collect(),
                accessibility_url: self.site.accessibility_statement().map(|p| {
                    let tr = p.tr(lang).or(p.trs.first());
                    ctx.href(&tr.map(|t| t.path.clone()).unwrap_or_default())
                }),
                today: ctx.date(self.site.today),
            };
            globals.insert(lang.clone(), Value::from_serializable(&global));
        }
        self.globals = globals;
    }

    /// The values of the filter facets and the order of towns, per language.
    fn compute_facets(&mut self, collation: &Collation) {
        let mut facets = HashMap::new();
        let mut town_order = BTreeMap::new();
        for lang in &self.config.languages {
            let ctx = self.ctx(lang);
            let mut towns: Vec<(usize, String)> = self
                .site
                .towns
                .iter()
                .enumerate()
                .filter(|(_, t)| t.tr(lang).is_some())
                .map(|(i, t)| (i, ctx.text(&t.name)))
                .collect();
            collation.sort_by_key(lang, &mut towns, |t| t.1.as_str());
            town_order.insert(lang.clone(), towns.into_iter().map(|t| t.0).collect());
            let mut sectors: Vec<(String, String)> = self
                .config
                .sectors
                .iter()
                .map(|s| (s.key.clone(), ctx.text(&s.name)))
                .collect();
            collation.sort_by_key(lang, &mut sectors, |s| s.1.as_str());
            let types = crate::model::EmploymentType::ALL
                .iter()
                .map(|t| {
                    (
                        t.key().to_string(),
                        ctx.s(&format!("employment_type_{}", t.key())),
                    )
                })
                .collect();
            let levels = crate::model::StudyLevel::ALL
                .iter()
                .map(|l| (l.key().to_string(), ctx.s(&format!("level_{}", l.key()))))
                .collect();
            for (facet, values) in [
                (Facet::Sector, sectors),
                (Facet::EmploymentType, types),
                (Facet::Level, levels),
            ] {
                facets.insert((facet, lang.clone()), facet_values(values));
            }
        }
        self.facets = facets;
        self.town_order = town_order;
    }

    /// The URL segment of a facet in `lang`: the theme's `url_sector` (etc.) string, slugified.
    fn facet_segment(&self, facet: Facet, lang: &Lang) -> String {
        let seg = self.strings[lang]
            .get(&format!("url_{}", facet.key()))
            .map(|s| crate::slug::slugify(s))
            .unwrap_or_default();
        if seg.is_empty() {
            facet.default_segment().to_string()
        } else {
            seg
        }
    }

    /// The site path of a filter page: `/tyopaikat/ala/metalliteollisuus/`.
    pub fn filter_path(
        &self,
        section: Section,
        facet: Facet,
        value: &str,
        lang: &Lang,
        page: usize,
    ) -> String {
        let slug = self.facets[&(facet, lang.clone())]
            .iter()
            .find(|v| v.key == value)
            .map_or_else(|| crate::slug::slugify(value), |v| v.slug.clone());
        let base = format!(
            "{}{}/{slug}/",
            self.list_path(section, None, lang, 1),
            self.facet_segment(facet, lang)
        );
        if page <= 1 {
            base
        } else {
            format!("{base}{}/{page}/", self.config.page_segment(lang))
        }
    }

    /// The facet value of entry `i` (a job for sector and employment type, a study for level).
    fn facet_key(&self, facet: Facet, i: usize) -> &str {
        match facet {
            Facet::Sector => &self.site.jobs[i].facts.sector,
            Facet::EmploymentType => self.site.jobs[i].facts.employment_type.key(),
            Facet::Level => self.site.studies[i].facts.level.key(),
        }
    }

    /// Splits every all-towns list by each of its facets' values, one pass per facet.
    fn compute_filters(&mut self) {
        let mut filters: HashMap<(Section, Facet, String, Lang), Vec<usize>> = HashMap::new();
        for lang in &self.config.languages {
            for section in Section::ALL {
                let Some(list) = self.lists.get(&(section, None, lang.clone())) else {
                    continue;
                };
                for &facet in Facet::of(section) {
                    for &i in list {
                        let key = self.facet_key(facet, i).to_string();
                        filters
                            .entry((section, facet, key, lang.clone()))
                            .or_default()
                            .push(i);
                    }
                }
            }
        }
        self.filters = filters;
    }

    /// The all-towns list of `section` in `lang` narrowed to one facet value, in list order.
    pub fn filtered(&self, section: Section, facet: Facet, value: &str, lang: &Lang) -> &[usize] {
        self.filters
            .get(&(section, facet, value.to_string(), lang.clone()))
            .map_or(&[], Vec::as_slice)
    }

    /// The site path of a list page.
    pub fn list_path(
        &self,
        section: Section,
        town: Option<usize>,
        lang: &Lang,
        page: usize,
    ) -> String {
        let base = match town.and_then(|t| self.site.towns[t].tr(lang)) {
            Some(t) => format!("{}{}/", t.path, self.config.segment(section, lang)),
            None => format!(
                "/{}{}/",
                self.config.lang_prefix(lang),
                self.config.segment(section, lang)
            ),
        };
        if page <= 1 {
            base
        } else {
            format!("{base}{}/{page}/", self.config.page_segment(lang))
        }
    }

    /// The sorted entry indices of a list (`serve` tracks which entries each list page shows).
    pub fn list(&self, section: Section, town: Option<usize>, lang: &Lang) -> &[usize] {
        self.lists
            .get(&(section, town, lang.clone()))
            .map_or(&[], Vec::as_slice)
    }

    /// What every page in `lang` sees as `site` (`serve` re-renders everything when it changes).
    pub fn globals(&self, lang: &Lang) -> Option<&Value> {
        self.globals.get(lang)
    }

    fn pages_of(&self, section: Section, town: Option<usize>, lang: &Lang) -> usize {
        let n = self
            .lists
            .get(&(section, town, lang.clone()))
            .map_or(0, Vec::len);
        n.div_ceil(self.config.page_size).max(1)
    }

    /// Every page of the site.
    pub fn plan(&self) -> Vec<PageJob> {
        let mut jobs = Vec::new();
        for lang in &self.config.languages {
            jobs.push(PageJob::Home(lang.clone()));
            jobs.push(PageJob::NotFound(lang.clone()));
            if self.tera.contains_template("search.html")
                && crate::discover::search_page_free(
                    self.config,
                    self.site,
                    self.strings.get(lang),
                    lang,
                )
            {
                jobs.push(PageJob::Search(lang.clone()));
            }
            for (i, p) in self.site.pages.iter().enumerate() {
                if p.tr(lang).is_some() {
                    jobs.push(PageJob::Page(i, lang.clone()));
                }
            }
            for t in 0..self.site.towns.len() {
                jobs.push(PageJob::Town(t, lang.clone()));
            }
            for section in Section::ALL {
                for town in std::iter::once(None).chain((0..self.site.towns.len()).map(Some)) {
                    for page in 1..=self.pages_of(section, town, lang) {
                        jobs.push(PageJob::List {
                            section,
                            town,
                            lang: lang.clone(),
                            page,
                        });
                    }
                }
                for &facet in Facet::of(section) {
                    for value in &self.facets[&(facet, lang.clone())] {
                        let pages = self
                            .filtered(section, facet, &value.key, lang)
                            .len()
                            .div_ceil(self.config.page_size)
                            .max(1);
                        for page in 1..=pages {
                            jobs.push(PageJob::Filter {
                                section,
                                facet,
                                value: value.key.clone(),
                                lang: lang.clone(),
                                page,
                            });
                        }
                    }
                }
                for i in 0..self.len(section) {
                    if self.tr_of(section, i, lang).is_some() {
                        jobs.push(PageJob::Item(section, i, lang.clone()));
                    }
                }
            }
        }
        jobs
    }

    /// Renders one page.
    pub fn render(&self, job: &PageJob) -> Result<OutputFile, Diagnostic> {
        let (template, path, mut ctx) = self.context(job);
        let env = crate::discover::Env {
            config: self.config,
            site: self.site,
            strings: &self.strings,
            renderer: self,
        };
        ctx.insert("discover", &crate::discover::page_meta(&env, job));
        let html = self
            .tera
            .render(template, &ctx)
            .map_err(|e| template_error(&e, &self.template_files))?;
        Ok(OutputFile {
            path: output_path(&path),
            bytes: html.into_bytes(),
        })
    }

    fn base_context(&self, lang: &Lang) -> Context {
        let mut c = Context::new();
        c.insert_value("site", self.globals[lang].clone());
        c.insert_value("t", self.strings_values[lang].clone());
        c.insert("lang", lang.code());
        c
    }

    /// The template, the site path and the context of a page.
    fn context(&self, job: &PageJob) -> (&'static str, String, Context) {
        let site = self.site;
        match job {
            PageJob::Home(lang) => {
                let tr = site.home.tr(lang).unwrap_or(&site.home.trs[0]);
                let mut c = self.base_context(lang);
                let page = self.page_view(
                    "home",
                    tr,
                    None,
                    |l| site.home.tr(l).map(|t| t.path.clone()),
                    None,
                    hero_of(&site.home, tr),
                );
                c.insert("page", &page);
                c.insert_value("jobs", self.first_cards(Section::Jobs, None, lang, 6));
                c.insert_value("events", self.first_cards(Section::Events, None, lang, 4));
                c.insert_value("stories", self.first_cards(Section::Stories, None, lang, 3));
                c.insert_value("studies", self.first_cards(Section::Studies, None, lang, 4));
                c.insert(
                    "job_count",
                    &self.lists[&(Section::Jobs, None, lang.clone())].len(),
                );
                ("home.html", tr.path.clone(), c)
            }
            PageJob::NotFound(lang) => {
                let mut c = self.base_context(lang);
                let ctx = self.ctx(lang);
                let path = format!("/{}404.html", self.config.lang_prefix(lang));
                let tr = Tr {
                    title: ctx.s("not_found_title"),
                    path: path.clone(),
                    ..site.home.tr(lang).unwrap_or(&site.home.trs[0]).clone()
                };
                let mut page = self.page_view(
                    "404",
                    &tr,
                    None,
                    |l| Some(format!("/{}404.html", self.config.lang_prefix(l))),
                    None,
                    None,
                );
                page.body = String::new();
                c.insert("page", &page);
                ("404.html", path, c)
            }
            PageJob::Page(i, lang) => {
                let p = &site.pages[*i];
                let tr = p.tr(lang).unwrap_or(&p.trs[0]);
                let mut c = self.base_context(lang);
                let page = self.page_view(
                    if p.facts.accessibility_statement {
                        "accessibility"
                    } else {
                        "page"
                    },
                    tr,
                    None,
                    |l| p.tr(l).map(|t| t.path.clone()),
                    None,
                    hero_of(p, tr),
                );
                c.insert("page", &page);
                c.insert(
                    "reviewed",
                    &p.facts.reviewed.map(|d| self.ctx(lang).date(d)),
                );
                (
                    if p.facts.accessibility_statement {
                        "accessibility.html"
                    } else {
                        "page.html"
                    },
                    tr.path.clone(),
                    c,
                )
            }
            PageJob::Town(t, lang) => {
                let town = &site.towns[*t];
                let tr = town.tr(lang).unwrap_or(&town.page.trs[0]);
                let mut c = self.base_context(lang);
                let counts: BTreeMap<Section, usize> = Section::ALL
                    .iter()
                    .map(|s| (*s, self.lists[&(*s, Some(*t), lang.clone())].len()))
                    .collect();
                let page = self.page_view(
                    "town",
                    tr,
                    Some(*t),
                    |l| town.tr(l).map(|x| x.path.clone()),
                    None,
                    hero_of(&town.page, tr),
                );
                c.insert("page", &page);
                c.insert("town", &views::town_view(&self.ctx(lang), town, &counts));
                c.insert_value("jobs", self.first_cards(Section::Jobs, Some(*t), lang, 6));
                c.insert_value(
                    "studies",
                    self.first_cards(Section::Studies, Some(*t), lang, 4),
                );
                c.insert_value(
                    "companies",
                    self.first_cards(Section::Companies, Some(*t), lang, 8),
                );
                c.insert_value(
                    "stories",
                    self.first_cards(Section::Stories, Some(*t), lang, 3),
                );
                c.insert_value(
                    "events",
                    self.first_cards(Section::Events, Some(*t), lang, 4),
                );
                ("town.html", tr.path.clone(), c)
            }
            PageJob::Item(section, i, lang) => self.item_context(*section, *i, lang),
            PageJob::Search(lang) => {
                let env = crate::discover::Env {
                    config: self.config,
                    site: self.site,
                    strings: &self.strings,
                    renderer: self,
                };
                let search_path =
                    |l: &Lang| crate::discover::search_path(self.config, self.strings.get(l), l);
                let home = site.home.tr(lang).unwrap_or(&site.home.trs[0]);
                let tr = Tr {
                    title: self.ctx(lang).s("search_title"),
                    path: search_path(lang),
                    body: Body::default(),
                    description: None,
                    ..home.clone()
                };
                let mut c = self.base_context(lang);
                c.insert(
                    "page",
                    &self.page_view("search", &tr, None, |l| Some(search_path(l)), None, None),
                );
                c.insert("search", &crate::discover::search_view(&env, lang));
                ("search.html", tr.path.clone(), c)
            }
            PageJob::List {
                section,
                town,
                lang,
                page,
            } => self.list_context(*section, *town, None, lang, *page),
            PageJob::Filter {
                section,
                facet,
                value,
                lang,
                page,
            } => self.list_context(*section, None, Some((*facet, value.as_str())), lang, *page),
        }
    }

    fn item_context(
        &self,
        section: Section,
        i: usize,
        lang: &Lang,
    ) -> (&'static str, String, Context) {
        let site = self.site;
        let ctx = self.ctx(lang);
        let mut c = self.base_context(lang);
        let town = Some(self.town_of(section, i));
        let list_fallback = |l: &Lang| self.list_path(section, town, l, 1);
        let (template, tr) = match section {
            Section::Jobs => {
                let e = &site.jobs[i];
                let tr = e.tr(lang).unwrap_or(&e.trs[0]);
                c.insert("job", &views::job_view(&ctx, e, tr));
                ("job.html", tr)
            }
            Section::Studies => {
                let e = &site.studies[i];
                let tr = e.tr(lang).unwrap_or(&e.trs[0]);
                c.insert("study", &views::study_view(&ctx, e, tr));
                ("study.html", tr)
            }
            Section::Companies => {
                let co = &site.companies[i];
                let tr = co.tr(lang).unwrap_or(&co.trs[0]);
                let open: Vec<Value> = self.lists[&(Section::Jobs, town, lang.clone())]
                    .iter()
                    .filter(|&&j| site.jobs[j].facts.company == i)
                    .map(|&j| self.card(Section::Jobs, lang, j))
                    .collect();
                let view = views::CompanyView {
                    card: views::company_card(&ctx, co, tr, open.len()),
                    website: co.website.clone(),
                    address: co.address.as_ref().map(|a| views::address(&ctx, a)),
                };
                c.insert("company", &view);
                c.insert_value("jobs", Value::from_serializable(&open));
                ("company.html", tr)
            }
            Section::Stories => {
                let e = &site.stories[i];
                let tr = e.tr(lang).unwrap_or(&e.trs[0]);
                c.insert("story", &views::story_card(&ctx, e, tr));
                ("story.html", tr)
            }
            Section::Events => {
                let e = &site.events[i];
                let tr = e.tr(lang).unwrap_or(&e.trs[0]);
                c.insert("event", &views::event_card(&ctx, e, tr));
                ("event.html", tr)
            }
        };
        let other = |l: &Lang| self.tr_of(section, i, l).map(|t| t.path.clone());
        let crumbs = vec![Link {
            title: ctx.s(&format!("section_{}", section.folder())),
            url: ctx.href(&self.list_path(section, town, lang, 1)),
        }];
        let hero = match section {
            Section::Jobs => site.jobs[i].facts.image.clone(),
            Section::Stories => site.stories[i].facts.image.clone(),
            _ => None,
        };
        let hero = hero.map(|p| views::ImageView {
            src: crate::load::to_slash(&p),
            alt: tr.image_alt.clone().unwrap_or_default(),
        });
        let mut page = self.page_view(
            section_kind(section),
            tr,
            town,
            other,
            Some(&list_fallback),
            hero,
        );
        page.breadcrumbs.extend(crumbs);
        c.insert("page", &page);
        (template, tr.path.clone(), c)
    }

    /// A list page: a section of one town or of all towns, or an all-towns list narrowed to one
    /// facet value (`filter`).
    fn list_context(
        &self,
        section: Section,
        town: Option<usize>,
        filter: Option<(Facet, &str)>,
        lang: &Lang,
        page_no: usize,
    ) -> (&'static str, String, Context) {
        let ctx = self.ctx(lang);
        let mut c = self.base_context(lang);
        let entries = |l: &Lang| -> std::borrow::Cow<'_, [usize]> {
            match filter {
                None => {
                    std::borrow::Cow::Borrowed(self.lists[&(section, town, l.clone())].as_slice())
                }
                Some((facet, value)) => {
                    std::borrow::Cow::Borrowed(self.filtered(section, facet, value, l))
                }
            }
        };
        let path_of = |l: &Lang, n: usize| match filter {
            None => self.list_path(section, town, l, n),
            Some((facet, value)) => self.filter_path(section, facet, value, l, n),
        };
        let size = self.config.page_size;
        let pages_in = |l: &Lang| entries(l).len().div_ceil(size).max(1);
        let all = entries(lang);
        let total = pages_in(lang);
        let items: Vec<Value> = all
            .iter()
            .skip((page_no - 1) * size)
            .take(size)
            .map(|&i| self.card(section, lang, i))
            .collect();
        let path = path_of(lang, page_no);
        let section_title = ctx.s(&format!("section_{}", section.folder()));
        let active = filter.map(|(facet, value)| ActiveFilter {
            facet: facet.key(),
            key: value.to_string(),
            name: self.facets[&(facet, lang.clone())]
                .iter()
                .find(|v| v.key == value)
                .map_or_else(|| value.to_string(), |v| v.name.clone()),
        });
        let title = match (town, &active) {
            (Some(t), _) => format!("{section_title}: {}", ctx.text(&self.site.towns[t].name)),
            (None, Some(a)) => format!("{section_title}: {}", a.name),
            (None, None) => section_title.clone(),
        };
        let tr = Tr {
            lang: lang.clone(),
            file: PathBuf::new(),
            title: title.clone(),
            slug: String::new(),
            path: path.clone(),
            description: None,
            body: Body::default(),
            image_alt: None,
            hero_alt: None,
            duration: None,
            location: None,
            tags: Vec::new(),
        };
        // Page N's translations are the other languages' page N (reciprocal hreflang); a language
        // with fewer pages gets its first page in the switcher.
        let other = |l: &Lang| (page_no <= pages_in(l)).then(|| path_of(l, page_no));
        let first_page = |l: &Lang| path_of(l, 1);
        let mut page = self.page_view("list", &tr, town, other, Some(&first_page), None);
        if filter.is_some() {
            page.breadcrumbs.push(Link {
                title: section_title.clone(),
                url: ctx.href(&self.list_path(section, None, lang, 1)),
            });
        }
        let pagination = Pagination {
            current: page_no,
            total,
            prev: (page_no > 1).then(|| ctx.href(&path_of(lang, page_no - 1))),
            next: (page_no < total).then(|| ctx.href(&path_of(lang, page_no + 1))),
            pages: (1..=total)
                .map(|n| PageNumber {
                    number: n,
                    url: ctx.href(&path_of(lang, n)),
                    current: n == page_no,
                })
                .collect(),
        };
        // The unfiltered all-towns list enhances itself with the filter script; when it has more
        // than one page, the script needs every card (in an inert <template>). A list too long
        // to send to a phone in one page keeps the pre-rendered filter pages instead.
        let enhance =
            !Facet::of(section).is_empty() && town.is_none() && filter.is_none() && page_no == 1;
        let all_items = (enhance && total > 1 && all.len() <= INSTANT_FILTER_MAX).then(|| {
            all.iter()
                .map(|&i| self.card(section, lang, i))
                .collect::<Vec<Value>>()
        });
        c.insert("page", &page);
        c.insert(
            "list",
            &ListView {
                section: section.folder().into(),
                title,
                count: all.len(),
                town: town.map(|t| views::town_ref(&ctx, &self.site.towns[t])),
                pagination,
                filter: active,
                filters: self.filters_view(section, town, filter, lang),
                enhance,
            },
        );
        c.insert_value("items", Value::from_serializable(&items));
        c.insert_value(
            "all_items",
            all_items.map_or_else(Value::none, |v| Value::from_serializable(&v)),
        );
        ("list.html", path, c)
    }

    /// The filter links of a jobs or studies list: by town (the towns' own lists) and by each
    /// facet of the section (the pre-rendered filter pages), with counts over all towns.
    fn filters_view(
        &self,
        section: Section,
        town: Option<usize>,
        filter: Option<(Facet, &str)>,
        lang: &Lang,
    ) -> Option<FiltersView> {
        let facets = Facet::of(section);
        if facets.is_empty() {
            return None;
        }
        let ctx = self.ctx(lang);
        let all = &self.lists[&(section, None, lang.clone())];
        let mut groups = vec![FilterGroup {
            key: "town",
            title: ctx.s("town"),
            options: self.town_order[lang]
                .iter()
                .map(|&t| FilterOption {
                    key: self.site.towns[t].folder.clone(),
                    name: ctx.text(&self.site.towns[t].name),
                    url: ctx.href(&self.list_path(section, Some(t), lang, 1)),
                    count: self.lists[&(section, Some(t), lang.clone())].len(),
                    current: town == Some(t),
                })
                .filter(|o| o.count > 0 || o.current)
                .collect(),
        }];
        for &facet in facets {
            groups.push(FilterGroup {
                key: facet.key(),
                title: ctx.s(facet.key()),
                options: self.facets[&(facet, lang.clone())]
                    .iter()
                    .map(|v| FilterOption {
                        key: v.key.clone(),
                        name: v.name.clone(),
                        url: ctx.href(&self.filter_path(section, facet, &v.key, lang, 1)),
                        count: self.filtered(section, facet, &v.key, lang).len(),
                        current: filter == Some((facet, v.key.as_str())),
                    })
                    .filter(|o| o.count > 0 || o.current)
                    .collect(),
            });
        }
        Some(FiltersView {
            all_url: ctx.href(&self.list_path(section, None, lang, 1)),
            all_count: all.len(),
            active: town.is_some() || filter.is_some(),
            groups,
        })
    }

    fn first_cards(&self, section: Section, town: Option<usize>, lang: &Lang, n: usize) -> Value {
        let v: Vec<Value> = self.lists[&(section, town, lang.clone())]
            .iter()
            .take(n)
            .map(|&i| self.card(section, lang, i))
            .collect();
        Value::from_serializable(&v)
    }

    /// The parts every page has: title, URLs, translations, alternates, breadcrumbs, body.
    fn page_view(
        &self,
        kind: &str,
        tr: &Tr,
        town: Option<usize>,
        translation_path: impl Fn(&Lang) -> Option<String>,
        list_fallback: Option<&dyn Fn(&Lang) -> String>,
        hero: Option<views::ImageView>,
    ) -> PageView {
        let lang = &tr.lang;
        let ctx = self.ctx(lang);
        let site = self.site;
        let town_ref = town.map(|t| views::town_ref(&ctx, &site.towns[t]));
        let mut translations = Vec::new();
        let mut alternates = Vec::new();
        for l in &self.config.languages {
            let exact = translation_path(l);
            if let Some(p) = &exact {
                alternates.push(Alternate {
                    hreflang: l.code().into(),
                    href: self.config.base_url.absolute(p),
                });
            }
            // The nearest page that exists: the list, the town, the home.
            let path = exact
                .clone()
                .unwrap_or_else(|| match (list_fallback, town) {
                    (Some(f), _) => f(l),
                    (None, Some(t)) => site.towns[t]
                        .tr(l)
                        .map(|x| x.path.clone())
                        .unwrap_or_else(|| "/".into()),
                    (None, None) => site
                        .home
                        .tr(l)
                        .map(|x| x.path.clone())
                        .unwrap_or_else(|| "/".into()),
                });
            translations.push(TranslationLink {
                lang: l.code().into(),
                name: self.strings[l]
                    .get("language_name")
                    .cloned()
                    .unwrap_or_default(),
                url: ctx.href(&path),
                exists: exact.is_some(),
                current: l == lang,
            });
        }
        // The default language's page, else the first translation in config order: the same
        // for every translation, so x-default is reciprocal too.
        let x_default = translation_path(&self.config.default_language)
            .or_else(|| self.config.languages.iter().find_map(&translation_path))
            .map(|p| self.config.base_url.absolute(&p));
        let rendered = if tr.body.markdown.is_empty() {
            markdown::Rendered {
                html: String::new(),
                headings: Vec::new(),
            }
        } else {
            markdown::render(
                &tr.body.markdown,
                &BodyResolver {
                    config: self.config,
                    body: &tr.body,
                    assets: &self.assets,
                    eager_first: hero.is_none(),
                },
            )
        };
        let mut breadcrumbs = vec![Link {
            title: ctx.s("home"),
            url: ctx.href(
                &site
                    .home
                    .tr(lang)
                    .map(|t| t.path.clone())
                    .unwrap_or_default(),
            ),
        }];
        if let Some(t) = &town_ref
            && kind != "town"
        {
            breadcrumbs.push(Link {
                title: t.name.clone(),
                url: t.url.clone(),
            });
        }
        PageView {
            kind: kind.into(),
            title: tr.title.clone(),
            description: tr.description.clone().or_else(|| {
                let s = &tr.body.summary;
                (!s.is_empty()).then(|| s.clone())
            }),
            lang: lang.code().into(),
            url: ctx.href(&tr.path),
            permalink: self.config.base_url.absolute(&tr.path),
            body: rendered.html,
            headings: rendered.headings,
            translations,
            alternates,
            x_default,
            breadcrumbs,
            brand_color: town_ref.as_ref().map(|t| t.brand_color.clone()),
            town: town_ref,
            hero,
        }
    }
}

/// Facet values with unique URL slugs: the slugified name, else the slugified key.
fn facet_values(values: Vec<(String, String)>) -> Vec<FacetValue> {
    let mut used = std::collections::BTreeSet::new();
    values
        .into_iter()
        .map(|(key, name)| {
            let mut slug = crate::slug::slugify(&name);
            if slug.is_empty() || used.contains(&slug) {
                slug = crate::slug::slugify(&key);
            }
            while used.contains(&slug) {
                slug.push('-');
                slug.push_str(&crate::slug::slugify(&key));
            }
            used.insert(slug.clone());
            FacetValue { key, name, slug }
        })
        .collect()
}

fn hero_of(entry: &Entry<crate::site::PageFacts>, tr: &Tr) -> Option<views::ImageView> {
    entry.facts.hero.as_ref().map(|p| views::ImageView {
        src: crate::load::to_slash(p),
        alt: tr.hero_alt.clone().unwrap_or_default(),
    })
}

fn section_kind(s: Section) -> &'static str {
    match s {
        Section::Jobs => "job",
        Section::Studies => "study",
        Section::Companies => "company",
        Section::Stories => "story",
        Section::Events => "event",
    }
}

/// Templates every theme must have.
pub const TEMPLATES: &[&str] = &[
    "home.html",
    "404.html",
    "page.html",
    "accessibility.html",
    "town.html",
    "list.html",
    "job.html",
    "study.html",
    "company.html",
    "story.html",
    "event.html",
];

/// `/sv/x/` → `sv/x/index.html`; `/404.html` → `404.html`.
pub fn output_path(site_path: &str) -> String {
    let p = site_path.trim_start_matches('/');
    if p.is_empty() {
        "index.html".into()
    } else if p.ends_with('/') {
        format!("{p}index.html")
    } else {
        p.to_string()
    }
}

struct BodyResolver<'a> {
    config: &'a Config,
    body: &'a Body,
    assets: &'a AssetPlan,
    /// The body's first image is the page's first image (the page shows no hero above it):
    /// only then is it loaded eagerly.
    eager_first: bool,
}

impl Resolver for BodyResolver<'_> {
    fn link(&self, dest: &str) -> LinkTarget {
        self.body
            .links
            .get(dest)
            .cloned()
            .unwrap_or(LinkTarget::AsWritten)
    }

    fn image(&self, dest: &str, alt: &str, first: bool) -> String {
        let first = first && self.eager_first;
        if let Some(html) = self
            .body
            .images
            .get(dest)
            .and_then(|p| self.assets.picture(p, alt, "", first))
        {
            return html;
        }
        let src = match self.body.images.get(dest) {
            Some(p) => self.config.base_url.href(&crate::link::asset_site_path(p)),
            None => dest.to_string(),
        };
        let loading = if first { "eager" } else { "lazy" };
        format!(
            "<img src=\"{}\" alt=\"{}\" loading=\"{loading}\" decoding=\"async\">",
            escape_html(&src),
            escape_html(alt)
        )
    }
}

/// Escapes text for HTML text and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn template_error(e: &tera::Error, files: &BTreeMap<String, PathBuf>) -> Diagnostic {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(e);
    let mut outer = Vec::new();
    while let Some(err) = current {
        if let Some(te) = err.downcast_ref::<tera::Error>() {
            match te.kind() {
                tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
                    let file = files
                        .get(r.filename())
                        .cloned()
                        .unwrap_or_else(|| PathBuf::from(r.filename()));
                    let span = r.span();
                    let len = if span.start_line == span.end_line {
                        span.end_col.saturating_sub(span.start_col)
                    } else {
                        1
                    };
                    return Diagnostic::error(file, format!("template error: {}", r.message()))
                        .at(Pos::new(span.start_line, span.start_col + 1))
                        .span_len(len)
                        .help("fix the template; this is a theme problem, not a content problem");
                }
                _ => outer.push(te.kind().to_string()),
            }
        } else {
            outer.push(err.to_string());
        }
        current = err.source();
    }
    Diagnostic::error(
        PathBuf::from("templates"),
        format!("template error: {}", outer.join(": ")),
    )
}

#[derive(Serialize)]
struct LangView {
    code: String,
    name: String,
    url: String,
}

#[derive(Serialize)]
struct SiteView {
    title: String,
    description: Option<String>,
    lang: String,
    default_lang: String,
    base_url: String,
    /// The root-relative URL of the site's root (`/` or `/kampanja/`), for static files.
    root_url: String,
    home_url: String,
    languages: Vec<LangView>,
    towns: Vec<views::TownRef>,
    sections: BTreeMap<&'static str, Link>,
    sectors: Vec<views::Named>,
    employment_types: Vec<views::Named>,
    accessibility_url: Option<String>,
    today: views::DateView,
}

#[derive(Serialize)]
struct TranslationLink {
    lang: String,
    name: String,
    url: String,
    /// The page exists in this language (otherwise `url` is the nearest page that does).
    exists: bool,
    current: bool,
}

#[derive(Serialize)]
struct Alternate {
    hreflang: String,
    href: String,
}

#[derive(Serialize)]
pub struct PageView {
    kind: String,
    title: String,
    description: Option<String>,
    lang: String,
    url: String,
    permalink: String,
    body: String,
    headings: Vec<markdown::Heading>,
    translations: Vec<TranslationLink>,
    alternates: Vec<Alternate>,
    x_default: Option<String>,
    breadcrumbs: Vec<Link>,
    brand_color: Option<String>,
    town: Option<views::TownRef>,
    hero: Option<views::ImageView>,
}

#[derive(Serialize)]
struct Pagination {
    current: usize,
    total: usize,
    prev: Option<String>,
    next: Option<String>,
    pages: Vec<PageNumber>,
}

#[derive(Serialize)]
struct PageNumber {
    number: usize,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct ListView {
    section: String,
    title: String,
    count: usize,
    town: Option<views::TownRef>,
    pagination: Pagination,
    /// The facet value a filter page narrows to.
    filter: Option<ActiveFilter>,
    /// Filter links (jobs and studies lists only).
    filters: Option<FiltersView>,
    /// The unfiltered all-towns list's first page: the filter script enhances it.
    enhance: bool,
}

#[derive(Serialize)]
struct ActiveFilter {
    /// `sector`, `employment_type` or `level`.
    facet: &'static str,
    key: String,
    name: String,
}

#[derive(Serialize)]
struct FiltersView {
    /// The unfiltered all-towns list.
    all_url: String,
    all_count: usize,
    /// The page is narrowed to a town or a facet value.
    active: bool,
    groups: Vec<FilterGroup>,
}

#[derive(Serialize)]
struct FilterGroup {
    /// `town`, `sector`, `employment_type` or `level`.
    key: &'static str,
    title: String,
    /// Only values with entries (and the current one).
    options: Vec<FilterOption>,
}

#[derive(Serialize)]
struct FilterOption {
    key: String,
    name: String,
    url: String,
    count: usize,
    current: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_paths() {
        assert_eq!(output_path("/"), "index.html");
        assert_eq!(output_path("/sv/"), "sv/index.html");
        assert_eq!(
            output_path("/raahe/tyopaikat/x/"),
            "raahe/tyopaikat/x/index.html"
        );
        assert_eq!(output_path("/sv/404.html"), "sv/404.html");
    }

    #[test]
    fn money_uses_finnish_separators() {
        assert_eq!(views::money(3200.0), "3\u{a0}200");
        assert_eq!(views::money(15.5), "15,50");
        assert_eq!(views::money(1234567.0), "1\u{a0}234\u{a0}567");
        assert_eq!(views::money(999.0), "999");
    }

    #[test]
    fn facet_values_get_unique_url_slugs() {
        let v = |pairs: &[(&str, &str)]| {
            facet_values(
                pairs
                    .iter()
                    .map(|(k, n)| (k.to_string(), n.to_string()))
                    .collect(),
            )
        };
        let slugs = |vals: Vec<FacetValue>| vals.into_iter().map(|f| f.slug).collect::<Vec<_>>();
        assert_eq!(
            slugs(v(&[
                ("full_time", "Kokoaikainen"),
                ("part_time", "Osa-aikainen"),
                ("summer", "Kesätyö")
            ])),
            ["kokoaikainen", "osa-aikainen", "kesatyo"]
        );
        // Same name twice, or a name that slugifies to nothing: the key takes over.
        assert_eq!(
            slugs(v(&[
                ("metal", "Metalli"),
                ("steel", "Metalli"),
                ("x_y", "…")
            ])),
            ["metalli", "steel", "x-y"]
        );
        // A key that collides with an earlier name still gets a unique slug.
        assert_eq!(
            slugs(v(&[("a", "Bee"), ("bee", "Bee")])),
            ["bee", "bee-bee"]
        );
    }

    #[test]
    fn every_section_with_filters_has_a_default_segment() {
        for s in Section::ALL {
            for f in Facet::of(s) {
                assert!(!f.default_segment().is_empty() && !f.key().is_empty());
            }
        }
        assert_eq!(Facet::of(Section::Companies), &[] as &[Facet]);
    }
}
