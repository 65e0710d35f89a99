//! A folded word stream over a document's tokens, and phrase tables matched against it.
//!
//! Lexicon-driven stages (time, quantities, actors' descriptions) match multi-word
//! phrases from data files. They all see the same view: tokens split at hyphens and
//! apostrophes ("mi-novembre" → mi, novembre; "aujourd'hui" → aujourd, hui), folded
//! (lowercase, no accents), with spans back into the text. Phrases from the lexicons are
//! split the same way, so "l'avant-veille" in a data file matches "l’avant-veille" in a
//! report.

use sitrep_core::fold::{fold, fold_into};
use sitrep_core::{Doc, Span, TokenKind};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash (rustc's): lexicon lookups hash one short word per token, where SipHash's
/// DoS resistance buys nothing and costs most of the stage's time.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut v = 0u64;
            for (k, b) in rest.iter().enumerate() {
                v |= (*b as u64) << (8 * k);
            }
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Every word of every lexicon of one language, numbered. Text words are looked up once
/// (one hash each); phrase matching then compares numbers.
#[derive(Debug, Default, Clone)]
pub struct Vocab {
    ids: FxMap<String, u32>,
}

impl Vocab {
    /// Id 0 is "not a lexicon word".
    pub fn intern(&mut self, word: &str) -> u32 {
        let next = self.ids.len() as u32 + 1;
        *self.ids.entry(word.to_string()).or_insert(next)
    }

    pub fn id(&self, word: &str) -> u32 {
        self.ids.get(word).copied().unwrap_or(0)
    }

    pub fn len(&self) -> usize {
        self.ids.len() + 1
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// One word of the stream.
#[derive(Clone, Copy, Debug)]
pub struct Word {
    pub span: Span,
    /// Range of the folded form in [`Words::buf`].
    norm: (u32, u32),
    /// The folded form's id in the lexicons' [`Vocab`] (0: in no lexicon).
    pub id: u32,
    pub kind: TokenKind,
    /// For digit tokens: their value when they are a plain number ("6,500" → 6500).
    pub num: Option<f64>,
    /// For digit tokens without separators: how many digits ("2023" → 4).
    pub digits: u8,
    /// First character is uppercase.
    pub cap: bool,
    /// No whitespace between this word and the previous one ("mi" + "novembre").
    pub glued: bool,
    /// Index of the sentence the word is in.
    pub sentence: u32,
}

/// The folded word stream of one document.
#[derive(Debug, Default)]
pub struct Words {
    buf: String,
    pub words: Vec<Word>,
}

impl Words {
    pub fn new(doc: &Doc, vocab: &Vocab) -> Words {
        let text = doc.text();
        let mut out = Words {
            buf: String::with_capacity(text.len()),
            words: Vec::with_capacity(doc.tokens.len() + doc.tokens.len() / 8),
        };
        let mut sent = 0usize;
        let mut prev_end = usize::MAX;
        for t in &doc.tokens {
            while sent + 1 < doc.sentences.len() && doc.sentences[sent].span.end <= t.span.start {
                sent += 1;
            }
            let s = t.span.of(text);
            let start = t.span.start as usize;
            let glued = prev_end == start;
            prev_end = t.span.end as usize;
            if t.kind == TokenKind::Word {
                // Split at inner hyphens and apostrophes.
                let mut piece_start = 0;
                let mut first = true;
                for (i, c) in s.char_indices() {
                    if matches!(c, '-' | '‑' | '‐' | '\'' | '’' | 'ʼ') {
                        // The separator itself is left out of both pieces' spans.
                        let end = i;
                        if end > piece_start {
                            out.push(
                                text,
                                Span::new(start + piece_start, start + end),
                                TokenKind::Word,
                                glued || !first,
                                sent,
                                vocab,
                            );
                            first = false;
                        }
                        piece_start = i + c.len_utf8();
                    }
                }
                if piece_start < s.len() {
                    out.push(
                        text,
                        Span::new(start + piece_start, start + s.len()),
                        TokenKind::Word,
                        glued || !first,
                        sent,
                        vocab,
                    );
                }
            } else {
                out.push(text, t.span, t.kind, glued, sent, vocab);
            }
        }
        out
    }

    fn push(
        &mut self,
        text: &str,
        span: Span,
        kind: TokenKind,
        glued: bool,
        sentence: usize,
        vocab: &Vocab,
    ) {
        let s = span.of(text);
        let a = self.buf.len();
        if kind == TokenKind::Word {
            fold_into(s, &mut self.buf);
        } else {
            self.buf.push_str(s);
        }
        let b = self.buf.len();
        let id = vocab.id(&self.buf[a..b]);
        let (num, digits) = if kind == TokenKind::Number {
            parse_digits(s)
        } else {
            (None, 0)
        };
        self.words.push(Word {
            span,
            norm: (a as u32, b as u32),
            id,
            kind,
            num,
            digits,
            cap: s.chars().next().is_some_and(char::is_uppercase),
            glued,
            sentence: sentence as u32,
        });
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The folded form of word `i` ("" past the end).
    pub fn norm(&self, i: usize) -> &str {
        match self.words.get(i) {
            Some(w) => &self.buf[w.norm.0 as usize..w.norm.1 as usize],
            None => "",
        }
    }

    pub fn get(&self, i: usize) -> Option<&Word> {
        self.words.get(i)
    }

    /// Span from word `a` to word `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        let b = b.max(a + 1).min(self.words.len());
        self.words[a].span.cover(self.words[b - 1].span)
    }

    /// True when words `a` and `b` are in the same sentence.
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.words.get(a), self.words.get(b)) {
            (Some(x), Some(y)) => x.sentence == y.sentence,
            _ => false,
        }
    }
}

/// Value of a digit token: "6,500" and "6 500" → 6500; "12.944" → 12944 (a group of
/// three after a period is a thousands separator in French); "30,4" → 30.4.
pub fn parse_digits(s: &str) -> (Option<f64>, u8) {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return (s.parse().ok(), s.len().min(255) as u8);
    }
    let mut groups: Vec<&str> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let mut cur = 0;
    for (i, c) in s.char_indices() {
        if !c.is_ascii_digit() {
            groups.push(&s[cur..i]);
            seps.push(c);
            cur = i + c.len_utf8();
        }
    }
    groups.push(&s[cur..]);
    let is_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}');
    if seps.iter().any(|&c| matches!(c, '-' | '/' | ':')) {
        return (None, 0);
    }
    let thousands = groups.len() >= 2
        && groups[0].len() <= 3
        && groups[1..].iter().all(|g| g.len() == 3)
        && seps
            .windows(2)
            .all(|w| w[0] == w[1] || (is_space(w[0]) && is_space(w[1])));
    if thousands {
        let digits: String = groups.concat();
        return (digits.parse().ok(), 0);
    }
    if groups.len() == 2 && matches!(seps[0], ',' | '.') {
        return (format!("{}.{}", groups[0], groups[1]).parse().ok(), 0);
    }
    (None, 0)
}

