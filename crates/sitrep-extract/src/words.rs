//! A folded word stream over a document's tokens, and phrase tables matched against it.
//!
//! Lexicon-driven stages (time, quantities, actors' descriptions) match multi-word
//! phrases from data files. They all see the same view: tokens split at hyphens and
//! apostrophes ("mi-novembre" → mi, novembre; "aujourd'hui" → aujourd, hui), folded
//! (lowercase, no accents), with spans back into the text. Phrases from the lexicons are
//! split the same way, so "l'avant-veille" in a data file matches "l’avant-veille" in a
//! report.

use sitrep_core::fold::{fold_into, fold_into_other};
use sitrep_core::{Doc, Span, TokenKind};

use sitrep_core::hash::short_key;
pub use sitrep_core::hash::{FxHasher, FxMap};

/// Every word of every lexicon of one language, numbered. Text words are looked up once
/// (one hash each); phrase matching then compares numbers.
///
/// Every word of every document is looked up here, so it is its own open-addressing
/// table: a slot holds the id and more bits of the hash, which rule out almost every
/// other word before the bytes are compared.
#[derive(Debug, Clone)]
pub struct Vocab {
    /// The words back to back; word `id` is `blob[spans[id - 1]]`.
    blob: String,
    spans: Vec<(u32, u32)>,
    /// Ids of one-byte words (",", ".", "a"), a tenth of all tokens, without hashing.
    /// Indexed by the byte: a fixed size, so that no index is checked.
    ascii1: Box<[u32; 256]>,
    /// Open addressing, a power of two (at least 64) at most half full: 64 KB for two
    /// thousand words. A slot says all a lookup needs, so that it reads one cache line.
    slots: Vec<Slot>,
    /// A Bloom filter over the words' hashes ([`bloom_at`]), 4 KB: half the words of a
    /// text are in no lexicon, and this answers them from L1 where the slots (64 KB)
    /// cost a cache miss. A fixed size, so that the words' indices (below
    /// `BLOOM_WORDS` by construction) are not checked at each lookup.
    bloom: Box<[u64; BLOOM_WORDS]>,
}

impl Default for Vocab {
    fn default() -> Vocab {
        Vocab {
            blob: String::new(),
            spans: Vec::new(),
            ascii1: Box::new([0; 256]),
            slots: Vec::new(),
            bloom: Box::new([0; BLOOM_WORDS]),
        }
    }
}

/// The slots a [`Vocab`] starts with (128 KB), for up to half as many words: the
/// lexicons' words of one language (two to four thousand) then fit without growing,
/// where each growth cleared a larger table and placed every word again.
const VOCAB_SLOTS: usize = 8192;

/// [`Vocab::bloom`]'s 64-bit words.
const BLOOM_WORDS: usize = 512;

/// Where a word hash's two bits are in [`Vocab::bloom`]: a word of the filter (the
/// hash's top 9 bits) and two bits in it (the next two sixes), all high bits, which mix
/// all of the word (the low bits of a product see only the low bits of its factors).
/// Both bits in one word (a blocked filter): a lookup loads one word and tests two bits
/// of it, where two bits anywhere cost a load, two shifts and a mask more.
#[inline(always)]
fn bloom_at(h: u64) -> (usize, u64, u64) {
    const _: () = assert!(BLOOM_WORDS == 1 << 9);
    ((h >> 55) as usize, (h >> 49) % 64, (h >> 43) % 64)
}

/// Sets a word hash's two bits of a Bloom filter.
#[inline]
fn bloom_set(bloom: &mut [u64; BLOOM_WORDS], h: u64) {
    let (w, b1, b2) = bloom_at(h);
    bloom[w % BLOOM_WORDS] |= 1 << b1 | 1 << b2;
}

/// Are a word hash's two bits of a Bloom filter set? (The `%` is a no-op for the word
/// index, below `BLOOM_WORDS` by construction, and tells the compiler it is in range.)
#[inline(always)]
fn bloom_has(bloom: &[u64; BLOOM_WORDS], h: u64) -> bool {
    let (w, b1, b2) = bloom_at(h);
    let word = bloom[w % BLOOM_WORDS];
    word & (1 << b1) != 0 && word & (1 << b2) != 0
}

/// FxHash over 8-byte words: its last step is a multiplication, so the top bits (the
/// slot) mix every input bit. Short: it is on the path of every word.
#[inline]
fn word_hash(b: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h = b.len() as u64;
    let mut rest = b;
    while rest.len() > 8 {
        let (c, r) = rest.split_at(8);
        let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        h = (h.rotate_left(5) ^ v).wrapping_mul(K);
        rest = r;
    }
    (h.rotate_left(5) ^ short_key(rest)).wrapping_mul(K)
}

/// A slot of [`Vocab`]: a word of up to 8 bytes is its length and [`short_key`], so the
/// slot alone tells whether it holds a given word; a longer word is its length and hash,
/// and a match is checked against its bytes.
#[derive(Debug, Default, Clone, Copy)]
struct Slot {
    key: u64,
    len: u32,
    /// 0: an empty slot.
    id: u32,
}

/// The [`Slot::key`] of a word with this hash.
#[inline]
fn slot_key(w: &[u8], h: u64) -> u64 {
    if w.len() <= 8 { short_key(w) } else { h }
}

/// [`word_hash`] and [`slot_key`] of a word together: a word of up to 8 bytes is hashed
/// from its [`short_key`] (`word_hash` runs no loop for it), computed once for both.
#[inline(always)]
fn hash_and_key(w: &[u8]) -> (u64, u64) {
    if w.len() <= 8 {
        let key = short_key(w);
        (short_hash(w.len(), key), key)
    } else {
        let h = word_hash(w);
        (h, h)
    }
}

/// [`word_hash`] of a word of `len` bytes, at most 8, from its [`short_key`].
#[inline(always)]
fn short_hash(len: usize, key: u64) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    ((len as u64).rotate_left(5) ^ key).wrapping_mul(K)
}

/// The [`short_key`] of a word of one to eight bytes that are all lowercase ASCII
/// letters or digits, else `None`: the key holds every byte of such a word (a shorter
/// one's first, middle and last), so one test of its eight bytes at once tells, where a
/// [`byte_flags`] pass cost a load and an or per byte.
#[inline(always)]
fn lower_alnum_key(w: &[u8]) -> Option<u64> {
    use sitrep_core::swar::{HIGH, LOW7, in_range};
    if w.is_empty() || w.len() > 8 {
        return None;
    }
    let key = short_key(w);
    // A key of fewer than four bytes has zeros above them: 'a's there pass the test.
    let v = if w.len() < 4 {
        key | 0x6161_6161_6100_0000
    } else {
        key
    };
    let ok = lower_alnum8(v);
    debug_assert_eq!(ok, {
        let x = v & LOW7;
        (in_range(x, b'0', b'9') | in_range(x, b'a', b'z')) & !v == HIGH
    });
    ok.then_some(key)
}

/// Are the eight bytes of `v` all lowercase ASCII letters or digits? With SSE2 (every
/// x86-64 target) two compares and a byte mask, their constants read from memory: the
/// SWAR form (the fallback) kept seven 64-bit constants that the word loop, short of
/// registers, reloaded at every word.
#[inline(always)]
fn lower_alnum8(v: u64) -> bool {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        use std::arch::x86_64::{
            _mm_add_epi8, _mm_cmplt_epi8, _mm_cvtsi64_si128, _mm_movemask_epi8, _mm_or_si128,
            _mm_set1_epi8,
        };
        /// `k` as the signed byte of the same bits.
        const fn s(k: u8) -> i8 {
            k as i8
        }
        // SAFETY: SSE2 is enabled (the `cfg`); no memory is read.
        let mask = unsafe {
            let x = _mm_cvtsi64_si128(v as i64);
            // A byte `c` is in `lo..lo + w` when `c - lo`, unsigned, is below `w`: with 128
            // added (the top bit flipped), a signed compare with `w - 128` tells.
            let letter = _mm_cmplt_epi8(
                _mm_add_epi8(x, _mm_set1_epi8(s(0x80 - b'a'))),
                _mm_set1_epi8(s(0x80 + 26)),
            );
            let digit = _mm_cmplt_epi8(
                _mm_add_epi8(x, _mm_set1_epi8(s(0x80 - b'0'))),
                _mm_set1_epi8(s(0x80 + 10)),
            );
            _mm_movemask_epi8(_mm_or_si128(letter, digit)) as u32
        };
        mask & 0xff == 0xff
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        use sitrep_core::swar::{HIGH, LOW7, in_range};
        let x = v & LOW7;
        (in_range(x, b'0', b'9') | in_range(x, b'a', b'z')) & !v == HIGH
    }
}

/// Byte equality without a library call: words are a few bytes long.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// One byte of flags a word and eight zero bytes after the last: a scan finds the next
/// word with a flag eight words a load. The stages that keep one (the claim stage's
/// stops, the actor scan's starts) choose what the bits mean.
pub(crate) struct WordBits {
    codes: Vec<u8>,
    n: usize,
}

impl WordBits {
    /// Each word's byte as `of` gives it.
    ///
    /// Out of line: inlined in a stage's `run`, the loop (every word) reloaded the
    /// vector's pointer and end from the stack at each word, short of registers among
    /// the stage's own values; here they stay in registers.
    #[inline(never)]
    pub(crate) fn new(w: &Words, of: impl Fn(&Word) -> u8) -> WordBits {
        let n = w.len();
        let mut codes = Vec::with_capacity(n + 8);
        codes.extend(w.words().iter().map(of));
        codes.extend([0u8; 8]);
        WordBits { codes, n }
    }

