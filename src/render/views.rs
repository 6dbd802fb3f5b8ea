//! What templates see: small serializable views built from the site, never the model itself.
//! Every field is always present (absent values are `null`), so templates can test them with
//! `{% if x %}` under Tera 2's strict undefined rules. The README's theme section documents them.

use crate::config::{Config, Section};
use crate::dates::{Date, When};
use crate::lang::Lang;
use crate::model::{Address, Contact, Salary, SalaryUnit};

/// A postal address in the page's language.
#[derive(Serialize, Clone)]
pub struct AddressView {
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub locality: Option<String>,
}

pub fn address(ctx: &Ctx, a: &Address) -> AddressView {
    AddressView {
        street: a.street.as_ref().map(|s| ctx.text(s)),
        postal_code: a.postal_code.clone(),
        locality: a.locality.as_ref().map(|s| ctx.text(s)),
    }
}
use super::parts::{Parts, Shared};
use crate::site::{
    Apply, Company, Entry, EventFacts, JobFacts, Site, StoryFacts, StudyFacts, Town, Tr,
};
use serde::Serialize;
use std::collections::BTreeMap;

pub use crate::theme::Strings;

/// Everything a view builder needs about the language it writes in.
pub struct Ctx<'a> {
    pub config: &'a Config,
    pub site: &'a Site,
    pub lang: &'a Lang,
    pub strings: &'a Strings,
    /// The views cards share in this language.
    pub parts: &'a Parts,
}

impl Ctx<'_> {
    pub fn s(&self, key: &str) -> String {
        self.strings.get(key).cloned().unwrap_or_default()
    }

    pub fn href(&self, path: &str) -> String {
        self.config.base_url.href(path)
    }

    pub fn text(&self, l: &crate::lang::Localized) -> String {
        self.config.text(l, self.lang).to_string()
    }

    /// A date as cards show it, shared by every card of the language that shows the day.
    pub fn shared_date(&self, d: Date) -> Shared<DateView> {
        self.parts.dates.get(d, || self.date(d))
    }

    pub fn date(&self, d: Date) -> DateView {
        DateView {
            iso: d.iso(),
            text: d.finnish(),
            month_name: self.s(&format!("month_{}", d.month())),
            year: d.year(),
            day: d.0.day(),
        }
    }

    pub fn when(&self, w: &When) -> WhenView {
        WhenView {
            date: self.date(w.date()),
            time: w.finnish_time(),
            iso: w.iso(),
        }
    }
}

#[derive(Serialize, Clone)]
pub struct DateView {
    /// `2026-12-05`
    pub iso: String,
    /// `5.12.2026`
    pub text: String,
    /// The month's name in the page's language (`joulukuu`, `december`).
    pub month_name: String,
    pub year: i16,
    pub day: i8,
}

#[derive(Serialize, Clone)]
pub struct WhenView {
    pub date: DateView,
    /// `17.00` when a time was given.
    pub time: Option<String>,
    pub iso: String,
}

#[derive(Serialize, Clone)]
pub struct Link {
    pub title: String,
    pub url: String,
}

#[derive(Serialize, Clone)]
pub struct Named {
    pub key: String,
    pub name: String,
}

#[derive(Serialize, Clone)]
pub struct TownRef {
    pub name: String,
    pub url: String,
    pub brand_color: String,
    pub folder: String,
    /// The town's hero photo (for tiles and as a card's fallback picture), or null.
    pub hero: Option<ImageView>,
}

/// Town `i` as cards show it, shared by every card of the language.
pub fn shared_town(ctx: &Ctx, i: usize) -> Shared<TownRef> {
    ctx.parts.towns.get(i, || town_ref(ctx, &ctx.site.towns[i]))
}

pub fn town_ref(ctx: &Ctx, town: &Town) -> TownRef {
    TownRef {
        name: ctx.text(&town.name),
        url: town
            .tr(ctx.lang)
            .map(|t| ctx.href(&t.path))
            .unwrap_or_default(),
        brand_color: town.brand_color.clone(),
        folder: town.folder.clone(),
        hero: image(
            town.page.facts.hero.as_ref(),
            town.tr(ctx.lang).and_then(|t| t.hero_alt.as_ref()),
        ),
    }
}

