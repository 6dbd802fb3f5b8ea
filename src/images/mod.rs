//! The image pipeline: every picture a page shows goes through here.
//!
//! Two phases, as the rest of the build wants them:
//!
//! 1. [`ImagePipeline::plan`] (and [`ImagePipeline::plan_og`]) is cheap: it reads the file,
//!    hashes it and parses only its header (size, EXIF orientation, alpha, format). It
//!    answers at once with every output file's name and pixel size, so templates and
//!    Markdown can write `<picture>` markup ([`picture_html`]) before anything is encoded.
//!    Names are content-addressed (`name-<hash8>-960.webp`): the same bytes and settings
//!    always give the same names.
//! 2. [`ImagePipeline::process`] runs at the end of a build: it encodes, in parallel on all
//!    cores, only what the cache (`.aikosite/cache/images/`) lacks — decoding each source at
//!    most once — then copies the outputs from the cache into the output folder. When every
//!    output is cached, nothing is decoded.
//!
//! ```rust,ignore
//! let pipeline = ImagePipeline::new(config.images.clone(), site_root.join(".aikosite/cache"));
//! // While rendering (cheap; errors name the file):
//! let img = pipeline.plan(&page_dir.join("kesa.jpg"))?;
//! let html = picture_html(&img, "/raahe/tarinat/kesa/", alt, "", is_first_image_of_page);
//! tasks.push((img, PathBuf::from("raahe/tarinat/kesa")));
//! let og = pipeline.plan_og(&hero)?; // og:image = folder URL + og.fallback.file_name,
//! tasks.push((og, folder));           // og:image:width/height = og.width/og.height
//! // Once, at the end (parallel; every error at once):
//! let stats = pipeline.process(&tasks, &|done, total| bar.set(done, total))?;
//! // The output writer copies each of `pipeline.outputs(&tasks)` from the cache.
//! ```
//!
//! What comes out: lossy WebP (libwebp), JPEG (progressive, optimised Huffman tables),
//! AVIF when built with the `avif` feature (rav1e via ravif), and PNG only as the fallback
//! of images with alpha (alpha never goes to JPEG). EXIF orientation is applied, ICC
//! colour profiles (Display P3 from phones, Adobe RGB) are converted to sRGB, CMYK and
//! grayscale JPEGs are handled, and no metadata (EXIF, GPS, XMP, camera serials, ICC) is
//! written to any encoded output. SVG is copied as it is; an animated GIF is copied with
//! its comment and XMP blocks removed; a still GIF is treated like any other raster.

mod cache;
mod codec;
mod html;
mod probe;
mod svg;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};

use rayon::prelude::*;
use serde::Deserialize;

pub use html::picture_html;
pub use svg::{SvgProblem, SvgProblemKind, check as check_svg};

/// Bumped whenever a change in this module changes the bytes it writes for the same input,
/// so that old cache entries and output names are not reused.
const PIPELINE_VERSION: &str = "aikosite-images/1";

/// Width and height of an Open Graph image.
pub const OG_WIDTH: u32 = 1200;
/// Height of an Open Graph image.
pub const OG_HEIGHT: u32 = 630;

// ---------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------

/// `images:` in `aikosite.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ImageSettings {
    /// Widths in CSS pixels to produce (never wider than the source).
    pub widths: Vec<u32>,
    /// Output formats, e.g. `[webp, jpeg]` or `[avif, webp, jpeg]`.
    pub formats: Vec<OutputFormat>,
    /// Encoder quality, 1–100 (the same scale for every format).
    pub quality: u8,
    /// Largest source accepted, in pixels (guards against decompression bombs).
    pub max_pixels: u64,
}

impl Default for ImageSettings {
    fn default() -> Self {
        ImageSettings {
            widths: vec![480, 960, 1600],
            formats: vec![OutputFormat::Webp, OutputFormat::Jpeg],
            quality: 80,
            max_pixels: 100_000_000,
        }
    }
}

