//! Text clean-up shared by every format: mojibake repair, newline and control-character
//! clean-up, NFC, trimming. Each step keeps an offset map, and each has a fast path that
//! returns `None` (no change, no allocation) for text that is already clean, which is
//! the common case and what keeps plain-text ingest fast.

use crate::out::{Out, compose, compose_shift};
use sitrep_core::OffsetMap;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Runs the whole clean-up on `text` (whose map to the source is `map`) and returns the
/// final text with its map to the same source.
pub(crate) fn finish(text: String, map: OffsetMap) -> (String, OffsetMap) {
    let mut text = text;
    let mut map = map;
    if plain_ascii(text.as_bytes()) {
        // Nothing for the three steps below to change (see `plain_ascii`): one pass
        // tells, where their own tests took three (most English dispatches are such).
        debug_assert!(repair_mojibake(&text).is_none());
        debug_assert!(clean_controls(&text).is_none());
        debug_assert!(nfc(&text).is_none());
    } else {
        // Mojibake first: its signatures include C1 controls (U+0080–U+009F) that the
        // control clean-up would otherwise delete. Up to three passes undo double
        // encoding.
        for _ in 0..3 {
            match repair_mojibake(&text) {
                Some((t, m)) => {
                    map = compose(&map, &m);
                    text = t;
                }
                None => break,
            }
        }
        if let Some((t, m)) = clean_controls(&text) {
            map = compose(&map, &m);
            text = t;
        }
        if let Some((t, m)) = nfc(&text) {
            map = compose(&map, &m);
            text = t;
        }
    }
    let trimmed = text.trim();
    if trimmed.len() != text.len() {
        let start = trimmed.as_ptr() as usize - text.as_ptr() as usize;
        let end = start + trimmed.len();
        map = compose_shift(&map, start);
        text.truncate(end);
        text.drain(..start);
    }
    (text, map)
}

/// Is the text printable ASCII, line breaks and tabs? Then [`finish`]'s first steps
/// leave it as it is: [`repair_mojibake`]'s candidates start with the byte 0xC3,
/// [`clean_controls`] drops C0 controls but `\n` and `\t`, DEL and C1 controls (0xC2
/// then a byte), and ASCII is NFC. Blocks of 32 bytes tested branch-free (the compiler
/// vectorizes them), one branch a block.
fn plain_ascii(b: &[u8]) -> bool {
    #[inline(always)]
    fn plain(x: u8) -> bool {
        x.wrapping_sub(0x20) < 0x5F || x == b'\n' || x == b'\t'
    }
    let mut blocks = b.chunks_exact(32);
    for block in &mut blocks {
        if !block.iter().fold(true, |all, &x| all & plain(x)) {
            return false;
        }
    }
    blocks.remainder().iter().all(|&x| plain(x))
}

