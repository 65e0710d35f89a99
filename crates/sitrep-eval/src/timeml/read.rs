//! Reading TimeML: the plain TEXT, its gold TIMEX3s, the DCT, and enough of the layout
//! of `<TEXT>` to write new tags back into the original bytes.

use super::{TimemlError, Timex, line_of};
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;
use sitrep_core::{Date, Span};
use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;

/// A TimeML document: gold (`.tml`), TempEval-3 input (`.TE3input`) or a system's output.
#[derive(Clone, Debug)]
pub struct TimemlDoc {
    /// The path or name given when reading, used in errors and reports.
    pub file: String,
    /// `<DOCID>`, or the file name without its TimeML extensions.
    pub id: String,
    /// The document creation time (its date part).
    pub dct: Date,
    /// The DCT's TimeML value as written (`1998-01-08T10:00`), or the date given instead.
    pub dct_value: String,
    /// The content of `<TEXT>` with tags stripped, entities decoded and line ends
    /// normalized to `\n`: what the pipeline reads and what spans index.
    pub text: String,
    /// TIMEX3s inside `<TEXT>` with a non-empty extent, in text order (the DCT is not
    /// among them).
    pub timexes: Vec<Timex>,
    pub(crate) source: String,
    pub(crate) layout: Layout,
}

/// Where `<TEXT>`'s pieces sit in the source, for the writer.
#[derive(Clone, Debug, Default)]
pub(crate) struct Layout {
    /// Byte range of `<TEXT>`'s content in the source.
    pub content: Range<usize>,
    /// Byte offset of the `<TEXT` start tag (where a DCT is inserted if the file has none).
    pub text_tag: usize,
    pub has_dct: bool,
    pub pieces: Vec<Piece>,
    /// Every `tid` in the file, so new ones never collide (nor revive a dangling TLINK).
    pub tids: HashSet<String>,
}

#[derive(Clone, Debug)]
pub(crate) enum Piece {
    /// Character data: source bytes `raw` give text bytes `plain`.
    Text {
        raw: Range<usize>,
        plain: Range<usize>,
        kind: TextKind,
    },
    /// A tag, comment or processing instruction at text offset `at`.
    Markup {
        raw: Range<usize>,
        at: usize,
        kind: MarkKind,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TextKind {
    /// `raw` and `plain` hold the same bytes: can be cut anywhere.
    Verbatim,
    /// An entity or a CR LF: one unit, never cut.
    Atomic,
    /// CDATA: written back escaped.
    Escaped,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MarkKind {
    /// A start tag whose element ends at text offset `end`.
    Open { end: usize, timex: bool },
    /// An end tag whose element started at text offset `start`.
    Close { start: usize, timex: bool },
    /// An empty element, comment or processing instruction.
    Point { timex: bool },
}

struct Frame {
    name: String,
    pos: usize,
    /// Index of the start tag in `Layout::pieces` (inside TEXT).
    piece: Option<usize>,
    /// Text offset where the element starts (inside TEXT).
    at: usize,
    /// Attributes of a TIMEX3 inside TEXT.
    timex: Option<Attrs>,
}

type Attrs = Vec<(String, String)>;

fn attr<'a>(a: &'a Attrs, k: &str) -> Option<&'a str> {
    a.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str())
}

/// Where the DCT came from, in order of preference.
struct DctFound {
    value: String,
    pos: usize,
    /// `functionInDocument="CREATION_TIME"` (rather than just inside `<DCT>`).
    creation: bool,
}

impl TimemlDoc {
    /// Reads a file: UTF-8 (a BOM is allowed), TimeML with a DCT.
    pub fn read(path: &Path) -> Result<TimemlDoc, TimemlError> {
        Self::read_with_dct(path, None)
    }

    /// Like [`TimemlDoc::read`]; a given `dct` wins over the file's, which may then be
    /// missing (a system's output, or an input the user dates on the command line).
    pub fn read_with_dct(path: &Path, dct: Option<Date>) -> Result<TimemlDoc, TimemlError> {
        let file = path.display().to_string();
        let bytes =
            std::fs::read(path).map_err(|e| TimemlError::new(&file, None, e.to_string()))?;
        Self::parse_bytes(&file, bytes, dct)
    }

    /// Parses raw bytes (UTF-8, a BOM allowed); `file` names them in errors.
    pub fn parse_bytes(
        file: &str,
        bytes: Vec<u8>,
        dct: Option<Date>,
    ) -> Result<TimemlDoc, TimemlError> {
        let src = decode(file, bytes)?;
        Self::parse_with_dct(file, src, dct)
    }