impl ImageSettings {
    /// Checks the settings; each message is one problem, written for the person editing
    /// `aikosite.yaml`.
    pub fn validate(&self) -> Result<(), Vec<crate::messages::Msg>> {
        use crate::t;
        let mut problems = Vec::new();
        if self.widths.is_empty() {
            problems.push(t!("images-no-widths"));
        }
        if let Some(w) = self.widths.iter().find(|&&w| w == 0 || w > 16_000) {
            problems.push(t!("images-bad-width", width = *w));
        }
        if self.formats.is_empty() {
            problems.push(t!("images-no-formats"));
        }
        if !(1..=100).contains(&self.quality) {
            problems.push(t!("images-bad-quality", quality = self.quality));
        }
        if self.max_pixels == 0 {
            problems.push(t!("images-no-max-pixels"));
        }
        if self.formats.contains(&OutputFormat::Avif) && !avif_supported() {
            problems.push(t!("images-no-avif"));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// Widths to produce for a source `source_width` pixels wide, ascending: the configured
    /// widths not wider than the source, plus the source width itself when it is smaller
    /// than the largest configured width.
    pub fn widths_for(&self, source_width: u32) -> Vec<u32> {
        let mut widths: Vec<u32> = self
            .widths
            .iter()
            .copied()
            .filter(|&w| w > 0 && w <= source_width)
            .collect();
        let largest = self.widths.iter().copied().max().unwrap_or(source_width);
        if source_width < largest || widths.is_empty() {
            widths.push(source_width);
        }
        widths.sort_unstable();
        widths.dedup();
        widths
    }
}

/// Whether this build can write AVIF.
pub fn avif_supported() -> bool {
    cfg!(feature = "avif")
}

/// A format the site may ask for in `images.formats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    Avif,
    Webp,
    Jpeg,
}

/// The format of one output file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileFormat {
    Avif,
    Webp,
    Jpeg,
    /// Only as the fallback of an image with alpha.
    Png,
    /// Copied as is.
    Svg,
    /// An animated GIF, copied.
    Gif,
}

impl FileFormat {
    pub fn extension(self) -> &'static str {
        match self {
            FileFormat::Avif => "avif",
            FileFormat::Webp => "webp",
            FileFormat::Jpeg => "jpg",
            FileFormat::Png => "png",
            FileFormat::Svg => "svg",
            FileFormat::Gif => "gif",
        }
    }

    pub fn mime_type(self) -> &'static str {
        match self {
            FileFormat::Avif => "image/avif",
            FileFormat::Webp => "image/webp",
            FileFormat::Jpeg => "image/jpeg",
            FileFormat::Png => "image/png",
            FileFormat::Svg => "image/svg+xml",
            FileFormat::Gif => "image/gif",
        }
    }
}

impl From<OutputFormat> for FileFormat {
    fn from(f: OutputFormat) -> Self {
        match f {
            OutputFormat::Avif => FileFormat::Avif,
            OutputFormat::Webp => FileFormat::Webp,
            OutputFormat::Jpeg => FileFormat::Jpeg,
        }
    }
}

impl fmt::Display for FileFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

/// Why an image can't be used. Messages say what is wrong and what to do; the path is the
/// one given to [`ImagePipeline::plan`] (the caller may make it relative to the site root
/// with [`ImageError::path`]).
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    #[error(
        "{}: image not found. Check the file name (letter case matters) and that the image is in the folder the page points to.",
        path.display()
    )]
    Missing { path: PathBuf },

    #[error(
        "{}: this kind of image can't be used ({detail}). Use a JPEG, PNG, WebP, GIF or SVG file: open the image and save or export it as JPEG (photos) or PNG (drawings, logos).",
        path.display()
    )]
    Unsupported { path: PathBuf, detail: String },

    #[error(
        "{}: the image file is damaged or incomplete and can't be read ({detail}). Copy it again from the original (camera, phone or whoever sent it), or open it in an image editor and save it again.",
        path.display()
    )]
    Corrupt { path: PathBuf, detail: String },

    #[error(
        "{}: the image is too large to process safely: {:.1} megapixels, the limit is {:.1} megapixels. Scale it down (4000 pixels wide is plenty for the web) before adding it, or raise images.max_pixels in aikosite.yaml if it really must be this large.",
        path.display(), *pixels as f64 / 1e6, *limit as f64 / 1e6
    )]
    TooLarge {
        path: PathBuf,
        pixels: u64,
        limit: u64,
    },

    #[error(
        "{}: could not {action}: {source}. Check that the disk is not full and that aikosite may read and write there.",
        path.display()
    )]
    Io {
        path: PathBuf,
        action: &'static str,
        source: std::io::Error,
    },

    #[error("{}: this SVG picture can't be used: {}.", path.display(), problem.kind)]
    UnsafeSvg { path: PathBuf, problem: SvgProblem },
}

