//! The command line as typed: parsed by clap, no I/O. Commands resolve it further.

use crate::messages::{Locale, text};
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
    /// The language of aikosite's messages (default: from LANG / LC_MESSAGES, else English)
    #[arg(long, global = true, value_enum, value_name = "fi|sv|en")]
    pub messages: Option<Locale>,
}

/// How `build` and `check` print what they found.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq, Default)]
pub enum Format {
    /// For people: the line with the mistake underlined
    #[default]
    Text,
    /// One JSON document on standard output, for tools
    Json,
    /// GitHub Actions annotations, so each error shows at its line
    Github,
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
    /// How to print errors and warnings: text, json or github
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Treat warnings as errors
    #[arg(long)]
    pub strict: bool,
    /// How to print errors and warnings: text, json or github
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
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

/// The `--messages` value as typed, found before clap parses (so `--help` is in that language).
pub fn messages_flag(args: &[std::ffi::OsString]) -> Option<Locale> {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = if a == "--messages" {
            it.next().map(|v| v.into_owned())
        } else {
            a.strip_prefix("--messages=").map(str::to_string)
        };
        if let Some(v) = value {
            return Locale::from_str(&v, true).ok();
        }
    }
    None
}

/// The command line with its help texts in `locale`: each text comes from the message
/// `cli-COMMAND-ARG` (or `cli-ARG` for flags shared by commands, `cli-COMMAND` for a
/// command's description), falling back to the English doc comment above.
pub fn localized(locale: Locale) -> clap::Command {
    use clap::CommandFactory;
    let cmd = Cli::command();
    if locale == Locale::En {
        return cmd;
    }
    localize(cmd, locale, None)
}

