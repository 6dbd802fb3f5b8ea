//! `aikosite status [--today D] [--format text|json|markdown]`

use super::{Exit, Out, site_config, today};
use crate::cli::{StatusArgs, StatusFormat};
use crate::status;

pub fn run(args: &StatusArgs, out: &Out) -> Exit {
    let today = match today(args.today.as_deref()) {
        Ok(d) => d,
        Err(u) => return out.usage(&u),
    };
    let config = match site_config(out, &args.root) {
        Ok(c) => c,
        Err(exit) => return exit,
    };
    let (loaded, ds) = crate::load::load(&config);
    let errors = ds.error_count();
    let changed = status::Changed::read(&config.root);
    let report = status::report(&config, &loaded, today, &changed);
    let text = match args.format {
        StatusFormat::Text => status::text(&report, out.locale),
        StatusFormat::Json => status::json(&report),
        StatusFormat::Markdown => status::markdown(&report, out.locale),
    };
    print!("{text}");
    if errors > 0 {
        eprintln!(
            "{}",
            crate::t!("status-unread", errors = errors).render(out.locale)
        );
    }
    Exit::Success
}