impl ImageError {
    /// The file the error is about (a source image, or a cache/output file for `Io`).
    pub fn path(&self) -> &Path {
        match self {
            ImageError::Missing { path }
            | ImageError::Unsupported { path, .. }
            | ImageError::Corrupt { path, .. }
            | ImageError::TooLarge { path, .. }
            | ImageError::Io { path, .. }
            | ImageError::UnsafeSvg { path, .. } => path,
        }
    }

    fn io(path: &Path, action: &'static str, source: std::io::Error) -> Self {
        ImageError::Io {
            path: path.to_path_buf(),
            action,
            source,
        }
    }

    fn corrupt(path: &Path, detail: impl Into<String>) -> Self {
        ImageError::Corrupt {
            path: path.to_path_buf(),
            detail: detail.into(),
        }
    }

    fn unsupported(path: &Path, detail: impl Into<String>) -> Self {
        ImageError::Unsupported {
            path: path.to_path_buf(),
            detail: detail.into(),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Plans
// ---------------------------------------------------------------------------------------

/// One output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub format: FileFormat,
    pub width: u32,
    pub height: u32,
    /// Content-addressed name, e.g. `kavija-o-1a2b3c4d-960.webp`.
    pub file_name: String,
    /// Cache key: a hash of the source bytes and the operation.
    pub(crate) key: String,
    pub(crate) op: Op,
}

/// What produces a variant from the decoded source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    /// Scale the whole (oriented) image to the variant's size.
    Resize,
    /// Scale to cover the variant's size and crop the middle (Open Graph).
    CoverCrop,
    /// Copy the source (SVG), or copy it without metadata blocks (animated GIF).
    Copy,
}

/// The kind of source, as read from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SourceKind {
    Raster(probe::Raster),
    Svg { width: u32, height: u32 },
    AnimatedGif { width: u32, height: u32 },
}

/// Everything the build needs to know about one image before it is encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedImage {
    /// The source file, as given to `plan`.
    pub source: PathBuf,
    /// Hex hash of the source bytes.
    pub source_hash: String,
    /// Size to write in `width`/`height` attributes: that of the largest output (after EXIF
    /// orientation; 1200×630 or smaller for an Open Graph image).
    pub width: u32,
    pub height: u32,
    /// Every output file: per format (modern formats first, then the fallback format), by
    /// ascending width.
    pub variants: Vec<Variant>,
    /// What `<img src>` points to: the largest variant in the fallback format.
    pub fallback: Variant,
    pub(crate) kind: SourceKind,
}

impl PlannedImage {
    /// The formats of `<source>` elements (the ones before the fallback), best first.
    pub fn source_formats(&self) -> Vec<FileFormat> {
        let mut formats: Vec<FileFormat> = Vec::new();
        for v in &self.variants {
            if v.format != self.fallback.format && !formats.contains(&v.format) {
                formats.push(v.format);
            }
        }
        formats
    }

    /// The variants of one format, by ascending width.
    pub fn variants_of(&self, format: FileFormat) -> impl Iterator<Item = &Variant> {
        self.variants.iter().filter(move |v| v.format == format)
    }
}

/// What [`ImagePipeline::process`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProcessStats {
    /// Distinct source images in the tasks.
    pub sources: usize,
    /// Sources decoded (zero when every output was in the cache).
    pub decoded: usize,
    /// Files encoded (or copied, for SVG and animated GIF) into the cache.
    pub encoded: usize,
    /// Files that were already in the cache.
    pub from_cache: usize,
    /// Files written into the output folder.
    pub written: usize,
    /// Threads that decoded or encoded (at most the number of cores; 0 when all came from
    /// the cache).
    pub threads: usize,
}

