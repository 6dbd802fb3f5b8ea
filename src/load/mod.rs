//! Stage 1, load: the only reader of `content/` and `static/`.
//!
//! Walks the folders in sorted order, splits front matter from Markdown, deserializes every
//! file into its typed struct (in parallel) and extracts the links and images of each body.
//! The result is a [`Loaded`] site of raw documents that still carry their text, so later
//! stages can point at the line of any key; plus every problem found on the way.

pub mod limits;
mod names;
mod read;

use read::split_front_matter;
use read::{data_file, doc, doc_without_matter, failed, finish, misplaced};

use crate::config::{Config, Section};
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::identity::to_slash;
use crate::lang::Lang;
use crate::markdown::{self, Reference};
use crate::model::{
    CompanyFile, EventMatter, JobMatter, Matter, NoMatter, PageMatter, StoryMatter, StudyMatter,
    TownFile,
};
use crate::t;
use crate::yaml::Source;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// One Markdown file: its front matter, typed, and its body.
#[derive(Debug, Clone)]
pub struct Document<M> {
    /// Relative to the site root: `content/towns/raahe/jobs/hitsaaja.fi.md`.
    pub file: PathBuf,
    /// The file's base name without language and extension: `hitsaaja`.
    pub base: String,
    pub lang: Lang,
    pub matter: M,
    /// The front matter text, for locating keys in later diagnostics.
    pub matter_text: String,
    /// The file line of the front matter's first line.
    pub matter_line: usize,
    pub body: String,
    pub refs: Vec<Reference>,
    /// The body's first paragraph as plain text, cut to about 180 characters: computed once
    /// here, where the file is parsed, and not again on every page that lists it.
    pub summary: String,
    /// Front matter keys whose values were wrong (already reported; left out of `matter`).
    pub broken_keys: Vec<String>,
}

impl<M> Document<M> {
    pub fn source(&self) -> Source<'_> {
        Source::new(&self.file, &self.matter_text, self.matter_line).with_broken(&self.broken_keys)
    }

    /// A diagnostic at a key of the front matter (or the file's first line).
    pub fn error_at(&self, path: &[&str], message: impl Into<crate::messages::Msg>) -> Diagnostic {
        self.source().error_at(path, message)
    }
}

/// A YAML data file (town.yaml, a company).
#[derive(Debug, Clone)]
pub struct DataFile<T> {
    pub file: PathBuf,
    pub data: T,
    pub text: String,
    /// Keys whose values were wrong (already reported; left out of `data`); `*` when the file
    /// could not be read at all and `data` is empty.
    pub broken_keys: Vec<String>,
}

impl<T> DataFile<T> {
    pub fn source(&self) -> Source<'_> {
        Source::new(&self.file, &self.text, 1).with_broken(&self.broken_keys)
    }
}

#[derive(Debug, Clone)]
pub struct LoadedCompany {
    pub slug: String,
    pub yaml: DataFile<CompanyFile>,
    pub bodies: Vec<Document<NoMatter>>,
}

#[derive(Debug, Clone)]
pub struct LoadedTown {
    /// The folder name under `content/towns/`.
    pub folder: String,
    pub yaml: Option<DataFile<TownFile>>,
    pub index: Vec<Document<PageMatter>>,
    pub jobs: Vec<Document<JobMatter>>,
    pub studies: Vec<Document<StudyMatter>>,
    pub companies: Vec<LoadedCompany>,
    pub stories: Vec<Document<StoryMatter>>,
    pub events: Vec<Document<EventMatter>>,
}

impl LoadedTown {
    fn new(folder: &str) -> Self {
        LoadedTown {
            folder: folder.to_string(),
            yaml: None,
            index: Vec::new(),
            jobs: Vec::new(),
            studies: Vec::new(),
            companies: Vec::new(),
            stories: Vec::new(),
            events: Vec::new(),
        }
    }
}

/// Everything read from disk, not yet checked against each other.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub home: Vec<Document<PageMatter>>,
    pub pages: Vec<Document<PageMatter>>,
    pub towns: Vec<LoadedTown>,
    /// Every other file under `content/` (images, PDFs), relative to the site root.
    pub assets: BTreeSet<PathBuf>,
    /// Every file under `static/`, as site paths (`/favicon.ico`).
    pub static_files: BTreeSet<String>,
    /// Content keys of files that could not be read or parsed: their own errors are reported,
    /// so references to them are not reported again.
    pub failed: BTreeSet<String>,
}

