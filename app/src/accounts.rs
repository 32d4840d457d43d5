//! Who a coordinator request is from, and how they prove it.
//!
//! - **People in a browser** sign in with an email address and password (kept as argon2id
//!   hashes) and get a server-side session: a random value in a `Secure; HttpOnly;
//!   SameSite=Strict` cookie, of which the database keeps only the SHA-256. Every change they
//!   make carries the session's CSRF token (a hidden `_csrf` field, or an `X-CSRF-Token`
//!   header), compared in constant time.
//! - **Scripts** send a token as `Authorization: Bearer`: the deployment's own token
//!   (`CHORUS_COORDINATOR_TOKEN`, reading forms of the [`DEFAULT_ORGANISATION`]) or one made
//!   for an organisation with `chorus admin create-token`. A browser may also give a token as a
//!   Basic password, for reading only: a browser sends Basic credentials by itself, so they
//!   could be used to make changes from another site.
//!
//! Each request is of one organisation, and sees only that organisation's forms.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use axum::http::header::{AUTHORIZATION, COOKIE};
use axum::http::{HeaderMap, HeaderValue};
use chorus_core::schema::DEFAULT_ORGANISATION;
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::error::ApiError;
use crate::storage::Coordinator;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "chorus_session";

/// How long a session lasts from sign-in: a working day.
pub const SESSION_HOURS: i64 = 12;

/// Shorter passwords are refused: NCSC's advice is length over complexity.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Why an account could not be made or changed.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error(
        "the password is too short: use at least {MIN_PASSWORD_CHARS} characters (three random words make a good one)"
    )]
    ShortPassword,
    #[error("\"{0}\" is not an email address: give one like name@example.org")]
    BadEmail(String),
    #[error("the password could not be hashed: {0}")]
    Hash(String),
}

/// Argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane).
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The hash to keep for a new password (a PHC string with its own random salt).
pub fn hash_password(password: &str) -> Result<String, AccountError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AccountError::ShortPassword);
    }
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).expect("the operating system's random source failed");
    let salt = SaltString::encode_b64(&salt).map_err(|e| AccountError::Hash(e.to_string()))?;
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AccountError::Hash(e.to_string()))
}

/// Whether `password` is the one `hash` was made from. Takes as long for an unknown account
/// (`hash` None): answers must not tell which email addresses have accounts.
pub fn verify_password(hash: Option<&str>, password: &str) -> bool {
    // A hash of a password nobody has, made once, for unknown accounts.
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let decoy = DECOY.get_or_init(|| {
        hash_password("decoy password that no account has").expect("hashing works")
    });
    let (hash, real) = match hash {
        Some(h) => (h, true),
        None => (decoy.as_str(), false),
    };
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    argon2()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
        && real
}

/// An email address as accounts are keyed: trimmed, in lower case.
pub fn normal_email(email: &str) -> Result<String, AccountError> {
    let email = email.trim().to_lowercase();
    let ok = email.len() <= 254
        && email
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(email)
    } else {
        Err(AccountError::BadEmail(email))
    }
}

/// 32 random bytes as hex: a session's cookie value, a CSRF token or a script's token.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    hex::encode(bytes)
}

/// What the database keeps of a session's cookie value.
pub fn session_hash(value: &str) -> Vec<u8> {
    Sha256::digest(value.as_bytes()).to_vec()
}

/// Seconds since the epoch.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// The `Set-Cookie` value that starts a session.
pub fn session_cookie(value: &str) -> HeaderValue {
    let max_age = SESSION_HOURS * 3600;
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={value}; Path=/; Max-Age={max_age}; Secure; HttpOnly; SameSite=Strict"
    ))
    .expect("hex is a valid header value")
}

/// The `Set-Cookie` value that ends one.
pub fn cleared_cookie() -> HeaderValue {
    HeaderValue::from_static(
        "chorus_session=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict",
    )
}

/// A cookie's value from the request's `Cookie` headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.trim())
}

/// Compares in constant time.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// How a request proved who it is from.
#[derive(Debug, Clone)]
pub enum Via {
    /// A signed-in coordinator; changes must carry this CSRF token.
    Session {
        coordinator: Coordinator,
        csrf: String,
    },
    /// `Authorization: Bearer`: a script, which needs no CSRF token.
    Bearer,
    /// A token as a browser's Basic password: reading only.
    Basic,
}

