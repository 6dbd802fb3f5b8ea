//! What a page read while it was rendered: the entries it shows and the lists whose order or
//! length it shows (towns are in every page's navigation: a town that changes changes all). `serve` re-renders a page when one of them
//! changes; a full build does not record (recording off costs nothing).

use crate::config::Section;
use std::cell::RefCell;
use std::collections::BTreeSet;

/// The reads of one page, by index into the linked site.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReadSet {
    /// Items shown in full or as a card.
    pub entries: BTreeSet<(Section, usize)>,
    /// Lists (a section of a town, or of all towns) whose members, order or length the page
    /// shows, in the page's language.
    pub lists: BTreeSet<(Section, Option<usize>)>,
    /// Lists whose size only the page shows (counts of open jobs, of a town's entries, of
    /// each filter value: for all towns, also the filters' sizes).
    pub counts: BTreeSet<(Section, Option<usize>)>,
}

/// A recorder for one page's rendering; off for a full build.
pub struct Reads(Option<RefCell<ReadSet>>);

impl Reads {
    pub fn off() -> Reads {
        Reads(None)
    }

    pub fn on() -> Reads {
        Reads(Some(RefCell::new(ReadSet::default())))
    }

    pub fn entry(&self, section: Section, i: usize) {
        if let Some(r) = &self.0 {
            r.borrow_mut().entries.insert((section, i));
        }
    }

    pub fn list(&self, section: Section, town: Option<usize>) {
        if let Some(r) = &self.0 {
            r.borrow_mut().lists.insert((section, town));
        }
    }

    pub fn count(&self, section: Section, town: Option<usize>) {
        if let Some(r) = &self.0 {
            r.borrow_mut().counts.insert((section, town));
        }
    }

    /// What was recorded (`None` when recording was off).
    pub fn into_set(self) -> Option<ReadSet> {
        self.0.map(RefCell::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_only_when_on() {
        let off = Reads::off();
        off.entry(Section::Jobs, 1);
        assert_eq!(off.into_set(), None);
        let on = Reads::on();
        on.entry(Section::Jobs, 1);
        on.entry(Section::Jobs, 1);
        on.list(Section::Jobs, None);
        let set = on.into_set().unwrap_or_default();
        assert_eq!(set.entries.len(), 1);
        assert!(set.lists.contains(&(Section::Jobs, None)));
    }
}
