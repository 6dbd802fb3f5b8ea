//! The site's own full-text search, built at build time and served as static files: per
//! language, under `/SEARCH/`, a small manifest `index.json`, the terms in `terms-N.json` and
//! what the results show of the pages in `pages-N.json` (how they are cut: [`pack`]), read by
//! `/aikosite-search.js` in the browser. No server and no third-party requests.
//!
//! Words are split on anything that is not a letter or digit after NFC and lowercasing, and
//! stemmed with the Snowball stemmers (rust-stemmers) for Finnish and Swedish; other languages
//! are indexed unstemmed. The script ports the same two stemmers so a query is stemmed like the
//! index (`koneistajaksi` and `koneistaja` both become `koneistaj`). Only published content is
//! in the site, so expired jobs and drafts are never indexed.

mod pack;

use super::Env;
use crate::lang::Lang;
use crate::site::{Body, Tr};
use crate::write::{OutputFile, Sink};
use rayon::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use unicode_normalization::UnicodeNormalization;

/// Where the search script is published.
pub const SEARCH_SCRIPT_PATH: &str = "/aikosite-search.js";
/// The search script (also usable from Node for tests and `bench/search_cost.js`: it exports
/// its functions): the stemmers (`search/stem.js`, which opens the script's function) and the
/// rest (`search.js`, which closes it), in two files to keep each readable.
pub const SEARCH_SCRIPT: &str = concat!(include_str!("search/stem.js"), include_str!("search.js"));

/// Words longer than this are not words (hashes, URLs run together).
const MAX_WORD: usize = 64;

const WEIGHT_TITLE: u32 = 10;
const WEIGHT_FACT: u32 = 3;
const WEIGHT_BODY: u32 = 1;
const WEIGHT_MAX: u32 = 255;

/// The stemmer of a language, by the name the script knows it by.
pub fn stemmer_name(lang: &Lang) -> Option<&'static str> {
    match lang.code() {
        "fi" => Some("finnish"),
        "sv" => Some("swedish"),
        _ => None,
    }
}

fn algorithm(name: &str) -> Option<Algorithm> {
    match name {
        "finnish" => Some(Algorithm::Finnish),
        "swedish" => Some(Algorithm::Swedish),
        _ => None,
    }
}

/// Calls `f` with each lowercase word of `text`, as the script splits it: NFC, lowercase, then
/// runs of letters and digits of at most [`MAX_WORD`] characters.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    let lower = if unicode_normalization::is_nfc_quick(text.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        text.to_lowercase()
    } else {
        text.nfc().collect::<String>().to_lowercase()
    };
    for w in lower.split(|c: char| !(c.is_alphabetic() || c.is_numeric())) {
        if !w.is_empty() && w.chars().count() <= MAX_WORD {
            f(w);
        }
    }
}

/// The words of a text, as the script splits them.
#[cfg(test)]
pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_word(text, |w| out.push(w.to_string()));
    out
}

/// Turns words into index terms: the language's stemmer, or the word itself.
pub struct Analyzer {
    stemmer: Option<Stemmer>,
}

impl Analyzer {
    pub fn new(lang: &Lang) -> Analyzer {
        Analyzer {
            stemmer: stemmer_name(lang).and_then(algorithm).map(Stemmer::create),
        }
    }

    /// The term of one lowercase word.
    pub fn term(&self, word: &str) -> String {
        match &self.stemmer {
            Some(stemmer) if word.chars().any(char::is_alphabetic) => {
                let stem = stemmer.stem(word);
                if stem.is_empty() {
                    word.to_string()
                } else {
                    stem.into_owned()
                }
            }
            _ => word.to_string(),
        }
    }
}

/// One page in the index, as search results show it.
#[derive(Debug, Clone, Serialize)]
pub struct IndexedPage {
    /// Root-relative, with the base path.
    pub url: String,
    pub title: String,
    /// What the page is ("Työpaikka").
    pub kind: String,
    /// A line of facts: company, town, deadline…
    pub meta: String,
    /// The summary.
    pub text: String,
}

/// A page with the texts to index. The body's plain text is made when it is read (twice: for
/// the vocabulary, then for the page's terms), never held for all pages at once.
struct Doc<'a> {
    page: IndexedPage,
    /// (text, weight)
    fields: Vec<(String, u32)>,
    body: &'a Body,
}

