//! Sentences and tokens: the first layer every other stage reads.
//!
//! No offline splitter handles French press text (DESIGN §8: "M. Dupont", « … »,
//! "6 500"), so this is a hand-written single-pass scanner with per-language
//! abbreviation lists from `data/lexicon/*/abbreviations.txt`. It never looks at more
//! than a few characters around the cursor, which keeps it well above 100 MB/s.

use crate::resources::Resources;
use crate::words::FxMap;
use sitrep_core::{Doc, Lang, Sentence, Span, Stage, Token, TokenKind};

/// Abbreviations of one language, looked up by exact form.
#[derive(Debug, Default, Clone)]
pub struct Abbreviations {
    exact: FxMap<String, ()>,
    /// The longest abbreviation's length in bytes (six): a longer word before a period,
    /// most of them, is no abbreviation, without hashing it.
    max_len: usize,
}

impl Abbreviations {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let exact: FxMap<String, ()> = words.into_iter().map(|w| (w.to_string(), ())).collect();
        let max_len = exact.keys().map(String::len).max().unwrap_or(0);
        Abbreviations { exact, max_len }
    }

    fn contains(&self, w: &str) -> bool {
        // (No key is longer than `max_len`.)
        debug_assert!(w.len() <= self.max_len || !self.exact.contains_key(w));
        w.len() <= self.max_len && self.exact.contains_key(w)
    }
}

/// Tokenizes and splits documents into sentences.
pub struct Segmenter {
    abbrev_en: Abbreviations,
    abbrev_fr: Abbreviations,
}

impl Segmenter {
    pub fn new(res: &Resources) -> Segmenter {
        Segmenter {
            abbrev_en: res.abbreviations(Lang::En).clone(),
            abbrev_fr: res.abbreviations(Lang::Fr).clone(),
        }
    }

    fn abbrev(&self, lang: Lang) -> &Abbreviations {
        match lang {
            Lang::En => &self.abbrev_en,
            Lang::Fr => &self.abbrev_fr,
        }
    }

    /// Splits `text` into tokens (whitespace is not a token).
    pub fn tokenize(&self, text: &str, lang: Lang) -> Vec<Token> {
        self.tokenize_marked(text, lang, &mut Vec::new())
    }

