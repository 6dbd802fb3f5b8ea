//! `aikosite new`: the files of a new town, job, study, company, story, event or page, with
//! every key present and explained in the file's language, so that they build as they are.
//!
//! [`plan`] decides what to write from the loaded site and never touches the disk; the
//! command writes the files.

mod kind;
mod text;

pub use kind::Kind;
use kind::{TEXT_KEYS, TOWN_INDEX_KEYS};

use crate::config::{Config, Section};
use crate::dates::Date;
use crate::diagnostics::{UsageError, did_you_mean};
use crate::identity::file_slug;
use crate::identity::{content_key, to_slash};
use crate::lang::Lang;
use crate::load::{Loaded, LoadedTown};
use crate::messages::Msg;
use crate::t;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Days from today to a new job's deadline (and a study's application deadline, an event's
/// start).
pub const DEADLINE_DAYS: i64 = 28;

/// What the person asked for.
pub struct Request<'a> {
    pub kind: Kind,
    pub town: Option<&'a str>,
    pub name: &'a str,
    pub today: Date,
}

/// One file to write, relative to the site root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFile {
    pub path: PathBuf,
    pub text: String,
}

/// Why nothing can be written: a usage error, with what to do.
fn refuse(message: Msg, help: Option<Msg>) -> UsageError {
    UsageError::new(message, help)
}

/// "did you mean `raahe`? the towns are: raahe, kristiinankaupunki"; `what` is `towns` or
/// `kinds`.
fn known(word: &str, what: &str, all: &[&str]) -> Msg {
    let list = if all.is_empty() {
        t!("new-none-yet", what = what)
    } else {
        t!("new-known", what = what, list = all.join(", "))
    };
    match did_you_mean(word, all.iter().copied()) {
        Some(m) => t!("new-did-you-mean", word = m, list = list),
        None => list,
    }
}

/// A town that is not in content/towns/: the known ones, with a did-you-mean (`new` and
/// `import` alike).
pub fn unknown_town(word: &str, loaded: &Loaded) -> UsageError {
    let towns: Vec<&str> = loaded.towns.iter().map(|t| t.folder.as_str()).collect();
    let help = if towns.is_empty() {
        t!("new-no-towns-yet")
    } else {
        known(word, "towns", &towns)
    };
    refuse(t!("new-unknown-town", town = word), Some(help))
}

/// An unknown kind: the known ones, with a did-you-mean.
pub fn unknown_kind(word: &str) -> UsageError {
    let all: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
    refuse(
        t!("new-unknown-kind", kind = word),
        Some(known(word, "kinds", &all)),
    )
}

/// The files to write for `req`, or why not.
pub fn plan(config: &Config, loaded: &Loaded, req: &Request) -> Result<Vec<NewFile>, UsageError> {
    let slug = file_slug(req.name.trim());
    if slug.is_empty() {
        return Err(refuse(
            t!("new-name-no-letters", name = req.name),
            Some(t!("new-name-no-letters-help")),
        ));
    }
    let towns: Vec<&str> = loaded.towns.iter().map(|t| t.folder.as_str()).collect();
    let files = match (req.kind, req.town) {
        (Kind::Town, Some(_)) | (Kind::Page, Some(_)) => {
            return Err(refuse(
                t!("new-no-town-for-kind", kind = req.kind.name()),
                None,
            ));
        }
        (Kind::Town, None) => {
            if config.root.join("content/towns").join(&slug).exists() {
                return Err(refuse(
                    t!("new-town-exists", town = &slug),
                    Some(t!("new-exists-help")),
                ));
            }
            town_files(config, req, &slug)
        }
        (Kind::Page, None) => {
            let dir = PathBuf::from("content/pages");
            check_free(config, &dir, Kind::Page, &slug)?;
            markdown_files(config, req, &slug, &dir, &Values::default())
        }
        (_, None) => {
            return Err(refuse(
                t!("new-which-town", kind = req.kind.name()),
                Some(known("", "towns", &towns)),
            ));
        }
        (kind, Some(t)) => {
            let Some(town) = loaded.towns.iter().find(|x| x.folder == t) else {
                return Err(unknown_town(t, loaded));
            };
            let section = kind.section().unwrap_or(Section::Jobs);
            let dir = PathBuf::from("content/towns")
                .join(t)
                .join(section.folder());
            check_free(config, &dir, kind, &slug)?;
            let values = values(config, town, kind, req)?;
            if kind == Kind::Company {
                vec![company_file(config, req, &dir, &slug, &values)]
            } else {
                markdown_files(config, req, &slug, &dir, &values)
            }
        }
    };
    for f in &files {
        if config.root.join(&f.path).exists() {
            return Err(refuse(
                t!("new-file-exists", file = &f.path),
                Some(t!("new-file-exists-help")),
            ));
        }
    }
    Ok(files)
}

