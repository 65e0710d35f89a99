//! Bytes → UTF-8 text with a map back to the bytes.
//!
//! Order matters: a BOM decides first (UTF-16 is full of NUL bytes that would otherwise
//! look binary), then binary files are refused, then valid UTF-8 is taken as is (no
//! copy), and only then is a legacy encoding declared or guessed.

use crate::out::{Out, shift_map};
use encoding_rs::Encoding;
use sitrep_core::OffsetMap;
use std::borrow::Cow;

#[derive(Debug)]
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// Decoded offset → raw byte offset.
    pub map: OffsetMap,
}

/// What a file is by its magic number, if it is a known binary format.
fn magic_kind(bytes: &[u8]) -> Option<String> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF-", "PDF"),
        (b"PK\x03\x04", "ZIP archive or office document"),
        (b"\x89PNG", "PNG image"),
        (b"\x1f\x8b", "gzip"),
        (b"GIF8", "GIF image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"\x7fELF", "executable"),
        (b"SQLite format 3\0", "SQLite database"),
        (b"\xd0\xcf\x11\xe0", "MS Office document"),
        (b"\x28\xb5\x2f\xfd", "zstd"),
        (b"7z\xbc\xaf\x27\x1c", "7z archive"),
        (b"Rar!", "RAR archive"),
        (b"OggS", "Ogg media"),
        (b"ID3", "MP3 audio"),
        (b"\x00\x00\x01\x00", "icon"),
        (b"BZh9", "bzip2"),
        (b"\xfd7zXZ", "xz"),
    ];
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Some((*what).to_string());
        }
    }
    if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some("WebP image".into());
    }
    None
}

/// Why a file is not a text document, if it is not (magic numbers, NUL bytes, controls).
pub(crate) fn binary_kind(bytes: &[u8]) -> Option<String> {
    if let Some(kind) = magic_kind(bytes) {
        return Some(kind);
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Some("contains NUL bytes".into());
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    if !head.is_empty() && controls * 10 > head.len() {
        return Some(format!(
            "{}% control characters",
            controls * 100 / head.len()
        ));
    }
    None
}

/// UTF-16 without a BOM betrays itself by NULs in every other byte of ASCII-heavy text.
fn sniff_utf16(bytes: &[u8]) -> Option<bool> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 8 {
        return None;
    }
    let pairs = head.len() / 2;
    let even_zero = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_zero * 10 >= pairs * 9 && even_zero * 10 <= pairs {
        Some(true) // little-endian: "K\0i\0"
    } else if even_zero * 10 >= pairs * 9 && odd_zero * 10 <= pairs {
        Some(false)
    } else {
        None
    }
}

/// An encoding declared in the first bytes: HTML `<meta charset>` / `charset=` or an XML
/// declaration's `encoding=`.
fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    for key in [&b"charset="[..], &b"encoding="[..]] {
        let Some(p) = find(&lower, key) else { continue };
        let rest = &head[p + key.len()..];
        let rest = rest
            .strip_prefix(b"\"")
            .or_else(|| rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let end = rest
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
            .unwrap_or(rest.len());
        if let Some(enc) = Encoding::for_label(&rest[..end]) {
            return Some(enc);
        }
    }
    None
}

pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Decodes a whole input. Errors are messages for [`crate::IngestError`].
pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded<'_>, String> {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err("unsupported encoding (UTF-32), not a text document".into());
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return match std::str::from_utf8(rest) {
            Ok(t) => Ok(Decoded {
                text: Cow::Borrowed(t),
                map: shift_map(3),
            }),
            Err(_) => lossy_utf8(rest, 3),
        };
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, 2, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, 2, false);
    }
    if let Some(kind) = magic_kind(bytes) {
        return Err(format!("binary file ({kind}), not a text document"));
    }
    if let Some(le) = sniff_utf16(bytes) {
        // Binary data can look like that too (16-bit numbers): the decoded text must
        // read like text.
        let d = utf16(bytes, 0, le)?;
        let head: Vec<char> = d.text.chars().take(4096).collect();
        let controls = head
            .iter()
            .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
            .count();
        if controls * 10 > head.len() {
            return Err("binary file (contains NUL bytes), not a text document".into());
        }
        return Ok(d);
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(format!("binary file ({kind}), not a text document"));
    }
    if let Ok(t) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: Cow::Borrowed(t),
            map: OffsetMap::identity(),
        });
    }
    // Mostly-valid UTF-8 with a few broken bytes (a truncated last char, a concatenation
    // accident) is still UTF-8: decoding it as cp1252 would garble every accent. Real
    // cp1252 text almost never contains a valid multi-byte UTF-8 sequence.
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    let declared = declared_encoding(bytes).filter(|e| *e != encoding_rs::UTF_8);
    if declared.is_none() && multibyte > 0 && multibyte >= invalid {
        return lossy_utf8(bytes, 0);
    }
    let enc = declared.map(|e| e.output_encoding()).unwrap_or_else(|| {
        // A prefix decides as well as the whole file and keeps big files fast.
        let head = &bytes[..bytes.len().min(256 * 1024)];
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(head, true);
        det.guess(None, chardetng::Utf8Detection::Deny)
    });
    legacy(bytes, enc)
}

fn too_many_replacements(text: &str, replaced: usize) -> bool {
    replaced > 8 && replaced * 20 > text.chars().count()
}

