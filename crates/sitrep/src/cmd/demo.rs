//! `sitrep demo`: the bundled Kidal corpus into the store, then the ledger.

use crate::DbArg;
use crate::examples;
use crate::progress;
use anyhow::Result;
use sitrep_ingest::IngestOptions;
use sitrep_store::{EventFilter, IncidentFilter, Store};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub db: DbArg,
    #[command(flatten)]
    pub gazetteer: super::GazArg,
}

pub fn run(a: Args) -> Result<ExitCode> {
    let mut store = Store::open(&a.db.db)?;
    let manifest = examples::manifest()?;
    let extractor = super::extractor(&a.gazetteer)?;
    let docs: Vec<_> = examples::documents().collect();
    let pb = progress::bar(Some(docs.len() as u64), "demo corpus");
    let parsed = docs.into_iter().map(|(name, bytes)| {
        // Plain-text files carry no metadata: the manifest gives it.
        let entries: Vec<_> = manifest.doc.iter().filter(|d| d.file == name).collect();
        let mut opts = IngestOptions::default();
        let single = entries.len() == 1
            && !name.ends_with(".jsonl")
            && !name.ends_with(".xml")
            && !name.ends_with(".rss");
        if single {
            let m = entries[0];
            opts.source = m.outlet.clone();
            opts.lang = m.lang.as_deref().and_then(sitrep_core::Lang::parse);
            opts.date = m.published.as_deref().and_then(|d| d.parse().ok());
        }
        let mut p = sitrep_ingest::parse_bytes(name, bytes, &opts);
        if single && let Some(id) = &entries[0].id {
            for d in &mut p.docs {
                d.meta.id = id.clone();
            }
        }
        pb.inc(1);
        p
    });
    let summary = super::ingest::ingest_parsed(&mut store, Some(&extractor), parsed, 64, &pb)?;
    pb.finish_and_clear();
    summary.report(&store);
    let fused = sitrep_fuse::update(&mut store, &sitrep_fuse::FuseOptions::default())?;
    super::incidents::report(&fused);
    let events = store.events(&EventFilter::default())?;
    let incidents = store.incidents(&IncidentFilter::default())?;
    outln!(
        "\nThe ledger: {} incidents fused from {} event mentions\n",
        incidents.len(),
        events.len()
    );
    super::incidents::write(
        &mut std::io::stdout().lock(),
        &incidents,
        super::incidents::IncidentFormat::Table,
    )?;
    outln!(
        "\nNext: `sitrep show {first} --db {db}`, `sitrep search Kidal --db {db}`, `sitrep export --format acled-csv --db {db}`.",
        first = incidents.first().map(|i| i.id).unwrap_or(1),
        db = store.path().display()
    );
    Ok(if summary.rejected > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
