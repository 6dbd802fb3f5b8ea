//! `aikosite build`

use super::{Exit, Out, options, report_error};
use crate::build::{Kept, Lap, build_with_progress};
use crate::cli::BuildArgs;
use crate::t;
use std::io::{IsTerminal, Write};
use std::path::Path;

pub fn run(args: &BuildArgs, out: &Out) -> Exit {
    let out = &out.with_format(args.format);
    let mut opts = match options(&args.site) {
        Ok(o) => o,
        Err(u) => return out.usage(&u),
    };
    opts.output = Some(
        args.output
            .clone()
            .unwrap_or_else(|| opts.root.join("public")),
    );
    opts.base_url = args.base_url.clone();
    opts.force = args.force;
    let terminal = std::io::stderr().is_terminal();
    let progress = |done: usize, total: usize| image_progress(out, terminal, done, total);
    match build_with_progress(&opts, &progress) {
        Ok(report) if report.kept == Kept::Everything => {
            out.say(&t!(
                "build-unchanged",
                pages = report.pages,
                files = report.files,
                date = opts.today.finnish(),
                folder = opts.output.as_deref().unwrap_or(Path::new(""))
            ));
            if out.verbose {
                out.say(&t!("build-stages", stages = stage_times(&report.stages)));
            }
            Exit::Success
        }
        Ok(report) => {
            let warnings = report.warnings.warning_count();
            out.diagnostics(&opts.root, report.warnings);
            out.say(&t!(
                "build-done",
                pages = report.pages,
                files = report.files,
                date = opts.today.finnish(),
                ms = u64::try_from(report.elapsed.as_millis()).unwrap_or(u64::MAX),
                warnings = warnings
            ));
            if let Some(s) = report.images
                && (out.verbose || s.sources > 0)
            {
                out.say(&t!(
                    "build-images",
                    sources = s.sources,
                    decoded = s.decoded,
                    encoded = s.encoded,
                    cached = s.from_cache
                ));
            }
            if out.verbose {
                if let Kept::Files(kept) = report.kept
                    && kept > 0
                {
                    out.say(&t!("build-kept", kept = kept, files = report.files));
                }
                out.say(&t!("build-stages", stages = stage_times(&report.stages)));
                if let Some(dir) = &opts.output {
                    out.say(&t!("build-output", folder = dir));
                }
            }
            Exit::Success
        }
        Err(e) => report_error(out, &opts.root, e),
    }
}

/// `load and link 812 ms (peak 120 MiB), plan 40 ms (peak 121 MiB), …`
fn stage_times(stages: &[Lap]) -> String {
    let stages: Vec<String> = stages
        .iter()
        .map(|l| match l.peak_kib {
            Some(kib) => format!("{} {} ms ({} MiB)", l.name, l.took.as_millis(), kib / 1024),
            None => format!("{} {} ms", l.name, l.took.as_millis()),
        })
        .collect();
    stages.join(", ")
}

/// Images done of total: a bar on a terminal; plain lines (one per tenth) only with
/// `--verbose`, so CI logs stay quiet; nothing at all when there is nothing to do.
fn image_progress(out: &Out, terminal: bool, done: usize, total: usize) {
    if out.quiet || total == 0 {
        return;
    }
    let label = crate::messages::text(out.locale, "build-progress-images");
    let mut err = std::io::stderr().lock();
    if terminal {
        let width = 30;
        let filled = done * width / total;
        let _ = write!(
            err,
            "\r  {label} [{}{}] {done}/{total}",
            "#".repeat(filled),
            " ".repeat(width - filled)
        );
        if done == total {
            let _ = writeln!(err);
        }
    } else if out.verbose
        && (done == total || (done * 10 / total) != ((done.saturating_sub(1)) * 10 / total))
    {
        let _ = writeln!(err, "{label}: {done}/{total}");
    }
}
