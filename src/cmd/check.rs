//! `aikosite check`: everything `build` validates, nothing written.

use super::{Exit, Out, options, report_error};
use crate::build::build;
use crate::cli::CheckArgs;

pub fn run(args: &CheckArgs, out: &Out) -> Exit {
    let out = &out.with_format(args.format);
    let opts = match options(&args.site) {
        Ok(o) => o,
        Err(u) => return out.usage(&u),
    };
    match build(&opts) {
        Ok(report) => {
            let warnings = report.warnings.warning_count();
            out.diagnostics(&opts.root, report.warnings);
            if args.strict && warnings > 0 {
                eprintln!(
                    "{}",
                    crate::t!("check-strict-failed", warnings = warnings).render(out.locale)
                );
                return Exit::ContentErrors;
            }
            out.say(&crate::t!("check-done", pages = report.pages));
            Exit::Success
        }
        Err(e) => report_error(out, &opts.root, e),
    }
}
