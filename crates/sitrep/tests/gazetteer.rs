//! `sitrep gazetteer`: import, lookup and info, as a user types them. Every test points
//! SITREP_GAZETTEER, XDG_DATA_HOME and HOME at a temporary directory, so the user's own
//! index is never read or written.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn bin(home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sitrep"));
    c.env("SITREP_GAZETTEER", home.join("default.idx"))
        .env("XDG_DATA_HOME", home.join("xdg"))
        .env("HOME", home)
        .env_remove("SITREP_DB");
    c
}

fn run(home: &Path, args: &[&str]) -> Output {
    bin(home).args(args).output().expect("sitrep runs")
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A GeoNames dump line: invented places, 19 tab-separated columns.
#[allow(clippy::too_many_arguments)]
fn place(
    id: u64,
    name: &str,
    alt: &str,
    lat: f64,
    lon: f64,
    class: &str,
    code: &str,
    pop: u64,
) -> String {
    place_in(id, name, alt, lat, lon, class, code, pop, "ZZ", "10")
}

/// [`place`] in a given country and first-level division.
#[allow(clippy::too_many_arguments)]
fn place_in(
    id: u64,
    name: &str,
    alt: &str,
    lat: f64,
    lon: f64,
    class: &str,
    code: &str,
    pop: u64,
    country: &str,
    admin1: &str,
) -> String {
    let pop = pop.to_string();
    let (lat, lon) = (lat.to_string(), lon.to_string());
    let cols = [
        &id.to_string(),
        name,
        name,
        alt,
        &lat,
        &lon,
        class,
        code,
        country,
        "",
        admin1,
        "",
        "",
        "",
        &pop,
        "",
        "",
        "Africa/Bamako",
        "2024-01-01",
    ];
    cols.join("\t")
}

/// Imports dump `lines` into an index in `home` and returns its path.
fn import_lines(home: &Path, lines: &[String]) -> std::path::PathBuf {
    let dump = home.join("dump.txt");
    std::fs::write(&dump, lines.join("\n") + "\n").unwrap();
    let idx = home.join("test.idx");
    let o = run(
        home,
        &[
            "gazetteer",
            "import",
            dump.to_str().unwrap(),
            "--out",
            idx.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    idx
}

/// `sitrep extract` of `text` with index `idx` (and `more` arguments): its document.
fn extract_with(home: &Path, idx: &Path, text: &str, lang: &str, more: &[&str]) -> Value {
    let f = home.join("report.txt");
    std::fs::write(&f, text).unwrap();
    let mut args = vec![
        "extract",
        f.to_str().unwrap(),
        "--date",
        "2023-11-13",
        "--lang",
        lang,
        "--gazetteer",
        idx.to_str().unwrap(),
    ];
    args.extend_from_slice(more);
    let o = run(home, &args);
    assert!(o.status.success(), "{}", err(&o));
    let v: Value = serde_json::from_str(&out(&o)).unwrap();
    if v.is_array() { v[0].clone() } else { v }
}

fn fixture(dir: &Path) -> std::path::PathBuf {
    let lines = [
        place(
            101,
            "Tin-Essako",
            "Ti-n-Essako",
            18.45,
            2.49,
            "P",
            "PPLA2",
            5000,
        ),
        place(102, "Tin Essako Oued", "", 18.23, 2.81, "H", "WAD", 0),
        "this line is not GeoNames".to_string(),
        place(103, "Bir \"Rata\"", "\"Rata\"", 17.5, -1.25, "H", "WLL", 0),
        place(104, "Kidal Region", "", 19.4, 1.2, "A", "ADM1", 0),
    ];
    let p = dir.join("ZZ.txt");
    std::fs::write(&p, lines.join("\n") + "\n").unwrap();
    p
}

#[test]
fn help_has_examples() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["gazetteer", "--help"][..],
        &["gazetteer", "import", "--help"],
        &["gazetteer", "lookup", "--help"],
        &["gazetteer", "info", "--help"],
    ] {
        let o = run(home.path(), args);
        assert!(o.status.success(), "{args:?}");
        let h = out(&o);
        assert!(h.contains("Examples:"), "{args:?}:\n{h}");
        assert!(
            h.contains(&format!("sitrep {}", args[..args.len() - 1].join(" "))),
            "{args:?}:\n{h}"
        );
    }
    assert!(out(&run(home.path(), &["--help"])).contains("gazetteer"));
}

#[test]
fn import_then_lookup() {
    let home = tempfile::tempdir().unwrap();
    let dump = fixture(home.path());
    let idx = home.path().join("zz.idx");
    let o = run(
        home.path(),
        &[
            "gazetteer",
            "import",
            dump.to_str().unwrap(),
            "--out",
            idx.to_str().unwrap(),
            "--no-supplement",
            "--no-default-elsewhere",
        ],
    );
    let e = err(&o);
    assert!(o.status.success(), "{e}");
    assert!(e.contains("imported 1 file into"), "{e}");
    assert!(e.contains("places: 4"), "{e}");
    assert!(e.contains("skipped: 1 malformed line"), "{e}");
    assert!(
        e.contains("ZZ.txt:3: expected 19 tab-separated columns"),
        "{e}"
    );
    assert!(
        !e.contains("now use this index"),
        "--out is not the default: {e}"
    );
    assert!(idx.exists());

    // Folded: case, hyphens, spaces.
    for q in ["Tin-Essako", "TIN ESSAKO", "tin  essako", "Ti-n-Essako"] {
        let o = run(
            home.path(),
            &[
                "gazetteer",
                "lookup",
                q,
                "--gazetteer",
                idx.to_str().unwrap(),
                "--json",
            ],
        );
        assert!(o.status.success(), "{q}: {}", err(&o));
        let v: Value = serde_json::from_str(&out(&o)).unwrap();
        assert_eq!(v["places"][0]["geonames_id"], 101, "{q}");
        assert_eq!(v["places"][0]["class"], "P");
        assert_eq!(v["places"][0]["code"], "PPLA2");
        assert_eq!(v["places"][0]["admin1"], "Kidal", "from the ADM1 feature");
        assert_eq!(v["gazetteer"], idx.display().to_string());
    }
    let o = run(
        home.path(),
        &[
            "gazetteer",
            "lookup",
            "\"Rata\"",
            "--gazetteer",
            idx.to_str().unwrap(),
        ],
    );
    assert!(out(&o).contains("Bir \"Rata\""), "{}", out(&o));
    assert!(out(&o).contains("H.WLL"));
    assert!(
        err(&o).contains(&format!("gazetteer: {} (4 places)", idx.display())),
        "{}",
        err(&o)
    );

    // Nothing found: exit code 1, said on stderr.
    let o = run(
        home.path(),
        &[
            "gazetteer",
            "lookup",
            "Atlantis",
            "--gazetteer",
            idx.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("no place named \"Atlantis\""),
        "{}",
        err(&o)
    );
    assert!(out(&o).is_empty());

    let o = run(
        home.path(),
        &["gazetteer", "info", "--gazetteer", idx.to_str().unwrap()],
    );
    assert!(o.status.success());
    assert!(out(&o).contains("places: 4"), "{}", out(&o));
    assert!(
        out(&o).contains("ZZ.txt (GeoNames dump, 4 records, 1 skipped)"),
        "{}",
        out(&o)
    );
}

#[test]
fn the_default_index_is_used_once_imported() {
    let home = tempfile::tempdir().unwrap();
    // Before any import: the embedded default.
    let o = run(home.path(), &["gazetteer", "lookup", "Kidal", "--json"]);
    assert!(o.status.success(), "{}", err(&o));
    let v: Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["gazetteer"], "the embedded default gazetteer");
    assert_eq!(v["places"][0]["country"], "Mali");
    assert_eq!(v["places"][0]["admin1"], "Kidal");
    let o = run(
        home.path(),
        &["gazetteer", "lookup", "Paris", "--limit", "1"],
    );
    assert!(
        out(&o).contains("France") && out(&o).contains("P.PPLC"),
        "{}",
        out(&o)
    );
    assert!(err(&o).contains("embedded default"));

    // Import without --out: $SITREP_GAZETTEER.
    let dump = fixture(home.path());
    let o = run(
        home.path(),
        &["gazetteer", "import", dump.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", err(&o));
    assert!(err(&o).contains("now use this index"), "{}", err(&o));
    assert!(home.path().join("default.idx").exists());
    let o = run(home.path(), &["gazetteer", "lookup", "tin essako"]);
    assert!(err(&o).contains("default.idx"), "{}", err(&o));
    assert!(out(&o).contains("Tin-Essako"));
    // The supplement came along (Ber is not in the fixture).
    let o = run(home.path(), &["gazetteer", "lookup", "Ber", "--json"]);
    let v: Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["places"][0]["supplement"], true);

    // Without SITREP_GAZETTEER: $XDG_DATA_HOME/sitrep/gazetteer.idx.
    let o = bin(home.path())
        .env_remove("SITREP_GAZETTEER")
        .args(["gazetteer", "import", dump.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", err(&o));
    assert!(home.path().join("xdg/sitrep/gazetteer.idx").exists());
    let o = bin(home.path())
        .env_remove("SITREP_GAZETTEER")
        .args(["gazetteer", "info"])
        .output()
        .unwrap();
    assert!(out(&o).contains("xdg/sitrep/gazetteer.idx"), "{}", out(&o));
}

#[test]
fn bad_files_are_errors_that_name_the_file() {
    let home = tempfile::tempdir().unwrap();
    let idx = home.path().join("g.idx");
    let dump = fixture(home.path());
    let o = run(
        home.path(),
        &[
            "gazetteer",
            "import",
            dump.to_str().unwrap(),
            "--out",
            idx.to_str().unwrap(),
        ],
    );
    assert!(o.status.success());
    let before = std::fs::read(&idx).unwrap();

    let missing = home.path().join("NE.txt");
    let o = run(
        home.path(),
        &[
            "gazetteer",
            "import",
            dump.to_str().unwrap(),
            missing.to_str().unwrap(),
            "--out",
            idx.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("NE.txt: no such file"), "{}", err(&o));
    assert!(
        err(&o).contains("previous index, if any, is unchanged"),
        "{}",
        err(&o)
    );
    assert_eq!(std::fs::read(&idx).unwrap(), before);

    let notes = home.path().join("notes.txt");
    std::fs::write(&notes, "Kidal, 18.44 N 1.41 E\n").unwrap();
    let o = run(
        home.path(),
        &[
            "gazetteer",
            "import",
            notes.to_str().unwrap(),
            "--out",
            idx.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("notes.txt: not a GeoNames dump file"),
        "{}",
        err(&o)
    );
    assert_eq!(std::fs::read(&idx).unwrap(), before);

    // A corrupt index: a clear error, not the embedded default.
    let bad = home.path().join("bad.idx");
    std::fs::write(&bad, &before[..before.len() / 2]).unwrap();
    let o = run(
        home.path(),
        &[
            "gazetteer",
            "lookup",
            "Kidal",
            "--gazetteer",
            bad.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("bad.idx: truncated or corrupt gazetteer index"),
        "{}",
        err(&o)
    );
    assert!(err(&o).contains("re-import"), "{}", err(&o));
    std::fs::write(&bad, "geonameid\tname\n").unwrap();
    let o = run(
        home.path(),
        &[
            "gazetteer",
            "lookup",
            "Kidal",
            "--gazetteer",
            bad.to_str().unwrap(),
        ],
    );
    assert!(
        err(&o).contains("bad.idx: not a sitrep gazetteer index"),
        "{}",
        err(&o)
    );
    let o = run(
        home.path(),
        &[
            "gazetteer",
            "lookup",
            "Kidal",
            "--gazetteer",
            home.path().join("nope.idx").to_str().unwrap(),
        ],
    );
    assert!(err(&o).contains("nope.idx: no such file"), "{}", err(&o));
}

/// An acronym with small letters in it ("FAMa") is an organization's writing, never a
/// town's, even after a locative: « aux FAMa » is not a village called Fama, while « à
/// Fama » is.
#[test]
fn a_mixed_case_acronym_is_no_town_even_after_a_locative() {
    let home = tempfile::tempdir().unwrap();
    let idx = import_lines(
        home.path(),
        &[place(201, "Fama", "", 11.52, -5.69, "P", "PPL", 800)],
    );
    let places = |text: &str, lang: &str| -> Vec<String> {
        extract_with(home.path(), &idx, text, lang, &[])["mentions"]["places"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["text"].as_str().unwrap_or("").to_string())
            .collect()
    };
    for (text, lang) in [
        (
            "La MINUSMA a rétrocédé son camp aux FAMa le 5 novembre.",
            "fr",
        ),
        ("Jihadists fired at FAMa on Sunday.", "en"),
    ] {
        assert!(
            !places(text, lang).iter().any(|p| p.contains("FAMa")),
            "{text}"
        );
    }
    assert!(
        places("Des hommes armés ont attaqué un marché à Fama.", "fr")
            .iter()
            .any(|p| p.contains("Fama"))
    );
}

/// Namesakes in two regions: the area written after "in" ("the village of Tassoua in
/// the Mopti area", « dans la zone de Mopti ») picks the one it names, and the event is
/// placed at the village, not at the area that only locates it.
#[test]
fn the_area_after_in_picks_the_namesake_it_names() {
    let home = tempfile::tempdir().unwrap();
    // Invented villages of one name in Kayes (admin1 03, listed first) and Mopti (04).
    let idx = import_lines(
        home.path(),
        &[
            place_in(301, "Tassoua", "", 15.19, -11.05, "P", "PPL", 0, "ML", "03"),
            place_in(302, "Tassoua", "", 13.85, -3.75, "P", "PPL", 0, "ML", "04"),
        ],
    );
    for (text, lang) in [
        (
            "Gunmen attacked the village of Tassoua in the Mopti area on Saturday.",
            "en",
        ),
        (
            "Des hommes armés ont attaqué samedi le village de Tassoua dans la zone de Mopti.",
            "fr",
        ),
    ] {
        let doc = extract_with(home.path(), &idx, text, lang, &["--country", "ML"]);
        let loc = &doc["events"][0]["location"];
        assert_eq!(
            (loc["name"].as_str(), loc["lat"].as_f64()),
            (Some("Tassoua"), Some(13.85)),
            "{text}: {loc}"
        );
    }
}

/// A village's record with no district code shares the credit of the district written
/// after it with its commune's record at the same spot, and wins as a populated place
/// ("on the outskirts of Dialgourou, in the Bankoura circle": the village, not the
/// commune nor the district's seat). Invented places.
#[test]
fn a_village_beside_its_commune_takes_the_district_named_after_it() {
    let home = tempfile::tempdir().unwrap();
    let with_admin2 = |row: String, admin2: &str| {
        let mut cols: Vec<String> = row.split('\t').map(String::from).collect();
        cols[11] = admin2.to_string();
        cols.join("\t")
    };
    let idx = import_lines(
        home.path(),
        &[
            with_admin2(
                place_in(401, "Bankoura", "", 14.2, -3.0, "A", "ADM2", 0, "ML", "04"),
                "9901",
            ),
            with_admin2(
                place_in(
                    402, "Bankoura", "", 14.064, -3.075, "P", "PPLA2", 0, "ML", "04",
                ),
                "9901",
            ),
            with_admin2(
                place_in(
                    403,
                    "Dialgourou",
                    "",
                    14.45194,
                    -2.24194,
                    "A",
                    "ADM3",
                    0,
                    "ML",
                    "04",
                ),
                "9901",
            ),
            place_in(
                404,
                "Dialgorou",
                "Dialgourou",
                14.451,
                -2.24422,
                "P",
                "PPL",
                0,
                "ML",
                "04",
            ),
        ],
    );
    for (text, lang) in [
        (
            "Three children were killed on Monday when a landmine exploded on the outskirts of Dialgourou, in the Bankoura circle.",
            "en",
        ),
        (
            "Trois enfants ont été tués lundi par l'explosion d'une mine à la sortie de Dialgourou, dans le cercle de Bankoura.",
            "fr",
        ),
    ] {
        let doc = extract_with(home.path(), &idx, text, lang, &["--country", "ML"]);
        let loc = &doc["events"][0]["location"];
        assert_eq!(
            (loc["name"].as_str(), loc["lat"].as_f64()),
            (Some("Dialgorou"), Some(14.451)),
            "{text}: {loc}"
        );
    }
}

/// A river's one point in the gazetteer says nothing of where along it something
/// happened: a deed told on its bank is no other place than the village the report
/// set the event at, so the two sentences tell one event, placed at the village.
/// Invented places: the river's point lies 180 km from the village.
#[test]
fn a_river_bank_is_no_other_place() {
    let home = tempfile::tempdir().unwrap();
    let idx = import_lines(
        home.path(),
        &[
            place_in(401, "Tassiga", "", 13.2, 12.6, "P", "PPL", 0, "NE", "02"),
            place_in(402, "Kouara Yobé", "", 13.9, 11.2, "H", "STM", 0, "NE", ""),
        ],
    );
    for (text, lang) in [
        (
            "Gunmen killed four fishermen at Tassiga on Saturday, a local official said on Monday. \
             The men were drying fish on the bank of the Kouara Yobé river when gunmen arrived on foot and shot them, the official said.",
            "en",
        ),
        (
            "Des hommes armés ont tué samedi quatre pêcheurs à Tassiga, a indiqué lundi un élu local. \
             Les hommes faisaient sécher du poisson sur la rive de la Kouara Yobé quand des hommes armés sont arrivés à pied et les ont abattus, selon l'élu.",
            "fr",
        ),
    ] {
        let doc = extract_with(home.path(), &idx, text, lang, &["--country", "NE"]);
        let current: Vec<&Value> = doc["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["background"] != true)
            .collect();
        assert_eq!(current.len(), 1, "{text}: {current:#?}");
        assert_eq!(current[0]["location"]["name"], "Tassiga", "{text}");
    }
}
