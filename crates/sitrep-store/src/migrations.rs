//! Numbered schema migrations, tracked in SQLite's `user_version`.
//!
//! A migration is appended, never edited: stores in the field were built by the old
//! text. Each runs in its own transaction, so a failed upgrade leaves the old schema.

use crate::{Result, StoreError};
use rusqlite::Connection;
use std::path::Path;

/// Migration `i` brings the schema from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: documents with full-text search, event mentions, claims, incidents.
    r#"
    CREATE TABLE documents (
        id                 INTEGER PRIMARY KEY,
        hash               TEXT NOT NULL UNIQUE,
        external_id        TEXT NOT NULL,
        title              TEXT,
        url                TEXT,
        outlet             TEXT,
        byline             TEXT,
        published          TEXT,
        published_inferred INTEGER NOT NULL DEFAULT 0,
        lang               TEXT NOT NULL,
        source_path        TEXT,
        format             TEXT NOT NULL,
        text               TEXT NOT NULL,
        raw_map            TEXT NOT NULL,
        annotations        TEXT,
        ingested_at        TEXT NOT NULL
    );
    CREATE INDEX documents_external_id ON documents(external_id);
    CREATE INDEX documents_published ON documents(published);

    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;

    CREATE TABLE event_mentions (
        id             INTEGER PRIMARY KEY,
        doc_id         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ordinal        INTEGER NOT NULL,
        event_type     TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        date_value     TEXT,
        date_start     TEXT,
        date_end       TEXT,
        time_precision INTEGER,
        location       TEXT,
        geonames_id    INTEGER,
        latitude       REAL,
        longitude      REAL,
        geo_precision  INTEGER,
        actor1         TEXT,
        inter1         INTEGER,
        actor2         TEXT,
        inter2         INTEGER,
        killed         INTEGER,
        background     INTEGER NOT NULL DEFAULT 0,
        record         TEXT NOT NULL,
        UNIQUE (doc_id, ordinal)
    );
    CREATE INDEX event_mentions_date ON event_mentions(date_start);

    CREATE TABLE claims (
        id           INTEGER PRIMARY KEY,
        doc_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ordinal      INTEGER NOT NULL,
        speaker      TEXT NOT NULL,
        speaker_camp TEXT,
        channel      TEXT,
        said_on      TEXT,
        cue          TEXT,
        stance       TEXT NOT NULL,
        hedged       INTEGER NOT NULL,
        span_start   INTEGER NOT NULL,
        span_end     INTEGER NOT NULL,
        record       TEXT NOT NULL,
        UNIQUE (doc_id, ordinal)
    );

    CREATE TABLE incidents (
        id         INTEGER PRIMARY KEY,
        record     TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE incident_mentions (
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        mention_id  INTEGER NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
        PRIMARY KEY (incident_id, mention_id)
    );
    CREATE TABLE incident_history (
        id          INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL,
        at          TEXT NOT NULL,
        change      TEXT NOT NULL,
        reason      TEXT NOT NULL,
        detail      TEXT
    );
    CREATE INDEX incident_history_incident ON incident_history(incident_id);
    "#,
    // 2: incidents get the columns their filters need, and a membership key (the
    // sorted mentions) that makes fusion's result independent of ingest order; a
    // document keeps the fingerprint its origin is found by.
    r#"
    ALTER TABLE incidents ADD COLUMN key TEXT;
    ALTER TABLE incidents ADD COLUMN event_type TEXT;
    ALTER TABLE incidents ADD COLUMN sub_event_type TEXT;
    ALTER TABLE incidents ADD COLUMN date_start TEXT;
    ALTER TABLE incidents ADD COLUMN date_end TEXT;
    ALTER TABLE incidents ADD COLUMN latitude REAL;
    ALTER TABLE incidents ADD COLUMN longitude REAL;
    ALTER TABLE incidents ADD COLUMN grade TEXT;
    ALTER TABLE incidents ADD COLUMN actors TEXT;
    ALTER TABLE incidents ADD COLUMN background INTEGER NOT NULL DEFAULT 0;
    CREATE UNIQUE INDEX incidents_key ON incidents(key);
    CREATE INDEX incidents_date ON incidents(date_start, date_end);
    CREATE INDEX incidents_geo ON incidents(latitude, longitude);
    CREATE INDEX incident_mentions_mention ON incident_mentions(mention_id);
    ALTER TABLE documents ADD COLUMN simhash INTEGER;
    "#,
    // 3: one index with every column the incident listing filters and sorts on, so a
    // page is found without reading rows (the filter columns, added by 2, sit after the
    // large record and cost a walk of its overflow pages); it supersedes incidents_date.
    r#"
    CREATE INDEX incidents_list ON incidents(date_start, date_end, background, grade,
        latitude, longitude, event_type, sub_event_type, actors);
    DROP INDEX incidents_date;
    "#,
];

/// Applies every migration the store has not seen yet.
pub fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let supported = MIGRATIONS.len() as i64;
    if current > supported {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: current,
            supported,
        });
    }
    if current == 0 {
        // A version-0 file that already has tables was made by something else.
        let tables: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )?;
        if tables > 0 {
            return Err(StoreError::NotAStore {
                path: path.to_path_buf(),
                reason: "it is an SQLite database with other tables".into(),
            });
        }
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_once_and_refuses_newer() {
        let mut c = Connection::open_in_memory().unwrap();
        migrate(&mut c, Path::new(":memory:")).unwrap();
        migrate(&mut c, Path::new(":memory:")).unwrap();
        let v: i64 = c
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, MIGRATIONS.len() as i64);
        c.pragma_update(None, "user_version", 99).unwrap();
        assert!(matches!(
            migrate(&mut c, Path::new(":memory:")),
            Err(StoreError::TooNew { found: 99, .. })
        ));
    }

    #[test]
    fn foreign_sqlite_files_are_refused() {
        let mut c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE t(x)").unwrap();
        assert!(matches!(
            migrate(&mut c, Path::new(":memory:")),
            Err(StoreError::NotAStore { .. })
        ));
    }
}