fn lossy_utf8(bytes: &[u8], base: usize) -> Result<Decoded<'static>, String> {
    let mut o = Out::with_capacity(bytes.len() + 16);
    let mut pos = 0;
    let mut replaced = 0;
    for chunk in bytes.utf8_chunks() {
        o.copy(chunk.valid(), base + pos);
        pos += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            let n = chunk.invalid().len();
            o.replace("\u{FFFD}", base + pos, base + pos + n);
            pos += n;
            replaced += 1;
        }
    }
    let (text, map) = o.finish();
    if too_many_replacements(&text, replaced) {
        return Err(format!(
            "invalid encoding: not valid UTF-8 ({replaced} undecodable byte sequences)"
        ));
    }
    Ok(Decoded {
        text: Cow::Owned(text),
        map,
    })
}

fn utf16(bytes: &[u8], base: usize, le: bool) -> Result<Decoded<'static>, String> {
    let units = bytes.chunks_exact(2).map(|p| {
        if le {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    let mut o = Out::with_capacity(bytes.len());
    let mut raw = base;
    let mut replaced = 0;
    for r in char::decode_utf16(units) {
        let (c, n) = match r {
            Ok(c) => (c, c.len_utf16() * 2),
            Err(_) => {
                replaced += 1;
                ('\u{FFFD}', 2)
            }
        };
        o.replace_char(c, raw, raw + n);
        raw += n;
    }
    let (text, map) = o.finish();
    if too_many_replacements(&text, replaced) {
        return Err(format!(
            "invalid encoding: not valid UTF-16 ({replaced} unpaired surrogates)"
        ));
    }
    Ok(Decoded {
        text: Cow::Owned(text),
        map,
    })
}

fn legacy(bytes: &[u8], enc: &'static Encoding) -> Result<Decoded<'static>, String> {
    let mut o = Out::with_capacity(bytes.len() + bytes.len() / 4);
    let mut replaced = 0;
    if enc.is_single_byte() {
        // One char per byte: walk both together.
        let (text, _) = enc.decode_without_bom_handling(bytes);
        let mut run = 0; // raw start of the current ASCII run
        let mut norm_run = 0; // its start in the decoded text
        for (raw, (i, c)) in text.char_indices().enumerate() {
            if !c.is_ascii() {
                o.copy(&text[norm_run..i], run);
                o.replace_char(c, raw, raw + 1);
                if c == '\u{FFFD}' {
                    replaced += 1;
                }
                run = raw + 1;
                norm_run = i + c.len_utf8();
            }
        }
        o.copy(&text[norm_run..], run);
    } else {
        // Rare (chardetng guessed a CJK encoding): feed one byte at a time to learn
        // where each char starts.
        let mut dec = enc.new_decoder_without_bom_handling();
        let mut char_start = 0;
        let mut buf = String::with_capacity(16);
        for i in 0..=bytes.len() {
            let last = i == bytes.len();
            let src = if last { &[][..] } else { &bytes[i..i + 1] };
            buf.clear();
            let (_, _, had_errors) = dec.decode_to_string(src, &mut buf, last);
            if had_errors {
                replaced += 1;
            }
            if !buf.is_empty() {
                let end = (i + 1).min(bytes.len());
                o.replace(&buf, char_start, end);
                char_start = end;
            }
        }
    }
    let (text, map) = o.finish();
    if too_many_replacements(&text, replaced) {
        return Err(format!(
            "invalid encoding: not valid UTF-8, and not readable as {} ({replaced} undecodable bytes)",
            enc.name()
        ));
    }
    Ok(Decoded {
        text: Cow::Owned(text),
        map,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cp1252_is_decoded_with_map() {
        let raw = b"L\xe9r\xe9 \x93Kidal\x94 \x80";
        let d = decode(raw).unwrap();
        assert_eq!(d.text, "Léré “Kidal” €");
        let k = d.text.find("Kidal").unwrap();
        assert_eq!(d.map.to_raw(k), 6);
        assert_eq!(d.map.to_raw(d.text.find('r').unwrap()), 2);
        assert_eq!(d.map.to_raw(d.text.len()), raw.len());
    }

    #[test]
    fn declared_latin1() {
        let raw = b"<meta charset=\"iso-8859-1\"><p>\xe9t\xe9</p>";
        assert!(decode(raw).unwrap().text.contains("été"));
    }

    #[test]
    fn utf16_both_orders() {
        let s = "Ménaka, été";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        let d = decode(&le).unwrap();
        assert_eq!(d.text, s);
        assert_eq!(d.map.to_raw(d.text.find("été").unwrap()), 2 + 2 * 8);
        assert_eq!(decode(&be).unwrap().text, s);
        // Without BOM, sniffed.
        assert_eq!(decode(&le[2..]).unwrap().text, s);
    }

    #[test]
    fn binary_files_are_refused() {
        assert!(decode(b"%PDF-1.4 ...").unwrap_err().contains("PDF"));
        assert!(
            decode(b"abc\0\x01\x02def\0")
                .unwrap_err()
                .contains("binary")
        );
        assert!(
            decode(b"\x89PNG\r\n")
                .unwrap_err()
                .contains("binary file (PNG image)")
        );
        // 16-bit numbers are not UTF-16 text.
        let nums: Vec<u8> = (0u16..200).flat_map(|n| (n % 31).to_le_bytes()).collect();
        assert!(decode(&nums).unwrap_err().contains("binary"));
    }

    #[test]
    fn mostly_utf8_stays_utf8() {
        let d = decode(b"\xc3\xa9t\xc3\xa9 \xc3\xa0 Gao \xff").unwrap();
        assert!(d.text.starts_with("été à Gao"));
    }
}
