//! `site` in every template: the campaign's title, languages, towns, sections and sectors,
//! computed once per language.

use super::Renderer;
use super::views::{self, Link};
use crate::collate::Collation;
use crate::config::Section;
use crate::lang::Lang;
use serde::Serialize;
use std::collections::BTreeMap;
use tera::Value;

impl Renderer<'_> {
    /// What every page in each language sees as `site`.
    pub(super) fn compute_globals(&self, collation: &Collation) -> BTreeMap<Lang, Value> {
        let mut globals = BTreeMap::new();
        for lang in &self.config.languages {
            let ctx = self.ctx(lang);
            let mut towns: Vec<views::TownRef> = self
                .site
                .towns
                .iter()
                .map(|t| views::town_ref(&ctx, t))
                .collect();
            collation.sort_by_key(lang, &mut towns, |t| t.name.as_str());
            let sections: BTreeMap<&str, Link> = Section::ALL
                .iter()
                .map(|s| {
                    (
                        s.folder(),
                        Link {
                            title: ctx.s(&format!("section_{}", s.folder())),
                            url: ctx.href(&self.routes.list_path(*s, None, lang, 1)),
                        },
                    )
                })
                .collect();
            let sectors: Vec<views::Named> = {
                let mut v: Vec<_> = self
                    .config
                    .sectors
                    .iter()
                    .map(|s| views::sector(&ctx, &s.key))
                    .collect();
                collation.sort_by_key(lang, &mut v, |n| n.name.as_str());
                v
            };
            let languages: Vec<LangView> = self
                .config
                .languages
                .iter()
                .map(|l| LangView {
                    code: l.code().into(),
                    name: self.strings[l]
                        .get("language_name")
                        .cloned()
                        .unwrap_or_default(),
                    url: ctx.href(
                        &self
                            .site
                            .home
                            .tr(l)
                            .map(|t| t.path.clone())
                            .unwrap_or_else(|| "/".into()),
                    ),
                })
                .collect();
            let global = SiteView {
                title: ctx.text(&self.config.title),
                description: self.config.description.as_ref().map(|d| ctx.text(d)),
                lang: lang.code().into(),
                default_lang: self.config.default_language.code().into(),
                base_url: self.config.base_url.absolute("/"),
                root_url: self.config.base_url.href("/"),
                home_url: ctx.href(
                    &self
                        .site
                        .home
                        .tr(lang)
                        .map(|t| t.path.clone())
                        .unwrap_or_default(),
                ),
                languages,
                towns,
                sections,
                sectors,
                employment_types: crate::model::EmploymentType::ALL
                    .iter()
                    .map(|t| views::Named {
                        key: t.key().into(),
                        name: ctx.s(&format!("employment_type_{}", t.key())),
                    })
                    .collect(),
                accessibility_url: self.site.accessibility_statement().map(|p| {
                    let tr = p.tr(lang).or(p.trs.first());
                    ctx.href(&tr.map(|t| t.path.clone()).unwrap_or_default())
                }),
                today: ctx.date(self.site.today),
            };
            globals.insert(lang.clone(), Value::from_serializable(&global));
        }
        globals
    }
}

#[derive(Serialize)]
struct LangView {
    code: String,
    name: String,
    url: String,
}

#[derive(Serialize)]
struct SiteView {
    title: String,
    description: Option<String>,
    lang: String,
    default_lang: String,
    base_url: String,
    /// The root-relative URL of the site's root (`/` or `/kampanja/`), for static files.
    root_url: String,
    home_url: String,
    languages: Vec<LangView>,
    towns: Vec<views::TownRef>,
    sections: BTreeMap<&'static str, Link>,
    sectors: Vec<views::Named>,
    employment_types: Vec<views::Named>,
    accessibility_url: Option<String>,
    today: views::DateView,
}
