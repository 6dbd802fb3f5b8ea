//! Tests of the whole pipeline on fixtures made at run time.

use std::cell::RefCell;
use std::fs;
use std::path::{Path, PathBuf};

use image::{DynamicImage, GenericImageView, Rgb, RgbImage, Rgba, RgbaImage};

use super::*;

// ---------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------

/// Left half red, right half blue, with a soft gradient so it is photo-like.
fn two_tone(w: u32, h: u32) -> RgbImage {
    RgbImage::from_fn(w, h, |x, y| {
        let shade = (y * 40 / h.max(1)) as u8;
        if x < w / 2 {
            Rgb([220 - shade, 20, 20])
        } else {
            Rgb([20, 20, 220 - shade])
        }
    })
}

fn jpeg_of(img: &DynamicImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 92)
        .encode_image(img)
        .unwrap();
    out
}

fn png_of(img: &DynamicImage) -> Vec<u8> {
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

enum Val {
    Ascii(&'static str),
    Short(u16),
    Long(u32),
    Rationals(Vec<(u32, u32)>),
}

/// A big-endian TIFF IFD at `offset` (from the TIFF header), values that don't fit in
/// four bytes placed right after it.
fn ifd(entries: &[(u16, Val)], offset: u32) -> Vec<u8> {
    let mut head = Vec::new();
    let mut data = Vec::new();
    let data_start = offset + 2 + 12 * entries.len() as u32 + 4;
    head.extend_from_slice(&(entries.len() as u16).to_be_bytes());
    for (tag, val) in entries {
        let (kind, count, bytes): (u16, u32, Vec<u8>) = match val {
            Val::Ascii(s) => (2, s.len() as u32 + 1, [s.as_bytes(), &[0]].concat()),
            Val::Short(v) => (3, 1, [v.to_be_bytes().to_vec(), vec![0, 0]].concat()),
            Val::Long(v) => (4, 1, v.to_be_bytes().to_vec()),
            Val::Rationals(r) => (
                5,
                r.len() as u32,
                r.iter()
                    .flat_map(|(n, d)| [n.to_be_bytes(), d.to_be_bytes()].concat())
                    .collect(),
            ),
        };
        head.extend_from_slice(&tag.to_be_bytes());
        head.extend_from_slice(&kind.to_be_bytes());
        head.extend_from_slice(&count.to_be_bytes());
        if bytes.len() <= 4 {
            let mut b = bytes.clone();
            b.resize(4, 0);
            head.extend_from_slice(&b);
        } else {
            head.extend_from_slice(&(data_start + data.len() as u32).to_be_bytes());
            data.extend_from_slice(&bytes);
            if data.len() % 2 == 1 {
                data.push(0);
            }
        }
    }
    head.extend_from_slice(&0u32.to_be_bytes());
    head.extend_from_slice(&data);
    head
}

const CAMERA: &str = "SECRETCAM-9000";
const SERIAL: &str = "SN-4242-XYZZY";

/// An EXIF APP1 segment with an orientation, a camera make, a body serial number and a
/// GPS position.
fn exif_app1(orientation: u16) -> Vec<u8> {
    let ifd0 = |exif: u32, gps: u32| {
        ifd(
            &[
                (0x010F, Val::Ascii(CAMERA)),
                (0x0112, Val::Short(orientation)),
                (0x8769, Val::Long(exif)),
                (0x8825, Val::Long(gps)),
            ],
            8,
        )
    };
    let exif_at = 8 + ifd0(0, 0).len() as u32;
    let exif = ifd(&[(0xA431, Val::Ascii(SERIAL))], exif_at);
    let gps_at = exif_at + exif.len() as u32;
    let gps = ifd(
        &[
            (0x0001, Val::Ascii("N")),
            (0x0002, Val::Rationals(vec![(64, 1), (30, 1), (1234, 100)])),
            (0x0003, Val::Ascii("E")),
            (0x0004, Val::Rationals(vec![(24, 1), (28, 1), (4321, 100)])),
        ],
        gps_at,
    );
    let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend(ifd0(exif_at, gps_at));
    tiff.extend(exif);
    tiff.extend(gps);
    let mut seg = vec![0xFF, 0xE1];
    seg.extend_from_slice(&((tiff.len() + 8) as u16).to_be_bytes());
    seg.extend_from_slice(b"Exif\0\0");
    seg.extend(tiff);
    seg
}

/// Inserts a segment right after a JPEG's SOI marker.
fn splice(jpeg: &[u8], segment: &[u8]) -> Vec<u8> {
    [&jpeg[..2], segment, &jpeg[2..]].concat()
}

/// An APP2 ICC_PROFILE segment.
fn icc_app2(icc: &[u8]) -> Vec<u8> {
    let mut seg = vec![0xFF, 0xE2];
    seg.extend_from_slice(&((icc.len() + 16) as u16).to_be_bytes());
    seg.extend_from_slice(b"ICC_PROFILE\0\x01\x01");
    seg.extend_from_slice(icc);
    seg
}

fn cmyk_jpeg(w: u16, h: u16) -> Vec<u8> {
    // Top half pure cyan ink, bottom half pure magenta ink (no black).
    let mut px = Vec::new();
    for y in 0..h {
        for _ in 0..w {
            px.extend_from_slice(if y < h / 2 {
                &[255, 0, 0, 0]
            } else {
                &[0, 255, 0, 0]
            });
        }
    }
    let mut out = Vec::new();
    jpeg_encoder::Encoder::new(&mut out, 95)
        .encode(&px, w, h, jpeg_encoder::ColorType::Cmyk)
        .unwrap();
    out
}

/// A PNG whose header says 20000×20000 (400 MP) and whose pixel data is nonsense.
fn bomb_png() -> Vec<u8> {
    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        c.extend_from_slice(kind);
        c.extend_from_slice(data);
        let mut crc_input = kind.to_vec();
        crc_input.extend_from_slice(data);
        c.extend_from_slice(&crc32(&crc_input).to_be_bytes());
        c
    }
    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let mut ihdr = 20000u32.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&20000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &ihdr));
    png.extend(chunk(b"IDAT", &[0x78, 0x9C, 1, 2, 3]));
    png.extend(chunk(b"IEND", &[]));
    png
}

