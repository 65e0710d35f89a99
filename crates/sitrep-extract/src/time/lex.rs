//! The time lexicon of one language (`data/lexicon/*/time.tsv`), compiled into phrase
//! tables per kind. The kinds are the grammar's vocabulary; see the data file's header.

use crate::numbers::NumberLex;
use crate::words::{FxMap, Phrases, Vocab, Words};
use sitrep_core::lexicon::{LexiconError, parse_tsv, trim_field};

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
    // After a bare day number, its month counted from the publication month
    // (« le 4 courant », "the 4th of last month").
    OfMonth = "of_month",
    // A bare day number with neither ("on the 11th", « le 11, »): a word that may
    // precede its article ("on"; a language listing none needs none), and one that may
    // follow the day (",", "at"; not "floor" of "the 11th floor").
    BareDayBefore = "bare_day_before",
    BareDayAfter = "bare_day_after",
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
    // A word of company accounts ("profit"): in a language that lists them, only a
    // report with one reads a bare "the quarter" as a fiscal quarter, not a quarter of
    // a town. (French lists none: « le trimestre » names no district.)
    Accounts = "accounts",
    Tz = "tz",
    TenseFuture = "tense_future",
    TensePast = "tense_past",
    // A phrase that looks like a tense cue but is none ("next to").
    TenseNone = "tense_none",
    // A word after which a participle is no past-tense cue ("will be named", "is heard").
    TenseAux = "tense_aux",
    FutureSuffix = "future_suffix",
    PastSuffix = "past_suffix",
    // A word that, right after a date (a comma between), opens a clause telling what
    // happened then ("until 2019, when…", « jusqu'à 2019, lorsque… »): the date names
    // that moment, no bound "until" sets.
    MomentOf = "moment_of",
    // A noun a part of the day qualifies, no time of its own: "the evening prayer", «
    // la prière du soir ».
    PodNoun = "pod_noun",
}

impl K {
    /// Kinds whose phrases the grammar only looks at, never starts an expression with
    /// nor takes into one: tense cues, the words of company accounts (looked for across
    /// the document) and the words around a bare day (outside it). Their words are no
    /// triggers and no words of the time lexicon.
    fn looked_at_only(self) -> bool {
        matches!(
            self,
            K::TenseFuture
                | K::TensePast
                | K::TenseNone
                | K::TenseAux
                | K::Accounts
                | K::BareDayBefore
                | K::BareDayAfter
                | K::MomentOf
                | K::PodNoun
        )
    }
}

// `first_kinds` holds one bit per kind.
const _: () = assert!(K::ALL.len() <= 64);

/// The kinds [`TimeLex::first_phrase_at`] tries.
const FIRST_KINDS: u64 = !((1 << K::RangeTo as u32)
    | (1 << K::DeicticPost as u32)
    | (1 << K::OfMonth as u32)
    | (1 << K::BareDayBefore as u32)
    | (1 << K::BareDayAfter as u32)
    | (1 << K::MomentOf as u32)
    | (1 << K::RelPost as u32)
    | (1 << K::TimeWord as u32)
    | (1 << K::Ampm as u32)
    | (1 << K::Tz as u32)
    | (1 << K::Since as u32)
    | (1 << K::Until as u32)
    | (1 << K::TenseFuture as u32)
    | (1 << K::TensePast as u32)
    | (1 << K::TenseNone as u32)
    | (1 << K::TenseAux as u32)
    | (1 << K::FutureSuffix as u32)
    | (1 << K::PastSuffix as u32)
    | (1 << K::PodNoun as u32)
    | (1 << K::Accounts as u32));

/// The kinds whose phrases anchor a date ([`DATE_WORD`]).
const DATE_KINDS: u64 = (1 << K::Weekday as u32)
    | (1 << K::Month as u32)
    | (1 << K::Season as u32)
    | (1 << K::Fy as u32)
    | (1 << K::Pod as u32);

