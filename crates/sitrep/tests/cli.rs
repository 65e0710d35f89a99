//! End-to-end tests of the `sitrep` binary: what a user types, what they get back.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sitrep"));
    c.env_remove("SITREP_DB");
    // The embedded gazetteer, whatever this machine has imported.
    c.env("SITREP_GAZETTEER", "");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("sitrep runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn every_subcommand_has_help_with_an_example() {
    for sub in [
        "ingest",
        "extract",
        "search",
        "events",
        "export",
        "demo",
        "bench",
        "gen-corpus",
    ] {
        let o = run(&[sub, "--help"]);
        assert!(o.status.success(), "{sub} --help");
        let h = stdout(&o);
        assert!(h.contains("Examples:"), "{sub} --help has examples:\n{h}");
        assert!(
            h.contains(&format!("sitrep {sub}")),
            "{sub} --help shows the command:\n{h}"
        );
    }
}

#[test]
fn extract_prints_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "report.txt",
        "The army said on Sunday that it had broken the rebels' defensive line near Kidal."
            .as_bytes(),
    );
    let o = run(&["extract", s(&f), "--date", "2023-11-13"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["doc"]["id"], "report.txt");
    assert_eq!(v["doc"]["published"], "2023-11-13");
    assert_eq!(v["doc"]["published_inferred"], false);
    assert_eq!(v["doc"]["lang"], "en");
    for k in ["events", "claims"] {
        assert!(v[k].is_array(), "{k}");
    }
    for k in ["times", "places", "actors", "quantities"] {
        assert!(v["mentions"][k].is_array(), "{k}");
    }
}

#[test]
fn extract_reads_stdin_and_honours_lang() {
    let mut c = bin()
        .args(["extract", "-", "--lang", "fr", "--format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    c.stdin
        .take()
        .unwrap()
        .write_all("Kidal est calme.".as_bytes())
        .unwrap();
    let o = c.wait_with_output().unwrap();
    assert!(o.status.success());
    let v: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["doc"]["lang"], "fr");
    assert_eq!(v["doc"]["id"], "-");
}

#[test]
fn jsonl_in_gives_jsonl_out_line_for_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "c.jsonl",
        concat!(
            r#"{"id": "a1", "text": "Des drones ont frappé Kidal.", "lang": "fr"}"#,
            "\n",
            r#"{"id": "a2", "text": "#,
            "\n",
            r#"{"id": "a3", "text": "The army left Gao.", "published": "2023-11-01"}"#,
            "\n"
        )
        .as_bytes(),
    );
    let o = run(&["extract", s(&f), "--format", "jsonl"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "a malformed line makes the run fail"
    );
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "one output line per input line");
    assert_eq!(lines[0]["doc"]["id"], "a1");
    assert_eq!(lines[0]["doc"]["lang"], "fr");
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["doc"]["id"], "a3");
    assert_eq!(lines[2]["doc"]["published"], "2023-11-01");
    assert!(
        stderr(&o).contains("c.jsonl:2"),
        "the error names file and line: {}",
        stderr(&o)
    );
}