    /// Sets `bits` at word `i` (nothing past the last word).
    pub(crate) fn set(&mut self, i: usize, bits: u8) {
        if i < self.n {
            self.codes[i] |= bits;
        }
    }

    /// Has word `i` a bit of `mask`?
    #[inline]
    pub(crate) fn any(&self, i: usize, mask: u8) -> bool {
        self.codes[i] & mask != 0
    }

    /// The first word from `i` on with a bit of `mask`, if any. (The padding has none:
    /// a bit found is a word's.)
    #[inline]
    pub(crate) fn next(&self, mut i: usize, mask: u8) -> Option<usize> {
        let all = u64::from_ne_bytes([mask; 8]);
        let from = i;
        let found = loop {
            if i >= self.n {
                break None;
            }
            // SAFETY: `codes` is the `n` words' bytes and eight of padding, and `i < n`:
            // `i..i + 8` is in it. (Unchecked: a scan runs this for every eight words.)
            let eight = unsafe { self.codes.get_unchecked(i..i + 8) };
            let v = u64::from_le_bytes(eight.try_into().expect("eight bytes")) & all;
            if v != 0 {
                break Some(i + (v.trailing_zeros() / 8) as usize);
            }
            i += 8;
        };
        debug_assert_eq!(
            found,
            self.codes[from.min(self.n)..self.n]
                .iter()
                .position(|&b| b & mask != 0)
                .map(|p| from + p)
        );
        found
    }
}

/// Word equality for the grammars' literal comparisons ("the", "le", "of"): the lengths,
/// then for short words their [`short_key`]s, without a library call.
#[inline(always)]
pub fn same_word(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len()
        && if a.len() <= 8 {
            short_key(a) == short_key(b)
        } else {
            a == b
        }
}

impl Vocab {
    /// Id 0 is "not a lexicon word".
    pub fn intern(&mut self, word: &str) -> u32 {
        let w = word.as_bytes();
        // Hashed once, for the lookup and for a new word's filter bits and slot.
        let (h, key) = hash_and_key(w);
        debug_assert_eq!(h, word_hash(w));
        let id = match w {
            &[c] => self.ascii1[c as usize],
            _ => self.probe(w, h, key),
        };
        debug_assert_eq!(id, self.id(word));
        if id != 0 {
            return id;
        }
        self.spans.push((
            self.blob.len() as u32,
            (self.blob.len() + word.len()) as u32,
        ));
        self.blob.push_str(word);
        let id = self.spans.len() as u32;
        if let &[c] = word.as_bytes() {
            self.ascii1[c as usize] = id;
        }
        bloom_set(&mut self.bloom, h);
        let slot = Slot {
            key,
            len: w.len() as u32,
            id,
        };
        if 2 * (id as usize) > self.slots.len() {
            let size = (2 * id as usize).next_power_of_two().max(VOCAB_SLOTS);
            self.slots = vec![Slot::default(); size];
            for k in 1..id {
                self.place(k);
            }
        }
        self.place_slot(slot, h);
        id
    }

    fn word(&self, id: u32) -> &[u8] {
        let (a, b) = self.spans[id as usize - 1];
        &self.blob.as_bytes()[a as usize..b as usize]
    }

