//! Whole-CLI tests of `build`, `check` and `init` against fixture sites, with golden snapshots
//! of the output tree, of pages' main content and of the error report.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;
use common::copy_dir;

const TODAY: &str = "2026-11-29";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_aikosite"));
    // English messages whatever the machine's language (snapshots pin English words).
    c.env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    c
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A scratch copy of a fixture site, so tests can change it.
fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(name), dir.path());
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

fn build(root: &Path, out: &Path, extra: &[&str]) -> (i32, String, String) {
    run(bin()
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(out)
        .args(["--today", TODAY])
        .args(extra))
}

/// Every file of a folder with its bytes, by relative path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

fn page(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The `<main>` element of a page: what a snapshot of content should pin.
fn main_of(html: &str) -> String {
    let start = html.find("<main").expect("a <main> element");
    let end = html.find("</main>").expect("a </main>") + "</main>".len();
    html[start..end]
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn builds_the_basic_site_into_the_expected_tree() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    let (code, stdout, stderr) = build(&fixture("basic"), &target, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("built "), "{stdout}");
    let files: Vec<String> = tree(&target).into_keys().collect();
    insta::assert_snapshot!("basic_tree", files.join("\n"));
}

#[test]
fn pages_main_content_is_pinned() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    let (code, _, stderr) = build(&fixture("basic"), &target, &[]);
    assert_eq!(code, 0, "{stderr}");
    for (name, rel) in [
        ("job_fi", "raahe/tyopaikat/cnc-koneistaja/index.html"),
        (
            "job_sv",
            "sv/brahestad/lediga-jobb/cnc-maskinist/index.html",
        ),
        ("study_sv", "sv/brahestad/utbildning/forst-jobb/index.html"),
        ("company_fi", "raahe/yritykset/perameren-teras/index.html"),
        ("event_fi", "raahe/tapahtumat/rekrypaiva/index.html"),
        ("home_fi", "index.html"),
    ] {
        insta::assert_snapshot!(name, main_of(&page(&target, rel)));
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let out = tempfile::tempdir().unwrap();
    let (a, b) = (out.path().join("a"), out.path().join("b"));
    assert_eq!(build(&fixture("basic"), &a, &[]).0, 0);
    assert_eq!(build(&fixture("basic"), &b, &[]).0, 0);
    let (ta, tb) = (tree(&a), tree(&b));
    assert!(ta.len() > 50);
    assert_eq!(ta, tb);
}

#[test]
fn source_date_epoch_fixes_today_like_the_flag() {
    let site = fixture("basic");
    let out = tempfile::tempdir().unwrap();
    let (a, b) = (out.path().join("a"), out.path().join("b"));
    assert_eq!(build(&site, &a, &[]).0, 0);
    // 2026-11-29T10:00Z
    let (code, _, stderr) = run(bin()
        .env("SOURCE_DATE_EPOCH", "1795946400")
        .arg("build")
        .arg("--root")
        .arg(&site)
        .arg("--output")
        .arg(&b));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(tree(&a), tree(&b));
}

#[test]
fn expired_jobs_and_drafts_are_not_published_and_closing_soon_is_marked() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    let (code, _, stderr) = build(&fixture("basic"), &target, &[]);
    assert_eq!(code, 0);
    // the expired job: no page, no list entry; a link to it is plain text with a warning
    assert!(!target.join("raahe/tyopaikat/vanha-ilmoitus").exists());
    let all: String = tree(&target)
        .into_values()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect();
    assert!(!all.contains("Vanha ilmoitus\u{3c}/a>") && !all.contains("vanha-ilmoitus/"));
    assert!(
        stderr.contains("warning: link to `vanha-ilmoitus.md`, which is not published today"),
        "{stderr}"
    );
    assert!(
        page(&target, "raahe/tyopaikat/lahihoitaja/index.html")
            .contains("Katso myös vanha ilmoitus.")
    );
    // the draft
    assert!(!target.join("raahe/tyopaikat/kesatyo").exists());
    // closes 2026-12-03: within 7 days
    assert!(page(&target, "raahe/tyopaikat/lahihoitaja/index.html").contains("Haku päättymässä"));
    assert!(
        !page(&target, "raahe/tyopaikat/cnc-koneistaja/index.html").contains("Haku päättymässä")
    );

    // On the deadline day the job is still published; the day after it is gone.
    let on_deadline = out.path().join("d");
    assert_eq!(
        run(bin()
            .arg("build")
            .arg("--root")
            .arg(fixture("basic"))
            .arg("--output")
            .arg(&on_deadline)
            .args(["--today", "2026-12-03"]))
        .0,
        0
    );
    assert!(
        on_deadline
            .join("raahe/tyopaikat/lahihoitaja/index.html")
            .exists()
    );
    let after = out.path().join("e");
    assert_eq!(
        run(bin()
            .arg("build")
            .arg("--root")
            .arg(fixture("basic"))
            .arg("--output")
            .arg(&after)
            .args(["--today", "2026-12-04"]))
        .0,
        0
    );
    assert!(!after.join("raahe/tyopaikat/lahihoitaja").exists());
}

