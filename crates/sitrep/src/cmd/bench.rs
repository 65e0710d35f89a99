//! `sitrep bench`: throughput and peak memory, measured rather than asserted (the CI
//! machines are shared and noisy, so no test depends on timing).

use anyhow::{Context, Result, bail};
use sitrep_core::{Doc, Stage};
use sitrep_extract::Extractor;
use sitrep_extract::segment::Segmenter;
use sitrep_ingest::IngestOptions;
use sitrep_store::Store;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    /// The whole extract pipeline, one thread, with each stage's share.
    Extract,
    /// Parse the input and store it in a fresh SQLite file, extraction excluded.
    Ingest,
    /// Sentence and token segmentation alone.
    Segment,
    /// Fusion of synthetic event mentions into incidents (--mentions N; no FILE).
    Fuse,
    /// The HTTP API under load: a store of synthetic incidents (--incidents N), the
    /// server in-process on 127.0.0.1:0, N requests from C clients (no FILE).
    Api,
}

#[derive(clap::Args)]
pub struct Args {
    #[arg(value_enum)]
    pub what: What,
    /// A JSONL corpus (see `sitrep gen-corpus`) or any input sitrep can ingest (not
    /// for `fuse`, which makes its own workload).
    #[arg(value_name = "FILE", required_if_eq_any = [("what", "extract"), ("what", "ingest"), ("what", "segment")])]
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub api: super::serve::BenchApiArgs,
    /// For `fuse`: how many synthetic event mentions to fuse.
    #[arg(long, value_name = "N")]
    pub mentions: Option<usize>,
    /// Runs to take the median of.
    #[arg(long, default_value_t = 3)]
    pub repeat: usize,
    /// Print the result as one JSON object.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub gazetteer: super::GazArg,
}

