//! `sitrep eval`: scores against annotated corpora read from outside the project
//! (DESIGN §5: evaluation data is never copied in).

use super::parse_lang;
use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use sitrep_core::Lang;
use sitrep_eval::timeml::{
    self, Counts, DocScore, ErrorItem, Report, TimemlDoc, TimemlError, score_document,
};
use sitrep_extract::Extractor;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

#[derive(clap::Subcommand)]
pub enum What {
    /// Score time expressions the TempEval-3 way against TimeML gold files.
    #[command(after_help = "\
Examples:
  sitrep eval timeml --gold ../shared/data/timeml/en-tbaq
  sitrep eval timeml --gold ../shared/data/timeml/fr-timebank/gold --lang fr --errors /tmp/fr.err
  sitrep eval timeml --gold gold/ --system heideltime-out/ --json
  grep '^VALUE' /tmp/fr.err | less

Without --system, sitrep runs on the text of each gold file (tags stripped, DCT from the
file). With --system, files are paired by name: X.tml, X.tml.TE3input and X.TE3input
match. Strict match: identical extents; relaxed: overlapping extents, one-to-one; type and
value accuracy are over relaxed matches; value F1 = relaxed F1 × value accuracy (the
TempEval-3 ranking metric). The DCT is not scored; extents are trimmed of whitespace.

--errors writes one line per problem: MISS, SPURIOUS, EXTENT, TYPE, VALUE, then the file,
the text, the types and values, the DCT and the context. Unreadable files are reported
and skipped; the run then exits non-zero.")]
    Timeml(TimemlArgs),
    /// Compare what sitrep extracts from ACLED's notes with the coded columns.
    #[command(after_help = "\
Examples:
  sitrep gazetteer import ../shared/data/geonames/ML.txt
  sitrep eval acled ../shared/data/acled/mali_2015_2019.csv
  sitrep eval acled ../shared/data/acled/mali_2015_2019.csv --json --errors /tmp/acled.err

Each row's notes are extracted with the row's event_date as the publication date, and the
first event found is compared with the coded columns. Location: the share of rows whose
extracted place is within 25 km and within 161 km (100 miles) of the coded coordinates,
and the median error; a row where sitrep finds no place counts as a miss. The gazetteer
is the imported index when there is one (see `sitrep gazetteer import`), else the small
default. Actors: whether the coded actor1 / actor2 (ACLED's spelling on the row's date;
a coded unit such as \"… Gendarmerie\" matches its force) and their inter codes are among
the actors sitrep names, and whether sitrep's actor1 / actor2 match them. --errors lists
every miss, one line each with the row's notes: PLACE, ACTOR, TYPE, SUBTYPE, INTER1,
INTER2, FATALITIES, DATE (a dated note whose date sitrep got wrong).")]
    Acled(AcledArgs),
}

#[derive(clap::Args)]
pub struct AcledArgs {
    /// An ACLED CSV export (event_id_cnty, event_date, …, notes).
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,
    /// Print one JSON object instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Write the rows that miss to FILE, one per line.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Only the first N rows.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    #[command(flatten)]
    pub gazetteer: super::GazArg,
}

#[derive(clap::Args)]
pub struct TimemlArgs {
    /// Directory of gold TimeML files (*.tml, searched recursively).
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Directory of system TimeML files to score instead of running sitrep.
    #[arg(long, value_name = "DIR")]
    pub system: Option<PathBuf>,
    /// Language of the documents: en or fr (default: detected per document).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Write the per-document error list to FILE.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Print one JSON object instead of the table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: Args) -> Result<ExitCode> {
    match a.what {
        What::Timeml(t) => run_timeml(t),
        What::Acled(t) => run_acled(t),
    }
}

fn run_acled(a: AcledArgs) -> Result<ExitCode> {
    use sitrep_eval::acled;
    let t0 = Instant::now();
    let mut rows = acled::read(&a.file)?;
    if let Some(n) = a.limit {
        rows.truncate(n);
    }
    let extractor = super::extractor(&a.gazetteer)?;
    let found: Vec<acled::Found> = rows
        .par_iter()
        .map(|r| {
            let mut d = sitrep_core::Document::from_text(r.event_id_cnty.clone(), r.notes.clone());
            d.meta.published = r.date();
            d.meta.lang = sitrep_ingest::detect_lang(&r.notes);
            let doc = extractor.extract(d);
            let actors = actors_in_order(&doc);
            // The first event sitrep lists (the most salient current one).
            let ev = doc
                .events
                .iter()
                .find(|e| !e.background)
                .or(doc.events.first());
            let coded = |a: &Option<sitrep_core::records::EventActor>| {
                a.as_ref().map(|a| {
                    (
                        a.acled_name.clone().unwrap_or_else(|| a.name.clone()),
                        a.inter,
                    )
                })
            };
            let place = ev
                .and_then(|e| e.location.as_ref())
                .and_then(|l| Some((l.name.clone(), l.lat?, l.lon?)))
                .or_else(|| {
                    super::event_place(&doc)
                        .map(|p| (p.name.clone(), p.lat.unwrap_or(0.0), p.lon.unwrap_or(0.0)))
                });
            acled::Found {
                place,
                actor1: ev.and_then(|e| coded(&e.actor1)),
                actor2: ev.and_then(|e| coded(&e.actor2)),
                actors,
                event_type: ev.map(|e| e.event_type.clone()),
                sub_event_type: ev.map(|e| e.sub_event_type.clone()),
                fatalities: ev.and_then(|e| e.fatalities.killed),
                date: ev.and_then(|e| e.date.as_ref()).and_then(|d| d.start),
                notes_dated: doc
                    .times
                    .iter()
                    .any(|t| t.precision == 1 && t.start.is_some()),
            }
        })
        .collect();
    let (places, mut errors) = acled::score_places(&rows, &found);
    let (actors, actor_errors) = acled::score_actors(&rows, &found);
    let (events, event_errors) = acled::score_events(&rows, &found);
    let mut errors: Vec<String> = errors.drain(..).map(|e| e.to_string()).collect();
    errors.extend(actor_errors.iter().map(|e| e.to_string()));
    errors.extend(event_errors.iter().map(|e| e.to_string()));
    if let Some(path) = &a.errors {
        let mut w = std::io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("{}: cannot create", path.display()))?,
        );
        for e in &errors {
            writeln!(w, "{e}")?;
        }
        w.flush()
            .with_context(|| format!("{}: cannot write", path.display()))?;
    }
    if a.json {
        outln!(
            "{}",
            serde_json::json!({"file": a.file.display().to_string(), "rows": rows.len(),
                "gazetteer": extractor.resources().gazetteer().len(),
                "places": places, "within_25_km_pct": places.pct(places.within_25_km),
                "within_161_km_pct": places.pct(places.within_161_km),
                "actors": actors, "events": events})
        );
    } else {
        outln!(
            "ACLED: {} rows from {} ({:.1} s; gazetteer of {} places)",
            rows.len(),
            a.file.display(),
            t0.elapsed().as_secs_f64(),
            extractor.resources().gazetteer().len()
        );
        outln!(
            "location           located {:>6.2}%   within 25 km {:>6.2}%   within 161 km {:>6.2}%   median error {}",
            places.pct(places.located),
            places.pct(places.within_25_km),
            places.pct(places.within_161_km),
            places
                .median_error_km
                .map(|d| format!("{d:.1} km"))
                .unwrap_or_else(|| "-".into())
        );
        let pct = |n: usize, of: usize| {
            if of == 0 {
                0.0
            } else {
                100.0 * n as f64 / of as f64
            }
        };
        outln!(
            "event              found {:>6.2}%   type {:>6.2}%   sub-type {:>6.2}%   fatalities exact {:>6.2}%",
            events.pct(events.found),
            events.pct(events.event_type),
            events.pct(events.sub_event_type),
            events.pct(events.fatalities_exact),
        );
        outln!(
            "event actors       actor1 {:>6.2}%   inter1 {:>6.2}%   actor2 {:>6.2}%   inter2 {:>6.2}%   date exact {:>6.2}% of {} dated notes",
            events.pct(events.actor1),
            events.pct(events.inter1),
            events.pct(events.actor2),
            events.pct(events.inter2),
            pct(events.date_exact, events.dated_rows),
            events.dated_rows,
        );
        outln!(
            "  either order       inter1 {:>6.2}%   inter2 {:>6.2}%   (of all rows, a battle or remote violence also right with its sides swapped: ACLED's codebook leaves their order open)",
            events.pct(events.inter1_either),
            events.pct(events.inter2_either),
        );
        // Confusion of event types: rows are the coded type, columns sitrep's.
        let mut cols: Vec<&String> = events.confusion.values().flat_map(|m| m.keys()).collect();
        cols.sort();
        cols.dedup();
        let short = |s: &str| s.chars().take(12).collect::<String>();
        print!("{:<28}", "coded \\ sitrep");
        for c in &cols {
            print!(" {:>12}", short(c));
        }
        outln!();
        for (coded, row) in &events.confusion {
            print!("{:<28}", short(coded));
            for c in &cols {
                print!(" {:>12}", row.get(*c).copied().unwrap_or(0));
            }
            outln!();
        }
        outln!(
            "actor1             named {:>6.2}%   inter1 named {:>6.2}%   first actor = actor1 {:>6.2}%   its inter = inter1 {:>6.2}%",
            pct(actors.actor1_named, actors.rows),
            pct(actors.inter1_named, actors.rows),
            pct(actors.actor1_correct, actors.rows),
            pct(actors.inter1_correct, actors.rows),
        );
        outln!(
            "actor2 ({:>5} rows) named {:>6.2}%   inter2 named {:>6.2}%   second actor = actor2 {:>6.2}%   its inter = inter2 {:>6.2}%",
            actors.rows_with_actor2,
            pct(actors.actor2_named, actors.rows_with_actor2),
            pct(actors.inter2_named, actors.rows_with_actor2),
            pct(actors.actor2_correct, actors.rows_with_actor2),
            pct(actors.inter2_correct, actors.rows_with_actor2),
        );
        if let Some(p) = &a.errors {
            outln!("{} error line(s) in {}", errors.len(), p.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Where system timexes come from.
enum Source {
    Sitrep(Extractor),
    Files(HashMap<String, PathBuf>),
}

fn run_timeml(a: TimemlArgs) -> Result<ExitCode> {
    let t0 = Instant::now();
    if !a.gold.is_dir() {
        bail!("{}: not a directory", a.gold.display());
    }
    let (gold_files, mut failures) = timeml::find_files(&a.gold, |p| {
        p.extension().is_some_and(|e| e.eq_ignore_ascii_case("tml"))
    });
    if gold_files.is_empty() {
        bail!("no *.tml files under {}", a.gold.display());
    }
    let source = match &a.system {
        None => Source::Sitrep(Extractor::embedded()),
        Some(dir) => {
            if !dir.is_dir() {
                bail!("{}: not a directory", dir.display());
            }
            let (files, errors) = timeml::find_files(dir, timeml::is_timeml_name);
            failures.extend(errors);
            let mut map = HashMap::new();
            for f in files {
                let k = timeml::doc_key(&f);
                if let Some(prev) = map.insert(k, f.clone()) {
                    failures.push(TimemlError::new(
                        f.display().to_string(),
                        None,
                        format!("same name as {} (this one is used)", prev.display()),
                    ));
                }
            }
            Source::Files(map)
        }
    };
    let results: Vec<(Option<DocScore>, Vec<TimemlError>)> = gold_files
        .par_iter()
        .map(|p| score_one(p, &source, a.lang))
        .collect();
    let mut counts = Counts::default();
    let mut errors: Vec<ErrorItem> = Vec::new();
    for (score, errs) in results {
        failures.extend(errs);
        if let Some(s) = score {
            counts += s.counts;
            errors.extend(s.errors);
        }
    }
    for f in &failures {
        eprintln!("sitrep: {f}");
    }
    if let Some(path) = &a.errors {
        let mut w = std::io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("{}: cannot create", path.display()))?,
        );
        for e in &errors {
            writeln!(w, "{e}")?;
        }
        w.flush()
            .with_context(|| format!("{}: cannot write", path.display()))?;
    }
    let report = Report::new(counts);
    let system = match &a.system {
        None => "sitrep".to_string(),
        Some(d) => d.display().to_string(),
    };
    let mut out = std::io::stdout().lock();
    if a.json {
        let v = JsonOut {
            report: &report,
            source: &system,
            failed: failures.len(),
            errors: errors.len(),
            seconds: t0.elapsed().as_secs_f64(),
        };
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else {
        write_table(
            &mut out,
            &report,
            &system,
            failures.len(),
            t0.elapsed().as_secs_f64(),
        )?;
        if let Some(p) = &a.errors {
            writeln!(out, "{} error line(s) in {}", errors.len(), p.display())?;
        }
    }
    Ok(if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Reads one gold file, gets the system's timexes for it, scores them. A problem on the
/// system side (no file, unreadable, different text) is reported and the document is
/// scored with no system timexes, so its gold ones count as missed.
fn score_one(
    path: &Path,
    source: &Source,
    lang: Option<Lang>,
) -> (Option<DocScore>, Vec<TimemlError>) {
    let gold = match TimemlDoc::read(path) {
        Ok(g) => g,
        Err(e) => return (None, vec![e]),
    };
    let mut errs = Vec::new();
    let system = match source {
        Source::Sitrep(x) => {
            let doc = x.extract(super::timex::document_for(&gold, lang));
            timeml::system_timexes(&gold.text, &doc.times)
        }
        Source::Files(map) => match map.get(&timeml::doc_key(path)) {
            None => {
                errs.push(TimemlError::new(
                    gold.file.clone(),
                    None,
                    "no system file of that name: its timexes count as missed",
                ));
                Vec::new()
            }
            Some(sp) => match TimemlDoc::read_with_dct(sp, Some(gold.dct)) {
                Err(e) => {
                    errs.push(e);
                    Vec::new()
                }
                Ok(sys) => match timeml::align(&sys.text, &gold.text, &sys.timexes) {
                    Some(t) => t,
                    None => {
                        errs.push(TimemlError::new(
                            sys.file.clone(),
                            None,
                            format!(
                                "its TEXT differs from the gold's ({}) beyond whitespace: not scored",
                                gold.file
                            ),
                        ));
                        Vec::new()
                    }
                },
            },
        },
    };
    (Some(score_document(&gold, &system)), errs)
}

#[derive(serde::Serialize)]
struct JsonOut<'a> {
    #[serde(flatten)]
    report: &'a Report,
    /// Where system timexes came from: `sitrep`, or the --system directory.
    source: &'a str,
    /// Files reported as unreadable or unmatched.
    failed: usize,
    /// Lines of the error list.
    errors: usize,
    seconds: f64,
}

fn pct(x: f64) -> String {
    format!("{:6.2}", 100.0 * x)
}

fn write_table(
    out: &mut impl Write,
    r: &Report,
    system: &str,
    failed: usize,
    seconds: f64,
) -> std::io::Result<()> {
    writeln!(
        out,
        "TempEval-3 timexes: {} document(s), {} gold, {} system ({system}, {seconds:.1} s{})",
        r.documents,
        r.gold,
        r.system,
        if failed > 0 {
            format!(", {failed} problem(s) reported")
        } else {
            String::new()
        }
    )?;
    writeln!(out, "{:<16}{:>8}{:>8}{:>8}", "", "P", "R", "F1")?;
    for (name, p) in [("strict", &r.strict), ("relaxed", &r.relaxed)] {
        writeln!(
            out,
            "{name:<16}{:>8}{:>8}{:>8}",
            pct(p.precision),
            pct(p.recall),
            pct(p.f1)
        )?;
    }
    writeln!(out, "{:<16}{:>8}", "type accuracy", pct(r.type_accuracy))?;
    writeln!(out, "{:<16}{:>8}", "value accuracy", pct(r.value_accuracy))?;
    writeln!(out, "{:<16}{:>8}", "value F1", pct(r.value_f1))?;
    Ok(())
}

/// The distinct actors a document names, in order of first mention, as ACLED would
/// write them: a person counts as the group they belong to.
fn actors_in_order(doc: &sitrep_core::Doc) -> Vec<(String, Option<u8>)> {
    let mut out: Vec<(String, Option<u8>)> = Vec::new();
    for m in &doc.actors {
        let name = if m.resolved {
            m.acled_name.clone().unwrap_or_else(|| m.name.clone())
        } else {
            m.name.clone()
        };
        if !out.iter().any(|(n, _)| *n == name) {
            out.push((name, m.inter));
        }
    }
    out
}