fn plain_text(body: &Body) -> String {
    use pulldown_cmark::{Event, Parser};
    let mut out = String::with_capacity(body.markdown.len());
    for e in Parser::new(&body.markdown) {
        match e {
            Event::Text(t) | Event::Code(t) => {
                out.push_str(&t);
                out.push(' ');
            }
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out
}

fn short(text: String) -> String {
    if text.chars().count() <= 200 {
        return text;
    }
    let cut: String = text.chars().take(200).collect();
    format!("{}…", cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a))
}

fn join(parts: &[Option<String>]) -> String {
    parts
        .iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The pages of one language, in a fixed order: towns, jobs, studies, companies, events,
/// stories, free pages.
fn docs<'a>(env: &'a Env, lang: &Lang) -> Vec<Doc<'a>> {
    let site = env.site;
    let town_name = |t: Option<usize>| t.map(|t| env.text(&site.towns[t].name, lang));
    let kind = |k: &str, default: &str| env.s(lang, &format!("kind_{k}"), default);
    let doc = |tr: &'a Tr, kind: String, meta: String, facts: Vec<Option<String>>| Doc {
        page: IndexedPage {
            url: env.href(&tr.path),
            title: tr.title.clone(),
            kind,
            meta,
            text: short(super::summary(tr)),
        },
        fields: std::iter::once(Some(tr.title.clone()))
            .map(|t| (t, WEIGHT_TITLE))
            .chain(facts.into_iter().map(|f| (f, WEIGHT_FACT)))
            .chain([(tr.description.clone(), WEIGHT_FACT)])
            .filter_map(|(t, w)| t.map(|t| (t, w)))
            .collect(),
        body: &tr.body,
    };
    let mut out = Vec::new();
    for town in &site.towns {
        if let Some(tr) = town.tr(lang) {
            let region = town.region.as_ref().map(|r| env.text(r, lang));
            out.push(doc(
                tr,
                kind("town", "Town"),
                join(std::slice::from_ref(&region)),
                vec![Some(env.text(&town.name, lang)), region],
            ));
        }
    }
    for e in &site.jobs {
        let Some(tr) = e.tr(lang) else { continue };
        let f = &e.facts;
        let company = env.text(&site.companies[f.company].name, lang);
        let sector = env
            .config
            .sector(&f.sector)
            .map(|s| env.text(&s.name, lang));
        let etype = env.s(
            lang,
            &format!("employment_type_{}", f.employment_type.key()),
            f.employment_type.key(),
        );
        let deadline = format!(
            "{} {}",
            env.s(lang, "deadline", "Deadline"),
            f.deadline.finnish()
        );
        out.push(doc(
            tr,
            kind("job", "Job"),
            join(&[Some(company.clone()), town_name(e.town), Some(deadline)]),
            vec![
                Some(company),
                town_name(e.town),
                sector,
                Some(etype),
                tr.location.clone(),
            ],
        ));
    }
    for e in &site.studies {
        let Some(tr) = e.tr(lang) else { continue };
        let f = &e.facts;
        let provider = env.text(&f.provider, lang);
        let level = env.s(lang, &format!("level_{}", f.level.key()), f.level.key());
        out.push(doc(
            tr,
            kind("study", "Study"),
            join(&[Some(provider.clone()), town_name(e.town)]),
            vec![
                Some(provider),
                town_name(e.town),
                Some(level),
                f.field.as_ref().map(|x| env.text(x, lang)),
                tr.duration.clone(),
            ],
        ));
    }
    for co in &site.companies {
        let Some(tr) = co.tr(lang) else { continue };
        let sector = env
            .config
            .sector(&co.sector)
            .map(|s| env.text(&s.name, lang));
        let mut d = doc(
            tr,
            kind("company", "Company"),
            join(&[sector.clone(), town_name(Some(co.town))]),
            vec![
                sector,
                town_name(Some(co.town)),
                co.description.as_ref().map(|x| env.text(x, lang)),
            ],
        );
        if d.page.text.is_empty() {
            d.page.text = co
                .description
                .as_ref()
                .map(|x| short(env.text(x, lang)))
                .unwrap_or_default();
        }
        out.push(d);
    }
    for e in &site.events {
        let Some(tr) = e.tr(lang) else { continue };
        let when = e.facts.start.date().finnish();
        out.push(doc(
            tr,
            kind("event", "Event"),
            join(&[Some(when), tr.location.clone(), town_name(e.town)]),
            vec![tr.location.clone(), town_name(e.town)],
        ));
    }
    for e in &site.stories {
        let Some(tr) = e.tr(lang) else { continue };
        out.push(doc(
            tr,
            kind("story", "Story"),
            join(&[Some(e.facts.date.finnish()), town_name(e.town)]),
            vec![
                e.facts.author.clone(),
                town_name(e.town),
                Some(tr.tags.join(" ")),
            ],
        ));
    }
    for p in &site.pages {
        let Some(tr) = p.tr(lang) else { continue };
        out.push(doc(tr, kind("page", "Page"), String::new(), Vec::new()));
    }
    out
}

