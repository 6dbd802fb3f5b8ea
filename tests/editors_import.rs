//! `aikosite import jobs` on the editors' fixture site: CSV as Excel saves it, XLSX, ODS,
//! JobPosting JSON-LD and a saved careers page, with good and bad rows.

mod common;
use common::editors::*;

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
