//! `check --format json` and `--format github` on the errors fixture, pinned as snapshots, and
//! the same errors in Finnish and Swedish.

use std::path::Path;
use std::process::Command;

const TODAY: &str = "2026-11-29";

fn check(format: &str, messages: &str) -> (i32, String, String) {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/errors");
    let out = Command::new(env!("CARGO_BIN_EXE_aikosite"))
        .current_dir(&fixture)
        .args(["check", "--root", ".", "--today", TODAY, "--format", format])
        .args(["--messages", messages])
        .env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn json_report_of_the_errors_fixture() {
    let (code, stdout, _) = check("json", "en");
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert!(v["errors"].as_u64().unwrap() > 5);
    insta::assert_snapshot!("errors_json", stdout);
}

#[test]
fn github_annotations_of_the_errors_fixture() {
    let (code, stdout, _) = check("github", "en");
    assert_eq!(code, 1);
    assert!(
        stdout
            .lines()
            .filter(|l| l.starts_with("::error file=content/"))
            .count()
            > 5
    );
    insta::assert_snapshot!("errors_github", stdout);
}

#[test]
fn the_same_errors_in_finnish_and_swedish() {
    let (_, en, _) = check("json", "en");
    let en: serde_json::Value = serde_json::from_str(&en).unwrap();
    for lang in ["fi", "sv"] {
        let (code, out, _) = check("json", lang);
        assert_eq!(code, 1);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let (a, b) = (&en["diagnostics"], &v["diagnostics"]);
        assert_eq!(a.as_array().unwrap().len(), b.as_array().unwrap().len());
        for (x, y) in a.as_array().unwrap().iter().zip(b.as_array().unwrap()) {
            assert_eq!(
                (&x["file"], &x["line"], &x["id"]),
                (&y["file"], &y["line"], &y["id"])
            );
            if x["id"].is_string() {
                assert_ne!(x["message"], y["message"], "{lang}: {y}");
            }
        }
        insta::assert_snapshot!(format!("errors_text_{lang}"), check("text", lang).2);
    }
}
