//! `aikosite serve`: build once, serve from memory, watch the site and re-render only what a
//! change touches; tell open pages to reload (or to swap their stylesheets) over server-sent
//! events, and show content errors over the page until they are fixed.
//!
//! Threads: one per connection reads the output map ([`conn`]); one watcher thread turns file events into
//! batches ([`watch`]); the main thread applies each batch to the [`state::State`] (which keeps
//! each stage's last value), patches the output and broadcasts what changed.

pub mod classify;
mod conn;
pub mod diff;
pub mod extras;
mod files;
pub mod http;
mod laps;
mod patch;
mod records;
pub mod state;
#[cfg(test)]
mod tests;
pub mod watch;

use crate::dates::Date;
use crate::diagnostics::{Diagnostic, Renderer as DiagnosticRenderer};
use crate::messages::Msg;
use classify::{ChangeKind, classify};
use http::{Shared, Status};
use state::{Outcome, Settings, State};
use std::io::Write;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// `serve`'s options, resolved.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// `None`: 1111, or the next free port after it.
    pub port: Option<u16>,
    pub open: bool,
    pub drafts: bool,
    pub today: Date,
    pub quiet: bool,
    pub color: bool,
    /// The language of messages (terminal and browser overlay).
    pub locale: crate::messages::Locale,
}

pub const DEFAULT_PORT: u16 = 1111;

/// Why serve could not start.
pub type StartError = crate::diagnostics::UsageError;

/// Binds the address: an explicit port must be free; the default one may move up to the next
/// free port (and says so).
pub fn bind(ip: IpAddr, port: Option<u16>) -> Result<(TcpListener, Option<Msg>), StartError> {
    let taken = |p: u16, e: std::io::Error| StartError {
        message: crate::t!(
            "serve-cannot-bind",
            address = SocketAddr::new(ip, p).to_string(),
            reason = e.to_string()
        ),
        help: Some(match e.kind() {
            std::io::ErrorKind::AddrInUse => crate::t!("serve-port-in-use-help"),
            _ => crate::t!("serve-cannot-bind-help"),
        }),
    };
    match port {
        Some(p) => TcpListener::bind(SocketAddr::new(ip, p))
            .map(|l| (l, None))
            .map_err(|e| taken(p, e)),
        None => {
            let mut first_error = None;
            for p in DEFAULT_PORT..DEFAULT_PORT + 20 {
                match TcpListener::bind(SocketAddr::new(ip, p)) {
                    Ok(l) => {
                        let note = (p != DEFAULT_PORT)
                            .then(|| crate::t!("serve-port-moved", taken = DEFAULT_PORT, port = p));
                        return Ok((l, note));
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
                        first_error.get_or_insert(e);
                    }
                    Err(e) => return Err(taken(p, e)),
                }
            }
            Err(taken(
                DEFAULT_PORT,
                first_error.unwrap_or_else(|| std::io::Error::other("no free port")),
            ))
        }
    }
}

