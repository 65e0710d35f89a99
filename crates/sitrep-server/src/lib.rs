//! The analyst's desk: sitrep's HTTP API and the offline web page (map, timeline,
//! incident view) that uses it.
//!
//! * [`router`] builds the axum application over one store file: the JSON API under
//!   `/api/` (described by the hand-written `openapi.json`, served at
//!   `/api/openapi.json`) and the web page from the bundle embedded at build time.
//! * [`spawn`] runs it on a background runtime (the `serve` command, tests, benchmarks).
//! * [`client`] is a minimal blocking HTTP/1.1 client for the load generator and tests.
//!
//! Security model: the server listens on loopback unless told otherwise; binding
//! elsewhere needs a bearer token, which every API route then checks. Ingest
//! (`POST /api/documents`) needs both `allow_ingest` and the token, wherever it listens.
//! Bodies are size-limited; static files come only from the embedded table; requests
//! to a loopback server must name a loopback host (no DNS rebinding).

mod api;
mod assets;
pub mod bench;
pub mod client;
mod params;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sitrep_extract::Extractor;
use sitrep_store::Store;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub use params::{NearError, parse_near};

/// The hand-written OpenAPI description of the API (kept in sync by a test).
pub const OPENAPI: &str = include_str!("../openapi.json");

/// Every API route, as (method, path template). The router is built from the same
/// handlers; a test checks that `openapi.json` describes exactly these.
pub const ROUTES: &[(&str, &str)] = &[
    ("GET", "/api/incidents"),
    ("GET", "/api/incidents.geojson"),
    ("GET", "/api/incidents/{id}"),
    ("GET", "/api/documents/{id}"),
    ("POST", "/api/documents"),
    ("GET", "/api/search"),
    ("GET", "/api/stats"),
    ("GET", "/api/openapi.json"),
];

/// The query parameters each route accepts, as (method, path, names); a route not listed
/// takes none. A test checks that `openapi.json` declares exactly these.
pub const QUERY_PARAMS: &[(&str, &str, &[&str])] = &[
    ("GET", "/api/incidents", params::INCIDENT_PARAMS),
    ("GET", "/api/incidents.geojson", params::INCIDENT_PARAMS),
    ("POST", "/api/documents", api::POST_PARAMS),
    ("GET", "/api/search", api::SEARCH_PARAMS),
];

