//! Bodies: Markdown links and images resolved once every address is known.

use super::*;
use crate::diagnostics::Diagnostic;
use crate::identity::{content_key, normalize, to_slash};
use crate::lang::Lang;
use crate::markdown::{LinkTarget, RefKind, Reference};
use crate::routes::paths::asset_site_path;
use crate::site::{AssetRef, Body, Site, Tr};
use crate::target::{Target, classify};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

impl Linker<'_> {
    /// Resolves every body's links and images, now that every URL is known.
    pub(super) fn resolve_bodies(&mut self, site: &mut Site, book: &AddressBook) {
        let mut resolved = self.resolve_pending(book);
        let mut apply = |key: &str, trs: &mut [Tr]| apply_bodies(&mut resolved, key, trs);
        apply(&site.home.key.clone(), &mut site.home.trs);
        for e in &mut site.pages {
            apply(&e.key, &mut e.trs);
        }
        for t in &mut site.towns {
            apply(&t.page.key, &mut t.page.trs);
        }
        for c in &mut site.companies {
            let c = Arc::make_mut(c);
            apply(&c.key, &mut c.trs);
        }
        for e in &mut site.jobs {
            let e = Arc::make_mut(e);
            apply(&e.key, &mut e.trs);
        }
        for e in &mut site.studies {
            let e = Arc::make_mut(e);
            apply(&e.key, &mut e.trs);
        }
        for e in &mut site.stories {
            let e = Arc::make_mut(e);
            apply(&e.key, &mut e.trs);
        }
        for e in &mut site.events {
            let e = Arc::make_mut(e);
            apply(&e.key, &mut e.trs);
        }
    }

    /// The links and images of every body waiting to be resolved, by key and language.
    pub(super) fn resolve_pending(&mut self, book: &AddressBook) -> BTreeMap<(String, Lang), Body> {
        let mut resolved = BTreeMap::new();
        for p in std::mem::take(&mut self.pending) {
            let mut body = Body::default();
            for r in &p.refs {
                match r.kind {
                    RefKind::Link => {
                        if let Some(target) = self.resolve_link(&p, r, book) {
                            body.links.insert(r.dest.clone(), target);
                        }
                    }
                    RefKind::Image => {
                        if let Some(img) = self.resolve_image(&p, r) {
                            body.images.insert(r.dest.clone(), img);
                        }
                    }
                    // Shown as text: the editor sees the tags on the page, and here why.
                    RefKind::RawHtml if !self.config.raw_html => self.ds.push(
                        Diagnostic::warning(&p.file, crate::t!("safety-raw-html", html = &r.dest))
                            .at(r.pos)
                            .span_len(r.len)
                            .help(crate::t!("safety-raw-html-help")),
                    ),
                    RefKind::RawHtml => {}
                }
            }
            resolved.insert((p.key, p.lang), body);
        }
        resolved
    }

    pub(super) fn resolve_link(
        &mut self,
        p: &PendingBody,
        r: &Reference,
        book: &AddressBook,
    ) -> Option<LinkTarget> {
        let dest = r.dest.trim();
        let pos = r.pos;
        match classify(dest) {
            Target::Empty | Target::Fragment | Target::Web | Target::Mail | Target::Tel => {
                return Some(LinkTarget::AsWritten);
            }
            Target::BadWeb => {
                self.ds.push(
                    Diagnostic::error(&p.file, crate::t!("safety-link-no-host", target = dest))
                        .at(pos)
                        .span_len(r.len)
                        .help(crate::t!("safety-link-no-host-help")),
                );
                return None;
            }
            Target::Refused(_) => {
                self.ds.push(
                    Diagnostic::error(&p.file, crate::t!("safety-link-not-allowed", target = dest))
                        .at(pos)
                        .span_len(r.len)
                        .help(crate::t!("safety-link-not-allowed-help")),
                );
                return None;
            }
            Target::SitePath | Target::Content | Target::Relative => {}
        }
        let (target, fragment) = match dest.split_once('#') {
            Some((t, f)) => (t, format!("#{f}")),
            None => (dest, String::new()),
        };
        if target.is_empty() {
            return Some(LinkTarget::AsWritten);
        }
        if classify(target) == Target::SitePath {
            let with_slash = if target.ends_with('/') || target.contains('.') {
                target.to_string()
            } else {
                format!("{target}/")
            };
            let on_disk = self.static_on_disk(target);
            let known = on_disk.is_some()
                || book.paths.contains(with_slash.as_str())
                || GENERATED_FILES.contains(&target);
            if !known {
                self.ds.push(
                    Diagnostic::error(&p.file, crate::t!("link-unknown-path", target = target))
                        .at(pos)
                        .span_len(r.len)
                        .help(crate::t!("link-unknown-path-help")),
                );
                return None;
            }
            let target = on_disk.as_deref().unwrap_or(target);
            return Some(LinkTarget::Url(format!(
                "{}{fragment}",
                self.config.base_url.href(target)
            )));
        }
        // Content links: `@/path/under/content.md` or a path relative to this file.
        let content_rel = if let Some(rest) = target.strip_prefix("@/") {
            Some(PathBuf::from(rest))
        } else {
            let dir = p.file.parent().unwrap_or(Path::new(""));
            normalize(&dir.join(target))
                .and_then(|full| full.strip_prefix("content").ok().map(Path::to_path_buf))
        };
        let Some(content_rel) = content_rel else {
            self.ds.push(
                Diagnostic::error(&p.file, crate::t!("link-outside-content", target = target))
                    .at(pos)
                    .span_len(r.len)
                    .help(crate::t!("link-outside-content-help")),
            );
            return None;
        };
        let looks_like_page =
            target.starts_with("@/") || target.ends_with(".md") || target.ends_with(".yaml");
        if !looks_like_page {
            // A file beside the content (a PDF, an image): copied to the output.
            let full = Path::new("content").join(&content_rel);
            if let Some(full) = normalize(&full).and_then(|f| self.asset_on_disk(&f)) {
                self.used_assets.insert(full.clone());
                return Some(LinkTarget::Url(
                    self.config.base_url.href(&asset_site_path(&full)),
                ));
            }
            self.ds.push(
                Diagnostic::error(&p.file, crate::t!("link-missing-file", target = target))
                    .at(pos)
                    .span_len(r.len)
                    .help(crate::t!("link-missing-file-help")),
            );
            return None;
        }
        let key = content_key(&content_rel, &self.config.languages);
        if let Some(versions) = book.urls.get(key.as_str()) {
            let path = versions
                .iter()
                .find(|(l, _)| *l == p.lang)
                .or_else(|| versions.iter().find(|(l, _)| l == self.default_lang()))
                .or(versions.first())
                .map(|(_, path)| path.as_str())?;
            return Some(LinkTarget::Url(format!(
                "{}{fragment}",
                self.config.base_url.href(path)
            )));
        }
        if self.broken.contains(&key) {
            return None;
        }
        if self.unpublished.contains(&key) {
            self.ds.push(
                Diagnostic::warning(&p.file, crate::t!("link-unpublished", target = target))
                    .at(pos)
                    .span_len(r.len)
                    .help(crate::t!("link-unpublished-help")),
            );
            return Some(LinkTarget::PlainText);
        }
        let known = book.urls.keys().map(String::as_str).chain(
            self.unpublished
                .iter()
                .chain(&self.broken)
                .map(String::as_str),
        );
        let help = crate::diagnostics::did_you_mean(&key, known)
            .map(|k| crate::t!("did-you-mean", word = format!("@/{k}.md")))
            .unwrap_or_else(|| crate::t!("link-to-missing-page-help"));
        self.ds.push(
            Diagnostic::error(&p.file, crate::t!("link-to-missing-page", target = target))
                .at(pos)
                .span_len(r.len)
                .help(help),
        );
        None
    }

    pub(super) fn resolve_image(&mut self, p: &PendingBody, r: &Reference) -> Option<PathBuf> {
        let pos = r.pos;
        if r.alt.trim().is_empty() && !r.is_decorative() {
            self.ds.push(
                Diagnostic::error(
                    &p.file,
                    crate::t!("link-body-image-no-alt", image = &r.dest),
                )
                .at(pos)
                .span_len(r.len)
                .help(crate::t!("link-body-image-no-alt-help")),
            );
        }
        if let Target::Refused(_) = classify(&r.dest) {
            self.ds.push(
                Diagnostic::error(
                    &p.file,
                    crate::t!("safety-image-not-allowed", image = &r.dest),
                )
                .at(pos)
                .span_len(r.len)
                .help(crate::t!("safety-image-not-allowed-help")),
            );
            return None;
        }
        if classify(&r.dest).is_external() {
            self.ds.push(
                Diagnostic::error(&p.file, crate::t!("link-image-external", image = &r.dest))
                    .at(pos)
                    .span_len(r.len)
                    .help(crate::t!("link-image-external-help")),
            );
            return None;
        }
        let dir = p.file.parent().unwrap_or(Path::new(""));
        let full = match r.dest.strip_prefix("@/") {
            Some(rest) => normalize(&Path::new("content").join(rest)),
            None => normalize(&dir.join(&r.dest)),
        };
        match full.and_then(|f| self.asset_on_disk(&f)) {
            Some(f) => {
                self.used_images
                    .entry(f.clone())
                    .or_insert_with(|| AssetRef {
                        file: p.file.clone(),
                        pos: Some(pos),
                    });
                Some(f)
            }
            _ => {
                let near = self.near_assets(dir, &r.dest);
                self.ds.push(
                    Diagnostic::error(&p.file, crate::t!("link-image-missing", image = &r.dest))
                        .at(pos)
                        .span_len(r.len)
                        .help(near.unwrap_or_else(|| {
                            crate::t!("link-image-missing-help", folder = to_slash(dir))
                        })),
                );
                None
            }
        }
    }
}

