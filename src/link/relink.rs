//! One entry linked again alone, against a site linked before: what `serve` does when an
//! edit touched only that entry's own files. The caller decides whether the result may
//! replace the entry (same address, still published, the same files used); everything it
//! needs from the rest of the site comes from the [`LinkIndex`] of the last full link.

use super::*;
use crate::load::Document;
use crate::model::{EventMatter, JobMatter, StoryMatter, StudyMatter};
use crate::site::{EventFacts, StoryFacts, StudyFacts};
use std::sync::Arc;

/// Every language version of one entry of a town, parsed.
pub enum EntryDocs {
    Job(Vec<Document<JobMatter>>),
    Study(Vec<Document<StudyMatter>>),
    Story(Vec<Document<StoryMatter>>),
    Event(Vec<Document<EventMatter>>),
}

/// An entry as the link stage makes it.
#[derive(Debug, Clone)]
pub enum LinkedEntry {
    Job(Entry<JobFacts>),
    Study(Entry<StudyFacts>),
    Story(Entry<StoryFacts>),
    Event(Entry<EventFacts>),
}

impl LinkedEntry {
    pub fn section(&self) -> Section {
        match self {
            LinkedEntry::Job(_) => Section::Jobs,
            LinkedEntry::Study(_) => Section::Studies,
            LinkedEntry::Story(_) => Section::Stories,
            LinkedEntry::Event(_) => Section::Events,
        }
    }

    pub fn key(&self) -> &str {
        self.trs_and_key().1
    }

    pub fn town(&self) -> Option<usize> {
        match self {
            LinkedEntry::Job(e) => e.town,
            LinkedEntry::Study(e) => e.town,
            LinkedEntry::Story(e) => e.town,
            LinkedEntry::Event(e) => e.town,
        }
    }

    pub fn trs(&self) -> &[Tr] {
        self.trs_and_key().0
    }

    fn trs_and_key(&self) -> (&[Tr], &String) {
        match self {
            LinkedEntry::Job(e) => (&e.trs, &e.key),
            LinkedEntry::Study(e) => (&e.trs, &e.key),
            LinkedEntry::Story(e) => (&e.trs, &e.key),
            LinkedEntry::Event(e) => (&e.trs, &e.key),
        }
    }

    /// The same entry as `site` holds it, if it holds one with this key.
    pub fn in_site(&self, site: &Site) -> Option<(usize, LinkedEntry)> {
        fn find<F: Clone>(es: &[Arc<Entry<F>>], key: &str) -> Option<(usize, Entry<F>)> {
            es.iter()
                .position(|e| e.key == key)
                .map(|i| (i, (*es[i]).clone()))
        }
        let key = self.key();
        match self {
            LinkedEntry::Job(_) => find(&site.jobs, key).map(|(i, e)| (i, LinkedEntry::Job(e))),
            LinkedEntry::Study(_) => {
                find(&site.studies, key).map(|(i, e)| (i, LinkedEntry::Study(e)))
            }
            LinkedEntry::Story(_) => {
                find(&site.stories, key).map(|(i, e)| (i, LinkedEntry::Story(e)))
            }
            LinkedEntry::Event(_) => {
                find(&site.events, key).map(|(i, e)| (i, LinkedEntry::Event(e)))
            }
        }
    }

    /// Puts the entry at index `i` of its section.
    pub fn replace_in(self, site: &mut Site, i: usize) {
        fn put<F>(es: &mut [Arc<Entry<F>>], i: usize, e: Entry<F>) {
            if let Some(slot) = es.get_mut(i) {
                *slot = Arc::new(e);
            }
        }
        match self {
            LinkedEntry::Job(e) => put(&mut site.jobs, i, e),
            LinkedEntry::Study(e) => put(&mut site.studies, i, e),
            LinkedEntry::Story(e) => put(&mut site.stories, i, e),
            LinkedEntry::Event(e) => put(&mut site.events, i, e),
        }
    }
}

/// What [`relink`] made of one entry's files.
pub struct Relinked {
    /// `None` when the entry is not published (a draft, a job past its deadline) or broken.
    pub entry: Option<LinkedEntry>,
    /// The pictures and other files it uses (relative to the site root).
    pub uses: BTreeSet<PathBuf>,
    /// Everything found in its files.
    pub diagnostics: Diagnostics,
}

/// Links the files of one entry of town `town` of `site` (the site and `index` from the same
/// full link), exactly as [`link`] would link them in the whole site.
pub fn relink(
    config: &Config,
    opts: LinkOptions,
    site: &Site,
    index: &LinkIndex,
    town: usize,
    docs: EntryDocs,
) -> Relinked {
    let mut l = Linker {
        config,
        opts,
        ds: Diagnostics::new(),
        assets: index.assets.clone(),
        static_files: index.static_files.clone(),
        pending: Vec::new(),
        unpublished: index.unpublished.clone(),
        broken: index.broken.clone(),
        used_assets: BTreeSet::new(),
        used_images: BTreeMap::new(),
        in_draft: false,
        town_slugs: BTreeMap::new(),
    };
    let Some(t) = site.towns.get(town) else {
        return Relinked {
            entry: None,
            uses: BTreeSet::new(),
            diagnostics: l.ds,
        };
    };
    let towns = &site.towns;
    let companies = &site.companies;
    let scope = |section| Scope::Town {
        index: town,
        town: t,
        section,
    };
    let mut entry = match docs {
        EntryDocs::Job(d) => l
            .entries(d, scope(Section::Jobs), |l, d| {
                l.job_facts(d, town, towns, companies)
            })
            .pop()
            .filter(|j| j.facts.deadline >= opts.today)
            .map(LinkedEntry::Job),
        EntryDocs::Study(d) => l
            .entries(d, scope(Section::Studies), |l, d| {
                l.study_facts(d, town, towns, companies)
            })
            .pop()
            .map(LinkedEntry::Study),
        EntryDocs::Story(d) => l
            .entries(d, scope(Section::Stories), |l, d| l.story_facts(d))
            .pop()
            .map(LinkedEntry::Story),
        EntryDocs::Event(d) => l
            .entries(d, scope(Section::Events), |l, d| l.event_facts(d))
            .pop()
            .map(LinkedEntry::Event),
    };
    let mut resolved = l.resolve_pending(&index.book);
    if let Some(e) = &mut entry {
        let (trs, key) = match e {
            LinkedEntry::Job(e) => (&mut e.trs, &e.key),
            LinkedEntry::Study(e) => (&mut e.trs, &e.key),
            LinkedEntry::Story(e) => (&mut e.trs, &e.key),
            LinkedEntry::Event(e) => (&mut e.trs, &e.key),
        };
        bodies::apply_bodies(&mut resolved, key, trs);
    }
    let mut uses: BTreeSet<PathBuf> = l.used_images.into_keys().collect();
    uses.extend(l.used_assets);
    Relinked {
        entry,
        uses,
        diagnostics: l.ds,
    }
}
