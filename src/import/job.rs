//! One imported record → a checked job → its files (`SLUG.LANG.md`), as `build` will accept them.

use super::fields::{self, Field};
use super::{Cell, Input, Record};
use crate::config::Config;
use crate::dates::Date;
use crate::diagnostics::{Diagnostic, suggestion};
use crate::lang::Lang;
use crate::load::{LoadedCompany, LoadedTown};
use crate::scaffold::NewFile;
use crate::slug::slugify;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What an import would do.
#[derive(Debug, Default)]
pub struct Plan {
    /// Files to write, job by job.
    pub files: Vec<NewFile>,
    /// Jobs to write: (record label, slug).
    pub jobs: Vec<(String, String)>,
    /// Jobs left out because their files exist (without --force): (label, file).
    pub existing: Vec<(String, PathBuf)>,
    /// Companies that do not exist yet, by name as written, with the records that need them.
    pub missing_companies: BTreeMap<String, Vec<String>>,
    /// Records that cannot be imported, and problems with the file, in the file's order.
    pub problems: Vec<Diagnostic>,
}

impl Plan {
    /// Records not imported because of their own mistakes or a missing company.
    pub fn failed(&self) -> usize {
        self.problems.iter().filter(|d| d.is_error()).count()
            + self.missing_companies.values().map(Vec::len).sum::<usize>()
    }
}

/// The text of a job in one language.
#[derive(Debug, Default, Clone)]
struct Text {
    title: Option<String>,
    description: Option<String>,
    body: Option<String>,
    location: Option<String>,
}

#[derive(Debug)]
struct Job {
    texts: BTreeMap<Lang, Text>,
    company: String,
    sector: String,
    employment_type: &'static str,
    posted: Date,
    deadline: Date,
    salary: Option<(Option<f64>, Option<f64>, &'static str)>,
    apply_url: Option<String>,
    apply_email: Option<String>,
    contact: Vec<(&'static str, String)>,
}

struct Ctx<'a> {
    config: &'a Config,
    town: &'a LoadedTown,
    file: &'a Path,
    today: Date,
}

/// Plans the import of `input` into `town`; nothing is written here.
pub fn plan(
    config: &Config,
    town: &LoadedTown,
    file: &Path,
    input: Input,
    today: Date,
    force: bool,
) -> Plan {
    let ctx = Ctx {
        config,
        town,
        file,
        today,
    };
    let mut plan = Plan::default();
    for (message, error) in input.problems {
        plan.problems.push(if error {
            Diagnostic::error(file, message)
        } else {
            Diagnostic::warning(file, message)
        });
    }
    let existing: BTreeMap<&str, Vec<&Path>> =
        town.jobs.iter().fold(BTreeMap::new(), |mut m, d| {
            m.entry(d.base.as_str()).or_default().push(d.file.as_path());
            m
        });
    let mut taken: BTreeSet<String> = BTreeSet::new();
    for record in &input.records {
        let job = match ctx.job(record) {
            Ok(j) => j,
            Err(Refused::Problems(ds)) => {
                plan.problems.extend(ds);
                continue;
            }
            Err(Refused::NoCompany(name)) => {
                plan.missing_companies
                    .entry(name)
                    .or_default()
                    .push(record.label.clone());
                continue;
            }
        };
        let facts_lang = ctx.facts_lang(&job);
        let title = job.texts[&facts_lang].title.clone().unwrap_or_default();
        let base = slugify(&title);
        if base.is_empty() {
            plan.problems.push(ctx.problem(
                record,
                None,
                format!("the title “{title}” has no letters or digits to make a file name of"),
            ));
            continue;
        }
        // Two rows with the same title: hitsaaja, hitsaaja-2, …
        let mut slug = base.clone();
        let mut n = 2;
        while taken.contains(&slug) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        taken.insert(slug.clone());
        let files = ctx.files(&job, &slug, &facts_lang);
        if let Some(there) = existing.get(slug.as_str()) {
            let ours: BTreeSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
            let other = there.iter().find(|p| !ours.contains(*p));
            match (force, other) {
                (false, _) => {
                    plan.existing.push((record.label.clone(), there[0].to_path_buf()));
                    continue;
                }
                (true, Some(other)) => {
                    plan.problems.push(ctx.problem(
                        record,
                        None,
                        format!(
                            "the job exists already as {}, under another file name",
                            other.display()
                        ),
                    ).help("rename or remove that file, then import again"));
                    continue;
                }
                (true, None) => {}
            }
        } else if !force
            && let Some(f) = files.iter().find(|f| ctx.config.root.join(&f.path).exists())
        {
            plan.existing.push((record.label.clone(), f.path.clone()));
            continue;
        }
        plan.jobs.push((record.label.clone(), slug));
        plan.files.extend(files);
    }
    plan
}

enum Refused {
    Problems(Vec<Diagnostic>),
    NoCompany(String),
}

impl Ctx<'_> {
    fn problem(&self, r: &Record, column: Option<&str>, message: String) -> Diagnostic {
        let place = match column {
            Some(c) => format!("{}, column {c}", r.label),
            None => r.label.clone(),
        };
        Diagnostic::error(self.file, format!("{place}: {message}")).at_opt(r.pos)
    }

