//! The real server binary, on a real port, over real HTTP: for tests that kill it, fill its
//! disk or restart it, which an in-process router cannot show.

use std::net::{SocketAddr, TcpListener};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{Request, header};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;

use super::root;

/// A `chorus serve` process.
pub struct Live {
    child: Mutex<Child>,
    pub addr: SocketAddr,
}

/// What came back: the status and body, or `None` when no answer did (refused, reset, killed).
pub type Answer = Option<(u16, String)>;

impl Live {
    /// Starts the server on a free port with the demo forms, `env` added, and waits until it
    /// takes connections.
    pub async fn start(env: &[(&str, String)]) -> Live {
        let addr = {
            let probe = TcpListener::bind("127.0.0.1:0").unwrap();
            probe.local_addr().unwrap()
        };
        let mut command = Command::new(env!("CARGO_BIN_EXE_chorus"));
        command
            .arg("serve")
            .current_dir(root())
            .env("CHORUS_ADDR", addr.to_string())
            .env("CHORUS_COORDINATOR_TOKEN", super::TOKEN)
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("the chorus binary starts");
        let deadline = Instant::now() + Duration::from_secs(60);
        while tokio::net::TcpStream::connect(addr).await.is_err() {
            if let Some(status) = child.try_wait().unwrap() {
                panic!("chorus serve stopped at start: {status}");
            }
            assert!(
                Instant::now() < deadline,
                "chorus serve did not listen on {addr}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Live {
            child: Mutex::new(child),
            addr,
        }
    }

    /// `kill -9`: no shutdown, no flush, whatever was in flight is cut off.
    pub fn kill(&self) {
        let mut child = self.child.lock().unwrap();
        child.kill().unwrap();
        child.wait().unwrap();
    }

    /// A POST on a connection of its own.
    pub async fn post(
        &self,
        path: &str,
        content_type: &str,
        key: Option<&str>,
        body: impl Into<Bytes>,
    ) -> Answer {
        let mut request = Request::post(path)
            .header(header::HOST, self.addr.to_string())
            .header(header::CONTENT_TYPE, content_type);
        if let Some(key) = key {
            request = request.header("idempotency-key", key);
        }
        self.send(request.body(Full::new(body.into())).unwrap())
            .await
    }

    /// A submission to `form`'s JSON API.
    pub async fn submit(&self, form: &str, key: Option<&str>, body: &str) -> Answer {
        self.post(
            &format!("/api/forms/{form}/responses"),
            "application/json",
            key,
            body.to_string(),
        )
        .await
    }

    async fn send(&self, request: Request<Full<Bytes>>) -> Answer {
        let stream = tokio::net::TcpStream::connect(self.addr).await.ok()?;
        let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .ok()?;
        tokio::spawn(connection);
        let response = sender.send_request(request).await.ok()?;
        let status = response.status().as_u16();
        let retry_after = response.headers().get(header::RETRY_AFTER).cloned();
        let body = response.into_body().collect().await.ok()?.to_bytes();
        let mut text = String::from_utf8_lossy(&body).into_owned();
        if let Some(seconds) = retry_after {
            text = format!("Retry-After: {}\n{text}", seconds.to_str().unwrap_or("?"));
        }
        Some((status, text))
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        let child = self.child.get_mut().unwrap();
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// A fresh idempotency key, as the widget makes one per submission.
pub fn new_key() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).unwrap();
    hex::encode(bytes)
}
