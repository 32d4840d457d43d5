//! What the server keeps about the people who answer, as an operator would find it: nothing.
//!
//! The real binary runs with the most verbose logging there is (`RUST_LOG=trace`) behind a
//! "proxy" (`CHORUS_TRUSTED_PROXY`, so `X-Forwarded-For` is read), and is sent submissions and
//! page views carrying distinctive addresses, a user agent, a referrer, a cookie and query
//! strings. Once it has stopped, neither the files in its data folder nor anything it wrote to
//! stdout or stderr may hold any of them; and while it answered respondents it may write no
//! line at all, since every log line carries the exact time.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

mod common;

const TOKEN: &str = "zz-coordinator-token-traces-5d1e0c7a";

/// The addresses people connect from, as the proxy reports them (documentation ranges).
const FORWARDED: &str = "203.0.113.77, 198.51.100.23";
const FORWARDED_V6: &str = "2001:db8::abcd";
/// One connection sending too many submissions.
const FLOODER: &str = "192.0.2.45";

const USER_AGENT: &str = "ZZ-Distinctive-Agent/9.9 (test)";
const REFERER: &str = "https://zz-referrer.example/secret-page";
const COOKIE: &str = "zzsession=zz-cookie-value";

/// The answers: the quote is kept (that is the point of asking); nothing else about the person.
const ANSWERS: &str = r#"{"answers":{"support":"very-well","ideas":"Evening groups"},"lang":"cy","channel":"riverside-mind"}"#;
const QUOTE: &str = "Evening groups";

/// Output from the server, filled by a thread while it runs.
type Captured = Arc<Mutex<Vec<u8>>>;

fn capture(from: impl Read + Send + 'static) -> (Captured, JoinHandle<()>) {
    let buffer = Captured::default();
    let filling = buffer.clone();
    let thread = std::thread::spawn(move || {
        let mut reader = BufReader::new(from);
        let mut line = Vec::new();
        while reader.read_until(b'\n', &mut line).unwrap_or(0) > 0 {
            filling.lock().unwrap().append(&mut line);
        }
    });
    (buffer, thread)
}

fn text(buffer: &Captured) -> String {
    String::from_utf8_lossy(&buffer.lock().unwrap()).into_owned()
}

struct Server {
    child: Child,
    addr: String,
    stdout: Captured,
    stderr: Captured,
    readers: Vec<JoinHandle<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Sends SIGTERM and waits for the graceful shutdown; then all output has been read.
    fn stop(mut self) -> (String, String) {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        assert!(sent.success(), "could not send SIGTERM to chorus");
        let deadline = Instant::now() + Duration::from_secs(5);
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(
                Instant::now() < deadline,
                "chorus did not stop within 5 s of SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        for reader in self.readers.drain(..) {
            reader.join().unwrap();
        }
        let (stdout, stderr) = (text(&self.stdout), text(&self.stderr));
        assert!(
            status.success(),
            "chorus did not shut down cleanly ({status}):\n{stderr}"
        );
        (stdout, stderr)
    }
}

/// A port in 28000-28999 that nothing is listening on just now, starting from a point that
/// differs between runs.
fn free_port(attempt: u16) -> u16 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let start = (std::process::id() + nanos + u32::from(attempt) * 97) % 1000;
    (0..1000)
        .map(|i| 28000 + u16::try_from((start + i) % 1000).unwrap())
        .find(|&port| TcpListener::bind(("127.0.0.1", port)).is_ok())
        .expect("a free port in 28000-28999")
}

/// Starts `chorus serve` with everything logged, and waits until it listens. On the database at
/// `database_url` if given, else in `data`.
fn start(data: &Path, database_url: Option<&str>) -> Server {
    for attempt in 0..5 {
        let port = free_port(attempt);
        let mut command = Command::new(env!("CARGO_BIN_EXE_chorus"));
        match database_url {
            Some(url) => command.env("DATABASE_URL", url),
            None => command.env_remove("DATABASE_URL"),
        };
        let mut child = command
            .arg("serve")
            .current_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".."))
            .env_remove("CHORUS_FORMS")
            .env_remove("CHORUS_PUBLIC_DIR")
            .env_remove("CHORUS_PUBLIC_URL")
            .env_remove("CHORUS_SUBMISSIONS_PER_HOUR")
            .env("CHORUS_DATA_DIR", data)
            .env("CHORUS_ADDR", format!("127.0.0.1:{port}"))
            .env("CHORUS_COORDINATOR_TOKEN", TOKEN)
            .env("CHORUS_TRUSTED_PROXY", "127.0.0.1")
            .env("RUST_LOG", "trace")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (stdout, out_reader) = capture(child.stdout.take().unwrap());
        let (stderr, err_reader) = capture(child.stderr.take().unwrap());
        let mut server = Server {
            child,
            addr: format!("127.0.0.1:{port}"),
            stdout,
            stderr,
            readers: vec![out_reader, err_reader],
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if text(&server.stdout).contains(&format!("listening on http://{}", server.addr)) {
                return server;
            }
            if server.child.try_wait().unwrap().is_some() {
                let stderr = text(&server.stderr);
                // Someone took the port in between: try another.
                assert!(
                    stderr.contains("listening on"),
                    "chorus exited early:\n{stderr}"
                );
                break;
            }
            assert!(Instant::now() < deadline, "chorus did not start in 10 s");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    panic!("chorus could not listen on any port tried");
}