    fn lang(&self, code: Option<&str>) -> Lang {
        code.and_then(|c| self.config.languages.iter().find(|l| l.code() == c))
            .cloned()
            .unwrap_or_else(|| self.config.default_language.clone())
    }

    /// The default language when the job has a title in it, else the first that has one.
    fn facts_lang(&self, job: &Job) -> Lang {
        let dl = &self.config.default_language;
        if job.texts.get(dl).is_some_and(|t| t.title.is_some()) {
            return dl.clone();
        }
        self.config
            .languages
            .iter()
            .find(|l| job.texts.get(*l).is_some_and(|t| t.title.is_some()))
            .cloned()
            .unwrap_or_else(|| dl.clone())
    }

    fn job(&self, r: &Record) -> Result<Job, Refused> {
        let mut ds = Vec::new();
        let mut texts: BTreeMap<Lang, Text> = BTreeMap::new();
        let mut facts: BTreeMap<Field, (&str, &Cell)> = BTreeMap::new();
        for v in &r.values {
            if v.field.is_text() {
                let t = texts.entry(self.lang(v.lang.as_deref())).or_default();
                let slot = match v.field {
                    Field::Title => &mut t.title,
                    Field::Description => &mut t.description,
                    Field::Body => &mut t.body,
                    _ => &mut t.location,
                };
                if slot.is_none() {
                    *slot = Some(v.cell.as_text());
                }
            } else {
                facts.entry(v.field).or_insert((v.column.as_str(), &v.cell));
            }
        }
        if !texts.values().any(|t| t.title.is_some()) {
            ds.push(
                self.problem(r, None, "the job has no title".into())
                    .help("fill in the title column (Otsikko / Rubrik / Title)"),
            );
        }
        let text_of = |f: Field| facts.get(&f).map(|(col, c)| (*col, c.as_text()));

        // Company: a file of this town (by file name or name), or TOWN/SLUG.
        let company = match text_of(Field::Company) {
            None => {
                ds.push(
                    self.problem(r, None, "the job has no company".into())
                        .help("fill in the company column (Yritys / Företag / Company)"),
                );
                None
            }
            Some((col, name)) => match self.company(&name) {
                Some(c) if c.yaml.data.draft == Some(true) => {
                    ds.push(
                        self.problem(r, Some(col), format!("the company `{}` is a draft", c.slug))
                            .help(format!(
                                "finish {} and remove its `draft: true` line, then import again",
                                c.yaml.file.display()
                            )),
                    );
                    None
                }
                Some(c) => Some(c),
                None if ds.is_empty() => return Err(Refused::NoCompany(name)),
                None => None,
            },
        };

        // Sector: the column (key or name in any language), else the company's.
        let sector = match text_of(Field::Sector) {
            Some((col, s)) => match self.sector(&s) {
                Some(k) => Some(k),
                None => {
                    let keys: Vec<&str> = self.config.sectors.iter().map(|s| s.key.as_str()).collect();
                    ds.push(
                        self.problem(r, Some(col), format!("unknown sector “{s}”")).help(
                            suggestion(&s, keys.iter().copied()).unwrap_or_else(|| {
                                format!("use one of the sectors in aikosite.yaml: {}", keys.join(", "))
                            }),
                        ),
                    );
                    None
                }
            },
            None => match company.and_then(|c| c.yaml.data.sector.clone()) {
                Some(s) if self.config.sector(&s).is_some() => Some(s),
                _ if company.is_none() => None,
                _ => {
                    ds.push(
                        self.problem(r, None, "the job has no sector".into())
                            .help("fill in the sector column (Toimiala / Bransch / Sector)"),
                    );
                    None
                }
            },
        };

        let employment_type = match text_of(Field::EmploymentType) {
            None => Some("full_time"),
            Some((col, t)) => fields::employment_type(&t).or_else(|| {
                ds.push(
                    self.problem(r, Some(col), format!("“{t}” is not an employment type"))
                        .help("write kokoaikainen, osa-aikainen, määräaikainen, oppisopimus, kesätyö or harjoittelu (or full_time, part_time, temporary, apprenticeship, summer, internship)"),
                );
                None
            }),
        };

        let date_of = |f: Field, ds: &mut Vec<Diagnostic>| -> Option<Option<Date>> {
            let (col, cell) = facts.get(&f)?;
            let d = match cell {
                Cell::Date(d) => Some(*d),
                Cell::Number(n) if (20000.0..80000.0).contains(n) => {
                    jiff::civil::date(1899, 12, 30)
                        .checked_add(jiff::Span::new().days(*n as i64))
                        .ok()
                        .map(Date)
                }
                other => fields::date(&other.as_text()),
            };
            if d.is_none() {
                ds.push(
                    self.problem(r, Some(col), format!("“{}” is not a date", cell.as_text()))
                        .help("write dates as 5.12.2026 (or 2026-12-05)"),
                );
            }
            Some(d)
        };
        let posted = match date_of(Field::Posted, &mut ds) {
            None => Some(self.today),
            Some(d) => d,
        };
        let deadline = match date_of(Field::Deadline, &mut ds) {
            None => {
                ds.push(
                    self.problem(r, None, "the job has no deadline".into())
                        .help("fill in the deadline column (Hakuaika päättyy / Sista ansökningsdag / Deadline)"),
                );
                None
            }
            Some(d) => d,
        };
        if let Some(d) = deadline {
            let col = facts.get(&Field::Deadline).map(|(c, _)| *c);
            if d < self.today {
                ds.push(self.problem(
                    r,
                    col,
                    format!("the deadline {} has passed, so the job would not be shown", d.finnish()),
                ));
            } else if let Some(p) = posted
                && d < p
            {
                ds.push(self.problem(
                    r,
                    col,
                    format!("the deadline {} is before the posting date {}", d.finnish(), p.finnish()),
                ));
            }
        }

        let salary = self.salary(r, &facts, &mut ds);
        let (apply_url, apply_email) = self.apply(r, &facts, &mut ds);
        let mut contact = Vec::new();
        for (f, key) in [
            (Field::ContactName, "name"),
            (Field::ContactEmail, "email"),
            (Field::ContactPhone, "phone"),
        ] {
            if let Some((_, v)) = text_of(f) {
                contact.push((key, v));
            }
        }
        if !ds.is_empty() {
            return Err(Refused::Problems(ds));
        }
        match (company, sector, employment_type, posted, deadline) {
            (Some(c), Some(sector), Some(employment_type), Some(posted), Some(deadline)) => Ok(Job {
                texts,
                company: c.slug.clone(),
                sector,
                employment_type,
                posted,
                deadline,
                salary,
                apply_url,
                apply_email,
                contact,
            }),
            _ => Err(Refused::Problems(Vec::new())),
        }
    }

