//! Every address the site writes is unique: items, free pages, towns, lists with their
//! pagination, filter pages, search, feeds, calendars, the sitemap, robots.txt, the 404 pages
//! and static files. A collision is one error naming both sources.

use super::{PageId, Routes};
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::Msg;
use crate::t;

use crate::site::{Site, Tr};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What claims an address.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Claim {
    /// A page written in a content file.
    File(PathBuf),
    /// A page or file aikosite generates ("the list of all jobs").
    Generated(Msg),
    /// A file copied from `static/`.
    Static(PathBuf),
}

impl Claim {
    fn file(&self) -> Option<&Path> {
        match self {
            Claim::File(f) | Claim::Static(f) => Some(f),
            Claim::Generated(_) => None,
        }
    }

    fn describe(&self) -> Msg {
        match self {
            Claim::File(f) | Claim::Static(f) => {
                t!("collision-file", file = crate::identity::to_slash(f))
            }
            Claim::Generated(what) => what.clone(),
        }
    }
}

/// Checks every address; `statics` are the output paths of files copied from the site's
/// `static/` folder (`kuvat/logo.svg`) with their source files.
pub fn check(
    config: &Config,
    site: &Site,
    routes: &Routes,
    statics: &[(String, PathBuf)],
) -> Diagnostics {
    let mut claims: BTreeMap<String, Vec<Claim>> = BTreeMap::new();
    let mut claim = |path: String, c: Claim| {
        let v = claims.entry(path).or_default();
        if !v.contains(&c) {
            v.push(c);
        }
    };
    let mut trs: Vec<&Tr> = Vec::new();
    trs.extend(&site.home.trs);
    trs.extend(site.pages.iter().flat_map(|e| &e.trs));
    trs.extend(site.towns.iter().flat_map(|t| &t.page.trs));
    trs.extend(site.companies.iter().flat_map(|c| &c.trs));
    trs.extend(site.jobs.iter().flat_map(|e| &e.trs));
    trs.extend(site.studies.iter().flat_map(|e| &e.trs));
    trs.extend(site.stories.iter().flat_map(|e| &e.trs));
    trs.extend(site.events.iter().flat_map(|e| &e.trs));
    for t in trs {
        claim(
            super::paths::output_path(&t.path),
            Claim::File(t.file.clone()),
        );
    }
    for page in routes.pages() {
        let what = match page {
            PageId::List {
                section,
                town,
                page,
                ..
            } => match town {
                None => t!(
                    "collision-list-all",
                    section = section.folder(),
                    page = *page
                ),
                Some(t) => t!(
                    "collision-list-town",
                    section = section.folder(),
                    town = site.towns.get(*t).map_or("", |t| t.folder.as_str()),
                    page = *page
                ),
            },
            PageId::Filter {
                section,
                value,
                page,
                ..
            } => t!(
                "collision-filter",
                section = section.folder(),
                value = value,
                page = *page
            ),
            PageId::Search(_) => t!("collision-search"),
            PageId::NotFound(_) => t!("collision-404"),
            // Written pages are claimed by their files above.
            PageId::Home(_) | PageId::Page(..) | PageId::Town(..) | PageId::Item(..) => continue,
        };
        claim(
            super::paths::output_path(&routes.path(site, page)),
            Claim::Generated(what),
        );
    }
    for lang in &config.languages {
        let towns = std::iter::once(None).chain((0..site.towns.len()).map(Some));
        for town in towns {
            let place = town
                .and_then(|t| site.towns.get(t))
                .map_or_else(|| t!("collision-all-towns"), |t| Msg::plain(&t.folder));
            for (path, what) in [
                (routes.atom_path(town, lang), "atom"),
                (routes.json_feed_path(town, lang), "json"),
                (routes.calendar_path(town, lang), "calendar"),
            ] {
                claim(
                    super::paths::output_path(&path),
                    Claim::Generated(t!(
                        "collision-feed",
                        kind = what,
                        place = place.clone(),
                        lang = lang.code()
                    )),
                );
            }
        }
        if let Some(search) = routes.search_path(lang) {
            claim(
                super::paths::output_path(&super::paths::search_index(search)),
                Claim::Generated(t!("collision-search-index", lang = lang.code())),
            );
        }
    }
    claim(
        "sitemap.xml".to_string(),
        Claim::Generated(t!("collision-sitemap")),
    );
    claim(
        "robots.txt".to_string(),
        Claim::Generated(t!("collision-robots")),
    );
    for (path, source) in statics {
        claim(path.clone(), Claim::Static(source.clone()));
    }
    report(&claims)
}

fn report(claims: &BTreeMap<String, Vec<Claim>>) -> Diagnostics {
    let mut ds = Diagnostics::new();
    for (out, cs) in claims {
        if cs.len() < 2 {
            continue;
        }
        let address = format!("/{}", out.trim_end_matches("index.html"));
        let mut files: Vec<PathBuf> = cs
            .iter()
            .filter_map(|c| c.file().map(Path::to_path_buf))
            .collect();
        files.sort();
        // The config names the home page's title when there is no home page file: a page
        // over it is the page's own mistake.
        let first = files
            .iter()
            .find(|f| !f.ends_with(crate::config::CONFIG_FILE))
            .cloned()
            .unwrap_or_else(|| PathBuf::from(crate::config::CONFIG_FILE));
        let others: Vec<Msg> = cs
            .iter()
            .filter(|c| c.file() != Some(first.as_path()))
            .map(Claim::describe)
            .collect();
        let generated = cs.iter().any(|c| matches!(c, Claim::Generated(_)));
        let d = if generated && files.len() <= 1 {
            Diagnostic::error(
                &first,
                t!("collision-taken", address = address, others = others),
            )
            .help(t!("collision-taken-help"))
        } else {
            Diagnostic::error(&first, t!("collision-same-address", address = address))
                .help(t!("collision-same-address-help"))
        };
        ds.push(d.related(files.into_iter().filter(|f| *f != first)));
    }
    ds
}