// ---------------------------------------------------------------------------------------
// The pipeline
// ---------------------------------------------------------------------------------------

pub struct ImagePipeline {
    settings: ImageSettings,
    cache: cache::Cache,
}

impl ImagePipeline {
    /// `cache_dir` is the site's `.aikosite/cache/`; images go to its `images/` folder,
    /// which is created when first needed.
    pub fn new(settings: ImageSettings, cache_dir: PathBuf) -> Self {
        ImagePipeline {
            settings,
            cache: cache::Cache::new(cache_dir.join("images")),
        }
    }

    /// Reads and hashes `source` and parses its header (no pixel data is decoded), and
    /// answers with every output file's name and size.
    pub fn plan(&self, source: &Path) -> Result<PlannedImage, ImageError> {
        let bytes = read_source(source)?;
        let hash = blake3::hash(&bytes);
        let kind = probe::probe(source, &bytes, self.settings.max_pixels)?;
        Ok(self.plan_from(source, &hash, kind))
    }

    /// A 1200×630 Open Graph JPEG cropped from the middle of `source` (smaller, with the
    /// same 1.9:1 shape, when the source is smaller than that). Images with alpha are
    /// flattened onto white.
    pub fn plan_og(&self, source: &Path) -> Result<PlannedImage, ImageError> {
        let bytes = read_source(source)?;
        let hash = blake3::hash(&bytes);
        let kind = probe::probe(source, &bytes, self.settings.max_pixels)?;
        let raster = match kind {
            SourceKind::Raster(r) => r,
            SourceKind::AnimatedGif { .. } => {
                // The first frame will do: decode it as a still GIF.
                probe::probe_raster(
                    source,
                    &bytes,
                    self.settings.max_pixels,
                    image::ImageFormat::Gif,
                )?
            }
            SourceKind::Svg { .. } => {
                return Err(ImageError::unsupported(
                    source,
                    "an SVG drawing can't be a page's share image (Open Graph)",
                ));
            }
        };
        let (w, h) = og_size(raster.width, raster.height);
        let stem = name_stem(source);
        let hash8 = self.recipe_hash8(&hash);
        let variant = self.variant(
            &hash,
            &stem,
            &hash8,
            FileFormat::Jpeg,
            w,
            h,
            Op::CoverCrop,
            "og",
        );
        Ok(PlannedImage {
            source: source.to_path_buf(),
            source_hash: hash.to_hex().to_string(),
            width: w,
            height: h,
            variants: vec![variant.clone()],
            fallback: variant,
            kind: SourceKind::Raster(raster),
        })
    }

    fn plan_from(&self, source: &Path, hash: &blake3::Hash, kind: SourceKind) -> PlannedImage {
        let stem = name_stem(source);
        let hash8 = self.recipe_hash8(hash);
        let source_hash = hash.to_hex().to_string();
        match kind {
            SourceKind::Svg {
                width: w,
                height: h,
            }
            | SourceKind::AnimatedGif {
                width: w,
                height: h,
            } => {
                let format = if matches!(kind, SourceKind::Svg { .. }) {
                    FileFormat::Svg
                } else {
                    FileFormat::Gif
                };
                let file_name = format!("{stem}-{hash8}.{}", format.extension());
                let variant = Variant {
                    format,
                    width: w,
                    height: h,
                    file_name,
                    key: cache_key(hash, &format!("copy;{format}")),
                    op: Op::Copy,
                };
                PlannedImage {
                    source: source.to_path_buf(),
                    source_hash,
                    width: w,
                    height: h,
                    variants: vec![variant.clone()],
                    fallback: variant,
                    kind,
                }
            }
            SourceKind::Raster(r) => {
                let (fallback_format, modern) = self.formats_for(r.alpha);
                let widths = self.settings.widths_for(r.width);
                let mut variants = Vec::new();
                for format in modern.iter().copied().chain([fallback_format]) {
                    for &w in &widths {
                        let h = scaled_height(r.width, r.height, w);
                        let suffix = w.to_string();
                        variants.push(self.variant(
                            hash,
                            &stem,
                            &hash8,
                            format,
                            w,
                            h,
                            Op::Resize,
                            &suffix,
                        ));
                    }
                }
                let fallback = variants
                    .last()
                    .cloned()
                    .expect("at least one width and one format");
                PlannedImage {
                    source: source.to_path_buf(),
                    source_hash,
                    width: fallback.width,
                    height: fallback.height,
                    variants,
                    fallback,
                    kind,
                }
            }
        }
    }