pub fn run(a: Args) -> Result<ExitCode> {
    if a.what == What::Fuse {
        return fuse(&a);
    }
    if a.what == What::Api {
        return super::serve::bench(&a.api, a.json);
    }
    let file = a
        .file
        .clone()
        .context("give a FILE to measure (see `sitrep gen-corpus`)")?;
    let bytes = std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
    let name = file.display().to_string();
    let parsed = sitrep_ingest::parse_bytes(&name, &bytes, &IngestOptions::default());
    if parsed.docs.is_empty() {
        bail!("{name}: no documents to measure");
    }
    let docs = parsed.docs;
    // The file's bytes are parsed: drop them, so that peak RSS counts the pipeline, not
    // the bench's copies of its input (ingest re-parses the file and keeps them).
    let bytes = if matches!(a.what, What::Ingest) {
        bytes
    } else {
        Vec::new()
    };
    let text_bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let repeat = a.repeat.max(1);
    let mut times = Vec::with_capacity(repeat);
    let mut stage_times: Vec<(&'static str, Duration)> = Vec::new();
    let (measured_bytes, label) = match a.what {
        What::Segment => {
            let seg = Segmenter::new(Extractor::embedded().resources());
            for _ in 0..repeat {
                let mut ds: Vec<Doc> = docs.iter().cloned().map(Doc::new).collect();
                let t = Instant::now();
                for d in &mut ds {
                    seg.run(d);
                }
                times.push(t.elapsed());
            }
            (text_bytes, "segment")
        }
        What::Extract => {
            let ex = super::extractor(&a.gazetteer)?;
            for _ in 0..repeat {
                let mut per_stage = vec![Duration::ZERO; ex.stage_names().len()];
                let t = Instant::now();
                // One document copied at a time (a memcpy, about 0.3 % of the time): a
                // copy of the whole corpus would count in peak RSS.
                for d in &docs {
                    std::hint::black_box(ex.extract_timed(d.clone(), &mut per_stage));
                }
                times.push(t.elapsed());
                if stage_times.is_empty() || t.elapsed() <= *times.iter().min().unwrap() {
                    stage_times = ex.stage_names().into_iter().zip(per_stage).collect();
                }
            }
            (text_bytes, "extract")
        }
        What::Fuse | What::Api => unreachable!("handled above"),
        What::Ingest => {
            let dir = tempfile::tempdir()?;
            for r in 0..repeat {
                let path = dir.path().join(format!("bench-{r}.db"));
                let mut store = Store::open(&path)?;
                let t = Instant::now();
                let p = sitrep_ingest::parse_bytes(&name, &bytes, &IngestOptions::default());
                for chunk in p.docs.chunks(256) {
                    let ds: Vec<Doc> = chunk.iter().cloned().map(Doc::new).collect();
                    store.insert_batch(&ds)?;
                }
                times.push(t.elapsed());
            }
            (bytes.len(), "ingest")
        }
    };
    times.sort();
    let median = times[times.len() / 2].as_secs_f64();
    let docs_s = docs.len() as f64 / median;
    let mb_s = measured_bytes as f64 / 1e6 / median;
    let rss = peak_rss_mb();
    if a.json {
        let stages: serde_json::Map<String, serde_json::Value> = stage_times
            .iter()
            .map(|(n, d)| {
                (
                    (*n).to_string(),
                    serde_json::json!(text_bytes as f64 / 1e6 / d.as_secs_f64().max(1e-9)),
                )
            })
            .collect();
        outln!(
            "{}",
            serde_json::json!({"what": label, "docs": docs.len(), "bytes": measured_bytes,
                "median_s": median, "docs_per_s": docs_s, "mb_per_s": mb_s,
                "peak_rss_mb": rss, "stage_mb_per_s": stages, "runs": repeat})
        );
    } else {
        outln!(
            "{label}: {} docs, {:.1} MB, median of {repeat}: {:.3} s → {:.0} docs/s, {:.1} MB/s (one thread); peak RSS {}",
            docs.len(),
            measured_bytes as f64 / 1e6,
            median,
            docs_s,
            mb_s,
            rss.map(|r| format!("{r:.0} MB"))
                .unwrap_or_else(|| "unknown".into())
        );
        for (n, d) in &stage_times {
            outln!(
                "  stage {n:<10} {:>8.1} MB/s  ({:.3} s)",
                text_bytes as f64 / 1e6 / d.as_secs_f64().max(1e-9),
                d.as_secs_f64()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `sitrep bench fuse`: cluster and aggregate N synthetic mentions, median of runs.
fn fuse(a: &Args) -> Result<ExitCode> {
    let n = a.mentions.unwrap_or(100_000);
    let (docs, mentions) = sitrep_fuse::bench::workload(n, 7);
    let reg = sitrep_fuse::registry::Registry::embedded();
    let mut runs: Vec<sitrep_fuse::bench::BenchRun> = (0..a.repeat.max(1))
        .map(|_| sitrep_fuse::bench::run(&docs, &mentions, &reg))
        .collect();
    runs.sort_by_key(|r| r.cluster + r.aggregate);
    let r = runs[runs.len() / 2];
    let total = (r.cluster + r.aggregate).as_secs_f64();
    let rss = peak_rss_mb();
    if a.json {
        outln!(
            "{}",
            serde_json::json!({"what": "fuse", "mentions": r.mentions, "incidents": r.incidents,
                "median_s": total, "cluster_s": r.cluster.as_secs_f64(),
                "aggregate_s": r.aggregate.as_secs_f64(), "peak_rss_mb": rss, "runs": runs.len()})
        );
    } else {
        outln!(
            "fuse: {} mentions → {} incidents, median of {}: {:.2} s (cluster {:.2} s, aggregate {:.2} s; one thread); peak RSS {}",
            r.mentions,
            r.incidents,
            runs.len(),
            total,
            r.cluster.as_secs_f64(),
            r.aggregate.as_secs_f64(),
            rss.map(|x| format!("{x:.0} MB"))
                .unwrap_or_else(|| "unknown".into())
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The process's peak resident set size (Linux `VmHWM`), in MB.
pub fn peak_rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
