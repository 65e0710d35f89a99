//! HTML character references: the full Latin-1 set, the typographic ones French and
//! English news use (&rsquo; &laquo; &nbsp; &hellip; …), common Latin Extended letters
//! for names, and numeric references (with the cp1252 fix-up browsers apply to 128–159).

use std::collections::HashMap;
use std::sync::OnceLock;

/// HTML 4's Latin-1 entities, in code point order from U+00A0. These are also the ones
/// browsers accept without a trailing semicolon.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

const OTHERS: &[(&str, char)] = &[
    ("quot", '"'),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("apos", '\''),
    ("QUOT", '"'),
    ("AMP", '&'),
    ("LT", '<'),
    ("GT", '>'),
    ("OElig", 'Œ'),
    ("oelig", 'œ'),
    ("Scaron", 'Š'),
    ("scaron", 'š'),
    ("Yuml", 'Ÿ'),
    ("fnof", 'ƒ'),
    ("circ", 'ˆ'),
    ("tilde", '˜'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("numsp", '\u{2007}'),
    ("puncsp", '\u{2008}'),
    ("hairsp", '\u{200A}'),
    ("ThinSpace", '\u{2009}'),
    ("MediumSpace", '\u{205F}'),
    ("NoBreak", '\u{2060}'),
    ("NonBreakingSpace", '\u{A0}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("lrm", '\u{200E}'),
    ("rlm", '\u{200F}'),
    ("ZeroWidthSpace", '\u{200B}'),
    ("hyphen", '‐'),
    ("dash", '‐'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("horbar", '―'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("rsquor", '’'),
    ("sbquo", '‚'),
    ("lsquor", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("rdquor", '”'),
    ("bdquo", '„'),
    ("ldquor", '„'),
    ("dagger", '†'),
    ("Dagger", '‡'),
    ("bull", '•'),
    ("bullet", '•'),
    ("hellip", '…'),
    ("mldr", '…'),
    ("nldr", '‥'),
    ("permil", '‰'),
    ("prime", '′'),
    ("Prime", '″'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("oline", '‾'),
    ("frasl", '⁄'),
    ("euro", '€'),
    ("trade", '™'),
    ("TRADE", '™'),
    ("COPY", '©'),
    ("REG", '®'),
    ("numero", '№'),
    ("larr", '←'),
    ("rarr", '→'),
    ("uarr", '↑'),
    ("darr", '↓'),
    ("harr", '↔'),
    ("minus", '−'),
    ("le", '≤'),
    ("ge", '≥'),
    ("ne", '≠'),
    ("asymp", '≈'),
    ("infin", '∞'),
    ("deg", '°'),
    ("half", '½'),
    ("sim", '∼'),
    ("check", '✓'),
    ("star", '☆'),
    ("Tab", '\t'),
    ("NewLine", '\n'),
    ("excl", '!'),
    ("num", '#'),
    ("dollar", '$'),
    ("percnt", '%'),
    ("lpar", '('),
    ("rpar", ')'),
    ("ast", '*'),
    ("plus", '+'),
    ("comma", ','),
    ("period", '.'),
    ("sol", '/'),
    ("colon", ':'),
    ("semi", ';'),
    ("equals", '='),
    ("quest", '?'),
    ("commat", '@'),
    ("lsqb", '['),
    ("lbrack", '['),
    ("bsol", '\\'),
    ("rsqb", ']'),
    ("rbrack", ']'),
    ("Hat", '^'),
    ("lowbar", '_'),
    ("grave", '`'),
    ("lcub", '{'),
    ("lbrace", '{'),
    ("verbar", '|'),
    ("vert", '|'),
    ("rcub", '}'),
    ("rbrace", '}'),
    ("Amacr", 'Ā'),
    ("amacr", 'ā'),
    ("Abreve", 'Ă'),
    ("abreve", 'ă'),
    ("Cacute", 'Ć'),
    ("cacute", 'ć'),
    ("Ccaron", 'Č'),
    ("ccaron", 'č'),
    ("Dcaron", 'Ď'),
    ("dcaron", 'ď'),
    ("Dstrok", 'Đ'),
    ("dstrok", 'đ'),
    ("Emacr", 'Ē'),
    ("emacr", 'ē'),
    ("Ecaron", 'Ě'),
    ("ecaron", 'ě'),
    ("Gbreve", 'Ğ'),
    ("gbreve", 'ğ'),
    ("Idot", 'İ'),
    ("imath", 'ı'),
    ("inodot", 'ı'),
    ("Lstrok", 'Ł'),
    ("lstrok", 'ł'),
    ("Nacute", 'Ń'),
    ("nacute", 'ń'),
    ("Ncaron", 'Ň'),
    ("ncaron", 'ň'),
    ("Odblac", 'Ő'),
    ("odblac", 'ő'),
    ("Rcaron", 'Ř'),
    ("rcaron", 'ř'),
    ("Sacute", 'Ś'),
    ("sacute", 'ś'),
    ("Scedil", 'Ş'),
    ("scedil", 'ş'),
    ("Tcaron", 'Ť'),
    ("tcaron", 'ť'),
    ("Uring", 'Ů'),
    ("uring", 'ů'),
    ("Zacute", 'Ź'),
    ("zacute", 'ź'),
    ("Zdot", 'Ż'),
    ("zdot", 'ż'),
    ("Zcaron", 'Ž'),
    ("zcaron", 'ž'),
    ("Alpha", 'Α'),
    ("alpha", 'α'),
    ("Beta", 'Β'),
    ("beta", 'β'),
    ("Gamma", 'Γ'),
    ("gamma", 'γ'),
    ("Delta", 'Δ'),
    ("delta", 'δ'),
    ("mu", 'μ'),
    ("pi", 'π'),
    ("Omega", 'Ω'),
    ("omega", 'ω'),
    ("sigma", 'σ'),
    ("Sigma", 'Σ'),
];

fn table() -> &'static HashMap<&'static str, char> {
    static T: OnceLock<HashMap<&'static str, char>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::with_capacity(LATIN1.len() + OTHERS.len());
        for (i, name) in LATIN1.iter().enumerate() {
            m.insert(*name, char::from_u32(0xA0 + i as u32).unwrap_or('\u{FFFD}'));
        }
        for &(name, c) in OTHERS {
            m.insert(name, c);
        }
        m
    })
}

/// Browsers read `&#146;` as cp1252 would (’), since that is what authors meant.
fn numeric_fixup(v: u32) -> char {
    const C1: [u32; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    let v = if (0x80..=0x9F).contains(&v) {
        C1[(v - 0x80) as usize]
    } else {
        v
    };
    if v == 0 {
        return '\u{FFFD}';
    }
    char::from_u32(v).unwrap_or('\u{FFFD}')
}

/// Decodes the character reference starting at `s[i] == '&'`, returning the char and
/// the length of the reference. `in_attr` applies the attribute rule for legacy
/// semicolon-less names (`?a=1&copy=2` is not a copyright sign).
pub(crate) fn decode_at(s: &str, i: usize, in_attr: bool) -> Option<(char, usize)> {
    let b = s.as_bytes();
    debug_assert_eq!(b.get(i), Some(&b'&'));
    let mut j = i + 1;
    if b.get(j) == Some(&b'#') {
        j += 1;
        let hex = matches!(b.get(j), Some(b'x' | b'X'));
        if hex {
            j += 1;
        }
        let start = j;
        let mut v: u32 = 0;
        while let Some(&d) = b.get(j) {
            let digit = if hex {
                (d as char).to_digit(16)
            } else {
                (d as char).to_digit(10)
            };
            let Some(digit) = digit else { break };
            v = v
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(digit);
            j += 1;
        }
        if j == start {
            return None;
        }
        if b.get(j) == Some(&b';') {
            j += 1;
        }
        return Some((numeric_fixup(v.min(0x11_0000)), j - i));
    }
    let start = j;
    while j < b.len() && j - start < 32 && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if j == start {
        return None;
    }
    let name = &s[start..j];
    if b.get(j) == Some(&b';') {
        return table().get(name).map(|&c| (c, j + 1 - i));
    }
    // No semicolon: the longest legacy name that prefixes the run ("&nbspf" is a
    // no-break space and "f"), but in attributes not before '=' or an alphanumeric.
    let legacy = |n: &str| {
        LATIN1.contains(&n)
            || matches!(
                n,
                "amp" | "lt" | "gt" | "quot" | "AMP" | "LT" | "GT" | "QUOT"
            )
    };
    for k in (2..=name.len()).rev() {
        if legacy(&name[..k]) {
            if in_attr && (k < name.len() || b.get(j) == Some(&b'=')) {
                return None;
            }
            return table().get(&name[..k]).map(|&c| (c, 1 + k));
        }
    }
    None
}

/// Decodes every reference in `s` (no map; for metadata strings).
pub(crate) fn decode_str(s: &str, in_attr: bool) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut i = 0;
    while let Some(k) = s[i..].find('&') {
        i += k;
        if let Some((c, n)) = decode_at(s, i, in_attr) {
            out.push_str(&s[last..i]);
            out.push(c);
            i += n;
            last = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&s[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_numeric_and_legacy() {
        assert_eq!(
            decode_str(
                "l&rsquo;arm&eacute;e &laquo;&nbsp;FAMa&nbsp;&raquo; &ndash; &hellip;",
                false
            ),
            "l’armée «\u{a0}FAMa\u{a0}» – …"
        );
        assert_eq!(
            decode_str("&#233;&#xE9;&#X00e9;&#146;&#0;", false),
            "ééé’\u{FFFD}"
        );
        assert_eq!(
            decode_str("AT&T &amp &copy 2023 &unknown; & x", false),
            "AT&T & © 2023 &unknown; & x"
        );
        assert_eq!(decode_str("?a=1&copy=2", true), "?a=1&copy=2");
        assert_eq!(decode_str("?a=1&copyright", true), "?a=1&copyright");
        assert_eq!(decode_str("&nbspf &notit", false), "\u{a0}f ¬it");
        assert_eq!(
            decode_str("&Eacute;&yuml;&THORN;&iexcl;&divide;&times;", false),
            "ÉÿÞ¡÷×"
        );
        assert_eq!(decode_str("&#99999999999;", false), "\u{FFFD}");
    }
}
