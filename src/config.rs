//! `aikosite.yaml`: read as written ([`RawConfig`]), then resolved into a [`Config`] with no
//! optional parts left, validated like content (file:line:column for every mistake).

use crate::diagnostics::UsageError;
use crate::diagnostics::{Diagnostic, Diagnostics, suggest};
use crate::images::{ImageSettings, OutputFormat};
use crate::lang::{Lang, Localized};
use crate::slug::{is_slug, slugify};
use crate::t;
use crate::yaml::Source;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const CONFIG_FILE: &str = "aikosite.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: Option<Localized>,
    description: Option<Localized>,
    base_url: Option<String>,
    default_language: Option<String>,
    languages: Option<Vec<String>>,
    theme: Option<String>,
    page_size: Option<usize>,
    sections: Option<RawSections>,
    sectors: Option<BTreeMap<String, Localized>>,
    images: Option<RawImages>,
    markdown: Option<RawMarkdown>,
}

/// `markdown:`: how bodies are written out.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMarkdown {
    /// HTML written in Markdown is kept (cleaned of scripts) instead of shown as text.
    raw_html: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSections {
    jobs: Option<Localized>,
    studies: Option<Localized>,
    companies: Option<Localized>,
    stories: Option<Localized>,
    events: Option<Localized>,
    /// The segment before a page number in paginated lists (`/tyopaikat/sivu/2/`).
    page: Option<Localized>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawImages {
    widths: Option<Vec<u32>>,
    formats: Option<Vec<OutputFormat>>,
    quality: Option<u8>,
    max_megapixels: Option<u32>,
    cache_dir: Option<PathBuf>,
}

/// The content kinds that have sections (lists and URL segments) in every town.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Jobs,
    Studies,
    Companies,
    Stories,
    Events,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::Jobs,
        Section::Studies,
        Section::Companies,
        Section::Stories,
        Section::Events,
    ];

    /// The folder name under `towns/TOWN/` and the config key.
    pub fn folder(self) -> &'static str {
        match self {
            Section::Jobs => "jobs",
            Section::Studies => "studies",
            Section::Companies => "companies",
            Section::Stories => "stories",
            Section::Events => "events",
        }
    }

    pub fn from_folder(name: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.folder() == name)
    }
}

/// The site's base URL split into origin and path: `https://example.fi` + `/kampanja/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    pub origin: String,
    /// Always starts and ends with `/`.
    pub path: String,
}

impl BaseUrl {
    pub fn parse(url: &str) -> Option<BaseUrl> {
        if !crate::target::is_web_address(url) {
            return None;
        }
        let (scheme, rest) = url.split_once("://")?;
        if !matches!(scheme, "http" | "https") {
            return None;
        }
        let (host, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        if host.is_empty() || host.contains([' ', '?', '#']) || path.contains([' ', '?', '#']) {
            return None;
        }
        let mut path = path.to_string();
        if !path.ends_with('/') {
            path.push('/');
        }
        Some(BaseUrl {
            origin: format!("{scheme}://{host}"),
            path,
        })
    }

    /// The absolute URL of a site path (`/raahe/` → `https://example.fi/kampanja/raahe/`).
    pub fn absolute(&self, site_path: &str) -> String {
        format!("{}{}", self.origin, self.href(site_path))
    }

    /// The root-relative link of a site path, with the base path in front.
    pub fn href(&self, site_path: &str) -> String {
        format!("{}{}", self.path, site_path.trim_start_matches('/'))
    }
}

/// `images:`: what the image pipeline makes of every picture, and where it caches its work.
#[derive(Debug, Clone)]
pub struct Images {
    pub settings: ImageSettings,
    /// Relative to the site root.
    pub cache_dir: PathBuf,
}

/// A sector of the shared vocabulary: `metal: { fi: Metalliteollisuus, sv: Metallindustri }`.
#[derive(Debug, Clone)]
pub struct Sector {
    pub key: String,
    pub name: Localized,
}

/// The resolved configuration: everything has a value.
#[derive(Debug, Clone)]
pub struct Config {
    pub root: PathBuf,
    pub title: Localized,
    pub description: Option<Localized>,
    pub base_url: BaseUrl,
    /// The default language first, then the others as configured.
    pub languages: Vec<Lang>,
    pub default_language: Lang,
    pub theme: String,
    pub page_size: usize,
    sections: BTreeMap<(Section, Lang), String>,
    page_segment: BTreeMap<Lang, String>,
    pub sectors: Vec<Sector>,
    pub images: Images,
    /// `markdown.raw_html`: HTML in bodies is kept (cleaned) instead of shown as text.
    pub raw_html: bool,
}

impl Config {
    /// The URL segment of `section` in `lang` (`tyopaikat`, `lediga-jobb`).
    pub fn segment(&self, section: Section, lang: &Lang) -> &str {
        self.sections
            .get(&(section, lang.clone()))
            .map(String::as_str)
            .unwrap_or(section.folder())
    }

