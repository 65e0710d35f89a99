//! `sitrep bench api`: a store of synthetic incidents, the server in-process on
//! 127.0.0.1:0, and a bounded load generator (N requests from C keep-alive clients, with
//! a time cap) that reports latency percentiles and throughput. Never run by tests with
//! timing assertions: the CI machines are shared and noisy.

use crate::client::Client;
use crate::{Config, ServerError};
use sitrep_core::records::*;
use sitrep_core::{Date, Span};
use sitrep_store::Store;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift*), so every run builds the same store.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const TOWNS: &[(&str, f64, f64, &str, &str)] = &[
    ("Kidal", 18.4411, 1.4078, "Kidal", "Mali"),
    ("Anefis", 17.9511, 0.5933, "Kidal", "Mali"),
    ("Tessalit", 20.2011, 1.0111, "Kidal", "Mali"),
    ("Aguelhok", 19.4614, 0.8581, "Kidal", "Mali"),
    ("Gao", 16.2717, -0.0447, "Gao", "Mali"),
    ("Ber", 16.25, -2.8667, "Tombouctou", "Mali"),
    ("Timbuktu", 16.7735, -3.0074, "Tombouctou", "Mali"),
    ("Menaka", 15.9182, 2.4022, "Ménaka", "Mali"),
    ("Mopti", 14.4843, -4.1830, "Mopti", "Mali"),
    ("Bamako", 12.65, -8.0, "Bamako", "Mali"),
    ("Djibo", 14.1022, -1.6306, "Sahel", "Burkina Faso"),
    ("Dori", 14.0354, -0.0345, "Sahel", "Burkina Faso"),
    ("Ouahigouya", 13.5828, -2.4216, "Nord", "Burkina Faso"),
    ("Tillaberi", 14.2117, 1.4531, "Tillabéri", "Niger"),
    ("Ouallam", 14.3188, 2.0866, "Tillabéri", "Niger"),
    ("Niamey", 13.5137, 2.1098, "Niamey", "Niger"),
];

