//! JSONL: one JSON object per line. A bad line is reported with its number and the
//! others go on. The text's map points inside the JSON string literal on its line, so
//! escapes (`\n`, `\"`, `\u00e9`, surrogate pairs) are decoded by hand while serde_json
//! validates the line and provides the other fields.

use crate::dates::parse_date;
use crate::out::Out;
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;
use sitrep_core::{Date, Lang, OffsetMap};

pub(crate) struct JsonlDoc {
    pub line: usize,
    pub id: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub published: Option<Date>,
    pub lang: Option<Lang>,
    pub text: String,
    /// Map into the decoded file string.
    pub map: OffsetMap,
}

pub(crate) fn parse_jsonl(s: &str) -> Vec<Result<JsonlDoc, (usize, String)>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for (n, raw_line) in lines_inclusive(s).enumerate() {
        let start = offset;
        offset += raw_line.len();
        let line = raw_line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            continue;
        }
        let doc = match parse_line_fast(line, start, n + 1) {
            Some(d) => Ok(d),
            None => parse_line(line, start, n + 1),
        };
        out.push(doc.map_err(|e| (n + 1, e)));
    }
    out
}

/// The pieces of `s.split_inclusive('\n')`, each newline found by `memchr`: the
/// standard library's character search cost about one instruction a byte of the file.
fn lines_inclusive(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |k| k + 1);
        let (line, tail) = rest.split_at(end);
        rest = tail;
        Some(line)
    })
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn opt_str(o: &serde_json::Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty())),
        Some(v) => Err(format!(
            "\"{key}\" is not a string (found {})",
            type_name(v)
        )),
    }
}

fn parse_line(line: &str, base: usize, line_no: usize) -> Result<JsonlDoc, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(o) = &v else {
        return Err(format!("not a JSON object (found {})", type_name(&v)));
    };
    let expected = match o.get("text") {
        None => return Err("missing \"text\"".into()),
        Some(Value::String(t)) => t,
        Some(v) => return Err(format!("\"text\" is not a string (found {})", type_name(v))),
    };
    if expected.trim().is_empty() {
        return Err("\"text\" is empty".into());
    }
    let (text, map) = match text_literal(line).map(|lit| decode_literal(line, lit, base)) {
        Some((t, m, _)) if &t == expected => (t, m),
        // Cannot happen for valid JSON; stay correct if it does: map to the line start.
        _ => (expected.clone(), crate::out::shift_map(base)),
    };
    with_fields(o, line_no, text, map)
}

/// A line's top-level fields but "text", and how many "text" keys it has: their values
/// are skipped, as [`decode_valid`] has read the text.
struct Fields {
    map: serde_json::Map<String, Value>,
    texts: usize,
}

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Object;
        impl<'de> Visitor<'de> for Object {
            type Value = Fields;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Fields, A::Error> {
                let mut map = serde_json::Map::new();
                let mut texts = 0;
                while let Some(k) = a.next_key::<String>()? {
                    if k == "text" {
                        a.next_value::<IgnoredAny>()?;
                        texts += 1;
                    } else {
                        // (The last of duplicate keys wins, as in a `Value`.)
                        let v: Value = a.next_value()?;
                        map.insert(k, v);
                    }
                }
                Ok(Fields { map, texts })
            }
        }
        d.deserialize_map(Object)
    }
}

/// [`parse_line`] for an ordinary line, its text read once: the "text" literal is
/// validated and decoded in one pass ([`decode_valid`]), and serde_json parses the line
/// with that literal cut down to `""`, which is valid JSON exactly when the line is
/// (one string token for another). None for any line it is not sure of (not an object,
/// not one "text" key with a string, a surrogate escape in the text, which serde_json
/// accepts only paired), or that [`parse_line`] would reject; [`parse_line`] then reads
/// it, so its errors are word for word its own.
fn parse_line_fast(line: &str, base: usize, line_no: usize) -> Option<JsonlDoc> {
    let (q, end, text, map) = text_value(line, base)?;
    if text.trim().is_empty() {
        return None;
    }
    if let Some(doc) = plain_fields(line, q, end).and_then(|f| f.doc(line_no)) {
        return Some(JsonlDoc { text, map, ..doc });
    }
    let mut rest = String::with_capacity(line.len() - (end - q) + 2);
    rest.push_str(&line[..q]);
    rest.push_str("\"\"");
    rest.push_str(&line[end..]);
    let f: Fields = serde_json::from_str(&rest).ok()?;
    if f.texts != 1 {
        return None;
    }
    with_fields(&f.map, line_no, text, map).ok()
}

