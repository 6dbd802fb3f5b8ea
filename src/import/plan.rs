//! What an import does: the records checked ([`super::job`]), their slugs, the files they
//! become (`SLUG.LANG.md`, as `build` will accept them), and what is left alone.

use super::Input;
use super::job::{Ctx, Job, Refused};
use crate::config::Config;
use crate::dates::Date;
use crate::diagnostics::Diagnostic;
use crate::identity::file_slug;
use crate::lang::Lang;
use crate::load::LoadedTown;
use crate::messages::Msg;
use crate::scaffold::{NewFile, quoted};
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
    pub jobs: Vec<(Msg, String)>,
    /// Jobs left out because their files exist (without --force): (label, file).
    pub existing: Vec<(Msg, PathBuf)>,
    /// Companies that do not exist yet, by name as written, with the records that need them.
    pub missing_companies: BTreeMap<String, Vec<Msg>>,
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
    for p in input.problems {
        let d = if p.error {
            Diagnostic::error(file, p.message)
        } else {
            Diagnostic::warning(file, p.message)
        };
        plan.problems.push(d.at_opt(p.pos));
    }
    // The town's jobs by slug: (language, file) of each version.
    let existing: BTreeMap<&str, Vec<(&Lang, &Path)>> =
        town.jobs.iter().fold(BTreeMap::new(), |mut m, d| {
            m.entry(d.base.as_str())
                .or_default()
                .push((&d.lang, d.file.as_path()));
            m
        });
    let mut taken: BTreeSet<String> = BTreeSet::new();
    for record in &input.records {
        let job = match ctx.job(record) {
            Ok(j) => j,
            Err(Refused {
                problems,
                missing_company,
            }) => {
                plan.problems.extend(problems);
                if let Some(name) = missing_company {
                    plan.missing_companies
                        .entry(name)
                        .or_default()
                        .push(record.label.clone());
                }
                continue;
            }
        };
        let facts_lang = ctx.facts_lang(&job);
        let title = job.texts[&facts_lang].title.clone().unwrap_or_default();
        let base = file_slug(title.trim());
        if base.is_empty() {
            plan.problems.push(
                ctx.problem(
                    record,
                    None,
                    crate::t!("import-title-no-letters", title = &title),
                )
                .help(crate::t!("import-title-no-letters-help")),
            );
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
            // A version in a language we write, under another spelling of the file name
            // (`Hitsaaja.fi.md`): writing ours would give two files one address. Versions in
            // other languages stay, as translations of the new facts.
            let other = there.iter().find(|(lang, path)| {
                let ours = path.with_file_name(format!("{slug}.{}.md", lang.code()));
                ours.as_path() != *path && files.iter().any(|f| f.path == ours)
            });
            match (force, other) {
                (false, _) => {
                    plan.existing
                        .push((record.label.clone(), there[0].1.to_path_buf()));
                    continue;
                }
                (true, Some((_, other))) => {
                    plan.problems.push(
                        ctx.problem(
                            record,
                            None,
                            crate::t!("import-exists-other-name", file = *other),
                        )
                        .help(crate::t!("import-exists-other-name-help")),
                    );
                    continue;
                }
                (true, None) => {}
            }
        } else if !force
            && let Some(f) = files
                .iter()
                .find(|f| ctx.config.root.join(&f.path).exists())
        {
            plan.existing.push((record.label.clone(), f.path.clone()));
            continue;
        }
        plan.jobs.push((record.label.clone(), slug));
        plan.files.extend(files);
    }
    plan
}

impl Ctx<'_> {
    /// The job's files: the facts language's with every fact, the others with their text.
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

fn amount(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}
