//! `sitrep ingest`: files → documents → (extract) → store, one transaction per batch.

use super::DocArgs;
use crate::DbArg;
use crate::progress;
use anyhow::{Context, Result};
use indicatif::ProgressBar;
use rayon::prelude::*;
use sitrep_core::{Doc, Document};
use sitrep_extract::Extractor;
use sitrep_ingest::{IngestError, Parsed};
use sitrep_store::Store;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (read recursively), glob patterns, or - for standard input.
    #[arg(value_name = "PATH", required = true)]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub doc: DocArgs,
    #[command(flatten)]
    pub db: DbArg,
    /// Store documents without extracting events (extraction can be redone later).
    #[arg(long)]
    pub no_extract: bool,
    /// Documents per transaction: a crash loses at most the batch in flight.
    #[arg(long, default_value_t = 256, value_name = "N")]
    pub batch: usize,
    /// Do not fuse the new event mentions into incidents (`sitrep fuse` does it later).
    #[arg(long)]
    pub no_fuse: bool,
}

/// What an ingest run did, for the final message and the exit code.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub stored: usize,
    pub duplicates: usize,
    pub rejected: usize,
}

impl Summary {
    pub fn report(&self, store: &Store) {
        eprintln!(
            "sitrep: stored {} new document{} in {} ({} already there), {} rejected",
            self.stored,
            if self.stored == 1 { "" } else { "s" },
            store.path().display(),
            self.duplicates,
            self.rejected
        );
    }
}

pub fn run(a: Args) -> Result<ExitCode> {
    let mut store = Store::open(&a.db.db)?;
    let extractor = if a.no_extract {
        None
    } else {
        Some(super::extractor(&a.doc.gazetteer)?)
    };
    let opts = a.doc.options();
    let (inputs, errors) = sitrep_ingest::expand_inputs(&a.inputs);
    let mut summary = Summary::default();
    for e in &errors {
        report_error(e);
        summary.rejected += 1;
    }
    let pb = progress::bar(Some(inputs.len() as u64), "ingesting");
    let parsed = inputs.iter().map(|i| {
        let p = sitrep_ingest::ingest_input(i, &opts);
        pb.inc(1);
        p
    });
    let s = ingest_parsed(&mut store, extractor.as_ref(), parsed, a.batch.max(1), &pb)?;
    pb.finish_and_clear();
    summary.stored += s.stored;
    summary.duplicates += s.duplicates;
    summary.rejected += s.rejected;
    summary.report(&store);
    if !a.no_fuse && !a.no_extract {
        let r = sitrep_fuse::update(&mut store, &sitrep_fuse::FuseOptions::default())?;
        super::incidents::report(&r);
    }
    Ok(if summary.rejected > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

pub fn report_error(e: &IngestError) {
    eprintln!("sitrep: rejected {e}");
}

/// Extracts and stores parsed inputs in batches. Errors inside inputs (a bad JSONL line,
/// an empty feed item) are reported and counted; store errors abort.
pub fn ingest_parsed(
    store: &mut Store,
    extractor: Option<&Extractor>,
    parsed: impl Iterator<Item = Parsed>,
    batch: usize,
    pb: &ProgressBar,
) -> Result<Summary> {
    let mut summary = Summary::default();
    let mut pending: Vec<Document> = Vec::with_capacity(batch);
    let mut flush = |pending: &mut Vec<Document>, summary: &mut Summary| -> Result<()> {
        if pending.is_empty() {
            return Ok(());
        }
        let docs: Vec<Doc> = match extractor {
            Some(ex) => std::mem::take(pending)
                .into_par_iter()
                .map(|d| ex.extract(d))
                .collect(),
            None => std::mem::take(pending).into_iter().map(Doc::new).collect(),
        };
        let r = store
            .insert_batch(&docs)
            .with_context(|| format!("storing a batch of {} documents", docs.len()))?;
        summary.stored += r.stored;
        summary.duplicates += r.duplicates;
        pb.set_message(format!("{} stored", summary.stored));
        Ok(())
    };
    for p in parsed {
        for e in &p.errors {
            report_error(e);
            summary.rejected += 1;
        }
        for d in p.docs {
            pending.push(d);
            if pending.len() >= batch {
                flush(&mut pending, &mut summary)?;
            }
        }
    }
    flush(&mut pending, &mut summary)?;
    Ok(summary)
}
