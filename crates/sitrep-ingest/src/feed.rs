//! RSS 2.0 / RSS 1.0 (RDF) / Atom feeds: one document per item or entry.
//!
//! quick-xml finds the structure and byte positions; the content of each field is then
//! read straight from the source slice (CDATA sections copied, XML references decoded,
//! each with its map), and item bodies, which are escaped or CDATA HTML, go through the
//! HTML extractor. Composing those maps is what lets a span in an item's text point into
//! the feed file.

use crate::Format;
use crate::dates::parse_date;
use crate::entities;
use crate::html::{extract_fragment, fragment_plain};
use crate::out::{Out, compose, shift_map};
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;
use sitrep_core::{Date, Lang, OffsetMap};

pub(crate) struct FeedItem {
    pub index: usize,
    pub line: usize,
    pub id: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<Date>,
    pub byline: Option<String>,
    pub lang: Option<Lang>,
    /// Item text and its map into the decoded feed string (not yet normalized).
    pub text: String,
    pub map: OffsetMap,
}

/// A problem at a line of the feed.
pub(crate) type LineError = (Option<usize>, String);

pub(crate) struct Feed {
    pub kind: Format,
    pub outlet: Option<String>,
    pub items: Vec<Result<FeedItem, LineError>>,
    /// A fatal error after the root (malformed or truncated XML); items before it stand.
    pub error: Option<LineError>,
}

