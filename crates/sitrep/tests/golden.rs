//! The mission's own example (`tests/fixtures/golden/`): every item of
//! `kidal-2023-11-13.expected.toml` checked against `extract`'s JSON contract, with the
//! publication date given (`--date 2023-11-13`) and with no date at all.
//!
//! Items that wait for a capability not built yet are `#[ignore]`d with the reason; the
//! issue that delivers the capability removes the ignore.

use serde::Deserialize;
use serde_json::Value;
use sitrep_extract::Extractor;
use sitrep_ingest::IngestOptions;
use std::sync::OnceLock;

const TEXT: &str = include_str!("../../../tests/fixtures/golden/kidal-2023-11-13.en.txt");
const EXPECTED: &str =
    include_str!("../../../tests/fixtures/golden/kidal-2023-11-13.expected.toml");

#[derive(Deserialize, Debug)]
struct Expected {
    document: ExpDocument,
    actor: Vec<ExpActor>,
    person: Vec<ExpPerson>,
    place: Vec<ExpPlace>,
    not_a_place: Vec<ExpText>,
    event: Vec<ExpEvent>,
    background: Vec<ExpBackground>,
}

#[derive(Deserialize, Debug)]
struct ExpDocument {
    published: String,
    lang: String,
}

#[derive(Deserialize, Debug)]
struct ExpActor {
    name: String,
    aliases: Vec<String>,
    inter: u8,
    camp: String,
}

#[derive(Deserialize, Debug)]
struct ExpPerson {
    name: String,
    leads: String,
}

#[derive(Deserialize, Debug)]
struct ExpPlace {
    name: String,
    lat: f64,
    lon: f64,
    geo_precision: Option<u8>,
    within_km: Option<f64>,
}

#[derive(Deserialize, Debug)]
struct ExpText {
    text: String,
}

#[derive(Deserialize, Debug)]
struct ExpClaim {
    by: String,
    channel: Option<String>,
    said_on: Option<String>,
    cue: Option<String>,
    contains: String,
    by_camp: Option<String>,
    hedged: Option<bool>,
}

#[derive(Deserialize, Debug)]
struct ExpEvent {
    key: String,
    event_type: String,
    sub_event_type: Option<String>,
    date_start: String,
    date_end_range: Option<[String; 2]>,
    place: Option<String>,
    actor1: Option<String>,
    assoc_actor_1: Option<Vec<String>>,
    actor2: Option<String>,
    killed: Option<toml::Value>,
    civilians_killed: Option<u32>,
    children_killed: Option<u32>,
    injured: Option<u32>,
    #[serde(default)]
    claims: Vec<ExpClaim>,
    figures: Option<toml::Table>,
}

#[derive(Deserialize, Debug)]
struct ExpBackground {
    text: String,
    year: i32,
}

fn expected() -> &'static Expected {
    static E: OnceLock<Expected> = OnceLock::new();
    E.get_or_init(|| toml::from_str(EXPECTED).expect("expected.toml parses"))
}

/// "Now" is pinned so that inferring the year of an undated report ("Saturday, November
/// 11": the latest such year not in the future) gives the same answer in any year.
fn extractor() -> &'static Extractor {
    static X: OnceLock<Extractor> = OnceLock::new();
    X.get_or_init(|| {
        let today = "2026-11-29".parse().unwrap();
        Extractor::new(std::sync::Arc::new(
            sitrep_extract::resources::Resources::embedded().with_today(today),
        ))
    })
}

/// The contract JSON for the golden text, as `sitrep extract` prints it.
fn extract(date: Option<&str>) -> Value {
    let opts = IngestOptions {
        date: date.map(|d| d.parse().unwrap()),
        ..IngestOptions::default()
    };
    let mut p = sitrep_ingest::parse_bytes("kidal-2023-11-13.en.txt", TEXT.as_bytes(), &opts);
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    assert_eq!(p.docs.len(), 1);
    let doc = extractor().extract(p.docs.remove(0));
    serde_json::to_value(doc.to_contract()).unwrap()
}

fn with_date() -> &'static Value {
    static V: OnceLock<Value> = OnceLock::new();
    V.get_or_init(|| extract(Some("2023-11-13")))
}

fn without_date() -> &'static Value {
    static V: OnceLock<Value> = OnceLock::new();
    V.get_or_init(|| extract(None))
}