    /// The fallback format and the modern formats (best first) for an image.
    fn formats_for(&self, alpha: bool) -> (FileFormat, Vec<FileFormat>) {
        let configured: Vec<OutputFormat> = if self.settings.formats.is_empty() {
            ImageSettings::default().formats
        } else {
            self.settings.formats.clone()
        };
        let fallback = if configured.contains(&OutputFormat::Jpeg) {
            if alpha {
                FileFormat::Png
            } else {
                FileFormat::Jpeg
            }
        } else if configured.contains(&OutputFormat::Webp) {
            FileFormat::Webp
        } else {
            FileFormat::Avif
        };
        let mut modern = Vec::new();
        for f in [FileFormat::Avif, FileFormat::Webp] {
            if f != fallback && configured.iter().any(|&c| FileFormat::from(c) == f) {
                modern.push(f);
            }
        }
        (fallback, modern)
    }

    /// A short hash naming the outputs of a source under the current settings, so that a
    /// change of quality (or of this module) gives new URLs.
    fn recipe_hash8(&self, hash: &blake3::Hash) -> String {
        let mut h = blake3::Hasher::new();
        h.update(PIPELINE_VERSION.as_bytes());
        h.update(hash.as_bytes());
        h.update(&[self.settings.quality]);
        h.finalize().to_hex()[..8].to_string()
    }

    #[allow(clippy::too_many_arguments)]
    fn variant(
        &self,
        hash: &blake3::Hash,
        stem: &str,
        hash8: &str,
        format: FileFormat,
        width: u32,
        height: u32,
        op: Op,
        suffix: &str,
    ) -> Variant {
        let op_desc = format!(
            "{op:?};{format};{width}x{height};q{}",
            self.settings.quality
        );
        Variant {
            format,
            width,
            height,
            file_name: format!("{stem}-{hash8}-{suffix}.{}", format.extension()),
            key: cache_key(hash, &op_desc),
            op,
        }
    }

