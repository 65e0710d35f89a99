//! The JSON API handlers. Every error is a JSON object `{"error": message, "status": code}`;
//! bad input is a 4xx with a message saying what to write instead, never a 500.

use crate::params::{self, INCIDENT_PARAMS, Query};
use crate::{AppState, OPENAPI};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::json;
use sitrep_core::records::{EventDate, EventLocation, Grade};
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

/// Fetches one page of stored incident records (JSON, passed through unparsed: parsing
/// and re-serializing the incidents was most of a request's time), fetching one more
/// than asked to know whether another page follows.
async fn page(s: &AppState, mut f: IncidentFilter) -> Result<RecordPage, ApiError> {
    let limit = f.limit.unwrap_or(crate::DEFAULT_LIMIT);
    let offset = f.offset;
    f.limit = Some(limit + 1);
    let mut records = s.with_store(move |st| Ok(st.incident_records(&f)?)).await?;
    let more = records.len() > limit;
    records.truncate(limit);
    let next = more.then_some(offset + records.len());
    Ok(RecordPage {
        records,
        offset,
        limit,
        next,
    })
}

struct RecordPage {
    records: Vec<(i64, String)>,
    offset: usize,
    limit: usize,
    next: Option<usize>,
}

impl RecordPage {
    /// `{"incidents": [...], "count", "offset", "limit", "next_offset"}`, the records
    /// spliced in as stored.
    fn json(&self) -> Response {
        let size: usize = self.records.iter().map(|(_, r)| r.len() + 1).sum();
        let mut b = Vec::with_capacity(size + 128);
        b.extend_from_slice(b"{\"incidents\":[");
        for (i, (_, rec)) in self.records.iter().enumerate() {
            if i > 0 {
                b.push(b',');
            }
            b.extend_from_slice(rec.as_bytes());
        }
        let next = self
            .next
            .map_or_else(|| "null".to_string(), |n| n.to_string());
        b.extend_from_slice(
            format!(
                "],\"count\":{},\"offset\":{},\"limit\":{},\"next_offset\":{next}}}",
                self.records.len(),
                self.offset,
                self.limit
            )
            .as_bytes(),
        );
        json_bytes(StatusCode::OK, "application/json", Ok(b))
    }
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
    let page = page(&s, f).await?;
    if geojson {
        return geojson_response(&page);
    }
    Ok(page.json())
}

pub async fn incidents_geojson(State(s): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let q = Query::parse(raw.as_deref(), INCIDENT_PARAMS)?;
    if let Some(f) = q.get("format").filter(|f| *f != "geojson") {
        return Err(ApiError::bad_request(format!(
            "format={f:?}: this route only gives geojson (use /api/incidents for json)"
        )));
    }
    let f = params::incident_filter(&q, gazetteer(&s))?;
    let page = page(&s, f).await?;
    geojson_response(&page)
}

/// The part of a stored incident a map feature shows; sources and contradictions are
/// only counted, and serde skips their contents without building them.
#[derive(Deserialize)]
struct Brief {
    id: i64,
    event_type: String,
    sub_event_type: String,
    date: Option<EventDate>,
    location: Option<EventLocation>,
    actor1: Option<Named>,
    actor2: Option<Named>,
    grade: Grade,
    grade_reason: String,
    fatalities: BriefToll,
    sources: Vec<IgnoredAny>,
    contradictions: Vec<IgnoredAny>,
    background: bool,
}

#[derive(Deserialize)]
struct Named {
    name: String,
}

#[derive(Deserialize)]
struct BriefToll {
    low: Option<u32>,
    best: Option<u32>,
    high: Option<u32>,
    disputed: bool,
}

#[derive(Serialize)]
struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: i64,
    geometry: Point,
    properties: Properties<'a>,
}

#[derive(Serialize)]
struct Point {
    #[serde(rename = "type")]
    kind: &'static str,
    coordinates: [f64; 2],
}

