//! Towns and companies: the entities everything else refers to, and references to them.

use super::*;
use crate::config::Section;
use crate::contrast;
use crate::diagnostics::Diagnostic;
use crate::lang::Localized;
use crate::load::{DataFile, Document, LoadedCompany};
use crate::model::{CompanyFile, PageMatter, TownFile};
use crate::routes::paths;
use crate::site::{Company, Entry, PageFacts, Town};
use crate::slug::{is_slug, slugify};
use std::collections::BTreeMap;

impl Linker<'_> {
    pub(super) fn town(
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
                    crate::t!("link-town-folder-not-slug", folder = folder),
                )
                .at(crate::diagnostics::Pos::new(1, 1))
                .help(if slugify(folder).is_empty() {
                    crate::t!("values-folder-no-letters-help")
                } else {
                    crate::t!("link-town-folder-not-slug-help", fixed = slugify(folder))
                }),
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
        let mut empty_reported: Vec<&str> = Vec::new();
        for lang in &self.config.languages {
            let raw = slug
                .as_ref()
                .and_then(|s| s.get(lang, &self.config.default_language))
                .unwrap_or(folder);
            let mut s = slugify(raw);
            if s.is_empty() {
                // Reported once: a slug written for the town, or the folder's name (above).
                if is_slug(folder) && !empty_reported.contains(&raw) {
                    empty_reported.push(raw);
                    self.ds.push(
                        src.error_at(&["slug"], crate::t!("values-slug-empty", slug = raw))
                            .help(crate::t!("values-slug-empty-help")),
                    );
                    ok = false;
                }
                s = format!("-{folder}-{}", lang.code());
            }
            if let Some(d) = crate::load::limits::slug_too_long(&src, slug.is_some(), &s)
                && !empty_reported.contains(&raw)
            {
                empty_reported.push(raw);
                self.ds.push(d);
                ok = false;
            }
            slugs.insert(lang.clone(), s);
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
            let path = paths::top_level(self.config, &lang, &slugs[&lang]);
            let town_name = self.config.text(&name, &lang).to_string();
            match index.iter().find(|d| d.lang == lang) {
                Some(doc) => {
                    let fd = facts_doc.unwrap_or(doc);
                    self.check_translation(fd, doc);
                    let mut tr = self.tr(fd, doc, &|_| path.clone(), &key);
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
                    let mut tr = self.placeholder_tr(&lang, &town_name, path.clone());
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

    pub(super) fn company(
        &mut self,
        towns: &[Town],
        ti: usize,
        c: LoadedCompany,
    ) -> Option<Company> {
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
        // `slug` is already the file name's slug (load: `Brahen Konepaja.yaml` → `brahen-konepaja`).
        let mut ok = true;
        let Some(name) = name.clone() else {
            self.ds.push(
                src.error_at(&[], crate::t!("link-company-no-name"))
                    .help(crate::t!("link-company-no-name-help")),
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
            let path = paths::item(
                self.config,
                &lang,
                town_slug(town, &lang),
                Section::Companies,
                &slug,
            );
            let body_doc = bodies.iter().find(|b| b.lang == lang);
            let mut tr = self.placeholder_tr(&lang, self.config.text(&name, &lang), path);
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

    pub(super) fn sector(
        &mut self,
        src: &crate::yaml::Source,
        sector: Option<&str>,
    ) -> Option<String> {
        let Some(s) = sector else {
            if src.is_broken("sector") {
                return None;
            }
            self.ds.push(
                src.error_at(&[], crate::t!("link-no-sector"))
                    .help(crate::t!(
                        "link-sectors-are",
                        sectors = self.sector_keys().join(", ")
                    )),
            );
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

    pub(super) fn sector_keys(&self) -> Vec<&str> {
        self.config.sectors.iter().map(|s| s.key.as_str()).collect()
    }

    /// `slug` (same town) or `town/slug`.
    pub(super) fn company_ref(
        &mut self,
        src: &crate::yaml::Source,
        path: &[&str],
        value: &str,
        ti: usize,
        towns: &[Town],
        companies: &[Arc<Company>],
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
            if self.in_draft {
                return None;
            }
            self.ds.push(
                src.error_at(path, crate::t!("link-company-draft", company = value))
                    .help(crate::t!("link-company-draft-help")),
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
}
