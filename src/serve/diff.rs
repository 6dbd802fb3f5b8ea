//! Which pages an edit touches: what changed between two linked sites, compared with what
//! each page read while it was last rendered ([`crate::render::reads`]). Pure.
//!
//! A page is rendered again when
//! - it is new (a new entry, a new page of a list), or its address moved;
//! - it read an entry that changed (shown in full or as a card: a job's company is read with
//!   the job), or a list whose members or order changed (in any language: a list page's
//!   translations are the other languages' pages);
//! - or everything changed: the `site` globals every page reads (towns, the campaign's title,
//!   sections, languages), the theme, the config, the image plan, a town.
//!
//! Entries are compared only where an edited file could have changed them; when any page's
//! address or publication changed, also every entry's resolved body links.

use crate::config::Section;
use crate::render::reads::ReadSet;
use crate::routes::{Facet, ListFacts, PageId, Routes, item_key, item_town};
use crate::site::{Entry, Site, Tr};
use std::collections::{BTreeSet, HashMap};
use std::fmt::Debug;
use std::sync::Arc;

/// What a page read, by content key (stable while other entries come and go).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyReads {
    pub entries: BTreeSet<(Section, String)>,
    pub lists: BTreeSet<(Section, Option<String>)>,
    pub counts: BTreeSet<(Section, Option<String>)>,
}

impl KeyReads {
    /// The reads of a page of `site`, by key.
    pub fn of(site: &Site, reads: &ReadSet) -> KeyReads {
        let town = |t: usize| site.towns.get(t).map(|t| t.folder.clone());
        KeyReads {
            entries: reads
                .entries
                .iter()
                .filter_map(|&(s, i)| item_key(site, s, i).map(|k| (s, k.to_string())))
                .collect(),
            lists: reads
                .lists
                .iter()
                .map(|&(s, t)| (s, t.and_then(town)))
                .collect(),
            counts: reads
                .counts
                .iter()
                .map(|&(s, t)| (s, t.and_then(town)))
                .collect(),
        }
    }
}

/// A page's identity across rebuilds (a [`PageId`] holds indices, which shift when entries
/// come and go).
pub fn stable_id(site: &Site, page: &PageId) -> String {
    let town = |t: Option<usize>| {
        t.and_then(|t| site.towns.get(t))
            .map_or("", |t| t.folder.as_str())
    };
    match page {
        PageId::Item(section, i, lang) => format!(
            "item {section:?} {} {}",
            item_key(site, *section, *i).unwrap_or(""),
            lang.code()
        ),
        PageId::Page(i, lang) => format!(
            "page {} {}",
            site.pages.get(*i).map_or("", |p| p.key.as_str()),
            lang.code()
        ),
        PageId::Town(t, lang) => format!("town {} {}", town(Some(*t)), lang.code()),
        PageId::List {
            section,
            town: t,
            lang,
            page,
        } => format!("list {section:?} {} {} {page}", town(*t), lang.code()),
        other => format!("{other:?}"),
    }
}

/// What changed between two linked sites.
#[derive(Debug, Default)]
pub struct SiteDiff {
    /// Re-render everything.
    pub everything: bool,
    pub entries: BTreeSet<(Section, String)>,
    /// Lists whose members or order changed.
    pub lists: BTreeSet<(Section, Option<String>)>,
    /// Lists whose members changed (for all towns: also a filter's members).
    pub counts: BTreeSet<(Section, Option<String>)>,
}

impl SiteDiff {
    /// Whether a page that read `reads` must be rendered again.
    pub fn touches(&self, reads: &KeyReads) -> bool {
        self.everything
            || reads.entries.iter().any(|e| self.entries.contains(e))
            || reads.lists.iter().any(|l| self.lists.contains(l))
            || reads.counts.iter().any(|l| self.counts.contains(l))
    }
}

/// Compares two linked sites. `keys` are the content keys of the edited files.
pub fn diff(
    old: &Site,
    old_routes: &Routes,
    new: &Site,
    new_routes: &Routes,
    keys: &BTreeSet<String>,
) -> SiteDiff {
    let mut d = SiteDiff::default();
    // Towns, free pages and the home page appear in every page's navigation and footer.
    let towns_same = old.towns.len() == new.towns.len()
        && old.towns.iter().zip(&new.towns).all(|(a, b)| same(a, b));
    let pages_same = old.pages.len() == new.pages.len()
        && old.pages.iter().zip(&new.pages).all(|(a, b)| same(a, b));
    if !towns_same || !pages_same || !same(&old.home, &new.home) {
        d.everything = true;
        return d;
    }
    let moved = addresses(old) != addresses(new);
    for section in Section::ALL {
        let old_index = index(old, section);
        let new_index = index(new, section);
        let changed = |key: &str| match (old_index.get(key), new_index.get(key)) {
            (Some(&a), Some(&b)) => !same_item(old, new, section, a, b),
            (None, None) => false,
            _ => true,
        };
        if moved {
            // A page that links to one that moved or went away links differently now.
            for key in old_index.keys().chain(new_index.keys()) {
                if changed(key) {
                    d.entries.insert((section, key.to_string()));
                }
            }
        } else {
            for key in keys {
                if changed(key) {
                    d.entries.insert((section, key.clone()));
                }
            }
        }
        for lang in new_routes.languages() {
            for t in std::iter::once(None).chain((0..new.towns.len()).map(Some)) {
                let mut old_members = members(old, old_routes, section, t, lang);
                let mut new_members = members(new, new_routes, section, t, lang);
                if old_members != new_members {
                    let town = t.and_then(|t| new.towns.get(t)).map(|t| t.folder.clone());
                    d.lists.insert((section, town.clone()));
                    old_members.sort_unstable();
                    new_members.sort_unstable();
                    if old_members != new_members {
                        d.counts.insert((section, town));
                        d.counts.insert((section, None));
                    }
                }
            }
        }
        if filters_changed(old, old_routes, new, new_routes, section) {
            d.counts.insert((section, None));
        }
    }
    d
}

