//! Per-connection limits on submissions: abuse resistance without tracking anyone.
//!
//! A form anyone can answer can be flooded by a script. Chorus slows that down by allowing each
//! internet connection only so many submissions an hour, per form (and per channel, when a
//! channel has a limit of its own), without keeping anything that says who sent what.
//!
//! **What is in memory, and for how long.** Nothing here is ever written to disk or to the log.
//! - A random 32-byte salt, made when the first submission of the UTC day arrives and replaced
//!   by a new one on the next day's first. The old one is dropped, and nothing made with it
//!   means anything afterwards.
//! - For each connection that submitted recently, one opaque 128-bit number and one timestamp:
//!   the number is an HMAC-SHA256, under the day's salt, of the connection's address together
//!   with the form and the allowance (the form's, or a channel's), cut to 128 bits. Neither the
//!   address, the form nor the channel can be read back from it, and without the salt nobody
//!   can test a guessed address against it. The timestamp is when that allowance will be full
//!   again (governor's GCRA state). An entry is removed within [`SWEEP`] of its allowance
//!   filling up again (at the default, within about half an hour of its last submission), and
//!   all of them when the day's salt is replaced.
//!
//! The address is the TCP peer's, or behind a trusted reverse proxy (`CHORUS_TRUSTED_PROXY`)
//! the right-most `X-Forwarded-For` address that is not one of those proxies. An IPv6 address
//! counts by its /64 (one household or one phone on a mobile network), an IPv4 address whole.
//!
//! Each Chorus process keeps its own limiter. When several instances run behind one load
//! balancer, each counts only what reaches it, so the limits are per instance.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::http::HeaderMap;
use chorus_core::schema::Form;
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::error::ApiError;

/// Submissions one connection may send to a form in an hour when the form sets no limit (the
/// server's `CHORUS_SUBMISSIONS_PER_HOUR` can change it).
///
/// Generous for a venue where many people share one Wi-Fi connection: a drop-in group of ten
/// can all send their answers at once (see [`burst`]), and after that one more may come every
/// two minutes, all day. A script gets no further than 30 fake submissions an hour from one
/// address or IPv6 /64 (40 in its first hour, with the burst): enough to slow a flood down and
/// make it stand out, not to stop it. A form or a channel that expects more from one place,
/// such as an event with one Wi-Fi, sets its own limit in its file. Answers sent by the widget
/// wait on the device when refused with 429, and are sent again later, so they are not lost.
pub const DEFAULT_PER_HOUR: u32 = 30;

/// Sign-in attempts per hour from one connection, and for one account (a third of them at
/// once): enough for a coordinator who mistypes, far too few to guess a password.
pub const SIGN_IN_PER_HOUR: u32 = 15;

/// How often entries whose allowance has filled up again are dropped.
pub const SWEEP: Duration = Duration::from_secs(10 * 60);

/// How many submissions may come at once: a third of the hour's allowance, at least one (10 at
/// the default of 30), so a group finishing together is not turned away, while the rest of the
/// hour's allowance comes back one at a time.
pub fn burst(per_hour: u32) -> u32 {
    (per_hour / 3).max(1)
}

/// The start of the no-JavaScript allowance's scope (followed by the channel, if it has an
/// allowance of its own).
const NO_JS_SCOPE: &str = "_no-js:";

/// Posts without JavaScript to a proof-of-work form: a tenth of the allowance, at least 1 an
/// hour (3 at the default of 30; the burst is a third of it, so 1 at once).
pub fn no_js_per_hour(per_hour: u32) -> u32 {
    (per_hour / 10).max(1)
}

/// The limiter's time: the monotonic clock, plus any time [`Limiter::skip_time`] has added.
#[derive(Debug, Clone)]
struct Clock {
    start: Instant,
    skipped: Arc<AtomicU64>,
}

impl governor::clock::Clock for Clock {
    type Instant = Duration;

    fn now(&self) -> Duration {
        self.start.elapsed() + Duration::from_nanos(self.skipped.load(Ordering::Relaxed))
    }
}

type Keyed = RateLimiter<u128, DefaultKeyedStateStore<u128>, Clock, NoOpMiddleware<Duration>>;

