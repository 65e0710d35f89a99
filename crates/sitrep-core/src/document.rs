//! What ingest produces: one normalized text with its metadata.

use crate::{Date, OffsetMap};
use serde::{Deserialize, Serialize};

/// The languages sitrep reads. French is first-class: every lexicon exists in both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// A language name or code, ASCII case ignored. (Compared in place: a JSONL file
    /// gives one per line, and a lowercased copy cost an allocation each.)
    pub fn parse(s: &str) -> Option<Lang> {
        const EN: &[&str] = &["en", "eng", "english", "en-us", "en-gb"];
        const FR: &[&str] = &[
            "fr",
            "fra",
            "fre",
            "french",
            "français",
            "francais",
            "fr-fr",
        ];
        let s = s.trim();
        let is = |names: &[&str]| names.iter().any(|n| s.eq_ignore_ascii_case(n));
        if is(EN) {
            Some(Lang::En)
        } else if is(FR) {
            Some(Lang::Fr)
        } else {
            None
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::parse(s).ok_or_else(|| format!("unknown language {s:?}: sitrep reads en and fr"))
    }
}

/// Metadata that travels with a document everywhere (store, outputs, fusion).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocMeta {
    /// External id: the input's `id`, or its file name (with an item number for feeds).
    pub id: String,
    /// Content address of the normalized text (see [`content_hash`]).
    pub hash: String,
    pub title: Option<String>,
    pub url: Option<String>,
    /// The outlet that published it ("RFI", "aBamako"), when known.
    pub outlet: Option<String>,
    pub byline: Option<String>,
    pub published: Option<Date>,
    /// True when `published` was inferred from the text rather than given.
    pub published_inferred: bool,
    pub lang: Lang,
    /// True when the language was detected rather than given.
    pub lang_detected: bool,
    /// Where it came from: a path (with `#item` or `:line` for multi-document files) or `-`.
    pub source_path: Option<String>,
    /// Input format as detected: text, html, rss, atom, jsonl.
    pub format: String,
}

/// An ingested document: immutable normalized text plus metadata and the raw map.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub meta: DocMeta,
    /// NFC-normalized, mojibake-repaired text. Never rewritten after ingest.
    pub text: String,
    /// Normalized offset → byte offset in the raw input file.
    pub raw_map: OffsetMap,
}

impl Document {
    /// A document from plain text, as tests and the extract command build them.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Document {
        let text = text.into();
        Document {
            meta: DocMeta {
                id: id.into(),
                hash: content_hash(&text),
                format: "text".into(),
                ..DocMeta::default()
            },
            text,
            raw_map: OffsetMap::identity(),
        }
    }
}

/// Documents are content-addressed: the same normalized text always has the same key,
/// so ingesting a file twice (or the same dispatch from two feeds) stores it once.
///
/// The key is the first 16 bytes of the BLAKE3 hash in lowercase hex, written straight
/// from those bytes: `to_hex` wrote all 32 and a slice of it was copied again.
pub fn content_hash(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let h = blake3::hash(text.as_bytes());
    let mut hex = [0u8; 32];
    for (pair, &b) in hex.chunks_exact_mut(2).zip(h.as_bytes()) {
        pair[0] = HEX[(b >> 4) as usize];
        pair[1] = HEX[(b & 15) as usize];
    }
    let key = std::str::from_utf8(&hex).expect("hex digits").to_string();
    debug_assert_eq!(key, h.to_hex()[..32]);
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_parses_common_spellings() {
        assert_eq!(Lang::parse("FR"), Some(Lang::Fr));
        assert_eq!(Lang::parse("english"), Some(Lang::En));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(" En-GB "), Some(Lang::En));
        assert_eq!(Lang::parse("FRANÇAIS"), None);
        assert_eq!(Lang::parse("FRANçAIS"), Some(Lang::Fr));
        assert!("xx".parse::<Lang>().unwrap_err().contains("en and fr"));
    }

    #[test]
    fn hash_is_stable_and_content_based() {
        assert_eq!(content_hash("Kidal"), content_hash("Kidal"));
        assert_ne!(content_hash("Kidal"), content_hash("Gao"));
        assert_eq!(content_hash("x").len(), 32);
        // The first half of BLAKE3's hex digest, as ids already stored have it.
        assert_eq!(
            content_hash("Kidal"),
            blake3::hash(b"Kidal").to_hex()[..32].to_string()
        );
    }
}
