//! `aikosite init DIR`: a complete example site with the default theme written out.

use super::{Exit, Out};
use crate::cli::InitArgs;
use crate::t;
use include_dir::{Dir, include_dir};
use std::path::Path;

static STARTER: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/src/init/starter");

pub fn run(args: &InitArgs, out: &Out) -> Exit {
    let dir = &args.dir;
    if dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return out.usage_error(
            t!("init-not-empty", folder = dir),
            Some(t!("init-not-empty-help")),
        );
    }
    if let Err(e) = write_site(dir) {
        return out.usage_error(
            t!("init-cannot-write", folder = dir, reason = e.to_string()),
            None,
        );
    }
    out.say(&t!("init-done", folder = dir));
    Exit::Success
}

fn write_site(dir: &Path) -> std::io::Result<()> {
    let mut stack = vec![&STARTER];
    while let Some(d) = stack.pop() {
        for f in d.files() {
            let target = dir.join(f.path());
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(target, f.contents())?;
        }
        stack.extend(d.dirs());
    }
    // The editors' guides, in Finnish and Swedish: the same files as docs/ in aikosite's source.
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs)?;
    for (name, text) in GUIDES {
        std::fs::write(docs.join(name), text)?;
    }
    crate::theme::write_default_theme(&dir.join("themes").join(crate::theme::DEFAULT_THEME_NAME))
}

/// The editors' guides `init` writes into `docs/` of a new site.
pub const GUIDES: [(&str, &str); 2] = [
    ("ohje.fi.md", include_str!("../../docs/ohje.fi.md")),
    ("handbok.sv.md", include_str!("../../docs/handbok.sv.md")),
];
