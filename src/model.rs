//! What authors write: front matter and YAML files as typed structs.
//!
//! Every struct denies unknown keys. Fields are optional here because the same struct reads a
//! default-language file (where the link stage requires the facts) and its translations (which
//! may only set text). [`Matter::contradictions`] destructures each struct without `..`, so a
//! new field does not compile until it is classified as text or fact.

use crate::dates::{Date, When};
use crate::lang::Localized;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EmploymentType {
    FullTime,
    PartTime,
    Temporary,
    Apprenticeship,
    Summer,
    Internship,
}

impl EmploymentType {
    pub const ALL: [EmploymentType; 6] = [
        EmploymentType::FullTime,
        EmploymentType::PartTime,
        EmploymentType::Temporary,
        EmploymentType::Apprenticeship,
        EmploymentType::Summer,
        EmploymentType::Internship,
    ];

    pub fn key(self) -> &'static str {
        match self {
            EmploymentType::FullTime => "full_time",
            EmploymentType::PartTime => "part_time",
            EmploymentType::Temporary => "temporary",
            EmploymentType::Apprenticeship => "apprenticeship",
            EmploymentType::Summer => "summer",
            EmploymentType::Internship => "internship",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StudyLevel {
    Vocational,
    Apprenticeship,
    Uas,
    Further,
}

impl StudyLevel {
    pub const ALL: [StudyLevel; 4] = [
        StudyLevel::Vocational,
        StudyLevel::Apprenticeship,
        StudyLevel::Uas,
        StudyLevel::Further,
    ];

    pub fn key(self) -> &'static str {
        match self {
            StudyLevel::Vocational => "vocational",
            StudyLevel::Apprenticeship => "apprenticeship",
            StudyLevel::Uas => "uas",
            StudyLevel::Further => "further",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SalaryUnit {
    Hour,
    Month,
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Currency {
    #[serde(rename = "EUR")]
    Eur,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Salary {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: SalaryUnit,
    #[serde(default = "default_currency")]
    pub currency: Currency,
}

fn default_currency() -> Currency {
    Currency::Eur
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub street: Option<Localized>,
    pub postal_code: Option<String>,
    pub locality: Option<Localized>,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

/// The text a translation may set; everything else in a translation must repeat the default
/// language's facts or be left out.
#[derive(Debug, Default, Clone, Copy)]
pub struct TextFields<'a> {
    pub title: Option<&'a Localized>,
    pub slug: Option<&'a str>,
    pub description: Option<&'a Localized>,
    pub image_alt: Option<&'a Localized>,
    pub hero_alt: Option<&'a Localized>,
    pub duration: Option<&'a Localized>,
    pub location: Option<&'a Localized>,
    pub tags: Option<&'a [String]>,
    pub draft: Option<bool>,
}

/// Front matter of one Markdown kind.
pub trait Matter: serde::de::DeserializeOwned + Send + Sync + std::fmt::Debug {
    /// Human name of the kind, for messages ("job", "study").
    const KIND: &'static str;
    fn text(&self) -> TextFields<'_>;
    /// Keys the translation `tr` sets to something other than `self` (the default language's
    /// file) says: each is a contradiction of a fact.
    fn contradictions(&self, tr: &Self) -> Vec<&'static str>;
}

/// Collects the names of the fact fields that a translation sets and that differ.
macro_rules! differing {
    ($default:expr, $tr:expr; $($field:ident),* $(,)?) => {{
        let mut out = Vec::new();
        $( if $tr.$field.is_some() && $tr.$field != $default.$field { out.push(stringify!($field)); } )*
        out
    }};
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobMatter {
    pub title: Option<Localized>,
    pub description: Option<Localized>,
    pub slug: Option<String>,
    pub draft: Option<bool>,
    pub company: Option<String>,
    pub sector: Option<String>,
    pub employment_type: Option<EmploymentType>,
    pub posted: Option<Date>,
    pub deadline: Option<Date>,
    pub salary: Option<Salary>,
    pub apply_url: Option<String>,
    pub apply_email: Option<String>,
    pub contact: Option<Contact>,
    pub image: Option<String>,
    pub image_alt: Option<Localized>,
    pub location: Option<Localized>,
}

impl Matter for JobMatter {
    const KIND: &'static str = "job";
    fn text(&self) -> TextFields<'_> {
        TextFields {
            title: self.title.as_ref(),
            slug: self.slug.as_deref(),
            description: self.description.as_ref(),
            image_alt: self.image_alt.as_ref(),
            location: self.location.as_ref(),
            draft: self.draft,
            ..TextFields::default()
        }
    }
    fn contradictions(&self, tr: &Self) -> Vec<&'static str> {
        let JobMatter {
            title: _,
            description: _,
            slug: _,
            draft: _,
            image_alt: _,
            location: _,
            company: _,
            sector: _,
            employment_type: _,
            posted: _,
            deadline: _,
            salary: _,
            apply_url: _,
            apply_email: _,
            contact: _,
            image: _,
        } = tr;
        differing!(self, tr; company, sector, employment_type, posted, deadline, salary, apply_url, apply_email, contact, image)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StudyMatter {
    pub title: Option<Localized>,
    pub description: Option<Localized>,
    pub slug: Option<String>,
    pub draft: Option<bool>,
    pub provider: Option<Localized>,
    pub level: Option<StudyLevel>,
    pub field: Option<Localized>,
    pub start: Option<Date>,
    pub application_deadline: Option<Date>,
    pub duration: Option<Localized>,
    pub credits: Option<u32>,
    pub apply_url: Option<String>,
    pub partner_companies: Option<Vec<String>>,
}

impl Matter for StudyMatter {
    const KIND: &'static str = "study";
    fn text(&self) -> TextFields<'_> {
        TextFields {
            title: self.title.as_ref(),
            slug: self.slug.as_deref(),
            description: self.description.as_ref(),
            duration: self.duration.as_ref(),
            draft: self.draft,
            ..TextFields::default()
        }
    }
    fn contradictions(&self, tr: &Self) -> Vec<&'static str> {
        let StudyMatter {
            title: _,
            description: _,
            slug: _,
            draft: _,
            duration: _,
            provider: _,
            level: _,
            field: _,
            start: _,
            application_deadline: _,
            credits: _,
            apply_url: _,
            partner_companies: _,
        } = tr;
        differing!(self, tr; provider, level, field, start, application_deadline, credits, apply_url, partner_companies)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryMatter {
    pub title: Option<Localized>,
    pub description: Option<Localized>,
    pub slug: Option<String>,
    pub draft: Option<bool>,
    pub date: Option<Date>,
    pub author: Option<String>,
    pub image: Option<String>,
    pub image_alt: Option<Localized>,
    pub tags: Option<Vec<String>>,
}

impl Matter for StoryMatter {
    const KIND: &'static str = "story";
    fn text(&self) -> TextFields<'_> {
        TextFields {
            title: self.title.as_ref(),
            slug: self.slug.as_deref(),
            description: self.description.as_ref(),
            image_alt: self.image_alt.as_ref(),
            tags: self.tags.as_deref(),
            draft: self.draft,
            ..TextFields::default()
        }
    }
    fn contradictions(&self, tr: &Self) -> Vec<&'static str> {
        let StoryMatter {
            title: _,
            description: _,
            slug: _,
            draft: _,
            image_alt: _,
            tags: _,
            date: _,
            author: _,
            image: _,
        } = tr;
        differing!(self, tr; date, author, image)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventMatter {
    pub title: Option<Localized>,
    pub description: Option<Localized>,
    pub slug: Option<String>,
    pub draft: Option<bool>,
    pub start: Option<When>,
    pub end: Option<When>,
    pub location: Option<Localized>,
    pub registration_url: Option<String>,
}

impl Matter for EventMatter {
    const KIND: &'static str = "event";
    fn text(&self) -> TextFields<'_> {
        TextFields {
            title: self.title.as_ref(),
            slug: self.slug.as_deref(),
            description: self.description.as_ref(),
            location: self.location.as_ref(),
            draft: self.draft,
            ..TextFields::default()
        }
    }
    fn contradictions(&self, tr: &Self) -> Vec<&'static str> {
        let EventMatter {
            title: _,
            description: _,
            slug: _,
            draft: _,
            location: _,
            start: _,
            end: _,
            registration_url: _,
        } = tr;
        differing!(self, tr; start, end, registration_url)
    }
}

/// The home page, a town's landing page and free pages.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageMatter {
    pub title: Option<Localized>,
    pub description: Option<Localized>,
    pub slug: Option<String>,
    pub draft: Option<bool>,
    pub hero: Option<String>,
    pub hero_alt: Option<Localized>,
    pub accessibility_statement: Option<bool>,
    pub reviewed: Option<Date>,
}

impl Matter for PageMatter {
    const KIND: &'static str = "page";
    fn text(&self) -> TextFields<'_> {
        TextFields {
            title: self.title.as_ref(),
            slug: self.slug.as_deref(),
            description: self.description.as_ref(),
            hero_alt: self.hero_alt.as_ref(),
            draft: self.draft,
            ..TextFields::default()
        }
    }
    fn contradictions(&self, tr: &Self) -> Vec<&'static str> {
        let PageMatter {
            title: _,
            description: _,
            slug: _,
            draft: _,
            hero_alt: _,
            hero: _,
            accessibility_statement: _,
            reviewed: _,
        } = tr;
        differing!(self, tr; hero, accessibility_statement, reviewed)
    }
}

/// A company's optional `SLUG.LANG.md` is a body only: it has no front matter.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoMatter {}

impl Matter for NoMatter {
    const KIND: &'static str = "company text";
    fn text(&self) -> TextFields<'_> {
        TextFields::default()
    }
    fn contradictions(&self, _: &Self) -> Vec<&'static str> {
        Vec::new()
    }
}

