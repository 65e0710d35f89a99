//! The gazetteer crate against small hand-written GeoNames-format fixtures (invented
//! places in an invented country ZZ), the embedded default, and — when
//! `../shared/data` is there — the full GeoNames dump of Mali.

use sitrep_core::fold::fold;
use sitrep_gazetteer::{
    Gazetteer, GazetteerError, ImportOptions, InputKind, Origin, Place, import, import_with,
};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn build(files: &[&str], dir: &Path) -> (Gazetteer, sitrep_gazetteer::ImportReport) {
    let out = dir.join("g.idx");
    let inputs: Vec<PathBuf> = files.iter().map(|f| fixture(f)).collect();
    let report = import_with(
        &inputs,
        &out,
        &ImportOptions {
            supplement: false,
            default_elsewhere: false,
        },
        |_| {},
    )
    .unwrap();
    (Gazetteer::load(&out).unwrap(), report)
}

fn ids(g: &Gazetteer, name: &str) -> Vec<u64> {
    g.lookup(&fold(name))
        .iter()
        .map(|&i| g.place(i).geonames_id)
        .collect()
}

fn by_id(g: &Gazetteer, id: u64) -> Place<'_> {
    g.places().find(|p| p.geonames_id == id).unwrap()
}

#[test]
fn parses_dumps_with_quotes_alternates_and_exonyms() {
    let dir = tempfile::tempdir().unwrap();
    let (g, r) = build(&["zz.txt"], dir.path());
    assert_eq!(r.files, 1);
    assert_eq!(r.inputs[0].kind, InputKind::Geonames);
    assert_eq!(r.places, 14);
    assert_eq!(r.duplicates, 1, "Kidal is listed twice");
    assert_eq!(g.len(), 14);
    let rata = by_id(&g, 1005);
    assert_eq!(rata.name, "Bir \"Rata\"");
    assert_eq!(ids(&g, "\"Rata\""), [1005]);
    assert_eq!(ids(&g, "Bir Rata"), [1005]);
    // Exonyms, any case.
    assert_eq!(ids(&g, "Tombouctou"), [1007]);
    assert_eq!(ids(&g, "TIMBUCTOO"), [1007]);
    let t = by_id(&g, 1007);
    assert_eq!(
        (t.class, t.code, t.country, t.population),
        ('P', "PPLA", "ZZ", 54000)
    );
    assert_eq!((t.lat, t.lon), (16.77, -3.01));
    assert!(!t.supplement);
    // A duplicate line adds its names to the first.
    assert_eq!(ids(&g, "Kidalis"), [1008]);
    assert_eq!(g.origin(), &Origin::File(dir.path().join("g.idx")));
    assert_eq!(g.meta().places, 14);
}

#[test]
fn folded_lookups_rank_populated_places_first() {
    let dir = tempfile::tempdir().unwrap();
    let (g, _) = build(&["zz.txt"], dir.path());
    for q in [
        "Tin-Essako",
        "tin essako",
        "TIN ESSAKO",
        "Tin  Essako",
        "Ti-n-Essako",
    ] {
        assert!(ids(&g, q).contains(&1001), "{q}");
    }
    // Accents and apostrophes.
    assert_eq!(ids(&g, "Anéfis"), [1003, 1004]);
    assert_eq!(ids(&g, "ANEFIS"), [1003, 1004]);
    assert_eq!(ids(&g, "N'Djamena Ville"), [1006]);
    assert_eq!(ids(&g, "N’Djaména ville"), [1006]);
    assert_eq!(ids(&g, "Ndjamena-Ville"), [1006]);
    // "Anefis i-n-Darane" is a name of the town, but "Anefis" does not match it fuzzily.
    assert_eq!(ids(&g, "Anefis i-n-Darane"), [1003]);
    // Populated places before the wadi of the same name; among them, the town named
    // Kidal before the bigger one that only has "Kidal" among its alternate names.
    assert_eq!(ids(&g, "Kidal"), [1008, 1017, 1009]);
    assert!(g.lookup("kida").is_empty());
    assert_eq!(ids(&g, "KID"), [1017]);
    assert!(g.lookup("").is_empty());
    assert!(
        g.lookup("nowhere").is_empty(),
        "line with a bad latitude skipped"
    );
}

