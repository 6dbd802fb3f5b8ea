//! The pipeline that `build` and `check` share: load → link → render → write, one stage after
//! the other with typed values between them.

use crate::assets;
use crate::config::{self, Config, ConfigError};
use crate::dates::Date;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::link::{self, LinkOptions, asset_site_path};
use crate::load;
use crate::render::{OutputFile, Renderer, Templates};
use crate::site::Site;
use crate::theme::{self, StaticFile, Theme};
use crate::write::{self, WriteError};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// `None` for `check`: validate and render, write nothing.
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    pub drafts: bool,
    pub today: Date,
    pub force: bool,
}

/// Why a build stopped.
#[derive(Debug)]
pub enum BuildError {
    /// The command cannot run at all (exit 2).
    Usage {
        message: crate::messages::Msg,
        help: Option<crate::messages::Msg>,
    },
    /// Content mistakes (exit 1); warnings may be among them.
    Content(Diagnostics),
    /// Writing the output failed.
    Write(WriteError),
}

#[derive(Debug)]
pub struct BuildReport {
    pub pages: usize,
    pub files: usize,
    /// What the image pipeline did (`None` for `check`, which writes nothing).
    pub images: Option<crate::images::ProcessStats>,
    pub warnings: Diagnostics,
    pub elapsed: Duration,
    /// How long each stage took, in pipeline order (`--verbose` prints them).
    pub stages: Vec<(&'static str, Duration)>,
}

/// Times the stages of one build.
struct Laps {
    last: Instant,
    laps: Vec<(&'static str, Duration)>,
}

impl Laps {
    fn start() -> Laps {
        Laps {
            last: Instant::now(),
            laps: Vec::new(),
        }
    }

