//! Content identity: which file a piece of content is, independent of its language and of how
//! its path was spelled. A leaf module: everyone may use it, it uses nothing of the crate but
//! the language type.

use crate::lang::Lang;
use std::path::{Component, Path, PathBuf};

/// A path with `/` between its parts, whatever the platform.
pub fn to_slash(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// `towns/raahe/jobs/hitsaaja.sv.md` → `towns/raahe/jobs/hitsaaja`.
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
    s
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
            "towns/raahe/jobs/v2.0"
        );
        assert_eq!(
            content_key(Path::new("towns/raahe/town.yaml"), &langs),
            "towns/raahe/_index"
        );
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