const TYPES: &[(&str, &str)] = &[
    ("Battles", "Armed clash"),
    ("Battles", "Government regains territory"),
    ("Explosions/Remote violence", "Air/drone strike"),
    (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    ("Violence against civilians", "Attack"),
    ("Strategic developments", "Headquarters or base established"),
    ("Protests", "Peaceful protest"),
];

const ACTORS: &[(&str, u8, &str)] = &[
    ("Military Forces of Mali (2021-)", 1, "government"),
    ("Wagner Group", 8, "government"),
    (
        "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development",
        2,
        "rebel",
    ),
    (
        "JNIM: Group for Support of Islam and Muslims",
        2,
        "jihadist",
    ),
    ("Islamic State (Sahel)", 2, "jihadist"),
    ("Military Forces of Burkina Faso (2022-)", 1, "government"),
    ("Military Forces of Niger (2023-)", 1, "government"),
    ("Civilians (Mali)", 7, "civilian"),
];

const OUTLETS: &[(&str, Option<&str>)] = &[
    ("AFP", None),
    ("RFI", None),
    ("Reuters", None),
    ("FAMa", Some("government")),
    ("CSP-PSD", Some("rebel")),
    ("Dune Courier", None),
    ("Sahara Brief", None),
];

const GRADES: &[Grade] = &[
    Grade::Claimed,
    Grade::Corroborated,
    Grade::Confirmed,
    Grade::Contested,
];

/// One synthetic incident, shaped like what fusion writes: 2–4 sources with their
/// voices, a toll per origin, sometimes a contradiction.
pub fn synthetic_incident(rng: &mut Rng) -> Incident {
    let (ty, sub) = *rng.pick(TYPES);
    let base = Date::constant(2012, 1, 1);
    let start = base
        .checked_add(jiff::Span::new().days(rng.below(4700) as i64))
        .unwrap_or(base);
    let end = start
        .checked_add(jiff::Span::new().days(rng.below(3) as i64))
        .unwrap_or(start);
    let (town, lat, lon, admin1, country) = *rng.pick(TOWNS);
    let precision = [1u8, 1, 1, 2, 3][rng.below(5)];
    let offset = (precision == 2).then(|| PlaceOffset {
        anchor: town.to_string(),
        distance_km: Some(5.0 + rng.below(60) as f64),
        bearing_deg: Some(rng.below(8) as f64 * 45.0),
        relation: "offset".into(),
    });
    let actor = |rng: &mut Rng| {
        let (name, inter, camp) = *rng.pick(ACTORS);
        EventActor {
            name: name.into(),
            inter: Some(inter),
            camp: Some(camp.into()),
            ..EventActor::default()
        }
    };
    let a1 = actor(rng);
    let a2 = actor(rng);
    let n_sources = 2 + rng.below(3);
    let mut sources = Vec::new();
    let mut by_source = Vec::new();
    for s in 0..n_sources {
        let (outlet, camp) = *rng.pick(OUTLETS);
        let killed = (rng.unit() < 0.7).then(|| rng.below(60) as u32);
        let text = format!(
            "On {start}, {} attacked positions held by {} near {town}, killing {} people, \
             according to {outlet}.",
            a1.name,
            a2.name,
            killed.map_or("several".to_string(), |k| k.to_string())
        );
        let span = Span {
            start: 120,
            end: 120 + text.len() as u32,
        };
        let doc = format!("synthetic-{}-{s}", rng.next() % 1_000_000);
        sources.push(IncidentSource {
            doc: doc.clone(),
            title: Some(format!("{town}: {sub}")),
            outlet: Some(outlet.into()),
            published: Some(end),
            origin: outlet.into(),
            origin_via: "outlet registry".into(),
            camp: camp.map(str::to_string),
            voices: vec![SourceVoice {
                name: outlet.into(),
                camp: camp.map(str::to_string),
                kind: if camp.is_some() { "actor" } else { "writer" }.into(),
                stance: Stance::Asserts,
                hedged: rng.unit() < 0.2,
                text: text.clone(),
                span,
            }],
            mentions: vec![0],
            evidence: vec![span],
            killed,
        });
        by_source.push(OriginToll {
            origin: outlet.into(),
            camp: camp.map(str::to_string),
            killed,
            low: killed,
            high: killed,
            docs: vec![doc],
        });
    }
    let figures: Vec<u32> = by_source.iter().filter_map(|t| t.killed).collect();
    let contradictions = if rng.unit() < 0.2 && sources.len() >= 2 {
        let side = |s: &IncidentSource| Side {
            doc: s.doc.clone(),
            origin: s.origin.clone(),
            camp: s.camp.clone(),
            speaker: s.voices[0].name.clone(),
            text: s.voices[0].text.clone(),
            span: s.voices[0].span,
        };
        vec![Contradiction {
            kind: "toll".into(),
            summary: "the origins disagree on the death toll".into(),
            a: side(&sources[0]),
            b: side(&sources[1]),
        }]
    } else {
        Vec::new()
    };
    Incident {
        id: 0,
        event_type: ty.into(),
        sub_event_type: sub.into(),
        date: Some(EventDate {
            value: start.to_string(),
            start: Some(start),
            end: Some(end),
            precision: 1 + (start != end) as u8,
            span: None,
        }),
        location: Some(EventLocation {
            name: town.into(),
            geonames_id: None,
            lat: Some(lat + (rng.unit() - 0.5) * 0.2),
            lon: Some(lon + (rng.unit() - 0.5) * 0.2),
            country: Some(country.into()),
            admin1: Some(admin1.into()),
            admin2: None,
            geo_precision: precision,
            offset,
            span: None,
        }),
        actor1: Some(a1),
        assoc_actor_1: Vec::new(),
        actor2: Some(a2),
        assoc_actor_2: Vec::new(),
        grade: *rng.pick(GRADES),
        grade_reason: format!("{n_sources} documents from {n_sources} origins"),
        fatalities: Toll {
            low: figures.iter().min().copied(),
            best: figures.iter().min().copied(),
            high: figures.iter().max().copied(),
            disputed: !contradictions.is_empty(),
            by_source,
        },
        sources,
        contradictions,
        background: rng.unit() < 0.03,
        history: Vec::new(),
    }
}

/// Writes `n` synthetic incidents into the store at `path` (created), in transactions
/// of 5,000 through the store's own `save_incident` path.
pub fn build_store(path: &Path, n: usize, seed: u64) -> Result<(), ServerError> {
    let mut store = Store::open(path)?;
    let mut rng = Rng::new(seed);
    let history = [HistoryEntry {
        at: String::new(),
        change: "created".into(),
        reason: "synthetic incident for `sitrep bench api`".into(),
    }];
    let mut i = 0;
    while i < n {
        let tx = store
            .conn_mut()
            .transaction()
            .map_err(sitrep_store::StoreError::from)?;
        for _ in 0..5000.min(n - i) {
            let inc = synthetic_incident(&mut rng);
            sitrep_store::save_incident_tx(&tx, &inc, &format!("synthetic-{i}"), &[], &history)?;
            i += 1;
        }
        tx.commit().map_err(sitrep_store::StoreError::from)?;
    }
    Ok(())
}

/// What the load generator does.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    /// Requests to time (after a short warm-up that is not counted).
    pub requests: usize,
    /// Concurrent clients, each with its own keep-alive connection.
    pub concurrency: usize,
    /// Paths (with query) requested in turn.
    pub paths: Vec<String>,
    /// Sent as `Authorization: Bearer …` when set.
    pub token: Option<String>,
    /// The run stops after this long even if requests remain.
    pub max_duration: Duration,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct LoadReport {
    pub requests: usize,
    pub errors: usize,
    pub concurrency: usize,
    pub seconds: f64,
    pub throughput: f64,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub mean_bytes: f64,
}

/// Runs the load against `addr` and measures each request's latency.
pub fn load(addr: SocketAddr, opts: &LoadOptions) -> std::io::Result<LoadReport> {
    let auth = opts.token.as_ref().map(|t| format!("Bearer {t}"));
    let send = move |c: &mut Client, path: &str| {
        let headers: Vec<(&str, &str)> = auth
            .as_deref()
            .map(|a| vec![("Authorization", a)])
            .unwrap_or_default();
        c.request("GET", path, &headers, &[])
    };
    // Warm-up: the SQLite pages and the connection pool.
    {
        let mut c = Client::new(&addr.to_string())?;
        for i in 0..opts.concurrency.max(1) * 2 {
            send(&mut c, &opts.paths[i % opts.paths.len()])?;
        }
    }
    let next = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + opts.max_duration;
    let started = Instant::now();
    let mut threads = Vec::new();
    for _ in 0..opts.concurrency.max(1) {
        let next = next.clone();
        let paths = opts.paths.clone();
        let n = opts.requests;
        let send = send.clone();
        let addr = addr.to_string();
        threads.push(std::thread::spawn(
            move || -> std::io::Result<(Vec<f64>, usize, usize)> {
                let mut c = Client::new(&addr)?;
                let (mut lat, mut errors, mut bytes) = (Vec::new(), 0, 0);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n || Instant::now() > deadline {
                        break;
                    }
                    let t = Instant::now();
                    match send(&mut c, &paths[i % paths.len()]) {
                        Ok(r) if r.status == 200 => bytes += r.body.len(),
                        _ => errors += 1,
                    }
                    lat.push(t.elapsed().as_secs_f64() * 1e3);
                }
                Ok((lat, errors, bytes))
            },
        ));
    }
    let (mut lat, mut errors, mut bytes) = (Vec::new(), 0, 0);
    for t in threads {
        let (l, e, b) = t
            .join()
            .map_err(|_| std::io::Error::other("a client thread panicked"))??;
        lat.extend(l);
        errors += e;
        bytes += b;
    }
    let seconds = started.elapsed().as_secs_f64();
    lat.sort_by(f64::total_cmp);
    let pct = |p: f64| {
        if lat.is_empty() {
            0.0
        } else {
            lat[((lat.len() as f64 * p).ceil() as usize).clamp(1, lat.len()) - 1]
        }
    };
    Ok(LoadReport {
        requests: lat.len(),
        errors,
        concurrency: opts.concurrency,
        seconds,
        throughput: lat.len() as f64 / seconds.max(1e-9),
        p50_ms: pct(0.50),
        p95_ms: pct(0.95),
        p99_ms: pct(0.99),
        max_ms: lat.last().copied().unwrap_or(0.0),
        mean_bytes: bytes as f64 / (lat.len() - errors).max(1) as f64,
    })
}

/// Serves `db` in-process on 127.0.0.1:0 with `threads` runtime workers and runs the load.
pub fn serve_and_load(
    db: &Path,
    threads: usize,
    opts: &LoadOptions,
) -> Result<LoadReport, ServerError> {
    let cfg = Config::new(db);
    let running = crate::spawn(cfg, "127.0.0.1:0".parse().unwrap(), threads, false)?;
    let report = load(running.addr, opts)?;
    running.stop()?;
    Ok(report)
}
