//! Feeds of open jobs: Atom (RFC 4287) and JSON Feed 1.1, per language, for all towns and per
//! town, newest first. Only published jobs are in the site, so expired and draft jobs are never
//! in a feed. Timestamps are the posting days (midnight in Helsinki), never the clock.

use super::Env;
use crate::config::Section;
use crate::dates::{Date, helsinki};
use crate::escape::xml as xml_escape;
use crate::lang::Lang;
use crate::site::{Apply, Entry, JobFacts, Tr};
use crate::write::{OutputFile, Sink};
use serde_json::{Map, Value, json};
use std::collections::HashMap;

/// Midnight of a day in Helsinki as RFC 3339: `2026-11-20T00:00:00+02:00`.
pub fn day_start(d: Date) -> String {
    match d.0.to_zoned(helsinki()) {
        Ok(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => format!("{}T00:00:00Z", d.iso()),
    }
}

/// How many jobs a feed holds: the newest. Feed readers keep what they have seen, and a feed of
/// every open job of a big site would be tens of megabytes fetched again on every poll.
pub const FEED_LIMIT: usize = 100;

/// The jobs of a feed: published in `lang`, of one town or all, the newest [`FEED_LIMIT`].
fn feed_jobs<'s>(
    env: &'s Env,
    town: Option<usize>,
    lang: &Lang,
) -> Vec<(&'s Entry<JobFacts>, &'s Tr)> {
    let mut jobs: Vec<(&Entry<JobFacts>, &Tr)> = env
        .site
        .jobs
        .iter()
        .filter(|e| town.is_none() || e.town == town)
        .filter_map(|e| e.tr(lang).map(|tr| (&**e, tr)))
        .collect();
    jobs.sort_by(|a, b| {
        b.0.facts
            .posted
            .cmp(&a.0.facts.posted)
            .then_with(|| a.0.key.cmp(&b.0.key))
    });
    jobs.truncate(FEED_LIMIT);
    jobs
}

pub struct JobText {
    title: String,
    company: String,
    town: String,
    summary: String,
    html: String,
    sector: Option<String>,
}

fn job_text(env: &Env, e: &Entry<JobFacts>, tr: &Tr) -> JobText {
    let lang = &tr.lang;
    let f = &e.facts;
    let company = env.text(&env.site.companies[f.company].name, lang);
    let town = e
        .town
        .map(|t| env.text(&env.site.towns[t].name, lang))
        .unwrap_or_default();
    let sector = env
        .config
        .sector(&f.sector)
        .map(|s| env.text(&s.name, lang));
    let esc = crate::escape::html;
    let mut facts = vec![
        format!(
            "{}: {}",
            esc(&env.s(lang, "company", "Company")),
            esc(&company)
        ),
        format!(
            "{}: {}",
            esc(&env.s(lang, "location", "Location")),
            esc(tr.location.as_deref().unwrap_or(&town))
        ),
        format!(
            "{}: {}",
            esc(&env.s(lang, "employment_type", "Employment")),
            esc(&env.s(
                lang,
                &format!("employment_type_{}", f.employment_type.key()),
                f.employment_type.key()
            ))
        ),
        format!(
            "{}: {}",
            esc(&env.s(lang, "deadline", "Deadline")),
            f.deadline.finnish()
        ),
    ];
    match &f.apply {
        Apply::Url(u) => facts.push(format!(
            "<a href=\"{}\">{}</a>",
            esc(u),
            esc(&env.s(lang, "apply", "Apply"))
        )),
        Apply::Email(m) => facts.push(format!(
            "<a href=\"mailto:{}\">{}</a>",
            esc(m),
            esc(&env.s(lang, "apply_by_email", "Apply by email"))
        )),
    }
    let list: String = facts.iter().map(|f| format!("<li>{f}</li>")).collect();
    let html = format!("<ul>{list}</ul>\n{}", super::absolute_html(env, &tr.body));
    JobText {
        title: format!("{} – {company}, {town}", tr.title),
        company,
        town,
        summary: super::summary(tr),
        html,
        sector,
    }
}

fn feed_title(env: &Env, town: Option<usize>, lang: &Lang) -> String {
    let place = match town {
        Some(t) => env.text(&env.site.towns[t].name, lang),
        None => env.text(&env.config.title, lang),
    };
    format!("{} – {place}", env.s(lang, "open_jobs", "Jobs"))
}

