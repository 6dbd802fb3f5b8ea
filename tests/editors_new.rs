//! `aikosite new` on the editors' fixture site, and file names as editors write them
//! (`särmääjä.fi.md`, NFC and NFD).

mod common;
use common::editors::*;
use std::path::Path;

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
    let (code, _, town_exists) = new(root, &["town", "Raahe"]);
    assert_eq!(code, 2);
    let (code, _, bad_day) = run(bin()
        .args(["new", "job", "--town", "raahe", "Hitsaaja", "--root"])
        .arg(root)
        .args(["--today", "29.11.2026"]));
    assert_eq!(code, 2);
    std::fs::remove_dir_all(root.join("content/towns")).unwrap();
    let (code, _, no_towns) = new(root, &["job", "--town", "raahe", "Hitsaaja"]);
    assert_eq!(code, 2);
    insta::assert_snapshot!(
        "new_unknown",
        [
            town,
            kind,
            no_town,
            page_town,
            town_exists,
            bad_day,
            no_towns
        ]
        .join("---\n")
    );
}

#[test]
fn new_job_or_company_needs_sectors_in_the_config() {
    let dir = site();
    let root = dir.path();
    let config = read(root, "aikosite.yaml");
    let without = &config[..config.find("sectors:").unwrap()];
    std::fs::write(root.join("aikosite.yaml"), without).unwrap();
    let (code, _, stderr) = new(root, &["company", "--town", "raahe", "Konepaja Oy"]);
    assert_eq!(code, 2, "{stderr}");
    insta::assert_snapshot!("new_no_sectors", stderr);
    // a story needs none
    assert_eq!(new(root, &["story", "--town", "raahe", "Muutto"]).0, 0);
}

#[test]
fn new_never_writes_over_anything_and_says_what_it_could_not_write() {
    let dir = site();
    let root = dir.path();
    // a folder with the name of the file to write
    std::fs::create_dir_all(root.join("content/pages/tietoa.sv.md")).unwrap();
    let (code, _, stderr) = new(root, &["page", "Tietoa"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("error: content/pages/tietoa.sv.md already exists"),
        "{stderr}"
    );
    assert!(!root.join("content/pages/tietoa.fi.md").exists());
    // a file where the stories folder should be
    std::fs::write(root.join("content/towns/raahe/stories"), "").unwrap();
    let (code, _, stderr) = new(root, &["story", "--town", "raahe", "Muutto"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("error: cannot write content/towns/raahe/stories/muutto.fi.md: "),
        "{stderr}"
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
    std::fs::write(
        jobs.join("Leipuri Närpiöstä.sv.md"),
        "---\ntitle: Bagare\n---\n",
    )
    .unwrap();
    // a company file and its text under a name with capitals and a space
    let companies = root.join("content/towns/raahe/companies");
    std::fs::write(
        companies.join("Närpiön Leipomo.yaml"),
        "name: Närpiön Leipomo Oy\nsector: metal\n",
    )
    .unwrap();
    std::fs::write(companies.join("Närpiön Leipomo.fi.md"), "Leipomo.\n").unwrap();
    let (code, _, stderr) = build(root, &[]);
    assert_eq!(code, 0, "{stderr}");
    for path in [
        "raahe/tyopaikat/sarmaaja/index.html",
        "sv/brahestad/lediga-jobb/sarmaaja/index.html",
        "raahe/tyopaikat/levyseppa/index.html",
        "raahe/tyopaikat/leipuri-narpiosta/index.html",
        "sv/brahestad/lediga-jobb/leipuri-narpiosta/index.html",
        "raahe/yritykset/narpion-leipomo/index.html",
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
    std::fs::write(
        companies.join("narpion-leipomo.yaml"),
        "name: Toinen\nsector: metal\n",
    )
    .unwrap();
    // a name with nothing to make an address of
    std::fs::write(jobs.join("!!!.fi.md"), JOB.replace("TITLE", "Huutomerkit")).unwrap();
    let (code, _, stderr) = build(root, &[]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("same_address", scrub(&stderr, root));
}
