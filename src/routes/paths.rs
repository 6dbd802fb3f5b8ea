//! The address rules: how a site path is spelled for each kind of page and file. Pure
//! functions of their arguments; [`super::Routes`] applies them to the whole site.

use crate::config::{Config, Section};
use crate::identity::to_slash;
use crate::lang::Lang;
use crate::site::SitePath;
use crate::theme::Strings;
use std::path::Path;

/// Where a content asset is published: `content/towns/raahe/liite.pdf` → `/media/towns/raahe/liite.pdf`.
pub fn asset_site_path(rel: &Path) -> String {
    let under = rel.strip_prefix("content").unwrap_or(rel);
    format!("/media/{}", to_slash(under))
}

/// `/sv/x/` → `sv/x/index.html`; `/404.html` → `404.html`: where a site path is written.
pub fn output_path(site_path: &str) -> String {
    let p = site_path.trim_start_matches('/');
    if p.is_empty() {
        "index.html".into()
    } else if p.ends_with('/') {
        format!("{p}index.html")
    } else {
        p.to_string()
    }
}

/// A theme string as a URL segment: as it is when it already is a slug (the usual case),
/// else slugified.
pub fn segment(text: &str) -> String {
    if crate::slug::is_slug(text) {
        text.to_string()
    } else {
        crate::slug::slugify(text)
    }
}

/// The home page of a language: `/`, `/sv/`.
pub fn home(config: &Config, lang: &Lang) -> SitePath {
    format!("/{}", config.lang_prefix(lang))
}

/// A free page (`/tietoa/`) or a town's landing page (`/raahe/`, `/sv/brahestad/`).
pub fn top_level(config: &Config, lang: &Lang, slug: &str) -> SitePath {
    format!("/{}{slug}/", config.lang_prefix(lang))
}

/// An item of a town's section: `/raahe/tyopaikat/hitsaaja/`.
pub fn item(
    config: &Config,
    lang: &Lang,
    town_slug: &str,
    section: Section,
    slug: &str,
) -> SitePath {
    format!(
        "/{}{town_slug}/{}/{slug}/",
        config.lang_prefix(lang),
        config.segment(section, lang)
    )
}

/// The first page of a list: all towns (`/tyopaikat/`) or one town (`town_path` is the town
/// page's path: `/raahe/tyopaikat/`).
pub fn list(config: &Config, lang: &Lang, town_path: Option<&str>, section: Section) -> SitePath {
    match town_path {
        Some(t) => format!("{t}{}/", config.segment(section, lang)),
        None => format!(
            "/{}{}/",
            config.lang_prefix(lang),
            config.segment(section, lang)
        ),
    }
}

/// The 404 page of a language: `/404.html`, `/sv/404.html`.
pub fn not_found(config: &Config, lang: &Lang) -> SitePath {
    format!("/{}404.html", config.lang_prefix(lang))
}

/// The search page of a language: `/haku/`, `/sv/sok/` (the theme string `search_segment`).
pub fn search(config: &Config, strings: Option<&Strings>, lang: &Lang) -> SitePath {
    let seg = strings
        .and_then(|s| s.get("search_segment"))
        .map(|s| segment(s))
        .filter(|s| !s.is_empty());
    format!(
        "/{}{}/",
        config.lang_prefix(lang),
        seg.as_deref().unwrap_or("search")
    )
}

/// The Atom feed of a jobs list: `/tyopaikat/atom.xml`.
pub fn atom(jobs_list: &str) -> SitePath {
    format!("{jobs_list}atom.xml")
}

/// The JSON Feed of a jobs list: `/tyopaikat/feed.json`.
pub fn json_feed(jobs_list: &str) -> SitePath {
    format!("{jobs_list}feed.json")
}

/// The calendar of an events list: `/tapahtumat/kalenteri.ics` (the theme string
/// `calendar_file`).
pub fn calendar(events_list: &str, strings: Option<&Strings>) -> SitePath {
    let name = strings
        .and_then(|s| s.get("calendar_file"))
        .filter(|v| !v.trim().is_empty())
        .map_or_else(|| "calendar".to_string(), |s| segment(s));
    format!("{events_list}{name}.ics")
}

/// The search index of a search page: `/haku/index.json`.
pub fn search_index(search_page: &str) -> SitePath {
    format!("{search_page}index.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_paths() {
        assert_eq!(output_path("/"), "index.html");
        assert_eq!(output_path("/sv/"), "sv/index.html");
        assert_eq!(
            output_path("/raahe/tyopaikat/x/"),
            "raahe/tyopaikat/x/index.html"
        );
        assert_eq!(output_path("/404.html"), "404.html");
        assert_eq!(output_path("/sv/404.html"), "sv/404.html");
    }

    #[test]
    fn segments_are_slugs() {
        assert_eq!(segment("haku"), "haku");
        assert_eq!(segment("Sök"), "sok");
    }
}
