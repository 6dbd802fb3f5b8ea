//! `aikosite build`

use super::{Exit, Out, options, report_error};
use crate::build::build;
use crate::cli::BuildArgs;

pub fn run(args: &BuildArgs, out: &Out) -> Exit {
    let mut opts = match options(&args.site) {
        Ok(o) => o,
        Err((message, help)) => return out.usage_error(&message, help.as_deref()),
    };
    opts.output = Some(args.output.clone().unwrap_or_else(|| opts.root.join("public")));
    opts.base_url = args.base_url.clone();
    opts.force = args.force;
    match build(&opts) {
        Ok(report) => {
            let warnings = report.warnings.warning_count();
            out.diagnostics(&opts.root, report.warnings);
            out.info(&format!(
                "built {} pages ({} files) for {} in {} ms{}",
                report.pages,
                report.files,
                opts.today.finnish(),
                report.elapsed.as_millis(),
                if warnings > 0 { format!(", {warnings} warnings") } else { String::new() }
            ));
            Exit::Success
        }
        Err(e) => report_error(out, &opts.root, e),
    }
}
