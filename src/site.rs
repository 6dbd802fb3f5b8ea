//! The linked site: the immutable value the link stage produces and every later stage reads.
//!
//! Only published content is in it (drafts without `--drafts` and expired jobs are left out);
//! every reference is resolved to an index, every URL is known, and every Markdown link and
//! image already has its target, so rendering cannot fail on content.

use crate::dates::{Date, When};
use crate::lang::{Lang, Localized};
use crate::markdown::LinkTarget;
use crate::model::{Address, Contact, Coordinates, EmploymentType, Salary, StudyLevel};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

/// A site path: starts and ends with `/` (`/sv/brahestad/lediga-jobb/svetsare/`), without the
/// base URL's path.
pub type SitePath = String;

/// One language version of a page.
#[derive(Debug, Clone)]
pub struct Tr {
    pub lang: Lang,
    /// The file this language's text comes from (relative to the site root).
    pub file: PathBuf,
    pub title: String,
    pub slug: String,
    pub path: SitePath,
    pub description: Option<String>,
    pub body: Body,
    pub image_alt: Option<String>,
    pub hero_alt: Option<String>,
    pub duration: Option<String>,
    pub location: Option<String>,
    pub tags: Vec<String>,
}

impl Tr {
    /// A page version with a title and an address but no text of its own (a town without
    /// `_index.LANG.md`, a list page, a language without a home page file).
    pub fn bare(lang: &Lang, title: &str, path: SitePath, file: PathBuf) -> Tr {
        Tr {
            lang: lang.clone(),
            file,
            title: title.to_string(),
            slug: String::new(),
            path,
            description: None,
            body: Body::default(),
            image_alt: None,
            hero_alt: None,
            duration: None,
            location: None,
            tags: Vec::new(),
        }
    }
}

/// A Markdown body with its links and images resolved.
#[derive(Debug, Clone, Default)]
pub struct Body {
    pub markdown: String,
    /// The first paragraph as plain text ([`crate::markdown::summary`]).
    pub summary: String,
    pub links: BTreeMap<String, LinkTarget>,
    /// Image destination as written → the image file, relative to the site root.
    pub images: BTreeMap<String, PathBuf>,
}

/// Content that exists in one or more languages.
#[derive(Debug, Clone)]
pub struct Entry<F> {
    /// `towns/raahe/jobs/hitsaaja`: the path under `content/` without language and extension.
    pub key: String,
    /// Index into [`Site::towns`]; `None` for the home page and free pages.
    pub town: Option<usize>,
    pub facts: F,
    /// In the config's language order; at least one.
    pub trs: Vec<Tr>,
}

impl<F> Entry<F> {
    pub fn tr(&self, lang: &Lang) -> Option<&Tr> {
        self.trs.iter().find(|t| &t.lang == lang)
    }
}

#[derive(Debug, Clone)]
pub enum Apply {
    Url(String),
    Email(String),
}

#[derive(Debug, Clone)]
pub struct JobFacts {
    pub company: usize,
    pub sector: String,
    pub employment_type: EmploymentType,
    pub posted: Date,
    pub deadline: Date,
    /// The deadline is today or within the next 7 days.
    pub closing_soon: bool,
    pub salary: Option<Salary>,
    pub apply: Apply,
    pub contact: Option<Contact>,
    /// Relative to the site root.
    pub image: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct StudyFacts {
    pub provider: Localized,
    pub level: StudyLevel,
    pub field: Option<Localized>,
    pub start: Option<Date>,
    pub application_deadline: Option<Date>,
    pub credits: Option<u32>,
    pub apply_url: Option<String>,
    pub partners: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct StoryFacts {
    pub date: Date,
    pub author: Option<String>,
    pub image: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct EventFacts {
    pub start: When,
    pub end: Option<When>,
    pub registration_url: Option<String>,
}

#[derive(Debug, Clone)]
pub struct PageFacts {
    pub hero: Option<PathBuf>,
    pub accessibility_statement: bool,
    pub reviewed: Option<Date>,
}

#[derive(Debug, Clone)]
pub struct Company {
    pub key: String,
    pub slug: String,
    pub town: usize,
    pub name: Localized,
    pub sector: String,
    pub website: Option<String>,
    pub logo: Option<PathBuf>,
    pub employees: Option<u32>,
    pub address: Option<Address>,
    pub description: Option<Localized>,
    /// One per site language: a company page exists in every language.
    pub trs: Vec<Tr>,
}

impl Company {
    pub fn tr(&self, lang: &Lang) -> Option<&Tr> {
        self.trs.iter().find(|t| &t.lang == lang)
    }
}

#[derive(Debug, Clone)]
pub struct Town {
    pub folder: String,
    pub name: Localized,
    pub region: Option<Localized>,
    pub coordinates: Option<Coordinates>,
    pub contact: Option<Contact>,
    /// `#rrggbb`, checked for contrast against white.
    pub brand_color: String,
    pub logo: Option<PathBuf>,
    /// The landing page in every site language (text from `_index.LANG.md` where written).
    pub page: Entry<PageFacts>,
}

impl Town {
    pub fn tr(&self, lang: &Lang) -> Option<&Tr> {
        self.page.tr(lang)
    }
}

/// Where a file is first used: the content file and the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssetRef {
    pub file: PathBuf,
    pub pos: Option<crate::diagnostics::Pos>,
}

/// The whole linked site. The entries of the big sections are shared (`Arc`): a copy of the
/// site with one entry replaced (`serve`'s fast path) copies pointers, not texts.
#[derive(Debug, Clone)]
pub struct Site {
    pub today: Date,
    pub home: Entry<PageFacts>,
    pub pages: Vec<Entry<PageFacts>>,
    pub towns: Vec<Town>,
    pub companies: Vec<Arc<Company>>,
    pub jobs: Vec<Arc<Entry<JobFacts>>>,
    pub studies: Vec<Arc<Entry<StudyFacts>>>,
    pub stories: Vec<Arc<Entry<StoryFacts>>>,
    pub events: Vec<Arc<Entry<EventFacts>>>,
    /// Files under `content/` that bodies link to and that are copied as they are (PDFs…),
    /// relative to the site root.
    pub assets: Vec<PathBuf>,
    /// Pictures pages show, relative to the site root, with the first place that uses each
    /// (for messages about the picture itself).
    pub images: BTreeMap<PathBuf, AssetRef>,
}

impl Site {
    /// The accessibility statement page, if the site has one.
    pub fn accessibility_statement(&self) -> Option<&Entry<PageFacts>> {
        self.pages.iter().find(|p| p.facts.accessibility_statement)
    }
}
