//! The site search: builds the `basic` fixture with the real binary and reads its search index
//! as the script does (manifest, `terms-N.json`, `pages-N.json`), with the build's stemmers in
//! Rust and with the published script under Node.

use std::collections::BTreeMap;
use std::process::Command;

mod common;
use common::{Built, build_basic as build};

/// Index and term files of one language's search.
struct Index {
    /// `[url, title, kind, facts, summary]` of each page.
    pages: Vec<serde_json::Value>,
    stemmer: String,
    /// Each term's postings: `[page, weight…]`.
    terms: BTreeMap<String, Vec<u64>>,
}

/// A term's postings as the script reads them: for each page, the gap from the previous one
/// (minus one) and the weight, each a base-64 VLQ (digits 32–63: more follow).
fn decode(s: &str) -> Vec<u64> {
    const DIGITS: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    let (mut out, mut n, mut shift, mut next) = (Vec::new(), 0u64, 0, 0u64);
    for c in s.chars() {
        let d = DIGITS.find(c).expect("a base-64 digit") as u64;
        n |= (d & 31) << shift;
        if d >= 32 {
            shift += 5;
            continue;
        }
        if out.len() % 2 == 0 {
            out.push(next + n);
            next += n + 1;
        } else {
            out.push(n);
        }
        (n, shift) = (0, 0);
    }
    out
}

fn load_index(b: &Built, dir: &str) -> Index {
    let head: serde_json::Value =
        serde_json::from_str(&b.read(&format!("{dir}index.json"))).expect("index.json");
    assert_eq!(head["version"], 2);
    let shards = head["terms"].as_array().map_or(0, Vec::len);
    assert!(shards >= 1);
    let mut terms = BTreeMap::new();
    for n in 0..shards {
        let t: BTreeMap<String, String> =
            serde_json::from_str(&b.read(&format!("{dir}terms-{n}.json"))).expect("terms");
        terms.extend(t.into_iter().map(|(t, p)| (t, decode(&p))));
    }
    let count = head["pages"].as_u64().unwrap_or(0) as usize;
    let chunk = head["chunk"].as_u64().unwrap_or(1) as usize;
    let mut pages = Vec::new();
    for n in 0..count.div_ceil(chunk) {
        let rows: Vec<serde_json::Value> =
            serde_json::from_str(&b.read(&format!("{dir}pages-{n}.json"))).expect("pages");
        pages.extend(rows);
    }
    assert_eq!(pages.len(), count);
    Index {
        pages,
        stemmer: head["stemmer"].as_str().unwrap_or("").to_string(),
        terms,
    }
}

/// What the build does to a query word: lowercase, then the language's Snowball stemmer.
fn stem(stemmer: &str, word: &str) -> String {
    let algorithm = match stemmer {
        "finnish" => rust_stemmers::Algorithm::Finnish,
        "swedish" => rust_stemmers::Algorithm::Swedish,
        other => panic!("unexpected stemmer {other}"),
    };
    rust_stemmers::Stemmer::create(algorithm)
        .stem(&word.to_lowercase())
        .into_owned()
}

