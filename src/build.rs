//! `build` and `check`: the pipeline's stages run once, written through the output writer
//! (or, for `check`, rendered and dropped).

use crate::assets;
use crate::dates::Date;
use crate::diagnostics::Diagnostics;
use crate::images::ProcessStats;
use crate::pipeline::{self, Extra, Generated, SiteInput, Stages};
use crate::previous::{self, Inputs, PreviousOutput, Record};
use crate::write::{self, OutputFile, WriteError};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
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
    pub stages: Vec<Lap>,
    /// What was kept of the previous output.
    pub kept: Kept,
}

/// What a build kept of the previous output (see [`crate::previous`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// Nothing the build reads changed since the last build: its output was kept as it is.
    Everything,
    /// This many files had the same bytes as before and were taken over (hard-linked).
    Files(usize),
}

/// One stage of a build: its name, how long it took, and the most memory the process had
/// used by its end (`None` where the system does not say).
#[derive(Debug, Clone, Copy)]
pub struct Lap {
    pub name: &'static str,
    pub took: Duration,
    pub peak_kib: Option<u64>,
}

/// Times the stages of one build.
struct Laps {
    last: Instant,
    laps: Vec<Lap>,
}

/// The process's peak resident memory so far, in KiB (Linux's `VmHWM`).
fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
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
        self.laps.push(Lap {
            name,
            took: now - self.last,
            peak_kib: peak_kib(),
        });
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
    let last = match &opts.output {
        Some(out) => Some(LastBuild::read(opts, out)?),
        None => None,
    };
    if let Some(last) = &last
        && let Some(record) = last.unchanged()
    {
        laps.lap("compare with the last build");
        return Ok(BuildReport {
            pages: record.pages,
            files: record.files.len(),
            images: None,
            warnings: Diagnostics::new(),
            elapsed: started.elapsed(),
            stages: laps.laps,
            kept: Kept::Everything,
        });
    }
    if last.is_some() {
        laps.lap("compare with the last build");
    }
    let stages = pipeline::link_and_route(&opts.input())?;
    laps.lap("load and link");
    let images = assets::pipeline(&stages.config);
    let plan = pipeline::plan_assets(&stages, &images).map_err(|ds| content(&stages, ds))?;
    let renderer = pipeline::renderer(&stages, &plan);
    let pages = stages.routes.pages();
    laps.lap("plan");
    let staging = match &opts.output {
        Some(out) => {
            let mut s = write::prepare(out, &opts.root, opts.force).map_err(BuildError::Write)?;
            if let Some(previous) = last.as_ref().and_then(LastBuild::previous_output) {
                s.keep_unchanged_from(previous);
            }
            Some(s)
        }
        None => None,
    };

    // Every page rendered in parallel, each written as soon as it is ready.
    let rendered = pipeline::render_pages(&renderer, pages, false, |p, r| match &staging {
        Some(s) => s
            .write(&r.file.path, &r.file.bytes)
            .map_err(|e| e.for_page(stages.routes.source_file(&stages.site, p), &r.file.path)),
        None => Ok(()),
    });
    match rendered {
        Ok(written) => written.map_err(BuildError::Write)?,
        Err(template_errors) => return Err(content(&stages, template_errors)),
    }
    laps.lap("render and write");
    // Its cards and summaries are not needed for what follows.
    drop(renderer);
    let mut files = pages.len();
    let mut image_stats = None;
    if let Some(s) = &staging {
        // Then the sitemap, feeds and calendars, then the search index, none while pages
        // render: each file is written and dropped as soon as it is made.
        let made = AtomicUsize::new(0);
        let failed: Mutex<Option<WriteError>> = Mutex::new(None);
        for part in [Generated::AllButSearch, Generated::SearchIndex] {
            pipeline::generated_files(&stages, &plan, part, &|f: OutputFile| {
                match s.write(&f.path, &f.bytes) {
                    Ok(()) => {
                        made.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(e) => {
                        // The first failure is the one reported.
                        failed
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .get_or_insert(e);
                    }
                }
            });
            if let Some(e) = failed.lock().unwrap_or_else(|e| e.into_inner()).take() {
                return Err(BuildError::Write(e));
            }
        }
        files += made.into_inner();
        laps.lap("sitemap, feeds, calendars, search");
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
    let mut kept = Kept::Files(0);
    if let Some(s) = staging {
        let (written, taken_over) = s.records();
        let target = s.target().to_path_buf();
        s.commit().map_err(BuildError::Write)?;
        laps.lap("swap");
        kept = Kept::Files(taken_over);
        if let Some(last) = last {
            last.record(
                target,
                pages.len(),
                written,
                stages.warnings.warning_count(),
            );
        }
    }
    Ok(BuildReport {
        pages: pages.len(),
        files,
        images: image_stats,
        warnings: stages.warnings,
        elapsed: started.elapsed(),
        stages: laps.laps,
        kept,
    })
}

/// The last build's record and this build's inputs.
struct LastBuild {
    /// The site's cache folder, where the record lives.
    cache: PathBuf,
    record: Option<Record>,
    inputs: Inputs,
}

impl LastBuild {
    fn read(opts: &BuildOptions, out: &Path) -> Result<LastBuild, BuildError> {
        let config = pipeline::read_config(&opts.input())?;
        let cache = opts.root.join(&config.images.cache_dir);
        let output = write::absolute(out);
        let record = Record::read(&cache, &output);
        let options = previous::Options {
            today: opts.today.iso(),
            base_url: opts.base_url.clone(),
            drafts: opts.drafts,
            output,
        };
        let known = record.as_ref().map(|r| &r.sources);
        let inputs = Inputs::read(&opts.root, &options, known.unwrap_or(&Default::default()));
        Ok(LastBuild {
            cache,
            record,
            inputs,
        })
    }

    /// The record, when nothing the build reads changed and its output is as it left it.
    fn unchanged(&self) -> Option<&Record> {
        let r = self.record.as_ref()?;
        (r.inputs == self.inputs.digest && r.warnings == 0 && r.output_intact(write::MARKER))
            .then_some(r)
    }

    fn previous_output(&self) -> Option<PreviousOutput> {
        self.record.clone().map(PreviousOutput::from)
    }

    /// Records this build for the next one. A record that cannot be written only means the
    /// next build starts from nothing, so it is not an error.
    fn record(
        self,
        output: PathBuf,
        pages: usize,
        files: std::collections::BTreeMap<String, previous::FileRecord>,
        warnings: usize,
    ) {
        let record = Record::new(output, self.inputs, pages, files, warnings);
        let _ = record.write(&self.cache);
    }
}

/// Content errors found after linking, with the warnings found before.
fn content(stages: &Stages, ds: Diagnostics) -> BuildError {
    let mut all = stages.warnings.clone();
    all.extend(ds);
    BuildError::Content(all)
}