#[derive(Serialize, Clone)]
pub struct ImageView {
    /// Relative to the site root: what `image()` and the image pipeline take.
    pub src: String,
    pub alt: String,
}

fn image(path: Option<&std::path::PathBuf>, alt: Option<&String>) -> Option<ImageView> {
    path.map(|p| ImageView {
        src: crate::identity::to_slash(p),
        alt: alt.cloned().unwrap_or_default(),
    })
}

fn summary(tr: &Tr) -> String {
    tr.description
        .clone()
        .unwrap_or_else(|| tr.body.summary.clone())
}

#[derive(Serialize, Clone)]
pub struct JobCard {
    pub title: String,
    pub url: String,
    pub summary: String,
    pub company: Shared<Link>,
    pub town: Shared<TownRef>,
    pub sector: Shared<Named>,
    pub employment_type: Shared<Named>,
    pub posted: Shared<DateView>,
    pub deadline: Shared<DateView>,
    pub closing_soon: bool,
    pub salary: Option<String>,
    pub location: Option<String>,
    pub image: Option<ImageView>,
    /// The company's logo (alt: the company's name), or null.
    pub company_logo: Option<Shared<ImageView>>,
}

pub fn job_card(ctx: &Ctx, e: &Entry<JobFacts>, tr: &Tr) -> JobCard {
    let f = &e.facts;
    let company = &ctx.site.companies[f.company];
    let town = &ctx.site.towns[company.town];
    JobCard {
        title: tr.title.clone(),
        url: ctx.href(&tr.path),
        summary: summary(tr),
        company: ctx
            .parts
            .companies
            .get(f.company, || company_link(ctx, company)),
        town: shared_town(ctx, e.town.unwrap_or(company.town)),
        sector: shared_sector(ctx, &f.sector),
        employment_type: ctx.parts.employment_types.get(f.employment_type, || Named {
            key: f.employment_type.key().into(),
            name: ctx.s(&format!("employment_type_{}", f.employment_type.key())),
        }),
        posted: ctx.shared_date(f.posted),
        deadline: ctx.shared_date(f.deadline),
        closing_soon: f.closing_soon,
        salary: f.salary.as_ref().map(|s| salary(ctx, s)),
        location: tr
            .location
            .clone()
            .or_else(|| {
                company
                    .address
                    .as_ref()
                    .and_then(|a| a.locality.as_ref())
                    .map(|l| ctx.text(l))
            })
            .or_else(|| Some(ctx.text(&town.name))),
        image: image(f.image.as_ref(), tr.image_alt.as_ref()),
        company_logo: company.logo.as_ref().map(|p| {
            ctx.parts.logos.get(f.company, || ImageView {
                src: crate::identity::to_slash(p),
                alt: ctx.text(&company.name),
            })
        }),
    }
}

fn company_link(ctx: &Ctx, c: &Company) -> Link {
    Link {
        title: ctx.text(&c.name),
        url: c
            .tr(ctx.lang)
            .map(|t| ctx.href(&t.path))
            .unwrap_or_default(),
    }
}

/// A sector as cards show it, shared by every card of the language.
fn shared_sector(ctx: &Ctx, key: &str) -> Shared<Named> {
    ctx.parts.sectors.get(key.to_string(), || sector(ctx, key))
}

pub fn sector(ctx: &Ctx, key: &str) -> Named {
    Named {
        key: key.to_string(),
        name: ctx
            .config
            .sector(key)
            .map(|s| ctx.text(&s.name))
            .unwrap_or_else(|| key.to_string()),
    }
}

