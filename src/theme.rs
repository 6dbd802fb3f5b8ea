//! The theme: templates, UI strings and static files.
//!
//! The default theme `seutu` is compiled into the binary and used when `themes/seutu/` does not
//! exist on disk; a theme on disk replaces it whole; templates in the site's `templates/`
//! replace the theme's one by one, by name.

use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::identity::to_slash;
use crate::lang::Lang;
use crate::t;
use crate::yaml::Source;
use include_dir::{Dir, include_dir};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/seutu");
pub const DEFAULT_THEME_NAME: &str = "seutu";

/// UI strings the renderer itself needs (for values it formats); templates use more.
pub const REQUIRED_STRINGS: &[&str] = &[
    "employment_type_full_time",
    "employment_type_part_time",
    "employment_type_temporary",
    "employment_type_apprenticeship",
    "employment_type_summer",
    "employment_type_internship",
    "level_vocational",
    "level_apprenticeship",
    "level_uas",
    "level_further",
    "per_hour",
    "per_month",
    "per_year",
    "month_1",
    "month_2",
    "month_3",
    "month_4",
    "month_5",
    "month_6",
    "month_7",
    "month_8",
    "month_9",
    "month_10",
    "month_11",
    "month_12",
    "language_name",
];

/// One template: its name (`partials/job-card.html`), text and where it came from.
#[derive(Debug, Clone)]
pub struct Template {
    pub name: String,
    pub text: String,
    /// Shown in messages: `themes/seutu/templates/job.html` or `templates/job.html`.
    pub file: PathBuf,
}