/// What one file turned out to be. `serve` keeps one per file and re-parses only the files
/// that changed.
#[derive(Debug, Clone)]
pub enum Parsed {
    Home(Document<PageMatter>),
    Page(Document<PageMatter>),
    TownYaml(String, DataFile<TownFile>),
    TownIndex(String, Document<PageMatter>),
    Job(String, Document<JobMatter>),
    Study(String, Document<StudyMatter>),
    Story(String, Document<StoryMatter>),
    Event(String, Document<EventMatter>),
    CompanyYaml(String, String, DataFile<CompanyFile>),
    CompanyBody(String, Document<NoMatter>),
    Asset(PathBuf),
    Failed(PathBuf, Vec<Diagnostic>),
    /// A file with mistakes in some keys: reported, and the rest of it still checked.
    Partial(Box<Parsed>, Vec<Diagnostic>),
}

/// Reads `content/` and `static/` under the config's root.
pub fn load(config: &Config) -> (Loaded, Diagnostics) {
    let root = &config.root;
    let mut ds = Diagnostics::new();
    let files = walk(root, "content", &mut ds);
    let parsed: Vec<Parsed> = files
        .par_iter()
        .map(|rel| parse_file(root, rel, config))
        .collect();
    let static_files = static_files(root, &mut ds);
    let (loaded, more) = assemble(config, parsed, static_files);
    ds.extend(more);
    (loaded, ds)
}

/// Every file under `content/`, sorted as `load` reads them, relative to the root.
pub fn content_files(root: &Path, ds: &mut Diagnostics) -> Vec<PathBuf> {
    walk(root, "content", ds)
}

/// Reads and parses one file of `content/` (relative to the root), as `load` does.
pub fn parse(config: &Config, rel: &Path) -> Parsed {
    parse_file(&config.root, rel, config)
}

/// Every file under `static/`, as site paths (`/favicon.ico`).
pub fn static_files(root: &Path, ds: &mut Diagnostics) -> BTreeSet<String> {
    walk(root, "static", ds)
        .into_iter()
        .filter_map(|f| {
            f.strip_prefix("static")
                .ok()
                .map(|rest| format!("/{}", to_slash(rest)))
        })
        .collect()
}