/// One Atom feed.
/// The texts of the jobs in a language's feeds, computed once for all of them (a job is in
/// the all-towns feed and its town's, each as Atom and JSON); a job missing here is computed
/// when needed.
pub type Texts<'s> = HashMap<&'s str, JobText>;

fn text_of<'t>(
    env: &Env,
    texts: &'t Texts,
    e: &Entry<JobFacts>,
    tr: &Tr,
    owned: &'t mut Option<JobText>,
) -> &'t JobText {
    match texts.get(e.key.as_str()) {
        Some(t) => t,
        None => owned.insert(job_text(env, e, tr)),
    }
}

pub fn atom(env: &Env, town: Option<usize>, lang: &Lang, texts: &Texts) -> String {
    let jobs = feed_jobs(env, town, lang);
    let self_url = env.absolute(&env.routes.atom_path(town, lang));
    let list_url = env.absolute(&env.routes.list_path(Section::Jobs, town, lang, 1));
    let updated = jobs
        .iter()
        .map(|(e, _)| e.facts.posted)
        .max()
        .unwrap_or(env.site.today);
    let site_title = env.text(&env.config.title, lang);
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        lang.code()
    ));
    x.push_str(&format!("<id>{}</id>\n", xml_escape(&self_url)));
    x.push_str(&format!(
        "<title>{}</title>\n",
        xml_escape(&feed_title(env, town, lang))
    ));
    x.push_str(&format!("<updated>{}</updated>\n", day_start(updated)));
    x.push_str(&format!(
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        xml_escape(&self_url)
    ));
    x.push_str(&format!(
        "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml_escape(&list_url)
    ));
    x.push_str(&format!(
        "<author><name>{}</name><uri>{}</uri></author>\n",
        xml_escape(&site_title),
        xml_escape(&env.absolute(&env.home_path(lang)))
    ));
    x.push_str("<generator>aikosite</generator>\n");
    for (e, tr) in jobs {
        let mut owned = None;
        let t = text_of(env, texts, e, tr, &mut owned);
        let url = env.absolute(&tr.path);
        x.push_str("<entry>\n");
        x.push_str(&format!("<id>{}</id>\n", xml_escape(&url)));
        x.push_str(&format!("<title>{}</title>\n", xml_escape(&t.title)));
        x.push_str(&format!(
            "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml_escape(&url)
        ));
        x.push_str(&format!(
            "<published>{}</published>\n",
            day_start(e.facts.posted)
        ));
        x.push_str(&format!(
            "<updated>{}</updated>\n",
            day_start(e.facts.posted)
        ));
        x.push_str(&format!(
            "<author><name>{}</name></author>\n",
            xml_escape(&t.company)
        ));
        if let Some(s) = &t.sector {
            x.push_str(&format!(
                "<category term=\"{}\" label=\"{}\"/>\n",
                xml_escape(&e.facts.sector),
                xml_escape(s)
            ));
        }
        if !t.summary.is_empty() {
            x.push_str(&format!("<summary>{}</summary>\n", xml_escape(&t.summary)));
        }
        x.push_str(&format!(
            "<content type=\"html\">{}</content>\n",
            xml_escape(&t.html)
        ));
        x.push_str("</entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

/// One JSON Feed (version 1.1); `_aikosite` carries the job's facts for programs that read them.
pub fn json_feed(env: &Env, town: Option<usize>, lang: &Lang, texts: &Texts) -> Value {
    let items: Vec<Value> = feed_jobs(env, town, lang)
        .into_iter()
        .map(|(e, tr)| {
            let mut owned = None;
            let t = text_of(env, texts, e, tr, &mut owned);
            let url = env.absolute(&tr.path);
            let mut item = Map::new();
            item.insert("id".into(), url.clone().into());
            item.insert("url".into(), url.into());
            item.insert("title".into(), t.title.clone().into());
            item.insert("content_html".into(), t.html.clone().into());
            if !t.summary.is_empty() {
                item.insert("summary".into(), t.summary.clone().into());
            }
            item.insert("date_published".into(), day_start(e.facts.posted).into());
            item.insert("authors".into(), json!([{ "name": t.company }]));
            let mut tags = Vec::new();
            tags.extend(t.sector.clone());
            if !t.town.is_empty() {
                tags.push(t.town.clone());
            }
            item.insert("tags".into(), tags.into());
            if let Some(img) = &e.facts.image {
                item.insert("image".into(), env.image_url(img).into());
            }
            item.insert(
                "_aikosite".into(),
                json!({
                    "company": t.company,
                    "town": t.town,
                    "sector": e.facts.sector,
                    "employment_type": e.facts.employment_type.key(),
                    "posted": e.facts.posted.iso(),
                    "deadline": e.facts.deadline.iso(),
                    "closing_soon": e.facts.closing_soon,
                }),
            );
            Value::Object(item)
        })
        .collect();
    json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed_title(env, town, lang),
        "home_page_url": env.absolute(&env.routes.list_path(Section::Jobs, town, lang, 1)),
        "feed_url": env.absolute(&env.routes.json_feed_path(town, lang)),
        "language": lang.code(),
        "authors": [{ "name": env.text(&env.config.title, lang), "url": env.absolute(&env.home_path(lang)) }],
        "items": items,
    })
}

