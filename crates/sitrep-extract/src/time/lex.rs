//! The time lexicon of one language (`data/lexicon/*/time.tsv`), compiled into phrase
//! tables per kind. The kinds are the grammar's vocabulary; see the data file's header.

use crate::words::{Phrases, Vocab, Words};
use sitrep_core::lexicon::{LexiconError, parse_tsv};

macro_rules! kinds {
    ($($v:ident = $s:literal),* $(,)?) => {
        /// Every kind the grammar knows. A data file with another kind is rejected at
        /// load, so a typo in a lexicon cannot silently disable a rule.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum K { $($v),* }

        impl K {
            pub const ALL: &'static [K] = &[$(K::$v),*];

            pub fn name(self) -> &'static str {
                match self { $(K::$v => $s),* }
            }

            pub fn parse(s: &str) -> Option<K> {
                match s { $($s => Some(K::$v),)* _ => None }
            }
        }
    };
}

kinds! {
    Month = "month",
    Weekday = "weekday",
    Unit = "unit",
    Season = "season",
    Pod = "pod",
    Today = "today",
    Deictic = "deictic",
    DeicticPost = "deictic_post",
    Anaphora = "anaphora",
    RelPost = "rel_post",
    RelPre = "rel_pre",
    Mod = "mod",
    Ref = "ref",
    Set = "set",
    SetWord = "set_word",
    Vague = "vague",
    Holiday = "holiday",
    Since = "since",
    Until = "until",
    RangeFrom = "range_from",
    RangeTo = "range_to",
    Night = "night",
    TimeWord = "time_word",
    Ampm = "ampm",
    Fy = "fy",
    Tz = "tz",
    TenseFuture = "tense_future",
    TensePast = "tense_past",
    FutureSuffix = "future_suffix",
    PastSuffix = "past_suffix",
}

#[derive(Debug, Default)]
pub struct TimeLex {
    tables: Vec<Phrases<String>>,
    /// Indexed by word id: can this word start a time expression?
    triggers: Vec<bool>,
    /// (suffix, minimum word length) cues of verb tense.
    pub future_suffix: Vec<(String, usize)>,
    pub past_suffix: Vec<(String, usize)>,
}

impl TimeLex {
    pub fn parse(file: &str, src: &str, vocab: &mut Vocab) -> Result<TimeLex, LexiconError> {
        let mut lex = TimeLex {
            tables: K::ALL.iter().map(|_| Phrases::default()).collect(),
            ..TimeLex::default()
        };
        for row in parse_tsv(file, src, 3, 3)? {
            let kind = row.fields[0].trim();
            let phrase = row.fields[1].trim();
            let value = row.fields[2].trim();
            let Some(k) = K::parse(kind) else {
                return Err(LexiconError::new(
                    file,
                    row.line,
                    format!("unknown kind {kind:?}"),
                ));
            };
            if phrase.is_empty() || value.is_empty() {
                return Err(LexiconError::new(file, row.line, "empty phrase or value"));
            }
            match k {
                K::FutureSuffix | K::PastSuffix => {
                    let n: usize = value.parse().map_err(|_| {
                        LexiconError::new(file, row.line, "suffix length is not a number")
                    })?;
                    let list = if k == K::FutureSuffix {
                        &mut lex.future_suffix
                    } else {
                        &mut lex.past_suffix
                    };
                    list.push((phrase.to_string(), n));
                }
                _ => lex.tables[k as usize].insert(vocab, phrase, value.to_string()),
            }
        }
        let firsts: Vec<u32> = K::ALL
            .iter()
            .filter(|k| !matches!(k, K::TenseFuture | K::TensePast))
            .flat_map(|k| lex.tables[*k as usize].first_ids().to_vec())
            .collect();
        lex.add_triggers(firsts.into_iter());
        Ok(lex)
    }

    /// Number words start expressions too ("two days earlier", "trois semaines").
    pub fn add_triggers(&mut self, ids: impl Iterator<Item = u32>) {
        for id in ids {
            if self.triggers.len() <= id as usize {
                self.triggers.resize(id as usize + 1, false);
            }
            self.triggers[id as usize] = true;
        }
    }

    /// Can the word with this id start a time expression?
    pub fn is_trigger(&self, id: u32) -> bool {
        id != 0 && self.triggers.get(id as usize).copied().unwrap_or(false)
    }

    /// The longest phrase of `kind` at word `i`: its end and value.
    pub fn get<'a>(&'a self, kind: K, w: &Words, i: usize) -> Option<(usize, &'a str)> {
        self.tables[kind as usize]
            .longest(w, i)
            .map(|(e, v)| (e, v.as_str()))
    }
}
