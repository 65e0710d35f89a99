//! A small position-tracking HTML tokenizer.
//!
//! html5ever and scraper throw source positions away, and every character of the
//! extracted text must map back to the raw file, so we tokenize ourselves. It is
//! forgiving by design: `<` not followed by a tag is text, unquoted attributes and
//! valueless attributes are fine, and a file cut inside a tag, a comment or an attribute
//! simply ends there (what came before is kept).

use crate::entities;

#[derive(Debug)]
pub(crate) struct Attr {
    pub name: String,
    /// Entity-decoded value.
    pub value: String,
}

#[derive(Debug)]
pub(crate) enum Token {
    /// Character data `s[start..end]`; entities still to decode.
    Text {
        start: usize,
        end: usize,
    },
    /// Content of script/style/… or CDATA: no entities, no tags.
    Raw {
        start: usize,
        end: usize,
    },
    Start {
        name: String,
        attrs: Vec<Attr>,
        self_closing: bool,
    },
    End {
        name: String,
    },
}

/// Elements whose content is not markup. `title` and `textarea` do decode entities.
fn raw_kind(name: &str) -> Option<bool> {
    match name {
        "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript"
        | "plaintext" => Some(false),
        "title" | "textarea" => Some(true),
        _ => None,
    }
}

pub(crate) struct Tokenizer<'a> {
    s: &'a str,
    b: &'a [u8],
    pos: usize,
    /// After a raw-text start tag: the content and the end tag, to emit next.
    pending: Vec<Token>,
}

impl<'a> Tokenizer<'a> {
    pub fn new(s: &'a str) -> Self {
        Tokenizer {
            s,
            b: s.as_bytes(),
            pos: 0,
            pending: Vec::new(),
        }
    }

    fn find_from(&self, from: usize, needle: &[u8]) -> Option<usize> {
        crate::decode::find(&self.b[from.min(self.b.len())..], needle).map(|k| from + k)
    }

    /// Position of `</name` (case-insensitive, followed by a delimiter) from `from`.
    fn find_end_tag(&self, from: usize, name: &str) -> Option<usize> {
        let n = name.len();
        let mut i = from;
        while let Some(k) = self.find_from(i, b"</") {
            let after = k + 2;
            if self.b.len() >= after + n
                && self.b[after..after + n].eq_ignore_ascii_case(name.as_bytes())
                && self
                    .b
                    .get(after + n)
                    .is_none_or(|c| c.is_ascii_whitespace() || matches!(c, b'/' | b'>'))
            {
                return Some(k);
            }
            i = k + 2;
        }
        None
    }