#[test]
fn prefixes_extend_word_by_word() {
    let dir = tempfile::tempdir().unwrap();
    let (g, _) = build(&["zz.txt"], dir.path());
    assert!(g.is_prefix("tin"));
    assert!(g.is_prefix("tin essako"), "Tin Essako Oued");
    assert!(!g.is_prefix("tin essako oued"));
    assert!(!g.is_prefix("tin es"), "words are whole");
    assert!(g.is_prefix("kidal"), "Kidal Region");
    assert!(!g.is_prefix("timbuktu"));
    assert!(g.is_prefix("anefis i n"));
    assert!(!g.is_prefix(""));
    assert!(!g.is_prefix("zzz"));
    let mut n = 0;
    g.for_each_name(|k, ps| {
        assert_eq!(k, fold(k));
        assert!(!ps.is_empty());
        n += 1;
    });
    assert_eq!(n, g.name_count());
}

#[test]
fn admin_names_from_adm_features() {
    let dir = tempfile::tempdir().unwrap();
    let (g, r) = build(&["zz.txt"], dir.path());
    assert_eq!(g.admin1_name("ZZ", "10"), Some("Kidal"));
    assert_eq!(g.admin1_name("ZZ", "08"), Some("Tombouctou"));
    assert_eq!(g.admin1_name("ZZ", "05"), Some("Segou"));
    assert_eq!(g.admin2_name("ZZ", "10", "2001"), Some("Kidal"));
    assert_eq!(g.admin1_name("ZZ", "99"), None);
    assert_eq!(g.admin1_name("ZZ", ""), None);
    assert_eq!(g.admin2_name("ZZ", "10", ""), None);
    // sitrep's reference tables come with every index: ACLED's region names, countries.
    assert_eq!(g.admin1_name("ML", "10"), Some("Kidal"));
    assert_eq!(g.admin1_name("BF", "09"), Some("Hauts-Bassins"));
    assert_eq!(g.country_name("ML"), Some("Mali"));
    assert_eq!(g.country_name("ZZ"), None);
    assert!(r.admin1 >= 3 && r.admin2 == 1);
    let hits: Vec<_> = g.admin1_by_name("tombouctou").collect();
    assert!(hits.contains(&("ZZ", "08", "Tombouctou")), "{hits:?}");
    let tin = g.lookup("tin essako")[0];
    assert_eq!(g.admin_of(tin), (Some("Kidal"), Some("Kidal")));
}

#[test]
fn admin_code_files_win_over_features() {
    let dir = tempfile::tempdir().unwrap();
    let (g, r) = build(
        &["zz.txt", "admin1CodesASCII.txt", "admin2Codes.txt"],
        dir.path(),
    );
    let kinds: Vec<_> = r.inputs.iter().map(|i| i.kind).collect();
    assert_eq!(
        kinds,
        [
            InputKind::Geonames,
            InputKind::Admin1Codes,
            InputKind::Admin2Codes
        ]
    );
    assert_eq!(g.admin1_name("ZZ", "08"), Some("Timbuktu"));
    assert_eq!(g.admin1_name("ZZ", "10"), Some("Kidal"));
    assert_eq!(g.admin2_name("ZZ", "10", "2001"), Some("Kidalville"));
    let bad: Vec<_> = r
        .skipped
        .iter()
        .filter(|s| s.file.ends_with("admin1CodesASCII.txt"))
        .collect();
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].line, 3);
}

#[test]
fn malformed_lines_are_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let (_, r) = build(&["zz.txt"], dir.path());
    let lines: Vec<(usize, &str)> = r
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.as_str()))
        .collect();
    assert_eq!(r.skipped_total, 4, "{lines:?}");
    assert_eq!(r.inputs[0].skipped, 4);
    assert_eq!(lines[0].0, 15);
    assert!(
        lines[0].1.contains("expected 19 tab-separated columns"),
        "{lines:?}"
    );
    assert_eq!(lines[1].0, 16);
    assert!(lines[1].1.contains("latitude out of range"));
    assert_eq!(lines[2].0, 17);
    assert!(lines[2].1.contains("longitude is not a number"));
    assert_eq!(lines[3].0, 18);
    assert!(lines[3].1.contains("geonameid"));
    let shown = r.skipped[0].to_string();
    assert!(
        shown.ends_with(
            "zz.txt:15: expected 19 tab-separated columns (GeoNames dump format), found 1"
        ),
        "{shown}"
    );
}