/// Both runs: every item must hold with and without the publication date given.
fn both() -> [(&'static str, &'static Value); 2] {
    [
        ("--date 2023-11-13", with_date()),
        ("no date", without_date()),
    ]
}

fn arr(v: &Value) -> &Vec<Value> {
    v.as_array().expect("array")
}

fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

/// All names an expected actor may be reported under.
fn actor_names(name: &str) -> Vec<String> {
    let e = expected();
    match e.actor.iter().find(|a| a.name == name) {
        Some(a) => std::iter::once(a.name.clone())
            .chain(a.aliases.iter().cloned())
            .collect(),
        None => vec![name.to_string()],
    }
}

fn same_actor(got: &Value, want: &str) -> bool {
    got["name"]
        .as_str()
        .is_some_and(|n| actor_names(want).iter().any(|a| a.eq_ignore_ascii_case(n)))
}

fn span_text(v: &Value) -> &'static str {
    let s = v.as_array().expect("span");
    let (a, b) = (
        s[0].as_u64().unwrap() as usize,
        s[1].as_u64().unwrap() as usize,
    );
    &TEXT[a..b]
}

#[test]
fn document_language_is_detected() {
    for (run, v) in both() {
        assert_eq!(v["doc"]["lang"], expected().document.lang, "{run}");
    }
}

#[test]
fn document_date_given() {
    let v = with_date();
    assert_eq!(v["doc"]["published"], expected().document.published);
    assert_eq!(v["doc"]["published_inferred"], false);
}

#[test]
fn document_date_inferred() {
    let v = without_date();
    assert_eq!(v["doc"]["published"], expected().document.published);
    assert_eq!(v["doc"]["published_inferred"], true);
}

/// Every date the expectations name (events' starts, claims' dates) is found by the
/// time stage, resolved to that day (or month), with and without the date given.
#[test]
fn every_golden_date_is_a_time_mention() {
    let mut want: Vec<String> = Vec::new();
    for e in &expected().event {
        want.push(e.date_start.clone());
        for c in &e.claims {
            if let Some(d) = &c.said_on {
                want.push(d.clone());
            }
        }
    }
    for (run, v) in both() {
        let times = arr(&v["mentions"]["times"]);
        for d in &want {
            let found = times.iter().any(|t| {
                t["start"].as_str() == Some(d.as_str())
                    || t["value"].as_str().is_some_and(|x| x == d)
            });
            assert!(found, "{run}: no time mention resolves to {d}: {times:#?}");
        }
        // The battle's start is the explicit "Saturday, November 11", precise to the day.
        let sat = times
            .iter()
            .find(|t| t["text"] == "Saturday, November 11")
            .expect("the battle's date");
        assert_eq!(sat["precision"], 1);
        // "Two days earlier" is anchored on the press release's Sunday, not on publication.
        let two = times
            .iter()
            .find(|t| t["text"] == "Two days earlier")
            .expect("two days earlier");
        assert_eq!(two["value"], "2023-11-10", "{run}");
        assert_eq!(two["anchor"]["kind"], "mention", "{run}");
        // "the night of November 3 to 4", opened by "Since": from the 3rd, end open.
        let night = times
            .iter()
            .find(|t| {
                t["text"]
                    .as_str()
                    .is_some_and(|x| x.contains("night of November 3"))
            })
            .expect("the night of November 3 to 4");
        assert_eq!(night["value"], "2023-11-03TNI", "{run}");
        assert!(
            night["end"].is_null(),
            "{run}: since … the interval is open"
        );
        // History is dated as history.
        for y in ["1960", "2012", "2015"] {
            assert!(times.iter().any(|t| t["value"] == y), "{run}: year {y}");
        }
    }
}

#[test]
fn every_span_is_on_a_char_boundary() {
    for (run, v) in both() {
        for kind in ["times", "places", "actors", "quantities"] {
            for m in arr(&v["mentions"][kind]) {
                let t = span_text(&m["span"]);
                assert_eq!(
                    t,
                    m["text"].as_str().unwrap(),
                    "{run}: {kind} text matches span"
                );
            }
        }
    }
}