    /// The segment before a page number (`sivu`, `sida`, `page`).
    pub fn page_segment(&self, lang: &Lang) -> &str {
        self.page_segment
            .get(lang)
            .map(String::as_str)
            .unwrap_or("page")
    }

    pub fn sector(&self, key: &str) -> Option<&Sector> {
        self.sectors.iter().find(|s| s.key == key)
    }

    pub fn is_default(&self, lang: &Lang) -> bool {
        *lang == self.default_language
    }

    /// `""` for the default language, `"sv/"` for the others: the start of every site path.
    pub fn lang_prefix(&self, lang: &Lang) -> String {
        if self.is_default(lang) {
            String::new()
        } else {
            format!("{}/", lang.code())
        }
    }

    pub fn text<'a>(&self, value: &'a Localized, lang: &Lang) -> &'a str {
        value.get(lang, &self.default_language).unwrap_or("")
    }
}

/// Why the config could not be read at all (usage errors, exit 2) versus what is wrong in it
/// (content errors, exit 1).
#[derive(Debug)]
pub enum ConfigError {
    Missing(PathBuf),
    Unreadable(PathBuf, std::io::Error),
    Invalid(Diagnostics),
}

impl ConfigError {
    /// What to tell the user when the config cannot be used, and what to do. (`build` and
    /// `check` print an invalid config's diagnostics instead; `serve` cannot start without a
    /// config and says so.)
    pub fn usage(&self) -> UsageError {
        match self {
            ConfigError::Missing(path) => UsageError::new(
                t!(
                    "config-not-found",
                    file = CONFIG_FILE,
                    folder = path.parent().unwrap_or(Path::new("."))
                ),
                Some(t!("config-not-found-help")),
            ),
            ConfigError::Unreadable(path, e) => UsageError::new(
                t!("config-unreadable", file = path, reason = e.to_string()),
                None,
            ),
            ConfigError::Invalid(ds) => UsageError::new(
                ds.iter()
                    .next()
                    .map(|d| {
                        t!(
                            "config-invalid-first",
                            location = d.location(),
                            message = d.message.clone()
                        )
                    })
                    .unwrap_or_else(|| t!("config-has-mistakes", file = CONFIG_FILE)),
                Some(t!("serve-fix-config", file = CONFIG_FILE)),
            ),
        }
    }
}

pub fn load(root: &Path) -> Result<Config, ConfigError> {
    let path = root.join(CONFIG_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(ConfigError::Missing(path));
        }
        Err(e) => return Err(ConfigError::Unreadable(path, e)),
    };
    parse(root, &text).map_err(ConfigError::Invalid)
}

