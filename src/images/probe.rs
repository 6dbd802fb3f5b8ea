//! Reading what a source is without decoding its pixels: format, size, EXIF orientation,
//! alpha; SVG sizes; GIF frame counts; truncated JPEGs.

use std::io::Cursor;
use std::path::Path;

use image::metadata::Orientation;
use image::{ImageDecoder, ImageFormat, ImageReader, Limits};

use super::{ImageError, SourceKind};

/// A source that is decoded to pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Raster {
    pub format: ImageFormat,
    /// Size after EXIF orientation.
    pub width: u32,
    pub height: u32,
    /// EXIF orientation, 1–8.
    pub orientation: u8,
    pub alpha: bool,
    pub gray: bool,
}

/// Decoder limits: the header check below rejects large sources with a clear message;
/// these keep a lying header from making any decoder allocate without bound.
pub(crate) fn limits(max_pixels: u64) -> Limits {
    let mut limits = Limits::default();
    let side = max_pixels.min(u64::from(u32::MAX)) as u32;
    limits.max_image_width = Some(side);
    limits.max_image_height = Some(side);
    // Up to 8 bytes per pixel (16-bit RGBA PNG), plus room for the decoder's buffers.
    limits.max_alloc = Some(max_pixels.saturating_mul(8).saturating_add(256 << 20));
    limits
}

pub(crate) fn probe(path: &Path, bytes: &[u8], max_pixels: u64) -> Result<SourceKind, ImageError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if ext == "svgz" {
        return Err(ImageError::unsupported(
            path,
            "a compressed SVG (.svgz); save it as a plain .svg",
        ));
    }
    if ext == "svg" || looks_like_svg(bytes) {
        let (width, height) = svg_size(bytes).ok_or_else(|| {
            if find_svg_tag(bytes).is_none() {
                ImageError::corrupt(path, "no <svg> element was found in the file")
            } else {
                ImageError::unsupported(
                    path,
                    "the SVG has no width and height nor a viewBox, so its size is unknown; add a viewBox=\"0 0 W H\" to its <svg> element",
                )
            }
        })?;
        super::svg::check(bytes).map_err(|problem| super::ImageError::UnsafeSvg {
            path: path.to_path_buf(),
            problem,
        })?;
        return Ok(SourceKind::Svg { width, height });
    }
    match image::guess_format(bytes) {
        Ok(ImageFormat::Gif) => {
            let info = gif_info(bytes).ok_or_else(|| {
                ImageError::corrupt(path, "the GIF's blocks are malformed or cut short")
            })?;
            check_pixels(path, info.width, info.height, max_pixels)?;
            if info.frames > 1 {
                Ok(SourceKind::AnimatedGif {
                    width: info.width,
                    height: info.height,
                })
            } else {
                // The decoder always says RGBA; only a transparent colour makes it so.
                let r = probe_raster(path, bytes, max_pixels, ImageFormat::Gif)?;
                Ok(SourceKind::Raster(Raster {
                    alpha: info.transparent,
                    gray: false,
                    ..r
                }))
            }
        }
        Ok(ImageFormat::Jpeg) => {
            if !jpeg_is_complete(bytes) {
                return Err(ImageError::corrupt(
                    path,
                    "the JPEG ends too early: it was probably cut short while copying or uploading",
                ));
            }
            probe_raster(path, bytes, max_pixels, ImageFormat::Jpeg).map(SourceKind::Raster)
        }
        Ok(format @ (ImageFormat::Png | ImageFormat::WebP)) => {
            probe_raster(path, bytes, max_pixels, format).map(SourceKind::Raster)
        }
        Ok(other) => Err(ImageError::unsupported(
            path,
            format!("a {} image", format_name(other)),
        )),
        Err(_) => {
            if let Some(kind) = iso_bmff_kind(bytes) {
                return Err(ImageError::unsupported(path, kind));
            }
            match ext.as_str() {
                "jpg" | "jpeg" | "png" | "webp" | "gif" => Err(ImageError::corrupt(
                    path,
                    format!("its contents are not a {} image", ext.to_ascii_uppercase()),
                )),
                _ => Err(ImageError::unsupported(
                    path,
                    "not an image file aikosite knows",
                )),
            }
        }
    }
}

