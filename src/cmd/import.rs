//! `aikosite import jobs FILE --town TOWN [--dry-run] [--force]`

use super::{Exit, Out, site_config, today};
use crate::cli::ImportArgs;
use crate::diagnostics::{Renderer, did_you_mean};
use crate::import;
use crate::t;
use std::path::Path;

pub fn run(args: &ImportArgs, out: &Out) -> Exit {
    if args.what != "jobs" {
        let help = match did_you_mean(&args.what, ["jobs"]) {
            Some(m) => t!("import-only-jobs-hint", word = m),
            None => t!("import-only-jobs"),
        };
        return out.usage_error(t!("import-cannot-import", what = &args.what), Some(help));
    }
    let today = match today(args.today.as_deref()) {
        Ok(d) => d,
        Err(u) => return out.usage(&u),
    };
    let config = match site_config(out, &args.root) {
        Ok(c) => c,
        Err(exit) => return exit,
    };
    let (loaded, _) = crate::load::load(&config);
    let Some(town) = loaded.towns.iter().find(|t| t.folder == args.town) else {
        return out.usage(&crate::scaffold::unknown_town(&args.town, &loaded));
    };
    let input = match import::read(&args.file) {
        Ok(i) => i,
        Err(u) => return out.usage(&u),
    };
    let read = input.records.len();
    let plan = import::plan(&config, town, &args.file, input, today, args.force);

    // Problems in the file's order (row 9 before row 10), not sorted as text.
    let shown: Vec<_> = plan
        .problems
        .iter()
        .filter(|d| d.is_error() || !out.quiet)
        .cloned()
        .collect();
    if !shown.is_empty() {
        eprint!(
            "{}",
            Renderer {
                root: Path::new("."),
                color: out.color,
                locale: out.locale,
            }
            .render_all(&shown)
        );
    }
    let say = |m: crate::messages::Msg| m.render(out.locale);
    let mut lines = Vec::new();
    if !plan.missing_companies.is_empty() {
        lines.push(say(t!("import-missing-companies", town = &town.folder)));
        for (name, rows) in &plan.missing_companies {
            lines.push(format!(
                "  aikosite new company --town {} \"{}\"    # {}",
                town.folder,
                name.replace('"', "'"),
                rows.iter()
                    .map(|r| say(r.clone()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    if !plan.existing.is_empty() {
        lines.push(say(t!("import-existing")));
        for (label, file) in &plan.existing {
            lines.push(format!("  {}: {}", say(label.clone()), file.display()));
        }
    }
    if args.dry_run {
        for f in &plan.files {
            println!(
                "--- {}\n{}",
                say(t!("import-would-write", file = &f.path)),
                f.text
            );
        }
        lines.push(say(t!(
            "import-dry-run",
            jobs = plan.jobs.len(),
            read = read,
            files = plan.files.len()
        )));
    } else {
        for f in &plan.files {
            let path = config.root.join(&f.path);
            let written = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&path, &f.text));
            if let Err(e) = written {
                return out.usage_error(
                    crate::t!(
                        "editors-cannot-write",
                        file = &f.path,
                        reason = e.to_string()
                    ),
                    None,
                );
            }
        }
        if plan.files.is_empty() {
            lines.push(say(t!("import-nothing", town = &town.folder, read = read)));
        } else {
            lines.push(say(t!(
                "import-done",
                jobs = plan.jobs.len(),
                read = read,
                town = &town.folder
            )));
            lines.extend(plan.files.iter().map(|f| format!("  {}", f.path.display())));
            lines.push(say(t!("import-next")));
        }
    }
    out.info(&lines.join("\n"));
    if plan.failed() > 0 {
        Exit::ContentErrors
    } else {
        Exit::Success
    }
}
