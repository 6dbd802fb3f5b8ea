//! The image cache: one file per output, named by its key (a hash of the source bytes and
//! the operation), under `.aikosite/cache/images/`. Files are written aside and renamed
//! into place, so a cache file is always complete, even after a crash or with two builds
//! at once.

use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use super::{FileFormat, ImageError};

pub(crate) struct Cache {
    dir: PathBuf,
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

impl Cache {
    pub(crate) fn new(dir: PathBuf) -> Self {
        Cache { dir }
    }

    pub(crate) fn path(&self, key: &str, format: FileFormat) -> PathBuf {
        self.dir
            .join(&key[..2])
            .join(format!("{key}.{}", format.extension()))
    }

    pub(crate) fn contains(&self, key: &str, format: FileFormat) -> bool {
        self.path(key, format).is_file()
    }

    pub(crate) fn store(
        &self,
        key: &str,
        format: FileFormat,
        data: &[u8],
    ) -> Result<(), ImageError> {
        let path = self.path(key, format);
        let folder = path.parent().expect("cache files sit in a folder");
        fs::create_dir_all(folder)
            .map_err(|e| ImageError::io(folder, "create the image cache folder", e))?;
        let tag = self.dir.join("CACHEDIR.TAG");
        if !tag.exists() {
            let _ = fs::write(
                &tag,
                "Signature: 8a477f597d28d172789f06886806bc55\n# aikosite's image cache: safe to delete, rebuilt when needed.\n",
            );
        }
        let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = folder.join(format!(".{key}.{}.{n}.tmp", std::process::id()));
        let result = fs::write(&temp, data).and_then(|()| fs::rename(&temp, &path));
        if let Err(e) = result {
            let _ = fs::remove_file(&temp);
            return Err(ImageError::io(&path, "write to the image cache", e));
        }
        Ok(())
    }
}