/// Puts parsed files (in the sorted order of [`content_files`]) together into a [`Loaded`]
/// site; the parse errors of failed files come back as diagnostics.
pub fn assemble(
    config: &Config,
    parsed: Vec<Parsed>,
    static_files: BTreeSet<String>,
) -> (Loaded, Diagnostics) {
    let root = &config.root;
    let mut ds = Diagnostics::new();
    let mut loaded = Loaded {
        static_files,
        ..Loaded::default()
    };
    let town = |loaded: &mut Loaded, folder: &str| -> usize {
        match loaded
            .towns
            .binary_search_by(|t| t.folder.as_str().cmp(folder))
        {
            Ok(i) => i,
            Err(i) => {
                loaded.towns.insert(i, LoadedTown::new(folder));
                i
            }
        }
    };
    let mut company_yamls: BTreeSet<(String, String)> = BTreeSet::new();
    let mut partial_errors = Vec::new();
    let parsed: Vec<Parsed> = parsed
        .into_iter()
        .map(|p| match p {
            Parsed::Partial(inner, errs) => {
                partial_errors.extend(errs);
                *inner
            }
            other => other,
        })
        .collect();
    ds.extend(partial_errors);
    for p in parsed {
        match p {
            Parsed::Home(d) => loaded.home.push(d),
            Parsed::Page(d) => loaded.pages.push(d),
            Parsed::TownYaml(t, f) => {
                let i = town(&mut loaded, &t);
                loaded.towns[i].yaml = Some(f);
            }
            Parsed::TownIndex(t, d) => {
                let i = town(&mut loaded, &t);
                loaded.towns[i].index.push(d);
            }
            Parsed::Job(t, d) => {
                let i = town(&mut loaded, &t);
                loaded.towns[i].jobs.push(d);
            }
            Parsed::Study(t, d) => {
                let i = town(&mut loaded, &t);
                loaded.towns[i].studies.push(d);
            }
            Parsed::Story(t, d) => {
                let i = town(&mut loaded, &t);
                loaded.towns[i].stories.push(d);
            }
            Parsed::Event(t, d) => {
                let i = town(&mut loaded, &t);
                loaded.towns[i].events.push(d);
            }
            Parsed::CompanyYaml(t, slug, f) => {
                let i = town(&mut loaded, &t);
                if !company_yamls.insert((t.clone(), slug.clone())) {
                    if let Some(c) = loaded.towns[i].companies.iter().find(|c| c.slug == slug) {
                        ds.push(names::same_address(&c.yaml.file, &f.file));
                    }
                    continue;
                }
                let companies = &mut loaded.towns[i].companies;
                match companies.iter_mut().find(|c| c.slug == slug) {
                    Some(c) => c.yaml = f,
                    None => companies.push(LoadedCompany {
                        slug,
                        yaml: f,
                        bodies: Vec::new(),
                    }),
                }
            }
            Parsed::CompanyBody(t, d) => {
                let i = town(&mut loaded, &t);
                let companies = &mut loaded.towns[i].companies;
                match companies.iter_mut().find(|c| c.slug == d.base) {
                    Some(c) => c.bodies.push(d),
                    None => companies.push(LoadedCompany {
                        slug: d.base.clone(),
                        yaml: DataFile {
                            file: d.file.with_file_name(format!("{}.yaml", d.base)),
                            data: CompanyFile {
                                name: None,
                                sector: None,
                                website: None,
                                logo: None,
                                employees: None,
                                address: None,
                                description: None,
                                draft: None,
                            },
                            text: String::new(),
                            broken_keys: Vec::new(),
                        },
                        bodies: vec![d],
                    }),
                }
            }
            Parsed::Asset(p) => {
                loaded.assets.insert(p);
            }
            Parsed::Failed(file, errs) => {
                if let Ok(under) = file.strip_prefix("content") {
                    loaded
                        .failed
                        .insert(crate::identity::content_key(under, &config.languages));
                    // A town.yaml that cannot be read: the town is still known by its folder,
                    // so its pages and the links to them raise no errors of their own.
                    if let [towns, folder, name] = under_parts(under).as_slice()
                        && towns == "towns"
                        && name == "town.yaml"
                    {
                        let i = town(&mut loaded, folder);
                        loaded.towns[i].yaml = Some(unreadable_town(&file));
                    }
                }
                ds.extend(errs);
            }
            Parsed::Partial(..) => {}
        }
    }
    names::same_names(&mut loaded, &mut ds);
    // A company text without its YAML file.
    for t in &loaded.towns {
        for c in &t.companies {
            if c.yaml.text.is_empty() && !root.join(&c.yaml.file).exists() {
                for b in &c.bodies {
                    ds.push(
                        Diagnostic::error(&b.file, t!("load-company-text-alone", slug = &c.slug))
                            .help(t!("load-company-text-alone-help", file = &c.yaml.file)),
                    );
                }
            }
        }
    }
    (loaded, ds)
}

fn under_parts(under: &Path) -> Vec<String> {
    under
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect()
}

/// The stand-in for a town.yaml that could not be read at all (its errors are reported).
fn unreadable_town(file: &Path) -> DataFile<TownFile> {
    DataFile {
        file: file.to_path_buf(),
        data: TownFile {
            name: None,
            slug: None,
            region: None,
            coordinates: None,
            contact: None,
            brand_color: None,
            logo: None,
            hero: None,
            hero_alt: None,
        },
        text: String::new(),
        broken_keys: vec!["*".to_string()],
    }
}

/// Every file below `root/dir`, sorted, relative to `root`; hidden files are skipped.
fn walk(root: &Path, dir: &str, ds: &mut Diagnostics) -> Vec<PathBuf> {
    let base = root.join(dir);
    if !base.is_dir() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let walker = WalkDir::new(&base)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                if let Ok(rel) = e.path().strip_prefix(root) {
                    out.push(rel.to_path_buf());
                }
            }
            Ok(_) => {}
            Err(e) => {
                let path = e
                    .path()
                    .and_then(|p| p.strip_prefix(root).ok())
                    .unwrap_or(Path::new(dir));
                ds.push(Diagnostic::error(
                    path,
                    t!("load-unreadable", reason = e.to_string()),
                ));
            }
        }
    }
    out
}

