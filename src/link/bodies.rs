//! Bodies: Markdown links and images resolved once every address is known.

use super::*;
use crate::diagnostics::Diagnostic;
use crate::identity::{content_key, normalize, to_slash};
use crate::lang::Lang;
use crate::markdown::{LinkTarget, RefKind, Reference};
use crate::routes::paths::asset_site_path;
use crate::site::{AssetRef, Body, Site, Tr};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

impl Linker<'_> {
    /// Resolves every body's links and images, now that every URL is known.
    pub(super) fn resolve_bodies(&mut self, site: &mut Site) {
        let mut urls: BTreeMap<&str, Vec<(&Lang, &str)>> = BTreeMap::new();
        let add = |key: &str, trs: &[Tr]| {
            (
                key.to_string(),
                trs.iter()
                    .map(|t| (t.lang.clone(), t.path.clone()))
                    .collect::<Vec<_>>(),
            )
        };
        let mut table: Vec<(String, Vec<(Lang, String)>)> = Vec::new();
        table.push(add(&site.home.key, &site.home.trs));
        table.extend(site.pages.iter().map(|e| add(&e.key, &e.trs)));
        table.extend(site.towns.iter().map(|t| add(&t.page.key, &t.page.trs)));
        table.extend(
            site.towns
                .iter()
                .map(|t| add(&format!("towns/{}/town", t.folder), &t.page.trs)),
        );
        table.extend(site.companies.iter().map(|c| add(&c.key, &c.trs)));
        table.extend(site.jobs.iter().map(|e| add(&e.key, &e.trs)));
        table.extend(site.studies.iter().map(|e| add(&e.key, &e.trs)));
        table.extend(site.stories.iter().map(|e| add(&e.key, &e.trs)));
        table.extend(site.events.iter().map(|e| add(&e.key, &e.trs)));
        for (k, v) in &table {
            urls.insert(k.as_str(), v.iter().map(|(l, p)| (l, p.as_str())).collect());
        }
        let all_paths: BTreeSet<&str> = table
            .iter()
            .flat_map(|(_, v)| v.iter().map(|(_, p)| p.as_str()))
            .collect();

        let mut resolved: BTreeMap<(String, Lang), Body> = BTreeMap::new();
        let pending = std::mem::take(&mut self.pending);
        for p in pending {
            let mut body = Body::default();
            for r in &p.refs {
                match r.kind {
                    RefKind::Link => {
                        if let Some(target) = self.resolve_link(&p, r, &urls, &all_paths) {
                            body.links.insert(r.dest.clone(), target);
                        }
                    }
                    RefKind::Image => {
                        if let Some(img) = self.resolve_image(&p, r) {
                            body.images.insert(r.dest.clone(), img);
                        }
                    }
                }
            }
            resolved.insert((p.key, p.lang), body);
        }
        let mut apply = |key: &str, trs: &mut [Tr]| {
            for t in trs.iter_mut() {
                if let Some(b) = resolved.remove(&(key.to_string(), t.lang.clone())) {
                    t.body.links = b.links;
                    t.body.images = b.images;
                }
            }
        };
        apply(&site.home.key.clone(), &mut site.home.trs);
        for e in &mut site.pages {
            apply(&e.key, &mut e.trs);
        }
        for t in &mut site.towns {
            apply(&t.page.key, &mut t.page.trs);
        }
        for c in &mut site.companies {
            apply(&c.key, &mut c.trs);
        }
        for e in &mut site.jobs {
            apply(&e.key, &mut e.trs);
        }
        for e in &mut site.studies {
            apply(&e.key, &mut e.trs);
        }
        for e in &mut site.stories {
            apply(&e.key, &mut e.trs);
        }
        for e in &mut site.events {
            apply(&e.key, &mut e.trs);
        }
    }

    pub(super) fn resolve_link(
        &mut self,
        p: &PendingBody,
        r: &Reference,
        urls: &BTreeMap<&str, Vec<(&Lang, &str)>>,
        all_paths: &BTreeSet<&str>,
    ) -> Option<LinkTarget> {
        let dest = r.dest.trim();
        let pos = r.pos;
        let (target, fragment) = match dest.split_once('#') {
            Some((t, f)) => (t, format!("#{f}")),
            None => (dest, String::new()),
        };
        if target.is_empty() || is_external(target) {
            return Some(LinkTarget::AsWritten);
        }
        if target.starts_with('/') && !target.starts_with("//") {
            let with_slash = if target.ends_with('/') || target.contains('.') {
                target.to_string()
            } else {
                format!("{target}/")
            };
            let known = self.static_files.contains(target)
                || all_paths.contains(with_slash.as_str())
                || GENERATED_FILES.contains(&target);
            if !known {
                self.ds.push(
                    Diagnostic::error(&p.file, format!("link to `{target}`, which is neither in static/ nor a page of the site"))
                        .at(pos)
                        .span_len(r.len)
                        .help("link to content as `@/towns/TOWN/jobs/FILE.md`, or put the file in static/"),
                );
                return None;
            }
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
                Diagnostic::error(
                    &p.file,
                    format!("link to `{target}` leads outside content/"),
                )
                .at(pos)
                .span_len(r.len),
            );
            return None;
        };
        let looks_like_page =
            target.starts_with("@/") || target.ends_with(".md") || target.ends_with(".yaml");
        if !looks_like_page {
            // A file beside the content (a PDF, an image): copied to the output.
            let full = Path::new("content").join(&content_rel);
            if let Some(full) = normalize(&full)
                && self.assets.contains(&full)
            {
                self.used_assets.insert(full.clone());
                return Some(LinkTarget::Url(
                    self.config.base_url.href(&asset_site_path(&full)),
                ));
            }
            self.ds.push(
                Diagnostic::error(
                    &p.file,
                    format!("link to `{target}`, a file that does not exist"),
                )
                .at(pos)
                .span_len(r.len)
                .help("check the file name; link to pages as `@/towns/TOWN/jobs/FILE.md`"),
            );
            return None;
        }
        let key = content_key(&content_rel, &self.config.languages);
        if let Some(versions) = urls.get(key.as_str()) {
            let path = versions
                .iter()
                .find(|(l, _)| **l == p.lang)
                .or_else(|| versions.iter().find(|(l, _)| *l == self.default_lang()))
                .or(versions.first())
                .map(|(_, path)| *path)?;
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
                Diagnostic::warning(&p.file, format!("link to `{target}`, which is not published today (a draft or past its deadline)"))
                    .at(pos)
                    .span_len(r.len)
                    .help("the link text is shown without a link; remove the link when the page is gone for good"),
            );
            return Some(LinkTarget::PlainText);
        }
        let known = urls.keys().copied().chain(
            self.unpublished
                .iter()
                .chain(&self.broken)
                .map(String::as_str),
        );
        let help = crate::diagnostics::did_you_mean(&key, known)
            .map(|k| format!("did you mean `@/{k}.md`?"))
            .unwrap_or_else(|| {
                "link to a file under content/, like `@/towns/raahe/jobs/hitsaaja.md`".to_string()
            });
        self.ds.push(
            Diagnostic::error(
                &p.file,
                format!("link to a page that does not exist: `{target}`"),
            )
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
                Diagnostic::error(&p.file, format!("image `{}` has no alt text", r.dest))
                    .at(pos)
                    .span_len(r.len)
                    .help("describe the picture: `![What the picture shows](file.jpg)`; if it is decoration only, write `![](file.jpg \"decorative\")`"),
            );
        }
        if is_external(&r.dest) {
            self.ds.push(
                Diagnostic::error(&p.file, format!("image `{}` is on another site", r.dest))
                    .at(pos)
                    .span_len(r.len)
                    .help("save the picture beside this file and link to it by name; the site loads nothing from other hosts"),
            );
            return None;
        }
        let dir = p.file.parent().unwrap_or(Path::new(""));
        let full = match r.dest.strip_prefix("@/") {
            Some(rest) => normalize(&Path::new("content").join(rest)),
            None => normalize(&dir.join(&r.dest)),
        };
        match full {
            Some(f) if self.assets.contains(&f) => {
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
                    Diagnostic::error(&p.file, format!("image `{}` does not exist", r.dest))
                        .at(pos)
                        .span_len(r.len)
                        .help(near.unwrap_or_else(|| {
                            format!("put the picture in {} or fix its name", to_slash(dir))
                        })),
                );
                None
            }
        }
    }
}
