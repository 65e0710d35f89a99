//! The HTTP API on a small store: filters, pagination, GeoJSON, incident and document
//! views, search, OpenAPI coverage, static files, authentication, body limits, ingest.
//! Requests go through the router with tower's `oneshot`, and through a real listener on
//! 127.0.0.1:0 where the wire matters (raw request paths, keep-alive).

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};
use sitrep_core::records::*;
use sitrep_core::{Doc, Document, Span};
use sitrep_server::{Config, QUERY_PARAMS, ROUTES, client::Client};
use sitrep_store::Store;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

const TOKEN: &str = "test-token-0123456789abcdef";

struct Fixture {
    _dir: tempfile::TempDir,
    db: PathBuf,
}

fn incident(
    i: i64,
    date: &str,
    grade: Grade,
    ty: (&str, &str),
    place: Option<(&str, f64, f64)>,
    actor: &str,
) -> Incident {
    let d: sitrep_core::Date = date.parse().unwrap();
    Incident {
        event_type: ty.0.into(),
        sub_event_type: ty.1.into(),
        date: Some(EventDate {
            value: date.into(),
            start: Some(d),
            end: Some(d),
            precision: 1,
            span: None,
        }),
        location: place.map(|(name, lat, lon)| EventLocation {
            name: name.into(),
            lat: Some(lat),
            lon: Some(lon),
            country: Some("Mali".into()),
            admin1: Some(name.into()),
            geo_precision: 1,
            ..EventLocation::default()
        }),
        actor1: Some(EventActor {
            name: actor.into(),
            inter: Some(1),
            camp: Some("government".into()),
            ..EventActor::default()
        }),
        actor2: Some(EventActor {
            name: "CSP-PSD".into(),
            inter: Some(2),
            camp: Some("rebel".into()),
            ..EventActor::default()
        }),
        grade,
        grade_reason: format!("reason {i}"),
        fatalities: Toll {
            low: Some(2),
            best: Some(2),
            high: Some(14),
            by_source: vec![
                OriginToll {
                    origin: "fama".into(),
                    camp: Some("government".into()),
                    killed: Some(2),
                    low: Some(2),
                    high: Some(2),
                    docs: vec!["fama-1".into()],
                },
                OriginToll {
                    origin: "csp-psd".into(),
                    camp: Some("rebel".into()),
                    killed: Some(14),
                    low: Some(14),
                    high: Some(14),
                    docs: vec!["csp-1".into()],
                },
            ],
            disputed: true,
        },
        sources: vec![
            IncidentSource {
                doc: "fama-1".into(),
                outlet: Some("FAMa".into()),
                origin: "fama".into(),
                camp: Some("government".into()),
                voices: vec![SourceVoice {
                    name: "Military Forces of Mali".into(),
                    camp: Some("government".into()),
                    kind: "actor".into(),
                    text: "struck terrorist targets".into(),
                    span: Span { start: 0, end: 10 },
                    ..SourceVoice::default()
                }],
                evidence: vec![Span { start: 0, end: 10 }],
                killed: Some(2),
                ..IncidentSource::default()
            },
            IncidentSource {
                doc: "csp-1".into(),
                outlet: Some("CSP-PSD".into()),
                origin: "csp-psd".into(),
                camp: Some("rebel".into()),
                killed: Some(14),
                ..IncidentSource::default()
            },
        ],
        contradictions: vec![Contradiction {
            kind: "toll".into(),
            summary: "2 or 14".into(),
            ..Contradiction::default()
        }],
        ..Incident::default()
    }
}