/// One UTC day's salt, and the limiters keyed with it (one per number of submissions an hour).
struct Day {
    number: u64,
    salt: [u8; 32],
    limiters: HashMap<u32, Keyed>,
    swept: Duration,
}

/// The submission limits of one Chorus process. Kept in memory only: see the module's
/// documentation for what it holds.
pub struct Limiter {
    default_per_hour: u32,
    sign_in_per_hour: u32,
    trusted: Vec<IpAddr>,
    clock: Clock,
    day: Mutex<Option<Day>>,
    warned: AtomicBool,
}

impl std::fmt::Debug for Limiter {
    // The salt stays out of any debug output.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limiter")
            .field("default_per_hour", &self.default_per_hour)
            .field("trusted", &self.trusted)
            .finish_non_exhaustive()
    }
}

/// Who a submission is from, as far as limits go: an address, or `None` when the server was
/// not told the peer (tests calling the router directly), one shared unknown client.
type Client = Option<IpAddr>;

impl Limiter {
    /// `default_per_hour` applies to forms that set no limit; `trusted` are the reverse proxies
    /// whose `X-Forwarded-For` is believed.
    pub fn new(default_per_hour: u32, trusted: Vec<IpAddr>) -> Limiter {
        Limiter {
            default_per_hour: default_per_hour.max(1),
            sign_in_per_hour: SIGN_IN_PER_HOUR,
            trusted: trusted.into_iter().map(|ip| ip.to_canonical()).collect(),
            clock: Clock {
                start: Instant::now(),
                skipped: Arc::new(AtomicU64::new(0)),
            },
            day: Mutex::new(None),
            warned: AtomicBool::new(false),
        }
    }

    /// Sign-in attempts allowed per connection and per account in an hour, other than
    /// [`SIGN_IN_PER_HOUR`] (`CHORUS_SIGN_IN_PER_HOUR`).
    pub fn with_sign_in_per_hour(mut self, per_hour: u32) -> Limiter {
        self.sign_in_per_hour = per_hour.max(1);
        self
    }

    /// Moves this limiter's clock on, as if `by` had passed: for tests that show a limit
    /// recovering without waiting for it. The UTC day (and so the salt) follows the real clock.
    pub fn skip_time(&self, by: Duration) {
        let nanos = u64::try_from(by.as_nanos()).unwrap_or(u64::MAX);
        self.clock.skipped.fetch_add(nanos, Ordering::Relaxed);
    }

    /// Counts one submission attempt to `form` under `channel` (as counted), from `peer` (the
    /// TCP peer, if known) with these request headers. `Err(ApiError::RateLimited)`, with how
    /// long to wait, when the connection has used its allowance; then nothing else should happen.
    pub fn check(
        &self,
        peer: Option<SocketAddr>,
        headers: &HeaderMap,
        form: &Form,
        channel: &str,
    ) -> Result<(), ApiError> {
        let client = self.client(peer.map(|p| p.ip()), headers);
        let allowance = form.allowance(channel);
        let per_hour = allowance.per_hour.unwrap_or(self.default_per_hour);
        self.check_on(
            today(),
            client,
            &form.id,
            allowance.channel.unwrap_or_default(),
            per_hour,
        )
    }

    /// Like [`Limiter::check`], for a post from the pages without JavaScript to a form with
    /// `proof_of_work = true`: no work was shown, so its allowance is much stricter
    /// ([`no_js_per_hour`]) and kept apart from the API's, so neither uses up the other.
    pub fn check_no_js(
        &self,
        peer: Option<SocketAddr>,
        headers: &HeaderMap,
        form: &Form,
        channel: &str,
    ) -> Result<(), ApiError> {
        let client = self.client(peer.map(|p| p.ip()), headers);
        let allowance = form.allowance(channel);
        let per_hour = no_js_per_hour(allowance.per_hour.unwrap_or(self.default_per_hour));
        // Ids never start with '_', so this scope is never a channel's.
        let scope = format!("{NO_JS_SCOPE}{}", allowance.channel.unwrap_or_default());
        self.check_on(today(), client, &form.id, &scope, per_hour)
    }

