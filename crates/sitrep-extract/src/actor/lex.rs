//! The actor lexicon of one language (`data/lexicon/*/actors.tsv`): descriptions to
//! resolve in context, role nouns, speaker pronouns and demonyms.

use crate::words::{Phrases, Vocab, Words};
use sitrep_core::lexicon::{LexiconError, parse_tsv};

macro_rules! kinds {
    ($($v:ident = $s:literal),* $(,)?) => {
        /// The kinds an actors lexicon may use; anything else is rejected at load.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum A { $($v),* }

        impl A {
            pub const ALL: &'static [A] = &[$(A::$v),*];

            pub fn parse(s: &str) -> Option<A> {
                match s { $($s => Some(A::$v),)* _ => None }
            }
        }
    };
}

kinds! {
    Desc = "desc",
    Role = "role",
    Pronoun = "pronoun",
    Demonym = "demonym",
    OrgHead = "org_head",
    Connector = "connector",
    RoleOf = "role_of",
    RoleMod = "role_mod",
    Member = "member",
    DescAfterNationality = "desc_after_nationality",
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
];

#[derive(Debug, Default)]
pub struct ActorLex {
    tables: Vec<Phrases<String>>,
}

impl ActorLex {
    pub fn parse(file: &str, src: &str, vocab: &mut Vocab) -> Result<ActorLex, LexiconError> {
        let mut lex = ActorLex {
            tables: A::ALL.iter().map(|_| Phrases::default()).collect(),
        };
        for row in parse_tsv(file, src, 3, 3)? {
            let kind = row.fields[0].trim();
            let Some(k) = A::parse(kind) else {
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
            let bad = match k {
                A::Desc | A::DescAfterNationality => !CLASSES.contains(&value),
                A::Pronoun => !matches!(value, "person" | "it"),
                A::Demonym => value.len() != 2 || !value.chars().all(|c| c.is_ascii_uppercase()),
                A::Role => !super::dict::ROLES.contains(&value),
                A::OrgHead | A::Connector | A::RoleOf | A::RoleMod | A::Member => value != "1",
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
        Ok(lex)
    }

    /// True when word `i` starts a phrase of `kind`.
    pub fn has(&self, kind: A, w: &Words, i: usize) -> bool {
        self.get(kind, w, i).is_some()
    }

    /// The longest phrase of `kind` starting at word `i`: its end and value.
    pub fn get<'a>(&'a self, kind: A, w: &Words, i: usize) -> Option<(usize, &'a str)> {
        self.tables[kind as usize]
            .longest(w, i)
            .map(|(e, v)| (e, v.as_str()))
    }
}
