//! Front matter: YAML-ish text as editors and spreadsheets make it (tabs, wrong indentation,
//! unquoted `: ` and `#`, anchors, tags, decimal commas, CRLF, an unclosed `---`) and
//! arbitrary values for each kind's own keys. Reading a file never panics, and every
//! diagnostic it gives names the file and a line and column inside it.

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::load::{self, Parsed};
use crate::model::{
    CompanyFile, EventMatter, JobMatter, PageMatter, StoryMatter, StudyMatter, TownFile,
};
use crate::yaml::field_names;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

/// Each kind of file: where it sits, its keys, and whether it is YAML alone (no `---`).
fn kinds() -> Vec<(&'static str, &'static [&'static str], bool)> {
    vec![
        (
            "content/towns/raahe/jobs/x.fi.md",
            field_names::<JobMatter>(),
            false,
        ),
        (
            "content/towns/raahe/studies/x.sv.md",
            field_names::<StudyMatter>(),
            false,
        ),
        (
            "content/towns/raahe/stories/x.fi.md",
            field_names::<StoryMatter>(),
            false,
        ),
        (
            "content/towns/raahe/events/x.fi.md",
            field_names::<EventMatter>(),
            false,
        ),
        ("content/pages/x.fi.md", field_names::<PageMatter>(), false),
        ("content/_index.sv.md", field_names::<PageMatter>(), false),
        (
            "content/towns/raahe/_index.fi.md",
            field_names::<PageMatter>(),
            false,
        ),
        (
            "content/towns/raahe/town.yaml",
            field_names::<TownFile>(),
            true,
        ),
        (
            "content/towns/raahe/companies/x.yaml",
            field_names::<CompanyFile>(),
            true,
        ),
    ]
}

/// A one-line value, plain or tricky.
fn scalar() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "-?[0-9]{1,6}(\\.[0-9]{1,3})?",
        prop::sample::select(vec![
            "0x1F",
            "1.10",
            "1,5",
            "1e999",
            ".nan",
            "-.inf",
            "~",
            "null",
            "yes",
            "no",
            "on",
            "true",
            "False",
            "2026-12-31",
            "2026-13-31",
            "2026-02-30",
            "2026-12-10T17:00",
            "2026-12-10T17:00+02:00",
            "31.12.2026",
            "#fff",
            "#00000",
            "https://example.fi/a",
            "javascript:alert(1)",
            "mailto:a@b.fi",
            "'single ''quoted'''",
            "\"esc \\u00e4 \\x41\"",
            "\"unclosed",
            "&a anchored",
            "*a",
            "*missing",
            "!!str 12",
            "!!binary AAAA",
            "!custom x",
            "|",
            ">-",
            "[",
            "]",
            "{",
            "}",
            "{fi: Hei, sv: Hej}",
            "[a, b, c]",
            "{fi: [1, 2]}",
            "? complex",
            "- item",
            "a: b: c",
            "x # comment",
            "@reserved",
            "`tick",
            "%TAG",
            "\u{feff}bom",
            "\u{0}nul",
            "\u{7}bell",
            "\u{fffe}",
        ])
        .prop_map(str::to_string),
        "[a-zA-ZåäöÅÄÖ0-9 .,:#&*!|>%@'\"-]{0,20}",
        "[^\n]{0,12}",
    ]
}

/// A value after `key:`: a scalar, or a block list or map on the next lines.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => scalar().prop_map(|s| format!(" {s}")),
        1 => prop::collection::vec(scalar(), 0..4)
            .prop_map(|items| items.iter().map(|i| format!("\n  - {i}")).collect()),
        1 => prop::collection::vec(
            (prop::sample::select(vec!["fi", "sv", "en", "min", "max", "unit", "lat", "lon", "name", "email", "x"]), scalar()),
            0..4,
        )
        .prop_map(|pairs| pairs.iter().map(|(k, v)| format!("\n  {k}: {v}")).collect()),
    ]
}

/// One line of front matter: a key of the kind (or another), a separator and a value.
fn line(keys: &'static [&'static str]) -> impl Strategy<Value = String> {
    let key = prop_oneof![
        4 => prop::sample::select(keys.to_vec()).prop_map(str::to_string),
        1 => "[a-zA-Z_äö ]{1,10}",
    ];
    prop_oneof![
        8 => (
            prop::sample::select(vec!["", "", "", " ", "  ", "\t"]),
            key,
            prop::sample::select(vec![":", ":", " :", ":\t", ""]),
            value(),
        )
            .prop_map(|(indent, k, sep, v)| format!("{indent}{k}{sep}{v}")),
        1 => "[^\n]{0,30}",
        1 => Just(String::new()),
    ]
}