#[test]
fn actors_and_aliases() {
    for (run, v) in both() {
        let actors = arr(&v["mentions"]["actors"]);
        for a in &expected().actor {
            let found: Vec<&Value> = actors.iter().filter(|m| same_actor(m, &a.name)).collect();
            assert!(!found.is_empty(), "{run}: actor {} not found", a.name);
            for m in &found {
                assert_eq!(m["inter"], a.inter, "{run}: inter of {}", a.name);
                assert_eq!(m["camp"], a.camp.as_str(), "{run}: camp of {}", a.name);
            }
            // Each alias written in the text resolves to this actor where it is written.
            for alias in &a.aliases {
                for (at, _) in TEXT.match_indices(alias.as_str()) {
                    let covering = actors.iter().find(|m| {
                        let s = m["span"].as_array().unwrap();
                        let (x, y) = (
                            s[0].as_u64().unwrap() as usize,
                            s[1].as_u64().unwrap() as usize,
                        );
                        x <= at && at + alias.len() <= y
                    });
                    let m = covering.unwrap_or_else(|| {
                        panic!("{run}: {alias:?} at byte {at} is not an actor mention")
                    });
                    // Resolved: an unknown name would otherwise "match" as its own alias.
                    assert!(
                        m["resolved"] == true && same_actor(m, &a.name),
                        "{run}: {alias:?} at {at} resolved to {} instead of {}",
                        m["name"],
                        a.name
                    );
                }
            }
        }
    }
}

#[test]
fn people_tied_to_their_group() {
    for (run, v) in both() {
        for p in &expected().person {
            let m = arr(&v["mentions"]["actors"])
                .iter()
                .find(|m| m["text"].as_str().is_some_and(|t| t.contains(&p.name)))
                .unwrap_or_else(|| panic!("{run}: person {} not found", p.name));
            assert_eq!(m["via"], "person", "{run}");
            assert_eq!(m["role"], "leader", "{run}: {} leads", p.name);
            assert!(
                same_actor(&serde_json::json!({"name": m["affiliation"]}), &p.leads),
                "{run}: {} should lead {}: {m}",
                p.name,
                p.leads
            );
        }
    }
}

#[test]
fn places_are_resolved() {
    for (run, v) in both() {
        let places = arr(&v["mentions"]["places"]);
        for p in &expected().place {
            let tol = p.within_km.unwrap_or(30.0);
            let ok = places.iter().any(|m| {
                let (Some(lat), Some(lon)) = (m["lat"].as_f64(), m["lon"].as_f64()) else {
                    return false;
                };
                let close = haversine_km(lat, lon, p.lat, p.lon) <= tol;
                let prec = p
                    .geo_precision
                    .is_none_or(|g| m["geo_precision"].as_u64() == Some(g as u64));
                close && prec
            });
            assert!(ok, "{run}: place {} not found within {tol} km", p.name);
        }
    }
}

#[test]
fn non_places_are_not_places() {
    for (run, v) in both() {
        for np in &expected().not_a_place {
            for m in arr(&v["mentions"]["places"]) {
                assert_ne!(
                    m["text"].as_str(),
                    Some(np.text.as_str()),
                    "{run}: {} is not a place",
                    np.text
                );
            }
        }
    }
}

/// The extracted event that best matches an expected one: same type (and sub-type when
/// given), same start date.
/// The current event of the expected type, sub-type and start date; when several
/// match (two strategic developments on 10 November), the one with the expected actor1.
fn find_event<'a>(events: &'a [Value], e: &ExpEvent) -> Option<&'a Value> {
    let matching: Vec<&Value> = events
        .iter()
        .filter(|x| {
            x["event_type"] == e.event_type.as_str()
                && e.sub_event_type
                    .as_ref()
                    .is_none_or(|s| x["sub_event_type"] == s.as_str())
                && x["date"]["start"]
                    .as_str()
                    .is_some_and(|d| d.starts_with(&e.date_start))
                && x["background"] == false
        })
        .collect();
    matching
        .iter()
        .find(|x| {
            e.actor1
                .as_ref()
                .is_some_and(|a| same_actor(&x["actor1"], a))
        })
        .or(matching.first())
        .copied()
}