/// The other members of a line whose keys and values are all plain: strings without an
/// escape or a control character (their text is their bytes) or `null`. Read by
/// [`plain_fields`], which costs a tenth of serde_json's `Map` of [`Fields`] and the
/// copy of the line it parses. (A `null` member is as good as an absent one, as in
/// [`with_fields`], and the last of duplicate keys wins.)
#[derive(Default)]
struct PlainFields<'a> {
    id: Option<&'a str>,
    title: Option<&'a str>,
    url: Option<&'a str>,
    source: Option<&'a str>,
    published: Option<&'a str>,
    lang: Option<&'a str>,
}

/// End (just past the closing quote) of a plain string literal at `b[i]`: None when
/// there is none, or it holds an escape or a control character.
fn plain_string_end(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let j = next_special(b, i + 1)?;
    (b[j] == b'"').then_some(j + 1)
}

/// The line's other members, when it is an object of plain members (see
/// [`PlainFields`]) with one "text", whose value is the literal at `q..end` that
/// [`text_value`] read, and nothing after it but whitespace: such a line is valid JSON
/// exactly as serde_json reads it. None for anything else (a number, an array, an
/// escape): [`Fields`] reads those.
fn plain_fields(line: &str, q: usize, end: usize) -> Option<PlainFields<'_>> {
    let b = line.as_bytes();
    let mut i = object_start(b)?;
    let mut f = PlainFields::default();
    let mut text = false;
    loop {
        let k = skip_ws(b, i);
        let kend = plain_string_end(b, k)?;
        let key = &line[k + 1..kend - 1];
        i = skip_ws(b, kend);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = skip_ws(b, i + 1);
        if key == "text" {
            if text || i != q {
                return None;
            }
            text = true;
            i = end;
        } else {
            let value = if b[i..].starts_with(b"null") {
                i += 4;
                None
            } else {
                let vend = plain_string_end(b, i)?;
                let v = &line[i + 1..vend - 1];
                i = vend;
                Some(v)
            };
            match key {
                "id" => f.id = value,
                "title" => f.title = value,
                "url" => f.url = value,
                "source" => f.source = value,
                "published" => f.published = value,
                "lang" => f.lang = value,
                _ => {}
            }
        }
        i = skip_ws(b, i);
        match b.get(i)? {
            b',' => i += 1,
            b'}' => break,
            _ => return None,
        }
    }
    (text && skip_ws(b, i + 1) == b.len()).then_some(f)
}

impl PlainFields<'_> {
    /// The document [`with_fields`] makes of these fields, with an empty text and map for
    /// the caller to fill; None where it reports an error (a bad date or language).
    fn doc(&self, line_no: usize) -> Option<JsonlDoc> {
        let owned = |v: Option<&str>| v.map(str::trim).filter(|s| !s.is_empty()).map(String::from);
        let published = match self.published.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(p) => Some(parse_date(p)?),
        };
        let lang = match self.lang.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(l) => Some(lang_code(l)?),
        };
        Some(JsonlDoc {
            line: line_no,
            id: owned(self.id),
            title: owned(self.title),
            url: owned(self.url),
            source: owned(self.source),
            published,
            lang,
            text: String::new(),
            map: OffsetMap::default(),
        })
    }
}

/// The document of a line, its text decoded: the other fields, as [`parse_line`] checks
/// them and in its order.
fn with_fields(
    o: &serde_json::Map<String, Value>,
    line_no: usize,
    text: String,
    map: OffsetMap,
) -> Result<JsonlDoc, String> {
    let id = match o.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(v) => {
            return Err(format!(
                "\"id\" is not a string or number (found {})",
                type_name(v)
            ));
        }
    };
    let published = match opt_str(o, "published")? {
        None => None,
        Some(p) => Some(parse_date(&p).ok_or_else(|| {
            format!("\"published\" is not a date (YYYY-MM-DD or RFC 3339): {p:?}")
        })?),
    };
    let lang = match opt_str(o, "lang")? {
        None => None,
        Some(l) => Some(lang_code(&l).ok_or_else(|| format!("\"lang\" {l:?} is not en or fr"))?),
    };
    Ok(JsonlDoc {
        line: line_no,
        id,
        title: opt_str(o, "title")?,
        url: opt_str(o, "url")?,
        source: opt_str(o, "source")?,
        published,
        lang,
        text,
        map,
    })
}