#[test]
fn polygons_give_admin_areas() {
    let dir = tempfile::tempdir().unwrap();
    let (g, r) = build(&["zz.txt", "admin.geojson"], dir.path());
    assert_eq!(r.polygons, 4);
    assert!(g.has_polygons());
    let geo = r
        .inputs
        .iter()
        .find(|i| i.kind == InputKind::Geojson)
        .unwrap();
    assert_eq!((geo.records, geo.skipped), (4, 1));
    assert!(
        r.skipped
            .iter()
            .any(|s| s.line == 5 && s.reason.contains("locality"))
    );
    assert_eq!(
        g.admin_at(18.45, 2.49),
        Some((Some("Kidal"), Some("Tin-Essako")))
    );
    // admin_level 6, parent found by containment, accents dropped.
    assert_eq!(
        g.admin_at(20.0, 1.0),
        Some((Some("Kidal"), Some("Abeibara")))
    );
    // The second part of a MultiPolygon.
    assert_eq!(g.admin_at(10.5, 10.5), Some((Some("Kidal"), None)));
    // "Timbuktu" in the polygon file is the admin1 area called Tombouctou.
    assert_eq!(g.admin_at(16.77, -3.01), Some((Some("Tombouctou"), None)));
    assert_eq!(g.admin_at(0.0, 0.0), None);
    // A place's admin areas: polygons first, codes for what they do not say.
    let tin = g.lookup("tin essako")[0];
    assert_eq!(g.admin_of(tin), (Some("Kidal"), Some("Tin-Essako")));
    let tim = g.lookup("timbuktu")[0];
    assert_eq!(g.admin_of(tim), (Some("Tombouctou"), None));
    // With the admin1 codes file, ZZ.08 is called Timbuktu, and the polygon is matched to
    // it (its ADM1 feature lies inside) rather than to Mali's Tombouctou.
    let dir2 = tempfile::tempdir().unwrap();
    let (g, _) = build(
        &["zz.txt", "admin1CodesASCII.txt", "admin.geojson"],
        dir2.path(),
    );
    assert_eq!(g.admin_at(16.77, -3.01), Some((Some("Timbuktu"), None)));
}

/// A country's polygons are its own places' areas only: a border drawn coarsely takes in
/// a town across it (YY's Gao lies inside ZZ's Timbuktu square here), and that town keeps
/// what its own codes say. A point asked alone still gets the polygon's.
#[test]
fn polygons_name_the_areas_of_their_own_countrys_places() {
    let dir = tempfile::tempdir().unwrap();
    let (g, _) = build(&["zz.txt", "yy.txt", "admin.geojson"], dir.path());
    let gao = g.lookup("gao")[0];
    assert_eq!(g.place(gao).country, "YY");
    assert_ne!(g.admin_of(gao).0, Some("Tombouctou"));
    assert_eq!(g.admin_at(16.27, -0.04), Some((Some("Tombouctou"), None)));
    let tim = g.lookup("timbuktu")[0];
    assert_eq!(g.admin_of(tim), (Some("Tombouctou"), None));
}

