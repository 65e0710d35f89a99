//! The JSON API handlers. Every error is a JSON object `{"error": message, "status": code}`;
//! bad input is a 4xx with a message saying what to write instead, never a 500.

use crate::params::{self, INCIDENT_PARAMS, Query};
use crate::{AppState, OPENAPI};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::json;
use sitrep_core::records::Incident;
use sitrep_gazetteer::Gazetteer;
use sitrep_ingest::{Format, IngestOptions};
use sitrep_store::{IncidentFilter, StoreError};

/// An error answered as JSON.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    pub www_authenticate: bool,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            www_authenticate: false,
        }
    }
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            // A query the analyst wrote: their mistake, said plainly.
            StoreError::Query { .. } => ApiError::bad_request(e.to_string()),
            e => ApiError::internal(e.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut res = json_response(
            self.status,
            &json!({"error": self.message, "status": self.status.as_u16()}),
        );
        if self.www_authenticate {
            res.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"sitrep\""),
            );
        }
        res
    }
}

pub fn json_response<T: Serialize + ?Sized>(status: StatusCode, v: &T) -> Response {
    json_bytes(status, "application/json", serde_json::to_vec(v))
}

fn json_bytes(
    status: StatusCode,
    content_type: &'static str,
    body: serde_json::Result<Vec<u8>>,
) -> Response {
    match body {
        Ok(b) => (
            status,
            [
                (header::CONTENT_TYPE, content_type),
                (header::CACHE_CONTROL, "no-store"),
            ],
            b,
        )
            .into_response(),
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("cannot serialize the response: {e}"),
        )
            .into_response(),
    }
}

type ApiResult = Result<Response, ApiError>;

fn gazetteer(s: &AppState) -> &Gazetteer {
    match &s.cfg().extractor {
        Some(ex) => ex.resources().gazetteer(),
        None => Gazetteer::embedded(),
    }
}

/// A page of incidents and where the next one starts.
#[derive(Serialize)]
struct Page<'a> {
    incidents: &'a [Incident],
    count: usize,
    offset: usize,
    limit: usize,
    next_offset: Option<usize>,
}

/// Fetches one more than asked to know whether another page follows.
async fn page(
    s: &AppState,
    mut f: IncidentFilter,
) -> Result<(Vec<Incident>, usize, usize, Option<usize>), ApiError> {
    let limit = f.limit.unwrap_or(crate::DEFAULT_LIMIT);
    let offset = f.offset;
    f.limit = Some(limit + 1);
    let mut incs = s.with_store(move |st| Ok(st.incidents(&f)?)).await?;
    let more = incs.len() > limit;
    incs.truncate(limit);
    let next = more.then_some(offset + incs.len());
    Ok((incs, offset, limit, next))
}

pub async fn incidents(State(s): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let q = Query::parse(raw.as_deref(), INCIDENT_PARAMS)?;
    let geojson = match q.get("format") {
        None | Some("json") => false,
        Some("geojson") => true,
        Some(f) => {
            return Err(ApiError::bad_request(format!(
                "format={f:?}: expected json or geojson"
            )));
        }
    };
    let f = params::incident_filter(&q, gazetteer(&s))?;
    let (incs, offset, limit, next) = page(&s, f).await?;
    if geojson {
        return Ok(geojson_response(&incs, next));
    }
    Ok(json_response(
        StatusCode::OK,
        &Page {
            count: incs.len(),
            incidents: &incs,
            offset,
            limit,
            next_offset: next,
        },
    ))
}

pub async fn incidents_geojson(State(s): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let q = Query::parse(raw.as_deref(), INCIDENT_PARAMS)?;
    if let Some(f) = q.get("format").filter(|f| *f != "geojson") {
        return Err(ApiError::bad_request(format!(
            "format={f:?}: this route only gives geojson (use /api/incidents for json)"
        )));
    }
    let f = params::incident_filter(&q, gazetteer(&s))?;
    let (incs, _, _, next) = page(&s, f).await?;
    Ok(geojson_response(&incs, next))
}