    /// Parses TimeML held in memory; `file` names it in errors.
    pub fn parse(file: &str, src: impl Into<String>) -> Result<TimemlDoc, TimemlError> {
        Self::parse_with_dct(file, src, None)
    }

    /// See [`TimemlDoc::read_with_dct`].
    pub fn parse_with_dct(
        file: &str,
        src: impl Into<String>,
        dct: Option<Date>,
    ) -> Result<TimemlDoc, TimemlError> {
        let mut src: String = src.into();
        if src.starts_with('\u{feff}') {
            src.drain(..3);
        }
        let mut doc = parse(file, src, dct)?;
        if doc.id.is_empty() {
            doc.id = super::doc_key(Path::new(file));
        }
        Ok(doc)
    }

    /// The file name alone (`wsj_0006.tml`), as error lists show it.
    pub fn name(&self) -> &str {
        Path::new(&self.file)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or(&self.file)
    }
}

fn decode(file: &str, bytes: Vec<u8>) -> Result<String, TimemlError> {
    String::from_utf8(bytes).map_err(|e| {
        let ok = e.utf8_error().valid_up_to();
        let b = e.as_bytes();
        let line = b[..ok].iter().filter(|&&c| c == b'\n').count() + 1;
        TimemlError::new(
            file,
            Some(line),
            format!("not UTF-8 (invalid byte 0x{:02X})", b[ok]),
        )
    })
}

/// Accepts `YYYY-MM-DD`, `YYYY-MM-DDThh:mm…` and `YYYYMMDD`.
fn dct_date(v: &str) -> Option<Date> {
    let v = v.trim();
    let day = v.split('T').next().unwrap_or(v);
    if let Ok(d) = day.parse::<Date>() {
        return Some(d);
    }
    if day.len() == 8 && day.bytes().all(|b| b.is_ascii_digit()) {
        return format!("{}-{}-{}", &day[..4], &day[4..6], &day[6..])
            .parse()
            .ok();
    }
    None
}

fn attrs_of(e: &BytesStart, src: &str, pos: usize, file: &str) -> Result<Attrs, TimemlError> {
    let err = |m: String| TimemlError::new(file, Some(line_of(src, pos)), m);
    let mut v = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|x| err(format!("malformed XML: {x}")))?;
        let value = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|x| err(format!("malformed XML: {x}")))?;
        v.push((a.key.as_ref().to_string(), value.into_owned()));
    }
    Ok(v)
}

