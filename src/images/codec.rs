//! Decoding a source once, and making each output from it: resize or crop, convert to
//! sRGB, encode. Encoders are given bare pixels, so no metadata reaches an output.

use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::Arc;

use fast_image_resize as fir;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageReader};
use moxcms::{
    ColorProfile, DataColorSpace, Layout, ProfileText, Transform8BitExecutor, TransformOptions,
};

use super::probe::{self, Raster};
use super::{FileFormat, ImageError, Op, Variant};

/// Pixel layouts the pipeline works in (8 bits per sample).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Channels {
    Gray,
    Rgb,
    Rgba,
}

impl Channels {
    fn fir(self) -> fir::PixelType {
        match self {
            Channels::Gray => fir::PixelType::U8,
            Channels::Rgb => fir::PixelType::U8x3,
            Channels::Rgba => fir::PixelType::U8x4,
        }
    }
}

/// Pixels, 8 bits per sample, rows packed.
#[derive(Clone)]
pub(crate) struct Pixels {
    pub width: u32,
    pub height: u32,
    pub channels: Channels,
    pub data: Vec<u8>,
}

/// A decoded, oriented source.
pub(crate) struct Decoded {
    pub pixels: Pixels,
    /// Converts the source's colour profile to sRGB, when it has one that isn't sRGB.
    to_srgb: Option<Arc<Transform8BitExecutor>>,
}

/// Decodes a whole source (any panic inside a decoder becomes a `Corrupt` error).
pub(crate) fn decode(
    path: &Path,
    bytes: &[u8],
    raster: Raster,
    max_pixels: u64,
) -> Result<Decoded, ImageError> {
    catch_unwind(AssertUnwindSafe(|| {
        decode_inner(path, bytes, raster, max_pixels)
    }))
    .unwrap_or_else(|_| {
        Err(ImageError::corrupt(
            path,
            "the decoder could not make sense of it",
        ))
    })
}

fn decode_inner(
    path: &Path,
    bytes: &[u8],
    raster: Raster,
    max_pixels: u64,
) -> Result<Decoded, ImageError> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), raster.format);
    reader.limits(probe::limits(max_pixels));
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| probe::map_error(path, e))?;
    let icc = decoder.icc_profile().ok().flatten();
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| probe::map_error(path, e))?;
    image.apply_orientation(orientation);

    let channels = if raster.alpha {
        Channels::Rgba
    } else if raster.gray {
        Channels::Gray
    } else {
        Channels::Rgb
    };
    let (width, height) = (image.width(), image.height());
    let data = match channels {
        Channels::Rgba => image.into_rgba8().into_raw(),
        Channels::Rgb => image.into_rgb8().into_raw(),
        Channels::Gray => image.into_luma8().into_raw(),
    };
    let to_srgb = match (channels, icc) {
        (Channels::Gray, _) | (_, None) => None,
        (_, Some(icc)) => srgb_transform(&icc, channels),
    };
    Ok(Decoded {
        pixels: Pixels {
            width,
            height,
            channels,
            data,
        },
        to_srgb,
    })
}

/// A transform from an RGB ICC profile to sRGB; `None` for sRGB itself, for non-RGB
/// profiles (a CMYK JPEG is already converted to RGB by the decoder) and for profiles that
/// can't be read (then the pixels are taken as sRGB, as browsers do).
fn srgb_transform(icc: &[u8], channels: Channels) -> Option<Arc<Transform8BitExecutor>> {
    let profile = ColorProfile::new_from_slice(icc).ok()?;
    if profile.color_space != DataColorSpace::Rgb || is_srgb(&profile) {
        return None;
    }
    let layout = if channels == Channels::Rgba {
        Layout::Rgba
    } else {
        Layout::Rgb
    };
    profile
        .create_transform_8bit(
            layout,
            &ColorProfile::new_srgb(),
            layout,
            TransformOptions::default(),
        )
        .ok()
}