fn lang_code(l: &str) -> Option<Lang> {
    Lang::parse(l).or_else(|| {
        let l = l.to_ascii_lowercase();
        if l.starts_with("fr") {
            Some(Lang::Fr)
        } else if l.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    })
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r' | b'\n') {
        i += 1;
    }
    i
}

/// End (exclusive) of the string literal starting at `b[i] == '"'`. Jumps from one
/// quote or backslash to the next (`memchr2`): a document's text is most of its line.
fn skip_string(b: &[u8], mut i: usize) -> usize {
    i += 1;
    loop {
        let Some(k) = b
            .get(i..)
            .and_then(|rest| memchr::memchr2(b'"', b'\\', rest))
        else {
            return b.len();
        };
        i += k;
        if b[i] == b'"' {
            return i + 1;
        }
        // A backslash escapes the byte after it.
        i += 2;
    }
}

fn skip_value(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'"') => skip_string(b, i),
        Some(b'{' | b'[') => {
            let mut depth = 0usize;
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b'"' => {
                        j = skip_string(b, j);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return j + 1;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            b.len()
        }
        _ => {
            let mut j = i;
            while j < b.len() && !matches!(b[j], b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n')
            {
                j += 1;
            }
            j
        }
    }
}

/// The next member of the top-level object from byte `i` (just past `{` or a value):
/// whether its key is "text" and where its value starts. `Some(None)` at the object's
/// end or at anything that is not a member (the caller keeps what it found so far);
/// `None` when the line ends first (the caller finds nothing: a truncated line).
fn next_member(line: &str, mut i: usize) -> Option<Option<(bool, usize)>> {
    let b = line.as_bytes();
    loop {
        i = skip_ws(b, i);
        match b.get(i)? {
            b',' => i += 1,
            b'"' => break,
            _ => return Some(None),
        }
    }
    let kend = skip_string(b, i);
    let key = &line[i..kend];
    // (A key without a backslash is its own decoded text: only one with an escape,
    // `"te\u0078t"`, needs serde_json, whose call cost more than the rest of this scan
    // for the other keys of every line.)
    let is_text = key == "\"text\""
        || (key.contains('\\') && serde_json::from_str::<String>(key).is_ok_and(|k| k == "text"));
    let i = skip_ws(b, kend);
    if b.get(i) != Some(&b':') {
        return Some(None);
    }
    Some(Some((is_text, skip_ws(b, i + 1))))
}

/// Just past the top-level object's `{`, or None when the line is no object.
fn object_start(b: &[u8]) -> Option<usize> {
    let i = skip_ws(b, 0);
    (b.get(i) == Some(&b'{')).then_some(i + 1)
}

/// Byte position of the opening quote of the top-level "text" value (the last one, as
/// serde_json keeps the last duplicate key).
fn text_literal(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let mut i = object_start(b)?;
    let mut found = None;
    while let Some((is_text, v)) = next_member(line, i)? {
        if is_text && b.get(v) == Some(&b'"') {
            found = Some(v);
        }
        i = skip_value(b, v);
    }
    found
}

/// [`text_literal`]'s scan that also decodes the literal ([`decode_valid`]) and steps
/// over it, so the text is read once: its opening quote, the end of its closing one, the
/// text and its map. None for a second "text" key, a "text" that is not a string, or a
/// literal [`decode_valid`] leaves.
fn text_value(line: &str, base: usize) -> Option<(usize, usize, String, OffsetMap)> {
    let b = line.as_bytes();
    let mut i = object_start(b)?;
    let mut found = None;
    while let Some((is_text, v)) = next_member(line, i)? {
        if is_text {
            if found.is_some() || b.get(v) != Some(&b'"') {
                return None;
            }
            let (text, map, end) = decode_valid(line, v, base)?;
            found = Some((v, end, text, map));
            i = end;
        } else {
            i = skip_value(b, v);
        }
    }
    found
}

/// Four hex digits at `b[i..]`, as JSON has them (no sign, unlike `from_str_radix`).
fn hex4_strict(b: &[u8], i: usize) -> Option<u32> {
    b.get(i..i + 4)?
        .iter()
        .try_fold(0, |v, &h| Some(v << 4 | (h as char).to_digit(16)?))
}

