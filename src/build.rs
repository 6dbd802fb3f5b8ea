//! `build` and `check`: the pipeline's stages run once, written through the output writer
//! (or, for `check`, rendered and dropped).

use crate::assets;
use crate::dates::Date;
use crate::diagnostics::Diagnostics;
use crate::images::ProcessStats;
use crate::pipeline::{self, Extra, SiteInput, Stages};
use crate::write::{self, OutputFile};
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub use crate::pipeline::BuildError;

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

impl BuildOptions {
    pub fn input(&self) -> SiteInput {
        SiteInput {
            root: self.root.clone(),
            base_url: self.base_url.clone(),
            drafts: self.drafts,
            today: self.today,
        }
    }
}

#[derive(Debug)]
pub struct BuildReport {
    pub pages: usize,
    pub files: usize,
    /// What the image pipeline did (`None` for `check`, which writes nothing).
    pub images: Option<ProcessStats>,
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
    if let Some(out) = &opts.output {
        // Before anything is read: an output inside the site's own folders is never written.
        write::check_target(out, &opts.root).map_err(BuildError::Write)?;
    }
    let mut laps = Laps::start();
    let stages = pipeline::link_and_route(&opts.input())?;
    laps.lap("load and link");
    let images = assets::pipeline(&stages.config);
    let plan = pipeline::plan_assets(&stages, &images).map_err(|ds| content(&stages, ds))?;
    let renderer = pipeline::renderer(&stages, &plan);
    let pages = stages.routes.pages();
    laps.lap("plan");
    let staging = match &opts.output {
        Some(out) => Some(write::prepare(out, &opts.root, opts.force).map_err(BuildError::Write)?),
        None => None,
    };

    // Every page rendered in parallel, each written as soon as it is ready; meanwhile the
    // sitemap, feeds, calendars and search index are built from the same routes.
    let (rendered, generated) = rayon::join(
        || {
            pipeline::render_pages(&renderer, pages, false, |p, r| match &staging {
                Some(s) => s.write(&r.file.path, &r.file.bytes).map_err(|e| {
                    e.for_page(stages.routes.source_file(&stages.site, p), &r.file.path)
                }),
                None => Ok(()),
            })
        },
        || match &staging {
            Some(_) => pipeline::generated_files(&stages, &plan, pipeline::Generated::All),
            None => Vec::new(),
        },
    );
    match rendered {
        Ok(written) => written.map_err(BuildError::Write)?,
        Err(template_errors) => return Err(content(&stages, template_errors)),
    }
    laps.lap("render and write");
    let mut files = pages.len() + generated.len();
    let mut image_stats = None;
    if let Some(s) = &staging {
        for OutputFile { path, bytes } in &generated {
            s.write(path, bytes).map_err(BuildError::Write)?;
        }
        // Static files after the generated ones: static/ wins on the same path.
        for f in pipeline::extra_files(&stages.config, &stages.site, &stages.theme) {
            match f {
                Extra::Bytes(OutputFile { path, bytes }) => s.write(&path, &bytes),
                Extra::Copy(path, source) => s.copy(&path, &source),
            }
            .map_err(BuildError::Write)?;
            files += 1;
        }
        // Encode what the image cache lacks, then copy the images from the cache.
        let (stats, outputs) = pipeline::process_images(&stages, &images, &plan, progress)
            .map_err(|ds| content(&stages, ds))?;
        for (path, cached) in &outputs {
            s.copy(path, cached).map_err(BuildError::Write)?;
        }
        files += outputs.len();
        image_stats = Some(stats);
    }
    laps.lap("static files and images");
    drop(renderer);
    if let Some(s) = staging {
        s.commit().map_err(BuildError::Write)?;
        laps.lap("swap");
    }
    Ok(BuildReport {
        pages: pages.len(),
        files,
        images: image_stats,
        warnings: stages.warnings,
        elapsed: started.elapsed(),
        stages: laps.laps,
    })
}

/// Content errors found after linking, with the warnings found before.
fn content(stages: &Stages, ds: Diagnostics) -> BuildError {
    let mut all = stages.warnings.clone();
    all.extend(ds);
    BuildError::Content(all)
}