#[test]
fn ingest_search_events_export_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(docs.join("sub")).unwrap();
    write(
        &docs,
        "a.txt",
        "Des frappes de drones ont visé Anéfis, selon le CSP-PSD.".as_bytes(),
    );
    write(&docs.join("sub"), "b.html", b"<html><head><title>Gao</title></head><body><article><p>The army entered Gao on Tuesday after heavy fighting.</p></article></body></html>");
    let o = run(&["ingest", s(&docs), "--db", s(&db)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("stored 2 new documents"),
        "{}",
        stderr(&o)
    );
    // Again: content-addressed, nothing changes.
    let o = run(&["ingest", s(&docs), "--db", s(&db)]);
    assert!(o.status.success());
    assert!(
        stderr(&o).contains("stored 0 new documents"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("2 already there"), "{}", stderr(&o));

    let o = run(&["search", "anefis", "--db", s(&db)]);
    assert!(o.status.success());
    assert!(
        stdout(&o).contains("[Anéfis]"),
        "accent-insensitive, highlighted: {}",
        stdout(&o)
    );
    let o = run(&["search", "CSP-PSD", "--db", s(&db), "--format", "jsonl"]);
    let hit: Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(hit["doc"], "a.txt");
    let o = run(&["search", "\"unclosed", "--db", s(&db)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad search query"), "{}", stderr(&o));

    for fmt in ["table", "csv", "jsonl", "geojson"] {
        let o = run(&["events", "--format", fmt, "--db", s(&db)]);
        assert!(o.status.success(), "events --format {fmt}: {}", stderr(&o));
    }
    let o = run(&["events", "--format", "csv", "--db", s(&db)]);
    assert!(stdout(&o).starts_with("event_id_cnty,event_date,year,time_precision,event_type"));
    let o = run(&["export", "--format", "geojson", "--db", s(&db)]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    let out = dir.path().join("x.csv");
    let o = run(&[
        "export",
        "--format",
        "acled-csv",
        "--out",
        s(&out),
        "--db",
        s(&db),
    ]);
    assert!(o.status.success());
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("event_id_cnty,")
    );
}

#[test]
fn bad_inputs_are_reported_and_the_rest_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let good = write(
        dir.path(),
        "good.txt",
        "Les FAMa sont entrées à Kidal.".as_bytes(),
    );
    let empty = write(dir.path(), "empty.txt", b"");
    let binary = write(
        dir.path(),
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
    );
    let rss = write(dir.path(), "feed.rss", b"this is not xml at all");
    let jsonl = write(
        dir.path(),
        "c.jsonl",
        b"{\"id\": \"x\", \"text\": \"Kidal.\"}\nnot json\n{\"id\": \"y\"}\n",
    );
    let missing = dir.path().join("missing.txt");
    let o = run(&[
        "ingest",
        s(&good),
        s(&empty),
        s(&binary),
        s(&rss),
        s(&jsonl),
        s(&missing),
        "--db",
        s(&db),
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    for needle in [
        "empty.txt",
        "photo.txt",
        "feed.rss",
        "c.jsonl:2",
        "c.jsonl:3",
        "missing.txt",
    ] {
        assert!(err.contains(needle), "error names {needle}: {err}");
    }
    assert!(err.contains("stored 2 new documents"), "{err}");
    assert!(err.contains("6 rejected"), "{err}");
}

#[test]
fn a_bad_store_path_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let notdb = write(
        dir.path(),
        "notes.db",
        b"just some notes, not a database at all......",
    );
    let o = run(&["events", "--db", s(&notdb)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a sitrep store"), "{}", stderr(&o));
    let o = run(&["events", "--db", "/nonexistent-dir/x.db"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("/nonexistent-dir/x.db"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn demo_ingests_the_bundled_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let o = run(&["demo", "--db", s(&db)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("The ledger"), "{}", stdout(&o));
    // 14 written reports plus the golden article.
    assert!(
        stderr(&o).contains("stored 15 new documents"),
        "{}",
        stderr(&o)
    );
    let o = run(&[
        "search",
        "Kidal",
        "--db",
        s(&db),
        "--format",
        "jsonl",
        "--limit",
        "100",
    ]);
    assert!(stdout(&o).lines().count() >= 10);
}

/// SIGKILL in the middle of an ingest leaves a sound store with every committed
/// document intact, and a second run completes the job without duplicates.
#[test]
fn killed_ingest_leaves_a_sound_store() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c.jsonl");
    let db = dir.path().join("k.db");
    let o = run(&[
        "gen-corpus",
        "--docs",
        "20000",
        "--size",
        "1500",
        "--out",
        s(&corpus),
    ]);
    assert!(o.status.success());
    let mut child = bin()
        .args(["ingest", s(&corpus), "--db", s(&db), "--batch", "100"])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until some batches are committed, then kill without warning.
    let t0 = std::time::Instant::now();
    let mut seen = 0;
    while t0.elapsed() < std::time::Duration::from_secs(120) {
        std::thread::sleep(std::time::Duration::from_millis(50));
        if let Ok(store) = sitrep_store::Store::open(&db) {
            seen = store.document_count().unwrap_or(0);
            if seen >= 300 {
                break;
            }
        }
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
    }
    let finished = child.try_wait().unwrap().is_some();
    child.kill().ok();
    child.wait().unwrap();
    assert!(
        !finished,
        "the ingest must be killed mid-run (it had stored {seen})"
    );
    assert!(seen >= 300, "ingest made progress before the kill");

    let store = sitrep_store::Store::open(&db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let n = store.document_count().unwrap();
    assert!(n >= seen, "committed documents survive: {n} < {seen}");
    assert!(n < 20000, "killed before the end");
    assert_eq!(n % 100, 0, "whole batches only: {n}");
    // Every stored document is whole: its text still hashes to its key.
    let conn = store.conn();
    let mut st = conn.prepare("SELECT hash, text FROM documents").unwrap();
    let rows = st
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .unwrap();
    for r in rows {
        let (h, t) = r.unwrap();
        assert_eq!(sitrep_core::content_hash(&t), h);
    }
    drop(st);
    drop(store);
    let o = run(&["ingest", s(&corpus), "--db", s(&db), "--no-extract"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let store = sitrep_store::Store::open(&db).unwrap();
    assert_eq!(store.document_count().unwrap(), 20000);
}

/// `sitrep eval acled … | head` ends quietly: a reader that has gone is no panic.
#[test]
fn a_closed_output_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    // An invented row with ACLED's columns (no ACLED data in the repository).
    let csv = "event_id_cnty,data_id,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,provenance\n\
TST1,1,2023-11-12,2023,1,Battles,Armed clash,Military Forces of Mali (2021-),,1,JNIM: Group for Support of Islam and Muslims,,2,12,Mali,Mopti,Douentza,,Boni,15.07,-2.22,1,Test,Local,Soldiers clashed with JNIM fighters near Boni killing three militants.,3,0,\n";
    let f = write(dir.path(), "rows.csv", csv.as_bytes());
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = bin()
        .args(["eval", "acled", s(&f)])
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    assert!(out.status.success(), "{}", stderr(&out));
}
