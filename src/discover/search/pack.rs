//! How one language's index is cut into files, so that a search on a phone fetches only a
//! small part of a large site (issue 14: at most 300 KB gzipped before the first results of a
//! 20,000-page site, and every further file small):
//!
//! - `index.json`, the manifest (a few KB): the stemmer, the number of pages, how many pages a
//!   `pages-N.json` holds, and the first term of each `terms-N.json`;
//! - `terms-N.json`: consecutive ranges of the sorted terms, each file at most about
//!   [`SHARD_BYTES`] (a term whose postings alone are larger has a file to itself), as
//!   `{term: postings}`. A word and the words it begins are neighbours in sorted order, so
//!   the prefix search of a word being typed reads one file, rarely two;
//! - `pages-N.json`: what the results show of pages `N × chunk … N × chunk + chunk − 1`
//!   (`[url, title, kind, facts, summary]`), fetched only for the results on screen.
//!
//! Postings are a string: for each page that has the term, in ascending order, the gap from
//! the previous page (minus one) and the term's weight on the page, each a base-64 VLQ (five
//! bits a digit, low bits first; digits 32–63 mean that more digits follow). The page of a
//! common word such as `ja` costs about two characters.

use super::IndexedPage;
use serde::Serialize;

/// The index format; the script reads this one only.
pub const VERSION: u32 = 2;
/// Pages per `pages-N.json` (about 4 KB gzipped on a realistic site).
pub const PAGES_PER_CHUNK: usize = 64;
/// The most JSON one `terms-N.json` holds, unless one term alone is larger.
pub const SHARD_BYTES: usize = 24 * 1024;

/// The digits of the postings, as the script reads them.
const DIGITS: &[u8; 64] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

fn push_number(out: &mut String, mut n: u32) {
    loop {
        let low = (n & 31) as usize;
        n >>= 5;
        if n == 0 {
            out.push(char::from(DIGITS[low]));
            return;
        }
        out.push(char::from(DIGITS[32 + low]));
    }
}

/// A term's postings, `(page, weight)` with pages ascending, as one string.
pub fn encode(postings: &[(u32, u32)]) -> String {
    let mut out = String::with_capacity(postings.len() * 2);
    let mut next = 0;
    for &(page, weight) in postings {
        push_number(&mut out, page - next);
        push_number(&mut out, weight);
        next = page + 1;
    }
    out
}

/// The postings of [`encode`]'s string (`None` for a string it cannot have written).
#[cfg(test)]
pub fn decode(s: &str) -> Option<Vec<(u32, u32)>> {
    let mut numbers = Vec::new();
    let (mut n, mut shift) = (0u32, 0u32);
    for b in s.bytes() {
        let d = DIGITS.iter().position(|x| *x == b)? as u32;
        n |= (d & 31).checked_shl(shift)?;
        if d >= 32 {
            shift += 5;
        } else {
            numbers.push(n);
            (n, shift) = (0, 0);
        }
    }
    if shift != 0 || numbers.len() % 2 != 0 {
        return None;
    }
    let mut next = 0;
    Some(
        numbers
            .chunks(2)
            .map(|p| {
                let page = next + p[0];
                next = page + 1;
                (page, p[1])
            })
            .collect(),
    )
}

/// The JSON one term costs in its shard: `"term":"postings",`. Terms are letters and digits
/// and postings are base-64 digits, so nothing is escaped.
fn entry_bytes(term: &str, postings: &str) -> usize {
    term.len() + postings.len() + 6
}

/// Cuts the terms (sorted, each with its encoded postings) into consecutive shards of at most
/// [`SHARD_BYTES`] of JSON each; a term larger than that alone is a shard of its own.
pub fn shards<T: AsRef<str>>(terms: &[(T, String)]) -> Vec<&[(T, String)]> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 2);
    for (i, (t, p)) in terms.iter().enumerate() {
        let b = entry_bytes(t.as_ref(), p);
        if i > start && bytes + b > SHARD_BYTES {
            out.push(&terms[start..i]);
            (start, bytes) = (i, 2);
        }
        bytes += b;
    }
    if start < terms.len() {
        out.push(&terms[start..]);
    }
    out
}