/// Splits a lexicon phrase the way [`Words`] splits text, and folds each piece.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in phrase.split_whitespace() {
        let mut start = 0;
        for (i, c) in part.char_indices() {
            // Punctuation is its own token in text ("Peace, Security"): so in phrases.
            if matches!(c, ',' | ';' | ':' | '(' | ')') {
                if i > start {
                    out.push(fold(&part[start..i]));
                }
                out.push(c.to_string());
                start = i + c.len_utf8();
                continue;
            }
            if matches!(c, '-' | '‑' | '‐' | '\'' | '’' | 'ʼ') {
                let keep = matches!(c, '\'' | '’' | 'ʼ');
                let end = if keep { i + c.len_utf8() } else { i };
                if end > start {
                    out.push(fold(&part[start..end]));
                }
                start = i + c.len_utf8();
            }
        }
        if start < part.len() {
            let f = fold(&part[start..]);
            if !f.is_empty() {
                out.push(f);
            }
        }
    }
    out
}

/// Multi-word phrases indexed by their first word's id, longest first.
#[derive(Debug, Clone)]
pub struct Phrases<V> {
    by_first: Vec<Vec<(Vec<u32>, V)>>,
    /// First words, for pre-filters.
    firsts: Vec<u32>,
}

impl<V> Default for Phrases<V> {
    fn default() -> Self {
        Phrases {
            by_first: Vec::new(),
            firsts: Vec::new(),
        }
    }
}

