//! Reading the input formats: GeoNames dump lines (19 tab-separated columns; quotes are
//! literal, never CSV quoting), `admin1CodesASCII.txt`, `admin2Codes.txt`,
//! `countryInfo.txt`, and GeoJSON admin polygons (Who's On First or `admin_level` style).

use serde_json::Value;

/// One place line of a GeoNames dump, borrowed from the line.
#[derive(Debug, Clone, PartialEq)]
pub struct DumpRow<'a> {
    pub id: u64,
    pub name: &'a str,
    pub ascii: &'a str,
    pub alternates: &'a str,
    pub lat: f64,
    pub lon: f64,
    pub class: u8,
    pub code: &'a str,
    pub country: &'a str,
    pub admin1: &'a str,
    pub admin2: &'a str,
    pub population: u64,
}

impl<'a> DumpRow<'a> {
    /// The alternate names, trimmed, empty ones dropped.
    pub fn alternates(&self) -> impl Iterator<Item = &'a str> + 'a {
        sitrep_core::lexicon::split_ascii(self.alternates, b',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
}

pub const DUMP_COLUMNS: usize = 19;
const CLASSES: &[u8] = b"AHLPRSTUV";

/// Parses one GeoNames dump line (without its line ending). The error says what is wrong
/// with the line, for a `file:line: reason` report.
pub fn dump_line(line: &str) -> Result<DumpRow<'_>, String> {
    // The columns in place, without a vector per line (the embedded default has
    // thousands of lines, parsed at every start).
    let mut cols = [""; DUMP_COLUMNS];
    let mut found = 0;
    for c in sitrep_core::lexicon::split_ascii(line, b'\t') {
        if let Some(slot) = cols.get_mut(found) {
            *slot = c;
        }
        found += 1;
    }
    if found != DUMP_COLUMNS {
        return Err(format!(
            "expected {DUMP_COLUMNS} tab-separated columns (GeoNames dump format), found {found}"
        ));
    }
    let id = cols[0]
        .trim()
        .parse::<u64>()
        .map_err(|_| format!("geonameid is not a number: {:?}", cols[0]))?;
    let name = cols[1].trim();
    if name.is_empty() {
        return Err("empty name".into());
    }
    if name.len() > u16::MAX as usize {
        return Err("name too long".into());
    }
    let ascii = match cols[2].trim() {
        "" => name,
        a if a.len() > u16::MAX as usize => return Err("asciiname too long".into()),
        a => a,
    };
    let lat = coord(cols[4], "latitude", 90.0)?;
    let lon = coord(cols[5], "longitude", 180.0)?;
    let class = match cols[6].trim().as_bytes() {
        [] => b' ',
        [c] if CLASSES.contains(c) => *c,
        _ => {
            return Err(format!(
                "feature class {:?} is not one of A, H, L, P, R, S, T, U, V",
                cols[6]
            ));
        }
    };
    let code = short(cols[7], "feature code")?;
    let country = cols[8].trim();
    if !(country.is_empty()
        || (country.len() == 2 && country.bytes().all(|b| b.is_ascii_alphabetic())))
    {
        return Err(format!("country code {country:?} is not two letters"));
    }
    let admin1 = short(cols[10], "admin1 code")?;
    let admin2 = short(cols[11], "admin2 code")?;
    let population = match cols[14].trim() {
        "" => 0,
        p => p
            .parse::<u64>()
            .map_err(|_| format!("population is not a whole number: {p:?}"))?,
    };
    Ok(DumpRow {
        id,
        name,
        ascii,
        alternates: cols[3],
        lat,
        lon,
        class,
        code,
        country,
        admin1,
        admin2,
        population,
    })
}

fn coord(s: &str, what: &str, max: f64) -> Result<f64, String> {
    let v = s
        .trim()
        .parse::<f64>()
        .map_err(|_| format!("{what} is not a number: {s:?}"))?;
    if !v.is_finite() || v.abs() > max {
        return Err(format!("{what} out of range: {s}"));
    }
    Ok(v)
}

fn short<'a>(s: &'a str, what: &str) -> Result<&'a str, String> {
    let s = s.trim();
    if s.len() > u8::MAX as usize {
        return Err(format!("{what} too long"));
    }
    Ok(s)
}

