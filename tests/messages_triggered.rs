//! Messages that no other test makes, each made here by one mistake in a copy of the `basic`
//! fixture: the message comes with its id, in English, Finnish and Swedish, each in words of
//! its own.

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::copy_dir;

const TODAY: &str = "2026-11-29";
const JOB: &str = "content/towns/raahe/jobs/cnc-koneistaja.fi.md";
const TOWN: &str = "content/towns/raahe/town.yaml";
const STORY: &str = "content/towns/raahe/stories/hitsaajan-paiva.fi.md";
const ZETA: &str = "content/towns/raahe/companies/zeta.yaml";
const STATEMENT: &str = "content/pages/saavutettavuusseloste.fi.md";

/// A change to a file of the site.
enum Change {
    /// Replace the first `from` with `to`.
    Edit(&'static str, &'static str, &'static str),
    /// Write the file.
    Write(&'static str, &'static str),
}
use Change::*;

fn site(changes: &[Change]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&common::fixture("basic"), &root);
    for c in changes {
        match c {
            Edit(file, from, to) => {
                let path = root.join(file);
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(text.contains(from), "{file} has no {from:?}");
                std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
            }
            Write(file, text) => {
                let path = root.join(file);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, text).unwrap();
            }
        }
    }
    (dir, root)
}

/// (id, message, help) of every diagnostic `check --format json` gives in `lang`.
fn diagnostics(root: &Path, lang: &str) -> Vec<(String, String, String)> {
    let out = Command::new(env!("CARGO_BIN_EXE_aikosite"))
        .args(["check", "--root"])
        .arg(root)
        .args(["--today", TODAY, "--format", "json", "--messages", lang])
        .env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or("").to_string();
            (s("id"), s("message"), s("help"))
        })
        .collect()
}

/// The message `id` is among the diagnostics in all three languages, in different words.
fn assert_made(changes: &[Change], id: &str) {
    let (_dir, root) = site(changes);
    let mut words = Vec::new();
    for lang in ["en", "fi", "sv"] {
        let ds = diagnostics(&root, lang);
        let Some((_, message, help)) = ds.iter().find(|(i, _, _)| i == id) else {
            panic!("{lang}: no `{id}` among {ds:#?}");
        };
        assert!(!message.is_empty());
        words.push(format!("{message} / {help}"));
    }
    assert_ne!(words[0], words[1], "fi is English: {}", words[1]);
    assert_ne!(words[0], words[2], "sv is English: {}", words[2]);
    assert_ne!(words[1], words[2], "fi and sv are the same: {}", words[1]);
}

#[test]
fn a_company_without_a_name() {
    assert_made(
        &[Edit(ZETA, "name: Zeta Automaatio Oy\n", "")],
        "link-company-no-name",
    );
}

#[test]
fn a_job_of_a_draft_company() {
    assert_made(
        &[Edit(
            "content/towns/raahe/companies/perameren-teras.yaml",
            "name:",
            "draft: true\nname:",
        )],
        "link-company-draft",
    );
}

#[test]
fn an_unknown_company() {
    assert_made(
        &[Edit(
            JOB,
            "company: perameren-teras",
            "company: xyzzy-plugh",
        )],
        "link-unknown-company",
    );
}

#[test]
fn a_town_without_name_or_brand_colour() {
    assert_made(
        &[Edit(TOWN, "name: { fi: Raahe, sv: Brahestad }\n", "")],
        "link-town-no-name",
    );
    assert_made(
        &[Edit(TOWN, "brand_color: \"#0b5394\"\n", "")],
        "link-town-no-brand-color",
    );
    assert_made(
        &[Edit(
            TOWN,
            "brand_color: \"#0b5394\"",
            "brand_color: \"blue\"",
        )],
        "link-not-a-colour",
    );
}

#[test]
fn a_town_folder_that_cannot_be_an_address() {
    assert_made(
        &[Write(
            "content/towns/Iso Kylä/town.yaml",
            "name: Iso Kylä\nbrand_color: \"#0b5394\"\n",
        )],
        "link-town-folder-not-slug",
    );
}

#[test]
fn a_hero_or_image_without_alt_text() {
    assert_made(
        &[Edit(STORY, "tags:", "image: kuvio.svg\ntags:")],
        "link-image-no-alt",
    );
    assert_made(
        &[Edit(STATEMENT, "reviewed:", "hero: kuva.jpg\nreviewed:")],
        "link-image-missing",
    );
}

