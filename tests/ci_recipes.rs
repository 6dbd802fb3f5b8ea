//! The CI recipes in `examples/` work: their build steps run, as written, on a site made by
//! `aikosite init`, with the aikosite built by this test run first on the PATH.
//!
//! GitHub Actions: every step whose name starts with `aikosite:`. GitLab CI: the `script:` lines
//! of the `pages` job. The install steps are not run (they need the network); the YAML of both
//! recipes is checked to be what GitHub and GitLab expect (triggers, schedule, cache, Pages).

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn recipe(path: &str) -> serde_yaml::Value {
    let text = std::fs::read_to_string(repo().join("examples").join(path)).unwrap();
    serde_yaml::from_str(&text).unwrap()
}

/// A new site from `aikosite init`, and a PATH with this build's aikosite first.
fn new_site() -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let status = Command::new(env!("CARGO_BIN_EXE_aikosite"))
        .arg("init")
        .arg(&site)
        .env("LANG", "C.UTF-8")
        .status()
        .unwrap();
    assert!(status.success());
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_aikosite"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    (dir, site, path)
}

/// Runs one recipe line with bash in the site's folder; returns (success, stdout, stderr).
fn run_step(
    site: &Path,
    path: &str,
    script: &str,
    ci_env: &[(&str, &str)],
) -> (bool, String, String) {
    let out = Command::new("bash")
        .arg("-euo")
        .arg("pipefail")
        .arg("-c")
        .arg(script)
        .current_dir(site)
        .env("PATH", path)
        .env("CI", "true")
        // the nightly build's "today", fixed so the test does not depend on the clock
        .env("SOURCE_DATE_EPOCH", "1795000000")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .envs(ci_env.iter().copied())
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn github_actions_recipe_builds_checks_and_publishes_nightly() {
    let wf = recipe("github-actions/aikosite.yml");
    // Triggers: every push, pull requests and a nightly schedule.
    let on = &wf["on"];
    assert!(on.get("push").is_some() && on.get("pull_request").is_some());
    let cron = on["schedule"][0]["cron"].as_str().unwrap();
    assert_eq!(cron.split_whitespace().count(), 5, "{cron}");
    assert!(cron.ends_with("* * *"), "daily: {cron}");
    let steps = wf["jobs"]["build"]["steps"].as_sequence().unwrap();
    let uses: Vec<&str> = steps.iter().filter_map(|s| s["uses"].as_str()).collect();
    assert!(
        uses.iter()
            .any(|u| u.starts_with("actions/upload-pages-artifact"))
    );
    assert!(
        steps
            .iter()
            .any(|s| s["with"]["path"].as_str() == Some(".aikosite/cache")),
        "the image cache is kept between runs"
    );
    let deploy = &wf["jobs"]["deploy"]["steps"][0]["uses"];
    assert!(deploy.as_str().unwrap().starts_with("actions/deploy-pages"));

    let (_dir, site, path) = new_site();
    let ours: Vec<&str> = steps
        .iter()
        .filter(|s| {
            s["name"]
                .as_str()
                .is_some_and(|n| n.starts_with("aikosite:"))
        })
        .filter_map(|s| s["run"].as_str())
        .collect();
    assert!(ours.len() >= 2, "{ours:?}");
    assert!(ours.iter().any(|r| r.contains("check --strict")));
    for script in ours {
        let (ok, stdout, stderr) = run_step(&site, &path, script, &[("GITHUB_ACTIONS", "true")]);
        assert!(ok, "`{script}` failed:\n{stdout}\n{stderr}");
        assert!(!stdout.contains("::error"), "{stdout}");
    }
    assert!(site.join("public/index.html").is_file());
    assert!(site.join("public/sv/index.html").is_file());
}

#[test]
fn gitlab_ci_recipe_builds_into_public_on_the_default_branch() {
    let ci = recipe("gitlab-ci/.gitlab-ci.yml");
    let pages = &ci["pages"];
    assert_eq!(pages["artifacts"]["paths"][0].as_str(), Some("public"));
    let caches = ci["default"]["cache"].as_sequence().unwrap();
    assert!(
        caches
            .iter()
            .any(|c| c["paths"][0].as_str() == Some(".aikosite/cache/")),
        "the image cache is kept between runs"
    );

    let (_dir, site, path) = new_site();
    let script: Vec<&str> = pages["script"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|l| l.as_str())
        .collect();
    assert!(script.iter().any(|l| l.contains("aikosite build")));
    for line in script {
        let (ok, stdout, stderr) = run_step(&site, &path, line, &[("GITLAB_CI", "true")]);
        assert!(ok, "`{line}` failed:\n{stdout}\n{stderr}");
    }
    assert!(site.join("public/index.html").is_file());
}

#[test]
fn ci_logs_have_no_progress_lines_and_errors_point_at_their_line() {
    let (_dir, site, path) = new_site();
    let (ok, stdout, stderr) = run_step(&site, &path, "aikosite build", &[]);
    assert!(ok, "{stderr}");
    assert!(
        !stderr.contains("images:"),
        "no progress lines in CI logs: {stderr}"
    );
    assert!(!stdout.contains("images ["), "{stdout}");
    // A mistake shows as a GitHub annotation at its file and line.
    let town = site.join("content/towns");
    let first = std::fs::read_dir(&town)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .min()
        .unwrap();
    let yaml = first.join("town.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(&yaml, format!("{text}\nbrand_colour: \"#00594f\"\n")).unwrap();
    let (ok, stdout, _) = run_step(&site, &path, "aikosite check --format github", &[]);
    assert!(!ok);
    let line = text.lines().count() + 2;
    assert!(
        stdout.contains(&format!("town.yaml,line={line},col=1,")),
        "{stdout}"
    );
}
