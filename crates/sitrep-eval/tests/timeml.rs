//! TimeML reading, writing and scoring over hand-written fixtures (tests/fixtures/), and
//! over the TempEval-3 corpora in ../shared/data when they are there.

use sitrep_core::records::{TimeMention, TimexType};
use sitrep_core::{Date, Span};
use sitrep_eval::timeml::{
    self, ErrorKind, Report, TimemlDoc, Timex, score_document, system_timexes, wrap_plain,
};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn read(name: &str) -> TimemlDoc {
    TimemlDoc::read(&fixture(name)).unwrap_or_else(|e| panic!("{e}"))
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// A system timex over the `nth` occurrence of `what` in `text`.
fn sys(text: &str, what: &str, ty: &str, value: &str) -> Timex {
    let at = text
        .find(what)
        .unwrap_or_else(|| panic!("{what:?} not in text"));
    Timex {
        span: Span::new(at, at + what.len()),
        text: what.into(),
        tid: String::new(),
        timex_type: ty.into(),
        value: value.into(),
        modifier: None,
    }
}

fn mention(text: &str, what: &str, ty: TimexType, value: &str, m: Option<&str>) -> TimeMention {
    let at = text.find(what).unwrap();
    TimeMention {
        text: what.into(),
        span: Span::new(at, at + what.len()),
        timex_type: ty,
        value: value.into(),
        start: None,
        end: None,
        precision: 1,
        anchor: None,
        parts: Vec::new(),
        modifier: m.map(String::from),
    }
}

/// (span text, type, value, mod) of each timex: what a round trip must preserve.
fn essence(d: &TimemlDoc) -> Vec<(String, String, String, Option<String>)> {
    d.timexes
        .iter()
        .map(|t| {
            assert_eq!(
                t.span.of(&d.text),
                t.text,
                "{}: span and text agree",
                d.file
            );
            (
                t.text.clone(),
                t.timex_type.clone(),
                t.value.clone(),
                t.modifier.clone(),
            )
        })
        .collect()
}

const KIDAL_TEXT: &str = "\nThe army entered Kidal on Tuesday, after about three days of fighting.\nSupplies from Gao & Anéfis <by road> arrive every week.\n";

#[test]
fn reads_gold_dct_text_and_timexes() {
    let d = read("en/kidal.tml");
    assert_eq!(d.id, "kidal-1115");
    assert_eq!(d.name(), "kidal.tml");
    assert_eq!(d.dct, date("2023-11-15"));
    assert_eq!(d.dct_value, "2023-11-15T10:00");
    // Tags stripped, entities decoded; the DCT is not a gold timex.
    assert_eq!(d.text, KIDAL_TEXT);
    let tx = &d.timexes;
    assert_eq!(tx.len(), 3);
    assert_eq!(
        (
            tx[0].tid.as_str(),
            tx[0].timex_type.as_str(),
            tx[0].value.as_str()
        ),
        ("t1", "DATE", "2023-11-14")
    );
    assert_eq!(tx[0].span, Span::new(27, 34));
    assert_eq!(tx[1].text, "about three days");
    assert_eq!(tx[1].modifier.as_deref(), Some("APPROX"));
    assert_eq!(tx[2].text, "every week");
    assert_eq!(
        (tx[2].timex_type.as_str(), tx[2].value.as_str()),
        ("SET", "P1W")
    );
    // Byte spans after a decoded entity and a non-ASCII letter.
    assert_eq!(tx[2].span.of(&d.text), "every week");
    assert_eq!(essence(&d).len(), 3);
}

#[test]
fn reads_input_and_french_files() {
    let input = read("en/kidal.tml.TE3input");
    assert_eq!(input.text, KIDAL_TEXT);
    assert!(input.timexes.is_empty());
    assert_eq!(input.id, "kidal-1115");
    let fr = read("fr/gao.tml");
    assert_eq!(fr.dct, date("2023-11-13"));
    assert_eq!(
        essence(&fr),
        vec![
            (
                "dimanche soir".into(),
                "TIME".into(),
                "2023-11-12TEV".into(),
                None
            ),
            (
                "deux semaines".into(),
                "DURATION".into(),
                "P2W".into(),
                None
            ),
        ]
    );
}

#[test]
fn malformed_file_is_reported_with_file_and_line() {
    let e = TimemlDoc::read(&fixture("bad/malformed.tml")).unwrap_err();
    assert_eq!(e.line, Some(9), "{e}");
    let s = e.to_string();
    assert!(s.contains("malformed.tml:9:"), "{s}");
    assert!(s.contains("malformed XML"), "{s}");
}

#[test]
fn missing_dct_is_reported_with_file_and_line() {
    let e = TimemlDoc::read(&fixture("bad/no_dct.tml")).unwrap_err();
    let s = e.to_string();
    assert!(s.contains("no_dct.tml:5:"), "{s}");
    assert!(s.contains("no document creation time"), "{s}");
    // A date given instead makes it readable, and writing adds the DCT element.
    let d = TimemlDoc::read_with_dct(&fixture("bad/no_dct.tml"), Some(date("2023-11-15"))).unwrap();
    let out = d.write(&[]);
    let back = TimemlDoc::parse("out.tml", out).unwrap();
    assert_eq!(back.dct, date("2023-11-15"));
    assert_eq!(back.text, d.text);
}

#[test]
fn other_bad_input_is_located() {
    let cases: &[(&str, &str, usize)] = &[
        ("<html><body/></html>", "not TimeML", 1),
        (
            "<TimeML>\n<TEXT>a &nbsp; b</TEXT>\n</TimeML>",
            "unknown entity",
            2,
        ),
        (
            "<TimeML>\n<DCT><TIMEX3 value=\"soon\" functionInDocument=\"CREATION_TIME\"/></DCT>\n<TEXT>a</TEXT></TimeML>",
            "not a date",
            2,
        ),
        ("<TimeML>\n<DCT/>\n<TEXT>\n<EVENT>x", "never closed", 4),
        ("<TimeML>\n<DCT/>\n</TimeML>", "no <TEXT>", 3),
    ];
    for (src, msg, line) in cases {
        let e = TimemlDoc::parse("x.tml", *src).unwrap_err();
        assert!(e.message.contains(msg), "{src}: {e}");
        assert_eq!(e.line, Some(*line), "{src}: {e}");
    }
    let e = TimemlDoc::parse_bytes("x.tml", b"<TimeML>\n\n<TEXT>caf\xe9</TEXT>".to_vec(), None)
        .unwrap_err();
    assert!(e.to_string().starts_with("x.tml:3: not UTF-8"), "{e}");
}

#[test]
fn writes_system_timexes_into_an_input_file() {
    let path = fixture("en/kidal.tml.TE3input");
    let src = std::fs::read_to_string(&path).unwrap();
    let d = read("en/kidal.tml.TE3input");
    let t = &d.text;
    let mentions = vec![
        mention(t, "every week", TimexType::Set, "P1W", None),
        mention(t, "Tuesday", TimexType::Date, "2023-11-14", None),
        mention(
            t,
            "about three days",
            TimexType::Duration,
            "P3D",
            Some("APPROX"),
        ),
    ];
    let out = d.write(&system_timexes(t, &mentions));
    // Outside <TEXT> nothing changes: the DCT stays, tid t0 included.
    let (head, tail) = (src.find("<TEXT>").unwrap(), src.find("</TEXT>").unwrap());
    assert!(out.starts_with(&src[..head + 6]));
    assert!(out.ends_with(&src[tail..]));
    assert!(
        out.contains("Gao &amp; Anéfis &lt;by road&gt;"),
        "entities kept as written"
    );
    let back = TimemlDoc::parse("out.tml", out).unwrap();
    assert_eq!(back.text, d.text);
    assert_eq!(back.dct_value, "2023-11-15T10:00");
    assert_eq!(
        essence(&back),
        vec![
            ("Tuesday".into(), "DATE".into(), "2023-11-14".into(), None),
            (
                "about three days".into(),
                "DURATION".into(),
                "P3D".into(),
                Some("APPROX".into())
            ),
            ("every week".into(), "SET".into(), "P1W".into(), None),
        ]
    );
    let tids: Vec<&str> = back.timexes.iter().map(|x| x.tid.as_str()).collect();
    assert_eq!(tids, ["t1", "t2", "t3"], "numbered clear of the DCT's t0");
}

#[test]
fn writing_into_gold_replaces_timexes_and_keeps_events() {
    let d = read("en/kidal.tml");
    let src = std::fs::read_to_string(fixture("en/kidal.tml")).unwrap();
    // Nothing: the gold TIMEX3s go, EVENT, SIGNAL, DCT and links stay.
    let bare = d.write(&[]);
    let b = TimemlDoc::parse("bare.tml", bare.clone()).unwrap();
    assert!(b.timexes.is_empty());
    assert_eq!(b.text, d.text);
    for keep in [
        "<EVENT eid=\"e3\"",
        "<SIGNAL sid=\"s1\">after</SIGNAL>",
        "<TLINK",
        "tid=\"t0\"",
    ] {
        assert!(bare.contains(keep), "{keep} kept");
    }
    assert_eq!(
        bare.matches("<EVENT").count(),
        src.matches("<EVENT").count()
    );
    // The gold timexes themselves come back as they were, under fresh tids.
    let again = d.write(&d.timexes);
    let a = TimemlDoc::parse("again.tml", again).unwrap();
    assert_eq!(essence(&a), essence(&d));
    assert!(
        a.timexes
            .iter()
            .all(|t| !["t0", "t1", "t2", "t3"].contains(&t.tid.as_str()))
    );
}

#[test]
fn spans_crossing_elements_are_cut_and_output_stays_well_formed() {
    let d = read("en/kidal.tml");
    let t = &d.text;
    // Starts inside <SIGNAL>after</SIGNAL>: the longer side (outside it) is kept.
    let x = sys(t, "fter about three days", "DURATION", "P3D");
    let fitted = d.fit(std::slice::from_ref(&x));
    assert_eq!(fitted[0].text, "about three days");
    let back = TimemlDoc::parse("o.tml", d.write(&[x])).unwrap();
    assert_eq!(back.timexes[0].text, "about three days");
    // Overlapping system timexes: the first (longest at a start) wins.
    let a = sys(t, "Kidal on Tuesday", "DATE", "1");
    let b = sys(t, "Tuesday, after", "DATE", "2");
    let back = TimemlDoc::parse("o.tml", d.write(&[b, a])).unwrap();
    assert_eq!(essence(&back)[0].0, "Kidal on Tuesday");
    assert_eq!(back.timexes.len(), 1);
}

/// Every span and every pair of adjacent spans over a text dense with nested, adjacent
/// and empty elements: the output always re-parses, and a span that crosses nothing
/// comes back unchanged.
#[test]
fn any_span_gives_well_formed_output() {
    let src = "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2020-01-01\" functionInDocument=\"CREATION_TIME\"/></DCT><TEXT>a<EVENT eid=\"e1\">b <SIGNAL sid=\"s1\">cd</SIGNAL></EVENT><!-- c --> <EVENT eid=\"e2\">e</EVENT>f<EVENT eid=\"e3\"></EVENT><EVENT eid=\"e4\"/>g&amp;h</TEXT></TimeML>";
    let d = TimemlDoc::parse("dense.tml", src).unwrap();
    assert_eq!(d.text, "ab cd efg&h");
    let elements = [(1, 5), (3, 5), (6, 7)];
    let crosses = |s: usize, e: usize| {
        elements
            .iter()
            .any(|&(a, b)| (s < a && a < e && e < b) || (a < s && s < b && b < e))
    };
    let n = d.text.len();
    let tx = |s: usize, e: usize| Timex {
        span: Span::new(s, e),
        text: d.text[s..e].to_string(),
        tid: String::new(),
        timex_type: "DATE".into(),
        value: format!("{s}-{e}"),
        modifier: None,
    };
    for s in 0..n {
        for e in s + 1..=n {
            let out = d.write(&[tx(s, e)]);
            let back = TimemlDoc::parse("o.tml", out.clone())
                .unwrap_or_else(|err| panic!("[{s},{e}) gives {err}:\n{out}"));
            assert_eq!(back.text, d.text);
            let want = timeml::trim_span(&d.text, Span::new(s, e));
            match (want, back.timexes.first()) {
                (None, got) => assert!(got.is_none()),
                (Some(w), Some(got)) if !crosses(s, e) => assert_eq!(got.span, w, "{out}"),
                (Some(_), Some(got)) => {
                    assert!(s <= got.span.start as usize && got.span.end as usize <= e)
                }
                (Some(_), None) => assert!(crosses(s, e), "[{s},{e}) dropped"),
            }
            for k in s + 1..e {
                let out = d.write(&[tx(s, k), tx(k, e)]);
                TimemlDoc::parse("o.tml", out.clone())
                    .unwrap_or_else(|err| panic!("[{s},{k})+[{k},{e}) gives {err}:\n{out}"));
            }
        }
    }
}

#[test]
fn attribute_values_are_escaped() {
    let d = read("en/kidal.tml.TE3input");
    let mut x = sys(&d.text, "Tuesday", "DATE", "a\"b<c&d>");
    x.modifier = Some("ON_OR_AFTER".into());
    let back = TimemlDoc::parse("o.tml", d.write(&[x])).unwrap();
    assert_eq!(back.timexes[0].value, "a\"b<c&d>");
    assert_eq!(back.timexes[0].modifier.as_deref(), Some("ON_OR_AFTER"));
}

#[test]
fn plain_text_wraps_into_timeml_with_the_same_text() {
    let text = "Fighting <b> & \"smoke\" on Sunday.\r\nThen calm.";
    let wrapped = wrap_plain("a&b.txt", date("2023-11-13"), text);
    let d = TimemlDoc::parse("w.tml", wrapped).unwrap();
    assert_eq!(d.text, text);
    assert_eq!(d.id, "a&b.txt");
    assert_eq!(d.dct, date("2023-11-13"));
    let out = d.write(&[sys(text, "Sunday", "DATE", "2023-11-12")]);
    let back = TimemlDoc::parse("w.tml", out).unwrap();
    assert_eq!(back.text, text);
    assert_eq!(back.timexes[0].text, "Sunday");
}

fn toy() -> (TimemlDoc, TimemlDoc) {
    let gold = read("toy/gold/toy.tml");
    let system = read("toy/system/toy.tml");
    assert_eq!(gold.text, system.text);
    (gold, system)
}

/// Gold: "Monday, 6 November 2023", " three days" (whitespace inside the tag), "last
/// week", "Every Friday". System: the first exactly (plus a trailing space), "days"
/// (relaxed only, wrong type), "last week" with a wrong value, "now" and "2022"
/// (spurious); "Every Friday" is missed.
#[test]
fn scores_the_toy_example_by_hand() {
    let (gold, system) = toy();
    let s = score_document(&gold, &system.timexes);
    let c = s.counts;
    assert_eq!(
        (
            c.gold,
            c.system,
            c.strict,
            c.relaxed,
            c.type_correct,
            c.value_correct
        ),
        (4, 5, 2, 3, 2, 2)
    );
    let r = Report::new(c);
    let close = |a: f64, b: f64| assert!((a - b).abs() < 1e-9, "{a} != {b}");
    close(r.strict.precision, 2.0 / 5.0);
    close(r.strict.recall, 2.0 / 4.0);
    close(r.strict.f1, 4.0 / 9.0);
    close(r.relaxed.precision, 3.0 / 5.0);
    close(r.relaxed.recall, 3.0 / 4.0);
    close(r.relaxed.f1, 2.0 / 3.0);
    close(r.type_accuracy, 2.0 / 3.0);
    close(r.value_accuracy, 2.0 / 3.0);
    close(r.value_f1, 4.0 / 9.0);
    let kinds: Vec<ErrorKind> = s.errors.iter().map(|e| e.kind).collect();
    use ErrorKind::*;
    assert_eq!(kinds, [Extent, Type, Value, Spurious, Miss, Spurious]);
    let lines: Vec<String> = s.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        lines[2],
        "VALUE     toy.tml  \"last week\"  DATE gold=2023-W45 sys=2023-W46  dct=2023-11-13  ctx=\"lasted three days. Fighting resumed [last week] and goes on now. Every Friday the\""
    );
    assert!(
        lines[4].starts_with("MISS      toy.tml  \"Every Friday\"  SET XXXX-WXX-5  dct=2023-11-13")
    );
    assert!(lines[0].starts_with("EXTENT    toy.tml  \"three days\"  sys=\"days\"  DURATION P3D"));
    assert!(lines[1].contains("gold=DURATION sys=DATE"));
    assert!(lines.iter().all(|l| !l.contains('\n')));
}

