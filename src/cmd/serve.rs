//! `aikosite serve`

use super::{Exit, Out, options};
use crate::cli::ServeArgs;
use crate::serve::{self, ServeOptions};

pub fn run(args: &ServeArgs, out: &Out) -> Exit {
    let opts = match options(&args.site) {
        Ok(o) => o,
        Err(u) => return out.usage(&u),
    };
    let serve_opts = ServeOptions {
        root: opts.root,
        bind: args.bind,
        port: args.port,
        open: args.open,
        drafts: opts.drafts,
        today: opts.today,
        quiet: out.quiet,
        color: out.color,
        locale: out.locale,
    };
    match serve::run(&serve_opts) {
        Ok(()) => Exit::Success,
        Err(e) => out.usage_error(e.message, e.help),
    }
}