    /// Counts one sign-in attempt by a coordinator: each connection may try
    /// [`SIGN_IN_PER_HOUR`] times an hour whatever the account, and each account (by email
    /// address, as typed) as often whatever the connection, so neither guessing one password
    /// from many places nor many passwords from one place gets far. Kept like submissions'
    /// limits: HMACs under the day's salt, in memory.
    pub fn check_sign_in(
        &self,
        peer: Option<SocketAddr>,
        headers: &HeaderMap,
        email: &str,
    ) -> Result<(), ApiError> {
        let client = self.client(peer.map(|p| p.ip()), headers);
        // Form ids never start with '_': these scopes are no form's.
        let per_hour = self.sign_in_per_hour;
        self.check_on(today(), client, "_sign-in", "", per_hour)?;
        self.check_on(today(), None, "_sign-in-account", email, per_hour)
    }

    fn check_on(
        &self,
        day: u64,
        client: Client,
        form: &str,
        scope: &str,
        per_hour: u32,
    ) -> Result<(), ApiError> {
        let mut guard = self.day.lock().unwrap_or_else(|e| e.into_inner());
        // A new day: a new salt, and fresh limiters (yesterday's keys mean nothing now).
        if guard.as_ref().is_none_or(|d| d.number != day) {
            *guard = Some(Day {
                number: day,
                salt: new_salt(),
                limiters: HashMap::new(),
                swept: governor::clock::Clock::now(&self.clock),
            });
        }
        let Some(today) = guard.as_mut() else {
            return Ok(());
        };
        let now = governor::clock::Clock::now(&self.clock);
        if now.saturating_sub(today.swept) >= SWEEP {
            today.swept = now;
            today.limiters.retain(|_, limiter| {
                limiter.retain_recent();
                limiter.shrink_to_fit();
                !limiter.is_empty()
            });
        }
        let key = key(&today.salt, client, form, scope);
        let limiter = today.limiters.entry(per_hour).or_insert_with(|| {
            RateLimiter::new(
                quota(per_hour),
                DefaultKeyedStateStore::default(),
                self.clock.clone(),
            )
        });
        limiter.check_key(&key).map_err(|not_until| {
            let wait = not_until.wait_time_from(now);
            ApiError::RateLimited {
                retry_after: whole_seconds(wait),
            }
        })
    }

    /// The address limits count by: the peer's, or behind a trusted proxy the right-most
    /// `X-Forwarded-For` address that is not itself a trusted proxy.
    fn client(&self, peer: Option<IpAddr>, headers: &HeaderMap) -> Client {
        let peer = peer.map(|p| p.to_canonical())?;
        let forwarded = headers.get_all("x-forwarded-for");
        if !self.trusted.contains(&peer) {
            if forwarded.iter().next().is_some() && !self.warned.swap(true, Ordering::Relaxed) {
                // Said once, and without any address.
                tracing::warn!(
                    "a submission came with X-Forwarded-For from a connection that is not a trusted proxy: if Chorus is behind a reverse proxy, set CHORUS_TRUSTED_PROXY to its address, or everyone behind it shares one submission limit"
                );
            }
            return Some(peer);
        }
        let hops: Vec<&str> = forwarded
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect();
        for hop in hops.iter().rev() {
            match parse_hop(hop) {
                Some(ip) if self.trusted.contains(&ip) => continue,
                Some(ip) => return Some(ip),
                // Not an address: the proxy sent something Chorus cannot count by.
                None => return Some(peer),
            }
        }
        Some(peer)
    }
}

/// An `X-Forwarded-For` entry: an address, possibly with a port (`203.0.113.7:4711`,
/// `[2001:db8::1]:443`), as some proxies write them.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .or_else(|_| hop.parse::<SocketAddr>().map(|s| s.ip()))
        .or_else(|_| {
            hop.trim_start_matches('[')
                .trim_end_matches(']')
                .parse::<IpAddr>()
        })
        .ok()
        .map(|ip| ip.to_canonical())
}

/// `per_hour` an hour, [`burst`] at once.
fn quota(per_hour: u32) -> Quota {
    let per_hour = NonZeroU32::new(per_hour).unwrap_or(NonZeroU32::MIN);
    let burst = NonZeroU32::new(burst(per_hour.get())).unwrap_or(NonZeroU32::MIN);
    Quota::per_hour(per_hour).allow_burst(burst)
}

