//! The example corpus in `examples/`, embedded at build time (see build.rs).

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// One entry of `examples/manifest.toml`: metadata that plain-text files cannot carry.
#[derive(serde::Deserialize, Debug, Clone)]
pub struct ManifestDoc {
    pub file: String,
    pub id: Option<String>,
    pub lang: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
}

#[derive(serde::Deserialize, Debug, Default)]
pub struct Manifest {
    #[serde(default)]
    pub doc: Vec<ManifestDoc>,
}

/// The manifest, parsed; an example corpus without one still works (metadata inferred).
pub fn manifest() -> Result<Manifest, sitrep_core::lexicon::LexiconError> {
    match EXAMPLES.iter().find(|(n, _)| *n == "manifest.toml") {
        Some((_, bytes)) => sitrep_core::lexicon::parse_toml(
            "examples/manifest.toml",
            &String::from_utf8_lossy(bytes),
        ),
        None => Ok(Manifest::default()),
    }
}

/// The document files of the corpus (everything but the README and the manifest).
pub fn documents() -> impl Iterator<Item = (&'static str, &'static [u8])> {
    EXAMPLES
        .iter()
        .copied()
        .filter(|(n, _)| !n.ends_with(".md") && !n.ends_with(".toml"))
}
