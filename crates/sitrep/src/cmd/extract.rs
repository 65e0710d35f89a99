//! `sitrep extract`: the stateless pipeline, documents in, DESIGN §4 JSON out.

use super::DocArgs;
use anyhow::Result;
use rayon::prelude::*;
use sitrep_core::Document;
use sitrep_ingest::IngestError;
use std::io::Write;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutFormat {
    /// One pretty-printed JSON object per document.
    Json,
    /// One compact JSON object per line, in input order.
    Jsonl,
}

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories, globs, or - for standard input (the default).
    #[arg(value_name = "FILE", default_value = "-")]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub doc: DocArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: OutFormat,
}

/// One output item: a document or an input error, with its position for ordering.
enum Item {
    Doc(Document),
    Error(IngestError),
}

pub fn run(a: Args) -> Result<ExitCode> {
    let extractor = super::extractor(&a.doc.gazetteer)?;
    let opts = a.doc.options();
    let (inputs, errors) = sitrep_ingest::expand_inputs(&a.inputs);
    let mut failures = 0usize;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for e in errors {
        failures += 1;
        emit_error(&mut out, a.format, &e)?;
    }
    for input in &inputs {
        let parsed = sitrep_ingest::ingest_input(input, &opts);
        // Documents and errors of a multi-document input, back in input order, so that
        // JSONL in gives JSONL out line for line.
        let mut items: Vec<(usize, Item)> = parsed
            .docs
            .into_iter()
            .enumerate()
            .map(|(i, d)| (position(&d).unwrap_or(i), Item::Doc(d)))
            .collect();
        items.extend(
            parsed
                .errors
                .into_iter()
                .map(|e| (e.line.unwrap_or(0), Item::Error(e))),
        );
        items.sort_by_key(|(pos, _)| *pos);
        // Extract in parallel chunks, print in order.
        for chunk in items.chunks_mut(512) {
            let rendered: Vec<Result<String, IngestError>> = chunk
                .par_iter_mut()
                .map(|(_, item)| match item {
                    Item::Doc(d) => {
                        let doc = extractor.extract(std::mem::take(d));
                        let c = doc.to_contract();
                        Ok(match a.format {
                            OutFormat::Json => serde_json::to_string_pretty(&c),
                            OutFormat::Jsonl => serde_json::to_string(&c),
                        }
                        .expect("contract serializes"))
                    }
                    Item::Error(e) => Err(e.clone()),
                })
                .collect();
            for r in rendered {
                match r {
                    Ok(s) => writeln!(out, "{s}")?,
                    Err(e) => {
                        failures += 1;
                        emit_error(&mut out, a.format, &e)?;
                    }
                }
            }
        }
    }
    out.flush()?;
    if failures > 0 {
        eprintln!("sitrep: {failures} input(s) could not be extracted");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// The line (JSONL) or item (feed) number a multi-document input gave this document.
fn position(d: &Document) -> Option<usize> {
    let p = d.meta.source_path.as_deref()?;
    let (_, n) = p.rsplit_once([':', '#'])?;
    n.parse().ok()
}

fn emit_error(out: &mut impl Write, format: OutFormat, e: &IngestError) -> Result<()> {
    eprintln!("sitrep: {e}");
    if format == OutFormat::Jsonl {
        let v = serde_json::json!({"error": e.message, "file": e.file, "line": e.line});
        writeln!(out, "{v}")?;
    }
    Ok(())
}
