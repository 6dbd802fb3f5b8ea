//! Editors' tools on the fixture under tests/fixtures/editors/: `new`, `import jobs`,
//! `status`, and file names written as editors write them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TODAY: &str = "2026-11-29";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_aikosite"));
    c.env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1")
        .env("GIT_CEILING_DIRECTORIES", std::env::temp_dir());
    c
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/editors")
}

/// A scratch copy of the fixture site.
fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = fixture().join("site");
    for e in walkdir::WalkDir::new(&from).sort_by_file_name() {
        let e = e.unwrap();
        let target = dir.path().join(e.path().strip_prefix(&from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
    dir
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().unwrap();
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into(),
        String::from_utf8_lossy(&stderr).into(),
    )
}

fn new(root: &Path, args: &[&str]) -> (i32, String, String) {
    run(bin()
        .arg("new")
        .args(args)
        .arg("--root")
        .arg(root)
        .args(["--today", TODAY]))
}

fn build(root: &Path, extra: &[&str]) -> (i32, String, String) {
    run(bin()
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(root.join("public"))
        .args(["--today", TODAY])
        .args(extra))
}

/// `import jobs FILE` run from the fixture's import folder, so messages name the file simply.
fn import(root: &Path, file: &str, extra: &[&str]) -> (i32, String, String) {
    run(bin()
        .current_dir(fixture().join("import"))
        .args(["import", "jobs", file, "--town", "raahe", "--root"])
        .arg(root)
        .args(["--today", TODAY])
        .args(extra))
}

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The files of a folder (relative paths, sorted) with their text, for one snapshot.
fn texts(root: &Path, dir: &str) -> String {
    let mut out = String::new();
    for e in walkdir::WalkDir::new(root.join(dir)).sort_by_file_name() {
        let e = e.unwrap();
        if e.file_type().is_file() {
            let rel = e.path().strip_prefix(root).unwrap().display().to_string();
            out.push_str(&format!(
                "=== {rel}\n{}\n",
                std::fs::read_to_string(e.path()).unwrap()
            ));
        }
    }
    out
}

/// The output paths under public/ that contain `part`.
fn published(root: &Path, part: &str) -> Vec<String> {
    walkdir::WalkDir::new(root.join("public"))
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(root.join("public"))
                .unwrap()
                .display()
                .to_string()
        })
        .filter(|p| p.contains(part))
        .collect()
}

/// Replaces the scratch folder's path in command output.
fn scrub(text: &str, root: &Path) -> String {
    text.replace(&root.display().to_string(), "[site]")
}

#[test]
fn new_writes_every_kind_in_both_languages_and_they_build() {
    let dir = site();
    let root = dir.path();
    let cases: [(&str, &[&str], &[&str]); 7] = [
        (
            "town",
            &["town", "Kärsämäki"],
            &[
                "content/towns/karsamaki/town.yaml",
                "content/towns/karsamaki/_index.fi.md",
                "content/towns/karsamaki/_index.sv.md",
            ],
        ),
        (
            "company",
            &["company", "--town", "raahe", "Uusi Konepaja Oy"],
            &["content/towns/raahe/companies/uusi-konepaja-oy.yaml"],
        ),
        (
            "job",
            &["job", "--town", "raahe", "CNC-koneistaja, iltavuoro"],
            &[
                "content/towns/raahe/jobs/cnc-koneistaja-iltavuoro.fi.md",
                "content/towns/raahe/jobs/cnc-koneistaja-iltavuoro.sv.md",
            ],
        ),
        (
            "study",
            &["study", "--town", "raahe", "Ensin töihin"],
            &["content/towns/raahe/studies/ensin-toihin.fi.md"],
        ),
        (
            "story",
            &["story", "--town", "raahe", "Muutimme Raaheen"],
            &[
                "content/towns/raahe/stories/muutimme-raaheen.fi.md",
                "content/towns/raahe/stories/muutimme-raaheen.sv.md",
            ],
        ),
        (
            "event",
            &["event", "--town", "raahe", "Rekrytointipäivä"],
            &[
                "content/towns/raahe/events/rekrytointipaiva.fi.md",
                "content/towns/raahe/events/rekrytointipaiva.sv.md",
            ],
        ),
        (
            "page",
            &["page", "Tietoa kampanjasta"],
            &[
                "content/pages/tietoa-kampanjasta.fi.md",
                "content/pages/tietoa-kampanjasta.sv.md",
            ],
        ),
    ];
    for (kind, args, files) in cases {
        let (code, stdout, stderr) = new(root, args);
        if kind == "study" {
            // "Ensin töihin" is taken by the fixture's study (ensin-toihin): refused
            assert_eq!(code, 2, "{stdout}{stderr}");
            let (code, stdout, stderr) =
                new(root, &["study", "--town", "raahe", "Oppisopimus, hitsaaja"]);
            assert_eq!(code, 0, "{stderr}");
            insta::assert_snapshot!("new_study_output", stdout);
            insta::assert_snapshot!(
                "new_study_fi",
                read(
                    root,
                    "content/towns/raahe/studies/oppisopimus-hitsaaja.fi.md"
                )
            );
            insta::assert_snapshot!(
                "new_study_sv",
                read(
                    root,
                    "content/towns/raahe/studies/oppisopimus-hitsaaja.sv.md"
                )
            );
            continue;
        }
        assert_eq!(code, 0, "{kind}: {stderr}");
        insta::assert_snapshot!(format!("new_{kind}_output"), stdout);
        for f in files {
            let name = Path::new(f)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .replace('.', "_");
            insta::assert_snapshot!(format!("new_{kind}_{name}"), read(root, f));
        }
    }
    let (code, _, stderr) = build(root, &["--drafts"]);
    assert_eq!(code, 0, "build --drafts: {stderr}");
    assert!(!published(root, "cnc-koneistaja-iltavuoro").is_empty());
    let (code, _, stderr) = build(root, &[]);
    assert_eq!(code, 0, "build: {stderr}");
    assert!(
        published(root, "cnc-koneistaja-iltavuoro").is_empty(),
        "drafts stay unpublished"
    );
}

