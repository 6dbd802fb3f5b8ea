//! Stage 3, plan assets: which picture becomes which files, decided from image headers only.
//!
//! Every picture a page shows (front matter images, body images, heroes, logos) is planned
//! with the image pipeline ([`crate::images`]): its output files, their widths and heights,
//! and an Open Graph crop for pages' main images. Rendering writes `<picture>` markup from the
//! plan; the pipeline's `process` runs after rendering and encodes only what its cache lacks.

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::images::{self, ImageError, ImagePipeline, PlannedImage};
use crate::site::{AssetRef, Site};
use crate::t;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The output folder of processed images, under the output root.
pub const IMAGE_DIR: &str = "img";

/// The planned images of a site, by source path (relative to the site root).
#[derive(Debug, Default)]
pub struct AssetPlan {
    pub images: BTreeMap<PathBuf, PlannedImage>,
    /// 1200×630 crops for Open Graph, by source path.
    pub og: BTreeMap<PathBuf, PlannedImage>,
    /// Root-relative URL of the image folder (`/kampanja/img/`).
    pub url_prefix: String,
    /// Absolute URL of the image folder, for Open Graph.
    pub absolute_prefix: String,
}

impl AssetPlan {
    /// `<picture>` markup for a source image, if it was planned.
    pub fn picture(&self, source: &Path, alt: &str, sizes: &str, eager: bool) -> Option<String> {
        self.images
            .get(source)
            .map(|img| images::picture_html(img, &self.url_prefix, alt, sizes, eager))
    }

    /// The absolute URL to share a picture by (Open Graph, JSON-LD, feeds): its 1200×630
    /// crop when it has one, else its largest fallback file.
    pub fn absolute_url(&self, source: &Path) -> Option<String> {
        self.og
            .get(source)
            .or_else(|| self.images.get(source))
            .map(|img| format!("{}{}", self.absolute_prefix, img.fallback.file_name))
    }

    /// What the image pipeline must make: every planned image, into the image folder.
    pub fn tasks(&self) -> Vec<(PlannedImage, PathBuf)> {
        self.images
            .values()
            .chain(self.og.values())
            .map(|img| (img.clone(), PathBuf::from(IMAGE_DIR)))
            .collect()
    }
}

/// The pipeline configured for a site.
pub fn pipeline(config: &Config) -> ImagePipeline {
    ImagePipeline::new(
        config.images.settings.clone(),
        config.root.join(&config.images.cache_dir),
    )
}

/// The sources that get an Open Graph crop: the main image of each page.
fn og_sources(site: &Site) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    out.extend(site.jobs.iter().filter_map(|j| j.facts.image.clone()));
    out.extend(site.stories.iter().filter_map(|s| s.facts.image.clone()));
    out.extend(site.home.facts.hero.clone());
    out.extend(site.pages.iter().filter_map(|p| p.facts.hero.clone()));
    out.extend(site.towns.iter().filter_map(|t| t.page.facts.hero.clone()));
    out.retain(|p| !is_svg(p));
    out
}

fn is_svg(p: &Path) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case("svg"))
}

/// Plans every picture of the site. Errors name the content file and line that uses the
/// picture.
pub fn plan(
    config: &Config,
    site: &Site,
    pipeline: &ImagePipeline,
) -> Result<AssetPlan, Diagnostics> {
    let og_wanted = og_sources(site);
    type Planned = (
        PathBuf,
        Result<PlannedImage, ImageError>,
        Option<Result<PlannedImage, ImageError>>,
    );
    let planned: Vec<Planned> = site
        .images
        .keys()
        .collect::<Vec<_>>()
        .par_iter()
        .map(|&rel| {
            let full = config.root.join(rel);
            let img = pipeline.plan(&full);
            let og = (og_wanted.contains(rel) && img.is_ok()).then(|| pipeline.plan_og(&full));
            (rel.clone(), img, og)
        })
        .collect();
    let mut plan = AssetPlan {
        url_prefix: config.base_url.href(&format!("/{IMAGE_DIR}/")),
        absolute_prefix: config.base_url.absolute(&format!("/{IMAGE_DIR}/")),
        ..AssetPlan::default()
    };
    let mut ds = Diagnostics::new();
    for (rel, img, og) in planned {
        match img {
            Ok(i) => {
                plan.images.insert(rel.clone(), i);
            }
            Err(e) => ds.push(image_diagnostic(config, &e, site.images.get(&rel))),
        }
        match og {
            Some(Ok(i)) => {
                plan.og.insert(rel, i);
            }
            Some(Err(e)) => ds.push(image_diagnostic(config, &e, site.images.get(&rel))),
            None => {}
        }
    }
    if ds.has_errors() { Err(ds) } else { Ok(plan) }
}