    /// A company of this town by file name, by name in any language, or by slugified name.
    fn company(&self, written: &str) -> Option<&LoadedCompany> {
        let w = written.trim();
        let slug = slugify(w.rsplit('/').next().unwrap_or(w));
        self.town.companies.iter().find(|c| {
            c.slug == slug
                || c.yaml.data.name.as_ref().is_some_and(|n| {
                    self.config.languages.iter().any(|l| {
                        n.exact(l).is_some_and(|name| {
                            name.eq_ignore_ascii_case(w) || slugify(name) == slug
                        })
                    })
                })
        })
    }

    fn sector(&self, written: &str) -> Option<String> {
        let w = written.trim().to_lowercase();
        self.config
            .sectors
            .iter()
            .find(|s| {
                s.key == w
                    || self
                        .config
                        .languages
                        .iter()
                        .any(|l| s.name.exact(l).is_some_and(|n| n.to_lowercase() == w))
            })
            .map(|s| s.key.clone())
    }

    fn salary(
        &self,
        r: &Record,
        facts: &BTreeMap<Field, (&str, &Cell)>,
        ds: &mut Vec<Diagnostic>,
    ) -> Option<(Option<f64>, Option<f64>, &'static str)> {
        let mut min = None;
        let mut max = None;
        let mut unit = None;
        let mut last_col = "";
        let num = |f: Field, ds: &mut Vec<Diagnostic>| -> Option<f64> {
            let (col, cell) = facts.get(&f)?;
            let n = match cell {
                Cell::Number(n) => Some(*n),
                other => fields::number(&other.as_text()),
            };
            if n.is_none() {
                ds.push(
                    self.problem(r, Some(col), format!("“{}” is not an amount of euros", cell.as_text()))
                        .help("write a number such as 2800 or 19,50"),
                );
            }
            n
        };
        if let Some((col, cell)) = facts.get(&Field::Salary) {
            last_col = col;
            match cell {
                Cell::Number(n) => min = Some(*n),
                other => match fields::salary(&other.as_text()) {
                    Some((a, b, u)) => {
                        min = a;
                        max = b;
                        unit = u;
                    }
                    None => ds.push(
                        self.problem(r, Some(col), format!("“{}” is not a salary", other.as_text()))
                            .help("write an amount or a range such as 2800–3400 €/kk or 19,50 €/h"),
                    ),
                },
            }
        }
        min = num(Field::SalaryMin, ds).or(min);
        max = num(Field::SalaryMax, ds).or(max);
        for f in [Field::SalaryMin, Field::SalaryMax] {
            if let Some((col, _)) = facts.get(&f) {
                last_col = col;
            }
        }
        if let Some((col, cell)) = facts.get(&Field::SalaryUnit) {
            unit = fields::unit(&cell.as_text()).or_else(|| {
                ds.push(
                    self.problem(r, Some(col), format!("“{}” is not a salary unit", cell.as_text()))
                        .help("write tunti, kk or vuosi (timme, månad, år; hour, month, year)"),
                );
                None
            });
        }
        if min.is_none() && max.is_none() {
            return None;
        }
        if let (Some(a), Some(b)) = (min, max)
            && a > b
        {
            ds.push(self.problem(
                r,
                Some(last_col),
                "the salary's maximum is smaller than its minimum".into(),
            ));
        }
        // Without a unit: amounts under 100 € are per hour, the rest per month.
        let unit = unit.unwrap_or(if min.or(max).unwrap_or(0.0) < 100.0 {
            "hour"
        } else {
            "month"
        });
        Some((min, max, unit))
    }

