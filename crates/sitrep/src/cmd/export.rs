//! `sitrep export`: the ledger in ACLED-style CSV, JSONL or GeoJSON.

use crate::DbArg;
use crate::output::{self, EventFormat};
use anyhow::{Context, Result};
use sitrep_store::{EventFilter, Store};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// ACLED column names where they exist, one row per event.
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
    /// Include background events (history, hypotheticals).
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn run(a: Args) -> Result<ExitCode> {
    let store = Store::open(&a.db.db)?;
    let events = store.events(&EventFilter {
        include_background: a.all,
        ..EventFilter::default()
    })?;
    let fmt = match a.format {
        ExportFormat::AcledCsv => EventFormat::Csv,
        ExportFormat::Jsonl => EventFormat::Jsonl,
        ExportFormat::Geojson => EventFormat::Geojson,
    };
    match &a.out {
        Some(p) => {
            let f = std::fs::File::create(p)
                .with_context(|| format!("cannot write {}", p.display()))?;
            let mut w = std::io::BufWriter::new(f);
            output::write_events(&mut w, &events, fmt)?;
            w.flush()?;
            eprintln!("sitrep: wrote {} events to {}", events.len(), p.display());
        }
        None => output::write_events(&mut std::io::stdout().lock(), &events, fmt)?,
    }
    Ok(ExitCode::SUCCESS)
}
