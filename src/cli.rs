//! The command line as typed: parsed by clap, no I/O. Commands resolve it further.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "aikosite",
    version,
    about = "Builds the job-and-study campaign sites of Finland's regional towns"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub global: Global,
}

#[derive(Debug, Args, Clone)]
pub struct Global {
    /// Print only errors
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more about what is done
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// Colour in the terminal
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (public/ by default)
    Build(BuildArgs),
    /// Check everything a build checks, without writing anything
    Check(CheckArgs),
    /// Write a complete example site into DIR
    Init(InitArgs),
    /// Build, serve on this computer and rebuild what changed while you edit
    Serve(ServeArgs),
    /// Write a new town, job, study, company, story, event or page in every language
    New(NewArgs),
    /// Import job postings from a spreadsheet (CSV, XLSX, ODS) or JobPosting JSON-LD
    Import(ImportArgs),
    /// What to check this week: drafts, closing and expired jobs, missing translations
    Status(StatusArgs),
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// What to create: town, job, study, company, story, event or page
    pub kind: String,
    /// The name as you would write it, e.g. "CNC-koneistaja, iltavuoro"; the file name is made from it
    #[arg(required = true, num_args = 1..)]
    pub name: Vec<String>,
    /// The town's folder name under content/towns/ (for jobs, studies, companies, stories, events)
    #[arg(long)]
    pub town: Option<String>,
    /// The site's folder (the one with aikosite.yaml)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The date for `posted` and the deadline, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in Helsinki)
    #[arg(long)]
    pub today: Option<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// What to import: jobs
    pub what: String,
    /// The file: .csv, .xlsx, .ods, .json (JSON-LD) or .html (a saved careers page)
    pub file: PathBuf,
    /// The town's folder name under content/towns/
    #[arg(long)]
    pub town: String,
    /// Print what would be written, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Write over job files that exist already
    #[arg(long)]
    pub force: bool,
    /// The site's folder (the one with aikosite.yaml)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The date for `posted` when the file has none, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in Helsinki)
    #[arg(long)]
    pub today: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum StatusFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The site's folder (the one with aikosite.yaml)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The date to report for, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in Helsinki)
    #[arg(long)]
    pub today: Option<String>,
    /// text for the terminal, json for programs, markdown for an e-mail or a CI summary
    #[arg(long, value_enum, default_value_t = StatusFormat::Text)]
    pub format: StatusFormat,
}

#[derive(Debug, Args)]
pub struct SiteArgs {
    /// The site's folder (the one with aikosite.yaml)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Also publish pages marked `draft: true`
    #[arg(long)]
    pub drafts: bool,
    /// The date to build for, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in Helsinki)
    #[arg(long)]
    pub today: Option<String>,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// The output folder (default: public/ in the site's folder)
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// The address the site is published at, replacing base_url from aikosite.yaml
    #[arg(long)]
    pub base_url: Option<String>,
    /// Replace an output folder that aikosite did not create (it is moved aside, not deleted)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Treat warnings as errors
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// The address to listen on; anything but loopback (127.0.0.1, ::1) shows the site to your network
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// The port (default 1111, or the next free one); 0 picks any free port
    #[arg(long)]
    pub port: Option<u16>,
    /// Open the site in the default browser
    #[arg(long)]
    pub open: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the new site (must not exist, or be empty)
    pub dir: PathBuf,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_flags_go_before_or_after_the_command() {
        let a = Cli::try_parse_from(["aikosite", "--quiet", "build"]).unwrap();
        let b = Cli::try_parse_from(["aikosite", "build", "--quiet"]).unwrap();
        assert!(a.global.quiet && b.global.quiet);
        let c = Cli::try_parse_from([
            "aikosite",
            "check",
            "--color",
            "never",
            "--today",
            "2026-11-29",
        ])
        .unwrap();
        assert_eq!(c.global.color, ColorChoice::Never);
    }
}