struct Reply {
    status: u16,
    text: String,
}

/// One HTTP/1.1 request on its own connection, with the headers a browser behind the proxy
/// would bring. `from` collects the client's address (the server's peer) for the search.
fn send(
    server: &Server,
    from: &mut Vec<String>,
    method: &str,
    path: &str,
    forwarded: &str,
    body: Option<(&str, &str)>,
) -> Reply {
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    from.push(stream.local_addr().unwrap().to_string());
    let (content, body) = match body {
        Some((kind, body)) => (
            format!("Content-Type: {kind}\r\nContent-Length: {}\r\n", body.len()),
            body,
        ),
        None => (String::new(), ""),
    };
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nUser-Agent: {USER_AGENT}\r\n\
         Referer: {REFERER}\r\nCookie: {COOKIE}\r\nX-Forwarded-For: {forwarded}\r\n\
         Accept-Language: ro\r\n{content}Connection: close\r\n\r\n{body}",
        addr = server.addr,
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP response: {text:?}"));
    Reply { status, text }
}

/// Something that must not be found, as text (matched ignoring ASCII case) or as raw bytes.
#[derive(Clone)]
struct Needle {
    name: String,
    bytes: Vec<u8>,
    fold: bool,
}

fn text_needle(value: &str) -> Needle {
    Needle {
        name: format!("{value:?}"),
        bytes: value.as_bytes().to_ascii_lowercase(),
        fold: true,
    }
}

fn binary_needle(name: &str, bytes: &[u8]) -> Needle {
    Needle {
        name: name.to_string(),
        bytes: bytes.to_vec(),
        fold: false,
    }
}

/// Where in `haystack` the needle is, if it is.
fn find(haystack: &[u8], needle: &Needle) -> Option<usize> {
    let folded;
    let haystack = if needle.fold {
        folded = haystack.to_ascii_lowercase();
        &folded[..]
    } else {
        haystack
    };
    haystack
        .windows(needle.bytes.len())
        .position(|w| w == needle.bytes.as_slice())
}

/// The line (or, in a binary file, the bytes) around `at`, for the failure message.
fn around(haystack: &[u8], at: usize) -> String {
    let start = haystack[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(at.saturating_sub(80), |p| {
            (p + 1).max(at.saturating_sub(200))
        });
    let end = haystack[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or((at + 80).min(haystack.len()), |p| (at + p).min(at + 200));
    String::from_utf8_lossy(&haystack[start..end]).into_owned()
}

/// Every file under `dir`, with its contents.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path));
        } else {
            let bytes = std::fs::read(&path).unwrap();
            found.push((path, bytes));
        }
    }
    found
}

/// Every place (a file or a stream) where a needle turned up, described for the message.
fn sightings(places: &[(String, &[u8])], needles: &[Needle]) -> Vec<String> {
    let mut seen = Vec::new();
    for (place, haystack) in places {
        for needle in needles {
            if let Some(at) = find(haystack, needle) {
                seen.push(format!(
                    "{} found in {place}, in: {:?}",
                    needle.name,
                    around(haystack, at)
                ));
            }
        }
    }
    seen
}

/// What PostgreSQL keeps of the test's database: every row of every table and, when
/// `CHORUS_TEST_POSTGRES_DATA` names the server's data folder (scripts/test sets it), the
/// database's files there, written out first (CHECKPOINT), and what the server logged beside
/// them from `log_from` on (before that it logged its own listening address, which this test
/// uses as the proxy's).
async fn postgres_files(url: &str, log_from: usize) -> Vec<(PathBuf, Vec<u8>)> {
    let db = common::Db::open(url).await;
    let mut out = vec![(
        PathBuf::from("PostgreSQL tables"),
        db.dump().await.into_bytes(),
    )];
    if let Ok(data) = std::env::var("CHORUS_TEST_POSTGRES_DATA") {
        sqlx::query("CHECKPOINT").execute(&db.pool).await.unwrap();
        let oid: i64 = sqlx::query_scalar(
            "SELECT CAST(oid AS BIGINT) FROM pg_database WHERE datname = current_database()",
        )
        .fetch_one(&db.pool)
        .await
        .unwrap();
        let data = PathBuf::from(data);
        out.extend(files(&data.join("base").join(oid.to_string())));
        let log = postgres_log().unwrap();
        let logged = std::fs::read(&log).unwrap_or_default();
        out.push((log, logged.get(log_from..).unwrap_or_default().to_vec()));
    }
    db.close().await;
    out
}