/// Calls `f` with each text of a page and its weight: the body's plain text (text 0), then
/// the weighted fields.
fn for_each_text(d: &Doc, mut f: impl FnMut(&str, u32)) {
    f(&plain_text(d.body), WEIGHT_BODY);
    for (text, weight) in &d.fields {
        f(text, *weight);
    }
}

/// The index of one language: `index.json`, `terms-N.json` and `pages-N.json`, as (file name,
/// JSON).
pub fn index(env: &Env, lang: &Lang) -> Vec<(String, String)> {
    let docs = docs(env, lang);
    // 1. The vocabulary: every distinct word (stemming each occurrence would be slow).
    let vocabulary: HashSet<String> = docs
        .par_iter()
        .fold(HashSet::new, |mut set, d| {
            for_each_text(d, |text, _| {
                for_each_word(text, |w| {
                    if !set.contains(w) {
                        set.insert(w.to_string());
                    }
                });
            });
            set
        })
        .reduce(HashSet::new, |mut a, b| {
            a.extend(b);
            a
        });
    // 2. Each word's term, once; terms numbered in sorted order. 3. Each page's terms and
    // weights: the body counts once, each field adds its weight. The words are dropped as
    // soon as they are done with, and no page's text is held longer than it is read: the
    // index is made after the pages, and its peak is the build's.
    let (terms, per_doc) = {
        let analyzer = Analyzer::new(lang);
        let mut stems: Vec<(String, String)> = vocabulary
            .into_par_iter()
            .map(|w| (analyzer.term(&w), w))
            .collect();
        stems.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // Each string moves once, into its term or its word: no copies.
        let mut terms: Vec<String> = Vec::new();
        let mut word_term: HashMap<String, u32> = HashMap::with_capacity(stems.len());
        for (t, w) in stems {
            if terms.last() != Some(&t) {
                terms.push(t);
            }
            word_term.insert(w, (terms.len() - 1) as u32);
        }
        let per_doc: Vec<Vec<(u32, u32)>> = docs
            .par_iter()
            .map(|d| {
                let mut fields: HashMap<u32, u32> = HashMap::new(); // term → bit set of texts
                let mut weights: Vec<u32> = Vec::new();
                for_each_text(d, |text, weight| {
                    let i = weights.len();
                    weights.push(weight);
                    for_each_word(text, |w| {
                        if let Some(&t) = word_term.get(w) {
                            *fields.entry(t).or_insert(0) |= 1 << i.min(31);
                        }
                    });
                });
                let mut out: Vec<(u32, u32)> = fields
                    .into_iter()
                    .map(|(t, bits)| {
                        let w: u32 = weights
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| bits & (1 << (*i).min(31)) != 0)
                            .map(|(_, w)| *w)
                            .sum();
                        (t, w.min(WEIGHT_MAX))
                    })
                    .collect();
                out.sort_unstable();
                out
            })
            .collect();
        (terms, per_doc)
    };
    let pages: Vec<IndexedPage> = docs.into_iter().map(|d| d.page).collect();
    let mut lists: Vec<Vec<(u32, u32)>> = vec![Vec::new(); terms.len()];
    for (page, ts) in per_doc.into_iter().enumerate() {
        for (t, w) in ts {
            lists[t as usize].push((page as u32, w));
        }
    }
    let postings: Vec<(&str, Vec<(u32, u32)>)> =
        terms.iter().map(String::as_str).zip(lists).collect();
    pack::files(lang.code(), stemmer_name(lang), &pages, &postings)
}