pub(crate) fn line_of(s: &str, pos: usize) -> usize {
    1 + s.as_bytes()[..pos.min(s.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// Line numbers for increasing positions, counted incrementally (a feed has one tag
/// per line or so; counting from the start each time would be quadratic).
struct Lines<'a> {
    b: &'a [u8],
    pos: usize,
    line: usize,
}

impl Lines<'_> {
    fn at(&mut self, p: usize) -> usize {
        let p = p.min(self.b.len());
        if p < self.pos {
            return 1 + self.b[..p].iter().filter(|&&c| c == b'\n').count();
        }
        self.line += self.b[self.pos..p].iter().filter(|&&c| c == b'\n').count();
        self.pos = p;
        self.line
    }
}

struct Frame {
    local: String,
    content_start: usize,
    attrs: Vec<(String, String)>,
    line: usize,
}

/// A body element's content range and its `type` attribute.
type Body = ((usize, usize), Option<String>);

#[derive(Default)]
struct ItemFields {
    index: usize,
    line: usize,
    depth: usize,
    id: Option<(usize, usize)>,
    title: Option<(usize, usize)>,
    link_text: Option<(usize, usize)>,
    links: Vec<(Option<String>, String)>,
    dates: [Option<(usize, usize)>; 3],
    author: Option<(usize, usize)>,
    /// [0] = content:encoded / Atom content, [1] = description / summary.
    bodies: [Option<Body>; 2],
    permalink: bool,
    lang: Option<Lang>,
}

fn attrs_of(e: &BytesStart) -> Vec<(String, String)> {
    e.html_attributes()
        .flatten()
        .map(|a| {
            let k = a.key.as_ref().to_string();
            let v = entities::decode_str(&a.value, true);
            (k, v)
        })
        .collect()
}

fn lang_of(v: &str) -> Option<Lang> {
    let v = v.trim().to_ascii_lowercase();
    if v.starts_with("fr") {
        Some(Lang::Fr)
    } else if v.starts_with("en") {
        Some(Lang::En)
    } else {
        None
    }
}

pub(crate) fn parse_feed(s: &str) -> Result<Feed, LineError> {
    let mut r = Reader::from_str(s);
    // Bare '&' is common in real feeds and harmless: we decode text ourselves.
    r.config_mut().allow_dangling_amp = true;
    let mut stack: Vec<Frame> = Vec::new();
    let mut kind: Option<Format> = None;
    let mut outlet: Option<(usize, usize)> = None;
    let mut feed_lang: Option<Lang> = None;
    let mut item: Option<ItemFields> = None;
    let mut items = Vec::new();
    let mut count = 0;
    let mut fatal = None;
    let mut lines = Lines {
        b: s.as_bytes(),
        pos: 0,
        line: 1,
    };
    loop {
        let before = r.buffer_position() as usize;
        let ev = match r.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                let pos = r.error_position() as usize;
                let msg = if kind.is_none() {
                    format!("not XML: {e}")
                } else {
                    format!("malformed XML: {e}")
                };
                let err = (Some(line_of(s, pos)), msg);
                if kind.is_none() {
                    return Err(err);
                }
                fatal = Some(err);
                break;
            }
        };
        let after = r.buffer_position() as usize;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                let local = e.local_name().as_ref().to_string();
                let attrs = attrs_of(e);
                if kind.is_none() {
                    kind = Some(match local.as_str() {
                        "rss" | "RDF" => Format::Rss,
                        "feed" => Format::Atom,
                        _ => {
                            let q = e.name().as_ref().to_string();
                            return Err((
                                Some(line_of(s, before)),
                                format!("not an RSS or Atom feed: the root element is <{q}>"),
                            ));
                        }
                    });
                }
                let xml_lang = attrs
                    .iter()
                    .find(|(k, _)| k == "xml:lang")
                    .and_then(|(_, v)| lang_of(v));
                let frame = Frame {
                    local,
                    content_start: after,
                    attrs,
                    line: lines.at(before),
                };
                if item.is_none() && matches!(frame.local.as_str(), "item" | "entry") && !empty {
                    count += 1;
                    item = Some(ItemFields {
                        index: count,
                        line: frame.line,
                        depth: stack.len(),
                        ..ItemFields::default()
                    });
                }
                if let Some(l) = xml_lang {
                    if stack.is_empty() {
                        feed_lang = Some(l);
                    } else if let Some(it) = item.as_mut() {
                        it.lang = it.lang.or(Some(l));
                    }
                }
                if empty {
                    if let Some(it) = item.as_mut() {
                        let parent = stack.last().map(|f| f.local.as_str()).unwrap_or("");
                        it.field(&frame, parent, stack.len(), (after, after));
                    }
                } else {
                    stack.push(frame);
                }
            }
            Event::End(_) => {
                let Some(frame) = stack.pop() else { continue };
                let range = (frame.content_start, before);
                let depth = stack.len();
                let parent = stack.last().map(|f| f.local.as_str()).unwrap_or("");
                if let Some(it) = item.as_mut() {
                    if depth == it.depth {
                        let it = item.take().unwrap_or_default();
                        items.push(it.finish(s));
                        continue;
                    }
                    it.field(&frame, parent, depth, range);
                } else {
                    let channel_level =
                        (depth == 2 && parent == "channel") || (depth == 1 && parent == "feed");
                    if channel_level && frame.local == "title" && outlet.is_none() {
                        outlet = Some(range);
                    }
                    if channel_level && frame.local == "language" && feed_lang.is_none() {
                        feed_lang = lang_of(&simple_text(s, range.0, range.1));
                    }
                }
            }
            Event::Text(ref t) if stack.is_empty() && kind.is_none() => {
                let txt: &str = t.as_ref();
                let txt = txt.trim();
                if !txt.is_empty() {
                    let shown: String = txt.chars().take(30).collect();
                    return Err((
                        Some(line_of(s, before)),
                        format!("not XML: text before the root element ({shown:?})"),
                    ));
                }
            }
            Event::GeneralRef(_) | Event::CData(_) if stack.is_empty() && kind.is_none() => {
                return Err((
                    Some(line_of(s, before)),
                    "not XML: text before the root element".into(),
                ));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let Some(kind) = kind else {
        return Err((None, "not XML: no root element".into()));
    };
    let error = fatal.or_else(|| {
        stack.last().map(|f| {
            (
                Some(f.line),
                format!("truncated XML: <{}> opened here is never closed", f.local),
            )
        })
    });
    if let Some(lang) = feed_lang {
        for it in items.iter_mut().flatten() {
            it.lang = it.lang.or(Some(lang));
        }
    }
    Ok(Feed {
        kind,
        outlet: outlet
            .map(|(a, b)| simple_text(s, a, b))
            .filter(|t| !t.is_empty()),
        items,
        error,
    })
}