#[test]
fn events_are_found_with_their_fields() {
    let places: std::collections::HashMap<&str, (f64, f64)> = expected()
        .place
        .iter()
        .map(|p| (p.name.as_str(), (p.lat, p.lon)))
        .collect();
    for (run, v) in both() {
        let events = arr(&v["events"]);
        assert!(!events.is_empty(), "{run}: no events");
        // The battle is the article's subject: the most salient event.
        assert_eq!(events[0]["event_type"], "Battles", "{run}: first event");
        for e in &expected().event {
            let x = find_event(events, e).unwrap_or_else(|| {
                panic!(
                    "{run}: event {} ({} {}) not found",
                    e.key, e.event_type, e.date_start
                )
            });
            let k = &e.key;
            if let Some([lo, hi]) = &e.date_end_range {
                let end = x["date"]["end"].as_str().unwrap_or("");
                assert!(
                    lo.as_str() <= end && end <= hi.as_str(),
                    "{run}: {k} end {end}"
                );
            }
            if let Some(p) = &e.place {
                let (lat, lon) = places[p.as_str()];
                let (glat, glon) = (x["location"]["lat"].as_f64(), x["location"]["lon"].as_f64());
                let d = haversine_km(glat.unwrap_or(0.0), glon.unwrap_or(0.0), lat, lon);
                assert!(
                    d <= 30.0,
                    "{run}: {k} place {} is {d:.0} km from {p}",
                    x["location"]
                );
            }
            if let Some(a) = &e.actor1 {
                assert!(
                    same_actor(&x["actor1"], a),
                    "{run}: {k} actor1 {}",
                    x["actor1"]
                );
            }
            if let Some(a) = &e.actor2 {
                assert!(
                    same_actor(&x["actor2"], a),
                    "{run}: {k} actor2 {}",
                    x["actor2"]
                );
            }
            for a in e.assoc_actor_1.iter().flatten() {
                assert!(
                    arr(&x["assoc_actor_1"]).iter().any(|g| same_actor(g, a)),
                    "{run}: {k} assoc_actor_1 lacks {a}"
                );
            }
            let f = &x["fatalities"];
            match &e.killed {
                Some(toml::Value::Integer(n)) => assert_eq!(f["killed"], *n, "{run}: {k} killed"),
                Some(toml::Value::String(s)) if s == "unknown" => {
                    assert!(
                        f["killed"].is_null(),
                        "{run}: {k} toll unknown, got {}",
                        f["killed"]
                    )
                }
                Some(other) => panic!("unexpected killed value {other}"),
                None => {}
            }
            for (field, want) in [
                ("civilians_killed", e.civilians_killed),
                ("children_killed", e.children_killed),
                ("injured", e.injured),
            ] {
                if let Some(n) = want {
                    assert_eq!(f[field], n, "{run}: {k} {field}");
                }
            }
            if let Some(figs) = &e.figures {
                for (_, n) in figs {
                    let n = n.as_integer().unwrap() as f64;
                    assert!(
                        arr(&v["mentions"]["quantities"])
                            .iter()
                            .any(|q| q["value"].as_f64() == Some(n)),
                        "{run}: {k} figure {n} not kept as a quantity"
                    );
                }
                // Figures that are not casualties never count as deaths.
                assert!(f["killed"].is_null(), "{run}: {k} figures are not deaths");
            }
        }
    }
}

#[test]
fn event_claims_say_who_says_so() {
    for (run, v) in both() {
        let events = arr(&v["events"]);
        for e in &expected().event {
            let Some(x) = find_event(events, e) else {
                panic!("{run}: event {} not found", e.key)
            };
            for c in &e.claims {
                check_claim(&format!("{run}: {}", e.key), arr(&x["claims"]), c);
            }
        }
    }
}

/// Every golden claim is among the document's claims (top-level `claims`, which holds
/// all of them whether or not an event carries them), with its speaker, camp, channel,
/// date, cue and hedging.
#[test]
fn claims_say_who_says_so() {
    for (run, v) in both() {
        for e in &expected().event {
            for c in &e.claims {
                check_claim(&format!("{run}: {}", e.key), arr(&v["claims"]), c);
            }
        }
    }
}

fn check_claim(at: &str, claims: &[Value], c: &ExpClaim) {
    let got = claims
        .iter()
        .find(|g| span_text(&g["span"]).contains(&c.contains))
        .unwrap_or_else(|| panic!("{at}: no claim containing {:?}: {claims:?}", c.contains));
    let by = &got["by"];
    let by_ok = same_actor(by, &c.by)
        || by["name"]
            .as_str()
            .is_some_and(|n| n.eq_ignore_ascii_case(&c.by));
    assert!(by_ok, "{at}: claim {:?} by {} not {}", c.contains, by, c.by);
    if let Some(ch) = &c.channel {
        assert_eq!(
            got["channel"],
            ch.as_str(),
            "{at}: channel of {:?}",
            c.contains
        );
    }
    if let Some(d) = &c.said_on {
        assert_eq!(
            got["said_on"],
            d.as_str(),
            "{at}: said_on of {:?}",
            c.contains
        );
    }
    if let Some(cue) = &c.cue {
        assert!(
            got["cue"]
                .as_str()
                .is_some_and(|g| g.contains(cue.as_str())),
            "{at}: cue {}",
            got["cue"]
        );
    }
    if let Some(camp) = &c.by_camp {
        assert_eq!(
            by["camp"],
            camp.as_str(),
            "{at}: speaker camp of {:?}",
            c.contains
        );
    }
    if let Some(h) = c.hedged {
        assert_eq!(got["hedged"], h, "{at}: hedged {:?}", c.contains);
    }
}

