//! The parts many cards show (a town, a company, a sector, a kind of job or study, a date),
//! made once per language and shared by every card and view that shows them.
//!
//! A card is a Tera value, and Tera values are reference-counted: a card holding a shared part
//! holds a pointer, where a card made on its own holds its own copy of every nested map. On the
//! 10,000-postings benchmark corpus the 20,000 job cards held the same towns, companies,
//! sectors and dates over and over, which was most of their memory.

use super::views::{DateView, ImageView, Link, Named, TownRef};
use crate::dates::Date;
use crate::model::{EmploymentType, StudyLevel};
use serde::{Serialize, Serializer};
use std::collections::HashMap;
use std::hash::Hash;
use std::marker::PhantomData;
use std::sync::Mutex;
use tera::Value;

/// A view made into a template value once. It serializes as that value, which Tera copies by
/// pointer, so every card that embeds it shares one copy. The type says which view it is.
pub struct Shared<T> {
    value: Value,
    view: PhantomData<fn() -> T>,
}

impl<T: Serialize> Shared<T> {
    pub fn new(view: &T) -> Shared<T> {
        Shared {
            value: Value::from_serializable(view),
            view: PhantomData,
        }
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared {
            value: self.value.clone(),
            view: PhantomData,
        }
    }
}

impl<T> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

/// Views of one kind by what they show, each made the first time it is asked for.
pub struct Memo<K, T> {
    made: Mutex<HashMap<K, Shared<T>>>,
}

impl<K: Hash + Eq, T: Serialize> Memo<K, T> {
    fn new() -> Memo<K, T> {
        Memo {
            made: Mutex::new(HashMap::new()),
        }
    }

    /// The view of `key`, made by `make` the first time.
    pub fn get(&self, key: K, make: impl FnOnce() -> T) -> Shared<T> {
        // A poisoned lock only means another page's rendering panicked; the views it holds
        // are whole (each is inserted complete).
        let mut made = self.made.lock().unwrap_or_else(|e| e.into_inner());
        made.entry(key)
            .or_insert_with(|| Shared::new(&make()))
            .clone()
    }
}

/// The shared parts of one language, by what they show. Rendering fills them as pages ask;
/// they are dropped with the renderer.
pub struct Parts {
    /// By index into the site's towns.
    pub towns: Memo<usize, TownRef>,
    /// Links to companies, by index into the site's companies.
    pub companies: Memo<usize, Link>,
    /// Company logos as job cards show them, by company index.
    pub logos: Memo<usize, ImageView>,
    pub sectors: Memo<String, Named>,
    pub employment_types: Memo<EmploymentType, Named>,
    pub levels: Memo<StudyLevel, Named>,
    pub dates: Memo<Date, DateView>,
}

impl Parts {
    pub fn new() -> Parts {
        Parts {
            towns: Memo::new(),
            companies: Memo::new(),
            logos: Memo::new(),
            sectors: Memo::new(),
            employment_types: Memo::new(),
            levels: Memo::new(),
            dates: Memo::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_view_serializes_as_its_value_and_is_made_once() {
        let parts = Parts::new();
        let made = std::cell::Cell::new(0);
        let named = |key: &str| {
            made.set(made.get() + 1);
            Named {
                key: key.into(),
                name: "Teollisuus".into(),
            }
        };
        let a = parts.sectors.get("industry".into(), || named("industry"));
        let b = parts.sectors.get("industry".into(), || named("industry"));
        assert_eq!(made.get(), 1, "the second card reuses the first one's view");
        #[derive(Serialize)]
        struct Card {
            sector: Shared<Named>,
        }
        let card = Value::from_serializable(&Card { sector: b });
        assert_eq!(
            card.get_from_path("sector.name").and_then(Value::as_str),
            Some("Teollisuus")
        );
        let json = serde_json::to_value(Card { sector: a }).unwrap_or_default();
        assert_eq!(json["sector"]["key"], "industry", "{json}");
    }
}