/// What `Grammar::cannot_start` needs to know of each word, by vocabulary id.
#[derive(Debug, Default, Clone)]
pub struct WordFlags {
    pub by_id: Vec<u8>,
    /// Grammar words no lexicon has: they have no id.
    pub unknown: FxMap<&'static str, ()>,
    /// By first byte: bit `n` (63 for 63 bytes or more) is set when a word of `unknown`
    /// of `n` bytes starts with it. Most words without an id are names, which this
    /// rules out before hashing them ([`WordFlags::is_unknown`]).
    pub unknown_shapes: Vec<u64>,
    /// The words of `grammar::DATE_LEADS` no lexicon has (none with the shipped
    /// lexicons): [`DATE_LEAD`] cannot flag them.
    pub unknown_leads: Vec<&'static str>,
    /// By vocabulary id: the word is one of `grammar::duration_leads`, for
    /// `Grammar::may_duration`.
    pub duration_lead: Vec<bool>,
    /// The words of `grammar::duration_leads` no lexicon has: `duration_lead` cannot
    /// flag them.
    pub unknown_duration_leads: Vec<&'static str>,
    /// By vocabulary id: the word is flagged [`DATE_WORD`] only as the first word of
    /// longer phrases of the date kinds ("l" of « l'aube »), so it anchors a date only
    /// where one of them matches ([`TimeLex::date_phrase_at`]). « l' » is everywhere in
    /// French, and « de l'ONU » cost a full date attempt.
    pub date_phrase_only: Vec<bool>,
}

impl WordFlags {
    #[inline]
    pub fn of(&self, id: u32) -> u8 {
        self.by_id.get(id as usize).copied().unwrap_or(0)
    }

    /// Is `n` (a word's folded form) one of `unknown`? Its first byte and length first.
    #[inline]
    pub fn is_unknown(&self, n: &str) -> bool {
        let b = n.as_bytes();
        let may = b.first().is_none_or(|&c| {
            self.unknown_shapes
                .get(c as usize)
                .is_some_and(|m| m >> b.len().min(63) & 1 != 0)
        });
        if !may {
            debug_assert!(!self.unknown.contains_key(n));
            return false;
        }
        self.unknown.contains_key(n)
    }

    /// Is the word of this id flagged [`DATE_WORD`] only as the first word of longer
    /// date phrases ([`WordFlags::date_phrase_only`])?
    #[inline]
    pub fn date_phrase_only(&self, id: u32) -> bool {
        self.date_phrase_only
            .get(id as usize)
            .copied()
            .unwrap_or(false)
    }
}

/// The word can continue any expression: a time lexicon word, a word that starts a time
/// expression or a number, a grammar word.
pub const CONT_ANY: u8 = 1;
/// The word is a word of some phrase of the number lexicon: it can continue a number
/// ("hundred" in "a hundred", "vingt" in "quatre-vingt").
pub const CONT_NUMBER: u8 = 2;
/// The grammar accepts the word by name as an expression's first word
/// (`grammar::FIRST_WORDS`).
pub const FIRST_LITERAL: u8 = 4;
/// The word can start an expression ([`TimeLex::is_trigger`]).
pub const TRIGGER: u8 = 8;
/// The word starts a number.
pub const NUMBER: u8 = 16;
/// The word is a whole expression of a kind that can stand alone
/// ([`TimeLex::stands_alone`]).
pub const ALONE: u8 = 32;
/// The word can anchor a date ([`Grammar::may_date`](super::grammar::Grammar)): it
/// starts a weekday, month, season, fiscal year or part of day of the lexicon, an
/// ordinal or a cardinal from ten to twenty (`NumberLex::date_number_firsts`), or is
/// one of `grammar::DATE_LITERALS`, or is read by shape ("q3", "h30").
pub const DATE_WORD: u8 = 64;
/// The word is one of `grammar::DATE_LEADS`: a date's anchor may be one or two words
/// after it.
pub const DATE_LEAD: u8 = 128;

