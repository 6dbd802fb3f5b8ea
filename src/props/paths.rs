//! Addresses: every site path the address rules (`routes::paths`) make from any slug, theme
//! string or content file stays inside the output folder once written (`output_path`): no
//! `..` or `.` segment, no empty segment, nothing absolute, no backslash or NUL.

use crate::config::{Config, Section};
use crate::routes::paths;
use crate::slug::slugify;
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The `basic` fixture's configuration (two languages, localized sections).
fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| {
        let input = crate::pipeline::SiteInput {
            root: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic"),
            base_url: None,
            drafts: false,
            today: crate::dates::Date::new(2026, 11, 29).expect("a date"),
        };
        match crate::pipeline::read_config(&input) {
            Ok(c) => c,
            Err(e) => panic!("the basic fixture's config: {e:?}"),
        }
    })
}

const SECTIONS: [Section; 5] = [
    Section::Jobs,
    Section::Studies,
    Section::Companies,
    Section::Stories,
    Section::Events,
];

/// A written output path stays inside the output folder.
fn inside(site_path: &str) -> Result<(), String> {
    if !site_path.starts_with('/') {
        return Err(format!("{site_path:?} is not a site path"));
    }
    let out = paths::output_path(site_path);
    let bad = out.starts_with('/')
        || out.contains('\\')
        || out.contains('\0')
        || out
            .split('/')
            .any(|s| s.is_empty() || s == "." || s == "..");
    if bad {
        Err(format!("{site_path:?} is written to {out:?}"))
    } else {
        Ok(())
    }
}

/// A slug as load and link make one (slugified, not empty: an empty one is refused).
fn slug() -> impl Strategy<Value = String> {
    super::slugs::names()
        .prop_map(|s| slugify(&s))
        .prop_filter("a slug is not empty", |s| !s.is_empty())
}

/// A content file's path, relative to the site root, as the walk of `content/` gives it.
fn content_file() -> impl Strategy<Value = PathBuf> {
    prop::collection::vec(super::slugs::names(), 1..5).prop_map(|parts| {
        let mut p = PathBuf::from("content");
        for part in parts {
            let name: String = part
                .chars()
                .filter(|c| !matches!(c, '/' | '\\' | '\0'))
                .collect();
            if !name.is_empty() && name != "." && name != ".." {
                p.push(name);
            }
        }
        p.push("liite.pdf");
        p
    })
}

proptest! {
    #![proptest_config(super::config(256))]

    #[test]
    fn every_address_stays_inside_the_output(
        town in slug(),
        page in slug(),
        item in slug(),
        search_word in super::slugs::names(),
        calendar_word in super::slugs::names(),
        section in 0..SECTIONS.len(),
        lang in 0..2usize,
    ) {
        let config = config();
        let lang = &config.languages[lang % config.languages.len()];
        let section = SECTIONS[section];
        let strings: BTreeMap<String, String> = [
            ("search_segment".to_string(), search_word),
            ("calendar_file".to_string(), calendar_word),
        ]
        .into();
        let town_page = paths::top_level(config, lang, &town);
        let town_list = paths::list(config, lang, Some(&town_page), section);
        let all_list = paths::list(config, lang, None, section);
        let search = paths::search(config, Some(&strings), lang);
        let addresses = [
            paths::home(config, lang),
            paths::top_level(config, lang, &page),
            paths::item(config, lang, &town, section, &item),
            paths::not_found(config, lang),
            paths::atom(&town_list),
            paths::json_feed(&all_list),
            paths::calendar(&town_list, Some(&strings)),
            paths::calendar(&all_list, None),
            paths::search_index(&search),
            search,
            town_page,
            town_list,
            all_list,
        ];
        for a in &addresses {
            prop_assert!(inside(a).is_ok(), "{}", inside(a).unwrap_err());
        }
    }

    #[test]
    fn content_files_are_published_inside_the_output(rel in content_file()) {
        let site_path = paths::asset_site_path(&rel);
        prop_assert!(inside(&site_path).is_ok(), "{}", inside(&site_path).unwrap_err());
    }
}