/// 30 incidents from 2023-10-01 on, one a day: every third contested, every fifth a
/// drone strike, Kidal or Gao alternately, the last two without a place; plus two
/// documents.
fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let mut s = Store::open(&db).unwrap();
    let base: sitrep_core::Date = "2023-10-01".parse().unwrap();
    for i in 0..30i64 {
        let d = base.checked_add(jiff::Span::new().days(i)).unwrap();
        let grade = if i % 3 == 0 {
            Grade::Contested
        } else {
            Grade::Claimed
        };
        let ty = if i % 5 == 0 {
            ("Explosions/Remote violence", "Air/drone strike")
        } else {
            ("Battles", "Armed clash")
        };
        let place = match i {
            28 | 29 => None,
            i if i % 2 == 0 => Some(("Kidal", 18.4411, 1.4078)),
            _ => Some(("Gao", 16.2717, -0.0447)),
        };
        let actor = if i % 4 == 0 {
            "Wagner Group"
        } else {
            "Military Forces of Mali"
        };
        let inc = incident(i, &d.to_string(), grade, ty, place, actor);
        let h = [HistoryEntry {
            at: String::new(),
            change: "created".into(),
            reason: format!("from 2 documents ({i})"),
        }];
        s.save_incident(&inc, &format!("k{i}"), &[], &h).unwrap();
    }
    s.insert_batch(&[
        Doc::new(Document::from_text(
            "fama-1",
            "Les FAMa ont frappé des cibles terroristes à Kidal, selon l'état-major.",
        )),
        Doc::new(Document::from_text(
            "csp-1",
            "The CSP-PSD said the drone strike on Kidal killed 14 civilians <script>alert(1)</script>.",
        )),
    ])
    .unwrap();
    Fixture { _dir: dir, db }
}

fn app(cfg: Config) -> axum::Router {
    sitrep_server::router(cfg).unwrap()
}

async fn call(
    app: &axum::Router,
    req: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, headers, body.to_vec())
}

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, Value) {
    let (s, h, b) = call(app, Request::get(uri).body(Body::empty()).unwrap()).await;
    let ct = h
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    assert!(ct.contains("json"), "{uri}: content type {ct:?}");
    (
        s,
        serde_json::from_slice(&b)
            .unwrap_or_else(|e| panic!("{uri}: {e}: {}", String::from_utf8_lossy(&b))),
    )
}