#[test]
fn a_failed_import_keeps_the_old_index() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.idx");
    import(&[fixture("zz.txt")], &out, |_| {}).unwrap();
    let before = std::fs::read(&out).unwrap();
    let missing = dir.path().join("missing.txt");
    let e = import(&[fixture("yy.txt"), missing.clone()], &out, |_| {}).unwrap_err();
    assert_eq!(
        e,
        GazetteerError::Missing {
            path: missing.display().to_string()
        }
    );
    assert!(e.to_string().contains("missing.txt: no such file"));
    let garbage = dir.path().join("garbage.txt");
    std::fs::write(&garbage, "hello\nworld\n").unwrap();
    let e = import(&[garbage], &out, |_| {}).unwrap_err().to_string();
    assert!(
        e.contains("garbage.txt: not a GeoNames dump file: no valid line (line 1: expected 19"),
        "{e}"
    );
    let zip = dir.path().join("ML.zip");
    std::fs::write(&zip, b"PK\x03\x04\0\0rest").unwrap();
    let e = import(&[zip], &out, |_| {}).unwrap_err().to_string();
    assert!(e.contains("ML.zip: a zip archive: unzip it first"), "{e}");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let e = import(&[empty], &out, |_| {}).unwrap_err().to_string();
    assert!(e.contains("empty.txt: empty file"), "{e}");
    let e = import(&[fixture("admin1CodesASCII.txt")], &out, |_| {}).unwrap_err();
    assert!(matches!(e, GazetteerError::Empty { .. }), "{e}");
    let bad_json = dir.path().join("bad.geojson");
    std::fs::write(
        &bad_json,
        "{\"type\": \"FeatureCollection\",\n \"features\": [}",
    )
    .unwrap();
    let e = import(&[fixture("zz.txt"), bad_json], &out, |_| {})
        .unwrap_err()
        .to_string();
    assert!(e.contains("bad.geojson:2: not JSON"), "{e}");
    assert_eq!(
        std::fs::read(&out).unwrap(),
        before,
        "the old index is untouched"
    );
    let g = Gazetteer::load(&out).unwrap();
    assert!(g.lookup("gao").iter().all(|&i| g.place(i).country != "ZZ"));
    // No temporary files left behind.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".gazetteer-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn importing_again_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("sub/dir/g.idx");
    let r = import(&[fixture("zz.txt")], &out, |_| {}).unwrap();
    assert!(r.supplement > 0, "sitrep's supplement is merged by default");
    let g = Gazetteer::load(&out).unwrap();
    assert!(!g.lookup("kidal").is_empty());
    let ber = g.lookup("ber");
    assert!(ber.iter().any(|&i| g.place(i).supplement));
    let mut seen = Vec::new();
    let r2 = import(&[fixture("yy.txt")], &out, |p| seen.push(format!("{p:?}"))).unwrap();
    assert_eq!(r2.bytes, std::fs::metadata(&out).unwrap().len());
    assert!(seen.iter().any(|s| s.contains("File")) && seen.iter().any(|s| s.contains("writing")));
    let g2 = Gazetteer::load(&out).unwrap();
    assert!(
        g2.lookup("kidal")
            .iter()
            .all(|&i| g2.place(i).country != "ZZ"),
        "ZZ's Kidal is gone"
    );
    assert_eq!(g2.place(g2.lookup("gawgaw")[0]).geonames_id, 2001);
    assert_eq!(g2.len(), 2 + r2.supplement + r2.default_elsewhere);
}

/// A dump of one country keeps the built-in towns of Mali, Burkina Faso and Niger that
/// it does not cover (not the built-in world cities), unless asked not to.
#[test]
fn a_one_country_dump_keeps_the_neighbours_built_in_towns() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.idx");
    let r = import(&[fixture("zz.txt")], &out, |_| {}).unwrap();
    assert!(r.default_elsewhere > 100, "{}", r.default_elsewhere);
    let g = Gazetteer::load(&out).unwrap();
    let country = |name: &str| -> Vec<String> {
        g.lookup(&fold(name))
            .iter()
            .map(|&i| g.place(i).country.to_string())
            .collect()
    };
    assert!(country("Niamey").contains(&"NE".to_string()));
    assert!(country("Djibo").contains(&"BF".to_string()));
    // (A world capital the default has, but no neighbour's.)
    assert!(country("Antananarivo").is_empty());
    let out2 = dir.path().join("g2.idx");
    let opts = ImportOptions {
        supplement: true,
        default_elsewhere: false,
    };
    let r2 = import_with(&[fixture("zz.txt")], &out2, &opts, |_| {}).unwrap();
    assert_eq!(r2.default_elsewhere, 0);
    let g2 = Gazetteer::load(&out2).unwrap();
    assert!(g2.lookup("niamey").is_empty());
}