/// A file to copy into the output as it is.
#[derive(Debug, Clone)]
pub enum StaticFile {
    Embedded { path: String, bytes: &'static [u8] },
    OnDisk { path: String, source: PathBuf },
}

impl StaticFile {
    /// The output path, relative to the output root.
    pub fn path(&self) -> &str {
        match self {
            StaticFile::Embedded { path, .. } | StaticFile::OnDisk { path, .. } => path,
        }
    }
}

/// UI strings of one language (`apply`, `deadline`…), from the theme's `i18n/LANG.yaml`.
pub type Strings = BTreeMap<String, String>;

#[derive(Debug, Clone)]
pub struct Theme {
    pub templates: Vec<Template>,
    pub strings: BTreeMap<Lang, Strings>,
    pub static_files: Vec<StaticFile>,
}

/// Reads the theme named in the config, the site's template overrides and the UI strings of
/// every site language.
pub fn load(root: &Path, name: &str, langs: &[Lang]) -> Result<Theme, Diagnostics> {
    let mut ds = Diagnostics::new();
    let theme_dir = root.join("themes").join(name);
    let mut templates = BTreeMap::new();
    let mut i18n_texts: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
    let mut static_files = Vec::new();

    if theme_dir.is_dir() {
        let rel_base = PathBuf::from("themes").join(name);
        for (rel, text) in read_tree(&theme_dir.join("templates"), &mut ds, root) {
            let file = rel_base.join("templates").join(&rel);
            templates.insert(
                to_slash(&rel),
                Template {
                    name: to_slash(&rel),
                    text,
                    file,
                },
            );
        }
        for (rel, text) in read_tree(&theme_dir.join("i18n"), &mut ds, root) {
            i18n_texts.insert(to_slash(&rel), (rel_base.join("i18n").join(&rel), text));
        }
        for (rel, source) in list_tree(&theme_dir.join("static")) {
            static_files.push(StaticFile::OnDisk {
                path: to_slash(&rel),
                source,
            });
        }
    } else if name == DEFAULT_THEME_NAME {
        let rel_base = PathBuf::from("themes").join(name);
        for f in all_files(&DEFAULT_THEME) {
            let path = f.path();
            let Ok(text) = std::str::from_utf8(f.contents()) else {
                continue;
            };
            if let Ok(rel) = path.strip_prefix("templates") {
                templates.insert(
                    to_slash(rel),
                    Template {
                        name: to_slash(rel),
                        text: text.to_string(),
                        file: rel_base.join(path),
                    },
                );
            } else if let Ok(rel) = path.strip_prefix("i18n") {
                i18n_texts.insert(to_slash(rel), (rel_base.join(path), text.to_string()));
            }
        }
        for f in all_files(&DEFAULT_THEME) {
            if let Ok(rel) = f.path().strip_prefix("static") {
                static_files.push(StaticFile::Embedded {
                    path: to_slash(rel),
                    bytes: f.contents(),
                });
            }
        }
    } else {
        ds.push(
            Diagnostic::error(crate::config::CONFIG_FILE, t!("theme-missing", name = name)).help(
                t!(
                    "theme-missing-help",
                    name = name,
                    builtin = DEFAULT_THEME_NAME
                ),
            ),
        );
        return Err(ds);
    }

    // The site's own templates replace the theme's by name.
    for (rel, text) in read_tree(&root.join("templates"), &mut ds, root) {
        let file = PathBuf::from("templates").join(&rel);
        templates.insert(
            to_slash(&rel),
            Template {
                name: to_slash(&rel),
                text,
                file,
            },
        );
    }

    let strings = load_strings(name, langs, &i18n_texts, &mut ds);
    static_files.sort_by(|a, b| a.path().cmp(b.path()));
    if ds.has_errors() {
        return Err(ds);
    }
    Ok(Theme {
        templates: templates.into_values().collect(),
        strings,
        static_files,
    })
}

fn load_strings(
    theme: &str,
    langs: &[Lang],
    texts: &BTreeMap<String, (PathBuf, String)>,
    ds: &mut Diagnostics,
) -> BTreeMap<Lang, BTreeMap<String, String>> {
    let mut strings = BTreeMap::new();
    let mut files = BTreeMap::new();
    for lang in langs {
        let name = format!("{}.yaml", lang.code());
        let Some((file, text)) = texts.get(&name) else {
            ds.push(
                Diagnostic::error(
                    PathBuf::from("themes").join(theme).join("i18n").join(&name),
                    t!("theme-no-strings", lang = lang.code()),
                )
                .help(t!("theme-no-strings-help", theme = theme, file = &name)),
            );
            continue;
        };
        match Source::new(file, text, 1).parse::<BTreeMap<String, String>>() {
            Ok(map) => {
                strings.insert(lang.clone(), map);
                files.insert(lang.clone(), file.clone());
            }
            Err(errs) => ds.extend(errs),
        }
    }
    // Every language must have every key any language has, and the ones the renderer needs.
    let mut all_keys: BTreeMap<&str, &Lang> = BTreeMap::new();
    for (lang, map) in &strings {
        for k in map.keys() {
            all_keys.entry(k.as_str()).or_insert(lang);
        }
    }
    for (lang, map) in &strings {
        let file = &files[lang];
        for (key, from) in &all_keys {
            if !map.contains_key(*key) {
                ds.push(
                    Diagnostic::error(
                        file,
                        t!(
                            "theme-string-missing-for",
                            key = *key,
                            lang = lang.code(),
                            from = format!("{from}.yaml")
                        ),
                    )
                    .at(Pos::new(1, 1))
                    .help(t!(
                        "theme-string-missing-for-help",
                        key = *key,
                        lang = lang.code()
                    )),
                );
            }
        }
        for key in REQUIRED_STRINGS {
            if !all_keys.contains_key(key) {
                ds.push(
                    Diagnostic::error(file, t!("theme-string-missing", key = *key))
                        .at(Pos::new(1, 1))
                        .help(t!("theme-string-missing-help", key = *key)),
                );
            }
        }
    }
    strings
}

fn all_files<'a>(dir: &'a Dir<'a>) -> Vec<&'a include_dir::File<'a>> {
    let mut out = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        out.extend(d.files());
        stack.extend(d.dirs());
    }
    out.sort_by(|a, b| a.path().cmp(b.path()));
    out
}

/// Every file below `dir` with its path relative to `dir`, sorted.
fn list_tree(dir: &Path) -> Vec<(PathBuf, PathBuf)> {
    if !dir.is_dir() {
        return Vec::new();
    }
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|e| {
            Some((
                e.path().strip_prefix(dir).ok()?.to_path_buf(),
                e.path().to_path_buf(),
            ))
        })
        .collect()
}

