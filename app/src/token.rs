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
        crate::accounts::same(&sha256_hex(presented), &self.0)
    }
}

/// The token a request presents: `Authorization: Bearer <token>` from scripts, or Basic with the
/// token as the password (any user name) from a browser, which asks for it on its own.
pub fn presented(authorization: &str) -> Option<String> {
    use base64::Engine;
    let (scheme, value) = authorization.split_once(' ')?;
    let value = value.trim();
    if scheme.eq_ignore_ascii_case("bearer") {
        return Some(value.to_string());
    }
    if scheme.eq_ignore_ascii_case("basic") {
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(value)
            .ok()?;
        let pair = String::from_utf8(decoded).ok()?;
        return pair
            .split_once(':')
            .map(|(_, password)| password.trim().to_string());
    }
    None
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

    #[test]
    fn bearer_or_basic_password() {
        assert_eq!(presented("Bearer s3cret").as_deref(), Some("s3cret"));
        assert_eq!(presented("bearer  s3cret ").as_deref(), Some("s3cret"));
        // "coordinator:s3cret" and ":s3cret"
        assert_eq!(
            presented("Basic Y29vcmRpbmF0b3I6czNjcmV0").as_deref(),
            Some("s3cret")
        );
        assert_eq!(presented("Basic OnMzY3JldA==").as_deref(), Some("s3cret"));
        assert_eq!(presented("Basic bm9jb2xvbg=="), None);
        assert_eq!(presented("Digest s3cret"), None);
        assert_eq!(presented("s3cret"), None);
    }
}