/// Refuses a slug that a file in `dir` has already, maybe under another spelling of its
/// name (`Särmääjä.fi.md` for `sarmaaja`) or in another language; read from the disk, so
/// files aikosite cannot parse count too.
fn check_free(config: &Config, dir: &Path, kind: Kind, slug: &str) -> Result<(), UsageError> {
    let key = to_slash(&dir.join(slug));
    let key = key.strip_prefix("content/").unwrap_or(&key);
    let mut files: Vec<PathBuf> = std::fs::read_dir(config.root.join(dir))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| dir.join(e.file_name()))
        .filter(|rel| {
            rel.strip_prefix("content")
                .is_ok_and(|under| content_key(under, &config.languages) == key)
        })
        .collect();
    if files.is_empty() {
        return Ok(());
    }
    files.sort();
    let files: Vec<String> = files.iter().map(|f| to_slash(f)).collect();
    Err(refuse(
        t!(
            "new-name-taken",
            kind = kind.name(),
            slug = slug,
            files = files.join(", ")
        ),
        Some(t!("new-name-taken-help")),
    ))
}

/// Fact values that depend on the site: the company, sector and how to apply.
#[derive(Default)]
struct Values {
    company: String,
    sector: String,
    apply_url: String,
    apply_email: String,
    location: String,
}

fn values(
    config: &Config,
    town: &LoadedTown,
    kind: Kind,
    req: &Request,
) -> Result<Values, UsageError> {
    let first_sector = config.sectors.first().map(|s| s.key.clone());
    let mut v = Values {
        sector: first_sector.clone().unwrap_or_default(),
        location: town
            .yaml
            .as_ref()
            .and_then(|y| y.data.name.as_ref())
            .map(|n| config.text(n, &config.default_language).to_string())
            .unwrap_or_else(|| town.folder.clone()),
        ..Values::default()
    };
    if matches!(kind, Kind::Job | Kind::Company) && first_sector.is_none() {
        return Err(refuse(
            t!("new-no-sectors"),
            Some(t!("new-no-sectors-help")),
        ));
    }
    if kind != Kind::Job {
        return Ok(v);
    }
    // The first published company of the town, else the first draft one.
    let company = town
        .companies
        .iter()
        .find(|c| c.yaml.data.draft != Some(true) && !c.yaml.text.is_empty())
        .or_else(|| town.companies.iter().find(|c| !c.yaml.text.is_empty()));
    let Some(company) = company else {
        return Err(refuse(
            t!("new-no-companies", town = &town.folder),
            Some(t!("new-no-companies-help", town = &town.folder)),
        ));
    };
    v.company = company.slug.clone();
    if let Some(s) = &company.yaml.data.sector
        && config.sector(s).is_some()
    {
        v.sector = s.clone();
    }
    let town_email = town
        .yaml
        .as_ref()
        .and_then(|y| y.data.contact.as_ref())
        .and_then(|c| c.email.clone());
    match (&company.yaml.data.website, town_email) {
        (Some(w), _) if crate::target::is_web_address(w) => v.apply_url = w.clone(),
        (_, Some(e)) => v.apply_email = e,
        _ => v.apply_url = config.base_url.absolute("/"),
    }
    let _ = req;
    Ok(v)
}

/// `"text"` with YAML's double-quote escapes (line breaks become spaces).
pub fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `{ fi: "x", sv: "x" }`.
fn by_lang(config: &Config, f: impl Fn(&Lang) -> String) -> String {
    let parts: Vec<String> = config
        .languages
        .iter()
        .map(|l| format!("{}: {}", l.code(), f(l)))
        .collect();
    format!("{{ {} }}", parts.join(", "))
}

/// One `# comment`, `# Esim. example`, `key: value` block.
fn key_block(out: &mut String, lang: &Lang, kind: Kind, key: &str, value: &str) {
    let (what, example) = text::key(lang.code(), kind, key);
    if !what.is_empty() {
        let _ = writeln!(out, "# {what}");
    }
    if !example.is_empty() && example != value {
        let _ = writeln!(out, "# {} {key}: {example}", text::example(lang.code()));
    }
    if value.is_empty() {
        let _ = writeln!(out, "{key}:");
    } else {
        let _ = writeln!(out, "{key}: {value}");
    }
}

