//! Converts the embedded TOML data files to JSON at build time (`OUT_DIR`): the TOML
//! parser took about 9 M instructions of every process's start-up for the actor
//! dictionary and the codebook, which serde_json reads in a fraction of that. The data
//! stays TOML in `data/`; `resources::parse_data_toml` reads the JSON only for the file
//! as embedded, and a unit test checks that both forms hold the same values.

use std::path::Path;

/// (data file, JSON file in OUT_DIR); `resources::PREPARSED` names the same.
const FILES: &[(&str, &str)] = &[
    ("actors/sahel.toml", "actors_sahel.json"),
    ("acled/codebook.toml", "acled_codebook.json"),
];

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("OUT_DIR")).to_path_buf();
    println!("cargo:rerun-if-changed=build.rs");
    for (file, json) in FILES {
        let path = data.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let src = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        // A file that is not valid TOML gets an empty JSON form: the library then parses
        // the TOML and reports the error with its line, as for any data file.
        let text = match toml::from_str::<serde_json::Value>(&src) {
            Ok(v) => serde_json::to_string(&v).expect("a JSON value serializes"),
            Err(_) => String::new(),
        };
        let dest = out.join(json);
        std::fs::write(&dest, text)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
    }
}