/// Every feed: per language, all towns and each town.
pub fn files(env: &Env, sink: &Sink) {
    use rayon::prelude::*;
    for lang in &env.config.languages {
        let towns: Vec<Option<usize>> = std::iter::once(None)
            .chain((0..env.site.towns.len()).map(Some))
            .collect();
        let mut needed: Vec<(&Entry<JobFacts>, &Tr)> = towns
            .iter()
            .flat_map(|t| feed_jobs(env, *t, lang))
            .collect();
        needed.sort_by(|a, b| a.0.key.cmp(&b.0.key));
        needed.dedup_by(|a, b| a.0.key == b.0.key);
        let texts: Texts = needed
            .par_iter()
            .map(|(e, tr)| (e.key.as_str(), job_text(env, e, tr)))
            .collect();
        for town in towns {
            sink(OutputFile {
                path: strip(&env.routes.atom_path(town, lang)),
                bytes: atom(env, town, lang, &texts).into_bytes(),
            });
            let json = serde_json::to_string_pretty(&json_feed(env, town, lang, &texts))
                .unwrap_or_default();
            sink(OutputFile {
                path: strip(&env.routes.json_feed_path(town, lang)),
                bytes: format!("{json}\n").into_bytes(),
            });
        }
    }
}

/// A site path as an output path.
pub(crate) fn strip(site_path: &str) -> String {
    site_path.trim_start_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Fixture;

    #[test]
    fn midnight_in_helsinki() {
        assert_eq!(
            day_start(Date::new(2026, 11, 20).unwrap()),
            "2026-11-20T00:00:00+02:00"
        );
        assert_eq!(
            day_start(Date::new(2026, 7, 1).unwrap()),
            "2026-07-01T00:00:00+03:00"
        );
    }

    #[test]
    fn feeds_hold_the_open_jobs_of_their_language_newest_first() {
        let fx = Fixture::basic();
        fx.with_env(|env| {
            let fi = env.config.languages[0].clone();
            let sv = env.config.languages[1].clone();
            let all_fi = atom(env, None, &fi, &Texts::new());
            let titles: Vec<&str> = all_fi
                .lines()
                .filter(|l| l.starts_with("<title>") && l.contains(" – ") && l.contains(", "))
                .collect();
            assert_eq!(titles.len(), 3, "{all_fi}");
            assert!(
                titles[0].contains("Lähihoitaja"),
                "newest first: {titles:?}"
            );
            assert!(
                !all_fi.contains("Vanha ilmoitus"),
                "expired jobs are not in feeds"
            );
            assert!(
                !all_fi.contains("Kesätyöntekijä"),
                "drafts are not in feeds"
            );
            assert!(
                !all_fi.contains("Vindkraftstekniker"),
                "a Swedish-only job is not in the Finnish feed"
            );
            assert!(all_fi.contains("<updated>2026-11-25T00:00:00+02:00</updated>"));
            let kristinestad = env
                .site
                .towns
                .iter()
                .position(|t| t.folder == "kristiinankaupunki")
                .unwrap_or(0);
            let town_sv = atom(env, Some(kristinestad), &sv, &Texts::new());
            assert!(town_sv.contains("Vindkraftstekniker"));
            assert!(!town_sv.contains("CNC-maskinist"), "another town's job");
            let json = json_feed(env, None, &sv, &Texts::new());
            assert_eq!(json["items"].as_array().map(Vec::len), Some(2));
            assert_eq!(
                json["feed_url"],
                "https://example.fi/kampanja/sv/lediga-jobb/feed.json"
            );
        });
    }
}