/// Puts the resolved bodies of `key` into its versions.
pub(super) fn apply_bodies(
    resolved: &mut BTreeMap<(String, Lang), Body>,
    key: &str,
    trs: &mut [Tr],
) {
    for t in trs.iter_mut() {
        if let Some(b) = resolved.remove(&(key.to_string(), t.lang.clone())) {
            t.body.links = b.links;
            t.body.images = b.images;
        }
    }
}

/// Every content page's addresses by content key: what body links resolve against.
#[derive(Debug, Clone, Default)]
pub struct AddressBook {
    urls: BTreeMap<String, Vec<(Lang, String)>>,
    /// Every page's site path.
    paths: BTreeSet<String>,
}

impl AddressBook {
    pub(super) fn of(site: &Site) -> AddressBook {
        let mut urls = BTreeMap::new();
        let mut add = |key: String, trs: &[Tr]| {
            urls.insert(
                key,
                trs.iter()
                    .map(|t| (t.lang.clone(), t.path.clone()))
                    .collect::<Vec<_>>(),
            );
        };
        add(site.home.key.clone(), &site.home.trs);
        for e in &site.pages {
            add(e.key.clone(), &e.trs);
        }
        for t in &site.towns {
            add(t.page.key.clone(), &t.page.trs);
            add(format!("towns/{}/town", t.folder), &t.page.trs);
        }
        for c in &site.companies {
            add(c.key.clone(), &c.trs);
        }
        for e in &site.jobs {
            add(e.key.clone(), &e.trs);
        }
        for e in &site.studies {
            add(e.key.clone(), &e.trs);
        }
        for e in &site.stories {
            add(e.key.clone(), &e.trs);
        }
        for e in &site.events {
            add(e.key.clone(), &e.trs);
        }
        let paths = urls
            .values()
            .flat_map(|v| v.iter().map(|(_, p)| p.clone()))
            .collect();
        AddressBook { urls, paths }
    }
}
