//! Being found: builds the `basic` fixture with the real binary and reads what it wrote with
//! real parsers: the sitemap (roxmltree), the head of every page (hreflang reciprocity), the
//! Atom feeds (feed-rs), the JSON feeds, the calendars (icalendar) and the JSON-LD (serde_json).
//! The search index has its own file, `tests/search.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

const BASE: &str = "https://example.fi/kampanja/";

mod common;
use common::{Built, build_basic as build};

impl Built {
    /// The output file of an absolute URL of the site.
    fn file_of(&self, url: &str) -> PathBuf {
        let rel = url
            .strip_prefix(BASE)
            .unwrap_or_else(|| panic!("{url} is not under {BASE}"));
        let rel = if rel.is_empty() || rel.ends_with('/') {
            format!("{rel}index.html")
        } else {
            rel.to_string()
        };
        self.out.join(rel)
    }

    fn html_pages(&self) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let mut stack = vec![self.out.clone()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).expect("read dir").flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "html") {
                    out.push(p);
                }
            }
        }
        out.sort();
        out
    }

    fn files_named(&self, name: &str) -> Vec<PathBuf> {
        self.html_pages()
            .into_iter()
            .filter_map(|p| p.parent().map(|d| d.join(name)))
            .chain(std::iter::once(self.out.join(name)))
            .filter(|p| p.is_file())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect()
    }
}

/// The value of `attr` in a tag's text (`<link rel="alternate" hreflang="fi" href="…">`).
fn attr<'a>(tag: &'a str, attr: &str) -> Option<&'a str> {
    let key = format!(" {attr}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// The `<link …>` tags of a page's head.
fn head_links(html: &str) -> Vec<&str> {
    let head = &html[..html.find("</head>").unwrap_or(html.len())];
    head.match_indices("<link ")
        .map(|(i, _)| &head[i..i + head[i..].find('>').unwrap_or(0)])
        .collect()
}

/// hreflang → href of a page's head, and its canonical URL.
fn alternates(html: &str) -> (Option<String>, BTreeMap<String, String>) {
    let mut canonical = None;
    let mut alts = BTreeMap::new();
    for tag in head_links(html) {
        match (attr(tag, "rel"), attr(tag, "hreflang"), attr(tag, "href")) {
            (Some("canonical"), _, Some(h)) => canonical = Some(h.to_string()),
            (Some("alternate"), Some(l), Some(h)) => {
                alts.insert(l.to_string(), h.to_string());
            }
            _ => {}
        }
    }
    (canonical, alts)
}

#[test]
fn sitemap_is_well_formed_complete_and_reciprocal() {
    let b = build();
    let xml = b.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).expect("sitemap.xml is well-formed XML");
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    let xhtml = "http://www.w3.org/1999/xhtml";
    assert_eq!(doc.root_element().tag_name().name(), "urlset");
    assert_eq!(doc.root_element().tag_name().namespace(), Some(ns));
    let mut urls: BTreeMap<String, (String, BTreeMap<String, String>)> = BTreeMap::new();
    for url in doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name((ns, "url")))
    {
        let text = |name: &str| {
            url.children()
                .find(|n| n.has_tag_name((ns, name)))
                .and_then(|n| n.text())
                .unwrap_or("")
                .to_string()
        };
        let alts: BTreeMap<String, String> = url
            .children()
            .filter(|n| n.has_tag_name((xhtml, "link")))
            .map(|n| {
                (
                    n.attribute("hreflang").unwrap_or("").to_string(),
                    n.attribute("href").unwrap_or("").to_string(),
                )
            })
            .collect();
        let loc = text("loc");
        assert!(
            urls.insert(loc.clone(), (text("lastmod"), alts)).is_none(),
            "{loc} listed twice"
        );
    }
    assert!(urls.len() > 40, "{} URLs", urls.len());
    for (loc, (lastmod, alts)) in &urls {
        assert!(b.file_of(loc).is_file(), "{loc} was not written");
        assert_eq!(lastmod.len(), 10, "{loc}: lastmod {lastmod}");
        assert!(
            !loc.contains("tyopaikat/vanha-ilmoitus/") && !loc.contains("tyopaikat/kesatyo/"),
            "expired and draft jobs are not listed: {loc}"
        );
        assert!(!loc.contains("404") && !loc.contains("/haku/") && !loc.contains("/sok/"));
        if alts.is_empty() {
            continue;
        }
        // Every alternate lists the same alternates back, and the same x-default.
        assert!(
            alts.values().any(|h| h == loc),
            "{loc} is among its own alternates"
        );
        for (lang, href) in alts.iter().filter(|(l, _)| *l != "x-default") {
            let (_, back) = urls
                .get(href)
                .unwrap_or_else(|| panic!("{loc}: alternate {lang} {href} is not in the sitemap"));
            assert_eq!(
                back, alts,
                "{loc} and its {lang} translation {href} disagree"
            );
        }
        assert!(alts.contains_key("x-default"), "{loc}");
    }
    // The content's dates: a job's posting day, a story's date, else the build's today.
    assert_eq!(
        urls[&format!("{BASE}raahe/tyopaikat/cnc-koneistaja/")].0,
        "2026-11-20"
    );
    assert_eq!(
        urls[&format!("{BASE}raahe/tarinat/hitsaajan-paiva/")].0,
        "2026-11-15"
    );
    assert_eq!(urls[BASE].0, "2026-11-29");
    let robots = b.read("robots.txt");
    assert!(
        robots.contains(&format!("Sitemap: {BASE}sitemap.xml")),
        "{robots}"
    );
}