impl ItemFields {
    fn field(&mut self, f: &Frame, parent: &str, depth: usize, range: (usize, usize)) {
        let attr = |k: &str| f.attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        if depth == self.depth + 2 && parent == "author" && f.local == "name" {
            self.author = Some(range);
            return;
        }
        if depth != self.depth + 1 {
            return;
        }
        match f.local.as_str() {
            "title" => self.title = self.title.or(Some(range)),
            "guid" | "id"
                if self.id.is_none() => {
                    self.id = Some(range);
                    self.permalink =
                        f.local == "guid" && attr("isPermaLink").is_none_or(|v| v != "false");
                }
            "link" => match attr("href") {
                Some(href) => self.links.push((attr("rel"), href)),
                None => self.link_text = self.link_text.or(Some(range)),
            },
            "pubDate" | "pubdate" | "published" | "issued" => {
                self.dates[0] = self.dates[0].or(Some(range))
            }
            "date" => self.dates[1] = self.dates[1].or(Some(range)),
            "updated" | "modified" => self.dates[2] = self.dates[2].or(Some(range)),
            "author" | "creator"
                // An Atom <author><name> found first wins over the whole element's text.
                if self.author.is_none() => {
                    self.author = Some(range);
                }
            "encoded" | "content"
                if self.bodies[0].is_none() => {
                    self.bodies[0] = Some((range, attr("type")));
                }
            "description" | "summary"
                if self.bodies[1].is_none() => {
                    self.bodies[1] = Some((range, attr("type")));
                }
            _ => {}
        }
    }