#[test]
fn background_is_kept_out_of_the_ledger() {
    for (run, v) in both() {
        let events = arr(&v["events"]);
        for b in &expected().background {
            let at = TEXT.find(&b.text).expect("background text in article");
            let span = (at, at + b.text.len());
            let ev = events.iter().find(|x| {
                arr(&x["evidence"]).iter().any(|s| {
                    let s = s.as_array().unwrap();
                    let (a, z) = (
                        s[0].as_u64().unwrap() as usize,
                        s[1].as_u64().unwrap() as usize,
                    );
                    a < span.1 && span.0 < z
                })
            });
            let ev = ev.unwrap_or_else(|| panic!("{run}: background {:?} not extracted", b.text));
            assert_eq!(ev["background"], true, "{run}: {:?} is background", b.text);
            assert!(
                ev["date"]["start"]
                    .as_str()
                    .is_some_and(|d| d.starts_with(&b.year.to_string())),
                "{run}: {:?} dated {}",
                b.text,
                ev["date"]
            );
        }
        // Nothing dated 1960, 2012 or 2015 is a current event.
        for x in events.iter().filter(|x| x["background"] == false) {
            let d = x["date"]["start"].as_str().unwrap_or("2023");
            assert!(d.starts_with("2023"), "{run}: current event dated {d}: {x}");
        }
    }
}

/// With the full GeoNames dump of Mali imported (24,000 places: wells, wadis, camps),
/// the golden places still resolve to the right namesakes: Anéfis the town, not the
/// well 260 km away. Runs only where `../shared/data` is (it is never in the project).
#[test]
fn places_resolve_among_namesakes_with_the_full_mali_gazetteer() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/geonames/ML.txt");
    if !root.exists() {
        eprintln!("skipped: {} not found", root.display());
        return;
    }
    // GeoNames files Anéfis under Gao; the region polygons (Who's On First) put it in
    // Kidal, where it is.
    let polygons = root.with_file_name("../whosonfirst/mali_regions_cercles.geojson");
    let mut inputs = vec![root.clone()];
    if polygons.exists() {
        inputs.push(polygons.clone());
    }
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path().join("ml.idx");
    sitrep_gazetteer::import(&inputs, &idx, |_| {}).expect("import ML.txt");
    let gaz = sitrep_gazetteer::Gazetteer::load(&idx).unwrap();
    let today = "2026-11-29".parse().unwrap();
    let ex = Extractor::new(std::sync::Arc::new(
        sitrep_extract::resources::Resources::embedded()
            .with_today(today)
            .with_gazetteer(gaz),
    ));
    let mut p = sitrep_ingest::parse_bytes("kidal.txt", TEXT.as_bytes(), &IngestOptions::default());
    let doc = ex.extract(p.docs.remove(0));
    let v = serde_json::to_value(doc.to_contract()).unwrap();
    let places = arr(&v["mentions"]["places"]);
    for p in &expected().place {
        let tol = p.within_km.unwrap_or(30.0);
        let ok = places.iter().any(|m| {
            let (Some(lat), Some(lon)) = (m["lat"].as_f64(), m["lon"].as_f64()) else {
                return false;
            };
            haversine_km(lat, lon, p.lat, p.lon) <= tol
        });
        assert!(
            ok,
            "place {} not found within {tol} km: {places:#?}",
            p.name
        );
    }
    let anefis = places
        .iter()
        .find(|m| m["text"] == "Anéfis")
        .expect("Anéfis");
    assert!(
        haversine_km(
            anefis["lat"].as_f64().unwrap(),
            anefis["lon"].as_f64().unwrap(),
            18.05,
            0.61
        ) < 10.0
    );
    if polygons.exists() {
        assert_eq!(anefis["admin1"], "Kidal");
    }
}
