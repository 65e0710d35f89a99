//! `sitrep gazetteer import`: GeoNames dumps, admin code files, country tables and admin
//! polygons in; one index file out, written atomically (temp file + rename), so a failed
//! import leaves the previous index untouched and a new one replaces it whole.

use crate::builder::{AdminSource, Builder};
use crate::{GazetteerError, IndexMeta, InputKind, InputSummary, embedded, parse};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

/// A line (or GeoJSON feature) that was skipped, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedLine {
    pub file: String,
    /// 1-based line number (for GeoJSON: the feature's number).
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for SkippedLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

/// What an import did.
#[derive(Clone, Debug)]
pub struct ImportReport {
    pub files: usize,
    pub inputs: Vec<InputSummary>,
    pub places: usize,
    /// Distinct folded names.
    pub names: usize,
    /// (name, place) pairs.
    pub postings: usize,
    /// Lines naming a GeoNames id seen before (their names were merged into the first).
    pub duplicates: usize,
    pub admin1: usize,
    pub admin2: usize,
    pub polygons: usize,
    /// Places added from sitrep's supplement.
    pub supplement: usize,
    /// Built-in places added for those of Mali, Burkina Faso and Niger the files do not
    /// cover.
    pub default_elsewhere: usize,
    /// The first [`MAX_SKIPPED_LISTED`] skipped lines; `skipped_total` counts them all.
    pub skipped: Vec<SkippedLine>,
    pub skipped_total: usize,
    pub out: PathBuf,
    /// Size of the index file.
    pub bytes: u64,
}

/// How many skipped lines an [`ImportReport`] lists (all are counted).
pub const MAX_SKIPPED_LISTED: usize = 1000;

/// Import options beyond the files.
#[derive(Clone, Debug)]
pub struct ImportOptions {
    /// Merge sitrep's supplement (`data/gazetteer/supplement.tsv`: places reports name
    /// that GeoNames lacks or names differently). Places already imported keep their
    /// GeoNames data and only gain the supplement's names.
    pub supplement: bool,
    /// Keep the built-in places of those of Mali, Burkina Faso and Niger no input
    /// covers, so that importing one country's dump does not lose its neighbours' towns.
    pub default_elsewhere: bool,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            supplement: true,
            default_elsewhere: true,
        }
    }
}

/// Progress of an import, for a progress bar.
#[derive(Clone, Copy, Debug)]
pub enum Progress<'a> {
    /// Starting input `index` (0-based) of `total`, `bytes` long.
    File {
        path: &'a Path,
        index: usize,
        total: usize,
        bytes: u64,
    },
    /// Bytes read so far over all inputs, out of `total`.
    Bytes { done: u64, total: u64 },
    /// A step after reading: "sorting names", "writing".
    Stage(&'static str),
}