    /// Encodes everything the cache lacks, in parallel (each source decoded at most once,
    /// however many tasks use it); the output writer then copies [`ImagePipeline::outputs`]
    /// from the cache. `progress(done, total)` is called on the calling thread as each
    /// source is finished, counting distinct sources.
    ///
    /// On errors, every source is still tried (so all errors are reported at once) and the
    /// good ones are cached.
    pub fn process(
        &self,
        tasks: &[(PlannedImage, PathBuf)],
        progress: &dyn Fn(usize, usize),
    ) -> Result<ProcessStats, Vec<ImageError>> {
        // Group the work by source bytes: one decode per distinct source.
        // (The same bytes may be both copied and decoded: an animated GIF and its first
        // frame as an Open Graph image.)
        let mut units: BTreeMap<(&str, bool), WorkUnit<'_>> = BTreeMap::new();
        for (img, _) in tasks {
            let raster = matches!(img.kind, SourceKind::Raster(_));
            let unit = units
                .entry((&img.source_hash, raster))
                .or_insert_with(|| WorkUnit {
                    source: &img.source,
                    source_hash: &img.source_hash,
                    kind: img.kind,
                    variants: Vec::new(),
                });
            for v in &img.variants {
                if !unit.variants.iter().any(|u| u.key == v.key) {
                    unit.variants.push(v);
                }
            }
        }
        let units: Vec<WorkUnit<'_>> = units.into_values().collect();
        let total = units.len();

        let decoded = AtomicUsize::new(0);
        let encoded = AtomicUsize::new(0);
        let from_cache = AtomicUsize::new(0);
        let threads = Mutex::new(HashSet::new());
        let (tx, rx) = mpsc::channel::<()>();
        let mut errors: Vec<ImageError> = std::thread::scope(|scope| {
            let worker = scope.spawn(|| {
                let tx = tx; // owned here, so that `rx` ends when the work does
                // Sources go in batches of one per thread: a thread waiting for its encodes
                // may steal work, and within a batch that can't be another decode, so at
                // most one decoded source per thread is in memory at once.
                let batch = rayon::current_num_threads().max(1);
                let mut errors = Vec::new();
                for chunk in units.chunks(batch) {
                    let found: Vec<ImageError> = chunk
                        .par_iter()
                        .map_with(tx.clone(), |tx, unit| {
                            let result =
                                self.process_unit(unit, &decoded, &encoded, &from_cache, &threads);
                            let _ = tx.send(());
                            result
                        })
                        .filter_map(|r| r.err())
                        .flatten()
                        .collect();
                    errors.extend(found);
                }
                errors
            });
            let mut done = 0;
            progress(done, total);
            for () in rx {
                done += 1;
                progress(done, total);
            }
            worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        });
        if !errors.is_empty() {
            errors.sort_by(|a, b| a.path().cmp(b.path()));
            return Err(errors);
        }

        Ok(ProcessStats {
            sources: total,
            decoded: decoded.into_inner(),
            encoded: encoded.into_inner(),
            from_cache: from_cache.into_inner(),
            written: self.outputs(tasks).len(),
            threads: threads
                .into_inner()
                .unwrap_or_else(|e| e.into_inner())
                .len(),
        })
    }

    /// The files the processed images become in the output: the output path (relative to
    /// the output folder) and the cache file that holds its bytes, each output once, sorted.
    pub fn outputs(&self, tasks: &[(PlannedImage, PathBuf)]) -> Vec<(String, PathBuf)> {
        let mut out = BTreeMap::new();
        for (img, folder) in tasks {
            for v in &img.variants {
                let dest = crate::identity::to_slash(&folder.join(&v.file_name));
                out.entry(dest)
                    .or_insert_with(|| self.cache.path(&v.key, v.format));
            }
        }
        out.into_iter().collect()
    }

