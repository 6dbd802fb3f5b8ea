//! See main.rs: the values cases (slugs that give no address, address collisions, values that
//! are not what they look like, limits, YAML positions).

use super::Site;

const JOB: &str = "content/towns/raahe/jobs/cnc-koneistaja.fi.md";
const TOWN: &str = "content/towns/raahe/town.yaml";

fn read(site: &Site, rel: &str) -> String {
    std::fs::read_to_string(site.root().join(rel)).expect("a fixture file")
}

/// `rel` with the first `from` replaced by `to`.
fn edit(site: &Site, rel: &str, from: &str, to: &str) {
    let text = read(site, rel);
    assert!(text.contains(from), "{rel} has no {from:?}");
    site.write(rel, text.replacen(from, to, 1));
}

/// A town folder `folder` with a town that has no `slug:` (its folder is its address).
fn town(site: &Site, folder: &str) {
    site.write(
        &format!("content/towns/{folder}/town.yaml"),
        "name: Kylä\nbrand_color: \"#0b5394\"\n",
    );
}

#[test]
fn a_slug_that_gives_nothing_is_an_error_at_its_line() {
    for slug in ["Робота", "\"!!!\""] {
        let site = Site::new();
        edit(&site, JOB, "company:", &format!("slug: {slug}\ncompany:"));
        site.refuses(1, &[&format!("{JOB}:3:7"), "no letters a–z"]);
    }
    let site = Site::new();
    edit(&site, TOWN, "slug: { fi: raahe,", "slug: { fi: \"???\",");
    site.refuses(1, &[&format!("{TOWN}:2:"), "`???` has no letters a–z"]);
    // a file name and a town folder of punctuation only: line 1 of the file
    let site = Site::new();
    site.write("content/towns/raahe/jobs/!!!.fi.md", read(&site, JOB));
    site.refuses(1, &["content/towns/raahe/jobs/!!!.fi.md:1:1", "no letters"]);
    let site = Site::new();
    town(&site, "---");
    site.refuses(1, &["content/towns/---/town.yaml:1:1", "rename the folder"]);
}

#[test]
fn a_page_cannot_take_the_address_of_a_generated_page() {
    // a free page where the search page is
    let site = Site::new();
    site.write(
        "content/pages/haku.fi.md",
        "---\ntitle: Haku\n---\nTeksti.\n",
    );
    site.refuses(1, &["content/pages/haku.fi.md", "/haku/", "search page"]);
    // a town called like the search page or like a section
    for folder in ["haku", "tyopaikat"] {
        let site = Site::new();
        town(&site, folder);
        site.refuses(
            1,
            &[
                &format!("content/towns/{folder}/town.yaml"),
                &format!("/{folder}/ is taken by"),
            ],
        );
    }
    // a file in static/ where a page is
    let site = Site::new();
    site.write("static/raahe/index.html", "<p>vanha</p>");
    site.refuses(
        1,
        &[
            "content/towns/raahe/_index.fi.md",
            "static/raahe/index.html",
            "same address /raahe/",
        ],
    );
}

#[test]
fn two_sections_cannot_share_an_address() {
    let site = Site::new();
    edit(
        &site,
        "aikosite.yaml",
        "studies:   { fi: koulutus,",
        "studies:   { fi: tyopaikat,",
    );
    site.refuses(
        1,
        &[
            "aikosite.yaml:9:",
            "`jobs` (line 8) and `studies` both use the address `tyopaikat`",
        ],
    );
}

#[test]
fn a_title_is_the_text_the_editor_wrote() {
    let site = Site::new();
    let job = "content/towns/raahe/jobs/asentaja.fi.md";
    for written in ["1.10", "0x1F", "1e3", "yes", "012", "true", ".inf"] {
        edit(&site, job, "title: Asentaja", &format!("title: {written}"));
        let run = site.build(&[]);
        run.expect(0, &[]);
        let page = std::fs::read_to_string(site.out().join("raahe/tyopaikat/asentaja/index.html"))
            .expect("the job page");
        assert!(
            page.contains(&format!("<title>{written} –")),
            "{written}: {}",
            page.lines().find(|l| l.contains("<title>")).unwrap_or("")
        );
        edit(&site, job, &format!("title: {written}"), "title: Asentaja");
    }
    // in a map by language too
    edit(
        &site,
        job,
        "title: Asentaja",
        "title: { fi: 2.50, sv: 0o17 }",
    );
    site.build(&[]).expect(0, &[]);
    let page = std::fs::read_to_string(site.out().join("raahe/tyopaikat/asentaja/index.html"))
        .expect("the job page");
    assert!(page.contains("<title>2.50 –"));
}

#[test]
fn a_salary_must_be_an_amount() {
    for (written, col, words) in [
        ("min: .nan", 16, "`min` is not an amount"),
        ("min: .inf", 16, "`min` is not an amount"),
        ("min: -3200", 16, "`min` is below zero"),
    ] {
        let site = Site::new();
        edit(&site, JOB, "min: 3200", written);
        site.refuses(1, &[&format!("{JOB}:8:{col}"), words]);
    }
}

#[test]
fn characters_that_web_pages_forbid_are_errors_at_their_place() {
    let site = Site::new();
    edit(&site, JOB, "Koneistat", "Kone\u{b}istat");
    edit(&site, JOB, "title: CNC", "title: \u{fffe}CNC");
    site.refuses(
        1,
        &[
            &format!("{JOB}:14:5"),
            "control character (U+000B)",
            &format!("{JOB}:2:8"),
            "(U+FFFE)",
            "delete it",
        ],
    );
}

#[test]
fn a_file_or_a_value_over_the_limits_is_refused_with_the_limit() {
    let site = Site::new();
    let big = format!("{}\n{}\n", read(&site, JOB), "Teksti. ".repeat(600_000));
    site.write(JOB, big);
    site.refuses(1, &[&format!("{JOB}:1:1"), "at most 4,0 MiB"]);
    let site = Site::new();
    edit(
        &site,
        JOB,
        "title: CNC-koneistaja",
        &format!("title: {}", "CNC ".repeat(3000)),
    );
    site.refuses(
        1,
        &[
            &format!("{JOB}:2:1"),
            "12007 characters long; the limit is 10000",
        ],
    );
}

#[test]
fn yaml_errors_point_at_the_mistake() {
    // a duplicate key: at the second one, naming the line of the first
    let site = Site::new();
    edit(&site, JOB, "apply_url:", "title: Toinen\napply_url:");
    let run = site.refuses(
        1,
        &[
            &format!("{JOB}:9:1"),
            "`title` is written twice; the first one is on line 2",
        ],
    );
    assert!(!run.stderr.contains("at line"), "{}", run.stderr);
    // a quote never closed: where it opens, not where the front matter ends
    let site = Site::new();
    edit(
        &site,
        JOB,
        "title: CNC-koneistaja",
        "title: \"CNC-koneistaja",
    );
    let run = site.refuses(1, &[&format!("{JOB}:2:8"), "never closed"]);
    assert!(!run.stderr.contains("at line"), "{}", run.stderr);
}
