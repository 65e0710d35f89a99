//! Fusion end to end on the example corpus (`examples/`, whose `manifest.toml` says
//! which documents share an origin and which incidents each reports): the drone strike
//! of 7 November told by the army, the rebels, a wire and its three republications, a
//! radio quoting a local official and a health worker; the battle of 11 November told by
//! both camps; the UN camp handover of 31 October told by the UN and the press.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sitrep"));
    c.env_remove("SITREP_DB");
    c.env("SITREP_GAZETTEER", "");
    c
}

fn run(args: &[&str]) -> Output {
    let o = bin().args(args).output().expect("sitrep runs");
    assert!(
        o.status.success(),
        "sitrep {args:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn incidents(db: &Path) -> Vec<Value> {
    let o = run(&[
        "incidents",
        "--format",
        "jsonl",
        "--db",
        db.to_str().unwrap(),
    ]);
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

fn docs(i: &Value) -> BTreeSet<String> {
    i["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["doc"].as_str().unwrap().to_string())
        .collect()
}

fn origins(i: &Value) -> BTreeSet<String> {
    i["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["origin"].as_str().unwrap().to_string())
        .collect()
}

/// The current incidents that have all these documents among their sources.
fn with_docs<'a>(all: &'a [Value], want: &[&str]) -> Vec<&'a Value> {
    all.iter()
        .filter(|i| {
            let d = docs(i);
            want.iter().all(|w| d.iter().any(|x| x.starts_with(w)))
        })
        .collect()
}

fn demo_store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    run(&["demo", "--db", db.to_str().unwrap()]);
    (dir, db)
}

#[test]
fn the_drone_strike_is_one_contested_incident_with_one_origin_per_source() {
    let (_d, db) = demo_store();
    let all = incidents(&db);
    let strike = with_docs(
        &all,
        &[
            "spa-2023-11-08",
            "dune-courier-2023-11-08",
            "sahara-brief-2023-11-08",
            "niger-bend-post-2023-11-09",
            "csp-psd-2023-11-08-communique-fr",
            "csp-psd-2023-11-08-press-release-en",
            "fama-2023-11-07",
            "rsi-2023-11-08",
            "sahara-brief-2023-11-09-kidal-health-centre",
        ],
    );
    assert_eq!(strike.len(), 1, "one incident for the strike");
    let s = strike[0];
    assert_eq!(s["event_type"], "Explosions/Remote violence");
    assert_eq!(s["date"]["start"], "2023-11-07");
    assert_eq!(s["location"]["name"], "Kidal");
    // The wire and its three republications are one origin; the rebels' release and
    // its translation are one origin.
    let by_doc = |prefix: &str| -> String {
        s["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["doc"].as_str().unwrap().starts_with(prefix))
            .map(|x| x["origin"].as_str().unwrap().to_string())
            .unwrap()
    };
    let spa = by_doc("spa-2023-11-08");
    for copy in ["dune-courier", "sahara-brief-2023-11-08", "niger-bend-post"] {
        assert_eq!(by_doc(copy), spa, "{copy} republishes the SPA dispatch");
    }
    assert_eq!(
        by_doc("csp-psd-2023-11-08-communique-fr"),
        by_doc("csp-psd-2023-11-08-press-release-en")
    );
    assert_ne!(by_doc("rsi-2023-11-08"), spa);
    assert_ne!(
        by_doc("fama-2023-11-07"),
        by_doc("csp-psd-2023-11-08-communique-fr")
    );
    // Army, rebels, wire, radio: at least four origins.
    assert!(origins(s).len() >= 4, "{:?}", origins(s));
    // The army denies civilian deaths the rebels report: contested.
    assert_eq!(s["grade"], "contested", "{}", s["grade_reason"]);
    assert!(
        s["contradictions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "denial"),
        "{}",
        s["contradictions"]
    );
    // Tolls per origin: the rebels' 14 and the wire's "at least 12"; best is the lowest.
    let f = &s["fatalities"];
    assert_eq!(f["high"], 14, "{f}");
    // The army's « plusieurs terroristes ont été neutralisés » (several: 3, ACLED's
    // convention, up to 9) is the lowest count; the health worker's six bodies are one
    // origin's count among the others.
    assert_eq!(f["low"], 3, "{f}");
    assert_eq!(f["best"], f["low"]);
    let by_source = f["by_source"].as_array().unwrap();
    let counted = |camp: &str, killed: i64| {
        by_source
            .iter()
            .any(|t| t["camp"] == camp && t["killed"] == killed)
    };
    assert!(counted("government", 3), "{f}");
    assert!(counted("independent", 6), "{f}");
    assert!(counted("rebel", 14), "{f}");
}

#[test]
fn the_battle_is_one_incident_contested_by_the_two_camps() {
    let (_d, db) = demo_store();
    let all = incidents(&db);
    let battle = with_docs(&all, &["kidal-2023-11-13.en", "csp-psd-2023-11-12"]);
    assert_eq!(battle.len(), 1);
    let b = battle[0];
    assert_eq!(b["event_type"], "Battles");
    assert_eq!(b["date"]["start"], "2023-11-11");
    assert_eq!(b["grade"], "contested", "{}", b["grade_reason"]);
    let camps: BTreeSet<String> = b["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["camp"].as_str().map(str::to_string))
        .collect();
    assert!(camps.contains("rebel"), "{camps:?}");
}

#[test]
fn the_camp_handover_is_one_incident_told_by_the_un_and_the_press() {
    let (_d, db) = demo_store();
    let all = incidents(&db);
    let handover = with_docs(
        &all,
        &[
            "minusma-2023-10-31",
            "echo-adrar-2023-11-01",
            "kidal-2023-11-13.en",
        ],
    );
    assert_eq!(handover.len(), 1);
    let h = handover[0];
    assert_eq!(h["event_type"], "Strategic developments");
    assert_eq!(h["date"]["start"], "2023-10-31");
    assert!(origins(h).len() >= 3, "{:?}", origins(h));
    let g = h["grade"].as_str().unwrap();
    assert!(
        g == "corroborated" || g == "confirmed",
        "{g}: {}",
        h["grade_reason"]
    );
}

/// The metadata `sitrep ingest` needs for a plain-text example (the manifest's).
fn ingest_args(file: &str, manifest: &toml::Table) -> Vec<String> {
    let mut args = vec![
        "ingest".to_string(),
        examples().join(file).to_str().unwrap().to_string(),
    ];
    let docs = manifest["doc"].as_array().unwrap();
    let entries: Vec<&toml::Value> = docs
        .iter()
        .filter(|d| d["file"].as_str() == Some(file))
        .collect();
    if entries.len() == 1 && file.ends_with(".txt") {
        let d = entries[0];
        for (flag, key) in [
            ("--source", "outlet"),
            ("--date", "published"),
            ("--lang", "lang"),
        ] {
            if let Some(v) = d.get(key).and_then(|v| v.as_str()) {
                args.push(flag.into());
                args.push(v.into());
            }
        }
    }
    args
}

/// What an incident is, whatever ids the store gave it.
fn canonical(all: &[Value]) -> Vec<String> {
    let mut v: Vec<String> = all
        .iter()
        .map(|i| {
            format!(
                "{} / {} / {} / {:?} / {} / {}-{}-{} / {} origins",
                i["event_type"],
                i["sub_event_type"],
                i["date"]["start"],
                docs(i),
                i["grade"],
                i["fatalities"]["low"],
                i["fatalities"]["best"],
                i["fatalities"]["high"],
                origins(i).len()
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn incidents_do_not_depend_on_ingest_order_and_keep_their_history() {
    let manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(examples().join("manifest.toml")).unwrap())
            .unwrap();
    let mut files: Vec<String> = std::fs::read_dir(examples())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|f| !f.ends_with(".md") && !f.ends_with(".toml"))
        .collect();
    files.sort();
    let dir = tempfile::tempdir().unwrap();
    let mut results = Vec::new();
    // One report at a time (fusion after each), in two orders.
    for (k, order) in [files.clone(), files.iter().rev().cloned().collect()]
        .into_iter()
        .enumerate()
    {
        let db = dir.path().join(format!("order{k}.db"));
        for f in &order {
            let mut args = ingest_args(f, &manifest);
            args.push("--db".into());
            args.push(db.to_str().unwrap().into());
            let a: Vec<&str> = args.iter().map(String::as_str).collect();
            run(&a);
        }
        results.push((db.clone(), canonical(&incidents(&db))));
    }
    assert!(!results[0].1.is_empty());
    assert_eq!(
        results[0].1, results[1].1,
        "the same incidents in both orders"
    );
    // The strike grew report by report: its history says so.
    let db = &results[0].0;
    let all = incidents(db);
    let strike = with_docs(&all, &["spa-2023-11-08", "rsi-2023-11-08"]);
    assert_eq!(strike.len(), 1);
    let id = strike[0]["id"].as_i64().unwrap().to_string();
    let o = run(&["show", &id, "--json", "--db", db.to_str().unwrap()]);
    let shown: Value = serde_json::from_slice(&o.stdout).unwrap();
    let history = shown["history"].as_array().unwrap();
    assert!(
        history.iter().any(|h| h["change"] == "created"),
        "{history:?}"
    );
    let added = history
        .iter()
        .filter(|h| h["change"] == "source_added")
        .count();
    assert!(added + 1 >= docs(strike[0]).len() - 1, "{history:?}");
}

#[test]
fn show_and_export_speak_the_ledger() {
    let (_d, db) = demo_store();
    let all = incidents(&db);
    let id = all[0]["id"].as_i64().unwrap().to_string();
    let o = run(&["show", &id, "--db", db.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("grade:") && text.contains("history:"),
        "{text}"
    );
    let o = run(&[
        "export",
        "--format",
        "acled-csv",
        "--db",
        db.to_str().unwrap(),
    ]);
    let csv = String::from_utf8_lossy(&o.stdout);
    let header = csv.lines().next().unwrap();
    for col in [
        "event_date",
        "event_type",
        "actor1",
        "inter1",
        "fatalities",
        "sitrep_grade",
        "sitrep_fatalities_high",
    ] {
        assert!(header.split(',').any(|c| c == col), "{col} in {header}");
    }
    assert_eq!(csv.lines().count(), all.len() + 1, "one row per incident");
    // Filters: a grade, a place.
    let o = run(&[
        "incidents",
        "--grade",
        "contested",
        "--format",
        "jsonl",
        "--db",
        db.to_str().unwrap(),
    ]);
    assert!(
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .all(|l| l.contains("\"grade\":\"contested\""))
    );
    let o = run(&[
        "incidents",
        "--near",
        "Kidal",
        "--within",
        "40",
        "--format",
        "jsonl",
        "--db",
        db.to_str().unwrap(),
    ]);
    assert!(String::from_utf8_lossy(&o.stdout).lines().count() >= 2);
    let o = bin()
        .args(["show", "99999", "--db", db.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no incident 99999"));
}