#[test]
fn hreflang_alternates_in_every_head_are_reciprocal() {
    let b = build();
    let mut checked = 0;
    for page in b.html_pages() {
        let html = std::fs::read_to_string(&page).expect("read page");
        let (Some(canonical), alts) = alternates(&html) else {
            continue;
        };
        if page.file_name().is_some_and(|n| n == "404.html") {
            continue;
        }
        if alts.is_empty() {
            continue;
        }
        assert!(
            alts.values().any(|h| *h == canonical),
            "{}: its own language is an alternate",
            page.display()
        );
        for (lang, href) in alts.iter().filter(|(l, _)| *l != "x-default") {
            let other = std::fs::read_to_string(b.file_of(href))
                .unwrap_or_else(|e| panic!("{}: {lang} → {href}: {e}", page.display()));
            let (other_canonical, back) = alternates(&other);
            assert_eq!(
                other_canonical.as_deref(),
                Some(href.as_str()),
                "{href} is canonical"
            );
            assert_eq!(
                &back,
                &alts,
                "{} and its {lang} alternate {href} disagree",
                page.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 40, "checked {checked} alternates");
}

#[test]
fn atom_and_json_feeds_parse_and_hold_open_jobs() {
    let b = build();
    let feeds = b.files_named("atom.xml");
    // Per language: all towns and each of two towns.
    assert_eq!(feeds.len(), 6, "{feeds:?}");
    for path in &feeds {
        let bytes = std::fs::read(path).expect("read feed");
        let feed = feed_rs::parser::parse(bytes.as_slice())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(feed.title.is_some(), "{}", path.display());
        for entry in &feed.entries {
            let link = entry
                .links
                .first()
                .map(|l| l.href.clone())
                .unwrap_or_default();
            assert!(
                b.file_of(&link).is_file(),
                "{}: entry links to {link}",
                path.display()
            );
            assert!(entry.published.is_some() && entry.updated.is_some());
            assert!(entry.content.is_some(), "content");
        }
    }
    let all_fi = feed_rs::parser::parse(b.read("tyopaikat/atom.xml").as_bytes()).expect("atom");
    let titles: Vec<String> = all_fi
        .entries
        .iter()
        .filter_map(|e| e.title.as_ref().map(|t| t.content.clone()))
        .collect();
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert!(
        titles[0].starts_with("Lähihoitaja"),
        "newest first: {titles:?}"
    );
    assert!(
        titles
            .iter()
            .all(|t| !t.contains("Vanha ilmoitus") && !t.contains("Kesätyöntekijä"))
    );
    let html = b.read("index.html");
    assert!(
        html.contains("<link rel=\"alternate\" type=\"application/atom+xml\""),
        "the home page announces the feed"
    );
    assert!(html.contains("href=\"/kampanja/tyopaikat/atom.xml\""));

    let json: serde_json::Value =
        serde_json::from_str(&b.read("sv/brahestad/lediga-jobb/feed.json")).expect("JSON feed");
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    let items = json["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 1);
    assert_eq!(
        items[0]["url"],
        format!("{BASE}sv/brahestad/lediga-jobb/cnc-maskinist/")
    );
    assert_eq!(items[0]["_aikosite"]["deadline"], "2026-12-31");
}

#[test]
fn calendars_are_valid_icalendar() {
    let b = build();
    let cals = b
        .files_named("kalenteri.ics")
        .into_iter()
        .chain(b.files_named("kalender.ics"))
        .collect::<Vec<_>>();
    assert_eq!(cals.len(), 6, "{cals:?}");
    for path in &cals {
        let text = std::fs::read_to_string(path).expect("read calendar");
        assert!(text.ends_with("\r\n"));
        for line in text.split("\r\n") {
            assert!(
                !line.contains('\n') && !line.contains('\r'),
                "bare line break in {}",
                path.display()
            );
            assert!(
                line.len() <= 75,
                "{} octets in {}: {line}",
                line.len(),
                path.display()
            );
        }
        let unfolded = icalendar::parser::unfold(&text);
        let cal = icalendar::parser::read_calendar(&unfolded)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let prop = |name: &str| {
            cal.properties
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.val.as_str().to_string())
        };
        assert_eq!(prop("VERSION").as_deref(), Some("2.0"));
        assert!(prop("PRODID").is_some());
        let mut uids = BTreeSet::new();
        for c in cal.components.iter().filter(|c| c.name == "VEVENT") {
            let uid = c
                .find_prop("UID")
                .map(|p| p.val.as_str().to_string())
                .unwrap_or_default();
            assert!(
                uids.insert(uid.clone()) && !uid.is_empty(),
                "unique UID {uid}"
            );
            assert_eq!(
                c.find_prop("DTSTAMP")
                    .map(|p| p.val.as_str().to_string())
                    .as_deref(),
                Some("20261129T000000Z")
            );
            assert!(c.find_prop("DTSTART").is_some() && c.find_prop("SUMMARY").is_some());
        }
    }
    let raahe = icalendar::parser::unfold(&b.read("raahe/tapahtumat/kalenteri.ics"));
    let cal = icalendar::parser::read_calendar(&raahe).expect("calendar");
    let events: Vec<_> = cal
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(
        events.len(),
        2,
        "the recruitment day and a study's application deadline"
    );
    let rekry = events
        .iter()
        .find(|c| {
            c.find_prop("SUMMARY")
                .is_some_and(|p| p.val.as_str() == "Rekrypäivä")
        })
        .expect("event");
    let start = rekry.find_prop("DTSTART").expect("DTSTART");
    assert_eq!(start.val.as_str(), "20261210T170000");
    assert!(
        start
            .params
            .iter()
            .any(|p| p.key == "TZID"
                && p.val.as_ref().map(|v| v.as_str()) == Some("Europe/Helsinki"))
    );
    assert!(
        cal.components.iter().any(|c| c.name == "VTIMEZONE"),
        "timed events come with their time zone"
    );
    let deadline = events
        .iter()
        .find(|c| {
            c.find_prop("SUMMARY")
                .is_some_and(|p| p.val.as_str().contains("Ensin töihin"))
        })
        .expect("deadline");
    let summary = deadline
        .find_prop("SUMMARY")
        .map(|p| p.val.clone().unescape_text().as_str().to_string())
        .unwrap_or_default();
    assert_eq!(
        summary, "Haku päättyy: Ensin töihin, sitten ammattiin",
        "commas are escaped and read back"
    );
    let start = deadline.find_prop("DTSTART").expect("DTSTART");
    assert!(
        start
            .params
            .iter()
            .any(|p| p.key == "VALUE" && p.val.as_ref().map(|v| v.as_str()) == Some("DATE"))
    );
    // The UIDs are the same in the next build.
    let again = build();
    assert_eq!(
        b.read("raahe/tapahtumat/kalenteri.ics"),
        again.read("raahe/tapahtumat/kalenteri.ics")
    );
    // Town pages link their calendar.
    assert!(
        b.read("raahe/index.html")
            .contains("href=\"/kampanja/raahe/tapahtumat/kalenteri.ics\"")
    );
}

/// The JSON-LD graph of a page, checked to be unable to end its script element.
fn jsonld(html: &str) -> Option<serde_json::Value> {
    let open = "<script type=\"application/ld+json\">";
    let start = html.find(open)? + open.len();
    let len = html[start..].find("</script>")?;
    let text = &html[start..start + len];
    assert!(
        !text.contains('<') && !text.contains('>') && !text.contains('&'),
        "escaped: {text}"
    );
    Some(serde_json::from_str(text).expect("JSON-LD is JSON"))
}

fn of_type<'a>(graph: &'a serde_json::Value, t: &str) -> Vec<&'a serde_json::Value> {
    graph["@graph"]
        .as_array()
        .map(|a| a.iter().filter(|n| n["@type"] == t).collect())
        .unwrap_or_default()
}

