//! Submissions and exports at the same time: every export sees whole submissions, never one
//! half applied (its answer counted but not its response total, or the other way round).

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::http::StatusCode;
use chorus_app::storage::Store;
use chorus_core::release::RawTallies;
use common::*;

const WRITERS: usize = 4;
const EACH: usize = 60;

/// The sums that one whole submission moves together, by one each: every submission here
/// answers `support` and `age` (skipping counts too), and is counted once by language, by
/// channel and by week.
fn sums(t: &RawTallies) -> [u64; 5] {
    let support = t
        .by_channel
        .values()
        .flat_map(|counts| counts.iter())
        .filter(|((q, _), _)| q == "support")
        .map(|(_, n)| n)
        .sum();
    let age = t
        .diversity
        .iter()
        .filter(|((q, _), _)| q == "age")
        .map(|(_, n)| n)
        .sum();
    [
        support,
        age,
        t.language_totals.values().sum(),
        t.channel_totals.values().sum(),
        t.week_totals.values().sum(),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn exports_taken_while_submissions_arrive_see_only_whole_submissions() {
    let s = Arc::new(server().await);
    let store = Store::open(&s.db).await.unwrap();
    let writing = Arc::new(AtomicBool::new(true));

    let reader = {
        let writing = writing.clone();
        tokio::spawn(async move {
            let mut seen = Vec::new();
            while writing.load(Ordering::Relaxed) {
                seen.push(sums(&store.tallies("demo").await.unwrap()));
            }
            seen.push(sums(&store.tallies("demo").await.unwrap()));
            store.close().await;
            seen
        })
    };
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let s = s.clone();
            tokio::spawn(async move {
                let supports = ["very-well", "quite-well", "not-at-all"];
                let ages = ["18-24", "35-49", "prefer-not-to-say"];
                let langs = ["en-GB", "cy", "ar"];
                for i in 0..EACH {
                    let body = format!(
                        r#"{{"answers":{{"support":"{}","age":"{}"}},"lang":"{}","channel":"{}"}}"#,
                        supports[(w + i) % 3],
                        ages[i % 3],
                        langs[(w * 7 + i) % 3],
                        ["riverside-mind", "st-marys-cafe", "eastside-food-bank"][w % 3],
                    );
                    let r = s.submit("demo", body).await;
                    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
                }
            })
        })
        .collect();
    for w in writers {
        w.await.unwrap();
    }
    writing.store(false, Ordering::Relaxed);
    let seen = reader.await.unwrap();

    let total = (WRITERS * EACH) as u64;
    assert_eq!(seen.last(), Some(&[total; 5]), "every submission counted");
    let torn: Vec<_> = seen
        .iter()
        .filter(|sums| sums.iter().any(|n| *n != sums[0]))
        .collect();
    assert!(
        torn.is_empty(),
        "{} of {} reads saw a submission half applied (support, age, languages, channels, weeks): {:?}",
        torn.len(),
        seen.len(),
        &torn[..torn.len().min(5)]
    );
    // Reads and writes did overlap: several reads saw a count strictly between 0 and the end.
    let between = seen.iter().filter(|s| s[0] > 0 && s[0] < total).count();
    assert!(between >= 3, "only {between} reads overlapped the writes");
}

/// Submissions arriving together are written together (storage/batch.rs): the same key sent
/// many times at once is still counted once, and its copies are answered like the first.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_same_key_sent_many_times_at_once_is_counted_once() {
    let s = Arc::new(server().await);
    let key = "sent-at-once-0123456789abcdef";
    let body = r#"{"answers":{"support":"not-at-all"}}"#;
    let sends: Vec<_> = (0..24)
        .map(|_| {
            let s = s.clone();
            tokio::spawn(async move { s.submit_with_key(body, key).await })
        })
        .collect();
    // Others arriving in the same moment, without keys, are each counted.
    let others: Vec<_> = (0..16)
        .map(|_| {
            let s = s.clone();
            tokio::spawn(async move {
                s.submit("demo", r#"{"answers":{"support":"very-well"}}"#)
                    .await
            })
        })
        .collect();
    for send in sends.into_iter().chain(others) {
        let r = send.await.unwrap();
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
        assert_eq!(r.json()["status"], "counted");
    }
    assert_eq!(s.raw_count("support", "not-at-all").await, 1);
    assert_eq!(s.raw_count("support", "very-well").await, 16);
}
