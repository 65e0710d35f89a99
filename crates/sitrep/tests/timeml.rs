//! `sitrep timex` and `sitrep eval timeml` end to end, over the fixtures of sitrep-eval.
//!
//! The assertions hold whatever the time stage finds (it may find nothing yet): they
//! check the plumbing, formats and hand-computed scores of given system files.

use serde_json::Value;
use sitrep_eval::timeml::TimemlDoc;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sitrep"));
    c.env_remove("SITREP_DB");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("sitrep runs")
}

fn run_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../sitrep-eval/tests/fixtures")
}

fn fx(name: &str) -> String {
    fixtures().join(name).to_str().unwrap().to_string()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn copy(from: &str, to: &Path) {
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::copy(fx(from), to).unwrap();
}

#[test]
fn help_has_examples() {
    for args in [
        &["timex", "--help"][..],
        &["eval", "--help"],
        &["eval", "timeml", "--help"],
    ] {
        let o = run(args);
        assert!(o.status.success(), "{args:?}");
        let h = stdout(&o);
        assert!(h.contains("Examples:"), "{args:?}:\n{h}");
        assert!(h.contains(&format!("sitrep {}", args[0])), "{args:?}:\n{h}");
    }
}

/// Times found are inside the text and their text is what the span covers.
fn check_times(v: &Value, text: &str) {
    for t in v["times"].as_array().expect("times array") {
        let (a, b) = (
            t["span"][0].as_u64().unwrap(),
            t["span"][1].as_u64().unwrap(),
        );
        assert_eq!(&text[a as usize..b as usize], t["text"].as_str().unwrap());
        assert!(t["type"].is_string() && t["value"].is_string(), "{t}");
    }
}

#[test]
fn timex_writes_timeml_for_an_input_file() {
    let input = fx("en/kidal.tml.TE3input");
    let o = run(&["timex", &input]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let d = TimemlDoc::parse("out.tml", out.clone()).unwrap_or_else(|e| panic!("{e}\n{out}"));
    let original = TimemlDoc::read(Path::new(&input)).unwrap();
    assert_eq!(d.text, original.text);
    assert_eq!(d.dct_value, "2023-11-15T10:00", "the input's DCT is kept");
    assert!(d.timexes.iter().all(|t| t.tid != "t0"));
    let src = std::fs::read_to_string(&input).unwrap();
    let head = src.find("<TEXT>").unwrap();
    assert!(
        out.starts_with(&src[..head]),
        "everything before <TEXT> unchanged"
    );
}

#[test]
fn timex_prints_json_with_id_and_dct() {
    let o = run(&[
        "timex",
        &fx("en/kidal.tml"),
        "--format",
        "json",
        "--lang",
        "en",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["id"], "kidal-1115");
    assert_eq!(v["dct"], "2023-11-15");
    assert_eq!(v["lang"], "en");
    let d = TimemlDoc::read(Path::new(&fx("en/kidal.tml"))).unwrap();
    check_times(&v, &d.text);
    // --dct wins over the file's.
    let o = run(&[
        "timex",
        &fx("fr/gao.tml"),
        "--format",
        "json",
        "--dct",
        "2024-01-02",
    ]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["dct"], "2024-01-02");
    assert_eq!(v["lang"], "fr", "detected");
}

#[test]
fn timex_wraps_plain_text() {
    let text = "Fighting resumed near Kidal on Sunday & Monday, two days after the truce.";
    let o = run_stdin(&["timex", "-", "--dct", "2023-11-13"], text);
    assert!(o.status.success(), "{}", stderr(&o));
    let d = TimemlDoc::parse("w.tml", stdout(&o)).unwrap();
    assert_eq!(d.text, text);
    assert_eq!(d.dct_value, "2023-11-13");
    let o = run_stdin(&["timex", "-", "--format", "json"], text);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["dct"], Value::Null);
    check_times(&v, text);
    // TimeML needs a creation time.
    let o = run_stdin(&["timex", "-"], text);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--dct"), "{}", stderr(&o));
}

#[test]
fn timex_over_a_directory_writes_one_file_each_and_reports_failures() {
    let tmp = tempfile::tempdir().unwrap();
    let inp = tmp.path().join("in");
    copy("en/kidal.tml.TE3input", &inp.join("en/kidal.tml.TE3input"));
    copy("fr/gao.tml", &inp.join("fr/gao.tml"));
    copy("bad/malformed.tml", &inp.join("malformed.tml"));
    std::fs::write(inp.join("notes.txt"), "Calm returned on Tuesday.").unwrap();
    let out = tmp.path().join("out");
    let o = run(&["timex", s(&inp), "--out", s(&out), "--dct", "2023-11-15"]);
    assert_eq!(o.status.code(), Some(1), "one failure: {}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("malformed.tml:9:"), "{err}");
    assert!(err.contains("3 file(s) written"), "{err}");
    for f in ["en/kidal.tml", "fr/gao.tml", "notes.tml"] {
        let p = out.join(f);
        TimemlDoc::read(&p).unwrap_or_else(|e| panic!("{f}: {e}"));
    }
    // A directory needs --out.
    let o = run(&["timex", s(&inp)]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--out"), "{}", stderr(&o));
}

fn json_of(o: &Output) -> Value {
    serde_json::from_str(&stdout(o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

#[test]
fn eval_scores_system_files_by_hand_computed_figures() {
    let tmp = tempfile::tempdir().unwrap();
    let errs = tmp.path().join("errors.txt");
    let o = run(&[
        "eval",
        "timeml",
        "--gold",
        &fx("toy/gold"),
        "--system",
        &fx("toy/system"),
        "--json",
        "--errors",
        s(&errs),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json_of(&o);
    assert_eq!(
        (
            v["documents"].as_u64(),
            v["gold"].as_u64(),
            v["system"].as_u64()
        ),
        (Some(1), Some(4), Some(5))
    );
    let close = |k: &Value, x: f64| assert!((k.as_f64().unwrap() - x).abs() < 1e-9, "{k} != {x}");
    close(&v["strict"]["precision"], 0.4);
    close(&v["strict"]["recall"], 0.5);
    close(&v["relaxed"]["f1"], 2.0 / 3.0);
    close(&v["type_accuracy"], 2.0 / 3.0);
    close(&v["value_accuracy"], 2.0 / 3.0);
    close(&v["value_f1"], 4.0 / 9.0);
    let lines = std::fs::read_to_string(&errs).unwrap();
    let kinds: Vec<&str> = lines
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["EXTENT", "TYPE", "VALUE", "SPURIOUS", "MISS", "SPURIOUS"]
    );
    assert!(
        lines
            .lines()
            .all(|l| l.contains("  toy.tml  ") && l.contains("dct=2023-11-13"))
    );

    // The table carries the same figures, in percent.
    let o = run(&[
        "eval",
        "timeml",
        "--gold",
        &fx("toy/gold"),
        "--system",
        &fx("toy/system"),
    ]);
    let t = stdout(&o);
    assert!(t.contains("1 document(s), 4 gold, 5 system"), "{t}");
    assert!(
        t.lines().any(|l| l.starts_with("strict")
            && l.contains("40.00")
            && l.contains("50.00")
            && l.contains("44.44")),
        "{t}"
    );
    assert!(
        t.lines()
            .any(|l| l.starts_with("value F1") && l.contains("44.44")),
        "{t}"
    );
}

#[test]
fn eval_reports_bad_and_unmatched_files_and_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let gold = tmp.path().join("gold");
    copy("toy/gold/toy.tml", &gold.join("toy.tml"));
    copy("en/kidal.tml", &gold.join("sub/kidal.tml"));
    copy("bad/malformed.tml", &gold.join("malformed.tml"));
    let o = run(&[
        "eval",
        "timeml",
        "--gold",
        s(&gold),
        "--system",
        &fx("toy/system"),
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("malformed.tml:9:"), "{err}");
    assert!(err.contains("kidal.tml: no system file"), "{err}");
    let v = json_of(&o);
    assert_eq!(v["documents"], 2);
    assert_eq!(v["gold"], 7, "kidal's 3 gold timexes count as missed");
    assert_eq!(v["failed"], 2);
}

/// `sitrep timex` over the inputs, then scoring its files, gives the same figures as
/// `sitrep eval` running sitrep itself: the two paths share one definition of what
/// sitrep tags.
#[test]
fn eval_in_memory_matches_written_files() {
    let tmp = tempfile::tempdir().unwrap();
    let gold = tmp.path().join("gold");
    copy("en/kidal.tml", &gold.join("kidal.tml"));
    copy("fr/gao.tml", &gold.join("gao.tml"));
    copy("toy/gold/toy.tml", &gold.join("toy.tml"));
    let inputs = tmp.path().join("inputs");
    copy("en/kidal.tml.TE3input", &inputs.join("kidal.tml.TE3input"));
    copy("fr/gao.tml", &inputs.join("gao.tml"));
    copy("toy/gold/toy.tml", &inputs.join("toy.tml"));
    let system = tmp.path().join("system");
    let o = run(&["timex", s(&inputs), "--out", s(&system)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let from_files = run(&[
        "eval",
        "timeml",
        "--gold",
        s(&gold),
        "--system",
        s(&system),
        "--json",
    ]);
    assert!(from_files.status.success(), "{}", stderr(&from_files));
    let in_memory = run(&["eval", "timeml", "--gold", s(&gold), "--json"]);
    assert!(in_memory.status.success(), "{}", stderr(&in_memory));
    let (a, b) = (json_of(&from_files), json_of(&in_memory));
    assert_eq!(a["documents"], 3);
    assert_eq!(a["gold"], 3 + 2 + 4);
    assert_eq!(a["counts"], b["counts"]);
    assert_eq!(b["source"], "sitrep");
}