/// Who a coordinator request is from.
#[derive(Debug, Clone)]
pub struct Who {
    pub organisation: String,
    pub via: Via,
}

impl Who {
    /// The signed-in coordinator, if it is one.
    pub fn coordinator(&self) -> Option<&Coordinator> {
        match &self.via {
            Via::Session { coordinator, .. } => Some(coordinator),
            _ => None,
        }
    }

    /// Who made a change, as the audit log names them: the coordinator's email, or "token".
    pub fn actor(&self) -> String {
        self.coordinator()
            .map_or_else(|| "token".to_string(), |c| c.email.clone())
    }

    /// The CSRF token to put in forms, for a session.
    pub fn csrf(&self) -> Option<&str> {
        match &self.via {
            Via::Session { csrf, .. } => Some(csrf),
            _ => None,
        }
    }

    /// May this request change something, given the CSRF token it presented? A session needs
    /// its own token; a Bearer token needs none; Basic may only read.
    pub fn may_change(&self, presented: Option<&str>) -> Result<(), ApiError> {
        match &self.via {
            Via::Bearer => Ok(()),
            Via::Session { csrf, .. } if presented.is_some_and(|p| same(p, csrf)) => Ok(()),
            Via::Session { .. } => Err(ApiError::Csrf),
            Via::Basic => Err(ApiError::ReadOnlyCredentials),
        }
    }
}

/// Who the request is from, or `Unauthorized`. A token in `Authorization` comes first; then
/// the session cookie.
pub async fn who(state: &AppState, headers: &HeaderMap) -> Result<Who, ApiError> {
    let authorization = headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok());
    if let Some(authorization) = authorization {
        let via = if authorization
            .get(..6)
            .is_some_and(|s| s.eq_ignore_ascii_case("basic "))
        {
            Via::Basic
        } else {
            Via::Bearer
        };
        let token = crate::token::presented(authorization).ok_or(ApiError::Unauthorized)?;
        if state.token.matches(&token) {
            return Ok(Who {
                organisation: DEFAULT_ORGANISATION.to_string(),
                via,
            });
        }
        let sha = crate::token::sha256_hex(&token);
        return match state.store.token_organisation(&sha).await? {
            Some(organisation) => Ok(Who { organisation, via }),
            None => Err(ApiError::Unauthorized),
        };
    }
    if let Some(value) = cookie(headers, SESSION_COOKIE)
        && let Some(session) = state.store.session(&session_hash(value), now()).await?
    {
        return Ok(Who {
            organisation: session.coordinator.organisation.clone(),
            via: Via::Session {
                coordinator: session.coordinator,
                csrf: session.csrf,
            },
        });
    }
    Err(ApiError::Unauthorized)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_and_verify() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify_password(Some(&hash), "correct horse battery"));
        assert!(!verify_password(Some(&hash), "correct horse batterY"));
        assert!(!verify_password(None, "correct horse battery"));
        assert!(!verify_password(Some("not a hash"), "x"));
        assert!(matches!(
            hash_password("short"),
            Err(AccountError::ShortPassword)
        ));
        // Salted: the same password twice gives two hashes.
        assert_ne!(hash, hash_password("correct horse battery").unwrap());
    }

    #[test]
    fn emails_and_cookies() {
        assert_eq!(
            normal_email(" Sam@Example.ORG ").unwrap(),
            "sam@example.org"
        );
        for bad in [
            "",
            "sam",
            "@example.org",
            "sam@localhost",
            "s am@example.org",
        ] {
            assert!(normal_email(bad).is_err(), "{bad}");
        }
        let mut headers = HeaderMap::new();
        headers.insert(
            COOKIE,
            HeaderValue::from_static("a=1; chorus_session=abc ; b=2"),
        );
        assert_eq!(cookie(&headers, SESSION_COOKIE), Some("abc"));
        assert_eq!(cookie(&headers, "c"), None);
        let set = session_cookie("abc");
        let set = set.to_str().unwrap();
        for part in [
            "Secure",
            "HttpOnly",
            "SameSite=Strict",
            "Path=/",
            "Max-Age=43200",
        ] {
            assert!(set.contains(part), "{set}");
        }
        assert!(same("abc", "abc") && !same("abc", "abd") && !same("abc", "ab"));
    }
}