/// `3 200–3 800 €/kk`: thousands separated by a no-break space, decimals with a comma.
pub fn salary(ctx: &Ctx, s: &Salary) -> String {
    let unit = match s.unit {
        SalaryUnit::Hour => ctx.s("per_hour"),
        SalaryUnit::Month => ctx.s("per_month"),
        SalaryUnit::Year => ctx.s("per_year"),
    };
    let amount = match (s.min, s.max) {
        (Some(a), Some(b)) if a == b => money(a),
        (Some(a), Some(b)) => format!("{}–{}", money(a), money(b)),
        (Some(a), None) => format!("{} {}", ctx.s("salary_from"), money(a)),
        (None, Some(b)) => format!("{} {}", ctx.s("salary_up_to"), money(b)),
        (None, None) => String::new(),
    };
    format!("{} €{unit}", amount.trim())
}

pub fn money(v: f64) -> String {
    let cents = (v * 100.0).round() as i64;
    let (whole, frac) = (cents / 100, cents % 100);
    let digits = whole.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    if whole < 0 {
        out.insert(0, '-');
    }
    if frac != 0 {
        out.push_str(&format!(",{:02}", frac.abs()));
    }
    out
}

#[derive(Serialize, Clone)]
pub struct JobView {
    #[serde(flatten)]
    pub card: JobCard,
    pub apply_url: Option<String>,
    pub apply_email: Option<String>,
    pub contact: Option<Contact>,
    pub days_left: i64,
    pub address: Option<AddressView>,
}

pub fn job_view(ctx: &Ctx, e: &Entry<JobFacts>, tr: &Tr) -> JobView {
    let f = &e.facts;
    let company = &ctx.site.companies[f.company];
    let (apply_url, apply_email) = match &f.apply {
        Apply::Url(u) => (Some(u.clone()), None),
        Apply::Email(m) => (None, Some(m.clone())),
    };
    JobView {
        card: job_card(ctx, e, tr),
        apply_url,
        apply_email,
        contact: f.contact.clone(),
        days_left: ctx.site.today.days_until(f.deadline),
        address: company.address.as_ref().map(|a| address(ctx, a)),
    }
}

#[derive(Serialize, Clone)]
pub struct StudyCard {
    pub title: String,
    pub url: String,
    pub summary: String,
    pub town: Shared<TownRef>,
    pub provider: String,
    pub level: Shared<Named>,
    pub field: Option<String>,
    pub start: Option<Shared<DateView>>,
    pub application_deadline: Option<Shared<DateView>>,
    pub duration: Option<String>,
    pub credits: Option<u32>,
}

pub fn study_card(ctx: &Ctx, e: &Entry<StudyFacts>, tr: &Tr) -> StudyCard {
    let f = &e.facts;
    StudyCard {
        title: tr.title.clone(),
        url: ctx.href(&tr.path),
        summary: summary(tr),
        town: shared_town(ctx, e.town.unwrap_or(0)),
        provider: ctx.text(&f.provider),
        level: ctx.parts.levels.get(f.level, || Named {
            key: f.level.key().into(),
            name: ctx.s(&format!("level_{}", f.level.key())),
        }),
        field: f.field.as_ref().map(|x| ctx.text(x)),
        start: f.start.map(|d| ctx.shared_date(d)),
        application_deadline: f.application_deadline.map(|d| ctx.shared_date(d)),
        duration: tr.duration.clone(),
        credits: f.credits,
    }
}

#[derive(Serialize, Clone)]
pub struct StudyView {
    #[serde(flatten)]
    pub card: StudyCard,
    pub apply_url: Option<String>,
    pub partners: Vec<Link>,
}

pub fn study_view(ctx: &Ctx, e: &Entry<StudyFacts>, tr: &Tr) -> StudyView {
    StudyView {
        card: study_card(ctx, e, tr),
        apply_url: e.facts.apply_url.clone(),
        partners: e
            .facts
            .partners
            .iter()
            .map(|&i| company_link(ctx, &ctx.site.companies[i]))
            .collect(),
    }
}

#[derive(Serialize, Clone)]
pub struct CompanyCard {
    pub title: String,
    pub url: String,
    pub summary: String,
    pub town: Shared<TownRef>,
    pub sector: Shared<Named>,
    pub employees: Option<u32>,
    pub logo: Option<ImageView>,
    pub open_jobs: usize,
}

