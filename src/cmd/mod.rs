//! One file per command: each turns parsed arguments into work and an exit code.

pub mod build;
pub mod check;
pub mod import;
pub mod init;
pub mod new;
pub mod serve;
pub mod status;

use crate::build::{BuildError, BuildOptions};
use crate::cli::{ColorChoice, Format, Global, SiteArgs};
use crate::dates;
use crate::diagnostics::{Diagnostic, Renderer, UsageError};
use crate::messages::{Locale, Msg};
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
#[derive(Debug, Clone, Copy)]
pub struct Out {
    pub quiet: bool,
    pub verbose: bool,
    pub color: bool,
    /// The language of every message.
    pub locale: Locale,
    /// How diagnostics are printed (`--format` of build and check).
    pub format: Format,
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
            locale: Locale::resolve(g.messages),
            format: Format::Text,
        }
    }

    /// The same, printing diagnostics in `format`.
    pub fn with_format(&self, format: Format) -> Out {
        Out { format, ..*self }
    }

    /// A line for the person at the terminal (not in json/github formats, where standard
    /// output belongs to the machine-readable report).
    pub fn info(&self, line: &str) {
        if !self.quiet {
            match self.format {
                Format::Text => println!("{line}"),
                Format::Json | Format::Github => eprintln!("{line}"),
            }
        }
    }

    /// A message, in the person's language.
    pub fn say(&self, message: &Msg) {
        self.info(&message.render(self.locale));
    }

    /// Reports a command that cannot run (exit 2).
    pub fn usage(&self, u: &UsageError) -> Exit {
        self.usage_error(u.message.clone(), u.help.clone())
    }

    pub fn usage_error(&self, message: impl Into<Msg>, help: Option<Msg>) -> Exit {
        let d = Diagnostic::error("", message).help_opt(help);
        eprint!(
            "{}",
            Renderer {
                root: Path::new("."),
                color: self.color,
                locale: self.locale,
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
        match self.format {
            Format::Text if !shown.is_empty() => eprint!(
                "{}",
                Renderer {
                    root,
                    color: self.color,
                    locale: self.locale,
                }
                .render_all(&shown)
            ),
            Format::Text => {}
            Format::Json => println!("{}", crate::report::json(&shown, self.locale)),
            Format::Github => print!("{}", crate::report::github(root, &shown, self.locale)),
        }
    }
}

/// "Today" from `--today`, else SOURCE_DATE_EPOCH, else the date in Helsinki.
pub fn today(flag: Option<&str>) -> Result<dates::Date, UsageError> {
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    dates::resolve_today(flag, epoch.as_deref()).map_err(|e| match e {
        dates::TodayError::BadFlag(v) => UsageError::new(
            crate::t!("today-bad-flag", value = v),
            Some(crate::t!("yaml-bad-date-help")),
        ),
        dates::TodayError::BadEpoch(v) => {
            UsageError::new(crate::t!("today-bad-epoch", value = v), None)
        }
    })
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
        BuildError::Usage(u) => out.usage(&u),
        BuildError::Content(ds) => {
            out.diagnostics(root, ds);
            Exit::ContentErrors
        }
        BuildError::Write(w) => {
            let code = match w {
                crate::write::WriteError::Io { .. } | crate::write::WriteError::Page { .. } => {
                    Exit::ContentErrors
                }
                _ => Exit::Usage,
            };
            out.usage_error(w.message(), w.help_msg());
            code
        }
    }
}