/// Runs the server until the process is stopped. Returns only when it cannot start.
pub fn run(opts: &ServeOptions) -> Result<(), StartError> {
    let (listener, note) = bind(opts.bind, opts.port)?;
    let addr = listener.local_addr().map_err(|e| StartError {
        message: crate::t!("serve-cannot-start", reason = e.to_string()),
        help: Some(crate::t!("serve-cannot-bind-help")),
    })?;
    let host = match addr.ip() {
        IpAddr::V6(ip) => format!("[{ip}]"),
        IpAddr::V4(ip) => ip.to_string(),
    };
    let url = format!("http://{host}:{}/", addr.port());
    let say = |line: &Msg| {
        if !opts.quiet {
            out(&line.render(opts.locale));
        }
    };
    if let Some(n) = note {
        say(&n);
    }
    if !opts.bind.is_loopback() {
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            crate::t!("serve-not-loopback", address = opts.bind.to_string()).render(opts.locale)
        );
    }

    if !opts.root.join(crate::config::CONFIG_FILE).is_file() {
        return Err(StartError {
            message: crate::t!(
                "config-not-found",
                file = crate::config::CONFIG_FILE,
                folder = &opts.root
            ),
            help: Some(crate::t!("config-not-found-help")),
        });
    }
    // Watch before the first build: a change made while it runs is not lost.
    let (tx, rx) = std::sync::mpsc::channel();
    watch::start(&opts.root, tx).map_err(|e| StartError {
        message: crate::t!(
            "serve-cannot-watch",
            folder = &opts.root,
            reason = e.to_string()
        ),
        help: Some(crate::t!("serve-cannot-watch-help")),
    })?;
    let settings = Settings {
        root: opts.root.clone(),
        drafts: opts.drafts,
        today: opts.today,
        base_url: url.clone(),
    };
    let (mut state, first) = State::new(settings)?;
    let langs: Vec<String> = state
        .config()
        .languages
        .iter()
        .map(|l| l.code().to_string())
        .collect();
    let shared = Arc::new(Shared::new(Arc::clone(&state.output), langs, opts.locale));
    let mut generation = 0;
    let mut shown = Vec::new();
    report(
        opts,
        &mut shown,
        &crate::t!("serve-initial-build"),
        &first,
        None,
        true,
    );
    publish(&shared, opts, &mut generation, &first, &[], true);

    {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || conn::serve(listener, shared, conn::LIMITS));
    }
    say(&crate::t!("serve-serving", url = &url));

    if opts.open {
        open_browser(&url);
    }

    let root = std::fs::canonicalize(&opts.root).unwrap_or_else(|_| opts.root.clone());
    // One queue: file changes from the watcher, finished extras from their worker.
    let (events, queue) = std::sync::mpsc::channel::<Event>();
    {
        let events = events.clone();
        std::thread::spawn(move || {
            for batch in rx {
                if events.send(Event::Files(batch)).is_err() {
                    break;
                }
            }
        });
    }
    let worker = {
        let events = events.clone();
        extras::Worker::start(move |done| {
            let _ = events.send(Event::Extras(done));
        })
    };
    let mut announced: Vec<String> = Vec::new();
    let mut last_pages: Option<Outcome> = None;
    while let Ok(event) = queue.recv() {
        let mut batch = match event {
            Event::Extras(done) => {
                let finished = state.finish(done);
                // The feeds first, then the search index: open pages hear of each.
                let pages = match finished.part {
                    extras::Part::Files => last_pages.clone(),
                    extras::Part::Search => last_pages.take(),
                };
                if finished.current
                    && let Some(pages) = pages
                {
                    let all = Outcome {
                        changed: finished.changed,
                        diagnostics: finished.diagnostics,
                        ok: finished.ok,
                        elapsed: pages.elapsed + finished.elapsed,
                        ..pages
                    };
                    report_extras(opts, finished.part, &all);
                    publish(&shared, opts, &mut generation, &all, &announced, false);
                }
                continue;
            }
            Event::Files(batch) => batch,
        };
        // Changes that came while we rebuilt join this batch.
        while let Ok(more) = queue.try_recv() {
            match more {
                Event::Files(more) => {
                    batch.paths.extend(more.paths);
                    batch.rescan |= more.rescan;
                }
                Event::Extras(done) => {
                    // A newer site is about to replace it: only stale jobs are dropped.
                    let _ = state.finish(done);
                }
            }
        }
        let rel: Vec<PathBuf> = batch
            .paths
            .iter()
            .map(|p| relative(p, &root, &opts.root))
            .collect();
        let mut changes = classify(Path::new(""), None, rel.iter().map(PathBuf::as_path));
        changes.rescan |= batch.rescan;
        if changes.is_empty() {
            continue;
        }
        let what = describe(&changes, &opts.root);
        // Open pages hear as soon as the pages are in place; the sitemap, feeds, search index
        // and images follow from a worker, while the next edit may already be rebuilding.
        let (outcome, extras) = state.apply(&changes);
        report(opts, &mut shown, &what, &outcome, None, false);
        publish(&shared, opts, &mut generation, &outcome, &[], false);
        announced.clone_from(&outcome.changed);
        last_pages = Some(Outcome {
            diagnostics: Vec::new(),
            ..outcome
        });
        if let Some(job) = extras {
            worker.submit(job);
        }
    }
    Ok(())
}

