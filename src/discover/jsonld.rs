//! JSON-LD (schema.org) for each page, built from the typed site.
//!
//! `JobPosting` only on a job's own page (never on lists), with every property Google's job
//! search requires and the recommended ones the content has; `Organization` on company pages,
//! `Event`, `EducationalOccupationalProgram`, `Article` on stories, `WebSite` on the home pages
//! and `BreadcrumbList` on every other page. One `@graph` per page.

use super::{Env, ImageMeta, item_town, item_tr};
use crate::config::Section;
use crate::dates::{Date, helsinki};
use crate::lang::Lang;
use crate::model::{Address, EmploymentType, SalaryUnit, StudyLevel};
use crate::routes::PageId;
use crate::site::{Apply, Company, Entry, JobFacts, Tr};
use serde_json::{Map, Value, json};

/// The page's JSON-LD graph, or `None` for pages that describe nothing (404).
pub fn page_graph(env: &Env, job: &PageId) -> Option<Value> {
    let mut graph = Vec::new();
    match job {
        PageId::Home(lang) => graph.push(website(env, lang)),
        PageId::Item(section, i, lang) => {
            let tr = item_tr(env.site, *section, *i, lang)?;
            graph.push(match section {
                Section::Jobs => job_posting(env, &env.site.jobs[*i], tr),
                Section::Companies => organization(env, &env.site.companies[*i], tr),
                Section::Events => event(env, &env.site.events[*i], tr),
                Section::Studies => program(env, &env.site.studies[*i], tr),
                Section::Stories => article(env, &env.site.stories[*i], tr),
            });
        }
        _ => {}
    }
    if let Some(crumbs) = breadcrumbs(env, job) {
        graph.push(crumbs);
    }
    if graph.is_empty() {
        return None;
    }
    Some(json!({ "@context": "https://schema.org", "@graph": graph }))
}

/// A `PostalAddress` of the parts known, always in Finland.
fn postal_address(
    street: Option<String>,
    postal_code: Option<String>,
    locality: Option<String>,
    region: Option<String>,
) -> Value {
    let mut m = Map::new();
    m.insert("@type".into(), "PostalAddress".into());
    if let Some(s) = street {
        m.insert("streetAddress".into(), s.into());
    }
    if let Some(s) = postal_code {
        m.insert("postalCode".into(), s.into());
    }
    if let Some(s) = locality {
        m.insert("addressLocality".into(), s.into());
    }
    if let Some(s) = region {
        m.insert("addressRegion".into(), s.into());
    }
    m.insert("addressCountry".into(), "FI".into());
    Value::Object(m)
}

fn town_name(env: &Env, town: Option<usize>, lang: &Lang) -> Option<String> {
    town.map(|t| env.text(&env.site.towns[t].name, lang))
}

fn town_region(env: &Env, town: Option<usize>, lang: &Lang) -> Option<String> {
    town.and_then(|t| env.site.towns[t].region.as_ref())
        .map(|r| env.text(r, lang))
}

/// An address as written, with the town's name and region filling what is missing.
fn address_of(env: &Env, a: Option<&Address>, town: Option<usize>, lang: &Lang) -> Value {
    let street = a.and_then(|a| a.street.as_ref()).map(|s| env.text(s, lang));
    let postal = a.and_then(|a| a.postal_code.clone());
    let locality = a
        .and_then(|a| a.locality.as_ref())
        .map(|s| env.text(s, lang))
        .or_else(|| town_name(env, town, lang));
    postal_address(street, postal, locality, town_region(env, town, lang))
}

/// schema.org's employment types: an apprenticeship (oppisopimus) is paid work with training,
/// which no value names, so it is `OTHER`; a summer job is `TEMPORARY`.
pub fn employment_type(t: EmploymentType) -> &'static str {
    match t {
        EmploymentType::FullTime => "FULL_TIME",
        EmploymentType::PartTime => "PART_TIME",
        EmploymentType::Temporary => "TEMPORARY",
        EmploymentType::Apprenticeship => "OTHER",
        EmploymentType::Summer => "TEMPORARY",
        EmploymentType::Internship => "INTERN",
    }
}

