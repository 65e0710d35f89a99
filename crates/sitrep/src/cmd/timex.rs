//! `sitrep timex`: the time expressions the pipeline finds in a document, as TimeML (for
//! the TempEval-3 toolkit) or as the `mentions.times` JSON.

use super::{parse_date, parse_lang};
use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use sitrep_core::records::TimeMention;
use sitrep_core::{Date, Document, Lang};
use sitrep_eval::timeml::{self, TimemlDoc};
use sitrep_extract::Extractor;
use sitrep_ingest::{Format, IngestOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimexFormat {
    /// The input with the TIMEX3 tags sitrep finds (plain text is wrapped in TimeML).
    Timeml,
    /// `{"id", "dct", "lang", "times"}`, times as in `sitrep extract`'s mentions.times.
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// A plain-text or TimeML (.tml, .TE3input) file, a directory of them, or - for
    /// standard input.
    #[arg(value_name = "FILE|DIR|-", default_value = "-")]
    pub input: String,
    /// Document creation time; overrides the DCT of a TimeML file.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub dct: Option<Date>,
    /// Language: en or fr (default: detected per document).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Output format.
    #[arg(long, value_enum, default_value = "timeml")]
    pub format: TimexFormat,
    /// Write one file per input into DIR (required when the input is a directory).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

pub fn run(a: Args) -> Result<ExitCode> {
    let extractor = Extractor::embedded();
    let path = Path::new(&a.input);
    if a.input != "-" && path.is_dir() {
        return run_dir(&extractor, path, &a);
    }
    let (name, bytes) = if a.input == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .context("reading standard input")?;
        ("-".to_string(), b)
    } else {
        let b = std::fs::read(path).with_context(|| format!("{}: cannot read", a.input))?;
        (a.input.clone(), b)
    };
    let out = tag(&extractor, &name, bytes, &a)?;
    match &a.out {
        Some(dir) => {
            let file = if name == "-" { "stdin" } else { &name };
            let dest = dir.join(output_name(Path::new(file), a.format));
            write_file(&dest, &out)?;
        }
        None => {
            let mut so = std::io::stdout().lock();
            so.write_all(out.as_bytes())?;
            if !out.ends_with('\n') {
                writeln!(so)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run_dir(extractor: &Extractor, dir: &Path, a: &Args) -> Result<ExitCode> {
    let Some(out) = &a.out else {
        bail!(
            "{} is a directory: give --out DIR for the output files",
            dir.display()
        );
    };
    let (files, errors) = timeml::find_files(dir, |p| {
        timeml::is_timeml_name(p) || p.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"))
    });
    let mut failed = errors.len();
    for e in &errors {
        eprintln!("sitrep: {e}");
    }
    if files.is_empty() {
        bail!("no .tml, .TE3input or .txt files under {}", dir.display());
    }
    let results: Vec<Result<()>> = files
        .par_iter()
        .map(|p| {
            let name = p.display().to_string();
            let bytes = std::fs::read(p).with_context(|| format!("{name}: cannot read"))?;
            let text = tag(extractor, &name, bytes, a)?;
            let rel = p.strip_prefix(dir).unwrap_or(p);
            let dest = out
                .join(rel.parent().unwrap_or(Path::new("")))
                .join(output_name(rel, a.format));
            write_file(&dest, &text)
        })
        .collect();
    for r in &results {
        if let Err(e) = r {
            failed += 1;
            eprintln!("sitrep: {e:#}");
        }
    }
    let written = results.iter().filter(|r| r.is_ok()).count();
    eprintln!(
        "sitrep: {written} file(s) written to {}, {failed} failed",
        out.display()
    );
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn write_file(dest: &Path, content: &str) -> Result<()> {
    if let Some(parent) = dest.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("{}: cannot create directory", parent.display()))?;
    }
    std::fs::write(dest, content).with_context(|| format!("{}: cannot write", dest.display()))
}

/// `X.tml.TE3input` → `X.tml` (the TempEval-3 toolkit pairs system and gold files by
/// name), `report.txt` → `report.tml`; JSON gets `.json` in place of those extensions.
pub fn output_name(input: &Path, format: TimexFormat) -> String {
    let name = input
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".into());
    let strip = |s: &str, ext: &str| -> Option<String> {
        (s.len() > ext.len() && s[s.len() - ext.len()..].eq_ignore_ascii_case(ext))
            .then(|| s[..s.len() - ext.len()].to_string())
    };
    let base = strip(&name, ".te3input").unwrap_or(name);
    let stem = strip(&base, ".tml")
        .or_else(|| strip(&base, ".txt"))
        .unwrap_or(base);
    match format {
        TimexFormat::Timeml => format!("{stem}.tml"),
        TimexFormat::Json => format!("{stem}.json"),
    }
}

/// TimeML by extension, or by content starting with `<?xml` or `<TimeML`.
fn looks_like_timeml(name: &str, bytes: &[u8]) -> bool {
    if timeml::is_timeml_name(Path::new(name)) {
        return true;
    }
    let b = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let b = &b[start..];
    b.starts_with(b"<?xml") || b.starts_with(b"<TimeML")
}

/// The pipeline's document for a TimeML file: its plain TEXT as is (spans must index
/// it), dated by the DCT.
pub fn document_for(t: &TimemlDoc, lang: Option<Lang>) -> Document {
    let mut d = Document::from_text(t.id.clone(), t.text.clone());
    d.meta.published = Some(t.dct);
    d.meta.lang = lang.unwrap_or_else(|| sitrep_ingest::detect_lang(&t.text));
    d.meta.lang_detected = lang.is_none();
    d.meta.source_path = Some(t.file.clone());
    d.meta.format = "timeml".into();
    d
}

#[derive(serde::Serialize)]
struct TimexJson<'a> {
    id: &'a str,
    dct: Option<Date>,
    lang: Lang,
    times: &'a [TimeMention],
}

/// Runs the pipeline on one input and renders the output.
fn tag(extractor: &Extractor, name: &str, bytes: Vec<u8>, a: &Args) -> Result<String> {
    if looks_like_timeml(name, &bytes) {
        let t = TimemlDoc::parse_bytes(name, bytes, a.dct)?;
        let doc = extractor.extract(document_for(&t, a.lang));
        return Ok(match a.format {
            TimexFormat::Timeml => t.write(&timeml::system_timexes(&t.text, &doc.times)),
            TimexFormat::Json => json(&doc.document, &doc.times),
        });
    }
    let opts = IngestOptions {
        lang: a.lang,
        date: a.dct,
        format: Some(Format::Text),
        source: None,
    };
    let parsed = sitrep_ingest::parse_bytes(name, &bytes, &opts);
    if let Some(e) = parsed.errors.into_iter().next() {
        bail!("{e}");
    }
    let Some(document) = parsed.docs.into_iter().next() else {
        bail!("{name}: no text");
    };
    let doc = extractor.extract(document);
    match a.format {
        TimexFormat::Json => Ok(json(&doc.document, &doc.times)),
        TimexFormat::Timeml => {
            let Some(dct) = doc.published() else {
                bail!(
                    "{name}: no date for this text: give --dct YYYY-MM-DD (TimeML needs a document creation time)"
                );
            };
            let wrapped = timeml::wrap_plain(&doc.document.meta.id, dct, doc.text());
            let t = TimemlDoc::parse(name, wrapped)?;
            debug_assert_eq!(t.text, doc.text());
            Ok(t.write(&timeml::system_timexes(&t.text, &doc.times)))
        }
    }
}

fn json(d: &Document, times: &[TimeMention]) -> String {
    let v = TimexJson {
        id: &d.meta.id,
        dct: d.meta.published,
        lang: d.meta.lang,
        times,
    };
    serde_json::to_string_pretty(&v).expect("times serialize")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_names_line_up_with_gold() {
        let n = |s: &str, f| output_name(Path::new(s), f);
        assert_eq!(n("a/ABC.tml.TE3input", TimexFormat::Timeml), "ABC.tml");
        assert_eq!(n("ABC.tml", TimexFormat::Timeml), "ABC.tml");
        assert_eq!(n("report.txt", TimexFormat::Timeml), "report.tml");
        assert_eq!(n("ABC.tml.TE3input", TimexFormat::Json), "ABC.json");
        assert_eq!(n("notes", TimexFormat::Json), "notes.json");
    }
}