fn animated_gif() -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = image::codecs::gif::GifEncoder::new(&mut out);
        for color in [[255, 0, 0, 255], [0, 0, 255, 255]] {
            let frame = image::Frame::new(RgbaImage::from_pixel(30, 20, Rgba(color)));
            enc.encode_frame(frame).unwrap();
        }
    }
    out
}

fn still_gif(alpha: u8) -> Vec<u8> {
    let mut out = Vec::new();
    let img = RgbaImage::from_fn(30, 20, |x, _| {
        if x < 10 {
            Rgba([0, 0, 0, alpha])
        } else {
            Rgba([0, 200, 0, 255])
        }
    });
    image::codecs::gif::GifEncoder::new(&mut out)
        .encode(img.as_raw(), 30, 20, image::ExtendedColorType::Rgba8)
        .unwrap();
    out
}

/// A temporary site: sources in `src/`, cache in `.aikosite/cache/`, output in `public/`.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Self {
        Site {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join("src").join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }
    fn cache(&self) -> PathBuf {
        self.dir.path().join(".aikosite/cache")
    }
    fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }
    fn pipeline(&self, settings: ImageSettings) -> ImagePipeline {
        ImagePipeline::new(settings, self.cache())
    }
    fn read_out(&self, folder: &str, v: &Variant) -> Vec<u8> {
        fs::read(self.out().join(folder).join(&v.file_name)).unwrap()
    }
}

fn small_settings() -> ImageSettings {
    ImageSettings {
        widths: vec![64, 128, 256],
        ..ImageSettings::default()
    }
}