#[test]
fn corrupt_indexes_are_refused_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.idx");
    import(&[fixture("zz.txt")], &out, |_| {}).unwrap();
    let good = std::fs::read(&out).unwrap();
    let p = dir.path().join("bad.idx");
    let load = |bytes: &[u8]| {
        std::fs::write(&p, bytes).unwrap();
        Gazetteer::load(&p).unwrap_err().to_string()
    };
    let e = load(&good[..good.len() - 10]);
    assert!(
        e.contains("bad.idx: truncated or corrupt gazetteer index (truncated"),
        "{e}"
    );
    assert!(e.contains("re-import"), "{e}");
    let e = load(&good[..60]);
    assert!(e.contains("truncated"), "{e}");
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x55;
    let e = load(&flipped);
    assert!(e.contains("checksum mismatch"), "{e}");
    let mut v2 = good.clone();
    v2[8] = 99;
    let e = load(&v2);
    assert!(e.contains("format 99") && e.contains("re-import"), "{e}");
    let e = load(b"Kidal\t18.44\t1.41\n");
    assert!(e.contains("bad.idx: not a sitrep gazetteer index"), "{e}");
    let e = load(b"");
    assert!(e.contains("not a sitrep gazetteer index"), "{e}");
    let e = Gazetteer::load(&dir.path().join("nope.idx"))
        .unwrap_err()
        .to_string();
    assert!(e.ends_with("nope.idx: no such file"), "{e}");
}

#[test]
fn the_embedded_default_knows_the_sahel_and_capitals() {
    let t = Instant::now();
    let g = Gazetteer::embedded();
    let took = t.elapsed();
    assert_eq!(g.origin(), &Origin::Embedded);
    assert!(g.len() > 2000, "{}", g.len());
    let first = |name: &str| {
        g.place(
            *g.lookup(&fold(name))
                .first()
                .unwrap_or_else(|| panic!("{name}")),
        )
    };
    let kidal = first("Kidal");
    assert_eq!((kidal.country, kidal.admin1_code), ("ML", "10"));
    assert!(sitrep_gazetteer::geo::haversine_km(kidal.lat, kidal.lon, 18.441, 1.407) < 5.0);
    assert_eq!(
        g.admin1_name(kidal.country, kidal.admin1_code),
        Some("Kidal")
    );
    assert_eq!(g.country_name("ML"), Some("Mali"));
    assert_eq!(first("Gao").admin1_code, "09");
    assert_eq!(first("Tessalit").country, "ML");
    let anefis = first("Anéfis");
    assert!((anefis.lat - 18.05).abs() < 0.05 && (anefis.lon - 0.61).abs() < 0.05);
    assert_eq!(g.admin1_name("ML", anefis.admin1_code), Some("Kidal"));
    assert_eq!(
        first("Tombouctou").geonames_id,
        first("Timbuktu").geonames_id
    );
    assert_eq!(
        g.admin1_name("ML", first("Tombouctou").admin1_code),
        Some("Tombouctou")
    );
    assert_eq!(first("Bamako").code, "PPLC");
    let (ber, tim) = (first("Ber"), first("Timbuktu"));
    assert!(ber.supplement && ber.geonames_id == 0);
    let d = sitrep_gazetteer::geo::haversine_km(tim.lat, tim.lon, ber.lat, ber.lon);
    assert!(
        ber.lon > tim.lon && (45.0..70.0).contains(&d),
        "Ber is ~57 km east of Timbuktu: {d}"
    );
    let paris = first("Paris");
    assert_eq!((paris.country, paris.code), ("FR", "PPLC"));
    for name in [
        "Moscow",
        "Algiers",
        "Ankara",
        "Abidjan",
        "Ouagadougou",
        "Niamey",
        "Ber",
        "Léré",
        "Boni",
        "Dioura",
        "Hombori",
        "Tin-Zaouatene",
        "Andéramboukane",
        "Tin-Essako",
        "Aguelhoc",
        "Menaka",
    ] {
        assert!(!g.lookup(&fold(name)).is_empty(), "{name}");
    }
    assert_eq!(
        g.admin1_name("ML", first("Ménaka").admin1_code),
        Some("Menaka")
    );
    assert!(g.is_prefix("tin"));
    assert_eq!(g.admin_at(18.44, 1.41), None, "no polygons in the default");
    // Parsed once, quickly (debug builds are slower; this is not a benchmark).
    assert!(took.as_secs_f64() < 2.0, "{took:?}");
    assert!(std::ptr::eq(g, Gazetteer::embedded()));
}