    /// Every word with its id, in id order (from 1).
    pub fn words(&self) -> impl Iterator<Item = (u32, &str)> + '_ {
        self.spans
            .iter()
            .enumerate()
            .map(|(k, &(a, b))| (k as u32 + 1, &self.blob[a as usize..b as usize]))
    }

    fn place(&mut self, id: u32) {
        let w = self.word(id);
        let h = word_hash(w);
        let slot = Slot {
            key: slot_key(w, h),
            len: w.len() as u32,
            id,
        };
        self.place_slot(slot, h);
    }

    /// Puts a slot of a word of hash `h` in the first free place from its home.
    fn place_slot(&mut self, slot: Slot, h: u64) {
        let mask = self.slots.len() - 1;
        let mut s = self.home(h);
        while self.slots[s].id != 0 {
            s = (s + 1) & mask;
        }
        self.slots[s] = slot;
    }

    /// The slot a hash starts probing at: its top bits.
    #[inline]
    fn home(&self, h: u64) -> usize {
        (h >> (64 - self.slots.len().trailing_zeros())) as usize
    }

    #[inline]
    pub fn id(&self, word: &str) -> u32 {
        self.id_of_bytes(word.as_bytes())
    }

    #[inline(always)]
    fn id_of_bytes(&self, w: &[u8]) -> u32 {
        if let &[c] = w {
            return self.ascii1[c as usize];
        }
        let (h, key) = hash_and_key(w);
        self.probe(w, h, key)
    }

    /// [`Vocab::id_of_bytes`] of a word of one to eight bytes, given its [`short_key`].
    #[inline(always)]
    fn id_of_short(&self, w: &[u8], key: u64) -> u32 {
        debug_assert!((1..=8).contains(&w.len()) && key == short_key(w));
        if let &[c] = w {
            return self.ascii1[c as usize];
        }
        self.probe(w, short_hash(w.len(), key), key)
    }

    /// The id of word `w` of hash `h` and slot key `key` ([`hash_and_key`]): the Bloom
    /// filter, then the slots. An empty table needs no test of its own (one per word):
    /// its filter has no bit set, and a word that passes it finds slots.
    #[inline(always)]
    fn probe(&self, w: &[u8], h: u64, key: u64) -> u32 {
        if !bloom_has(&self.bloom, h) {
            return 0;
        }
        debug_assert!(!self.slots.is_empty());
        let mask = self.slots.len() - 1;
        let mut s = self.home(h);
        loop {
            debug_assert!(s < self.slots.len());
            // SAFETY: a word passed the filter, so one was interned and `slots` has a
            // power-of-two length: `home` is the hash's top bits below it, and the mask
            // keeps `s` below it. (Unchecked: every word of every text probes here.)
            let e = unsafe { *self.slots.get_unchecked(s) };
            if e.id == 0 {
                return 0;
            }
            if e.key == key
                && e.len as usize == w.len()
                && (w.len() <= 8 || same_bytes(self.word(e.id), w))
            {
                return e.id;
            }
            s = (s + 1) & mask;
        }
    }

    pub fn len(&self) -> usize {
        self.spans.len() + 1
    }

    /// The ids the vocabulary numbers before its slots grow: tables indexed by id
    /// ([`Phrases`]) reserve room for them at once, where growing with the ids
    /// reallocated and copied them time and again.
    fn ids_before_growth(&self) -> usize {
        self.slots.len() / 2 + 1
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

/// Per word, the kinds of a lexicon's phrases that start with it (bit `k` for kind `k`)
/// and one stage-specific flag in [`Starts::EXTRA`]: a stage asks several kinds at
/// almost every word and almost always hears no, so one pass over the words answers
/// them all. Built from a per-vocabulary table (`first`, indexed by word id) that the
/// stage computes once per process.
pub struct Starts(Vec<u32>);

impl Starts {
    /// Bit 31: the stage's own flag (a dictionary name, a speaker pronoun).
    pub const EXTRA: u32 = 1 << 31;

    pub fn new(w: &Words, first: &[u32]) -> Starts {
        Starts(
            w.words
                .iter()
                .map(|x| first.get(x.id as usize).copied().unwrap_or(0))
                .collect(),
        )
    }

    /// Does a phrase of any kind in `mask` (kinds' [`bit`](crate::lexicon_kinds)s, or
    /// [`Starts::EXTRA`]) start at word `i`?
    #[inline]
    pub fn any(&self, i: usize, mask: u32) -> bool {
        self.0[i] & mask != 0
    }

    /// The first word from `i` on where [`Starts::any`] holds for `mask`, if any: the
    /// search of a scan that skips every other word, in a loop of its own over the
    /// bits (out of line: inlined, the scan's own values stayed live across it).
    ///
    /// Eight words at a time: one test of their bits or-ed together passes over most
    /// eights, where a test per word cost four instructions. Or-ed two by two as `u64`s
    /// (one load for two words, the mask in both halves): half the loads and ors of a
    /// `u32` fold, which also kept all eight in registers for the search that follows.
    #[inline(never)]
    pub fn next(&self, i: usize, mask: u32) -> Option<usize> {
        let rest = self.0.get(i..)?;
        let mut chunks = rest.chunks_exact(8);
        let mut at = i;
        let mask2 = mask as u64 | (mask as u64) << 32;
        let pair = |c: &[u32], k: usize| c[k] as u64 | (c[k + 1] as u64) << 32;
        for c in &mut chunks {
            if (pair(c, 0) | pair(c, 2) | pair(c, 4) | pair(c, 6)) & mask2 != 0 {
                return c.iter().position(|&b| b & mask != 0).map(|p| at + p);
            }
            at += 8;
        }
        let found = chunks
            .remainder()
            .iter()
            .position(|&b| b & mask != 0)
            .map(|p| at + p);
        debug_assert_eq!(
            found,
            rest.iter().position(|&b| b & mask != 0).map(|p| i + p)
        );
        found
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
    /// The text's byte at the word's start (0 past the text's end): a scan that asks
    /// every word how it is written reads it here, not in the text. (In the struct's
    /// padding: no room taken.)
    pub first: u8,
    /// Index of the sentence the word is in.
    pub sentence: u32,
}

/// The folded word stream of one document.
///
/// Its fields are private, and [`Word`]'s folded range too, so that only
/// [`Words::push`] makes words: every word's range is then one of `buf` between
/// character boundaries, which [`Words::norm`] relies on.
#[derive(Debug, Default)]
pub struct Words {
    buf: String,
    words: Vec<Word>,
    /// Each sentence's word range (`(0, 0)` for one without words), up to the last
    /// word's sentence: the claim and event stages both read clauses by sentence.
    sentences: Vec<(usize, usize)>,
}

impl Words {
    pub fn new(doc: &Doc, vocab: &Vocab) -> Words {
        Words::new_in(doc, vocab, Words::default())
    }

    /// [`Words::new`], in the buffers of `spare` (another document's words, dropped):
    /// the pipeline hands each thread's last words back, so that a document costs no
    /// allocation of its text's copy, its words and its sentences when the last one's
    /// are large enough (three allocations and frees a document, one of them large).
    pub fn new_in(doc: &Doc, vocab: &Vocab, spare: Words) -> Words {
        let text = doc.text();
        let Words {
            mut buf,
            mut words,
            mut sentences,
        } = spare;
        // The buffer starts with a copy of the text, its ASCII letters lowercased: most
        // words (ASCII letters and digits, capitals or not) and other tokens (which hold no
        // ASCII letter) find their folded form there, at their own span, and point into
        // it; the others are folded after it. (One vectorized pass over the text, where a
        // capitalized word cost a call, a copy and a loop of its own.)
        buf.clear();
        let room = text.len() + text.len() / 4 + 16;
        if buf.capacity() < room {
            // A new buffer, not a reserve: that would copy the old one's bytes.
            buf = String::with_capacity(room);
        }
        // Copied and lowercased in one pass, where a copy and then a pass over the copy
        // read and wrote the text twice.
        // SAFETY: lowercasing ASCII letters changes no other byte: `buf` stays UTF-8.
        unsafe { buf.as_mut_vec() }.extend(text.as_bytes().iter().map(u8::to_ascii_lowercase));
        debug_assert_eq!(buf, text.to_ascii_lowercase());
        words.clear();
        let room = doc.tokens.len() + doc.tokens.len() / 8;
        if words.capacity() < room {
            words = Vec::with_capacity(room);
        }
        sentences.clear();
        let nsent = doc.sentences.len();
        if sentences.capacity() < nsent.max(1) {
            sentences = Vec::with_capacity(nsent.max(1));
        }
        let mut out = Words {
            buf,
            words,
            sentences,
        };
        // Sentences cover the tokens in order, back to back: the tokens are read sentence by
        // sentence, each up to its sentence's end (the last one's up to the end, as are
        // those of no sentence at all), so that no token is compared with the sentence's
        // end. A token's sentence is the first whose end is after it, of those not passed
        // by an earlier token.
        let tokens = &doc.tokens;
        let mut prev_end = usize::MAX;
        let mut k = 0;
        for sent in 0..nsent.max(1) {
            // The sentence's first word: its range is pushed once its tokens are read.
            let first_word = out.words.len();
            let to = if sent + 1 < nsent {
                (doc.sentences[sent].tokens.1 as usize).clamp(k, tokens.len())
            } else {
                tokens.len()
            };
            let sentence_tokens = &tokens[k..to];
            k = to;
            for t in sentence_tokens {
                let (start, end) = (t.span.start as usize, t.span.end as usize);
                let bytes = &text.as_bytes()[start..end];
                let glued = prev_end == start;
                prev_end = end;
                let word = t.kind == TokenKind::Word;
                // The token's copy in `buf`, ASCII letters lowercased, without a second
                // test of the range, against `buf`.
                debug_assert!(text.len() <= out.buf.len());
                // SAFETY: `start..end` is a range of the text (`bytes` was sliced with it),
                // and `buf` starts with a copy of the text: it is a range of `buf` too.
                let lowered = unsafe { out.buf.as_bytes().get_unchecked(start..end) };
                // Most words are short and ASCII: their copy in `buf`, lowercased, tells so by
                // its key, which their lookup needs anyway. Only the others are flagged.
                let short = if word { lower_alnum_key(lowered) } else { None };
                let flags = if word && short.is_none() {
                    byte_flags(bytes)
                } else {
                    0
                };
                if flags & SEPARATOR != 0 {
                    out.push_pieces(text, t.span, glued, sent, vocab);
                } else if short.is_some() || own_form(t.kind, flags, bytes) {
                    // Nine words in ten: what `push` does for them, without its other cases'
                    // live values (it spilled a dozen registers at every word). (A short one
                    // is ASCII letters and digits, as `own_form` would have found.)
                    debug_assert!(short.is_none() || own_form(t.kind, byte_flags(bytes), bytes));
                    debug_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
                    let id = match short {
                        Some(key) => vocab.id_of_short(lowered, key),
                        None => vocab.id_of_bytes(lowered),
                    };
                    debug_assert!(!bytes.is_empty());
                    // SAFETY: the token is not empty: a short word has one to eight bytes,
                    // and `own_form` holds for a word of one byte or more, or a token of
                    // one byte.
                    let first = unsafe { *bytes.get_unchecked(0) };
                    out.push_own(t.span, id, t.kind, first, glued, sent);
                } else if t.kind == TokenKind::Number {
                    out.push_number(text, t.span, glued, sent, vocab);
                } else {
                    out.push(text, t.span, t.kind, flags, glued, sent, vocab);
                }
            }
            let end = out.words.len();
            out.sentences.push(if first_word < end {
                (first_word, end)
            } else {
                (0, 0)
            });
        }
        debug_assert_eq!(
            token_sentences(doc),
            (0..nsent.max(1))
                .scan(0, |k, sent| {
                    let to = if sent + 1 < nsent {
                        (doc.sentences[sent].tokens.1 as usize).clamp(*k, tokens.len())
                    } else {
                        tokens.len()
                    };
                    let n = to - *k;
                    *k = to;
                    Some(std::iter::repeat_n(sent, n))
                })
                .flatten()
                .collect::<Vec<_>>()
        );
        // Up to the last word's sentence: the ranges of those after it are dropped.
        let count = out.words.last().map_or(0, |x| x.sentence as usize + 1);
        debug_assert!(count <= out.sentences.len());
        out.sentences.truncate(count);
        debug_assert_eq!(out.sentences, {
            let mut v: Vec<Option<(usize, usize)>> = vec![None; count];
            for (k, x) in out.words.iter().enumerate() {
                let r = &mut v[x.sentence as usize];
                *r = Some((r.map_or(k, |(a, _)| a), k + 1));
            }
            v.into_iter()
                .map(|r| r.unwrap_or((0, 0)))
                .collect::<Vec<_>>()
        });
        out
    }

    /// The word range of each sentence, by sentence index (`(0, 0)` for a sentence
    /// without words), up to the last word's sentence.
    pub fn sentence_bounds(&self) -> &[(usize, usize)] {
        &self.sentences
    }

    /// Adds a word whose folded form is its own span of `buf` (the text, ASCII letters
    /// lowercased), as [`Words::push`] would add it: no number value, `cap` from its
    /// first byte (ASCII). For [`own_form`]'s tokens and the ASCII pieces of split words.
    #[inline(always)]
    fn push_own(
        &mut self,
        span: Span,
        id: u32,
        kind: TokenKind,
        first: u8,
        glued: bool,
        sent: usize,
    ) {
        self.words.push(Word {
            span,
            norm: (span.start, span.end),
            id,
            kind,
            num: None,
            digits: 0,
            cap: first.is_ascii_uppercase(),
            glued,
            first,
            sentence: sent as u32,
        });
    }

    /// Adds a piece of a split word (not empty), `flags` its [`byte_flags`]. One of ASCII
    /// letters and digits (most pieces: "l", "armée" is not) is its own folded form, looked
    /// up and added here, as [`Words::push`] would add it: a call to `push` saved and
    /// restored a dozen registers, and tested the cases such a piece is not.
    #[inline(always)]
    fn push_piece(
        &mut self,
        text: &str,
        span: Span,
        flags: u8,
        glued: bool,
        sent: usize,
        vocab: &Vocab,
    ) {
        if flags & NOT_ALNUM != 0 {
            return self.push(text, span, TokenKind::Word, flags, glued, sent, vocab);
        }
        let (start, end) = (span.start as usize, span.end as usize);
        debug_assert!(start < end && flags == byte_flags(&text.as_bytes()[start..end]));
        // (ASCII bytes: between character boundaries, as `norm` relies on.)
        let id = vocab.id_of_bytes(&self.buf.as_bytes()[start..end]);
        self.push_own(
            span,
            id,
            TokenKind::Word,
            text.as_bytes()[start],
            glued,
            sent,
        );
    }

    /// Adds the pieces of a word token that may hold separators: split at inner
    /// hyphens and apostrophes, the separators themselves left out of both pieces'
    /// spans. Out of line: one token in forty has such a byte, and the loop over tokens
    /// keeps fewer values in registers without this one.
    #[inline(never)]
    fn push_pieces(&mut self, text: &str, span: Span, glued: bool, sent: usize, vocab: &Vocab) {
        let start = span.start as usize;
        let bytes = &text.as_bytes()[start..span.end as usize];
        let mut piece_start = 0;
        let mut first = true;
        // The pieces' flags gathered in the pass that finds the separators, where each
        // piece had a pass of its own: only a byte flagged as a separator's lead is
        // tested further.
        let mut flags = 0;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let f = BYTE_FLAGS[b as usize];
            let sep = if f & SEPARATOR != 0 {
                separator_len(bytes, i)
            } else {
                0
            };
            if sep == 0 {
                flags |= f;
                i += 1;
                continue;
            }
            debug_assert_eq!(flags, byte_flags(&bytes[piece_start..i]));
            if i > piece_start {
                self.push_piece(
                    text,
                    Span::new(start + piece_start, start + i),
                    flags,
                    glued || !first,
                    sent,
                    vocab,
                );
                first = false;
            }
            i += sep;
            piece_start = i;
            flags = 0;
        }
        debug_assert_eq!(flags, byte_flags(&bytes[piece_start..]));
        if piece_start < bytes.len() {
            self.push_piece(
                text,
                Span::new(start + piece_start, start + bytes.len()),
                flags,
                glued || !first,
                sent,
                vocab,
            );
        }
    }

    /// Adds a number token: one of one to eight ASCII digits (most numbers: "30",
    /// "2023") is its own folded form, its key looked up and its value read in one pass
    /// over its bytes, where [`Words::push`] tested its characters' boundaries, hashed it
    /// and parsed it apart. Others go to `push`.
    #[inline(never)]
    fn push_number(&mut self, text: &str, span: Span, glued: bool, sent: usize, vocab: &Vocab) {
        let (start, end) = (span.start as usize, span.end as usize);
        let bytes = &text.as_bytes()[start..end];
        let Some(value) = short_digits(bytes) else {
            return self.push(text, span, TokenKind::Number, 0, glued, sent, vocab);
        };
        // ASCII digits: characters of their own, folded as they are (the copy of the
        // text at the start of `buf` holds them at the span, as `push` finds them).
        debug_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        let id = vocab.id_of_short(bytes, short_key(bytes));
        debug_assert_eq!(id, vocab.id_of_bytes(bytes));
        let (num, digits) = (Some(value as f64), bytes.len() as u8);
        debug_assert_eq!((num, digits), parse_digits(&text[start..end]));
        self.words.push(Word {
            span,
            norm: (span.start, span.end),
            id,
            kind: TokenKind::Number,
            num,
            digits,
            cap: false,
            glued,
            first: bytes[0],
            sentence: sent as u32,
        });
    }

    /// Adds a word. `flags`: [`byte_flags`] of a word token (tokens of other kinds are
    /// their own folded form). Out of line: [`Words::new`] adds most words itself
    /// ([`own_form`]).
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn push(
        &mut self,
        text: &str,
        span: Span,
        kind: TokenKind,
        flags: u8,
        glued: bool,
        sentence: usize,
        vocab: &Vocab,
    ) {
        let (start, end) = (span.start as usize, span.end as usize);
        let sb = &text.as_bytes()[start..end];
        // "Mr.", "Inc.", "Nov.": ASCII letters and digits and a final period, which
        // folding drops ("mr"): their folded form is their own span of `buf` (the text,
        // ASCII letters lowercased) without the period, where folding it into `buf` cost
        // a pass a byte and the general lookup. (A word of one to eight such bytes.)
        if kind == TokenKind::Word
            && let [.., b'.'] = sb
            && let Some(key) = lower_alnum_key(&self.buf.as_bytes()[start..end - 1])
        {
            let stem = &self.buf.as_bytes()[start..end - 1];
            debug_assert_eq!(
                stem,
                {
                    let mut f = String::new();
                    fold_into(&text[start..end], &mut f);
                    f
                }
                .as_bytes()
            );
            let id = vocab.id_of_short(stem, key);
            debug_assert_eq!(id, vocab.id_of_bytes(stem));
            // (ASCII bytes: `end - 1` is a character boundary, as `norm` relies on.)
            self.words.push(Word {
                span,
                norm: (span.start, span.end - 1),
                id,
                kind,
                num: None,
                digits: 0,
                cap: sb[0].is_ascii_uppercase(),
                glued,
                first: sb[0],
                sentence: sentence as u32,
            });
            return;
        }
        let (a, b) = if kind != TokenKind::Word || flags & NOT_ALNUM == 0 {
            // Already folded in the copy of the text at the start of `buf`, whose ASCII
            // letters are lowercased (as `fold_into` lowercases them): a word of ASCII
            // letters and digits, or a token of another kind. Between character
            // boundaries, as `norm` relies on: such a word is (`flags` are its
            // `byte_flags`); other tokens are tested.
            debug_assert!(kind != TokenKind::Word || flags == byte_flags(sb));
            if (kind != TokenKind::Word || sb.is_empty())
                && !(text.is_char_boundary(start) && text.is_char_boundary(end))
            {
                inside_char(span);
            }
            (start, end)
        } else {
            let a = self.buf.len();
            // (A word with a byte other than an ASCII letter or digit, by its flags.)
            fold_into_other(&text[start..end], &mut self.buf);
            (a, self.buf.len())
        };
        let id = vocab.id_of_bytes(&self.buf.as_bytes()[a..b]);
        let (num, digits) = if kind == TokenKind::Number {
            parse_digits(&text[start..end])
        } else {
            (None, 0)
        };
        let cap = match sb.first() {
            Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
            Some(_) => text[start..end]
                .chars()
                .next()
                .is_some_and(char::is_uppercase),
            None => false,
        };
        self.words.push(Word {
            span,
            norm: (a as u32, b as u32),
            id,
            kind,
            num,
            digits,
            cap,
            glued,
            first: text.as_bytes().get(start).copied().unwrap_or(0),
            sentence: sentence as u32,
        });
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The bytes its buffers hold room for.
    pub fn capacity_bytes(&self) -> usize {
        self.buf.capacity()
            + self.words.capacity() * std::mem::size_of::<Word>()
            + self.sentences.capacity() * std::mem::size_of::<(usize, usize)>()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The folded form of word `i` as bytes (empty past the end).
    #[inline]
    pub fn norm_bytes(&self, i: usize) -> &[u8] {
        match self.words.get(i) {
            Some(w) => self.folded(w),
            None => b"",
        }
    }

    /// The folded form of word `w` (one of these words), without the range tests of a
    /// slice: stages ask for words' forms some twice per word, and the tests were a
    /// third of the cost.
    #[inline(always)]
    fn folded(&self, w: &Word) -> &[u8] {
        let (a, b) = (w.norm.0 as usize, w.norm.1 as usize);
        debug_assert!(a <= b && b <= self.buf.len());
        // SAFETY: `buf` only grows, and a word's range is set once, by `push` or by
        // `Words::new`'s ASCII fast path, to a range of `buf` as it was then: a token's
        // span checked against the text (which `buf` starts with a copy of), or the
        // range of a string just appended. The fields are private to this module, and
        // `w` is one of `self.words`: no other `Words`' word can get here.
        unsafe { self.buf.as_bytes().get_unchecked(a..b) }
    }

    /// Is the folded form of word `i` this word?
    #[inline(always)]
    pub fn is(&self, i: usize, word: &str) -> bool {
        same_word(self.norm_bytes(i), word.as_bytes())
    }

    /// Is the folded form of word `i` one of these words?
    #[inline(always)]
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let n = self.norm_bytes(i);
        words.iter().any(|x| same_word(n, x.as_bytes()))
    }

    /// The folded form of word `i` ("" past the end).
    ///
    /// Without the character-boundary tests of a `str` slice: they were two thirds of
    /// the cost of this function, called about twice per word.
    #[inline]
    pub fn norm(&self, i: usize) -> &str {
        match self.words.get(i) {
            Some(w) => {
                let b = self.folded(w);
                // SAFETY: `buf` is a `String` and only grows (its ASCII lowercasing at the
                // start moves no character boundary), and a word's range is set once, by
                // `push` or by `Words::new`'s ASCII fast path, to a range between
                // character boundaries of `buf` (a token's span checked there, an ASCII
                // word's span, or a string just appended). The fields are
                // private to this module: no other `Words`' word can get into `words`.
                unsafe { std::str::from_utf8_unchecked(b) }
            }
            None => "",
        }
    }

    /// The first word that starts at or after the start of `s`, and the first that
    /// starts at or after its end, as two searches of the words' starts find them. The
    /// second is walked to from the first (the starts only grow, and the words before
    /// the first start before `s` does): a mention is a few words long, and a second
    /// search of all the words cost some forty instructions.
    #[inline]
    pub fn bounds_of(&self, s: Span) -> (usize, usize) {
        let a = self.words.partition_point(|x| x.span.start < s.start);
        if s.end < s.start {
            return (a, self.words.partition_point(|x| x.span.start < s.end));
        }
        let mut b = a;
        while b < self.words.len() && self.words[b].span.start < s.end {
            b += 1;
        }
        (a, b)
    }

    /// The words, in order.
    #[inline]
    pub fn words(&self) -> &[Word] {
        &self.words
    }

    pub fn get(&self, i: usize) -> Option<&Word> {
        self.words.get(i)
    }

    /// The first word from `from` on whose id passes `keep`, if any. For scans that ask
    /// at every word and almost always hear no: the test in a loop of its own, where a
    /// loop whose body also does the rare work kept that work's values live across
    /// every word (a dozen instructions more per word). Out of line, so that the
    /// caller's values do not follow it into the loop either: one call per candidate.
    #[inline(never)]
    pub fn next_id_where(&self, from: usize, keep: impl Fn(u32) -> bool) -> Option<usize> {
        let rest = self.words.get(from..)?;
        first_id_where(rest, keep).map(|p| from + p)
    }

    /// [`Words::next_id_where`] below word `to` (at most the length), for a test that is
    /// a byte per id, not 0 for yes ([`Phrases::starts`]): four words' bytes or-ed as
    /// they are, where bools made of them cost a compare each.
    #[inline(never)]
    fn next_flag_below(&self, from: usize, to: usize, flag: impl Fn(u32) -> u8) -> Option<usize> {
        let words = &self.words[from..to];
        let mut chunks = words.chunks_exact(4);
        let mut at = 0;
        let found = 'found: {
            for c in &mut chunks {
                if flag(c[0].id) | flag(c[1].id) | flag(c[2].id) | flag(c[3].id) != 0 {
                    break 'found c.iter().position(|x| flag(x.id) != 0).map(|p| at + p);
                }
                at += 4;
            }
            chunks
                .remainder()
                .iter()
                .position(|x| flag(x.id) != 0)
                .map(|p| at + p)
        };
        debug_assert_eq!(found, words.iter().position(|x| flag(x.id) != 0));
        found.map(|p| from + p)
    }

    /// The first word from `from` on that passes `keep` (given its index and itself),
    /// if any: [`Words::next_id_where`] for tests of more than the id, where candidates
    /// are rare (one word in a hundred: a call per candidate costs more than a dozen
    /// words of an inlined scan).
    #[inline(never)]
    pub fn next_where(&self, from: usize, keep: impl Fn(usize, &Word) -> bool) -> Option<usize> {
        (from..self.words.len()).find(|&k| keep(k, &self.words[k]))
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

/// Each token's sentence as a walk of the tokens finds it, moving on to the next
/// sentence while the token is at or past the current one's end (and there is a next):
/// what [`Words::new`] reads sentence by sentence, for debug builds to check it against.
fn token_sentences(doc: &Doc) -> Vec<usize> {
    let mut sent = 0usize;
    let mut sent_end = doc.sentences.first().map_or(u32::MAX, |s| s.tokens.1);
    (0..doc.tokens.len())
        .map(|k| {
            while k as u32 >= sent_end && sent + 1 < doc.sentences.len() {
                sent += 1;
                sent_end = doc.sentences[sent].tokens.1;
            }
            sent
        })
        .collect()
}

/// The first of `words` whose id passes `keep` (a lookup without side effects), four
/// words at a time: their four answers or-ed, one branch, where a branch per word and
/// the loop's own count cost a third more. The four are then asked again, in order.
#[inline(always)]
fn first_id_where(words: &[Word], keep: impl Fn(u32) -> bool) -> Option<usize> {
    let mut chunks = words.chunks_exact(4);
    let mut at = 0;
    let found = 'found: {
        for c in &mut chunks {
            if keep(c[0].id) | keep(c[1].id) | keep(c[2].id) | keep(c[3].id) {
                break 'found c.iter().position(|x| keep(x.id)).map(|p| at + p);
            }
            at += 4;
        }
        chunks
            .remainder()
            .iter()
            .position(|x| keep(x.id))
            .map(|p| at + p)
    };
    debug_assert_eq!(found, words.iter().position(|x| keep(x.id)));
    found
}

/// Is this token's folded form its own span of [`Words::buf`] (the text, ASCII letters
/// lowercased), added by [`Words::new`] as [`Words::push`] would add it (no number value,
/// `cap` from an ASCII first byte)? A non-empty word of ASCII letters and digits (`flags`,
/// its [`byte_flags`], say so), or one ASCII byte of punctuation or symbol. Both lie
/// between character boundaries: an ASCII byte is a character, and the word's bytes are
/// all ASCII.
#[inline(always)]
fn own_form(kind: TokenKind, flags: u8, bytes: &[u8]) -> bool {
    match kind {
        TokenKind::Word => flags & NOT_ALNUM == 0 && !bytes.is_empty(),
        TokenKind::Number => false,
        _ => matches!(bytes, [b] if b.is_ascii()),
    }
}

/// The value of one to eight ASCII digits, else `None`.
#[inline]
fn short_digits(b: &[u8]) -> Option<u64> {
    if b.is_empty() || b.len() > 8 {
        return None;
    }
    let mut v = 0u64;
    for &c in b {
        let d = c.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        v = v * 10 + d as u64;
    }
    Some(v)
}

/// A token's span that cuts a character: out of line, as it never happens.
#[cold]
#[inline(never)]
fn inside_char(span: Span) -> ! {
    panic!("a token's span {span:?} cuts a character")
}

/// [`byte_flags`]: the word might hold a separator ([`separator_len`]).
const SEPARATOR: u8 = 1;
/// [`byte_flags`]: a byte other than an ASCII letter or digit (folding is more than
/// lowercasing).
const NOT_ALNUM: u8 = 4;

/// What each byte says of a word: [`SEPARATOR`] for the lead bytes of separators,
/// [`NOT_ALNUM`] for all but ASCII letters and digits.
static BYTE_FLAGS: [u8; 256] = {
    let mut t = [0; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if !b.is_ascii_alphanumeric() {
            t[c] |= NOT_ALNUM;
        }
        if matches!(b, b'-' | b'\'' | 0xE2 | 0xCA) {
            t[c] |= SEPARATOR;
        }
        c += 1;
    }
    t
};

/// The union of [`BYTE_FLAGS`] over a word's bytes: one pass and no branch per byte,
/// for what splitting and folding each need to know.
#[inline]
fn byte_flags(b: &[u8]) -> u8 {
    b.iter().fold(0, |acc, &c| acc | BYTE_FLAGS[c as usize])
}

/// Width in bytes of a separator that splits a word at byte `i` ("-", "'", "‑", "‐", "’",
/// "ʼ"), or 0. `i` is a character boundary: the lead bytes tested never continue one.
#[inline]
fn separator_len(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'-' | b'\'' => 1,
        // U+2010 ‐, U+2011 ‑, U+2019 ’
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x90 | 0x91 | 0x99)) => {
            3
        }
        // U+02BC ʼ
        0xCA if b.get(i + 1) == Some(&0xBC) => 2,
        _ => 0,
    }
}