impl<V> Phrases<V> {
    pub fn insert(&mut self, vocab: &mut Vocab, phrase: &str, value: V) {
        let ws: Vec<u32> = phrase_words(phrase)
            .iter()
            .map(|w| vocab.intern(w))
            .collect();
        let Some((&first, rest)) = ws.split_first() else {
            return;
        };
        if self.by_first.len() <= first as usize {
            self.by_first.resize_with(first as usize + 1, Vec::new);
        }
        let list = &mut self.by_first[first as usize];
        if list.is_empty() {
            self.firsts.push(first);
        }
        list.push((rest.to_vec(), value));
        list.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
    }

    fn candidates(&self, w: &Words, i: usize) -> &[(Vec<u32>, V)] {
        match w.get(i) {
            Some(word) if word.id != 0 => self
                .by_first
                .get(word.id as usize)
                .map(Vec::as_slice)
                .unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The longest phrase starting at word `i`: its end (exclusive) and value.
    pub fn longest(&self, w: &Words, i: usize) -> Option<(usize, &V)> {
        'cand: for (rest, v) in self.candidates(w, i) {
            for (k, r) in rest.iter().enumerate() {
                if w.get(i + 1 + k).is_none_or(|x| x.id != *r) {
                    continue 'cand;
                }
            }
            return Some((i + 1 + rest.len(), v));
        }
        None
    }

    /// Every phrase starting at word `i`, longest first.
    pub fn all_at<'a>(&'a self, w: &'a Words, i: usize) -> impl Iterator<Item = (usize, &'a V)> {
        self.candidates(w, i)
            .iter()
            .filter(move |(rest, _)| {
                rest.iter()
                    .enumerate()
                    .all(|(k, r)| w.get(i + 1 + k).is_some_and(|x| x.id == *r))
            })
            .map(move |(rest, v)| (i + 1 + rest.len(), v))
    }

    /// Ids of the words that start a phrase.
    pub fn first_ids(&self) -> &[u32] {
        &self.firsts
    }

    pub fn is_empty(&self) -> bool {
        self.firsts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Extractor;
    use sitrep_core::{Document, Lang};

    fn words(text: &str, lang: Lang, vocab: &Vocab) -> (Doc, Words) {
        let mut d = Document::from_text("t", text);
        d.meta.lang = lang;
        let doc = Extractor::segment_only().extract(d);
        let w = Words::new(&doc, vocab);
        (doc, w)
    }

    #[test]
    fn splits_hyphens_and_apostrophes() {
        let (doc, w) = words(
            "mi-novembre, aujourd’hui à l’Anéfis",
            Lang::Fr,
            &Vocab::default(),
        );
        let norms: Vec<&str> = (0..w.len()).map(|i| w.norm(i)).collect();
        assert_eq!(
            norms,
            ["mi", "novembre", ",", "aujourd", "hui", "a", "l", "anefis"]
        );
        assert!(w.words[1].glued && !w.words[0].glued);
        assert_eq!(w.words[7].span.of(doc.text()), "Anéfis");
        assert_eq!(phrase_words("aujourd'hui"), ["aujourd", "hui"]);
        assert_eq!(phrase_words("l'avant-veille"), ["l", "avant", "veille"]);
    }

    #[test]
    fn digit_values() {
        assert_eq!(parse_digits("6,500").0, Some(6500.0));
        assert_eq!(parse_digits("6\u{202f}500").0, Some(6500.0));
        assert_eq!(parse_digits("12.944").0, Some(12944.0));
        assert_eq!(parse_digits("30,4").0, Some(30.4));
        assert_eq!(parse_digits("2023"), (Some(2023.0), 4));
        assert_eq!(parse_digits("2023-11-11").0, None);
    }

    #[test]
    fn longest_phrase_wins() {
        let mut p = Phrases::default();
        let mut v = Vocab::default();
        p.insert(&mut v, "la veille", 1);
        p.insert(&mut v, "la veille au soir", 2);
        let (_, w) = words("Il est parti la veille au soir.", Lang::Fr, &v);
        assert_eq!(p.longest(&w, 3), Some((7, &2)));
        assert_eq!(p.all_at(&w, 3).count(), 2);
        assert_eq!(p.longest(&w, 0), None);
    }
}