fn find(ix: &Index, word: &str) -> Vec<String> {
    let t = stem(&ix.stemmer, word);
    let postings = ix.terms.get(&t).cloned().unwrap_or_default();
    postings
        .chunks(2)
        .map(|p| {
            ix.pages[p[0] as usize][0]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

#[test]
fn search_index_finds_inflected_words() {
    let b = build();
    let fi = load_index(&b, "haku/");
    assert_eq!(fi.stemmer, "finnish");
    let hits = find(&fi, "koneistajaksi");
    assert!(
        hits.contains(&"/kampanja/raahe/tyopaikat/cnc-koneistaja/".to_string()),
        "{hits:?}"
    );
    assert!(
        find(&fi, "lähihoitajien").contains(&"/kampanja/raahe/tyopaikat/lahihoitaja/".to_string())
    );
    let titles: Vec<&str> = fi.pages.iter().filter_map(|p| p[1].as_str()).collect();
    assert!(
        !titles.contains(&"Vanha ilmoitus") && !titles.contains(&"Kesätyöntekijä"),
        "expired and draft jobs are not indexed"
    );
    let sv = load_index(&b, "sv/sok/");
    assert_eq!(sv.stemmer, "swedish");
    let hits = find(&sv, "maskinisterna");
    assert!(
        hits.contains(&"/kampanja/sv/brahestad/lediga-jobb/cnc-maskinist/".to_string()),
        "{hits:?}"
    );
    assert!(
        find(&sv, "vindkraftsteknikern")
            .contains(&"/kampanja/sv/kristinestad/lediga-jobb/vindkraftstekniker/".to_string())
    );
    // The search pages exist, link the script and are not indexed by search engines.
    let page = b.read("haku/index.html");
    assert!(page.contains("data-index=\"/kampanja/haku/index.json\""));
    assert!(page.contains("src=\"/kampanja/aikosite-search.js\""));
    assert!(page.contains("noindex"));
    assert!(b.read("sv/sok/index.html").contains("<h1>Sök</h1>"));
    // Every page has the search box.
    assert!(
        b.read("raahe/index.html")
            .contains("action=\"/kampanja/haku/\"")
    );
}

fn node() -> Option<()> {
    match Command::new("node").arg("--version").output() {
        Ok(o) if o.status.success() => Some(()),
        _ => {
            eprintln!("node is not installed: the browser script's checks are skipped");
            None
        }
    }
}

fn run_node(script: &str) -> String {
    let out = Command::new("node")
        .arg("-e")
        .arg(script)
        .output()
        .expect("run node");
    assert!(
        out.status.success(),
        "node failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// Words in every inflection the stemmers handle: the script must stem them as the build does.
fn words() -> Vec<String> {
    let fi_stems = [
        "koneistaja",
        "hitsaaja",
        "lähihoitaja",
        "talo",
        "kauppa",
        "työ",
        "yritys",
        "kaupunki",
        "ammatti",
        "opisto",
        "sähkö",
        "asentaja",
        "pää",
        "tie",
        "vene",
        "käsi",
        "kieli",
        "mies",
        "hyvä",
        "iso",
    ];
    let fi_ends = [
        "", "n", "a", "ä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi",
        "na", "nä", "t", "ja", "jä", "ien", "iden", "iin", "ihin", "hin", "seen", "siin", "den",
        "tten", "ine", "ni", "si", "nsa", "nsä", "mme", "nne", "kin", "kaan", "kään", "ko", "kö",
        "han", "hän", "pa", "pä", "sti", "mpi", "mpa", "immat", "mma", "eja", "kseni", "ssani",
        "ltaan", "staan", "lleen", "jen", "oja", "uja",
    ];
    let sv_stems = [
        "maskinist",
        "svets",
        "jobb",
        "stad",
        "hus",
        "vindkraft",
        "tekniker",
        "utbildning",
        "lärare",
        "kock",
        "sjuk",
        "bil",
        "hem",
        "väg",
        "lös",
        "full",
    ];
    let sv_ends = [
        "", "a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are",
        "aste", "en", "anden", "aren", "heten", "ern", "ar", "er", "heter", "or", "s", "as",
        "arnas", "ernas", "ornas", "es", "ades", "andes", "ens", "arens", "hetens", "erns", "at",
        "andet", "het", "ast", "dd", "gd", "nn", "dt", "gt", "kt", "tt", "lig", "ig", "els", "t",
        "lt",
    ];
    let mut out = Vec::new();
    for s in fi_stems {
        out.extend(fi_ends.iter().map(|e| format!("fi {s}{e}")));
    }
    for s in sv_stems {
        out.extend(sv_ends.iter().map(|e| format!("sv {s}{e}")));
    }
    out
}

#[test]
fn the_browser_script_stems_like_the_build() {
    let b = build();
    if node().is_none() {
        return;
    }
    let script = b.out.join("aikosite-search.js");
    let list = words();
    let js = format!(
        "const s = require({:?}); const words = {}; for (const w of words) {{ const [l, x] = w.split(' '); console.log(l === 'fi' ? s.stemFinnish(x) : s.stemSwedish(x)); }}",
        script.to_string_lossy(),
        serde_json::to_string(&list).expect("json")
    );
    let got: Vec<String> = run_node(&js).lines().map(str::to_string).collect();
    assert_eq!(got.len(), list.len());
    let mut wrong = Vec::new();
    for (w, g) in list.iter().zip(&got) {
        let (l, x) = w.split_once(' ').expect("lang word");
        let want = stem(if l == "fi" { "finnish" } else { "swedish" }, x);
        if *g != want {
            wrong.push(format!("{w}: build {want}, script {g}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} differ: {wrong:#?}",
        wrong.len(),
        list.len()
    );
}

#[test]
fn the_browser_script_finds_pages_in_the_published_index() {
    let b = build();
    if node().is_none() {
        return;
    }
    let script = b.out.join("aikosite-search.js");
    let query = |dir: &str, q: &str| -> Vec<String> {
        let js = format!(
            "const s = require({script:?}); const fs = require('fs'); const dir = {dir:?};
             const searcher = new s.Searcher((name) => Promise.resolve(JSON.parse(fs.readFileSync(dir + name, 'utf8'))), 'index.json');
             searcher.find({q:?}).then((hits) => searcher.pages(hits)).then((pages) => {{
               for (const p of pages) console.log(p.url);
             }}, (e) => {{ console.error(e); process.exit(1); }});",
            script = script.to_string_lossy(),
            dir = format!("{}/", b.out.join(dir).to_string_lossy()),
        );
        run_node(&js).lines().map(str::to_string).collect()
    };
    let hits = query("haku", "koneistajaksi");
    assert_eq!(
        hits.first().map(String::as_str),
        Some("/kampanja/raahe/tyopaikat/cnc-koneistaja/"),
        "{hits:?}"
    );
    // Every word must match; the last one also as the start of a word being typed.
    assert_eq!(
        query("haku", "cnc koneis"),
        ["/kampanja/raahe/tyopaikat/cnc-koneistaja/"]
    );
    assert!(query("haku", "cnc lähihoitaja ").is_empty());
    let hits = query("sv/sok", "Maskinisterna");
    assert_eq!(
        hits.first().map(String::as_str),
        Some("/kampanja/sv/brahestad/lediga-jobb/cnc-maskinist/"),
        "{hits:?}"
    );
    assert!(query("sv/sok", "zzzz").is_empty());
}