fn is_srgb(profile: &ColorProfile) -> bool {
    let says_srgb = match &profile.description {
        Some(ProfileText::PlainString(s)) => s.contains("sRGB"),
        Some(ProfileText::Localizable(v)) => v.iter().any(|s| s.value.contains("sRGB")),
        Some(ProfileText::Description(d)) => {
            d.ascii_string.contains("sRGB") || d.unicode_string.contains("sRGB")
        }
        None => false,
    };
    let srgb = ColorProfile::new_srgb();
    let close = |a: moxcms::Xyzd, b: moxcms::Xyzd| {
        (a.x - b.x).abs() + (a.y - b.y).abs() + (a.z - b.z).abs() < 0.003
    };
    says_srgb
        || (close(profile.red_colorant, srgb.red_colorant)
            && close(profile.green_colorant, srgb.green_colorant)
            && close(profile.blue_colorant, srgb.blue_colorant)
            && profile.red_trc.is_some()
            && profile.red_trc == srgb.red_trc)
}

/// Scales `src` to `width`×`height` (Lanczos3; alpha premultiplied while scaling).
/// With `cover`, keeps the aspect ratio and crops the middle.
pub(crate) fn resize(src: &Pixels, width: u32, height: u32, cover: bool) -> Pixels {
    if src.width == width && src.height == height {
        return src.clone();
    }
    let src_view = fir::images::ImageRef::new(src.width, src.height, &src.data, src.channels.fir())
        .expect("buffer matches its size");
    let mut dst = fir::images::Image::new(width, height, src.channels.fir());
    let mut options = fir::ResizeOptions::new()
        .resize_alg(fir::ResizeAlg::Convolution(fir::FilterType::Lanczos3));
    if cover {
        options = options.fit_into_destination(Some((0.5, 0.5)));
    }
    fir::Resizer::new()
        .resize(&src_view, &mut dst, &options)
        .expect("same pixel types");
    Pixels {
        width,
        height,
        channels: src.channels,
        data: dst.into_vec(),
    }
}

/// The pixels of one output (before encoding), converted to sRGB: cropped from the decoded
/// source, or scaled from `base` (an unconverted, already scaled-down copy of it) when that
/// is large enough, else from the source.
pub(crate) fn pixels_for(
    decoded: &Decoded,
    base: Option<&Pixels>,
    op: Op,
    width: u32,
    height: u32,
) -> Pixels {
    let cover = op == Op::CoverCrop;
    let from = match base {
        Some(b) if !cover && b.width >= width && b.height >= height => b,
        _ => &decoded.pixels,
    };
    let mut pixels = resize(from, width, height, cover);
    if let Some(t) = &decoded.to_srgb {
        convert(&mut pixels, t);
    }
    pixels
}

fn convert(pixels: &mut Pixels, transform: &Arc<Transform8BitExecutor>) {
    let mut out = vec![0u8; pixels.data.len()];
    if transform.transform(&pixels.data, &mut out).is_ok() {
        pixels.data = out;
    }
}

/// Encodes pixels (already at the variant's size, already sRGB) into the variant's format.
pub(crate) fn encode(
    path: &Path,
    pixels: &Pixels,
    variant: &Variant,
    quality: u8,
) -> Result<Vec<u8>, ImageError> {
    catch_unwind(AssertUnwindSafe(|| {
        encode_inner(pixels, variant.format, quality)
    }))
    .unwrap_or_else(|_| Err("the encoder failed".to_string()))
    .map_err(|detail| {
        ImageError::corrupt(
            path,
            format!("could not write {}: {detail}", variant.file_name),
        )
    })
}

fn encode_inner(pixels: &Pixels, format: FileFormat, quality: u8) -> Result<Vec<u8>, String> {
    match format {
        FileFormat::Jpeg => encode_jpeg(pixels, quality),
        FileFormat::Webp => encode_webp(pixels, quality),
        FileFormat::Png => encode_png(pixels),
        FileFormat::Avif => encode_avif(pixels, quality),
        FileFormat::Svg | FileFormat::Gif => Err(format!("{format} is copied, not encoded")),
    }
}