    fn apply(
        &self,
        r: &Record,
        facts: &BTreeMap<Field, (&str, &Cell)>,
        ds: &mut Vec<Diagnostic>,
    ) -> (Option<String>, Option<String>) {
        let mut url = None;
        let mut email = None;
        if let Some((col, cell)) = facts.get(&Field::ApplyUrl) {
            let u = cell.as_text();
            if u.starts_with("https://") || u.starts_with("http://") {
                if u.len() > 10 && !u.contains(char::is_whitespace) {
                    url = Some(u.clone());
                }
            } else if u.starts_with("www.") && !u.contains(char::is_whitespace) {
                url = Some(format!("https://{u}"));
            } else if is_email(&u) {
                email = Some(u.clone());
            }
            if url.is_none() && email.is_none() {
                ds.push(
                    self.problem(r, Some(col), format!("“{u}” is not a web address"))
                        .help("write the full address, starting with https://"),
                );
            }
        }
        if let Some((col, cell)) = facts.get(&Field::ApplyEmail) {
            let e = cell.as_text();
            let e = e.strip_prefix("mailto:").unwrap_or(&e).to_string();
            if is_email(&e) {
                email = email.or(Some(e));
            } else {
                ds.push(self.problem(r, Some(col), format!("“{e}” is not an e-mail address")));
            }
        }
        if url.is_none()
            && email.is_none()
            && !facts.contains_key(&Field::ApplyUrl)
            && !facts.contains_key(&Field::ApplyEmail)
        {
            ds.push(
                self.problem(r, None, "the job says nowhere how to apply".into())
                    .help("fill in a link (Hakulinkki / Ansökningslänk / Apply URL) or an e-mail address (Sähköposti / E-post / Email)"),
            );
        }
        (url, email)
    }