/// What the main loop of `serve` waits for.
enum Event {
    /// Files changed.
    Files(watch::Batch),
    /// The files that are not pages are ready.
    Extras(extras::ExtrasDone),
}

/// One line when the extras of a change are in place, with the time from the save.
fn report_extras(opts: &ServeOptions, part: extras::Part, o: &Outcome) {
    let errors = o.diagnostics.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        let r = DiagnosticRenderer {
            root: &opts.root,
            color: opts.color,
            locale: opts.locale,
        };
        let _ = write!(std::io::stderr(), "{}", r.render_all(&o.diagnostics));
    } else if std::env::var_os("AIKOSITE_SERVE_TIMINGS").is_some() {
        let what = match part {
            extras::Part::Files => "files",
            extras::Part::Search => "search",
        };
        out(&crate::t!(
            "serve-extras-done",
            part = what,
            files = o.changed.len(),
            ms = format!("{:.0}", o.elapsed.as_secs_f64() * 1000.0)
        )
        .render(opts.locale));
    }
}

fn relative(p: &Path, canonical_root: &Path, root: &Path) -> PathBuf {
    p.strip_prefix(canonical_root)
        .or_else(|_| p.strip_prefix(root))
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| p.to_path_buf())
}

/// One line naming what changed: the file (not an editor's temporary file), or how many.
fn describe(c: &classify::Changes, root: &Path) -> Msg {
    let all: Vec<&PathBuf> = c.content.iter().chain(&c.theme).chain(&c.statics).collect();
    let existing: Vec<&PathBuf> = all
        .iter()
        .copied()
        .filter(|p| root.join(p).exists())
        .collect();
    let shown = if existing.is_empty() { &all } else { &existing };
    match (c.config, shown.as_slice()) {
        (true, _) => crate::t!("serve-file", file = crate::config::CONFIG_FILE),
        (false, [one]) => crate::t!("serve-file", file = crate::identity::to_slash(one)),
        (false, many) => crate::t!("serve-n-files", files = many.len()),
    }
}

/// Prints one line for the change (and the errors), updates the status and tells the pages.
fn report(
    opts: &ServeOptions,
    shown: &mut Vec<Diagnostic>,
    what: &Msg,
    o: &Outcome,
    pages_after: Option<std::time::Duration>,
    first: bool,
) {
    let errors: Vec<&Diagnostic> = o.diagnostics.iter().filter(|d| d.is_error()).collect();
    // Warnings once, not again on every save; errors every time.
    let worth_showing = if errors.is_empty() {
        !opts.quiet && o.diagnostics != *shown
    } else {
        true
    };
    if !o.diagnostics.is_empty() && worth_showing {
        let r = DiagnosticRenderer {
            root: &opts.root,
            color: opts.color,
            locale: opts.locale,
        };
        let _ = write!(std::io::stderr(), "{}", r.render_all(&o.diagnostics));
    }
    shown.clone_from(&o.diagnostics);
    let ms = pages_after.unwrap_or(o.elapsed).as_secs_f64() * 1000.0;
    let line = if !errors.is_empty() {
        crate::t!(
            "serve-still-serving",
            what = what,
            errors = errors.len(),
            ms = format!("{ms:.0}")
        )
    } else if first {
        crate::t!("serve-built", pages = o.rendered, ms = format!("{ms:.0}"))
    } else if o.changed.is_empty() {
        crate::t!(
            "serve-nothing-to-update",
            what = what,
            pages = o.rendered,
            ms = format!("{ms:.1}")
        )
    } else {
        let kind = match o.kind {
            ChangeKind::Config => "config",
            ChangeKind::Theme => "theme",
            _ => "content",
        };
        let updated = crate::t!(
            "serve-updated",
            what = what,
            kind = kind,
            files = o.changed.len(),
            pages = o.rendered,
            ms = format!("{ms:.1}")
        );
        match pages_after {
            Some(_) => crate::t!(
                "serve-updated-with-extras",
                updated = updated,
                ms = format!("{:.0}", o.elapsed.as_secs_f64() * 1000.0)
            ),
            None => updated,
        }
    };
    if !opts.quiet || !errors.is_empty() {
        out(&line.render(opts.locale));
    }
}

