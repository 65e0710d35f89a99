//! The ledger store (DESIGN §6): SQLite, bundled, in WAL mode, with FTS5 over text.
//!
//! Documents are content-addressed (the hash of their normalized text), so ingesting the
//! same file twice changes nothing. Each batch is one transaction: a crash or a SIGKILL
//! loses at most the batch in flight and never leaves a half-written document. Schema
//! changes go through the numbered [`migrations`].

pub mod migrations;

/// Re-exported so that crates writing their own statements (fuse) use the same SQLite.
pub use rusqlite;

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use sitrep_core::records::{Claim, EventMention, HistoryEntry, Incident};
use sitrep_core::{Date, Doc};
use std::path::{Path, PathBuf};

/// Where the store lives unless `--db` or `SITREP_DB` says otherwise.
pub const DEFAULT_DB: &str = "sitrep.db";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open store {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{path} is not a sitrep store: {reason}")]
    NotAStore { path: PathBuf, reason: String },
    #[error(
        "store {path} has schema version {found}, newer than this sitrep ({supported}); upgrade sitrep"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("bad search query {query:?}: {reason}")]
    Query { query: String, reason: String },
    #[error("store error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("store record error: {0}")]
    Json(#[from] serde_json::Error),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// What one batch did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BatchReport {
    /// Documents newly stored.
    pub stored: usize,
    /// Documents already in the store (same normalized text); left unchanged.
    pub duplicates: usize,
}

/// A full-text search hit.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub doc: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub snippet: String,
    pub rank: f64,
}

/// A stored event mention with the document it comes from.
#[derive(Debug, Clone, Serialize)]
pub struct StoredEvent {
    pub id: i64,
    /// External id of the document.
    pub doc: String,
    pub outlet: Option<String>,
    pub ordinal: i64,
    #[serde(flatten)]
    pub event: EventMention,
}

/// Which event mentions to list.
#[derive(Debug, Default, Clone)]
pub struct EventFilter {
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub include_background: bool,
    pub event_type: Option<String>,
    pub limit: Option<usize>,
}

/// Which incidents to list (the CLI's and the API's filters).
#[derive(Debug, Default, Clone)]
pub struct IncidentFilter {
    pub since: Option<Date>,
    pub until: Option<Date>,
    /// A point and a radius in km.
    pub near: Option<(f64, f64, f64)>,
    pub grade: Option<String>,
    /// An event type or sub-event type (case-insensitive).
    pub event_type: Option<String>,
    /// A substring of an actor's name (actor1, actor2 or associated), case-insensitive.
    pub actor: Option<String>,
    pub include_background: bool,
    pub limit: Option<usize>,
    /// Incidents to skip (after filtering), for pagination with `limit`.
    pub offset: usize,
}

/// An event mention as fusion needs it.
#[derive(Debug, Clone)]
pub struct FusionMention {
    pub id: i64,
    /// The document's row id.
    pub doc_row: i64,
    pub ordinal: i64,
    pub event: EventMention,
}

/// A document as fusion needs it: metadata, text, and its annotations' claims and
/// quantities.
#[derive(Debug, Clone, Default)]
pub struct FusionDocument {
    pub row: i64,
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub byline: Option<String>,
    pub published: Option<Date>,
    pub lang: String,
    pub text: String,
    pub simhash: Option<u64>,
    pub claims: Vec<Claim>,
    pub quantities: Vec<sitrep_core::records::Quantity>,
}

/// A stored document as the show and API views need it.
#[derive(Debug, Clone, Serialize)]
pub struct StoredDocument {
    pub id: String,
    pub hash: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub published_inferred: bool,
    pub lang: String,
    pub text: String,
    /// The extract contract as stored at ingest (events, claims, mentions).
    pub annotations: Option<serde_json::Value>,
}

