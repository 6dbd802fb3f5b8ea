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
            // Every diagnostic is a message with an id, in words of its own in each language.
            assert!(x["id"].is_string(), "no message id: {x}");
            assert_ne!(x["message"], y["message"], "{lang}: {y}");
        }
        insta::assert_snapshot!(format!("errors_text_{lang}"), check("text", lang).2);
    }
}

/// `check` with only the environment's language, as an editor's terminal has it.
fn check_with_env(vars: &[(&str, &str)]) -> String {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/errors");
    let out = Command::new(env!("CARGO_BIN_EXE_aikosite"))
        .current_dir(&fixture)
        .args(["check", "--root", ".", "--today", TODAY])
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .envs(vars.iter().copied())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stderr).into()
}

#[test]
fn the_language_comes_from_lang_and_lc_messages() {
    let fi = check_with_env(&[("LANG", "fi_FI.UTF-8")]);
    assert!(fi.contains("virhe: tuntematon toimiala `metall`"), "{fi}");
    assert!(fi.contains("= ohje: tarkoititko `metal`?"), "{fi}");
    let sv = check_with_env(&[("LANG", "fi_FI.UTF-8"), ("LC_MESSAGES", "sv_SE.UTF-8")]);
    assert!(sv.contains("fel: okänd bransch `metall`"), "{sv}");
    let en = check_with_env(&[("LANG", "C.UTF-8")]);
    assert!(en.contains("error: unknown sector `metall`"), "{en}");
    // --messages wins over the environment.
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/errors");
    let out = Command::new(env!("CARGO_BIN_EXE_aikosite"))
        .current_dir(&fixture)
        .args(["check", "--root", ".", "--today", TODAY, "--messages", "en"])
        .env("LANG", "fi_FI.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("error: unknown sector"));
}

#[test]
fn help_and_usage_errors_follow_the_language() {
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_aikosite"))
            .args(args)
            .env("LANG", "fi_FI.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, help, _) = run(&["new", "--help"]);
    assert_eq!(code, 0);
    assert!(help.contains("Käyttö: aikosite new"), "{help}");
    assert!(help.contains("Mitä luodaan"), "{help}");
    assert!(help.contains("Valinnat:"), "{help}");
    let (code, _, err) = run(&["build", "--nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("virhe: tuntematon valinta '--nope'"), "{err}");
    let (code, _, err) = run(&[
        "check",
        "--root",
        "/nonexistent/aikosite-site",
        "--today",
        TODAY,
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("ei ole tiedostoa aikosite.yaml"), "{err}");
}

#[test]
fn build_check_and_init_say_what_they_did_in_finnish() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("kampanja");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_aikosite"))
            .args(args)
            .args(["--messages", "fi"])
            .env_remove("SOURCE_DATE_EPOCH")
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let s = site.to_str().unwrap();
    let (code, out, err) = run(&["init", s]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("uusi sivusto on kansiossa"), "{out}");
    assert!(out.contains("docs/ohje.fi.md"), "{out}");
    assert!(site.join("docs/ohje.fi.md").is_file() && site.join("docs/handbok.sv.md").is_file());
    let (code, _, err) = run(&["init", s]);
    assert_eq!(code, 2);
    assert!(err.contains("on jo olemassa eikä se ole tyhjä"), "{err}");
    let public = dir.path().join("public");
    let p = public.to_str().unwrap();
    let (code, out, err) = run(&[
        "--verbose",
        "build",
        "--root",
        s,
        "--output",
        p,
        "--today",
        TODAY,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("rakennettu ") && out.contains("päivälle 29.11.2026"),
        "{out}"
    );
    assert!(out.contains("vaiheet (aika, "), "{out}");
    assert!(out.contains("julkaisukansio: "), "{out}");
    // With --verbose, not on a terminal: plain progress lines, in Finnish too.
    assert!(err.contains("kuvat: "), "{err}");

    let (code, out, err) = run(&["check", "--root", s, "--today", TODAY]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(": ei virheitä"), "{out}");
    let (code, _, err) = run(&["build", "--root", s, "--today", "29.11.2026"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`--today 29.11.2026` ei ole päivämäärä"),
        "{err}"
    );
}
