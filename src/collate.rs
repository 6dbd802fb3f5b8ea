//! Alphabetical order the way Finnish and Swedish readers expect it (Å, Ä, Ö after Z; v and w
//! apart), from ICU4X's CLDR collation data, never byte order.

use crate::lang::Lang;
use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::Locale;
#[cfg(test)]
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// One collator per site language, built once per build.
pub struct Collation {
    by_lang: BTreeMap<Lang, CollatorBorrowed<'static>>,
    root: Option<CollatorBorrowed<'static>>,
}

impl Collation {
    pub fn new(langs: &[Lang]) -> Collation {
        let make = |code: &str| {
            let locale = Locale::try_from_str(code).ok()?;
            Collator::try_new((&locale).into(), CollatorOptions::default()).ok()
        };
        let root = make("und");
        let by_lang = langs
            .iter()
            .filter_map(|l| make(l.code()).map(|c| (l.clone(), c)))
            .collect();
        Collation { by_lang, root }
    }

    /// The order of two texts, for tests: the build sorts by [`Collation::sort_key`].
    #[cfg(test)]
    pub fn compare(&self, lang: &Lang, a: &str, b: &str) -> Ordering {
        match self.by_lang.get(lang).or(self.root.as_ref()) {
            Some(c) => c.compare(a, b).then_with(|| a.cmp(b)),
            None => a.cmp(b),
        }
    }

    /// The collation sort key of `s` in `lang`: comparing two keys' bytes orders their texts
    /// like [`Collation::compare`] (before its byte-order tie-break). A long list computes each
    /// key once instead of running the collator in every comparison.
    pub fn sort_key(&self, lang: &Lang, s: &str) -> Vec<u8> {
        let mut key = Vec::new();
        if let Some(c) = self.by_lang.get(lang).or(self.root.as_ref()) {
            let Ok(()) = c.write_sort_key_to(s, &mut key);
        }
        key
    }

    /// Sorts `items` by the text `key` gives, in `lang`'s order.
    pub fn sort_by_key<T>(&self, lang: &Lang, items: &mut [T], key: impl Fn(&T) -> &str) {
        items.sort_by_cached_key(|t| (self.sort_key(lang, key(t)), key(t).to_owned()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(code: &str, words: &[&str]) -> Vec<String> {
        let lang = Lang::parse(code).unwrap();
        let c = Collation::new(std::slice::from_ref(&lang));
        let mut v: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        c.sort_by_key(&lang, &mut v, |s| s.as_str());
        v
    }

    #[test]
    fn finnish_puts_a_ring_a_umlaut_o_umlaut_after_z() {
        let words = ["Öljy", "Äänekoski", "Zeta", "Åland", "Ahtari", "Oulu"];
        assert_eq!(
            sorted("fi", &words),
            ["Ahtari", "Oulu", "Zeta", "Åland", "Äänekoski", "Öljy"]
        );
    }

    #[test]
    fn swedish_order_is_a_ring_then_a_umlaut_then_o_umlaut() {
        let words = ["Örnsköldsvik", "Ärla", "Åbo", "Zürich", "Vasa", "Wasa"];
        // modern order: v and w are different letters; ü sorts as y in Swedish
        assert_eq!(
            sorted("sv", &words),
            ["Vasa", "Wasa", "Zürich", "Åbo", "Ärla", "Örnsköldsvik"]
        );
    }

    #[test]
    fn sort_keys_order_like_the_collator() {
        let c = Collation::new(&[Lang::parse("fi").unwrap(), Lang::parse("sv").unwrap()]);
        let words = [
            "Öljy",
            "Äänekoski",
            "Zeta",
            "Åland",
            "Ahtari",
            "oulu",
            "Oulu",
            "Vaasa",
            "Wiima",
            "",
        ];
        for lang in [Lang::parse("fi").unwrap(), Lang::parse("sv").unwrap()] {
            for a in words {
                for b in words {
                    let by_keys = c
                        .sort_key(&lang, a)
                        .cmp(&c.sort_key(&lang, b))
                        .then_with(|| a.cmp(b));
                    assert_eq!(by_keys, c.compare(&lang, a, b), "{a} vs {b} in {lang:?}");
                }
            }
        }
    }

    #[test]
    fn v_and_w_are_apart_in_finnish() {
        assert_eq!(
            sorted("fi", &["Wiima", "Vuoti", "Vaasa"]),
            ["Vaasa", "Vuoti", "Wiima"]
        );
    }

    #[test]
    fn byte_order_would_be_wrong() {
        // byte order puts "Ä" (0xC3 0x84) after "Å" (0xC3 0x85)? No: before. Collation fixes it.
        let mut bytes = vec!["Äetsä", "Åva"];
        bytes.sort();
        assert_eq!(bytes, ["Äetsä", "Åva"]);
        assert_eq!(sorted("fi", &["Äetsä", "Åva"]), ["Åva", "Äetsä"]);
    }
}
