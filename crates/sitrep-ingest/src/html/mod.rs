//! HTML: tokenizer, tree and main-text extraction (see `extract`).

pub(crate) mod extract;
pub(crate) mod tokenize;
pub(crate) mod tree;

pub(crate) use extract::{extract_fragment, extract_page, fragment_plain};