fn parse(file: &str, src: String, dct_given: Option<Date>) -> Result<TimemlDoc, TimemlError> {
    let s = src.as_str();
    let err = |pos: usize, m: String| TimemlError::new(file, Some(line_of(s, pos)), m);
    let mut r = Reader::from_str(s);
    r.config_mut().check_end_names = true;
    let mut stack: Vec<Frame> = Vec::new();
    let mut root_seen = false;
    let mut layout = Layout::default();
    let mut text = String::new();
    // Depth of the TEXT element while inside it.
    let mut in_text: Option<usize> = None;
    let mut text_seen = false;
    let mut docid: Option<String> = None;
    let mut docid_depth: Option<usize> = None;
    let mut dct_elem: Option<usize> = None;
    let mut dct_depth: Option<usize> = None;
    let mut dct: Option<DctFound> = None;
    let mut gold: Vec<(usize, Timex)> = Vec::new();
    loop {
        let before = r.buffer_position() as usize;
        let ev = match r.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                return Err(err(
                    r.error_position() as usize,
                    format!("malformed XML: {e}"),
                ));
            }
        };
        let after = r.buffer_position() as usize;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                let name = e.name().as_ref().to_string();
                if !root_seen {
                    root_seen = true;
                    if e.local_name().as_ref() != "TimeML" {
                        return Err(err(
                            before,
                            format!("not TimeML: the root element is <{name}>"),
                        ));
                    }
                }
                let attrs = attrs_of(e, s, before, file)?;
                if let Some(t) = attr(&attrs, "tid") {
                    layout.tids.insert(t.to_string());
                }
                let is_timex = name == "TIMEX3";
                if in_text.is_some() {
                    let i = layout.pieces.len();
                    let kind = if empty {
                        MarkKind::Point { timex: is_timex }
                    } else {
                        MarkKind::Open {
                            end: 0,
                            timex: is_timex,
                        }
                    };
                    layout.pieces.push(Piece::Markup {
                        raw: before..after,
                        at: text.len(),
                        kind,
                    });
                    if !empty {
                        stack.push(Frame {
                            name,
                            pos: before,
                            piece: Some(i),
                            at: text.len(),
                            timex: is_timex.then_some(attrs),
                        });
                    }
                    continue;
                }
                match name.as_str() {
                    "TEXT" if stack.len() == 1 => {
                        if text_seen {
                            return Err(err(before, "a second <TEXT> element".into()));
                        }
                        text_seen = true;
                        layout.text_tag = before;
                        layout.content = after..after;
                        if !empty {
                            in_text = Some(stack.len() + 1);
                        }
                    }
                    "DOCID" if docid.is_none() && !empty => {
                        docid = Some(String::new());
                        docid_depth = Some(stack.len() + 1);
                    }
                    "DCT" => {
                        dct_elem = dct_elem.or(Some(before));
                        if !empty {
                            dct_depth = Some(stack.len() + 1);
                        }
                    }
                    "TIMEX3" => {
                        let creation = attr(&attrs, "functionInDocument")
                            .is_some_and(|f| f.eq_ignore_ascii_case("CREATION_TIME"));
                        let in_dct = dct_depth.is_some_and(|d| stack.len() >= d);
                        let better = match &dct {
                            None => creation || in_dct,
                            Some(found) => creation && !found.creation,
                        };
                        if better {
                            dct = Some(DctFound {
                                value: attr(&attrs, "value").unwrap_or("").to_string(),
                                pos: before,
                                creation,
                            });
                        }
                    }
                    _ => {}
                }
                if !empty {
                    stack.push(Frame {
                        name,
                        pos: before,
                        piece: None,
                        at: 0,
                        timex: None,
                    });
                }
            }
            Event::End(_) => {
                let depth = stack.len();
                let Some(frame) = stack.pop() else {
                    return Err(err(
                        before,
                        "malformed XML: an end tag with no start".into(),
                    ));
                };
                if let Some(d) = in_text {
                    if depth == d {
                        in_text = None;
                        layout.content.end = before;
                    } else {
                        let is_timex = frame.name == "TIMEX3";
                        let open = frame.piece.expect("TEXT frames record their start tag");
                        if let Piece::Markup {
                            kind: MarkKind::Open { end, .. },
                            ..
                        } = &mut layout.pieces[open]
                        {
                            *end = text.len();
                        }
                        layout.pieces.push(Piece::Markup {
                            raw: before..after,
                            at: text.len(),
                            kind: MarkKind::Close {
                                start: frame.at,
                                timex: is_timex,
                            },
                        });
                        if let Some(a) = frame.timex {
                            let span = Span::new(frame.at, text.len());
                            let creation = attr(&a, "functionInDocument")
                                .is_some_and(|f| f.eq_ignore_ascii_case("CREATION_TIME"));
                            if !span.is_empty() && !creation {
                                gold.push((
                                    frame.at,
                                    Timex {
                                        span,
                                        text: span.of(&text).to_string(),
                                        tid: attr(&a, "tid").unwrap_or("").to_string(),
                                        timex_type: attr(&a, "type")
                                            .unwrap_or("")
                                            .trim()
                                            .to_ascii_uppercase(),
                                        value: attr(&a, "value").unwrap_or("").trim().to_string(),
                                        modifier: attr(&a, "mod")
                                            .map(|m| m.trim().to_string())
                                            .filter(|m| !m.is_empty()),
                                    },
                                ));
                            }
                        }
                    }
                    continue;
                }
                if docid_depth == Some(depth) {
                    docid_depth = None;
                }
                if dct_depth == Some(depth) {
                    dct_depth = None;
                }
            }
            Event::Text(_) | Event::GeneralRef(_) | Event::CData(_) => {
                let (piece_text, kind, is_char_data): (String, TextKind, bool) = match &ev {
                    Event::Text(_) => (s[before..after].to_string(), TextKind::Verbatim, true),
                    Event::GeneralRef(g) => {
                        let c = match g.resolve_char_ref() {
                            Ok(Some(c)) => c.to_string(),
                            Ok(None) => match quick_xml::escape::resolve_predefined_entity(g) {
                                Some(v) => v.to_string(),
                                None => {
                                    return Err(err(
                                        before,
                                        format!("malformed XML: unknown entity &{};", &**g),
                                    ));
                                }
                            },
                            Err(e) => return Err(err(before, format!("malformed XML: {e}"))),
                        };
                        (c, TextKind::Atomic, false)
                    }
                    Event::CData(c) => (
                        c.clone().into_inner().into_owned(),
                        TextKind::Escaped,
                        false,
                    ),
                    _ => unreachable!(),
                };
                if stack.is_empty() {
                    if !piece_text.trim().is_empty() || !is_char_data {
                        return Err(err(
                            before,
                            "malformed XML: text outside the root element".into(),
                        ));
                    }
                    continue;
                }
                if in_text.is_some() {
                    push_text(
                        &mut layout.pieces,
                        &mut text,
                        before..after,
                        &piece_text,
                        kind,
                    );
                } else if docid_depth.is_some()
                    && let Some(d) = docid.as_mut()
                {
                    d.push_str(&piece_text);
                }
            }
            Event::Comment(_) | Event::PI(_) | Event::DocType(_) | Event::Decl(_) => {
                if in_text.is_some() {
                    layout.pieces.push(Piece::Markup {
                        raw: before..after,
                        at: text.len(),
                        kind: MarkKind::Point { timex: false },
                    });
                }
            }
            Event::Eof => break,
        }
    }
    if let Some(f) = stack.last() {
        return Err(err(
            f.pos,
            format!("malformed XML: <{}> opened here is never closed", f.name),
        ));
    }
    if !root_seen {
        return Err(TimemlError::new(file, None, "not TimeML: no root element"));
    }
    if !text_seen {
        return Err(TimemlError::new(
            file,
            Some(line_of(s, s.len())),
            "not TimeML: no <TEXT> element",
        ));
    }
    layout.has_dct = dct.is_some();
    let (dct, dct_value) = match (dct_given, dct) {
        (Some(d), _) => (d, d.to_string()),
        (None, Some(found)) => match dct_date(&found.value) {
            Some(d) => (d, found.value.trim().to_string()),
            None => {
                return Err(err(
                    found.pos,
                    format!(
                        "the DCT's value {:?} is not a date (expected YYYY-MM-DD or YYYY-MM-DDThh:mm)",
                        found.value
                    ),
                ));
            }
        },
        (None, None) => {
            let pos = dct_elem.unwrap_or(layout.text_tag);
            return Err(err(
                pos,
                "no document creation time: expected <DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"YYYY-MM-DD\">…</TIMEX3></DCT> before <TEXT>".into(),
            ));
        }
    };
    gold.sort_by_key(|(at, _)| *at);
    Ok(TimemlDoc {
        file: file.to_string(),
        id: docid.map(|d| d.trim().to_string()).unwrap_or_default(),
        dct,
        dct_value,
        text,
        timexes: gold.into_iter().map(|(_, t)| t).collect(),
        source: src,
        layout,
    })
}