/// Updates the status and tells open pages: errors, recovery, and the changed files that
/// were not `already` announced.
fn publish(
    shared: &Shared,
    opts: &ServeOptions,
    generation: &mut u64,
    o: &Outcome,
    already: &[String],
    first: bool,
) {
    let errors: Vec<&Diagnostic> = o.diagnostics.iter().filter(|d| d.is_error()).collect();
    let locale = opts.locale;
    let text = DiagnosticRenderer {
        root: &opts.root,
        color: false,
        locale,
    }
    .render_all(&o.diagnostics);
    let fresh: Vec<&String> = o.changed.iter().filter(|p| !already.contains(p)).collect();
    if errors.is_empty() && !first && fresh.is_empty() && !already.is_empty() {
        return;
    }
    let previous = shared.status();
    *generation += 1;
    let errors_json = serde_json::to_string(
        &errors
            .iter()
            .map(|d| {
                serde_json::json!({
                    "file": crate::identity::to_slash(&d.file),
                    "line": d.pos.map(|p| p.line),
                    "column": d.pos.map(|p| p.column),
                    "location": d.location(),
                    "message": d.message.render(locale),
                    "help": d.help.as_ref().map(|h| h.render(locale)),
                })
            })
            .collect::<Vec<_>>(),
    )
    .unwrap_or_else(|_| "[]".into());
    let status = Status {
        generation: *generation,
        has_site: previous.has_site || errors.is_empty(),
        errors: errors_json,
        labels: overlay_labels(locale, errors.len()),
        errors_text: if errors.is_empty() {
            String::new()
        } else {
            text
        },
    };
    shared.set_status(status.clone());
    let data = http::status_json(&status);
    if !errors.is_empty() {
        shared.broadcast("errors", &data);
        return;
    }
    if !previous.errors.is_empty() && previous.errors != "[]" {
        shared.broadcast("ok", &data);
    }
    if first || fresh.is_empty() {
        return;
    }
    let changed = serde_json::to_string(&fresh).unwrap_or_else(|_| "[]".into());
    let data = format!(
        "{{\"generation\":{},\"changed\":{changed}}}",
        status.generation
    );
    shared.broadcast(if o.css_only { "css" } else { "reload" }, &data);
}

/// The overlay's own words in the editor's language, as a JSON object for live.js.
fn overlay_labels(locale: crate::messages::Locale, errors: usize) -> String {
    use crate::messages::text;
    serde_json::json!({
        "heading": crate::t!("overlay-heading", errors = errors).render(locale),
        "lang": locale.code(),

        "help": text(locale, "label-help"),
        "hide": text(locale, "overlay-hide"),
        "title": text(locale, "overlay-no-site"),
    })
    .to_string()
}

/// A line on stdout; a closed terminal or pipe does not stop the server.
fn out(line: &str) {
    let mut o = std::io::stdout().lock();
    let _ = writeln!(o, "{line}").and_then(|_| o.flush());
}

fn open_browser(url: &str) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if let Err(e) = std::process::Command::new(program)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
    {
        let _ = writeln!(
            std::io::stderr(),
            "cannot open a browser ({program}: {e}); open {url} yourself"
        );
    }
}
