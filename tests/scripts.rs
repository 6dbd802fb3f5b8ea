//! The test scripts themselves: every site they build or serve is built for a fixed day, so the
//! suite does not start failing when the demo site's deadlines pass (they end in March 2027).

mod common;

use std::path::{Path, PathBuf};

/// The scripts under `tests/` (shell and JavaScript), without installed packages.
fn scripts() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(common::repo().join("tests"))
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            !matches!(
                &*name,
                "node_modules" | "fixtures" | "snapshots" | "artifacts"
            )
        })
    {
        let e = e.unwrap();
        let ext = e.path().extension().and_then(|x| x.to_str()).unwrap_or("");
        if e.file_type().is_file() && matches!(ext, "sh" | "js" | "mjs") {
            out.push(e.into_path());
        }
    }
    out
}

fn rel(path: &Path) -> String {
    path.strip_prefix(common::repo())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Lines that start aikosite on a site: `"$BIN" build …` in shell, `spawn(BIN, ['serve', …` in
/// JavaScript.
fn runs_aikosite(line: &str) -> bool {
    let line = line.trim_start();
    if line.starts_with('#') || line.starts_with("//") {
        return false;
    }
    let shell = ["\"$BIN\" ", "$BIN ", "\"${BIN}\" "]
        .iter()
        .any(|b| line.contains(b))
        && [" build", " serve", " check", " status"]
            .iter()
            .any(|c| line.contains(c));
    let js = (line.contains("spawn(BIN") || line.contains("execFile(BIN"))
        && ["'build'", "'serve'", "'check'", "'status'"]
            .iter()
            .any(|c| line.contains(c));
    shell || js
}

#[test]
fn every_site_a_test_script_builds_or_serves_is_for_a_fixed_day() {
    let mut found = 0;
    let mut missing = Vec::new();
    for path in scripts() {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if runs_aikosite(line) {
                found += 1;
                if !line.contains("--today") {
                    missing.push(format!("{}:{}: {}", rel(&path), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found >= 2,
        "the scripts should run aikosite (found {found})"
    );
    assert!(
        missing.is_empty(),
        "these lines run aikosite without --today:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_browser_tests_build_the_demo_for_the_same_fixed_day_as_the_rust_tests() {
    let run = std::fs::read_to_string(common::repo().join("tests/browser/run.sh")).unwrap();
    let line = run
        .lines()
        .find(|l| l.starts_with("DEMO_TODAY="))
        .expect("tests/browser/run.sh sets DEMO_TODAY");
    assert_eq!(
        line.trim_start_matches("DEMO_TODAY="),
        common::DEMO_TODAY,
        "tests/browser/run.sh and tests/common/mod.rs build the demo for different days"
    );
    // The demo is built through build_site, which refuses to build without a day.
    let demo = run
        .lines()
        .find(|l| l.contains("build_site demo"))
        .expect("run.sh builds the demo site with build_site");
    assert!(demo.contains("\"$DEMO_TODAY\""), "{demo}");
}

#[test]
fn the_demo_build_helper_passes_today() {
    let out = Path::new("/nonexistent");
    let cmd = common::demo_build(out, common::DEMO_TODAY);
    let args: Vec<_> = cmd.get_args().map(|a| a.to_string_lossy()).collect();
    let at = args.iter().position(|a| a == "--today").expect("--today");
    assert_eq!(args[at + 1], common::DEMO_TODAY);
}
