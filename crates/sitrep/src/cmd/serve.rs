//! `sitrep serve`: the HTTP API and the web page over one store (crates/sitrep-server).

use crate::DbArg;
use anyhow::{Context, Result, bail};
use std::io::Write;
use std::net::{SocketAddr, ToSocketAddrs};
use std::process::ExitCode;
use std::sync::Arc;

pub const AFTER_HELP: &str = "\
Examples:
  sitrep serve                                  http://127.0.0.1:8080/ over ./sitrep.db
  sitrep serve --db /tmp/kidal.db --addr 127.0.0.1:9000
  SITREP_TOKEN=$(openssl rand -hex 16) sitrep serve --allow-ingest
  sitrep serve --addr 0.0.0.0:8080 --token \"$TOKEN\"     every API route then needs the token

The page (map, timeline, incident view, search) is built into the binary and works
offline. The API is described at /api/openapi.json. On a loopback address reading needs no
token; on any other address --token is required and every API route checks
`Authorization: Bearer <token>`. POST /api/documents stores, extracts and fuses documents
only with --allow-ingest, and always needs the token.";

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub db: DbArg,
    /// Where to listen. Loopback by default; any other address needs --token.
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// The bearer token (at least 16 characters). Prefer the SITREP_TOKEN environment
    /// variable: a command line is visible to other users of the machine.
    #[arg(
        long,
        value_name = "TOKEN",
        env = "SITREP_TOKEN",
        hide_env_values = true
    )]
    pub token: Option<String>,
    /// Accept POST /api/documents (needs the token).
    #[arg(long)]
    pub allow_ingest: bool,
    /// The largest request body accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = sitrep_server::DEFAULT_MAX_BODY)]
    pub max_body: usize,
    /// Runtime worker threads (default: the number of cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    #[command(flatten)]
    pub gazetteer: super::GazArg,
}

pub fn run(a: Args) -> Result<ExitCode> {
    let addr = resolve_addr(&a.addr)?;
    if !a.db.db.exists() && !a.allow_ingest {
        bail!(
            "no store at {}: run `sitrep demo --db {0}` or `sitrep ingest … --db {0}` first \
             (or serve an empty store with --allow-ingest)",
            a.db.db.display()
        );
    }
    let extractor = super::extractor(&a.gazetteer)?;
    let mut cfg = sitrep_server::Config::new(&a.db.db);
    cfg.token = a.token.filter(|t| !t.is_empty());
    cfg.allow_ingest = a.allow_ingest;
    cfg.max_body = a.max_body;
    cfg.extractor = Some(Arc::new(extractor));
    let cfg = cfg.for_addr(&addr)?;
    let threads = a.threads.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
    });
    let running = sitrep_server::spawn(cfg, addr, threads, true)
        .with_context(|| format!("cannot serve on {addr}"))?;
    let shown = if running.addr.ip().is_unspecified() {
        format!("http://localhost:{}", running.addr.port())
    } else {
        running.url()
    };
    // One line on stdout, read by scripts and tests; the rest on stderr.
    println!("sitrep: listening on {shown}/");
    std::io::stdout().flush()?;
    eprintln!(
        "sitrep: serving {} (API: {shown}/api/openapi.json{}{}); Ctrl-C to stop",
        a.db.db.display(),
        if a.allow_ingest {
            ", ingest allowed"
        } else {
            ""
        },
        if addr.ip().is_loopback() {
            ""
        } else {
            ", token required"
        }
    );
    running.wait()?;
    eprintln!("sitrep: stopped");
    Ok(ExitCode::SUCCESS)
}

fn resolve_addr(s: &str) -> Result<SocketAddr> {
    if let Ok(a) = s.parse::<SocketAddr>() {
        return Ok(a);
    }
    s.to_socket_addrs()
        .with_context(|| format!("{s:?} is not an address: write HOST:PORT, e.g. 127.0.0.1:8080"))?
        .next()
        .with_context(|| format!("{s:?} resolves to no address"))
}

/// `sitrep bench api`'s options.
#[derive(clap::Args, Clone, Debug)]
pub struct BenchApiArgs {
    /// For `api`: synthetic incidents in the temporary store.
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    pub incidents: usize,
    /// For `api`: requests to time (after a short warm-up).
    #[arg(long, value_name = "N", default_value_t = 2000)]
    pub requests: usize,
    /// For `api`: concurrent clients, each on its own keep-alive connection.
    #[arg(long, value_name = "C", default_value_t = 8)]
    pub concurrency: usize,
    /// For `api`: the path (with its query) to request; repeat for a mix.
    #[arg(long = "path", value_name = "PATH")]
    pub paths: Vec<String>,
    /// For `api`: measure this store; when the file does not exist, the synthetic store
    /// is built there and kept (to measure it again or inspect it).
    #[arg(long = "store", value_name = "DB")]
    pub store: Option<std::path::PathBuf>,
    /// For `api`: server runtime threads (default: the number of cores).
    #[arg(long = "server-threads", value_name = "N")]
    pub server_threads: Option<usize>,
    /// For `api`: stop after this many seconds even if requests remain.
    #[arg(long = "max-seconds", value_name = "S", default_value_t = 300)]
    pub max_seconds: u64,
}

/// `sitrep bench api`: latency percentiles and throughput of the API on loopback.
pub fn bench(a: &BenchApiArgs, json: bool) -> Result<ExitCode> {
    let tmp = tempfile::tempdir()?;
    let (db, built) = match &a.store {
        Some(p) if p.exists() => (p.clone(), None),
        p => {
            let p = p.clone().unwrap_or_else(|| tmp.path().join("bench-api.db"));
            let t = std::time::Instant::now();
            eprintln!(
                "sitrep: building a store of {} synthetic incidents…",
                a.incidents
            );
            sitrep_server::bench::build_store(&p, a.incidents, 7)?;
            (p, Some(t.elapsed().as_secs_f64()))
        }
    };
    let paths = if a.paths.is_empty() {
        vec!["/api/incidents".to_string()]
    } else {
        a.paths.clone()
    };
    let threads = a.server_threads.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
    });
    let opts = sitrep_server::bench::LoadOptions {
        requests: a.requests.max(1),
        concurrency: a.concurrency.max(1),
        paths: paths.clone(),
        token: None,
        max_duration: std::time::Duration::from_secs(a.max_seconds.max(1)),
    };
    let r = sitrep_server::bench::serve_and_load(&db, threads, &opts)?;
    let n = sitrep_store::Store::open(&db)?.incident_count()?;
    if json {
        let mut v = serde_json::to_value(&r)?;
        v["what"] = "api".into();
        v["incidents"] = n.into();
        v["paths"] = serde_json::json!(paths);
        v["server_threads"] = threads.into();
        v["build_s"] = serde_json::json!(built);
        println!("{v}");
    } else {
        println!(
            "api: {n} incidents, {} server threads, {} clients",
            threads, r.concurrency
        );
        for p in &paths {
            println!("  GET {p}");
        }
        println!(
            "  {} requests in {:.2} s: {:.0} req/s, {} errors, {:.0} bytes per response",
            r.requests, r.seconds, r.throughput, r.errors, r.mean_bytes
        );
        println!(
            "  latency: p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
            r.p50_ms, r.p95_ms, r.p99_ms, r.max_ms
        );
        if let Some(b) = built {
            println!("  (store built in {b:.1} s)");
        }
    }
    Ok(if r.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
