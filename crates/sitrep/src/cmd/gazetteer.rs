//! `sitrep gazetteer`: import GeoNames data into the gazetteer index, look names up, and
//! say which gazetteer sitrep uses.

use super::GazArg;
use crate::output::Table;
use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressStyle};
use sitrep_core::fold::fold;
use sitrep_gazetteer::{Gazetteer, ImportOptions, Progress, default_index_path};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
}

#[derive(clap::Subcommand)]
pub enum Sub {
    /// Build the gazetteer index from GeoNames dumps (replaces the previous index).
    #[command(after_help = IMPORT_HELP)]
    Import(ImportArgs),
    /// List the places a name can mean (folded match: case, accents and hyphens ignored).
    #[command(after_help = LOOKUP_HELP)]
    Lookup(LookupArgs),
    /// Say which gazetteer sitrep uses, where it is, and what is in it.
    #[command(after_help = INFO_HELP)]
    Info(InfoArgs),
}

pub const AFTER_HELP: &str = "\
Examples:
  sitrep gazetteer import ML.txt BF.txt NE.txt cities500.txt
  sitrep gazetteer import ML.txt admin1CodesASCII.txt mali_cercles.geojson
  sitrep gazetteer lookup Tin-Essako
  sitrep gazetteer lookup Anefis --json
  sitrep gazetteer info