/// Incidents with a location as GeoJSON points; the others are counted in `unlocated`.
fn geojson_response(incs: &[Incident], next: Option<usize>) -> Response {
    let mut unlocated = 0;
    let features: Vec<serde_json::Value> = incs
        .iter()
        .filter_map(|i| {
            let loc = i.location.as_ref();
            let (Some(lat), Some(lon)) = (loc.and_then(|l| l.lat), loc.and_then(|l| l.lon)) else {
                unlocated += 1;
                return None;
            };
            let loc = loc.unwrap();
            Some(json!({
                "type": "Feature",
                "id": i.id,
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {
                    "id": i.id,
                    "event_type": i.event_type,
                    "sub_event_type": i.sub_event_type,
                    "date": i.date.as_ref().map(|d| &d.value),
                    "date_start": i.date.as_ref().and_then(|d| d.start),
                    "date_end": i.date.as_ref().and_then(|d| d.end),
                    "time_precision": i.date.as_ref().map(|d| d.precision),
                    "location": loc.name,
                    "admin1": loc.admin1,
                    "country": loc.country,
                    "geo_precision": loc.geo_precision,
                    "offset": loc.offset,
                    "actor1": i.actor1.as_ref().map(|a| &a.name),
                    "actor2": i.actor2.as_ref().map(|a| &a.name),
                    "grade": i.grade,
                    "grade_reason": i.grade_reason,
                    "fatalities_low": i.fatalities.low,
                    "fatalities_best": i.fatalities.best,
                    "fatalities_high": i.fatalities.high,
                    "fatalities_disputed": i.fatalities.disputed,
                    "sources": i.sources.len(),
                    "contradictions": i.contradictions.len(),
                    "background": i.background,
                    "url": format!("/api/incidents/{}", i.id),
                }
            }))
        })
        .collect();
    json_bytes(
        StatusCode::OK,
        "application/geo+json",
        serde_json::to_vec(&json!({
            "type": "FeatureCollection",
            "features": features,
            "unlocated": unlocated,
            "next_offset": next,
        })),
    )
}

pub async fn incident(State(s): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let id: i64 = id.parse().map_err(|_| {
        ApiError::bad_request(format!("{id:?} is not an incident id (a whole number)"))
    })?;
    let inc = s.with_store(move |st| Ok(st.incident(id)?)).await?;
    match inc {
        Some(i) => Ok(json_response(StatusCode::OK, &i)),
        None => Err(ApiError::not_found(format!("no incident {id}"))),
    }
}

pub async fn document(State(s): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let key = id.clone();
    let doc = s.with_store(move |st| Ok(st.document(&key)?)).await?;
    match doc {
        Some(d) => Ok(json_response(StatusCode::OK, &d)),
        None => Err(ApiError::not_found(format!("no document {id:?}"))),
    }
}

// Private-use characters mark matches inside snippets before HTML escaping.
const OPEN: &str = "\u{E000}";
const CLOSE: &str = "\u{E001}";

pub async fn search(State(s): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let q = Query::parse(raw.as_deref(), &["q", "limit"])?;
    let Some(text) = q.get("q").map(str::to_string) else {
        return Err(ApiError::bad_request(
            "q is missing: /api/search?q=WORDS (FTS5 syntax: AND, OR, NOT, \"phrases\", prefix*)",
        ));
    };
    let limit = q.usize("limit", 20, 200)?.max(1);
    let query = text.clone();
    let hits = s
        .with_store(move |st| Ok(st.search(&query, limit, OPEN, CLOSE)?))
        .await?;
    let hits: Vec<serde_json::Value> = hits
        .into_iter()
        .map(|h| {
            json!({
                "doc": h.doc,
                "title": h.title,
                "outlet": h.outlet,
                "published": h.published,
                "snippet": h.snippet.replace(OPEN, "").replace(CLOSE, ""),
                "snippet_html": escape_html(&h.snippet)
                    .replace(OPEN, "<mark>")
                    .replace(CLOSE, "</mark>"),
                "rank": h.rank,
            })
        })
        .collect();
    Ok(json_response(
        StatusCode::OK,
        &json!({"query": text, "count": hits.len(), "hits": hits}),
    ))
}

pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub async fn stats(State(s): State<AppState>) -> ApiResult {
    let (docs, incs) = s
        .with_store(|st| Ok((st.document_count()?, st.incident_count()?)))
        .await?;
    let cfg = s.cfg();
    Ok(json_response(
        StatusCode::OK,
        &json!({
            "documents": docs,
            "incidents": incs,
            "ingest": cfg.allow_ingest,
            "auth": cfg.require_auth,
            "default_limit": crate::DEFAULT_LIMIT,
            "max_limit": crate::MAX_LIMIT,
            "version": env!("CARGO_PKG_VERSION"),
        }),
    ))
}

pub async fn openapi() -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        OPENAPI,
    )
        .into_response()
}