/// The full GeoNames dump of Mali and the Who's On First polygons, when the development
/// data is there (a fresh clone has no ../shared).
#[test]
fn the_mali_dump_when_available() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    let ml = data.join("geonames/ML.txt");
    let wof = data.join("whosonfirst/mali_regions_cercles.geojson");
    if !ml.exists() || !wof.exists() {
        eprintln!("skipped: {} not found", ml.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ml.idx");
    let r = import(&[ml, wof], &out, |_| {}).unwrap();
    assert!(r.places > 24_000, "{}", r.places);
    assert_eq!(r.skipped_total, 0, "{:?}", r.skipped.first());
    assert_eq!(r.polygons, 59);
    let t = Instant::now();
    let g = Gazetteer::load(&out).unwrap();
    let took = t.elapsed();
    assert!(took.as_secs_f64() < 1.0, "loading took {took:?}");
    let anefis: Vec<Place> = g.lookup("anefis").iter().map(|&i| g.place(i)).collect();
    assert!(anefis.len() >= 2, "{anefis:?}");
    assert_eq!(anefis[0].class, 'P', "the town first: {anefis:?}");
    assert!(
        anefis.iter().any(|p| p.code == "WLL"),
        "and a well: {anefis:?}"
    );
    assert_eq!(
        g.admin_at(18.441, 1.407),
        Some((Some("Kidal"), Some("Kidal")))
    );
    assert_eq!(g.admin_of(anefis[0].idx).0, Some("Kidal"));
    let tessalit = g.place(g.lookup("tessalit")[0]);
    assert_eq!(
        g.admin_at(tessalit.lat, tessalit.lon),
        Some((Some("Kidal"), Some("Tessalit")))
    );
    // Timbuktu is "Timbuktu" in the polygon file and "Tombouctou" for ACLED.
    let tim = g.place(g.lookup("tombouctou")[0]);
    assert_eq!(tim.class, 'P');
    assert_eq!(
        g.admin_at(tim.lat, tim.lon),
        Some((Some("Tombouctou"), Some("Tombouctou")))
    );
    assert_eq!(g.admin1_name("ML", "08"), Some("Tombouctou"));
    assert_eq!(g.admin1_name("ML", "12070577"), Some("Menaka"));
    assert_eq!(g.admin2_name("ML", "10", "8631542"), Some("Tessalit"));
    assert!(
        !g.lookup("tin essako").is_empty(),
        "through the supplement's names"
    );
    assert!(g.is_prefix("tin"));
    // The supplement's coordinates (public sources) agree with GeoNames where GeoNames
    // has the place.
    let e = Gazetteer::embedded();
    let mut checked = 0;
    for p in e.places().filter(|p| p.supplement && p.geonames_id != 0) {
        if let Some(q) = g.places().find(|q| q.geonames_id == p.geonames_id) {
            let d = sitrep_gazetteer::geo::haversine_km(p.lat, p.lon, q.lat, q.lon);
            assert!(d < 5.0, "{} is {d:.1} km from GeoNames' {}", p.name, q.name);
            checked += 1;
        }
    }
    assert!(checked >= 5, "{checked}");
}

#[test]
fn near_spellings_prefer_an_i_written_y() {
    let dir = tempfile::tempdir().unwrap();
    let (g, _) = build(&["fuzzy.txt"], dir.path());
    let cost_of = |name: &str| -> Vec<(u64, u32)> {
        let mut v: Vec<(u64, u32)> = g
            .lookup_fuzzy(name)
            .iter()
            .map(|&(p, c)| (g.place(p).geonames_id, c))
            .collect();
        v.sort();
        v
    };
    // "Diabaly" is one edit from the village Diabal (a letter dropped) and from Diabali
    // (y for i, also one of its alternates' deletion): the transcription variant is the
    // closer one, whatever else also matches.
    assert_eq!(cost_of("diabaly"), [(2001, 1), (2002, 2)]);
    // Any other single edit costs 2.
    assert_eq!(cost_of("tabakort"), [(2003, 2)]);
    assert!(
        cost_of("tabankort").is_empty(),
        "an exact name is no near-spelling"
    );
}