/// One line of `admin1CodesASCII.txt` (`CC.code`, name, asciiname, geonameid) or of
/// sitrep's `admin1.tsv` (same, plus other names): (country, code, name, aliases).
pub fn admin1_line(line: &str) -> Result<(&str, &str, &str, Vec<&str>), String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if !(2..=5).contains(&cols.len()) {
        return Err(format!(
            "expected 4 tab-separated columns (CC.code, name, asciiname, geonameid), found {}",
            cols.len()
        ));
    }
    let (country, code) = cols[0]
        .trim()
        .split_once('.')
        .ok_or_else(|| format!("{:?} is not a CC.code admin1 key", cols[0]))?;
    check_key(country, &[code])?;
    let name = best_name(cols[1], cols.get(2).copied().unwrap_or(""))?;
    let aliases = cols
        .get(4)
        .map(|a| {
            a.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    Ok((country, code, name, aliases))
}

/// One line of `admin2Codes.txt` (`CC.admin1.admin2`, name, asciiname, geonameid).
pub fn admin2_line(line: &str) -> Result<(&str, &str, &str, &str), String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if !(2..=4).contains(&cols.len()) {
        return Err(format!(
            "expected 4 tab-separated columns (CC.admin1.admin2, name, asciiname, geonameid), found {}",
            cols.len()
        ));
    }
    let mut key = cols[0].trim().splitn(3, '.');
    let (Some(country), Some(a1), Some(a2)) = (key.next(), key.next(), key.next()) else {
        return Err(format!("{:?} is not a CC.admin1.admin2 key", cols[0]));
    };
    check_key(country, &[a1, a2])?;
    let name = best_name(cols[1], cols.get(2).copied().unwrap_or(""))?;
    Ok((country, a1, a2, name))
}

fn check_key(country: &str, codes: &[&str]) -> Result<(), String> {
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(format!("country code {country:?} is not two letters"));
    }
    if codes.iter().any(|c| c.is_empty() || c.len() > 255) {
        return Err("empty or overlong admin code".into());
    }
    Ok(())
}

/// The name column, or the ASCII name when the name is empty.
fn best_name<'a>(name: &'a str, ascii: &'a str) -> Result<&'a str, String> {
    let n = if name.trim().is_empty() {
        ascii.trim()
    } else {
        name.trim()
    };
    if n.is_empty() {
        Err("empty name".into())
    } else {
        Ok(n)
    }
}

/// One line of GeoNames' `countryInfo.txt` (ISO, ISO3, ISO-Numeric, fips, Country, …):
/// (ISO2, name).
pub fn country_line(line: &str) -> Result<(&str, &str), String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() < 5 {
        return Err(format!(
            "expected at least 5 tab-separated columns (ISO, ISO3, ISO-Numeric, fips, Country), found {}",
            cols.len()
        ));
    }
    let iso = cols[0].trim();
    if iso.len() != 2 || !iso.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(format!("country code {iso:?} is not two letters"));
    }
    let name = cols[4].trim();
    if name.is_empty() {
        return Err("empty country name".into());
    }
    Ok((iso, name))
}

/// An admin polygon read from GeoJSON, before its names are resolved.
#[derive(Debug, Clone)]
pub struct RawPolygon {
    pub level: u8,
    pub name: String,
    pub id: Option<u64>,
    pub parent_id: Option<u64>,
    /// Polygons, each a list of rings of [lon, lat] points, outer ring first.
    pub parts: Vec<Vec<Vec<[f64; 2]>>>,
}

/// Polygons read from a GeoJSON file, and the features skipped: (number, reason).
pub type GeojsonPolygons = (Vec<RawPolygon>, Vec<(usize, String)>);

/// Reads the admin polygons of a GeoJSON FeatureCollection (or a single Feature).
/// Levels come from Who's On First `placetype` (region → 1, county → 2; also
/// `wof:placetype`) or OpenStreetMap `admin_level` (3–4 → 1, 5–6 → 2). Returns the
/// polygons and, for features that are skipped, (feature number, reason).
pub fn geojson(text: &str) -> Result<GeojsonPolygons, (usize, String)> {
    let v: Value = serde_json::from_str(text).map_err(|e| (e.line(), format!("not JSON: {e}")))?;
    let features: Vec<&Value> = match v.get("type").and_then(Value::as_str) {
        Some("FeatureCollection") => v
            .get("features")
            .and_then(Value::as_array)
            .ok_or((0, "a FeatureCollection without \"features\"".to_string()))?
            .iter()
            .collect(),
        Some("Feature") => vec![&v],
        _ => {
            return Err((
                0,
                "not a GeoJSON FeatureCollection or Feature (no \"type\")".into(),
            ));
        }
    };
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for (i, f) in features.iter().enumerate() {
        let n = i + 1;
        let props = f.get("properties").unwrap_or(&Value::Null);
        let prop = |keys: &[&str]| {
            keys.iter()
                .find_map(|k| props.get(*k))
                .filter(|v| !v.is_null())
        };
        let name = prop(&["name", "wof:name", "name:en", "NAME"])
            .and_then(Value::as_str)
            .map(str::trim)
            .unwrap_or("");
        let label = if name.is_empty() {
            format!("feature {n}")
        } else {
            format!("feature {n} ({name})")
        };
        let level = match (
            prop(&["placetype", "wof:placetype"]).and_then(Value::as_str),
            prop(&["admin_level"]).and_then(|v| {
                v.as_u64()
                    .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
            }),
        ) {
            (Some("region"), _) => 1,
            (Some("county"), _) => 2,
            (_, Some(3 | 4)) => 1,
            (_, Some(5 | 6)) => 2,
            (Some(t), _) => {
                skipped.push((
                    n,
                    format!("{label}: placetype {t:?} is neither region nor county"),
                ));
                continue;
            }
            (None, Some(l)) => {
                skipped.push((n, format!("{label}: admin_level {l} is not 3-6")));
                continue;
            }
            (None, None) => {
                skipped.push((n, format!("{label}: no placetype or admin_level property")));
                continue;
            }
        };
        if name.is_empty() {
            skipped.push((n, format!("{label}: no name")));
            continue;
        }
        let id_of = |keys: &[&str]| {
            prop(keys).and_then(|v| {
                v.as_u64()
                    .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
            })
        };
        let geom = f.get("geometry").unwrap_or(&Value::Null);
        let coords = geom.get("coordinates");
        let parts = match (geom.get("type").and_then(Value::as_str), coords) {
            (Some("Polygon"), Some(c)) => polygon(c).map(|p| vec![p]),
            (Some("MultiPolygon"), Some(Value::Array(ps))) => ps.iter().map(polygon).collect(),
            _ => None,
        };
        match parts {
            Some(parts) if !parts.is_empty() => out.push(RawPolygon {
                level,
                name: name.to_string(),
                id: id_of(&["wof_id", "wof:id", "id"]),
                parent_id: id_of(&["parent_id", "wof:parent_id"]),
                parts,
            }),
            _ => skipped.push((
                n,
                format!("{label}: no valid Polygon or MultiPolygon geometry"),
            )),
        }
    }
    Ok((out, skipped))
}