    /// [`Segmenter::tokenize`], noting in `marks` the tokens where a sentence may break
    /// (see [`Mark`]), in token order.
    fn tokenize_marked(&self, text: &str, lang: Lang, marks: &mut Vec<Mark>) -> Vec<Token> {
        let ab = self.abbrev(lang);
        let b = text.as_bytes();
        let n = b.len();
        // (News text has a token every five or six bytes: n / 4 seldom grows.)
        let mut out = Vec::with_capacity(n / 4 + 4);
        let mut i = 0;
        'tokens: while i < n {
            // A space, the commonest character between tokens, without decoding.
            if b[i] == b' ' {
                i += 1;
                continue;
            }
            let c = char_at(text, i);
            let cl = c.len_utf8();
            // An ASCII letter, the first byte of most tokens, is alphabetic and no
            // whitespace: one test where the two below decode and test each.
            let ascii_letter = c.is_ascii_alphabetic();
            if !ascii_letter && c.is_whitespace() {
                if c == '\n' {
                    // The next token, `out.len()`, follows a line break.
                    match marks.last_mut() {
                        Some(m) if m.at as usize == out.len() => m.newlines += 1,
                        _ => marks.push(Mark {
                            at: out.len() as u32,
                            newlines: 1,
                            terminal: false,
                        }),
                    }
                }
                i += cl;
                continue;
            }
            let mut start = i;
            if ascii_letter || is_alphabetic(c) {
                if ascii_letter {
                    // Most words: ASCII letters and digits up to a byte that ends a word
                    // outright (a space, a comma). What `scan_word` and the period test
                    // below find for them, without their tests of that byte.
                    loop {
                        let end = start + ascii_alnum_run(b, start);
                        if !(end < n && ENDS_WORD[b[end] as usize]) {
                            break;
                        }
                        out.push(tok(start, end, TokenKind::Word));
                        // The space that ends most words, passed here as the loop's
                        // first test would pass it, without its round; and the ASCII
                        // letter that starts the next word, as the loop's tests would
                        // find it, without theirs.
                        i = end + (b[end] == b' ') as usize;
                        if i < n && b[i].is_ascii_alphabetic() {
                            start = i;
                        } else {
                            continue 'tokens;
                        }
                    }
                    i = start;
                }
                i = scan_word(text, i, lang);
                // A period that belongs to the word: an abbreviation or an initial. (A
                // word scanned as an acronym with inner periods, "U.S.", "a.m.", ends
                // with its last period, which is part of it.) The bytes are tested
                // before the word is sliced: most words end at no period. (`i > start`:
                // a word has at least its first letter, so `b[i - 1]` is its last byte,
                // a period exactly when the word ends with '.'.)
                if i < n && b[i] == b'.' && b[i - 1] != b'.' {
                    let word = &text[start..i];
                    let is_initial = {
                        let mut cs = word.chars();
                        matches!((cs.next(), cs.next()), (Some(f), None) if f.is_uppercase())
                    };
                    if is_initial || ab.contains(word) {
                        i += 1;
                    }
                }
                out.push(tok(start, i, TokenKind::Word));
                continue;
            }
            if c.is_ascii_digit() {
                i = scan_number(text, i);
                out.push(tok(start, i, TokenKind::Number));
                continue;
            }
            let kind = match c {
                '«' | '“' | '„' | '‹' | '‘' => TokenKind::OpenQuote,
                '»' | '”' | '›' => TokenKind::CloseQuote,
                '"' | '\'' | '’' => {
                    let prev_space = start == 0 || {
                        let p = prev_char(text, start);
                        p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-')
                    };
                    if prev_space {
                        TokenKind::OpenQuote
                    } else {
                        TokenKind::CloseQuote
                    }
                }
                '.' | '?' | '!' | '…' => {
                    // Runs of terminal punctuation ("...", "?!", a damaged "??") are one token.
                    match marks.last_mut() {
                        Some(m) if m.at as usize == out.len() => m.terminal = true,
                        _ => marks.push(Mark {
                            at: out.len() as u32,
                            newlines: 0,
                            terminal: true,
                        }),
                    }
                    i += cl;
                    while i < n && matches!(b[i], b'.' | b'?' | b'!') {
                        i += 1;
                    }
                    out.push(tok(start, i, TokenKind::Punct));
                    continue;
                }
                c if c.is_ascii_punctuation() => match c {
                    '$' | '%' | '&' | '+' | '<' | '=' | '>' | '@' | '^' | '`' | '|' | '~' | '#'
                    | '*' => TokenKind::Symbol,
                    _ => TokenKind::Punct,
                },
                '–' | '—' | '‐' | '‑' | '‒' | '·' | '•' => TokenKind::Punct,
                _ => TokenKind::Symbol,
            };
            i += cl;
            out.push(tok(start, i, kind));
        }
        out
    }

    /// Groups tokens into sentences.
    pub fn sentences(&self, text: &str, tokens: &[Token]) -> Vec<Sentence> {
        let bytes = text.as_bytes();
        let mut marks: Vec<Mark> = Vec::new();
        for (k, t) in tokens.iter().enumerate() {
            let gap = match k {
                0 => &[][..],
                _ => &bytes[tokens[k - 1].span.end as usize..t.span.start as usize],
            };
            let newlines = gap.iter().filter(|&&c| c == b'\n').count() as u32;
            let terminal = t.kind == TokenKind::Punct && is_terminal(t.span.of(text));
            if newlines > 0 || terminal {
                marks.push(Mark {
                    at: k as u32,
                    newlines,
                    terminal,
                });
            }
        }
        self.sentences_marked(text, tokens, &marks)
    }

    /// Groups tokens into sentences, given the [`Mark`]s of `tokens` in token order.
    ///
    /// A sentence breaks only at a mark: this visits the marks, not every token (the
    /// scan over every token and its gap cost two dozen instructions a token).
    fn sentences_marked(&self, text: &str, tokens: &[Token], marks: &[Mark]) -> Vec<Sentence> {
        // (A sentence breaks only at a mark: there are at most one more than marks.)
        let mut out = Vec::with_capacity(marks.len() + 1);
        if tokens.is_empty() {
            return out;
        }
        let mut s0 = 0usize; // first token of the current sentence
        let mut line0 = 0usize; // first token of the current line
        let push = |out: &mut Vec<Sentence>, a: usize, b: usize, heading: bool| {
            if a < b {
                out.push(Sentence {
                    span: Span::new(
                        tokens[a].span.start as usize,
                        tokens[b - 1].span.end as usize,
                    ),
                    tokens: (a as u32, b as u32),
                    heading,
                });
            }
        };
        let bytes = text.as_bytes();
        // The bytes between token `j - 1` and token `j`.
        let gap = |j: usize| &bytes[tokens[j - 1].span.end as usize..tokens[j].span.start as usize];
        // The first token not yet passed: a sentence closed at a terminator goes on after
        // the closing quotes and brackets that follow it, which carry no mark (a line
        // break stops them, and they are no terminators).
        let mut next = 0usize;
        for m in marks {
            let k = m.at as usize;
            if k < next || k >= tokens.len() {
                continue;
            }
            let newlines = m.newlines;
            if k > 0 && newlines > 0 {
                if k > s0 {
                    let prev = &tokens[k - 1];
                    let prev_text = prev.span.of(text);
                    let prev_terminal = is_terminal(prev_text) && prev.kind == TokenKind::Punct;
                    let line_len = k - line0;
                    let next_starts = starts_like_sentence(tokens[k], text);
                    let heading_like = !prev_terminal
                        && !matches!(prev_text, "," | ";" | ":" | "(" | "-" | "–" | "—")
                        && line_len <= 14
                        && next_starts;
                    if newlines >= 2 || heading_like {
                        let heading = !prev_terminal
                            && !matches!(prev.kind, TokenKind::CloseQuote)
                            && line_len <= 14
                            && (k - s0) == line_len;
                        push(&mut out, s0, k, heading);
                        s0 = k;
                    }
                }
                line0 = k;
            }
            next = k + 1;
            if m.terminal {
                // Closing quotes and brackets after the terminator stay in this sentence.
                let mut j = k + 1;
                while j < tokens.len() {
                    let tj = tokens[j];
                    let tx = tj.span.of(text);
                    if gap(j).contains(&b'\n') {
                        break;
                    }
                    if tj.kind == TokenKind::CloseQuote || matches!(tx, ")" | "]") {
                        j += 1;
                    } else {
                        break;
                    }
                }
                let ends = if j >= tokens.len() {
                    true
                } else {
                    !gap(j).is_empty() && starts_like_sentence(tokens[j], text)
                };
                if ends {
                    push(&mut out, s0, j, false);
                    s0 = j;
                    next = j;
                }
            }
        }
        if s0 < tokens.len() {
            let last = tokens[tokens.len() - 1];
            let heading = !(last.kind == TokenKind::Punct && is_terminal(last.span.of(text)))
                && last.kind != TokenKind::CloseQuote
                && tokens.len() - s0 <= 14
                && s0 >= line0;
            push(&mut out, s0, tokens.len(), heading);
        }
        out
    }
}