#[test]
fn perfect_and_empty_systems() {
    let (gold, _) = toy();
    let perfect = score_document(&gold, &gold.timexes);
    let r = Report::new(perfect.counts);
    assert_eq!((r.strict.f1, r.relaxed.f1, r.value_f1), (1.0, 1.0, 1.0));
    assert!(perfect.errors.is_empty());
    let none = score_document(&gold, &[]);
    let r = Report::new(none.counts);
    assert_eq!(
        (r.relaxed.precision, r.relaxed.recall, r.value_f1),
        (0.0, 0.0, 0.0)
    );
    assert_eq!(none.errors.len(), 4);
}

/// The corpora in ../shared/data: every file reads, inputs and gold agree on the text,
/// and writing the gold timexes back gives them back. Skipped when the data is absent.
#[test]
fn shared_timeml_corpora_read_and_round_trip() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/timeml");
    if !root.is_dir() {
        return;
    }
    let (files, errors) = timeml::find_files(&root, timeml::is_timeml_name);
    assert!(errors.is_empty(), "{errors:?}");
    let mut gold_text = std::collections::HashMap::new();
    let mut inputs = Vec::new();
    let mut timexes = 0;
    for f in &files {
        let d = TimemlDoc::read(f).unwrap_or_else(|e| panic!("{e}"));
        if f.to_string_lossy().ends_with(".TE3input") {
            inputs.push(d);
            continue;
        }
        timexes += d.timexes.len();
        let back = TimemlDoc::parse("back.tml", d.write(&d.timexes))
            .unwrap_or_else(|e| panic!("{}: {e}", d.file));
        assert_eq!(back.text, d.text, "{}", d.file);
        assert_eq!(essence(&back), essence(&d), "{}", d.file);
        let perfect = score_document(&d, &d.timexes);
        assert_eq!(
            perfect.counts.value_correct, perfect.counts.gold,
            "{}",
            d.file
        );
        gold_text.insert(timeml::doc_key(f), d.text);
    }
    assert!(timexes > 1000, "{timexes} gold timexes");
    for i in &inputs {
        if let Some(g) = gold_text.get(&timeml::doc_key(Path::new(&i.file))) {
            assert_eq!(&i.text, g, "{}", i.file);
        }
    }
}