/// The end of a day in Helsinki: `2026-12-31T23:59:59+02:00`.
pub fn end_of_day(d: Date) -> String {
    match d.0.at(23, 59, 59, 0).to_zoned(helsinki()) {
        Ok(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => format!("{}T23:59:59", d.iso()),
    }
}

fn number(v: f64) -> Value {
    // Whole euros as integers: `3200`, not `3200.0`.
    if v.fract() == 0.0 && v.abs() < 1e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}

fn company_org(env: &Env, co: &Company, lang: &Lang) -> Value {
    let mut m = Map::new();
    m.insert("@type".into(), "Organization".into());
    m.insert("name".into(), env.text(&co.name, lang).into());
    if let Some(tr) = co.tr(lang).or(co.trs.first()) {
        m.insert("url".into(), env.absolute(&tr.path).into());
    }
    if let Some(w) = &co.website {
        m.insert("sameAs".into(), w.clone().into());
    }
    if let Some(logo) = &co.logo {
        m.insert("logo".into(), env.image_url(logo).into());
    }
    Value::Object(m)
}

fn job_posting(env: &Env, e: &Entry<JobFacts>, tr: &Tr) -> Value {
    let lang = &tr.lang;
    let f = &e.facts;
    let co = &env.site.companies[f.company];
    let mut description = super::absolute_html(env, &tr.body);
    if description.is_empty() {
        description = format!("<p>{}</p>", crate::escape::html(&super::summary(tr)));
    }
    let location = match &tr.location {
        // Written when the job is not at the company's address: the place's name in the town.
        Some(place) => json!({
            "@type": "Place",
            "name": place,
            "address": postal_address(None, None, town_name(env, e.town, lang), town_region(env, e.town, lang)),
        }),
        // At the company's address when the job is in the company's own town; a job in
        // another town's folder (a Raahe company hiring in Salo) is placed in that town.
        None => {
            let town = e.town.unwrap_or(co.town);
            let address = if town == co.town {
                co.address.as_ref()
            } else {
                None
            };
            json!({ "@type": "Place", "address": address_of(env, address, Some(town), lang) })
        }
    };
    let mut m = Map::new();
    m.insert("@type".into(), "JobPosting".into());
    m.insert("title".into(), tr.title.clone().into());
    m.insert("description".into(), description.into());
    m.insert("datePosted".into(), f.posted.iso().into());
    m.insert("validThrough".into(), end_of_day(f.deadline).into());
    m.insert(
        "employmentType".into(),
        employment_type(f.employment_type).into(),
    );
    m.insert("hiringOrganization".into(), company_org(env, co, lang));
    m.insert("jobLocation".into(), location);
    m.insert(
        "identifier".into(),
        json!({ "@type": "PropertyValue", "name": env.text(&co.name, lang), "value": e.key }),
    );
    m.insert("url".into(), env.absolute(&tr.path).into());
    if let Some(sector) = env.config.sector(&f.sector) {
        m.insert("industry".into(), env.text(&sector.name, lang).into());
    }
    if let Some(s) = &f.salary
        && (s.min.is_some() || s.max.is_some())
    {
        let unit = match s.unit {
            SalaryUnit::Hour => "HOUR",
            SalaryUnit::Month => "MONTH",
            SalaryUnit::Year => "YEAR",
        };
        let mut value = Map::new();
        value.insert("@type".into(), "QuantitativeValue".into());
        match (s.min, s.max) {
            (Some(a), Some(b)) if a == b => {
                value.insert("value".into(), number(a));
            }
            (min, max) => {
                if let Some(a) = min {
                    value.insert("minValue".into(), number(a));
                }
                if let Some(b) = max {
                    value.insert("maxValue".into(), number(b));
                }
            }
        }
        value.insert("unitText".into(), unit.into());
        m.insert(
            "baseSalary".into(),
            json!({ "@type": "MonetaryAmount", "currency": "EUR", "value": Value::Object(value) }),
        );
    }
    if let Apply::Url(_) = f.apply {
        m.insert("directApply".into(), true.into());
    }
    if let Some(img) = &f.image {
        m.insert("image".into(), env.image_url(img).into());
    }
    Value::Object(m)
}

fn organization(env: &Env, co: &Company, tr: &Tr) -> Value {
    let lang = &tr.lang;
    let mut m = Map::new();
    m.insert("@type".into(), "Organization".into());
    m.insert("name".into(), env.text(&co.name, lang).into());
    m.insert("url".into(), env.absolute(&tr.path).into());
    if let Some(w) = &co.website {
        m.insert("sameAs".into(), w.clone().into());
    }
    if let Some(logo) = &co.logo {
        m.insert("logo".into(), env.image_url(logo).into());
    }
    let description = co
        .description
        .as_ref()
        .map(|d| env.text(d, lang))
        .or_else(|| {
            let s = super::summary(tr);
            (!s.is_empty()).then_some(s)
        });
    if let Some(d) = description {
        m.insert("description".into(), d.into());
    }
    m.insert(
        "address".into(),
        address_of(env, co.address.as_ref(), Some(co.town), lang),
    );
    if let Some(n) = co.employees {
        m.insert(
            "numberOfEmployees".into(),
            json!({ "@type": "QuantitativeValue", "value": n }),
        );
    }
    Value::Object(m)
}

fn event(env: &Env, e: &Entry<crate::site::EventFacts>, tr: &Tr) -> Value {
    let lang = &tr.lang;
    let mut m = Map::new();
    m.insert("@type".into(), "Event".into());
    m.insert("name".into(), tr.title.clone().into());
    m.insert("startDate".into(), e.facts.start.iso().into());
    if let Some(end) = &e.facts.end {
        m.insert("endDate".into(), end.iso().into());
    }
    m.insert(
        "eventStatus".into(),
        "https://schema.org/EventScheduled".into(),
    );
    m.insert(
        "eventAttendanceMode".into(),
        "https://schema.org/OfflineEventAttendanceMode".into(),
    );
    let mut place = Map::new();
    place.insert("@type".into(), "Place".into());
    if let Some(name) = tr.location.clone().or_else(|| town_name(env, e.town, lang)) {
        place.insert("name".into(), name.into());
    }
    place.insert(
        "address".into(),
        postal_address(
            None,
            None,
            town_name(env, e.town, lang),
            town_region(env, e.town, lang),
        ),
    );
    m.insert("location".into(), Value::Object(place));
    let d = super::summary(tr);
    if !d.is_empty() {
        m.insert("description".into(), d.into());
    }
    m.insert("url".into(), env.absolute(&tr.path).into());
    m.insert("inLanguage".into(), lang.code().into());
    if let Some(reg) = &e.facts.registration_url {
        m.insert(
            "offers".into(),
            json!({ "@type": "Offer", "url": reg, "availability": "https://schema.org/InStock" }),
        );
    }
    Value::Object(m)
}

fn level_name(env: &Env, level: StudyLevel, lang: &Lang) -> String {
    env.s(lang, &format!("level_{}", level.key()), level.key())
}

fn program(env: &Env, e: &Entry<crate::site::StudyFacts>, tr: &Tr) -> Value {
    let lang = &tr.lang;
    let f = &e.facts;
    let mut m = Map::new();
    m.insert("@type".into(), "EducationalOccupationalProgram".into());
    m.insert("name".into(), tr.title.clone().into());
    let d = super::summary(tr);
    if !d.is_empty() {
        m.insert("description".into(), d.into());
    }
    m.insert("url".into(), env.absolute(&tr.path).into());
    m.insert(
        "provider".into(),
        json!({
            "@type": "EducationalOrganization",
            "name": env.text(&f.provider, lang),
            "address": postal_address(None, None, town_name(env, e.town, lang), town_region(env, e.town, lang)),
        }),
    );
    m.insert("programType".into(), level_name(env, f.level, lang).into());
    if let Some(field) = &f.field {
        m.insert("occupationalCategory".into(), env.text(field, lang).into());
    }
    if let Some(d) = f.start {
        m.insert("startDate".into(), d.iso().into());
    }
    if let Some(d) = f.application_deadline {
        m.insert("applicationDeadline".into(), d.iso().into());
    }
    if let Some(c) = f.credits {
        m.insert("numberOfCredits".into(), c.into());
    }
    // The programme's length as an ISO 8601 duration; the text ("noin 2 vuotta") stays on
    // the page for people.
    if let Some(duration) = tr.duration.as_deref().and_then(iso_duration) {
        m.insert("timeToComplete".into(), duration.into());
    }
    if let Some(url) = &f.apply_url {
        m.insert("sameAs".into(), url.clone().into());
    }
    Value::Object(m)
}

/// A length written for people as an ISO 8601 duration: `noin 2 vuotta` → `P2Y`,
/// `1,5 år` → `P18M`, `10 viikkoa` → `P10W`; a range (`1–2 vuotta`) gives its longer end.
/// `None` when the text names no number and unit it knows (Finnish, Swedish or English).
pub fn iso_duration(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let mut numbers = Vec::new();
    let mut unit_at = None;
    let mut current = String::new();
    for (i, c) in lower.char_indices() {
        if c.is_ascii_digit() || ((c == ',' || c == '.') && !current.is_empty()) {
            current.push(if c == ',' { '.' } else { c });
            continue;
        }
        if !current.is_empty() {
            numbers.push(current.trim_end_matches('.').parse::<f64>().ok()?);
            current.clear();
        }
        if c.is_alphabetic() && !numbers.is_empty() {
            unit_at = Some(i);
            break;
        }
    }
    if !current.is_empty() {
        numbers.push(current.trim_end_matches('.').parse::<f64>().ok()?);
    }
    let amount = numbers
        .iter()
        .copied()
        .fold(None, |m: Option<f64>, n| Some(m.map_or(n, |m| m.max(n))))?;
    let word = &lower[unit_at?..];
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| word.starts_with(p));
    let letter = if starts(&["vuo", "v ", "år", "ar ", "year", "yr"]) || word == "v" {
        'Y'
    } else if starts(&["kuuk", "kk", "mån", "man", "month", "mo"]) {
        'M'
    } else if starts(&["viik", "veck", "vko", "week", "wk"]) {
        'W'
    } else if starts(&["päiv", "pv", "dag", "day", "vrk"]) {
        'D'
    } else {
        return None;
    };
    if amount <= 0.0 {
        return None;
    }
    if amount.fract() == 0.0 {
        return Some(format!("P{}{letter}", amount as u64));
    }
    // A fraction of a year in months, of a month in days, of a week in days.
    let (scale, smaller) = match letter {
        'Y' => (12.0, 'M'),
        'M' => (30.0, 'D'),
        'W' => (7.0, 'D'),
        _ => (1.0, 'D'),
    };
    Some(format!("P{}{smaller}", (amount * scale).round() as u64))
}

