//! `chorus`: run the server (`chorus serve`, or just `chorus`) or check form files (`chorus check`).

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use chorus_app::catalog::Catalog;
use chorus_app::i18n::{FALLBACK, LANGUAGES, Locales};
use chorus_app::limit::{self, Limiter};
use chorus_app::pow::ProofOfWork;
use chorus_app::storage::Store;
use chorus_app::{AppState, locale_check, router, token};
use chorus_core::release::Policy;
use chorus_core::schema::{ASSETS_PREFIX, MAX_SUBMISSIONS_PER_HOUR};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "chorus",
    version,
    about = "Community listening: anonymous forms, aggregate counts."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start the server (the default).
    Serve(Box<ServeArgs>),
    /// Check form files (or a locales folder) and report every problem with its file, question
    /// or message, and what to fix.
    Check {
        /// Form files or folders of them, or the `locales` folder.
        #[arg(default_value = "forms")]
        paths: Vec<PathBuf>,
    },
    /// Organisations, coordinators and tokens.
    #[command(subcommand)]
    Admin(Admin),
}

#[derive(Subcommand)]
enum Admin {
    /// Create a coordinator account (and its organisation, if new). The password is read from
    /// the first line of standard input: printf '%s\n' "$PASSWORD" | chorus admin create-coordinator …
    CreateCoordinator {
        #[command(flatten)]
        db: DbArgs,
        /// The organisation's id, as forms name it (`organisation = "…"`); forms that name
        /// none belong to "default".
        #[arg(long)]
        organisation: String,
        /// The organisation's name, if it is new (its id otherwise).
        #[arg(long)]
        organisation_name: Option<String>,
        #[arg(long)]
        email: String,
        /// The coordinator's name, as pages show it.
        #[arg(long)]
        name: String,
    },
    /// Set a new password for a coordinator who forgot theirs (read like create-coordinator's);
    /// it signs them out everywhere.
    ResetPassword {
        #[command(flatten)]
        db: DbArgs,
        #[arg(long)]
        email: String,
    },
    /// Copy the whole database to a new file, consistent even while the server runs (SQLite's
    /// VACUUM INTO). Run it from cron for backups (see docs/deploy.md).
    Backup {
        #[command(flatten)]
        db: DbArgs,
        /// The file to write; it must not exist yet.
        #[arg(long)]
        to: PathBuf,
    },
    /// Make a token for scripts working with one organisation's forms (Authorization: Bearer):
    /// its exports, and the API's changes; deleting a form's answers needs a person signed in.
    /// It is printed once; only its hash is kept.
    CreateToken {
        #[command(flatten)]
        db: DbArgs,
        #[arg(long)]
        organisation: String,
    },
}

/// Where the database is: as for `chorus serve`.
#[derive(clap::Args)]
struct DbArgs {
    /// Folder for the SQLite database (chorus.db inside).
    #[arg(long, env = "CHORUS_DATA_DIR", default_value = "data")]
    data_dir: PathBuf,
    /// Database URL; overrides the data folder: sqlite://path/to/file.db, or
    /// postgres://user:password@host/database for several instances on one PostgreSQL.
    #[arg(long, env = "DATABASE_URL")]
    database_url: Option<String>,
}

impl DbArgs {
    async fn open(&self) -> anyhow::Result<Store> {
        let url = database_url(self.database_url.as_deref(), &self.data_dir)?;
        Store::open(&url)
            .await
            .with_context(|| format!("opening the database {}", chorus_app::storage::redact(&url)))
    }
}

/// The database URL: the one given, or chorus.db in the data folder (made if missing).
fn database_url(url: Option<&str>, data_dir: &std::path::Path) -> anyhow::Result<String> {
    match url {
        Some(url) => Ok(url.to_string()),
        None => {
            std::fs::create_dir_all(data_dir)
                .with_context(|| format!("creating the data folder {}", data_dir.display()))?;
            Ok(format!("sqlite://{}", data_dir.join("chorus.db").display()))
        }
    }
}