/// The shard that holds `term`, found as the script finds it: the last shard whose first term
/// is not after it (terms compare by their UTF-8 bytes, that is by code point).
#[cfg(test)]
pub fn shard_of<T: AsRef<str>>(firsts: &[T], term: &str) -> usize {
    firsts
        .partition_point(|f| f.as_ref() <= term)
        .saturating_sub(1)
}

#[derive(Serialize)]
struct Manifest<'a> {
    version: u32,
    lang: &'a str,
    /// `finnish`, `swedish` or null.
    stemmer: Option<&'static str>,
    /// How many pages the index has, numbered from 0.
    pages: usize,
    /// Pages per `pages-N.json`.
    chunk: usize,
    /// The first term of each `terms-N.json`.
    terms: Vec<&'a str>,
}

/// A page as a results list shows it, as a JSON array.
#[derive(Serialize)]
struct Row<'a>(&'a str, &'a str, &'a str, &'a str, &'a str);

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The files of one language's index, as (file name, JSON): `index.json`, the `terms-N.json`
/// and the `pages-N.json`. `terms` are sorted, each with its postings.
pub fn files(
    lang: &str,
    stemmer: Option<&'static str>,
    pages: &[IndexedPage],
    terms: &[(&str, Vec<(u32, u32)>)],
) -> Vec<(String, String)> {
    let encoded: Vec<(&str, String)> = terms.iter().map(|(t, p)| (*t, encode(p))).collect();
    let shards = shards(&encoded);
    let manifest = Manifest {
        version: VERSION,
        lang,
        stemmer,
        pages: pages.len(),
        chunk: PAGES_PER_CHUNK,
        terms: shards
            .iter()
            .filter_map(|s| s.first())
            .map(|e| e.0)
            .collect(),
    };
    let mut out = vec![("index.json".to_string(), json(&manifest))];
    for (n, shard) in shards.iter().enumerate() {
        let map: serde_json::Map<String, serde_json::Value> = shard
            .iter()
            .map(|(t, p)| (t.to_string(), serde_json::Value::String(p.clone())))
            .collect();
        out.push((format!("terms-{n}.json"), json(&map)));
    }
    for (n, chunk) in pages.chunks(PAGES_PER_CHUNK).enumerate() {
        let rows: Vec<Row> = chunk
            .iter()
            .map(|p| Row(&p.url, &p.title, &p.kind, &p.meta, &p.text))
            .collect();
        out.push((format!("pages-{n}.json"), json(&rows)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn postings_round_trip() {
        let cases: [&[(u32, u32)]; 4] = [
            &[],
            &[(0, 1)],
            &[(0, 10), (1, 1), (2, 3), (40, 255), (1_000_000, 13)],
            &[(31, 31), (32, 32), (1023, 1024), (u32::MAX - 1, 1)],
        ];
        for postings in cases {
            let s = encode(postings);
            assert_eq!(decode(&s).as_deref(), Some(postings), "{s}");
        }
        // Neighbouring pages of weight 1, the common case, cost two characters each.
        assert_eq!(encode(&[(0, 1), (1, 1), (2, 1)]), "010101");
        assert_eq!(decode("0"), None, "a gap without its weight");
        assert_eq!(decode("W"), None, "an unfinished number");
    }

    /// A vocabulary like a large site's: many rare terms, some common ones, one in every page.
    fn vocabulary(pages: u32) -> Vec<(String, Vec<(u32, u32)>)> {
        let mut terms = BTreeMap::new();
        for i in 0..20_000u32 {
            let term = format!(
                "{}{}",
                ["ko", "sa", "hä", "ö", "x"][(i % 5) as usize],
                i * 7919
            );
            let every = 1 + (i * 31) % 400;
            let postings: Vec<(u32, u32)> = (0..pages)
                .filter(|p| (p + i) % every == 0)
                .map(|p| (p, 1 + (p + i) % 13))
                .collect();
            terms.insert(term, postings);
        }
        terms.insert("ja".into(), (0..pages).map(|p| (p, 1)).collect());
        terms.into_iter().collect()
    }

    #[test]
    fn shards_are_bounded_and_every_term_is_found_in_its_shard() {
        let vocab = vocabulary(13_000);
        let encoded: Vec<(&str, String)> =
            vocab.iter().map(|(t, p)| (t.as_str(), encode(p))).collect();
        let shards = shards(&encoded);
        assert!(
            shards.len() > 20,
            "a large vocabulary is cut: {}",
            shards.len()
        );
        let firsts: Vec<&str> = shards.iter().map(|s| s[0].0).collect();
        let lookup: BTreeMap<&str, &Vec<(u32, u32)>> =
            vocab.iter().map(|(t, p)| (t.as_str(), p)).collect();
        let mut seen = 0;
        for (n, shard) in shards.iter().enumerate() {
            let bytes = 2 + shard.iter().map(|(t, p)| entry_bytes(t, p)).sum::<usize>();
            assert!(
                bytes <= SHARD_BYTES || shard.len() == 1,
                "shard {n}: {bytes} bytes in {} terms",
                shard.len()
            );
            for (t, p) in shard.iter() {
                assert_eq!(shard_of(&firsts, t), n, "{t}");
                seen += 1;
                assert_eq!(decode(p).as_ref(), lookup.get(t).copied(), "{t}");
            }
        }
        assert_eq!(seen, vocab.len(), "every term is in a shard once");
        // A term not in the index is looked for where it would be, and found missing.
        assert_eq!(shard_of(&firsts, ""), 0);
        assert_eq!(shard_of(&firsts, "\u{10FFFF}"), shards.len() - 1);
    }

    #[test]
    fn the_files_hold_every_term_and_every_page() {
        let vocab = vocabulary(1_000);
        let terms: Vec<(&str, Vec<(u32, u32)>)> =
            vocab.iter().map(|(t, p)| (t.as_str(), p.clone())).collect();
        let pages: Vec<IndexedPage> = (0..1_000)
            .map(|i| IndexedPage {
                url: format!("/sivu-{i}/"),
                title: format!("Sivu {i}"),
                kind: "Sivu".into(),
                meta: String::new(),
                text: "Tekstiä \"lainattuna\"".into(),
            })
            .collect();
        let out = files("fi", Some("finnish"), &pages, &terms);
        let file = |name: &str| -> serde_json::Value {
            let json = out.iter().find(|f| f.0 == name).map(|f| f.1.as_str());
            serde_json::from_str(json.unwrap_or("null")).unwrap_or_default()
        };
        let manifest = file("index.json");
        assert_eq!(manifest["version"], VERSION);
        assert_eq!(manifest["pages"], 1_000);
        assert!(
            out[0].1.len() < 4_000,
            "the manifest is small: {}",
            out[0].1.len()
        );
        let firsts: Vec<String> = manifest["terms"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect();
        for (t, p) in &terms {
            let shard = file(&format!("terms-{}.json", shard_of(&firsts, t)));
            let got = shard[*t].as_str().and_then(decode);
            assert_eq!(got.as_ref(), Some(p), "{t}");
        }
        let chunk = manifest["chunk"].as_u64().unwrap_or(0) as usize;
        for (i, page) in pages.iter().enumerate() {
            let rows = file(&format!("pages-{}.json", i / chunk));
            let row = &rows[i % chunk];
            assert_eq!(row[0], page.url.as_str());
            assert_eq!(row[1], page.title.as_str());
            assert_eq!(row[4], page.text.as_str());
        }
        let names: Vec<&str> = out.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(
            names.iter().filter(|n| n.starts_with("pages-")).count(),
            1_000usize.div_ceil(PAGES_PER_CHUNK)
        );
    }

    #[test]
    fn an_empty_index_has_a_manifest_only() {
        let out = files("sv", None, &[], &[]);
        assert_eq!(out.len(), 1);
        assert!(out[0].1.contains("\"terms\":[]"), "{}", out[0].1);
    }
}
