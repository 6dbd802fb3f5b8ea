//! List pages: a section of one town or of all towns, or an all-towns list narrowed to one
//! facet value, with pagination and filter links.

use super::Renderer;
use super::reads::Reads;
use super::views::{self, Link};
use crate::config::Section;
use crate::lang::Lang;
use crate::routes::Facet;
use crate::site::Tr;
use serde::Serialize;
use std::path::PathBuf;
use tera::{Context, Value};

/// The longest all-towns list whose cards all go into its first page for instant filtering
/// (about 1 KiB each); longer lists filter through their pre-rendered filter pages.
pub const INSTANT_FILTER_MAX: usize = 300;

impl Renderer<'_> {
    /// A list page: a section of one town or of all towns, or an all-towns list narrowed to one
    /// facet value (`filter`).
    pub(super) fn list_context(
        &self,
        reads: &Reads,
        section: Section,
        town: Option<usize>,
        filter: Option<(Facet, &str)>,
        lang: &Lang,
        page_no: usize,
    ) -> (&'static str, String, Context) {
        let ctx = self.ctx(lang);
        let mut c = self.base_context(lang);
        // A filter page narrows the all-towns list.
        reads.list(section, if filter.is_some() { None } else { town });
        let entries = |l: &Lang| -> &[usize] {
            match filter {
                None => self.routes.list(section, town, l),
                Some((facet, value)) => self.routes.filtered(section, facet, value, l),
            }
        };
        let path_of = |l: &Lang, n: usize| match filter {
            None => self.routes.list_path(section, town, l, n),
            Some((facet, value)) => self.routes.filter_path(section, facet, value, l, n),
        };
        let size = self.routes.page_size();
        let pages_in = |l: &Lang| entries(l).len().div_ceil(size).max(1);
        let all = entries(lang);
        let total = pages_in(lang);
        let items: Vec<Value> = all
            .iter()
            .skip((page_no - 1) * size)
            .take(size)
            .map(|&i| self.card(reads, section, lang, i))
            .collect();
        let path = path_of(lang, page_no);
        let section_title = ctx.s(&format!("section_{}", section.folder()));
        let active = filter.map(|(facet, value)| ActiveFilter {
            facet: facet.key(),
            key: value.to_string(),
            name: self
                .routes
                .facet_values(facet, lang)
                .iter()
                .find(|v| v.key == value)
                .map_or_else(|| value.to_string(), |v| v.name.clone()),
        });
        let title = match (town, &active) {
            (Some(t), _) => format!("{section_title}: {}", ctx.text(&self.site.towns[t].name)),
            (None, Some(a)) => format!("{section_title}: {}", a.name),
            (None, None) => section_title.clone(),
        };
        let tr = Tr::bare(lang, &title, path.clone(), PathBuf::new());
        // Page N's translations are the other languages' page N (reciprocal hreflang); a language
        // with fewer pages gets its first page in the switcher.
        let other = |l: &Lang| (page_no <= pages_in(l)).then(|| path_of(l, page_no));
        let first_page = |l: &Lang| path_of(l, 1);
        let mut page = self.page_view("list", &tr, town, other, Some(&first_page), None);
        if filter.is_some() {
            page.breadcrumbs.push(Link {
                title: section_title.clone(),
                url: ctx.href(&self.routes.list_path(section, None, lang, 1)),
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
                .map(|&i| self.card(reads, section, lang, i))
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
                filters: self.filters_view(reads, section, town, filter, lang),
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
        reads: &Reads,
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
        let all = &self.routes.list(section, None, lang);
        // The counts of every town's list and of every facet value.
        reads.count(section, None);
        for t in 0..self.site.towns.len() {
            reads.count(section, Some(t));
        }
        let mut groups = vec![FilterGroup {
            key: "town",
            title: ctx.s("town"),
            options: self
                .routes
                .town_order(lang)
                .iter()
                .map(|&t| FilterOption {
                    key: self.site.towns[t].folder.clone(),
                    name: ctx.text(&self.site.towns[t].name),
                    url: ctx.href(&self.routes.list_path(section, Some(t), lang, 1)),
                    count: self.routes.list(section, Some(t), lang).len(),
                    current: town == Some(t),
                })
                .filter(|o| o.count > 0 || o.current)
                .collect(),
        }];
        for &facet in facets {
            groups.push(FilterGroup {
                key: facet.key(),
                title: ctx.s(facet.key()),
                options: self
                    .routes
                    .facet_values(facet, lang)
                    .iter()
                    .map(|v| FilterOption {
                        key: v.key.clone(),
                        name: v.name.clone(),
                        url: ctx.href(&self.routes.filter_path(section, facet, &v.key, lang, 1)),
                        count: self.routes.filtered(section, facet, &v.key, lang).len(),
                        current: filter == Some((facet, v.key.as_str())),
                    })
                    .filter(|o| o.count > 0 || o.current)
                    .collect(),
            });
        }
        Some(FiltersView {
            all_url: ctx.href(&self.routes.list_path(section, None, lang, 1)),
            all_count: all.len(),
            active: town.is_some() || filter.is_some(),
            groups,
        })
    }
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
