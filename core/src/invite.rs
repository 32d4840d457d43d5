//! One-time invite codes for closed listening sessions: short enough to read aloud and type from
//! a printed card, and the same rules on the page and on the server.
//!
//! A code is [`LEN`] characters from [`ALPHABET`], which leaves out the characters people mix up
//! on paper (0 and O, 1, I and L). It is shown as two groups of four, `ABCD-EFGH`, and accepted
//! in any case, with or without the dash and spaces. 31 characters in 8 places give
//! 31⁸ ≈ 8.5 × 10¹¹ codes, about 40 bits.

/// The characters of a code: digits 2 to 9 and the letters, less the ones that look alike.
pub const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// How many characters a code has.
pub const LEN: usize = 8;

/// The code as stored and hashed: upper case, no dash, no spaces. `None` when what was typed
/// cannot be a code (a wrong length, or a character no code has), so it is refused without
/// looking anything up.
pub fn normalise(typed: &str) -> Option<String> {
    let mut out = String::with_capacity(LEN);
    for c in typed.chars() {
        if c == '-' || c.is_whitespace() {
            continue;
        }
        let c = c.to_ascii_uppercase();
        if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) || out.len() == LEN {
            return None;
        }
        out.push(c);
    }
    (out.len() == LEN).then_some(out)
}

/// A normalised code as printed: `ABCD-EFGH`.
pub fn grouped(code: &str) -> String {
    match code.split_at_checked(LEN / 2) {
        Some((a, b)) if !b.is_empty() => format!("{a}-{b}"),
        _ => code.to_string(),
    }
}

/// A code from random bytes (from the operating system's generator), without bias: a byte is
/// used only if it is below the largest multiple of 31 that fits in a byte. `None` if the bytes
/// run out first (give at least 16: the chance of that is then below one in a billion).
pub fn from_random(bytes: &[u8]) -> Option<String> {
    const LIMIT: u8 = (256 / ALPHABET.len() * ALPHABET.len()) as u8;
    let code: String = bytes
        .iter()
        .filter(|b| **b < LIMIT)
        .take(LEN)
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    (code.len() == LEN).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_alphabet_has_no_look_alikes() {
        for c in b"01OIL" {
            assert!(!ALPHABET.contains(c), "{}", *c as char);
        }
        let mut sorted = ALPHABET.to_vec();
        sorted.dedup();
        assert_eq!(sorted.len(), 31);
        // About 40 bits.
        assert!((ALPHABET.len() as f64).powi(LEN as i32).log2() > 39.6);
    }

    #[test]
    fn typed_codes_are_read_in_any_case_with_or_without_the_dash() {
        for typed in [
            "ABCD-EFGH",
            "abcd-efgh",
            "abcdefgh",
            " AbCd EfGh ",
            "AB-CD-EF-GH",
        ] {
            assert_eq!(normalise(typed).as_deref(), Some("ABCDEFGH"), "{typed}");
        }
        for typed in [
            "",
            "ABCD-EFG",
            "ABCD-EFGHJ",
            "ABCD-EFG0",
            "ABCD-EFGI",
            "ABCD_EFGH",
            "ÀBCD-EFGH",
        ] {
            assert_eq!(normalise(typed), None, "{typed}");
        }
        assert_eq!(grouped("ABCDEFGH"), "ABCD-EFGH");
    }

    #[test]
    fn random_bytes_make_codes_without_bias() {
        let code = from_random(&[0, 30, 31, 247, 248, 255, 1, 2, 3, 4]).unwrap();
        // 248 and 255 are skipped; 31 and 247 wrap round to the start and the end.
        assert_eq!(code, "2Z2Z3456");
        assert_eq!(normalise(&grouped(&code)).as_deref(), Some(code.as_str()));
        assert_eq!(from_random(&[255; 16]), None);
    }
}