/// Metadata strings (titles, bylines, outlets) get the same repair as the text, without
/// a map: mojibake, controls, NFC, and whitespace collapsed (no-break spaces kept).
pub(crate) fn clean_meta(s: &str) -> String {
    let mut t = s.to_string();
    for _ in 0..3 {
        match repair_mojibake(&t) {
            Some((r, _)) => t = r,
            None => break,
        }
    }
    if let Some((r, _)) = nfc(&t) {
        t = r;
    }
    t.split(|c: char| (c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}') || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The Windows-1252 byte a char would have come from if UTF-8 bytes were decoded as
/// cp1252 (or Latin-1, hence the C1 controls, which also cover cp1252's five holes).
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x100 {
        return Some(u as u8);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

/// Whether `d`, decoded from a mojibake candidate led by byte `lead`, is a character that
/// mis-decoded news text plausibly contained. This is what protects correct French: "à"
/// followed by a no-break space and "«" spells valid UTF-8 (U+082B), but no Samaritan
/// letter is plausible, so it stays as written.
fn plausible(lead: u8, d: char) -> bool {
    let u = d as u32;
    match lead {
        0xC2..=0xC5 => (0xA0..=0x17F).contains(&u),
        0xC6 | 0xCB => matches!(u, 0x192 | 0x2C6 | 0x2DC),
        0xE2 => {
            (0x2000..=0x206F).contains(&u)
                || (0x20A0..=0x20CF).contains(&u)
                || (0x2100..=0x214F).contains(&u)
        }
        0xF0 => (0x1F300..=0x1FAFF).contains(&u),
        _ => false,
    }
}

/// One pass of mojibake repair (ftfy's idea, restricted to sequences that are certainly
/// broken): a char whose cp1252 byte is a UTF-8 lead byte, followed by chars whose cp1252
/// bytes are continuation bytes, that together decode to one plausible char, is replaced
/// by that char. The replacement is always shorter than what it replaces.
pub(crate) fn repair_mojibake(s: &str) -> Option<(String, OffsetMap)> {
    let b = s.as_bytes();
    let mut out: Option<Out> = None;
    let mut copied = 0;
    let mut i = 0;
    // Every candidate lead (U+00C2..U+00F4) is encoded in UTF-8 as C3 82..C3 B4.
    while let Some(k) = memchr::memchr(0xC3, &b[i..]) {
        i += k;
        let Some(&second) = b.get(i + 1) else { break };
        if !(0x82..=0xB4).contains(&second) {
            i += 1;
            continue;
        }
        let lead = second + 0x40;
        let need = match lead {
            0xC2..=0xDF => 1,
            0xE0..=0xEF => 2,
            _ => 3,
        };
        let mut buf = [lead, 0, 0, 0];
        let mut j = i + 2;
        let mut ok = true;
        for slot in buf.iter_mut().skip(1).take(need) {
            match s[j..]
                .chars()
                .next()
                .and_then(|c| Some((c, cp1252_byte(c)?)))
            {
                Some((c, byte)) if (0x80..=0xBF).contains(&byte) => {
                    *slot = byte;
                    j += c.len_utf8();
                }
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if ok && let Ok(dec) = std::str::from_utf8(&buf[..need + 1]) {
            let d = dec.chars().next().unwrap_or('\u{FFFD}');
            if plausible(lead, d) {
                let o = out.get_or_insert_with(|| Out::with_capacity(s.len()));
                o.copy(&s[copied..i], copied);
                o.replace_char(d, i, j);
                copied = j;
                i = j;
                continue;
            }
        }
        i += 2;
    }
    let mut o = out?;
    o.copy(&s[copied..], copied);
    Some(o.finish())
}

/// Is byte `x`, followed by `y`, a control character that [`clean_controls`] drops or
/// rewrites: a C0 control other than `\n` and `\t`, DEL, or a C1 control (0xC2 then
/// 0x80–0x9F)?
#[inline]
fn drops(x: u8, y: u8) -> bool {
    (x < 0x20 && x != b'\n' && x != b'\t')
        | (x == 0x7F)
        | ((x == 0xC2) & (0x80..=0x9F).contains(&y))
}

/// Where the first control character [`clean_controls`] drops or rewrites is.
fn first_dropped(b: &[u8]) -> Option<usize> {
    // Most texts have none: whole blocks of bytes are cleared at once (a branch-free
    // test, of each byte and the one after it, that the compiler vectorizes, and exact,
    // so the « » and no-break spaces of French do not send a block to the byte loop),
    // the text's end by a last block overlapping those before it.
    const BLOCK: usize = 64;
    let clear = |k: usize| {
        let x: &[u8; BLOCK] = b[k..k + BLOCK].try_into().unwrap();
        let y: &[u8; BLOCK] = b[k + 1..k + 1 + BLOCK].try_into().unwrap();
        !x.iter()
            .zip(y)
            .fold(false, |any, (&x, &y)| any | drops(x, y))
    };
    let mut k = 0;
    while k + BLOCK < b.len() && clear(k) {
        k += BLOCK;
    }
    if k + BLOCK >= b.len() && b.len() > BLOCK && clear(b.len() - 1 - BLOCK) {
        k = b.len() - 1;
    }
    (k..b.len()).find(|&i| drops(b[i], b.get(i + 1).copied().unwrap_or(0)))
}

/// Newlines to `\n`; control characters other than `\n` and `\t` removed (C0, DEL, C1).
pub(crate) fn clean_controls(s: &str) -> Option<(String, OffsetMap)> {
    let b = s.as_bytes();
    let bad = |i: usize| -> usize {
        // Returns the byte length of a control char to drop at i (0 if none).
        let x = b[i];
        if x < 0x20 {
            if x == b'\n' || x == b'\t' { 0 } else { 1 }
        } else if x == 0x7F {
            1
        } else if x == 0xC2 && matches!(b.get(i + 1), Some(0x80..=0x9F)) {
            2
        } else {
            0
        }
    };
    let first = first_dropped(b)?;
    let mut o = Out::with_capacity(s.len());
    o.copy(&s[..first], 0);
    let mut copied = first;
    let mut i = first;
    while i < b.len() {
        let n = bad(i);
        if n == 0 {
            i += 1;
            continue;
        }
        o.copy(&s[copied..i], copied);
        if b[i] == b'\r' {
            if b.get(i + 1) == Some(&b'\n') {
                // "\r\n": drop the \r, the \n is copied with what follows.
                copied = i + 1;
                i += 1;
                continue;
            }
            o.replace("\n", i, i + 1);
        }
        i += n;
        copied = i;
    }
    o.copy(&s[copied..], copied);
    Some(o.finish())
}

/// A char before which NFC never changes anything across the boundary (a starter that
/// is NFC_QC=Yes, so nothing composes with what precedes it).
#[inline]
fn nfc_boundary(c: char) -> bool {
    c.is_ascii()
        || (canonical_combining_class(c) == 0
            && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes)
}

/// `is_nfc_quick(s.chars()) == IsNormalized::Yes`, without its table lookups for the
/// chars that cannot matter: those below U+0300 and the punctuation U+2010–U+205F (’ « –)
/// are starters that are NFC_QC=Yes, which reset the check as ASCII does, so only the
/// runs of other chars between them are checked. ASCII goes by eight bytes at a time.
fn nfc_quick_yes(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    // Start of the run of chars that need the check.
    let mut run: Option<usize> = None;
    while i < b.len() {
        if run.is_none()
            && let Some(w) = b.get(i..i + 8)
            && u64::from_le_bytes(w.try_into().unwrap()) & 0x8080_8080_8080_8080 == 0
        {
            i += 8;
            continue;
        }
        let x = b[i];
        let n = match x {
            0..0x80 => 1,
            0x80..0xE0 => 2,
            0xE0..0xF0 => 3,
            _ => 4,
        };
        // (0xC2–0xCB lead U+0080–U+02FF; E2 80 90 – E2 81 9F are U+2010–U+205F.)
        let resets = x < 0xCC
            || (x == 0xE2 && matches!((b[i + 1], b[i + 2]), (0x80, 0x90..) | (0x81, ..0xA0)));
        if resets {
            if let Some(a) = run.take()
                && is_nfc_quick(s[a..i].chars()) != IsNormalized::Yes
            {
                return false;
            }
        } else if run.is_none() {
            run = Some(i);
        }
        i += n;
    }
    run.is_none_or(|a| is_nfc_quick(s[a..].chars()) == IsNormalized::Yes)
}

/// NFC, segment by segment, so untouched text keeps an exact map and only the rewritten
/// segments (e + combining acute → é) get a replacement entry.
pub(crate) fn nfc(s: &str) -> Option<(String, OffsetMap)> {
    if s.is_ascii() || nfc_quick_yes(s) {
        return None;
    }
    let mut o = Out::with_capacity(s.len());
    let mut copied = 0;
    let mut seg_start = 0;
    let mut changed = false;
    let mut buf = String::new();
    let mut segment = |a: usize, b: usize, o: &mut Out, copied: &mut usize| {
        let seg = &s[a..b];
        if is_nfc_quick(seg.chars()) == IsNormalized::Yes {
            return;
        }
        buf.clear();
        buf.extend(seg.nfc());
        if buf != seg {
            o.copy(&s[*copied..a], *copied);
            o.replace(&buf, a, b);
            *copied = b;
            changed = true;
        }
    };
    for (i, c) in s.char_indices() {
        if i > seg_start && nfc_boundary(c) {
            if i - seg_start > 1 {
                segment(seg_start, i, &mut o, &mut copied);
            }
            seg_start = i;
        }
    }
    segment(seg_start, s.len(), &mut o, &mut copied);
    if !changed {
        return None;
    }
    o.copy(&s[copied..], copied);
    Some(o.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ascii_is_printable_ascii_newlines_and_tabs() {
        for len in [0, 1, 31, 32, 33, 64, 70] {
            for at in 0..len {
                for x in 0..=255u8 {
                    let mut b = vec![b'a'; len];
                    b[at] = x;
                    let want = (0x20..0x7F).contains(&x) || x == b'\n' || x == b'\t';
                    assert_eq!(plain_ascii(&b), want, "{len} {at} {x}");
                }
            }
        }
        assert!(plain_ascii(b""));
    }

    fn fix(s: &str) -> String {
        finish(s.to_string(), OffsetMap::identity()).0
    }

    #[test]
    fn mojibake_signatures_are_repaired() {
        assert_eq!(fix("Ã©tÃ©"), "été");
        assert_eq!(fix("lâ€™armÃ©e"), "l’armée");
        assert_eq!(fix("Ã‰tat"), "État");
        assert_eq!(fix("Ã\u{a0} Kidal"), "à Kidal");
        assert_eq!(fix("â€œouiâ€\u{9d}"), "“oui”");
        assert_eq!(fix("Â«\u{a0}nonÂ\u{a0}Â»"), "«\u{a0}non\u{a0}»");
        assert_eq!(fix("cÅ“ur"), "cœur");
        assert_eq!(fix("10 â‚¬"), "10 €");
        // Latin-1 decoding (C1 controls instead of cp1252 punctuation).
        assert_eq!(fix("l\u{e2}\u{80}\u{99}arm\u{c3}\u{a9}e"), "l’armée");
        // Double encoding.
        assert_eq!(fix("Ãƒ©tÃƒ©"), "été");
    }

    #[test]
    fn correct_french_is_untouched() {
        for s in [
            "été",
            "Ménaka",
            "à Tombouctou",
            "Ça suffit",
            "l’armée",
            "« Kidal »",
            "à\u{a0}«\u{a0}Kidal\u{a0}»",
            "LIBÉRÉ…",
            "6\u{202f}500 déplacés",
            "Côte d’Ivoire, Niamey, Gao",
            "Œuvre, cœur, déjà, où, île, août",
        ] {
            assert_eq!(fix(s), s, "{s:?} was damaged");
            assert!(repair_mojibake(s).is_none());
        }
    }

    #[test]
    fn first_dropped_is_the_first_control() {
        let noise = "é« »\u{a0}\n\t x";
        for len in [0, 1, 63, 64, 65, 66, 127, 128, 129, 130, 200] {
            let base: String = noise.chars().cycle().take(len).collect();
            assert_eq!(first_dropped(base.as_bytes()), None, "{len}");
            for c in ["\u{1}", "\r", "\u{7f}", "\u{85}", "\u{9f}"] {
                for p in (0..=base.len()).filter(|&p| base.is_char_boundary(p)) {
                    let mut s = base.clone();
                    s.insert_str(p, c);
                    assert_eq!(first_dropped(s.as_bytes()), Some(p), "{len} {c:?} {p}");
                }
            }
        }
    }

    #[test]
    fn controls_and_newlines() {
        assert_eq!(fix("a\r\nb\rc\u{0}d\u{7}e\u{85}f\tg"), "a\nb\ncdef\tg");
        let (t, m) = clean_controls("ab\r\ncd").unwrap();
        assert_eq!(t, "ab\ncd");
        assert_eq!(m.to_raw(2), 3);
        assert_eq!(m.to_raw(3), 4);
    }

    #[test]
    fn chars_nfc_quick_yes_skips_reset_the_check() {
        for c in ('\0'..'\u{300}').chain('\u{2010}'..='\u{205f}') {
            assert!(nfc_boundary(c), "{c:?}");
        }
    }

    #[test]
    fn nfc_quick_yes_is_the_quick_check() {
        let pieces = [
            "a",
            "é",
            "e\u{301}",
            "\u{301}",
            "\u{316}",
            "\u{301}\u{316}",
            "\u{316}\u{301}",
            "’",
            "«\u{a0}",
            "\u{2000}",
            "\u{2126}",
            "가",
            "\u{1100}\u{1161}",
            "\u{0958}",
            "Ω",
            "ǅ",
            "\u{2ff}",
            "\u{300}",
            "\u{205f}",
            "\u{2060}",
            "\u{200f}",
            "😀",
            "abcdefghij",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let s = format!("{a}{b}{c}");
                    assert_eq!(
                        nfc_quick_yes(&s),
                        is_nfc_quick(s.chars()) == IsNormalized::Yes,
                        "{s:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn nfc_composes_and_maps() {
        let s = "Me\u{301}naka et Gao";
        let (t, m) = nfc(s).unwrap();
        assert_eq!(t, "Ménaka et Gao");
        assert_eq!(m.to_raw(0), 0);
        assert_eq!(m.to_raw(1), 1);
        assert_eq!(m.to_raw(3), 4); // 'n'
        assert_eq!(&s[m.to_raw(t.find("Gao").unwrap())..], "Gao");
        assert!(nfc("Ménaka").is_none());
    }

    #[test]
    fn mojibake_map_points_at_following_text() {
        let s = "Ã©tÃ© Ã\u{a0} Gao";
        let (t, m) = finish(s.to_string(), OffsetMap::identity());
        assert_eq!(t, "été à Gao");
        let g = t.find("Gao").unwrap();
        assert_eq!(&s[m.to_raw(g)..], "Gao");
        let tt = t.find('t').unwrap();
        assert!(s[m.to_raw(tt)..].starts_with('t'));
    }

    #[test]
    fn metadata_strings() {
        assert_eq!(
            clean_meta("  LÃ©rÃ© :\n  lâ€™armÃ©e\u{7} "),
            "Léré : l’armée"
        );
    }

    #[test]
    fn trims_with_map() {
        let (t, m) = finish("  \n Kidal \n".to_string(), OffsetMap::identity());
        assert_eq!(t, "Kidal");
        assert_eq!(m.to_raw(0), 4);
    }
}