fn set(v: &mut Vec<bool>, id: u32) {
    if v.len() <= id as usize {
        v.resize(id as usize + 1, false);
    }
    v[id as usize] = true;
}

#[derive(Debug, Default)]
pub struct TimeLex {
    tables: Vec<Phrases<String>>,
    /// Indexed by word id: can this word start a time expression?
    triggers: Vec<bool>,
    /// Indexed by word id: is this word a whole expression in some kind that can stand
    /// alone ("November", "yesterday", "weeks")? See `Grammar::cannot_start`.
    alone: Vec<bool>,
    /// Indexed by word id: is the word in some phrase of a kind the grammar recognizes
    /// with (all kinds but the tense cues and the words of company accounts)?
    words: Vec<bool>,
    /// Indexed by word id: bit `k` is set when a phrase of kind `k` starts with the word.
    /// Most lookups are for kinds the word starts nothing of: one load answers them.
    first_kinds: Vec<u64>,
    /// Indexed by word id: does the word start a number ("two", "a"; not "million",
    /// which only continues one: `NumberLex::start_ids`)?
    number_firsts: Vec<bool>,
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
            let kind = trim_field(row.fields[0]);
            let phrase = trim_field(row.fields[1]);
            let value = trim_field(row.fields[2]);
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
            .filter(|k| !k.looked_at_only())
            .flat_map(|k| lex.tables[*k as usize].first_ids().to_vec())
            .collect();
        for id in firsts {
            set(&mut lex.triggers, id);
        }
        // Kinds that only ever extend or qualify an expression started by another word.
        let never_alone = [
            K::Mod,
            K::Deictic,
            K::DeicticPost,
            K::OfMonth,
            K::BareDayBefore,
            K::BareDayAfter,
            K::MomentOf,
            K::RelPre,
            K::RelPost,
            K::Set,
            K::Vague,
            K::Since,
            K::Until,
            K::RangeFrom,
            K::RangeTo,
            K::Night,
            K::TimeWord,
            K::Ampm,
            K::Fy,
            K::Tz,
            K::Pod,
            K::TenseFuture,
            K::TensePast,
            K::TenseNone,
            K::TenseAux,
        ];
        for k in K::ALL.iter().filter(|k| !never_alone.contains(k)) {
            for id in lex.tables[*k as usize].single_ids() {
                set(&mut lex.alone, id);
            }
        }
        for k in K::ALL {
            for &id in lex.tables[*k as usize].first_ids() {
                if lex.first_kinds.len() <= id as usize {
                    lex.first_kinds.resize(id as usize + 1, 0);
                }
                lex.first_kinds[id as usize] |= 1u64 << (*k as u32);
            }
        }
        for k in K::ALL.iter().filter(|k| !k.looked_at_only()) {
            for id in lex.tables[*k as usize].word_ids() {
                set(&mut lex.words, id);
            }
        }
        Ok(lex)
    }

    /// Number words start expressions too ("two days earlier", "trois semaines").
    pub fn add_triggers(&mut self, ids: impl Iterator<Item = u32>) {
        for id in ids {
            set(&mut self.triggers, id);
            set(&mut self.number_firsts, id);
        }
    }

    /// Can the word with this id start a time expression?
    pub fn is_trigger(&self, id: u32) -> bool {
        id != 0 && self.triggers.get(id as usize).copied().unwrap_or(false)
    }

    /// Is the word with this id a whole expression of a kind that can stand alone?
    pub fn stands_alone(&self, id: u32) -> bool {
        self.alone.get(id as usize).copied().unwrap_or(false)
    }

    /// The flags of every word of the final vocabulary (later lexicons intern words
    /// after this one is parsed), for `Grammar::cannot_start`. `num` is the language's
    /// number lexicon: the only other lexicon the grammar reads.
    pub fn word_flags(&self, vocab: &Vocab, num: &NumberLex) -> WordFlags {
        let get = |v: &Vec<bool>, id: u32| v.get(id as usize).copied().unwrap_or(false);
        let mut number_words: Vec<bool> = Vec::new();
        for id in num.word_ids() {
            set(&mut number_words, id);
        }
        let mut date_words: Vec<bool> = Vec::new();
        for id in num.date_number_firsts() {
            set(&mut date_words, id);
        }
        let date_kinds = DATE_KINDS;
        let mut by_id: Vec<u8> = (0..vocab.len() as u32)
            .map(|id| {
                if id == 0 {
                    return 0;
                }
                let mut f = 0;
                if get(&self.words, id) || self.is_trigger(id) {
                    f |= CONT_ANY;
                } else if get(&number_words, id) {
                    f |= CONT_NUMBER;
                }
                if self.is_trigger(id) {
                    f |= TRIGGER;
                }
                if get(&self.number_firsts, id) {
                    f |= NUMBER;
                }
                if get(&self.alone, id) {
                    f |= ALONE;
                }
                if get(&date_words, id)
                    || self.first_kinds.get(id as usize).copied().unwrap_or(0) & date_kinds != 0
                {
                    f |= DATE_WORD;
                }
                f
            })
            .collect();
        // The words flagged [`DATE_WORD`] otherwise than as the first word of a longer
        // date phrase: numbers' first words, one-word date phrases, then (below) the
        // grammar's literals and the words read by shape.
        let mut date_sure = date_words.clone();
        for k in K::ALL
            .iter()
            .filter(|k| date_kinds >> (**k as u32) & 1 != 0)
        {
            for id in self.tables[*k as usize].single_ids() {
                set(&mut date_sure, id);
            }
        }
        for g in super::grammar::DATE_LITERALS {
            let id = vocab.id(g);
            if id != 0 {
                set(&mut date_sure, id);
            }
        }
        let mut flag = |words: &[&str], f: u8| {
            for g in words {
                let id = vocab.id(g) as usize;
                if id != 0 && id < by_id.len() {
                    by_id[id] |= f;
                }
            }
        };
        flag(super::grammar::GRAMMAR_WORDS, CONT_ANY);
        flag(super::grammar::GRAMMAR_PUNCT, CONT_ANY);
        flag(super::grammar::FIRST_WORDS, FIRST_LITERAL);
        flag(super::grammar::DATE_LITERALS, DATE_WORD);
        flag(super::grammar::DATE_LEADS, DATE_LEAD);
        // Words the grammar reads by shape ("q3", "h30"), flagged as the words it reads by
        // name are: `Grammar::cannot_start` and `Grammar::date_anchor` then test the shape
        // only at words without an id. All 110 such words are looked up (a pass over the
        // vocabulary cost more), spelt in a buffer (`format!` cost more than the lookups).
        let digit = |d: u8| b'0' + d;
        let shapes = (0..10)
            .map(|d| ([b'q', digit(d), 0], 2))
            .chain((0..100).map(|d| ([b'h', digit(d / 10), digit(d % 10)], 3)));
        for (bytes, len) in shapes {
            let word = std::str::from_utf8(&bytes[..len]).unwrap_or_default();
            debug_assert!(super::grammar::quarter_or_clock_word(word));
            let id = vocab.id(word) as usize;
            if id != 0
                && let Some(f) = by_id.get_mut(id)
            {
                *f |= CONT_ANY | FIRST_LITERAL | DATE_WORD;
                set(&mut date_sure, id as u32);
            }
        }
        // (Only the first words of date phrases can be: not a pass over the vocabulary.)
        let mut date_phrase_only: Vec<bool> = Vec::new();
        for k in K::ALL
            .iter()
            .filter(|k| date_kinds >> (**k as u32) & 1 != 0)
        {
            for &id in self.tables[*k as usize].first_ids() {
                if !get(&date_sure, id) {
                    set(&mut date_phrase_only, id);
                }
            }
        }
        debug_assert!(by_id.iter().enumerate().all(|(id, &f)| {
            let only = date_phrase_only.get(id).copied().unwrap_or(false);
            only == (f & DATE_WORD != 0 && !get(&date_sure, id as u32))
        }));
        let unknown_leads = super::grammar::DATE_LEADS
            .iter()
            .copied()
            .filter(|g| vocab.id(g) == 0)
            .collect();
        let unknown: FxMap<&'static str, ()> = super::grammar::GRAMMAR_WORDS
            .iter()
            .chain(super::grammar::GRAMMAR_PUNCT)
            .copied()
            .filter(|g| vocab.id(g) == 0)
            .map(|g| (g, ()))
            .collect();
        let mut unknown_shapes = vec![0u64; 256];
        for g in unknown.keys() {
            if let Some(&c) = g.as_bytes().first() {
                unknown_shapes[c as usize] |= 1 << g.len().min(63);
            }
        }
        let mut duration_lead = vec![false; by_id.len()];
        for g in super::grammar::duration_leads() {
            let id = vocab.id(g) as usize;
            if id != 0 && id < duration_lead.len() {
                duration_lead[id] = true;
            }
        }
        let unknown_duration_leads = super::grammar::duration_leads()
            .filter(|g| vocab.id(g) == 0)
            .collect();
        WordFlags {
            by_id,
            unknown,
            unknown_shapes,
            unknown_leads,
            duration_lead,
            unknown_duration_leads,
            date_phrase_only,
        }
    }

    /// Does a phrase of a kind that anchors a date ([`DATE_WORD`]: a weekday, month,
    /// season, fiscal year or part of day) match at word `i`?
    pub fn date_phrase_at(&self, w: &Words, i: usize) -> bool {
        self.any_phrase_at(self.first_kinds_at(w, i) & DATE_KINDS, w, i)
    }

    /// Does a phrase of one of the kinds in `mask` (bit `k` for kind `k`) match at `i`?
    #[inline]
    fn any_phrase_at(&self, mut mask: u64, w: &Words, i: usize) -> bool {
        while mask != 0 {
            let k = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            if self.tables[k].longest(w, i).is_some() {
                return true;
            }
        }
        false
    }

    /// Does a phrase of a kind that patterns test at an expression's first word match at
    /// word `i`? The other kinds only come after another word: "to" in "from 11 to 13"
    /// (range_to), "ago", "dernier", "a.m.", "GMT", "h" of "9 h 30"; "since" and "until"
    /// are read around expressions, the tense cues around sentences.
    pub fn first_phrase_at(&self, w: &Words, i: usize) -> bool {
        let Some(word) = w.get(i) else {
            return false;
        };
        let mask = self.first_kinds.get(word.id as usize).copied().unwrap_or(0) & FIRST_KINDS;
        self.any_phrase_at(mask, w, i)
    }

    /// Does the word with this id start a number?
    pub fn starts_number(&self, id: u32) -> bool {
        self.number_firsts
            .get(id as usize)
            .copied()
            .unwrap_or(false)
    }

    /// Does the lexicon list any phrase of this kind?
    pub fn lists(&self, kind: K) -> bool {
        !self.tables[kind as usize].is_empty()
    }

    /// The kinds whose phrases may start at word `i` (bit `k` for kind `k`; 0 past the
    /// end): [`TimeLex::get`] finds none of any other kind there.
    #[inline]
    pub fn first_kinds_at(&self, w: &Words, i: usize) -> u64 {
        w.get(i).map_or(0, |x| {
            self.first_kinds.get(x.id as usize).copied().unwrap_or(0)
        })
    }

    /// The longest phrase of `kind` at word `i`: its end and value.
    #[inline]
    pub fn get<'a>(&'a self, kind: K, w: &Words, i: usize) -> Option<(usize, &'a str)> {
        let id = w.get(i)?.id;
        if self.first_kinds.get(id as usize).copied().unwrap_or(0) & (1u64 << (kind as u32)) == 0 {
            return None;
        }
        self.tables[kind as usize]
            .longest(w, i)
            .map(|(e, v)| (e, v.as_str()))
    }
}