fn article(env: &Env, e: &Entry<crate::site::StoryFacts>, tr: &Tr) -> Value {
    let lang = &tr.lang;
    let mut m = Map::new();
    m.insert("@type".into(), "Article".into());
    m.insert("headline".into(), tr.title.clone().into());
    m.insert("datePublished".into(), e.facts.date.iso().into());
    if let Some(a) = &e.facts.author {
        m.insert("author".into(), json!({ "@type": "Person", "name": a }));
    }
    if let Some(img) = &e.facts.image {
        m.insert("image".into(), env.image_url(img).into());
    }
    let d = super::summary(tr);
    if !d.is_empty() {
        m.insert("description".into(), d.into());
    }
    if !tr.tags.is_empty() {
        m.insert("keywords".into(), tr.tags.join(", ").into());
    }
    m.insert("url".into(), env.absolute(&tr.path).into());
    m.insert("mainEntityOfPage".into(), env.absolute(&tr.path).into());
    m.insert("inLanguage".into(), lang.code().into());
    m.insert(
        "publisher".into(),
        json!({ "@type": "Organization", "name": env.text(&env.config.title, lang), "url": env.absolute(&env.home_path(lang)) }),
    );
    Value::Object(m)
}

fn website(env: &Env, lang: &Lang) -> Value {
    let search = env.absolute(env.routes.search_address(lang));
    let mut m = Map::new();
    m.insert("@type".into(), "WebSite".into());
    m.insert("name".into(), env.text(&env.config.title, lang).into());
    m.insert("url".into(), env.absolute(&env.home_path(lang)).into());
    m.insert("inLanguage".into(), lang.code().into());
    if let Some(d) = &env.config.description {
        m.insert("description".into(), env.text(d, lang).into());
    }
    m.insert(
        "potentialAction".into(),
        json!({
            "@type": "SearchAction",
            "target": { "@type": "EntryPoint", "urlTemplate": format!("{search}?q={{search_term_string}}") },
            "query-input": "required name=search_term_string",
        }),
    );
    Value::Object(m)
}