fn format_name(format: ImageFormat) -> String {
    match format {
        ImageFormat::Tiff => "TIFF".into(),
        ImageFormat::Bmp => "BMP".into(),
        ImageFormat::Avif => "AVIF".into(),
        ImageFormat::Ico => "ICO".into(),
        other => format!("{other:?}").to_uppercase(),
    }
}

/// HEIC/HEIF/AVIF sources (ISO base media files).
fn iso_bmff_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.len() < 12 || &bytes[4..8] != b"ftyp" {
        return None;
    }
    let brand = &bytes[8..12];
    Some(match brand {
        b"heic" | b"heix" | b"hevc" | b"heim" | b"heis" | b"mif1" | b"msf1" => {
            "a HEIC/HEIF photo, the iPhone's own format; on the phone choose Settings > Camera > Formats > Most Compatible, or export the photo as JPEG"
        }
        b"avif" | b"avis" => {
            "an AVIF image (aikosite writes AVIF but can't read it); use the original JPEG or PNG"
        }
        _ => "a video or ISO media file, not an image",
    })
}

fn check_pixels(path: &Path, w: u32, h: u32, max_pixels: u64) -> Result<(), ImageError> {
    let pixels = u64::from(w) * u64::from(h);
    if pixels > max_pixels {
        return Err(ImageError::TooLarge {
            path: path.to_path_buf(),
            pixels,
            limit: max_pixels,
        });
    }
    if w == 0 || h == 0 {
        return Err(ImageError::corrupt(
            path,
            "its header says it is 0 pixels wide or high",
        ));
    }
    Ok(())
}

/// Maps the image crate's errors to ours.
pub(crate) fn map_error(path: &Path, e: image::ImageError) -> ImageError {
    match e {
        image::ImageError::Limits(l) => ImageError::unsupported(
            path,
            format!("decoding it would need more memory than allowed ({l})"),
        ),
        image::ImageError::Unsupported(u) => ImageError::unsupported(path, u.to_string()),
        image::ImageError::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            ImageError::corrupt(path, "the file ends too early")
        }
        other => ImageError::corrupt(path, other.to_string()),
    }
}

/// Header only: size, orientation, alpha.
pub(crate) fn probe_raster(
    path: &Path,
    bytes: &[u8],
    max_pixels: u64,
    format: ImageFormat,
) -> Result<Raster, ImageError> {
    std::panic::catch_unwind(|| -> Result<Raster, ImageError> {
        let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
        reader.limits(limits(max_pixels));
        let mut decoder = match reader.into_decoder() {
            Ok(d) => d,
            // The size limit is checked again below with a better message.
            Err(image::ImageError::Limits(_)) => {
                return Err(too_large_from_header(path, bytes, format, max_pixels));
            }
            Err(e) => return Err(map_error(path, e)),
        };
        let (w, h) = decoder.dimensions();
        check_pixels(path, w, h, max_pixels)?;
        let orientation = decoder
            .orientation()
            .unwrap_or(Orientation::NoTransforms)
            .to_exif();
        let color = decoder.color_type();
        let (width, height) = if (5..=8).contains(&orientation) {
            (h, w)
        } else {
            (w, h)
        };
        Ok(Raster {
            format,
            width,
            height,
            orientation,
            alpha: color.has_alpha(),
            gray: !color.has_color(),
        })
    })
    .unwrap_or_else(|_| Err(ImageError::corrupt(path, "its header could not be read")))
}

/// When the decoder refuses a header by its limits, say how large the image is.
fn too_large_from_header(
    path: &Path,
    bytes: &[u8],
    format: ImageFormat,
    max_pixels: u64,
) -> ImageError {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.no_limits();
    if let Ok(decoder) = reader.into_decoder() {
        let (w, h) = decoder.dimensions();
        return ImageError::TooLarge {
            path: path.to_path_buf(),
            pixels: u64::from(w) * u64::from(h),
            limit: max_pixels,
        };
    }
    ImageError::unsupported(path, "decoding it would need more memory than allowed")
}

// ---------------------------------------------------------------------------------------
// JPEG
// ---------------------------------------------------------------------------------------

/// Whether a JPEG has its end marker after the first scan. Entropy-coded data can't
/// contain FF D9 (an FF there is always followed by 00 or a restart marker), so a file
/// cut short lacks it. (Decoders would fill the missing part with grey and say nothing.)
pub(crate) fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let Some(sos) = jpeg_first_scan(bytes) else {
        return false;
    };
    // From the end: the marker is nearly always there (or just before trailing data).
    bytes[sos..].windows(2).rev().any(|w| w == [0xFF, 0xD9])
}