/// Parses and resolves the config text; every mistake is reported.
pub fn parse(root: &Path, text: &str) -> Result<Config, Diagnostics> {
    let file = Path::new(CONFIG_FILE);
    let src = Source::new(file, text, 1);
    let mut ds = Diagnostics::new();
    let raw: RawConfig = match src.parse() {
        Ok(r) => r,
        Err(errs) => {
            ds.extend(errs);
            return Err(ds);
        }
    };
    let RawConfig {
        title,
        description,
        base_url,
        default_language,
        languages,
        theme,
        page_size,
        sections,
        sectors,
        images,
        markdown,
    } = raw;

    let missing = |key: &str, example: &str| {
        Diagnostic::error(file, t!("config-missing", key = key, file = CONFIG_FILE))
            .at(crate::diagnostics::Pos::new(1, 1))
            .help(t!(
                "config-missing-help",
                line = format!("{key}: {example}")
            ))
    };

    // Languages: the default first.
    let mut langs = Vec::new();
    for code in languages.unwrap_or_else(|| vec!["fi".into(), "sv".into()]) {
        match Lang::parse(&code) {
            Some(l) if !langs.contains(&l) => langs.push(l),
            Some(_) => {
                ds.push(src.error_at(&["languages"], t!("config-language-twice", code = &code)))
            }
            None => ds.push(
                src.error_at(&["languages"], t!("config-not-a-language", code = &code))
                    .help(t!("config-not-a-language-help")),
            ),
        }
    }
    if langs.is_empty() {
        ds.push(
            src.error_at(&["languages"], t!("config-no-languages"))
                .help(t!("config-no-languages-help")),
        );
        langs.push(Lang::parse("fi").unwrap_or_else(|| unreachable!("`fi` is a valid code")));
    }
    let default_code = default_language.unwrap_or_else(|| "fi".into());
    let default_language = match langs.iter().position(|l| l.code() == default_code) {
        Some(i) => {
            let l = langs.remove(i);
            langs.insert(0, l.clone());
            l
        }
        None => {
            ds.push(
                src.error_at(
                    &["default_language"],
                    t!("config-default-not-listed", code = &default_code),
                )
                .help_opt(suggest(&default_code, langs.iter().map(Lang::code))),
            );
            langs[0].clone()
        }
    };

    let check_localized = |ds: &mut Diagnostics, value: &Localized, path: &[&str]| {
        for bad in value.unknown_languages(&langs) {
            ds.push(
                src.error_at(path, t!("config-unknown-language", code = bad))
                    .help(
                        suggest(bad, langs.iter().map(Lang::code))
                            .unwrap_or_else(|| t!("site-languages-are", languages = codes(&langs))),
                    ),
            );
        }
    };

    let title = title.unwrap_or_else(|| {
        ds.push(missing(
            "title",
            "{ fi: Töihin seutukaupunkiin, sv: Jobba i regionstäderna }",
        ));
        Localized::One(String::new())
    });
    check_localized(&mut ds, &title, &["title"]);
    if let Some(d) = &description {
        check_localized(&mut ds, d, &["description"]);
    }

    let base_url = match base_url {
        Some(u) => BaseUrl::parse(&u).unwrap_or_else(|| {
            ds.push(
                src.error_at(&["base_url"], t!("config-bad-url", url = &u))
                    .help(t!("config-bad-url-help")),
            );
            fallback_base()
        }),
        None => {
            ds.push(missing("base_url", "https://example.fi"));
            fallback_base()
        }
    };

    let mut section_map: BTreeMap<(Section, Lang), String> = BTreeMap::new();
    let mut page_segment = BTreeMap::new();
    let raw_sections = sections.unwrap_or(RawSections {
        jobs: None,
        studies: None,
        companies: None,
        stories: None,
        events: None,
        page: None,
    });
    let RawSections {
        jobs,
        studies,
        companies,
        stories,
        events,
        page,
    } = raw_sections;
    for (section, value) in [
        (Section::Jobs, jobs),
        (Section::Studies, studies),
        (Section::Companies, companies),
        (Section::Stories, stories),
        (Section::Events, events),
    ] {
        let value = value.unwrap_or_else(|| Localized::One(section.folder().to_string()));
        check_localized(&mut ds, &value, &["sections", section.folder()]);
        for lang in &langs {
            let seg = value
                .get(lang, &default_language)
                .unwrap_or(section.folder());
            if !is_slug(seg) {
                ds.push(
                    src.error_at(
                        &["sections", section.folder()],
                        t!("config-bad-segment", segment = seg),
                    )
                    .help(t!("write-it-as", fixed = slugify(seg))),
                );
            }
            if let Some(((first, _), _)) = section_map
                .iter()
                .find(|((_, l), s)| l == lang && s.as_str() == seg)
            {
                let line = src
                    .locate(&["sections", first.folder()])
                    .map_or(1, |s| s.pos.line);
                ds.push(
                    src.error_at(
                        &["sections", section.folder()],
                        t!(
                            "values-section-segment-twice",
                            segment = seg,
                            section = section.folder(),
                            first = first.folder(),
                            line = line
                        ),
                    )
                    .help(t!("values-section-segment-twice-help")),
                );
            }
            section_map.insert((section, lang.clone()), seg.to_string());
        }
    }
    let page = page.unwrap_or_else(|| {
        Localized::ByLang(BTreeMap::from([
            ("fi".into(), "sivu".into()),
            ("sv".into(), "sida".into()),
        ]))
    });
    check_localized(&mut ds, &page, &["sections", "page"]);
    for lang in &langs {
        let seg = page.exact(lang).unwrap_or("page");
        page_segment.insert(lang.clone(), slugify(seg));
    }

    let mut sector_list = Vec::new();
    for (key, name) in sectors.unwrap_or_default() {
        check_localized(&mut ds, &name, &["sectors", &key]);
        if !is_slug(&key) {
            ds.push(
                src.error_at(&["sectors"], t!("config-bad-sector-key", key = &key))
                    .help(t!("write-it-as", fixed = slugify(&key))),
            );
        }
        sector_list.push(Sector { key, name });
    }

    let images = {
        let RawImages {
            widths,
            formats,
            quality,
            max_megapixels,
            cache_dir,
        } = images.unwrap_or(RawImages {
            widths: None,
            formats: None,
            quality: None,
            max_megapixels: None,
            cache_dir: None,
        });
        let defaults = ImageSettings::default();
        let mut widths = widths.unwrap_or(defaults.widths);
        widths.sort_unstable();
        widths.dedup();
        let mut formats = formats.unwrap_or(defaults.formats);
        // Modern formats first: browsers take the first `<source>` they support.
        formats.sort_by_key(|f| match f {
            OutputFormat::Avif => 0,
            OutputFormat::Webp => 1,
            OutputFormat::Jpeg => 2,
        });
        formats.dedup();
        let settings = ImageSettings {
            widths,
            formats,
            quality: quality.unwrap_or(defaults.quality),
            max_pixels: max_megapixels.map_or(defaults.max_pixels, |mp| u64::from(mp) * 1_000_000),
        };
        if let Err(problems) = settings.validate() {
            for p in problems {
                ds.push(src.error_at(&["images"], p));
            }
        }
        Images {
            settings,
            cache_dir: cache_dir.unwrap_or_else(|| PathBuf::from(".aikosite/cache")),
        }
    };

    let page_size = page_size.unwrap_or(30);
    if page_size == 0 {
        ds.push(src.error_at(&["page_size"], t!("config-page-size")));
    }

    if ds.has_errors() {
        return Err(ds);
    }
    Ok(Config {
        root: root.to_path_buf(),
        title,
        description,
        base_url,
        languages: langs,
        default_language,
        theme: theme.unwrap_or_else(|| "seutu".into()),
        page_size,
        sections: section_map,
        page_segment,
        sectors: sector_list,
        images,
        raw_html: markdown.and_then(|m| m.raw_html).unwrap_or(false),
    })
}

