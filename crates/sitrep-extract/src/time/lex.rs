//! The time lexicon of one language (`data/lexicon/*/time.tsv`), compiled into phrase
//! tables per kind. The kinds are the grammar's vocabulary; see the data file's header.

use crate::words::{Phrases, Words};
use sitrep_core::lexicon::{LexiconError, parse_tsv};
use std::collections::{HashMap, HashSet};

/// Every kind the grammar knows. A data file with another kind is rejected at load, so a
/// typo in a lexicon cannot silently disable a rule.
pub const KINDS: &[&str] = &[
    "month",
    "weekday",
    "unit",
    "season",
    "pod",
    "today",
    "deictic",
    "deictic_post",
    "anaphora",
    "rel_post",
    "rel_pre",
    "mod",
    "ref",
    "set",
    "set_word",
    "vague",
    "holiday",
    "since",
    "until",
    "range_from",
    "range_to",
    "night",
    "time_word",
    "ampm",
    "fy",
    "tz",
    "tense_future",
    "tense_past",
    "future_suffix",
    "past_suffix",
];

#[derive(Debug, Default)]
pub struct TimeLex {
    tables: HashMap<&'static str, Phrases<String>>,
    /// First words of every phrase: a word not in here cannot start a time expression.
    pub triggers: HashSet<String>,
    /// (suffix, minimum word length) cues of verb tense.
    pub future_suffix: Vec<(String, usize)>,
    pub past_suffix: Vec<(String, usize)>,
}

impl TimeLex {
    /// Number words start expressions too ("two days earlier", "trois semaines").
    pub fn add_triggers<'a>(&mut self, words: impl Iterator<Item = &'a str>) {
        self.triggers.extend(words.map(str::to_string));
    }

    pub fn parse(file: &str, src: &str) -> Result<TimeLex, LexiconError> {
        let mut lex = TimeLex::default();
        for row in parse_tsv(file, src, 3, 3)? {
            let kind = row.fields[0].trim();
            let phrase = row.fields[1].trim();
            let value = row.fields[2].trim();
            let Some(&k) = KINDS.iter().find(|&&k| k == kind) else {
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
                "future_suffix" | "past_suffix" => {
                    let n: usize = value.parse().map_err(|_| {
                        LexiconError::new(file, row.line, "suffix length is not a number")
                    })?;
                    let list = if k == "future_suffix" {
                        &mut lex.future_suffix
                    } else {
                        &mut lex.past_suffix
                    };
                    list.push((phrase.to_string(), n));
                }
                _ => lex
                    .tables
                    .entry(k)
                    .or_default()
                    .insert(phrase, value.to_string()),
            }
        }
        lex.triggers = lex
            .tables
            .iter()
            .filter(|(k, _)| !k.starts_with("tense"))
            .flat_map(|(_, t)| t.first_words().map(str::to_string))
            .collect();
        Ok(lex)
    }

    /// The longest phrase of `kind` at word `i`: its end and value.
    pub fn get<'a>(&'a self, kind: &str, w: &Words, i: usize) -> Option<(usize, &'a str)> {
        self.tables
            .get(kind)?
            .longest(w, i)
            .map(|(e, v)| (e, v.as_str()))
    }

    pub fn has(&self, kind: &str, w: &Words, i: usize) -> bool {
        self.get(kind, w, i).is_some()
    }
}
