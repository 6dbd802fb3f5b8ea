//! The one driver: the stage functions that `build`, `check` and `serve` call, in order.
//!
//! ```text
//! config ─┐
//! theme ──┼─ load ─ link ─ route ─ plan assets ─ render ─┬─ write (build)
//! content ┘                                  discover ───┤
//!                                        process images ─┘  or kept in memory (serve)
//! ```
//!
//! `build` runs them once into the output writer; `serve` keeps the values between edits and
//! re-runs only what an edit touches. Neither drives the stages in a copy of its own.

use crate::assets::{self, AssetPlan};
use crate::config::{self, Config, ConfigError};
use crate::dates::Date;
use crate::diagnostics::{Diagnostic, Diagnostics, UsageError};
use crate::discover;
use crate::identity::to_slash;
use crate::images::ImagePipeline;
use crate::link::{self, LinkOptions};
use crate::load::{self, Loaded};
use crate::render::{Rendered, Renderer, Templates};
use crate::routes::paths::asset_site_path;
use crate::routes::{PageId, Routes, collisions};
use crate::site::Site;
use crate::theme::{self, StaticFile, Theme};
use crate::write::{OutputFile, Sink, WriteError};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

/// What a run is about: the site's folder and how to build it.
#[derive(Debug, Clone)]
pub struct SiteInput {
    pub root: PathBuf,
    /// Replaces `base_url` from the config.
    pub base_url: Option<String>,
    pub drafts: bool,
    pub today: Date,
}

/// Why a run stopped.
#[derive(Debug)]
pub enum BuildError {
    /// The command cannot run at all (exit 2).
    Usage(UsageError),
    /// Content mistakes (exit 1); warnings may be among them.
    Content(Diagnostics),
    /// Writing the output failed.
    Write(WriteError),
}

/// The stages' values up to the page plan: everything rendering needs but the image plan.
pub struct Stages {
    pub config: Config,
    pub theme: Theme,
    pub templates: Templates,
    pub site: Site,
    /// Shared: `serve`'s fast path keeps it when an edit changes no list.
    pub routes: Arc<Routes>,
    /// What [`link::relink`] needs to link one entry again (serve).
    pub links: Arc<link::LinkIndex>,
    pub warnings: Diagnostics,
}

/// Reads `aikosite.yaml` and applies `--base-url`.
pub fn read_config(input: &SiteInput) -> Result<Config, BuildError> {
    let mut config = match config::load(&input.root) {
        Ok(c) => c,
        Err(ConfigError::Invalid(ds)) => return Err(BuildError::Content(ds)),
        Err(e) => return Err(BuildError::Usage(e.usage())),
    };
    if let Some(url) = &input.base_url {
        config.base_url = config::BaseUrl::parse(url).ok_or_else(|| {
            BuildError::Usage(UsageError::new(
                crate::t!("build-bad-base-url", url = url),
                Some(crate::t!("config-bad-url-help")),
            ))
        })?;
    }
    Ok(config)
}

/// Reads the theme and compiles its templates (errors go with the content's, in one run).
pub fn read_theme(input: &SiteInput, config: &Config) -> Result<(Theme, Templates), Diagnostics> {
    let theme = theme::load(&input.root, &config.theme, &config.languages)?;
    let templates = Templates::compile(&theme)?;
    Ok((theme, templates))
}

/// Everything up to the page plan, read from disk.
pub fn link_and_route(input: &SiteInput) -> Result<Stages, BuildError> {
    let config = read_config(input)?;
    let theme = read_theme(input, &config);
    let (loaded, ds) = load::load(&config);
    route(config, theme, loaded, input, ds)
}

/// Links loaded content and plans the pages: the part `serve` re-runs from its parsed files.
/// `ds` holds what was found before (load and theme problems); every error of every stage
/// comes back together.
pub fn route(
    config: Config,
    theme: Result<(Theme, Templates), Diagnostics>,
    loaded: Loaded,
    input: &SiteInput,
    mut ds: Diagnostics,
) -> Result<Stages, BuildError> {
    let statics: Vec<(String, PathBuf)> = loaded
        .static_files
        .iter()
        .map(|p| {
            let rel = p.trim_start_matches('/');
            (rel.to_string(), PathBuf::from("static").join(rel))
        })
        .collect();
    let (site, links, link_ds) = link::link(
        &config,
        loaded,
        LinkOptions {
            today: input.today,
            drafts: input.drafts,
        },
    );
    ds.extend(link_ds);
    // SVG files are pictures only: the copied ones and the ones pages show.
    ds.extend(crate::assets::check_svgs(
        &config,
        statics
            .iter()
            .map(|(_, p)| p.as_path())
            .chain(site.assets.iter().map(PathBuf::as_path)),
        &site,
    ));
    // Addresses are checked even when the theme is broken: every mistake in one run.
    let no_strings = std::collections::BTreeMap::new();
    let (strings, search) = match &theme {
        Ok((t, templates)) => (&t.strings, templates.has("search.html")),
        Err(_) => (&no_strings, false),
    };
    let routes = Routes::new(&config, &site, strings, search);
    ds.extend(collisions::check(&config, &site, &routes, &statics));
    let (theme, templates) = match theme {
        Ok(t) => t,
        Err(e) => {
            ds.extend(e);
            return Err(BuildError::Content(ds));
        }
    };
    if ds.has_errors() {
        return Err(BuildError::Content(ds));
    }
    Ok(Stages {
        config,
        theme,
        templates,
        site,
        routes: Arc::new(routes),
        links: Arc::new(links),
        warnings: ds,
    })
}