pub fn company_card(ctx: &Ctx, c: &Company, tr: &Tr, open_jobs: usize) -> CompanyCard {
    CompanyCard {
        title: tr.title.clone(),
        url: ctx.href(&tr.path),
        summary: tr
            .description
            .clone()
            .unwrap_or_else(|| tr.body.summary.clone()),
        town: shared_town(ctx, c.town),
        sector: shared_sector(ctx, &c.sector),
        employees: c.employees,
        logo: c.logo.as_ref().map(|p| ImageView {
            src: crate::identity::to_slash(p),
            alt: tr.title.clone(),
        }),
        open_jobs,
    }
}

#[derive(Serialize, Clone)]
pub struct CompanyView {
    #[serde(flatten)]
    pub card: CompanyCard,
    pub website: Option<String>,
    pub address: Option<AddressView>,
}

#[derive(Serialize, Clone)]
pub struct StoryCard {
    pub title: String,
    pub url: String,
    pub summary: String,
    pub town: Shared<TownRef>,
    pub date: Shared<DateView>,
    pub author: Option<String>,
    pub tags: Vec<String>,
    pub image: Option<ImageView>,
}

pub fn story_card(ctx: &Ctx, e: &Entry<StoryFacts>, tr: &Tr) -> StoryCard {
    StoryCard {
        title: tr.title.clone(),
        url: ctx.href(&tr.path),
        summary: summary(tr),
        town: shared_town(ctx, e.town.unwrap_or(0)),
        date: ctx.shared_date(e.facts.date),
        author: e.facts.author.clone(),
        tags: tr.tags.clone(),
        image: image(e.facts.image.as_ref(), tr.image_alt.as_ref()),
    }
}

#[derive(Serialize, Clone)]
pub struct EventCard {
    pub title: String,
    pub url: String,
    pub summary: String,
    pub town: Shared<TownRef>,
    pub start: WhenView,
    pub end: Option<WhenView>,
    pub location: Option<String>,
    pub registration_url: Option<String>,
    /// The event has ended (it stays listed as a past event).
    pub past: bool,
}

pub fn event_card(ctx: &Ctx, e: &Entry<EventFacts>, tr: &Tr) -> EventCard {
    let f = &e.facts;
    let last_day = f.end.as_ref().unwrap_or(&f.start).date();
    EventCard {
        title: tr.title.clone(),
        url: ctx.href(&tr.path),
        summary: summary(tr),
        town: shared_town(ctx, e.town.unwrap_or(0)),
        start: ctx.when(&f.start),
        end: f.end.as_ref().map(|w| ctx.when(w)),
        location: tr.location.clone(),
        registration_url: f.registration_url.clone(),
        past: last_day < ctx.site.today,
    }
}

#[derive(Serialize, Clone)]
pub struct TownView {
    #[serde(flatten)]
    pub town: TownRef,
    pub region: Option<String>,
    pub contact: Option<Contact>,
    pub logo: Option<ImageView>,
    pub coordinates: Option<crate::model::Coordinates>,
    /// Links to the town's section lists, with counts.
    pub sections: Vec<SectionLink>,
}

#[derive(Serialize, Clone)]
pub struct SectionLink {
    pub key: String,
    pub title: String,
    pub url: String,
    pub count: usize,
}

pub fn town_view(ctx: &Ctx, town: &Town, counts: &BTreeMap<Section, usize>) -> TownView {
    let tr = town.tr(ctx.lang);
    TownView {
        town: town_ref(ctx, town),
        region: town.region.as_ref().map(|r| ctx.text(r)),
        contact: town.contact.clone(),
        logo: town.logo.as_ref().map(|p| ImageView {
            src: crate::identity::to_slash(p),
            alt: ctx.text(&town.name),
        }),
        coordinates: town.coordinates,
        sections: Section::ALL
            .iter()
            .map(|s| SectionLink {
                key: s.folder().into(),
                title: ctx.s(&format!("section_{}", s.folder())),
                url: ctx.href(&format!(
                    "{}{}/",
                    tr.map(|t| t.path.as_str()).unwrap_or("/"),
                    ctx.config.segment(*s, ctx.lang)
                )),
                count: counts.get(s).copied().unwrap_or(0),
            })
            .collect(),
    }
}