#[derive(Parser)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "CHORUS_ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Folder for the SQLite database (chorus.db inside).
    #[arg(long, env = "CHORUS_DATA_DIR", default_value = "data")]
    data_dir: PathBuf,
    /// Database URL; overrides the data folder: sqlite://path/to/file.db, or
    /// postgres://user:password@host/database for several instances on one PostgreSQL.
    #[arg(long, env = "DATABASE_URL")]
    database_url: Option<String>,
    /// Folder (or file) of form definitions.
    #[arg(long, env = "CHORUS_FORMS", default_value = "forms")]
    forms: PathBuf,
    /// Folder of static files, with the built widget in pkg/.
    #[arg(long, env = "CHORUS_PUBLIC_DIR", default_value = "public")]
    public_dir: PathBuf,
    /// How counts are released: "standard" (small counts shown as "<threshold") or "strict"
    /// (1 to 7 shown as "*", the rest rounded to 5).
    #[arg(long, env = "CHORUS_RELEASE_POLICY", default_value = "standard", value_parser = ["standard", "strict"])]
    release_policy: String,
    /// Standard policy: counts from 1 up to this number less one are shown as "<N".
    #[arg(long, env = "CHORUS_SUPPRESSION_THRESHOLD", default_value_t = 5, value_parser = clap::value_parser!(u64).range(2..))]
    suppression_threshold: u64,
    /// A slice (the whole form, or a channel) with fewer responses than this shows no counts.
    #[arg(long, env = "CHORUS_SLICE_BASE", default_value_t = 10, value_parser = clap::value_parser!(u64).range(2..))]
    slice_base: u64,
    /// Bearer token for coordinator exports; if unset, one is generated once and printed.
    #[arg(long, env = "CHORUS_COORDINATOR_TOKEN", hide_env_values = true)]
    coordinator_token: Option<String>,
    /// The address people reach Chorus at (https://listen.example.org), for the links, QR codes
    /// and posters coordinators share; unset: the address of the coordinator's own request.
    #[arg(long, env = "CHORUS_PUBLIC_URL", value_parser = public_url)]
    public_url: Option<String>,
    /// Reverse proxies in front of Chorus (comma-separated IP addresses): only from these is
    /// X-Forwarded-For believed, to tell connections apart for the submission limits.
    #[arg(long, env = "CHORUS_TRUSTED_PROXY", value_parser = trusted_proxies)]
    trusted_proxy: Option<Proxies>,
    /// Submissions one connection may send to a form in an hour, for forms that set no limit.
    #[arg(long, env = "CHORUS_SUBMISSIONS_PER_HOUR", default_value_t = limit::DEFAULT_PER_HOUR, value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_SUBMISSIONS_PER_HOUR)))]
    submissions_per_hour: u32,
    /// The key proof-of-work challenges are signed with (hex, at least 32 bytes); unset: a random
    /// one per process. Instances behind one load balancer need the same key, or sticky routing.
    #[arg(long, env = "CHORUS_POW_KEY", hide_env_values = true, value_parser = pow_key)]
    pow_key: Option<PowKey>,
    /// Coordinators' sign-in attempts allowed per hour from one connection, and for one
    /// account (a third of them at once).
    #[arg(long, env = "CHORUS_SIGN_IN_PER_HOUR", default_value_t = limit::SIGN_IN_PER_HOUR, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    sign_in_per_hour: u32,
}

/// The proof-of-work key's bytes. `Debug` hides them.
#[derive(Clone)]
struct PowKey(Vec<u8>);

impl std::fmt::Debug for PowKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PowKey(..)")
    }
}

/// Hex; empty means unset.
fn pow_key(text: &str) -> Result<PowKey, String> {
    if text.trim().is_empty() {
        return Ok(PowKey(Vec::new()));
    }
    chorus_app::pow::parse_key(text).map(PowKey)
}

/// The trusted proxies' addresses.
#[derive(Debug, Clone)]
struct Proxies(Vec<IpAddr>);

/// `10.0.0.2,2001:db8::2`: IP addresses only (no ranges, no ports); empty means none.
fn trusted_proxies(text: &str) -> Result<Proxies, String> {
    text.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse::<IpAddr>().map_err(|_| {
                format!("\"{p}\" is not an IP address: give the proxies' addresses, separated by commas, such as 10.0.0.2,2001:db8::2")
            })
        })
        .collect::<Result<_, _>>()
        .map(Proxies)
}