/// The default page size of `/api/incidents` (a full incident is about 2.7 KB of JSON, so
/// 100 keep a page near 300 KB and its p99 well inside 50 ms on 100,000 incidents), and
/// the ceiling a client may ask for.
pub const DEFAULT_LIMIT: usize = 100;
pub const MAX_LIMIT: usize = 5000;
/// The default request body limit (bytes).
pub const DEFAULT_MAX_BODY: usize = 8 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error(transparent)]
    Store(#[from] sitrep_store::StoreError),
    #[error("{0}")]
    Config(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// How the server runs.
#[derive(Clone)]
pub struct Config {
    /// The store file.
    pub db: PathBuf,
    /// The bearer token. Ingest always needs it; with `require_auth`, every API route.
    pub token: Option<String>,
    /// Every `/api/` route needs `Authorization: Bearer <token>` (non-loopback binds).
    pub require_auth: bool,
    /// `POST /api/documents` stores, extracts and fuses documents.
    pub allow_ingest: bool,
    /// Request bodies larger than this are refused with 413.
    pub max_body: usize,
    /// The extractor for ingest; its gazetteer resolves `near=PLACE` (the built-in
    /// gazetteer when `None`).
    pub extractor: Option<Arc<Extractor>>,
    /// Only answer requests whose Host is a loopback name (a loopback server: this
    /// blocks DNS-rebinding pages from reading the API through the analyst's browser).
    pub loopback_hosts_only: bool,
    /// Concurrent store queries (each on its own SQLite connection).
    pub readers: usize,
}

impl Config {
    /// A read-only loopback server over `db`.
    pub fn new(db: impl Into<PathBuf>) -> Config {
        Config {
            db: db.into(),
            token: None,
            require_auth: false,
            allow_ingest: false,
            max_body: DEFAULT_MAX_BODY,
            extractor: None,
            loopback_hosts_only: true,
            readers: std::thread::available_parallelism()
                .map(|n| n.get() * 2)
                .unwrap_or(4)
                .max(4),
        }
    }

    /// The settings that follow from where the server listens: a non-loopback address
    /// needs a token, and then every route checks it.
    pub fn for_addr(mut self, addr: &SocketAddr) -> Result<Config, ServerError> {
        let loopback = addr.ip().is_loopback();
        if !loopback && self.token.is_none() {
            return Err(ServerError::Config(format!(
                "{addr} is not a loopback address: anyone on the network could read the \
                 ledger; give a token with --token (or SITREP_TOKEN), or listen on 127.0.0.1"
            )));
        }
        self.require_auth = !loopback;
        self.loopback_hosts_only = loopback;
        Ok(self)
    }

    fn check(&self) -> Result<(), ServerError> {
        if let Some(t) = &self.token
            && t.trim().len() < 16
        {
            return Err(ServerError::Config(
                "the token must have at least 16 characters (e.g. `openssl rand -hex 16`)".into(),
            ));
        }
        if self.require_auth && self.token.is_none() {
            return Err(ServerError::Config(
                "authentication is required but no token was given".into(),
            ));
        }
        if self.allow_ingest && self.token.is_none() {
            return Err(ServerError::Config(
                "ingest over HTTP needs a token: add --token (or set SITREP_TOKEN)".into(),
            ));
        }
        if self.allow_ingest && self.extractor.is_none() {
            return Err(ServerError::Config("ingest needs an extractor".into()));
        }
        Ok(())
    }
}

/// Shared by every handler: the configuration and a pool of store connections.
#[derive(Clone)]
pub(crate) struct AppState(Arc<Inner>);

pub(crate) struct Inner {
    pub(crate) cfg: Config,
    stores: Mutex<Vec<Store>>,
    permits: tokio::sync::Semaphore,
    /// Ingests run one at a time (SQLite has one writer anyway).
    pub(crate) writer: tokio::sync::Mutex<()>,
}

impl AppState {
    pub(crate) fn cfg(&self) -> &Config {
        &self.0.cfg
    }

    /// Runs `f` on a pooled store connection, off the async threads.
    pub(crate) async fn with_store<T, F>(&self, f: F) -> Result<T, api::ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, api::ApiError> + Send + 'static,
    {
        let _permit = self
            .0
            .permits
            .acquire()
            .await
            .map_err(|e| api::ApiError::internal(e.to_string()))?;
        let inner = self.0.clone();
        tokio::task::spawn_blocking(move || {
            let pooled = inner.stores.lock().unwrap_or_else(|p| p.into_inner()).pop();
            let mut store = match pooled {
                Some(s) => s,
                None => Store::open(&inner.cfg.db)?,
            };
            let r = f(&mut store);
            inner
                .stores
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(store);
            r
        })
        .await
        .map_err(|e| api::ApiError::internal(format!("query task failed: {e}")))?
    }
}

/// The application: API routes, their guards, and the embedded page.
pub fn router(cfg: Config) -> Result<Router, ServerError> {
    cfg.check()?;
    // Open once now: a missing directory or a file that is not a store fails here,
    // before the server says it is listening.
    let first = Store::open(&cfg.db)?;
    let state = AppState(Arc::new(Inner {
        permits: tokio::sync::Semaphore::new(cfg.readers.max(1)),
        stores: Mutex::new(vec![first]),
        writer: tokio::sync::Mutex::new(()),
        cfg,
    }));
    let max_body = state.cfg().max_body;
    let api = Router::new()
        .route("/api/incidents", get(api::incidents))
        .route("/api/incidents.geojson", get(api::incidents_geojson))
        .route("/api/incidents/{id}", get(api::incident))
        .route(
            "/api/documents",
            axum::routing::post(api::post_documents).get(api::method_not_allowed),
        )
        .route("/api/documents/{id}", get(api::document))
        .route("/api/search", get(api::search))
        .route("/api/stats", get(api::stats))
        .route("/api/openapi.json", get(api::openapi))
        .route("/api", get(api::not_found))
        .route("/api/", get(api::not_found))
        .route("/api/{*rest}", axum::routing::any(api::not_found))
        .route_layer(middleware::from_fn_with_state(state.clone(), auth))
        .layer(DefaultBodyLimit::max(max_body));
    let app = api
        .fallback(assets::serve)
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state);
    Ok(app)
}

/// Every response: the Host check, and headers that keep the page and API in their lane.
async fn guard(State(s): State<AppState>, req: Request, next: Next) -> Response {
    if s.cfg().loopback_hosts_only
        && let Some(host) = req.headers().get(header::HOST)
        && !is_loopback_host(host)
    {
        return api::ApiError::new(
            StatusCode::MISDIRECTED_REQUEST,
            "this sitrep server answers only to localhost, 127.0.0.1 or [::1]",
        )
        .into_response();
    }
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

fn is_loopback_host(v: &HeaderValue) -> bool {
    let Ok(s) = v.to_str() else {
        return false;
    };
    // Strip the port: "[::1]:8080", "127.0.0.1:8080", "localhost".
    let host = if let Some(rest) = s.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        s.rsplit_once(':').map_or(s, |(h, _)| h)
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host == "localhost"
        || host.ends_with(".localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The bearer-token check: every API route when `require_auth`, ingest always.
async fn auth(State(s): State<AppState>, req: Request, next: Next) -> Response {
    let cfg = s.cfg();
    let ingest = req.method() == axum::http::Method::POST;
    if cfg.require_auth || (ingest && cfg.allow_ingest) {
        match check_bearer(req.headers(), cfg.token.as_deref()) {
            Ok(()) => {}
            Err(e) => return e.into_response(),
        }
    }
    next.run(req).await
}

fn check_bearer(headers: &HeaderMap, token: Option<&str>) -> Result<(), api::ApiError> {
    let unauthorized = |msg: &str| {
        let mut e = api::ApiError::new(StatusCode::UNAUTHORIZED, msg);
        e.www_authenticate = true;
        e
    };
    let Some(token) = token else {
        return Err(unauthorized("no token is configured on this server"));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, rest) = v.split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
        })
        .ok_or_else(|| {
            unauthorized("this route needs the header `Authorization: Bearer <token>`")
        })?;
    if constant_time_eq(given.as_bytes(), token.as_bytes()) {
        Ok(())
    } else {
        Err(unauthorized("wrong token"))
    }
}

/// Compares without leaking where the first difference is.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = (a.len() ^ b.len()) as u8 | u8::from(a.len() != b.len());
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        diff |= x ^ y;
    }
    diff == 0
}

