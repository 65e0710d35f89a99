//! Builds the embedded default gazetteer from `data/gazetteer/` at compile time and
//! writes it to `OUT_DIR/embedded_gazetteer.bin` (see `src/embedded.rs`): every process
//! that uses it would otherwise parse, fold, sort and hash the same twenty thousand
//! names at start-up. The builder's own source files are compiled here as modules, so
//! the image is what the library's code makes of the files (a unit test checks it).

#![allow(dead_code)]

#[path = "src/builder.rs"]
mod builder;
#[path = "src/embedded.rs"]
mod embedded;
#[path = "src/format.rs"]
mod format;
#[path = "src/geo.rs"]
mod geo;
#[path = "src/meta.rs"]
mod meta;
#[path = "src/name_index.rs"]
mod name_index;
#[path = "src/names.rs"]
mod names;
#[path = "src/parse.rs"]
mod parse;

use meta::{GazetteerError, IndexMeta};

fn main() {
    // The data files and the modules above are compiled into this script (include_str!,
    // #[path]), so a change to any of them rebuilds and reruns it.
    println!("cargo:rerun-if-changed=build.rs");
    let image = match embedded::image() {
        Ok(b) => b,
        Err(e) => panic!("the embedded gazetteer (data/gazetteer/) is broken: {e}"),
    };
    let out = std::path::Path::new(&std::env::var_os("OUT_DIR").expect("OUT_DIR"))
        .join("embedded_gazetteer.bin");
    if let Err(e) = std::fs::write(&out, image) {
        panic!("cannot write {}: {e}", out.display());
    }
}
