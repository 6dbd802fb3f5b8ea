//! Translations: grouping a page's language versions, checking that they agree, and building each [`Tr`].

use super::*;
use crate::lang::Localized;
use crate::load::Document;
use crate::model::Matter;
use crate::site::{Body, Entry, Tr};
use crate::slug::slugify;
use std::collections::BTreeMap;

impl Linker<'_> {
    /// Reports each fact a translation changes.
    pub(super) fn check_translation<M: Matter>(
        &mut self,
        facts_doc: &Document<M>,
        doc: &Document<M>,
    ) {
        if std::ptr::eq(facts_doc, doc) {
            return;
        }
        let original = facts_doc.source();
        for key in facts_doc.matter.contradictions(&doc.matter) {
            if original.is_broken(key) || doc.source().is_broken(key) {
                continue;
            }
            // A fact the original gets wrong (`sector: metall`) is reported there, once: the
            // translation that still has it right is not a second mistake.
            let spot = original.locate(&[key]).map(|s| s.pos);
            if spot.is_some()
                && self
                    .ds
                    .iter()
                    .any(|d| d.is_error() && d.file == facts_doc.file && d.pos == spot)
            {
                continue;
            }
            self.ds.push(
                doc.error_at(&[key], crate::t!("link-translation-changes", key = key))
                    .help(crate::t!(
                        "link-translation-changes-help",
                        key = key,
                        original = &facts_doc.file
                    )),
            );
        }
    }

    /// One language version of a page, its text inherited from the default-language file.
    pub(super) fn tr<M: Matter>(
        &mut self,
        facts_doc: &Document<M>,
        doc: &Document<M>,
        address: &dyn Fn(&str) -> String,
        key: &str,
    ) -> Tr {
        let lang = &doc.lang;
        let dl = self.config.default_language.clone();
        let own = doc.matter.text();
        let base = facts_doc.matter.text();
        let src = doc.source();
        for (k, v) in [
            ("title", own.title),
            ("description", own.description),
            ("image_alt", own.image_alt),
            ("hero_alt", own.hero_alt),
            ("duration", own.duration),
            ("location", own.location),
        ] {
            self.check_langs(&src, &[k], v);
        }
        let pick = |a: Option<&Localized>, b: Option<&Localized>| -> Option<String> {
            a.and_then(|v| v.get(lang, &dl))
                .or_else(|| b.and_then(|v| v.get(lang, &dl)))
                .map(str::to_string)
        };
        let title = pick(own.title, base.title).unwrap_or_default();
        if own.title.is_none() && base.title.is_none() && std::ptr::eq(facts_doc, doc) {
            self.ds.push(
                doc.error_at(&[], crate::t!("link-no-title"))
                    .help(crate::t!("link-no-title-help")),
            );
        }
        // `doc.base` is already the file name's slug (`Särmääjä.fi.md` → `sarmaaja`).
        if let Some(written) = own.slug
            && slugify(written).is_empty()
        {
            self.ds.push(
                doc.error_at(&["slug"], crate::t!("values-slug-empty", slug = written))
                    .help(crate::t!("values-slug-empty-help")),
            );
        }
        let slug = match own.slug.or(base.slug).map(slugify) {
            Some(s) if !s.is_empty() => s,
            _ => doc.base.clone(),
        };
        // A slug inherited from the original is reported there.
        let inherited = own.slug.is_none() && base.slug.is_some();
        if let Some(d) = crate::load::limits::slug_too_long(&src, own.slug.is_some(), &slug)
            && !inherited
        {
            self.ds.push(d);
        }
        let path = address(&slug);
        self.pending.push(PendingBody {
            key: key.to_string(),
            lang: lang.clone(),
            file: doc.file.clone(),
            refs: doc.refs.clone(),
        });
        Tr {
            lang: lang.clone(),
            file: doc.file.clone(),
            title,
            slug,
            path,
            description: pick(own.description, base.description),
            body: Body {
                markdown: doc.body.clone(),
                summary: doc.summary.clone(),
                ..Body::default()
            },
            image_alt: pick(own.image_alt, base.image_alt),
            hero_alt: pick(own.hero_alt, base.hero_alt),
            duration: pick(own.duration, base.duration),
            location: pick(own.location, base.location),
            tags: own
                .tags
                .or(base.tags)
                .map(<[String]>::to_vec)
                .unwrap_or_default(),
        }
    }

    /// Groups documents into entries by base name, checks translations, builds the facts and
    /// every language's page.
    pub(super) fn entries<M: Matter, F>(
        &mut self,
        docs: Vec<Document<M>>,
        scope: Scope,
        mut facts: impl FnMut(&mut Self, &Document<M>) -> Option<F>,
    ) -> Vec<Entry<F>> {
        let mut groups: BTreeMap<String, Vec<Document<M>>> = BTreeMap::new();
        for d in docs {
            groups.entry(d.base.clone()).or_default().push(d);
        }
        let mut out = Vec::new();
        for (base, mut group) in groups {
            group.sort_by_key(|d| self.config.languages.iter().position(|l| *l == d.lang));
            let key = match scope {
                Scope::Home => "_index".to_string(),
                Scope::Page => format!("pages/{base}"),
                Scope::Town { town, section, .. } => {
                    format!("towns/{}/{}/{base}", town.folder, section.folder())
                }
            };
            // The default language's file holds the facts; without one, the first translation.
            // When the default language's file is broken, its own errors say so: skip the rest.
            let Some(fi) = group
                .iter()
                .position(|d| &d.lang == self.default_lang())
                .or_else(|| (!self.broken.contains(&key)).then_some(0))
            else {
                continue;
            };
            let facts_doc = &group[fi];
            if self.original_missing(scope, &base, facts_doc) {
                self.broken.insert(key);
                continue;
            }
            let entry_draft = facts_doc.matter.text().draft == Some(true) && !self.opts.drafts;
            self.in_draft = entry_draft;
            let f = facts(self, facts_doc);
            self.in_draft = false;
            let mut trs = Vec::new();
            for doc in &group {
                self.check_translation(facts_doc, doc);
                if doc.matter.text().draft == Some(true) && !self.opts.drafts {
                    continue;
                }
                let lang = &doc.lang;
                let config = self.config;
                let address = |slug: &str| scope.address(config, lang, slug);
                trs.push(self.tr(facts_doc, doc, &address, &key));
            }
            if entry_draft || trs.is_empty() {
                self.unpublished.insert(key);
                continue;
            }
            let Some(f) = f else {
                self.broken.insert(key);
                continue;
            };
            let town = match scope {
                Scope::Town { index, .. } => Some(index),
                _ => None,
            };
            out.push(Entry {
                key,
                town,
                facts: f,
                trs,
            });
        }
        out
    }
}

impl Linker<'_> {
    /// A translation whose default-language original is gone: one error saying so (not one
    /// for each fact the translation does not repeat). True when it was reported.
    pub(super) fn original_missing<M: Matter>(
        &mut self,
        scope: Scope,
        base: &str,
        facts_doc: &Document<M>,
    ) -> bool {
        let Scope::Town { section, .. } = scope else {
            return false;
        };
        if section == Section::Companies
            || &facts_doc.lang == self.default_lang()
            || !only_text(&facts_doc.matter_text)
        {
            return false;
        }
        let original = facts_doc
            .file
            .with_file_name(format!("{base}.{}.md", self.default_lang().code()));
        self.ds.push(
            Diagnostic::error(
                &facts_doc.file,
                crate::t!("link-original-missing", original = &original),
            )
            .help(crate::t!(
                "link-original-missing-help",
                original = &original
            )),
        );
        true
    }
}

/// Whether front matter sets only what a translation may set (no facts at all): such a file
/// without its default-language original is a translation whose original is gone.
fn only_text(matter: &str) -> bool {
    const TEXT: [&str; 9] = [
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
    crate::yaml::top_level_keys(matter)
        .iter()
        .all(|k| TEXT.contains(&k.as_str()))
}
