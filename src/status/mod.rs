//! `aikosite status`: what an editor checks on Monday morning, per town and kind.
//!
//! Built from the loaded site (no rendering): published pages and drafts, jobs closing within
//! 7 days and those that expired in the last 14, pages missing a translation, translations
//! older than their original (by git history when the site is in a git repository, else by
//! modification time) and the accessibility statement's review date.

mod changed;
mod render;

pub use changed::Changed;
pub use render::{json, markdown, text};

use crate::config::Config;
use crate::dates::Date;
use crate::lang::{Lang, Localized};
use crate::load::{Document, Loaded};
use crate::model::Matter;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// "Closing soon": the deadline is within this many days, today included.
pub const CLOSING_DAYS: i64 = 7;
/// Expired jobs are listed for this many days after their deadline.
pub const EXPIRED_DAYS: i64 = 14;
/// The accessibility statement is due for review a year after `reviewed`; it is listed from
/// this many days before that.
pub const REVIEW_WARNING_DAYS: i64 = 30;

#[derive(Debug, Serialize)]
pub struct Report {
    pub today: String,
    pub towns: Vec<TownStatus>,
    /// The home page and free pages.
    pub site: Group,
    pub accessibility: Vec<Statement>,
}

#[derive(Debug, Serialize)]
pub struct TownStatus {
    pub town: String,
    pub name: String,
    #[serde(flatten)]
    pub group: Group,
    pub closing_soon: Vec<JobLine>,
    pub expired: Vec<JobLine>,
}

/// Counts and translation problems of a set of pages.
#[derive(Debug, Default, Serialize)]
pub struct Group {
    pub kinds: Vec<KindCount>,
    pub missing_translations: Vec<Missing>,
    pub outdated_translations: Vec<Outdated>,
}

#[derive(Debug, Serialize)]
pub struct KindCount {
    pub kind: &'static str,
    pub published: usize,
    pub drafts: usize,
}

#[derive(Debug, Serialize)]
pub struct JobLine {
    pub file: PathBuf,
    pub title: String,
    pub deadline: String,
    /// Days from today to the deadline (negative once expired).
    pub days: i64,
}

#[derive(Debug, Serialize)]
pub struct Missing {
    pub file: PathBuf,
    pub title: String,
    pub languages: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Outdated {
    pub file: PathBuf,
    pub original: PathBuf,
    /// The day each was last changed (git commit or modification time).
    pub changed: String,
    pub original_changed: String,
}

#[derive(Debug, Serialize)]
pub struct Statement {
    pub file: PathBuf,
    pub reviewed: Option<String>,
    pub review_due: Option<String>,
    /// Days until the review is due (negative when overdue); `None` when there is no
    /// statement or no `reviewed` date.
    pub days: Option<i64>,
}

/// The whole report for `today`.
pub fn report(config: &Config, loaded: &Loaded, today: Date, changed: &Changed) -> Report {
    let ctx = Ctx {
        config,
        today,
        changed,
    };
    let mut towns = Vec::new();
    for t in &loaded.towns {
        let name = t
            .yaml
            .as_ref()
            .and_then(|y| y.data.name.as_ref())
            .map(|n| config.text(n, &config.default_language).to_string())
            .unwrap_or_else(|| t.folder.clone());
        let mut group = Group::default();
        let mut closing = Vec::new();
        let mut expired = Vec::new();
        // Jobs: published through the deadline day.
        let mut jobs = KindCount::new("jobs");
        for (_, docs) in by_base(&t.jobs) {
            let Some(facts) = ctx.facts_doc(&docs) else {
                continue;
            };
            if facts.matter.draft == Some(true) {
                jobs.drafts += 1;
                continue;
            }
            let days = facts.matter.deadline.map(|d| today.days_until(d));
            let line = || JobLine {
                file: facts.file.clone(),
                title: ctx.title(facts.matter.title.as_ref(), &facts.base),
                deadline: facts.matter.deadline.map(|d| d.iso()).unwrap_or_default(),
                days: days.unwrap_or(0),
            };
            match days {
                Some(d) if d < 0 => {
                    if -d <= EXPIRED_DAYS {
                        expired.push(line());
                    }
                    continue;
                }
                Some(d) if d <= CLOSING_DAYS => closing.push(line()),
                _ => {}
            }
            jobs.published += 1;
            ctx.translations(&docs, |m| m.title.as_ref(), &mut group);
        }
        group.kinds.push(jobs);
        ctx.kind(
            "studies",
            &t.studies,
            |m| m.draft,
            |m| m.title.as_ref(),
            &mut group,
        );
        // Companies: the YAML file decides; the optional texts are checked as translations.
        let mut companies = KindCount::new("companies");
        for c in &t.companies {
            if c.yaml.data.draft == Some(true) {
                companies.drafts += 1;
            } else {
                companies.published += 1;
                let docs: Vec<&Document<_>> = c.bodies.iter().collect();
                if !docs.is_empty() {
                    let title = c
                        .yaml
                        .data
                        .name
                        .as_ref()
                        .map(|n| config.text(n, &config.default_language).to_string())
                        .unwrap_or_else(|| c.slug.clone());
                    ctx.missing_and_outdated(&docs, title, &mut group);
                }
            }
        }
        group.kinds.push(companies);
        ctx.kind(
            "stories",
            &t.stories,
            |m| m.draft,
            |m| m.title.as_ref(),
            &mut group,
        );
        ctx.kind(
            "events",
            &t.events,
            |m| m.draft,
            |m| m.title.as_ref(),
            &mut group,
        );
        if !t.index.is_empty() {
            let docs: Vec<_> = t.index.iter().collect();
            ctx.missing_and_outdated(&docs, name.clone(), &mut group);
        }
        closing.sort_by(|a, b| (a.days, &a.file).cmp(&(b.days, &b.file)));
        expired.sort_by(|a, b| (b.days, &b.file).cmp(&(a.days, &a.file)));
        towns.push(TownStatus {
            town: t.folder.clone(),
            name,
            group,
            closing_soon: closing,
            expired,
        });
    }
    let mut site = Group::default();
    ctx.kind(
        "pages",
        &loaded.pages,
        |m| m.draft,
        |m| m.title.as_ref(),
        &mut site,
    );
    if !loaded.home.is_empty() {
        let docs: Vec<_> = loaded.home.iter().collect();
        ctx.missing_and_outdated(&docs, "home".into(), &mut site);
    }
    Report {
        today: today.iso(),
        towns,
        site,
        accessibility: ctx.statements(loaded),
    }
}

impl KindCount {
    fn new(kind: &'static str) -> Self {
        KindCount {
            kind,
            published: 0,
            drafts: 0,
        }
    }
}

/// Documents grouped by base name (a page and its translations), in name order.
fn by_base<M>(docs: &[Document<M>]) -> BTreeMap<&str, Vec<&Document<M>>> {
    let mut out: BTreeMap<&str, Vec<&Document<M>>> = BTreeMap::new();
    for d in docs {
        out.entry(d.base.as_str()).or_default().push(d);
    }
    out
}

struct Ctx<'a> {
    config: &'a Config,
    today: Date,
    changed: &'a Changed,
}