/// The trail from the home page to the page, as the page's breadcrumb navigation shows it.
pub fn trail(env: &Env, job: &PageId) -> Option<Vec<(String, String)>> {
    let site = env.site;
    let lang = match job {
        PageId::Home(_) | PageId::NotFound(_) => return None,
        PageId::Page(_, l) | PageId::Town(_, l) | PageId::Item(_, _, l) | PageId::Search(l) => l,
        PageId::List { lang, .. } | PageId::Filter { lang, .. } => lang,
    };
    let mut out = vec![(env.s(lang, "home", "Home"), env.home_path(lang))];
    let town_crumb = |t: usize| {
        (
            env.text(&site.towns[t].name, lang),
            site.towns[t]
                .tr(lang)
                .map(|x| x.path.clone())
                .unwrap_or_default(),
        )
    };
    let section_title = |s: Section| env.s(lang, &format!("section_{}", s.folder()), s.folder());
    match job {
        PageId::Page(i, _) => out.push((
            site.pages[*i].tr(lang)?.title.clone(),
            site.pages[*i].tr(lang)?.path.clone(),
        )),
        PageId::Town(t, _) => out.push(town_crumb(*t)),
        PageId::Search(_) => out.push((
            env.s(lang, "search_title", "Search"),
            env.routes.search_address(lang).to_string(),
        )),
        PageId::List {
            section,
            town,
            page,
            ..
        } => {
            let title = match town {
                Some(t) => {
                    out.push(town_crumb(*t));
                    format!(
                        "{}: {}",
                        section_title(*section),
                        env.text(&site.towns[*t].name, lang)
                    )
                }
                None => section_title(*section),
            };
            out.push((title, env.routes.list_path(*section, *town, lang, *page)));
        }
        PageId::Filter {
            section,
            facet,
            value,
            page,
            ..
        } => {
            out.push((
                section_title(*section),
                env.routes.list_path(*section, None, lang, 1),
            ));
            let title = format!(
                "{}: {}",
                section_title(*section),
                super::facet_name(env, *facet, value, lang)
            );
            out.push((
                title,
                env.routes.filter_path(*section, *facet, value, lang, *page),
            ));
        }
        PageId::Item(section, i, _) => {
            let tr = item_tr(site, *section, *i, lang)?;
            let town = item_town(site, *section, *i);
            if let Some(t) = town {
                out.push(town_crumb(t));
            }
            out.push((
                section_title(*section),
                env.routes.list_path(*section, town, lang, 1),
            ));
            out.push((tr.title.clone(), tr.path.clone()));
        }
        PageId::Home(_) | PageId::NotFound(_) => {}
    }
    Some(out)
}

