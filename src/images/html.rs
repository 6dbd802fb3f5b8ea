//! `<picture>` markup for a planned image.

use std::fmt::Write;

use super::PlannedImage;
use crate::escape::html as escape;

/// A `sizes` that suits an image shown at most at its own width and full width on phones:
/// `(max-width: 1600px) 100vw, 1600px`.
pub fn default_sizes(img: &PlannedImage) -> String {
    format!("(max-width: {w}px) 100vw, {w}px", w = img.width)
}

/// `<picture>` with a `<source>` per modern format (AVIF, WebP) and an `<img>` with the
/// fallback format (JPEG, or PNG for images with alpha), `srcset`, `sizes`, `width`,
/// `height`, `alt`, and lazy loading — or eager loading with high fetch priority for the
/// first image of a page (`eager`).
///
/// `url_prefix` is the URL of the folder the files are in (e.g. `/raahe/tarinat/kesa/`);
/// an empty `sizes` means [`default_sizes`]. The alt text is HTML-escaped here; pass it
/// unescaped.
pub fn picture_html(
    img: &PlannedImage,
    url_prefix: &str,
    alt: &str,
    sizes: &str,
    eager: bool,
) -> String {
    let default;
    let sizes = if sizes.trim().is_empty() {
        default = default_sizes(img);
        &default
    } else {
        sizes
    };
    let prefix = if url_prefix.is_empty() || url_prefix.ends_with('/') {
        url_prefix.to_string()
    } else {
        format!("{url_prefix}/")
    };
    let srcset = |format| {
        img.variants_of(format)
            .map(|v| format!("{prefix}{} {}w", v.file_name, v.width))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let single_file = img.variants.len() == 1;
    let mut html = String::from("<picture>");
    for format in img.source_formats() {
        let _ = write!(
            html,
            r#"<source type="{}" srcset="{}" sizes="{}">"#,
            format.mime_type(),
            escape(&srcset(format)),
            escape(sizes)
        );
    }
    let _ = write!(
        html,
        r#"<img src="{}""#,
        escape(&format!("{prefix}{}", img.fallback.file_name))
    );
    if !single_file {
        let _ = write!(
            html,
            r#" srcset="{}" sizes="{}""#,
            escape(&srcset(img.fallback.format)),
            escape(sizes)
        );
    }
    if img.width > 0 && img.height > 0 {
        let _ = write!(html, r#" width="{}" height="{}""#, img.width, img.height);
    }
    let _ = write!(html, r#" alt="{}""#, escape(alt));
    if eager {
        html.push_str(r#" loading="eager" fetchpriority="high""#);
    } else {
        html.push_str(r#" loading="lazy" decoding="async""#);
    }
    html.push_str("></picture>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_attribute_text() {
        assert_eq!(
            escape(r#"Tom & "Jerry" <b>'s"#),
            "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s"
        );
    }
}