/// Where the first `"`, `\\` or control byte (below 0x20, which JSON forbids unescaped
/// in a string) of `b[i..]` is: the end of a string literal's plain run. One pass over
/// thirty-two bytes at a time (two loads of sixteen, one test), where `memchr2` and a
/// separate test of the run for control bytes read it twice: the runs between escapes
/// are long (a paragraph of news text), and rounds of sixteen cost about as much in
/// loop overhead as in work.
fn next_special(b: &[u8], mut i: usize) -> Option<usize> {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        use std::arch::x86_64::{
            _mm_cmpeq_epi8, _mm_loadu_si128, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128,
            _mm_set1_epi8,
        };
        /// The specials of the 16 bytes at `p`, a bit each.
        ///
        /// # Safety
        ///
        /// SSE2 is enabled (the `cfg`) and `p` points to 16 readable bytes (the load has
        /// no alignment requirement).
        #[inline(always)]
        unsafe fn specials16(p: *const u8) -> u32 {
            // SAFETY: the caller's.
            unsafe {
                let x = _mm_loadu_si128(p.cast());
                let quote = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'"' as i8));
                let backslash = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'\\' as i8));
                // (`x` is below 0x20 when its unsigned minimum with 0x1f is itself.)
                let control = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1f)), x);
                _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control)) as u32
            }
        }
        while let Some(chunk) = b.get(i..i + 32) {
            // SAFETY: `chunk` is 32 bytes: both halves are readable.
            let mask =
                unsafe { specials16(chunk.as_ptr()) | specials16(chunk.as_ptr().add(16)) << 16 };
            if mask != 0 {
                return Some(i + mask.trailing_zeros() as usize);
            }
            i += 32;
        }
        if let Some(chunk) = b.get(i..i + 16) {
            // SAFETY: `chunk` is 16 bytes.
            let mask = unsafe { specials16(chunk.as_ptr()) };
            if mask != 0 {
                return Some(i + mask.trailing_zeros() as usize);
            }
            i += 16;
        }
    }
    b[i..]
        .iter()
        .position(|&x| x == b'"' || x == b'\\' || x < 0x20)
        .map(|k| i + k)
}

/// [`decode_literal`] of a literal that serde_json accepts as written, checking that it
/// does: None at a control character, an unknown escape, a `\u` not followed by four hex
/// digits or giving a surrogate, or no closing quote. Also returns the end of the
/// literal (after its closing quote). The map gets the points [`Out`] would give it,
/// without the pushes that add none: a copy after an escape and the closing one.
fn decode_valid(line: &str, q: usize, base: usize) -> Option<(String, OffsetMap, usize)> {
    let b = line.as_bytes();
    let mut text = String::with_capacity(line.len() - q);
    let mut map = OffsetMap::with_capacity(32);
    let mut i = q + 1;
    loop {
        let j = next_special(b, i)?;
        if b[j] < 0x20 {
            return None;
        }
        if j > i {
            if text.is_empty() {
                map.push(0, base + i);
            }
            text.push_str(&line[i..j]);
        }
        if b[j] == b'"' {
            if text.is_empty() {
                // (As `Out::finish` closes an empty text.)
                map.push(0, 0);
            }
            return Some((text, map, j + 1));
        }
        let (c, n) = match *b.get(j + 1)? {
            e @ (b'"' | b'\\' | b'/') => (e as char, 2),
            b'n' => ('\n', 2),
            b't' => ('\t', 2),
            b'r' => ('\r', 2),
            b'b' => ('\u{8}', 2),
            b'f' => ('\u{c}', 2),
            // (None for a surrogate.)
            b'u' => (char::from_u32(hex4_strict(b, j + 2)?)?, 6),
            _ => return None,
        };
        if text.is_empty() {
            map.push(0, base + j);
        }
        text.push(c);
        map.push(text.len(), base + j + n);
        i = j + n;
    }
}

fn hex4(b: &[u8], i: usize) -> Option<u32> {
    let h = b.get(i..i + 4)?;
    let s = std::str::from_utf8(h).ok()?;
    u32::from_str_radix(s, 16).ok()
}

