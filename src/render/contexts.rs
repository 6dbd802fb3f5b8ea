//! The template and context of each kind of page (lists are in [`super::lists`]).

use super::Renderer;
use super::page::{hero_of, section_kind};
use super::reads::Reads;
use super::views::{self, Link};
use crate::config::Section;
use crate::lang::Lang;
use crate::routes::{PageId, item_town, item_tr};
use crate::site::{Body, Tr};
use std::collections::BTreeMap;
use tera::{Context, Value};

impl Renderer<'_> {
    /// The template, the site path and the context of a page.
    pub(super) fn context(&self, page: &PageId, reads: &Reads) -> (&'static str, String, Context) {
        let site = self.site;
        match page {
            PageId::Home(lang) => {
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
                c.insert_value(
                    "jobs",
                    self.first_cards(reads, Section::Jobs, None, lang, 6),
                );
                c.insert_value(
                    "events",
                    self.first_cards(reads, Section::Events, None, lang, 4),
                );
                c.insert_value(
                    "stories",
                    self.first_cards(reads, Section::Stories, None, lang, 3),
                );
                c.insert_value(
                    "studies",
                    self.first_cards(reads, Section::Studies, None, lang, 4),
                );
                reads.count(Section::Jobs, None);
                c.insert(
                    "job_count",
                    &self.routes.list(Section::Jobs, None, lang).len(),
                );
                ("home.html", tr.path.clone(), c)
            }
            PageId::NotFound(lang) => {
                let mut c = self.base_context(lang);
                let ctx = self.ctx(lang);
                let path = self.routes.path(site, page);
                let tr = Tr {
                    title: ctx.s("not_found_title"),
                    path: path.clone(),
                    ..site.home.tr(lang).unwrap_or(&site.home.trs[0]).clone()
                };
                let mut page = self.page_view(
                    "404",
                    &tr,
                    None,
                    |l| Some(self.routes.path(site, &PageId::NotFound(l.clone()))),
                    None,
                    None,
                );
                page.body = String::new();
                c.insert("page", &page);
                ("404.html", path, c)
            }
            PageId::Page(i, lang) => {
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
            PageId::Town(t, lang) => {
                let town = &site.towns[*t];
                let tr = town.tr(lang).unwrap_or(&town.page.trs[0]);
                let mut c = self.base_context(lang);
                let counts: BTreeMap<Section, usize> = Section::ALL
                    .iter()
                    .map(|s| {
                        reads.count(*s, Some(*t));
                        (*s, self.routes.list(*s, Some(*t), lang).len())
                    })
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
                c.insert_value(
                    "jobs",
                    self.first_cards(reads, Section::Jobs, Some(*t), lang, 6),
                );
                c.insert_value(
                    "studies",
                    self.first_cards(reads, Section::Studies, Some(*t), lang, 4),
                );
                c.insert_value(
                    "companies",
                    self.first_cards(reads, Section::Companies, Some(*t), lang, 8),
                );
                c.insert_value(
                    "stories",
                    self.first_cards(reads, Section::Stories, Some(*t), lang, 3),
                );
                c.insert_value(
                    "events",
                    self.first_cards(reads, Section::Events, Some(*t), lang, 4),
                );
                ("town.html", tr.path.clone(), c)
            }
            PageId::Item(section, i, lang) => self.item_context(reads, *section, *i, lang),
            PageId::Search(lang) => {
                let env = self.discover_env();
                let search_path = |l: &Lang| self.routes.search_address(l).to_string();
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
            PageId::List {
                section,
                town,
                lang,
                page,
            } => self.list_context(reads, *section, *town, None, lang, *page),
            PageId::Filter {
                section,
                facet,
                value,
                lang,
                page,
            } => self.list_context(
                reads,
                *section,
                None,
                Some((*facet, value.as_str())),
                lang,
                *page,
            ),
        }
    }

    fn item_context(
        &self,
        reads: &Reads,
        section: Section,
        i: usize,
        lang: &Lang,
    ) -> (&'static str, String, Context) {
        let site = self.site;
        let ctx = self.ctx(lang);
        let mut c = self.base_context(lang);
        self.read_entry(reads, section, i);
        let town = Some(item_town(self.site, section, i).unwrap_or(0));
        let list_fallback = |l: &Lang| self.routes.list_path(section, town, l, 1);
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
                reads.list(Section::Jobs, town);
                let open: Vec<Value> = self
                    .routes
                    .list(Section::Jobs, town, lang)
                    .iter()
                    .filter(|&&j| site.jobs[j].facts.company == i)
                    .map(|&j| self.card(reads, Section::Jobs, lang, j))
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
        let other = |l: &Lang| item_tr(self.site, section, i, l).map(|t| t.path.clone());
        let crumbs = vec![Link {
            title: ctx.s(&format!("section_{}", section.folder())),
            url: ctx.href(&self.routes.list_path(section, town, lang, 1)),
        }];
        let hero = match section {
            Section::Jobs => site.jobs[i].facts.image.clone(),
            Section::Stories => site.stories[i].facts.image.clone(),
            _ => None,
        };
        let hero = hero.map(|p| views::ImageView {
            src: crate::identity::to_slash(&p),
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
}
