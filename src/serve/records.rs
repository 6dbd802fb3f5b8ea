//! What `serve` remembers of every page it rendered: where the page is served, what it read
//! ([`KeyReads`]), and the reverse — which pages read each entry and each list — so an edit
//! finds the pages it touches without looking at every page of a 20,000-page site.

use super::diff::{KeyReads, SiteDiff};
use crate::config::Section;
use crate::routes::PageId;
use std::collections::{BTreeSet, HashMap, HashSet};

/// One rendered page.
pub struct Record {
    /// Its output path.
    pub path: String,
    pub reads: KeyReads,
    /// The page as the routes of its build named it (indices are stable only within a
    /// build and across `serve`'s fast path, which keeps every index).
    pub page: PageId,
}

/// Every page's [`Record`] by stable id, and who read what.
#[derive(Default)]
pub struct Records {
    by_id: HashMap<String, Record>,
    entry_readers: HashMap<(Section, String), HashSet<String>>,
    list_readers: HashMap<(Section, Option<String>), HashSet<String>>,
    count_readers: HashMap<(Section, Option<String>), HashSet<String>>,
}

impl Records {
    pub fn get(&self, id: &str) -> Option<&Record> {
        self.by_id.get(id)
    }

    /// The ids of the pages that read something `diff` names (not for `diff.everything`).
    /// A page that read a changed list but shows the same part of it (`same_part`: a list
    /// page whose window did not change) is left out unless it read a changed entry.
    pub fn readers(&self, diff: &SiteDiff, same_part: impl Fn(&Record) -> bool) -> BTreeSet<&str> {
        let mut ids = BTreeSet::new();
        for e in &diff.entries {
            if let Some(r) = self.entry_readers.get(e) {
                ids.extend(r.iter().map(String::as_str));
            }
        }
        for c in &diff.counts {
            if let Some(r) = self.count_readers.get(c) {
                ids.extend(r.iter().map(String::as_str));
            }
        }
        for l in &diff.lists {
            if let Some(r) = self.list_readers.get(l) {
                ids.extend(
                    r.iter()
                        .filter(|id| self.by_id.get(*id).is_none_or(|rec| !same_part(rec)))
                        .map(String::as_str),
                );
            }
        }
        ids
    }

    /// Records a page; returns the record it replaces.
    pub fn put(&mut self, id: String, record: Record) -> Option<Record> {
        let old = self.remove(&id);
        for e in &record.reads.entries {
            self.entry_readers
                .entry(e.clone())
                .or_default()
                .insert(id.clone());
        }
        for l in &record.reads.lists {
            self.list_readers
                .entry(l.clone())
                .or_default()
                .insert(id.clone());
        }
        for c in &record.reads.counts {
            self.count_readers
                .entry(c.clone())
                .or_default()
                .insert(id.clone());
        }
        self.by_id.insert(id, record);
        old
    }

    pub fn remove(&mut self, id: &str) -> Option<Record> {
        let old = self.by_id.remove(id)?;
        for e in &old.reads.entries {
            if let Some(r) = self.entry_readers.get_mut(e) {
                r.remove(id);
                if r.is_empty() {
                    self.entry_readers.remove(e);
                }
            }
        }
        for (readers, keys) in [
            (&mut self.list_readers, &old.reads.lists),
            (&mut self.count_readers, &old.reads.counts),
        ] {
            for l in keys {
                if let Some(r) = readers.get_mut(l) {
                    r.remove(id);
                    if r.is_empty() {
                        readers.remove(l);
                    }
                }
            }
        }
        Some(old)
    }

    /// Names the page of `id` as the current routes do (after a build that planned again).
    pub fn set_page(&mut self, id: &str, page: &PageId) {
        if let Some(r) = self.by_id.get_mut(id)
            && r.page != *page
        {
            r.page = page.clone();
        }
    }

    pub fn ids(&self) -> impl Iterator<Item = &String> {
        self.by_id.keys()
    }

    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.by_id.values().map(|r| r.path.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn record(path: &str, entries: &[&str], lists: &[Option<&str>]) -> Record {
        Record {
            path: path.into(),
            reads: KeyReads {
                entries: entries
                    .iter()
                    .map(|k| (Section::Jobs, k.to_string()))
                    .collect(),
                lists: lists
                    .iter()
                    .map(|t| (Section::Jobs, t.map(str::to_string)))
                    .collect(),
                counts: BTreeSet::new(),
            },
            page: PageId::Home(Lang::parse("fi").unwrap()),
        }
    }

    impl Records {
        fn readers_all(&self, diff: &SiteDiff) -> BTreeSet<&str> {
            self.readers(diff, |_| false)
        }
    }

    #[test]
    fn readers_follow_what_each_page_read_last() {
        let mut r = Records::default();
        r.put("a".into(), record("a/", &["j1"], &[]));
        r.put("b".into(), record("b/", &["j1", "j2"], &[Some("raahe")]));
        let diff = |entries: &[&str], lists: &[Option<&str>]| SiteDiff {
            everything: false,
            entries: entries
                .iter()
                .map(|k| (Section::Jobs, k.to_string()))
                .collect(),
            lists: lists
                .iter()
                .map(|t| (Section::Jobs, t.map(str::to_string)))
                .collect(),
            counts: BTreeSet::new(),
        };
        assert_eq!(
            r.readers_all(&diff(&["j1"], &[])),
            BTreeSet::from(["a", "b"])
        );
        assert_eq!(
            r.readers_all(&diff(&[], &[Some("raahe")])),
            BTreeSet::from(["b"])
        );
        // `b` no longer reads j1 or the list: it is no longer its reader.
        let old = r.put("b".into(), record("b/", &["j2"], &[]));
        assert_eq!(old.map(|o| o.path), Some("b/".to_string()));
        assert_eq!(
            r.readers_all(&diff(&["j1"], &[Some("raahe")])),
            BTreeSet::from(["a"])
        );
        // A list reader that shows the same part of the list is left out, unless it read a
        // changed entry too.
        assert_eq!(
            r.readers(&diff(&["j2"], &[Some("raahe")]), |rec| rec.path == "b/"),
            BTreeSet::from(["b"])
        );
        r.put("c".into(), record("c/", &[], &[Some("raahe")]));
        assert_eq!(
            r.readers(&diff(&[], &[Some("raahe")]), |rec| rec.path == "c/"),
            BTreeSet::<&str>::new()
        );
        r.remove("c");
        r.remove("a");
        assert!(r.readers_all(&diff(&["j1"], &[])).is_empty());
        assert_eq!(r.paths().count(), 1);
    }
}
