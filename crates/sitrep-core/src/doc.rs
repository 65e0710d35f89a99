//! The annotated document: one immutable text, many standoff layers (DESIGN §2).
//!
//! Stages never edit the text; each adds or refines a layer. That is what gives every
//! field of every record a span to point at, and what lets the web UI highlight evidence.

use crate::records::{ActorMention, Claim, EventMention, PlaceMention, Quantity, TimeMention};
use crate::{Date, Document, Lang, Span};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens or apostrophes ("CSP-PSD", "aujourd'hui").
    Word,
    /// Digits, possibly with separators ("6,500", "6 500", "12.944", "2023-11-11").
    Number,
    /// Opening quotation mark (« “ ‘ and a straight quote judged to open).
    OpenQuote,
    /// Closing quotation mark (» ” ’ and a straight quote judged to close).
    CloseQuote,
    Punct,
    /// Anything else (symbols, damaged characters such as `?` runs inside words).
    Symbol,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    /// Index range into `Doc::tokens`.
    pub tokens: (u32, u32),
    /// A heading or sub-heading (no final punctuation, on a line of its own).
    pub heading: bool,
}

/// A document and its annotation layers.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub document: Document,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub times: Vec<TimeMention>,
    pub places: Vec<PlaceMention>,
    pub actors: Vec<ActorMention>,
    pub quantities: Vec<Quantity>,
    pub claims: Vec<Claim>,
    pub events: Vec<EventMention>,
}

impl Doc {
    pub fn new(document: Document) -> Doc {
        Doc {
            document,
            ..Doc::default()
        }
    }

    pub fn text(&self) -> &str {
        &self.document.text
    }

    pub fn lang(&self) -> Lang {
        self.document.meta.lang
    }

    pub fn published(&self) -> Option<Date> {
        self.document.meta.published
    }

    /// The text of a token.
    pub fn tok(&self, i: usize) -> &str {
        self.tokens[i].span.of(&self.document.text)
    }

    /// Index of the sentence containing byte offset `at` (the last one if past the end).
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        if self.sentences.is_empty() {
            return None;
        }
        let i = self
            .sentences
            .partition_point(|s| (s.span.end as usize) <= at);
        Some(i.min(self.sentences.len() - 1))
    }

    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        let (a, b) = self.sentences[i].tokens;
        &self.tokens[a as usize..b as usize]
    }

    /// The DESIGN §4 contract for this document.
    pub fn to_contract(&self) -> Contract<'_> {
        let m = &self.document.meta;
        Contract {
            doc: ContractDoc {
                id: &m.id,
                published: m.published,
                published_inferred: m.published_inferred,
                lang: m.lang,
                hash: &m.hash,
                title: m.title.as_deref(),
                outlet: m.outlet.as_deref(),
                url: m.url.as_deref(),
                source_path: m.source_path.as_deref(),
                format: &m.format,
                lang_detected: m.lang_detected,
            },
            events: &self.events,
            claims: &self.claims,
            mentions: Mentions {
                times: &self.times,
                places: &self.places,
                actors: &self.actors,
                quantities: &self.quantities,
            },
        }
    }
}

/// One stage of the pipeline: a pure function of the document and read-only resources.
/// Stages are shared across threads, so they hold only immutable, pre-built matchers.
pub trait Stage: Send + Sync {
    fn name(&self) -> &'static str;
    fn run(&self, doc: &mut Doc);
}

/// Serialized view of a [`Doc`]: exactly the `extract` JSON contract.
#[derive(Serialize)]
pub struct Contract<'a> {
    pub doc: ContractDoc<'a>,
    pub events: &'a [EventMention],
    pub claims: &'a [Claim],
    pub mentions: Mentions<'a>,
}

#[derive(Serialize)]
pub struct ContractDoc<'a> {
    pub id: &'a str,
    pub published: Option<Date>,
    pub published_inferred: bool,
    pub lang: Lang,
    pub hash: &'a str,
    pub title: Option<&'a str>,
    pub outlet: Option<&'a str>,
    pub url: Option<&'a str>,
    pub source_path: Option<&'a str>,
    pub format: &'a str,
    pub lang_detected: bool,
}

#[derive(Serialize)]
pub struct Mentions<'a> {
    pub times: &'a [TimeMention],
    pub places: &'a [PlaceMention],
    pub actors: &'a [ActorMention],
    pub quantities: &'a [Quantity],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_doc_has_contract_shape() {
        let doc = Doc::new(Document::from_text("a.txt", "Nothing happened."));
        let v = serde_json::to_value(doc.to_contract()).unwrap();
        assert_eq!(v["doc"]["id"], "a.txt");
        assert_eq!(v["doc"]["published"], serde_json::Value::Null);
        assert_eq!(v["doc"]["lang"], "en");
        for k in ["events", "claims"] {
            assert!(v[k].as_array().unwrap().is_empty(), "{k}");
        }
        for k in ["times", "places", "actors", "quantities"] {
            assert!(v["mentions"][k].as_array().unwrap().is_empty(), "{k}");
        }
    }
}
