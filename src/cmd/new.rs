//! `aikosite new KIND [--town TOWN] NAME`: stubs of a new page in every language.

use super::{Exit, Out, site_config, today};
use crate::cli::NewArgs;
use crate::scaffold::{self, Kind, Request};

pub fn run(args: &NewArgs, out: &Out) -> Exit {
    let Some(kind) = Kind::parse(&args.kind) else {
        return out.usage(&scaffold::unknown_kind(&args.kind));
    };
    let today = match today(args.today.as_deref()) {
        Ok(d) => d,
        Err(u) => return out.usage(&u),
    };
    let config = match site_config(out, &args.root) {
        Ok(c) => c,
        Err(exit) => return exit,
    };
    // Only to know the towns, companies and names taken: content errors do not matter here.
    let (loaded, _) = crate::load::load(&config);
    let name = args.name.join(" ");
    let req = Request {
        kind,
        town: args.town.as_deref(),
        name: &name,
        today,
    };
    let files = match scaffold::plan(&config, &loaded, &req) {
        Ok(f) => f,
        Err(u) => return out.usage(&u),
    };
    for f in &files {
        let path = args.root.join(&f.path);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| write_new(&path, &f.text));
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
    let mut lines = vec![crate::t!("new-created", kind = kind.name()).render(out.locale)];
    lines.extend(files.iter().map(|f| format!("  {}", f.path.display())));
    lines.push(String::new());
    lines.push(scaffold::next_step(&req, &files).render(out.locale));
    out.info(&lines.join("\n"));

    Exit::Success
}

/// Writes a file that must not exist yet (never over one that appeared meanwhile).
fn write_new(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    f.write_all(text.as_bytes())
}