/// Value of a digit token: "6,500" and "6 500" → 6500; "12.944" → 12944 (a group of
/// three after a period is a thousands separator in French); "30,4" → 30.4.
///
/// One pass over the separators, nothing collected: the digit groups are the runs
/// between them, and what is read of them is their count, the first one's length,
/// whether the others have three digits and whether the separators agree. A value of
/// up to fifteen digits is summed as the parse of the digits gives it (exactly), and a
/// decimal is parsed in place ("30.4"), or from a copy on the stack ("30,4"), where
/// collecting the groups, formatting and parsing cost a thousand instructions a number.
pub fn parse_digits(s: &str) -> (Option<f64>, u8) {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        // Up to 15 digits the integer is exact in an f64, as parsing gives it.
        let v = if !s.is_empty() && s.len() <= 15 {
            Some(s.bytes().fold(0u64, |v, b| v * 10 + (b - b'0') as u64) as f64)
        } else {
            s.parse().ok()
        };
        return (v, s.len().min(255) as u8);
    }
    let is_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}');
    // (Not all digits: there is a separator, and so two groups at least.)
    let mut groups = 1usize;
    let mut first_len = 0usize;
    let mut first_sep = ' ';
    let mut later_three = true;
    let mut seps_agree = true;
    let mut prev: Option<char> = None;
    let mut cur = 0;
    for (i, c) in s.char_indices() {
        if !c.is_ascii_digit() {
            if matches!(c, '-' | '/' | ':') {
                return (None, 0);
            }
            if groups == 1 {
                first_len = i;
                first_sep = c;
            } else {
                later_three &= i - cur == 3;
            }
            if let Some(p) = prev {
                seps_agree &= p == c || (is_space(p) && is_space(c));
            }
            prev = Some(c);
            groups += 1;
            cur = i + c.len_utf8();
        }
    }
    later_three &= s.len() - cur == 3;
    if first_len <= 3 && later_three && seps_agree {
        let digits = s.bytes().filter(u8::is_ascii_digit);
        let v = if digits.clone().count() <= 15 {
            Some(digits.fold(0u64, |v, b| v * 10 + (b - b'0') as u64) as f64)
        } else {
            let digits: String = s.chars().filter(char::is_ascii_digit).collect();
            digits.parse().ok()
        };
        return (v, 0);
    }
    if groups == 2 && matches!(first_sep, ',' | '.') {
        // The groups joined by a period: the token, its one separator read as one.
        let mut buf = [0u8; 64];
        let v = if first_sep == '.' {
            s.parse().ok()
        } else if let Some(b) = buf.get_mut(..s.len()) {
            b.copy_from_slice(s.as_bytes());
            b[first_len] = b'.';
            std::str::from_utf8(b).ok().and_then(|t| t.parse().ok())
        } else {
            s.replacen(',', ".", 1).parse().ok()
        };
        return (v, 0);
    }
    (None, 0)
}