/// Turns the pipeline's errors from `process` into diagnostics at the files that use them.
pub fn process_errors(config: &Config, site: &Site, errors: Vec<ImageError>) -> Diagnostics {
    let mut ds = Diagnostics::new();
    for e in errors {
        let rel = e
            .path()
            .strip_prefix(&config.root)
            .unwrap_or(e.path())
            .to_path_buf();
        ds.push(image_diagnostic(config, &e, site.images.get(&rel)));
    }
    ds
}

/// The pipeline's error in the reader's words: what is wrong and what to do, at the place that
/// uses the picture.
fn image_diagnostic(config: &Config, e: &ImageError, used: Option<&AssetRef>) -> Diagnostic {
    let file = e.path().strip_prefix(&config.root).unwrap_or(e.path());
    let (message, help) = match e {
        ImageError::Missing { .. } => (
            t!("image-missing", file = file),
            Some(t!("image-missing-help")),
        ),
        ImageError::Unsupported { detail, .. } => (
            t!("image-unsupported", file = file, detail = detail),
            Some(t!("image-unsupported-help")),
        ),
        ImageError::Corrupt { detail, .. } => (
            t!("image-corrupt", file = file, detail = detail),
            Some(t!("image-corrupt-help")),
        ),
        ImageError::TooLarge { pixels, limit, .. } => (
            t!(
                "image-too-large",
                file = file,
                megapixels = format!("{:.1}", *pixels as f64 / 1e6),
                limit = format!("{:.1}", *limit as f64 / 1e6)
            ),
            Some(t!("image-too-large-help")),
        ),
        ImageError::UnsafeSvg { problem, .. } => (
            svg_message(&svg_place(file, problem.line), &problem.kind),
            Some(t!("safety-svg-help")),
        ),
        ImageError::Io { action, source, .. } => (
            t!(
                "image-io",
                file = file,
                reason = format!("{action}: {source}")
            ),
            Some(t!("image-io-help")),
        ),
    };
    match used {
        Some(r) => Diagnostic::error(&r.file, message)
            .at_opt(r.pos)
            .help_opt(help),
        None => Diagnostic::error(
            e.path().strip_prefix(&config.root).unwrap_or(e.path()),
            message,
        )
        .help_opt(help),
    }
}

/// `logo.svg:3`: the SVG file, and its line when the parser gave one.
pub fn svg_place(file: &Path, line: Option<u32>) -> String {
    let file = crate::identity::to_slash(file);
    match line {
        Some(l) => format!("{file}:{l}"),
        None => file,
    }
}

/// What is wrong with an SVG file, in the reader's words.
pub fn svg_message(place: &str, kind: &images::SvgProblemKind) -> crate::messages::Msg {
    use images::SvgProblemKind as K;
    match kind {
        K::Script => t!("safety-svg-script", file = place),
        K::EventHandler(a) => t!("safety-svg-handler", file = place, attribute = a),
        K::ForeignObject => t!("safety-svg-foreign", file = place),
        K::External(target) => t!("safety-svg-external", file = place, target = target),
        K::Doctype => t!("safety-svg-doctype", file = place),
        K::NotXml(reason) => t!("safety-svg-not-xml", file = place, reason = reason),
    }
}

/// SVG files are pictures only. Checked once every file is known, before any image is
/// planned, so every refused SVG comes in one run: the ones copied as they are (`static/`,
/// files linked from bodies) named by themselves, the pictures content shows at the file and
/// line that shows them.
pub fn check_svgs<'a>(
    config: &Config,
    copied: impl IntoIterator<Item = &'a Path>,
    site: &Site,
) -> Diagnostics {
    let mut ds = Diagnostics::new();
    let shown = site.images.iter().map(|(p, r)| (p.as_path(), Some(r)));
    for (rel, used) in copied.into_iter().map(|p| (p, None)).chain(shown) {
        if !is_svg(rel) {
            continue;
        }
        let Ok(bytes) = std::fs::read(config.root.join(rel)) else {
            continue; // the image pipeline or the output writer reports a file it cannot read
        };
        let Err(problem) = images::check_svg(&bytes) else {
            continue;
        };
        let message = svg_message(&svg_place(rel, problem.line), &problem.kind);
        let d = match used {
            Some(r) => Diagnostic::error(&r.file, message).at_opt(r.pos),
            None => Diagnostic::error(rel, message).at_opt(
                problem
                    .line
                    .map(|l| crate::diagnostics::Pos::new(l as usize, 1)),
            ),
        };
        ds.push(d.help(t!("safety-svg-help")));
    }
    ds
}