#[test]
fn every_job_page_has_a_complete_job_posting_and_lists_have_none() {
    let b = build();
    let mut jobs = 0;
    for page in b.html_pages() {
        let rel = page
            .strip_prefix(&b.out)
            .unwrap_or(&page)
            .to_string_lossy()
            .replace('\\', "/");
        let html = std::fs::read_to_string(&page).expect("read");
        let graph = jsonld(&html);
        let postings = graph
            .as_ref()
            .map(|g| of_type(g, "JobPosting").len())
            .unwrap_or(0);
        let parts: Vec<&str> = rel.split('/').collect();
        // TOWN/tyopaikat/SLUG/index.html or sv/TOWN/lediga-jobb/SLUG/index.html (lists, their
        // pages and filter pages have another segment there).
        let is_job_page =
            parts.len() >= 4 && matches!(parts[parts.len() - 3], "tyopaikat" | "lediga-jobb");
        if !is_job_page {
            assert_eq!(postings, 0, "{rel} is not a job's own page");
            continue;
        }
        let graph = graph.unwrap_or_else(|| panic!("{rel} has JSON-LD"));
        let posting = of_type(&graph, "JobPosting");
        assert_eq!(posting.len(), 1, "{rel}");
        let p = posting[0];
        for key in [
            "title",
            "description",
            "datePosted",
            "validThrough",
            "employmentType",
            "hiringOrganization",
            "jobLocation",
            "identifier",
        ] {
            assert!(!p[key].is_null(), "{rel}: {key}");
        }
        assert!(
            p["description"].as_str().unwrap_or("").contains("<p>"),
            "{rel}: HTML description"
        );
        assert!(
            p["validThrough"]
                .as_str()
                .unwrap_or("")
                .contains("T23:59:59+0"),
            "{rel}: end of the day in Helsinki"
        );
        assert!(
            ["FULL_TIME", "PART_TIME", "TEMPORARY", "INTERN", "OTHER"]
                .contains(&p["employmentType"].as_str().unwrap_or(""))
        );
        assert!(
            p["hiringOrganization"]["name"]
                .as_str()
                .is_some_and(|n| !n.is_empty())
        );
        assert_eq!(p["jobLocation"]["address"]["@type"], "PostalAddress");
        assert_eq!(p["jobLocation"]["address"]["addressCountry"], "FI");
        assert!(
            p["jobLocation"]["address"]["addressLocality"]
                .as_str()
                .is_some()
        );
        assert_eq!(of_type(&graph, "BreadcrumbList").len(), 1, "{rel}");
        jobs += 1;
    }
    // Three Finnish job pages and two Swedish ones are published.
    assert_eq!(jobs, 5);
    let home = jsonld(&b.read("index.html")).expect("home JSON-LD");
    assert_eq!(of_type(&home, "WebSite").len(), 1);
    let study = jsonld(&b.read("raahe/koulutus/ensin-toihin/index.html")).expect("study JSON-LD");
    let program = of_type(&study, "EducationalOccupationalProgram");
    assert_eq!(program.len(), 1);
    // "1–2 vuotta" is the programme's length (at most two years), not one term's.
    assert_eq!(program[0]["timeToComplete"], "P2Y");
    assert!(program[0]["termDuration"].is_null());
    let event = jsonld(&b.read("raahe/tapahtumat/rekrypaiva/index.html")).expect("event JSON-LD");
    assert_eq!(of_type(&event, "Event").len(), 1);
    let company =
        jsonld(&b.read("raahe/yritykset/perameren-teras/index.html")).expect("company JSON-LD");
    assert_eq!(of_type(&company, "Organization").len(), 1);
}

#[test]
fn open_graph_and_twitter_tags() {
    let b = build();
    let html = b.read("sv/brahestad/lediga-jobb/cnc-maskinist/index.html");
    assert!(html.contains("<meta property=\"og:locale\" content=\"sv_FI\">"));
    assert!(html.contains("<meta property=\"og:locale:alternate\" content=\"fi_FI\">"));
    assert!(html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
    assert!(html.contains("<meta name=\"twitter:title\" content=\"CNC-maskinist\">"));
    // A page in one language has no alternate locale.
    let sv_only = b.read("sv/kristinestad/lediga-jobb/vindkraftstekniker/index.html");
    assert!(!sv_only.contains("og:locale:alternate"));
}