/// A token where a sentence may break: one after a line break, or a terminator (a
/// `Punct` token of '.', '?', '!' or '…'). Noted by the tokenizer as it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Mark {
    /// The token's index.
    at: u32,
    /// Line breaks ('\n') between the previous token and this one.
    newlines: u32,
    /// The token is a terminator.
    terminal: bool,
}

impl Stage for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn run(&self, doc: &mut Doc) {
        let lang = doc.lang();
        // (News text has a line break or a terminator every hundred bytes or so: room
        // for one every sixty-four seldom grows.)
        let mut marks = Vec::with_capacity(doc.text().len() / 64 + 8);
        let tokens = self.tokenize_marked(doc.text(), lang, &mut marks);
        let sentences = self.sentences_marked(doc.text(), &tokens, &marks);
        doc.tokens = tokens;
        doc.sentences = sentences;
    }
}

fn tok(start: usize, end: usize, kind: TokenKind) -> Token {
    Token {
        span: Span::new(start, end),
        kind,
    }
}

#[inline]
fn char_at(text: &str, i: usize) -> char {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        b as char
    } else {
        text[i..].chars().next().unwrap_or('\u{fffd}')
    }
}

#[inline]
fn prev_char(text: &str, i: usize) -> char {
    text[..i].chars().next_back().unwrap_or(' ')
}

/// `c.is_alphabetic()`, the letters of Latin-1 (the accented letters of French, all of
/// U+00C0–U+00FF but × and ÷) told without the search of the Unicode table, which cost
/// some 130 instructions a char.
#[inline]
fn is_alphabetic(c: char) -> bool {
    if ('\u{c0}'..='\u{ff}').contains(&c) {
        c != '×' && c != '÷'
    } else {
        c.is_alphabetic()
    }
}

