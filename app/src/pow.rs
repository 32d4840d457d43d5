//! Proof of work for forms that ask for it (`proof_of_work = true`): issuing challenges and
//! accepting each solution once. The scheme itself is in [`chorus_core::pow`].
//!
//! **What is in memory, and for how long.** Nothing here is written to disk or to the log.
//! - The key challenges are signed with: `CHORUS_POW_KEY` if set, otherwise one made from the
//!   database's secret ([`crate::storage::Store::derived_key`]), so several instances on one
//!   database accept each other's challenges.
//! - Issuing a challenge keeps nothing: it carries its own expiry and signature.
//! - For each solution accepted, its challenge (a hash of random bytes, which says nothing about
//!   who sent it) with its expiry, and a SHA-256 of the submission's `Idempotency-Key` if it had
//!   one, so a replay of the same submission is not refused. Each is dropped once its challenge
//!   has expired (at most [`TTL_SECS`] after it was issued), when the next solution arrives.
//!   So "used once" holds per instance: with several instances, a solution could be used once
//!   on each within its few minutes (the submission limits still apply).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine;
use chorus_core::pow::{self, Challenge, PowError, Solution, TTL_SECS};
use sha2::{Digest, Sha256};

use crate::error::ApiError;

/// The challenges of one Chorus process.
pub struct ProofOfWork {
    key: Vec<u8>,
    maxnumber: u64,
    /// Used challenges: expiry, and the hash of the idempotency key they came with.
    used: Mutex<HashMap<String, Used>>,
}

/// A used challenge's expiry, and the SHA-256 of the `Idempotency-Key` it came with.
type Used = (u64, Option<[u8; 32]>);

impl std::fmt::Debug for ProofOfWork {
    // The key stays out of any debug output.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProofOfWork")
            .field("maxnumber", &self.maxnumber)
            .finish_non_exhaustive()
    }
}

impl ProofOfWork {
    /// `key`: the shared key (`CHORUS_POW_KEY`), or `None` for a random one per process.
    /// `maxnumber`: how hard challenges are ([`MAX_NUMBER`] outside tests).
    pub fn new(key: Option<Vec<u8>>, maxnumber: u64) -> ProofOfWork {
        ProofOfWork {
            key: key.unwrap_or_else(|| random(32)),
            maxnumber,
            used: Mutex::new(HashMap::new()),
        }
    }

    /// A new challenge, valid for [`TTL_SECS`].
    pub fn issue(&self) -> Challenge {
        let nonce = pow::hex(&random(12));
        let number =
            u64::from_be_bytes(random(8).try_into().unwrap_or([0; 8])) % (self.maxnumber + 1);
        Challenge::new(&self.key, &nonce, now() + TTL_SECS, number, self.maxnumber)
    }

    /// Accepts `payload` (the submission's `pow`) once: refused if missing, not one of ours,
    /// not solved, expired or already used (unless it comes again with the same
    /// `Idempotency-Key`, a replay of the same submission).
    pub fn redeem(
        &self,
        payload: Option<&str>,
        idempotency_key: Option<&str>,
    ) -> Result<(), ApiError> {
        self.redeem_at(payload, idempotency_key, now())
    }

    fn redeem_at(
        &self,
        payload: Option<&str>,
        idempotency_key: Option<&str>,
        now: u64,
    ) -> Result<(), ApiError> {
        let payload = payload
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .ok_or(ApiError::ProofOfWorkNeeded)?;
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        // Expired ones are refused by their expiry: no need to remember them.
        used.retain(|_, (until, _)| *until > now);
        let solution = parse(payload).ok_or(ApiError::ProofOfWorkNotValid)?;
        let expires = solution.verify(&self.key, now).map_err(|e| match e {
            PowError::NotValid | PowError::Expired => ApiError::ProofOfWorkNotValid,
        })?;
        let replay = idempotency_key.map(|k| <[u8; 32]>::from(Sha256::digest(k.as_bytes())));
        match used.get(&solution.challenge) {
            Some((_, Some(earlier))) if Some(*earlier) == replay => Ok(()),
            Some(_) => Err(ApiError::ProofOfWorkNotValid),
            None => {
                used.insert(solution.challenge, (expires, replay));
                Ok(())
            }
        }
    }

    /// How many used challenges are remembered (for tests).
    pub fn remembered(&self) -> usize {
        self.used.lock().map(|u| u.len()).unwrap_or(0)
    }
}

/// ALTCHA's payload: base64 of the solution's JSON. The JSON itself is accepted too.
fn parse(payload: &str) -> Option<Solution> {
    if payload.starts_with('{') {
        return serde_json::from_str(payload).ok();
    }
    let json = base64::engine::general_purpose::STANDARD
        .decode(payload)
        .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(payload))
        .ok()?;
    serde_json::from_slice(&json).ok()
}

/// A key from `CHORUS_POW_KEY`: hex, at least 32 bytes (64 digits).
pub fn parse_key(text: &str) -> Result<Vec<u8>, String> {
    let text = text.trim();
    match hex::decode(text) {
        Ok(key) if key.len() >= 32 => Ok(key),
        _ => Err("give at least 64 hex digits (32 random bytes), such as the output of `openssl rand -hex 32`".into()),
    }
}

fn random(n: usize) -> Vec<u8> {
    let mut bytes = vec![0u8; n];
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    bytes
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn solved(pow: &ProofOfWork) -> String {
        let c = pow.issue();
        let number = c.solve().unwrap();
        base64::engine::general_purpose::STANDARD.encode(c.solution(number).payload_json())
    }

    #[test]
    fn each_solution_counts_once_and_is_forgotten_when_it_expires() {
        let pow = ProofOfWork::new(Some(vec![1; 32]), 50);
        let payload = solved(&pow);
        assert!(pow.redeem(Some(&payload), None).is_ok());
        assert!(matches!(
            pow.redeem(Some(&payload), None),
            Err(ApiError::ProofOfWorkNotValid)
        ));
        // A replay of a keyed submission goes through to the idempotency check.
        let keyed = solved(&pow);
        assert!(pow.redeem(Some(&keyed), Some("key-one")).is_ok());
        assert!(pow.redeem(Some(&keyed), Some("key-one")).is_ok());
        assert!(pow.redeem(Some(&keyed), Some("key-two")).is_err());
        assert!(pow.redeem(Some(&keyed), None).is_err());
        assert_eq!(pow.remembered(), 2);
        // After they expire, they are refused as expired and forgotten.
        let later = now() + TTL_SECS + 1;
        assert!(pow.redeem_at(Some(&solved(&pow)), None, later).is_err());
        assert_eq!(pow.remembered(), 0);
        assert!(matches!(
            pow.redeem(None, None),
            Err(ApiError::ProofOfWorkNeeded)
        ));
        assert!(matches!(
            pow.redeem(Some("bm90IGpzb24="), None),
            Err(ApiError::ProofOfWorkNotValid)
        ));
        // Another process's key.
        let other = ProofOfWork::new(None, 50);
        assert!(other.redeem(Some(&solved(&pow)), None).is_err());
    }

    #[test]
    fn the_payload_may_be_plain_json_and_the_key_is_hex() {
        let pow = ProofOfWork::new(Some(vec![2; 32]), 10);
        let c = pow.issue();
        let json = c.solution(c.solve().unwrap()).payload_json();
        assert!(pow.redeem(Some(&json), None).is_ok());
        assert_eq!(parse_key(&"ab".repeat(32)).unwrap(), vec![0xab; 32]);
        assert!(parse_key("abcd").is_err());
        assert!(parse_key(&"zz".repeat(32)).is_err());
    }
}