#[test]
fn drafts_flag_publishes_drafts() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    assert_eq!(build(&fixture("basic"), &target, &["--drafts"]).0, 0);
    assert!(target.join("raahe/tyopaikat/kesatyo/index.html").exists());
}

#[test]
fn translations_inherit_facts_and_localize_urls() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    assert_eq!(build(&fixture("basic"), &target, &[]).0, 0);
    let sv = page(&target, "sv/brahestad/lediga-jobb/cnc-maskinist/index.html");
    // company, salary and deadline come from the Finnish file
    assert!(sv.contains("Perämeren Teräs Oy"));
    assert!(sv.contains("3\u{a0}200–3\u{a0}800 €/mån"));
    assert!(sv.contains("<time datetime=\"2026-12-31\">31.12.2026</time>"));
    // hreflang both ways, with the base URL's path
    assert!(sv.contains(
        "hreflang=\"fi\" href=\"https://example.fi/kampanja/raahe/tyopaikat/cnc-koneistaja/\""
    ));
    let fi = page(&target, "raahe/tyopaikat/cnc-koneistaja/index.html");
    assert!(fi.contains("hreflang=\"sv\" href=\"https://example.fi/kampanja/sv/brahestad/lediga-jobb/cnc-maskinist/\""));
    // Markdown links resolve to the page in the current language
    let home_sv = page(&target, "sv/index.html");
    assert!(home_sv.contains("href=\"/kampanja/sv/brahestad/lediga-jobb/cnc-maskinist/\""));
}

#[test]
fn the_language_switcher_never_leads_to_a_missing_page() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    assert_eq!(build(&fixture("basic"), &target, &[]).0, 0);
    let files = tree(&target);
    for (rel, bytes) in &files {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        for href in html
            .split("hreflang=\"")
            .skip(1)
            .filter_map(|s| s.split("href=\"").nth(1))
            .map(|s| &s[..s.find('"').unwrap()])
        {
            let path = href
                .trim_start_matches("https://example.fi")
                .trim_start_matches("/kampanja/");
            let file = if path.is_empty() || path.ends_with('/') {
                format!("{path}index.html")
            } else {
                path.to_string()
            };
            assert!(
                files.contains_key(&file),
                "{rel} links to {href}, which does not exist"
            );
        }
    }
    // A Swedish-only job: the Finnish switcher goes to the Finnish job list of that town.
    let sv_only = page(
        &target,
        "sv/kristinestad/lediga-jobb/vindkraftstekniker/index.html",
    );
    assert!(
        sv_only.contains("href=\"/kampanja/kristiinankaupunki/tyopaikat/\" hreflang=\"fi\""),
        "{sv_only}"
    );
}

#[test]
fn lists_sort_the_finnish_way() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    assert_eq!(
        build(
            &fixture("basic"),
            &target,
            &["--base-url", "https://example.fi"]
        )
        .0,
        0
    );
    // page size 2: Perämeren, Zeta | Ääriviivan, Öljysataman
    let p1 = page(&target, "raahe/yritykset/index.html");
    let p2 = page(&target, "raahe/yritykset/sivu/2/index.html");
    let order = |html: &str, names: &[&str]| {
        names
            .iter()
            .map(|n| html.find(n).unwrap())
            .collect::<Vec<_>>()
            .windows(2)
            .all(|w| w[0] < w[1])
    };
    assert!(order(&p1, &["Perämeren Teräs Oy", "Zeta Automaatio Oy"]));
    assert!(order(
        &p2,
        &["Ääriviivan Hoiva Oy", "Öljysataman Energia Oy"]
    ));
    assert!(
        p1.contains("href=\"/raahe/yritykset/sivu/2/\""),
        "the first page links to the next"
    );
    assert!(
        p2.contains("href=\"/raahe/yritykset/\""),
        "the second page links back to the list's own URL"
    );
}

#[test]
fn check_reports_every_mistake_with_file_and_line() {
    let (code, stdout, stderr) = run(bin()
        .arg("check")
        .arg("--root")
        .arg(fixture("errors"))
        .args(["--today", TODAY, "--color", "never"]));
    assert_eq!(code, 1, "{stdout}{stderr}");
    insta::assert_snapshot!("errors_report", stderr);
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = copy_fixture("basic");
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    assert_eq!(build(site.path(), &target, &[]).0, 0);
    let before = tree(&target);
    std::fs::write(
        site.path().join("content/towns/raahe/jobs/asentaja.fi.md"),
        "---\ntitle: Asentaja\nsector: wood\n---\n",
    )
    .unwrap();
    let (code, _, stderr) = build(site.path(), &target, &[]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("content/towns/raahe/jobs/asentaja.fi.md:3:9"),
        "{stderr}"
    );
    assert_eq!(tree(&target), before);
    // and nothing is left beside it
    let names: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["public"]);
}

