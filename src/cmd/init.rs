//! `aikosite init DIR`: a complete example site with the default theme written out.

use super::{Exit, Out};
use crate::cli::InitArgs;
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
            &format!("{} already exists and is not empty", dir.display()),
            Some("choose a new folder name; init never writes over files"),
        );
    }
    if let Err(e) = write_site(dir) {
        return out.usage_error(
            &format!("cannot write the site to {}: {e}", dir.display()),
            None,
        );
    }
    out.info(&format!(
        "created a new site in {0}\n\nnext:\n  cd {0}\n  aikosite serve      # preview it at http://127.0.0.1:1111\n  aikosite build      # write it to public/",
        dir.display()
    ));
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
    crate::theme::write_default_theme(&dir.join("themes").join(crate::theme::DEFAULT_THEME_NAME))
}