/// `http(s)://host[:port]`, no path: links are built by adding `/f/<form>`.
fn public_url(text: &str) -> Result<String, String> {
    let url = text.trim().trim_end_matches('/');
    // Empty means unset, as for the other settings.
    if url.is_empty() {
        return Ok(String::new());
    }
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("start it with https:// (or http:// on a machine of your own)")?;
    if rest.is_empty() || rest.contains(['/', '?', '#', ' ', '"', '<', '>']) {
        return Err("give the address only, such as https://listen.example.org (no path)".into());
    }
    Ok(url.to_string())
}

/// Libraries that log per connection or per request below `warn`: axum's server logs each
/// connection's peer address ("connection 203.0.113.7:51234 accepted", at trace) and request
/// rejections; sqlx logs every statement (at debug), so each submission would leave lines
/// stamped with its exact time; hyper, h2 and tower can do the same. Whatever `RUST_LOG` says,
/// nothing under `warn` from them is logged: the log must hold no address and no timed trace of
/// anyone (app/tests/traces.rs checks it at `RUST_LOG=trace`).
const CAPPED: [&str; 7] = [
    "axum",
    "hyper",
    "hyper_util",
    "h2",
    "tower",
    "tower_http",
    "sqlx",
];

fn main() -> ExitCode {
    use tracing_subscriber::filter::{LevelFilter, Targets};
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    // A filter of its own, on top of RUST_LOG's: a more specific RUST_LOG directive
    // (`sqlx::query=debug`) cannot lift the cap.
    let caps = Targets::new()
        .with_default(LevelFilter::TRACE)
        .with_targets(CAPPED.map(|target| (target, LevelFilter::WARN)));
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .finish()
        .with(caps)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Check { paths }) => check(&paths),
        Some(Command::Serve(args)) => serve(*args),
        Some(Command::Admin(admin)) => self::admin(admin),
        None => serve(ServeArgs::parse_from(["chorus"])),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("chorus: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn check(paths: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let (locales, forms): (Vec<PathBuf>, Vec<PathBuf>) = paths
        .iter()
        .cloned()
        .partition(|p| p.join(FALLBACK).is_dir());
    let mut ok = true;
    for dir in &locales {
        let (problems, coverage) = locale_check::check(dir);
        for (lang, have, all) in &coverage {
            println!("{lang}: {have} of {all} messages");
        }
        for p in &problems {
            eprintln!("{p}");
        }
        if problems.is_empty() {
            println!("{}: every language is complete", dir.display());
        } else {
            eprintln!("{} problem(s) found", problems.len());
            ok = false;
        }
    }
    if forms.is_empty() {
        return Ok(if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        });
    }
    let forms_ok = check_forms(&forms)?;
    Ok(if ok && forms_ok == ExitCode::SUCCESS {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn check_forms(paths: &[PathBuf]) -> anyhow::Result<ExitCode> {
    match Catalog::load(paths) {
        Ok(catalog) => {
            let ids: Vec<&str> = catalog.ids().collect();
            let missing = missing_logos(&catalog);
            if !missing.is_empty() {
                for m in &missing {
                    eprintln!("{m}");
                }
                eprintln!("{} problem(s) found", missing.len());
                return Ok(ExitCode::FAILURE);
            }
            println!("{} form(s) are fine: {}", ids.len(), ids.join(", "));
            // How much of each form is translated, so a partner knows what is still English.
            for form in ids.iter().filter_map(|id| catalog.get(id)) {
                for language in LANGUAGES.iter().filter(|l| l.tag != FALLBACK) {
                    let (have, all) = form.coverage(language.tag);
                    if have > 0 || form.languages.iter().any(|l| l == language.tag) {
                        println!(
                            "{}: {} texts of {all} translated into {} ({})",
                            form.id, have, language.name, language.tag
                        );
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!("{} problem(s) found", problems.len());
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Logos named by forms but not in the public folder (`CHORUS_PUBLIC_DIR`, or `public`).
fn missing_logos(catalog: &Catalog) -> Vec<String> {
    let public = std::env::var_os("CHORUS_PUBLIC_DIR")
        .map_or_else(|| PathBuf::from("public"), PathBuf::from);
    catalog
        .ids()
        .filter_map(|id| catalog.get(id))
        .filter_map(|form| {
            let src = form.logo.as_ref()?.src.clone();
            let file = public.join(src.strip_prefix(ASSETS_PREFIX)?);
            (!file.is_file()).then(|| {
                format!(
                    "form \"{}\": [logo] `src` \"{src}\" is not in the public folder: there is no {}",
                    form.id,
                    file.display()
                )
            })
        })
        .collect()
}

#[tokio::main]
async fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let catalog = match Catalog::load(std::slice::from_ref(&args.forms)) {
        Ok(c) => c,
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            anyhow::bail!(
                "not starting: {} problem(s) in the form files above; fix them (chorus check helps)",
                problems.len()
            );
        }
    };
    let locales = Locales::load().context("loading the interface text in locales/")?;
    let missing = locales.missing(FALLBACK);
    anyhow::ensure!(
        missing.is_empty(),
        "locales/{FALLBACK} lacks messages: {}",
        missing.join(", ")
    );

    let url = database_url(args.database_url.as_deref(), &args.data_dir)?;
    let store = Store::open(&url)
        .await
        .with_context(|| format!("opening the database {}", chorus_app::storage::redact(&url)))?;
    // Diversity answers are never counted by channel, also when a question became one later.
    for form in catalog.ids().filter_map(|id| catalog.get(id)) {
        let diversity: Vec<&str> = form
            .questions
            .iter()
            .filter(|q| q.kind == chorus_core::Kind::Diversity)
            .map(|q| q.id.as_str())
            .collect();
        store
            .separate_diversity(&form.id, &diversity)
            .await
            .with_context(|| format!("separating the diversity counts of form {}", form.id))?;
    }
    // Each form's definition as run, so wording changed while live stays on record.
    for form in catalog.ids().filter_map(|id| catalog.get(id)) {
        let definition = chorus_app::catalog::definition(&form);
        if store.record_form_version(&form.id, &definition).await? {
            tracing::info!(form = %form.id, "a new version of the form's definition");
        }
    }
    for problem in missing_logos(&catalog) {
        tracing::warn!("{problem}");
    }
    let (token_hash, new_token) =
        token::establish(&store, args.coordinator_token.as_deref()).await?;
    if let Some(token) = new_token {
        println!("Coordinator token for exports (shown only this once; keep it safe): {token}");
    }

    // Idempotency keys are kept 8 days, invite codes 30, quotes as long as their form says:
    // forget older ones daily (and now).
    let forgetting = store.clone();
    let retention: Vec<(String, u32)> = catalog_retention(&catalog);
    tokio::spawn(async move {
        let mut daily = tokio::time::interval(std::time::Duration::from_secs(24 * 60 * 60));
        loop {
            daily.tick().await;
            if let Err(e) = forgetting.forget_expired_keys().await {
                tracing::warn!(error = %e, "could not forget expired idempotency keys");
            }
            if let Err(e) = forgetting.forget_expired_invites().await {
                tracing::warn!(error = %e, "could not forget expired invite codes");
            }
            if let Err(e) = forgetting
                .forget_expired_sessions(chorus_app::accounts::now())
                .await
            {
                tracing::warn!(error = %e, "could not forget ended sessions");
            }
            for (form, days) in &retention {
                if let Err(e) = forgetting.forget_old_quotes(form, *days).await {
                    tracing::warn!(error = %e, form = %form, "could not delete old quotes");
                }
            }
        }
    });

    let state = AppState::new(
        catalog,
        store.clone(),
        locales,
        token_hash,
        if args.release_policy == "strict" {
            Policy::Strict {
                base: args.slice_base,
            }
        } else {
            Policy::Standard {
                threshold: args.suppression_threshold,
                base: args.slice_base,
            }
        },
        args.public_dir.clone(),
    )
    .with_public_url(args.public_url.clone())
    .with_limiter(
        Limiter::new(
            args.submissions_per_hour,
            args.trusted_proxy.map(|p| p.0).unwrap_or_default(),
        )
        .with_sign_in_per_hour(args.sign_in_per_hour),
    );
    // A key of one's own (CHORUS_POW_KEY) instead of the one made from the database's secret.
    let state = match args.pow_key.map(|k| k.0).filter(|k| !k.is_empty()) {
        Some(key) => state.with_pow(ProofOfWork::new(Some(key), chorus_core::pow::MAX_NUMBER)),
        None => state,
    };
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("listening on {}", args.addr))?;
    let ids: Vec<&str> = state.catalog.ids().collect();
    println!(
        "Chorus is listening on http://{} (forms: {})",
        listener.local_addr()?,
        ids.join(", ")
    );
    // The peer's address reaches the submission limits only (see chorus_app::limit).
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown())
        .await?;
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

/// Each form that keeps quotes only so long, with how many days.
fn catalog_retention(catalog: &Catalog) -> Vec<(String, u32)> {
    catalog
        .ids()
        .filter_map(|id| catalog.get(id))
        .filter_map(|form| Some((form.id.clone(), form.keep_quotes_days?)))
        .collect()
}

/// The first line of standard input: a password given by a script or typed.
fn read_password() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

#[tokio::main]
async fn admin(admin: Admin) -> anyhow::Result<ExitCode> {
    use chorus_app::accounts::{hash_password, new_secret, normal_email};
    match admin {
        Admin::CreateCoordinator {
            db,
            organisation,
            organisation_name,
            email,
            name,
        } => {
            anyhow::ensure!(
                chorus_core::schema::is_slug(&organisation),
                "the organisation id \"{organisation}\" is not usable: {}",
                chorus_core::schema::SLUG_RULE
            );
            let email = normal_email(&email)?;
            anyhow::ensure!(
                !name.trim().is_empty(),
                "give the coordinator's name with --name"
            );
            let hash = hash_password(&read_password()?)?;
            let store = db.open().await?;
            let org_name = organisation_name.unwrap_or_else(|| organisation.clone());
            store.ensure_organisation(&organisation, &org_name).await?;
            let created = store
                .create_coordinator(&organisation, &email, name.trim(), &hash)
                .await?;
            store.close().await;
            match created {
                Some(_) => {
                    println!(
                        "Coordinator {email} of organisation \"{organisation}\" created: sign in at /coordinator/sign-in"
                    );
                    Ok(ExitCode::SUCCESS)
                }
                None => anyhow::bail!(
                    "{email} has an account already: to change its password use chorus admin reset-password --email {email}"
                ),
            }
        }
        Admin::ResetPassword { db, email } => {
            let email = normal_email(&email)?;
            let hash = hash_password(&read_password()?)?;
            let store = db.open().await?;
            let done = store.set_password(&email, &hash).await?;
            store.close().await;
            anyhow::ensure!(
                done,
                "there is no coordinator {email}: check the address, or create one with chorus admin create-coordinator"
            );
            println!("New password set for {email}; they have been signed out everywhere.");
            Ok(ExitCode::SUCCESS)
        }
        Admin::Backup { db, to } => {
            anyhow::ensure!(
                !to.exists(),
                "{} exists already: give a new file name (a date in it helps), or move the old one away",
                to.display()
            );
            let store = db.open().await?;
            store
                .backup_to(&to)
                .await
                .with_context(|| format!("backing up to {}", to.display()))?;
            store.close().await;
            println!("Backed up to {}", to.display());
            Ok(ExitCode::SUCCESS)
        }
        Admin::CreateToken { db, organisation } => {
            let store = db.open().await?;
            anyhow::ensure!(
                store.organisation_name(&organisation).await?.is_some(),
                "there is no organisation \"{organisation}\": create it with its first coordinator (chorus admin create-coordinator)"
            );
            let token = new_secret();
            store
                .add_organisation_token(&organisation, &chorus_app::token::sha256_hex(&token))
                .await?;
            store.close().await;
            println!(
                "Token for organisation \"{organisation}\" (shown only this once; keep it safe): {token}"
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