fn ids(v: &Value) -> Vec<i64> {
    v["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect()
}

fn dates(v: &Value) -> Vec<String> {
    v["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["date"]["start"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn incidents_listing_is_paged_newest_first() {
    let f = fixture();
    let app = app(Config::new(&f.db));
    let (s, v) = get(&app, "/api/incidents").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["count"], 30);
    assert_eq!(v["limit"], sitrep_server::DEFAULT_LIMIT);
    assert_eq!(v["next_offset"], Value::Null);
    let d = dates(&v);
    assert_eq!(d[0], "2023-10-30");
    assert!(d.windows(2).all(|w| w[0] >= w[1]), "newest first: {d:?}");
    // Pages of 12: 12, 12, 6, and together every incident once.
    let mut seen = Vec::new();
    let mut offset = Some(0);
    let mut pages = 0;
    while let Some(o) = offset {
        let (s, v) = get(&app, &format!("/api/incidents?limit=12&offset={o}")).await;
        assert_eq!(s, StatusCode::OK);
        seen.extend(ids(&v));
        offset = v["next_offset"].as_i64().map(|n| n as usize);
        pages += 1;
    }
    assert_eq!(pages, 3);
    let mut all = ids(&get(&app, "/api/incidents").await.1);
    assert_eq!(seen, all);
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 30);
    // The full record: sources with voices, tolls per origin, contradictions.
    let first = &v["incidents"][0];
    assert_eq!(first["sources"][0]["voices"][0]["camp"], "government");
    assert_eq!(
        first["fatalities"]["by_source"].as_array().unwrap().len(),
        2
    );
    assert_eq!(first["contradictions"][0]["kind"], "toll");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn incidents_filters() {
    let f = fixture();
    let app = app(Config::new(&f.db));
    let count = |v: &Value| v["count"].as_u64().unwrap();
    let (_, v) = get(&app, "/api/incidents?grade=contested").await;
    assert_eq!(count(&v), 10);
    assert!(
        v["incidents"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["grade"] == "contested")
    );
    let (_, v) = get(&app, "/api/incidents?type=Air/drone%20strike").await;
    assert_eq!(count(&v), 6);
    let (_, v) = get(&app, "/api/incidents?type=battles").await;
    assert_eq!(count(&v), 24);
    let (_, v) = get(&app, "/api/incidents?actor=wagner").await;
    assert_eq!(count(&v), 8);
    let (_, v) = get(&app, "/api/incidents?since=2023-10-10&until=2023-10-19").await;
    assert_eq!(count(&v), 10);
    // Kidal: the even days but 28; Gao is 300 km away.
    let (_, v) = get(&app, "/api/incidents?near=18.44,1.41,30").await;
    assert_eq!(count(&v), 14);
    let (_, v) = get(&app, "/api/incidents?near=Kidal").await;
    assert_eq!(count(&v), 14);
    assert!(
        v["incidents"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["location"]["name"] == "Kidal")
    );
    let (_, v) = get(&app, "/api/incidents?near=Kidal,30&limit=5&offset=10").await;
    assert_eq!(count(&v), 4);
    assert_eq!(v["next_offset"], Value::Null);
    let (_, v) = get(&app, "/api/incidents?near=Kidal,30&limit=5&offset=5").await;
    assert_eq!(v["next_offset"], 10);
    let (_, v) = get(
        &app,
        "/api/incidents?near=Kidal,1000&grade=contested&actor=Wagner&since=2023-10-05",
    )
    .await;
    // Days 6, 12, 18, 24 are contested and even (Kidal); of those, multiples of 4: 12, 24.
    assert_eq!(ids(&v).len(), 2, "{v}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_parameters_are_400_with_a_message() {
    let f = fixture();
    let app = app(Config::new(&f.db));
    for (uri, needle) in [
        ("/api/incidents?since=yesterday", "YYYY-MM-DD"),
        ("/api/incidents?since=2023-11-02&until=2023-11-01", "after"),
        ("/api/incidents?grade=certain", "claimed, corroborated"),
        ("/api/incidents?limit=0", "limit"),
        ("/api/incidents?limit=100000", "limit"),
        ("/api/incidents?offset=-1", "offset"),
        ("/api/incidents?near=Atlantis", "no place"),
        ("/api/incidents?near=95,1,10", "latitude"),
        ("/api/incidents?background=maybe", "true or false"),
        ("/api/incidents?format=xml", "json or geojson"),
        ("/api/incidents?colour=red", "unknown parameter"),
        ("/api/incidents.geojson?format=json", "geojson"),
        ("/api/incidents/abc", "not an incident id"),
        ("/api/search", "q is missing"),
        ("/api/search?q=%22unclosed", "bad search query"),
        ("/api/search?q=AND", "bad search query"),
        ("/api/search?q=%22unbalanced", "bad search query"),
        ("/api/search?q=kidal&limit=0", "limit"),
        ("/api/search?q=kidal&limit=x", "limit"),
    ] {
        let (s, v) = get(&app, uri).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}: {v}");
        let msg = v["error"].as_str().unwrap();
        assert!(msg.contains(needle), "{uri}: {msg}");
        assert_eq!(v["status"], 400);
    }
    let (s, v) = get(&app, "/api/incidents/999").await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{v}");
    let (s, _) = get(&app, "/api/documents/nope").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = get(&app, "/api/nothing-here").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

/// Whatever an analyst types into the search box is a 200 or a 400 with a message,
/// never a 500: FTS5 operators in odd places, column filters, NEAR, unbalanced quotes
/// and parentheses, control characters, very long input.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_search_query_is_a_server_error() {
    let f = fixture();
    let app = app(Config::new(&f.db));
    let long = "kidal ".repeat(2000);
    for q in [
        "\"unbalanced",
        "AND",
        "OR OR",
        "NOT",
        "kidal NOT",
        "(",
        "(kidal",
        "kidal)",
        "*",
        "kidal**",
        "^",
        "NEAR(",
        "NEAR(kidal gao, x)",
        "title:kidal",
        "nosuchcolumn:kidal",
        "{title text}: kidal",
        "-kidal",
        "+",
        "\"\"",
        "kidal AND",
        "\u{0}",
        "\u{7f}\u{1b}[0m",
        "é\u{301}",
        "🙂",
        "'; DROP TABLE documents; --",
        &long,
    ] {
        let uri = format!(
            "/api/search?q={}",
            form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
        );
        let (s, v) = get(&app, &uri).await;
        assert!(
            s == StatusCode::OK || s == StatusCode::BAD_REQUEST,
            "{q:?}: {s} {v}"
        );
        if s == StatusCode::BAD_REQUEST {
            assert!(v["error"].as_str().is_some_and(|m| !m.is_empty()), "{q:?}");
        }
    }
    // And the store still answers.
    let (s, _) = get(&app, "/api/search?q=kidal").await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn geojson_variant() {
    let f = fixture();
    let app = app(Config::new(&f.db));
    for uri in ["/api/incidents.geojson", "/api/incidents?format=geojson"] {
        let (s, h, b) = call(&app, Request::get(uri).body(Body::empty()).unwrap()).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(h[header::CONTENT_TYPE], "application/geo+json");
        let v: Value = serde_json::from_slice(&b).unwrap();
        assert_eq!(v["type"], "FeatureCollection");
        let feats = v["features"].as_array().unwrap();
        assert_eq!(feats.len(), 28);
        assert_eq!(v["unlocated"], 2);
        let kidal = feats
            .iter()
            .find(|f| f["properties"]["location"] == "Kidal")
            .unwrap();
        assert_eq!(
            kidal["geometry"]["coordinates"],
            json!([1.4078, 18.4411]),
            "lon, lat"
        );
        assert!(kidal["properties"]["grade"].is_string());
        assert_eq!(kidal["properties"]["fatalities_high"], 14);
    }
    let (_, v) = get(&app, "/api/incidents.geojson?grade=contested&near=Gao,20").await;
    assert_eq!(v["features"].as_array().unwrap().len(), 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn incident_and_document_views() {
    let f = fixture();
    let app = app(Config::new(&f.db));
    let (_, list) = get(&app, "/api/incidents?limit=1").await;
    let id = ids(&list)[0];
    let (s, v) = get(&app, &format!("/api/incidents/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["id"], id);
    assert_eq!(v["grade_reason"], "reason 29");
    assert_eq!(v["history"][0]["change"], "created");
    assert!(v["history"][0]["at"].as_str().unwrap().starts_with("20"));
    assert_eq!(v["sources"].as_array().unwrap().len(), 2);
    let (s, d) = get(&app, "/api/documents/fama-1").await;
    assert_eq!(s, StatusCode::OK);
    assert!(d["text"].as_str().unwrap().starts_with("Les FAMa"));
    assert!(d["annotations"].is_object(), "the extract contract: {d}");
    assert!(d["annotations"]["mentions"].is_object());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_highlights_and_escapes() {
    let f = fixture();
    let app = app(Config::new(&f.db));
    let (s, v) = get(&app, "/api/search?q=drone").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["count"], 1);
    let hit = &v["hits"][0];
    assert_eq!(hit["doc"], "csp-1");
    let html = hit["snippet_html"].as_str().unwrap();
    assert!(html.contains("<mark>drone</mark>"), "{html}");
    assert!(!html.contains("<script>"), "escaped: {html}");
    assert!(!hit["snippet"].as_str().unwrap().contains('\u{E000}'));
    let (_, v) = get(&app, "/api/search?q=CSP-PSD").await;
    assert_eq!(v["count"], 1);
    let (_, v) = get(&app, "/api/search?q=cibles%20AND%20kidal").await;
    assert_eq!(v["hits"][0]["doc"], "fama-1");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn openapi_describes_every_route() {
    let spec: Value = serde_json::from_str(sitrep_server::OPENAPI).unwrap();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3."));
    let paths = spec["paths"].as_object().unwrap();
    for (method, path) in ROUTES {
        let op = &paths
            .get(*path)
            .unwrap_or_else(|| panic!("openapi.json does not describe {path}"))
            [method.to_lowercase()];
        assert!(op.is_object(), "openapi.json lacks {method} {path}");
        assert!(op["responses"]["200"].is_object() || op["responses"]["201"].is_object());
        // Path parameters are declared.
        for seg in path.split('/').filter(|s| s.starts_with('{')) {
            let name = seg.trim_matches(|c| c == '{' || c == '}');
            let declared = op["parameters"]
                .as_array()
                .is_some_and(|ps| ps.iter().any(|p| p["name"] == name && p["in"] == "path"));
            assert!(
                declared,
                "{method} {path}: path parameter {name} undeclared"
            );
        }
    }
    // Query parameters: exactly those the handlers accept, and the documented page size.
    let resolve = |p: &Value| -> Value {
        match p["$ref"].as_str() {
            Some(r) => spec.pointer(r.trim_start_matches('#')).unwrap().clone(),
            None => p.clone(),
        }
    };
    for (method, path) in ROUTES {
        let op = &paths[*path][method.to_lowercase()];
        let mut declared: Vec<String> = op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .map(&resolve)
            .filter(|p| p["in"] == "query")
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect();
        declared.sort();
        let mut accepted: Vec<String> = QUERY_PARAMS
            .iter()
            .find(|(m, p, _)| m == method && p == path)
            .map(|(_, _, names)| names.iter().map(|n| n.to_string()).collect())
            .unwrap_or_default();
        accepted.sort();
        assert_eq!(declared, accepted, "{method} {path}: query parameters");
    }
    let limit = &spec["components"]["parameters"]["limit"]["schema"];
    assert_eq!(limit["default"], sitrep_server::DEFAULT_LIMIT);
    assert_eq!(limit["maximum"], sitrep_server::MAX_LIMIT);
    for (path, item) in paths {
        for method in item.as_object().unwrap().keys() {
            assert!(
                ROUTES
                    .iter()
                    .any(|(m, p)| p == path && m.eq_ignore_ascii_case(method)),
                "openapi.json describes {method} {path}, which the server does not route"
            );
        }
    }
    // Every $ref resolves.
    let text = sitrep_server::OPENAPI;
    for r in text.split("\"$ref\": \"#/").skip(1) {
        let ptr = &r[..r.find('"').unwrap()];
        assert!(
            spec.pointer(&format!("/{ptr}")).is_some(),
            "dangling $ref {ptr}"
        );
    }
    // And the routes exist: each GET answers something other than the API's 404.
    let f = fixture();
    let app = app(Config::new(&f.db));
    for (method, path) in ROUTES.iter().filter(|(m, _)| *m == "GET") {
        let uri = path
            .replace("{id}", "1")
            .replace("/api/search", "/api/search?q=kidal");
        let (s, _, b) = call(
            &app,
            Request::builder()
                .method(*method)
                .uri(&uri)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert!(
            s == StatusCode::OK
                || (s == StatusCode::NOT_FOUND
                    && !String::from_utf8_lossy(&b).contains("no such API route")),
            "{uri}: {s}"
        );
    }
    let (s, v) = get(&app, "/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v, spec);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn static_files_only_from_the_bundle() {
    let f = fixture();
    let app = app(Config::new(&f.db));
    let (s, h, b) = call(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        h[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(
        h[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("default-src 'self'")
    );
    assert!(String::from_utf8_lossy(&b).contains("vendor/leaflet/leaflet.js"));
    let (s, h, _) = call(
        &app,
        Request::get("/vendor/leaflet/leaflet.js")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        h[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    let (s, _, b) = call(
        &app,
        Request::get("/vendor/boundaries/sahel.geojson")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let g: Value = serde_json::from_slice(&b).unwrap();
    let names: Vec<&str> = g["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["properties"]["name"].as_str().unwrap())
        .collect();
    for n in ["Mali", "Burkina Faso", "Niger", "Kidal", "Gao", "Tillabéri"] {
        assert!(names.contains(&n), "{n} missing from the boundaries");
    }
    for uri in [
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/vendor/../../Cargo.toml",
        "/vendor/..%2F..%2FCargo.toml",
        "/..%5c..%5cCargo.toml",
        "//etc/passwd",
        "/fetch.sh",
        "/tools/boundaries.mjs",
        "/index.html/",
        "/../../crates/sitrep-server/openapi.json",
    ] {
        let (s, _, _) = call(&app, Request::get(uri).body(Body::empty()).unwrap()).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{uri}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn non_loopback_needs_the_token_on_every_api_route() {
    let f = fixture();
    let addr: std::net::SocketAddr = "0.0.0.0:8080".parse().unwrap();
    assert!(
        Config::new(&f.db).for_addr(&addr).is_err(),
        "no token, no public bind"
    );
    let mut cfg = Config::new(&f.db);
    cfg.token = Some(TOKEN.into());
    let app = app(cfg.for_addr(&addr).unwrap());
    for (method, path) in ROUTES {
        let uri = path.replace("{id}", "1");
        for auth in [
            None,
            Some("Bearer wrong-token-0123456789"),
            Some("Basic dGVzdDp0ZXN0"),
            Some(TOKEN),
        ] {
            let mut req = Request::builder().method(*method).uri(&uri);
            if let Some(a) = auth {
                req = req.header(header::AUTHORIZATION, a);
            }
            let (s, h, _) = call(&app, req.body(Body::empty()).unwrap()).await;
            assert_eq!(s, StatusCode::UNAUTHORIZED, "{method} {uri} with {auth:?}");
            assert!(h.contains_key(header::WWW_AUTHENTICATE));
        }
    }
    let ok = |uri: &str| {
        Request::get(uri)
            .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
            .body(Body::empty())
            .unwrap()
    };
    let (s, _, _) = call(&app, ok("/api/incidents")).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _, _) = call(&app, ok("/api/search?q=kidal")).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _, _) = call(
        &app,
        Request::get("/api/stats")
            .header(header::AUTHORIZATION, format!("bearer  {TOKEN}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "scheme is case-insensitive");
    // The page itself is public (it asks for the token); the data is not.
    let (s, _, _) = call(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    // A non-loopback server answers to any Host.
    let (s, _, _) = call(
        &app,
        Request::get("/api/stats")
            .header(header::HOST, "sitrep.example:8080")
            .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn loopback_server_refuses_foreign_hosts() {
    let f = fixture();
    let app = app(Config::new(&f.db));
    for (host, ok) in [
        ("127.0.0.1:8080", true),
        ("localhost:8080", true),
        ("[::1]:8080", true),
        ("attacker.example:8080", false),
    ] {
        let (s, _, _) = call(
            &app,
            Request::get("/api/stats")
                .header(header::HOST, host)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(s == StatusCode::OK, ok, "{host}: {s}");
    }
}

static EXTRACTOR: OnceLock<Arc<sitrep_extract::Extractor>> = OnceLock::new();

fn ingest_app(db: &Path, max_body: usize) -> axum::Router {
    let mut cfg = Config::new(db);
    cfg.token = Some(TOKEN.into());
    cfg.allow_ingest = true;
    cfg.max_body = max_body;
    cfg.extractor = Some(
        EXTRACTOR
            .get_or_init(|| Arc::new(sitrep_extract::Extractor::embedded()))
            .clone(),
    );
    app(cfg)
}

fn post(uri: &str, ct: &str, token: Option<&str>, body: impl Into<Body>) -> Request<Body> {
    let mut r = Request::post(uri).header(header::CONTENT_TYPE, ct);
    if let Some(t) = token {
        r = r.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    r.body(body.into()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ingest_needs_permission_and_the_token() {
    let f = fixture();
    // A read-only server refuses, token or not.
    let ro = app(Config::new(&f.db));
    let doc = json!({"id": "new-1", "text": "On 12 November 2023, drones struck Kidal, the army said.", "published": "2023-11-13", "lang": "en"});
    let (s, _, b) = call(
        &ro,
        post(
            "/api/documents",
            "application/json",
            Some(TOKEN),
            doc.to_string(),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{}", String::from_utf8_lossy(&b));
    let app = ingest_app(&f.db, 1 << 20);
    let (s, _, _) = call(
        &app,
        post("/api/documents", "application/json", None, doc.to_string()),
    )
    .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, _, _) = call(
        &app,
        post(
            "/api/documents",
            "application/json",
            Some("not-the-token-at-all"),
            doc.to_string(),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    // Reading needs no token on loopback, even with ingest on.
    let (s, _) = get(&app, "/api/stats").await;
    assert_eq!(s, StatusCode::OK);
    let (s, _, b) = call(
        &app,
        post(
            "/api/documents",
            "application/json",
            Some(TOKEN),
            doc.to_string(),
        ),
    )
    .await;
    let v: Value = serde_json::from_slice(&b).unwrap();
    assert_eq!(s, StatusCode::CREATED, "{v}");
    assert_eq!(v["stored"], 1);
    assert_eq!(v["documents"][0]["id"], "new-1");
    assert!(v["documents"][0]["events"].as_u64().unwrap() >= 1, "{v}");
    assert!(v["fuse"].is_object());
    let (s, d) = get(&app, "/api/documents/new-1").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(d["published"], "2023-11-13");
    // The same text again changes nothing.
    let (s, _, b) = call(
        &app,
        post(
            "/api/documents",
            "application/json",
            Some(TOKEN),
            doc.to_string(),
        ),
    )
    .await;
    let v: Value = serde_json::from_slice(&b).unwrap();
    assert_eq!(
        (s, &v["stored"], &v["duplicates"]),
        (StatusCode::OK, &json!(0), &json!(1))
    );
    // Plain text with the options in the query string.
    let (s, _, b) = call(
        &app,
        post(
            "/api/documents?id=plain-1&date=2023-11-14&lang=fr",
            "text/plain",
            Some(TOKEN),
            "L'armée a repris Kidal le 14 novembre.",
        ),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{}", String::from_utf8_lossy(&b));
    let (_, d) = get(&app, "/api/documents/plain-1").await;
    assert_eq!(d["lang"], "fr");
    // Bad bodies.
    for (body, ct, status) in [
        ("{not json", "application/json", StatusCode::BAD_REQUEST),
        ("[]", "application/json", StatusCode::BAD_REQUEST),
        ("42", "application/json", StatusCode::BAD_REQUEST),
        (
            "{\"title\": \"no text\"}",
            "application/json",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        ("   ", "text/plain", StatusCode::UNPROCESSABLE_ENTITY),
    ] {
        let (s, _, b) = call(&app, post("/api/documents", ct, Some(TOKEN), body)).await;
        let v: Value = serde_json::from_slice(&b).unwrap();
        assert_eq!(s, status, "{body}: {v}");
        assert!(v["error"].is_string());
    }
    let (s, _, _) = call(
        &app,
        post(
            "/api/documents?date=soon",
            "text/plain",
            Some(TOKEN),
            "Kidal.",
        ),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn request_bodies_are_size_limited() {
    let f = fixture();
    let app = ingest_app(&f.db, 4096);
    let big = json!({"text": "Kidal. ".repeat(2000)}).to_string();
    assert!(big.len() > 4096);
    let (s, _, b) = call(
        &app,
        post(
            "/api/documents",
            "application/json",
            Some(TOKEN),
            big.clone(),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    let v: Value = serde_json::from_slice(&b).unwrap();
    assert!(v["error"].as_str().unwrap().contains("--max-body"), "{v}");
    // Without a Content-Length (a streamed body), the limit holds too.
    let stream = Body::new(Chunked(big.into_bytes(), 0));
    let (s, _, _) = call(
        &app,
        post("/api/documents", "text/plain", Some(TOKEN), stream),
    )
    .await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    // Under the limit is fine.
    let (s, _, _) = call(
        &app,
        post(
            "/api/documents",
            "application/json",
            Some(TOKEN),
            json!({"text": "Les FAMa sont entrées dans Kidal le 14 novembre 2023."}).to_string(),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED);
}

/// A body in 1 KiB chunks with no length known in advance.
struct Chunked(Vec<u8>, usize);

impl http_body::Body for Chunked {
    type Data = axum::body::Bytes;
    type Error = std::convert::Infallible;
    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        if self.1 >= self.0.len() {
            return std::task::Poll::Ready(None);
        }
        let end = (self.1 + 1024).min(self.0.len());
        let chunk = axum::body::Bytes::copy_from_slice(&self.0[self.1..end]);
        self.1 = end;
        std::task::Poll::Ready(Some(Ok(http_body::Frame::data(chunk))))
    }
}

#[test]
fn real_listener_keep_alive_and_raw_paths() {
    let f = fixture();
    let running =
        sitrep_server::spawn(Config::new(&f.db), "127.0.0.1:0".parse().unwrap(), 2, false).unwrap();
    let mut c = Client::new(&running.addr.to_string()).unwrap();
    for _ in 0..3 {
        let r = c.get("/api/stats").unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(r.json().unwrap()["incidents"], 30);
    }
    // Raw request lines that a browser would normalize, sent as written.
    for path in [
        "/../Cargo.toml",
        "/vendor/../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/.git/config",
    ] {
        let r = c.get(path).unwrap();
        assert_eq!(r.status, 404, "{path}");
    }
    let r = c.get("/api/incidents?limit=2").unwrap();
    assert_eq!(r.json().unwrap()["next_offset"], 2);
    running.stop().unwrap();
}

#[test]
fn bench_store_and_load_generator_work() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bench.db");
    sitrep_server::bench::build_store(&db, 300, 7).unwrap();
    assert_eq!(Store::open(&db).unwrap().incident_count().unwrap(), 300);
    let opts = sitrep_server::bench::LoadOptions {
        requests: 40,
        concurrency: 4,
        paths: vec![
            "/api/incidents?limit=50".into(),
            "/api/incidents?near=Kidal,100".into(),
        ],
        token: None,
        max_duration: std::time::Duration::from_secs(60),
    };
    let r = sitrep_server::bench::serve_and_load(&db, 2, &opts).unwrap();
    assert_eq!(r.requests, 40);
    assert_eq!(r.errors, 0);
    assert!(r.p50_ms <= r.p99_ms && r.p99_ms <= r.max_ms);
}
