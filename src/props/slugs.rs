//! Slugs: whatever an editor types (Finnish, Swedish, accents, other scripts, punctuation,
//! control characters), the slug is lowercase ASCII letters, digits and single inner dashes,
//! the same for NFC and NFD spellings, and a slug of a slug is itself.

use crate::identity::file_slug;
use crate::slug::{is_slug, slugify};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Names as editors write them, and any text at all.
pub fn names() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9åäöÅÄÖéèüßæøÆØ -]{0,30}",
        "[ -~]{0,30}",
        "[a-zA-Zåäö\u{0300}-\u{036F}\u{1AB0}\u{1DC0}\u{20D0}\u{FE20} .,!?/&_:;\t\n-]{0,30}",
        any::<String>(),
    ]
}

fn slug_shaped(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

proptest! {
    #![proptest_config(super::config(256))]

    #[test]
    fn slugs_are_lowercase_ascii_with_single_inner_dashes(text in names()) {
        let slug = slugify(&text);
        prop_assert!(slug_shaped(&slug), "{text:?} → {slug:?}");
    }

    #[test]
    fn a_slug_of_a_slug_is_itself(text in names()) {
        let slug = slugify(&text);
        prop_assert_eq!(slugify(&slug), slug.clone());
        prop_assert_eq!(is_slug(&slug), !slug.is_empty());
    }

    #[test]
    fn nfc_and_nfd_give_the_same_slug(text in names()) {
        let nfc: String = text.nfc().collect();
        let nfd: String = text.nfd().collect();
        prop_assert_eq!(slugify(&nfc), slugify(&nfd));
        prop_assert_eq!(file_slug(&nfc), file_slug(&nfd));
    }

    #[test]
    fn a_file_name_gives_a_slug(text in names()) {
        let slug = file_slug(&text);
        prop_assert!(slug == "_index" || slug_shaped(&slug), "{text:?} → {slug:?}");
    }
}
