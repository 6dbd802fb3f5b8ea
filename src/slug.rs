//! URL slugs: lowercase ASCII, `ä→a`, `ö→o`, `å→a`, other accents dropped, anything else `-`.

use unicode_normalization::UnicodeNormalization;

/// Turns any text into a slug. Idempotent: `slugify(slugify(x)) == slugify(x)`.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.nfd() {
        let c = match c {
            'ß' => {
                push(&mut out, "ss", &mut dash);
                continue;
            }
            'æ' | 'Æ' => {
                push(&mut out, "ae", &mut dash);
                continue;
            }
            'ø' | 'Ø' => 'o',
            'đ' | 'Đ' => 'd',
            'ł' | 'Ł' => 'l',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else if is_combining_mark(c) {
            // the accent of a decomposed letter: dropped
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn push(out: &mut String, s: &str, dash: &mut bool) {
    out.push_str(s);
    *dash = false;
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Is `text` already a slug?
pub fn is_slug(text: &str) -> bool {
    !text.is_empty() && slugify(text) == text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_and_swedish_letters() {
        assert_eq!(slugify("CNC-koneistaja"), "cnc-koneistaja");
        assert_eq!(slugify("Hitsaaja, Äänekoski"), "hitsaaja-aanekoski");
        assert_eq!(
            slugify("Sjuksköterska i Brahestad"),
            "sjukskoterska-i-brahestad"
        );
        assert_eq!(slugify("Åbo  Akademi!"), "abo-akademi");
        assert_eq!(slugify("Crème brûlée & café"), "creme-brulee-cafe");
        assert_eq!(slugify("  --Kesätyö 2027--  "), "kesatyo-2027");
        assert_eq!(slugify("Straße"), "strasse");
        assert_eq!(slugify("!!!"), "");
    }

    #[test]
    fn slugs_are_idempotent_and_url_safe() {
        let samples = [
            "Töihin seutukaupunkiin",
            "Kristiinankaupunki/Kristinestad",
            "a\u{0301}b",
            "ÅÄÖåäö",
            "日本語 text",
            "x..y//z",
            "émoji 🎉 here",
            "\u{0}\t\n",
            "-",
            "ǅ ǈ ﬁ",
        ];
        for s in samples {
            let once = slugify(s);
            assert_eq!(slugify(&once), once, "{s:?}");
            assert!(
                once.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{once:?}"
            );
            assert!(
                !once.starts_with('-') && !once.ends_with('-') && !once.contains("--"),
                "{once:?}"
            );
        }
    }
}
