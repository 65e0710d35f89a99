//! The actor lexicon of one language (`data/lexicon/*/actors.tsv`): descriptions to
//! resolve in context, role nouns, speaker pronouns and demonyms.

use crate::words::{Phrases, Vocab, Words};
use sitrep_core::lexicon::{LexiconError, parse_tsv, trim_field};

lexicon_kinds! {
    /// The kinds an actors lexicon may use; anything else is rejected at load.
    A {
        Desc = "desc",
        // A description after a preposition fused with its article (French « du », «
        // au », « aux »: « un communiqué du gouvernement »): the phrase begins with that
        // word, the mention after it.
        DescContracted = "desc_contracted",
        Role = "role",
        Pronoun = "pronoun",
        Demonym = "demonym",
        OrgHead = "org_head",
        Connector = "connector",
        RoleOf = "role_of",
        RoleMod = "role_mod",
        Member = "member",
        DescAfterNationality = "desc_after_nationality",
        // A word of making peace ("signed", « ont signé »): peoples named together
        // before it are the parties, their communities' militias as ACLED codes them.
        Pact = "pact",
        // Who works for an organization without being it ("a MINUSMA contractor", « un
        // sous-traitant de la MINUSMA »): the name before it names no party.
        Hireling = "hireling",
        // Who tells of a force without being it ("a police source", « une source de la
        // gendarmerie »): the description beside it names a speaker, no party.
        Informant = "informant",
        // Who speaks for a people ("leaders", « communautés »): between a list of
        // peoples and a word of making peace, with where they come from.
        PartyHead = "party_head",
        // A noun for a people's members or its body ("herders", "ethnic group", «
        // éleveurs »): "between the Kounta ethnic group and Arab men" pits two peoples.
        PeopleNoun = "people_noun",
        // A word that leaves a force ("a former soldier", « un ancien militaire »): the
        // description after it names a civilian, as ACLED codes one.
        Former = "former",
        // People who are no party alone ("youths", « des jeunes »), and are a crowd of
        // protesters when a `protesting` phrase follows.
        Crowd = "crowd",
        // What makes the people before it protesters ("residents who were protesting",
        // « des habitants qui manifestaient »).
        Protesting = "protesting",
        // A gathering named by no cause ("a crowd", « une foule »): in a sentence that
        // names protesters, it is them ("Two protesters were killed when police opened
        // fire on a crowd").
        Throng = "throng",
        // What ties unnamed gunmen to the group named after it ("armed men who identified
        // themselves as fighters of the Katiba Macina", « des hommes armés se réclamant
        // de la katiba Macina »): they are that group's.
        Affiliated = "affiliated",
        // The same told by someone else, only after "whom"/« que » and who tells it
        // ("armed men whom residents identified as Islamic State fighters"); alone the
        // event stage reads it ("the attackers, identified as…" names who did a deed).
        AffiliatedTold = "affiliated_told",
        // What follows a group's name and a hyphen to make the gunmen after it that
        // group's ("JNIM-linked militants", "al-Qaeda-affiliated fighters").
        AffiliatedGlued = "affiliated_glued",
    }
}

/// Description classes the resolver knows (see `actor::resolve`).
pub const CLASSES: &[&str] = &[
    "army",
    "junta",
    "government",
    "police",
    "rebel",
    "jihadist",
    "terrorist",
    "alqaeda",
    "islamic_state",
    "mercenary",
    "un",
    "civilians",
    "gunmen",
    "protesters",
    "rioters",
    "militia",
    "guards",
];

// `first_kinds` holds one bit per kind.
const _: () = assert!(A::ALL.len() <= 31);

#[derive(Debug, Default)]
pub struct ActorLex {
    tables: Vec<Phrases<String>>,
    /// Indexed by word id: bit `k` is set when a phrase of kind `k` starts with the word.
    /// Stages ask several kinds at almost every word and almost always hear no: one
    /// load answers them all.
    first_kinds: Vec<u32>,
}

impl ActorLex {
    pub fn parse(file: &str, src: &str, vocab: &mut Vocab) -> Result<ActorLex, LexiconError> {
        let mut lex = ActorLex {
            tables: A::ALL.iter().map(|_| Phrases::default()).collect(),
            first_kinds: Vec::new(),
        };
        for row in parse_tsv(file, src, 3, 3)? {
            let kind = trim_field(row.fields[0]);
            let Some(k) = A::parse(kind) else {
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
            let bad = match k {
                A::Desc | A::DescAfterNationality | A::DescContracted => !CLASSES.contains(&value),
                A::Pronoun => !matches!(
                    value,
                    "person"
                        | "it"
                        | "group"
                        | "speaker"
                        | "speaker_state"
                        | "speaker_un"
                        | "speaker_ngo"
                ),
                A::Demonym => value.len() != 2 || !value.chars().all(|c| c.is_ascii_uppercase()),
                A::Role => !super::dict::ROLES.contains(&value),
                A::Member => !matches!(value, "1" | "force"),
                A::OrgHead
                | A::Connector
                | A::RoleOf
                | A::RoleMod
                | A::Pact
                | A::Hireling
                | A::Informant
                | A::PartyHead
                | A::PeopleNoun
                | A::Former
                | A::Crowd
                | A::Protesting
                | A::Throng
                | A::Affiliated
                | A::AffiliatedTold
                | A::AffiliatedGlued => value != "1",
            };
            if bad {
                return Err(LexiconError::new(
                    file,
                    row.line,
                    format!("{kind} value {value:?} is not allowed"),
                ));
            }
            lex.tables[k as usize].insert(vocab, phrase, value.to_string());
        }
        for k in A::ALL {
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

    /// Can a phrase of `kind` start at word `i`? (Its first word is right.)
    #[inline]
    pub fn may_start(&self, kind: A, w: &Words, i: usize) -> bool {
        w.words().get(i).is_some_and(|x| {
            self.first_kinds.get(x.id as usize).copied().unwrap_or(0) & (1 << (kind as u32)) != 0
        })
    }

    /// True when word `i` starts a phrase of `kind`.
    #[inline]
    pub fn has(&self, kind: A, w: &Words, i: usize) -> bool {
        self.get(kind, w, i).is_some()
    }

    /// The longest phrase of `kind` starting at word `i`: its end and value.
    #[inline]
    pub fn get<'a>(&'a self, kind: A, w: &Words, i: usize) -> Option<(usize, &'a str)> {
        if !self.may_start(kind, w, i) {
            return None;
        }
        self.tables[kind as usize]
            .longest(w, i)
            .map(|(e, v)| (e, v.as_str()))
    }
}
