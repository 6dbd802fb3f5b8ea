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
    // the Swedish translation the sheet has no text for stays
    assert!(read(root, "content/towns/raahe/jobs/hitsaaja.sv.md").contains("title: Svetsare"));
}

#[test]
fn import_reports_every_kind_of_bad_row_and_imports_the_rest() {
    let dir = site();
    let root = dir.path();
    let companies = root.join("content/towns/raahe/companies");
    std::fs::write(
        companies.join("luonnos-oy.yaml"),
        "name: Luonnos Oy\nsector: metal\ndraft: true\n",
    )
    .unwrap();
    std::fs::write(companies.join("toimialaton.yaml"), "name: Toimialaton Oy\n").unwrap();
    let (code, stdout, stderr) = import(root, "virheet.csv", &[]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    insta::assert_snapshot!("import_bad_rows", format!("{stderr}---\n{stdout}"));
    insta::assert_snapshot!(
        "import_bad_rows_file",
        read(root, "content/towns/raahe/jobs/hyva-rivi.fi.md")
    );
}

#[test]
fn import_without_a_title_column_says_what_the_first_row_should_be() {
    let dir = site();
    let root = dir.path();
    let file = root.join("ilman-otsikkoa.csv");
    std::fs::write(
        &file,
        "Yritys;Hakuaika päättyy\nbrahen-konepaja;20.12.2026\n",
    )
    .unwrap();
    let (code, stdout, stderr) = import(root, file.to_str().unwrap(), &[]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    insta::assert_snapshot!(
        "import_no_title_column",
        scrub(&format!("{stderr}---\n{stdout}"), root)
    );
}

#[test]
fn import_force_refuses_a_job_under_another_spelling_of_its_file_name() {
    let dir = site();
    let root = dir.path();
    let jobs = root.join("content/towns/raahe/jobs");
    std::fs::write(
        jobs.join("Särmääjä.fi.md"),
        read(root, "content/towns/raahe/jobs/hitsaaja.fi.md").replace("Hitsaaja", "Särmääjä"),
    )
    .unwrap();
    let (_, stdout, _) = import(root, "tyopaikat-excel.csv", &[]);
    assert!(
        stdout.contains("row 3: content/towns/raahe/jobs/Särmääjä.fi.md"),
        "{stdout}"
    );
    let (code, _, stderr) = import(root, "tyopaikat-excel.csv", &["--force"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("error: row 3: the job exists already as content/towns/raahe/jobs/Särmääjä.fi.md, under another file name\n  --> tyopaikat-excel.csv:5:1\n  = help: rename or remove that file, then import again"),
        "{stderr}"
    );
    assert!(!jobs.join("sarmaaja.fi.md").exists());
}

#[test]
fn import_reports_json_ld_that_is_broken_or_missing() {
    let dir = site();
    let root = dir.path();
    let broken = root.join("rikki.json");
    std::fs::write(&broken, "{\"@type\": \"JobPosting\",\n  \"title\": }\n").unwrap();
    let (code, _, json) = import(root, broken.to_str().unwrap(), &[]);
    assert_eq!(code, 1, "{json}");
    let page = root.join("ura.html");
    std::fs::write(
        &page,
        "<html><head>\n<script type=\"application/ld+json\">{\"@type\": \"Organization\"}</script>\n</head></html>\n",
    )
    .unwrap();
    let (code, _, no_postings) = import(root, page.to_str().unwrap(), &[]);
    assert_eq!(code, 1, "{no_postings}");
    std::fs::write(
        &page,
        "<html><head>\n\n<script type=\"application/ld+json\">{ \"@type\": </script>\n</head></html>\n",
    )
    .unwrap();
    let (code, _, broken_block) = import(root, page.to_str().unwrap(), &[]);
    assert_eq!(code, 1, "{broken_block}");
    insta::assert_snapshot!(
        "import_broken_json_ld",
        scrub(&[json, no_postings, broken_block].join("---\n"), root)
    );
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
        .arg(root)
        .args(["--today", TODAY]));
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
        .arg(root)
        .args(["--today", TODAY]));
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean `raahe`?"), "{stderr}");
}

#[test]
fn import_usage_errors_exit_2() {
    let dir = site();
    let root = dir.path();
    let not_a_sheet = root.join("tyopaikat.xlsx");
    std::fs::write(&not_a_sheet, "Otsikko;Yritys\n").unwrap();
    let mut out = Vec::new();
    for args in [
        vec!["import", "job", "tyopaikat.json"],
        vec!["import", "jobs", "puuttuu.csv"],
        vec!["import", "jobs", not_a_sheet.to_str().unwrap()],
    ] {
        let (code, stdout, stderr) = run(bin()
            .current_dir(fixture().join("import"))
            .args(&args)
            .args(["--town", "raahe", "--root"])
            .arg(root)
            .args(["--today", TODAY]));
        assert_eq!(code, 2, "{args:?}: {stdout}{stderr}");
        out.push(scrub(&stderr, root));
    }
    insta::assert_snapshot!("import_usage_errors", out.join("---\n"));
}

#[test]
fn import_that_cannot_write_says_which_file() {
    let dir = site();
    let root = dir.path();
    // a folder where the job file would go
    std::fs::create_dir_all(root.join("content/towns/raahe/jobs/koneistaja.fi.md")).unwrap();
    let (code, _, stderr) = import(root, "tyopaikat.json", &["--force"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("error: cannot write content/towns/raahe/jobs/koneistaja.fi.md: "),
        "{stderr}"
    );
}
