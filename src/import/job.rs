//! One imported record → a checked job: company, sector, dates, salary and how to apply,
//! each mistake a diagnostic naming the record's row and column.

use super::map::{self, Field};
use super::{Cell, Record};
use crate::config::Config;
use crate::dates::Date;
use crate::diagnostics::{Diagnostic, suggest};
use crate::lang::Lang;
use crate::load::{LoadedCompany, LoadedTown};
use crate::messages::Msg;
use crate::slug::slugify;
use crate::t;
use std::collections::BTreeMap;
use std::path::Path;

/// The text of a job in one language.
#[derive(Debug, Default, Clone)]
pub(super) struct Text {
    pub(super) title: Option<String>,
    pub(super) description: Option<String>,
    pub(super) body: Option<String>,
    pub(super) location: Option<String>,
}

/// A record that passed every check: the facts of its files.
#[derive(Debug)]
pub(super) struct Job {
    pub(super) texts: BTreeMap<Lang, Text>,
    pub(super) company: String,
    pub(super) sector: String,
    pub(super) employment_type: &'static str,
    pub(super) posted: Date,
    pub(super) deadline: Date,
    pub(super) salary: Option<(Option<f64>, Option<f64>, &'static str)>,
    pub(super) apply_url: Option<String>,
    pub(super) apply_email: Option<String>,
    pub(super) contact: Vec<(&'static str, String)>,
}

/// What every check needs: the site, the town, the file being imported and today.
pub(super) struct Ctx<'a> {
    pub(super) config: &'a Config,
    pub(super) town: &'a LoadedTown,
    pub(super) file: &'a Path,
    pub(super) today: Date,
}

/// Why a record is not imported.
pub(super) struct Refused {
    /// The record's mistakes, each with its row and column.
    pub(super) problems: Vec<Diagnostic>,
    /// The company as written, when the town has no such company yet.
    pub(super) missing_company: Option<String>,
}

impl Ctx<'_> {
    pub(super) fn problem(&self, r: &Record, column: Option<&str>, message: Msg) -> Diagnostic {
        let m = match column {
            Some(c) => t!(
                "import-at-column",
                record = r.label.clone(),
                column = c,
                message = message
            ),
            None => t!("import-at", record = r.label.clone(), message = message),
        };
        Diagnostic::error(self.file, m).at_opt(r.pos)
    }

    fn lang(&self, code: Option<&str>) -> Lang {
        code.and_then(|c| self.config.languages.iter().find(|l| l.code() == c))
            .cloned()
            .unwrap_or_else(|| self.config.default_language.clone())
    }

    /// The default language when the job has a title in it, else the first that has one.
    pub(super) fn facts_lang(&self, job: &Job) -> Lang {
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

    pub(super) fn job(&self, r: &Record) -> Result<Job, Refused> {
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
                self.problem(r, None, t!("import-no-title"))
                    .help(t!("import-no-title-help")),
            );
        }
        let text_of = |f: Field| facts.get(&f).map(|(col, c)| (*col, c.as_text()));

        // Company: a file of this town (by file name or name), or TOWN/SLUG.
        let mut missing_company = None;
        let company = match text_of(Field::Company) {
            None => {
                ds.push(
                    self.problem(r, None, t!("import-no-company"))
                        .help(t!("import-no-company-help")),
                );
                None
            }
            Some((col, name)) => match self.company(&name) {
                Some(c) if c.yaml.data.draft == Some(true) => {
                    ds.push(
                        self.problem(r, Some(col), t!("import-company-draft", company = &c.slug))
                            .help(t!("import-company-draft-help", file = &c.yaml.file)),
                    );
                    None
                }
                Some(c) => Some(c),
                None => {
                    missing_company = Some(name);
                    None
                }
            },
        };

        // Sector: the column (key or name in any language), else the company's.
        let sector = match text_of(Field::Sector) {
            Some((col, s)) => match self.sector(&s) {
                Some(k) => Some(k),
                None => {
                    let keys: Vec<&str> =
                        self.config.sectors.iter().map(|s| s.key.as_str()).collect();
                    ds.push(
                        self.problem(r, Some(col), t!("import-unknown-sector", sector = &s))
                            .help(suggest(&s, keys.iter().copied()).unwrap_or_else(|| {
                                t!("link-sectors-are", sectors = keys.join(", "))
                            })),
                    );
                    None
                }
            },
            None => match company.and_then(|c| c.yaml.data.sector.clone()) {
                Some(s) if self.config.sector(&s).is_some() => Some(s),
                _ if company.is_none() => None,
                _ => {
                    ds.push(
                        self.problem(r, None, t!("import-no-sector"))
                            .help(t!("import-no-sector-help")),
                    );
                    None
                }
            },
        };

