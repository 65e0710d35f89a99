//! Folding for name matching: "Tin-Essako", "tin essako" and "TIN ESSAKO" are one key,
//! as are "Anéfis" and "Anefis", "N'Djamena" and "Ndjamena".

use crate::hash::short_key;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds one character: lowercase, no accents, separators to a space, apostrophes dropped.
/// Returns the replacement characters (possibly none).
#[inline]
fn fold_char(c: char, out: &mut String) {
    fold_char_after(c, out, 0)
}

/// [`fold_char`] for a folded form that starts at byte `start` of `out`: a separator
/// becomes a space only after something of its own.
#[inline]
fn fold_char_after(c: char, out: &mut String, start: usize) {
    match c {
        '\'' | '’' | '‘' | 'ʼ' | '`' | '´' => {}
        '-' | '‐' | '‑' | '‒' | '–' | '—' | '_' | '.' | ' ' | '\t' | '\n' | '\r' | '\u{a0}'
        | '\u{202f}' => {
            if out.len() > start && !out.ends_with(' ') {
                out.push(' ');
            }
        }
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ø' | 'Ø' => out.push('o'),
        'đ' | 'Đ' => out.push('d'),
        'ł' | 'Ł' => out.push('l'),
        c => match latin_letter(c) {
            Some(b) => out.push(b as char),
            None => decompose_lower(c, out),
        },
    }
}

/// Lowercase and without its combining marks: what folding does to any other character.
fn decompose_lower(c: char, out: &mut String) {
    for d in c.nfd() {
        if is_combining_mark(d) {
            continue;
        }
        for l in d.to_lowercase() {
            out.push(l);
        }
    }
}

/// First code point of [`LATIN`].
const LATIN_FROM: u32 = 0x80;

/// [`decompose_lower`] of each of U+0080..U+017F (Latin-1 and Latin Extended-A: "é",
/// "Ç", "ā") when it is one ASCII byte, else 0. Computed once from `decompose_lower`
/// itself, so it says the same; French text has an accented letter every few words,
/// and a decomposition costs a hundred-odd instructions.
static LATIN: std::sync::OnceLock<[u8; 256]> = std::sync::OnceLock::new();

#[inline]
fn latin_letter(c: char) -> Option<u8> {
    let k = (c as u32).wrapping_sub(LATIN_FROM) as usize;
    if k >= 256 {
        return None;
    }
    let t = LATIN.get_or_init(|| {
        let mut t = [0u8; 256];
        let mut s = String::new();
        for (k, slot) in t.iter_mut().enumerate() {
            let Some(c) = char::from_u32(LATIN_FROM + k as u32) else {
                continue;
            };
            s.clear();
            decompose_lower(c, &mut s);
            if let &[b] = s.as_bytes()
                && b.is_ascii()
                && b != 0
            {
                *slot = b;
            }
        }
        t
    });
    Some(t[k]).filter(|&b| b != 0)
}

/// Folds a name into its matching key.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// For a string of ASCII letters and digits only, whether it has a capital; `None` for
/// any other. Eight bytes at a time (the last few as their [`short_key`], which holds
/// each of them), where a test per byte and a lowercasing pass per byte cost most of
/// [`fold_into`]: lexicon words are mostly lowercase already.
#[inline]
fn ascii_alnum_caps(b: &[u8]) -> Option<bool> {
    use crate::swar::{HIGH, LOW7, in_range};
    /// The capitals' high bits of eight bytes, if all are ASCII letters or digits.
    #[inline(always)]
    fn caps_of(v: u64) -> Option<u64> {
        let x = v & LOW7;
        let upper = in_range(x, b'A', b'Z');
        let ok = (in_range(x, b'0', b'9') | in_range(x, b'a', b'z') | upper) & !v;
        (ok == HIGH).then_some(upper)
    }
    let mut caps = 0;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        caps |= caps_of(u64::from_le_bytes(c.try_into().expect("8 bytes")))?;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let key = short_key(rest);
        // Fewer than four bytes leave zeros above them in the key: 'a's there pass.
        caps |= caps_of(if rest.len() < 4 {
            key | 0x6161_6161_6100_0000
        } else {
            key
        })?;
    }
    Some(caps != 0)
}