fn polygon(v: &Value) -> Option<Vec<Vec<[f64; 2]>>> {
    let rings = v.as_array()?;
    let out: Option<Vec<Vec<[f64; 2]>>> = rings
        .iter()
        .map(|r| {
            r.as_array()?
                .iter()
                .map(|p| {
                    let p = p.as_array()?;
                    let (x, y) = (p.first()?.as_f64()?, p.get(1)?.as_f64()?);
                    (x.abs() <= 180.0 && y.abs() <= 90.0).then_some([x, y])
                })
                .collect()
        })
        .collect();
    out.filter(|rs| !rs.is_empty() && rs.iter().all(|r| r.len() >= 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(cols: &[&str]) -> String {
        cols.join("\t")
    }

    #[test]
    fn dump_lines_with_literal_quotes() {
        let l = line(&[
            "42",
            "Bir \"Rata\"",
            "Bir \"Rata\"",
            "\"Rata\",Bir Rata",
            "18.5",
            "-1.25",
            "H",
            "WLL",
            "ML",
            "",
            "08",
            "",
            "",
            "",
            "",
            "",
            "312",
            "Africa/Bamako",
            "2024-01-01",
        ]);
        let r = dump_line(&l).unwrap();
        assert_eq!(r.name, "Bir \"Rata\"");
        assert_eq!(r.alternates().collect::<Vec<_>>(), ["\"Rata\"", "Bir Rata"]);
        assert_eq!(
            (r.lat, r.lon, r.class, r.population),
            (18.5, -1.25, b'H', 0)
        );
    }

    #[test]
    fn bad_dump_lines_say_why() {
        let ok = [
            "1", "A", "A", "", "1", "2", "P", "PPL", "ML", "", "", "", "", "", "10", "", "", "", "",
        ];
        assert!(dump_line(&line(&ok)).is_ok());
        let with = |i: usize, v: &str| {
            let mut c = ok.to_vec();
            c[i] = v;
            dump_line(&line(&c)).unwrap_err()
        };
        assert!(with(0, "x1").contains("geonameid"));
        assert!(with(4, "91").contains("latitude out of range"));
        assert!(with(5, "east").contains("longitude is not a number"));
        assert!(with(6, "Q").contains("feature class"));
        assert!(with(8, "MLI").contains("country code"));
        assert!(with(14, "-3").contains("population"));
        assert!(with(1, " ").contains("empty name"));
        assert!(dump_line("1\tA\tA").unwrap_err().contains("found 3"));
    }

    #[test]
    fn admin_code_lines() {
        assert_eq!(
            admin1_line("ML.10\tKidal\tKidal\t2597449").unwrap(),
            ("ML", "10", "Kidal", vec![])
        );
        assert_eq!(
            admin1_line("ML.08\tTombouctou\tTombouctou\t\tTimbuktu, Tumbuktu")
                .unwrap()
                .3,
            ["Timbuktu", "Tumbuktu"]
        );
        assert_eq!(
            admin2_line("ML.10.7701465\tKidal\tKidal\t7701465").unwrap(),
            ("ML", "10", "7701465", "Kidal")
        );
        assert!(admin1_line("ML10\tKidal\tKidal\t1").is_err());
        assert!(admin2_line("ML.10\tKidal\tKidal\t1").is_err());
        assert_eq!(
            country_line("ML\tMLI\t466\tML\tMali\tBamako").unwrap(),
            ("ML", "Mali")
        );
    }
}