/// The PostgreSQL server's log, beside its data folder (scripts/postgres).
fn postgres_log() -> Option<PathBuf> {
    let data = PathBuf::from(std::env::var("CHORUS_TEST_POSTGRES_DATA").ok()?);
    Some(data.parent()?.join("server.log"))
}

#[test]
fn nothing_about_a_respondent_is_kept_or_logged() {
    let began = Instant::now();
    let data = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let postgres =
        common::postgres().map(|_| runtime.block_on(common::fresh_database(data.path())));
    let log_from = postgres_log()
        .and_then(|log| std::fs::metadata(log).ok())
        .map_or(0, |m| m.len() as usize);
    let server = start(data.path(), postgres.as_deref());
    let mut from = Vec::new();

    // Ready, and anything the server does after starting has been done.
    assert_eq!(
        send(&server, &mut from, "GET", "/healthz", FORWARDED, None).status,
        200
    );
    std::thread::sleep(Duration::from_millis(200));
    let quiet_from = (
        server.stdout.lock().unwrap().len(),
        server.stderr.lock().unwrap().len(),
    );

    let json = Some(("application/json", ANSWERS));
    let page = Some(("application/x-www-form-urlencoded", "support=quite-well"));
    let api = "/api/forms/demo/responses";
    let page_submit = "/f/demo/submit?lang=cy&channel=zz-distinctive-channel-value";
    let mut replies = vec![
        (api, send(&server, &mut from, "POST", api, FORWARDED, json)),
        (
            api,
            send(&server, &mut from, "POST", api, FORWARDED_V6, json),
        ),
        (
            page_submit,
            send(&server, &mut from, "POST", page_submit, FORWARDED, page),
        ),
    ];
    for path in [
        "/f/demo?channel=zz-distinctive-query-q7",
        "/f/demo/q/support?lang=pl&utm_source=zz-utm-marker",
        "/api/forms/demo",
    ] {
        replies.push((path, send(&server, &mut from, "GET", path, FORWARDED, None)));
    }
    let expected = [201, 201, 303, 200, 200, 200];
    for ((path, reply), status) in replies.iter().zip(expected) {
        assert_eq!(reply.status, status, "{path}:\n{}", reply.text);
    }
    assert!(
        replies[2]
            .1
            .text
            .to_ascii_lowercase()
            .contains("location: /f/demo/done"),
        "the page submission is counted and goes on to done: {}",
        replies[2].1.text
    );

    // Refused requests, whose error messages may repeat what was sent.
    let refused = [
        (
            "POST",
            api,
            Some(("application/json", r#"{"answers":{"support":"#)),
            400,
        ),
        (
            "POST",
            api,
            Some((
                "application/json",
                r#"{"answers":{"support":"zz-not-an-option-value"},"channel":"zz-distinctive-channel-value"}"#,
            )),
            422,
        ),
        (
            "POST",
            "/api/forms/zz-no-such-form/responses?utm_source=zz-utm-marker",
            json,
            404,
        ),
        (
            "GET",
            "/f/zz-no-such-form?channel=zz-distinctive-query-q7",
            None,
            404,
        ),
    ];
    for (method, path, body, status) in refused {
        let reply = send(&server, &mut from, method, path, FORWARDED, body);
        assert_eq!(reply.status, status, "{method} {path}:\n{}", reply.text);
    }

    // A script submitting 500 times from one address: counted up to its allowance (a burst of
    // 10 at the default 30 an hour, one more every two minutes), then refused; by the API and
    // by a page.
    let flood: Vec<u16> = (0..500)
        .map(|_| send(&server, &mut from, "POST", api, FLOODER, json).status)
        .collect();
    assert_eq!(&flood[..10], &[201; 10], "{flood:?}");
    let counted = flood.iter().filter(|&&s| s == 201).count();
    let limited = flood.iter().filter(|&&s| s == 429).count();
    assert!(counted <= 11, "{counted} of 500 counted");
    assert_eq!(counted + limited, 500, "{flood:?}");
    println!("500 submissions from one address: {counted} counted, {limited} refused with 429");
    let limited = send(&server, &mut from, "POST", page_submit, FLOODER, page);
    assert_eq!(limited.status, 429, "{}", limited.text);

    // Whatever a request might make the server write has been written.
    std::thread::sleep(Duration::from_millis(300));
    let quiet_to = (
        server.stdout.lock().unwrap().len(),
        server.stderr.lock().unwrap().len(),
    );
    let written_meanwhile =
        String::from_utf8_lossy(&server.stderr.lock().unwrap()[quiet_from.1..quiet_to.1])
            .into_owned()
            + &String::from_utf8_lossy(&server.stdout.lock().unwrap()[quiet_from.0..quiet_to.0]);

    let served = began.elapsed();
    let addr = server.addr.clone();
    let (stdout, stderr) = server.stop();

    // What must never be kept or logged.
    let mut never: Vec<Needle> = [
        "203.0.113.77",
        "198.51.100.23",
        FORWARDED_V6,
        FLOODER,
        "ZZ-Distinctive-Agent",
        "zz-referrer.example",
        "secret-page",
        "zz-cookie-value",
        "zzsession",
        "zz-distinctive-query-q7",
        "zz-utm-marker",
        "utm_source",
        "zz-distinctive-channel-value",
        "zz-not-an-option-value",
        "zz-no-such-form",
        TOKEN,
    ]
    .into_iter()
    .map(text_needle)
    .collect();
    // The IPv6 address as bytes too, as a database could hold it. (Four bytes of an IPv4
    // address could turn up in a database file by chance.)
    never.push(binary_needle(
        "2001:db8::abcd as 16 bytes",
        &"2001:db8::abcd"
            .parse::<std::net::Ipv6Addr>()
            .unwrap()
            .octets(),
    ));

    // The data folder, or on PostgreSQL every table and the database's own files: not even
    // the proxy's (or, without one, the person's) own address.
    let mut stored = files(data.path());
    match &postgres {
        None => assert!(
            stored.iter().any(|(p, _)| p.ends_with("chorus.db")),
            "the database is in the data folder: {:?}",
            stored.iter().map(|(p, _)| p).collect::<Vec<_>>()
        ),
        Some(url) => stored.extend(runtime.block_on(postgres_files(url, log_from))),
    }
    // The search finds what is there, so finding nothing below means something: the quote is
    // kept (in the database, or its write-ahead log), and the logs were captured.
    let quote = text_needle(QUOTE);
    assert!(
        stored.iter().any(|(_, b)| find(b, &quote).is_some()),
        "the search should find the quote {QUOTE:?} in the data folder"
    );
    assert!(
        find(
            stdout.as_bytes(),
            &text_needle("Chorus is listening on http://")
        )
        .is_some(),
        "the search should find the listening line in stdout:\n{stdout}"
    );
    assert!(
        find(
            format!("x {USER_AGENT} y").as_bytes(),
            &text_needle("zz-distinctive-agent")
        )
        .is_some(),
        "text is matched ignoring ASCII case"
    );
    let mut in_data = never.clone();
    in_data.push(text_needle("127.0.0.1"));
    let places: Vec<(String, &[u8])> = stored
        .iter()
        .map(|(p, b)| (p.display().to_string(), b.as_slice()))
        .collect();
    let seen = sightings(&places, &in_data);
    assert!(
        seen.is_empty(),
        "kept in the data folder:\n{}",
        seen.join("\n")
    );

    // The logs: nor the address and port each connection came from (the listening line names
    // the server's own address, which is not a respondent's).
    let mut in_logs = never;
    for client in &from {
        if !addr.starts_with(client.as_str()) {
            in_logs.push(text_needle(client));
        }
    }
    for query in ["lang=cy", "lang=pl", "channel=", "accept-language"] {
        in_logs.push(text_needle(query));
    }
    let seen = sightings(
        &[
            ("stdout".to_string(), stdout.as_bytes()),
            ("stderr".to_string(), stderr.as_bytes()),
        ],
        &in_logs,
    );
    assert!(seen.is_empty(), "logged:\n{}", seen.join("\n"));

    // Every log line carries the exact time: a line per visit or per submission would be a
    // timed record of someone. Nothing is written while respondents are served, at any level.
    assert!(
        written_meanwhile.is_empty(),
        "written while serving respondents (RUST_LOG=trace):\n{written_meanwhile}"
    );

    eprintln!(
        "served in {served:?}, stopped and searched in {:?} ({} bytes of stderr)",
        began.elapsed() - served,
        stderr.len()
    );
}
