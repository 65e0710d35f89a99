//! The `sitrep` command line. Thin on purpose: each subcommand parses its arguments and
//! calls the library crates (ingest, extract, store) that hold the logic.

mod cmd;
mod examples;
mod output;
mod progress;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Extraction allocates many small, short-lived vectors and strings per document; mimalloc
/// serves them faster than the system allocator (see BENCHMARKS.md, Speed).
#[global_allocator]
static ALLOC: Mi = Mi;

/// mimalloc, asked for plain blocks when the alignment is at most 8. `mimalloc::MiMalloc`
/// asks `mi_malloc_aligned` for everything, and for a block that its fast path cannot
/// serve (over 1 KB, or the size class's page is full) that takes the over-allocating
/// path unless the size is a power of two: about 260 instructions a call, 28,000 calls
/// on 1,000 news documents (the word and token vectors), where `mi_malloc` is a plain
/// size-class allocation. Every mimalloc block is 8-aligned (block sizes are whole
/// words, block areas start 16-aligned); larger alignments still go to
/// `mi_malloc_aligned`. Frees and reallocations were already the plain calls.
struct Mi;

// SAFETY: mimalloc's entry points meet `GlobalAlloc`'s contract (blocks of at least
// `size` bytes at the alignment argued above, freed by `mi_free`); the aligned cases
// are delegated to `mimalloc::MiMalloc`.
unsafe impl std::alloc::GlobalAlloc for Mi {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= 8 {
            unsafe { libmimalloc_sys::mi_malloc(layout.size()) as *mut u8 }
        } else {
            unsafe { mimalloc::MiMalloc.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= 8 {
            unsafe { libmimalloc_sys::mi_zalloc(layout.size()) as *mut u8 }
        } else {
            unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
    }
}

const AFTER_HELP: &str = "\
Examples:
  sitrep demo                                  ingest the bundled Kidal corpus and print the ledger
  sitrep extract report.txt --date 2023-11-13  events, claims and mentions of one report as JSON
  sitrep ingest reports/ feeds/*.xml           store documents (and their events) in sitrep.db
  sitrep search 'drone Kidal'                  full-text search with highlighted snippets
  sitrep events --format csv                   event mentions in the store
  sitrep eval timeml --gold DIR                time expressions scored against TimeML gold
  sitrep gazetteer import ML.txt               use the GeoNames dump of Mali for places

The store is ./sitrep.db unless --db PATH or the SITREP_DB environment variable says otherwise.";

#[derive(Parser)]
#[command(
    name = "sitrep",
    version,
    about = "Turn conflict reporting into a sourced, geocoded, corroboration-graded event ledger",
    long_about = "sitrep reads news articles, wire dispatches, communiqués, press releases and UN \
statements (English and French) and extracts what happened, where, when, who, how many dead \
— and who says so — with every field pointing at the words that justify it.",
    after_help = AFTER_HELP
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// `--db` for every command that touches the store.
#[derive(clap::Args, Clone, Debug)]
pub struct DbArg {
    /// The store file (SQLite). Created if missing.
    #[arg(long, value_name = "PATH", env = "SITREP_DB", default_value = sitrep_store::DEFAULT_DB)]
    pub db: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// Store documents (and the events extracted from them) in the ledger store.
    #[command(after_help = "\
Examples:
  sitrep ingest report.html                     one page
  sitrep ingest reports/ 'feeds/*.xml'          a directory (recursive) and a glob
  sitrep ingest corpus.jsonl --source AFP       JSONL, one document per line, outlet forced
  cat dispatch.txt | sitrep ingest - --date 2023-11-08 --lang fr

Formats are detected by content and extension: plain text, HTML, RSS 2.0, Atom, JSONL.
Re-ingesting a document with the same text changes nothing. Failures are reported one per
line, the rest goes on, and the run exits non-zero saying how many were stored and rejected.")]
    Ingest(cmd::ingest::Args),
    /// Print the events, claims and mentions of documents as JSON (no store needed).
    #[command(after_help = "\
Examples:
  sitrep extract report.txt --date 2023-11-13
  sitrep extract - --lang fr < communique.txt
  sitrep extract corpus.jsonl --format jsonl > extracted.jsonl

With --format jsonl and JSONL input, the output has one line per input line, in order, and
doc.id echoes each input id; a malformed line gives a line {\"error\": …, \"line\": N}.")]
    Extract(cmd::extract::Args),
    /// Full-text search over stored documents, with highlighted snippets.
    #[command(after_help = "\
Examples:
  sitrep search Kidal
  sitrep search 'drone AND enfants'          accents and case are ignored
  sitrep search '\"non-aggression pact\"'       a phrase
  sitrep search 'Tessal*' --format jsonl      a prefix, as JSON lines")]
    Search(cmd::search::Args),
    /// List the event mentions in the store (one per report that mentions an event).
    #[command(after_help = "\
Examples:
  sitrep events
  sitrep events --since 2023-11-01 --type Battles --format csv
  sitrep events --format geojson > events.geojson
  sitrep events --all                          include background (history, hypotheticals)")]
    Events(cmd::events::Args),
    /// List the incidents: event mentions from all reports, fused, graded, with toll ranges.
    #[command(after_help = "\
Examples:
  sitrep incidents
  sitrep incidents --near Kidal --within 50 --since 2023-11-01
  sitrep incidents --grade contested --format jsonl
  sitrep incidents --type Battles --actor CSP-PSD --format csv
  sitrep incidents --format geojson > incidents.geojson

Grades: confirmed (the acting party acknowledges it and an independent origin reports it),
corroborated (two or more independent origins), claimed (one origin, or only one camp's
partisan sources), contested (camps or independent origins contradict each other). The
toll is low–high (best) across origins; best is the lowest by default (ACLED's rule).")]
    Incidents(cmd::incidents::Args),
    /// Show one incident: its sources grouped by camp, grade and reason, toll per source,
    /// contradictions, and its history.
    #[command(after_help = "\
Examples:
  sitrep show 3
  sitrep show 3 --json")]
    Show(cmd::incidents::ShowArgs),
    /// Fuse the stored event mentions into incidents (ingest and demo do it already).
    #[command(after_help = "\
Examples:
  sitrep fuse                         fuse what is new
  sitrep fuse --rebuild               from scratch (history is kept)
  sitrep fuse --rebuild --best median the median figure as the best toll")]
    Fuse(cmd::incidents::FuseArgs),
    /// Export the ledger: ACLED-style CSV, JSONL or GeoJSON.
    #[command(after_help = "\
Examples:
  sitrep export --format acled-csv > ledger.csv
  sitrep export --format geojson --out ledger.geojson")]
    Export(cmd::export::Args),
    /// Ingest the bundled example corpus (battle of Kidal, November 2023) and print the ledger.
    #[command(after_help = "\
Examples:
  sitrep demo                     into ./sitrep.db
  sitrep demo --db /tmp/kidal.db  into another store")]
    Demo(cmd::demo::Args),
    /// Serve the HTTP API and the offline web page (map, timeline, incident view, search).
    #[command(after_help = cmd::serve::AFTER_HELP)]
    Serve(cmd::serve::Args),
    /// Measure throughput (docs/s, MB/s) and peak memory of extract, ingest and segmentation.
    #[command(after_help = "\
Examples:
  sitrep gen-corpus --docs 20000 --out /tmp/corpus.jsonl
  sitrep bench extract /tmp/corpus.jsonl
  sitrep bench ingest /tmp/corpus.jsonl --repeat 5
  sitrep bench segment /tmp/corpus.jsonl
  sitrep bench fuse --mentions 100000             fusion of synthetic event mentions

Each run reports the median over --repeat runs and the process's peak RSS. Run one stage per
process when the peak RSS figure matters.")]
    Bench(cmd::bench::Args),
    /// Write a large synthetic corpus (JSONL, English and French) for benchmarks.
    #[command(after_help = "\
Examples:
  sitrep gen-corpus --docs 20000 --out /tmp/corpus.jsonl
  sitrep gen-corpus --docs 1000 --size 1600 --seed 7 --out small.jsonl")]
    GenCorpus(cmd::gen_corpus::Args),
    /// Print the time expressions sitrep finds, as TimeML (TIMEX3 tags) or JSON.
    #[command(after_help = "\
Examples:
  sitrep timex report.txt --dct 2023-11-13                  plain text, wrapped in TimeML
  sitrep timex ABC19980108.tml.TE3input --format json
  sitrep timex te3-input/ --out /tmp/system                 one X.tml per X.tml.TE3input
  sitrep eval timeml --gold te3-gold/ --system /tmp/system

TimeML input (.tml, .TE3input, or content starting with <?xml or <TimeML) keeps everything
but its TIMEX3 tags inside <TEXT>, which are replaced by sitrep's; its DCT dates the
document unless --dct is given. Plain text needs --dct for TimeML output. JSON spans are
byte offsets into the TEXT content (TimeML) or the normalized text (plain text). With a
directory, failures are reported and the rest goes on; the exit code says if any failed.")]
    Timex(cmd::timex::Args),
    /// Evaluate sitrep against annotated corpora (TimeML: TempEval-3 timex scores).
    #[command(after_help = "\
Examples:
  sitrep eval timeml --gold ../shared/data/timeml/en-tbaq
  sitrep eval timeml --gold ../shared/data/timeml/fr-timebank/gold --errors /tmp/fr.err
  sitrep eval timeml --gold gold/ --system out/ --json")]
    Eval(cmd::eval::Args),
    /// Import GeoNames data into sitrep's gazetteer, look names up, see which one is used.
    #[command(after_help = cmd::gazetteer::AFTER_HELP)]
    Gazetteer(cmd::gazetteer::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Extract(a) => cmd::extract::run(a),
        Command::Search(a) => cmd::search::run(a),
        Command::Events(a) => cmd::events::run(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Incidents(a) => cmd::incidents::run(a),
        Command::Show(a) => cmd::incidents::show(a),
        Command::Fuse(a) => cmd::incidents::fuse(a),
        Command::Demo(a) => cmd::demo::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Bench(a) => cmd::bench::run(a),
        Command::GenCorpus(a) => cmd::gen_corpus::run(a),
        Command::Timex(a) => cmd::timex::run(a),
        Command::Eval(a) => cmd::eval::run(a),
        Command::Gazetteer(a) => cmd::gazetteer::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("sitrep: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// `sitrep events | head` must end quietly.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
