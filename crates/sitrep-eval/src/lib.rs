//! Evaluation of sitrep's stages against annotated corpora.
//!
//! Kept apart from the pipeline crates so that reading gold formats and scoring never
//! leak into what `extract` runs, and so that the CLI (`sitrep timex`, `sitrep eval`)
//! and tests share one implementation of each metric.

pub mod acled;
pub mod timeml;