/// A handle on one store file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        Self::init(conn, path.to_path_buf())
    }

    /// A private in-memory store (tests, `extract`-like one-shot runs).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Self::init(conn, PathBuf::from(":memory:"))
    }

    fn init(conn: Connection, path: PathBuf) -> Result<Store> {
        // Reading the header tells a SQLite file from anything else before we write.
        let not_a_store = |e: rusqlite::Error| StoreError::NotAStore {
            path: path.clone(),
            reason: e.to_string(),
        };
        conn.query_row("PRAGMA schema_version", [], |r| r.get::<_, i64>(0))
            .map_err(not_a_store)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(not_a_store)?;
        // NORMAL is durable against process crashes in WAL mode (a SIGKILL loses nothing
        // committed); only an OS crash can lose the last transactions.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store { conn, path };
        migrations::migrate(&mut store.conn, &store.path)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The underlying connection, for the crates that add their own tables (fuse).
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Stores a batch of annotated documents in one transaction. A document whose
    /// normalized text is already stored is left as it is (content addressing).
    pub fn insert_batch(&mut self, docs: &[Doc]) -> Result<BatchReport> {
        let tx = self.conn.transaction()?;
        let mut report = BatchReport::default();
        {
            let mut ins_doc = tx.prepare_cached(
                "INSERT INTO documents (hash, external_id, title, url, outlet, byline, published,
                    published_inferred, lang, source_path, format, text, raw_map, annotations, ingested_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, strftime('%Y-%m-%dT%H:%M:%fZ','now'))
                 ON CONFLICT(hash) DO NOTHING",
            )?;
            let mut ins_event = tx.prepare_cached(
                "INSERT INTO event_mentions (doc_id, ordinal, event_type, sub_event_type,
                    date_value, date_start, date_end, time_precision,
                    location, geonames_id, latitude, longitude, geo_precision,
                    actor1, inter1, actor2, inter2, killed, background, record)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
            )?;
            let mut ins_claim = tx.prepare_cached(
                "INSERT INTO claims (doc_id, ordinal, speaker, speaker_camp, channel, said_on, cue,
                    stance, hedged, span_start, span_end, record)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?;
            for doc in docs {
                let m = &doc.document.meta;
                let contract = serde_json::to_string(&doc.to_contract())?;
                let n = ins_doc.execute(params![
                    m.hash,
                    m.id,
                    m.title,
                    m.url,
                    m.outlet,
                    m.byline,
                    m.published.map(|d| d.to_string()),
                    m.published_inferred,
                    m.lang.code(),
                    m.source_path,
                    m.format,
                    doc.document.text,
                    serde_json::to_string(&doc.document.raw_map)?,
                    contract,
                ])?;
                if n == 0 {
                    report.duplicates += 1;
                    continue;
                }
                report.stored += 1;
                let doc_id = tx.last_insert_rowid();
                for (i, e) in doc.events.iter().enumerate() {
                    insert_event(&mut ins_event, doc_id, i, e)?;
                }
                for (i, c) in doc.claims.iter().enumerate() {
                    insert_claim(&mut ins_claim, doc_id, i, c)?;
                }
            }
        }
        tx.commit()?;
        Ok(report)
    }

    pub fn document_count(&self) -> Result<usize> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get::<_, i64>(0))?
            as usize)
    }

    /// A document by external id (the most recently stored one if several share it) or hash.
    pub fn document(&self, id: &str) -> Result<Option<StoredDocument>> {
        self.conn
            .query_row(
                "SELECT external_id, hash, title, url, outlet, published, published_inferred,
                        lang, text, annotations
                 FROM documents WHERE external_id = ?1 OR hash = ?1
                 ORDER BY id DESC LIMIT 1",
                [id],
                |r| {
                    let ann: Option<String> = r.get(9)?;
                    Ok(StoredDocument {
                        id: r.get(0)?,
                        hash: r.get(1)?,
                        title: r.get(2)?,
                        url: r.get(3)?,
                        outlet: r.get(4)?,
                        published: r.get(5)?,
                        published_inferred: r.get(6)?,
                        lang: r.get(7)?,
                        text: r.get(8)?,
                        annotations: ann.and_then(|a| serde_json::from_str(&a).ok()),
                    })
                },
            )
            .optional()
            .map_err(Into::into)
    }

    /// Full-text search over titles and texts, accent- and case-insensitive. Plain words
    /// are matched as given ("CSP-PSD" works); FTS5 syntax (AND, OR, NOT, "phrases",
    /// prefix*) is honoured. Matches are wrapped in `open`/`close` in the snippet.
    pub fn search(
        &self,
        query: &str,
        limit: usize,
        open: &str,
        close: &str,
    ) -> Result<Vec<SearchHit>> {
        let q = fts_query(query).ok_or_else(|| StoreError::Query {
            query: query.to_string(),
            reason: "empty query".into(),
        })?;
        let mut st = self.conn.prepare_cached(
            "SELECT d.external_id, d.title, d.outlet, d.published,
                    snippet(documents_fts, 1, ?2, ?3, '…', 16), bm25(documents_fts)
             FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
             WHERE documents_fts MATCH ?1
             ORDER BY bm25(documents_fts) LIMIT ?4",
        )?;
        let rows = st.query_map(params![q, open, close, limit as i64], |r| {
            Ok(SearchHit {
                doc: r.get(0)?,
                title: r.get(1)?,
                outlet: r.get(2)?,
                published: r.get(3)?,
                snippet: r.get(4)?,
                rank: r.get(5)?,
            })
        });
        // The statement is fixed, so an SQLite failure while matching is the query's fault.
        let bad = |e: rusqlite::Error| match e {
            rusqlite::Error::SqliteFailure(_, msg) => StoreError::Query {
                query: query.to_string(),
                reason: msg.unwrap_or_else(|| "malformed query".into()),
            },
            e => StoreError::Sqlite(e),
        };
        let rows = rows.map_err(bad)?;
        let mut out = Vec::new();
        for r in rows {
            out.push(r.map_err(bad)?);
        }
        Ok(out)
    }

    /// Event mentions in the store, oldest first.
    pub fn events(&self, f: &EventFilter) -> Result<Vec<StoredEvent>> {
        let mut sql = String::from(
            "SELECT e.id, d.external_id, d.outlet, e.ordinal, e.record
             FROM event_mentions e JOIN documents d ON d.id = e.doc_id WHERE 1=1",
        );
        let mut args: Vec<String> = Vec::new();
        if !f.include_background {
            sql.push_str(" AND e.background = 0");
        }
        if let Some(s) = f.since {
            args.push(s.to_string());
            sql.push_str(&format!(
                " AND coalesce(e.date_end, e.date_start) >= ?{}",
                args.len()
            ));
        }
        if let Some(u) = f.until {
            args.push(u.to_string());
            sql.push_str(&format!(" AND e.date_start <= ?{}", args.len()));
        }
        if let Some(t) = &f.event_type {
            args.push(t.to_lowercase());
            let n = args.len();
            sql.push_str(&format!(
                " AND (lower(e.event_type) = ?{n} OR lower(e.sub_event_type) = ?{n})"
            ));
        }
        sql.push_str(" ORDER BY e.date_start IS NULL, e.date_start, d.id, e.ordinal");
        if let Some(l) = f.limit {
            sql.push_str(&format!(" LIMIT {l}"));
        }
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for r in rows {
            let (id, doc, outlet, ordinal, rec) = r?;
            out.push(StoredEvent {
                id,
                doc,
                outlet,
                ordinal,
                event: serde_json::from_str(&rec)?,
            });
        }
        Ok(out)
    }

    /// Incidents, most recent first.
    pub fn incidents(&self, f: &IncidentFilter) -> Result<Vec<Incident>> {
        self.incident_records(f)?
            .into_iter()
            .map(|(id, rec)| {
                let mut inc: Incident = serde_json::from_str(&rec)?;
                inc.id = id;
                Ok(inc)
            })
            .collect()
    }

    /// [`Store::incidents`] as their stored JSON records (the `Incident` serialization,
    /// its `id` set to the row's), for callers that pass them on without parsing them:
    /// the HTTP API's listing spends most of its time in parsing and re-serializing.
    ///
    /// The page is found in the `incidents_list` index alone (it holds every filtered
    /// column), then only its records are read: the filter columns sit after the large
    /// record in each row, so filtering rows directly walked every record's overflow pages.
    pub fn incident_records(&self, f: &IncidentFilter) -> Result<Vec<(i64, String)>> {
        let mut sql = String::from(
            "SELECT id, latitude, longitude FROM incidents INDEXED BY incidents_list WHERE 1=1",
        );
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut arg = |v: rusqlite::types::Value, sql: &mut String, clause: &str| {
            args.push(v);
            sql.push_str(&clause.replace("?", &format!("?{}", args.len())));
        };
        if !f.include_background {
            sql.push_str(" AND background = 0");
        }
        if let Some(s) = f.since {
            arg(
                s.to_string().into(),
                &mut sql,
                " AND coalesce(date_end, date_start) >= ?",
            );
        }
        if let Some(u) = f.until {
            arg(u.to_string().into(), &mut sql, " AND date_start <= ?");
        }
        if let Some(g) = &f.grade {
            arg(g.to_lowercase().into(), &mut sql, " AND grade = ?");
        }
        if let Some(t) = &f.event_type {
            arg(
                t.to_lowercase().into(),
                &mut sql,
                " AND (lower(event_type) = ?",
            );
            arg(
                t.to_lowercase().into(),
                &mut sql,
                " OR lower(sub_event_type) = ?)",
            );
        }
        if let Some(a) = &f.actor {
            arg(
                format!("%{}%", a.to_lowercase()).into(),
                &mut sql,
                " AND lower(actors) LIKE ?",
            );
        }
        if let Some((lat, lon, km)) = f.near {
            // A bounding box in SQL (indexed), the exact distance below.
            let dlat = km / 111.0;
            let dlon = km / (111.0 * lat.to_radians().cos().abs().max(0.01));
            arg((lat - dlat).into(), &mut sql, " AND latitude >= ?");
            arg((lat + dlat).into(), &mut sql, " AND latitude <= ?");
            arg((lon - dlon).into(), &mut sql, " AND longitude >= ?");
            arg((lon + dlon).into(), &mut sql, " AND longitude <= ?");
        }
        // NULL dates sort last in DESC order; this form lets SQLite walk the index in
        // date order and stop at LIMIT instead of sorting every row.
        sql.push_str(" ORDER BY date_start DESC, id DESC");
        // `near` is finished below (exact distance), so its pages are cut there.
        let (limit, mut skip) = if f.near.is_none() {
            match (f.limit, f.offset) {
                (Some(l), 0) => sql.push_str(&format!(" LIMIT {l}")),
                (Some(l), o) => sql.push_str(&format!(" LIMIT {l} OFFSET {o}")),
                (None, 0) => {}
                (None, o) => sql.push_str(&format!(" LIMIT -1 OFFSET {o}")),
            }
            (f.limit, 0)
        } else {
            (f.limit, f.offset)
        };
        // One snapshot for both steps, so a concurrent fusion cannot remove a row between
        // them (unless the caller already holds a transaction).
        let tx = if self.conn.is_autocommit() {
            Some(self.conn.unchecked_transaction()?)
        } else {
            None
        };
        let mut st = self.conn.prepare(&sql)?;
        let mut rows = st.query(rusqlite::params_from_iter(args.iter()))?;
        let mut ids = Vec::new();
        while let Some(r) = rows.next()? {
            let (id, ilat, ilon): (i64, Option<f64>, Option<f64>) =
                (r.get(0)?, r.get(1)?, r.get(2)?);
            if let Some((lat, lon, km)) = f.near {
                // The columns hold the record's location (written together).
                let loc = ilat.zip(ilon);
                if loc.is_none_or(|(a, b)| haversine_km(lat, lon, a, b) > km) {
                    continue;
                }
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
            }
            ids.push(id);
            if limit.is_some_and(|l| ids.len() >= l) {
                break;
            }
        }
        drop(rows);
        drop(st);
        let mut rec = self
            .conn
            .prepare_cached("SELECT record FROM incidents WHERE id = ?1")?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let r: String = rec.query_row([id], |r| r.get(0))?;
            out.push((id, with_id(r, id)?));
        }
        drop(rec);
        if let Some(tx) = tx {
            tx.commit()?;
        }
        Ok(out)
    }

    /// One incident with its history.
    pub fn incident(&self, id: i64) -> Result<Option<Incident>> {
        let rec: Option<String> = self
            .conn
            .query_row("SELECT record FROM incidents WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        let Some(rec) = rec else {
            return Ok(None);
        };
        let mut inc: Incident = serde_json::from_str(&rec)?;
        inc.id = id;
        inc.history = self.incident_history(id)?;
        Ok(Some(inc))
    }

    /// Every change recorded for an incident, oldest first.
    pub fn incident_history(&self, id: i64) -> Result<Vec<HistoryEntry>> {
        let mut st = self.conn.prepare_cached(
            "SELECT at, change, reason FROM incident_history WHERE incident_id = ?1 ORDER BY id",
        )?;
        let rows = st.query_map([id], |r| {
            Ok(HistoryEntry {
                at: r.get(0)?,
                change: r.get(1)?,
                reason: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<Vec<_>, _>>()?)
    }

    /// Writes an incident (a new one when `inc.id` is 0) with its mentions and appends
    /// `history` to its history. `key` identifies its membership (the sorted mention
    /// ids), so fusing the same mentions again finds the same row. Returns its id.
    pub fn save_incident(
        &mut self,
        inc: &Incident,
        key: &str,
        mention_ids: &[i64],
        history: &[HistoryEntry],
    ) -> Result<i64> {
        let tx = self.conn.transaction()?;
        let id = save_incident_tx(&tx, inc, key, mention_ids, history)?;
        tx.commit()?;
        Ok(id)
    }

    /// Event mentions in no incident yet (fusion's new work).
    pub fn unfused_mentions(&self) -> Result<Vec<i64>> {
        let mut st = self.conn.prepare_cached(
            "SELECT e.id FROM event_mentions e
             LEFT JOIN incident_mentions im ON im.mention_id = e.id
             WHERE im.mention_id IS NULL ORDER BY e.id",
        )?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<std::result::Result<Vec<i64>, _>>()?)
    }

    /// Event mentions whose dates meet [lo, hi] (ISO dates), and those without a date.
    pub fn mentions_between(&self, lo: &str, hi: &str) -> Result<Vec<i64>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id FROM event_mentions
             WHERE date_start IS NULL
                OR (date_start <= ?2 AND coalesce(date_end, '9999-12-31') >= ?1)
             ORDER BY id",
        )?;
        let rows = st.query_map(params![lo, hi], |r| r.get(0))?;
        Ok(rows.collect::<std::result::Result<Vec<i64>, _>>()?)
    }

    /// The incident each of these mentions belongs to, if any.
    pub fn incidents_of(&self, mentions: &[i64]) -> Result<Vec<(i64, i64)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT mention_id, incident_id FROM incident_mentions WHERE mention_id = ?1",
        )?;
        let mut out = Vec::new();
        for m in mentions {
            let r: Option<(i64, i64)> = st
                .query_row([m], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            out.extend(r);
        }
        Ok(out)
    }

    /// The mentions of an incident.
    pub fn incident_members(&self, incident: i64) -> Result<Vec<i64>> {
        let mut st = self.conn.prepare_cached(
            "SELECT mention_id FROM incident_mentions WHERE incident_id = ?1 ORDER BY mention_id",
        )?;
        let rows = st.query_map([incident], |r| r.get(0))?;
        Ok(rows.collect::<std::result::Result<Vec<i64>, _>>()?)
    }

    /// Event mentions by id, with their document row.
    pub fn fusion_mentions(&self, ids: &[i64]) -> Result<Vec<FusionMention>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, doc_id, ordinal, record FROM event_mentions WHERE id = ?1",
        )?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let r: Option<(i64, i64, i64, String)> = st
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                .optional()?;
            if let Some((id, doc_row, ordinal, rec)) = r {
                out.push(FusionMention {
                    id,
                    doc_row,
                    ordinal,
                    event: serde_json::from_str(&rec)?,
                });
            }
        }
        Ok(out)
    }

    /// A document as fusion needs it.
    pub fn fusion_document(&self, row: i64) -> Result<Option<FusionDocument>> {
        let mut st = self.conn.prepare_cached(
            "SELECT external_id, title, outlet, byline, published, lang, text, simhash, annotations
             FROM documents WHERE id = ?1",
        )?;
        let mut rows = st.query([row])?;
        let Some(r) = rows.next()? else {
            return Ok(None);
        };
        let published: Option<String> = r.get(4)?;
        let simhash: Option<i64> = r.get(7)?;
        let ann: Option<String> = r.get(8)?;
        let mut doc = FusionDocument {
            row,
            id: r.get(0)?,
            title: r.get(1)?,
            outlet: r.get(2)?,
            byline: r.get(3)?,
            published: published.and_then(|p| p.get(..10).and_then(|d| d.parse().ok())),
            lang: r.get(5)?,
            text: r.get(6)?,
            simhash: simhash.map(|h| h as u64),
            ..FusionDocument::default()
        };
        if let Some(a) = ann {
            let v: serde_json::Value = serde_json::from_str(&a)?;
            if let Some(c) = v.get("claims") {
                doc.claims = serde_json::from_value(c.clone())?;
            }
            if let Some(q) = v.get("mentions").and_then(|m| m.get("quantities")) {
                doc.quantities = serde_json::from_value(q.clone())?;
            }
        }
        Ok(Some(doc))
    }

    /// Remembers a document's text fingerprint (computed once by fusion).
    pub fn set_simhash(&self, row: i64, h: u64) -> Result<()> {
        self.conn.execute(
            "UPDATE documents SET simhash = ?1 WHERE id = ?2",
            params![h as i64, row],
        )?;
        Ok(())
    }

    pub fn incident_count(&self) -> Result<usize> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM incidents", [], |r| r.get(0))?;
        Ok(n as usize)
    }

    /// Runs SQLite's own consistency check; `ok` when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0))?)
    }
}

