//! Content identity: which file a piece of content is, independent of its language and of how
//! its path was spelled. A leaf module: everyone may use it, it uses nothing of the crate but
//! the language type and the slug rule.

use crate::lang::Lang;
use crate::slug::slugify;
use std::path::{Component, Path, PathBuf};

/// A path with `/` between its parts, whatever the platform.
pub fn to_slash(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The slug a file's base name gives, as an editor may write it: `Särmääjä` and `särmääjä`
/// (NFC or NFD, as macOS writes names) → `sarmaaja`, `Leipuri Närpiöstä` → `leipuri-narpiosta`.
/// `_index` stays as it is. Empty when the name has no letters or digits.
pub fn file_slug(base: &str) -> String {
    if base == "_index" {
        base.to_string()
    } else {
        slugify(base)
    }
}

/// `towns/raahe/jobs/hitsaaja.sv.md` → `towns/raahe/jobs/hitsaaja`; the file's name is its
/// slug ([`file_slug`]): `towns/raahe/jobs/Särmääjä.fi.md` → `towns/raahe/jobs/sarmaaja`.
pub fn content_key(rel: &Path, langs: &[Lang]) -> String {
    let s = to_slash(rel);
    let mut s = s.trim_end_matches('/').to_string();
    for ext in [".md", ".yaml", ".yml"] {
        if let Some(stripped) = s.strip_suffix(ext) {
            s = stripped.to_string();
            break;
        }
    }
    if let Some((base, code)) = s.rsplit_once('.')
        && langs.iter().any(|l| l.code() == code)
    {
        s = base.to_string();
    }
    if let Some(town) = s
        .strip_prefix("towns/")
        .and_then(|t| t.strip_suffix("/town"))
    {
        return format!("towns/{town}/_index");
    }
    let (dir, name) = match s.rsplit_once('/') {
        Some((dir, name)) => (Some(dir), name),
        None => (None, s.as_str()),
    };
    let slug = file_slug(name);
    if slug.is_empty() || slug == name {
        return s;
    }
    match dir {
        Some(dir) => format!("{dir}/{slug}"),
        None => slug,
    }
}

/// Resolves `.` and `..` without touching the disk; `None` when the path climbs out of its root.
pub fn normalize(p: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::Normal(x) => out.push(x),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_keys_ignore_language_and_extension() {
        let langs = [Lang::parse("fi").unwrap(), Lang::parse("sv").unwrap()];
        assert_eq!(
            content_key(Path::new("towns/raahe/jobs/hitsaaja.sv.md"), &langs),
            "towns/raahe/jobs/hitsaaja"
        );
        assert_eq!(
            content_key(Path::new("towns/raahe/jobs/hitsaaja.md"), &langs),
            "towns/raahe/jobs/hitsaaja"
        );
        assert_eq!(
            content_key(Path::new("towns/raahe/companies/ruukki.yaml"), &langs),
            "towns/raahe/companies/ruukki"
        );
        assert_eq!(
            content_key(Path::new("towns/raahe/jobs/v2.0.md"), &langs),
            "towns/raahe/jobs/v2-0"
        );
        assert_eq!(
            content_key(Path::new("towns/raahe/jobs/Särmääjä.fi.md"), &langs),
            "towns/raahe/jobs/sarmaaja"
        );
        // the same name as macOS writes it (NFD: `a` followed by a combining diaeresis)
        assert_eq!(
            content_key(
                Path::new("towns/raahe/jobs/sa\u{308}rma\u{308}a\u{308}ja\u{308}.fi.md"),
                &langs
            ),
            "towns/raahe/jobs/sarmaaja"
        );
        assert_eq!(
            content_key(Path::new("pages/Leipuri Närpiöstä.sv.md"), &langs),
            "pages/leipuri-narpiosta"
        );
        assert_eq!(content_key(Path::new("_index.fi.md"), &langs), "_index");
        assert_eq!(
            content_key(Path::new("towns/raahe/town.yaml"), &langs),
            "towns/raahe/_index"
        );
    }

    #[test]
    fn file_slugs_are_transliterated() {
        assert_eq!(file_slug("Särmääjä"), "sarmaaja");
        assert_eq!(
            file_slug("CNC-koneistaja, iltavuoro"),
            "cnc-koneistaja-iltavuoro"
        );
        assert_eq!(file_slug("Åbo"), "abo");
        assert_eq!(file_slug("_index"), "_index");
        assert_eq!(file_slug("---"), "");
    }

    #[test]
    fn normalize_stays_inside() {
        assert_eq!(
            normalize(Path::new("content/a/../b/./c.jpg")),
            Some(PathBuf::from("content/b/c.jpg"))
        );
        assert_eq!(normalize(Path::new("content/../../etc/passwd")), None);
        assert_eq!(normalize(Path::new("/etc/passwd")), None);
    }
}