fn parse_file(root: &Path, rel: &Path, config: &Config) -> Parsed {
    let Ok(under) = rel.strip_prefix("content") else {
        return Parsed::Asset(rel.to_path_buf());
    };
    let parts: Vec<String> = under
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let name = parts.last().map(String::as_str).unwrap_or("");
    let is_md = name.ends_with(".md");
    let is_yaml = name.ends_with(".yaml") || name.ends_with(".yml");
    if !is_md && !is_yaml {
        return Parsed::Asset(rel.to_path_buf());
    }
    if let Some(d) = std::fs::metadata(root.join(rel))
        .ok()
        .and_then(|m| limits::too_big(rel, m.len()))
    {
        return failed(rel, vec![d]);
    }
    let text = match std::fs::read(root.join(rel)) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => {
                return failed(
                    rel,
                    vec![
                        Diagnostic::error(rel, t!("load-not-utf8")).help(t!("load-not-utf8-help")),
                    ],
                );
            }
        },
        Err(e) => {
            return failed(
                rel,
                vec![Diagnostic::error(
                    rel,
                    t!("load-unreadable", reason = e.to_string()),
                )],
            );
        }
    };
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(&text)
        .replace("\r\n", "\n");
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let matter = if is_yaml {
        Some((text.as_str(), 1))
    } else {
        split_front_matter(&text).map(|(m, line, _, _)| (m, line))
    };
    let problems = limits::check(rel, &text, matter);
    if !problems.is_empty() {
        return failed(rel, problems);
    }

    if is_yaml {
        return match parts.as_slice() {
            ["towns", town, "town.yaml"] => finish(rel, data_file(rel, text), |f| {
                Parsed::TownYaml(town.to_string(), f)
            }),
            ["towns", town, "companies", file] => {
                let slug = match names::base_slug(
                    rel,
                    file.trim_end_matches(".yaml").trim_end_matches(".yml"),
                ) {
                    Ok(s) => s,
                    Err(d) => return failed(rel, vec![d]),
                };
                finish(rel, data_file(rel, text), |f| {
                    Parsed::CompanyYaml(town.to_string(), slug, f)
                })
            }
            _ => misplaced(rel),
        };
    }

    let (base, lang) = match names::split_name(rel, name, config) {
        Ok(x) => x,
        Err(d) => return failed(rel, vec![d]),
    };
    match parts.as_slice() {
        ["_index.md"] | [_] if base == "_index" => {
            finish(rel, doc(rel, &text, lang, "_index"), Parsed::Home)
        }
        ["pages", _] => finish(rel, doc(rel, &text, lang, &base), Parsed::Page),
        ["towns", town, _] if base == "_index" => {
            finish(rel, doc(rel, &text, lang, "_index"), |d| {
                Parsed::TownIndex(town.to_string(), d)
            })
        }
        ["towns", town, folder, _] => {
            let town = town.to_string();
            match Section::from_folder(folder) {
                Some(Section::Jobs) => {
                    finish(rel, doc(rel, &text, lang, &base), |d| Parsed::Job(town, d))
                }
                Some(Section::Studies) => finish(rel, doc(rel, &text, lang, &base), |d| {
                    Parsed::Study(town, d)
                }),
                Some(Section::Stories) => finish(rel, doc(rel, &text, lang, &base), |d| {
                    Parsed::Story(town, d)
                }),
                Some(Section::Events) => finish(rel, doc(rel, &text, lang, &base), |d| {
                    Parsed::Event(town, d)
                }),
                Some(Section::Companies) => {
                    if text.starts_with("---") {
                        return failed(
                            rel,
                            vec![
                                Diagnostic::error(rel, t!("load-company-text-matter"))
                                    .at(Pos::new(1, 1))
                                    .help(t!(
                                        "load-company-text-matter-help",
                                        file = format!("{base}.yaml")
                                    )),
                            ],
                        );
                    }
                    finish(rel, doc_without_matter(rel, &text, lang, &base), |d| {
                        Parsed::CompanyBody(town, d)
                    })
                }
                None => misplaced(rel),
            }
        }
        _ => misplaced(rel),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_counts_lines() {
        let text = "---\ntitle: x\nsector: metal\n---\n# Body\n";
        let (m, ml, b, bl) = split_front_matter(text).unwrap();
        assert_eq!(
            (m, ml, b, bl),
            ("title: x\nsector: metal\n", 2, "# Body\n", 5)
        );
        assert_eq!(split_front_matter("---\n---\n"), Some(("", 2, "", 3)));
        assert_eq!(split_front_matter("no matter"), None);
        assert_eq!(split_front_matter("---\ntitle: never closed\n"), None);
    }

    #[test]
    fn front_matter_splitter_never_panics() {
        // every prefix and some odd inputs, including multi-byte characters at every cut
        let text = "---\r\ntitle: ä\n---\nö\n---";
        for end in 0..=text.len() {
            if text.is_char_boundary(end) {
                let _ = split_front_matter(&text[..end]);
            }
        }
        for odd in [
            "",
            "-",
            "--",
            "---",
            "----\n",
            "---\n...",
            "---\n---",
            "\u{feff}---\n---\n",
        ] {
            let _ = split_front_matter(odd);
        }
    }
}
