//! File names as editors write them: the slug and language a name gives (`Särmääjä.fi.md` →
//! `sarmaaja`, fi; the rule itself is [`crate::identity::file_slug`]), and names that give
//! the same address.

use super::{Document, Loaded};
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::t;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// Two files whose names give the same slug in the same language: the first stays, the
/// others are reported with it.
pub(super) fn same_names(loaded: &mut Loaded, ds: &mut Diagnostics) {
    for d in [&mut loaded.home, &mut loaded.pages] {
        same_name(d, ds);
    }
    for t in &mut loaded.towns {
        same_name(&mut t.index, ds);
        same_name(&mut t.jobs, ds);
        same_name(&mut t.studies, ds);
        same_name(&mut t.stories, ds);
        same_name(&mut t.events, ds);
        for c in &mut t.companies {
            same_name(&mut c.bodies, ds);
        }
    }
}

/// Keeps the first of the documents whose names give the same slug in the same language
/// (`Särmääjä.fi.md` and `sarmaaja.fi.md`) and reports the others with it.
fn same_name<M>(docs: &mut Vec<Document<M>>, ds: &mut Diagnostics) {
    let mut seen: Vec<(String, Lang, PathBuf)> = Vec::new();
    docs.retain(|d| {
        match seen
            .iter()
            .find(|(base, lang, _)| *base == d.base && *lang == d.lang)
        {
            Some((_, _, first)) => {
                ds.push(same_address(first, &d.file));
                false
            }
            None => {
                seen.push((d.base.clone(), d.lang.clone(), d.file.clone()));
                true
            }
        }
    });
}

pub(super) fn same_address(first: &Path, other: &Path) -> Diagnostic {
    let (first, other) = if first <= other {
        (first, other)
    } else {
        (other, first)
    };
    let nfc = |p: &Path| p.to_string_lossy().nfc().collect::<String>();
    let help = if nfc(first) == nfc(other) {
        t!("load-same-address-decomposed-help")
    } else {
        t!("load-same-address-help")
    };
    Diagnostic::error(first, t!("load-same-address"))
        .related([other.to_path_buf()])
        .help(help)
}

/// `hitsaaja.fi.md` → (`hitsaaja`, fi).
pub(super) fn split_name(
    rel: &Path,
    name: &str,
    config: &Config,
) -> Result<(String, Lang), Diagnostic> {
    let stem = name.trim_end_matches(".md");
    let Some((base, code)) = stem.rsplit_once('.') else {
        return Err(
            Diagnostic::error(rel, t!("load-no-language", name = name)).help(t!(
                "load-no-language-help",
                suggestion = format!("{stem}.{}.md", config.default_language),
                languages = langs(config)
            )),
        );
    };
    match config.languages.iter().find(|l| l.code() == code) {
        Some(l) if !base.is_empty() => Ok((base_slug(rel, base)?, l.clone())),
        _ => Err(
            Diagnostic::error(rel, t!("load-unknown-language", code = code, name = name)).help(
                crate::diagnostics::suggest(code, config.languages.iter().map(Lang::code))
                    .unwrap_or_else(|| t!("site-languages-are", languages = langs(config))),
            ),
        ),
    }
}

/// The slug a file's base name gives: `Särmääjä` and `särmääjä` (NFC or NFD) → `sarmaaja`.
/// `_index` stays as it is; a name without letters or digits is an error.
pub(super) fn base_slug(rel: &Path, base: &str) -> Result<String, Diagnostic> {
    let slug = crate::identity::file_slug(base);
    if slug.is_empty() {
        return Err(
            Diagnostic::error(rel, t!("load-name-no-letters", name = base))
                .at(crate::diagnostics::Pos::new(1, 1))
                .help(t!("load-name-no-letters-help")),
        );
    }
    Ok(slug)
}

fn langs(config: &Config) -> String {
    config
        .languages
        .iter()
        .map(Lang::code)
        .collect::<Vec<_>>()
        .join(", ")
}
