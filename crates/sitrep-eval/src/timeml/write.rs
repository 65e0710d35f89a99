//! Writing a system's TIMEX3s into a TimeML document, byte-for-byte faithful elsewhere,
//! so the result can go to the official TempEval-3 toolkit beside the gold files.

use super::read::{MarkKind, Piece, TextKind};
use super::{TimemlDoc, Timex, prepare, trim_span};
use sitrep_core::{Date, Span};

impl TimemlDoc {
    /// The source with the TIMEX3 tags inside `<TEXT>` replaced by `system`'s (spans in
    /// [`TimemlDoc::text`]), numbered `tN` clear of every `tid` already in the file.
    /// Everything else (the DCT, EVENT and SIGNAL tags, links) is kept as it was. Spans
    /// are first reduced as [`TimemlDoc::fit`] says, so the output is well-formed.
    pub fn write(&self, system: &[Timex]) -> String {
        let fitted = self.fit(system);
        let l = &self.layout;
        let mut used = l.tids.clone();
        let mut next = 1usize;
        let mut fresh = |used: &mut std::collections::HashSet<String>| loop {
            let t = format!("t{next}");
            next += 1;
            if used.insert(t.clone()) {
                return t;
            }
        };
        let dct = (!l.has_dct).then(|| {
            let tid = if used.insert("t0".into()) {
                "t0".to_string()
            } else {
                fresh(&mut used)
            };
            dct_element(&tid, self.dct)
        });

        // Kept markup, in source order, and where each new tag goes among it.
        let kept: Vec<(usize, MarkKind, &str)> = l
            .pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Markup { raw, at, kind } if !is_timex(*kind) => {
                    Some((*at, *kind, &self.source[raw.clone()]))
                }
                _ => None,
            })
            .collect();
        // (text offset, order among kept markup, closes before opens, markup)
        let mut marks: Vec<(usize, usize, u8, String)> = kept
            .iter()
            .enumerate()
            .map(|(i, (at, _, raw))| (*at, 2 * i + 1, 0, raw.to_string()))
            .collect();
        for t in &fitted {
            let (s, e) = (t.span.start as usize, t.span.end as usize);
            marks.push((
                s,
                2 * open_slot(&kept, s, e),
                1,
                open_tag(t, &fresh(&mut used)),
            ));
            marks.push((e, 2 * close_slot(&kept, s, e), 0, "</TIMEX3>".into()));
        }
        marks.sort_by_key(|m| (m.0, m.1, m.2));

        let mut content = String::with_capacity(l.content.len() + 64 * fitted.len());
        let mut cursor = 0;
        for (at, _, _, markup) in &marks {
            self.push_text(&mut content, cursor, *at);
            content.push_str(markup);
            cursor = *at;
        }
        self.push_text(&mut content, cursor, self.text.len());

        let src = &self.source;
        let mut out = String::with_capacity(src.len() + content.len());
        match dct {
            Some(d) => {
                out.push_str(&src[..l.text_tag]);
                out.push_str(&d);
                out.push('\n');
                out.push_str(&src[l.text_tag..l.content.start]);
            }
            None => out.push_str(&src[..l.content.start]),
        }
        out.push_str(&content);
        out.push_str(&src[l.content.end..]);
        out
    }

    /// The timexes [`TimemlDoc::write`] writes: trimmed, without overlaps (see
    /// [`super::prepare`]), and cut where they would cross another element of `<TEXT>`
    /// (an EVENT, a SIGNAL): the longer side is kept, and a span with nothing left is
    /// dropped. Input files (`.TE3input`) have no such elements, so there this only trims.
    pub fn fit(&self, system: &[Timex]) -> Vec<Timex> {
        let elements: Vec<(usize, usize)> = self
            .layout
            .pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Markup {
                    at,
                    kind: MarkKind::Open { end, timex: false },
                    ..
                } if end > at => Some((*at, *end)),
                _ => None,
            })
            .collect();
        let text = &self.text;
        prepare(text, system)
            .into_iter()
            .filter_map(|t| {
                let mut sp = t.span;
                loop {
                    let (s, e) = (sp.start as usize, sp.end as usize);
                    let crossing = elements
                        .iter()
                        .find(|&&(a, b)| (s < a && a < e && e < b) || (a < s && s < b && b < e));
                    let Some(&(a, b)) = crossing else { break };
                    let cut = if s < a { a } else { b };
                    let left = trim_span(text, Span::new(s, cut));
                    let right = trim_span(text, Span::new(cut, e));
                    sp = match (left, right) {
                        (Some(l), Some(r)) if r.len() > l.len() => r,
                        (Some(l), _) => l,
                        (None, Some(r)) => r,
                        (None, None) => return None,
                    };
                }
                Some(Timex {
                    span: sp,
                    text: sp.of(text).to_string(),
                    ..t
                })
            })
            .collect()
    }

    /// Appends the source bytes that give text range `[from, to)`.
    fn push_text(&self, out: &mut String, from: usize, to: usize) {
        if from >= to {
            return;
        }
        let pieces = &self.layout.pieces;
        // Text pieces are in text order; skip those that end before `from`.
        let first = pieces.partition_point(|p| match p {
            Piece::Text { plain, .. } => plain.end <= from,
            Piece::Markup { at, .. } => *at < from,
        });
        for p in &pieces[first..] {
            let Piece::Text { raw, plain, kind } = p else {
                continue;
            };
            if plain.start >= to {
                break;
            }
            if plain.end <= from {
                continue;
            }
            let a = from.max(plain.start);
            let b = to.min(plain.end);
            match kind {
                TextKind::Verbatim => out.push_str(
                    &self.source[raw.start + (a - plain.start)..raw.start + (b - plain.start)],
                ),
                TextKind::Atomic if a == plain.start && b == plain.end => {
                    out.push_str(&self.source[raw.clone()])
                }
                TextKind::Atomic | TextKind::Escaped => escape_text(out, &self.text[a..b]),
            }
        }
    }
}