fn breadcrumbs(env: &Env, job: &PageId) -> Option<Value> {
    let items: Vec<Value> = trail(env, job)?
        .into_iter()
        .enumerate()
        .map(|(i, (name, path))| json!({ "@type": "ListItem", "position": i + 1, "name": name, "item": env.absolute(&path) }))
        .collect();
    Some(json!({ "@type": "BreadcrumbList", "itemListElement": items }))
}

/// The page's image for Open Graph and Twitter cards, as an absolute URL of its published copy.
pub fn page_image(env: &Env, job: &PageId) -> Option<ImageMeta> {
    let site = env.site;
    let hero = |entry: &Entry<crate::site::PageFacts>, lang: &Lang| {
        let tr = entry.tr(lang).or(entry.trs.first());
        entry.facts.hero.as_ref().map(|p| ImageMeta {
            url: env.image_url(p),
            alt: tr.and_then(|t| t.hero_alt.clone()).unwrap_or_default(),
        })
    };
    let logo = |co: &Company, lang: &Lang| {
        co.logo.as_ref().map(|p| ImageMeta {
            url: env.image_url(p),
            alt: env.text(&co.name, lang),
        })
    };
    match job {
        PageId::Home(lang) => hero(&site.home, lang),
        PageId::Page(i, lang) => hero(&site.pages[*i], lang),
        PageId::Town(t, lang) => hero(&site.towns[*t].page, lang),
        PageId::Item(Section::Jobs, i, lang) => {
            let e = &site.jobs[*i];
            let tr = e.tr(lang);
            e.facts
                .image
                .as_ref()
                .map(|p| ImageMeta {
                    url: env.image_url(p),
                    alt: tr.and_then(|t| t.image_alt.clone()).unwrap_or_default(),
                })
                .or_else(|| logo(&site.companies[e.facts.company], lang))
        }
        PageId::Item(Section::Stories, i, lang) => {
            let e = &site.stories[*i];
            let tr = e.tr(lang);
            e.facts.image.as_ref().map(|p| ImageMeta {
                url: env.image_url(p),
                alt: tr.and_then(|t| t.image_alt.clone()).unwrap_or_default(),
            })
        }
        PageId::Item(Section::Companies, i, lang) => logo(&site.companies[*i], lang),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Fixture;

    fn job_index(env: &Env, key: &str) -> usize {
        env.site
            .jobs
            .iter()
            .position(|j| j.key == key)
            .unwrap_or_else(|| panic!("no job {key}"))
    }

    #[test]
    fn deadline_ends_at_midnight_helsinki_time() {
        assert_eq!(
            end_of_day(Date::new(2026, 12, 31).unwrap()),
            "2026-12-31T23:59:59+02:00"
        );
        assert_eq!(
            end_of_day(Date::new(2027, 6, 30).unwrap()),
            "2027-06-30T23:59:59+03:00"
        );
    }

    #[test]
    fn durations_as_iso_8601() {
        for (text, iso) in [
            ("noin 2 vuotta", Some("P2Y")),
            ("cirka 2 år", Some("P2Y")),
            ("1,5 vuotta", Some("P18M")),
            ("1,5–2 år", Some("P2Y")),
            ("1–2 vuotta", Some("P2Y")),
            ("4 kuukautta", Some("P4M")),
            ("9 månader", Some("P9M")),
            ("10 viikkoa", Some("P10W")),
            ("10 veckor", Some("P10W")),
            ("3 years", Some("P3Y")),
            ("joustava", None),
            ("2", None),
        ] {
            assert_eq!(iso_duration(text).as_deref(), iso, "{text}");
        }
    }

    #[test]
    fn a_job_in_another_town_is_placed_in_that_town() {
        let mut fx = Fixture::basic();
        let site = &mut fx.stages.site;
        let i = site
            .jobs
            .iter()
            .position(|j| j.key == "towns/raahe/jobs/cnc-koneistaja")
            .unwrap_or_else(|| panic!("no job"));
        let kristinestad = site
            .towns
            .iter()
            .position(|t| t.folder == "kristiinankaupunki")
            .unwrap_or_else(|| panic!("no town"));
        std::sync::Arc::make_mut(&mut site.jobs[i]).town = Some(kristinestad);
        fx.with_env(|env| {
            let fi = env.config.languages[0].clone();
            let g = page_graph(env, &PageId::Item(Section::Jobs, i, fi)).unwrap_or_default();
            let addr = &g["@graph"][0]["jobLocation"]["address"];
            assert_eq!(addr["addressLocality"], "Kristiinankaupunki");
            assert!(addr["streetAddress"].is_null(), "not the company's street");
        });
    }

    #[test]
    fn job_posting_has_what_google_requires() {
        let fx = Fixture::basic();
        fx.with_env(|env| {
            let fi = env.config.languages[0].clone();
            let i = job_index(env, "towns/raahe/jobs/cnc-koneistaja");
            let g = page_graph(env, &PageId::Item(Section::Jobs, i, fi)).unwrap_or_default();
            let job = &g["@graph"][0];
            assert_eq!(job["@type"], "JobPosting");
            assert_eq!(job["title"], "CNC-koneistaja");
            assert!(
                job["description"].as_str().unwrap_or("").contains("<h2"),
                "description is HTML"
            );
            assert_eq!(job["datePosted"], "2026-11-20");
            assert_eq!(job["validThrough"], "2026-12-31T23:59:59+02:00");
            assert_eq!(job["employmentType"], "FULL_TIME");
            assert_eq!(job["hiringOrganization"]["name"], "Perämeren Teräs Oy");
            assert_eq!(
                job["hiringOrganization"]["sameAs"],
                "https://perameren-teras.example"
            );
            let addr = &job["jobLocation"]["address"];
            assert_eq!(addr["streetAddress"], "Satamatie 1");
            assert_eq!(addr["postalCode"], "92100");
            assert_eq!(addr["addressLocality"], "Raahe");
            assert_eq!(addr["addressRegion"], "Pohjois-Pohjanmaa");
            assert_eq!(addr["addressCountry"], "FI");
            assert_eq!(job["baseSalary"]["value"]["minValue"], 3200);
            assert_eq!(job["baseSalary"]["value"]["maxValue"], 3800);
            assert_eq!(job["baseSalary"]["value"]["unitText"], "MONTH");
            assert_eq!(job["directApply"], true);
            assert_eq!(
                job["identifier"]["value"],
                "towns/raahe/jobs/cnc-koneistaja"
            );
            // Links in the description are absolute.
            assert!(
                job["description"]
                    .as_str()
                    .unwrap_or("")
                    .contains("href=\"https://example.fi/kampanja/raahe/")
            );
            assert_eq!(g["@graph"][1]["@type"], "BreadcrumbList");
        });
    }

    #[test]
    fn job_without_company_address_is_placed_in_its_town_and_email_is_not_direct_apply() {
        let fx = Fixture::basic();
        fx.with_env(|env| {
            let fi = env.config.languages[0].clone();
            let i = job_index(env, "towns/raahe/jobs/lahihoitaja");
            let g = page_graph(env, &PageId::Item(Section::Jobs, i, fi)).unwrap_or_default();
            let job = &g["@graph"][0];
            assert_eq!(job["employmentType"], "PART_TIME");
            assert_eq!(job["jobLocation"]["address"]["addressLocality"], "Raahe");
            assert!(job.get("directApply").is_none());
            assert!(job.get("baseSalary").is_none());
        });
    }

    #[test]
    fn lists_never_carry_a_job_posting() {
        let fx = Fixture::basic();
        fx.with_env(|env| {
            let fi = env.config.languages[0].clone();
            for job in [
                PageId::List {
                    section: Section::Jobs,
                    town: None,
                    lang: fi.clone(),
                    page: 1,
                },
                PageId::Home(fi.clone()),
            ] {
                let g = page_graph(env, &job).unwrap_or_default().to_string();
                assert!(!g.contains("JobPosting"), "{g}");
            }
        });
    }

    #[test]
    fn breadcrumbs_follow_home_town_list_item() {
        let fx = Fixture::basic();
        fx.with_env(|env| {
            let sv = env.config.languages[1].clone();
            let i = job_index(env, "towns/raahe/jobs/cnc-koneistaja");
            let names: Vec<String> = trail(env, &PageId::Item(Section::Jobs, i, sv))
                .unwrap_or_default()
                .into_iter()
                .map(|(n, p)| format!("{n} {p}"))
                .collect();
            assert_eq!(
                names,
                [
                    "Startsida /sv/",
                    "Brahestad /sv/brahestad/",
                    "Lediga jobb /sv/brahestad/lediga-jobb/",
                    "CNC-maskinist /sv/brahestad/lediga-jobb/cnc-maskinist/"
                ]
            );
        });
    }

    #[test]
    fn event_study_company_and_home_types() {
        let fx = Fixture::basic();
        fx.with_env(|env| {
            let fi = env.config.languages[0].clone();
            let rekry = env
                .site
                .events
                .iter()
                .position(|e| e.key == "towns/raahe/events/rekrypaiva")
                .unwrap_or(usize::MAX);
            let ev = page_graph(env, &PageId::Item(Section::Events, rekry, fi.clone()))
                .unwrap_or_default();
            assert_eq!(ev["@graph"][0]["@type"], "Event");
            assert_eq!(ev["@graph"][0]["startDate"], "2026-12-10T17:00:00+02:00");
            assert_eq!(ev["@graph"][0]["location"]["name"], "Raahen kaupungintalo");
            let st =
                page_graph(env, &PageId::Item(Section::Studies, 0, fi.clone())).unwrap_or_default();
            assert_eq!(st["@graph"][0]["@type"], "EducationalOccupationalProgram");
            assert_eq!(st["@graph"][0]["applicationDeadline"], "2026-12-15");
            assert_eq!(st["@graph"][0]["numberOfCredits"], 180);
            let co = env
                .site
                .companies
                .iter()
                .position(|c| c.slug == "perameren-teras")
                .unwrap_or(0);
            let org = page_graph(env, &PageId::Item(Section::Companies, co, fi.clone()))
                .unwrap_or_default();
            assert_eq!(org["@graph"][0]["@type"], "Organization");
            assert_eq!(org["@graph"][0]["numberOfEmployees"]["value"], 420);
            let home = page_graph(env, &PageId::Home(fi)).unwrap_or_default();
            assert_eq!(home["@graph"][0]["@type"], "WebSite");
            assert_eq!(
                home["@graph"][0]["potentialAction"]["target"]["urlTemplate"],
                "https://example.fi/kampanja/haku/?q={search_term_string}"
            );
        });
    }
}
