//! TimeML as TempEval-3 uses it: read gold (`*.tml`) and input (`*.TE3input`) files,
//! write a system's TIMEX3 tags into an input, and score system against gold.
//!
//! Spans are byte offsets into the document's *plain* TEXT content (tags stripped,
//! entities decoded, line ends normalized as XML does), the same coordinates sitrep's
//! stages use, so a `TimeMention` from the pipeline run on that text can be compared or
//! written back without conversion.

mod read;
mod score;
mod write;

pub use read::TimemlDoc;
pub use score::{Counts, DocScore, ErrorItem, ErrorKind, Prf, Report, align, score_document};
pub use write::wrap_plain;

use serde::Serialize;
use sitrep_core::Span;
use sitrep_core::records::TimeMention;
use std::path::{Path, PathBuf};

/// One TIMEX3: gold from a file, or a system's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Timex {
    /// Byte span in the plain TEXT content.
    pub span: Span,
    pub text: String,
    /// Empty for system timexes not yet written.
    pub tid: String,
    /// DATE, TIME, DURATION or SET (upper-cased on reading).
    #[serde(rename = "type")]
    pub timex_type: String,
    pub value: String,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
}

impl Timex {
    pub fn from_mention(m: &TimeMention) -> Timex {
        Timex {
            span: m.span,
            text: m.text.clone(),
            tid: String::new(),
            timex_type: m.timex_type.as_str().to_string(),
            value: m.value.clone(),
            modifier: m.modifier.clone(),
        }
    }
}

/// A file-level problem, located by line so it can be fixed in an editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimemlError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl TimemlError {
    pub fn new(file: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> Self {
        TimemlError {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for TimemlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.file, l, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for TimemlError {}

/// The system timexes sitrep would write for `text`: spans trimmed of whitespace, empty
/// ones dropped, and overlaps resolved (TIMEX3 tags cannot nest or cross), keeping the
/// earlier one and, on equal starts, the longer. Scoring in memory goes through this
/// too, so it gives the same figures as writing files and scoring those.
pub fn system_timexes(text: &str, mentions: &[TimeMention]) -> Vec<Timex> {
    // An interval is tagged as its two ends, the way TimeML annotates it.
    let all: Vec<Timex> = mentions
        .iter()
        .flat_map(|m| {
            if m.parts.is_empty() {
                vec![Timex::from_mention(m)]
            } else {
                m.parts
                    .iter()
                    .map(|p| Timex {
                        span: p.span,
                        text: p.text.clone(),
                        value: p.value.clone(),
                        ..Timex::from_mention(m)
                    })
                    .collect()
            }
        })
        .collect();
    prepare(text, &all)
}

/// Trims, drops empty and out-of-range spans, removes overlaps (see [`system_timexes`]).
pub fn prepare(text: &str, timexes: &[Timex]) -> Vec<Timex> {
    let mut v: Vec<Timex> = timexes
        .iter()
        .filter_map(|t| {
            let span = trim_span(text, t.span)?;
            Some(Timex {
                span,
                text: span.of(text).to_string(),
                ..t.clone()
            })
        })
        .collect();
    v.sort_by_key(|t| (t.span.start, std::cmp::Reverse(t.span.end)));
    let mut out: Vec<Timex> = Vec::with_capacity(v.len());
    for t in v {
        if out.last().is_none_or(|p| p.span.end <= t.span.start) {
            out.push(t);
        }
    }
    out
}

/// `span` without whitespace at either end; `None` if nothing is left or the span does
/// not fit `text` (a system's offsets are not trusted).
pub fn trim_span(text: &str, span: Span) -> Option<Span> {
    let r = span.range();
    if r.end > text.len() || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
        return None;
    }
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    Some(Span::new(r.start + lead, r.start + lead + t.len()))
}

/// The name files are matched by: `ABC.tml.TE3input`, `ABC.tml` and `ABC.TE3input`
/// all give `ABC`, so a system directory of either kind lines up with the gold one.
pub fn doc_key(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut k = name.as_str();
    for ext in [".te3input", ".tml"] {
        if k.len() > ext.len() && k[k.len() - ext.len()..].eq_ignore_ascii_case(ext) {
            k = &k[..k.len() - ext.len()];
        }
    }
    k.to_string()
}

/// Whether a path looks like a TimeML file by its extension.
pub fn is_timeml_name(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("tml") || e.eq_ignore_ascii_case("te3input"))
}

/// Files under `dir` (recursively, sorted, hidden entries skipped) that `keep` accepts;
/// unreadable directories are reported, not fatal.
pub fn find_files(dir: &Path, keep: impl Fn(&Path) -> bool) -> (Vec<PathBuf>, Vec<TimemlError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(e) => {
                errors.push(TimemlError::new(
                    d.display().to_string(),
                    None,
                    e.to_string(),
                ));
                continue;
            }
        };
        for entry in entries.flatten() {
            let p = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            // Follow symlinks: corpora are often linked in.
            if p.is_dir() {
                stack.push(p);
            } else if p.is_file() && keep(&p) {
                files.push(p);
            }
        }
    }
    files.sort();
    (files, errors)
}

/// 1-based line of byte offset `pos`.
pub(crate) fn line_of(src: &str, pos: usize) -> usize {
    let pos = pos.min(src.len());
    src.as_bytes()[..pos]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_te3_extensions() {
        for n in ["ABC.tml.TE3input", "ABC.tml", "ABC.TE3input", "dir/ABC.tml"] {
            assert_eq!(doc_key(Path::new(n)), "ABC", "{n}");
        }
        assert_eq!(doc_key(Path::new("wsj_0006.txt")), "wsj_0006.txt");
    }

    #[test]
    fn trims_and_rejects_bad_spans() {
        let t = "on  Monday , then";
        assert_eq!(trim_span(t, Span::new(2, 11)), Some(Span::new(4, 10)));
        assert_eq!(trim_span(t, Span::new(2, 4)), None);
        assert_eq!(trim_span(t, Span::new(2, 99)), None);
        assert_eq!(trim_span("é", Span::new(1, 2)), None);
    }
}
