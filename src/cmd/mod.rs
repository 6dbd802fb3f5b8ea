//! One file per command: each turns parsed arguments into work and an exit code.

pub mod build;
pub mod check;
pub mod import;
pub mod init;
pub mod new;
pub mod serve;
pub mod status;

use crate::build::{BuildError, BuildOptions};
use crate::cli::{ColorChoice, Global, SiteArgs};
use crate::dates;
use crate::diagnostics::{Diagnostic, Renderer, UsageError};
use std::io::IsTerminal;
use std::path::Path;

/// What the process exits with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Success = 0,
    ContentErrors = 1,
    Usage = 2,
}

/// How to talk to the person at the terminal (or to CI).
pub struct Out {
    pub quiet: bool,
    pub verbose: bool,
    pub color: bool,
}

impl Out {
    pub fn new(g: &Global) -> Out {
        let color = match g.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        };
        Out {
            quiet: g.quiet,
            verbose: g.verbose,
            color,
        }
    }

    pub fn info(&self, line: &str) {
        if !self.quiet {
            println!("{line}");
        }
    }

    /// Reports a command that cannot run (exit 2).
    pub fn usage(&self, u: &UsageError) -> Exit {
        self.usage_error(&u.message, u.help.as_deref())
    }

    pub fn usage_error(&self, message: &str, help: Option<&str>) -> Exit {
        let d = Diagnostic::error("", message.to_string()).help_opt(help.map(str::to_string));
        eprint!(
            "{}",
            Renderer {
                root: Path::new("."),
                color: self.color
            }
            .render(&d)
        );
        Exit::Usage
    }

    /// Prints diagnostics (warnings too unless quiet) and a summary.
    pub fn diagnostics(&self, root: &Path, ds: crate::diagnostics::Diagnostics) {
        let all = ds.into_sorted();
        let shown: Vec<Diagnostic> = if self.quiet {
            all.into_iter().filter(Diagnostic::is_error).collect()
        } else {
            all
        };
        if !shown.is_empty() {
            eprint!(
                "{}",
                Renderer {
                    root,
                    color: self.color
                }
                .render_all(&shown)
            );
        }
    }
}

/// "Today" from `--today`, else SOURCE_DATE_EPOCH, else the date in Helsinki.
pub fn today(flag: Option<&str>) -> Result<dates::Date, UsageError> {
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    dates::resolve_today(flag, epoch.as_deref()).map_err(|e| UsageError::new(e.to_string(), None))
}

/// The site's config, for the commands that read a site without building it; `Err` is the
/// exit code after the problem was reported.
pub fn site_config(out: &Out, root: &Path) -> Result<crate::config::Config, Exit> {
    match crate::config::load(root) {
        Ok(c) => Ok(c),
        Err(crate::config::ConfigError::Invalid(ds)) => {
            out.diagnostics(root, ds);
            Err(Exit::ContentErrors)
        }
        Err(e) => Err(out.usage(&e.usage())),
    }
}

/// Resolves the site flags shared by build and check.
pub fn options(site: &SiteArgs) -> Result<BuildOptions, UsageError> {
    let today = today(site.today.as_deref())?;
    Ok(BuildOptions {
        root: site.root.clone(),
        output: None,
        base_url: None,
        drafts: site.drafts,
        today,
        force: false,
    })
}

/// The exit code and output for a failed build or check.
pub fn report_error(out: &Out, root: &Path, e: BuildError) -> Exit {
    match e {
        BuildError::Usage(u) => out.usage_error(&u.message, u.help.as_deref()),
        BuildError::Content(ds) => {
            out.diagnostics(root, ds);
            Exit::ContentErrors
        }
        BuildError::Write(w) => {
            let help = w.help();
            let code = match w {
                crate::write::WriteError::Io { .. } => Exit::ContentErrors,
                _ => Exit::Usage,
            };
            out.usage_error(&w.to_string(), help);
            code
        }
    }
}
