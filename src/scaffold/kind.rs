//! What `aikosite new` can create, and the keys each kind's files are written with.

use crate::config::Section;

/// What `new` can create.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Town,
    Job,
    Study,
    Company,
    Story,
    Event,
    Page,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Town,
        Kind::Job,
        Kind::Study,
        Kind::Company,
        Kind::Story,
        Kind::Event,
        Kind::Page,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Town => "town",
            Kind::Job => "job",
            Kind::Study => "study",
            Kind::Company => "company",
            Kind::Story => "story",
            Kind::Event => "event",
            Kind::Page => "page",
        }
    }

    pub fn parse(word: &str) -> Option<Kind> {
        let word = word.trim().to_lowercase();
        Kind::ALL.into_iter().find(|k| k.name() == word)
    }

    pub(super) fn section(self) -> Option<Section> {
        match self {
            Kind::Job => Some(Section::Jobs),
            Kind::Study => Some(Section::Studies),
            Kind::Company => Some(Section::Companies),
            Kind::Story => Some(Section::Stories),
            Kind::Event => Some(Section::Events),
            Kind::Town | Kind::Page => None,
        }
    }

    /// The keys of a file of this kind, in the order they are written.
    pub(super) fn keys(self) -> &'static [&'static str] {
        match self {
            Kind::Town => &[
                "name",
                "slug",
                "region",
                "coordinates",
                "contact",
                "brand_color",
                "logo",
                "hero",
                "hero_alt",
            ],
            Kind::Job => &[
                "title",
                "description",
                "slug",
                "draft",
                "company",
                "sector",
                "employment_type",
                "posted",
                "deadline",
                "salary",
                "apply_url",
                "apply_email",
                "contact",
                "image",
                "image_alt",
                "location",
            ],
            Kind::Study => &[
                "title",
                "description",
                "slug",
                "draft",
                "provider",
                "level",
                "field",
                "start",
                "application_deadline",
                "duration",
                "credits",
                "apply_url",
                "partner_companies",
            ],
            Kind::Company => &[
                "name",
                "sector",
                "website",
                "logo",
                "employees",
                "address",
                "description",
                "draft",
            ],
            Kind::Story => &[
                "title",
                "description",
                "slug",
                "draft",
                "date",
                "author",
                "image",
                "image_alt",
                "tags",
            ],
            Kind::Event => &[
                "title",
                "description",
                "slug",
                "draft",
                "start",
                "end",
                "location",
                "registration_url",
            ],
            Kind::Page => &[
                "title",
                "description",
                "slug",
                "draft",
                "hero",
                "hero_alt",
                "accessibility_statement",
                "reviewed",
            ],
        }
    }
}

/// The keys a translation may set (the rest are facts of the default language's file).
pub(super) const TEXT_KEYS: &[&str] = &[
    "title",
    "slug",
    "description",
    "image_alt",
    "hero_alt",
    "duration",
    "location",
    "tags",
    "draft",
];

/// The keys of a town's landing page `_index.LANG.md`.
pub(super) const TOWN_INDEX_KEYS: &[&str] = &["title", "description", "draft", "hero", "hero_alt"];