/// Splits a lexicon phrase the way [`Words`] splits text, and folds each piece.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    let mut out = Vec::new();
    phrase_words_each(phrase, |w| out.push(w.to_string()));
    out
}

/// [`phrase_words`], each folded piece handed to `f` in turn (folded into one buffer,
/// without a string per piece: thousands of phrases are split at start-up).
pub fn phrase_words_each(phrase: &str, mut f: impl FnMut(&str)) {
    thread_local! {
        /// The buffer of the last split, kept for the next: a new one per phrase cost an
        /// allocation, a growth and a free of its own.
        static BUF: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
    }
    // (Taken, not borrowed: a split started from `f` gets a new buffer.)
    let mut buf = BUF.take();
    phrase_words_with(phrase, &mut buf, &mut f);
    BUF.set(buf);
}

/// [`phrase_words_with`]'s classes of bytes: a lowercase ASCII letter or digit.
const PHRASE_LOWER: u8 = 0;
/// Another ASCII byte that splits nothing (a capital, a period): its part is folded.
const PHRASE_OTHER: u8 = 1;
/// White space, punctuation or a separator that splits a phrase, or a byte of a
/// multi-byte character: decoded and tested as a character.
const PHRASE_SPECIAL: u8 = 2;

/// Each byte's class for [`phrase_words_with`].
static PHRASE_BYTES: [u8; 256] = {
    let mut t = [PHRASE_SPECIAL; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_lowercase() || b.is_ascii_digit() {
            PHRASE_LOWER
        } else if matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
            || matches!(b, b',' | b';' | b':' | b'(' | b')' | b'-' | b'\'')
        {
            PHRASE_SPECIAL
        } else {
            PHRASE_OTHER
        };
        c += 1;
    }
    t
};