        let employment_type = match text_of(Field::EmploymentType) {
            None => Some("full_time"),
            Some((col, t)) => map::employment_type(&t).or_else(|| {
                ds.push(
                    self.problem(r, Some(col), t!("import-bad-employment-type", value = &t))
                        .help(t!("import-bad-employment-type-help")),
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
                other => map::date(&other.as_text()),
            };
            if d.is_none() {
                ds.push(
                    self.problem(r, Some(col), t!("import-bad-date", value = cell.as_text()))
                        .help(t!("import-bad-date-help")),
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
                    self.problem(r, None, t!("import-no-deadline"))
                        .help(t!("import-no-deadline-help")),
                );
                None
            }
            Some(d) => d,
        };
        if let Some(d) = deadline {
            let col = facts.get(&Field::Deadline).map(|(c, _)| *c);
            if d < self.today {
                ds.push(
                    self.problem(r, col, t!("import-deadline-passed", deadline = d.finnish()))
                        .help(t!("import-deadline-passed-help")),
                );
            } else if let Some(p) = posted
                && d < p
            {
                ds.push(
                    self.problem(
                        r,
                        col,
                        t!(
                            "link-deadline-before-posted",
                            deadline = d.finnish(),
                            posted = p.finnish()
                        ),
                    )
                    .help(t!("import-deadline-before-posted-help")),
                );
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
        if !ds.is_empty() || missing_company.is_some() {
            return Err(Refused {
                problems: ds,
                missing_company,
            });
        }
        match (company, sector, employment_type, posted, deadline) {
            (Some(c), Some(sector), Some(employment_type), Some(posted), Some(deadline)) => {
                Ok(Job {
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
                })
            }
            _ => Err(Refused {
                problems: Vec::new(),
                missing_company: None,
            }),
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
                other => map::number(&other.as_text()),
            };
            if n.is_none() {
                ds.push(
                    self.problem(
                        r,
                        Some(col),
                        t!("import-bad-amount", value = cell.as_text()),
                    )
                    .help(t!("import-bad-amount-help")),
                );
            }
            n
        };
        if let Some((col, cell)) = facts.get(&Field::Salary) {
            last_col = col;
            match cell {
                Cell::Number(n) => min = Some(*n),
                other => match map::salary(&other.as_text()) {
                    Some((a, b, u)) => {
                        min = a;
                        max = b;
                        unit = u;
                    }
                    None => ds.push(
                        self.problem(
                            r,
                            Some(col),
                            t!("import-bad-salary", value = other.as_text()),
                        )
                        .help(t!("import-bad-salary-help")),
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
            unit = map::unit(&cell.as_text()).or_else(|| {
                ds.push(
                    self.problem(r, Some(col), t!("import-bad-unit", value = cell.as_text()))
                        .help(t!("import-bad-unit-help")),
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
            ds.push(
                self.problem(r, Some(last_col), t!("link-salary-max-below-min"))
                    .help(t!("link-salary-max-below-min-help")),
            );
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
            let www = format!("https://{u}");
            if crate::target::is_web_address(&u) {
                url = Some(u.clone());
            } else if u.to_ascii_lowercase().starts_with("http") {
                // an address that is not a web address is reported below
            } else if u.starts_with("www.") && crate::target::is_web_address(&www) {
                url = Some(www);
            } else if is_email(&u) {
                email = Some(u.clone());
            }
            if url.is_none() && email.is_none() {
                ds.push(
                    self.problem(r, Some(col), t!("config-bad-url", url = &u))
                        .help(t!("link-bad-url-help")),
                );
            }
        }
        if let Some((col, cell)) = facts.get(&Field::ApplyEmail) {
            let e = cell.as_text();
            let e = e.strip_prefix("mailto:").unwrap_or(&e).to_string();
            if is_email(&e) {
                email = email.or(Some(e));
            } else {
                ds.push(
                    self.problem(r, Some(col), t!("link-bad-email", email = &e))
                        .help(t!("link-bad-email-help")),
                );
            }
        }
        if url.is_none()
            && email.is_none()
            && !facts.contains_key(&Field::ApplyUrl)
            && !facts.contains_key(&Field::ApplyEmail)
        {
            ds.push(
                self.problem(r, None, t!("link-no-apply"))
                    .help(t!("import-no-apply-help")),
            );
        }
        (url, email)
    }
}

fn is_email(s: &str) -> bool {
    let s = s.trim();
    s.contains('@') && !s.contains(char::is_whitespace) && !s.starts_with('@') && !s.ends_with('@')
}