fn insert_event(
    st: &mut rusqlite::CachedStatement<'_>,
    doc_id: i64,
    ordinal: usize,
    e: &EventMention,
) -> Result<()> {
    let loc = e.location.as_ref();
    st.execute(params![
        doc_id,
        ordinal as i64,
        e.event_type,
        e.sub_event_type,
        e.date.as_ref().map(|d| d.value.clone()),
        e.date.as_ref().and_then(|d| d.start).map(|d| d.to_string()),
        e.date.as_ref().and_then(|d| d.end).map(|d| d.to_string()),
        e.date.as_ref().map(|d| d.precision),
        loc.map(|l| l.name.clone()),
        loc.and_then(|l| l.geonames_id).map(|g| g as i64),
        loc.and_then(|l| l.lat),
        loc.and_then(|l| l.lon),
        loc.map(|l| l.geo_precision),
        e.actor1.as_ref().map(|a| a.name.clone()),
        e.actor1.as_ref().and_then(|a| a.inter),
        e.actor2.as_ref().map(|a| a.name.clone()),
        e.actor2.as_ref().and_then(|a| a.inter),
        e.fatalities.killed,
        e.background,
        serde_json::to_string(e)?,
    ])?;
    Ok(())
}

fn insert_claim(
    st: &mut rusqlite::CachedStatement<'_>,
    doc_id: i64,
    ordinal: usize,
    c: &Claim,
) -> Result<()> {
    st.execute(params![
        doc_id,
        ordinal as i64,
        c.by.name,
        c.by.camp,
        c.channel,
        c.said_on.map(|d| d.to_string()),
        c.cue,
        match c.stance {
            sitrep_core::records::Stance::Asserts => "asserts",
            sitrep_core::records::Stance::Denies => "denies",
        },
        c.hedged,
        c.span.start,
        c.span.end,
        serde_json::to_string(c)?,
    ])?;
    Ok(())
}

