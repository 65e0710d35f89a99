//! sitrep's annotate and interpret stages (DESIGN §1).
//!
//! Each stage lives in its own module and adds one standoff layer to a
//! [`sitrep_core::Doc`]: `segment` (sentences, tokens), `time` (temporal
//! expressions, and the publication date when a report has none). The [`Extractor`] runs them in
//! order; it is built once per process and shared by all threads.

pub mod numbers;
pub mod resources;
pub mod segment;
pub mod time;
pub mod words;

use resources::Resources;
use sitrep_core::{Doc, Document, Stage};
use std::sync::Arc;

/// The pipeline: read-only stages applied in order to each document.
pub struct Extractor {
    stages: Vec<Box<dyn Stage>>,
    resources: Arc<Resources>,
}

impl Extractor {
    pub fn new(resources: Arc<Resources>) -> Extractor {
        let stages: Vec<Box<dyn Stage>> = vec![
            Box::new(segment::Segmenter::new(&resources)),
            Box::new(time::TimeStage::new(resources.clone())),
        ];
        Extractor { stages, resources }
    }

    /// Only the segmenter: for tests of the lexicon machinery.
    pub fn segment_only() -> Extractor {
        let resources = Arc::new(Resources::embedded());
        let stages: Vec<Box<dyn Stage>> = vec![Box::new(segment::Segmenter::new(&resources))];
        Extractor { stages, resources }
    }

    /// An extractor over the resources built into the binary.
    pub fn embedded() -> Extractor {
        Extractor::new(Arc::new(Resources::embedded()))
    }

    pub fn resources(&self) -> &Resources {
        &self.resources
    }

    /// Names of the stages, in the order they run.
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Runs every stage over one document, adding each stage's time to `per_stage`
    /// (indexed like [`Extractor::stage_names`]); used by `sitrep bench`.
    pub fn extract_timed(&self, document: Document, per_stage: &mut [std::time::Duration]) -> Doc {
        let mut doc = Doc::new(document);
        for (s, t) in self.stages.iter().zip(per_stage.iter_mut()) {
            let t0 = std::time::Instant::now();
            s.run(&mut doc);
            *t += t0.elapsed();
        }
        doc
    }

    /// Runs every stage over one document.
    pub fn extract(&self, document: Document) -> Doc {
        let mut doc = Doc::new(document);
        for s in &self.stages {
            s.run(&mut doc);
        }
        doc
    }
}