/// The script and the index of each language that has a search page.
/// One language's index is made and handed to `sink` before the next is begun.
pub fn files(env: &Env, langs: &[&Lang], sink: &Sink) {
    sink(OutputFile {
        path: SEARCH_SCRIPT_PATH.trim_start_matches('/').to_string(),
        bytes: SEARCH_SCRIPT.as_bytes().to_vec(),
    });
    for lang in langs {
        let dir = super::feeds::strip(env.routes.search_address(lang));
        for (name, json) in index(env, lang) {
            sink(OutputFile {
                path: format!("{dir}{name}"),
                bytes: json.into_bytes(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Fixture;

    fn lang(code: &str) -> Lang {
        Lang::parse(code).unwrap_or_else(|| panic!("{code}"))
    }

    #[test]
    fn words_are_split_lowercased_and_normalized() {
        assert_eq!(
            tokenize("CNC-koneistaja, 3 200 €/kk!"),
            ["cnc", "koneistaja", "3", "200", "kk"]
        );
        // A decomposed ä is the same word as a composed one.
        assert_eq!(tokenize("La\u{308}hihoitaja"), ["lähihoitaja"]);
        assert!(tokenize(&"a".repeat(65)).is_empty());
    }

    #[test]
    fn inflected_forms_share_a_term() {
        let fi = Analyzer::new(&lang("fi"));
        assert_eq!(fi.term("koneistajaksi"), fi.term("koneistaja"));
        assert_eq!(fi.term("hitsaajien"), fi.term("hitsaaja"));
        let sv = Analyzer::new(&lang("sv"));
        assert_eq!(sv.term("maskinisten"), sv.term("maskinist"));
        assert_eq!(sv.term("svetsarna"), sv.term("svetsare"));
        let en = Analyzer::new(&lang("en"));
        assert_eq!(en.term("welders"), "welders", "no stemmer: the word itself");
        assert_eq!(fi.term("2026"), "2026");
    }

    /// The pages and the postings of one term, read back from the files as the script does.
    fn read_back(
        files: &[(String, String)],
        term: &str,
    ) -> (Vec<serde_json::Value>, Vec<(u32, u32)>) {
        let file = |name: &str| -> serde_json::Value {
            let json = files.iter().find(|f| f.0 == name).map(|f| f.1.as_str());
            serde_json::from_str(json.unwrap_or("null")).unwrap_or_default()
        };
        let head = file("index.json");
        let firsts: Vec<String> = serde_json::from_value(head["terms"].clone()).unwrap_or_default();
        let mut pages = Vec::new();
        for n in 0.. {
            match file(&format!("pages-{n}.json")) {
                serde_json::Value::Array(rows) => pages.extend(rows),
                _ => break,
            }
        }
        let shard = file(&format!("terms-{}.json", pack::shard_of(&firsts, term)));
        let postings = shard[term]
            .as_str()
            .and_then(pack::decode)
            .unwrap_or_default();
        (pages, postings)
    }

    #[test]
    fn index_holds_published_pages_with_weighted_terms() {
        let fx = Fixture::basic();
        fx.with_env(|env| {
            let files = index(env, &lang("fi"));
            let head: serde_json::Value = serde_json::from_str(&files[0].1).unwrap_or_default();
            assert_eq!(head["stemmer"], "finnish");
            let (pages, postings) = read_back(&files, "koneistaj");
            assert_eq!(head["pages"], pages.len());
            let titles: Vec<&str> = pages.iter().filter_map(|p| p[1].as_str()).collect();
            assert!(titles.contains(&"CNC-koneistaja"), "{titles:?}");
            assert!(
                !titles.contains(&"Vanha ilmoitus"),
                "expired jobs are not indexed"
            );
            assert!(
                !titles.contains(&"Kesätyöntekijä"),
                "drafts are not indexed"
            );
            assert!(
                !titles.contains(&"Vindkraftstekniker"),
                "the Finnish index has Finnish pages"
            );
            let cnc = titles
                .iter()
                .position(|t| *t == "CNC-koneistaja")
                .unwrap_or(usize::MAX);
            let hit = postings.iter().find(|p| p.0 as usize == cnc).map(|p| p.1);
            assert!(
                hit.unwrap_or(0) >= WEIGHT_TITLE,
                "the title weighs most: {postings:?}"
            );
        });
    }
}