/// Appends character data; a CR LF or lone CR becomes one `\n` (XML's end-of-line
/// handling), kept as an atomic piece so the writer gives back the original bytes.
fn push_text(
    pieces: &mut Vec<Piece>,
    text: &mut String,
    raw: Range<usize>,
    t: &str,
    kind: TextKind,
) {
    if kind != TextKind::Verbatim || !t.contains('\r') {
        let a = text.len();
        text.push_str(t);
        pieces.push(Piece::Text {
            raw,
            plain: a..text.len(),
            kind,
        });
        return;
    }
    let mut i = 0;
    let b = t.as_bytes();
    while i < b.len() {
        let j = t[i..].find('\r').map_or(b.len(), |k| i + k);
        if j > i {
            let a = text.len();
            text.push_str(&t[i..j]);
            pieces.push(Piece::Text {
                raw: raw.start + i..raw.start + j,
                plain: a..text.len(),
                kind: TextKind::Verbatim,
            });
        }
        if j < b.len() {
            let n = if b.get(j + 1) == Some(&b'\n') { 2 } else { 1 };
            let a = text.len();
            text.push('\n');
            pieces.push(Piece::Text {
                raw: raw.start + j..raw.start + j + n,
                plain: a..text.len(),
                kind: TextKind::Atomic,
            });
            i = j + n;
        } else {
            i = j;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dct_formats() {
        let d: Date = "1998-01-08".parse().unwrap();
        assert_eq!(dct_date("1998-01-08"), Some(d));
        assert_eq!(dct_date("1998-01-08T10:00"), Some(d));
        assert_eq!(dct_date("19980108"), Some(d));
        assert_eq!(dct_date("1998-W02"), None);
    }

    #[test]
    fn crlf_becomes_lf() {
        let src = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2001-02-03\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>a\r\nb\rc <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001\">2001</TIMEX3></TEXT></TimeML>";
        let d = TimemlDoc::parse("x.tml", src).unwrap();
        assert_eq!(d.text, "a\nb\nc 2001");
        assert_eq!(d.timexes[0].span, Span::new(6, 10));
        assert_eq!(d.timexes[0].text, "2001");
    }
}