fn encode_jpeg(pixels: &Pixels, quality: u8) -> Result<Vec<u8>, String> {
    let (w, h) = (
        u16::try_from(pixels.width).map_err(|_| "too wide for JPEG")?,
        u16::try_from(pixels.height).map_err(|_| "too high for JPEG")?,
    );
    let flattened;
    let (data, color) = match pixels.channels {
        Channels::Gray => (&pixels.data, jpeg_encoder::ColorType::Luma),
        Channels::Rgb => (&pixels.data, jpeg_encoder::ColorType::Rgb),
        Channels::Rgba => {
            flattened = flatten_on_white(&pixels.data);
            (&flattened, jpeg_encoder::ColorType::Rgb)
        }
    };
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, quality.clamp(1, 100));
    // Progressive with optimised Huffman tables. (jpeg-encoder's optimised *baseline* is
    // some 8% smaller, but it writes one scan per component, which zune-jpeg 0.5.15 — the
    // image crate's decoder — decodes with wrong colours; keep to a layout every decoder
    // reads.)
    encoder.set_progressive(true);
    encoder.set_optimized_huffman_tables(true);
    encoder
        .encode(data, w, h, color)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

/// RGBA → RGB over a white background (for JPEG, which has no alpha).
fn flatten_on_white(rgba: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(rgba.len() / 4 * 3);
    for px in rgba.chunks_exact(4) {
        let a = u32::from(px[3]);
        for &c in &px[..3] {
            out.push(((u32::from(c) * a + 255 * (255 - a) + 127) / 255) as u8);
        }
    }
    out
}

fn gray_to_rgb(gray: &[u8]) -> Vec<u8> {
    gray.iter().flat_map(|&g| [g, g, g]).collect()
}

fn encode_webp(pixels: &Pixels, quality: u8) -> Result<Vec<u8>, String> {
    match pixels.channels {
        Channels::Gray => webp_lossy(
            &gray_to_rgb(&pixels.data),
            pixels.width,
            pixels.height,
            false,
            quality,
        ),
        Channels::Rgb => webp_lossy(&pixels.data, pixels.width, pixels.height, false, quality),
        Channels::Rgba => webp_lossy(&pixels.data, pixels.width, pixels.height, true, quality),
    }
}

/// Lossy WebP (VP8, with a separately compressed alpha plane for RGBA) through libwebp.
fn webp_lossy(
    data: &[u8],
    width: u32,
    height: u32,
    rgba: bool,
    quality: u8,
) -> Result<Vec<u8>, String> {
    use libwebp_sys as sys;
    let channels: usize = if rgba { 4 } else { 3 };
    let (w, h) = (
        i32::try_from(width).map_err(|_| "too wide")?,
        i32::try_from(height).map_err(|_| "too high")?,
    );
    if w == 0 || h == 0 || w > 16383 || h > 16383 {
        return Err(format!("WebP can't be {width}×{height}"));
    }
    if data.len() != width as usize * height as usize * channels {
        return Err("pixel buffer has the wrong size".to_string());
    }
    let mut config = sys::WebPConfig::new().map_err(|()| "libwebp refused its default settings")?;
    config.lossless = 0;
    config.quality = f32::from(quality.clamp(1, 100));
    config.method = 4;
    config.alpha_compression = 1;
    config.alpha_quality = 90;
    config.thread_level = 0;
    // SAFETY: every pointer handed to libwebp lives until the calls return: `config`,
    // `picture` and `writer` are locals, `data` holds `stride * h` bytes (checked above).
    // The picture and the writer are freed on every path after their init succeeded.
    unsafe {
        if sys::WebPValidateConfig(&config) == 0 {
            return Err("invalid WebP settings".to_string());
        }
        let mut picture =
            sys::WebPPicture::new().map_err(|()| "libwebp could not set up a picture")?;
        picture.use_argb = 0;
        picture.width = w;
        picture.height = h;
        let stride = w * channels as i32;
        let imported = if rgba {
            sys::WebPPictureImportRGBA(&mut picture, data.as_ptr(), stride)
        } else {
            sys::WebPPictureImportRGB(&mut picture, data.as_ptr(), stride)
        };
        if imported == 0 {
            sys::WebPPictureFree(&mut picture);
            return Err("libwebp could not take the pixels (out of memory?)".to_string());
        }
        let mut writer = std::mem::MaybeUninit::<sys::WebPMemoryWriter>::uninit();
        sys::WebPMemoryWriterInit(writer.as_mut_ptr());
        let mut writer = writer.assume_init();
        picture.writer = Some(sys::WebPMemoryWrite);
        picture.custom_ptr = (&mut writer as *mut sys::WebPMemoryWriter).cast();
        let ok = sys::WebPEncode(&config, &mut picture);
        let result = if ok != 0 && !writer.mem.is_null() {
            Ok(std::slice::from_raw_parts(writer.mem, writer.size).to_vec())
        } else {
            Err(format!("libwebp failed: {:?}", picture.error_code))
        };
        sys::WebPPictureFree(&mut picture);
        sys::WebPMemoryWriterClear(&mut writer);
        result
    }
}