#[test]
fn an_accessibility_statement_without_a_review_date() {
    assert_made(
        &[Edit(STATEMENT, "reviewed: 2026-09-15\n", "")],
        "link-statement-not-reviewed",
    );
}

#[test]
fn a_salary_without_amounts() {
    assert_made(
        &[Edit(
            JOB,
            "salary: { min: 3200, max: 3800, unit: month, currency: EUR }",
            "salary: { unit: month }",
        )],
        "link-salary-empty",
    );
}

#[test]
fn links_that_lead_nowhere() {
    assert_made(
        &[Edit(
            STORY,
            "Aamu alkaa",
            "[pois](../../../../../x.md) Aamu alkaa",
        )],
        "link-outside-content",
    );
    assert_made(
        &[Edit(STORY, "Aamu alkaa", "[esite](esite.pdf) Aamu alkaa")],
        "link-missing-file",
    );
    assert_made(
        &[Edit(
            STORY,
            "Aamu alkaa",
            "[x](@/towns/raahe/zzzz/qqqq.md) Aamu alkaa",
        )],
        "link-to-missing-page",
    );
    assert_made(
        &[Edit(
            STORY,
            "Aamu alkaa",
            "![Kuva](https://example.org/kuva.jpg) Aamu alkaa",
        )],
        "link-image-external",
    );
}

#[test]
fn a_page_without_a_title() {
    assert_made(
        &[Edit(STATEMENT, "title: Saavutettavuusseloste\n", "")],
        "link-no-title",
    );
}

#[test]
fn mistakes_in_the_config() {
    assert_made(
        &[Edit(
            "aikosite.yaml",
            "languages: [fi, sv]",
            "languages: [fi, sv, fi]",
        )],
        "config-language-twice",
    );
    assert_made(
        &[Edit(
            "aikosite.yaml",
            "languages: [fi, sv]",
            "languages: [fi, sv, Swedish]",
        )],
        "config-not-a-language",
    );
    assert_made(
        &[Edit("aikosite.yaml", "  energy:", "  Energia Ala:")],
        "config-bad-sector-key",
    );
    assert_made(
        &[Edit("aikosite.yaml", "page_size: 2", "page_size: 0")],
        "config-page-size",
    );
    assert_made(
        &[Edit(
            "aikosite.yaml",
            "theme: seutu",
            "theme: seutu\nimages: { widths: [0] }",
        )],
        "images-bad-width",
    );
}

#[test]
fn yaml_values_of_the_wrong_kind() {
    assert_made(
        &[Edit(JOB, "sector: metal", "sector: { metal: true }")],
        "yaml-map-not-allowed",
    );
    assert_made(
        &[Edit(JOB, "posted: 2026-11-20", "posted: 2026-11-31")],
        "yaml-bad-date-top",
    );
    assert_made(
        &[Edit(
            "content/towns/raahe/events/rekrypaiva.fi.md",
            "start:",
            "end: 2026-12-40\nstart:",
        )],
        "yaml-bad-datetime-top",
    );
}

#[test]
fn content_files_aikosite_does_not_know() {
    assert_made(
        &[Write(
            "content/towns/raahe/muistiinpanot/lista.fi.md",
            "---\ntitle: x\n---\n",
        )],
        "load-misplaced",
    );
    assert_made(
        &[Write(
            "content/towns/raahe/companies/yksin.fi.md",
            "Teksti ilman yritystä.\n",
        )],
        "load-company-text-alone",
    );
    assert_made(
        &[Write(
            "content/pages/tietoa.de.md",
            "---\ntitle: Über\n---\n",
        )],
        "load-unknown-language",
    );
}

#[test]
fn a_theme_that_is_not_there() {
    assert_made(
        &[Edit("aikosite.yaml", "theme: seutu", "theme: olematon")],
        "theme-missing",
    );
}

#[test]
fn a_translation_that_changes_a_fact() {
    assert_made(
        &[Edit(
            "content/towns/raahe/jobs/cnc-koneistaja.sv.md",
            "sector: metal",
            "sector: health",
        )],
        "link-translation-changes",
    );
}