/// `c.is_alphanumeric()`, Latin-1 letters told as in [`is_alphabetic`].
#[inline]
fn is_alphanumeric(c: char) -> bool {
    if ('\u{c0}'..='\u{ff}').contains(&c) {
        c != '×' && c != '÷'
    } else {
        c.is_alphanumeric()
    }
}

fn is_terminal(s: &str) -> bool {
    s.starts_with(['.', '?', '!', '…'])
}

/// Does this token look like the start of a new sentence?
fn starts_like_sentence(t: Token, text: &str) -> bool {
    let c = char_at(text, t.span.start as usize);
    c.is_uppercase()
        || c.is_ascii_digit()
        || t.kind == TokenKind::OpenQuote
        || matches!(c, '"' | '(' | '[' | '-' | '–' | '—' | '•' | '*')
}

const FR_ELISIONS: &[&str] = &[
    "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
];

/// Scans a word: letters and digits, with inner hyphens and apostrophes ("CSP-PSD",
/// "Tin-Essako", "haven’t"), inner periods of acronyms ("U.S.", "a.m."). French elisions
/// ("l’armée", "d'Anéfis") end the word after the apostrophe so names stay separate.
fn scan_word(text: &str, mut i: usize, lang: Lang) -> usize {
    let b = text.as_bytes();
    let n = b.len();
    let start = i;
    loop {
        // letters and digits (ASCII ones without decoding, eight at a time)
        i += ascii_alnum_run(b, i);
        while i < n {
            let x = b[i];
            if x < 0x80 {
                if x.is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
                // Of the characters tested below, only these are ASCII: any other ASCII
                // byte ends the word without decoding it.
                if !matches!(x, b'\'' | b'-' | b'.') {
                    return i;
                }
                break;
            }
            let c = char_at(text, i);
            if is_alphanumeric(c) || c == '\u{0301}' || c == '\u{0300}' {
                i += c.len_utf8();
            } else {
                break;
            }
        }
        if i >= n {
            return i;
        }
        let c = char_at(text, i);
        // Most words end at a space or punctuation that never continues one: no need to
        // look at the character after it.
        if !matches!(c, '\'' | '’' | 'ʼ' | '-' | '‑' | '‐' | '.') {
            return i;
        }
        let cl = c.len_utf8();
        let next_alpha = i + cl < n && is_alphanumeric(char_at(text, i + cl));
        match c {
            '\'' | '’' | 'ʼ' if next_alpha => {
                if lang == Lang::Fr {
                    let w = &text[start..i];
                    if FR_ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(w)) {
                        return i + cl;
                    }
                }
                i += cl;
            }
            '-' | '‑' | '‐' if next_alpha => i += cl,
            '.' if next_alpha => {
                // Acronyms with inner periods: single letters separated by periods.
                let seg_start = text[..i]
                    .rfind(|c: char| !c.is_alphanumeric())
                    .map(|p| p + 1)
                    .unwrap_or(0)
                    .max(start);
                let seg_len = text[seg_start..i].chars().count();
                let after = &text[i + 1..];
                let next_len = after.chars().take_while(|c| c.is_alphanumeric()).count();
                if seg_len == 1 && next_len == 1 {
                    i += 1;
                    // swallow the letter and a trailing period if present
                    i += char_at(text, i).len_utf8();
                    if i < n && b[i] == b'.' {
                        i += 1;
                        if i < n && char_at(text, i).is_alphanumeric() {
                            continue;
                        }
                        return i;
                    }
                    return i;
                }
                return i;
            }
            _ => return i,
        }
    }
}

/// ASCII bytes that end a word after a letter or digit, whatever follows: all but
/// letters, digits and the three that may go on with it ([`scan_word`]: apostrophe,
/// hyphen, period). Bytes from 0x80 may too, and are decoded.
static ENDS_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 0x80 {
        let b = c as u8;
        t[c] = !(b.is_ascii_alphanumeric() || matches!(b, b'\'' | b'-' | b'.'));
        c += 1;
    }
    t
};

