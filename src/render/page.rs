//! The parts every page has: title, addresses, translations and alternates, breadcrumbs and
//! the body rendered with its resolved links and pictures.

use super::Renderer;
use super::views::{self, Link};
use crate::assets::AssetPlan;
use crate::config::{Config, Section};
use crate::lang::Lang;
use crate::markdown::{self, LinkTarget, Resolver};
use crate::site::{Body, Entry, Tr};
use serde::Serialize;

impl Renderer<'_> {
    /// The parts every page has: title, URLs, translations, alternates, breadcrumbs, body.
    pub(super) fn page_view(
        &self,
        kind: &str,
        tr: &Tr,
        town: Option<usize>,
        translation_path: impl Fn(&Lang) -> Option<String>,
        list_fallback: Option<&dyn Fn(&Lang) -> String>,
        hero: Option<views::ImageView>,
    ) -> PageView {
        let lang = &tr.lang;
        let ctx = self.ctx(lang);
        let site = self.site;
        let town_ref = town.map(|t| views::town_ref(&ctx, &site.towns[t]));
        let mut translations = Vec::new();
        let mut alternates = Vec::new();
        for l in &self.config.languages {
            let exact = translation_path(l);
            if let Some(p) = &exact {
                alternates.push(Alternate {
                    hreflang: l.code().into(),
                    href: self.config.base_url.absolute(p),
                });
            }
            // The nearest page that exists: the list, the town, the home.
            let path = exact
                .clone()
                .unwrap_or_else(|| match (list_fallback, town) {
                    (Some(f), _) => f(l),
                    (None, Some(t)) => site.towns[t]
                        .tr(l)
                        .map(|x| x.path.clone())
                        .unwrap_or_else(|| "/".into()),
                    (None, None) => site
                        .home
                        .tr(l)
                        .map(|x| x.path.clone())
                        .unwrap_or_else(|| "/".into()),
                });
            translations.push(TranslationLink {
                lang: l.code().into(),
                name: self.strings[l]
                    .get("language_name")
                    .cloned()
                    .unwrap_or_default(),
                url: ctx.href(&path),
                exists: exact.is_some(),
                current: l == lang,
            });
        }
        // The default language's page, else the first translation in config order: the same
        // for every translation, so x-default is reciprocal too.
        let x_default = translation_path(&self.config.default_language)
            .or_else(|| self.config.languages.iter().find_map(&translation_path))
            .map(|p| self.config.base_url.absolute(&p));
        let rendered = if tr.body.markdown.is_empty() {
            markdown::Rendered {
                html: String::new(),
                headings: Vec::new(),
            }
        } else {
            markdown::render(
                &tr.body.markdown,
                &BodyResolver {
                    config: self.config,
                    body: &tr.body,
                    assets: &self.assets,
                    eager_first: hero.is_none(),
                },
            )
        };
        let mut breadcrumbs = vec![Link {
            title: ctx.s("home"),
            url: ctx.href(
                &site
                    .home
                    .tr(lang)
                    .map(|t| t.path.clone())
                    .unwrap_or_default(),
            ),
        }];
        if let Some(t) = &town_ref
            && kind != "town"
        {
            breadcrumbs.push(Link {
                title: t.name.clone(),
                url: t.url.clone(),
            });
        }
        PageView {
            kind: kind.into(),
            title: tr.title.clone(),
            description: tr.description.clone().or_else(|| {
                let s = &tr.body.summary;
                (!s.is_empty()).then(|| s.clone())
            }),
            lang: lang.code().into(),
            url: ctx.href(&tr.path),
            permalink: self.config.base_url.absolute(&tr.path),
            body: rendered.html,
            headings: rendered.headings,
            translations,
            alternates,
            x_default,
            breadcrumbs,
            brand_color: town_ref.as_ref().map(|t| t.brand_color.clone()),
            town: town_ref,
            hero,
        }
    }
}

#[derive(Serialize)]
pub struct TranslationLink {
    lang: String,
    name: String,
    url: String,
    /// The page exists in this language (otherwise `url` is the nearest page that does).
    exists: bool,
    current: bool,
}

#[derive(Serialize)]
pub struct Alternate {
    hreflang: String,
    href: String,
}

#[derive(Serialize)]
pub struct PageView {
    pub(super) kind: String,
    pub(super) title: String,
    pub(super) description: Option<String>,
    pub(super) lang: String,
    pub(super) url: String,
    pub(super) permalink: String,
    pub(super) body: String,
    pub(super) headings: Vec<markdown::Heading>,
    pub(super) translations: Vec<TranslationLink>,
    pub(super) alternates: Vec<Alternate>,
    pub(super) x_default: Option<String>,
    pub(super) breadcrumbs: Vec<Link>,
    pub(super) brand_color: Option<String>,
    pub(super) town: Option<views::TownRef>,
    pub(super) hero: Option<views::ImageView>,
}

struct BodyResolver<'a> {
    config: &'a Config,
    body: &'a Body,
    assets: &'a AssetPlan,
    /// The body's first image is the page's first image (the page shows no hero above it):
    /// only then is it loaded eagerly.
    eager_first: bool,
}

impl Resolver for BodyResolver<'_> {
    fn raw_html(&self) -> bool {
        self.config.raw_html
    }

    fn link(&self, dest: &str) -> LinkTarget {
        self.body
            .links
            .get(dest)
            .cloned()
            .unwrap_or(LinkTarget::AsWritten)
    }

    fn image(&self, dest: &str, alt: &str, first: bool) -> String {
        let first = first && self.eager_first;
        if let Some(html) = self
            .body
            .images
            .get(dest)
            .and_then(|p| self.assets.picture(p, alt, "", first))
        {
            return html;
        }
        let src = match self.body.images.get(dest) {
            Some(p) => self
                .config
                .base_url
                .href(&crate::routes::paths::asset_site_path(p)),
            None => dest.to_string(),
        };
        let loading = if first { "eager" } else { "lazy" };
        format!(
            "<img src=\"{}\" alt=\"{}\" loading=\"{loading}\" decoding=\"async\">",
            crate::escape::html(&src),
            crate::escape::html(alt)
        )
    }
}

pub(super) fn hero_of(entry: &Entry<crate::site::PageFacts>, tr: &Tr) -> Option<views::ImageView> {
    entry.facts.hero.as_ref().map(|p| views::ImageView {
        src: crate::identity::to_slash(p),
        alt: tr.hero_alt.clone().unwrap_or_default(),
    })
}

pub(super) fn section_kind(s: Section) -> &'static str {
    match s {
        Section::Jobs => "job",
        Section::Studies => "study",
        Section::Companies => "company",
        Section::Stories => "story",
        Section::Events => "event",
    }
}
