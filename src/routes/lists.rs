//! The collated lists: every section's entries in display order, per town and for all towns,
//! the values of each filter facet, the lists narrowed to one facet value, and the towns in
//! alphabetical order. Sorted the Finnish/Swedish way (Å, Ä, Ö after Z).

use super::{Facet, Routes, item_town, item_tr, section_len};
use crate::collate::Collation;
use crate::config::{Config, Section};
use crate::lang::Lang;
use crate::model::{EmploymentType, StudyLevel};
use crate::site::Site;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One value of a facet in one language: its key, its name and its URL slug.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    pub key: String,
    pub name: String,
    pub slug: String,
}

/// Fills the lists, facets, filters, town order and open-job counts of `r`.
pub(super) fn compute(r: &mut Routes, config: &Config, site: &Site) {
    let collation = Collation::new(&config.languages);
    for lang in &config.languages {
        for section in Section::ALL {
            let all = sorted(site, section, lang, &collation);
            let mut by_town: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
            for &i in &all {
                let town = item_town(site, section, i).unwrap_or(0);
                by_town.entry(town).or_default().push(i);
            }
            for t in 0..site.towns.len() {
                r.lists.insert(
                    (section, Some(t), lang.clone()),
                    by_town.remove(&t).unwrap_or_default(),
                );
            }
            for &facet in Facet::of(section) {
                for &i in &all {
                    let key = facet_key(site, facet, i).to_string();
                    r.filters
                        .entry((section, facet, key, lang.clone()))
                        .or_default()
                        .push(i);
                }
            }
            if section == Section::Jobs {
                for &j in &all {
                    *r.open_jobs
                        .entry((site.jobs[j].facts.company, lang.clone()))
                        .or_default() += 1;
                }
            }
            r.lists.insert((section, None, lang.clone()), all);
        }
        let strings = r.per_lang.get(lang).map(|l| &l.strings);
        let s = |key: &str| {
            strings
                .and_then(|m| m.get(key))
                .cloned()
                .unwrap_or_default()
        };
        let mut towns: Vec<(usize, &str)> = site
            .towns
            .iter()
            .enumerate()
            .filter(|(_, t)| t.tr(lang).is_some())
            .map(|(i, t)| (i, config.text(&t.name, lang)))
            .collect();
        collation.sort_by_key(lang, &mut towns, |t| t.1);
        r.town_order
            .insert(lang.clone(), towns.into_iter().map(|t| t.0).collect());
        let mut sectors: Vec<(String, String)> = config
            .sectors
            .iter()
            .map(|x| (x.key.clone(), config.text(&x.name, lang).to_string()))
            .collect();
        collation.sort_by_key(lang, &mut sectors, |x| x.1.as_str());
        let types = EmploymentType::ALL
            .iter()
            .map(|t| {
                (
                    t.key().to_string(),
                    s(&format!("employment_type_{}", t.key())),
                )
            })
            .collect();
        let levels = StudyLevel::ALL
            .iter()
            .map(|l| (l.key().to_string(), s(&format!("level_{}", l.key()))))
            .collect();
        for (facet, values) in [
            (Facet::Sector, sectors),
            (Facet::EmploymentType, types),
            (Facet::Level, levels),
        ] {
            r.facets.insert((facet, lang.clone()), facet_values(values));
        }
    }
}

/// The entries of a section that exist in `lang`, in the section's order:
/// jobs newest first, studies by application deadline, companies by name, stories newest
/// first, events by start; ties by title.
fn sorted(site: &Site, section: Section, lang: &Lang, collation: &Collation) -> Vec<usize> {
    let n = section_len(site, section);
    let title = |i: usize| item_tr(site, section, i, lang).map_or("", |t| t.title.as_str());
    let mut idx: Vec<usize> = (0..n)
        .filter(|&i| item_tr(site, section, i, lang).is_some())
        .collect();
    let keys: HashMap<usize, Vec<u8>> = idx
        .iter()
        .map(|&i| (i, collation.sort_key(lang, title(i))))
        .collect();
    let by_title =
        |a: usize, b: usize| keys[&a].cmp(&keys[&b]).then_with(|| title(a).cmp(title(b)));
    // A stable sort of ascending indices: equal entries stay in index order.
    idx.sort_by(|a, b| order(site, section, *a, *b, &by_title));
    idx
}

