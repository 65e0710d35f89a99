//! Loading resources that live in data files (DESIGN §5).
//!
//! Lexicons are plain TSV or TOML so that adding a language or a conflict is adding
//! data. Each file states its provenance in a `# source:` line. Errors name the file,
//! the line and the reason, because a broken lexicon must never fail silently.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LexiconError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.reason)
        } else {
            write!(f, "{}: {}", self.file, self.reason)
        }
    }
}

impl LexiconError {
    pub fn new(file: &str, line: usize, reason: impl Into<String>) -> Self {
        LexiconError {
            file: file.to_string(),
            line,
            reason: reason.into(),
        }
    }
}

/// `s.split(sep)` for an ASCII separator, found by a plain byte loop: the fields of
/// data files are a few bytes long, where `str::split`'s `memchr` costs a hundred-odd
/// instructions a call in set-up alone. Same pieces, empty ones included.
pub fn split_ascii(s: &str, sep: u8) -> SplitAscii<'_> {
    debug_assert!(sep.is_ascii());
    SplitAscii {
        s,
        pos: 0,
        sep,
        done: false,
    }
}

/// The first `sep` in `b`, eight bytes at a time (SWAR: a byte equal to `sep` is a
/// zero byte of `x ^ sep…`; the lowest byte flagged by the zero-byte test is always a
/// true one), then byte by byte for the last few.
#[inline]
fn find_byte(b: &[u8], sep: u8) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let pat = LO * sep as u64;
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes")) ^ pat;
        let z = x.wrapping_sub(LO) & !x & HI;
        if z != 0 {
            return Some(i + (z.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b[i..].iter().position(|&c| c == sep).map(|k| i + k)
}

/// How many bytes of `b` are `c`: eight at a time (SWAR: a byte of `x ^ c…` is zero
/// exactly when its low seven bits plus 0x7f do not carry into its high bit, nor is that
/// bit set; the flags, one per byte, are summed by a multiplication), where a filter and
/// a count cost four instructions a byte over the data files at start-up.
fn count_byte(b: &[u8], c: u8) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HI: u64 = 0x8080_8080_8080_8080;
    let pat = LO * c as u64;
    let mut n = 0;
    let mut chunks = b.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes")) ^ pat;
        let zero = !(((x & LOW7) + LOW7) | x) & HI;
        n += ((zero >> 7).wrapping_mul(LO) >> 56) as usize;
    }
    n + chunks.remainder().iter().filter(|&&x| x == c).count()
}

/// The iterator of [`split_ascii`].
#[derive(Clone, Debug)]
pub struct SplitAscii<'a> {
    s: &'a str,
    pos: usize,
    sep: u8,
    done: bool,
}

impl<'a> Iterator for SplitAscii<'a> {
    type Item = &'a str;

    /// Inlined where it is used (a few loops at start-up): out of line, its calls saved
    /// and restored registers for a few bytes of search each, some sixty thousand times.
    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        let rest = &self.s.as_bytes()[self.pos..];
        match find_byte(rest, self.sep) {
            Some(k) => {
                // An ASCII byte is a character boundary on both sides.
                let piece = &self.s[self.pos..self.pos + k];
                self.pos += k + 1;
                Some(piece)
            }
            None => {
                self.done = true;
                Some(&self.s[self.pos..])
            }
        }
    }
}

/// `s.trim()`, answered without decoding when both ends are ASCII characters that are
/// not white space (bytes above the space, below 0x80), as the fields of data files
/// almost always are: `trim` decodes each end's character and asks Unicode's table,
/// some fifty instructions for each of sixty thousand fields at start-up.
#[inline]
pub fn trim_field(s: &str) -> &str {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) if (0x21..0x80).contains(&f) && (0x21..0x80).contains(&l) => {
            debug_assert_eq!(s, s.trim());
            s
        }
        _ => s.trim(),
    }
}

/// One data row of a TSV lexicon, with its 1-based line number for error messages.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    pub line: usize,
    pub fields: Vec<&'a str>,
}

impl<'a> Row<'a> {
    pub fn get(&self, i: usize) -> Option<&'a str> {
        self.fields
            .get(i)
            .copied()
            .map(trim_field)
            .filter(|s| !s.is_empty())
    }
}