#[test]
fn a_wrong_fact_in_the_original_is_one_mistake_not_two() {
    let (_dir, root) = site(&[Edit(JOB, "sector: metal", "sector: metall")]);
    let ids: Vec<String> = diagnostics(&root, "en")
        .into_iter()
        .map(|(id, _, _)| id)
        .filter(|id| id != "link-unpublished")
        .collect();
    assert_eq!(ids, ["link-unknown-sector"]);
}

#[test]
fn content_that_could_run_code() {
    let svg = |body: &'static str| Write("content/towns/raahe/stories/kuvio.svg", body);
    for (change, id) in [
        (
            Edit(STORY, "Aamu alkaa", "[x](javascript:alert(1)) Aamu alkaa"),
            "safety-link-not-allowed",
        ),
        (
            Edit(STORY, "Aamu alkaa", "[x](https://) Aamu alkaa"),
            "safety-link-no-host",
        ),
        (
            Edit(
                STORY,
                "Aamu alkaa",
                "![x](data:image/png;base64,AA) Aamu alkaa",
            ),
            "safety-image-not-allowed",
        ),
        (
            Edit(STORY, "Aamu alkaa", "<b>Aamu</b> alkaa"),
            "safety-raw-html",
        ),
        (
            Edit(
                ZETA,
                "name: Zeta Automaatio Oy",
                "name: Zeta Automaatio Oy\nwebsite: http:///zeta",
            ),
            "safety-url-no-host",
        ),
        (
            svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x()</script></svg>"),
            "safety-svg-script",
        ),
        (
            svg("<svg xmlns=\"http://www.w3.org/2000/svg\" onclick=\"x()\"/>"),
            "safety-svg-handler",
        ),
        (
            svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject/></svg>"),
            "safety-svg-foreign",
        ),
        (
            svg(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://e.fi/a.png\"/></svg>",
            ),
            "safety-svg-external",
        ),
        (
            svg("<!DOCTYPE svg><svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            "safety-svg-doctype",
        ),
        (
            svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>"),
            "safety-svg-not-xml",
        ),
    ] {
        assert_made(&[change], id);
    }
}

/// A text made once for a test's lifetime (the changes take `&'static str`).
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

#[test]
fn values_that_are_not_what_they_look_like() {
    assert_made(
        &[Edit(JOB, "company:", "slug: \"!!!\"\ncompany:")],
        "values-slug-empty",
    );
    let many: Vec<String> = (0..40).map(|i| format!("l{i:02}: {i}.0")).collect();
    assert_made(
        &[Edit(
            JOB,
            "title: CNC-koneistaja",
            leak(format!("title: {{ {} }}", many.join(", "))),
        )],
        "values-quote-text",
    );
    assert_made(
        &[Edit(JOB, "min: 3200", "min: .nan")],
        "values-salary-not-finite",
    );
    assert_made(
        &[Edit(JOB, "min: 3200", "min: -1")],
        "values-salary-negative",
    );
    assert_made(
        &[Edit(JOB, "Koneistat", "Kone\u{1b}istat")],
        "values-forbidden-char",
    );
    assert_made(
        &[Edit(
            "aikosite.yaml",
            "studies:   { fi: koulutus,",
            "studies:   { fi: tyopaikat,",
        )],
        "values-section-segment-twice",
    );
}

#[test]
fn limits_and_yaml_positions() {
    assert_made(
        &[Write(
            "content/towns/raahe/jobs/iso.fi.md",
            leak(format!("---\ntitle: Iso\n---\n{}", "x".repeat(5 << 20))),
        )],
        "values-file-too-big",
    );
    let long_lines = format!("description: |\n{}", "  rivi\n".repeat(10_000));
    assert_made(
        &[Edit(JOB, "company:", leak(format!("{long_lines}company:")))],
        "values-matter-too-long",
    );
    assert_made(
        &[Edit(
            JOB,
            "title: CNC-koneistaja",
            leak(format!("title: {}", "x".repeat(10_001))),
        )],
        "values-value-too-long",
    );
    assert_made(
        &[Edit(
            JOB,
            "title: CNC-koneistaja",
            "title: \"CNC-koneistaja",
        )],
        "values-yaml-unclosed-quote",
    );
    assert_made(
        &[Edit(JOB, "apply_url:", "sector: metal\napply_url:")],
        "values-duplicate-key",
    );
}