/// The order of entries `a` and `b` of a section, given their order by title.
fn order(
    site: &Site,
    section: Section,
    a: usize,
    b: usize,
    by_title: &dyn Fn(usize, usize) -> Ordering,
) -> Ordering {
    match section {
        Section::Jobs => site.jobs[b]
            .facts
            .posted
            .cmp(&site.jobs[a].facts.posted)
            .then_with(|| by_title(a, b)),
        Section::Studies => {
            let key = |i: usize| {
                site.studies[i]
                    .facts
                    .application_deadline
                    .map_or((1, None), |d| (0, Some(d)))
            };
            key(a).cmp(&key(b)).then_with(|| by_title(a, b))
        }
        Section::Companies => by_title(a, b),
        Section::Stories => site.stories[b]
            .facts
            .date
            .cmp(&site.stories[a].facts.date)
            .then_with(|| by_title(a, b)),
        Section::Events => site.events[a]
            .facts
            .start
            .cmp(&site.events[b].facts.start)
            .then_with(|| by_title(a, b)),
    }
}

/// What the lists read of an entry. When `holds` is the same before and after an edit, the
/// entry is in the same lists and filters (and open-job counts); when `place` is the same
/// too, at the same place.
#[derive(Debug, PartialEq, Eq)]
pub struct ListFacts {
    holds: (Vec<Lang>, Option<usize>, Option<usize>, Vec<String>),
    place: (Vec<String>, String),
}

impl ListFacts {
    pub fn of(site: &Site, section: Section, i: usize) -> ListFacts {
        let trs = super::item_trs(site, section, i);
        let company = match section {
            Section::Jobs => site.jobs.get(i).map(|j| j.facts.company),
            _ => None,
        };
        let facets = Facet::of(section)
            .iter()
            .map(|&f| facet_key(site, f, i).to_string())
            .collect();
        let date = match section {
            Section::Jobs => format!("{:?}", site.jobs[i].facts.posted),
            Section::Studies => format!("{:?}", site.studies[i].facts.application_deadline),
            Section::Companies => String::new(),
            Section::Stories => format!("{:?}", site.stories[i].facts.date),
            Section::Events => format!("{:?}", site.events[i].facts.start),
        };
        ListFacts {
            holds: (
                trs.iter().map(|t| t.lang.clone()).collect(),
                item_town(site, section, i),
                company,
                facets,
            ),
            place: (trs.iter().map(|t| t.title.clone()).collect(), date),
        }
    }

    /// The entry is in the same lists, filters and counts.
    pub fn same_lists(&self, other: &ListFacts) -> bool {
        self.holds == other.holds
    }
}

impl Routes {
    /// Puts entry `i` of `section` at its place again in every list and filter that holds it,
    /// after its title or date changed (not its languages, town, company or facet values):
    /// the same lists [`compute`] would make.
    pub fn reposition(&mut self, config: &Config, site: &Site, section: Section, i: usize) {
        let collation = Collation::new(&config.languages);
        for lang in &config.languages {
            if item_tr(site, section, i, lang).is_none() {
                continue;
            }
            let title = |j: usize| item_tr(site, section, j, lang).map_or("", |t| t.title.as_str());
            let by_title = |a: usize, b: usize| {
                collation
                    .sort_key(lang, title(a))
                    .cmp(&collation.sort_key(lang, title(b)))
                    .then_with(|| title(a).cmp(title(b)))
            };
            let before = |x: usize| {
                order(site, section, x, i, &by_title)
                    .then(x.cmp(&i))
                    .is_lt()
            };
            let place = |v: &mut Vec<usize>| {
                v.retain(|&x| x != i);
                let at = v.partition_point(|&x| before(x));
                v.insert(at, i);
            };
            let town = item_town(site, section, i).unwrap_or(0);
            for t in [None, Some(town)] {
                if let Some(v) = self.lists.get_mut(&(section, t, lang.clone())) {
                    place(v);
                }
            }
            for &facet in Facet::of(section) {
                let key = (
                    section,
                    facet,
                    facet_key(site, facet, i).to_string(),
                    lang.clone(),
                );
                if let Some(v) = self.filters.get_mut(&key) {
                    place(v);
                }
            }
        }
    }
}

/// The facet value of entry `i` (a job for sector and employment type, a study for level).
fn facet_key(site: &Site, facet: Facet, i: usize) -> &str {
    match facet {
        Facet::Sector => &site.jobs[i].facts.sector,
        Facet::EmploymentType => site.jobs[i].facts.employment_type.key(),
        Facet::Level => site.studies[i].facts.level.key(),
    }
}

/// Facet values with unique URL slugs: the slugified name, else the slugified key.
fn facet_values(values: Vec<(String, String)>) -> Vec<FacetValue> {
    let mut used = BTreeSet::new();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::Facet;

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
