//! sitrep's annotate and interpret stages (DESIGN §1).
//!
//! Each stage lives in its own module and adds one standoff layer to a
//! [`sitrep_core::Doc`]: `segment` (sentences, tokens), `time` (temporal expressions,
//! and the publication date when a report has none), `place` (places, relative places,
//! capitals standing for their state), `actor` (who is named, resolved to the actor
//! dictionary), `claim` (who says what, when, how sure), `quantity` (figures, what they
//! count, casualties, parts and totals). The [`Extractor`] runs them in
//! order; it is built once per process and shared by all threads. Each stage reads its
//! own lexicon (`data/lexicon/{en,fr}/*.tsv`) through [`resources::Resources`].

/// The kinds a lexicon file may use, as an enum with `ALL` and `parse`: a data file
/// with another kind is rejected at load, so a typo cannot silently disable a rule.
macro_rules! lexicon_kinds {
    ($(#[$m:meta])* $name:ident { $($v:ident = $s:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($v),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v),*];

            pub fn parse(s: &str) -> Option<$name> {
                match s { $($s => Some($name::$v),)* _ => None }
            }

            /// This kind's bit in a mask of kinds ([`crate::words::Starts`]).
            pub const fn bit(self) -> u32 {
                1 << (self as u32)
            }
        }
    };
}

pub mod actor;
pub mod claim;
pub mod event;
pub mod numbers;
pub mod place;
pub mod quantity;
pub mod resources;
pub mod segment;
pub mod time;
pub mod words;

use resources::Resources;
use segment::Segmenter;
use sitrep_core::{Doc, Document, Stage};
use std::cell::Cell;
use std::sync::Arc;
use std::time::{Duration, Instant};
use words::Words;

/// A stage that reads the folded word stream. The stream is built once per document,
/// after segmentation, and shared by every lexicon-driven stage.
pub trait WordStage: Send + Sync {
    fn name(&self) -> &'static str;
    fn run(&self, doc: &mut Doc, words: &Words);
}

thread_local! {
    /// The last document's word stream on this thread, for the next one's to reuse
    /// ([`Words::new_in`]).
    static SPARE_WORDS: Cell<Words> = Cell::new(Words::default());
}

/// A document's word stream, in the buffers of the last one's on this thread.
fn words_for(doc: &Doc, vocab: &words::Vocab) -> Words {
    Words::new_in(doc, vocab, SPARE_WORDS.take())
}

/// Keeps a document's word stream for the next one's buffers, unless it is large (a
/// thread keeps one stream: a long report's would otherwise stay for good).
fn keep_words(words: Words) {
    if words.capacity_bytes() <= 1 << 20 {
        SPARE_WORDS.set(words);
    }
}

/// The pipeline: read-only stages applied in order to each document.
pub struct Extractor {
    segmenter: Segmenter,
    stages: Vec<Box<dyn WordStage>>,
    resources: Arc<Resources>,
}

impl Extractor {
    pub fn new(resources: Arc<Resources>) -> Extractor {
        // The embedded gazetteer is built on first use: here, before any document, so
        // that the first one's time (in `sitrep bench`) does not include it.
        let _ = resources.gazetteer();
        let stages: Vec<Box<dyn WordStage>> = vec![
            Box::new(time::TimeStage::new(resources.clone())),
            Box::new(place::PlaceStage::new(resources.clone())),
            Box::new(actor::ActorStage::new(resources.clone())),
            Box::new(claim::ClaimStage::new(resources.clone())),
            Box::new(quantity::QuantityStage::new(resources.clone())),
            Box::new(event::EventStage::new(resources.clone())),
        ];
        Extractor {
            segmenter: Segmenter::new(&resources),
            stages,
            resources,
        }
    }

    /// Only the segmenter: for tests of the lexicon machinery.
    pub fn segment_only() -> Extractor {
        let resources = Arc::new(Resources::embedded());
        Extractor {
            segmenter: Segmenter::new(&resources),
            stages: Vec::new(),
            resources,
        }
    }

    /// An extractor over the resources built into the binary.
    pub fn embedded() -> Extractor {
        Extractor::new(Arc::new(Resources::embedded()))
    }

    pub fn resources(&self) -> &Resources {
        &self.resources
    }

    /// Names of the steps, in the order they run: segmentation, the word stream, then
    /// each stage.
    pub fn stage_names(&self) -> Vec<&'static str> {
        let mut v = vec![self.segmenter.name(), "words"];
        v.extend(self.stages.iter().map(|s| s.name()));
        v
    }

    /// Runs every step over one document, adding each step's time to `per_stage`
    /// (indexed like [`Extractor::stage_names`]); used by `sitrep bench`.
    pub fn extract_timed(&self, document: Document, per_stage: &mut [Duration]) -> Doc {
        let mut doc = Doc::new(document);
        let mut clock = Instant::now();
        let mut lap = |i: usize| {
            let now = Instant::now();
            if let Some(t) = per_stage.get_mut(i) {
                *t += now - clock;
            }
            clock = now;
        };
        self.segmenter.run(&mut doc);
        lap(0);
        let words = words_for(&doc, self.resources.vocab(doc.lang()));
        lap(1);
        for (k, s) in self.stages.iter().enumerate() {
            s.run(&mut doc, &words);
            lap(k + 2);
        }
        keep_words(words);
        doc
    }

    /// Runs every stage over one document.
    pub fn extract(&self, document: Document) -> Doc {
        let mut doc = Doc::new(document);
        self.segmenter.run(&mut doc);
        let words = words_for(&doc, self.resources.vocab(doc.lang()));
        for s in &self.stages {
            s.run(&mut doc, &words);
        }
        keep_words(words);
        doc
    }
}
