//! `sitrep export`: the ledger of incidents in ACLED-style CSV, JSONL or GeoJSON.

use crate::DbArg;
use crate::cmd::incidents::{self, IncidentFormat};
use anyhow::{Context, Result};
use sitrep_store::{IncidentFilter, Store};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// ACLED column names, one row per incident, plus sitrep's grade and toll range.
    AcledCsv,
    Jsonl,
    Geojson,
}

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Include background incidents (history, hypotheticals).
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn run(a: Args) -> Result<ExitCode> {
    let store = Store::open(&a.db.db)?;
    let list = store.incidents(&IncidentFilter {
        include_background: a.all,
        ..IncidentFilter::default()
    })?;
    let fmt = match a.format {
        ExportFormat::AcledCsv => IncidentFormat::Csv,
        ExportFormat::Jsonl => IncidentFormat::Jsonl,
        ExportFormat::Geojson => IncidentFormat::Geojson,
    };
    match &a.out {
        Some(p) => {
            let f = std::fs::File::create(p)
                .with_context(|| format!("cannot write {}", p.display()))?;
            let mut w = std::io::BufWriter::new(f);
            incidents::write(&mut w, &list, fmt)?;
            w.flush()?;
            eprintln!("sitrep: wrote {} incidents to {}", list.len(), p.display());
        }
        None => incidents::write(&mut std::io::stdout().lock(), &list, fmt)?,
    }
    Ok(ExitCode::SUCCESS)
}
