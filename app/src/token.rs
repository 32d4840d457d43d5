//! The coordinator's bearer token for exports. Only its SHA-256 hash is kept.

use sha2::{Digest, Sha256};

use crate::storage::{Store, StoreError};

/// How requests are checked against the token.
#[derive(Clone, Debug)]
pub struct TokenHash(String);

pub fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

impl TokenHash {
    pub fn of(token: &str) -> TokenHash {
        TokenHash(sha256_hex(token))
    }

    /// Compares in constant time, so response timing says nothing about the token.
    pub fn matches(&self, presented: &str) -> bool {
        let presented = sha256_hex(presented);
        presented.len() == self.0.len()
            && presented
                .bytes()
                .zip(self.0.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }
}

/// The token from the setting if there is one; else the stored one; else a new token, stored
/// hashed and returned so it can be shown once.
pub async fn establish(
    store: &Store,
    configured: Option<&str>,
) -> Result<(TokenHash, Option<String>), StoreError> {
    if let Some(token) = configured.map(str::trim).filter(|t| !t.is_empty()) {
        return Ok((TokenHash::of(token), None));
    }
    if let Some(hash) = store.token_hash().await? {
        return Ok((TokenHash(hash), None));
    }
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    let token = hex::encode(bytes);
    let hash = TokenHash::of(&token);
    store.set_token_hash(&hash.0).await?;
    Ok((hash, Some(token)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_only_the_token() {
        let hash = TokenHash::of("s3cret");
        assert!(hash.matches("s3cret"));
        assert!(!hash.matches("s3cret "));
        assert!(!hash.matches(""));
    }
}
