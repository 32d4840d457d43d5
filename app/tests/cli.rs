//! The `chorus` binary as an operator meets it: checking forms, refusing to start on a bad one,
//! and the generated coordinator token shown once.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

fn chorus() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_chorus"));
    cmd.current_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".."));
    cmd.env_remove("CHORUS_COORDINATOR_TOKEN")
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "warn");
    cmd
}

fn run(cmd: &mut Command) -> (bool, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().unwrap();
    (
        status.success(),
        String::from_utf8_lossy(&stdout).into(),
        String::from_utf8_lossy(&stderr).into(),
    )
}

const BAD: &str = r#"
id = "bad"
title = "A broken form"

[[buckets]]
id = "ideas"
title = "Ideas"

[[questions]]
id = "colour"
kind = "dropdown"
bucket = "ideas"
title = "Favourite colour?"

[[questions]]
id = "colour"
kind = "single"
bucket = "ideas"
title = ""
options = []
"#;

fn bad_forms() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.toml"), BAD).unwrap();
    dir
}

#[test]
fn check_accepts_the_demo() {
    let (ok, out, err) = run(chorus().args(["check", "forms/"]));
    assert!(ok, "{err}");
    assert!(
        out.contains("3 form(s) are fine: demo, drop-in-session, riverside-drop-in"),
        "{out}"
    );
}

#[test]
fn check_refuses_a_faint_accent_and_a_missing_logo() {
    let partner = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../forms/riverside-drop-in.toml"),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let faint = dir.path().join("riverside-drop-in.toml");
    std::fs::write(
        &faint,
        partner.replace("accent = \"#4c2c92\"", "accent = \"#ffdd00\""),
    )
    .unwrap();
    let (ok, _, err) = run(chorus().arg("check").arg(&faint));
    assert!(!ok);
    assert!(
        err.contains("`accent` \"#ffdd00\" has a contrast of 1.3:1 with white text; WCAG asks for at least 4.5:1"),
        "{err}"
    );
    let missing = faint;
    std::fs::write(
        &missing,
        partner.replace("riverside-mind.svg", "riverside-mind-old.svg"),
    )
    .unwrap();
    let (ok, _, err) = run(chorus().arg("check").arg(&missing));
    assert!(!ok);
    assert!(
        err.contains(
            "[logo] `src` \"/assets/partners/riverside-mind-old.svg\" is not in the public folder"
        ),
        "{err}"
    );
}

#[test]
fn check_locales_reports_each_language() {
    let (ok, out, err) = run(chorus().args(["check", "locales"]));
    assert!(ok, "{err}");
    let cy = out
        .lines()
        .find(|l| l.starts_with("cy: "))
        .expect("a line for Welsh");
    let numbers: Vec<&str> = cy
        .split_whitespace()
        .filter(|w| w.parse::<u32>().is_ok())
        .collect();
    assert_eq!(
        (numbers.len(), numbers[0]),
        (2, numbers[1]),
        "Welsh is complete: {cy}"
    );
    assert!(out.contains("locales: every language is complete"), "{out}");
    // A broken copy fails: the test command fails with it.
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en-GB", "cy"] {
        std::fs::create_dir_all(dir.path().join(lang)).unwrap();
        let from = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../locales")
            .join(lang)
            .join("widget.ftl");
        let text = std::fs::read_to_string(from).unwrap();
        let text = if lang == "cy" {
            text.replace("back =", "bak =")
        } else {
            text
        };
        std::fs::write(dir.path().join(lang).join("widget.ftl"), text).unwrap();
    }
    let (ok, _, err) = run(chorus().arg("check").arg(dir.path()));
    assert!(!ok);
    assert!(err.contains("message \"back\" is missing"), "{err}");
}

#[test]
fn check_names_file_question_and_fix() {
    let dir = bad_forms();
    let (ok, _, err) = run(chorus().arg("check").arg(dir.path()));
    assert!(!ok);
    let file = dir.path().join("bad.toml").display().to_string();
    for expected in [
        "question \"colour\": unknown kind \"dropdown\": use one of single, multiple, text, diversity",
        "question \"colour\": this id is used by another question too: ids must be unique",
        "question \"colour\": has no `title`",
        "question \"colour\": a single question has no options: add at least two",
    ] {
        assert!(
            err.lines()
                .any(|l| l.starts_with(&file) && l.contains(expected)),
            "missing {expected:?} in:\n{err}"
        );
    }
    assert!(err.contains("4 problem(s) found"), "{err}");
}

#[test]
fn serve_refuses_a_bad_form() {
    let dir = bad_forms();
    let data = tempfile::tempdir().unwrap();
    let (ok, _, err) = run(chorus()
        .arg("serve")
        .env("CHORUS_FORMS", dir.path())
        .env("CHORUS_DATA_DIR", data.path())
        .env("CHORUS_ADDR", "127.0.0.1:0"));
    assert!(!ok);
    assert!(err.contains("unknown kind \"dropdown\""), "{err}");
    assert!(err.contains("not starting"), "{err}");
    assert!(
        !data.path().join("chorus.db").exists(),
        "nothing is created for a form that cannot be served"
    );
}

