//! TempEval-3 timex scoring: extents (strict and relaxed), then type and value over the
//! relaxed matches. Value F1 (relaxed F1 × value accuracy) is the task's ranking metric,
//! since it rewards finding expressions and normalizing them at once.

use super::{TimemlDoc, Timex, trim_span};
use serde::Serialize;
use sitrep_core::Span;
use std::fmt;

/// Raw counts; micro-averaged figures come from their sums over documents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub documents: usize,
    pub gold: usize,
    pub system: usize,
    /// System timexes with exactly a gold timex's extent.
    pub strict: usize,
    /// Gold–system pairs with overlapping extents, one-to-one (includes the strict ones).
    pub relaxed: usize,
    /// Relaxed matches with the gold type.
    pub type_correct: usize,
    /// Relaxed matches with the gold value.
    pub value_correct: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.documents += o.documents;
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.type_correct += o.type_correct;
        self.value_correct += o.value_correct;
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

impl Prf {
    pub fn new(matched: usize, gold: usize, system: usize) -> Prf {
        let precision = ratio(matched, system);
        let recall = ratio(matched, gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

/// The figures TempEval-3 reports for timexes (fractions in 0..=1).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub documents: usize,
    pub gold: usize,
    pub system: usize,
    pub strict: Prf,
    pub relaxed: Prf,
    pub type_accuracy: f64,
    pub value_accuracy: f64,
    pub value_f1: f64,
    pub counts: Counts,
}

impl Report {
    pub fn new(c: Counts) -> Report {
        let relaxed = Prf::new(c.relaxed, c.gold, c.system);
        let value_accuracy = ratio(c.value_correct, c.relaxed);
        Report {
            documents: c.documents,
            gold: c.gold,
            system: c.system,
            strict: Prf::new(c.strict, c.gold, c.system),
            relaxed,
            type_accuracy: ratio(c.type_correct, c.relaxed),
            value_accuracy,
            value_f1: relaxed.f1 * value_accuracy,
            counts: c,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum ErrorKind {
    /// A gold timex no system timex overlaps.
    Miss,
    /// A system timex no gold timex overlaps.
    Spurious,
    /// Overlapping but not identical extents.
    Extent,
    /// Matched, with another type.
    Type,
    /// Matched, with another value.
    Value,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Miss => "MISS",
            ErrorKind::Spurious => "SPURIOUS",
            ErrorKind::Extent => "EXTENT",
            ErrorKind::Type => "TYPE",
            ErrorKind::Value => "VALUE",
        }
    }
}

/// One line of the development error list; `Display` gives the line.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ErrorItem {
    pub kind: ErrorKind,
    /// The gold file's name.
    pub doc: String,
    pub dct: String,
    pub gold: Option<Timex>,
    pub system: Option<Timex>,
    /// The surrounding text with the expression in brackets, on one line.
    pub context: String,
}

impl ErrorItem {
    fn at(&self) -> u32 {
        self.gold
            .as_ref()
            .or(self.system.as_ref())
            .map_or(0, |t| t.span.start)
    }
}

fn type_value(t: &Timex) -> String {
    match &t.modifier {
        Some(m) => format!("{} {} mod={m}", t.timex_type, t.value),
        None => format!("{} {}", t.timex_type, t.value),
    }
}

impl fmt::Display for ErrorItem {
    /// `KIND  doc  "text"  details  dct=…  ctx="…"`: one line, fixed leading columns, so
    /// `grep '^VALUE'` or `cut` work on it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<8}  {}  ", self.kind.as_str(), self.doc)?;
        match (&self.gold, &self.system) {
            (Some(g), None) | (None, Some(g)) => write!(f, "{:?}  {}", g.text, type_value(g))?,
            (Some(g), Some(s)) => match self.kind {
                ErrorKind::Extent => {
                    write!(f, "{:?}  sys={:?}  {}", g.text, s.text, type_value(g))?
                }
                ErrorKind::Type => write!(
                    f,
                    "{:?}  gold={} sys={}  value gold={} sys={}",
                    g.text, g.timex_type, s.timex_type, g.value, s.value
                )?,
                _ => {
                    write!(
                        f,
                        "{:?}  {} gold={} sys={}",
                        g.text, g.timex_type, g.value, s.value
                    )?;
                    if g.modifier != s.modifier {
                        let m = |t: &Timex| t.modifier.clone().unwrap_or_else(|| "-".into());
                        write!(f, " mod gold={} sys={}", m(g), m(s))?;
                    }
                }
            },
            (None, None) => {}
        }
        write!(f, "  dct={}  ctx={:?}", self.dct, self.context)
    }
}

/// The score of one document and its errors, in text order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocScore {
    pub counts: Counts,
    pub errors: Vec<ErrorItem>,
}

