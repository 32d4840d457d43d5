//! A partner's colour, and whether white text on it can be read (WCAG 2.2, 1.4.3).

/// The contrast WCAG AA asks for between normal-size text and its background.
pub const MIN_CONTRAST: f64 = 4.5;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour(pub u8, pub u8, pub u8);

impl Colour {
    pub const WHITE: Colour = Colour(255, 255, 255);

    /// `#rrggbb` only: one spelling, so a form file means one colour everywhere.
    pub fn parse(text: &str) -> Option<Colour> {
        let hex = text.strip_prefix('#')?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Colour(byte(0)?, byte(2)?, byte(4)?))
    }

    /// WCAG's relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG's contrast ratio, from 1 (none) to 21 (black on white).
    pub fn contrast(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// A fifth darker: buttons' hover and shadow, which then contrast even more with white.
    pub fn darker(self) -> Colour {
        let d = |c: u8| (u16::from(c) * 4 / 5) as u8;
        Colour(d(self.0), d(self.1), d(self.2))
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_six_digit_hex() {
        assert_eq!(Colour::parse("#1d70B8"), Some(Colour(0x1d, 0x70, 0xb8)));
        for bad in ["1d70b8", "#1d7", "#1d70b8ff", "#1d70bg", "blue", ""] {
            assert_eq!(Colour::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn contrast_matches_published_values() {
        // Black on white is 21:1; #767676 on white is 4.54:1, the best-known AA boundary.
        assert!((Colour(0, 0, 0).contrast(Colour::WHITE) - 21.0).abs() < 1e-9);
        let ratio = |hex: &str| Colour::parse(hex).unwrap().contrast(Colour::WHITE);
        assert!(
            (ratio("#767676") - 4.54).abs() < 0.01,
            "{}",
            ratio("#767676")
        );
        // #767676 is the lightest grey that passes on white; #777777 is the first that fails.
        assert!(ratio("#767676") >= MIN_CONTRAST);
        assert!(ratio("#777777") < MIN_CONTRAST);
    }

    #[test]
    fn darker_stays_readable() {
        let c = Colour::parse("#767676").unwrap();
        assert!(c.darker().contrast(Colour::WHITE) > c.contrast(Colour::WHITE));
        assert_eq!(c.darker().hex(), "#5e5e5e");
    }
}