/// Whether a filter of `section` has other members (by key) than before.
fn filters_changed(
    old: &Site,
    old_routes: &Routes,
    new: &Site,
    new_routes: &Routes,
    section: Section,
) -> bool {
    let keys = |site: &Site, xs: &[usize]| -> Vec<String> {
        let mut v: Vec<String> = xs
            .iter()
            .filter_map(|&i| item_key(site, section, i).map(str::to_string))
            .collect();
        v.sort_unstable();
        v
    };
    new_routes.languages().any(|lang| {
        Facet::of(section).iter().any(|&facet| {
            let values: BTreeSet<&str> = old_routes
                .facet_values(facet, lang)
                .iter()
                .chain(new_routes.facet_values(facet, lang))
                .map(|v| v.key.as_str())
                .collect();
            values.into_iter().any(|v| {
                keys(old, old_routes.filtered(section, facet, v, lang))
                    != keys(new, new_routes.filtered(section, facet, v, lang))
            })
        })
    })
}

/// What an edit on the fast path changed ([`super::patch`]): the edited entries (at the same
/// index on both sides) and the lists that hold them in another order; nothing else can
/// have changed.
pub fn patched(
    old: &Site,
    old_routes: &Routes,
    new: &Site,
    new_routes: &Routes,
    edited: &[(Section, usize)],
) -> SiteDiff {
    let mut d = SiteDiff::default();
    for &(section, i) in edited {
        if !same_item(old, new, section, i, i)
            && let Some(key) = item_key(new, section, i)
        {
            d.entries.insert((section, key.to_string()));
        }
        if std::ptr::eq(old_routes, new_routes) {
            continue;
        }
        for lang in new_routes.languages() {
            for t in std::iter::once(None).chain((0..new.towns.len()).map(Some)) {
                let (was, now) = (
                    old_routes.list(section, t, lang),
                    new_routes.list(section, t, lang),
                );
                if was != now {
                    let town = t.and_then(|t| new.towns.get(t)).map(|t| t.folder.clone());
                    d.lists.insert((section, town));
                }
            }
        }
        // Members changed (languages, town, company or a facet value): every count of the
        // section may have.
        if !ListFacts::of(old, section, i).same_lists(&ListFacts::of(new, section, i)) {
            d.counts.insert((section, None));
            for t in [item_town(old, section, i), item_town(new, section, i)]
                .into_iter()
                .flatten()
            {
                let town = new.towns.get(t).map(|t| t.folder.clone());
                d.counts.insert((section, town));
            }
        }
    }
    d
}

/// The keys of a list's entries, in order.
fn members<'s>(
    site: &'s Site,
    routes: &Routes,
    section: Section,
    town: Option<usize>,
    lang: &crate::lang::Lang,
) -> Vec<&'s str> {
    routes
        .list(section, town, lang)
        .iter()
        .filter_map(|&i| item_key(site, section, i))
        .collect()
}

/// Every page's address and whether it is published, by key.
fn addresses(site: &Site) -> Vec<(&str, Vec<&str>)> {
    fn of<F>(es: &[Arc<Entry<F>>]) -> impl Iterator<Item = (&str, Vec<&str>)> {
        es.iter().map(|e| (e.key.as_str(), paths(&e.trs)))
    }
    let mut out: Vec<(&str, Vec<&str>)> = Vec::new();
    out.extend(of(&site.jobs));
    out.extend(of(&site.studies));
    out.extend(of(&site.stories));
    out.extend(of(&site.events));
    out.extend(
        site.companies
            .iter()
            .map(|c| (c.key.as_str(), paths(&c.trs))),
    );
    out.sort();
    out
}

fn paths(trs: &[Tr]) -> Vec<&str> {
    trs.iter().map(|t| t.path.as_str()).collect()
}

fn index(site: &Site, section: Section) -> HashMap<&str, usize> {
    (0..crate::routes::section_len(site, section))
        .filter_map(|i| item_key(site, section, i).map(|k| (k, i)))
        .collect()
}

fn same_item(old: &Site, new: &Site, section: Section, a: usize, b: usize) -> bool {
    match section {
        Section::Jobs => same(&old.jobs[a], &new.jobs[b]),
        Section::Studies => same(&old.studies[a], &new.studies[b]),
        Section::Companies => same(&old.companies[a], &new.companies[b]),
        Section::Stories => same(&old.stories[a], &new.stories[b]),
        Section::Events => same(&old.events[a], &new.events[b]),
    }
}

/// Two linked values are the same (the site's types compare by their debug form: everything
/// the link stage made of them).
fn same<T: Debug>(a: &T, b: &T) -> bool {
    format!("{a:?}") == format!("{b:?}")
}