/// A server running on its own runtime thread.
pub struct Running {
    /// Where it listens (the real port when asked for port 0).
    pub addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<std::io::Result<()>>>,
}

impl Running {
    /// `http://ADDR` without a trailing slash.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops accepting, finishes requests in flight, and waits for the thread.
    pub fn stop(mut self) -> std::io::Result<()> {
        self.stop_inner()
    }

    /// Blocks until the server stops (Ctrl-C when `ctrl_c` was set at spawn).
    pub fn wait(mut self) -> std::io::Result<()> {
        // Keep the sender alive while waiting: dropping it would stop the server.
        let _keep = self.shutdown.take();
        match self.thread.take() {
            Some(t) => t
                .join()
                .unwrap_or_else(|_| Err(std::io::Error::other("server thread panicked"))),
            None => Ok(()),
        }
    }

    fn stop_inner(&mut self) -> std::io::Result<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        match self.thread.take() {
            Some(t) => t
                .join()
                .unwrap_or_else(|_| Err(std::io::Error::other("server thread panicked"))),
            None => Ok(()),
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.stop_inner();
    }
}

/// Binds `addr` and serves `cfg` on a background runtime with `threads` workers. With
/// `ctrl_c`, Ctrl-C (SIGINT) also stops it gracefully.
pub fn spawn(
    cfg: Config,
    addr: SocketAddr,
    threads: usize,
    ctrl_c: bool,
) -> Result<Running, ServerError> {
    let app = router(cfg)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(threads.max(1))
        .thread_name("sitrep-http")
        .enable_io()
        .build()?;
    let listener = rt.block_on(tokio::net::TcpListener::bind(addr))?;
    let local = listener.local_addr()?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name("sitrep-serve".into())
        .spawn(move || {
            rt.block_on(async move {
                let stop = async move {
                    if ctrl_c {
                        tokio::select! {
                            _ = rx => {}
                            _ = tokio::signal::ctrl_c() => {}
                        }
                    } else {
                        let _ = rx.await;
                    }
                };
                axum::serve(listener, app)
                    .with_graceful_shutdown(stop)
                    .await
            })
        })?;
    Ok(Running {
        addr: local,
        shutdown: Some(tx),
        thread: Some(thread),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for h in [
            "localhost",
            "localhost:8080",
            "127.0.0.1:8080",
            "[::1]:8080",
            "127.1.2.3",
            "app.localhost:9",
        ] {
            assert!(is_loopback_host(&HeaderValue::from_static(h)), "{h}");
        }
        for h in [
            "evil.example:8080",
            "10.0.0.1",
            "localhost.evil.example",
            "[::2]",
        ] {
            assert!(!is_loopback_host(&HeaderValue::from_static(h)), "{h}");
        }
    }

    #[test]
    fn token_comparison() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
        assert!(!constant_time_eq(b"", b"a"));
    }

    #[test]
    fn non_loopback_needs_a_token() {
        let addr: SocketAddr = "0.0.0.0:8080".parse().unwrap();
        assert!(Config::new("x.db").for_addr(&addr).is_err());
        let mut c = Config::new("x.db");
        c.token = Some("0123456789abcdef0123".into());
        let c = c.for_addr(&addr).unwrap();
        assert!(c.require_auth && !c.loopback_hosts_only);
        let c = Config::new("x.db")
            .for_addr(&"127.0.0.1:0".parse().unwrap())
            .unwrap();
        assert!(!c.require_auth && c.loopback_hosts_only);
    }
}