/// Appends the folded form of `s` to `out` (no allocation).
pub fn fold_into(s: &str, out: &mut String) {
    let start = out.len();
    if let Some(caps) = ascii_alnum_caps(s.as_bytes()) {
        debug_assert!(s.bytes().all(|b| b.is_ascii_alphanumeric()));
        debug_assert_eq!(caps, s.bytes().any(|b| b.is_ascii_uppercase()));
        out.push_str(s);
        if caps {
            out[start..].make_ascii_lowercase();
        }
        return;
    }
    fold_into_other(s, out);
}

/// [`fold_into`] of a string that is not all ASCII letters and digits, for a caller
/// that knows so already (the word stream, from its bytes' flags): the test is not
/// made twice.
pub fn fold_into_other(s: &str, out: &mut String) {
    debug_assert!(s.is_empty() || !s.bytes().all(|b| b.is_ascii_alphanumeric()));
    let start = out.len();
    // What `fold_char_after` does to ASCII characters, a byte at a time; only the others
    // are decoded. (A word with an accent is mostly ASCII letters: each cost a decoding
    // and the whole match of `fold_char_after`.)
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x.is_ascii() {
            match x {
                b'\'' | b'`' => {}
                b'-' | b'_' | b'.' | b' ' | b'\t' | b'\n' | b'\r' => {
                    if out.len() > start && !out.ends_with(' ') {
                        out.push(' ');
                    }
                }
                _ => out.push(x.to_ascii_lowercase() as char),
            }
            i += 1;
        } else {
            let c = s[i..].chars().next().expect("a character at a boundary");
            fold_char_after(c, out, start);
            i += c.len_utf8();
        }
    }
    while out.len() > start && out.ends_with(' ') {
        out.pop();
    }
}

/// A folded copy of a text that remembers where each folded byte came from, so that
/// matches found in the folded text (by Aho-Corasick over folded names) map back to spans.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    pub text: String,
    /// For each byte of `text`, the byte offset in the original it came from; one extra
    /// entry maps the end.
    pub orig: Vec<u32>,
}

impl Folded {
    pub fn new(s: &str) -> Folded {
        let mut text = String::with_capacity(s.len());
        let mut orig = Vec::with_capacity(s.len() + 1);
        let mut buf = String::new();
        for (i, c) in s.char_indices() {
            if c.is_ascii_alphanumeric() {
                text.push(c.to_ascii_lowercase());
                orig.push(i as u32);
                continue;
            }
            buf.clear();
            // Separators are folded to a single space but never dropped at the start, so
            // that word boundaries survive in the folded text.
            match c {
                '-' | '‐' | '‑' | '‒' | '–' | '—' | '_' | ' ' | '\t' | '\n' | '\r' | '\u{a0}'
                | '\u{202f}' => {
                    if !text.ends_with(' ') {
                        buf.push(' ');
                    }
                }
                _ => {
                    fold_char(c, &mut buf);
                    if buf.is_empty() && !c.is_alphanumeric() && !is_apostrophe(c) {
                        // Punctuation survives folding so that names do not run across it.
                        buf.push(c);
                    }
                }
            }
            text.push_str(&buf);
            orig.extend(std::iter::repeat_n(i as u32, buf.len()));
        }
        orig.push(s.len() as u32);
        Folded { text, orig }
    }

    /// The original span of a folded byte range.
    pub fn orig_span(&self, start: usize, end: usize) -> crate::Span {
        let s = self.orig[start] as usize;
        // The end maps to the start of the next original character after the last folded
        // byte, which is the original position of folded byte `end` when it exists.
        let e = if end < self.orig.len() {
            let last = self.orig[end.saturating_sub(1)];
            let next = self.orig[end];
            if next == last {
                // Several folded bytes from one original char: extend to that char's end.
                self.char_end_after(end)
            } else {
                next as usize
            }
        } else {
            *self.orig.last().unwrap() as usize
        };
        crate::Span::new(s, e.max(s))
    }