/// How many ASCII letters and digits start `b[i..]`, counted sixteen bytes at a time
/// where SSE2 is and eight at a time after that ([`alnum_run_by_eight`]), so that a
/// word's end costs no mispredicted branch per letter. Less than eight bytes before the
/// end: none counted, the caller's byte loop goes on.
#[inline]
fn ascii_alnum_run(b: &[u8], mut i: usize) -> usize {
    let start = i;
    // Sixteen bytes at a time where SSE2 is (every x86-64): one compare per range and a
    // mask of the bytes, where the eight-byte form below spent a third of its work
    // reloading its seven constants at each round.
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        use std::arch::x86_64::{
            _mm_add_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
            _mm_set1_epi8,
        };
        /// `k` as the signed byte of the same bits.
        const fn s(k: u8) -> i8 {
            k as i8
        }
        while let Some(chunk) = b.get(i..i + 16) {
            // SAFETY: SSE2 is enabled (the `cfg`); `chunk` is 16 bytes, all read by the
            // load, which has no alignment requirement.
            let mask = unsafe {
                let x = _mm_loadu_si128(chunk.as_ptr().cast());
                // A byte `c` is in `lo..lo + w` when `c - lo`, unsigned, is below `w`: with
                // 128 added (the top bit flipped), a signed compare with `w - 128` tells.
                let letter = _mm_cmplt_epi8(
                    _mm_add_epi8(
                        _mm_or_si128(x, _mm_set1_epi8(0x20)),
                        _mm_set1_epi8(s(0x80 - b'a')),
                    ),
                    _mm_set1_epi8(s(0x80 + 26)),
                );
                let digit = _mm_cmplt_epi8(
                    _mm_add_epi8(x, _mm_set1_epi8(s(0x80 - b'0'))),
                    _mm_set1_epi8(s(0x80 + 10)),
                );
                _mm_movemask_epi8(_mm_or_si128(letter, digit)) as u32
            };
            let not = !mask & 0xffff;
            if not != 0 {
                return i + not.trailing_zeros() as usize - start;
            }
            i += 16;
        }
    }
    i - start + alnum_run_by_eight(b, i)
}

/// [`ascii_alnum_run`] eight bytes at a time (SWAR: each byte's high bit says whether it
/// is one). Out of line where SSE2 is, as it then
/// reads only a text's last bytes: its seven constants, set up at every call of the
/// inlined form, cost more than the sixteen-byte test of a word.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), inline(never))]
fn alnum_run_by_eight(b: &[u8], mut i: usize) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    /// `k` in every byte.
    const fn splat(k: u8) -> u64 {
        k as u64 * 0x0101_0101_0101_0101
    }
    /// High bit of each byte of `v` (high bits clear) set when the byte is in `lo..=hi`:
    /// adding `0x80 - lo` sets it from `lo` up, adding `0x7f - hi` from `hi + 1` up, and
    /// neither carries into the next byte.
    #[inline]
    fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
        (v + splat(0x80 - lo)) & !(v + splat(0x7f - hi)) & HIGH
    }
    let start = i;
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let v = x & LOW7;
        let alnum = (in_range(v, b'0', b'9') | in_range(v | splat(0x20), b'a', b'z')) & !x;
        let not = !alnum & HIGH;
        if not != 0 {
            return i + (not.trailing_zeros() / 8) as usize - start;
        }
        i += 8;
    }
    i - start
}

fn is_digit_at(b: &[u8], i: usize) -> bool {
    i < b.len() && b[i].is_ascii_digit()
}

/// Width in bytes of a thousands-separating space at `i` (space, NBSP, narrow NBSP).
fn space_sep_len(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    if i >= b.len() {
        return 0;
    }
    match b[i] {
        b' ' => 1,
        0xC2 if b.get(i + 1) == Some(&0xA0) => 2,
        0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xAF) => 3,
        _ => 0,
    }
}

