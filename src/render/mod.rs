//! Stage 4, render: pure. Linked site + routes + finalized templates → one HTML file per page.
//!
//! - [`templates`]: Tera set-up, the `image()` function, template errors.
//! - contexts, lists, page, globals: what each template sees (`site`, `page`, `list`, …).
//! - [`views`]: the serializable views of entries that templates read (never the model);
//!   `parts`: the views many cards share (a town, a company, a date), made once per language.
//! - [`reads`]: what a page read while it was rendered, for `serve`'s incremental rebuilds.
//!
//! List cards and `site` are computed once per language; pages render in parallel, each into
//! one [`OutputFile`].

mod contexts;
mod globals;
mod lists;
mod page;
mod parts;
pub mod reads;
pub mod templates;
pub mod views;

use crate::assets::AssetPlan;
use crate::collate::Collation;
use crate::config::{Config, Section};
use crate::diagnostics::Diagnostic;
use crate::lang::Lang;
use crate::routes::paths::output_path;
use crate::routes::{PageId, Routes, item_tr};
use crate::site::Site;
use crate::theme::{Strings, Theme};
use crate::write::OutputFile;
use reads::{ReadSet, Reads};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use tera::{Context, Tera, Value};
use views::Ctx;

pub use templates::{Finalized, Templates};

/// One rendered page and, when recording was on, what it read.
pub struct Rendered {
    pub file: OutputFile,
    pub reads: Option<ReadSet>,
}

/// The finalized templates and everything computed once per build.
pub struct Renderer<'a> {
    config: &'a Config,
    site: &'a Site,
    routes: &'a Routes,
    tera: Tera,
    template_files: BTreeMap<String, PathBuf>,
    /// The planned images: `<picture>` markup for body images.
    assets: Arc<AssetPlan>,
    strings: &'a BTreeMap<Lang, Strings>,
    /// `strings` as template values, converted once (`t` on every page).
    strings_values: BTreeMap<Lang, Value>,
    globals: BTreeMap<Lang, Value>,
    /// List cards per (section, language), by entry index: each made the first time a page
    /// shows it (a full build shows them all; `serve` re-rendering one page makes a few).
    cards: HashMap<(Section, Lang), Vec<OnceLock<Value>>>,
    /// What the cards of each language share: towns, companies, sectors, dates.
    parts: BTreeMap<Lang, parts::Parts>,
}

impl<'a> Renderer<'a> {
    pub fn new(
        config: &'a Config,
        site: &'a Site,
        routes: &'a Routes,
        theme: &'a Theme,
        templates: Finalized,
    ) -> Renderer<'a> {
        let Finalized {
            tera,
            files: template_files,
            assets,
        } = templates;
        let mut cards = HashMap::new();
        for lang in &config.languages {
            for section in Section::ALL {
                let n = crate::routes::section_len(site, section);
                cards.insert(
                    (section, lang.clone()),
                    (0..n).map(|_| OnceLock::new()).collect(),
                );
            }
        }
        let mut r = Renderer {
            config,
            site,
            routes,
            tera,
            template_files,
            assets,
            strings: &theme.strings,
            strings_values: theme
                .strings
                .iter()
                .map(|(l, s)| (l.clone(), Value::from_serializable(s)))
                .collect(),
            globals: BTreeMap::new(),
            cards,
            parts: config
                .languages
                .iter()
                .map(|l| (l.clone(), parts::Parts::new()))
                .collect(),
        };
        r.globals = r.compute_globals(&Collation::new(&config.languages));
        r
    }

    /// What every page in `lang` sees as `site` (`serve` re-renders everything when it changes).
    pub fn globals(&self, lang: &Lang) -> Option<&Value> {
        self.globals.get(lang)
    }

    /// Renders one page; with `record`, also what it read.
    pub fn render(&self, page: &PageId, record: bool) -> Result<Rendered, Diagnostic> {
        let reads = if record { Reads::on() } else { Reads::off() };
        let (template, path, mut ctx) = self.context(page, &reads);
        let env = self.discover_env();
        ctx.insert("discover", &crate::discover::page_meta(&env, page));
        let html = self
            .tera
            .render(template, &ctx)
            .map_err(|e| templates::template_error(&e, &self.template_files))?;
        Ok(Rendered {
            file: OutputFile {
                path: output_path(&path),
                bytes: html.into_bytes(),
            },
            reads: reads.into_set(),
        })
    }

    /// What discover reads, for page metadata and the search page.
    fn discover_env(&self) -> crate::discover::Env<'_> {
        crate::discover::Env {
            config: self.config,
            site: self.site,
            strings: self.strings,
            routes: self.routes,
            assets: &self.assets,
        }
    }

    fn ctx<'b>(&'b self, lang: &'b Lang) -> Ctx<'b> {
        Ctx {
            config: self.config,
            site: self.site,
            lang,
            strings: &self.strings[lang],
            parts: &self.parts[lang],
        }
    }

    fn base_context(&self, lang: &Lang) -> Context {
        let mut c = Context::new();
        c.insert_value("site", self.globals[lang].clone());
        c.insert_value("t", self.strings_values[lang].clone());
        c.insert("lang", lang.code());
        c
    }

    /// Records that a page shows entry `i` of `section`, and what its card or view names.
    fn read_entry(&self, reads: &Reads, section: Section, i: usize) {
        reads.entry(section, i);
        match section {
            Section::Jobs => {
                if let Some(j) = self.site.jobs.get(i) {
                    reads.entry(Section::Companies, j.facts.company);
                }
            }
            Section::Studies => {
                if let Some(s) = self.site.studies.get(i) {
                    for &c in &s.facts.partners {
                        reads.entry(Section::Companies, c);
                    }
                }
            }
            // A company card counts its open jobs.
            Section::Companies => reads.count(Section::Jobs, None),
            Section::Stories | Section::Events => {}
        }
    }

    /// The list card of entry `i` of `section` in `lang` (`none` if it has no such language).
    fn card(&self, reads: &Reads, section: Section, lang: &Lang, i: usize) -> Value {
        self.read_entry(reads, section, i);
        let Some(slot) = self
            .cards
            .get(&(section, lang.clone()))
            .and_then(|c| c.get(i))
        else {
            return Value::none();
        };
        slot.get_or_init(|| {
            let Some(tr) = item_tr(self.site, section, i, lang) else {
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
                    self.routes.open_jobs(i, lang),
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

    /// The first `n` cards of a list.
    fn first_cards(
        &self,
        reads: &Reads,
        section: Section,
        town: Option<usize>,
        lang: &Lang,
        n: usize,
    ) -> Value {
        reads.list(section, town);
        let v: Vec<Value> = self
            .routes
            .list(section, town, lang)
            .iter()
            .take(n)
            .map(|&i| self.card(reads, section, lang, i))
            .collect();
        Value::from_serializable(&v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_uses_finnish_separators() {
        assert_eq!(views::money(3200.0), "3\u{a0}200");
        assert_eq!(views::money(15.5), "15,50");
        assert_eq!(views::money(1234567.0), "1\u{a0}234\u{a0}567");
        assert_eq!(views::money(999.0), "999");
    }
}