/// Plans the images (headers only): rendering writes their markup from the plan.
pub fn plan_assets(
    stages: &Stages,
    pipeline: &ImagePipeline,
) -> Result<Arc<AssetPlan>, Diagnostics> {
    assets::plan(&stages.config, &stages.site, pipeline).map(Arc::new)
}

/// A renderer for the stages and their image plan.
pub fn renderer<'a>(stages: &'a Stages, plan: &Arc<AssetPlan>) -> Renderer<'a> {
    Renderer::new(
        &stages.config,
        &stages.site,
        &stages.routes,
        &stages.theme,
        stages.templates.finalize(Arc::clone(plan)),
    )
}

/// Renders `pages` in parallel, handing each page to `each` as soon as it is ready. Template
/// errors are collected (the same error on 20,000 pages is one error); `each`'s first error
/// stops the run.
pub fn render_pages<E: Send>(
    renderer: &Renderer,
    pages: &[PageId],
    record: bool,
    each: impl Fn(&PageId, Rendered) -> Result<(), E> + Sync,
) -> Result<Result<(), E>, Diagnostics> {
    let results: Vec<Result<Result<(), E>, Diagnostic>> = pages
        .par_iter()
        .map(|p| renderer.render(p, record).map(|r| each(p, r)))
        .collect();
    let mut errors = Diagnostics::new();
    let mut first = Ok(());
    for r in results {
        match r {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                if first.is_ok() {
                    first = Err(e);
                }
            }
            Err(d) => errors.push(d),
        }
    }
    if errors.has_errors() {
        let mut ds = Diagnostics::new();
        ds.extend(errors.into_sorted());
        Err(ds)
    } else {
        Ok(first)
    }
}

/// Which of the generated files to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Generated {
    /// The sitemap, feeds and calendars.
    AllButSearch,
    /// The search index.
    SearchIndex,
}

/// Makes the sitemap, feeds, calendars and search index, or a part of them, handing each file
/// to `sink` as soon as it is made.
pub fn generated_files(stages: &Stages, plan: &AssetPlan, which: Generated, sink: &Sink) {
    let env = discover::Env {
        config: &stages.config,
        site: &stages.site,
        strings: &stages.theme.strings,
        routes: &stages.routes,
        assets: plan,
    };
    match which {
        Generated::AllButSearch => discover::files_but_search(&env, sink),
        Generated::SearchIndex => discover::search_index(&env, sink),
    }
}

/// A file of the output that is not rendered.
pub enum Extra {
    Bytes(OutputFile),
    /// Copied from a file (relative to the site root, or absolute).
    Copy(String, PathBuf),
}

/// Theme and site static files, used content assets and robots.txt, in the order they are
/// written (the site's `static/` wins over the theme's on the same path).
pub fn extra_files(config: &Config, site: &Site, theme: &Theme) -> Vec<Extra> {
    let mut out = Vec::new();
    for f in &theme.static_files {
        out.push(match f {
            StaticFile::Embedded { path, bytes } => Extra::Bytes(OutputFile {
                path: path.clone(),
                bytes: bytes.to_vec(),
            }),
            StaticFile::OnDisk { path, source } => Extra::Copy(path.clone(), source.clone()),
        });
    }
    let static_dir = config.root.join("static");
    if static_dir.is_dir() {
        for e in walkdir::WalkDir::new(&static_dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
        {
            if e.file_type().is_file()
                && let Ok(rel) = e.path().strip_prefix(&static_dir)
            {
                out.push(Extra::Copy(to_slash(rel), e.path().to_path_buf()));
            }
        }
    }
    for asset in &site.assets {
        out.push(Extra::Copy(
            asset_site_path(asset).trim_start_matches('/').to_string(),
            config.root.join(asset),
        ));
    }
    out.push(Extra::Bytes(OutputFile {
        path: "robots.txt".into(),
        bytes: discover::robots_txt(config),
    }));
    out
}

/// Encodes what the image cache lacks; the images' output files and their cached sources.
pub fn process_images(
    stages: &Stages,
    pipeline: &ImagePipeline,
    plan: &AssetPlan,
    progress: &dyn Fn(usize, usize),
) -> Result<(crate::images::ProcessStats, Vec<(String, PathBuf)>), Diagnostics> {
    let tasks = plan.tasks();
    let stats = pipeline
        .process(&tasks, progress)
        .map_err(|errors| assets::process_errors(&stages.config, &stages.site, errors))?;
    Ok((stats, pipeline.outputs(&tasks)))
}