/// Turns an analyst's query into FTS5 syntax. Words that FTS5 would reject as barewords
/// ("CSP-PSD", "d'Anéfis", "6,500") are quoted; explicit syntax is left alone.
fn fts_query(q: &str) -> Option<String> {
    let q = q.trim();
    if q.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    let mut in_quote = false;
    for w in q.split_whitespace() {
        let quotes = w.matches('"').count();
        if in_quote || quotes > 0 {
            out.push(w.to_string());
            if quotes % 2 == 1 {
                in_quote = !in_quote;
            }
            continue;
        }
        let operator = matches!(w, "AND" | "OR" | "NOT") || w.starts_with("NEAR(");
        let bare = w
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || !c.is_ascii())
            || (w.ends_with('*')
                && w[..w.len() - 1]
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || !c.is_ascii()));
        let grouping = w.starts_with('(') || w.ends_with(')');
        if operator || bare || grouping {
            out.push(w.to_string());
        } else {
            out.push(format!("\"{}\"", w.replace('"', "")));
        }
    }
    Some(out.join(" "))
}

/// A stored incident record with its `id` field set to the row id. Records are written
/// by serde from `Incident`, whose first field is `id`, so this is a prefix rewrite; a
/// record in any other shape is parsed and written again.
fn with_id(rec: String, id: i64) -> Result<String> {
    if let Some(rest) = rec.strip_prefix("{\"id\":") {
        let digits = rest
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'-')
            .count();
        if digits > 0 && matches!(rest.as_bytes().get(digits), Some(b',' | b'}')) {
            let tail = &rest[digits..];
            let mut out = String::with_capacity(rec.len() + 8);
            out.push_str("{\"id\":");
            out.push_str(&id.to_string());
            out.push_str(tail);
            return Ok(out);
        }
    }
    let mut inc: Incident = serde_json::from_str(&rec)?;
    inc.id = id;
    Ok(serde_json::to_string(&inc)?)
}

