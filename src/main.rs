//! aikosite: a static site generator for the job-and-study campaigns of Finland's regional
//! towns. `main` only parses the command line, runs the command and maps the result to an
//! exit code; the pipeline lives in the stage modules.

// Diagnostics are rich values on the cold path; boxing them would only add noise.
#![allow(clippy::result_large_err)]

/// Rendering allocates many small strings and maps on every thread; mimalloc keeps that
/// cheap (about a fifth of a large build's CPU time went to glibc's allocator).
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod assets;
mod build;
mod cli;
mod cmd;
mod collate;
mod config;
mod contrast;
mod dates;
mod diagnostics;
mod discover;
mod escape;
mod identity;
mod images;
mod import;
mod lang;
mod link;
mod load;
mod markdown;
mod messages;
mod model;
mod pipeline;
mod previous;
#[cfg(test)]
mod props;
mod render;
mod report;
mod routes;
mod sanitize;
mod scaffold;
mod serve;
mod site;
mod slug;
mod status;
mod target;
#[cfg(test)]
mod testing;
mod theme;
mod write;
mod yaml;

use clap::FromArgMatches;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let locale = messages::Locale::resolve(cli::messages_flag(&args));
    let parsed = cli::localized(locale)
        .try_get_matches_from(args)
        .and_then(|m| cli::Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            // clap's own words (defaults, usage errors) in the chosen language too.
            let words = cli::translate_clap(&e.render().to_string(), locale);
            if e.use_stderr() {
                eprint!("{words}");
            } else {
                print!("{words}");
            }

            // --help and --version are not errors
            return ExitCode::from(if e.use_stderr() {
                cmd::Exit::Usage as u8
            } else {
                0
            });
        }
    };
    let out = cmd::Out::new(&cli.global);
    let exit = match &cli.command {
        cli::Command::Build(a) => cmd::build::run(a, &out),
        cli::Command::Check(a) => cmd::check::run(a, &out),
        cli::Command::Init(a) => cmd::init::run(a, &out),
        cli::Command::Serve(a) => cmd::serve::run(a, &out),
        cli::Command::New(a) => cmd::new::run(a, &out),
        cli::Command::Import(a) => cmd::import::run(a, &out),
        cli::Command::Status(a) => cmd::status::run(a, &out),
    };
    ExitCode::from(exit as u8)
}