    fn process_unit(
        &self,
        unit: &WorkUnit<'_>,
        decoded: &AtomicUsize,
        encoded: &AtomicUsize,
        from_cache: &AtomicUsize,
        threads: &Mutex<HashSet<std::thread::ThreadId>>,
    ) -> Result<(), Vec<ImageError>> {
        let note_thread = || {
            threads
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(std::thread::current().id());
        };
        let missing: Vec<&Variant> = unit
            .variants
            .iter()
            .copied()
            .filter(|v| !self.cache.contains(&v.key, v.format))
            .collect();
        from_cache.fetch_add(unit.variants.len() - missing.len(), Ordering::Relaxed);
        if missing.is_empty() {
            return Ok(());
        }
        note_thread();
        let bytes = read_source(unit.source).map_err(|e| vec![e])?;
        if blake3::hash(&bytes).to_hex().as_str() != unit.source_hash {
            return Err(vec![ImageError::Io {
                path: unit.source.to_path_buf(),
                action: "use the image, because it changed while the site was being built",
                source: std::io::Error::other("build again"),
            }]);
        }
        match unit.kind {
            SourceKind::Svg { .. } => {
                let v = missing[0];
                self.cache
                    .store(&v.key, v.format, &bytes)
                    .map_err(|e| vec![e])?;
                encoded.fetch_add(1, Ordering::Relaxed);
                Ok(())
            }
            SourceKind::AnimatedGif { .. } => {
                let v = missing[0];
                let stripped = probe::strip_gif(&bytes).ok_or_else(|| {
                    vec![ImageError::corrupt(
                        unit.source,
                        "the GIF's blocks are malformed",
                    )]
                })?;
                self.cache
                    .store(&v.key, v.format, &stripped)
                    .map_err(|e| vec![e])?;
                encoded.fetch_add(1, Ordering::Relaxed);
                Ok(())
            }
            SourceKind::Raster(raster) => {
                let image = codec::decode(unit.source, &bytes, raster, self.settings.max_pixels)
                    .map_err(|e| vec![e])?;
                drop(bytes);
                decoded.fetch_add(1, Ordering::Relaxed);
                // One resize per output size, shared by its formats; the smaller plain
                // resizes start from the largest one instead of the full source.
                let mut sizes: Vec<(Op, u32, u32)> = Vec::new();
                for v in &missing {
                    if !sizes.contains(&(v.op, v.width, v.height)) {
                        sizes.push((v.op, v.width, v.height));
                    }
                }
                let largest = sizes
                    .iter()
                    .filter(|s| s.0 == Op::Resize)
                    .max_by_key(|s| s.1)
                    .copied();
                let smaller = sizes.iter().filter(|s| s.0 == Op::Resize).count() > 1;
                let base = match largest {
                    Some((_, w, h)) if smaller => Some(codec::resize(&image.pixels, w, h, false)),
                    _ => None,
                };
                let errors: Vec<ImageError> = sizes
                    .par_iter()
                    .flat_map(|&(op, w, h)| {
                        let pixels = codec::pixels_for(&image, base.as_ref(), op, w, h);
                        missing
                            .par_iter()
                            .filter(|v| (v.op, v.width, v.height) == (op, w, h))
                            .filter_map(|v| {
                                note_thread();
                                let result =
                                    codec::encode(unit.source, &pixels, v, self.settings.quality)
                                        .and_then(|data| self.cache.store(&v.key, v.format, &data));
                                match result {
                                    Ok(()) => {
                                        encoded.fetch_add(1, Ordering::Relaxed);
                                        None
                                    }
                                    Err(e) => Some(e),
                                }
                            })
                            .collect::<Vec<_>>()
                    })
                    .collect();
                if errors.is_empty() {
                    Ok(())
                } else {
                    Err(errors)
                }
            }
        }
    }
}

struct WorkUnit<'a> {
    source: &'a Path,
    source_hash: &'a str,
    kind: SourceKind,
    variants: Vec<&'a Variant>,
}

