//! Proof of work for forms that ask for it (`proof_of_work = true`): ALTCHA's scheme, written
//! here so the server and the widget share one definition and no JavaScript library is needed.
//!
//! The server issues a challenge: a random salt ending in its expiry (`<hex>.<unix seconds>`),
//! a secret `number` from `0..=maxnumber`, `challenge = hex(SHA-256(salt + decimal number))`,
//! and `signature = hex(HMAC-SHA256(server key, challenge))`. It keeps nothing about it. The
//! widget tries numbers from 0 until the hash matches (on average `maxnumber / 2` hashes), and
//! sends the solution beside the answers. The server checks the hash, its own signature and the
//! expiry, all pure functions here; that each solution is used once is the server's business.
//!
//! Pure: the server passes in its key, the random parts and the time.

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The only algorithm Chorus issues.
pub const ALGORITHM: &str = "SHA-256";

/// The largest secret number: a solver needs `MAX_NUMBER / 2` hashes on average, and this many
/// at worst. Measured with the widget's solver (the `sha2` crate in the wasm) in headless
/// Chromium throttled 4x (tests/e2e/proof-of-work.spec.js): about 3 µs a hash, so about 150 ms
/// on average and 300 ms at worst (docs/api.md has the figures).
pub const MAX_NUMBER: u64 = 100_000;

/// How long a challenge may be solved and used for, in seconds.
pub const TTL_SECS: u64 = 10 * 60;

/// A challenge as the server sends it (`GET /api/forms/{form}/challenge`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Challenge {
    pub algorithm: String,
    /// `<random hex>.<expiry in unix seconds>`.
    pub salt: String,
    /// Hex SHA-256 of the salt followed by the secret number in decimal.
    pub challenge: String,
    pub maxnumber: u64,
    /// Hex HMAC-SHA256 of `challenge` under the server's key.
    pub signature: String,
}

/// A solved challenge, as sent beside the answers (see [`Solution::payload_json`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Solution {
    pub algorithm: String,
    pub challenge: String,
    pub number: u64,
    pub salt: String,
    pub signature: String,
}

/// Why a solution is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PowError {
    #[error("the proof of work does not match its challenge, or was not issued by this server")]
    NotValid,
    #[error("the proof of work has expired")]
    Expired,
}

impl Challenge {
    /// A challenge for `number` (the caller draws it at random from `0..=maxnumber`), under
    /// `key`, with `nonce_hex` random and valid until `expires` (unix seconds).
    pub fn new(key: &[u8], nonce_hex: &str, expires: u64, number: u64, maxnumber: u64) -> Self {
        let salt = format!("{nonce_hex}.{expires}");
        let challenge = hex(&hash(&salt, number));
        Challenge {
            algorithm: ALGORITHM.to_string(),
            signature: sign(key, &challenge),
            salt,
            challenge,
            maxnumber,
        }
    }

    /// Reads the server's JSON: only its own flat shape (strings without escapes, whole
    /// numbers), so the widget needs no JSON library.
    pub fn from_json(text: &str) -> Option<Challenge> {
        Some(Challenge {
            algorithm: json_field(text, "algorithm")?.to_string(),
            salt: json_field(text, "salt")?.to_string(),
            challenge: json_field(text, "challenge")?.to_string(),
            maxnumber: json_field(text, "maxnumber")?.parse().ok()?,
            signature: json_field(text, "signature")?.to_string(),
        })
    }

    /// The secret number among `from..to` (and at most `maxnumber`), if it is there: the
    /// widget searches in slices so the page stays responsive.
    pub fn solve_range(&self, from: u64, to: u64) -> Option<u64> {
        if self.algorithm != ALGORITHM {
            return None;
        }
        let target = unhex32(&self.challenge)?;
        let salted = Sha256::new().chain_update(self.salt.as_bytes());
        let mut digits = [0u8; 20];
        (from..to.min(self.maxnumber.saturating_add(1))).find(|&n| {
            let text = decimal(n, &mut digits);
            salted.clone().chain_update(text).finalize()[..] == target[..]
        })
    }

    /// The secret number, searching all of `0..=maxnumber`.
    pub fn solve(&self) -> Option<u64> {
        self.solve_range(0, self.maxnumber.saturating_add(1))
    }

    /// This challenge solved with `number`.
    pub fn solution(&self, number: u64) -> Solution {
        Solution {
            algorithm: self.algorithm.clone(),
            challenge: self.challenge.clone(),
            number,
            salt: self.salt.clone(),
            signature: self.signature.clone(),
        }
    }
}

impl Solution {
    /// The solution as ALTCHA's JSON payload, written by hand for the wasm. The API's `pow`
    /// field carries it base64-encoded.
    pub fn payload_json(&self) -> String {
        // Every value is hex, digits or '.', which need no escaping; anything else (never from
        // our server) is dropped so the JSON stays valid.
        let clean = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
                .collect()
        };
        format!(
            r#"{{"algorithm":"{}","challenge":"{}","number":{},"salt":"{}","signature":"{}"}}"#,
            clean(&self.algorithm),
            clean(&self.challenge),
            self.number,
            clean(&self.salt),
            clean(&self.signature),
        )
    }

    /// Whether this solution was issued under `key`, solves its challenge and is still valid
    /// at `now` (unix seconds). `Ok` gives its expiry, until when the server must remember it
    /// was used.
    pub fn verify(&self, key: &[u8], now: u64) -> Result<u64, PowError> {
        if self.algorithm != ALGORITHM {
            return Err(PowError::NotValid);
        }
        let expires: u64 = self
            .salt
            .rsplit_once('.')
            .and_then(|(_, e)| e.parse().ok())
            .ok_or(PowError::NotValid)?;
        let signature = unhex32(&self.signature).ok_or(PowError::NotValid)?;
        let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
        mac.update(self.challenge.as_bytes());
        // Constant time, so the signature cannot be guessed byte by byte.
        mac.verify_slice(&signature)
            .map_err(|_| PowError::NotValid)?;
        if unhex32(&self.challenge) != Some(hash(&self.salt, self.number)) {
            return Err(PowError::NotValid);
        }
        // The expiry is part of the signed salt, so it cannot be moved on.
        if expires <= now {
            return Err(PowError::Expired);
        }
        Ok(expires)
    }
}