/// Whole seconds, rounded up, at least 1: what `Retry-After` says.
fn whole_seconds(wait: Duration) -> u64 {
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    secs.max(1)
}

/// Days since 1970-01-01, in UTC.
fn today() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400)
}

fn new_salt() -> [u8; 32] {
    let mut salt = [0u8; 32];
    getrandom::fill(&mut salt).expect("the operating system's random source failed");
    salt
}

/// The limiter's key for one allowance of one connection: HMAC-SHA256 under the day's salt of
/// the address (an IPv6 address's /64 only), the form and the allowance's channel (empty for
/// the form's own), cut to 128 bits.
fn key(salt: &[u8; 32], client: Client, form: &str, scope: &str) -> u128 {
    let mut mac = Hmac::<Sha256>::new_from_slice(salt).expect("HMAC takes a key of any length");
    match client {
        Some(IpAddr::V4(ip)) => {
            mac.update(&[4]);
            mac.update(&ip.octets());
        }
        // One household's devices share a /64; each phone on a mobile network has its own.
        Some(IpAddr::V6(ip)) => {
            mac.update(&[6]);
            mac.update(&ip.octets()[..8]);
        }
        None => mac.update(&[0]),
    }
    // Lengths first, so no two (form, scope) pairs run together into the same bytes.
    for part in [form, scope] {
        mac.update(&(part.len() as u64).to_be_bytes());
        mac.update(part.as_bytes());
    }
    let mac = mac.finalize().into_bytes();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&mac[..16]);
    u128::from_be_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(text: &str) -> Client {
        Some(text.parse().unwrap())
    }

    #[test]
    fn ipv6_counts_by_its_64_and_the_key_changes_with_the_salt() {
        let salt = [7u8; 32];
        let k = |client: Client| key(&salt, client, "demo", "");
        // One /64: one household, one key.
        assert_eq!(
            k(ip("2001:db8:1:2::1")),
            k(ip("2001:db8:1:2:abcd:ef01:2345:6789"))
        );
        // Another /64 (a phone next door on the mobile network): another key.
        assert_ne!(k(ip("2001:db8:1:2::1")), k(ip("2001:db8:1:3::1")));
        // IPv4 counts by the whole address.
        assert_ne!(k(ip("203.0.113.7")), k(ip("203.0.113.8")));
        assert_ne!(k(ip("203.0.113.7")), k(None));
        // Forms and allowances are apart.
        assert_ne!(
            k(ip("203.0.113.7")),
            key(&salt, ip("203.0.113.7"), "other", "")
        );
        assert_ne!(
            k(ip("203.0.113.7")),
            key(&salt, ip("203.0.113.7"), "demo", "riverside-mind")
        );
        assert_ne!(
            key(&salt, None, "ab", "c"),
            key(&salt, None, "a", "bc"),
            "parts never run together"
        );
        // A new salt: the same address means a different key.
        let other_salt = [8u8; 32];
        assert_ne!(
            k(ip("2001:db8:1:2::1")),
            key(&other_salt, ip("2001:db8:1:2::1"), "demo", "")
        );
    }

    #[test]
    fn the_burst_is_a_third_of_the_hour() {
        assert_eq!(burst(DEFAULT_PER_HOUR), 10);
        assert_eq!(burst(1), 1);
        assert_eq!(burst(3), 1);
        assert_eq!(burst(120), 40);
        assert_eq!(whole_seconds(Duration::from_millis(1)), 1);
        assert_eq!(whole_seconds(Duration::from_millis(120_001)), 121);
        assert_eq!(whole_seconds(Duration::ZERO), 1);
    }

    #[test]
    fn a_new_day_starts_afresh_and_time_brings_the_allowance_back() {
        let limiter = Limiter::new(3, Vec::new());
        let client = ip("203.0.113.7");
        assert!(limiter.check_on(100, client, "demo", "", 3).is_ok());
        let Err(ApiError::RateLimited { retry_after }) =
            limiter.check_on(100, client, "demo", "", 3)
        else {
            panic!("the second submission within 20 minutes should be limited");
        };
        assert!((1_190..=1_200).contains(&retry_after), "{retry_after}");
        // Another connection, another form, another allowance: each its own.
        assert!(
            limiter
                .check_on(100, ip("203.0.113.8"), "demo", "", 3)
                .is_ok()
        );
        assert!(limiter.check_on(100, client, "other", "", 3).is_ok());
        assert!(limiter.check_on(100, client, "demo", "venue", 3).is_ok());
        // The next UTC day: a new salt, nothing remembered.
        assert!(limiter.check_on(101, client, "demo", "", 3).is_ok());
        assert!(limiter.check_on(101, client, "demo", "", 3).is_err());
        limiter.skip_time(Duration::from_secs(20 * 60));
        assert!(limiter.check_on(101, client, "demo", "", 3).is_ok());
        // The sweep forgets connections whose allowance is full again.
        limiter.skip_time(SWEEP + Duration::from_secs(60 * 60));
        assert!(
            limiter
                .check_on(101, ip("203.0.113.9"), "demo", "", 3)
                .is_ok()
        );
        let guard = limiter.day.lock().unwrap();
        assert_eq!(guard.as_ref().unwrap().limiters[&3].len(), 1);
    }

    #[test]
    fn the_no_js_allowance_is_a_tenth_and_its_own() {
        assert_eq!(no_js_per_hour(30), 3);
        assert_eq!(no_js_per_hour(9), 1);
        assert_eq!(no_js_per_hour(1), 1);
        assert_eq!(no_js_per_hour(300), 30);
        let mut form = Form {
            id: "guarded".into(),
            ..Form::default()
        };
        form.proof_of_work = true;
        let limiter = Limiter::new(30, Vec::new());
        let headers = HeaderMap::new();
        // At the default of 30: 3 an hour, 1 at once.
        assert!(limiter.check_no_js(None, &headers, &form, "direct").is_ok());
        assert!(
            limiter
                .check_no_js(None, &headers, &form, "direct")
                .is_err()
        );
        // The API's allowance is untouched.
        for _ in 0..10 {
            assert!(limiter.check(None, &headers, &form, "direct").is_ok());
        }
        assert!(limiter.check(None, &headers, &form, "direct").is_err());
        limiter.skip_time(Duration::from_secs(20 * 60));
        assert!(limiter.check_no_js(None, &headers, &form, "direct").is_ok());
    }

    #[test]
    fn forwarded_addresses_count_only_from_trusted_proxies() {
        let proxy: IpAddr = "10.0.0.2".parse().unwrap();
        let inner: IpAddr = "10.0.0.3".parse().unwrap();
        let limiter = Limiter::new(30, vec![proxy, inner]);
        let headers = |values: &[&str]| {
            let mut h = HeaderMap::new();
            for v in values {
                h.append("x-forwarded-for", HeaderValue::from_str(v).unwrap());
            }
            h
        };
        let from = |peer: &str, values: &[&str]| {
            limiter.client(Some(peer.parse().unwrap()), &headers(values))
        };
        // Right-most address that is not a trusted proxy; what the client wrote to the left of
        // it is not believed.
        assert_eq!(
            from("10.0.0.2", &["198.51.100.9, 203.0.113.7, 10.0.0.3"]),
            ip("203.0.113.7")
        );
        assert_eq!(
            from("10.0.0.2", &["198.51.100.9", "203.0.113.7:4711"]),
            ip("203.0.113.7")
        );
        assert_eq!(from("10.0.0.2", &["[2001:db8::1]:443"]), ip("2001:db8::1"));
        assert_eq!(from("::ffff:10.0.0.2", &["203.0.113.7"]), ip("203.0.113.7"));
        // Nothing usable: the proxy's own address.
        assert_eq!(from("10.0.0.2", &[]), ip("10.0.0.2"));
        assert_eq!(from("10.0.0.2", &["10.0.0.3"]), ip("10.0.0.2"));
        assert_eq!(from("10.0.0.2", &["unknown"]), ip("10.0.0.2"));
        // From anyone else, the header is ignored: it could say anything.
        assert_eq!(from("198.51.100.1", &["203.0.113.7"]), ip("198.51.100.1"));
        assert_eq!(limiter.client(None, &headers(&["203.0.113.7"])), None);
    }
}
