//! The Chorus server: serves the listening forms, counts submissions as aggregates only, and
//! gives coordinators released (suppressed) exports.

pub mod accounts;
pub mod catalog;
pub mod chart;
pub mod clock;
pub mod error;
pub mod i18n;
pub mod limit;
pub mod locale_check;
pub mod pow;
mod routes;
pub mod storage;
pub mod token;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chorus_core::release::Policy;
use chorus_widget::shell::Assets;
use serde::Deserialize;

pub use routes::{BODY_LIMIT, router};

use crate::catalog::Catalog;
use crate::i18n::Locales;
use crate::limit::Limiter;
use crate::pow::ProofOfWork;
use crate::storage::Store;
use crate::token::TokenHash;

/// What every request handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub catalog: Arc<Catalog>,
    pub store: Store,
    pub locales: Arc<Locales>,
    pub token: TokenHash,
    pub policy: Policy,
    pub public_dir: PathBuf,
    pub assets: Assets,
    /// Where people reach this Chorus (`https://listen.example.org`), for links, QR codes and
    /// posters; `None`: the address a coordinator's request came to.
    pub public_url: Option<String>,
    /// The coordinator pages' stylesheet, versioned like the widget's.
    pub coordinator_css: String,
    /// Per-connection limits on submissions, in memory only (see [`crate::limit`]).
    pub limiter: Arc<Limiter>,
    /// Proof-of-work challenges and the solutions used, in memory only (see [`crate::pow`]).
    pub pow: Arc<ProofOfWork>,
}

impl AppState {
    pub fn new(
        catalog: Catalog,
        store: Store,
        locales: Locales,
        token: TokenHash,
        policy: Policy,
        public_dir: PathBuf,
    ) -> AppState {
        // leptos_axum renders on tokio tasks; its executor must know it. A second call is harmless.
        let _ = any_spawner::Executor::init_tokio();
        let assets = find_assets(&public_dir);
        let coordinator_css = versioned(&public_dir, "coordinator.css");
        // Signed with a key from the database's secret, so a challenge one instance gave is
        // accepted by another on the same database.
        let pow = ProofOfWork::new(
            Some(store.derived_key("proof-of-work")),
            chorus_core::pow::MAX_NUMBER,
        );
        AppState {
            catalog: Arc::new(catalog),
            store,
            locales: Arc::new(locales),
            token,
            policy,
            public_dir,
            assets,
            public_url: None,
            coordinator_css,
            limiter: Arc::new(Limiter::new(limit::DEFAULT_PER_HOUR, Vec::new())),
            pow: Arc::new(pow),
        }
    }

    /// Submission limits other than the default: another default per hour, or trusted proxies.
    pub fn with_limiter(mut self, limiter: Limiter) -> AppState {
        self.limiter = Arc::new(limiter);
        self
    }

    /// Proof of work under another key (`CHORUS_POW_KEY`) or difficulty (tests).
    pub fn with_pow(mut self, pow: ProofOfWork) -> AppState {
        self.pow = Arc::new(pow);
        self
    }

    pub fn with_public_url(mut self, url: Option<String>) -> AppState {
        self.public_url = url.filter(|u| !u.trim().is_empty());
        self
    }
}

/// `public/pkg/manifest.json`, written by `scripts/build-widget`, names the content-hashed files.
#[derive(Deserialize)]
struct Manifest {
    js: String,
    wasm: String,
}

/// `/assets/<name>?v=<hash of its content>`: a changed file is fetched afresh, not from cache.
fn versioned(public: &Path, name: &str) -> String {
    let version = std::fs::read(public.join(name))
        .map(|bytes| token::sha256_hex(&String::from_utf8_lossy(&bytes))[..12].to_string())
        .unwrap_or_default();
    format!("/assets/{name}?v={version}")
}

fn find_assets(public: &Path) -> Assets {
    let manifest = std::fs::read_to_string(public.join("pkg/manifest.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<Manifest>(&text).ok());
    if manifest.is_none() {
        tracing::warn!(
            "the widget is not built (no public/pkg/manifest.json): pages work as plain HTML only"
        );
    }
    Assets {
        css: versioned(public, "chorus.css"),
        script: manifest.map(|m| (format!("/pkg/{}", m.js), format!("/pkg/{}", m.wasm))),
    }
}
