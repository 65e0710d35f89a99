//! The read-only resources every stage draws on (DESIGN §5): lexicons per language,
//! loaded once per process from data files embedded in the binary (so `sitrep` works
//! offline from any directory) or, for lexicon development, from a `data/` directory.

use crate::segment::Abbreviations;
use sitrep_core::Lang;
use sitrep_core::lexicon::{LexiconError, parse_tsv};
use std::path::Path;

/// A data file: its path relative to `data/` and its embedded content.
pub struct DataFile {
    pub path: &'static str,
    pub content: &'static str,
}

macro_rules! data_files {
    ($($p:literal),* $(,)?) => {
        &[$(DataFile { path: $p, content: include_str!(concat!("../../../data/", $p)) }),*]
    };
}

/// Every data file the extractor reads, embedded at build time.
pub static EMBEDDED: &[DataFile] = data_files![
    "lexicon/en/abbreviations.txt",
    "lexicon/fr/abbreviations.txt",
];

/// Lexicons, compiled once and shared read-only across threads.
pub struct Resources {
    abbrev: [Abbreviations; 2],
}

impl Resources {
    /// The resources built into the binary. They are tested at build time, so a failure
    /// here is a bug in sitrep, not bad input.
    pub fn embedded() -> Resources {
        Self::load(|p| {
            EMBEDDED
                .iter()
                .find(|f| f.path == p)
                .map(|f| Ok(f.content.to_string()))
                .unwrap_or_else(|| Err(format!("no embedded data file {p}")))
        })
        .unwrap_or_else(|e| panic!("embedded lexicon is broken: {e}"))
    }

    /// Loads resources from a data directory laid out like the project's `data/`;
    /// files missing there fall back to the embedded copy.
    pub fn from_dir(dir: &Path) -> Result<Resources, LexiconError> {
        Self::load(|p| {
            let full = dir.join(p);
            if full.exists() {
                std::fs::read_to_string(&full).map_err(|e| format!("{}: {e}", full.display()))
            } else {
                EMBEDDED
                    .iter()
                    .find(|f| f.path == p)
                    .map(|f| Ok(f.content.to_string()))
                    .unwrap_or_else(|| Err(format!("no data file {p}")))
            }
        })
    }

    fn load(read: impl Fn(&str) -> Result<String, String>) -> Result<Resources, LexiconError> {
        let get = |p: &str| read(p).map_err(|e| LexiconError::new(p, 0, e));
        let abbrev = |lang: Lang| -> Result<Abbreviations, LexiconError> {
            let p = format!("lexicon/{}/abbreviations.txt", lang.code());
            let src = get(&p)?;
            let rows = parse_tsv(&p, &src, 1, 1)?;
            Ok(Abbreviations::new(rows.iter().map(|r| r.fields[0].trim())))
        };
        Ok(Resources {
            abbrev: [abbrev(Lang::En)?, abbrev(Lang::Fr)?],
        })
    }

    pub fn abbreviations(&self, lang: Lang) -> &Abbreviations {
        &self.abbrev[lang as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_resources_load() {
        let r = Resources::embedded();
        let _ = r.abbreviations(Lang::Fr);
    }
}
