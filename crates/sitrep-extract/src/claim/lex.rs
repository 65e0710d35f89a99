//! The claim lexicon of one language (`data/lexicon/*/claims.tsv`): reporting cues,
//! attributions, channels, anonymous sources, hedges, and the function words the
//! speaker search needs (prepositions, determiners, complementizers).

use crate::words::{Phrases, Vocab, Words};
use sitrep_core::lexicon::{LexiconError, parse_tsv};

macro_rules! kinds {
    ($($v:ident = $s:literal),* $(,)?) => {
        /// The kinds a claims lexicon may use; anything else is rejected at load.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum C { $($v),* }

        impl C {
            pub const ALL: &'static [C] = &[$(C::$v),*];

            pub fn parse(s: &str) -> Option<C> {
                match s { $($s => Some(C::$v),)* _ => None }
            }
        }
    };
}

kinds! {
    Cue = "cue",
    CuePrep = "cue_prep",
    Attrib = "attrib",
    Channel = "channel",
    Source = "source",
    Hedge = "hedge",
    Prep = "prep",
    Det = "det",
    That = "that",
    Aux = "aux",
    Sub = "sub",
}

const CAMPS: &[&str] = &["government", "rebel", "jihadist", "independent", "-"];

#[derive(Debug, Default)]
pub struct ClaimLex {
    tables: Vec<Phrases<String>>,
}

impl ClaimLex {
    pub fn parse(file: &str, src: &str, vocab: &mut Vocab) -> Result<ClaimLex, LexiconError> {
        let mut lex = ClaimLex {
            tables: C::ALL.iter().map(|_| Phrases::default()).collect(),
        };
        for row in parse_tsv(file, src, 3, 3)? {
            let kind = row.fields[0].trim();
            let Some(k) = C::parse(kind) else {
                return Err(LexiconError::new(
                    file,
                    row.line,
                    format!("unknown kind {kind:?}"),
                ));
            };
            let phrase = row.fields[1].trim();
            let value = row.fields[2].trim();
            if phrase.is_empty() || value.is_empty() {
                return Err(LexiconError::new(file, row.line, "empty phrase or value"));
            }
            let ok = match k {
                C::Cue => matches!(value, "asserts" | "denies" | "accuses"),
                C::CuePrep => matches!(value, "asserts" | "denies"),
                C::Source | C::Attrib => CAMPS.contains(&value),
                C::Channel => true,
                C::Hedge | C::Prep | C::Det | C::That | C::Aux | C::Sub => value == "1",
            };
            if !ok {
                return Err(LexiconError::new(
                    file,
                    row.line,
                    format!("{kind} value {value:?} is not allowed"),
                ));
            }
            lex.tables[k as usize].insert(vocab, phrase, value.to_string());
        }
        Ok(lex)
    }

    /// The longest phrase of `kind` starting at word `i`: its end and value.
    pub fn get<'a>(&'a self, kind: C, w: &Words, i: usize) -> Option<(usize, &'a str)> {
        self.tables[kind as usize]
            .longest(w, i)
            .map(|(e, v)| (e, v.as_str()))
    }

    /// True when word `i` starts a phrase of `kind`.
    pub fn has(&self, kind: C, w: &Words, i: usize) -> bool {
        self.get(kind, w, i).is_some()
    }

    /// The phrase of `kind` that ends exactly at word `end` (exclusive), looking back at
    /// most `max` words: its start.
    pub fn ending_at(&self, kind: C, w: &Words, end: usize, max: usize) -> Option<usize> {
        (1..=max.min(end))
            .rev()
            .map(|n| end - n)
            .find(|&s| matches!(self.get(kind, w, s), Some((e, _)) if e == end))
    }
}
