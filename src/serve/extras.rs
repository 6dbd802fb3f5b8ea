//! The files of a good site that are not pages: sitemap, feeds, calendars, search index,
//! static files and images. `serve` builds them on a worker thread beside the next edit's
//! pages ([`Extras::run`]); [`super::state::State::finish`] puts them in place unless a newer
//! site replaced the job's own.

use super::state::Served;
use crate::assets::AssetPlan;
use crate::diagnostics::Diagnostic;
use crate::images::ImagePipeline;
use crate::pipeline::{self, Extra, Stages};
use crate::write::OutputFile;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The files that are not pages, for one good site: built beside the next edit's pages
/// ([`Extras::run`]) and put in place with [`super::state::State::finish`].
pub struct Extras {
    pub(super) generation: u64,
    pub(super) stages: Arc<Stages>,
    pub(super) plan: Arc<AssetPlan>,
    pub(super) pipeline: Arc<ImagePipeline>,
    /// Sources of copied files that changed: served again even at the same path.
    pub(super) touched: BTreeSet<PathBuf>,
}

/// What an [`Extras`] job made.
pub struct ExtrasDone {
    pub(super) generation: u64,
    pub(super) files: BTreeMap<String, Served>,
    pub(super) touched: BTreeSet<PathBuf>,
    pub(super) errors: Vec<Diagnostic>,
    pub(super) elapsed: Duration,
}

impl Extras {
    /// Builds the files: sitemap, feeds, calendars and search index; static files; images,
    /// encoded into the image cache (served from there).
    pub fn run(self) -> ExtrasDone {
        let started = Instant::now();
        let Extras {
            generation,
            stages,
            plan,
            pipeline,
            touched,
        } = self;
        let mut files: BTreeMap<String, Served> = BTreeMap::new();
        for f in pipeline::generated_files(&stages, &plan) {
            files.insert(f.path, Served::Bytes(Arc::new(f.bytes)));
        }
        for f in pipeline::extra_files(&stages.config, &stages.site, &stages.theme) {
            match f {
                Extra::Bytes(OutputFile { path, bytes }) => {
                    files.insert(path, Served::Bytes(Arc::new(bytes)))
                }
                Extra::Copy(path, source) => files.insert(path, Served::File(source)),
            };
        }
        let mut errors = Vec::new();
        match pipeline::process_images(&stages, &pipeline, &plan, &|_, _| {}) {
            Ok((_, outputs)) => {
                for (path, cached) in outputs {
                    files.insert(path, Served::File(cached));
                }
            }
            Err(ds) => errors.extend(ds.into_sorted()),
        }
        ExtrasDone {
            generation,
            files,
            touched,
            errors,
            elapsed: started.elapsed(),
        }
    }
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
            while let Ok(mut job) = queue.recv() {
                // Only the newest job waiting is worth running.
                while let Ok(newer) = queue.try_recv() {
                    job = newer;
                }
                let finished = match &pool {
                    Some(pool) => pool.install(|| job.run()),
                    None => job.run(),
                };
                done(finished);
            }
        });
        Worker { jobs }
    }

    pub fn submit(&self, job: Extras) {
        // The worker stops only when serve does.
        let _ = self.jobs.send(job);
    }
}