/// [`phrase_words_each`], folding into `buf`.
fn phrase_words_with(phrase: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    // A part of lowercase ASCII letters and digits only (`lower`; most of them) is its
    // own folded form: handed as it is, where folding it cost a call and a copy.
    let mut folded = |s: &str, lower: bool, f: &mut dyn FnMut(&str)| {
        debug_assert_eq!(
            lower,
            s.bytes().all(|b| PHRASE_BYTES[b as usize] == PHRASE_LOWER)
        );
        if lower {
            return f(s);
        }
        buf.clear();
        fold_into(s, buf);
        f(buf);
    };
    // One pass over the phrase's characters, an ASCII byte without decoding (thousands
    // of phrases are split at start-up): white space ends a part, as `split_whitespace`
    // would cut it, and so does the end (read as a space). A byte that splits nothing
    // (most of them) only says whether the part is still lowercase ASCII.
    let b = phrase.as_bytes();
    let mut start = 0;
    let mut lower = true;
    let mut i = 0;
    while i <= b.len() {
        if let Some(&x) = b.get(i)
            && PHRASE_BYTES[x as usize] != PHRASE_SPECIAL
        {
            lower &= PHRASE_BYTES[x as usize] == PHRASE_LOWER;
            i += 1;
            continue;
        }
        let c = match b.get(i) {
            None => ' ',
            Some(x) if x.is_ascii() => *x as char,
            Some(_) => phrase[i..]
                .chars()
                .next()
                .expect("a character at a boundary"),
        };
        let len = c.len_utf8();
        if c.is_whitespace() {
            // The rest of a part: given only when it folds to something.
            if start < i {
                let mut last = |w: &str| {
                    if !w.is_empty() {
                        f(w)
                    }
                };
                folded(&phrase[start..i], lower, &mut last);
            }
            start = i + len;
            lower = true;
        } else if matches!(c, ',' | ';' | ':' | '(' | ')') {
            // Punctuation is its own token in text ("Peace, Security"): so in phrases.
            if i > start {
                folded(&phrase[start..i], lower, &mut f);
            }
            f(c.encode_utf8(&mut [0; 4]));
            start = i + len;
            lower = true;
        } else if matches!(c, '-' | '‑' | '‐' | '\'' | '’' | 'ʼ') {
            let keep = matches!(c, '\'' | '’' | 'ʼ');
            let end = if keep { i + len } else { i };
            if end > start {
                folded(&phrase[start..end], lower && !keep, &mut f);
            }
            start = i + len;
            lower = true;
        } else {
            // Another character beyond ASCII (an accented letter): its part is folded.
            lower = false;
        }
        i += len;
    }
}

/// Multi-word phrases indexed by their first word's id, longest first.
#[derive(Debug, Clone)]
pub struct Phrases<V> {
    /// Indexed by first word id: 1 + the index of its list in `lists` (0: none). Four
    /// bytes an id: every table has one entry per word of the vocabulary.
    slot: Vec<u32>,
    /// One list per first word, in the order of `firsts`.
    lists: Vec<List<V>>,
    /// First words, for pre-filters.
    firsts: Vec<u32>,
    /// One byte per word id: which phrases start with it ([`START`], [`SINGLE`],
    /// [`LONGER`]; 0: none). Stages ask every table at almost every word and almost
    /// always hear no. A byte, not a bit: the test is a load and a compare (a bit cost a
    /// shift and a bit test more, at ten million words asked per thousand documents), for
    /// a few kilobytes a table. The kinds let [`Phrases::longest_slow`] answer most
    /// words without their list: two calls in three find no phrase, a word that starts
    /// only longer phrases whose second word is not next.
    starts: Vec<u8>,
    /// One bit per word id: does some phrase end with it? For lookups of a phrase ending
    /// at a given word ([`Phrases::ends_with_id`]).
    ends: Vec<u64>,
    /// A Bloom filter of (first, second) word pairs of the longer phrases
    /// ([`pair_bit`]): "the" starts forty descriptions, and most "the"s are followed by
    /// none of their second words. A fixed size, so that no index is checked, and in the
    /// table itself (512 bytes), so that a test reads it without loading a pointer.
    pairs: [u64; PAIR_WORDS],
}

/// [`Phrases::starts`]: some phrase starts with the word.
const START: u8 = 1;
/// [`Phrases::starts`]: the word is a phrase on its own.
const SINGLE: u8 = 2;
/// [`Phrases::starts`]: a phrase of two words or more starts with the word.
const LONGER: u8 = 4;

/// The phrases of one first word.
#[derive(Debug, Clone)]
struct List<V> {
    /// The rest of each phrase (its words after the first) and its value, longest first.
    phrases: Vec<(Vec<u32>, V)>,
    /// Where the one-word phrases start (sorted longest first, they end the list).
    singles: u32,
    /// (second word, index in `phrases`) of the longer phrases, sorted: a lookup tries
    /// only the phrases whose second word is there.
    seconds: Vec<(u32, u32)>,
}

/// Bits in [`Phrases::pairs`].
const PAIR_BITS: u32 = 12;

/// [`Phrases::pairs`]' 64-bit words.
const PAIR_WORDS: usize = 1 << (PAIR_BITS - 6);

/// The bit of a (first, second) word pair in [`Phrases::pairs`]: the two ids side by
/// side, one multiplication, its top bits (which mix all the bits of both). A filter
/// only: a pair that passes is checked against the phrases.
#[inline]
fn pair_bit(first: u32, second: u32) -> u32 {
    let h = ((first as u64) << 32 | second as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> (64 - PAIR_BITS)) as u32
}

/// Is pair bit `b` (below `1 << PAIR_BITS`) set? (The `%` is a no-op for such a bit,
/// and tells the compiler the index is in range.)
#[inline]
fn pair_in(pairs: &[u64; PAIR_WORDS], b: u32) -> bool {
    pairs[b as usize / 64 % PAIR_WORDS] & (1 << (b % 64)) != 0
}

impl<V> Default for Phrases<V> {
    fn default() -> Self {
        Phrases {
            slot: Vec::new(),
            lists: Vec::new(),
            firsts: Vec::new(),
            starts: Vec::new(),
            ends: Vec::new(),
            pairs: [0; PAIR_WORDS],
        }
    }
}

/// Sets bit `id` of a bitset.
fn set_bit(bits: &mut Vec<u64>, id: u32) {
    let word = id as usize / 64;
    if bits.len() <= word {
        bits.resize(word + 1, 0);
    }
    bits[word] |= 1 << (id % 64);
}

/// Bit `id` of a bitset.
#[inline]
fn bit(bits: &[u64], id: u32) -> bool {
    bits.get(id as usize / 64)
        .is_some_and(|b| b & (1 << (id % 64)) != 0)
}

impl<V> Phrases<V> {
    pub fn insert(&mut self, vocab: &mut Vocab, phrase: &str, value: V) {
        // The ids on the stack (phrases have a few words): a vector kept in a thread-local
        // and taken and given back each phrase cost some forty instructions of its own.
        let mut ids = [0u32; 16];
        let mut n = 0;
        phrase_words_each(phrase, |w| {
            let id = vocab.intern(w);
            if let Some(x) = ids.get_mut(n) {
                *x = id;
            }
            n += 1;
        });
        if let Some(ws) = ids.get(..n) {
            self.insert_ids(ws, value, vocab.ids_before_growth());
            return;
        }
        // (A phrase longer than the array: split again, its words already interned.)
        let mut ws = Vec::with_capacity(n);
        phrase_words_each(phrase, |w| ws.push(vocab.intern(w)));
        self.insert_ids(&ws, value, vocab.ids_before_growth());
    }