fn localize(mut cmd: clap::Command, locale: Locale, parent: Option<&str>) -> clap::Command {
    let name = cmd.get_name().to_string();
    let key = match parent {
        Some(_) => format!("cli-{name}"),
        None => "cli-about".to_string(),
    };
    let words = |id: &str| Some(text(locale, id)).filter(|t| t != id);
    if let Some(about) = words(&key) {
        cmd = cmd.about(about);
    }
    // clap keeps headings as `&'static str`; a handful of short strings, made once per run.
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let options = leak(text(locale, "cli-heading-options"));
    let arguments = leak(text(locale, "cli-heading-arguments"));
    let usage = text(locale, "cli-heading-usage");
    cmd = cmd
        .help_template(format!(
            "{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(leak(text(locale, "cli-heading-commands")))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            clap::Arg::new("help")
                .long("help")
                .short('h')
                .action(clap::ArgAction::Help)
                .help(text(locale, "cli-help")),
        );
    if parent.is_none() {
        cmd = cmd.arg(
            clap::Arg::new("version")
                .long("version")
                .short('V')
                .action(clap::ArgAction::Version)
                .help(text(locale, "cli-version")),
        );
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let specific = words(&format!("cli-{name}-{id}"));
        let shared = words(&format!("cli-{id}"));
        let positional = cmd
            .get_arguments()
            .find(|a| a.get_id().as_str() == id)
            .is_some_and(clap::Arg::is_positional);
        let heading = if positional { arguments } else { options };
        cmd = cmd.mut_arg(id.as_str(), |a| {
            // The values' own descriptions are English doc comments: the text says them.
            let a = a.help_heading(heading).hide_possible_values(id == "format");

            match specific.clone().or(shared.clone()) {
                Some(h) => a.help(h),
                None => a,
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(sub.as_str(), |c| localize(c, locale, Some(&name)));
    }
    cmd
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

#[cfg(test)]
mod localized_tests {
    use super::*;

    #[test]
    fn help_is_in_the_chosen_language() {
        for locale in [Locale::Fi, Locale::Sv] {
            let mut cmd = localized(locale);
            cmd.build();
            let help = cmd.render_help().to_string();
            assert!(help.contains(&text(locale, "cli-about")), "{help}");
            assert!(help.contains(&text(locale, "cli-messages")), "{help}");
            let build = cmd
                .find_subcommand_mut("build")
                .map(|c| c.render_help().to_string())
                .unwrap_or_default();
            assert!(build.contains(&text(locale, "cli-format")), "{build}");
            assert!(!build.contains("Options:"), "{build}");
        }
    }

    #[test]
    fn the_localized_cli_is_consistent_and_parses() {
        for locale in Locale::ALL {
            localized(locale).debug_assert();
            let m = localized(locale)
                .try_get_matches_from([
                    "aikosite",
                    "check",
                    "--format",
                    "github",
                    "--messages",
                    "sv",
                ])
                .unwrap();
            let cli = <Cli as clap::FromArgMatches>::from_arg_matches(&m).unwrap();
            assert_eq!(cli.global.messages, Some(Locale::Sv));
            assert!(matches!(
                cli.command,
                Command::Check(CheckArgs {
                    format: Format::Github,
                    ..
                })
            ));
        }
    }

    #[test]
    fn messages_flag_is_found_before_parsing() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            messages_flag(&args(&["aikosite", "--messages", "fi", "build"])),
            Some(Locale::Fi)
        );
        assert_eq!(
            messages_flag(&args(&["aikosite", "build", "--messages=sv"])),
            Some(Locale::Sv)
        );
        assert_eq!(messages_flag(&args(&["aikosite", "build"])), None);
    }
}

/// clap's own words in its help and usage errors (`[default: …]`, "unexpected argument",
/// "For more information, try '--help'.") in `locale`; English stays as clap writes it.
pub fn translate_clap(text: &str, locale: Locale) -> String {
    if locale == Locale::En {
        return text.to_string();
    }
    let w = |id: &str| text_of(locale, id);
    let pairs = [
        ("[default: ", format!("[{}: ", w("cli-default"))),
        (
            "[possible values: ",
            format!("[{}: ", w("cli-possible-values")),
        ),
        (
            "Print this message or the help of the given subcommand(s)",
            w("cli-help-command"),
        ),
        ("For more information, try '--help'.", w("cli-more-info")),
        ("error: ", format!("{}: ", w("label-error"))),
        ("tip: ", format!("{}: ", w("cli-tip"))),
        ("Usage: ", format!("{}: ", w("cli-heading-usage"))),
        ("unexpected argument", w("cli-unexpected-argument")),
        ("invalid value", w("cli-invalid-value")),
        (" for '", format!(" {} '", w("cli-for"))),
        (
            "the following required arguments were not provided:",
            w("cli-missing-arguments"),
        ),
        ("unrecognized subcommand", w("cli-unrecognized-subcommand")),
        ("' found", "'".to_string()),
    ];
    let mut out = text.to_string();
    for (en, words) in pairs {
        out = out.replace(en, &words);
    }
    out
}

fn text_of(locale: Locale, id: &str) -> String {
    text(locale, id)
}

#[cfg(test)]
mod every_text_tests {
    use super::*;

    /// Every command and argument has its help text in every language: a test fails when
    /// one lacks a language (the English doc comment would show instead).
    #[test]
    fn every_command_and_argument_has_words_in_finnish_and_swedish() {
        use clap::CommandFactory;
        let known = |id: &str| Locale::ALL.iter().all(|l| crate::messages::exists(*l, id));

        let mut missing = Vec::new();
        let root = Cli::command();
        for sub in root.get_subcommands() {
            let name = sub.get_name();
            if !known(&format!("cli-{name}")) {
                missing.push(format!("cli-{name}"));
            }
            for a in sub.get_arguments() {
                let id = a.get_id().as_str();
                if !known(&format!("cli-{name}-{id}")) && !known(&format!("cli-{id}")) {
                    missing.push(format!("cli-{name}-{id} (or cli-{id})"));
                }
            }
        }
        for a in root.get_arguments() {
            let id = a.get_id().as_str();
            if !known(&format!("cli-{id}")) {
                missing.push(format!("cli-{id}"));
            }
        }
        assert!(missing.is_empty(), "no words for: {missing:?}");
    }

    #[test]
    fn clap_words_are_translated() {
        let err = localized(Locale::Fi)
            .try_get_matches_from(["aikosite", "build", "--nope"])
            .unwrap_err();
        let fi = translate_clap(&err.render().to_string(), Locale::Fi);
        assert!(fi.contains("virhe: tuntematon valinta '--nope'"), "{fi}");
        assert!(fi.contains("Lisätietoja saat valinnalla '--help'."), "{fi}");
        let help = localized(Locale::Sv).render_help().to_string();
        let sv = translate_clap(&help, Locale::Sv);
        assert!(sv.contains("Visa den här hjälpen"), "{sv}");
        assert!(sv.contains("[standard: auto]"), "{sv}");
        assert!(!sv.contains("Print this message"), "{sv}");
    }
}