#[test]
fn new_refuses_to_overwrite() {
    let dir = site();
    let root = dir.path();
    let (code, _, stderr) = new(root, &["job", "--town", "raahe", "Särmääjä"]);
    assert_eq!(code, 0, "{stderr}");
    let before = read(root, "content/towns/raahe/jobs/sarmaaja.fi.md");
    std::fs::write(
        root.join("content/towns/raahe/jobs/sarmaaja.fi.md"),
        "edited",
    )
    .unwrap();
    let (code, _, stderr) = new(root, &["job", "--town", "raahe", "SÄRMÄÄJÄ"]);
    assert_eq!(code, 2);
    assert_eq!(
        read(root, "content/towns/raahe/jobs/sarmaaja.fi.md"),
        "edited"
    );
    insta::assert_snapshot!("new_refuses", scrub(&stderr, root));
    assert!(before.contains("title: \"Särmääjä\""));
    // an existing job and its translation
    let (code, _, stderr) = new(root, &["job", "--town", "raahe", "Hitsaaja"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("there is a job named `hitsaaja` already: content/towns/raahe/jobs/hitsaaja.fi.md, content/towns/raahe/jobs/hitsaaja.sv.md"),
        "{stderr}"
    );
    // an existing job under a file name with other letters
    std::fs::write(
        root.join("content/towns/raahe/jobs/Levyseppä.fi.md"),
        read(root, "content/towns/raahe/jobs/hitsaaja.fi.md"),
    )
    .unwrap();
    let (code, _, stderr) = new(root, &["job", "--town", "raahe", "levyseppa"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(
            "there is a job named `levyseppa` already: content/towns/raahe/jobs/Levyseppä.fi.md"
        ),
        "{stderr}"
    );
    assert!(
        !root
            .join("content/towns/raahe/jobs/levyseppa.fi.md")
            .exists()
    );
}

#[test]
fn new_derives_slugs_from_names_as_written() {
    let dir = site();
    let root = dir.path();
    for (name, file) in [
        ("Leipuri Närpiöstä", "leipuri-narpiosta"),
        ("Åbo  Akademi – kesäkurssi!", "abo-akademi-kesakurssi"),
        ("Kesätyö 2027", "kesatyo-2027"),
    ] {
        let (code, stdout, stderr) = new(root, &["story", "--town", "raahe", name]);
        assert_eq!(code, 0, "{stderr}");
        assert!(
            stdout.contains(&format!("stories/{file}.fi.md")),
            "{stdout}"
        );
        assert!(
            read(root, &format!("content/towns/raahe/stories/{file}.sv.md")).contains(name.trim())
        );
    }
    // unquoted words are one name
    let (code, stdout, _) = new(root, &["event", "--town", "raahe", "Avoimet", "ovet"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("events/avoimet-ovet.fi.md"), "{stdout}");
    let (code, _, stderr) = new(root, &["event", "--town", "raahe", "!!!"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("has no letters or digits"), "{stderr}");
}

#[test]
fn new_lists_known_towns_and_kinds() {
    let dir = site();
    let root = dir.path();
    let (code, _, town) = new(root, &["job", "--town", "rahe", "Hitsaaja"]);
    assert_eq!(code, 2);
    let (code, _, kind) = new(root, &["jobb", "--town", "raahe", "Hitsaaja"]);
    assert_eq!(code, 2);
    let (code, _, no_town) = new(root, &["job", "Hitsaaja"]);
    assert_eq!(code, 2);
    let (code, _, page_town) = new(root, &["page", "--town", "raahe", "Tietoa"]);
    assert_eq!(code, 2);
    insta::assert_snapshot!(
        "new_unknown",
        [town, kind, no_town, page_town].join("---\n")
    );
}

#[test]
fn new_job_in_a_town_without_companies_says_what_to_do_first() {
    let dir = site();
    let root = dir.path();
    assert_eq!(new(root, &["town", "Kärsämäki"]).0, 0);
    let (code, _, stderr) = new(root, &["job", "--town", "karsamaki", "Hitsaaja"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("aikosite new company --town karsamaki"),
        "{stderr}"
    );
    assert_eq!(
        new(root, &["company", "--town", "karsamaki", "Konepaja Oy"]).0,
        0
    );
    assert_eq!(new(root, &["job", "--town", "karsamaki", "Hitsaaja"]).0, 0);
    // the draft job refers to the draft company: both stay unpublished, the build passes
    let (code, _, stderr) = build(root, &[]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = build(root, &["--drafts"]);
    assert_eq!(code, 0, "{stderr}");
}

const JOB: &str = "---
title: TITLE
company: brahen-konepaja
sector: metal
employment_type: full_time
posted: 2026-11-20
deadline: 2026-12-20
apply_email: rekry@konepaja.example.fi
---

Linkki: [toinen](@/towns/raahe/jobs/särmääjä.md).
";

#[test]
fn file_names_with_letters_build_under_their_slug_in_nfc_and_nfd() {
    let dir = site();
    let root = dir.path();
    let jobs = root.join("content/towns/raahe/jobs");
    std::fs::write(
        jobs.join("särmääjä.fi.md"),
        JOB.replace("TITLE", "Särmääjä"),
    )
    .unwrap();
    std::fs::write(
        jobs.join("Särmääjä.sv.md"),
        "---\ntitle: Kantpressare\n---\n",
    )
    .unwrap();
    // NFD, as macOS writes names: a + combining diaeresis
    let nfd = "Levyseppa\u{0308}.fi.md";
    std::fs::write(jobs.join(nfd), JOB.replace("TITLE", "Levyseppä")).unwrap();
    std::fs::write(
        jobs.join("Leipuri Närpiöstä.fi.md"),
        JOB.replace("TITLE", "Leipuri"),
    )
    .unwrap();
    let (code, _, stderr) = build(root, &[]);
    assert_eq!(code, 0, "{stderr}");
    for path in [
        "raahe/tyopaikat/sarmaaja/index.html",
        "sv/brahestad/lediga-jobb/sarmaaja/index.html",
        "raahe/tyopaikat/levyseppa/index.html",
        "raahe/tyopaikat/leipuri-narpiosta/index.html",
    ] {
        assert!(root.join("public").join(path).is_file(), "{path}");
    }
    let levyseppa = read(root, "public/raahe/tyopaikat/levyseppa/index.html");
    assert!(
        levyseppa.contains("href=\"/raahe/tyopaikat/sarmaaja/\""),
        "the @/ link with ä resolves"
    );

    // NFC and NFD spellings of one name are one name: two files for one address
    std::fs::write(
        jobs.join("Levyseppä.fi.md"),
        JOB.replace("TITLE", "Levyseppä"),
    )
    .unwrap();
    std::fs::write(
        jobs.join("sarmaaja.fi.md"),
        JOB.replace("TITLE", "Särmääjä 2"),
    )
    .unwrap();
    let (code, _, stderr) = build(root, &[]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("same_address", scrub(&stderr, root));
}

#[test]
fn import_csv_saved_by_excel() {
    let dir = site();
    let root = dir.path();
    let (code, stdout, stderr) = import(root, "tyopaikat-excel.csv", &[]);
    assert_eq!(code, 1, "some rows cannot be imported: {stdout}{stderr}");
    insta::assert_snapshot!("import_csv_report", format!("{stderr}---\n{stdout}"));
    insta::assert_snapshot!("import_csv_files", texts(root, "content/towns/raahe/jobs"));
    let (code, _, stderr) = build(root, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        root.join("public/sv/brahestad/lediga-jobb/cnc-maskinist-kvallsskift/index.html")
            .is_file()
    );
}

#[test]
fn import_dry_run_writes_nothing_and_force_replaces() {
    let dir = site();
    let root = dir.path();
    let before = texts(root, "content");
    let (code, stdout, _) = import(root, "tyopaikat-excel.csv", &["--dry-run"]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("--- content/towns/raahe/jobs/sarmaaja.fi.md (would be written)"),
        "{stdout}"
    );
    assert!(stdout.contains("nothing was written"), "{stdout}");
    assert_eq!(texts(root, "content"), before);
    // the fixture's hitsaaja.fi.md is left alone without --force, replaced with it
    let (_, stdout, _) = import(root, "tyopaikat-excel.csv", &[]);
    assert!(
        stdout.contains("row 7: content/towns/raahe/jobs/hitsaaja.fi.md"),
        "{stdout}"
    );
    assert!(read(root, "content/towns/raahe/jobs/hitsaaja.fi.md").contains("Hitsaajan työ."));
    let (_, stdout, _) = import(root, "tyopaikat-excel.csv", &["--force"]);
    assert!(!stdout.contains("already on the site"), "{stdout}");
    assert!(read(root, "content/towns/raahe/jobs/hitsaaja.fi.md").contains("deadline: 2026-12-20"));
}

#[test]
fn import_xlsx() {
    let dir = site();
    let root = dir.path();
    let (code, stdout, stderr) = import(root, "tyopaikat.xlsx", &[]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    insta::assert_snapshot!("import_xlsx_report", format!("{stderr}---\n{stdout}"));
    insta::assert_snapshot!(
        "import_xlsx_file_fi",
        read(root, "content/towns/raahe/jobs/levyseppa.fi.md")
    );
    insta::assert_snapshot!(
        "import_xlsx_file_sv",
        read(root, "content/towns/raahe/jobs/levyseppa.sv.md")
    );
    assert_eq!(build(root, &[]).0, 0);
}

#[test]
fn import_ods_with_swedish_headers() {
    let dir = site();
    let root = dir.path();
    let (code, stdout, stderr) = import(root, "tyopaikat.ods", &[]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    insta::assert_snapshot!("import_ods_report", format!("{stderr}---\n{stdout}"));
    insta::assert_snapshot!(
        "import_ods_file",
        read(root, "content/towns/raahe/jobs/svetsare-kvallsskift.sv.md")
    );
    let (code, _, stderr) = build(root, &[]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn import_json_ld() {
    let dir = site();
    let root = dir.path();
    let (code, stdout, stderr) = import(root, "tyopaikat.json", &[]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    insta::assert_snapshot!("import_json_report", format!("{stderr}---\n{stdout}"));
    insta::assert_snapshot!(
        "import_json_file",
        read(root, "content/towns/raahe/jobs/koneistaja.fi.md")
    );
    let (code, _, stderr) = build(root, &[]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn import_saved_careers_page() {
    let dir = site();
    let root = dir.path();
    let (code, stdout, stderr) = import(root, "ura.html", &[]);
    assert_eq!(code, 1, "a company is missing: {stdout}{stderr}");
    insta::assert_snapshot!("import_html_report", format!("{stderr}---\n{stdout}"));
    insta::assert_snapshot!(
        "import_html_file",
        read(root, "content/towns/raahe/jobs/hitsaaja-levyseppa.fi.md")
    );
    let (code, _, stderr) = build(root, &[]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn import_refuses_unknown_files_and_towns() {
    let dir = site();
    let root = dir.path();
    let (code, _, stderr) = run(bin()
        .current_dir(fixture().join("import"))
        .args([
            "import",
            "jobs",
            "make_sheets.py",
            "--town",
            "raahe",
            "--root",
        ])
        .arg(root));
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot import `.py` files"), "{stderr}");
    let (code, _, stderr) = run(bin()
        .current_dir(fixture().join("import"))
        .args([
            "import",
            "jobs",
            "tyopaikat.json",
            "--town",
            "rahe",
            "--root",
        ])
        .arg(root));
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean `raahe`?"), "{stderr}");
}

/// Sets a file's modification time (seconds since 1970).
fn touch(path: &Path, secs: u64) {
    let f = std::fs::File::options().write(true).open(path).unwrap();
    f.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs))
        .unwrap();
}

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
    let (code, stdout, stderr) = run(bin()
        .args(["status", "--root"])
        .arg(root)
        .args(["--today", TODAY]));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("content/towns/raahe/studies/ensin-toihin.sv.md (changed 1.11.2026) — content/towns/raahe/studies/ensin-toihin.fi.md changed 20.11.2026"),
        "{stdout}"
    );
}