    /// [`Phrases::insert`] of a phrase split and numbered (nothing for no words). `room`:
    /// the ids to reserve room for when the tables indexed by id grow.
    fn insert_ids(&mut self, ws: &[u32], value: V, room: usize) {
        let Some((&first, rest)) = ws.split_first() else {
            return;
        };
        if self.slot.len() <= first as usize {
            self.slot.reserve(room.saturating_sub(self.slot.len()));
            self.slot.resize(first as usize + 1, 0);
        }
        if self.starts.len() <= first as usize {
            self.starts.reserve(room.saturating_sub(self.starts.len()));
            self.starts.resize(first as usize + 1, 0);
        }
        self.starts[first as usize] |= START | if rest.is_empty() { SINGLE } else { LONGER };
        set_bit(&mut self.ends, *ws.last().expect("a first word"));
        if let Some(&second) = rest.first() {
            let b = pair_bit(first, second);
            self.pairs[b as usize / 64] |= 1 << (b % 64);
        }
        if self.slot[first as usize] == 0 {
            // A new first word (most phrases'): its list is this phrase, as the insertion
            // below would make it, each vector allocated at its size (growing an empty
            // one cost more than the allocation).
            self.lists.push(List {
                phrases: vec![(rest.to_vec(), value)],
                singles: u32::from(!rest.is_empty()),
                seconds: rest.first().map(|&s| vec![(s, 0)]).unwrap_or_default(),
            });
            self.slot[first as usize] = self.lists.len() as u32;
            self.firsts.push(first);
            return;
        }
        let list = &mut self.lists[self.slot[first as usize] as usize - 1];
        // Longest first, and in the order given among phrases of one length: after the
        // phrases at least as long (as a stable sort of the whole list would put it).
        let at = list.phrases.partition_point(|(r, _)| r.len() >= rest.len());
        list.phrases.insert(at, (rest.to_vec(), value));
        list.singles = list.phrases.partition_point(|(rest, _)| !rest.is_empty()) as u32;
        // `seconds` stays sorted: the phrases after it move up one, and it goes in place.
        for (_, k) in &mut list.seconds {
            if *k >= at as u32 {
                *k += 1;
            }
        }
        if let Some(&second) = rest.first() {
            let e = (second, at as u32);
            let p = list.seconds.partition_point(|&x| x < e);
            list.seconds.insert(p, e);
        }
    }

    /// The list of phrases starting with the word of this id, if any.
    #[inline]
    fn list(&self, id: u32) -> Option<&List<V>> {
        match self.slot.get(id as usize) {
            Some(&k) if k != 0 => Some(&self.lists[k as usize - 1]),
            _ => None,
        }
    }

    /// [`Phrases::list`] of an id that starts a phrase, without its tests (the id's
    /// entry in `slot`, that it is not 0, the list's index): the one-word answers of
    /// [`Phrases::longest_slow`], a third of its calls, paid them.
    ///
    /// # Safety
    ///
    /// `self.starts[id]` is not 0.
    #[inline(always)]
    unsafe fn list_of_start(&self, id: u32) -> &List<V> {
        debug_assert!(self.starts.get(id as usize).is_some_and(|&f| f != 0));
        debug_assert!(self.list(id).is_some());
        // SAFETY: `insert_ids`, the only writer of these private fields (none of which
        // ever shrinks), sets `starts[id]` only after `slot[id]` (so `slot` is longer than
        // `id`) is 1 + the index of a list it pushed onto `lists`.
        unsafe {
            let k = *self.slot.get_unchecked(id as usize);
            self.lists.get_unchecked(k as usize - 1)
        }
    }

    /// Does some phrase start with the word of this id? (0, "in no lexicon": never.)
    #[inline]
    pub fn starts_with_id(&self, id: u32) -> bool {
        self.starts.get(id as usize).is_some_and(|&f| f != 0)
    }

    /// The words of `from..to` where some phrase starts, in order: for scans that ask
    /// at every word and almost always hear no, the first-word test in one tight loop.
    /// (Each next one found by [`Words::next_flag_below`]'s loop of its own.)
    #[inline]
    pub fn starts_in<'a>(
        &'a self,
        w: &'a Words,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = usize> + 'a {
        // (A range out of bounds panics here, as a slice of it would.)
        let _ = &w.words[from..to];
        let mut next = from;
        std::iter::from_fn(move || {
            let i = w.next_flag_below(next, to, |id| {
                self.starts.get(id as usize).copied().unwrap_or(0)
            })?;
            next = i + 1;
            Some(i)
        })
    }

    /// Does some phrase end with the word of this id?
    #[inline]
    pub fn ends_with_id(&self, id: u32) -> bool {
        bit(&self.ends, id)
    }

    /// The phrases that may start at word `i`, longest first: those of its first word,
    /// less the longer ones when the next word follows it in none.
    #[inline]
    fn candidates(&self, w: &Words, i: usize) -> &[(Vec<u32>, V)] {
        let (id, list) = match w.get(i) {
            Some(word) if self.starts_with_id(word.id) => match self.list(word.id) {
                Some(list) => (word.id, list),
                None => return &[],
            },
            _ => return &[],
        };
        match w.get(i + 1) {
            Some(next) if pair_in(&self.pairs, pair_bit(id, next.id)) => &list.phrases,
            _ => &list.phrases[list.singles as usize..],
        }
    }

    /// The longest phrase starting at word `i`: its end (exclusive) and value.
    ///
    /// Inlined up to the first-word test, which fails for almost every word: callers
    /// ask several tables at each word, and a call per table cost more than the test.
    #[inline]
    pub fn longest(&self, w: &Words, i: usize) -> Option<(usize, &V)> {
        let id = w.words.get(i)?.id;
        match self.starts.get(id as usize) {
            // SAFETY: `f` is `starts[id]`, not 0.
            Some(&f) if f != 0 => unsafe { self.longest_slow(w, i, id, f) },
            _ => None,
        }
    }

    /// The first phrase of word `i`'s list that matches: of the longer ones, only those
    /// whose second word is word `i + 1` can ([`Phrases::longer`]); else the first
    /// one-word phrase, which always does. `id` is word `i`'s, `f` its
    /// [`Phrases::starts`] (not 0).
    ///
    /// Kept small, the walk over longer phrases out of line: most calls end at the pair
    /// filter, without the list (a word with no one-word phrase has nothing else to
    /// find). The walk is a tail call ([`Phrases::longest_paired`]): with no call to
    /// return from, this function keeps its values in scratch registers and saves none
    /// (it pushed and popped five at every call, a third of its instructions).
    ///
    /// # Safety
    ///
    /// `f` is `self.starts[id]`, and not 0: the list is then looked up untested
    /// ([`Phrases::list_of_start`]).
    #[inline(never)]
    unsafe fn longest_slow(&self, w: &Words, i: usize, id: u32, f: u8) -> Option<(usize, &V)> {
        debug_assert_eq!(Some(f), self.starts.get(id as usize).copied());
        // (A list of one-word phrases only, as most are, has nothing longer to try: the
        // next word and the pair filter are not asked.)
        if f & LONGER != 0
            && let Some(next) = w.words.get(i + 1)
            && pair_in(&self.pairs, pair_bit(id, next.id))
        {
            // SAFETY: as for this call.
            return unsafe { self.longest_paired(w, i, id, f) };
        }
        // SAFETY: as for this call.
        unsafe { self.single(w, i, id, f) }
    }

    /// [`Phrases::longest_slow`] past the pair filter: the longer phrases whose second
    /// word is word `i + 1`, else the one-word phrase.
    ///
    /// Cold: one call to `longest_slow` in twenty gets here, and a cold call lets the
    /// common path skip saving the registers this walk needs.
    ///
    /// # Safety
    ///
    /// As for [`Phrases::longest_slow`].
    #[cold]
    #[inline(never)]
    unsafe fn longest_paired(&self, w: &Words, i: usize, id: u32, f: u8) -> Option<(usize, &V)> {
        if let Some(next) = w.words.get(i + 1)
            && let Some(found) = self.list(id).and_then(|l| Self::longer(l, w, i, next.id))
        {
            return self.checked(w, i, Some(found));
        }
        // SAFETY: as for this call.
        unsafe { self.single(w, i, id, f) }
    }

    /// [`Phrases::longest_slow`] when no longer phrase matches: word `i`'s one-word
    /// phrase, if it has one.
    ///
    /// # Safety
    ///
    /// As for [`Phrases::longest_slow`].
    #[inline(always)]
    unsafe fn single(&self, w: &Words, i: usize, id: u32, f: u8) -> Option<(usize, &V)> {
        if f & SINGLE == 0 {
            return self.checked(w, i, None);
        }
        // SAFETY: the caller's.
        let list = unsafe { self.list_of_start(id) };
        debug_assert!((list.singles as usize) < list.phrases.len());
        // SAFETY: `starts[id]` has `SINGLE` (just tested; the caller's `f` is it): a
        // one-word phrase is in the list, and `insert_ids` keeps `singles` the index of
        // the first (the list's phrases are sorted longest first and never removed).
        let (_, v) = unsafe { list.phrases.get_unchecked(list.singles as usize) };
        self.checked(w, i, Some((i + 1, v)))
    }