/// A whole file: front matter of `keys` (between `---` lines unless `data_only`) and a body.
fn file(keys: &'static [&'static str], data_only: bool) -> impl Strategy<Value = String> {
    (
        prop::collection::vec(line(keys), 0..12),
        prop::sample::select(vec![
            "---\n",
            "---\n",
            "--- \n",
            "---\r\n",
            "\u{feff}---\n",
            "",
        ]),
        prop::sample::select(vec!["---\n", "---\n", "...\n", "---", "", "----\n"]),
        "[^\u{0}]{0,40}",
        any::<bool>(),
    )
        .prop_map(move |(lines, open, close, body, crlf)| {
            let matter = lines.join(if crlf { "\r\n" } else { "\n" });
            if data_only {
                matter
            } else {
                format!("{open}{matter}\n{close}{body}")
            }
        })
}

/// Every diagnostic of a parsed file.
fn diagnostics(p: &Parsed) -> Vec<&Diagnostic> {
    match p {
        Parsed::Failed(_, ds) => ds.iter().collect(),
        Parsed::Partial(inner, ds) => ds.iter().chain(diagnostics(inner)).collect(),
        _ => Vec::new(),
    }
}

/// The diagnostic names `rel` and, when it has a position, one inside `text`.
fn points_inside(d: &Diagnostic, rel: &Path, text: &str) -> Result<(), String> {
    if d.file != rel {
        return Err(format!(
            "names {} instead of {}",
            d.file.display(),
            rel.display()
        ));
    }
    let Some(pos) = d.pos else {
        return Ok(());
    };
    let lines: Vec<&str> = text.split('\n').collect();
    let Some(line) = pos.line.checked_sub(1).and_then(|i| lines.get(i)) else {
        return Err(format!(
            "line {} of a file of {} lines: {}",
            pos.line,
            lines.len(),
            d.message.as_str()
        ));
    };
    let width = line.chars().count();
    if pos.column == 0 || pos.column > width + 1 {
        return Err(format!(
            "{}:{} on a line of {width} characters: {}",
            pos.line,
            pos.column,
            d.message.as_str()
        ));
    }
    Ok(())
}

/// The `basic` fixture's configuration with its root moved to a scratch folder.
fn scratch() -> (tempfile::TempDir, Config) {
    let dir = tempfile::tempdir().expect("a scratch folder");
    let input = crate::pipeline::SiteInput {
        root: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic"),
        base_url: None,
        drafts: false,
        today: crate::dates::Date::new(2026, 11, 29).expect("a date"),
    };
    let mut config = match crate::pipeline::read_config(&input) {
        Ok(c) => c,
        Err(e) => panic!("the basic fixture's config: {e:?}"),
    };
    config.root = dir.path().to_path_buf();
    (dir, config)
}

/// Writes `text` as `rel` under the config's root and reads it as `load` does.
fn read(config: &Config, rel: &str, text: &str) -> Result<(), String> {
    let path = config.root.join(rel);
    std::fs::create_dir_all(path.parent().expect("a folder")).map_err(|e| e.to_string())?;
    std::fs::write(&path, text).map_err(|e| e.to_string())?;
    let parsed = load::parse(config, Path::new(rel));
    for d in diagnostics(&parsed) {
        points_inside(d, Path::new(rel), text)?;
    }
    Ok(())
}

fn any_file() -> impl Strategy<Value = (usize, String)> {
    let kinds = kinds();
    (0..kinds.len()).prop_flat_map(move |k| {
        let (_, keys, data_only) = kinds[k];
        file(keys, data_only).prop_map(move |text| (k, text))
    })
}

proptest! {
    #![proptest_config(super::config(256))]

    #[test]
    fn front_matter_never_panics_and_errors_point_inside_the_file((kind, text) in any_file()) {
        let (_dir, config) = scratch();
        let (rel, _, _) = kinds()[kind];
        let checked = read(&config, rel, &text);
        prop_assert!(checked.is_ok(), "{rel}: {}\n--- file\n{text}", checked.unwrap_err());
    }

    #[test]
    fn any_text_at_all_is_read_without_panic(text in any::<String>(), kind in 0..9usize) {
        let (_dir, config) = scratch();
        let (rel, _, _) = kinds()[kind % kinds().len()];
        let checked = read(&config, rel, &text);
        prop_assert!(checked.is_ok(), "{rel}: {}", checked.unwrap_err());
    }
}