#[test]
fn a_folder_aikosite_did_not_create_is_refused() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    std::fs::create_dir_all(&target).unwrap();
    std::fs::write(target.join("notes.txt"), "mine").unwrap();
    let (code, _, stderr) = build(&fixture("basic"), &target, &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("was not made by aikosite"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(target.join("notes.txt")).unwrap(),
        "mine"
    );
    // the site's own folder as output is refused too
    let (code, _, stderr) = build(&fixture("basic"), &fixture("basic"), &[]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn usage_errors_exit_2_with_a_hint() {
    let empty = tempfile::tempdir().unwrap();
    let (code, _, stderr) = run(bin().arg("build").arg("--root").arg(empty.path()));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no aikosite.yaml") && stderr.contains("aikosite init"),
        "{stderr}"
    );
    let (code, _, stderr) = run(bin().args(["build", "--no-such-flag"]));
    assert_eq!(code, 2, "{stderr}");
    let (code, _, stderr) = run(bin()
        .arg("check")
        .arg("--root")
        .arg(fixture("basic"))
        .args(["--today", "29.11.2026"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("is not a date"), "{stderr}");
    let (code, _, stderr) = run(bin()
        .arg("build")
        .arg("--root")
        .arg(fixture("basic"))
        .args(["--base-url", "example.fi"]));
    assert_eq!(code, 2, "{stderr}");
    let (code, stdout, _) = run(bin().arg("--version"));
    assert_eq!(code, 0);
    assert!(stdout.starts_with("aikosite "));
}

#[test]
fn check_strict_turns_warnings_into_errors() {
    let args = ["--today", TODAY];
    let (code, _, _) = run(bin()
        .arg("check")
        .arg("--root")
        .arg(fixture("basic"))
        .args(args));
    assert_eq!(code, 0);
    let (code, _, stderr) = run(bin()
        .arg("check")
        .arg("--root")
        .arg(fixture("basic"))
        .args(args)
        .arg("--strict"));
    assert_eq!(code, 1, "{stderr}");
}

#[test]
fn init_writes_a_site_that_builds() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("uusi");
    let (code, stdout, stderr) = run(bin().arg("init").arg(&site));
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("created a new site"));
    assert!(site.join("aikosite.yaml").is_file());
    assert!(site.join("themes/seutu/templates/base.html").is_file());
    let (code, _, stderr) = run(bin()
        .arg("check")
        .arg("--root")
        .arg(&site)
        .args(["--today", TODAY]));
    assert_eq!(code, 0, "{stderr}");
    // init refuses to write over files
    let (code, _, _) = run(bin().arg("init").arg(&site));
    assert_eq!(code, 2);
}

#[test]
fn quiet_prints_only_errors() {
    let out = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = run(bin()
        .arg("--quiet")
        .arg("build")
        .arg("--root")
        .arg(fixture("basic"))
        .arg("--output")
        .arg(out.path().join("p"))
        .args(["--today", TODAY]));
    assert_eq!(code, 0);
    assert_eq!((stdout.as_str(), stderr.as_str()), ("", ""));
}

#[test]
fn instant_filtering_carries_every_card_only_for_lists_a_phone_can_load() {
    let site = copy_fixture("basic");
    let out = site.path().join("public");
    let (code, _, err) = build(site.path(), &out, &[]);
    assert_eq!(code, 0, "{err}");
    // Four open jobs on pages of two: the first page carries all of them for the script.
    let first = page(&out, "tyopaikat/index.html");
    assert!(first.contains("<template data-filter-all>"), "{first}");

    // 300 more: the list is too long to send whole, so filtering goes through the
    // pre-rendered filter pages, which still narrow it down.
    let jobs = site.path().join("content/towns/raahe/jobs");
    for n in 0..300 {
        std::fs::write(
            jobs.join(format!("lisatyo-{n:03}.fi.md")),
            format!(
                "---\ntitle: Lisätyö {n}\ncompany: perameren-teras\nsector: energy\n\
                 employment_type: part_time\nposted: 2026-11-20\ndeadline: 2026-12-31\n\
                 apply_url: https://perameren-teras.example/rekry/{n}\n---\nTyötä.\n"
            ),
        )
        .unwrap();
    }
    let (code, _, err) = build(site.path(), &out, &[]);
    assert_eq!(code, 0, "{err}");
    let first = page(&out, "tyopaikat/index.html");
    assert!(!first.contains("data-filter-all"));
    assert!(
        first.contains("href=\"/kampanja/tyopaikat/ala/energia/\""),
        "{first}"
    );
    let energy = page(&out, "tyopaikat/ala/energia/index.html");
    assert!(energy.contains("Lisätyö 0"));
    assert!(!energy.contains("CNC-koneistaja"));
}
