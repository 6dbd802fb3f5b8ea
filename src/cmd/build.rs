//! `aikosite build`

use super::{Exit, Out, options, report_error};
use crate::build::build_with_progress;
use crate::cli::BuildArgs;
use std::io::{IsTerminal, Write};

pub fn run(args: &BuildArgs, out: &Out) -> Exit {
    let mut opts = match options(&args.site) {
        Ok(o) => o,
        Err(u) => return out.usage_error(&u.message, u.help.as_deref()),
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
        Ok(report) => {
            let warnings = report.warnings.warning_count();
            out.diagnostics(&opts.root, report.warnings);
            let images = report.images.map_or(String::new(), |s| {
                format!(
                    "; images: {} sources, {} decoded, {} files encoded, {} from cache",
                    s.sources, s.decoded, s.encoded, s.from_cache
                )
            });
            out.info(&format!(
                "built {} pages ({} files) for {} in {} ms{}{images}",
                report.pages,
                report.files,
                opts.today.finnish(),
                report.elapsed.as_millis(),
                if warnings > 0 {
                    format!(", {warnings} warnings")
                } else {
                    String::new()
                },
            ));
            if out.verbose {
                let stages: Vec<String> = report
                    .stages
                    .iter()
                    .map(|(name, took)| format!("{name} {} ms", took.as_millis()))
                    .collect();
                out.info(&format!("stages: {}", stages.join(", ")));
                if let Some(dir) = &opts.output {
                    out.info(&format!("output: {}", dir.display()));
                }
            }
            Exit::Success
        }
        Err(e) => report_error(out, &opts.root, e),
    }
}

/// Images done of total: a bar on a terminal, a plain line per tenth in CI logs.
fn image_progress(out: &Out, terminal: bool, done: usize, total: usize) {
    if out.quiet || total == 0 {
        return;
    }
    let mut err = std::io::stderr().lock();
    if terminal {
        let width = 30;
        let filled = done * width / total;
        let _ = write!(
            err,
            "\r  images [{}{}] {done}/{total}",
            "#".repeat(filled),
            " ".repeat(width - filled)
        );
        if done == total {
            let _ = writeln!(err);
        }
    } else if done == total || (done * 10 / total) != ((done.saturating_sub(1)) * 10 / total) {
        let _ = writeln!(err, "images: {done}/{total}");
    }
}
