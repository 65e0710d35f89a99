//! The claim lexicon of one language (`data/lexicon/*/claims.tsv`): reporting cues,
//! attributions, channels, anonymous sources, hedges, and the function words the
//! speaker search needs (prepositions, determiners, complementizers).

use crate::words::{Phrases, Vocab, Words};
use sitrep_core::lexicon::{LexiconError, parse_tsv, trim_field};

lexicon_kinds! {
    /// The kinds a claims lexicon may use; anything else is rejected at load.
    C {
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
        Passive = "passive",
        Sub = "sub",
        Addressee = "addressee",
        Participle = "participle",
        Article = "article",
        ChannelVerb = "channel_verb",
        Tally = "tally",
        Thing = "thing",
        // A verb by which a source passes on another's words ("…, citing a military
        // source", « …, qui cite une source militaire »): the one cited speaks.
        Relay = "relay",
        // A word that shades the date right after it ("said in a statement late on
        // Wednesday", « a indiqué tard mercredi »): part of when it was said, not of
        // what was said.
        TimeMod = "time_mod",
        // An adverb between a speaker and its verb ("JNIM later claimed", « le JNIM a
        // ensuite affirmé »): the speaker is still the verb's subject.
        Adverb = "adverb",
        // What ties an anonymous source to a party named right after it ("a source close
        // to", "accounts linked to", « des comptes proches du »): the party speaks.
        Proxy = "proxy",
        // A source that speaks only through its tie ("a source", "accounts", « des
        // comptes »): alone, it is none of its own.
        Tied = "tied",
        // A preposition after a channel's verb that names who it went to ("a note shared
        // with reporters", « une note transmise à la presse »): part of how it was said.
        SentTo = "sent_to",
        // A participle that says where someone new sits or whom it works with ("an
        // association based in Bamako said…", « une ONG basée à Mopti affirme… »):
        // it lengthens the unknown speaker, not the report.
        Sits = "sits",
        // A noun for a body or a person, which may speak when named definite after an
        // attribution at the end of a clause ("…, according to the local
        // administration"): not a text or a plan ("according to the decree").
        Body = "body",
        // The words opening a report's heading that make the whole report an issuer's
        // own ("Press release of the FLA", « Communiqué du CSP »): value = the channel.
        Letterhead = "letterhead",
        // A word inside an unknown speaker's own words that tells its camp ("a
        // gendarmerie source", "a local women's association", « un collectif contre
        // l'impunité »): value = camp.
        CampWord = "camp_word",
        // An adjective that may qualify "sources" joined to another ("humanitarian and
        // local sources", « de sources sécuritaire et locale »): the sources are both
        // kinds, one speaker: value = camp.
        SourceAdj = "source_adj",
    }
}

/// The camps a source row may give. `community`: no party, the people of the place
/// ("residents", "a witness", "the mayor"), reported as independent but, unlike an
/// organisation's kind ("the NGO"), followed by no name of its own.
const CAMPS: &[&str] = &[
    "government",
    "rebel",
    "jihadist",
    "independent",
    "community",
    "-",
];

// `first_kinds` holds one bit per kind, below [`crate::words::Starts::EXTRA`].
const _: () = assert!(C::ALL.len() <= 31);

#[derive(Debug, Default)]
pub struct ClaimLex {
    tables: Vec<Phrases<String>>,
    /// Indexed by word id: bit `k` is set when a phrase of kind `k` starts with the word.
    /// Stages ask several kinds at almost every word and almost always hear no: one
    /// load answers them all.
    first_kinds: Vec<u32>,
}