    fn files(&self, job: &Job, slug: &str, facts_lang: &Lang) -> Vec<NewFile> {
        let dir = PathBuf::from("content/towns")
            .join(&self.town.folder)
            .join("jobs");
        let mut out = Vec::new();
        let mut langs: Vec<&Lang> = self.config.languages.iter().collect();
        langs.sort_by_key(|l| *l != facts_lang);
        for lang in langs {
            let Some(text) = job.texts.get(lang).filter(|t| t.title.is_some()) else {
                continue;
            };
            let mut m = String::from("---\n");
            let _ = writeln!(m, "title: {}", quoted(text.title.as_deref().unwrap_or("")));
            if lang != facts_lang {
                let own = slugify(text.title.as_deref().unwrap_or(""));
                if !own.is_empty() && own != slug {
                    let _ = writeln!(m, "slug: {own}");
                }
            }
            if let Some(d) = &text.description {
                let _ = writeln!(m, "description: {}", quoted(d));
            }
            if lang == facts_lang {
                let _ = writeln!(m, "company: {}", job.company);
                let _ = writeln!(m, "sector: {}", job.sector);
                let _ = writeln!(m, "employment_type: {}", job.employment_type);
                let _ = writeln!(m, "posted: {}", job.posted.iso());
                let _ = writeln!(m, "deadline: {}", job.deadline.iso());
                if let Some((min, max, unit)) = job.salary {
                    let mut parts = Vec::new();
                    if let Some(a) = min {
                        parts.push(format!("min: {}", amount(a)));
                    }
                    if let Some(b) = max {
                        parts.push(format!("max: {}", amount(b)));
                    }
                    parts.push(format!("unit: {unit}"));
                    let _ = writeln!(m, "salary: {{ {} }}", parts.join(", "));
                }
                if let Some(u) = &job.apply_url {
                    let _ = writeln!(m, "apply_url: {}", quoted(u));
                }
                if let Some(e) = &job.apply_email {
                    let _ = writeln!(m, "apply_email: {}", quoted(e));
                }
                if !job.contact.is_empty() {
                    let parts: Vec<String> = job
                        .contact
                        .iter()
                        .map(|(k, v)| format!("{k}: {}", quoted(v)))
                        .collect();
                    let _ = writeln!(m, "contact: {{ {} }}", parts.join(", "));
                }
            }
            if let Some(l) = &text.location {
                let _ = writeln!(m, "location: {}", quoted(l));
            }
            m.push_str("---\n");
            if let Some(b) = &text.body {
                m.push('\n');
                m.push_str(b.trim());
                m.push('\n');
            }
            out.push(NewFile {
                path: dir.join(format!("{slug}.{}.md", lang.code())),
                text: m,
            });
        }
        out
    }
}

fn is_email(s: &str) -> bool {
    let s = s.trim();
    s.contains('@') && !s.contains(char::is_whitespace) && !s.starts_with('@') && !s.ends_with('@')
}

fn amount(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

fn quoted(s: &str) -> String {
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