fn read_tree(dir: &Path, ds: &mut Diagnostics, root: &Path) -> Vec<(PathBuf, String)> {
    list_tree(dir)
        .into_iter()
        .filter_map(|(rel, full)| match std::fs::read_to_string(&full) {
            Ok(t) => Some((rel, t)),
            Err(e) => {
                let shown = full.strip_prefix(root).unwrap_or(&full).to_path_buf();
                ds.push(Diagnostic::error(
                    shown,
                    t!("load-unreadable", reason = e.to_string()),
                ));
                None
            }
        })
        .collect()
}

/// Writes the built-in theme out to `dir` (for `init`).
pub fn write_default_theme(dir: &Path) -> std::io::Result<()> {
    for f in all_files(&DEFAULT_THEME) {
        let target = dir.join(f.path());
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(target, f.contents())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs() -> Vec<Lang> {
        vec![Lang::parse("fi").unwrap(), Lang::parse("sv").unwrap()]
    }

    #[test]
    fn the_built_in_theme_loads_for_fi_and_sv() {
        let dir = tempfile::tempdir().unwrap();
        let theme = load(dir.path(), "seutu", &langs()).unwrap();
        assert!(theme.templates.iter().any(|t| t.name == "base.html"));
        assert_eq!(theme.strings.len(), 2);
        for map in theme.strings.values() {
            for k in REQUIRED_STRINGS {
                assert!(map.contains_key(*k), "{k}");
            }
        }
    }

    #[test]
    fn headings_never_take_an_id_the_theme_writes() {
        use crate::markdown::{THEME_ID_PREFIXES, THEME_IDS};
        let dir = tempfile::tempdir().unwrap();
        let theme = load(dir.path(), "seutu", &langs()).unwrap();
        let mut seen = 0;
        for t in &theme.templates {
            for part in t.text.split("id=\"").skip(1) {
                let id = part.split('"').next().unwrap_or_default();
                let fixed = id.split("{{").next().unwrap_or_default();
                seen += 1;
                let covered = if id.contains("{{") {
                    THEME_ID_PREFIXES.iter().any(|p| fixed.starts_with(p))
                } else {
                    THEME_IDS.contains(&id)
                };
                assert!(
                    covered,
                    "{}: id \"{id}\" is not in markdown::THEME_IDS",
                    t.name
                );
            }
        }
        assert!(seen > 10, "the templates write ids");
    }

    #[test]
    fn a_site_template_replaces_the_theme_one() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("templates/404.html"), "own").unwrap();
        let theme = load(dir.path(), "seutu", &langs()).unwrap();
        let t = theme
            .templates
            .iter()
            .find(|t| t.name == "404.html")
            .unwrap();
        assert_eq!(
            (t.text.as_str(), t.file.as_path()),
            ("own", Path::new("templates/404.html"))
        );
    }

    #[test]
    fn a_language_without_strings_and_a_missing_key_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let i18n = dir.path().join("themes/own/i18n");
        std::fs::create_dir_all(&i18n).unwrap();
        std::fs::create_dir_all(dir.path().join("themes/own/templates")).unwrap();
        let fi = crate::theme::DEFAULT_THEME
            .get_file("i18n/fi.yaml")
            .unwrap()
            .contents_utf8()
            .unwrap();
        std::fs::write(i18n.join("fi.yaml"), format!("{fi}\nonly_in_fi: x\n")).unwrap();
        std::fs::write(i18n.join("sv.yaml"), fi).unwrap();
        let mut l = langs();
        l.push(Lang::parse("en").unwrap());
        let ds = load(dir.path(), "own", &l).unwrap_err().into_sorted();
        let msgs: Vec<_> = ds.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            msgs,
            [
                "the theme has no UI strings for `en`",
                "UI string `only_in_fi` is missing for `sv` (it is in fi.yaml)"
            ]
        );
        assert_eq!(ds[1].file, Path::new("themes/own/i18n/sv.yaml"));
    }
}