    /// Ends the stage `name`, which began where the previous one ended.
    fn lap(&mut self, name: &'static str) {
        let now = Instant::now();
        self.laps.push((name, now - self.last));
        self.last = now;
    }
}

/// Everything up to and including linking: the config, the theme and the linked site.
pub struct Linked {
    pub config: Config,
    pub theme: Theme,
    pub templates: Templates,
    pub site: Site,
    pub warnings: Diagnostics,
}

/// Loads and links the site; every content error is collected.
pub fn load_and_link(opts: &BuildOptions) -> Result<Linked, BuildError> {
    let mut config = match config::load(&opts.root) {
        Ok(c) => c,
        Err(ConfigError::Invalid(ds)) => return Err(BuildError::Content(ds)),
        Err(e) => {
            let (message, help) = e.usage().unwrap_or_default();
            return Err(BuildError::Usage { message, help });
        }
    };
    if let Some(url) = &opts.base_url {
        config.base_url = config::BaseUrl::parse(url).ok_or_else(|| BuildError::Usage {
            message: crate::t!("build-bad-base-url", url = url),
            help: Some(crate::t!("config-bad-url-help")),
        })?;
    }
    let mut ds = Diagnostics::new();
    // Templates are compiled before content is linked, so template and content mistakes are
    // reported in the same run.
    let theme = match theme::load(&opts.root, &config.theme, &config.languages) {
        Ok(t) => match Templates::compile(&t) {
            Ok(templates) => Some((t, templates)),
            Err(e) => {
                ds.extend(e);
                None
            }
        },
        Err(e) => {
            ds.extend(e);
            None
        }
    };
    let (loaded, load_ds) = load::load(&config);
    ds.extend(load_ds);
    let linked = link::link(
        &config,
        loaded,
        LinkOptions {
            today: opts.today,
            drafts: opts.drafts,
        },
    );
    match (linked, theme) {
        (Ok((site, warnings)), Some((theme, templates))) if !ds.has_errors() => {
            ds.extend(warnings);
            Ok(Linked {
                config,
                theme,
                templates,
                site,
                warnings: ds,
            })
        }
        (Ok((_, warnings)), _) => {
            ds.extend(warnings);
            Err(BuildError::Content(ds))
        }
        (Err(errors), _) => {
            ds.extend(errors);
            Err(BuildError::Content(ds))
        }
    }
}

/// Builds (or, without an output, checks) the site.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    build_with_progress(opts, &|_, _| {})
}

/// Builds, telling `progress` how many images of how many are done.
pub fn build_with_progress(
    opts: &BuildOptions,
    progress: &dyn Fn(usize, usize),
) -> Result<BuildReport, BuildError> {
    let started = Instant::now();
    let mut laps = Laps::start();
    let Linked {
        config,
        theme,
        templates,
        site,
        warnings,
    } = load_and_link(opts)?;
    laps.lap("load and link");
    // Plan the images (headers only): rendering writes their markup from the plan.
    let pipeline = assets::pipeline(&config);
    let plan = match assets::plan(&config, &site, &pipeline) {
        Ok(p) => Arc::new(p),
        Err(ds) => {
            let mut all = warnings;
            all.extend(ds);
            return Err(BuildError::Content(all));
        }
    };
    templates.set_assets(Arc::clone(&plan));
    let renderer = Renderer::new(&config, &site, &theme, templates);
    let jobs = renderer.plan();
    laps.lap("plan");
    let staging = match &opts.output {
        Some(out) => Some(write::prepare(out, &opts.root, opts.force).map_err(BuildError::Write)?),
        None => None,
    };

    // Render every page in parallel, each written as soon as it is ready; meanwhile the
    // sitemap, feeds, calendars and search index are built from the same plan.
    let env = crate::discover::Env {
        config: &config,
        site: &site,
        strings: &theme.strings,
        renderer: &renderer,
    };
    let (results, discovered) = rayon::join(
        || -> Vec<Result<(), BuildError>> {
            jobs.par_iter()
                .map(|job| {
                    let file = renderer
                        .render(job)
                        .map_err(|d| BuildError::Content(one(d)))?;
                    if let Some(s) = &staging {
                        s.write(&file.path, &file.bytes)
                            .map_err(BuildError::Write)?;
                    }
                    Ok(())
                })
                .collect()
        },
        || -> Result<usize, BuildError> {
            let Some(s) = &staging else { return Ok(0) };
            let files = crate::discover::files(&env, &jobs);
            for f in &files {
                s.write(&f.path, &f.bytes).map_err(BuildError::Write)?;
            }
            Ok(files.len())
        },
    );
    let mut template_errors = Diagnostics::new();
    for r in results {
        match r {
            Ok(()) => {}
            Err(BuildError::Content(ds)) => template_errors.extend(ds),
            Err(e) => return Err(e),
        }
    }
    if template_errors.has_errors() {
        // The same template error on 20,000 pages is one error.
        let mut ds = warnings;
        ds.extend(template_errors.into_sorted());
        return Err(BuildError::Content(ds));
    }

    laps.lap("render and write");
    let mut files = jobs.len() + discovered?;
    if let Some(s) = &staging {
        // Static files after the discovered ones: static/ wins on the same path.
        for f in extra_files(&config, &site, &theme) {
            match f {
                Extra::Bytes(OutputFile { path, bytes }) => s.write(&path, &bytes),
                Extra::Copy(path, source) => s.copy(&path, &source),
            }
            .map_err(BuildError::Write)?;
            files += 1;
        }
    }
    // Encode what the image cache lacks, copy the rest from it.
    let mut images = None;
    if let Some(s) = &staging {
        let stats = pipeline
            .process(&plan.jobs(), s.dir(), progress)
            .map_err(|errors| {
                BuildError::Content(assets::process_errors(&config, &site, errors))
            })?;
        files += stats.written;
        images = Some(stats);
    }
    laps.lap("static files and images");
    if let Some(s) = staging {
        s.commit().map_err(BuildError::Write)?;
        laps.lap("swap");
    }
    Ok(BuildReport {
        pages: jobs.len(),
        files,
        images,
        warnings,
        elapsed: started.elapsed(),
        stages: laps.laps,
    })
}

fn one(d: Diagnostic) -> Diagnostics {
    let mut ds = Diagnostics::new();
    ds.push(d);
    ds
}

/// Files that are not rendered pages.
pub enum Extra {
    Bytes(OutputFile),
    Copy(String, PathBuf),
}

/// Theme and site static files, used content assets and robots.txt (`serve` uses them too).
pub fn extra_files(config: &Config, site: &Site, theme: &Theme) -> Vec<Extra> {
    let mut out = Vec::new();
    // Theme static files first, then the site's static/ (which wins on the same path).
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
                out.push(Extra::Copy(load::to_slash(rel), e.path().to_path_buf()));
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
        bytes: crate::discover::robots_txt(config),
    }));
    out
}