    fn finish(self, s: &str) -> Result<FeedItem, LineError> {
        let text_of = |r: Option<(usize, usize)>| {
            r.map(|(a, b)| simple_text(s, a, b))
                .filter(|t| !t.is_empty())
        };
        let id = text_of(self.id);
        let link = self
            .links
            .iter()
            .find(|(rel, _)| rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(self.links.first())
            .map(|(_, h)| h.trim().to_string())
            .or_else(|| text_of(self.link_text))
            .or_else(|| {
                id.clone()
                    .filter(|g| self.permalink && g.starts_with("http"))
            });
        let published = self
            .dates
            .iter()
            .find_map(|d| text_of(*d).and_then(|t| parse_date(&t)));
        let mut text = String::new();
        let mut map = OffsetMap::identity();
        for (range, ty) in self.bodies.iter().flatten() {
            let (t, m) = body_text(s, *range, ty.as_deref());
            if !t.trim().is_empty() {
                (text, map) = (t, m);
                break;
            }
        }
        if text.trim().is_empty() {
            return Err((Some(self.line), format!("item {}: no text", self.index)));
        }
        Ok(FeedItem {
            index: self.index,
            line: self.line,
            id,
            title: text_of(self.title),
            url: link.filter(|l| !l.is_empty()),
            published,
            byline: text_of(self.author).map(|a| rss_author(&a)),
            lang: self.lang,
            text,
            map,
        })
    }
}

/// RSS `<author>` is "email (Name)" by the spec; keep the name.
fn rss_author(a: &str) -> String {
    if let (Some(o), true) = (a.find('('), a.ends_with(')'))
        && a[..o].contains('@')
    {
        return a[o + 1..a.len() - 1].trim().to_string();
    }
    a.to_string()
}

/// An item body as text, with its map into `s`.
fn body_text(s: &str, (a, b): (usize, usize), ty: Option<&str>) -> (String, OffsetMap) {
    let ty = ty.map(|t| t.trim().to_ascii_lowercase());
    if ty.as_deref() == Some("xhtml") {
        // Inline markup: the slice is the HTML.
        let (t, m) = extract_fragment(&s[a..b]);
        return (t, compose(&shift_map(a), &m));
    }
    let (u, umap) = xml_text(s, a, b);
    if ty.as_deref() == Some("text") {
        return (u, umap);
    }
    let (t, m) = extract_fragment(&u);
    (t, compose(&umap, &m))
}

/// A short field as a clean string (titles, ids, dates, names).
fn simple_text(s: &str, a: usize, b: usize) -> String {
    fragment_plain(&xml_text(s, a, b).0)
}

/// Character data of `s[a..b]` with CDATA sections unwrapped, XML references decoded
/// (`&amp;` `&lt;` … and numeric) and nested tags dropped; the map points into `s`.
/// Unknown named references are kept as written so the HTML pass can decode them.
pub(crate) fn xml_text(s: &str, a: usize, b: usize) -> (String, OffsetMap) {
    let bytes = s.as_bytes();
    let mut o = Out::with_capacity(b - a);
    let mut i = a;
    let seg = |from: usize| &s[from..b];
    while i < b {
        let rest = seg(i);
        if rest.starts_with("<![CDATA[") {
            let cs = i + 9;
            let ce = crate::decode::find(&bytes[cs..b], b"]]>")
                .map(|k| cs + k)
                .unwrap_or(b);
            o.copy(&s[cs..ce], cs);
            i = (ce + 3).min(b);
            continue;
        }
        if rest.starts_with("<!--") {
            i = crate::decode::find(&bytes[i..b], b"-->")
                .map(|k| i + k + 3)
                .unwrap_or(b);
            continue;
        }
        match bytes[i] {
            b'<' => {
                i = crate::decode::find(&bytes[i..b], b">")
                    .map(|k| i + k + 1)
                    .unwrap_or(b);
            }
            b'&' => {
                let decoded = if bytes.get(i + 1) == Some(&b'#') {
                    entities::decode_at(&s[..b], i, false)
                } else {
                    let end = bytes[i + 1..b]
                        .iter()
                        .position(|&c| c == b';')
                        .map(|k| i + 1 + k);
                    end.and_then(|e| {
                        let c = match &s[i + 1..e] {
                            "amp" => '&',
                            "lt" => '<',
                            "gt" => '>',
                            "quot" => '"',
                            "apos" => '\'',
                            _ => return None,
                        };
                        Some((c, e + 1 - i))
                    })
                };
                match decoded {
                    Some((c, n)) => {
                        o.replace_char(c, i, i + n);
                        i += n;
                    }
                    None => {
                        o.copy("&", i);
                        i += 1;
                    }
                }
            }
            _ => {
                let j = bytes[i..b]
                    .iter()
                    .position(|&c| c == b'<' || c == b'&')
                    .map(|k| i + k)
                    .unwrap_or(b);
                o.copy(&s[i..j], i);
                i = j;
            }
        }
    }
    o.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_unwraps_and_maps() {
        let s = "<d>A &amp; B <![CDATA[<p>x</p>]]> &lt;b&gt; &amp;eacute; &#233;</d>";
        let (a, b) = (3, s.len() - 4);
        let (t, m) = xml_text(s, a, b);
        assert_eq!(t, "A & B <p>x</p> <b> &eacute; é");
        let p = t.find("<p>").unwrap();
        assert_eq!(&s[m.to_raw(p)..m.to_raw(p) + 3], "<p>");
        assert_eq!(&s[m.to_raw(t.find('B').unwrap())..][..1], "B");
    }

    #[test]
    fn author_forms() {
        assert_eq!(
            rss_author("redaction@example.org (Awa Traoré)"),
            "Awa Traoré"
        );
        assert_eq!(rss_author("Awa Traoré"), "Awa Traoré");
    }
}