fn read_source(source: &Path) -> Result<Vec<u8>, ImageError> {
    match std::fs::read(source) {
        Ok(bytes) => Ok(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(ImageError::Missing {
            path: source.to_path_buf(),
        }),
        Err(e) if source.is_dir() => {
            let _ = e;
            Err(ImageError::unsupported(
                source,
                "this is a folder, not an image file",
            ))
        }
        Err(e) => Err(ImageError::io(source, "read the image", e)),
    }
}

fn cache_key(hash: &blake3::Hash, op: &str) -> String {
    let mut h = blake3::Hasher::new();
    h.update(PIPELINE_VERSION.as_bytes());
    h.update(&[0]);
    h.update(hash.as_bytes());
    h.update(op.as_bytes());
    h.finalize().to_hex().to_string()
}

/// Height of an image `src_w`×`src_h` scaled to `width`, rounded, at least 1.
fn scaled_height(src_w: u32, src_h: u32, width: u32) -> u32 {
    let h = (u64::from(src_h) * u64::from(width) * 2 + u64::from(src_w))
        / (2 * u64::from(src_w).max(1));
    (h as u32).max(1)
}

/// 1200×630, or the largest 1200:630 box inside a smaller source (never upscaled).
fn og_size(src_w: u32, src_h: u32) -> (u32, u32) {
    if src_w >= OG_WIDTH && src_h >= OG_HEIGHT {
        return (OG_WIDTH, OG_HEIGHT);
    }
    // Compare src_w/src_h with 1200/630.
    if u64::from(src_w) * u64::from(OG_HEIGHT) >= u64::from(src_h) * u64::from(OG_WIDTH) {
        // Wider than 1.9:1: height limits.
        let w = (u64::from(src_h) * u64::from(OG_WIDTH) / u64::from(OG_HEIGHT)) as u32;
        (w.clamp(1, src_w), src_h.max(1))
    } else {
        let h = (u64::from(src_w) * u64::from(OG_HEIGHT) / u64::from(OG_WIDTH)) as u32;
        (src_w.max(1), h.clamp(1, src_h))
    }
}

/// A URL-safe name from the file's stem: lowercase ASCII, ä→a, ö→o, å→a, other accents
/// dropped, anything else → `-`.
fn name_stem(source: &Path) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let stem = source
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default();
    let mut out = String::new();
    let mut dash = false;
    for c in stem.nfd().filter(|c| !is_combining_mark(*c)) {
        let c = match c {
            'ß' => 's',
            'æ' | 'Æ' => 'a',
            'ø' | 'Ø' => 'o',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
        if out.len() >= 60 {
            break;
        }
    }
    if out.is_empty() {
        "image".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod unit_tests {
    use super::*;

    #[test]
    fn widths_follow_the_source() {
        let s = ImageSettings::default();
        assert_eq!(s.widths_for(4000), vec![480, 960, 1600]);
        assert_eq!(s.widths_for(1600), vec![480, 960, 1600]);
        assert_eq!(s.widths_for(1000), vec![480, 960, 1000]);
        assert_eq!(s.widths_for(960), vec![480, 960]);
        assert_eq!(s.widths_for(300), vec![300]);
        let unsorted = ImageSettings {
            widths: vec![1600, 480, 480, 960],
            ..ImageSettings::default()
        };
        assert_eq!(unsorted.widths_for(2000), vec![480, 960, 1600]);
    }

    #[test]
    fn heights_are_rounded_and_positive() {
        assert_eq!(scaled_height(4000, 3000, 480), 360);
        assert_eq!(scaled_height(3000, 4000, 480), 640);
        assert_eq!(scaled_height(1000, 333, 480), 160); // 159.84
        assert_eq!(scaled_height(10000, 10, 480), 1);
    }

    #[test]
    fn og_size_never_upscales() {
        assert_eq!(og_size(4000, 3000), (1200, 630));
        assert_eq!(og_size(1200, 630), (1200, 630));
        assert_eq!(og_size(800, 600), (800, 420));
        assert_eq!(og_size(1000, 300), (571, 300));
    }

    #[test]
    fn names_are_url_safe() {
        assert_eq!(name_stem(Path::new("kävijä ö.jpg")), "kavija-o");
        assert_eq!(
            name_stem(Path::new("/a/Åland_Café (2).JPG")),
            "aland-cafe-2"
        );
        assert_eq!(name_stem(Path::new("ääää/.jpg")), "jpg");
        assert_eq!(name_stem(Path::new("日本.png")), "image");
    }

    #[test]
    fn settings_deserialize_from_yaml() {
        let s: ImageSettings = crate::yaml::from_str(
            "{ widths: [480, 960, 1600], formats: [webp, jpeg], quality: 80 }",
        )
        .unwrap();
        assert_eq!(s, ImageSettings::default());
        let s: ImageSettings = crate::yaml::from_str("formats: [avif, webp, jpeg]").unwrap();
        assert_eq!(
            s.formats,
            vec![OutputFormat::Avif, OutputFormat::Webp, OutputFormat::Jpeg]
        );
        assert_eq!(s.widths, vec![480, 960, 1600]);
        assert!(crate::yaml::from_str::<ImageSettings>("formats: [gif]").is_err());
        assert!(crate::yaml::from_str::<ImageSettings>("qualty: 70").is_err());
    }

    #[test]
    fn settings_validation_explains() {
        assert!(ImageSettings::default().validate().is_ok());
        let bad = ImageSettings {
            widths: vec![],
            formats: vec![],
            quality: 0,
            max_pixels: 0,
        };
        assert_eq!(bad.validate().unwrap_err().len(), 4);
        let avif = ImageSettings {
            formats: vec![OutputFormat::Avif, OutputFormat::Jpeg],
            ..Default::default()
        };
        assert_eq!(avif.validate().is_ok(), avif_supported());
    }
}
