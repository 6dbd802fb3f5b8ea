//! `aikosite check`: everything `build` validates, nothing written.

use super::{Exit, Out, options, report_error};
use crate::build::build;
use crate::cli::CheckArgs;

pub fn run(args: &CheckArgs, out: &Out) -> Exit {
    let opts = match options(&args.site) {
        Ok(o) => o,
        Err(u) => return out.usage_error(&u.message, u.help.as_deref()),
    };
    match build(&opts) {
        Ok(report) => {
            let warnings = report.warnings.warning_count();
            out.diagnostics(&opts.root, report.warnings);
            if args.strict && warnings > 0 {
                eprintln!("--strict: {warnings} warnings count as errors");
                return Exit::ContentErrors;
            }
            out.info(&format!("checked {} pages: no errors", report.pages));
            Exit::Success
        }
        Err(e) => report_error(out, &opts.root, e),
    }
}