/// `towns/TOWN/town.yaml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TownFile {
    pub name: Option<Localized>,
    pub slug: Option<Localized>,
    pub region: Option<Localized>,
    pub coordinates: Option<Coordinates>,
    pub contact: Option<Contact>,
    pub brand_color: Option<String>,
    pub logo: Option<String>,
    pub hero: Option<String>,
    pub hero_alt: Option<Localized>,
}

/// `towns/TOWN/companies/SLUG.yaml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompanyFile {
    pub name: Option<Localized>,
    pub sector: Option<String>,
    pub website: Option<String>,
    pub logo: Option<String>,
    pub employees: Option<u32>,
    pub address: Option<Address>,
    pub description: Option<Localized>,
    pub draft: Option<bool>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(text: &str) -> JobMatter {
        crate::yaml::from_str(text).unwrap()
    }

    #[test]
    fn translations_may_repeat_facts_but_not_change_them() {
        let fi = job("title: Hitsaaja\nsector: metal\ndeadline: 2026-12-05\n");
        let same = job("title: Svetsare\nsector: metal\n");
        let other = job("title: Svetsare\nsector: wood\ndeadline: 2026-12-06\nslug: svetsare\n");
        assert!(fi.contradictions(&same).is_empty());
        assert_eq!(fi.contradictions(&other), ["sector", "deadline"]);
    }

    #[test]
    fn a_fact_missing_from_the_default_file_cannot_come_from_a_translation() {
        let fi = job("title: Hitsaaja\n");
        let sv = job("title: Svetsare\napply_url: https://x.fi\n");
        assert_eq!(fi.contradictions(&sv), ["apply_url"]);
    }

    /// Arbitrary text built from YAML's special characters never panics any parser, and
    /// every failure comes back as diagnostics with a position inside the text.
    #[test]
    fn arbitrary_front_matter_never_panics() {
        use crate::yaml::Source;
        use std::path::Path;
        let pieces = [
            "title",
            "deadline",
            "salary",
            ":",
            " ",
            "\n",
            "- ",
            "{",
            "}",
            "[",
            "]",
            ",",
            "\"",
            "'",
            "#",
            "&a",
            "*a",
            "!!str",
            "2026-12-05",
            "5.12.2026",
            "min: 1",
            "unit: hour",
            "fi: x",
            "ä",
            "\t",
            "|",
            ">",
            "~",
            "null",
            "9999999999999999999999",
            "-1",
            "employment_type: full_time",
            "%YAML 1.2",
            "---",
            "?",
        ];
        let mut seed: u64 = 0x5eed;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(seed % 24) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let lines = text.lines().count().max(1);
            let src = Source::new(Path::new("x.fi.md"), &text, 2);
            for errs in [
                src.parse::<JobMatter>().err(),
                src.parse::<StudyMatter>().err(),
                src.parse::<EventMatter>().err(),
                src.parse::<TownFile>().err(),
                src.parse::<CompanyFile>().err(),
            ]
            .into_iter()
            .flatten()
            {
                assert!(!errs.is_empty());
                for e in errs {
                    if let Some(p) = e.pos {
                        assert!(p.line >= 2 && p.line <= lines + 2, "{text:?}: {e:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn employment_types_use_snake_case() {
        let j = job("employment_type: full_time\n");
        assert_eq!(j.employment_type, Some(EmploymentType::FullTime));
        assert!(crate::yaml::from_str::<JobMatter>("employment_type: fulltime\n").is_err());
    }
}
