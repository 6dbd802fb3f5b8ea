//! An edit's fast path: when a batch only changed the text of existing jobs, studies, stories
//! or events, those entries are linked again alone ([`crate::link::relink`]) and put into a
//! copy of the last good site, instead of linking every file again.
//!
//! It is taken only when the result is certain to equal a full build's:
//! - linking an entry's files as they were gives exactly the entry the site holds, and the
//!   same warnings (so nothing else of the site shaped it);
//! - the entry as it is now is still published, in the same town, at the same addresses in
//!   the same languages, uses the same pictures and files, and has no errors;
//! - the page plan is the same (no list grew a page, no filter appeared or went away).
//!
//! Otherwise the caller links everything ([`Fallback`] says why, for the timings).

use crate::config::Section;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::link::{self, EntryDocs, LinkOptions, LinkedEntry};
use crate::load::Parsed;
use crate::pipeline::Stages;
use crate::routes::{ListFacts, Routes};
use crate::site::Site;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

/// One entry's files before and after an edit.
pub struct EntryEdit {
    /// The town's folder.
    pub town: String,
    pub before: EntryDocs,
    pub after: EntryDocs,
    /// Every file of the entry (both sides).
    pub files: BTreeSet<PathBuf>,
}

/// Why the fast path was not taken.
pub type Fallback = &'static str;

/// Gathers one entry's files, each as it was (`before`, when it is there) and as it is.
/// `None` when the files are not all of one town's jobs, studies, stories or events.
pub fn entry_edit(
    now: &[(&PathBuf, &Parsed)],
    before: &BTreeMap<PathBuf, Parsed>,
) -> Result<EntryEdit, Fallback> {
    let mut town = None;
    let mut files = BTreeSet::new();
    let mut old = Vec::new();
    let mut new = Vec::new();
    for (path, parsed) in now {
        files.insert((*path).clone());
        old.push(before.get(*path).unwrap_or(parsed));
        new.push(*parsed);
    }
    let (before, after) = (docs(&old, &mut town)?, docs(&new, &mut town)?);
    Ok(EntryEdit {
        town: town.ok_or("no files")?,
        before,
        after,
        files,
    })
}

fn docs(parsed: &[&Parsed], town: &mut Option<String>) -> Result<EntryDocs, Fallback> {
    let mut same_town = |t: &String| match town {
        Some(x) if x != t => Err("files of two towns"),
        _ => {
            *town = Some(t.clone());
            Ok(())
        }
    };
    let first = parsed.first().ok_or("no files")?;
    macro_rules! gather {
        ($variant:ident) => {{
            let mut out = Vec::new();
            for p in parsed {
                match p {
                    Parsed::$variant(t, d) => {
                        same_town(t)?;
                        out.push(d.clone());
                    }
                    _ => return Err("files of two kinds"),
                }
            }
            EntryDocs::$variant(out)
        }};
    }
    Ok(match first {
        Parsed::Job(..) => gather!(Job),
        Parsed::Study(..) => gather!(Study),
        Parsed::Story(..) => gather!(Story),
        Parsed::Event(..) => gather!(Event),
        _ => return Err("not a job, study, story or event"),
    })
}

/// The stages after an edit, and the entries it replaced (by section and index: the fast
/// path keeps every index).
pub struct Patched {
    pub stages: Stages,
    pub edited: Vec<(Section, usize)>,
}

/// The stages with the edited entries linked again, or why a full link is needed.
pub fn patch(
    old: &Stages,
    edits: Vec<EntryEdit>,
    opts: LinkOptions,
    lap: &super::state::Laps,
) -> Result<Patched, Fallback> {
    lap.lap("gather");
    let mut site = old.site.clone();
    lap.lap("clone site");
    let edited: BTreeSet<&PathBuf> = edits.iter().flat_map(|e| &e.files).collect();
    let (mut old_own, others): (Vec<&Diagnostic>, Vec<&Diagnostic>) =
        old.warnings.iter().partition(|d| edited.contains(&d.file));
    let mut warnings = Diagnostics::new();
    warnings.extend(others.into_iter().cloned());
    let mut relinked_own = Vec::new();
    let mut edited = Vec::new();
    for edit in edits {
        let EntryEdit {
            town,
            before,
            after,
            files: _,
        } = edit;
        let t = old
            .site
            .towns
            .iter()
            .position(|x| x.folder == town)
            .ok_or("a town that is not published")?;
        let relink = |docs| link::relink(&old.config, opts, &old.site, &old.links, t, docs);
        let was = relink(before);
        let was_entry = was.entry.ok_or("was not published")?;
        let (i, in_site) = was_entry.in_site(&old.site).ok_or("not in the site")?;
        if format!("{was_entry:?}") != format!("{in_site:?}") {
            return Err("linked alone, the entry differs from the full link");
        }
        relinked_own.extend(was.diagnostics);
        let now = relink(after);
        if now.diagnostics.has_errors() {
            return Err("errors");
        }
        let now_entry = now.entry.ok_or("no longer published")?;
        let addresses = |e: &LinkedEntry| -> Vec<(String, String)> {
            e.trs()
                .iter()
                .map(|t| (t.lang.code().to_string(), t.path.clone()))
                .collect()
        };
        if now_entry.key() != was_entry.key()
            || now_entry.town() != was_entry.town()
            || addresses(&now_entry) != addresses(&was_entry)
        {
            return Err("an address changed");
        }
        if now.uses != was.uses {
            return Err("uses other files");
        }
        warnings.extend(now.diagnostics);
        edited.push((now_entry.section(), i));
        now_entry.replace_in(&mut site, i);
    }
    lap.lap("relink");
    // The warnings the full link gave these files are the ones linking them alone gives.
    let key = |d: &&Diagnostic| format!("{d:?}");
    old_own.sort_by_key(key);
    let mut relinked_own: Vec<&Diagnostic> = relinked_own.iter().collect();
    relinked_own.sort_by_key(key);
    if old_own != relinked_own {
        return Err("the files had warnings from elsewhere");
    }
    let routes = routes(old, &site, &edited)?;
    lap.lap("routes");
    lap.lap("compare pages");
    let stages = Stages {
        config: old.config.clone(),
        theme: old.theme.clone(),
        templates: old.templates.clone(),
        site,
        routes,
        links: Arc::clone(&old.links),
        warnings,
    };
    Ok(Patched { stages, edited })
}

/// The routes after the edit: the same when no list reads what changed, the old ones with
/// the edited entries put in their new places when only a title or date changed, else
/// planned again (and then the page plan must be the same).
fn routes(old: &Stages, site: &Site, edited: &[(Section, usize)]) -> Result<Arc<Routes>, Fallback> {
    let mut moved = Vec::new();
    for &(section, i) in edited {
        let was = ListFacts::of(&old.site, section, i);
        let now = ListFacts::of(site, section, i);
        if was == now {
            continue;
        }
        if !was.same_lists(&now) {
            let routes = Routes::new(
                &old.config,
                site,
                &old.theme.strings,
                old.templates.has("search.html"),
            );
            if routes.pages() != old.routes.pages() {
                return Err("the page plan changed");
            }
            return Ok(Arc::new(routes));
        }
        moved.push((section, i));
    }
    if moved.is_empty() {
        return Ok(Arc::clone(&old.routes));
    }
    let mut routes = (*old.routes).clone();
    for (section, i) in moved {
        routes.reposition(&old.config, site, section, i);
    }
    Ok(Arc::new(routes))
}