/// Great-circle distance (km) for the `--near` filter.
fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().asin()
}

/// [`Store::save_incident`] inside a caller's transaction (fusion writes many at once).
pub fn save_incident_tx(
    tx: &rusqlite::Transaction,
    inc: &Incident,
    key: &str,
    mention_ids: &[i64],
    history: &[HistoryEntry],
) -> Result<i64> {
    let mut stored = inc.clone();
    stored.history.clear();
    let record = serde_json::to_string(&stored)?;
    let date_start = inc
        .date
        .as_ref()
        .and_then(|d| d.start)
        .map(|d| d.to_string());
    let date_end = inc
        .date
        .as_ref()
        .and_then(|d| d.end.or(d.start))
        .map(|d| d.to_string());
    let (lat, lon) = inc
        .location
        .as_ref()
        .map(|l| (l.lat, l.lon))
        .unwrap_or((None, None));
    let actors: Vec<&str> = [&inc.actor1, &inc.actor2]
        .into_iter()
        .flatten()
        .chain(inc.assoc_actor_1.iter())
        .chain(inc.assoc_actor_2.iter())
        .map(|a| a.name.as_str())
        .collect();
    let now = now_rfc3339();
    let id = if inc.id == 0 {
        tx.execute(
            "INSERT INTO incidents (record, updated_at, key, event_type, sub_event_type, date_start,
                 date_end, latitude, longitude, grade, actors, background)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                record,
                now,
                key,
                inc.event_type,
                inc.sub_event_type,
                date_start,
                date_end,
                lat,
                lon,
                inc.grade.as_str(),
                actors.join(" | "),
                inc.background
            ],
        )?;
        tx.last_insert_rowid()
    } else {
        tx.execute(
            "UPDATE incidents SET record = ?1, updated_at = ?2, key = ?3, event_type = ?4,
                 sub_event_type = ?5, date_start = ?6, date_end = ?7, latitude = ?8,
                 longitude = ?9, grade = ?10, actors = ?11, background = ?12 WHERE id = ?13",
            params![
                record,
                now,
                key,
                inc.event_type,
                inc.sub_event_type,
                date_start,
                date_end,
                lat,
                lon,
                inc.grade.as_str(),
                actors.join(" | "),
                inc.background,
                inc.id
            ],
        )?;
        tx.execute(
            "DELETE FROM incident_mentions WHERE incident_id = ?1",
            [inc.id],
        )?;
        inc.id
    };
    // The stored record carries its own id.
    let mut with_id = stored;
    with_id.id = id;
    tx.execute(
        "UPDATE incidents SET record = ?1 WHERE id = ?2",
        params![serde_json::to_string(&with_id)?, id],
    )?;
    let mut ins = tx.prepare_cached(
        "INSERT OR IGNORE INTO incident_mentions (incident_id, mention_id) VALUES (?1, ?2)",
    )?;
    for m in mention_ids {
        ins.execute(params![id, m])?;
    }
    let mut hist = tx.prepare_cached(
        "INSERT INTO incident_history (incident_id, at, change, reason) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for h in history {
        let at = if h.at.is_empty() {
            now.clone()
        } else {
            h.at.clone()
        };
        hist.execute(params![id, at, h.change, h.reason])?;
    }
    Ok(id)
}

