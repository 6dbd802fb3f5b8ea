//! The files of a good site that are not pages: sitemap, feeds, calendars, search index,
//! static files and images. `serve` builds them on a worker thread beside the next edit's
//! pages ([`Extras::run`]); [`super::state::State::finish`] puts them in place unless a newer
//! site replaced the job's own.

use super::state::{Served, State};
use crate::assets::AssetPlan;
use crate::diagnostics::Diagnostic;
use crate::images::ImagePipeline;
use crate::pipeline::{self, Extra, Generated, Stages};
use crate::write::OutputFile;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The files that are not pages, for one good site: built beside the next edit's pages
/// ([`Extras::run`], one [`Part`] after the other) and put in place with
/// [`super::state::State::finish`].
pub struct Extras {
    pub(super) generation: u64,
    pub(super) stages: Arc<Stages>,
    pub(super) plan: Arc<AssetPlan>,
    pub(super) pipeline: Arc<ImagePipeline>,
    /// Sources of copied files that changed: served again even at the same path.
    pub(super) touched: BTreeSet<PathBuf>,
}

/// The two parts of an [`Extras`] job, in the order they run: the quick files first, so a
/// feed is current long before the search index of a large site is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    /// Sitemap, feeds, calendars, static files and images.
    Files,
    /// The search index.
    Search,
}

impl Part {
    pub const ALL: [Part; 2] = [Part::Files, Part::Search];
}

/// What one [`Part`] of an [`Extras`] job made.
pub struct ExtrasDone {
    pub(super) generation: u64,
    pub(super) part: Part,
    pub(super) files: BTreeMap<String, Served>,
    pub(super) touched: BTreeSet<PathBuf>,
    pub(super) errors: Vec<Diagnostic>,
    pub(super) elapsed: Duration,
}

impl Extras {
    /// Builds one part of the files: sitemap, feeds, calendars, static files and images
    /// (encoded into the image cache and served from there), or the search index.
    pub fn run(&self, part: Part) -> ExtrasDone {
        let started = Instant::now();
        let Extras {
            generation,
            stages,
            plan,
            pipeline,
            touched,
        } = self;
        let mut files: BTreeMap<String, Served> = BTreeMap::new();
        let mut errors = Vec::new();
        match part {
            Part::Search => {
                files.append(&mut generated(stages, plan, Generated::SearchIndex));
            }
            Part::Files => {
                files.append(&mut generated(stages, plan, Generated::AllButSearch));
                for f in pipeline::extra_files(&stages.config, &stages.site, &stages.theme) {
                    match f {
                        Extra::Bytes(OutputFile { path, bytes }) => {
                            files.insert(path, Served::Bytes(Arc::new(bytes)))
                        }
                        Extra::Copy(path, source) => files.insert(path, Served::File(source)),
                    };
                }
                match pipeline::process_images(stages, pipeline, plan, &|_, _| {}) {
                    Ok((_, outputs)) => {
                        for (path, cached) in outputs {
                            files.insert(path, Served::File(cached));
                        }
                    }
                    Err(ds) => errors.extend(ds.into_sorted()),
                }
            }
        }
        ExtrasDone {
            generation: *generation,
            part,
            files,
            touched: match part {
                Part::Files => touched.clone(),
                Part::Search => BTreeSet::new(),
            },
            errors,
            elapsed: started.elapsed(),
        }
    }
}

/// The generated files of one part, by output path, as served from memory.
fn generated(stages: &Stages, plan: &AssetPlan, part: Generated) -> BTreeMap<String, Served> {
    let files = std::sync::Mutex::new(BTreeMap::new());
    pipeline::generated_files(stages, plan, part, &|f: OutputFile| {
        files
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(f.path, Served::Bytes(Arc::new(f.bytes)));
    });
    files.into_inner().unwrap_or_else(|e| e.into_inner())
}

/// Runs [`Extras`] jobs one at a time on a thread of its own. A job that a newer one replaced
/// before it started is dropped (its site is gone anyway), and every job runs on a thread
/// pool one thread smaller than the machine, so an edit's pages are never queued behind the
/// sitemap and search index of the edit before.
pub struct Worker {
    jobs: std::sync::mpsc::Sender<Extras>,
}

impl Worker {
    /// Starts the worker; `done` gets every finished job's files.
    pub fn start(done: impl Fn(ExtrasDone) + Send + 'static) -> Worker {
        let (jobs, queue) = std::sync::mpsc::channel::<Extras>();
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get().saturating_sub(1))
            .max(1);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("aikosite-extras-{i}"))
            .build()
            .ok();
        std::thread::spawn(move || {
            let mut next: Option<Extras> = None;
            loop {
                let Some(mut job) = next.take().or_else(|| queue.recv().ok()) else {
                    break;
                };
                // Only the newest job waiting is worth running.
                while let Ok(newer) = queue.try_recv() {
                    job = newer;
                }
                for part in Part::ALL {
                    let finished = match &pool {
                        Some(pool) => pool.install(|| job.run(part)),
                        None => job.run(part),
                    };
                    done(finished);
                    // A newer site makes the rest of this one's work useless.
                    if let Ok(newer) = queue.try_recv() {
                        next = Some(newer);
                        break;
                    }
                }
            }
        });
        Worker { jobs }
    }

    pub fn submit(&self, job: Extras) {
        // The worker stops only when serve does.
        let _ = self.jobs.send(job);
    }
}

/// What [`State::finish`] did.
#[derive(Debug, Clone)]
pub struct Finished {
    pub changed: Vec<String>,
    pub diagnostics: Vec<Diagnostic>,
    pub ok: bool,
    /// False when a newer site had replaced the job's own: nothing was done.
    pub current: bool,
    /// The part of the job that was put in place; [`Part::Search`] is the last.
    pub part: Part,
    pub elapsed: Duration,
}

impl State {
    /// Puts the files of an [`Extras`] job in place, unless a newer site replaced its own.
    pub fn finish(&mut self, done: ExtrasDone) -> Finished {
        let ExtrasDone {
            generation,
            part,
            files,
            touched,
            errors,
            elapsed,
        } = done;
        let mut changed = BTreeSet::new();
        let Some(good) = self.good.as_mut().filter(|_| generation == self.generation) else {
            return Finished {
                changed: Vec::new(),
                diagnostics: Vec::new(),
                ok: true,
                current: false,
                part,
                elapsed,
            };
        };
        let ok = errors.iter().all(|d| !d.is_error());
        if ok {
            let mut output = self.output.write().unwrap_or_else(|e| e.into_inner());
            let page_paths: BTreeSet<&str> = good.pages.paths().collect();
            let earlier = good.extras.entry(part).or_default();
            for p in earlier.iter() {
                if !files.contains_key(p) && !page_paths.contains(p.as_str()) {
                    changed.insert(p.clone());
                    output.remove(p);
                }
            }
            for (path, served) in &files {
                if output.get(path) != Some(served) {
                    changed.insert(path.clone());
                    output.insert(path.clone(), served.clone());
                }
            }
            // Copied files whose source changed keep their entry but must be fetched again.
            if !touched.is_empty() {
                let root = &self.settings.root;
                for (path, served) in output.iter() {
                    if let Served::File(src) = served
                        && touched.contains(src.strip_prefix(root).unwrap_or(src))
                    {
                        changed.insert(path.clone());
                    }
                }
            }
            *earlier = files.into_keys().collect();
        }
        Finished {
            changed: changed.into_iter().collect(),
            diagnostics: errors,
            ok,
            current: true,
            part,
            elapsed,
        }
    }
}