/// Builds an index from `inputs` (GeoNames dumps, admin code files, country tables,
/// GeoJSON admin polygons; detected by name and content) and writes it to `out`
/// atomically. Malformed lines are skipped and reported; a missing or unreadable file,
/// a file in none of the formats, or inputs without any place fail the import and leave
/// `out` as it was. Merges sitrep's supplement; see [`import_with`].
pub fn import(
    inputs: &[PathBuf],
    out: &Path,
    progress: impl FnMut(Progress<'_>),
) -> Result<ImportReport, GazetteerError> {
    import_with(inputs, out, &ImportOptions::default(), progress)
}

/// [`import`] with options.
pub fn import_with(
    inputs: &[PathBuf],
    out: &Path,
    opts: &ImportOptions,
    mut progress: impl FnMut(Progress<'_>),
) -> Result<ImportReport, GazetteerError> {
    let mut b = Builder::new();
    embedded::add_reference_tables(&mut b)?;
    let mut skipped = Vec::new();
    let mut skipped_total = 0usize;
    let mut summaries = Vec::new();
    let sizes: Vec<u64> = inputs
        .iter()
        .map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .collect();
    let total: u64 = sizes.iter().sum();
    let mut done = 0u64;
    for (i, path) in inputs.iter().enumerate() {
        progress(Progress::File {
            path,
            index: i,
            total: inputs.len(),
            bytes: sizes[i],
        });
        let mut on_skip = |s: SkippedLine| {
            skipped_total += 1;
            if skipped.len() < MAX_SKIPPED_LISTED {
                skipped.push(s);
            }
        };
        let summary = read_input(&mut b, path, &mut on_skip, &mut |d| {
            progress(Progress::Bytes {
                done: done + d,
                total,
            })
        })?;
        done += sizes[i];
        summaries.push(summary);
    }
    if b.places() == 0 {
        return Err(GazetteerError::Empty {
            inputs: if inputs.is_empty() {
                "no input files".into()
            } else {
                inputs
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        });
    }
    let default_elsewhere = if opts.default_elsewhere {
        embedded::add_default_elsewhere(&mut b)?
    } else {
        0
    };
    let before = b.places();
    if opts.supplement {
        embedded::add_supplement(&mut b)?;
    }
    let supplement = b.places() - before;
    let duplicates = b.duplicates;
    progress(Progress::Stage("sorting names"));
    let meta = IndexMeta {
        built_by: format!("sitrep {}", env!("CARGO_PKG_VERSION")),
        created_unix: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0),
        inputs: summaries.clone(),
        supplement: opts.supplement,
        ..IndexMeta::default()
    };
    let (sections, _) = b
        .finish(meta, false)
        .map_err(|reason| GazetteerError::Write {
            path: out.display().to_string(),
            reason,
        })?;
    let meta: IndexMeta = serde_json::from_slice(&sections.meta).unwrap_or_default();
    progress(Progress::Stage("writing"));
    let bytes = write_atomically(&sections, out)?;
    Ok(ImportReport {
        files: inputs.len(),
        inputs: summaries,
        places: meta.places,
        names: meta.names,
        postings: meta.postings,
        duplicates,
        admin1: meta.admin1,
        admin2: meta.admin2,
        polygons: meta.polygons,
        supplement,
        default_elsewhere,
        skipped,
        skipped_total,
        out: out.to_path_buf(),
        bytes,
    })
}

fn write_atomically(s: &crate::format::Sections, out: &Path) -> Result<u64, GazetteerError> {
    let err = |reason: String| GazetteerError::Write {
        path: out.display().to_string(),
        reason,
    };
    let dir = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)
        .map_err(|e| err(format!("cannot create {}: {e}", dir.display())))?;
    if out.is_dir() {
        return Err(err("is a directory".into()));
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".gazetteer-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| {
            err(format!(
                "cannot create a temporary file in {}: {e}",
                dir.display()
            ))
        })?;
    let bytes = {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, tmp.as_file_mut());
        let n = s.write(&mut w).map_err(|e| err(e.to_string()))?;
        w.flush().map_err(|e| err(e.to_string()))?;
        n
    };
    tmp.as_file().sync_all().map_err(|e| err(e.to_string()))?;
    tmp.persist(out).map_err(|e| err(e.error.to_string()))?;
    Ok(bytes)
}

/// Decides what a file is: by name first (GeoNames' own file names), then by content.
fn detect(path: &Path, head: &[u8]) -> Result<InputKind, String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if head.starts_with(b"PK\x03\x04") {
        return Err("a zip archive: unzip it first (GeoNames dumps are .txt inside .zip)".into());
    }
    if head.starts_with(&[0x1f, 0x8b]) {
        return Err("a gzip file: decompress it first".into());
    }
    if head.contains(&0) {
        return Err("a binary file, not a GeoNames dump, admin code file or GeoJSON".into());
    }
    if name.starts_with("admin1codes") {
        return Ok(InputKind::Admin1Codes);
    }
    if name.starts_with("admin2codes") {
        return Ok(InputKind::Admin2Codes);
    }
    if name.starts_with("countryinfo") {
        return Ok(InputKind::CountryInfo);
    }
    if name.ends_with(".geojson") || name.ends_with(".json") {
        return Ok(InputKind::Geojson);
    }
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}');
    if text.trim_start().starts_with('{') {
        return Ok(InputKind::Geojson);
    }
    if text.lines().any(|l| l.starts_with("#ISO\t")) {
        return Ok(InputKind::CountryInfo);
    }
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    let cols: Vec<&str> = first.split('\t').collect();
    if (4..=5).contains(&cols.len()) {
        let dots = cols[0].matches('.').count();
        let cc = cols[0].split('.').next().unwrap_or("");
        if cc.len() == 2 && cc.bytes().all(|b| b.is_ascii_uppercase()) {
            match dots {
                1 => return Ok(InputKind::Admin1Codes),
                2 => return Ok(InputKind::Admin2Codes),
                _ => {}
            }
        }
    }
    Ok(InputKind::Geonames)
}

type SkipFn<'a> = dyn FnMut(SkippedLine) + 'a;