    fn char_end_after(&self, mut i: usize) -> usize {
        let cur = self.orig[i];
        while i < self.orig.len() && self.orig[i] == cur {
            i += 1;
        }
        self.orig.get(i).copied().unwrap_or(cur) as usize
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

#[cfg(test)]
mod tests {

    #[test]
    fn ascii_alnum_caps_agrees_with_a_byte_test() {
        let mut words: Vec<String> = [
            "",
            "a",
            "Z",
            "0",
            "ab",
            "aB",
            "a-",
            "abc",
            "abC",
            "é",
            "aé",
            "abcd",
            "Abcd",
            "abc@",
            "abc[",
            "abc`",
            "abc{",
            "abcdefg",
            "abcdefG",
            "abcdefgh",
            "abcdefgH",
            "abcdefghi",
            "abcdefghI",
            "abcdefgh.",
            "ABCDEFGHIJKLMNOPQ",
            "abcdefghijklmnop",
            "abcdefghijklmnoP",
            "abc/",
            "abc:",
            "abc\u{7f}",
            "\u{0}",
            "naïve",
            "2023",
            "q3",
            "h30x",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for c in 0u8..128 {
            for len in 1..12 {
                words.push(format!("{}{}", "k".repeat(len - 1), c as char));
                words.push(format!("{}{}", c as char, "k".repeat(len - 1)));
            }
        }
        for w in &words {
            let want = w
                .bytes()
                .all(|b| b.is_ascii_alphanumeric())
                .then(|| w.bytes().any(|b| b.is_ascii_uppercase()));
            assert_eq!(ascii_alnum_caps(w.as_bytes()), want, "{w:?}");
        }
    }
    use super::*;

    #[test]
    fn folds_case_accents_and_separators() {
        assert_eq!(fold("Tin-Essako"), "tin essako");
        assert_eq!(fold("Tin  Essako"), "tin essako");
        assert_eq!(fold("Anéfis"), "anefis");
        assert_eq!(fold("N'Djamena"), "ndjamena");
        assert_eq!(fold("Ségou"), "segou");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("Tombouctou "), "tombouctou");
    }

    /// Appending to a buffer folds as folding alone does: separators collapse within
    /// the new part only.
    #[test]
    fn fold_into_appends() {
        for s in [
            "Tin-Essako",
            "-Anéfis.",
            " N'Djamena ",
            "U.S.",
            "Œuvre",
            "ab",
            "--",
            "",
        ] {
            for prefix in ["", "x", "x ", " "] {
                let mut out = prefix.to_string();
                fold_into(s, &mut out);
                assert_eq!(out, format!("{prefix}{}", fold(s)), "{prefix:?} + {s:?}");
            }
        }
    }

    /// [`fold_into_other`]'s byte path for ASCII folds as the character path does: every
    /// pair of characters (all of ASCII and the special non-ASCII ones), after any prefix.
    #[test]
    fn fold_into_other_agrees_with_folding_each_character() {
        let by_chars = |s: &str, out: &mut String| {
            let start = out.len();
            for c in s.chars() {
                fold_char_after(c, out, start);
            }
            while out.len() > start && out.ends_with(' ') {
                out.pop();
            }
        };
        let mut chars: Vec<char> = (0u8..0x80).map(char::from).collect();
        chars.extend("éÉàÇ’‘ʼ´‐‑‒–—\u{a0}\u{202f}ßæŒøĐłŁḤ中".chars());
        for &a in &chars {
            for &b in &chars {
                for prefix in ["", "x", "x "] {
                    let s: String = [a, b].iter().collect();
                    if s.bytes().all(|x| x.is_ascii_alphanumeric()) {
                        // (`fold_into`'s own case, not this function's.)
                        continue;
                    }
                    let (mut got, mut want) = (prefix.to_string(), prefix.to_string());
                    fold_into_other(&s, &mut got);
                    by_chars(&s, &mut want);
                    assert_eq!(got, want, "{prefix:?} + {s:?}");
                }
            }
        }
    }

    #[test]
    fn folded_text_maps_back() {
        let s = "près d’Anéfis, à Tin-Essako";
        let f = Folded::new(s);
        let i = f.text.find("anefis").unwrap();
        let sp = f.orig_span(i, i + "anefis".len());
        assert_eq!(sp.of(s), "Anéfis");
        let j = f.text.find("tin essako").unwrap();
        assert_eq!(f.orig_span(j, j + 10).of(s), "Tin-Essako");
    }
}