    fn skip_ws(&mut self) {
        while self.pos < self.b.len() && self.b[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    /// Parses a start tag at `self.pos` (which is at '<' followed by a letter). Returns
    /// `None` when the input ends inside the tag.
    fn start_tag(&mut self) -> Option<Token> {
        let start = self.pos;
        let b = self.b;
        let mut i = start + 1;
        let name_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'/' && b[i] != b'>' {
            i += 1;
        }
        let name = self.s[name_start..i].to_ascii_lowercase();
        self.pos = i;
        let mut attrs = Vec::new();
        let mut self_closing = false;
        loop {
            self.skip_ws();
            let c = *b.get(self.pos)?;
            match c {
                b'>' => {
                    self.pos += 1;
                    break;
                }
                b'/' => {
                    self.pos += 1;
                    if b.get(self.pos) == Some(&b'>') {
                        self_closing = true;
                        self.pos += 1;
                        break;
                    }
                    continue;
                }
                _ => {}
            }
            // Attribute name (a leading '=' or quote is part of a bogus name).
            let an = self.pos;
            self.pos += 1;
            while self.pos < b.len()
                && !b[self.pos].is_ascii_whitespace()
                && !matches!(b[self.pos], b'/' | b'>' | b'=')
            {
                self.pos += 1;
            }
            let aname = self.s[an..self.pos].to_ascii_lowercase();
            self.skip_ws();
            let mut value = String::new();
            if b.get(self.pos) == Some(&b'=') {
                self.pos += 1;
                self.skip_ws();
                let q = *b.get(self.pos)?;
                if q == b'"' || q == b'\'' {
                    let vs = self.pos + 1;
                    let ve = vs + b[vs..].iter().position(|&c| c == q)?;
                    value = entities::decode_str(&self.s[vs..ve], true);
                    self.pos = ve + 1;
                } else {
                    let vs = self.pos;
                    while self.pos < b.len()
                        && !b[self.pos].is_ascii_whitespace()
                        && b[self.pos] != b'>'
                    {
                        self.pos += 1;
                    }
                    value = entities::decode_str(&self.s[vs..self.pos], true);
                }
            }
            if !attrs.iter().any(|a: &Attr| a.name == aname) {
                attrs.push(Attr { name: aname, value });
            }
        }
        if !self_closing && let Some(decode) = raw_kind(&name) {
            let cs = self.pos;
            let ce = if name == "plaintext" {
                None
            } else {
                self.find_end_tag(cs, &name)
            };
            let ce_or_eof = ce.unwrap_or(b.len());
            // Emitted in reverse order (popped from the end).
            if ce.is_some() {
                self.pending.push(Token::End { name: name.clone() });
            }
            if ce_or_eof > cs {
                self.pending.push(if decode {
                    Token::Text {
                        start: cs,
                        end: ce_or_eof,
                    }
                } else {
                    Token::Raw {
                        start: cs,
                        end: ce_or_eof,
                    }
                });
            }
            self.pos = match ce {
                Some(k) => self.find_from(k, b">").map(|g| g + 1).unwrap_or(b.len()),
                None => b.len(),
            };
        }
        Some(Token::Start {
            name,
            attrs,
            self_closing,
        })
    }
}

impl Iterator for Tokenizer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        if let Some(t) = self.pending.pop() {
            return Some(t);
        }
        let b = self.b;
        loop {
            if self.pos >= b.len() {
                return None;
            }
            let start = self.pos;
            if b[start] != b'<' {
                let end = self.find_from(start, b"<").unwrap_or(b.len());
                self.pos = end;
                return Some(Token::Text { start, end });
            }
            let next = b.get(start + 1).copied();
            match next {
                Some(c) if c.is_ascii_alphabetic() => match self.start_tag() {
                    Some(t) => return Some(t),
                    None => {
                        // Cut inside a tag: nothing more to read.
                        self.pos = b.len();
                        return None;
                    }
                },
                Some(b'/') => {
                    let ns = start + 2;
                    if b.get(ns).is_some_and(|c| c.is_ascii_alphabetic()) {
                        let mut i = ns;
                        while i < b.len()
                            && !b[i].is_ascii_whitespace()
                            && b[i] != b'/'
                            && b[i] != b'>'
                        {
                            i += 1;
                        }
                        let name = self.s[ns..i].to_ascii_lowercase();
                        match self.find_from(i, b">") {
                            Some(g) => {
                                self.pos = g + 1;
                                return Some(Token::End { name });
                            }
                            None => {
                                self.pos = b.len();
                                return None;
                            }
                        }
                    }
                    // "</>" is ignored, "</3" a bogus comment.
                    self.pos = self.find_from(ns, b">").map(|g| g + 1).unwrap_or(b.len());
                }
                Some(b'!') => {
                    if b[start..].starts_with(b"<!--") {
                        self.pos = self
                            .find_from(start + 4, b"-->")
                            .map(|k| k + 3)
                            .unwrap_or(b.len());
                    } else if b[start..].starts_with(b"<![CDATA[") {
                        let cs = start + 9;
                        let ce = self.find_from(cs, b"]]>");
                        self.pos = ce.map(|k| k + 3).unwrap_or(b.len());
                        let end = ce.unwrap_or(b.len());
                        if end > cs {
                            return Some(Token::Raw { start: cs, end });
                        }
                    } else {
                        self.pos = self
                            .find_from(start + 2, b">")
                            .map(|g| g + 1)
                            .unwrap_or(b.len());
                    }
                }
                Some(b'?') => {
                    self.pos = self
                        .find_from(start + 2, b">")
                        .map(|g| g + 1)
                        .unwrap_or(b.len());
                }
                _ => {
                    // A lone '<' ("a < b") is text.
                    let end = self.find_from(start + 1, b"<").unwrap_or(b.len());
                    self.pos = end;
                    return Some(Token::Text { start, end });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<String> {
        Tokenizer::new(s)
            .map(|t| match t {
                Token::Text { start, end } => format!("T:{}", &s[start..end]),
                Token::Raw { start, end } => format!("R:{}", &s[start..end]),
                Token::Start {
                    name,
                    attrs,
                    self_closing,
                } => format!(
                    "<{name}{}{}>",
                    attrs
                        .iter()
                        .map(|a| format!(" {}={}", a.name, a.value))
                        .collect::<String>(),
                    if self_closing { "/" } else { "" }
                ),
                Token::End { name } => format!("</{name}>"),
            })
            .collect()
    }

    #[test]
    fn tags_attributes_comments() {
        assert_eq!(
            kinds("<P class=lead id='x' data-a=\"&eacute;\" hidden>a &lt; b<!-- c --><br/></p>"),
            [
                "<p class=lead id=x data-a=é hidden=>",
                "T:a &lt; b",
                "<br/>",
                "</p>"
            ]
        );
        assert_eq!(kinds("a < b <3"), ["T:a ", "T:< b ", "T:<3"]);
        assert_eq!(
            kinds("<script>if (a<b) { x='</p>' }</script>t"),
            ["<script>", "R:if (a<b) { x='</p>' }", "</script>", "T:t"]
        );
        assert_eq!(kinds("<!DOCTYPE html><?php x ?><![CDATA[c]]>"), ["R:c"]);
    }

    #[test]
    fn truncation_keeps_what_came_before() {
        assert_eq!(kinds("<p>Kidal est <a href=\"htt"), ["<p>", "T:Kidal est "]);
        assert_eq!(kinds("<p>Gao</p><di"), ["<p>", "T:Gao", "</p>"]);
        assert_eq!(kinds("<p>x<!-- never closed"), ["<p>", "T:x"]);
        assert_eq!(kinds("<style>p{}"), ["<style>", "R:p{}"]);
        assert_eq!(kinds("<p>x</p"), ["<p>", "T:x"]);
    }
}