/// The (kind, lowercase phrase) keys of [`parse_tsv`]'s rows, each with its line: open
/// addressing over the keys' hashes, where a `HashMap` of the pairs cost some hundred
/// instructions a row (hashing each string with its end mark, probing by groups).
struct Seen<'a> {
    /// 1 + an index in `keys` (0: free); a power of two at most half full.
    slots: Vec<u32>,
    /// Each key's hash, kind, phrase and line, in the order inserted.
    keys: Vec<(u64, &'a str, std::borrow::Cow<'a, str>, usize)>,
}

impl<'a> Seen<'a> {
    fn with_capacity(n: usize) -> Self {
        Seen {
            slots: vec![0; (2 * n).next_power_of_two().max(2)],
            keys: Vec::with_capacity(n),
        }
    }

    /// Records the key at `line`; if it was already recorded, its first line instead
    /// (as `HashMap::insert` gives the old value).
    fn insert(
        &mut self,
        kind: &'a str,
        phrase: std::borrow::Cow<'a, str>,
        line: usize,
    ) -> Option<usize> {
        use std::hash::Hasher;
        let mut hs = crate::hash::FxHasher::default();
        hs.write(kind.as_bytes());
        hs.write_u8(0xff);
        hs.write(phrase.as_bytes());
        let h = hs.finish();
        // (Grown when half full: for callers that pass too small a count.)
        if 2 * (self.keys.len() + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = (h >> 32) as usize & mask;
        loop {
            let k = self.slots[i];
            if k == 0 {
                self.keys.push((h, kind, phrase, line));
                self.slots[i] = self.keys.len() as u32;
                return None;
            }
            let (h2, kind2, phrase2, line2) = &self.keys[k as usize - 1];
            if *h2 == h && *kind2 == kind && *phrase2 == phrase {
                return Some(*line2);
            }
            i = (i + 1) & mask;
        }
    }

    /// Doubles the slots, placing every key again.
    fn grow(&mut self) {
        self.slots = vec![0; 2 * self.slots.len()];
        let mask = self.slots.len() - 1;
        for (k, &(h, ..)) in self.keys.iter().enumerate() {
            let mut i = (h >> 32) as usize & mask;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = k as u32 + 1;
        }
    }
}

/// Parses a TSV lexicon: `#` starts a comment line, blank lines are skipped, fields are
/// tab-separated. Every row must have between `min` and `max` fields.
pub fn parse_tsv<'a>(
    file: &str,
    content: &'a str,
    min: usize,
    max: usize,
) -> Result<Vec<Row<'a>>, LexiconError> {
    // Sized once for every line (a row at most each): no growing and rehashing.
    let lines = count_byte(content.as_bytes(), b'\n') + 1;
    debug_assert_eq!(lines, content.bytes().filter(|&b| b == b'\n').count() + 1);
    let mut rows = Vec::with_capacity(lines);
    // The first two fields (kind and phrase) once: a phrase listed twice under one kind
    // would silently keep the last value.
    // A phrase already lower case (most are) is its own key, without a copy.
    let mut seen = Seen::with_capacity(lines);
    // (Debug builds: the map `seen` replaced, asked the same.)
    #[cfg(debug_assertions)]
    let mut check: crate::hash::FxMap<(&str, std::borrow::Cow<'_, str>), usize> =
        crate::hash::FxMap::default();
    // A phrase of characters that lowercase to themselves is its own key: below U+0100
    // all but A-Z and À-Þ (less ×) do, which covers French phrases with their accented
    // small letters (where `to_lowercase` cost some six hundred instructions a phrase).
    let lowers_to_itself = |c: char| match c as u32 {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => false,
        0..0x100 => true,
        _ => false,
    };
    let lower = |s: &'a str| -> std::borrow::Cow<'a, str> {
        // (Bytes first: most phrases are ASCII.)
        let itself = if s.is_ascii() {
            !s.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            s.chars().all(lowers_to_itself)
        };
        if itself {
            debug_assert_eq!(s, s.to_lowercase());
            std::borrow::Cow::Borrowed(s)
        } else if s.is_ascii() {
            std::borrow::Cow::Owned(s.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Owned(s.to_lowercase())
        }
    };
    if !content.lines().any(|l| l.starts_with("# source:")) {
        return Err(LexiconError::new(
            file,
            0,
            "missing a `# source:` provenance line",
        ));
    }
    // (Pieces between newlines: the lines, and after a final newline an empty one,
    // skipped as blank; a "\r" before the newline is trimmed below.)
    for (i, line) in split_ascii(content, b'\n').enumerate() {
        let line_no = i + 1;
        let l = line.trim_end_matches('\r');
        // (A trimmed line starts with "#" exactly when the line less its leading white
        // space does.)
        let t = trim_field(l);
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = split_ascii(l, b'\t').collect();
        if fields.len() < min || fields.len() > max {
            return Err(LexiconError::new(
                file,
                line_no,
                format!(
                    "expected {} tab-separated fields, found {}",
                    if min == max {
                        min.to_string()
                    } else {
                        format!("{min} to {max}")
                    },
                    fields.len()
                ),
            ));
        }
        let kind = trim_field(fields[0]);
        if kind.is_empty() {
            return Err(LexiconError::new(file, line_no, "empty first field"));
        }
        if fields.len() >= 2
            && let Some(first) = {
                let key = lower(trim_field(fields[1]));
                #[cfg(debug_assertions)]
                let want = check.insert((kind, key.clone()), line_no);
                let got = seen.insert(kind, key, line_no);
                #[cfg(debug_assertions)]
                debug_assert_eq!(got, want);
                got
            }
        {
            return Err(LexiconError::new(
                file,
                line_no,
                format!(
                    "{} {:?} is already listed at line {first}",
                    fields[0].trim(),
                    fields[1].trim()
                ),
            ));
        }
        rows.push(Row {
            line: line_no,
            fields,
        });
    }
    Ok(rows)
}

/// Parses a TOML resource into `T`, naming the file and line on error.
pub fn parse_toml<T: serde::de::DeserializeOwned>(
    file: &str,
    content: &str,
) -> Result<T, LexiconError> {
    toml::from_str(content).map_err(|e| {
        let line = e
            .span()
            .map(|r| content[..r.start.min(content.len())].matches('\n').count() + 1)
            .unwrap_or(0);
        LexiconError::new(file, line, e.message().to_string())
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn count_byte_counts_every_byte() {
        let text = "a\nbb\n\n\nccc\u{e9}\n\u{10a}\n\n\n\n\n\n\n\n\nx\n\t\n";
        for a in 0..text.len() {
            for c in [b'\n', b'\t', b'a', 0x0a ^ 0x80, 0xc3, 0] {
                let b = &text.as_bytes()[a..];
                assert_eq!(count_byte(b, c), b.iter().filter(|&&x| x == c).count());
            }
        }
    }
    use super::*;

    #[test]
    fn split_ascii_is_str_split() {
        for s in [
            "",
            "\t",
            "a",
            "a\tb",
            "\ta\t",
            "é\tà\t\tç",
            "a\t\t",
            "Kidal,Kidāl, ,",
            ",",
            "abcdefghijklmnop\tq",
            "abcdefgh\t",
            "abcdefg\t",
            "\u{80}\u{89}\t\u{1089}\u{8900},x,\u{2c2c}",
            "Tombouctou,Timbuktu,Tumbuktu,Timbuktoo,Tinbuktu\t\t\t\t\t\t\t\t\t\t\t",
            "\n# source: x\r\nkidal\tP\n\ngao\tP\n",
        ] {
            for sep in [b'\t', b',', b'\n'] {
                let want: Vec<&str> = s.split(sep as char).collect();
                assert_eq!(split_ascii(s, sep).collect::<Vec<_>>(), want, "{s:?}");
            }
        }
    }

    #[test]
    fn parses_rows_and_reports_lines() {
        let src = "# source: written for sitrep\n\nkidal\tP\n# comment\ngao\tP\n";
        let rows = parse_tsv("t.tsv", src, 2, 2).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].line, 5);
        assert_eq!(rows[1].get(0), Some("gao"));
        let bad = "# source: x\nkidal\n";
        let e = parse_tsv("t.tsv", bad, 2, 2).unwrap_err();
        assert_eq!(
            e.to_string(),
            "t.tsv:2: expected 2 tab-separated fields, found 1"
        );
        assert!(
            parse_tsv("t.tsv", "a\tb\n", 2, 2).is_err(),
            "provenance required"
        );
        let twice = "# source: x\ntown\tKidal\ntown\tGao\nregion\tKidal\ntown\tkidal\n";
        let e = parse_tsv("t.tsv", twice, 2, 2).unwrap_err();
        assert_eq!(
            e.to_string(),
            "t.tsv:5: town \"kidal\" is already listed at line 2"
        );
    }

    #[test]
    fn toml_errors_name_the_line() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            a: u32,
        }
        let e = parse_toml::<T>("x.toml", "# c\na = \"no\"\n").unwrap_err();
        assert_eq!(e.file, "x.toml");
        assert_eq!(e.line, 2);
    }
}
