//! The place lexicon of one language (`data/lexicon/*/places.tsv`) and its stopwords.

use crate::words::{FxMap, Phrases, Vocab, Words};
use sitrep_core::lexicon::{LexiconError, parse_tsv, trim_field};

lexicon_kinds! {
    /// The kinds a places lexicon may use; anything else is rejected at load.
    P {
        Locative = "locative",
        Trigger = "trigger",
        RegionPost = "region_post",
        Bearing = "bearing",
        Unit = "unit",
        Near = "near",
        Between = "between",
        From = "from",
        NameHead = "name_head",
        NamePre = "name_pre",
        MetonymVerb = "metonym_verb",
        MetonymPrep = "metonym_prep",
        NotPlace = "not_place",
        FeaturePost = "feature_post",
        // A noun naming a settlement (« village », « hameau »): with an adjective and
        // « de » after it, the name that follows is that settlement (« le village peul
        // de Sobane »), as after a trigger.
        Settlement = "settlement",
        // A country's name in the language's own form, where the gazetteer's table of
        // (English) country names has another ("Burkina", « Mauritanie »): its ISO code.
        Country = "country",
        // A word between a place's comma and the country an apposition puts it in
        // ("Kaya, in north-central Burkina Faso", « Djibo, dans le nord du Burkina »).
        InCountry = "in_country",
        // A word for a part of a town ("neighbourhood", « quartier »): the name it goes
        // with lies in the town named after "of", « de » (see `within_town`).
        Part = "part",
        // A verb phrase after a name that opens its sentence, telling what was done to
        // the place ("Boni was attacked", « Boni a été attaquée »): the name is a place
        // with no locative word before it.
        SubjectOf = "subject_of",
    }
}

// `first_kinds` holds one bit per kind.
const _: () = assert!(P::ALL.len() <= 32);

#[derive(Debug, Default)]
pub struct PlaceLex {
    tables: Vec<Phrases<String>>,
    /// Indexed by word id: bit `k` is set when a phrase of kind `k` starts with the word.
    /// The stage asks a dozen kinds at every capitalized word and most answers are no:
    /// one load gives them.
    first_kinds: Vec<u32>,
    /// Folded function words: capitalized, they are places only in a locative context.
    pub stopwords: Stopwords,
}

/// A set of folded words, hashed with FxHash (see `words::FxHasher`).
#[derive(Debug, Default)]
pub struct Stopwords(FxMap<String, ()>);

impl Stopwords {
    pub fn contains(&self, w: &str) -> bool {
        self.0.contains_key(w)
    }

    pub fn insert(&mut self, w: String) {
        self.0.insert(w, ());
    }
}

impl PlaceLex {
    pub fn parse(
        file: &str,
        src: &str,
        stop_file: &str,
        stop_src: &str,
        vocab: &mut Vocab,
    ) -> Result<PlaceLex, LexiconError> {
        let mut lex = PlaceLex {
            tables: P::ALL.iter().map(|_| Phrases::default()).collect(),
            ..PlaceLex::default()
        };
        for row in parse_tsv(file, src, 3, 3)? {
            let kind = trim_field(row.fields[0]);
            let Some(k) = P::parse(kind) else {
                return Err(LexiconError::new(
                    file,
                    row.line,
                    format!("unknown kind {kind:?}"),
                ));
            };
            let phrase = trim_field(row.fields[1]);
            let value = trim_field(row.fields[2]);
            if phrase.is_empty() || value.is_empty() {
                return Err(LexiconError::new(file, row.line, "empty phrase or value"));
            }
            if matches!(k, P::Bearing | P::Unit) && value.parse::<f64>().is_err() {
                return Err(LexiconError::new(
                    file,
                    row.line,
                    format!("{kind} value {value:?} is not a number"),
                ));
            }
            lex.tables[k as usize].insert(vocab, phrase, value.to_string());
        }
        for k in P::ALL {
            for &id in lex.tables[*k as usize].first_ids() {
                if lex.first_kinds.len() <= id as usize {
                    lex.first_kinds.resize(id as usize + 1, 0);
                }
                lex.first_kinds[id as usize] |= 1 << (*k as u32);
            }
        }
        for row in parse_tsv(stop_file, stop_src, 1, 1)? {
            lex.stopwords
                .insert(sitrep_core::fold::fold(trim_field(row.fields[0])));
        }
        Ok(lex)
    }

    /// Can a phrase of `kind` start at word `i`? (Its first word is right.)
    #[inline]
    pub fn may_start(&self, kind: P, w: &Words, i: usize) -> bool {
        w.get(i).is_some_and(|x| {
            self.first_kinds.get(x.id as usize).copied().unwrap_or(0) & (1 << (kind as u32)) != 0
        })
    }

    /// The longest phrase of `kind` starting at word `i`: its end and value.
    #[inline]
    pub fn get<'a>(&'a self, kind: P, w: &Words, i: usize) -> Option<(usize, &'a str)> {
        if !self.may_start(kind, w, i) {
            return None;
        }
        self.tables[kind as usize]
            .longest(w, i)
            .map(|(e, v)| (e, v.as_str()))
    }

    /// The phrase of `kind` that ends exactly at word `end` (exclusive), looking back at
    /// most `max` words: its start and value.
    ///
    /// Inlined up to the last-word test, which fails at almost every word it is asked.
    #[inline]
    pub fn ending_at<'a>(
        &'a self,
        kind: P,
        w: &Words,
        end: usize,
        max: usize,
    ) -> Option<(usize, &'a str)> {
        // The word before `end` must end a phrase of that kind: mostly it ends none.
        let last = w.words().get(end.checked_sub(1)?)?;
        if !self.tables[kind as usize].ends_with_id(last.id) {
            return None;
        }
        self.ending_at_slow(kind, w, end, max)
    }

    #[inline(never)]
    fn ending_at_slow<'a>(
        &'a self,
        kind: P,
        w: &Words,
        end: usize,
        max: usize,
    ) -> Option<(usize, &'a str)> {
        // Earliest start first (the longest phrase), as a plain loop: an iterator chain
        // here was left as a call per word.
        for s in end - max.min(end)..end {
            if let Some((e, v)) = self.get(kind, w, s)
                && e == end
            {
                return Some((s, v));
            }
        }
        None
    }
}
