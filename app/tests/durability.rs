//! Nothing lost, nothing doubled: the real server under load, killed with `kill -9` at random
//! moments and restarted, and the real server on a full disk.
//!
//! `CHORUS_CRASH_ROUNDS` sets how many kills (default 3; the long test, scripts/long-test, runs
//! 25). Each test prints its tally.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use common::live::{Answer, Live, new_key};
use common::*;

/// Concurrent clients sending submissions while the server is killed.
const CLIENTS: usize = 6;

/// The responses counted in the database, read with the server stopped (SQLite recovers its
/// write-ahead log on open, as the next server start would).
async fn counted(db: &str) -> i64 {
    let db = Db::open(db).await;
    let n: Option<i64> = sqlx::query_scalar(
        "SELECT CAST(SUM(count) AS BIGINT) FROM response_totals WHERE form = 'demo'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    db.close().await;
    n.unwrap_or(0)
}

/// A small random number generator (xorshift), seeded per run and printed, so a failing run can
/// be repeated with `CHORUS_CRASH_SEED`.
struct Rng(u64);

impl Rng {
    fn new() -> Rng {
        let seed = std::env::var("CHORUS_CRASH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                let mut b = [0u8; 8];
                getrandom::fill(&mut b).unwrap();
                u64::from_le_bytes(b) | 1
            });
        eprintln!("crash test seed: CHORUS_CRASH_SEED={seed}");
        Rng(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn body(i: usize) -> String {
    let support = ["very-well", "quite-well", "not-very-well", "not-at-all"][i % 4];
    format!(r#"{{"answers":{{"support":"{support}","ideas":"More evening groups"}}}}"#)
}

/// Sends `key`'s submission again until it gets its 201 (the server is up: this is the retry a
/// widget's outbox makes).
async fn retry(live: &Live, key: &str, i: usize) {
    for _ in 0..50 {
        match live.submit("demo", Some(key), &body(i)).await {
            Some((201, _)) => return,
            Some((status, text)) if status != 503 && status < 500 => {
                panic!("a retry was refused: {status} {text}")
            }
            _ => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    panic!("a retry never got its answer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_submission_is_counted_exactly_once_across_kill_9() {
    let rounds: usize = std::env::var("CHORUS_CRASH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    let mut rng = Rng::new();
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_database(dir.path()).await;
    let env = [
        ("DATABASE_URL", db.clone()),
        // All clients are this one machine: the limits have tests of their own.
        ("CHORUS_SUBMISSIONS_PER_HOUR", "10000".to_string()),
    ];

    let (mut acknowledged, mut unanswered_at_kills, mut replayed) = (0i64, 0, 0);
    // Submissions with no 201 yet: their key and body, to send again after the restart.
    let mut unanswered: Vec<(String, usize)> = Vec::new();
    for round in 0..=rounds {
        let live = Live::start(&env).await;
        // What the outboxes hold is sent again first, each with its key.
        for (key, i) in unanswered.drain(..) {
            retry(&live, &key, i).await;
            acknowledged += 1;
        }
        if round == rounds {
            live.kill();
            break;
        }
        let live = Arc::new(live);
        let stop = Arc::new(AtomicBool::new(false));
        let clients: Vec<_> = (0..CLIENTS)
            .map(|c| {
                let (live, stop) = (live.clone(), stop.clone());
                tokio::spawn(async move {
                    let (mut acked, mut open) = (0i64, Vec::new());
                    let mut i = c;
                    while !stop.load(Ordering::Relaxed) {
                        let key = new_key();
                        let text = body(i);
                        let sending = live.submit("demo", Some(&key), &text);
                        // Two clients are phones on a flaky network: they stop waiting after a
                        // few milliseconds, often after the server counted but before its answer.
                        let answer: Answer = if c < 2 {
                            let patience = Duration::from_millis(2 + (i % 15) as u64);
                            tokio::time::timeout(patience, sending).await.ok().flatten()
                        } else {
                            sending.await
                        };
                        match answer {
                            Some((201, _)) => acked += 1,
                            // Killed mid-request, or refused while it went down: unknown.
                            _ => {
                                open.push((key, i));
                                tokio::time::sleep(Duration::from_millis(20)).await;
                            }
                        }
                        i += CLIENTS;
                    }
                    (acked, open)
                })
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(100 + rng.below(700))).await;
        // Killed first, then the clients stop: requests in flight are cut off.
        live.kill();
        stop.store(true, Ordering::Relaxed);
        for c in clients {
            let (acked, open) = c.await.unwrap();
            acknowledged += acked;
            unanswered.extend(open);
        }
        unanswered_at_kills += unanswered.len();
        // Every acknowledged one is there; of the others, each at most once.
        let now = counted(&db).await;
        assert!(
            acknowledged <= now && now <= acknowledged + unanswered.len() as i64,
            "after kill {}: {acknowledged} acknowledged and {} unanswered, but {now} counted",
            round + 1,
            unanswered.len()
        );
        // Counted, but the answer never reached the client: only its key stops a double.
        replayed += now - acknowledged;
    }
    let total = counted(&db).await;
    let lost = (acknowledged - total).max(0);
    let doubled = (total - acknowledged).max(0);
    eprintln!(
        "crash test ({}): {rounds} kills, {acknowledged} acknowledged, {total} counted, \
         {unanswered_at_kills} left without an answer (cut off by the kill, or given up on by a client) \
         and sent again with their key ({replayed} of them had been counted: the retry was a \
         replay), {lost} lost, {doubled} doubled",
        if postgres().is_some() {
            "PostgreSQL"
        } else {
            "SQLite"
        }
    );
    assert!(
        acknowledged > rounds as i64 * 10,
        "the load was too light to tell"
    );
    assert_eq!((lost, doubled), (0, 0));
    assert_eq!(total, acknowledged);
}

/// A small tmpfs mounted on a folder, unmounted when dropped.
struct SmallDisk(std::path::PathBuf);

impl SmallDisk {
    /// Where this machine allows mounting (root, in most containers), a 4 MiB disk of its own.
    fn mount(at: &std::path::Path) -> Option<SmallDisk> {
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=4m", "tmpfs"])
            .arg(at)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then(|| SmallDisk(at.to_path_buf()))
    }

    /// Takes every free byte, as another program filling the disk would.
    fn fill(&self) -> std::path::PathBuf {
        use std::io::Write;
        let path = self.0.join("filler");
        let mut file = std::fs::File::create(&path).unwrap();
        let chunk = vec![0u8; 4096];
        while file.write_all(&chunk).and_then(|_| file.sync_all()).is_ok() {}
        path
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
    }
}

/// A submission with a long quote, so the database grows quickly.
fn heavy(i: usize) -> String {
    let words = "Evening groups run by people who have been there themselves. ".repeat(17);
    format!(
        r#"{{"answers":{{"support":"quite-well","helpful":"{i}: {words}","missing":"{i}: {words}","ideas":"{i}: {words}"}}}}"#
    )
}

/// On a real full disk where this machine can mount one, and on a database at its size cap
/// (`CHORUS_SQLITE_MAX_MB`, SQLite's max_page_count) always.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_refuses_submissions_with_503_and_damages_nothing() {
    fill_and_recover(true).await;
    fill_and_recover(false).await;
}

async fn fill_and_recover(mount: bool) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("disk");
    std::fs::create_dir(&folder).unwrap();
    let disk = if mount {
        let disk = SmallDisk::mount(&folder);
        if disk.is_none() {
            eprintln!(
                "full disk: mounting a tmpfs is not allowed here, only the size cap is tried"
            );
            return;
        }
        disk
    } else {
        None
    };
    let db = format!("sqlite://{}", folder.join("chorus.db").display());
    let mut env = vec![
        // The refusals this test makes on purpose are logged as errors: not shown here.
        ("RUST_LOG", "off".to_string()),
        ("DATABASE_URL", db.clone()),
        ("CHORUS_SUBMISSIONS_PER_HOUR", "10000".to_string()),
    ];
    // Where no disk can be mounted, the database is capped instead (SQLite's max_page_count).
    if disk.is_none() {
        env.push(("CHORUS_SQLITE_MAX_MB", "1".to_string()));
    }
    let mut live = Live::start(&env).await;
    let mut acknowledged = 0;
    for i in 0..20 {
        let answer = live.submit("demo", None, &heavy(i)).await.unwrap();
        assert_eq!(answer.0, 201, "{}", answer.1);
        acknowledged += 1;
    }
    let filler = disk.as_ref().map(SmallDisk::fill);

    // Until the disk is full, some may still fit; once it is, each is refused with a 503 that
    // says so, and tells when to try again.
    let (mut refused, mut in_a_row) = (Vec::new(), 0);
    for i in 20..3000 {
        let key = new_key();
        match live.submit("demo", Some(&key), &heavy(i)).await {
            Some((201, _)) => {
                acknowledged += 1;
                in_a_row = 0;
            }
            Some((503, text)) => {
                assert!(text.starts_with("Retry-After: 300\n"), "{text}");
                assert!(text.contains(r#""code":"storage_full""#), "{text}");
                assert!(text.contains("no space left"), "{text}");
                refused.push((key, i));
                in_a_row += 1;
                if in_a_row == 5 {
                    break;
                }
            }
            other => panic!("on a full disk: {other:?}"),
        }
    }
    assert_eq!(in_a_row, 5, "the disk never filled");
    // Without JavaScript: a page that says so, with the answers kept for sending again.
    let words = encode(&"Evening groups run by people who have been there themselves. ".repeat(17));
    let posted = format!("support=not-at-all&helpful={words}&missing={words}&ideas={words}");
    let (status, page) = live
        .post(
            "/f/demo/submit",
            "application/x-www-form-urlencoded",
            None,
            posted,
        )
        .await
        .unwrap();
    assert_eq!(status, 503, "{page}");
    assert!(
        page.contains("We could not save your answers just now"),
        "{page}"
    );
    assert!(
        page.contains(r#"name="support" value="not-at-all""#),
        "{page}"
    );

    // Space comes back: the refused ones, sent again with their keys, are counted once each.
    match filler {
        Some(filler) => std::fs::remove_file(filler).unwrap(),
        None => {
            live.kill();
            env.pop();
            live = Live::start(&env).await;
        }
    }
    for (key, i) in &refused {
        let answer = live.submit("demo", Some(key), &heavy(*i)).await;
        assert_eq!(answer.as_ref().map(|a| a.0), Some(201), "{answer:?}");
        acknowledged += 1;
    }
    live.kill();
    assert_eq!(counted(&db).await, acknowledged, "stored answers changed");
    let check = Db::open(&db).await;
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&check.pool)
        .await
        .unwrap();
    assert_eq!(integrity, "ok");
    check.close().await;
    eprintln!(
        "full disk ({}): {acknowledged} counted, {} refused with 503 and counted once when sent again",
        if disk.is_some() {
            "a 4 MiB tmpfs"
        } else {
            "CHORUS_SQLITE_MAX_MB=1"
        },
        refused.len()
    );
}