fn value_of(config: &Config, kind: Kind, key: &str, req: &Request, v: &Values) -> String {
    let deadline = req
        .today
        .checked_add_days(DEADLINE_DAYS)
        .unwrap_or(req.today);
    let dl = &config.default_language;
    match (kind, key) {
        (_, "title") => quoted(req.name.trim()),
        (_, "draft") => "true".into(),
        (Kind::Job, "company") => v.company.clone(),
        (_, "sector") => v.sector.clone(),
        (Kind::Job, "employment_type") => "full_time".into(),
        (Kind::Job, "posted") | (Kind::Story, "date") => req.today.iso(),
        (Kind::Job, "deadline")
        | (Kind::Study, "application_deadline")
        | (Kind::Event, "start") => deadline.iso(),
        (Kind::Job, "apply_url") => v.apply_url.clone(),
        (Kind::Job, "apply_email") => v.apply_email.clone(),
        (Kind::Study, "provider") => quoted(text::placeholder(dl.code(), "provider")),
        (Kind::Study, "level") => "vocational".into(),
        (Kind::Event, "location") => quoted(&v.location),
        (Kind::Page, "accessibility_statement") => "false".into(),
        _ => String::new(),
    }
}

/// `SLUG.LANG.md` in every language: the default language's file with every key, the others
/// with the keys a translation may set.
fn markdown_files(
    config: &Config,
    req: &Request,
    slug: &str,
    dir: &std::path::Path,
    v: &Values,
) -> Vec<NewFile> {
    let dl = &config.default_language;
    let facts_file = format!("{slug}.{}.md", dl.code());
    config
        .languages
        .iter()
        .map(|lang| {
            let translation = lang != dl;
            let mut out = String::from("---\n");
            out.push_str(&text::header(
                lang.code(),
                req.kind,
                translation,
                &facts_file,
            ));
            for key in req.kind.keys() {
                if translation && !TEXT_KEYS.contains(key) {
                    continue;
                }
                let value = if translation && *key != "title" && *key != "draft" {
                    String::new()
                } else {
                    value_of(config, req.kind, key, req, v)
                };
                key_block(&mut out, lang, req.kind, key, &value);
            }
            out.push_str("---\n\n");
            out.push_str(text::body(lang.code(), req.kind));
            NewFile {
                path: dir.join(format!("{slug}.{}.md", lang.code())),
                text: out,
            }
        })
        .collect()
}

/// `companies/SLUG.yaml`, explained in the default language.
fn company_file(
    config: &Config,
    req: &Request,
    dir: &std::path::Path,
    slug: &str,
    v: &Values,
) -> NewFile {
    let dl = &config.default_language;
    let mut out = text::header(dl.code(), Kind::Company, false, "");
    for key in Kind::Company.keys() {
        let value = match *key {
            "name" => by_lang(config, |_| quoted(req.name.trim())),
            "sector" => v.sector.clone(),
            "draft" => "true".into(),
            _ => String::new(),
        };
        key_block(&mut out, dl, Kind::Company, key, &value);
    }
    NewFile {
        path: dir.join(format!("{slug}.yaml")),
        text: out,
    }
}

/// `towns/SLUG/town.yaml` and the landing page `_index.LANG.md` in every language.
fn town_files(config: &Config, req: &Request, slug: &str) -> Vec<NewFile> {
    let dl = &config.default_language;
    let dir = PathBuf::from("content/towns").join(slug);
    let mut yaml = text::header(dl.code(), Kind::Town, false, "");
    for key in Kind::Town.keys() {
        let value = match *key {
            "name" => by_lang(config, |_| quoted(req.name.trim())),
            "slug" => by_lang(config, |_| slug.to_string()),
            "brand_color" => "\"#0b5394\"".to_string(),
            _ => String::new(),
        };
        key_block(&mut yaml, dl, Kind::Town, key, &value);
    }
    let mut files = vec![NewFile {
        path: dir.join("town.yaml"),
        text: yaml,
    }];
    for lang in &config.languages {
        let translation = lang != dl;
        let mut out = String::from("---\n");
        out.push_str(&text::header(
            lang.code(),
            Kind::Page,
            translation,
            &format!("_index.{}.md", dl.code()),
        ));
        for key in TOWN_INDEX_KEYS {
            if translation && !TEXT_KEYS.contains(key) {
                continue;
            }
            let value = match *key {
                "title" => quoted(req.name.trim()),
                "draft" => "true".into(),
                _ => String::new(),
            };
            key_block(&mut out, lang, Kind::Page, key, &value);
        }
        out.push_str("---\n\n");
        out.push_str(text::body(lang.code(), Kind::Town));
        files.push(NewFile {
            path: dir.join(format!("_index.{}.md", lang.code())),
            text: out,
        });
    }
    files
}

/// What to do next, after the files are written.
pub fn next_step(req: &Request, files: &[NewFile]) -> Msg {
    let first = files
        .first()
        .map(|f| f.path.display().to_string())
        .unwrap_or_default();
    match req.kind {
        Kind::Town => t!(
            "new-next-town",
            file = first,
            town = files
                .first()
                .and_then(|f| f.path.parent())
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ),
        _ => t!("new-next", file = first, files = files.len()),
    }
}
