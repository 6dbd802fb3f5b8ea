//! The facts of each kind of entry (job, study, story, event, page), from the default language's file.

use super::*;
use crate::load::Document;
use crate::model::{EventMatter, JobMatter, PageMatter, StoryMatter, StudyMatter};
use crate::site::{Apply, Company, EventFacts, JobFacts, PageFacts, StoryFacts, StudyFacts, Town};

impl Linker<'_> {
    pub(super) fn job_facts(
        &mut self,
        d: &Document<JobMatter>,
        ti: usize,
        towns: &[Town],
        companies: &[Arc<Company>],
    ) -> Option<JobFacts> {
        let src = d.source();
        let m = &d.matter;
        let mut ok = true;
        let company = match &m.company {
            Some(c) => self.company_ref(&src, &["company"], c, ti, towns, companies),
            None => {
                self.missing(
                    &src,
                    "job",
                    "company",
                    "the company's file name, e.g. perameren-terasrakenne",
                );
                None
            }
        };
        let sector = self.sector(&src, m.sector.as_deref());
        let employment_type = m.employment_type.or_else(|| {
            self.missing(
                &src,
                "job",
                "employment_type",
                "full_time (or part_time, temporary, apprenticeship, summer, internship)",
            );
            None
        });
        let posted = m.posted.or_else(|| {
            self.missing(&src, "job", "posted", "2026-11-20");
            None
        });
        let deadline = m.deadline.or_else(|| {
            self.missing(&src, "job", "deadline", "2026-12-31");
            None
        });
        if let (Some(p), Some(dl)) = (posted, deadline)
            && dl < p
        {
            self.ds.push(
                src.error_at(
                    &["deadline"],
                    crate::t!(
                        "link-deadline-before-posted",
                        deadline = dl.finnish(),
                        posted = p.finnish()
                    ),
                )
                .help(crate::t!("link-deadline-before-posted-help")),
            );
            ok = false;
        }
        let apply = match (&m.apply_url, &m.apply_email) {
            (Some(url), _) => self
                .check_url(&src, "apply_url", url)
                .then(|| Apply::Url(url.clone())),
            (None, Some(email)) => {
                if email.contains('@') && !email.contains(char::is_whitespace) {
                    Some(Apply::Email(email.clone()))
                } else {
                    self.ds.push(
                        src.error_at(&["apply_email"], crate::t!("link-bad-email", email = email))
                            .help(crate::t!("link-bad-email-help")),
                    );
                    None
                }
            }
            (None, None) => {
                self.ds.push(
                    src.error_at(&[], crate::t!("link-no-apply"))
                        .help(crate::t!("link-no-apply-help")),
                );
                None
            }
        };
        if let Some(s) = &m.salary {
            if s.min.is_none() && s.max.is_none() {
                self.ds.push(
                    src.error_at(&["salary"], crate::t!("link-salary-empty"))
                        .help(crate::t!("link-salary-empty-help")),
                );
                ok = false;
            }
            for (key, value) in [("min", s.min), ("max", s.max)] {
                let Some(v) = value else { continue };
                let message = if !v.is_finite() {
                    crate::t!("values-salary-not-finite", key = key)
                } else if v < 0.0 {
                    crate::t!("values-salary-negative", key = key)
                } else {
                    continue;
                };
                self.ds.push(
                    src.error_at(&["salary", key], message)
                        .help(crate::t!("values-salary-help")),
                );
                ok = false;
            }
            if let (Some(a), Some(b)) = (s.min, s.max)
                && a > b
            {
                self.ds.push(
                    src.error_at(&["salary", "max"], crate::t!("link-salary-max-below-min"))
                        .help(crate::t!("link-salary-max-below-min-help")),
                );
                ok = false;
            }
        }
        let image = self.image_with_alt(d, m.image.as_deref(), m.image_alt.as_ref());
        let (
            Some(company),
            Some(sector),
            Some(employment_type),
            Some(posted),
            Some(deadline),
            Some(apply),
            true,
        ) = (
            company,
            sector,
            employment_type,
            posted,
            deadline,
            apply,
            ok,
        )
        else {
            return None;
        };
        let days = self.opts.today.days_until(deadline);
        Some(JobFacts {
            company,
            sector,
            employment_type,
            posted,
            deadline,
            closing_soon: (0..=CLOSING_SOON_DAYS).contains(&days),
            salary: m.salary.clone(),
            apply,
            contact: m.contact.clone(),
            image,
        })
    }

    pub(super) fn study_facts(
        &mut self,
        d: &Document<StudyMatter>,
        ti: usize,
        towns: &[Town],
        companies: &[Arc<Company>],
    ) -> Option<StudyFacts> {
        let src = d.source();
        let m = &d.matter;
        self.check_langs(&src, &["provider"], m.provider.as_ref());
        self.check_langs(&src, &["field"], m.field.as_ref());
        let provider = m.provider.clone().or_else(|| {
            self.missing(&src, "study", "provider", "Raahen Porvari- ja Kauppakoulu");
            None
        });
        let level = m.level.or_else(|| {
            self.missing(
                &src,
                "study",
                "level",
                "vocational (or apprenticeship, uas, further)",
            );
            None
        });
        let mut partners = Vec::new();
        let mut ok = true;
        for p in m.partner_companies.iter().flatten() {
            match self.company_ref(&src, &["partner_companies"], p, ti, towns, companies) {
                Some(i) => partners.push(i),
                None => ok = false,
            }
        }
        if let Some(url) = &m.apply_url {
            ok &= self.check_url(&src, "apply_url", url);
        }
        Some(StudyFacts {
            provider: provider?,
            level: level?,
            field: m.field.clone(),
            start: m.start,
            application_deadline: m.application_deadline,
            credits: m.credits,
            apply_url: m.apply_url.clone(),
            partners,
        })
        .filter(|_| ok)
    }

    pub(super) fn story_facts(&mut self, d: &Document<StoryMatter>) -> Option<StoryFacts> {
        let src = d.source();
        let m = &d.matter;
        let date = m.date.or_else(|| {
            self.missing(&src, "story", "date", "2026-11-20");
            None
        });
        let image = self.image_with_alt(d, m.image.as_deref(), m.image_alt.as_ref());
        Some(StoryFacts {
            date: date?,
            author: m.author.clone(),
            image,
        })
    }

    pub(super) fn event_facts(&mut self, d: &Document<EventMatter>) -> Option<EventFacts> {
        let src = d.source();
        let m = &d.matter;
        let mut ok = true;
        let start = m.start.clone().or_else(|| {
            self.missing(&src, "event", "start", "2026-12-10T17:00");
            None
        });
        if m.location.is_none() {
            self.missing(&src, "event", "location", "Raahen kaupungintalo");
            ok = false;
        }
        if let (Some(s), Some(e)) = (&start, &m.end)
            && e < s
        {
            self.ds.push(
                src.error_at(&["end"], crate::t!("link-event-ends-before-start"))
                    .help(crate::t!("link-event-ends-before-start-help")),
            );
            ok = false;
        }
        if let Some(url) = &m.registration_url {
            ok &= self.check_url(&src, "registration_url", url);
        }
        let start = start?;
        ok.then(|| EventFacts {
            start,
            end: m.end.clone(),
            registration_url: m.registration_url.clone(),
        })
    }

    pub(super) fn page_facts(&mut self, d: &Document<PageMatter>) -> Option<PageFacts> {
        let src = d.source();
        let m = &d.matter;
        let hero = self.asset(&d.file, &src, "hero", m.hero.as_deref());
        if hero.is_some() && m.hero_alt.is_none() {
            self.ds.push(
                src.error_at(&["hero"], crate::t!("link-hero-no-alt"))
                    .help(crate::t!("link-hero-no-alt-help")),
            );
        }
        let statement = m.accessibility_statement.unwrap_or(false);
        if statement && m.reviewed.is_none() {
            self.ds.push(
                src.error_at(
                    &["accessibility_statement"],
                    crate::t!("link-statement-not-reviewed"),
                )
                .help(crate::t!("link-statement-not-reviewed-help")),
            );
        }
        Some(PageFacts {
            hero,
            accessibility_statement: statement,
            reviewed: m.reviewed,
        })
    }
}