pub async fn not_found() -> ApiError {
    ApiError::not_found("no such API route; see /api/openapi.json")
}

pub async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "POST a document here; read one at /api/documents/{id}",
    )
}

/// The parameters `POST /api/documents` accepts (for a body that is not JSON).
const POST_PARAMS: &[&str] = &["name", "id", "date", "lang", "source", "format"];

pub async fn post_documents(
    State(s): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult {
    let cfg = s.cfg().clone();
    if !cfg.allow_ingest {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "ingest is disabled on this server: start it with `sitrep serve --allow-ingest --token …`",
        ));
    }
    let body = body.map_err(|r| {
        let status = r.status();
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                status,
                format!(
                    "the body is larger than this server accepts ({} bytes); split it or raise --max-body",
                    cfg.max_body
                ),
            )
        } else {
            ApiError::new(status, r.body_text())
        }
    })?;
    let q = Query::parse(raw.as_deref(), POST_PARAMS)?;
    let mut opts = IngestOptions {
        source: q.get("source").map(str::to_string),
        date: q.date("date")?,
        ..IngestOptions::default()
    };
    if let Some(l) = q.get("lang") {
        opts.lang = Some(
            sitrep_core::Lang::parse(l)
                .ok_or_else(|| ApiError::bad_request(format!("lang={l:?}: expected en or fr")))?,
        );
    }
    if let Some(f) = q.get("format") {
        opts.format = Some(f.parse::<Format>().map_err(ApiError::bad_request)?);
    }
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| {
            let ct = ct.split(';').next().unwrap_or("").trim();
            ct.eq_ignore_ascii_case("application/json")
        });
    let parsed = if is_json {
        // One document object or an array of them, as JSONL lines would give them.
        let v: serde_json::Value = serde_json::from_slice(&body)
            .map_err(|e| ApiError::bad_request(format!("the body is not valid JSON: {e}")))?;
        let items = match v {
            serde_json::Value::Array(a) => a,
            o @ serde_json::Value::Object(_) => vec![o],
            _ => {
                return Err(ApiError::bad_request(
                    "expected a document object {\"text\": …} or an array of them",
                ));
            }
        };
        if items.is_empty() {
            return Err(ApiError::bad_request("the array holds no document"));
        }
        let mut jsonl = Vec::new();
        for it in &items {
            serde_json::to_writer(&mut jsonl, it).map_err(|e| ApiError::internal(e.to_string()))?;
            jsonl.push(b'\n');
        }
        opts.format = Some(Format::Jsonl);
        sitrep_ingest::parse_bytes("request.jsonl", &jsonl, &opts)
    } else {
        let name = q.get("name").unwrap_or("request").to_string();
        let mut p = sitrep_ingest::parse_bytes(&name, &body, &opts);
        if let Some(id) = q.get("id") {
            for d in &mut p.docs {
                d.meta.id = id.to_string();
            }
        }
        p
    };
    let errors: Vec<String> = parsed.errors.iter().map(|e| e.to_string()).collect();
    if parsed.docs.is_empty() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("no document could be read: {}", errors.join("; ")),
        ));
    }
    let Some(extractor) = cfg.extractor.clone() else {
        return Err(ApiError::internal("no extractor configured"));
    };
    let _writer = s.0.writer.lock().await;
    let docs = parsed.docs;
    let rejected = parsed.errors.len();
    let (report, fused, stored_docs) = s
        .with_store(move |st| {
            let docs: Vec<sitrep_core::Doc> =
                docs.into_iter().map(|d| extractor.extract(d)).collect();
            let stored_docs: Vec<serde_json::Value> = docs
                .iter()
                .map(|d| {
                    json!({"id": d.document.meta.id, "hash": d.document.meta.hash,
                           "events": d.events.len(), "claims": d.claims.len()})
                })
                .collect();
            let report = st.insert_batch(&docs)?;
            let fused = sitrep_fuse::update(st, &sitrep_fuse::FuseOptions::default())
                .map_err(|e| ApiError::internal(format!("fusion failed: {e}")))?;
            Ok((report, fused, stored_docs))
        })
        .await?;
    let status = if report.stored > 0 {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok(json_response(
        status,
        &json!({
            "stored": report.stored,
            "duplicates": report.duplicates,
            "rejected": rejected,
            "errors": errors,
            "documents": stored_docs,
            "fuse": fused,
        }),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escaping() {
        assert_eq!(
            escape_html("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }
}