impl Ctx<'_> {
    fn default_lang(&self) -> &Lang {
        &self.config.default_language
    }

    /// The default language's file, else the first one.
    fn facts_doc<'d, M>(&self, docs: &[&'d Document<M>]) -> Option<&'d Document<M>> {
        docs.iter()
            .find(|d| &d.lang == self.default_lang())
            .or(docs.first())
            .copied()
    }

    fn title(&self, t: Option<&Localized>, base: &str) -> String {
        t.and_then(|t| t.get(self.default_lang(), self.default_lang()))
            .map(str::to_string)
            .unwrap_or_else(|| base.to_string())
    }

    /// Counts a kind whose drafts are marked in the default language's file.
    fn kind<M: Matter>(
        &self,
        kind: &'static str,
        docs: &[Document<M>],
        draft: impl Fn(&M) -> Option<bool>,
        title: impl Fn(&M) -> Option<&Localized>,
        group: &mut Group,
    ) {
        let mut count = KindCount::new(kind);
        for (_, docs) in by_base(docs) {
            let Some(facts) = self.facts_doc(&docs) else {
                continue;
            };
            if draft(&facts.matter) == Some(true) {
                count.drafts += 1;
                continue;
            }
            count.published += 1;
            self.translations(&docs, &title, group);
        }
        group.kinds.push(count);
    }

    fn translations<M>(
        &self,
        docs: &[&Document<M>],
        title: impl Fn(&M) -> Option<&Localized>,
        group: &mut Group,
    ) {
        let Some(facts) = self.facts_doc(docs) else {
            return;
        };
        let t = self.title(title(&facts.matter), &facts.base);
        self.missing_and_outdated(docs, t, group);
    }

    fn missing_and_outdated<M>(&self, docs: &[&Document<M>], title: String, group: &mut Group) {
        let Some(facts) = self.facts_doc(docs) else {
            return;
        };
        let missing: Vec<String> = self
            .config
            .languages
            .iter()
            .filter(|l| !docs.iter().any(|d| &d.lang == *l))
            .map(|l| l.code().to_string())
            .collect();
        if !missing.is_empty() {
            group.missing_translations.push(Missing {
                file: facts.file.clone(),
                title,
                languages: missing,
            });
        }
        if &facts.lang != self.default_lang() {
            return;
        }
        let Some(original) = self.changed.time(&facts.file) else {
            return;
        };
        for d in docs {
            if d.lang == facts.lang {
                continue;
            }
            if let Some(t) = self.changed.time(&d.file)
                && t < original
            {
                group.outdated_translations.push(Outdated {
                    file: d.file.clone(),
                    original: facts.file.clone(),
                    changed: changed::day(t).iso(),
                    original_changed: changed::day(original).iso(),
                });
            }
        }
    }

    /// Accessibility statements whose yearly review is due within 30 days or overdue; a site
    /// without one gets an entry without a file.
    fn statements(&self, loaded: &Loaded) -> Vec<Statement> {
        let statements: Vec<_> = loaded
            .pages
            .iter()
            .filter(|d| {
                &d.lang == self.default_lang() && d.matter.accessibility_statement == Some(true)
            })
            .collect();
        if statements.is_empty() {
            return vec![Statement {
                file: PathBuf::new(),
                reviewed: None,
                review_due: None,
                days: None,
            }];
        }
        let mut out = Vec::new();
        for d in statements {
            match d.matter.reviewed {
                None => out.push(Statement {
                    file: d.file.clone(),
                    reviewed: None,
                    review_due: None,
                    days: None,
                }),
                Some(r) => {
                    let due = Date(r.0.checked_add(jiff::Span::new().years(1)).unwrap_or(r.0));
                    let days = self.today.days_until(due);
                    if days <= REVIEW_WARNING_DAYS {
                        out.push(Statement {
                            file: d.file.clone(),
                            reviewed: Some(r.iso()),
                            review_due: Some(due.iso()),
                            days: Some(days),
                        });
                    }
                }
            }
        }
        out
    }
}