fn run(p: &ImagePipeline, tasks: &[(PlannedImage, PathBuf)], out: &Path) -> ProcessStats {
    let stats = p.process(tasks, &|_, _| {}).unwrap_or_else(|e| {
        panic!(
            "{}",
            e.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    // What the output writer does with the outputs.
    for (rel, cached) in p.outputs(tasks) {
        let dest = out.join(rel);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::copy(cached, dest).unwrap();
    }
    stats
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn close(a: [u8; 3], b: [u8; 3], tolerance: i32) -> bool {
    a.iter()
        .zip(b)
        .all(|(&x, y)| (i32::from(x) - i32::from(y)).abs() <= tolerance)
}

fn rgb_at(img: &DynamicImage, x: u32, y: u32) -> [u8; 3] {
    let p = img.get_pixel(x, y);
    [p[0], p[1], p[2]]
}

// ---------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------

#[test]
fn plan_is_deterministic_and_names_are_content_addressed() {
    let site = Site::new();
    let src = site.write("kesä/Torikatu.jpg", &jpeg_of(&two_tone(300, 200).into()));
    let p = site.pipeline(small_settings());
    let a = p.plan(&src).unwrap();
    let b = site.pipeline(small_settings()).plan(&src).unwrap();
    assert_eq!(a, b);
    assert_eq!((a.width, a.height), (256, 171));
    let names: Vec<&str> = a.variants.iter().map(|v| v.file_name.as_str()).collect();
    let h = &a.fallback.file_name["torikatu-".len().."torikatu-".len() + 8];
    assert!(h.chars().all(|c| c.is_ascii_hexdigit()), "{h}");
    assert_eq!(
        names,
        [64, 128, 256]
            .iter()
            .map(|w| format!("torikatu-{h}-{w}.webp"))
            .chain(
                [64, 128, 256]
                    .iter()
                    .map(|w| format!("torikatu-{h}-{w}.jpg"))
            )
            .collect::<Vec<_>>()
    );
    assert_eq!(a.fallback.file_name, format!("torikatu-{h}-256.jpg"));
    assert_eq!(
        a.variants
            .iter()
            .map(|v| (v.width, v.height))
            .collect::<Vec<_>>()[..3],
        [(64, 43), (128, 85), (256, 171)]
    );

    // Other bytes, other names; other quality, other names.
    let src2 = site.write("kesä/Torikatu2.jpg", &jpeg_of(&two_tone(300, 201).into()));
    assert_ne!(p.plan(&src2).unwrap().fallback.file_name[9..17], *h);
    let q = site
        .pipeline(ImageSettings {
            quality: 60,
            ..small_settings()
        })
        .plan(&src)
        .unwrap();
    assert_ne!(q.fallback.file_name, a.fallback.file_name);
}

#[test]
fn widths_are_never_wider_than_the_source() {
    let site = Site::new();
    let src = site.write("small.png", &png_of(&two_tone(100, 50).into()));
    let plan = site.pipeline(small_settings()).plan(&src).unwrap();
    let widths: Vec<u32> = plan
        .variants_of(FileFormat::Webp)
        .map(|v| v.width)
        .collect();
    assert_eq!(widths, [64, 100]);
    assert_eq!((plan.width, plan.height), (100, 50));
}

#[test]
fn formats_follow_the_settings() {
    let site = Site::new();
    let src = site.write("a.jpg", &jpeg_of(&two_tone(300, 200).into()));
    let only_jpeg = site
        .pipeline(ImageSettings {
            formats: vec![OutputFormat::Jpeg],
            ..small_settings()
        })
        .plan(&src)
        .unwrap();
    assert!(only_jpeg.source_formats().is_empty());
    assert_eq!(only_jpeg.fallback.format, FileFormat::Jpeg);
    let all = ImageSettings {
        formats: vec![OutputFormat::Jpeg, OutputFormat::Webp, OutputFormat::Avif],
        ..small_settings()
    };
    let plan = site.pipeline(all).plan(&src).unwrap();
    assert_eq!(plan.source_formats(), [FileFormat::Avif, FileFormat::Webp]);
    assert_eq!(plan.fallback.format, FileFormat::Jpeg);
    let webp_only = site
        .pipeline(ImageSettings {
            formats: vec![OutputFormat::Webp],
            ..small_settings()
        })
        .plan(&src)
        .unwrap();
    assert_eq!(webp_only.fallback.format, FileFormat::Webp);
    assert!(webp_only.source_formats().is_empty());
}

// ---------------------------------------------------------------------------------------
// Orientation, metadata, colour
// ---------------------------------------------------------------------------------------

#[test]
fn exif_orientation_is_applied_and_metadata_stripped() {
    let site = Site::new();
    // Stored 60×40, left half red; orientation 6 shows it rotated 90° clockwise: 40×60,
    // red on top.
    let jpeg = splice(&jpeg_of(&two_tone(60, 40).into()), &exif_app1(6));
    assert!(contains(&jpeg, SERIAL.as_bytes()) && contains(&jpeg, b"Exif"));
    let src = site.write("phone.jpg", &jpeg);
    let settings = ImageSettings {
        widths: vec![32, 64],
        ..ImageSettings::default()
    };
    let p = site.pipeline(settings);
    let plan = p.plan(&src).unwrap();
    assert_eq!((plan.width, plan.height), (40, 60));
    assert_eq!(
        plan.variants
            .iter()
            .map(|v| (v.width, v.height))
            .collect::<Vec<_>>(),
        [(32, 48), (40, 60), (32, 48), (40, 60)]
    );
    run(&p, &[(plan.clone(), "x".into())], &site.out());
    for v in &plan.variants {
        let bytes = site.read_out("x", v);
        for secret in [
            SERIAL.as_bytes(),
            CAMERA.as_bytes(),
            b"Exif",
            b"GPS",
            b"XMP",
            b"ICC_PROFILE",
        ] {
            assert!(
                !contains(&bytes, secret),
                "{} contains {}",
                v.file_name,
                String::from_utf8_lossy(secret)
            );
        }
        let img = image::load_from_memory(&bytes).unwrap();
        assert_eq!((img.width(), img.height()), (v.width, v.height));
        let (cx, w, h) = (v.width / 2, v.width, v.height);
        assert!(
            close(rgb_at(&img, cx, 2), [218, 20, 20], 40),
            "{} top {:?}",
            v.file_name,
            rgb_at(&img, cx, 2)
        );
        assert!(
            close(rgb_at(&img, cx, h - 3), [20, 20, 200], 40),
            "{} bottom {:?}",
            v.file_name,
            rgb_at(&img, cx, h - 3)
        );
        let _ = w;
    }
}

#[test]
fn every_orientation_gives_the_upright_size() {
    let site = Site::new();
    let p = site.pipeline(small_settings());
    for o in 1..=8u16 {
        let src = site.write(
            &format!("o{o}.jpg"),
            &splice(&jpeg_of(&two_tone(120, 80).into()), &exif_app1(o)),
        );
        let plan = p.plan(&src).unwrap();
        let expected = if o >= 5 { (80, 120) } else { (120, 80) };
        assert_eq!((plan.width, plan.height), expected, "orientation {o}");
    }
}

#[test]
fn cmyk_jpeg_becomes_srgb() {
    let site = Site::new();
    let src = site.write("print.jpg", &cmyk_jpeg(80, 80));
    let p = site.pipeline(ImageSettings {
        widths: vec![80],
        ..ImageSettings::default()
    });
    let plan = p.plan(&src).unwrap();
    run(&p, &[(plan.clone(), "".into())], &site.out());
    for v in &plan.variants {
        let img = image::load_from_memory(&site.read_out("", v)).unwrap();
        assert!(
            close(rgb_at(&img, 40, 10), [0, 255, 255], 40),
            "{} cyan {:?}",
            v.file_name,
            rgb_at(&img, 40, 10)
        );
        assert!(
            close(rgb_at(&img, 40, 70), [255, 0, 255], 40),
            "{} magenta {:?}",
            v.file_name,
            rgb_at(&img, 40, 70)
        );
    }
}

#[test]
fn grayscale_jpeg_stays_gray() {
    let site = Site::new();
    // (The image crate's encoder writes gray as three components; jpeg-encoder as one.)
    let gray = image::GrayImage::from_fn(90, 60, |x, _| image::Luma([(x * 2) as u8 + 30]));
    let mut jpeg = Vec::new();
    jpeg_encoder::Encoder::new(&mut jpeg, 90)
        .encode(gray.as_raw(), 90, 60, jpeg_encoder::ColorType::Luma)
        .unwrap();
    let src = site.write("bw.jpg", &jpeg);
    let p = site.pipeline(small_settings());
    let plan = p.plan(&src).unwrap();
    run(&p, &[(plan.clone(), "".into())], &site.out());
    let jpg = image::load_from_memory(&site.read_out("", &plan.fallback)).unwrap();
    assert_eq!(jpg.color(), image::ColorType::L8);
    assert_eq!((jpg.width(), jpg.height()), (90, 60));
    let webp = plan.variants_of(FileFormat::Webp).last().unwrap();
    let img = image::load_from_memory(&site.read_out("", webp)).unwrap();
    let [r, g, b] = rgb_at(&img, 45, 30);
    assert!((i32::from(r) - i32::from(g)).abs() < 6 && (i32::from(g) - i32::from(b)).abs() < 6);
}

#[test]
fn display_p3_is_converted_to_srgb() {
    let site = Site::new();
    let p3 = moxcms::ColorProfile::new_display_p3().encode().unwrap();
    // A saturated P3 green: in sRGB it is clipped to full green with little red.
    let img = RgbImage::from_pixel(64, 64, Rgb([60, 200, 60]));
    let tagged = splice(&jpeg_of(&img.clone().into()), &icc_app2(&p3));
    let untagged = jpeg_of(&img.into());
    let p = site.pipeline(ImageSettings {
        widths: vec![64],
        formats: vec![OutputFormat::Jpeg],
        ..ImageSettings::default()
    });
    let a = p.plan(&site.write("p3.jpg", &tagged)).unwrap();
    let b = p.plan(&site.write("srgb.jpg", &untagged)).unwrap();
    run(
        &p,
        &[(a.clone(), "".into()), (b.clone(), "".into())],
        &site.out(),
    );
    let pa = rgb_at(
        &image::load_from_memory(&site.read_out("", &a.fallback)).unwrap(),
        32,
        32,
    );
    let pb = rgb_at(
        &image::load_from_memory(&site.read_out("", &b.fallback)).unwrap(),
        32,
        32,
    );
    assert!(close(pb, [60, 200, 60], 6), "untagged {pb:?}");
    assert!(
        pa[0] + 10 < pb[0] && pa[1] > pb[1],
        "P3 {pa:?} should be more saturated than {pb:?}"
    );
    assert!(!contains(&site.read_out("", &a.fallback), b"ICC_PROFILE"));
}

#[test]
fn png_with_alpha_gets_webp_with_alpha_and_a_png_fallback() {
    let site = Site::new();
    let img = RgbaImage::from_fn(200, 100, |x, _| {
        if x < 100 {
            Rgba([0, 0, 0, 0])
        } else {
            Rgba([30, 160, 60, 255])
        }
    });
    let src = site.write("logo.png", &png_of(&img.into()));
    let p = site.pipeline(small_settings());
    let plan = p.plan(&src).unwrap();
    assert_eq!(plan.source_formats(), [FileFormat::Webp]);
    assert_eq!(plan.fallback.format, FileFormat::Png);
    assert!(plan.variants.iter().all(|v| v.format != FileFormat::Jpeg));
    run(&p, &[(plan.clone(), "".into())], &site.out());
    for v in &plan.variants {
        let out = image::load_from_memory(&site.read_out("", v)).unwrap();
        assert!(out.color().has_alpha(), "{}", v.file_name);
        assert_eq!(
            out.get_pixel(2, 2)[3],
            0,
            "{} should be transparent at the left",
            v.file_name
        );
        let right = out.get_pixel(v.width - 3, 2);
        assert!(
            right[3] > 250 && close([right[0], right[1], right[2]], [30, 160, 60], 30),
            "{} {right:?}",
            v.file_name
        );
    }
    let html = picture_html(&plan, "/kuvat/", "Logo", "", false);
    assert!(
        html.contains(r#"<source type="image/webp""#) && html.contains(".png\""),
        "{html}"
    );
}

#[test]
fn webp_output_is_lossy() {
    let site = Site::new();
    let src = site.write("photo.jpg", &jpeg_of(&two_tone(300, 200).into()));
    let p = site.pipeline(small_settings());
    let plan = p.plan(&src).unwrap();
    run(&p, &[(plan.clone(), "".into())], &site.out());
    let webp = site.read_out("", plan.variants_of(FileFormat::Webp).last().unwrap());
    assert_eq!(&webp[..4], b"RIFF");
    assert!(
        contains(&webp[..64], b"VP8 ") && !contains(&webp[..64], b"VP8L"),
        "not lossy VP8: {:?}",
        &webp[..16]
    );
}

#[test]
fn unicode_file_names_work() {
    let site = Site::new();
    let src = site.write("kävijä ö.jpg", &jpeg_of(&two_tone(100, 80).into()));
    let p = site.pipeline(small_settings());
    let plan = p.plan(&src).unwrap();
    assert!(
        plan.fallback.file_name.starts_with("kavija-o-"),
        "{}",
        plan.fallback.file_name
    );
    assert!(plan.variants.iter().all(|v| v.file_name.is_ascii()));
    run(&p, &[(plan.clone(), "tarinat/kävijä".into())], &site.out());
    assert!(
        site.out()
            .join("tarinat/kävijä")
            .join(&plan.fallback.file_name)
            .is_file()
    );
}

// ---------------------------------------------------------------------------------------
// SVG, GIF, Open Graph
// ---------------------------------------------------------------------------------------

#[test]
fn svg_is_copied_as_is_with_its_size() {
    let site = Site::new();
    let svg = br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40"/></svg>"#;
    let src = site.write("kuvio.svg", svg);
    let p = site.pipeline(small_settings());
    let plan = p.plan(&src).unwrap();
    assert_eq!((plan.width, plan.height), (120, 40));
    assert_eq!(plan.variants.len(), 1);
    assert!(
        plan.fallback.file_name.starts_with("kuvio-") && plan.fallback.file_name.ends_with(".svg")
    );
    let stats = run(&p, &[(plan.clone(), "".into())], &site.out());
    assert_eq!(stats.decoded, 0);
    assert_eq!(site.read_out("", &plan.fallback), svg);
    let html = picture_html(&plan, "", "", "", false);
    assert!(
        !html.contains("srcset") && html.contains(r#"width="120" height="40""#),
        "{html}"
    );
    assert!(matches!(
        p.plan_og(&src),
        Err(ImageError::Unsupported { .. })
    ));
}

#[test]
fn animated_gif_is_copied_and_a_still_gif_converted() {
    let site = Site::new();
    let p = site.pipeline(small_settings());
    let anim = p.plan(&site.write("anim.gif", &animated_gif())).unwrap();
    assert_eq!((anim.width, anim.height, anim.variants.len()), (30, 20, 1));
    assert_eq!(anim.fallback.format, FileFormat::Gif);
    let still = p.plan(&site.write("still.gif", &still_gif(255))).unwrap();
    assert_eq!(still.source_formats(), [FileFormat::Webp]);
    assert_eq!(still.fallback.format, FileFormat::Jpeg);
    let clear = p.plan(&site.write("clear.gif", &still_gif(0))).unwrap();
    assert_eq!(
        clear.fallback.format,
        FileFormat::Png,
        "a GIF with a transparent colour keeps its alpha"
    );
    let og = p
        .plan_og(&site.write("anim2.gif", &animated_gif()))
        .unwrap();
    let stats = run(
        &p,
        &[
            (anim.clone(), "".into()),
            (still.clone(), "".into()),
            (og.clone(), "".into()),
        ],
        &site.out(),
    );
    assert_eq!(stats.decoded, 2);
    let copied = site.read_out("", &anim.fallback);
    assert_eq!(probe::gif_info(&copied).unwrap().frames, 2);
    let og_img = image::load_from_memory(&site.read_out("", &og.fallback)).unwrap();
    assert!(
        close(rgb_at(&og_img, 5, 5), [255, 0, 0], 30),
        "first frame is red: {:?}",
        rgb_at(&og_img, 5, 5)
    );
}

#[test]
fn open_graph_image_is_a_1200x630_crop() {
    let site = Site::new();
    let src = site.write("hero.jpg", &jpeg_of(&two_tone(1300, 700).into()));
    let p = site.pipeline(ImageSettings::default());
    let og = p.plan_og(&src).unwrap();
    assert_eq!((og.width, og.height), (1200, 630));
    assert_eq!(og.fallback.format, FileFormat::Jpeg);
    assert!(
        og.fallback.file_name.ends_with("-og.jpg"),
        "{}",
        og.fallback.file_name
    );
    run(&p, &[(og.clone(), "".into())], &site.out());
    let img = image::load_from_memory(&site.read_out("", &og.fallback)).unwrap();
    assert_eq!((img.width(), img.height()), (1200, 630));
    // Centre crop: red left, blue right, and the split still in the middle.
    assert!(
        close(rgb_at(&img, 590, 315), [210, 20, 20], 40)
            && close(rgb_at(&img, 610, 315), [20, 20, 210], 40)
    );

    // Alpha is flattened onto white; a small source is not upscaled.
    let logo = RgbaImage::from_fn(400, 300, |_, _| Rgba([0, 0, 0, 0]));
    let og = p
        .plan_og(&site.write("logo.png", &png_of(&logo.into())))
        .unwrap();
    assert_eq!((og.width, og.height), (400, 210));
    run(&p, &[(og.clone(), "".into())], &site.out());
    let img = image::load_from_memory(&site.read_out("", &og.fallback)).unwrap();
    assert!(close(rgb_at(&img, 200, 100), [255, 255, 255], 3));
}

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

#[test]
fn missing_file_is_reported_by_name() {
    let site = Site::new();
    let err = site
        .pipeline(small_settings())
        .plan(&site.dir.path().join("src/puuttuu.jpg"))
        .unwrap_err();
    assert!(matches!(err, ImageError::Missing { .. }));
    assert!(
        err.to_string().contains("puuttuu.jpg") && err.to_string().contains("not found"),
        "{err}"
    );
}

#[test]
fn unsupported_and_corrupt_files_are_told_apart() {
    let site = Site::new();
    let p = site.pipeline(small_settings());
    let err = p.plan(&site.write("notes.txt", b"just text")).unwrap_err();
    assert!(matches!(err, ImageError::Unsupported { .. }), "{err:?}");
    let err = p
        .plan(&site.write("scan.tif", b"II*\0\x08\0\0\0\0\0"))
        .unwrap_err();
    assert!(
        matches!(err, ImageError::Unsupported { .. }) && err.to_string().contains("TIFF"),
        "{err}"
    );
    let err = p
        .plan(&site.write("fake.png", b"\x89PNG\r\n\x1a\nnot really"))
        .unwrap_err();
    assert!(matches!(err, ImageError::Corrupt { .. }), "{err:?}");
}

#[test]
fn truncated_files_are_corrupt_and_never_panic() {
    let site = Site::new();
    let p = site.pipeline(small_settings());
    let jpeg = splice(&jpeg_of(&two_tone(300, 200).into()), &exif_app1(1));
    let half = &jpeg[..jpeg.len() / 2];
    let err = p.plan(&site.write("half.jpg", half)).unwrap_err();
    assert!(matches!(err, ImageError::Corrupt { .. }), "{err:?}");
    assert!(
        err.to_string().contains("half.jpg") && err.to_string().contains("cut short"),
        "{err}"
    );

    // The decoder itself, given the half file, neither panics nor hangs.
    let raster = probe::probe_raster(
        Path::new("half.jpg"),
        half,
        1 << 30,
        image::ImageFormat::Jpeg,
    )
    .unwrap();
    let _ = codec::decode(Path::new("half.jpg"), half, raster, 1 << 30);
    for cut in [3, 20, 200, jpeg.len() - 1] {
        let _ = p.plan(&site.write("cut.jpg", &jpeg[..cut]));
    }

    // A PNG cut short reads its header fine and fails when decoded.
    let png = png_of(&DynamicImage::from(two_tone(300, 200)));
    let src = site.write("half.png", &png[..png.len() / 2]);
    let plan = p.plan(&src).unwrap();
    let errors = p.process(&[(plan, "".into())], &|_, _| {}).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        matches!(errors[0], ImageError::Corrupt { .. }),
        "{:?}",
        errors[0]
    );
    assert!(!site.out().exists(), "nothing is written on errors");
}

#[test]
fn decompression_bombs_are_refused_from_the_header() {
    let site = Site::new();
    let p = site.pipeline(ImageSettings::default());
    let err = p.plan(&site.write("bomb.png", &bomb_png())).unwrap_err();
    match &err {
        ImageError::TooLarge { pixels, limit, .. } => {
            assert_eq!((*pixels, *limit), (400_000_000, 100_000_000))
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("400.0 megapixels"), "{err}");
    let tight = site.pipeline(ImageSettings {
        max_pixels: 1000,
        ..small_settings()
    });
    let err = tight
        .plan(&site.write("photo.jpg", &jpeg_of(&two_tone(100, 80).into())))
        .unwrap_err();
    assert!(
        matches!(
            err,
            ImageError::TooLarge {
                pixels: 8000,
                limit: 1000,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn all_errors_are_reported_at_once() {
    let site = Site::new();
    let p = site.pipeline(small_settings());
    let good = p
        .plan(&site.write("good.jpg", &jpeg_of(&two_tone(100, 80).into())))
        .unwrap();
    let mut tasks = vec![(good.clone(), PathBuf::from(""))];
    for (i, name) in ["a.png", "b.png"].into_iter().enumerate() {
        let png = png_of(&DynamicImage::from(two_tone(200 + i as u32, 100)));
        tasks.push((
            p.plan(&site.write(name, &png[..png.len() - 40])).unwrap(),
            "".into(),
        ));
    }
    let errors = p.process(&tasks, &|_, _| {}).unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:?}");
    // The good one is cached all the same.
    let stats = run(&p, &[(good, "".into())], &site.out());
    assert_eq!(stats.decoded, 0);
}

// ---------------------------------------------------------------------------------------
// Cache, parallelism, progress
// ---------------------------------------------------------------------------------------

#[test]
fn cache_means_no_decoding_on_the_next_build() {
    let site = Site::new();
    let sources: Vec<PathBuf> = (0..5)
        .map(|i| {
            site.write(
                &format!("p{i}.jpg"),
                &jpeg_of(&two_tone(300 + i, 200).into()),
            )
        })
        .collect();
    let build = |out: &Path| {
        // A new pipeline each time, as a new process would have.
        let p = site.pipeline(small_settings());
        let mut tasks: Vec<(PlannedImage, PathBuf)> = sources
            .iter()
            .map(|s| (p.plan(s).unwrap(), PathBuf::from("kuvat")))
            .collect();
        tasks.push((p.plan_og(&sources[0]).unwrap(), "og".into()));
        (run(&p, &tasks, out), tasks)
    };
    let (cold, tasks) = build(&site.out());
    assert_eq!(cold.sources, 5);
    assert_eq!(
        cold.decoded, 5,
        "one decode per source, the OG crop shares it"
    );
    assert_eq!(cold.encoded, 5 * 6 + 1);
    assert_eq!(cold.from_cache, 0);
    assert_eq!(cold.written, 31);

    let warm_out = site.dir.path().join("public2");
    let (warm, _) = build(&warm_out);
    assert_eq!(
        (
            warm.decoded,
            warm.encoded,
            warm.from_cache,
            warm.written,
            warm.threads
        ),
        (0, 0, 31, 31, 0)
    );
    for (plan, folder) in &tasks {
        for v in &plan.variants {
            let a = fs::read(site.out().join(folder).join(&v.file_name)).unwrap();
            let b = fs::read(warm_out.join(folder).join(&v.file_name)).unwrap();
            assert!(a == b, "{} differs between builds", v.file_name);
        }
    }

    // No temporary files are left in the cache; removing one entry costs one decode.
    let mut cache_files = Vec::new();
    for entry in walk(&site.cache()) {
        let name = entry.file_name().unwrap().to_string_lossy().to_string();
        assert!(!name.ends_with(".tmp"), "{name}");
        cache_files.push(entry);
    }
    let victim = tasks[2].0.variants[1].clone();
    fs::remove_file(
        site.pipeline(small_settings())
            .cache
            .path(&victim.key, victim.format),
    )
    .unwrap();
    let (again, _) = build(&site.dir.path().join("public3"));
    assert_eq!((again.decoded, again.encoded, again.from_cache), (1, 1, 30));
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path))
        } else {
            files.push(path)
        }
    }
    files
}

#[test]
fn a_source_used_twice_is_decoded_once() {
    let site = Site::new();
    let bytes = jpeg_of(&two_tone(300, 200).into());
    let a = site.write("a/sama.jpg", &bytes);
    let b = site.write("b/sama kopio.jpg", &bytes);
    let p = site.pipeline(small_settings());
    let tasks = vec![
        (p.plan(&a).unwrap(), PathBuf::from("a")),
        (p.plan(&a).unwrap(), PathBuf::from("a2")),
        (p.plan(&b).unwrap(), PathBuf::from("b")),
    ];
    let stats = run(&p, &tasks, &site.out());
    assert_eq!(
        (stats.sources, stats.decoded, stats.encoded, stats.written),
        (1, 1, 6, 18)
    );
}

#[test]
fn progress_counts_sources_up_to_the_total() {
    let site = Site::new();
    let p = site.pipeline(small_settings());
    let tasks: Vec<(PlannedImage, PathBuf)> = (0..4)
        .map(|i| {
            (
                p.plan(&site.write(&format!("{i}.png"), &png_of(&two_tone(100 + i, 50).into())))
                    .unwrap(),
                PathBuf::new(),
            )
        })
        .collect();
    let calls = RefCell::new(Vec::new());
    p.process(&tasks, &|done, total| {
        calls.borrow_mut().push((done, total))
    })
    .unwrap();
    let calls = calls.into_inner();
    assert_eq!(calls.first(), Some(&(0, 4)));
    assert_eq!(calls.last(), Some(&(4, 4)));
    assert!(calls.windows(2).all(|w| w[1].0 == w[0].0 + 1), "{calls:?}");
}

#[test]
fn processing_runs_on_several_threads() {
    let site = Site::new();
    let p = site.pipeline(small_settings());
    let tasks: Vec<(PlannedImage, PathBuf)> = (0..8)
        .map(|i| {
            (
                p.plan(&site.write(
                    &format!("{i}.jpg"),
                    &jpeg_of(&two_tone(400 + i, 300).into()),
                ))
                .unwrap(),
                PathBuf::new(),
            )
        })
        .collect();
    let stats = run(&p, &tasks, &site.out());
    assert_eq!(stats.decoded, 8);
    assert!(
        stats.threads >= 1 && stats.threads <= rayon::current_num_threads(),
        "{stats:?}"
    );
    if rayon::current_num_threads() >= 2 {
        assert!(
            stats.threads >= 2,
            "8 sources on {} threads ran on one: {stats:?}",
            rayon::current_num_threads()
        );
    }
    let warm = run(
        &site.pipeline(small_settings()),
        &tasks,
        &site.out().join("again"),
    );
    assert_eq!((warm.decoded, warm.threads), (0, 0));
}

// ---------------------------------------------------------------------------------------
// Markup
// ---------------------------------------------------------------------------------------

#[test]
fn picture_markup() {
    let site = Site::new();
    let src = site.write("Tori.jpg", &jpeg_of(&two_tone(300, 200).into()));
    let plan = site.pipeline(small_settings()).plan(&src).unwrap();
    let h = &plan.fallback.file_name[5..13];
    let html = picture_html(
        &plan,
        "/raahe/tarinat",
        r#"Tori & "kauppahalli" <kesällä>"#,
        "",
        false,
    );
    assert_eq!(
        html,
        format!(
            concat!(
                r#"<picture><source type="image/webp" srcset="/raahe/tarinat/tori-{h}-64.webp 64w, /raahe/tarinat/tori-{h}-128.webp 128w, /raahe/tarinat/tori-{h}-256.webp 256w" sizes="(max-width: 256px) 100vw, 256px">"#,
                r#"<img src="/raahe/tarinat/tori-{h}-256.jpg" srcset="/raahe/tarinat/tori-{h}-64.jpg 64w, /raahe/tarinat/tori-{h}-128.jpg 128w, /raahe/tarinat/tori-{h}-256.jpg 256w" sizes="(max-width: 256px) 100vw, 256px" "#,
                r#"width="256" height="171" alt="Tori &amp; &quot;kauppahalli&quot; &lt;kesällä&gt;" loading="lazy" decoding="async"></picture>"#
            ),
            h = h
        )
    );
    let eager = picture_html(&plan, "", "", "100vw", true);
    assert!(
        eager.contains(r#"loading="eager" fetchpriority="high""#) && !eager.contains("lazy"),
        "{eager}"
    );
    assert!(
        eager.contains(r#"sizes="100vw""#) && eager.contains(&format!(r#"src="tori-{h}-256.jpg""#)),
        "{eager}"
    );
    assert!(eager.contains(r#"alt="""#));
}

#[test]
fn error_messages_speak_to_people() {
    let p = PathBuf::from("content/towns/raahe/kuva.jpg");
    let errors = [
        ImageError::Missing { path: p.clone() },
        ImageError::Unsupported {
            path: p.clone(),
            detail: "a TIFF image".into(),
        },
        ImageError::Corrupt {
            path: p.clone(),
            detail: "the file ends too early".into(),
        },
        ImageError::TooLarge {
            path: p.clone(),
            pixels: 150_000_000,
            limit: 100_000_000,
        },
        ImageError::Io {
            path: p.clone(),
            action: "read the image",
            source: std::io::Error::other("disk on fire"),
        },
    ];
    for e in &errors {
        let msg = e.to_string();
        assert!(msg.starts_with("content/towns/raahe/kuva.jpg: "), "{msg}");
        assert_eq!(e.path(), p);
        assert!(!msg.contains("Error {") && !msg.contains("kind:"), "{msg}");
    }
    assert!(
        errors[3]
            .to_string()
            .contains("150.0 megapixels, the limit is 100.0 megapixels")
    );
}

#[cfg(feature = "avif")]
#[test]
fn avif_is_written_when_asked_for() {
    let site = Site::new();
    let src = site.write("photo.jpg", &jpeg_of(&two_tone(200, 120).into()));
    let settings = ImageSettings {
        widths: vec![64, 128],
        formats: vec![OutputFormat::Avif, OutputFormat::Webp, OutputFormat::Jpeg],
        ..ImageSettings::default()
    };
    let p = site.pipeline(settings);
    let plan = p.plan(&src).unwrap();
    run(&p, &[(plan.clone(), "".into())], &site.out());
    for v in plan.variants_of(FileFormat::Avif) {
        let bytes = site.read_out("", v);
        assert_eq!(&bytes[4..12], b"ftypavif", "{}", v.file_name);
        assert!(!contains(&bytes, b"Exif"));
    }
    let html = picture_html(&plan, "", "x", "", false);
    assert!(
        html.find("image/avif").unwrap() < html.find("image/webp").unwrap(),
        "{html}"
    );
}