fn encode_png(pixels: &Pixels) -> Result<Vec<u8>, String> {
    use image::ImageEncoder;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    let color = match pixels.channels {
        Channels::Gray => image::ExtendedColorType::L8,
        Channels::Rgb => image::ExtendedColorType::Rgb8,
        Channels::Rgba => image::ExtendedColorType::Rgba8,
    };
    let mut out = Vec::new();
    PngEncoder::new_with_quality(&mut out, CompressionType::Default, FilterType::Adaptive)
        .write_image(&pixels.data, pixels.width, pixels.height, color)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(feature = "avif")]
fn encode_avif(pixels: &Pixels, quality: u8) -> Result<Vec<u8>, String> {
    use ravif::{Img, RGB8, RGBA8};
    let (w, h) = (pixels.width as usize, pixels.height as usize);
    let encoder = ravif::Encoder::new()
        .with_quality(f32::from(quality.clamp(1, 100)))
        .with_alpha_quality(f32::from(quality.clamp(1, 100)))
        .with_speed(7);
    let result = match pixels.channels {
        Channels::Rgba => {
            let px: Vec<RGBA8> = pixels
                .data
                .chunks_exact(4)
                .map(|p| RGBA8::new(p[0], p[1], p[2], p[3]))
                .collect();
            encoder.encode_rgba(Img::new(&px[..], w, h))
        }
        Channels::Rgb | Channels::Gray => {
            let px: Vec<RGB8> = match pixels.channels {
                Channels::Gray => pixels.data.iter().map(|&g| RGB8::new(g, g, g)).collect(),
                _ => pixels
                    .data
                    .chunks_exact(3)
                    .map(|p| RGB8::new(p[0], p[1], p[2]))
                    .collect(),
            };
            encoder.encode_rgb(Img::new(&px[..], w, h))
        }
    };
    result.map(|r| r.avif_file).map_err(|e| e.to_string())
}

#[cfg(not(feature = "avif"))]
fn encode_avif(_pixels: &Pixels, _quality: u8) -> Result<Vec<u8>, String> {
    Err("this build of aikosite has no AVIF encoder; remove avif from images.formats".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flattening_puts_transparency_on_white() {
        assert_eq!(
            flatten_on_white(&[10, 20, 30, 255, 0, 0, 0, 0, 0, 0, 0, 128]),
            vec![10, 20, 30, 255, 255, 255, 127, 127, 127]
        );
    }

    #[test]
    fn cover_resize_crops_the_middle() {
        // 4x2: left half black, right half white → cover into 2x2 keeps the middle columns.
        let src = Pixels {
            width: 4,
            height: 2,
            channels: Channels::Gray,
            data: vec![0, 0, 255, 255, 0, 0, 255, 255],
        };
        let out = resize(&src, 2, 2, true);
        assert_eq!((out.width, out.height), (2, 2));
        assert!(out.data[0] < 64 && out.data[1] > 192, "{:?}", out.data);
    }
}