/// Scans a number with separators: "6,500", "6 500", "12.944", "30,4", "2023-11-11",
/// "11/11/2023", "9:30".
fn scan_number(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    let n = b.len();
    let mut group = 0usize;
    while i < n && b[i].is_ascii_digit() {
        i += 1;
        group += 1;
    }
    loop {
        if i >= n {
            return i;
        }
        match b[i] {
            b',' | b'.' | b'-' | b'/' | b':' if is_digit_at(b, i + 1) => {
                i += 1;
                group = 0;
                while i < n && b[i].is_ascii_digit() {
                    i += 1;
                    group += 1;
                }
            }
            _ => {
                // "6 500": a space followed by exactly three digits, after a group of at
                // most three digits.
                let w = space_sep_len(text, i);
                if w > 0
                    && group <= 3
                    && is_digit_at(b, i + w)
                    && is_digit_at(b, i + w + 1)
                    && is_digit_at(b, i + w + 2)
                    && !is_digit_at(b, i + w + 3)
                {
                    i += w + 3;
                    group = 3;
                    continue;
                }
                return i;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_classes_are_the_standard_ones() {
        for c in ('\0'..='\u{3ff}').chain('\u{2000}'..='\u{2100}') {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    fn seg() -> Segmenter {
        Segmenter::new(&Resources::embedded())
    }

    fn toks(text: &str, lang: Lang) -> Vec<String> {
        seg()
            .tokenize(text, lang)
            .iter()
            .map(|t| t.span.of(text).to_string())
            .collect()
    }

    fn sents(text: &str, lang: Lang) -> Vec<String> {
        let s = seg();
        let t = s.tokenize(text, lang);
        s.sentences(text, &t)
            .iter()
            .map(|x| x.span.of(text).to_string())
            .collect()
    }

    /// The tokenizer's marks are those found by scanning the tokens (which `sentences`
    /// does), less the line breaks before the first token and after the last.
    #[test]
    fn tokenizer_marks_match_a_scan() {
        let s = seg();
        for (text, lang) in [
            (
                "They haven’t stopped since.\n\nSpeed ??race\n\nIn the open battle.",
                Lang::En,
            ),
            (
                "\n\nKidal: the battle begins\nThe army advanced… on Saturday!?\n",
                Lang::En,
            ),
            (
                "Il a dit : « Nous avons gagné. »\r\n Le CSP dément...\n\n\n« Non. »",
                Lang::Fr,
            ),
            (
                "On Nov. 11 Gen. Diarra spoke. J. R. Smith agreed (at 9 a.m.).",
                Lang::En,
            ),
        ] {
            let mut marks = Vec::new();
            let tokens = s.tokenize_marked(text, lang, &mut marks);
            let scanned = {
                let mut m = Vec::new();
                let bytes = text.as_bytes();
                for (k, t) in tokens.iter().enumerate() {
                    let newlines = if k == 0 {
                        0
                    } else {
                        bytes[tokens[k - 1].span.end as usize..t.span.start as usize]
                            .iter()
                            .filter(|&&c| c == b'\n')
                            .count() as u32
                    };
                    let terminal = t.kind == TokenKind::Punct && is_terminal(t.span.of(text));
                    if newlines > 0 || terminal {
                        m.push(Mark {
                            at: k as u32,
                            newlines,
                            terminal,
                        });
                    }
                }
                m
            };
            let kept: Vec<Mark> = marks
                .into_iter()
                .filter(|m| (m.at as usize) < tokens.len())
                .map(|m| Mark {
                    newlines: if m.at == 0 { 0 } else { m.newlines },
                    ..m
                })
                .filter(|m| m.newlines > 0 || m.terminal)
                .collect();
            assert_eq!(kept, scanned, "{text}");
            assert_eq!(
                s.sentences_marked(text, &tokens, &kept),
                s.sentences(text, &tokens)
            );
        }
    }

    #[test]
    fn ascii_runs() {
        let all: Vec<u8> = (0..=255u8).collect();
        for (k, &c) in all.iter().enumerate() {
            let mut b = b"abcdefghij".to_vec();
            b[3] = c;
            let want = if c.is_ascii_alphanumeric() { 8 } else { 3 };
            assert_eq!(ascii_alnum_run(&b, 0), want, "byte {k}");
        }
        assert_eq!(ascii_alnum_run(b"Zz09Az9a-", 0), 8);
        assert_eq!(ascii_alnum_run(b"Zz09Az9-a", 0), 7);
        assert_eq!(ascii_alnum_run(b"abc", 0), 0);
        assert_eq!(ascii_alnum_run(b"x@[`{/:abcdefgh", 0), 1);
        // Sixteen bytes and more: every byte in every place, and runs of every length.
        for (k, &c) in all.iter().enumerate() {
            for at in [0, 5, 15, 16, 20] {
                let mut b = b"abcdefghijKLMNOPQRSTUVWXYZ0123456789".to_vec();
                b[at] = c;
                let want = if c.is_ascii_alphanumeric() { 32 } else { at };
                assert_eq!(ascii_alnum_run(&b, 0), want, "byte {k} at {at}");
            }
        }
        let text = b"Tin-Essako, 2023: the army's 6,500 men (U.S. data) \xc3\xa9t\xc3\xa9 abcdefghijklmnopqrstuvwxyz";
        for i in 0..text.len() {
            let r = ascii_alnum_run(text, i);
            assert!(text[i..i + r].iter().all(u8::is_ascii_alphanumeric));
            let run = text[i..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            assert!(r == run || text.len() - (i + r) < 8, "at {i}");
        }
    }

    #[test]
    fn numbers_with_separators_are_one_token() {
        assert_eq!(
            toks("some 6,500 of 12,944", Lang::En),
            ["some", "6,500", "of", "12,944"]
        );
        assert_eq!(toks("6 500 casques", Lang::Fr), ["6 500", "casques"]);
        assert_eq!(
            toks("6\u{202f}500 et 12.944", Lang::Fr),
            ["6\u{202f}500", "et", "12.944"]
        );
        assert_eq!(
            toks("on 2023-11-11 or 11/11/2023", Lang::En)[1],
            "2023-11-11"
        );
        assert_eq!(
            toks("in 2012 200 fighters", Lang::En),
            ["in", "2012", "200", "fighters"]
        );
    }

    #[test]
    fn hyphenated_names_and_elisions() {
        assert_eq!(
            toks("CSP-PSD at Tin-Essako", Lang::En),
            ["CSP-PSD", "at", "Tin-Essako"]
        );
        assert_eq!(
            toks("l’armée d'Anéfis", Lang::Fr),
            ["l’", "armée", "d'", "Anéfis"]
        );
        assert_eq!(
            toks("They haven’t stopped", Lang::En),
            ["They", "haven’t", "stopped"]
        );
    }

    #[test]
    fn quotes_of_all_styles() {
        let s = seg();
        let text = "« Nous » “we” \"they\"";
        let kinds: Vec<TokenKind> = s.tokenize(text, Lang::Fr).iter().map(|t| t.kind).collect();
        use TokenKind::*;
        assert_eq!(
            kinds,
            [
                OpenQuote, Word, CloseQuote, OpenQuote, Word, CloseQuote, OpenQuote, Word,
                CloseQuote
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sents(
                "On Nov. 11 Gen. Diarra spoke. J. R. Smith agreed.",
                Lang::En
            ),
            ["On Nov. 11 Gen. Diarra spoke.", "J. R. Smith agreed."]
        );
        assert_eq!(
            sents("M. Dupont a parlé. Le CSP a répondu.", Lang::Fr),
            ["M. Dupont a parlé.", "Le CSP a répondu."]
        );
        assert_eq!(
            sents(
                "The strike came at 9 a.m. local time. No one spoke.",
                Lang::En
            )
            .len(),
            2
        );
    }

    #[test]
    fn km_is_not_an_abbreviation() {
        assert_eq!(
            sents("It lies 110 km. The army left.", Lang::En),
            ["It lies 110 km.", "The army left."]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        assert_eq!(
            sents("She claimed a “breakthrough”. Then silence.", Lang::En),
            ["She claimed a “breakthrough”.", "Then silence."]
        );
        assert_eq!(
            sents("Il a dit : « Nous avons gagné. » Le CSP dément.", Lang::Fr),
            ["Il a dit : « Nous avons gagné. »", "Le CSP dément."]
        );
        assert_eq!(
            sents(
                "made “very significant progress” , claiming more.",
                Lang::En
            )
            .len(),
            1
        );
    }

    #[test]
    fn headings_and_damaged_characters() {
        let text =
            "They haven’t stopped since.\n\nSpeed ??race\n\nIn the open battle, drones help.";
        let s = seg();
        let t = s.tokenize(text, Lang::En);
        let ss = s.sentences(text, &t);
        let got: Vec<&str> = ss.iter().map(|x| x.span.of(text)).collect();
        assert_eq!(
            got,
            [
                "They haven’t stopped since.",
                "Speed ??race",
                "In the open battle, drones help."
            ]
        );
        assert!(ss[1].heading);
        assert!(!ss[0].heading && !ss[2].heading);
    }

    #[test]
    fn heading_line_without_blank_line() {
        let text = "Kidal: the battle begins\nThe army advanced on Saturday.";
        let got = sents(text, Lang::En);
        assert_eq!(
            got,
            ["Kidal: the battle begins", "The army advanced on Saturday."]
        );
    }

    #[test]
    fn wrapped_lines_do_not_split() {
        let text = "The army said that its drones had hit\nterrorist targets near the town.";
        assert_eq!(sents(text, Lang::En).len(), 1);
    }
}