/// Scores `system` (spans in `gold.text`) against `gold`'s timexes. Extents are
/// trimmed of whitespace first; matching is one-to-one, identical extents first, then
/// the largest overlaps.
pub fn score_document(gold: &TimemlDoc, system: &[Timex]) -> DocScore {
    let text = gold.text.as_str();
    let trimmed = |ts: &[Timex]| -> Vec<Timex> {
        ts.iter()
            .filter_map(|t| {
                let span = trim_span(text, t.span)?;
                Some(Timex {
                    span,
                    text: span.of(text).to_string(),
                    ..t.clone()
                })
            })
            .collect()
    };
    let g = trimmed(&gold.timexes);
    let s = trimmed(system);
    let mut g_of_s: Vec<Option<usize>> = vec![None; s.len()];
    let mut s_of_g: Vec<Option<usize>> = vec![None; g.len()];
    let mut strict = 0;
    for (si, st) in s.iter().enumerate() {
        if let Some(gi) = (0..g.len()).find(|&gi| s_of_g[gi].is_none() && g[gi].span == st.span) {
            s_of_g[gi] = Some(si);
            g_of_s[si] = Some(gi);
            strict += 1;
        }
    }
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, gt) in g.iter().enumerate() {
        if s_of_g[gi].is_some() {
            continue;
        }
        for (si, st) in s.iter().enumerate() {
            if g_of_s[si].is_none() && gt.span.overlaps(st.span) {
                pairs.push((overlap(gt.span, st.span), gi, si));
            }
        }
    }
    pairs.sort_by_key(|&(o, gi, si)| (std::cmp::Reverse(o), gi, si));
    for (_, gi, si) in pairs {
        if s_of_g[gi].is_none() && g_of_s[si].is_none() {
            s_of_g[gi] = Some(si);
            g_of_s[si] = Some(gi);
        }
    }

    let mut counts = Counts {
        documents: 1,
        gold: g.len(),
        system: s.len(),
        strict,
        ..Counts::default()
    };
    let doc = gold.name().to_string();
    let item = |kind, gt: Option<&Timex>, st: Option<&Timex>| ErrorItem {
        kind,
        doc: doc.clone(),
        dct: gold.dct_value.clone(),
        gold: gt.cloned(),
        system: st.cloned(),
        context: context(text, gt.or(st).map(|t| t.span).unwrap_or_default()),
    };
    let mut errors = Vec::new();
    for (gi, gt) in g.iter().enumerate() {
        let Some(si) = s_of_g[gi] else {
            errors.push(item(ErrorKind::Miss, Some(gt), None));
            continue;
        };
        let st = &s[si];
        counts.relaxed += 1;
        if gt.span != st.span {
            errors.push(item(ErrorKind::Extent, Some(gt), Some(st)));
        }
        if gt.timex_type == st.timex_type {
            counts.type_correct += 1;
        } else {
            errors.push(item(ErrorKind::Type, Some(gt), Some(st)));
        }
        if gt.value == st.value {
            counts.value_correct += 1;
        } else {
            errors.push(item(ErrorKind::Value, Some(gt), Some(st)));
        }
    }
    for (si, st) in s.iter().enumerate() {
        if g_of_s[si].is_none() {
            errors.push(item(ErrorKind::Spurious, None, Some(st)));
        }
    }
    errors.sort_by_key(|e| (e.at(), e.kind));
    DocScore { counts, errors }
}

fn overlap(a: Span, b: Span) -> usize {
    (a.end.min(b.end) as usize).saturating_sub(a.start.max(b.start) as usize)
}

/// About 40 bytes either side of `span`, the span in brackets, whitespace runs as one
/// space, so each error stays on one line.
fn context(text: &str, span: Span) -> String {
    const W: usize = 40;
    let (s, e) = (span.start as usize, span.end as usize);
    let mut a = s.saturating_sub(W);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (e + W).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    // Start and end on word boundaries where there is one to cut at.
    if a > 0
        && let Some(k) = text[a..s].find(char::is_whitespace)
    {
        a += k;
    }
    if b < text.len()
        && let Some(k) = text[e..b].rfind(char::is_whitespace)
    {
        b = e + k;
    }
    let raw = format!("{}[{}]{}", &text[a..s], &text[s..e], &text[e..b]);
    let mut out = String::with_capacity(raw.len());
    let mut space = false;
    for c in raw.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out.trim().to_string()
}

/// `timexes` with spans moved from `from` to `to`, two texts that differ at most in
/// whitespace (a system that reflowed the text); `None` if they differ otherwise.
pub fn align(from: &str, to: &str, timexes: &[Timex]) -> Option<Vec<Timex>> {
    if from == to {
        return Some(timexes.to_vec());
    }
    // Offsets of the non-whitespace characters of each text.
    let marks = |t: &str| -> Vec<(usize, char)> {
        t.char_indices()
            .filter(|(_, c)| !c.is_whitespace())
            .collect()
    };
    let (mf, mt) = (marks(from), marks(to));
    if mf.len() != mt.len() || mf.iter().zip(&mt).any(|(a, b)| a.1 != b.1) {
        return None;
    }
    let mut out = Vec::with_capacity(timexes.len());
    for t in timexes {
        let Some(sp) = trim_span(from, t.span) else {
            continue;
        };
        let i = mf.partition_point(|m| m.0 < sp.start as usize);
        let j = mf.partition_point(|m| m.0 < sp.end as usize);
        if i >= j {
            continue;
        }
        let start = mt[i].0;
        let end = mt[j - 1].0 + mt[j - 1].1.len_utf8();
        let span = Span::new(start, end);
        out.push(Timex {
            span,
            text: span.of(to).to_string(),
            ..t.clone()
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_one_line_and_bracketed() {
        let t = "It happened\n\non Monday, after  the talks.";
        assert_eq!(
            context(t, Span::new(16, 22)),
            "It happened on [Monday], after the talks."
        );
    }

    #[test]
    fn align_maps_across_whitespace() {
        let t = Timex {
            span: Span::new(3, 9),
            text: "Monday".into(),
            tid: String::new(),
            timex_type: "DATE".into(),
            value: "X".into(),
            modifier: None,
        };
        let out = align("on Monday.", "on\n  Monday .", std::slice::from_ref(&t)).unwrap();
        assert_eq!(out[0].span, Span::new(5, 11));
        assert_eq!(out[0].text, "Monday");
        assert!(align("on Monday.", "on Tuesday.", &[t]).is_none());
    }
}
