//! `sitrep serve` as a user starts it: the refusals that keep the ledger off the network
//! (a public address without a token, ingest without a token, a short token, no store),
//! and a running server's guards over real sockets (bearer token on every API route when
//! listening publicly, body size limit, static files only from the embedded bundle).

use sitrep_server::client::Client;
use std::io::{BufRead, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

const TOKEN: &str = "serve-test-token-0123456789";

fn sitrep() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sitrep"));
    c.env_remove("SITREP_DB");
    c.env_remove("SITREP_TOKEN");
    c.env("SITREP_GAZETTEER", "");
    c
}

/// An empty store (the schema, no documents).
fn store(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("s.db");
    sitrep_store::Store::open(&db).unwrap();
    db
}

/// `sitrep serve ARGS` must exit with an error whose message contains `needle`.
fn refused(args: &[&str], db: &Path, needle: &str) {
    let out = sitrep()
        .arg("serve")
        .args(args)
        .arg("--db")
        .arg(db)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "serve {args:?} started: {err}");
    assert!(err.contains(needle), "serve {args:?}: {err}");
    assert!(out.stdout.is_empty(), "serve {args:?} said it listens");
}

#[test]
fn refuses_unsafe_configurations() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    refused(&["--addr", "0.0.0.0:0"], &db, "--token");
    refused(&["--addr", "0.0.0.0:0", "--token", ""], &db, "--token");
    refused(&["--allow-ingest"], &db, "token");
    refused(
        &["--addr", "0.0.0.0:0", "--token", "short"],
        &db,
        "16 characters",
    );
    refused(&["--addr", "nowhere:x"], &db, "HOST:PORT");
    refused(&[], &dir.path().join("missing.db"), "sitrep demo");
}

/// A running `sitrep serve`, killed (by its own handle) when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(args: &[&str], db: &Path) -> Server {
    let mut cmd = sitrep();
    cmd.arg("serve");
    if !args.contains(&"--addr") {
        cmd.args(["--addr", "127.0.0.1:0"]);
    }
    let mut child = cmd
        .args(args)
        .arg("--db")
        .arg(db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line
        .trim()
        .trim_end_matches('/')
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("sitrep serve said {line:?}"));
    Server { child, port }
}

fn status(c: &mut Client, method: &str, path: &str, auth: Option<&str>, body: &[u8]) -> u16 {
    let bearer = auth.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("Content-Type", "text/plain")];
    if let Some(b) = &bearer {
        headers.push(("Authorization", b));
    }
    c.request(method, path, &headers, body).unwrap().status
}

#[test]
fn a_public_server_needs_the_token_on_every_api_route() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let s = serve(&["--addr", "0.0.0.0:0", "--token", TOKEN], &db);
    let mut c = Client::new(&format!("127.0.0.1:{}", s.port)).unwrap();
    for path in [
        "/api/incidents",
        "/api/incidents.geojson",
        "/api/incidents/1",
        "/api/documents/x",
        "/api/search?q=kidal",
        "/api/stats",
        "/api/openapi.json",
        "/api/no-such-route",
    ] {
        assert_eq!(status(&mut c, "GET", path, None, b""), 401, "{path}");
        assert_eq!(
            status(&mut c, "GET", path, Some("not-the-token-0123456789"), b""),
            401,
            "{path}"
        );
    }
    assert_eq!(
        status(&mut c, "POST", "/api/documents", None, b"Kidal."),
        401
    );
    assert_eq!(status(&mut c, "GET", "/api/stats", Some(TOKEN), b""), 200);
    assert_eq!(
        status(&mut c, "GET", "/api/incidents", Some(TOKEN), b""),
        200
    );
    // Ingest was not allowed: the token alone does not open it.
    assert_eq!(
        status(&mut c, "POST", "/api/documents", Some(TOKEN), b"Kidal."),
        403
    );
    // The page is public; it asks for the token.
    assert_eq!(status(&mut c, "GET", "/", None, b""), 200);
}

#[test]
fn bodies_are_limited_and_files_come_from_the_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let s = serve(
        &["--allow-ingest", "--token", TOKEN, "--max-body", "2048"],
        &db,
    );
    let mut c = Client::new(&format!("127.0.0.1:{}", s.port)).unwrap();
    let big = "Kidal. ".repeat(1000);
    assert_eq!(
        status(
            &mut c,
            "POST",
            "/api/documents",
            Some(TOKEN),
            big.as_bytes()
        ),
        413
    );
    assert_eq!(
        status(&mut c, "POST", "/api/documents", None, b"Kidal."),
        401,
        "ingest needs the token even on loopback"
    );
    // Request lines written raw, as no browser would send them.
    for path in [
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/vendor/../../README.md",
        "/..%2f..%2fCargo.toml",
        "/web/index.html",
        "/fetch.sh",
    ] {
        let mut t = std::net::TcpStream::connect(("127.0.0.1", s.port)).unwrap();
        write!(
            t,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut res = String::new();
        t.read_to_string(&mut res).unwrap();
        assert!(
            res.starts_with("HTTP/1.1 404") || res.starts_with("HTTP/1.1 400"),
            "{path}: {}",
            res.lines().next().unwrap_or("")
        );
        assert!(
            !res.contains("[workspace]") && !res.contains("root:"),
            "{path}"
        );
    }
    assert_eq!(status(&mut c, "GET", "/app.js", None, b""), 200);
}
