//! The YAML mistakes people make, each on a fresh `aikosite init` site: one plain message at
//! the right file:line:column, in every language, and no false errors elsewhere.

use std::path::{Path, PathBuf};
use std::process::Command;

const TODAY: &str = "2026-11-29";
const JOB: &str = "content/towns/raahe/jobs/hitsaaja-oppisopimus.fi.md";
const TOWN: &str = "content/towns/raahe/town.yaml";

fn new_site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let ok = aikosite(&["init", site.to_str().unwrap()], "en")
        .status
        .success();
    assert!(ok);
    (dir, site)
}

fn aikosite(args: &[&str], messages: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_aikosite"))
        .args(args)
        .args(["--messages", messages])
        .env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// Replaces `from` with `to` in a file of the site (the text must be there).
fn edit(site: &Path, file: &str, from: &str, to: &str) {
    let path = site.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// `check --format json` in `lang`: (file, line, column, id, message) of every diagnostic.
fn check(site: &Path, lang: &str) -> Vec<(String, u64, u64, String, String)> {
    let out = aikosite(
        &[
            "check",
            "--root",
            site.to_str().unwrap(),
            "--today",
            TODAY,
            "--format",
            "json",
        ],
        lang,
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap_or("").to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
                d["id"].as_str().unwrap_or("").to_string(),
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// Exactly one diagnostic, with this id at this place; its words differ per language.
fn assert_one(site: &Path, file: &str, line: u64, column: u64, id: &str) {
    let mut words = Vec::new();
    for lang in ["en", "fi", "sv"] {
        let ds = check(site, lang);
        assert_eq!(ds.len(), 1, "{lang}: expected one error, got {ds:#?}");
        let (f, l, c, i, m) = &ds[0];
        assert_eq!(
            (f.as_str(), *l, *c, i.as_str()),
            (file, line, column, id),
            "{lang}: {m}"
        );
        words.push(m.clone());
    }
    assert!(words[0] != words[1] && words[1] != words[2], "{words:?}");
}

#[test]
fn a_tab_in_the_indentation() {
    let (_d, site) = new_site();
    edit(&site, TOWN, "  name: Tiina", "\tname: Tiina");
    assert_one(&site, TOWN, 6, 1, "yaml-tab-indent");
}

#[test]
fn an_unquoted_colon_in_a_value() {
    let (_d, site) = new_site();
    edit(
        &site,
        JOB,
        "title: Hitsaaja oppisopimuksella",
        "title: Hitsaaja: oppisopimus",
    );
    assert_one(&site, JOB, 2, 16, "yaml-colon-in-value");
}

#[test]
fn an_unquoted_hex_colour_reads_as_a_comment() {
    let (_d, site) = new_site();
    edit(
        &site,
        TOWN,
        "brand_color: \"#0b5394\"",
        "brand_color: #0b5394",
    );
    assert_one(&site, TOWN, 9, 14, "yaml-hash-comment");
}

#[test]
fn a_decimal_comma_in_a_flow_mapping() {
    let (_d, site) = new_site();
    edit(&site, JOB, "min: 2350,", "min: 19,5,");
    assert_one(&site, JOB, 9, 16, "yaml-decimal-comma");
}

#[test]
fn a_decimal_comma_in_a_block_mapping() {
    let (_d, site) = new_site();
    edit(
        &site,
        JOB,
        "salary: { min: 2350, max: 2600, unit: month, currency: EUR }",
        "salary:\n  min: 19,5\n  unit: hour",
    );
    assert_one(&site, JOB, 10, 8, "yaml-decimal-comma");
}

#[test]
fn a_list_where_one_value_belongs() {
    let (_d, site) = new_site();
    edit(&site, JOB, "sector: metal", "sector: [metal, construction]");
    assert_one(&site, JOB, 5, 9, "yaml-list-not-allowed");
}

#[test]
fn one_value_where_a_list_belongs() {
    let (_d, site) = new_site();
    let story = "content/towns/raahe/stories/meri-ja-teras.fi.md";
    edit(
        &site,
        story,
        "tags: [muuttajat, perhe, asuminen]",
        "tags: muuttajat",
    );
    assert_one(&site, story, 8, 7, "yaml-list-expected");
}

#[test]
fn every_mistake_in_a_file_in_one_run() {
    let (_d, site) = new_site();
    edit(
        &site,
        JOB,
        "employment_type: apprenticeship",
        "employment_type: oppisopimus",
    );
    edit(&site, JOB, "posted: 2026-11-03", "posted: 3.11.2026");
    edit(
        &site,
        JOB,
        "title: Hitsaaja oppisopimuksella",
        "titel: Hitsaaja",
    );
    let ds = check(&site, "en");
    let lines: Vec<u64> = ds.iter().map(|d| d.1).collect();
    assert_eq!(lines, [2, 6, 7], "{ds:#?}");
    assert!(ds.iter().all(|d| d.0 == JOB), "{ds:#?}");
}

#[test]
fn a_town_yaml_that_cannot_be_read_adds_no_errors_elsewhere() {
    let (_d, site) = new_site();
    // a syntax error the parser gives up on: the town is still known by its folder
    edit(
        &site,
        TOWN,
        "name: { fi: Raahe, sv: Brahestad }",
        "name: { fi: Raahe, sv: Brahestad",
    );
    let ds = check(&site, "en");
    assert!(!ds.is_empty());
    assert!(ds.iter().all(|d| d.0 == TOWN), "{ds:#?}");
}

#[test]
fn a_translation_whose_original_is_gone_is_one_error() {
    let (_d, site) = new_site();
    std::fs::remove_file(site.join(JOB)).unwrap();
    let sv = "content/towns/raahe/jobs/hitsaaja-oppisopimus.sv.md";
    let ds = check(&site, "en");
    assert_eq!(ds.len(), 1, "{ds:#?}");
    assert_eq!(
        (ds[0].0.as_str(), ds[0].3.as_str()),
        (sv, "link-original-missing")
    );
    assert!(
        ds[0].4.contains("hitsaaja-oppisopimus.fi.md"),
        "{}",
        ds[0].4
    );
}

#[test]
fn two_towns_with_one_slug_is_one_error_naming_both_files() {
    let (_d, site) = new_site();
    let kr = "content/towns/kristiinankaupunki/town.yaml";
    let text = std::fs::read_to_string(site.join(kr)).unwrap();
    let slug_line = text
        .lines()
        .find(|l| l.starts_with("slug:"))
        .unwrap()
        .to_string();
    edit(&site, kr, &slug_line, "slug: { fi: raahe, sv: brahestad }");
    let out = aikosite(
        &[
            "check",
            "--root",
            site.to_str().unwrap(),
            "--today",
            TODAY,
            "--format",
            "json",
        ],
        "en",
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ds = report["diagnostics"].as_array().unwrap();
    assert_eq!(ds.len(), 1, "{ds:#?}");
    assert_eq!(ds[0]["id"], "link-town-slug-taken");
    // towns are read in folder order: kristiinankaupunki took the slug first
    assert_eq!(ds[0]["file"], TOWN);
    assert_eq!(ds[0]["related"][0], kr);
}