fn hash(salt: &str, number: u64) -> [u8; 32] {
    let mut digits = [0u8; 20];
    Sha256::new()
        .chain_update(salt.as_bytes())
        .chain_update(decimal(number, &mut digits))
        .finalize()
        .into()
}

fn sign(key: &[u8], challenge: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(challenge.as_bytes());
    hex(&mac.finalize().into_bytes())
}

/// `n` in decimal, without the formatting machinery (this runs up to `MAX_NUMBER` times).
fn decimal(mut n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buf[at..];
        }
    }
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
    out
}

/// 32 bytes from 64 hex digits (either case).
fn unhex32(text: &str) -> Option<[u8; 32]> {
    let bytes = text.as_bytes();
    if bytes.len() != 64 {
        return None;
    }
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = [0u8; 32];
    for (i, pair) in bytes.chunks(2).enumerate() {
        out[i] = (digit(pair[0])? << 4) | digit(pair[1])?;
    }
    Some(out)
}

/// The value of `"name":` in flat JSON: a string without escapes, or a bare number.
fn json_field<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("\"{name}\"");
    let at = text.find(&key)? + key.len();
    let rest = text[at..].trim_start().strip_prefix(':')?.trim_start();
    match rest.strip_prefix('"') {
        Some(s) => {
            let end = s.find('"')?;
            let value = &s[..end];
            (!value.contains('\\')).then_some(value)
        }
        None => {
            let end = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            (end > 0).then(|| &rest[..end])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"a key of the server's, 32 bytes!";
    const NOW: u64 = 1_800_000_000;

    fn challenge(number: u64) -> Challenge {
        Challenge::new(
            KEY,
            "00112233445566778899aabbccddeeff",
            NOW + TTL_SECS,
            number,
            1000,
        )
    }

    #[test]
    fn a_challenge_is_alt_cha_shaped_and_solvable() {
        let c = challenge(417);
        assert_eq!(c.algorithm, "SHA-256");
        assert_eq!(
            c.salt,
            format!("00112233445566778899aabbccddeeff.{}", NOW + 600)
        );
        assert_eq!(c.challenge.len(), 64);
        assert_eq!(c.signature.len(), 64);
        // The hash is SHA-256 of the salt then the number's digits, as ALTCHA's.
        let mut digest = Sha256::new();
        digest.update(format!("{}417", c.salt));
        assert_eq!(c.challenge, hex(&digest.finalize()));
        assert_eq!(c.solve(), Some(417));
        assert_eq!(c.solve_range(0, 417), None);
        assert_eq!(c.solve_range(400, 500), Some(417));
        assert_eq!(challenge(0).solve(), Some(0));
        assert_eq!(challenge(1000).solve(), Some(1000), "maxnumber included");
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(Challenge::from_json(&json), Some(c.clone()));
        let spaced = serde_json::to_string_pretty(&c).unwrap();
        assert_eq!(Challenge::from_json(&spaced), Some(c));
        assert_eq!(Challenge::from_json(r#"{"algorithm":"SHA-256"}"#), None);
    }

    #[test]
    fn a_solution_verifies_under_its_key_until_it_expires() {
        let c = challenge(9);
        let good = c.solution(9);
        assert_eq!(good.verify(KEY, NOW), Ok(NOW + 600));
        assert_eq!(good.verify(KEY, NOW + 599), Ok(NOW + 600));
        assert_eq!(good.verify(KEY, NOW + 600), Err(PowError::Expired));
        assert_eq!(
            good.verify(b"another server's key", NOW),
            Err(PowError::NotValid)
        );
        assert_eq!(c.solution(8).verify(KEY, NOW), Err(PowError::NotValid));
        // A later expiry cannot be written into the salt: the hash no longer matches.
        let moved = Solution {
            salt: format!("00112233445566778899aabbccddeeff.{}", NOW + 99_999),
            ..good.clone()
        };
        assert_eq!(moved.verify(KEY, NOW + 700), Err(PowError::NotValid));
        // Nor a challenge of one's own, without the key.
        let own = Challenge::new(b"guessed", "ff", NOW + 600, 1, 10).solution(1);
        assert_eq!(own.verify(KEY, NOW), Err(PowError::NotValid));
        for broken in [
            Solution {
                algorithm: "SHA-1".into(),
                ..good.clone()
            },
            Solution {
                signature: "zz".into(),
                ..good.clone()
            },
            Solution {
                salt: "no-expiry".into(),
                ..good.clone()
            },
        ] {
            assert_eq!(broken.verify(KEY, NOW), Err(PowError::NotValid));
        }
    }

    #[test]
    fn the_payload_is_json() {
        let s = challenge(5).solution(5);
        let back: Solution = serde_json::from_str(&s.payload_json()).unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn decimal_digits() {
        let mut buf = [0u8; 20];
        assert_eq!(decimal(0, &mut buf), b"0");
        assert_eq!(decimal(1_234_567, &mut buf), b"1234567");
        assert_eq!(decimal(u64::MAX, &mut buf), b"18446744073709551615");
    }
}