Without an imported index, sitrep uses a small gazetteer built into it (the towns of Mali,
Burkina Faso and Niger, the world's large cities and capitals). The index lives at
$SITREP_GAZETTEER, else $XDG_DATA_HOME/sitrep/gazetteer.idx, else
~/.local/share/sitrep/gazetteer.idx. Place data: GeoNames (geonames.org), CC BY 4.0.";

const IMPORT_HELP: &str = "\
Examples:
  sitrep gazetteer import ML.txt                          the GeoNames dump of Mali
  sitrep gazetteer import ML.txt BF.txt NE.txt cities500.txt
  sitrep gazetteer import ML.txt admin1CodesASCII.txt admin2Codes.txt
  sitrep gazetteer import ML.txt mali_regions_cercles.geojson --out /tmp/ml.idx

Inputs are recognized by name and content: GeoNames dumps (any country file such as ML.txt,
or cities500.txt, cities1000.txt, allCountries.txt: 19 tab-separated columns, unzipped),
admin1CodesASCII.txt and admin2Codes.txt, countryInfo.txt, and GeoJSON admin polygons
(Who's On First placetype region/county, or admin_level) for admin areas by point.
Without admin code files, region and cercle names come from the dumps' ADM1/ADM2 features,
spelled as ACLED does (\"Kidal\", \"Tombouctou\", \"Segou\").

The new index is built from the files given, plus sitrep's supplement (places reports
name that GeoNames lacks; --no-supplement leaves it out) and the built-in places of those
of Mali, Burkina Faso and Niger the files do not cover, so that a one-country dump still
knows Niamey or Djibo (--no-default-elsewhere leaves them out). It replaces the old one
atomically: a failed import leaves the previous index untouched. Malformed lines are
reported with file and line, skipped and counted; the import goes on.";

const LOOKUP_HELP: &str = "\
Examples:
  sitrep gazetteer lookup Kidal
  sitrep gazetteer lookup 'TIN ESSAKO'                  same as Tin-Essako
  sitrep gazetteer lookup Anéfis --limit 5
  sitrep gazetteer lookup Tombouctou --json
  sitrep gazetteer lookup Gao --gazetteer /tmp/ml.idx

Candidates are listed populated places first, then admin areas, spots, land and water
features; within each, places that bear the name before those that only list it among
their alternate names (airport codes, old spellings), then by population. The exit code
is 1 when nothing matches.";

const INFO_HELP: &str = "\
Examples:
  sitrep gazetteer info
  sitrep gazetteer info --gazetteer /tmp/ml.idx";

#[derive(clap::Args)]
pub struct ImportArgs {
    /// GeoNames dumps, admin code files, countryInfo.txt, GeoJSON admin polygons.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Where to write the index (default: $SITREP_GAZETTEER, else
    /// $XDG_DATA_HOME/sitrep/gazetteer.idx, else ~/.local/share/sitrep/gazetteer.idx).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Leave out sitrep's supplement of places that GeoNames lacks.
    #[arg(long)]
    pub no_supplement: bool,
    /// Leave out the built-in places of Mali, Burkina Faso and Niger that the files do
    /// not cover (by default they are kept, so that a one-country dump still knows its
    /// neighbours' towns).
    #[arg(long)]
    pub no_default_elsewhere: bool,
}

#[derive(clap::Args)]
pub struct LookupArgs {
    /// The name to look up.
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Show at most N candidates.
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub limit: usize,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub gazetteer: GazArg,
}

#[derive(clap::Args)]
pub struct InfoArgs {
    #[command(flatten)]
    pub gazetteer: GazArg,
}

pub fn run(a: Args) -> Result<ExitCode> {
    match a.command {
        Sub::Import(a) => import(a),
        Sub::Lookup(a) => lookup(a),
        Sub::Info(a) => info(a),
    }
}

/// A gazetteer for the CLI: an index loaded from a file, or the embedded default.
pub enum GazRef {
    Embedded(&'static Gazetteer),
    Loaded(Box<Gazetteer>),
}

impl std::ops::Deref for GazRef {
    type Target = Gazetteer;
    fn deref(&self) -> &Gazetteer {
        match self {
            GazRef::Embedded(g) => g,
            GazRef::Loaded(g) => g,
        }
    }
}

/// `--gazetteer PATH` when given (it must exist), else the imported index at
/// [`default_index_path`] (`$SITREP_GAZETTEER` included) when it exists, else the
/// embedded default. An empty value means the embedded default.
pub fn open(g: &GazArg) -> Result<GazRef> {
    // clap fills `gazetteer` from $SITREP_GAZETTEER too: that one names where the
    // imported index lives, and sitrep falls back to the embedded default until it does.
    let from_env =
        |p: &PathBuf| std::env::var_os("SITREP_GAZETTEER").is_some_and(|v| v == p.as_os_str());
    let path = match &g.gazetteer {
        Some(p) if p.as_os_str().is_empty() => None,
        Some(p) if from_env(p) && !p.exists() => None,
        Some(p) => Some(p.clone()),
        None => default_index_path().filter(|p| p.exists()),
    };
    Ok(match path {
        Some(p) => GazRef::Loaded(Box::new(
            Gazetteer::load(&p).with_context(|| "loading the gazetteer".to_string())?,
        )),
        None => GazRef::Embedded(Gazetteer::embedded()),
    })
}

fn describe(g: &Gazetteer) -> String {
    match g.origin() {
        sitrep_gazetteer::Origin::Embedded => format!(
            "the embedded default gazetteer ({} places; `sitrep gazetteer import` adds GeoNames dumps)",
            thousands(g.len() as u64)
        ),
        sitrep_gazetteer::Origin::File(p) => {
            format!("{} ({} places)", p.display(), thousands(g.len() as u64))
        }
    }
}

fn import(a: ImportArgs) -> Result<ExitCode> {
    let out = match a.out.clone().or_else(default_index_path) {
        Some(p) => p,
        None => bail!(
            "no place for the index: give --out PATH, or set SITREP_GAZETTEER, XDG_DATA_HOME or HOME"
        ),
    };
    let started = std::time::Instant::now();
    let pb = ProgressBar::new(0).with_style(
        ProgressStyle::with_template(
            "{spinner} importing [{bar:30}] {bytes}/{total_bytes} ({bytes_per_sec}) {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    pb.enable_steady_tick(std::time::Duration::from_millis(200));
    let opts = ImportOptions {
        supplement: !a.no_supplement,
        default_elsewhere: !a.no_default_elsewhere,
    };
    let result = sitrep_gazetteer::import_with(&a.files, &out, &opts, |p| match p {
        Progress::File { path, bytes: _, .. } => {
            pb.set_message(
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            );
        }
        Progress::Bytes { done, total } => {
            pb.set_length(total);
            pb.set_position(done);
        }
        Progress::Stage(s) => pb.set_message(s),
    });
    pb.finish_and_clear();
    let r = result.context("gazetteer import failed; the previous index, if any, is unchanged")?;
    let mut e = std::io::stderr().lock();
    writeln!(
        e,
        "sitrep: imported {} file{} into {} ({}) in {:.1}s",
        r.files,
        if r.files == 1 { "" } else { "s" },
        r.out.display(),
        human_bytes(r.bytes),
        started.elapsed().as_secs_f64()
    )?;
    for i in &r.inputs {
        writeln!(
            e,
            "  {}: {}, {} record{}, {} skipped",
            i.path,
            i.kind,
            thousands(i.records as u64),
            if i.records == 1 { "" } else { "s" },
            thousands(i.skipped as u64)
        )?;
    }
    writeln!(
        e,
        "  places: {} ({} from sitrep's supplement, {} built-in places of neighbouring countries the files do not cover; {} lines naming a place already read merged into it)",
        thousands(r.places as u64),
        r.supplement,
        thousands(r.default_elsewhere as u64),
        thousands(r.duplicates as u64)
    )?;
    writeln!(
        e,
        "  names: {} distinct folded names, {} name-place pairs",
        thousands(r.names as u64),
        thousands(r.postings as u64)
    )?;
    writeln!(
        e,
        "  admin areas: {} admin1 names, {} admin2 names, {} polygons",
        r.admin1, r.admin2, r.polygons
    )?;
    writeln!(
        e,
        "  skipped: {} malformed line{}",
        thousands(r.skipped_total as u64),
        if r.skipped_total == 1 { "" } else { "s" }
    )?;
    const SHOWN: usize = 10;
    for s in r.skipped.iter().take(SHOWN) {
        writeln!(e, "    {s}")?;
    }
    if r.skipped_total > SHOWN {
        writeln!(e, "    … and {} more", r.skipped_total - SHOWN)?;
    }
    if a.out.is_none() {
        writeln!(
            e,
            "sitrep: extract, ingest and gazetteer lookup now use this index"
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(serde::Serialize)]
struct LookupJson<'a> {
    query: &'a str,
    folded: &'a str,
    /// The index file, or "the embedded default gazetteer".
    gazetteer: String,
    /// Candidates found (`places` shows at most --limit of them).
    total: usize,
    places: Vec<PlaceJson<'a>>,
}

#[derive(serde::Serialize)]
struct PlaceJson<'a> {
    geonames_id: u64,
    name: &'a str,
    ascii_name: &'a str,
    class: String,
    code: &'a str,
    country_code: &'a str,
    country: Option<&'a str>,
    admin1: Option<&'a str>,
    admin2: Option<&'a str>,
    population: u64,
    lat: f64,
    lon: f64,
    supplement: bool,
}

fn lookup(a: LookupArgs) -> Result<ExitCode> {
    let g = open(&a.gazetteer)?;
    let folded = fold(&a.name);
    if folded.is_empty() {
        bail!("{:?} has nothing to look up", a.name);
    }
    let found = g.lookup(&folded);
    let shown = &found[..found.len().min(a.limit)];
    let places: Vec<PlaceJson> = shown
        .iter()
        .map(|&i| {
            let p = g.place(i);
            let (admin1, admin2) = g.admin_of(i);
            PlaceJson {
                geonames_id: p.geonames_id,
                name: p.name,
                ascii_name: p.ascii_name,
                class: p.class.to_string(),
                code: p.code,
                country_code: p.country,
                country: g.country_name(p.country),
                admin1,
                admin2,
                population: p.population,
                lat: p.lat,
                lon: p.lon,
                supplement: p.supplement,
            }
        })
        .collect();
    let mut out = std::io::stdout().lock();
    if a.json {
        let v = LookupJson {
            query: &a.name,
            folded: &folded,
            gazetteer: g.origin().to_string(),
            total: found.len(),
            places,
        };
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else {
        eprintln!("sitrep: gazetteer: {}", describe(&g));
        if found.is_empty() {
            eprintln!("sitrep: no place named {:?}", a.name);
        } else {
            let mut t = Table::new([
                "geonames_id",
                "name",
                "feature",
                "country",
                "admin1",
                "admin2",
                "population",
                "lat",
                "lon",
            ]);
            for p in &places {
                t.row([
                    if p.geonames_id == 0 {
                        "-".to_string()
                    } else {
                        p.geonames_id.to_string()
                    },
                    p.name.to_string(),
                    format!("{}.{}", p.class, p.code),
                    p.country.unwrap_or(p.country_code).to_string(),
                    p.admin1.unwrap_or("").to_string(),
                    p.admin2.unwrap_or("").to_string(),
                    p.population.to_string(),
                    format!("{:.5}", p.lat),
                    format!("{:.5}", p.lon),
                ]);
            }
            t.write(&mut out, &[0, 32, 10, 20, 18, 18, 0, 0, 0])?;
            if found.len() > shown.len() {
                eprintln!(
                    "sitrep: {} more (--limit {} shows them all)",
                    found.len() - shown.len(),
                    found.len()
                );
            }
        }
    }
    Ok(if found.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn info(a: InfoArgs) -> Result<ExitCode> {
    let g = open(&a.gazetteer)?;
    let m = g.meta();
    let mut out = std::io::stdout().lock();
    writeln!(out, "gazetteer: {}", g.origin())?;
    if let sitrep_gazetteer::Origin::File(p) = g.origin() {
        let len = std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        writeln!(out, "size: {}", human_bytes(len))?;
        if m.created_unix > 0 {
            let ts = jiff::Timestamp::from_second(m.created_unix as i64)
                .map(|t| t.to_string())
                .unwrap_or_default();
            writeln!(out, "built: {ts} by {}", m.built_by)?;
        }
    }
    writeln!(out, "places: {}", thousands(g.len() as u64))?;
    writeln!(out, "names: {}", thousands(g.name_count() as u64))?;
    writeln!(
        out,
        "admin areas: {} admin1 names, {} admin2 names, {} polygons",
        m.admin1, m.admin2, m.polygons
    )?;
    for i in &m.inputs {
        writeln!(
            out,
            "input: {} ({}, {} records, {} skipped)",
            i.path,
            i.kind,
            thousands(i.records as u64),
            i.skipped
        )?;
    }
    writeln!(
        out,
        "supplement: {}",
        if m.supplement { "included" } else { "left out" }
    )?;
    let default = default_index_path();
    writeln!(
        out,
        "default index path: {}",
        match &default {
            Some(p) if p.exists() => format!("{} (exists)", p.display()),
            Some(p) => format!("{} (not imported yet)", p.display()),
            None => "none (SITREP_GAZETTEER is empty, or no HOME)".into(),
        }
    )?;
    Ok(ExitCode::SUCCESS)
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn human_bytes(n: u64) -> String {
    match n {
        n if n >= 1 << 20 => format!("{:.1} MB", n as f64 / (1u64 << 20) as f64),
        n if n >= 1 << 10 => format!("{:.1} KB", n as f64 / 1024.0),
        n => format!("{n} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(24312), "24,312");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(human_bytes(3 << 20), "3.0 MB");
    }
}