    /// `found`, the fast path's answer for word `i`, checked in debug builds against
    /// [`Phrases::longest_by_walk`].
    #[inline(always)]
    fn checked<'a>(
        &'a self,
        w: &Words,
        i: usize,
        found: Option<(usize, &'a V)>,
    ) -> Option<(usize, &'a V)> {
        debug_assert_eq!(
            found.map(|(e, v)| (e, v as *const V)),
            self.longest_by_walk(w, i)
        );
        found
    }

    /// [`Phrases::longest`] by the walk of every candidate (the first that matches is
    /// the longest): for debug builds to check the fast path against.
    fn longest_by_walk(&self, w: &Words, i: usize) -> Option<(usize, *const V)> {
        self.all_at(w, i).next().map(|(e, v)| (e, v as *const V))
    }

    /// The first longer phrase of `list` (word `i`'s) that matches, `second` being word
    /// `i + 1`: only those with that second word are tried, in list order (as `seconds`
    /// keeps them for each second word).
    #[inline]
    fn longer<'a>(list: &'a List<V>, w: &Words, i: usize, second: u32) -> Option<(usize, &'a V)> {
        let from = list.seconds.partition_point(|&(s, _)| s < second);
        for &(s, k) in &list.seconds[from..] {
            if s != second {
                break;
            }
            let (rest, v) = &list.phrases[k as usize];
            if rest[1..]
                .iter()
                .enumerate()
                .all(|(j, r)| w.get(i + 2 + j).is_some_and(|x| x.id == *r))
            {
                return Some((i + 1 + rest.len(), v));
            }
        }
        None
    }

    /// The longest phrase of two words or more starting at word `i` that reads across
    /// words `g0..g1` (a date: « ont repoussé mardi une attaque »), with a word of it
    /// after them: its end (exclusive) and value.
    pub fn longest_across(&self, w: &Words, i: usize, g0: usize, g1: usize) -> Option<(usize, &V)> {
        let list = self.list(w.words.get(i)?.id)?;
        let at = |p: usize| if p >= g0 { p + (g1 - g0) } else { p };
        list.phrases[..list.singles as usize]
            .iter()
            .filter(|(rest, _)| i + rest.len() >= g0)
            .find(|(rest, _)| {
                rest.iter()
                    .enumerate()
                    .all(|(k, r)| w.get(at(i + 1 + k)).is_some_and(|x| x.id == *r))
            })
            .map(|(rest, v)| (at(i + rest.len()) + 1, v))
    }

    /// Every phrase starting at word `i`, longest first.
    #[inline]
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

    /// Ids of the words that start a phrase whose value passes `keep`.
    pub fn first_ids_where<'s>(
        &'s self,
        keep: impl Fn(&V) -> bool + 's,
    ) -> impl Iterator<Item = u32> + 's {
        self.firsts
            .iter()
            .zip(&self.lists)
            .filter(move |(_, l)| l.phrases.iter().any(|(_, v)| keep(v)))
            .map(|(&f, _)| f)
    }

    /// Ids of every word of every phrase.
    pub fn word_ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.firsts.iter().copied().chain(
            self.lists
                .iter()
                .flat_map(|l| l.phrases.iter().flat_map(|(rest, _)| rest.iter().copied())),
        )
    }

    /// Ids of the second words of the phrases starting with the word of this id.
    pub fn second_ids(&self, first: u32) -> impl Iterator<Item = u32> + '_ {
        self.list(first)
            .into_iter()
            .flat_map(|l| l.seconds.iter().map(|&(s, _)| s))
    }

    /// Ids of the words that are a phrase on their own.
    pub fn single_ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.firsts
            .iter()
            .zip(&self.lists)
            .filter(|(_, l)| (l.singles as usize) < l.phrases.len())
            .map(|(&f, _)| f)
    }

    pub fn is_empty(&self) -> bool {
        self.firsts.is_empty()
    }
}

#[cfg(test)]
mod tests {

    /// The eight-byte test agrees with a test per byte, for every byte in every place.
    #[test]
    fn lower_alnum8_per_byte() {
        for c in 0..=255u8 {
            for at in 0..8 {
                let mut b = *b"az09kq7m";
                b[at] = c;
                let want = c.is_ascii_lowercase() || c.is_ascii_digit();
                assert_eq!(
                    super::lower_alnum8(u64::from_le_bytes(b)),
                    want,
                    "{c:#x} at {at}"
                );
            }
        }
    }

    /// The split before its one-pass form: parts by `split_whitespace`, then each part.
    fn phrase_words_by_parts(phrase: &str) -> Vec<String> {
        let mut out = Vec::new();
        let fold = |s: &str| sitrep_core::fold::fold(s);
        for part in phrase.split_whitespace() {
            let mut start = 0;
            for (i, c) in part.char_indices() {
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
                let w = fold(&part[start..]);
                if !w.is_empty() {
                    out.push(w);
                }
            }
        }
        out
    }

    #[test]
    fn phrase_words_split_as_by_parts() {
        for p in [
            "",
            " ",
            "a",
            "  the   armed  group ",
            "l'avant-veille",
            "aujourd\u{2019}hui",
            "Peace, Security (MINUSMA)",
            "a,b;c:d(e)f",
            "...",
            "x ... y",
            "x. y",
            "mi\u{2011}novembre\u{a0}2023",
            "\u{a0}é\u{2003}Ç\t\n",
            "' - '",
            "rock-'n'-roll",
            "it\u{2bc}s",
            "Tin-Essako\u{202f}:",
            "Ω-ß (æ)",
            "the armed group",
            "l'armée du mali",
            "x1-y2 z3",
            "ABC abc",
            "abc, def",
            "état-major",
            "a\u{1c}b c",
        ] {
            let mut got = Vec::new();
            phrase_words_each(p, |w| got.push(w.to_string()));
            assert_eq!(got, phrase_words_by_parts(p), "{p:?}");
        }
    }
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
    fn separators() {
        for (s, n) in [
            ("a-b", 1),
            ("a'b", 1),
            ("a‐b", 3),
            ("a‑b", 3),
            ("a’b", 3),
            ("aʼb", 2),
        ] {
            assert_eq!(separator_len(s.as_bytes(), 1), n, "{s}");
        }
        for s in ["a–b", "a—b", "a‘b", "aéb", "a€b"] {
            assert_eq!(separator_len(s.as_bytes(), 1), 0, "{s}");
        }
    }

    #[test]
    fn lower_alnum_keys() {
        let mut words: Vec<Vec<u8>> = Vec::new();
        for n in 0..=9 {
            for pos in 0..n.max(1) {
                for c in 0..=255u8 {
                    let mut w = b"a1b2c3d4e".to_vec();
                    w.truncate(n);
                    if pos < n {
                        w[pos] = c;
                    }
                    words.push(w);
                }
            }
        }
        for w in words {
            let want = (1..=8).contains(&w.len())
                && w.iter()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
            assert_eq!(lower_alnum_key(&w), want.then(|| short_key(&w)), "{w:?}");
        }
    }

    #[test]
    fn hash_and_key_is_word_hash_and_slot_key() {
        let words = "a ab abc abcd abcde abcdefg abcdefgh abcdefghi anefis tombouctou é ménaka";
        for w in std::iter::once("").chain(words.split(' ')) {
            let b = w.as_bytes();
            let h = word_hash(b);
            assert_eq!(hash_and_key(b), (h, slot_key(b, h)), "{w}");
        }
    }

    /// [`parse_digits`] as it was written first, collecting the groups.
    fn parse_digits_collected(s: &str) -> (Option<f64>, u8) {
        if s.bytes().all(|b| b.is_ascii_digit()) {
            // Up to 15 digits the integer is exact in an f64, as parsing gives it.
            let v = if !s.is_empty() && s.len() <= 15 {
                Some(s.bytes().fold(0u64, |v, b| v * 10 + (b - b'0') as u64) as f64)
            } else {
                s.parse().ok()
            };
            return (v, s.len().min(255) as u8);
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

    #[test]
    fn parse_digits_agrees_with_collected_groups() {
        let pieces = [
            "", "0", "1", "12", "123", "1234", "000", "6", "500", "944", "4", ",", ".", " ",
            "\u{a0}", "\u{202f}", "-", "/", ":", "'", "x", "é",
        ];
        let mut strings: Vec<String> = Vec::new();
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in ["", "500", "12", ",", ".", " "] {
                        strings.push(format!("{a}{b}{c}{d}"));
                    }
                }
            }
        }
        strings.extend(
            [
                "1,234,567,890,123,456",
                "1 234 567 890 123 456 789",
                "123456789012,5",
                "1234567890123456789012345678901234567890123456789012345678901234,5",
                "12\u{a0}500\u{202f}000",
            ]
            .map(String::from),
        );
        for s in &strings {
            let (a, b) = (parse_digits(s), parse_digits_collected(s));
            assert!(
                a.1 == b.1 && a.0.map(f64::to_bits) == b.0.map(f64::to_bits),
                "{s:?}: {a:?} {b:?}"
            );
        }
    }

    #[test]
    fn digit_values() {
        for s in [
            "0",
            "7",
            "2023",
            "000123",
            "123456789012345",
            "1234567890123456789",
            "",
        ] {
            assert_eq!(parse_digits(s).0, s.parse::<f64>().ok(), "{s}");
        }
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
