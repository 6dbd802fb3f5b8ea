//! WCAG 2.1 contrast: a town's brand colour carries white text and colours links on white,
//! so it needs at least 4.5:1 against white.

pub const MIN_RATIO: f64 = 4.5;

pub type Rgb = [u8; 3];

/// `#0b5394` or `#09c` → RGB.
pub fn parse_hex(text: &str) -> Option<Rgb> {
    let hex = text.trim().strip_prefix('#')?;
    let digits: Vec<u8> = hex
        .chars()
        .map(|c| c.to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    match digits.as_slice() {
        [r, g, b] => Some([r * 17, g * 17, b * 17]),
        [r1, r2, g1, g2, b1, b2] => Some([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]),
        _ => None,
    }
}

pub fn to_hex(rgb: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

fn channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

pub fn relative_luminance(rgb: Rgb) -> f64 {
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

pub fn ratio_against_white(rgb: Rgb) -> f64 {
    1.05 / (relative_luminance(rgb) + 0.05)
}

/// The lightest shade of the same hue (scaled towards black) that passes 4.5:1 against white.
pub fn darken_to_pass(rgb: Rgb) -> Rgb {
    let mut factor = 1.0;
    loop {
        let shade = rgb.map(|c| (f64::from(c) * factor).round() as u8);
        if ratio_against_white(shade) >= MIN_RATIO + 0.05 || factor <= 0.0 {
            return shade;
        }
        factor -= 0.01;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_long_and_short_hex() {
        assert_eq!(parse_hex("#0b5394"), Some([0x0b, 0x53, 0x94]));
        assert_eq!(parse_hex("#09C"), Some([0x00, 0x99, 0xcc]));
        assert_eq!(parse_hex("0b5394"), None);
        assert_eq!(parse_hex("#12345"), None);
        assert_eq!(parse_hex("#ggg"), None);
    }

    #[test]
    fn known_ratios() {
        assert!((ratio_against_white([0, 0, 0]) - 21.0).abs() < 0.01);
        assert!((ratio_against_white([255, 255, 255]) - 1.0).abs() < 0.01);
        // #767676 is the classic lightest grey that passes
        assert!(ratio_against_white([0x76, 0x76, 0x76]) >= 4.5);
        assert!(ratio_against_white([0x77, 0x77, 0x77]) < 4.5);
    }

    #[test]
    fn darkening_keeps_the_hue_and_passes() {
        let yellow = [0xf1, 0xc4, 0x0f];
        let dark = darken_to_pass(yellow);
        assert!(ratio_against_white(dark) >= MIN_RATIO);
        // same hue: channels scaled by one factor
        let f = f64::from(dark[0]) / f64::from(yellow[0]);
        assert!((f64::from(dark[1]) / f64::from(yellow[1]) - f).abs() < 0.02);
    }
}