fn is_timex(k: MarkKind) -> bool {
    matches!(
        k,
        MarkKind::Open { timex: true, .. }
            | MarkKind::Close { timex: true, .. }
            | MarkKind::Point { timex: true }
    )
}

/// Where a TIMEX3 spanning `[s, e)` opens among the kept markup: after everything at
/// `s` except the start tags of elements it contains, which it must enclose.
fn open_slot(kept: &[(usize, MarkKind, &str)], s: usize, e: usize) -> usize {
    let lo = kept.partition_point(|k| k.0 < s);
    let hi = kept.partition_point(|k| k.0 <= s);
    (lo..hi)
        .find(|&i| matches!(kept[i].1, MarkKind::Open { end, .. } if end > s && end <= e))
        .unwrap_or(hi)
}

/// Where it closes: after the end tags at `e` of elements it contains, before the rest.
fn close_slot(kept: &[(usize, MarkKind, &str)], s: usize, e: usize) -> usize {
    let lo = kept.partition_point(|k| k.0 < e);
    let hi = kept.partition_point(|k| k.0 <= e);
    (lo..hi)
        .rev()
        .find(|&i| matches!(kept[i].1, MarkKind::Close { start, .. } if start >= s && start < e))
        .map_or(lo, |i| i + 1)
}

fn open_tag(t: &Timex, tid: &str) -> String {
    let mut s = format!(
        "<TIMEX3 tid=\"{}\" type=\"{}\" value=\"{}\"",
        escape_attr(tid),
        escape_attr(&t.timex_type),
        escape_attr(&t.value)
    );
    if let Some(m) = &t.modifier {
        s.push_str(&format!(" mod=\"{}\"", escape_attr(m)));
    }
    s.push('>');
    s
}

fn dct_element(tid: &str, dct: Date) -> String {
    format!(
        "<DCT><TIMEX3 tid=\"{tid}\" type=\"DATE\" value=\"{dct}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{dct}</TIMEX3></DCT>"
    )
}

/// Attribute values keep their exact characters: whitespace as character references,
/// since XML would otherwise normalize it to spaces.
fn escape_attr(v: &str) -> String {
    let mut o = String::with_capacity(v.len());
    for c in v.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\n' => o.push_str("&#10;"),
            '\r' => o.push_str("&#13;"),
            '\t' => o.push_str("&#9;"),
            c => o.push(c),
        }
    }
    o
}

/// CR is escaped so that reading the output back gives the same text (and offsets).
fn escape_text(o: &mut String, v: &str) {
    for c in v.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '\r' => o.push_str("&#13;"),
            c => o.push(c),
        }
    }
}

/// A minimal TempEval-3 input document around plain text, with `dct` as its creation
/// time. Reading it back gives exactly `text`, so spans found on `text` apply to it.
pub fn wrap_plain(id: &str, dct: Date, text: &str) -> String {
    let mut body = String::with_capacity(text.len() + 16);
    escape_text(&mut body, text);
    let mut id_esc = String::new();
    escape_text(&mut id_esc, id);
    format!(
        "<?xml version=\"1.0\" ?>\n\
<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n\
<DOCID>{id_esc}</DOCID>\n\n\
{}\n\n\
<TEXT>{body}</TEXT>\n\n\
</TimeML>\n",
        dct_element("t0", dct)
    )
}
