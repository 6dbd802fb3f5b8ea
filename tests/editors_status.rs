//! `aikosite status` on the editors' fixture site, in every format, dated by `--today`.

mod common;
use common::editors::*;
use std::process::Command;

#[test]
fn status_in_three_formats() {
    let dir = site();
    let root = dir.path();
    for e in walkdir::WalkDir::new(root.join("content")) {
        let e = e.unwrap();
        if e.file_type().is_file() {
            touch(e.path(), 1_790_000_000);
        }
    }
    // the Swedish job text is older than the Finnish one
    touch(
        &root.join("content/towns/raahe/jobs/hitsaaja.sv.md"),
        1_780_000_000,
    );
    for (name, format) in [
        ("status_text", "text"),
        ("status_json", "json"),
        ("status_markdown", "markdown"),
    ] {
        let (code, stdout, stderr) = run(bin()
            .args(["status", "--root"])
            .arg(root)
            .args(["--today", TODAY, "--format", format]));
        assert_eq!(code, 0, "{stderr}");
        insta::assert_snapshot!(name, stdout);
    }
    // The same report in Finnish and Swedish (the JSON is for programs and stays as it is).
    for (name, lang, format) in [
        ("status_text_fi", "fi", "text"),
        ("status_markdown_sv", "sv", "markdown"),
    ] {
        let (code, stdout, stderr) = run(bin().args(["status", "--root"]).arg(root).args([
            "--today",
            TODAY,
            "--format",
            format,
            "--messages",
            lang,
        ]));
        assert_eq!(code, 0, "{stderr}");
        insta::assert_snapshot!(name, stdout);
    }
}

#[test]
fn status_uses_git_history_when_there_is_one() {
    let dir = site();
    let root = dir.path();
    let git = |args: &[&str], date: &str| {
        Command::new("git")
            .arg("-C")
            .arg(root)
            .args(["-c", "user.name=t", "-c", "user.email=t@example.fi"])
            .args(args)
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !git(&["init", "-q"], "2026-11-01T12:00:00Z") {
        eprintln!("git is not available: skipped");
        return;
    }
    assert!(git(&["add", "."], "2026-11-01T12:00:00Z"));
    assert!(git(&["commit", "-qm", "first"], "2026-11-01T12:00:00Z"));
    // the Finnish study text changes later; its translation does not
    std::fs::write(
        root.join("content/towns/raahe/studies/ensin-toihin.fi.md"),
        read(root, "content/towns/raahe/studies/ensin-toihin.fi.md") + "\nLisää.\n",
    )
    .unwrap();
    assert!(git(&["commit", "-qam", "more"], "2026-11-20T12:00:00Z"));
    // modification times say the opposite: git wins
    touch(
        &root.join("content/towns/raahe/studies/ensin-toihin.fi.md"),
        1_700_000_000,
    );
    // an edit not yet committed: its modification time (2.1.2027) counts
    let hitsaaja = root.join("content/towns/raahe/jobs/hitsaaja.fi.md");
    std::fs::write(
        &hitsaaja,
        read(root, "content/towns/raahe/jobs/hitsaaja.fi.md") + "\nLisää.\n",
    )
    .unwrap();
    touch(&hitsaaja, 1_798_880_000);
    let (code, stdout, stderr) = run(bin()
        .args(["status", "--root"])
        .arg(root)
        .args(["--today", TODAY]));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("content/towns/raahe/studies/ensin-toihin.sv.md (changed 1.11.2026) — content/towns/raahe/studies/ensin-toihin.fi.md changed 20.11.2026"),
        "{stdout}"
    );
    assert!(
        stdout.contains("content/towns/raahe/jobs/hitsaaja.sv.md (changed 1.11.2026) — content/towns/raahe/jobs/hitsaaja.fi.md changed 2.1.2027"),
        "{stdout}"
    );
}

#[test]
fn status_says_what_it_could_not_read_and_what_is_missing() {
    let dir = site();
    let root = dir.path();
    std::fs::write(
        root.join("content/towns/raahe/jobs/rikki.fi.md"),
        "---\ntitle: [\n---\n",
    )
    .unwrap();
    // the statement without its review date, and then without the statement
    let statement = root.join("content/pages/saavutettavuusseloste.fi.md");
    let text = read(root, "content/pages/saavutettavuusseloste.fi.md");
    let without_date: String = text
        .lines()
        .filter(|l| !l.starts_with("reviewed:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&statement, without_date).unwrap();
    let status = || {
        run(bin()
            .args(["status", "--root"])
            .arg(root)
            .args(["--today", TODAY]))
    };
    let (code, no_date, stderr) = status();
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stderr,
        "1 file could not be read and is not counted: run `aikosite check` to see why\n"
    );
    std::fs::remove_file(&statement).unwrap();
    std::fs::remove_file(root.join("content/pages/saavutettavuusseloste.sv.md")).unwrap();
    let (_, none, _) = status();
    let tail = |s: &str| s[s.find("Accessibility statement").unwrap()..].to_string();
    insta::assert_snapshot!(
        "status_statement",
        format!("{}---\n{}", tail(&no_date), tail(&none))
    );
}