/// Offset of the first SOS marker, walking the marker segments.
fn jpeg_first_scan(bytes: &[u8]) -> Option<usize> {
    if bytes.len() < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8 {
        return None;
    }
    let mut i = 2;
    loop {
        while i < bytes.len() && bytes[i] != 0xFF {
            i += 1; // tolerate junk between segments
        }
        while i < bytes.len() && bytes[i] == 0xFF {
            i += 1; // fill bytes
        }
        let marker = *bytes.get(i)?;
        i += 1;
        match marker {
            0xDA => return Some(i),
            0xD9 => return None,
            0x01 | 0xD0..=0xD7 => continue,
            _ => {
                let len = u16::from_be_bytes([*bytes.get(i)?, *bytes.get(i + 1)?]) as usize;
                if len < 2 {
                    return None;
                }
                i += len;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// GIF
// ---------------------------------------------------------------------------------------

pub(crate) struct GifInfo {
    pub width: u32,
    pub height: u32,
    pub frames: usize,
    /// Whether a graphic control block sets a transparent colour.
    pub transparent: bool,
}

pub(crate) fn gif_info(bytes: &[u8]) -> Option<GifInfo> {
    let mut frames = 0;
    let mut transparent = false;
    walk_gif(bytes, |block, raw| match block {
        GifBlock::Image => frames += 1,
        GifBlock::OtherExtension if raw.get(1) == Some(&0xF9) && raw.len() > 3 => {
            transparent |= raw[3] & 1 == 1
        }
        _ => {}
    })?;
    let width = u16::from_le_bytes([bytes[6], bytes[7]]) as u32;
    let height = u16::from_le_bytes([bytes[8], bytes[9]]) as u32;
    Some(GifInfo {
        width,
        height,
        frames,
        transparent,
    })
}

/// A copy of a GIF without comment blocks and application blocks other than the ones
/// that control looping (XMP and ICC sit in application blocks).
pub(crate) fn strip_gif(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    walk_gif(bytes, |block, raw| {
        let keep = match block {
            GifBlock::Comment => false,
            GifBlock::Application(id) => matches!(&id, b"NETSCAPE2.0" | b"ANIMEXTS1.0"),
            _ => true,
        };
        if keep {
            out.extend_from_slice(raw);
        }
    })?;
    Some(out)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GifBlock {
    Header,
    Image,
    Comment,
    Application([u8; 11]),
    OtherExtension,
    Trailer,
}

/// Calls `f` with each block and its raw bytes; `None` if the file is malformed or
/// cut short.
fn walk_gif(bytes: &[u8], mut f: impl FnMut(GifBlock, &[u8])) -> Option<()> {
    if bytes.len() < 13 || !(bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a")) {
        return None;
    }
    let flags = bytes[10];
    let mut i = 13;
    if flags & 0x80 != 0 {
        i += 3 << ((flags & 7) + 1);
    }
    f(GifBlock::Header, bytes.get(..i)?);
    fn skip_sub_blocks(bytes: &[u8], mut i: usize) -> Option<usize> {
        loop {
            let n = *bytes.get(i)? as usize;
            i += 1;
            if n == 0 {
                return Some(i);
            }
            i += n;
        }
    }
    loop {
        let start = i;
        match *bytes.get(i)? {
            0x2C => {
                let flags = *bytes.get(i + 9)?;
                i += 10;
                if flags & 0x80 != 0 {
                    i += 3 << ((flags & 7) + 1);
                }
                i += 1; // LZW minimum code size
                i = skip_sub_blocks(bytes, i)?;
                f(GifBlock::Image, bytes.get(start..i)?);
            }
            0x21 => {
                let label = *bytes.get(i + 1)?;
                let block = match label {
                    0xFE => GifBlock::Comment,
                    0xFF => {
                        let size = *bytes.get(i + 2)? as usize;
                        let mut id = [0u8; 11];
                        if size == 11 {
                            id.copy_from_slice(bytes.get(i + 3..i + 14)?);
                        }
                        GifBlock::Application(id)
                    }
                    _ => GifBlock::OtherExtension,
                };
                i = skip_sub_blocks(bytes, i + 2)?;
                f(block, bytes.get(start..i)?);
            }
            0x3B => {
                f(GifBlock::Trailer, &bytes[i..i + 1]);
                return Some(());
            }
            _ => return None,
        }
    }
}

// ---------------------------------------------------------------------------------------
// SVG
// ---------------------------------------------------------------------------------------

fn looks_like_svg(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    (t.starts_with("<?xml")
        || t.starts_with("<svg")
        || t.starts_with("<!--")
        || t.starts_with("<!DOCTYPE svg"))
        && text.contains("<svg")
}

/// The attributes of the root `<svg>` start tag (comments, the XML declaration and a
/// DOCTYPE may come before it).
fn find_svg_tag(bytes: &[u8]) -> Option<Vec<(String, String)>> {
    let text = String::from_utf8_lossy(bytes);
    let mut rest: &str = &text;
    loop {
        let lt = rest.find('<')?;
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = &after[after.find("-->")? + 3..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("<svg")
            && after.starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/')
        {
            return Some(parse_attributes(after));
        }
        rest = &rest[1..];
    }
}

fn parse_attributes(mut s: &str) -> Vec<(String, String)> {
    let mut attrs = Vec::new();
    loop {
        s = s.trim_start();
        if s.is_empty() || s.starts_with('>') || s.starts_with("/>") {
            return attrs;
        }
        let name_end = s
            .find(|c: char| c == '=' || c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(s.len());
        let name = s[..name_end].to_string();
        if name_end == 0 {
            return attrs; // malformed: stop
        }
        s = s[name_end..].trim_start();
        if let Some(after) = s.strip_prefix('=') {
            let after = after.trim_start();
            let quote = after.chars().next();
            if let Some(q @ ('"' | '\'')) = quote {
                let body = &after[1..];
                let end = body.find(q).unwrap_or(body.len());
                attrs.push((name, body[..end].to_string()));
                s = body.get(end + 1..).unwrap_or("");
            } else {
                let end = after
                    .find(|c: char| c.is_whitespace() || c == '>')
                    .unwrap_or(after.len());
                attrs.push((name, after[..end].to_string()));
                s = &after[end..];
            }
        } else {
            attrs.push((name, String::new()));
        }
    }
}

/// A length in CSS pixels; `None` for relative units (%, em) or garbage.
fn svg_length(value: &str) -> Option<f64> {
    let v = value.trim();
    let split = v
        .find(|c: char| {
            !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')
        })
        .unwrap_or(v.len());
    // "e" may start "em": re-split if the unit would begin with 'm'.
    let (num, unit) = if v[..split].ends_with(['e', 'E']) && v[split..].starts_with(['m', 'x']) {
        (&v[..split - 1], &v[split - 1..])
    } else {
        (&v[..split], &v[split..])
    };
    let n: f64 = num.parse().ok()?;
    let px = match unit.trim() {
        "" | "px" => n,
        "pt" => n * 4.0 / 3.0,
        "pc" => n * 16.0,
        "in" => n * 96.0,
        "cm" => n * 96.0 / 2.54,
        "mm" => n * 96.0 / 25.4,
        _ => return None,
    };
    (px.is_finite() && px > 0.0).then_some(px)
}

/// Width and height of an SVG in CSS pixels, from its `width`/`height` attributes and
/// `viewBox`.
pub(crate) fn svg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let attrs = find_svg_tag(bytes)?;
    let get = |n: &str| attrs.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
    let width = get("width").and_then(svg_length);
    let height = get("height").and_then(svg_length);
    let view_box = get("viewBox").and_then(|v| {
        let n: Vec<f64> = v
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse().ok())
            .collect();
        (n.len() == 4 && n[2] > 0.0 && n[3] > 0.0 && n[2].is_finite() && n[3].is_finite())
            .then(|| (n[2], n[3]))
    });
    let (w, h) = match (width, height, view_box) {
        (Some(w), Some(h), _) => (w, h),
        (Some(w), None, Some((vw, vh))) => (w, w * vh / vw),
        (None, Some(h), Some((vw, vh))) => (h * vw / vh, h),
        (_, _, Some((vw, vh))) => (vw, vh),
        _ => return None,
    };
    let round = |x: f64| (x.round().clamp(1.0, 100_000.0)) as u32;
    Some((round(w), round(h)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_sizes() {
        let s = |t: &str| svg_size(t.as_bytes());
        assert_eq!(
            s(r#"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"></svg>"#),
            Some((120, 80))
        );
        assert_eq!(
            s(
                r#"<?xml version="1.0"?><!-- <svg width="1" height="1"> --><svg viewBox="0 0 300 150"/>"#
            ),
            Some((300, 150))
        );
        assert_eq!(
            s(r#"<svg width='200px' viewBox='0,0,100,50'>"#),
            Some((200, 100))
        );
        assert_eq!(
            s(r#"<svg width="100%" height="100%" viewBox="0 0 64 32">"#),
            Some((64, 32))
        );
        assert_eq!(
            s(r#"<svg width="2em" height="1em" viewBox="0 0 20 10">"#),
            Some((20, 10))
        );
        assert_eq!(s(r#"<svg width="1in" height="72pt">"#), Some((96, 96)));
        assert_eq!(
            s(r#"<!DOCTYPE svg><svg
            height="10.4" width = "20.6"
            >"#),
            Some((21, 10))
        );
        assert_eq!(s(r#"<svg>"#), None);
        assert_eq!(s(r#"<html>"#), None);
        assert_eq!(s(r#"<svgfoo width="1" height="1">"#), None);
    }

    #[test]
    fn jpeg_end_marker() {
        // SOI, APP0 (len 4: 2 bytes payload containing FF D9), SOS (len 2), data, EOI.
        let full = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0xFF, 0xD9, 0xFF, 0xDA, 0, 2, 1, 2, 0xFF, 0x00, 3, 0xFF,
            0xD9,
        ];
        assert!(jpeg_is_complete(&full));
        // The FF D9 inside APP0 must not count.
        assert!(!jpeg_is_complete(&full[..full.len() - 2]));
        assert!(!jpeg_is_complete(&full[..5]));
        assert!(!jpeg_is_complete(b"not a jpeg"));
    }

    #[test]
    fn gif_walk_counts_frames_and_strips_comments() {
        let mut gif = b"GIF89a".to_vec();
        gif.extend_from_slice(&[2, 0, 1, 0, 0x80, 0, 0]); // 2x1, global table of 2 colours
        gif.extend_from_slice(&[0, 0, 0, 255, 255, 255]);
        gif.extend_from_slice(&[0x21, 0xFF, 11]);
        gif.extend_from_slice(b"NETSCAPE2.0");
        gif.extend_from_slice(&[3, 1, 0, 0, 0]);
        gif.extend_from_slice(&[0x21, 0xFE, 5]);
        gif.extend_from_slice(b"hello");
        gif.push(0);
        gif.extend_from_slice(&[0x21, 0xFF, 11]);
        gif.extend_from_slice(b"XMP DataXMP");
        gif.extend_from_slice(&[4, b'g', b'p', b's', b'!', 0]);
        for _ in 0..2 {
            gif.extend_from_slice(&[0x2C, 0, 0, 0, 0, 2, 0, 1, 0, 0]);
            gif.extend_from_slice(&[2, 2, 0x4C, 0x01, 0]);
        }
        gif.push(0x3B);
        let info = gif_info(&gif).unwrap();
        assert_eq!((info.width, info.height, info.frames), (2, 1, 2));
        let stripped = strip_gif(&gif).unwrap();
        let text = String::from_utf8_lossy(&stripped);
        assert!(text.contains("NETSCAPE2.0"));
        assert!(!text.contains("hello") && !text.contains("XMP") && !text.contains("gps"));
        assert_eq!(gif_info(&stripped).unwrap().frames, 2);
        assert!(gif_info(&gif[..gif.len() - 3]).is_none());
    }

    #[test]
    fn heic_is_named() {
        let mut heic = vec![0, 0, 0, 24];
        heic.extend_from_slice(b"ftypheic");
        heic.extend_from_slice(&[0; 12]);
        let err = probe(Path::new("IMG_0001.HEIC"), &heic, 1 << 30).unwrap_err();
        assert!(matches!(err, ImageError::Unsupported { .. }), "{err:?}");
        assert!(err.to_string().contains("HEIC"), "{err}");
    }

    #[test]
    fn garbage_with_an_image_name_is_corrupt() {
        let err = probe(Path::new("a.jpg"), b"hello world, no image here", 1 << 30).unwrap_err();
        assert!(matches!(err, ImageError::Corrupt { .. }), "{err:?}");
        let err = probe(Path::new("notes.txt"), b"hello world", 1 << 30).unwrap_err();
        assert!(matches!(err, ImageError::Unsupported { .. }), "{err:?}");
    }
}