/// Decodes the JSON string literal at `line[q]` (the opening quote), mapping each
/// char to its place in the file (`base` is the line's offset). The flag: a `\\u`
/// escape of a UTF-16 surrogate was read (serde_json rejects an unpaired one).
fn decode_literal(line: &str, q: usize, base: usize) -> (String, OffsetMap, bool) {
    let b = line.as_bytes();
    let mut o = Out::with_capacity(line.len() - q);
    let mut i = q + 1;
    let mut surrogate = false;
    while i < b.len() {
        match b[i] {
            b'"' => break,
            b'\\' => {
                let Some(&e) = b.get(i + 1) else { break };
                let (c, n) = match e {
                    b'n' => ('\n', 2),
                    b't' => ('\t', 2),
                    b'r' => ('\r', 2),
                    b'b' => ('\u{8}', 2),
                    b'f' => ('\u{c}', 2),
                    b'u' => {
                        let hi = hex4(b, i + 2).unwrap_or(0xFFFD);
                        surrogate |= (0xD800..0xE000).contains(&hi);
                        if (0xD800..0xDC00).contains(&hi)
                            && b.get(i + 6) == Some(&b'\\')
                            && b.get(i + 7) == Some(&b'u')
                        {
                            let lo = hex4(b, i + 8).unwrap_or(0);
                            if (0xDC00..0xE000).contains(&lo) {
                                let v = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                                (char::from_u32(v).unwrap_or('\u{FFFD}'), 12)
                            } else {
                                ('\u{FFFD}', 6)
                            }
                        } else {
                            (char::from_u32(hi).unwrap_or('\u{FFFD}'), 6)
                        }
                    }
                    other => (other as char, 2),
                };
                o.replace_char(c, base + i, base + i + n);
                i += n;
            }
            _ => {
                let j = memchr::memchr2(b'"', b'\\', &b[i..])
                    .map(|k| i + k)
                    .unwrap_or(b.len());
                o.copy(&line[i..j], base + i);
                i = j;
            }
        }
    }
    let (t, m) = o.finish();
    (t, m, surrogate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_as_split_inclusive_cuts_them() {
        for s in [
            "", "\n", "\n\n", "a", "a\n", "a\nb", "a\r\nb\n", "é\n\nü", "\nx\n\ny",
        ] {
            let ours: Vec<&str> = lines_inclusive(s).collect();
            let std: Vec<&str> = s.split_inclusive('\n').collect();
            assert_eq!(ours, std, "{s:?}");
        }
    }

    #[test]
    fn next_special_finds_the_first_special_byte() {
        // Every length up to past two rounds, the special byte (or none) at each place,
        // from each start.
        for len in 0..80 {
            for at in 0..=len {
                for special in [b'"', b'\\', b'\n', 0x1f] {
                    let mut b = vec![b'a'; len];
                    if at < len {
                        b[at] = special;
                    }
                    b.iter_mut().step_by(7).for_each(|x| {
                        if *x == b'a' {
                            *x = 0xC3;
                        }
                    });
                    for i in 0..=len {
                        let want = b[i..]
                            .iter()
                            .position(|&x| x == b'"' || x == b'\\' || x < 0x20)
                            .map(|k| i + k);
                        assert_eq!(next_special(&b, i), want, "{len} {at} {i}");
                    }
                }
            }
        }
    }

    #[test]
    fn literal_is_found_and_decoded() {
        let line = r#"{"id": "a", "meta": {"text": "no"}, "text": "Caf\u00e9 \"Gao\"\n\ud83d\ude00 Kidal", "x": [1, "]"]}"#;
        let q = text_literal(line).unwrap();
        let (t, m, surrogate) = decode_literal(line, q, 100);
        assert!(surrogate);
        assert_eq!(t, "Café \"Gao\"\n😀 Kidal");
        let k = t.find("Kidal").unwrap();
        assert_eq!(m.to_raw(k) - 100, line.find("Kidal").unwrap());
        assert_eq!(
            m.to_raw(t.find("Gao").unwrap()) - 100,
            line.find("Gao").unwrap()
        );
    }

    #[test]
    fn line_errors_say_what_is_wrong() {
        let s = "{\"text\": \"ok\"}\n\nnot json\n[1]\n{\"id\": 1}\n{\"text\": 5}\n{\"text\": \"  \"}\n{\"text\": \"x\", \"published\": \"hier\"}\n";
        let r = parse_jsonl(s);
        let errs: Vec<(usize, String)> =
            r.iter().filter_map(|x| x.as_ref().err().cloned()).collect();
        assert!(r[0].is_ok());
        assert_eq!(errs[0].0, 3);
        assert!(errs[0].1.starts_with("not JSON:"), "{}", errs[0].1);
        assert_eq!(errs[1], (4, "not a JSON object (found an array)".into()));
        assert_eq!(errs[2], (5, "missing \"text\"".into()));
        assert_eq!(
            errs[3],
            (6, "\"text\" is not a string (found a number)".into())
        );
        assert_eq!(errs[4], (7, "\"text\" is empty".into()));
        assert!(errs[5].1.contains("\"published\" is not a date"));
    }

    /// The fast path and the full parse agree on a line: a fast read is the full read.
    fn agree(line: &str) {
        let Some(d) = parse_line_fast(line, 10, 3) else {
            return;
        };
        let f = parse_line(line, 10, 3)
            .unwrap_or_else(|e| panic!("{line:?}: fast read, full said {e}"));
        assert_eq!(
            (
                d.line,
                &d.id,
                &d.title,
                &d.url,
                &d.source,
                d.published,
                d.lang,
                &d.text
            ),
            (
                f.line,
                &f.id,
                &f.title,
                &f.url,
                &f.source,
                f.published,
                f.lang,
                &f.text
            ),
            "{line:?}"
        );
        assert_eq!(d.map.points(), f.map.points(), "{line:?}");
        for k in (0..=d.text.len()).filter(|&k| d.text.is_char_boundary(k)) {
            assert_eq!(d.map.to_raw(k), f.map.to_raw(k), "{line:?} at {k}");
        }
    }

    #[test]
    fn fast_path_agrees_on_every_one_byte_edit() {
        let lines = [
            r#"{"id": 7, "text": "Caf\u00e9 \"Gao\"\n\/ K", "lang": "fr", "t": [{"text": "x"}]}"#,
            r#"{"text": "\n\nGao\u00e9\n", "title": "T"}"#,
        ];
        let mut fast = 0;
        for line in lines {
            for k in 0..=line.len() {
                for c in [
                    '"', '\\', 'u', 'e', '0', '{', '}', '[', ',', ':', ' ', '\u{1}', '\t', '/',
                ] {
                    let mut ins = line.to_string();
                    ins.insert(k, c);
                    agree(&ins);
                    if k < line.len() {
                        let mut rep = line.to_string();
                        rep.replace_range(k..k + 1, c.encode_utf8(&mut [0; 4]));
                        agree(&rep);
                        fast += parse_line_fast(&rep, 0, 1).is_some() as usize;
                    }
                }
                if k < line.len() {
                    let mut del = line.to_string();
                    del.remove(k);
                    agree(&del);
                }
            }
        }
        assert!(fast > 150, "{fast}");
    }

    #[test]
    fn fast_path_reads_lines_as_the_full_parse_or_leaves_them() {
        let lines = [
            r#"{"text": "Caf\u00e9 \"Gao\"\n\/ Kidal", "id": 7, "lang": "fr", "title": " T "}"#,
            r#"{"id": "a", "meta": {"text": "no"}, "text": "x\ty", "x": [1, "]"], "id": "b"}"#,
            r#"{"\u0074ext": "escaped key", "published": "2020-01-02"}"#,
            r#"{"text": "\ud83d\ude00 paired"}"#,
            r#"{"text": "\ud83d lone"}"#,
            r#"{"text": "\ude00 lone"}"#,
            r#"{"text": "a", "text": 5}"#,
            r#"{"text": 5, "text": "a"}"#,
            r#"{"text": "a", "text": "b"}"#,
            r#"{"text": "  "}"#,
            r#"{"text": "a", "lang": "de"}"#,
            r#"{"text": "a", "id": [1]}"#,
            r#"{"text": "a", "published": "hier"}"#,
            r#"{"text": "a\x"}"#,
            "{\"text\": \"a\u{1}b\"}",
            r#"{"text": "a"} x"#,
            r#"["text"]"#,
            r#"{"id": 1}"#,
            r#"{"text": "a\u+123"}"#,
            r#"{"text": "a\u12"}"#,
            r#"{"text": "a\u00E9\u00e9 \b\f\/\\"}"#,
            r#"{"text": "unterminated}"#,
            r#"{"text": "a", "x": }"#,
            r#"{"text": "a", "x": 1,}"#,
            r#"{"text": "a",, "x": 1}"#,
            r#"{"text": "a" "x": 1}"#,
            r#"{"te\u0078t": "a", "text": "b"}"#,
            r#"{"text": "a", "meta": {"text": "b"}, "id": null}"#,
            r#"{"text": ["a"]}"#,
            r#"{"id": "x"} {"text": "a"}"#,
            "{\"text\": \"a\tb\"}",
            "{\"text\": \"a\u{7f}b\u{1f}\"}",
            " {\"text\" : \"a\" } ",
        ];
        // Ordinary lines take the fast path.
        assert!(
            lines[..3]
                .iter()
                .all(|l| parse_line_fast(l, 0, 1).is_some())
        );
        // Every line the fast path reads, the full parse reads the same.
        for line in lines {
            agree(line);
        }
    }
}