struct Server {
    child: Child,
    lines: Vec<String>,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `chorus` (bare, which means `serve`) and reads stdout up to the "listening" line.
fn start(data: &Path) -> Server {
    let child = chorus()
        .env("CHORUS_DATA_DIR", data)
        .env("CHORUS_ADDR", "127.0.0.1:0")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Owned by the guard at once, so a failed assertion below still stops the process.
    let mut server = Server {
        child,
        lines: Vec::new(),
        addr: String::new(),
    };
    let mut reader = BufReader::new(server.child.stdout.take().unwrap());
    loop {
        let mut line = String::new();
        assert!(
            reader.read_line(&mut line).unwrap() > 0,
            "chorus exited early: {:?}",
            server.lines
        );
        server.lines.push(line.trim().to_string());
        if let Some(rest) = line.split("http://").nth(1) {
            server.addr = rest.split_whitespace().next().unwrap().to_string();
            return server;
        }
    }
}

fn get(addr: &str, path: &str, token: Option<&str>) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\n{auth}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

#[test]
fn a_generated_token_is_shown_once_and_works() {
    let data = tempfile::tempdir().unwrap();
    let first = start(data.path());
    let token_line = first
        .lines
        .iter()
        .find(|l| l.starts_with("Coordinator token"))
        .expect("token shown at first start");
    let token = token_line.rsplit(' ').next().unwrap().to_string();
    assert_eq!(token.len(), 48);
    assert!(get(&first.addr, "/healthz", None).ends_with("ok"));
    assert!(
        get(&first.addr, "/api/forms/demo/export.csv", Some(&token))
            .contains("form,question,option,count")
    );
    assert!(get(&first.addr, "/api/forms/demo/export.csv", None).starts_with("HTTP/1.1 401"));
    drop(first);

    // The database keeps only a hash, and the token is not shown again.
    for file in ["chorus.db", "chorus.db-wal"] {
        let stored = std::fs::read(data.path().join(file)).unwrap_or_default();
        assert!(
            !stored.windows(token.len()).any(|w| w == token.as_bytes()),
            "{file}"
        );
    }
    let second = start(data.path());
    assert!(
        second.lines.iter().all(|l| !l.contains(&token)),
        "{:?}",
        second.lines
    );
    assert!(
        get(&second.addr, "/api/forms/demo/export.csv", Some(&token)).starts_with("HTTP/1.1 200")
    );
}

/// `chorus admin …` with `input` on standard input.
fn admin(data: &Path, args: &[&str], input: &str) -> (bool, String, String) {
    let mut child = chorus()
        .arg("admin")
        .args(args)
        .env("CHORUS_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into(),
        String::from_utf8_lossy(&output.stderr).into(),
    )
}

#[test]
fn admin_commands_make_coordinators_reset_passwords_and_make_tokens() {
    let data = tempfile::tempdir().unwrap();
    let create = [
        "create-coordinator",
        "--organisation",
        "riverside",
        "--organisation-name",
        "Riverside Mind",
        "--email",
        "Sam@Riverside.example",
        "--name",
        "Sam",
    ];
    let (ok, _, err) = admin(data.path(), &create, "short\n");
    assert!(!ok);
    assert!(err.contains("at least 12 characters"), "{err}");
    let (ok, out, err) = admin(data.path(), &create, "a long enough password\n");
    assert!(ok, "{err}");
    assert!(out.contains("sam@riverside.example"), "{out}");
    let (ok, _, err) = admin(data.path(), &create, "another long password\n");
    assert!(!ok);
    assert!(err.contains("has an account already"), "{err}");
    let (ok, _, err) = admin(
        data.path(),
        &[
            "create-coordinator",
            "--organisation",
            "Not An Id",
            "--email",
            "x@y.example",
            "--name",
            "X",
        ],
        "a long enough password\n",
    );
    assert!(!ok);
    assert!(err.contains("not usable"), "{err}");

    let reset = ["reset-password", "--email", "sam@riverside.example"];
    let (ok, out, err) = admin(data.path(), &reset, "a brand new password\n");
    assert!(ok, "{err}");
    assert!(out.contains("signed out everywhere"), "{out}");
    let (ok, _, err) = admin(
        data.path(),
        &["reset-password", "--email", "nobody@riverside.example"],
        "a brand new password\n",
    );
    assert!(!ok);
    assert!(err.contains("there is no coordinator"), "{err}");

    let (ok, out, err) = admin(
        data.path(),
        &["create-token", "--organisation", "riverside"],
        "",
    );
    assert!(ok, "{err}");
    let token = out.trim().rsplit(' ').next().unwrap().to_string();
    assert_eq!(token.len(), 64, "{out}");
    let (ok, _, err) = admin(data.path(), &["create-token", "--organisation", "nope"], "");
    assert!(!ok);
    assert!(err.contains("there is no organisation"), "{err}");

    // Only hashes are in the database: no password, no token.
    let mut db = std::fs::read(data.path().join("chorus.db")).unwrap();
    db.extend(std::fs::read(data.path().join("chorus.db-wal")).unwrap_or_default());
    let db = String::from_utf8_lossy(&db);
    for secret in [
        "a brand new password",
        "a long enough password",
        token.as_str(),
    ] {
        assert!(!db.contains(secret), "the database holds {secret:?}");
    }
}

#[test]
fn a_backup_is_a_whole_database_and_never_overwrites() {
    let data = tempfile::tempdir().unwrap();
    let (ok, _, err) = admin(
        data.path(),
        &[
            "create-coordinator",
            "--organisation",
            "default",
            "--email",
            "sam@example.org",
            "--name",
            "Sam",
        ],
        "a long enough password\n",
    );
    assert!(ok, "{err}");
    let to = data.path().join("backup-2026-11-23.db");
    let to_arg = to.to_str().unwrap();
    let (ok, out, err) = admin(data.path(), &["backup", "--to", to_arg], "");
    assert!(ok, "{err}");
    assert!(out.contains("Backed up to"), "{out}");
    // The copy is a database with the account in it.
    let bytes = std::fs::read(&to).unwrap();
    assert!(bytes.starts_with(b"SQLite format 3\0"));
    assert!(String::from_utf8_lossy(&bytes).contains("sam@example.org"));
    let (ok, _, err) = admin(data.path(), &["backup", "--to", to_arg], "");
    assert!(!ok);
    assert!(err.contains("exists already"), "{err}");
}
