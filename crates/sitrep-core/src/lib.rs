//! sitrep's shared vocabulary.
//!
//! Every other crate speaks in these types: a [`Document`] is what ingest produces
//! (immutable normalized text plus metadata and a map back to the raw bytes); a [`Doc`]
//! is that document with standoff annotation layers that the extraction stages add;
//! [`records`] are the mentions, claims and events those stages produce. Keeping them
//! here, free of I/O, lets each stage be tested on its own and lets `extract`, the
//! store and the server agree on one contract (DESIGN §4).

pub mod digits;
pub mod doc;
pub mod document;
pub mod fold;
pub mod hash;
pub mod lexicon;
pub mod offsets;
pub mod records;
pub mod registry;
pub mod span;
pub mod swar;

pub use doc::{Doc, Sentence, Stage, Token, TokenKind};
pub use document::{DocMeta, Document, Lang, content_hash};
pub use offsets::OffsetMap;
pub use span::Span;

/// Calendar dates everywhere in sitrep are civil dates (no time zone): reports give days,
/// not instants, and ACLED codes days.
pub type Date = jiff::civil::Date;
