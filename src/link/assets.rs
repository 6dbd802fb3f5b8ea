//! Files that front matter and bodies name: found next to the content, or suggested.

use super::*;
use crate::identity::{normalize, to_slash};
use crate::lang::Localized;
use crate::load::Document;
use crate::site::AssetRef;
use std::path::{Path, PathBuf};

impl Linker<'_> {
    /// An image named in front matter or YAML: it must exist beside the file.
    pub(super) fn asset(
        &mut self,
        file: &Path,
        src: &crate::yaml::Source,
        key: &str,
        value: Option<&str>,
    ) -> Option<PathBuf> {
        let value = value?;
        let dir = file.parent().unwrap_or(Path::new(""));
        match normalize(&dir.join(value)).and_then(|p| self.asset_on_disk(&p)) {
            Some(p) => {
                let pos = src.locate(&[key]).map(|s| s.pos);
                self.used_images
                    .entry(p.clone())
                    .or_insert_with(|| AssetRef {
                        file: file.to_path_buf(),
                        pos,
                    });
                Some(p)
            }
            _ => {
                let near = self.near_assets(dir, value);
                self.ds.push(
                    src.error_at(&[key], crate::t!("link-image-missing", image = value))
                        .help(near.unwrap_or_else(|| {
                            crate::t!("link-image-missing-help", folder = to_slash(dir))
                        })),
                );
                None
            }
        }
    }

    /// The file under `content/` a path names, spelled as it is on disk: a name typed in one
    /// Unicode form (NFC, as most editors write) finds a file saved in the other (NFD, as macOS
    /// saves names), and the other way round.
    pub(super) fn asset_on_disk(&self, p: &Path) -> Option<PathBuf> {
        if self.assets.contains(p) {
            return Some(p.to_path_buf());
        }
        let want = nfc_if_not_ascii(&to_slash(p))?;
        self.assets
            .iter()
            .find(|a| nfc_if_not_ascii(&to_slash(a)).as_deref() == Some(want.as_str()))
            .cloned()
    }

    /// A site path into `static/` (`/esitteet/työ.pdf`), spelled as the file is on disk.
    pub(super) fn static_on_disk(&self, target: &str) -> Option<String> {
        if self.static_files.contains(target) {
            return Some(target.to_string());
        }
        let want = nfc_if_not_ascii(target)?;
        self.static_files
            .iter()
            .find(|s| nfc_if_not_ascii(s).as_deref() == Some(want.as_str()))
            .cloned()
    }

    pub(super) fn near_assets(&self, dir: &Path, value: &str) -> Option<crate::messages::Msg> {
        let names: Vec<String> = self
            .assets
            .iter()
            .filter(|p| p.parent() == Some(dir))
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        crate::diagnostics::suggest(value, names.iter().map(String::as_str))
    }

    pub(super) fn image_with_alt<M>(
        &mut self,
        d: &Document<M>,
        image: Option<&str>,
        alt: Option<&Localized>,
    ) -> Option<PathBuf> {
        let src = d.source();
        let image = self.asset(&d.file, &src, "image", image)?;
        if alt.is_none() {
            self.ds.push(
                src.error_at(&["image"], crate::t!("link-image-no-alt"))
                    .help(crate::t!("link-image-no-alt-help")),
            );
        }
        Some(image)
    }
}

/// A name in NFC, or `None` when it is plain ASCII (which has one form only).
fn nfc_if_not_ascii(name: &str) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    (!name.is_ascii()).then(|| name.nfc().collect())
}