impl ClaimLex {
    pub fn parse(file: &str, src: &str, vocab: &mut Vocab) -> Result<ClaimLex, LexiconError> {
        let mut lex = ClaimLex {
            tables: C::ALL.iter().map(|_| Phrases::default()).collect(),
            first_kinds: Vec::new(),
        };
        for row in parse_tsv(file, src, 3, 3)? {
            let kind = trim_field(row.fields[0]);
            let Some(k) = C::parse(kind) else {
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
            let ok = match k {
                C::Cue => matches!(value, "asserts" | "denies" | "accuses"),
                C::CuePrep => matches!(value, "asserts" | "denies"),
                C::Source | C::Attrib | C::CampWord | C::SourceAdj => CAMPS.contains(&value),
                C::Channel | C::Letterhead => true,
                // (An indefinite determiner introduces someone new, who may speak as an
                // unknown subject: "A 27-year-old woman said…".)
                C::Det => matches!(value, "1" | "indefinite"),
                C::Hedge
                | C::Prep
                | C::That
                | C::Aux
                | C::Passive
                | C::Sub
                | C::Addressee
                | C::Participle
                | C::Article
                | C::ChannelVerb
                | C::Tally
                | C::Thing
                | C::Relay
                | C::TimeMod
                | C::Adverb
                | C::Proxy
                | C::Tied
                | C::SentTo
                | C::Sits
                | C::Body => value == "1",
            };
            if !ok {
                return Err(LexiconError::new(
                    file,
                    row.line,
                    format!("{kind} value {value:?} is not allowed"),
                ));
            }
            lex.tables[k as usize].insert(vocab, phrase, value.to_string());
            // (A French cue ending in « de » reads its elision too: « fait état de » is
            // also « fait état d'« au moins 15 morts » ».)
            if matches!(k, C::Cue | C::CuePrep | C::Attrib)
                && let Some(stem) = phrase.strip_suffix(" de")
            {
                lex.tables[k as usize].insert(vocab, &format!("{stem} d'"), value.to_string());
            }
        }
        for k in C::ALL {
            for &id in lex.tables[*k as usize].first_ids() {
                if lex.first_kinds.len() <= id as usize {
                    lex.first_kinds.resize(id as usize + 1, 0);
                }
                lex.first_kinds[id as usize] |= 1 << (*k as u32);
            }
        }
        Ok(lex)
    }

    /// The kinds (bit `k` for kind `k`) that have a phrase starting with the word of
    /// this id.
    #[inline]
    pub fn first_kinds(&self, id: u32) -> u32 {
        self.first_kinds.get(id as usize).copied().unwrap_or(0)
    }

    /// The phrases of `kind`, for a scan that tests their first words itself.
    pub fn table(&self, kind: C) -> &Phrases<String> {
        &self.tables[kind as usize]
    }

    /// Can a phrase of `kind` start at word `i`? (Its first word is right.)
    #[inline]
    pub fn may_start(&self, kind: C, w: &Words, i: usize) -> bool {
        w.words().get(i).is_some_and(|x| {
            self.first_kinds.get(x.id as usize).copied().unwrap_or(0) & (1 << (kind as u32)) != 0
        })
    }

    /// The longest phrase of `kind` starting at word `i`: its end and value.
    #[inline]
    pub fn get<'a>(&'a self, kind: C, w: &Words, i: usize) -> Option<(usize, &'a str)> {
        if !self.may_start(kind, w, i) {
            return None;
        }
        self.tables[kind as usize]
            .longest(w, i)
            .map(|(e, v)| (e, v.as_str()))
    }

    /// True when word `i` starts a phrase of `kind`.
    #[inline]
    pub fn has(&self, kind: C, w: &Words, i: usize) -> bool {
        self.get(kind, w, i).is_some()
    }

    /// The phrase of `kind` that ends exactly at word `end` (exclusive), looking back at
    /// most `max` words: its start.
    pub fn ending_at(&self, kind: C, w: &Words, end: usize, max: usize) -> Option<usize> {
        // The word before `end` must end a phrase of that kind: mostly it ends none.
        let last = w.words().get(end.checked_sub(1)?)?;
        if !self.tables[kind as usize].ends_with_id(last.id) {
            return None;
        }
        // Earliest start first (the longest phrase).
        (end - max.min(end)..end)
            .find(|&s| matches!(self.get(kind, w, s), Some((e, _)) if e == end))
    }
}