/// The current time, UTC, RFC 3339 (history timestamps).
pub fn now_rfc3339() -> String {
    jiff::Timestamp::now().to_string()
}

/// Removes an incident absorbed by another (its history rows stay: nothing is lost).
pub fn delete_incident_tx(
    tx: &rusqlite::Transaction,
    id: i64,
    into: i64,
    reason: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO incident_history (incident_id, at, change, reason) VALUES (?1, ?2, 'merged', ?3)",
        params![id, now_rfc3339(), format!("merged into incident {into}: {reason}")],
    )?;
    tx.execute("DELETE FROM incident_mentions WHERE incident_id = ?1", [id])?;
    tx.execute("DELETE FROM incidents WHERE id = ?1", [id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_core::Document;

    fn doc(id: &str, text: &str) -> Doc {
        Doc::new(Document::from_text(id, text))
    }

    #[test]
    fn content_addressed_ingest() {
        let mut s = Store::open_in_memory().unwrap();
        let r = s
            .insert_batch(&[
                doc("a", "Les drones ont frappé Kidal."),
                doc("b", "Gao est calme."),
            ])
            .unwrap();
        assert_eq!(
            r,
            BatchReport {
                stored: 2,
                duplicates: 0
            }
        );
        let r = s
            .insert_batch(&[doc("a-again", "Les drones ont frappé Kidal.")])
            .unwrap();
        assert_eq!(
            r,
            BatchReport {
                stored: 0,
                duplicates: 1
            }
        );
        assert_eq!(s.document_count().unwrap(), 2);
        assert_eq!(
            s.document("a").unwrap().unwrap().text,
            "Les drones ont frappé Kidal."
        );
        assert!(s.document("a-again").unwrap().is_none());
    }

    #[test]
    fn search_is_accent_insensitive_and_highlights() {
        let mut s = Store::open_in_memory().unwrap();
        s.insert_batch(&[
            doc("fr", "Les soldats sont arrivés à Anéfis, selon le CSP-PSD."),
            doc("en", "The army left Gao."),
        ])
        .unwrap();
        let hits = s.search("anefis", 10, "[", "]").unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].doc, "fr");
        assert!(hits[0].snippet.contains("[Anéfis]"), "{}", hits[0].snippet);
        let hits = s.search("CSP-PSD", 10, "[", "]").unwrap();
        assert_eq!(hits.len(), 1);
        assert!(matches!(
            s.search("\"unclosed", 10, "[", "]"),
            Err(StoreError::Query { .. })
        ));
        assert!(matches!(
            s.search("  ", 10, "[", "]"),
            Err(StoreError::Query { .. })
        ));
    }

    #[test]
    fn reopening_keeps_documents_and_schema() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.db");
        {
            let mut s = Store::open(&p).unwrap();
            s.insert_batch(&[doc("a", "Kidal.")]).unwrap();
        }
        let s = Store::open(&p).unwrap();
        assert_eq!(s.document_count().unwrap(), 1);
        assert_eq!(s.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn a_non_sqlite_file_is_refused_clearly() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("notes.txt");
        std::fs::write(&p, "this is not a database, just some notes about Kidal").unwrap();
        let e = Store::open(&p).err().expect("must refuse");
        assert!(e.to_string().contains("not a sitrep store"), "{e}");
        assert_eq!(
            std::fs::read_to_string(&p).unwrap(),
            "this is not a database, just some notes about Kidal",
            "the file is left untouched"
        );
    }

    #[test]
    fn fts_query_quotes_only_what_needs_it() {
        assert_eq!(fts_query("Kidal drone").unwrap(), "Kidal drone");
        assert_eq!(fts_query("CSP-PSD").unwrap(), "\"CSP-PSD\"");
        assert_eq!(fts_query("Kidal OR Gao").unwrap(), "Kidal OR Gao");
        assert_eq!(
            fts_query("\"very significant\"").unwrap(),
            "\"very significant\""
        );
        assert_eq!(fts_query("drone*").unwrap(), "drone*");
    }

    #[test]
    fn incident_records_carry_their_row_id() {
        assert_eq!(
            with_id("{\"id\":0,\"event_type\":\"Battles\"}".into(), 42).unwrap(),
            "{\"id\":42,\"event_type\":\"Battles\"}"
        );
        let mut s = Store::open_in_memory().unwrap();
        let mut inc = Incident {
            event_type: "Battles".into(),
            ..Incident::default()
        };
        let a = s.save_incident(&inc, "a", &[], &[]).unwrap();
        inc.event_type = "Protests".into();
        let b = s.save_incident(&inc, "b", &[], &[]).unwrap();
        // A stale id in one record, and the other with its keys in another order (the
        // slow path): both come out with their row's id.
        s.conn
            .execute(
                "UPDATE incidents SET record = replace(record, '\"id\":0', '\"id\":999') WHERE id = ?1",
                [a],
            )
            .unwrap();
        let rec: String = s
            .conn
            .query_row("SELECT record FROM incidents WHERE id = ?1", [b], |r| {
                r.get(0)
            })
            .unwrap();
        let sorted =
            serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&rec).unwrap())
                .unwrap();
        assert!(!sorted.starts_with("{\"id\""), "{sorted}");
        s.conn
            .execute(
                "UPDATE incidents SET record = ?1 WHERE id = ?2",
                rusqlite::params![sorted, b],
            )
            .unwrap();
        let recs = s.incident_records(&IncidentFilter::default()).unwrap();
        let mut got: Vec<i64> = recs
            .iter()
            .map(|(id, r)| {
                let v: Incident = serde_json::from_str(r).unwrap();
                assert_eq!(v.id, *id);
                v.id
            })
            .collect();
        got.sort();
        assert_eq!(got, vec![a, b]);
        let incs = s.incidents(&IncidentFilter::default()).unwrap();
        assert_eq!(incs.len(), 2);
    }
}