fn codes(langs: &[Lang]) -> String {
    langs.iter().map(Lang::code).collect::<Vec<_>>().join(", ")
}

fn fallback_base() -> BaseUrl {
    BaseUrl {
        origin: "http://localhost".into(),
        path: "/".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "title: { fi: Töihin, sv: Jobba }\nbase_url: https://example.fi/kampanja\ndefault_language: sv\nlanguages: [fi, sv, en]\nsections:\n  jobs: { fi: tyopaikat, sv: lediga-jobb }\nsectors:\n  metal: { fi: Metalli, sv: Metall }\n";

    #[test]
    fn resolves_defaults_and_puts_the_default_language_first() {
        let c = parse(Path::new("/site"), GOOD).unwrap();
        assert_eq!(
            c.languages.iter().map(Lang::code).collect::<Vec<_>>(),
            ["sv", "fi", "en"]
        );
        assert_eq!(c.default_language.code(), "sv");
        assert_eq!(
            c.segment(Section::Jobs, &Lang::parse("sv").unwrap()),
            "lediga-jobb"
        );
        // a language the map lacks falls back to the default language's segment
        assert_eq!(
            c.segment(Section::Jobs, &Lang::parse("en").unwrap()),
            "lediga-jobb"
        );
        assert_eq!(
            c.segment(Section::Events, &Lang::parse("fi").unwrap()),
            "events"
        );
        assert_eq!(c.page_segment(&Lang::parse("en").unwrap()), "page");
        assert_eq!(c.base_url.path, "/kampanja/");
        assert_eq!(
            c.base_url.absolute("/raahe/"),
            "https://example.fi/kampanja/raahe/"
        );
        assert_eq!(c.lang_prefix(&Lang::parse("fi").unwrap()), "fi/");
        assert_eq!(c.images.settings.widths, [480, 960, 1600]);
    }

    #[test]
    fn reports_every_mistake_with_a_position() {
        let text = "title: x\nbase_url: example.fi\ndefault_language: fn\nlanguages: [fi, sv]\nsections:\n  jobs: { fi: työpaikat, se: x }\n";
        let ds = parse(Path::new("/site"), text).unwrap_err().into_sorted();
        let messages: Vec<_> = ds
            .iter()
            .map(|d| (d.pos.map(|p| p.line), d.message.as_str()))
            .collect();
        assert_eq!(
            messages,
            [
                (Some(2), "`example.fi` is not a web address"),
                (Some(3), "default language `fn` is not in `languages`"),
                (Some(6), "`se` is not one of the site's languages"),
                (Some(6), "`työpaikat` cannot be used in a web address"),
            ]
        );
        assert_eq!(ds[1].help.as_deref(), Some("did you mean `fi`?"));
        assert_eq!(ds[3].help.as_deref(), Some("write it as `tyopaikat`"));
    }

    #[test]
    fn unknown_keys_are_errors() {
        let ds = parse(
            Path::new("/s"),
            "title: x\nbase_url: https://a.fi\ntheem: seutu\n",
        )
        .unwrap_err();
        let d = ds.into_sorted();
        assert_eq!(d[0].message, "unknown key `theem`");
        assert_eq!(d[0].help.as_deref(), Some("did you mean `theme`?"));
    }

    #[test]
    fn base_urls() {
        assert_eq!(BaseUrl::parse("https://example.fi").unwrap().path, "/");
        assert!(BaseUrl::parse("ftp://example.fi").is_none());
        assert!(BaseUrl::parse("https://").is_none());
    }
}
