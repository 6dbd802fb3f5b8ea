//! Languages and localized values.
//!
//! A [`Lang`] is one of the languages the site's config declares; a [`Localized`] is what an
//! author writes for human-readable text: one string for every language, or a map by language.

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

/// A language code declared in `aikosite.yaml` (`fi`, `sv`, `en`, …). Cheap to clone.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(Arc<str>);

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl Lang {
    /// A language code is two or three lowercase ASCII letters.
    pub fn parse(code: &str) -> Option<Lang> {
        let ok = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
        ok.then(|| Lang(Arc::from(code)))
    }

    pub fn code(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Human-readable text as written: `title: Hitsaaja` or `title: { fi: Hitsaaja, sv: Svetsare }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Localized {
    One(String),
    ByLang(BTreeMap<String, String>),
}

impl Localized {
    /// The text for `lang`; a map without that language falls back to `fallback`'s text.
    pub fn get(&self, lang: &Lang, fallback: &Lang) -> Option<&str> {
        match self {
            Localized::One(s) => Some(s),
            Localized::ByLang(map) => map
                .get(lang.code())
                .or_else(|| map.get(fallback.code()))
                .map(String::as_str),
        }
    }

    /// The text for `lang` only, without falling back.
    pub fn exact(&self, lang: &Lang) -> Option<&str> {
        match self {
            Localized::One(s) => Some(s),
            Localized::ByLang(map) => map.get(lang.code()).map(String::as_str),
        }
    }

    /// Language keys of a map that are not among `langs`: each is an author's mistake.
    pub fn unknown_languages<'a>(&'a self, langs: &[Lang]) -> Vec<&'a str> {
        match self {
            Localized::One(_) => Vec::new(),
            Localized::ByLang(map) => map
                .keys()
                .filter(|k| !langs.iter().any(|l| l.code() == k.as_str()))
                .map(String::as_str)
                .collect(),
        }
    }
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Localized;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text, or a map of texts by language like `{ fi: …, sv: … }`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Localized, E> {
                Ok(Localized::One(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Localized, E> {
                Ok(Localized::One(v))
            }
            // A title written `1.10`, `0x1F` or `true` is the text the editor wrote, not the
            // number YAML reads in it: the YAML reader is asked for the scalar as written
            // (see `crate::yaml::AS_WRITTEN`).
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Localized, E> {
                Err(E::custom(crate::yaml::AS_WRITTEN))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Localized, E> {
                Err(E::custom(crate::yaml::AS_WRITTEN))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Localized, E> {
                Err(E::custom(crate::yaml::AS_WRITTEN))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Localized, E> {
                Err(E::custom(crate::yaml::AS_WRITTEN))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Localized, A::Error> {
                let mut out = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, Text>()? {
                    out.insert(k, v.0);
                }
                Ok(Localized::ByLang(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// One text inside a localized map (numbers accepted as text).
struct Text(String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Localized::deserialize(d)? {
            Localized::One(s) => Ok(Text(s)),
            Localized::ByLang(_) => Err(de::Error::custom("expected a text inside a language map")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(code: &str) -> Lang {
        Lang::parse(code).unwrap()
    }

    #[test]
    fn language_codes_are_validated() {
        assert!(Lang::parse("fi").is_some());
        assert!(Lang::parse("smn").is_some());
        assert!(Lang::parse("FI").is_none());
        assert!(Lang::parse("f").is_none());
        assert!(Lang::parse("../x").is_none());
    }

    #[test]
    fn localized_reads_both_shapes_and_falls_back() {
        let one: Localized = crate::yaml::from_str("Raahe").unwrap();
        let map: Localized = crate::yaml::from_str("{ fi: Raahe, sv: Brahestad }").unwrap();
        let partial: Localized = crate::yaml::from_str("{ fi: Raahe }").unwrap();
        assert_eq!(one.get(&l("sv"), &l("fi")), Some("Raahe"));
        assert_eq!(map.get(&l("sv"), &l("fi")), Some("Brahestad"));
        assert_eq!(partial.get(&l("sv"), &l("fi")), Some("Raahe"));
        assert_eq!(partial.exact(&l("sv")), None);
        for written in ["2026", "1.10", "0x1F", "1e3", "012", "yes", "true", ".inf"] {
            let num: Localized = crate::yaml::from_str(written).unwrap();
            assert_eq!(num, Localized::One(written.into()));
        }
        let map: Localized = crate::yaml::from_str("{ fi: 1.10, sv: 0x1F }").unwrap();
        assert_eq!(map.get(&l("sv"), &l("fi")), Some("0x1F"));
        assert_eq!(map.get(&l("fi"), &l("fi")), Some("1.10"));
    }

    #[test]
    fn unknown_language_keys_are_found() {
        let map: Localized = crate::yaml::from_str("{ fi: Raahe, se: Brahestad }").unwrap();
        assert_eq!(map.unknown_languages(&[l("fi"), l("sv")]), vec!["se"]);
    }

    #[test]
    fn a_list_is_not_text() {
        assert!(crate::yaml::from_str::<Localized>("[a, b]").is_err());
    }
}