#[derive(Serialize)]
struct Properties<'a> {
    id: i64,
    event_type: &'a str,
    sub_event_type: &'a str,
    date: Option<&'a str>,
    date_start: Option<sitrep_core::Date>,
    date_end: Option<sitrep_core::Date>,
    time_precision: Option<u8>,
    location: &'a str,
    admin1: Option<&'a str>,
    country: Option<&'a str>,
    geo_precision: u8,
    offset: Option<&'a sitrep_core::records::PlaceOffset>,
    actor1: Option<&'a str>,
    actor2: Option<&'a str>,
    grade: Grade,
    grade_reason: &'a str,
    fatalities_low: Option<u32>,
    fatalities_best: Option<u32>,
    fatalities_high: Option<u32>,
    fatalities_disputed: bool,
    sources: usize,
    contradictions: usize,
    background: bool,
    url: String,
}

#[derive(Serialize)]
struct Collection<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    features: Vec<Feature<'a>>,
    unlocated: usize,
    next_offset: Option<usize>,
}

/// Incidents with a location as GeoJSON points; the others are counted in `unlocated`.
fn geojson_response(page: &RecordPage) -> ApiResult {
    let briefs = page
        .records
        .iter()
        .map(|(_, rec)| serde_json::from_str::<Brief>(rec))
        .collect::<Result<Vec<Brief>, _>>()
        .map_err(|e| ApiError::internal(format!("a stored incident cannot be read: {e}")))?;
    let mut unlocated = 0;
    let mut features = Vec::with_capacity(briefs.len());
    for i in &briefs {
        let Some((loc, lat, lon)) = i.location.as_ref().and_then(|l| Some((l, l.lat?, l.lon?)))
        else {
            unlocated += 1;
            continue;
        };
        let date = i.date.as_ref();
        features.push(Feature {
            kind: "Feature",
            id: i.id,
            geometry: Point {
                kind: "Point",
                coordinates: [lon, lat],
            },
            properties: Properties {
                id: i.id,
                event_type: &i.event_type,
                sub_event_type: &i.sub_event_type,
                date: date.map(|d| d.value.as_str()),
                date_start: date.and_then(|d| d.start),
                date_end: date.and_then(|d| d.end),
                time_precision: date.map(|d| d.precision),
                location: &loc.name,
                admin1: loc.admin1.as_deref(),
                country: loc.country.as_deref(),
                geo_precision: loc.geo_precision,
                offset: loc.offset.as_ref(),
                actor1: i.actor1.as_ref().map(|a| a.name.as_str()),
                actor2: i.actor2.as_ref().map(|a| a.name.as_str()),
                grade: i.grade,
                grade_reason: &i.grade_reason,
                fatalities_low: i.fatalities.low,
                fatalities_best: i.fatalities.best,
                fatalities_high: i.fatalities.high,
                fatalities_disputed: i.fatalities.disputed,
                sources: i.sources.len(),
                contradictions: i.contradictions.len(),
                background: i.background,
                url: format!("/api/incidents/{}", i.id),
            },
        });
    }
    Ok(json_bytes(
        StatusCode::OK,
        "application/geo+json",
        serde_json::to_vec(&Collection {
            kind: "FeatureCollection",
            features,
            unlocated,
            next_offset: page.next,
        }),
    ))
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

/// The parameters `/api/search` accepts.
pub const SEARCH_PARAMS: &[&str] = &["q", "limit"];

pub async fn search(State(s): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let q = Query::parse(raw.as_deref(), SEARCH_PARAMS)?;
    let Some(text) = q.get("q").map(str::to_string) else {
        return Err(ApiError::bad_request(
            "q is missing: /api/search?q=WORDS (FTS5 syntax: AND, OR, NOT, \"phrases\", prefix*)",
        ));
    };
    let limit = q.usize("limit", 20, 200)?;
    if limit == 0 {
        return Err(ApiError::bad_request("limit=0: expected 1 to 200"));
    }
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
pub const POST_PARAMS: &[&str] = &["name", "id", "date", "lang", "source", "format"];

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
