//! `sitrep events`: the event mentions in the store.

use crate::DbArg;
use crate::output::{self, EventFormat};
use anyhow::Result;
use sitrep_core::Date;
use sitrep_store::{EventFilter, Store};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Only events on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
    pub since: Option<Date>,
    /// Only events on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
    pub until: Option<Date>,
    /// Only this ACLED event type or sub-event type (e.g. Battles, "Air/drone strike").
    #[arg(long = "type", value_name = "TYPE")]
    pub event_type: Option<String>,
    /// Include background events (history, hypotheticals), which are left out by default.
    #[arg(long)]
    pub all: bool,
    #[arg(long)]
    pub limit: Option<usize>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: EventFormat,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn run(a: Args) -> Result<ExitCode> {
    let store = Store::open(&a.db.db)?;
    let events = store.events(&EventFilter {
        since: a.since,
        until: a.until,
        include_background: a.all,
        event_type: a.event_type,
        limit: a.limit,
    })?;
    let mut out = std::io::stdout().lock();
    output::write_events(&mut out, &events, a.format)?;
    if events.is_empty() && a.format == EventFormat::Table {
        eprintln!(
            "sitrep: no event mentions in {} (ingest some documents first)",
            store.path().display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
