//! The types an index's builder shares with `build.rs` (which compiles the builder to
//! make the embedded default at build time, see `embedded.rs`): the error type and what
//! an index says about itself. Kept free of the rest of the crate so that the build
//! script can include this file as is.

use serde::{Deserialize, Serialize};

/// What can go wrong reading or building an index. Every message names the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GazetteerError {
    #[error("{path}: no such file")]
    Missing { path: String },
    #[error("{path}: {reason}")]
    Io { path: String, reason: String },
    #[error(
        "{path}: not a sitrep gazetteer index (build one with `sitrep gazetteer import FILE...`)"
    )]
    NotAnIndex { path: String },
    #[error(
        "{path}: truncated or corrupt gazetteer index ({reason}): re-import it with `sitrep gazetteer import`"
    )]
    Corrupt { path: String, reason: String },
    #[error(
        "{path}: gazetteer index format {found}, this sitrep reads format {expected}: re-import it with `sitrep gazetteer import`"
    )]
    Version {
        path: String,
        found: u32,
        expected: u32,
    },
    /// An input file that cannot be imported at all (lines that are merely malformed are
    /// skipped and reported instead, see [`crate::SkippedLine`]).
    #[error("{}", fmt_input(path, *line, reason))]
    Input {
        path: String,
        line: usize,
        reason: String,
    },
    #[error("{path}: cannot write the index: {reason}")]
    Write { path: String, reason: String },
    #[error("no places in {inputs}: nothing written")]
    Empty { inputs: String },
}

fn fmt_input(path: &str, line: usize, reason: &str) -> String {
    if line > 0 {
        format!("{path}:{line}: {reason}")
    } else {
        format!("{path}: {reason}")
    }
}

/// What an index says about itself (the `meta` section).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct IndexMeta {
    /// The sitrep version that built it.
    pub built_by: String,
    /// Seconds since the Unix epoch (0 for the embedded default).
    pub created_unix: u64,
    pub inputs: Vec<InputSummary>,
    /// Whether sitrep's supplement (`data/gazetteer/supplement.tsv`) was merged in.
    pub supplement: bool,
    pub places: usize,
    /// Distinct folded names.
    pub names: usize,
    /// (name, place) pairs.
    pub postings: usize,
    pub admin1: usize,
    pub admin2: usize,
    pub polygons: usize,
}

/// What an input file is, by name and content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    /// A GeoNames dump (`ML.txt`, `cities500.txt`, `allCountries.txt`): 19 columns.
    Geonames,
    /// `admin1CodesASCII.txt`: `CC.code`, name, asciiname, geonameid.
    Admin1Codes,
    /// `admin2Codes.txt`: `CC.admin1.admin2`, name, asciiname, geonameid.
    Admin2Codes,
    /// `countryInfo.txt`: ISO, ISO3, ISO-Numeric, fips, Country, ….
    CountryInfo,
    /// GeoJSON admin polygons (Who's On First `placetype`, or `admin_level`).
    Geojson,
}

impl std::fmt::Display for InputKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            InputKind::Geonames => "GeoNames dump",
            InputKind::Admin1Codes => "admin1 codes",
            InputKind::Admin2Codes => "admin2 codes",
            InputKind::CountryInfo => "country table",
            InputKind::Geojson => "GeoJSON polygons",
        })
    }
}

/// What one input contributed.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct InputSummary {
    pub path: String,
    pub kind: InputKind,
    /// Places, admin entries, countries or polygons read from it.
    pub records: usize,
    pub skipped: usize,
}