fn read_input(
    b: &mut Builder,
    path: &Path,
    on_skip: &mut SkipFn<'_>,
    on_bytes: &mut dyn FnMut(u64),
) -> Result<InputSummary, GazetteerError> {
    let shown = path.display().to_string();
    let fail = |line: usize, reason: String| GazetteerError::Input {
        path: shown.clone(),
        line,
        reason,
    };
    let file = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => GazetteerError::Missing {
            path: shown.clone(),
        },
        _ => fail(0, format!("cannot read: {e}")),
    })?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(fail(0, "is a directory".into()));
    }
    let mut r = BufReader::with_capacity(1 << 20, file);
    let head = r
        .fill_buf()
        .map_err(|e| fail(0, format!("cannot read: {e}")))?;
    if head.is_empty() {
        return Err(fail(0, "empty file".into()));
    }
    let kind = detect(path, &head[..head.len().min(64 * 1024)]).map_err(|e| fail(0, e))?;
    let mut summary = InputSummary {
        path: shown.clone(),
        kind,
        records: 0,
        skipped: 0,
    };
    if kind == InputKind::Geojson {
        let mut text = String::new();
        r.read_to_string(&mut text)
            .map_err(|e| fail(0, format!("cannot read as UTF-8 text: {e}")))?;
        on_bytes(text.len() as u64);
        let (polys, skipped) =
            parse::geojson(&text).map_err(|(line, reason)| fail(line, reason))?;
        summary.records = polys.len();
        summary.skipped = skipped.len();
        for (line, reason) in skipped {
            on_skip(SkippedLine {
                file: shown.clone(),
                line,
                reason,
            });
        }
        if polys.is_empty() {
            return Err(fail(
                0,
                "no region or county polygons in this GeoJSON file".into(),
            ));
        }
        b.add_polygons(polys);
        return Ok(summary);
    }
    let mut buf = Vec::with_capacity(4096);
    let mut line_no = 0usize;
    let mut read = 0u64;
    let mut last_report = 0u64;
    let mut first_error: Option<String> = None;
    loop {
        buf.clear();
        let n = r
            .read_until(b'\n', &mut buf)
            .map_err(|e| fail(line_no + 1, format!("cannot read: {e}")))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        read += n as u64;
        if read - last_report >= 1 << 20 {
            on_bytes(read);
            last_report = read;
        }
        let mut bytes = &buf[..];
        if line_no == 1 {
            bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        }
        while let [rest @ .., b'\n' | b'\r'] = bytes {
            bytes = rest;
        }
        if bytes.is_empty() || bytes[0] == b'#' {
            continue;
        }
        let result = match std::str::from_utf8(bytes) {
            Err(_) => Err("not UTF-8 text".to_string()),
            Ok(line) => apply_line(b, kind, line),
        };
        match result {
            Ok(()) => summary.records += 1,
            Err(reason) => {
                summary.skipped += 1;
                first_error.get_or_insert_with(|| format!("line {line_no}: {reason}"));
                on_skip(SkippedLine {
                    file: shown.clone(),
                    line: line_no,
                    reason,
                });
            }
        }
    }
    on_bytes(read);
    if summary.records == 0 {
        return Err(fail(
            0,
            match first_error {
                Some(e) => format!("not a {kind} file: no valid line ({e})"),
                None => "no data lines".into(),
            },
        ));
    }
    Ok(summary)
}

/// Adds one data line of an input file to the builder.
fn apply_line(b: &mut Builder, kind: InputKind, line: &str) -> Result<(), String> {
    match kind {
        InputKind::Geonames => {
            let row = parse::dump_line(line)?;
            b.add_place(&row, false);
        }
        InputKind::Admin1Codes => {
            let (c, code, name, aliases) = parse::admin1_line(line)?;
            let key = (c.to_ascii_uppercase(), code.to_string());
            b.set_admin1(key.clone(), AdminSource::CodeFile, name);
            b.add_admin1_aliases(key, &aliases);
        }
        InputKind::Admin2Codes => {
            let (c, a1, a2, name) = parse::admin2_line(line)?;
            let key = (c.to_ascii_uppercase(), a1.to_string(), a2.to_string());
            b.set_admin2(key, AdminSource::CodeFile, name);
        }
        InputKind::CountryInfo => {
            let (iso, name) = parse::country_line(line)?;
            b.set_country(iso, name);
        }
        InputKind::Geojson => return Err("GeoJSON is not line-based".into()),
    }
    Ok(())
}
